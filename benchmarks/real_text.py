"""How `sco check` does on real published texts about the SCO.

A set (benchmarks/realtext/dev.json, or a sealed one) lists texts by id, URL and
publication date with the claims a careful fact-checker finds in each: kind,
subject, value and the verdict expected against the reference on that date,
and the decoys (phrases that look like claims and are not). The texts are not
in the repository: they live in a folder as <id>.txt or <id>.html
(benchmarks/realtext/README.md says how they were obtained).

For each text this runs the installed `sco check TEXT --as-of PUBLISHED --json`
and matches the claims it reports to the expected ones by kind, subject and
value (as a multiset; each report matches at most one expected claim). It
prints, per text and in total:

- expected claims, found, recall;
- reported claims not expected (and, apart, repeats of a claim already
  matched, and reports that match a decoy);
- verdicts right of those found (and leaving out claims marked disputed);
- *contradicts* raised and how many of them are right; contradictions in the
  texts and how many were found as contradictions;
- texts sco could not read (another language), and whether it said so.

Standard library only. Usage:
  python benchmarks/real_text.py --set benchmarks/realtext/dev.json --texts /work/realtext/dev
  [--json] [--verbose] [--only ID,...]
  python benchmarks/real_text.py --set SET.json --validate   # the set's form only; runs no sco
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from installed import sco_command  # benchmarks/installed.py, beside this script

# What a notice that a text was not read may say (on stderr or in the JSON).
NOT_READ = re.compile(
    r"not read|unread|did not read|could not read|language|no SCO|nothing (?:was )?read|"
    r"not (?:in )?english",
    re.IGNORECASE,
)
NOTICE_KEYS = {"not_read", "unread", "notice", "notices", "warning", "warnings", "language", "read"}


KINDS = {"count", "status", "joined", "founding", "summit"}
VERDICTS = {"agrees", "contradicts", "unverifiable", "disputed"}
STATUSES = {"member", "observer", "dialogue-partner", "partner", "founding-member"}
COUNTED = {"member", "observer", "dialogue-partner", "partner", "country", "founding-member"}
FOUNDED = {"SCO", "Shanghai Five"}
ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
EVENTS = Path(__file__).resolve().parent.parent / "data" / "reference" / "sco-status-events.csv"


def reference_countries() -> set[str]:
    """The countries an expected status can be about: the reference's, and those `sco`
    knows that never held a status ("Turkmenistan is an observer" contradicts)."""
    from sco_cli.claims.lexicon import DISPLAY  # the names `sco check` reports them by

    with EVENTS.open(encoding="utf-8", newline="") as fh:
        return {row["country"] for row in csv.DictReader(fh)} | set(DISPLAY.values())


def validate(data: Any, countries: set[str]) -> list[str]:
    """What is wrong with a set's form (empty: nothing), without reading any text.

    The scorer matches claims by kind, subject and value, so a misspelt kind,
    status or country would silently never match: each is checked here."""
    if not isinstance(data, dict) or not isinstance(data.get("texts"), list) or not data["texts"]:
        return ["the set has no list of texts"]
    problems: list[str] = []
    seen: set[str] = set()
    for n, text in enumerate(data["texts"]):
        where = f"text {n + 1} ({text.get('id')!r})" if isinstance(text, dict) else f"text {n + 1}"
        if not isinstance(text, dict):
            problems.append(f"{where}: not an object")
            continue
        problems += [f"{where}: {p}" for p in _text_problems(text, seen, countries)]
    return problems


def _text_problems(text: dict[str, Any], seen: set[str], countries: set[str]) -> list[str]:
    problems = []
    text_id = text.get("id")
    if not isinstance(text_id, str) or not ID.fullmatch(text_id):
        problems.append("id missing or not a file name")
    elif text_id in seen:
        problems.append("id repeated")
    else:
        seen.add(text_id)
    if not str(text.get("url", "")).startswith(("http://", "https://")):
        problems.append("url missing")
    try:
        datetime.date.fromisoformat(str(text.get("published")))
    except ValueError:
        problems.append("published is no YYYY-MM-DD date")
    if not isinstance(text.get("language"), str) or not text["language"]:
        problems.append("language missing")
    if not isinstance(text.get("not_read", False), bool):
        problems.append("not_read is not true or false")
    for name in ("expected", "decoys"):
        if not isinstance(text.get(name), list):
            problems.append(f"{name} is not a list")
    if problems:
        return problems
    for i, claim in enumerate(text["expected"]):
        problems += [f"expected {i + 1}: {p}" for p in _claim_problems(claim, countries)]
    for i, decoy in enumerate(text["decoys"]):
        if not isinstance(decoy, dict) or decoy.get("kind") not in KINDS:
            problems.append(f"decoy {i + 1}: kind not one of {sorted(KINDS)}")
        elif not decoy.get("why"):
            problems.append(f"decoy {i + 1}: no 'why'")
    return problems


def _claim_problems(claim: Any, countries: set[str]) -> list[str]:
    if not isinstance(claim, dict):
        return ["not an object"]
    kind, subject, value = claim.get("kind"), claim.get("subject"), claim.get("value")
    problems = []
    if kind not in KINDS:
        return [f"kind {kind!r} not one of {sorted(KINDS)}"]
    if claim.get("verdict") not in VERDICTS:
        problems.append(f"verdict {claim.get('verdict')!r} not one of {sorted(VERDICTS)}")
    if kind in ("status", "joined"):
        if subject not in countries:
            problems.append(f"subject {subject!r} is no country of the reference")
        if value not in STATUSES:
            problems.append(f"status {value!r} not one of {sorted(STATUSES)}")
    elif kind == "count" and (subject not in COUNTED or not _whole(value)):
        problems.append(f"count of {subject!r} = {value!r}: not a counted status and a number")
    elif kind == "founding" and (subject not in FOUNDED or not _whole(value)):
        problems.append(f"founding of {subject!r} in {value!r}: not {sorted(FOUNDED)} and a year")
    elif kind == "summit" and (not isinstance(subject, str) or not subject or not _whole(value)):
        problems.append(f"summit {subject!r} {value!r}: not a place and a year")
    accept = claim.get("accept", [])
    if not isinstance(accept, list) or (kind in ("status", "joined") and set(accept) - STATUSES):
        problems.append(f"accept {accept!r}: not a list of statuses")
    if claim.get("basis") not in (None, "decision", "in-force"):
        problems.append(f"basis {claim.get('basis')!r} not 'decision' or 'in-force'")
    if not isinstance(claim.get("disputed", False), bool):
        problems.append("disputed is not true or false")
    return problems


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def text_path(folder: Path, text_id: str) -> Path | None:
    for suffix in (".txt", ".html", ".htm"):
        path = folder / f"{text_id}{suffix}"
        if path.is_file():
            return path
    return None


def norm(value: Any) -> Any:
    """Compare values loosely: numbers as ints, words without case or spaces' variety."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        return int(value)
    text = " ".join(str(value).split()).casefold()
    return int(text) if text.isdigit() else text


def key(item: dict[str, Any]) -> tuple[Any, Any, Any]:
    return norm(item.get("kind")), norm(item.get("subject")), norm(item.get("value"))


def records(doc: Any) -> list[dict[str, Any]]:
    """Every claim record anywhere in sco's JSON: a dict with a verdict and a claim
    (claim.kind/subject/value, or kind/subject/value beside the verdict)."""
    seen: set[str] = set()
    found = []
    for record in _walk(doc):
        signature = json.dumps(record, sort_keys=True, default=str)
        if signature in seen:
            continue
        seen.add(signature)
        claim = record["claim"] if isinstance(record.get("claim"), dict) else record
        found.append(
            {
                "kind": claim.get("kind"),
                "subject": claim.get("subject"),
                "value": claim.get("value"),
                "verdict": record.get("verdict"),
                "basis": record.get("basis"),
                "sentence": record.get("sentence") or claim.get("text"),
            }
        )
    return found


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        claim = node.get("claim")
        if "verdict" in node and (
            (isinstance(claim, dict) and "kind" in claim) or ("kind" in node and "subject" in node)
        ):
            yield node
            return
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def said_not_read(doc: Any, stderr: str) -> bool:
    """Whether sco said, anywhere, that it did not read the text."""
    if NOT_READ.search(stderr):
        return True
    return any(_notice(node) for node in _dicts(doc))


def _notice(node: dict[str, Any]) -> bool:
    for name, value in node.items():
        if name not in NOTICE_KEYS or value in (None, False, [], {}, ""):
            continue
        if name == "read":
            return value is False
        if name == "language":
            return str(value).casefold() not in ("en", "eng", "english")
        if name in ("not_read", "unread") and value is True:
            return True
        if NOT_READ.search(json.dumps(value, default=str)) or name in ("not_read", "unread"):
            return True
    return False


def _dicts(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _dicts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _dicts(value)


def run_sco(sco: str, path: Path, published: str) -> tuple[Any, str, int]:
    argv = [sco, "check", str(path), "--json"]
    if published:
        argv[3:3] = ["--as-of", published]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=300, check=False)
    try:
        doc = json.loads(done.stdout) if done.stdout.strip() else {}
    except json.JSONDecodeError:
        doc = {"unparsed": done.stdout[:200]}
    return doc, done.stderr, done.returncode


def score(text: dict[str, Any], reported: list[dict[str, Any]]) -> dict[str, Any]:
    expected = text.get("expected", [])
    unmatched = list(reported)
    pairs = []
    missed = []
    for claim in expected:
        match = next((r for r in unmatched if _matches(r, claim)), None)
        if match is None:
            missed.append(claim)
        else:
            unmatched.remove(match)
            pairs.append((claim, match))
    expected_keys = {key(c) for c in expected} | {
        (norm(c["kind"]), norm(c["subject"]), norm(v))
        for c in expected
        for v in c.get("accept", [])
    }
    repeats, decoys, unexpected = [], [], []
    for record in unmatched:
        if key(record) in expected_keys:
            repeats.append(record)
        elif any(_is_decoy(record, d) for d in text.get("decoys", [])):
            decoys.append(record)
        else:
            unexpected.append(record)
    right = [(c, r) for c, r in pairs if _right(c, r)]
    wrong = [(c, r) for c, r in pairs if not _right(c, r)]
    undisputed = [(c, r) for c, r in pairs if not c.get("disputed")]
    raised = [r for r in reported if r.get("verdict") == "contradicts"]
    raised_right = [
        r for c, r in pairs if r.get("verdict") == "contradicts" and c["verdict"] == "contradicts"
    ]
    in_text = [c for c in expected if c["verdict"] == "contradicts"]
    in_text_undisputed = [c for c in in_text if not c.get("disputed")]
    return {
        "expected": len(expected),
        "found": len(pairs),
        "reported": len(reported),
        "unexpected": len(unexpected),
        "repeats": len(repeats),
        "decoys_reported": len(decoys),
        "verdicts_right": len(right),
        "found_undisputed": len(undisputed),
        "verdicts_right_undisputed": sum(1 for c, r in undisputed if _right(c, r)),
        "contradicts_raised": len(raised),
        "contradicts_right": len(raised_right),
        "contradictions_in_text": len(in_text),
        "contradictions_found": len(raised_right),
        "contradictions_in_text_undisputed": len(in_text_undisputed),
        "contradictions_found_undisputed": sum(
            1
            for c, r in pairs
            if c["verdict"] == "contradicts"
            and not c.get("disputed")
            and r.get("verdict") == "contradicts"
        ),
        "missed": [_short(c) for c in missed],
        "wrong": [
            {"expected": _short(c), "verdict": r.get("verdict"), "basis": r.get("basis")}
            for c, r in wrong
        ],
        "unexpected_claims": [_short(r) for r in unexpected],
        "decoy_claims": [_short(r) for r in decoys],
    }


def _matches(record: dict[str, Any], claim: dict[str, Any]) -> bool:
    """Same kind, subject and value (or one of the values the claim also accepts)."""
    kind, subject, value = key(record)
    values = [claim.get("value"), *claim.get("accept", [])]
    return (kind, subject) == key(claim)[:2] and value in {norm(v) for v in values}


def _is_decoy(record: dict[str, Any], decoy: dict[str, Any]) -> bool:
    kind, subject, value = key(record)
    return (
        kind == norm(decoy.get("kind"))
        and (decoy.get("subject") is None or subject == norm(decoy.get("subject")))
        and (decoy.get("value") is None or value == norm(decoy.get("value")))
    )


def _right(claim: dict[str, Any], record: dict[str, Any]) -> bool:
    if record.get("verdict") != claim["verdict"]:
        return False
    return "basis" not in claim or record.get("basis") == claim["basis"]


def _short(item: dict[str, Any]) -> dict[str, Any]:
    return {k: item[k] for k in ("kind", "subject", "value", "verdict") if k in item}


SUMS = [
    "expected",
    "found",
    "reported",
    "unexpected",
    "repeats",
    "decoys_reported",
    "verdicts_right",
    "found_undisputed",
    "verdicts_right_undisputed",
    "contradicts_raised",
    "contradicts_right",
    "contradictions_in_text",
    "contradictions_found",
    "contradictions_in_text_undisputed",
    "contradictions_found_undisputed",
]


def measure(set_path: Path, folder: Path, only: set[str] | None = None) -> dict[str, Any]:
    data = json.loads(set_path.read_text(encoding="utf-8"))
    sco = sco_command()
    results = []
    for text in data["texts"]:
        if only and text["id"] not in only:
            continue
        path = text_path(folder, text["id"])
        if path is None:
            results.append({"id": text["id"], "absent": True})
            continue
        doc, stderr, code = run_sco(sco, path, text.get("published", ""))
        result = {"id": text["id"], "published": text.get("published"), "exit": code}
        result |= score(text, records(doc))
        result["not_read"] = bool(text.get("not_read"))
        result["said_not_read"] = said_not_read(doc, stderr)
        results.append(result)
    scored = [r for r in results if not r.get("absent")]
    total: dict[str, Any] = {name: sum(r[name] for r in scored) for name in SUMS}
    total["texts"] = len(scored)
    total["absent"] = [r["id"] for r in results if r.get("absent")]
    total["recall"] = total["found"] / total["expected"] if total["expected"] else None
    total["texts_not_read"] = sum(1 for r in scored if r["not_read"])
    total["not_read_said"] = sum(1 for r in scored if r["not_read"] and r["said_not_read"])
    total["texts_without_claims"] = sum(
        1 for r in scored if not r["expected"] and not r["not_read"]
    )
    total["without_claims_reported"] = sum(
        1 for r in scored if not r["expected"] and not r["not_read"] and r["reported"]
    )
    total["without_claims_notice"] = sum(
        1 for r in scored if not r["expected"] and not r["not_read"] and r["said_not_read"]
    )
    return {"set": str(set_path), "texts": results, "total": total}


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.0%})" if whole else f"{part}/0"


def report(figures: dict[str, Any], verbose: bool) -> None:
    print(
        "text\texpected\tfound\trecall\tnot expected\trepeats\tdecoys\tverdicts right\t"
        "contradicts raised/right\tnot read (said)"
    )
    for r in figures["texts"]:
        if r.get("absent"):
            print(f"{r['id']}\t(text absent)")
            continue
        recall = f"{r['found'] / r['expected']:.0%}" if r["expected"] else "-"
        unread = ("yes (said)" if r["said_not_read"] else "yes (silent)") if r["not_read"] else "-"
        print(
            f"{r['id']}\t{r['expected']}\t{r['found']}\t{recall}\t{r['unexpected']}\t"
            f"{r['repeats']}\t{r['decoys_reported']}\t{r['verdicts_right']}/{r['found']}\t"
            f"{r['contradicts_raised']}/{r['contradicts_right']}\t{unread}"
        )
        if verbose:
            for name in ("missed", "wrong", "unexpected_claims", "decoy_claims"):
                for item in r[name]:
                    print(f"    {name}: {json.dumps(item, ensure_ascii=False)}")
    t = figures["total"]
    print()
    print(f"texts: {t['texts']}" + (f" ({len(t['absent'])} absent)" if t["absent"] else ""))
    print(f"expected claims found (recall): {_pct(t['found'], t['expected'])}")
    print(
        f"reported claims: {t['reported']}; not expected: {t['unexpected']}; "
        f"repeats of a found claim: {t['repeats']}; decoys reported: {t['decoys_reported']}"
    )
    print(f"verdicts right of found: {_pct(t['verdicts_right'], t['found'])}")
    print(
        "verdicts right of found, disputed left out: "
        f"{_pct(t['verdicts_right_undisputed'], t['found_undisputed'])}"
    )
    print(f"contradicts raised / right: {t['contradicts_raised']} / {t['contradicts_right']}")
    print(
        f"contradictions in the texts / found: {t['contradictions_in_text']} / "
        f"{t['contradictions_found']} (disputed left out: {t['contradictions_in_text_undisputed']} / "
        f"{t['contradictions_found_undisputed']})"
    )
    print(f"texts not read: {t['texts_not_read']}; sco said so: {t['not_read_said']}")
    print(
        f"texts with no SCO claim: {t['texts_without_claims']}; "
        f"with claims reported anyway: {t['without_claims_reported']}; "
        f"with a notice that nothing was read: {t['without_claims_notice']}"
    )


def check_set(set_path: Path) -> int:
    """Print what is wrong with a set (or its size), and the exit status to end with."""
    try:
        data = json.loads(set_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"{set_path}: not a readable JSON set: {exc}", file=sys.stderr)
        return 1
    problems = validate(data, reference_countries())
    for problem in problems:
        print(f"{set_path}: {problem}", file=sys.stderr)
    if problems:
        return 1
    texts = data["texts"]
    print(
        f"{set_path}: {len(texts)} texts, {sum(len(t['expected']) for t in texts)} expected "
        f"claims, {sum(len(t['decoys']) for t in texts)} decoys, "
        f"{sum(1 for t in texts if t.get('not_read'))} not read: the form is right"
    )
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", required=True, type=Path, help="the set's JSON (expected claims)")
    parser.add_argument("--texts", type=Path, help="folder of <id>.txt / <id>.html")
    parser.add_argument("--json", action="store_true", help="machine-readable figures")
    parser.add_argument("--verbose", action="store_true", help="list misses and extra claims")
    parser.add_argument("--only", default="", help="comma-separated text ids")
    parser.add_argument(
        "--validate", action="store_true", help="check the set's form only (runs no sco)"
    )
    args = parser.parse_args()
    if not args.set.is_file():
        sys.exit(f"no such set: {args.set}")
    if args.validate:
        sys.exit(check_set(args.set))
    if args.texts is None or not args.texts.is_dir():
        sys.exit(f"no such folder of texts: {args.texts}")
    only = {i for i in args.only.split(",") if i} or None
    figures = measure(args.set, args.texts, only)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
    else:
        report(figures, args.verbose)


if __name__ == "__main__":
    main()
