"""Reading a data file: a regular file, within the size limit, UTF-8 text; TOML and CSV.

Every error is a DataError whose message names the file and the reason.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from sco_cli.dataset.layout import (
    ARTICLE_DIR,
    EVENTS_FILE,
    FACTS_FILE,
    FILE_LIMIT,
    MILESTONES_FILE,
    RULES_FILE,
    SUMMITS_FILE,
    describe,
    reference_as_of,
)
from sco_cli.errors import DataError


def read_text(path: Path) -> str:
    """A data file's text: a regular file, at most FILE_LIMIT bytes, UTF-8 without a BOM.

    Read as an article is (reading.read_bytes): opened without blocking and
    read in bounded blocks, so a FIFO, a device or /proc/kmsg never hangs."""
    from sco_cli.article.reading import read_bytes

    data = read_bytes(
        str(path),
        FILE_LIMIT,
        what="a file",
        advice="",
        too_large=lambda size: (
            f"too large ({size:,} bytes; a data file may have {FILE_LIMIT:,})"
            if size is not None
            else f"too large (a data file may have {FILE_LIMIT:,} bytes)"
        ),
    ).data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DataError(f"{path}: not valid UTF-8 (byte {error.start})") from None
    if text.startswith("\ufeff"):
        raise DataError(f"{path}: starts with a byte-order mark; save it as UTF-8 without one")
    if "\x00" in text:
        raise DataError(f"{path}: contains NUL bytes; is it a binary file?")
    return text


def read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(read_text(path))
    except tomllib.TOMLDecodeError as error:
        raise DataError(f"{path}: invalid TOML: {error}") from None


def article_file(raw_facts: dict[str, Any], facts_path: Path) -> Path:
    """The article the facts file names (article.file), in article/ beside it."""
    ref = raw_facts.get("article")
    name = ref.get("file") if isinstance(ref, dict) else None
    if not isinstance(name, str) or not name or "/" in name or "\\" in name or name in {".", ".."}:
        raise DataError(f"{facts_path}: article.file: a file name in {ARTICLE_DIR}/ is required")
    return facts_path.parent / ARTICLE_DIR / name


def raw_description(directory: str) -> str:
    """What `sco --version` says of the data, read straight from the files without
    validating them: for when the data does not load."""
    base = Path(directory)
    try:
        article_id = read_toml(base / FACTS_FILE)["article"]["id"]
        events, rules, milestones, summits = (
            list(csv.DictReader(read_text(base / name).splitlines()))
            for name in (EVENTS_FILE, RULES_FILE, MILESTONES_FILE, SUMMITS_FILE)
        )
        return describe(article_id, reference_as_of(events, rules, milestones, summits))
    except (DataError, KeyError, TypeError, ValueError, csv.Error):
        return f"data in {base} unreadable; any command says why"
