"""`sco verify`: every check, and whether the data holds."""

from __future__ import annotations

from collections import Counter

from sco_cli.dataset.checks import FAIL, NOTE, PASS, Check
from sco_cli.errors import ExitCode
from sco_cli.reports import Report, versioned

VERIFY_FIELDS = ("check", "subject", "status", "detail")


def verify(checks: list[Check], *, every: bool = False) -> Report:
    """`every`: the rich view lists every check, not only failures and notes."""
    tally = Counter(c.status for c in checks)
    items = [
        {"check": c.check, "subject": c.subject, "status": c.status, "detail": c.detail}
        for c in checks
    ]
    ok = tally[FAIL] == 0
    document = versioned(
        ok=ok,
        counts={PASS: tally[PASS], FAIL: tally[FAIL], NOTE: tally[NOTE]},
        checks=items,
    )
    rows = [tuple(item[f] for f in VERIFY_FIELDS) for item in items]
    code = ExitCode.OK if ok else ExitCode.DATA
    view = "verify_all" if every else "verify"
    return Report(document, VERIFY_FIELDS, rows, view, exit_code=code)
