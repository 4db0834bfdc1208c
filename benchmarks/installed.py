"""How the benchmarks run sco: as an installed tool runs, with its bytecode.

pip compiles a wheel's modules when it installs it; an editable checkout under
PYTHONDONTWRITEBYTECODE compiles them again in every process, which no
installed sco does. The benchmarks therefore compile them once, in the first,
uncounted run, into a temporary PYTHONPYCACHEPREFIX; --as-is leaves the
environment as it is.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


def sco_command() -> str:
    """The installed `sco`: beside this Python, else on PATH; exits when there is none."""
    beside = Path(sys.executable).parent / "sco"
    found = str(beside) if beside.exists() else shutil.which("sco")
    if not found:
        sys.exit("sco is not installed: python -m pip install .")
    return found


def bytecode(env: dict[str, str], tmp: Path, *, as_is: bool) -> str:
    """Set `env` for the run, and say in words how the bytecode is had."""
    if as_is:
        written = "no" if env.get("PYTHONDONTWRITEBYTECODE") else "yes"
        return f"bytecode as the environment has it (written: {written})"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "bytecode")
    return "bytecode compiled once, as an install does"
