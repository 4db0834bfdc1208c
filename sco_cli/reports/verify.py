"""`sco verify`: every check, and whether the data holds."""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Literal, TypedDict

from sco_cli.dataset.checks import FAIL, NOTE, PASS, Check
from sco_cli.errors import ExitCode
from sco_cli.reports import SCHEMA_VERSION, Report, Versioned

VERIFY_FIELDS = ("check", "subject", "status", "detail")


class CheckItem(TypedDict):
    check: str
    subject: str
    status: Literal["pass", "fail", "note"]
    detail: Annotated[str, "For a failure: the message loading gives (file, field or line, why)"]


CheckCounts = TypedDict("CheckCounts", {"pass": int, "fail": int, "note": int})


class VerifyDoc(Versioned):
    document: Literal["verify"]
    ok: Annotated[bool, "True when no check failed (notes are not failures)"]
    counts: CheckCounts
    checks: list[CheckItem]


def verify(checks: list[Check], *, every: bool = False) -> Report:
    """`every`: the rich view lists every check, not only failures and notes."""
    tally = Counter(c.status for c in checks)
    items: list[CheckItem] = [
        {"check": c.check, "subject": c.subject, "status": c.status, "detail": c.detail}
        for c in checks
    ]
    ok = tally[FAIL] == 0
    document: VerifyDoc = {
        "schema_version": SCHEMA_VERSION,
        "document": "verify",
        "ok": ok,
        "counts": {"pass": tally[PASS], "fail": tally[FAIL], "note": tally[NOTE]},
        "checks": items,
    }
    rows = [(i["check"], i["subject"], i["status"], i["detail"]) for i in items]
    code = ExitCode.OK if ok else ExitCode.DATA
    view = "verify_all" if every else "verify"
    return Report(document, VERIFY_FIELDS, rows, view, exit_code=code)
