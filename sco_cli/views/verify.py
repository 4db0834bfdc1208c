"""Rich view of `sco verify`: the verdict first, counts by kind, then what needs reading."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from sco_cli.dataset.query import JSON
from sco_cli.views import (
    FAIL_STYLE,
    MATCH,
    MISMATCH,
    MUTED,
    OK_STYLE,
    VERDICT_STYLES,
    Frame,
    cards,
    evidence_card,
    flow,
    footer,
    plural,
    responsive,
    title,
)

if TYPE_CHECKING:
    from sco_cli.reports.verify import VerifyDoc

# Each kind of check, as the verdict line names it (in this order).
KINDS = {
    "quote": "quotes",
    "count": "counts",
    "iso": "ISO codes",
    "source": "sources",
    "schema": "schema",
    "file": "files",
}


def verify(doc: VerifyDoc) -> RenderableType:
    """Failures and fact-check notes only."""
    return _verify(doc, every=False)


def verify_all(doc: VerifyDoc) -> RenderableType:
    """`sco verify --verbose`: every check."""
    return _verify(doc, every=True)


def _verify(doc: Mapping[str, Any], *, every: bool) -> RenderableType:
    def draw(frame: Frame) -> RenderableType:
        checks = doc["checks"]
        failed = [c for c in checks if c["status"] == "fail"]
        notes = [c for c in checks if c["status"] == "note"]
        counts = doc["counts"]
        if doc["ok"]:
            verdict = Text(f"{MATCH} The data holds: every check passed.", style=OK_STYLE)
        else:
            verdict = Text(
                f"{MISMATCH} {plural(counts['fail'], 'check')} failed.", style=FAIL_STYLE
            )
        parts: list[RenderableType] = [
            title("sco verify", f"{plural(len(checks), 'check')} of the data"),
            Text(""),
            verdict,
            _by_kind(checks, frame.width),
        ]
        if failed:
            parts += [Text(""), Text("Failed", style="bold"), _listing(failed)]
        if notes:
            parts += [Text(""), Text(f"Fact-check {_noun(len(notes))}", style="bold")]
            parts.append(
                cards(evidence_card(frame, path=c["subject"], notes=[_note(c)]) for c in notes)
            )
        if every:
            passed = [c for c in checks if c["status"] == "pass"]
            parts += [Text(""), Text("Passed", style="bold"), _listing(passed)]
        hint = None if every else "Every check: sco verify --verbose"
        parts.append(footer(frame, hint=hint))
        return Group(*parts)

    return responsive(draw)


def _noun(count: int) -> str:
    return "note" if count == 1 else "notes"


def _by_kind(checks: list[JSON], width: int) -> Text:
    """'quotes 41/41 ✓ · counts 3/3 ✓ · ...': passed of checked, by kind."""
    kinds: dict[str, list[JSON]] = defaultdict(list)
    for check in checks:
        if check["status"] != "note":
            kinds[check["check"]].append(check)
    pieces = []
    for kind in [*KINDS, *sorted(set(kinds) - set(KINDS))]:
        if kind not in kinds:
            continue
        passed = sum(1 for c in kinds[kind] if c["status"] == "pass")
        total = len(kinds[kind])
        ok = passed == total
        pieces.append(
            Text.assemble(
                f"{KINDS.get(kind, kind)} {passed}/{total} ",
                (MATCH if ok else MISMATCH, OK_STYLE if ok else FAIL_STYLE),
            )
        )
    return flow(pieces, width, gap="  ·  ")  # a kind's name never apart from its figures


def _note(check: Mapping[str, Any]) -> JSON:
    """A note check's detail, 'qualifies: text', as the evidence card takes it."""
    verdict, _, text = check["detail"].partition(": ")
    if verdict not in VERDICT_STYLES:
        return {"verdict": "note", "text": check["detail"]}
    return {"verdict": verdict, "text": text}


def _listing(checks: list[JSON]) -> RenderableType:
    blocks: list[RenderableType] = []
    for check in checks:
        ok = check["status"] == "pass"
        head = Text.assemble(
            (MATCH if ok else MISMATCH, OK_STYLE if ok else FAIL_STYLE),
            " ",
            (check["check"], MUTED),
            " ",
            (check["subject"], "bold"),
        )
        blocks += [head, Padding(Text(check["detail"]), (0, 0, 0, 2))]
    return Group(*blocks)
