"""The data, named once: where it lives, and the validated dataset every answer reads.

    load_dataset()   the validated data (from the cache when it is current)
    version_line()   what `sco --version` says of the data, even when it is broken
    data_dir()       where the files are; Dataset, the file names: see layout.py

Inside: files.py reads a data file within limits; models.py (pydantic) and
checks.py validate (every check written once: loading stops at the first
failure, `sco verify` collects them all); cache.py keeps the validated data
between runs; layout.py says where things are.
"""

from __future__ import annotations

from sco_cli.dataset.layout import (
    ARTICLE_DIR,
    DATA_DIR_ENV,
    EVENTS_FILE,
    FACTS_FILE,
    FILE_LIMIT,
    MILESTONES_FILE,
    PUBLISHED_FILE,
    RULES_FILE,
    SUMMITS_FILE,
    Dataset,
    data_dir,
)
from sco_cli.errors import DataError

__all__ = [
    "ARTICLE_DIR",
    "DATA_DIR_ENV",
    "EVENTS_FILE",
    "FACTS_FILE",
    "FILE_LIMIT",
    "MILESTONES_FILE",
    "PUBLISHED_FILE",
    "RULES_FILE",
    "SUMMITS_FILE",
    "Dataset",
    "data_dir",
    "load_dataset",
    "version_line",
]


def load_dataset() -> Dataset:
    """The validated data: from the cache when it is current, else validated and cached."""
    from sco_cli.dataset import cache

    directory = data_dir()
    path = cache.current_path(directory)  # keyed by the files as they are before validation
    dataset = cache.read(path, directory)
    if dataset is None:
        from sco_cli.dataset.checks import validate

        dataset = validate(directory)
        cache.write(path, dataset)
    return dataset


def version_line() -> str:
    """'article ID, reference as of DATE': from the cache's first line when it is
    current, else from the validated data, else read raw from the files."""
    from sco_cli.dataset import cache

    line = cache.description(data_dir())
    if line is not None:
        return line
    try:
        return load_dataset().description
    except DataError:
        from sco_cli.dataset.files import raw_description

        return raw_description(data_dir())
