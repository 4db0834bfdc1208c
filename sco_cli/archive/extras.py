"""The optional extra `sco-cli[archive]` (pyarrow, warcio): imported only when a Parquet
or WARC file is read, and without it one line that names the extra (exit 2)."""

from __future__ import annotations

import importlib
from types import ModuleType

from sco_cli.errors import UsageProblem

INSTALL = "pip install 'sco-cli[archive]'"


def extra(module: str, reading: str) -> ModuleType:
    """The module, or UsageProblem saying which extra reads these files."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise UsageProblem(
            f"reading {reading} files needs {module.split('.')[0]}: {INSTALL}"
        ) from None
