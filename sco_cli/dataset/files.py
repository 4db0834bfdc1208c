"""Find, read and validate the data: the article, the facts and the reference tables.

Every error here is a DataError whose message names the file, the field (or
line) and the reason: the CLI prints it as one line and exits 3.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sco_cli.article import parse_article
from sco_cli.dataset import (
    ARTICLE_DIR,
    DATA_DIR_ENV,
    EVENTS_FILE,
    FACTS_FILE,
    MILESTONES_FILE,
    RULES_FILE,
    SUMMITS_FILE,
    Dataset,
    data_dir,
)
from sco_cli.errors import ArticleParseError, DataError
from sco_cli.query import ARTICLE_COUNT_PATHS, JSON, MilestoneRow, value_of
from sco_cli.roster import (
    BASES,
    BASIS_WORDS,
    StatusEventRow,
    StatusRuleRow,
    count_by_status,
    status_label,
)
from sco_cli.summits import SummitRow, summit_order_problems

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError


# The largest data file sco reads: the shipped ones are a few kilobytes.
DATA_FILE_LIMIT = 5 * 1024 * 1024


def raw_summary() -> str:
    """'article ID, reference as of DATE' read straight from the files, without
    validating them: for --version when the data does not load."""
    directory = Path(data_dir())
    try:
        raw = read_toml(directory / FACTS_FILE)
        article_id = raw["article"]["id"]
        dates = []
        for name in (EVENTS_FILE, RULES_FILE, MILESTONES_FILE):
            for row in csv.DictReader(read_text(directory / name).splitlines()):
                dates += [row.get(key) or "" for key in ("date", "end_date", "decided")]
        return f"article {article_id}, reference as of {max(dates)}"
    except (DataError, KeyError, TypeError, ValueError, csv.Error):
        return f"data in {directory} unreadable; any command says why"


def validate_dataset(directory: Path | str | None = None) -> Dataset:
    """Read and validate every data file with the pydantic models; the first fault stops it."""
    directory = Path(directory if directory is not None else data_dir())
    if not directory.is_dir():
        raise DataError(f"{directory}: data directory not found (set {DATA_DIR_ENV} to one)")
    facts_path = directory / FACTS_FILE
    raw_facts = read_toml(facts_path)
    article_path = article_file(raw_facts, facts_path)
    try:
        article = parse_article(read_text(article_path), article_path.stem)
    except ArticleParseError as error:
        raise DataError(f"{article_path}: {error.message}") from None

    from sco_cli import models  # pydantic: only where data is validated

    facts = _validate(models.Facts, raw_facts, facts_path, context={"article": article})
    events = tuple(
        cast(StatusEventRow, row)
        for row in _read_csv(
            directory / EVENTS_FILE, models.StatusEvent, unique=("decided", "iso3")
        )
    )
    rules = tuple(
        cast(StatusRuleRow, row) for row in _read_csv(directory / RULES_FILE, models.StatusRule)
    )
    milestones = tuple(
        cast(MilestoneRow, row) for row in _read_csv(directory / MILESTONES_FILE, models.Milestone)
    )
    summits_path = directory / SUMMITS_FILE
    summits = tuple(
        cast(SummitRow, row)
        for row in _read_csv(summits_path, models.SummitMeeting, unique=("ordinal",))
    )
    for problem in summit_order_problems(summits):
        raise DataError(f"{summits_path}: {problem}")
    dataset = Dataset(article, facts, events, rules, milestones, str(directory), summits)
    _check_counts(dataset, facts_path)
    return dataset


def read_text(path: Path) -> str:
    """A data file's text: a regular file, at most DATA_FILE_LIMIT bytes, UTF-8 without a BOM."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise IsADirectoryError
        if not path.is_file():
            raise DataError(f"{path}: not a regular file")
        if size > DATA_FILE_LIMIT:
            raise DataError(
                f"{path}: too large ({size:,} bytes; a data file may have {DATA_FILE_LIMIT:,})"
            )
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise DataError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise DataError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise DataError(f"{path}: permission denied") from None
    except UnicodeDecodeError as error:
        raise DataError(f"{path}: not valid UTF-8 (byte {error.start})") from None
    except OSError as error:
        raise DataError(f"{path}: cannot read ({error.strerror})") from None
    if text.startswith("\ufeff"):
        raise DataError(f"{path}: starts with a byte-order mark; save it as UTF-8 without one")
    if "\x00" in text:
        raise DataError(f"{path}: contains NUL bytes; is it a binary file?")
    return text


def read_toml(path: Path) -> JSON:
    import tomllib

    try:
        return tomllib.loads(read_text(path))
    except tomllib.TOMLDecodeError as error:
        raise DataError(f"{path}: invalid TOML: {error}") from None


def article_file(raw_facts: JSON, facts_path: Path) -> Path:
    """The article the facts file names (article.file), in article/ beside it."""
    ref = raw_facts.get("article")
    name = ref.get("file") if isinstance(ref, dict) else None
    if not isinstance(name, str) or not name or "/" in name or "\\" in name or name in {".", ".."}:
        raise DataError(f"{facts_path}: article.file: a file name in {ARTICLE_DIR}/ is required")
    return facts_path.parent / ARTICLE_DIR / name


def _validate(
    model: type[BaseModel], raw: Any, path: Path, *, context: JSON | None = None, where: str = ""
) -> JSON:
    from pydantic import ValidationError

    try:
        return model.model_validate(raw, context=context).model_dump(mode="json")
    except ValidationError as error:
        raise DataError(f"{path}: {where}{_first_error(error)}") from None


def _first_error(error: ValidationError) -> str:
    errors = error.errors(include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    reason = first["msg"].removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        reason = "unknown field"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    if not first["loc"] and reason.split(":")[0].isidentifier():
        return f"{reason}{more}"  # a check across fields, which names its field itself
    return f"{field}: {reason}{more}"


def _read_csv(path: Path, model: type[BaseModel], unique: tuple[str, ...] = ()) -> list[JSON]:
    lines = read_text(path).splitlines()
    reader = csv.DictReader(lines, strict=True)
    if not reader.fieldnames:
        raise DataError(f"{path}: empty file (a header line is required)")
    expected = list(model.model_fields)
    missing = [name for name in expected if name not in reader.fieldnames]
    if missing:
        raise DataError(f"{path}: line 1: missing column(s): {', '.join(missing)}")
    rows: list[JSON] = []
    seen: dict[tuple[Any, ...], int] = {}
    try:
        for row in reader:
            line = reader.line_num
            if None in row:
                raise DataError(f"{path}: line {line}: more fields than the header has")
            validated = _validate(model, row, path, where=f"line {line}, ")
            key = tuple(validated[name] for name in unique)
            if unique and key in seen:
                raise DataError(
                    f"{path}: line {line}: duplicate of line {seen[key]} "
                    f"({', '.join(unique)} = {', '.join(map(str, key))})"
                )
            seen[key] = line
            rows.append(validated)
    except csv.Error as error:
        # DictReader's own line_num lags a row that failed to parse; its reader's does not.
        raise DataError(f"{path}: line {reader.reader.line_num}: {error}") from None
    if not rows:
        raise DataError(f"{path}: no rows")
    return rows


def _check_counts(dataset: Dataset, facts_path: Path) -> None:
    """The article's counts must be the reference roster's on the article's date,
    in force and by decision."""
    for basis in BASES:
        counts = count_by_status(dataset.roster(dataset.roster_as_of, basis))
        for status, path in ARTICLE_COUNT_PATHS.items():
            stated = value_of(dataset.facts, path)
            if counts[status] != stated:
                raise DataError(
                    f"{facts_path}: {path}: the article says {stated}, but the reference roster "
                    f"has {counts[status]} {status_label(status)}(s) {BASIS_WORDS[basis]} "
                    f"on {dataset.roster_as_of}"
                )
