"""`sco check` in a fact-checker's day: dated drafts, the undated rule, --as-of words,
flat records for spreadsheets, --cite, the packaged article's date."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
from pathlib import Path

import pytest

from sco_cli.claims.flat import FLAT_FIELDS
from tests.conftest import Invoke

WRONG = "The SCO has nine members.\n"


@pytest.mark.parametrize(
    "head",
    [
        "Date: 2025-09-02",
        "date: 2025-09-02",
        "Published 2025-09-02",
        "Published 1 September 2025\nUpdated 2 September 2025",
        "2 September 2025",
        "By A. Writer | September 2, 2025",
        "BEIJING, September 2, 2025 (Xinhua) --",
    ],
)
def test_a_dated_draft_with_a_wrong_count_fails(sco: Invoke, head: str) -> None:
    result = sco("check", "-", "--json", input=f"{head}\n\n{WRONG}")
    assert result.exit_code == 4
    (claim,) = json.loads(result.stdout)["claims"]
    assert (claim["as_of"], claim["as_of_from"], claim["verdict"]) == (
        "2025-09-02",
        "article",
        "contradicts",
    )
    assert claim["date_from"]  # the form and its words
    assert result.stderr == ""


def test_an_undated_draft_is_judged_as_of_today_and_says_so(sco: Invoke) -> None:
    today = dt.date.today().isoformat()
    result = sco("check", "-", "--fields", "verdict,as_of", input=WRONG)
    assert result.exit_code == 4  # never a silent all-clear
    assert result.stdout == f"contradicts\t{today}\n"
    (line,) = result.stderr.splitlines()
    assert line.startswith("Note: stdin has no date: judged as of today; give --as-of DATE")
    for named in ("--as-of", "Date: 2025-09-02", "Published 2 September 2025", "(Xinhua)"):
        assert named in line


def test_a_true_undated_draft_passes_with_the_note(sco: Invoke) -> None:
    result = sco("check", "-", "--json", input="The SCO has ten member states.\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["articles"][0]["as_of_from"] == "today"
    assert "no date" in result.stderr
    assert "--as-of" in result.stderr


def test_as_of_gives_the_date_and_no_note(sco: Invoke) -> None:
    result = sco("check", "-", "--as-of", "2017-06-10", "--fields", "as_of", input=WRONG)
    assert (result.stdout, result.stderr) == ("2017-06-10\n", "")


@pytest.mark.parametrize(("word", "date"), [("latest", None), ("today", "today"), ("LATEST", None)])
def test_as_of_latest_and_today_as_for_members(sco: Invoke, word: str, date: str | None) -> None:
    latest = json.loads(sco("members", "--as-of", "latest", "--json").stdout)["as_of"]
    result = sco("check", "--as-of", word, "--json")
    assert result.exit_code in (0, 4)
    document = json.loads(result.stdout)
    wanted = dt.date.today().isoformat() if date == "today" else latest
    assert {c["as_of"] for c in document["claims"]} == {wanted}
    assert {c["as_of_from"] for c in document["claims"]} == {"option"}


# -- flat records for spreadsheets ---------------------------------------------

DRAFT = (
    "Date: 2017-06-10\n\nThe SCO has nine members. Iran, an observer since 2005, did not "
    "attend. The 2016 summit in Astana was short.\n"
)


def _table(sco: Invoke, fmt: str, *more: str) -> list[dict[str, str]]:
    text = sco("check", "-", "--format", fmt, *more, input=DRAFT).stdout
    delimiter = "," if fmt == "csv" else "\t"
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_and_tsv_are_flat_scalar_columns(sco: Invoke, fmt: str) -> None:
    table = _table(sco, fmt)
    assert list(table[0]) == list(FLAT_FIELDS)
    nine, iran, summit = table
    assert {k: nine[k] for k in ("claim_text", "kind", "subject", "claimed", "expected")} == {
        "claim_text": "nine members",
        "kind": "count",
        "subject": "member",
        "claimed": "9",
        "expected": "8",
    }
    assert (nine["verdict"], nine["basis"], nine["as_of"]) == (
        "contradicts",
        "in-force",
        "2017-06-10",
    )
    assert (nine["holds_from"], nine["holds_to"]) == ("2023-07-04", "2024-07-03")
    assert nine["sources"].startswith("http")
    assert (iran["claimed"], iran["expected"], iran["verdict"]) == (
        "observer since 2005",
        "observer",
        "agrees",
    )
    assert (summit["claimed"], summit["verdict"]) == ("2016 Astana", "contradicts")
    assert summit["expected"].startswith("Tashkent, Uzbekistan, 2016-06-")
    assert (nine["paragraph"], nine["sentence"], iran["sentence"]) == ("2", "1", "2")
    for row in table:
        assert not any(v.startswith(("{", "[")) for v in row.values())


def test_fields_take_the_flat_columns_in_every_text_format(sco: Invoke) -> None:
    fields = "claim_text,claimed,expected,verdict,sources"
    plain = sco("check", "-", "--fields", fields, input=DRAFT).stdout.splitlines()
    assert plain[0].split("\t")[:4] == ["nine members", "9", "8", "contradicts"]
    markdown = sco("check", "-", "--fields", fields, "--format", "markdown", input=DRAFT)
    assert markdown.stdout.splitlines()[2].startswith("| nine members | 9 | 8 | contradicts | http")
    jsonl = sco("check", "-", "--fields", "claimed,expected", "--format", "jsonl", input=DRAFT)
    assert json.loads(jsonl.stdout.splitlines()[0]) == {"claimed": 9, "expected": 8}
    bad = sco("check", "-", "--fields", "claim.text", input=DRAFT)
    assert bad.exit_code == 2
    assert "claim_text" in bad.stderr  # the message lists the fields


def test_json_keeps_its_nested_shape(sco: Invoke) -> None:
    document = json.loads(sco("check", "-", "--json", input=DRAFT).stdout)
    claim = document["claims"][0]
    assert claim["claim"] == {
        "kind": "count",
        "subject": "member",
        "value": 9,
        "text": "nine members",
    }
    assert claim["holds"] == [{"from": "2023-07-04", "to": "2024-07-03"}]
    assert isinstance(claim["reference"], list)


def test_flat_records_are_typed_for_sco_schema(sco: Invoke) -> None:
    import jsonschema

    schema = json.loads(sco("schema", "records").stdout)
    by_title = {s["title"]: s for s in schema["properties"]["records"]["items"]["anyOf"]}
    own = by_title["sco check --fields"]
    assert set(own["properties"]) == set(FLAT_FIELDS)
    document = json.loads(
        sco("check", "-", "--json", "--fields", ",".join(FLAT_FIELDS), input=DRAFT).stdout
    )
    jsonschema.validate(document, schema)
    for record in document["records"]:
        jsonschema.validate(record, own)


# -- --cite ---------------------------------------------------------------------


def test_cite_is_one_line_a_verdict_with_the_reference_and_its_sources(sco: Invoke) -> None:
    result = sco("check", "-", "--cite", input=DRAFT)
    assert result.exit_code == 4  # the check's own status
    nine, iran, summit = result.stdout.splitlines()
    assert nine.startswith("\u201cnine members\u201d (stdin, \u00b62.1, judged on 2017-06-10): ")
    assert ": contradicts: on 2017-06-10 the reference has 8 member states in force" in nine
    assert "Sources: http" in nine
    document = json.loads(sco("check", "-", "--json", input=DRAFT).stdout)
    for line, claim in zip((nine, iran, summit), document["claims"], strict=True):
        assert claim["note"] in line
        for row in claim["reference"]:
            assert row["source"].split(" ; ")[0] in line
    assert "agrees" in iran
    assert sco("check", "-", "--cite", "--format", "claimreview", input=DRAFT).exit_code == 2


# -- one spelling, SQLite included ---------------------------------------------

JOINED = (
    "Date: 2017-06-10\n\nThe SCO has nine members. Turkey, a dialogue partner since 2012, "
    "and Belarus, an observer, came. The 2016 summit in Tashkent was short.\n"
)


def test_a_check_database_joins_claims_verdicts_and_the_reference(
    sco: Invoke, tmp_path: Path
) -> None:
    target = tmp_path / "checked.db"
    assert sco("check", "-", "--export", str(target), input=JOINED).exit_code == 4
    db = sqlite3.connect(target)
    # a status claim's value is the status of the event its verdict rests on
    statuses = db.execute(
        "SELECT c.text, e.status, v.basis FROM claims c JOIN verdicts v ON v.claim_id = c.id "
        "JOIN verdict_references r ON r.claim_id = c.id "
        "JOIN status_events e ON e.id = r.status_event_id "
        "WHERE c.kind = 'status' AND c.value = e.status ORDER BY c.id"
    ).fetchall()
    assert ("Turkey, a dialogue partner since 2012", "dialogue-partner", "decision") in statuses
    assert ("Belarus, an observer", "observer", "in-force") in statuses
    # a count claim against the roster view on the verdict's basis and date
    (count,) = db.execute(
        "SELECT c.value, v.verdict, (SELECT count(*) FROM roster o WHERE o.basis = v.basis "
        "AND o.status = c.subject AND o.date = (SELECT max(date) FROM roster "
        "WHERE basis = v.basis AND date <= v.as_of)) FROM claims c "
        "JOIN verdicts v ON v.claim_id = c.id WHERE c.kind = 'count'"
    ).fetchall()
    assert count == ("9", "contradicts", 8)
    # a summit's format reads the same in the table and in the verdict's row
    formats = db.execute(
        "SELECT s.format, json_extract(r.row, '$.format') FROM verdict_references r "
        "JOIN summits s ON s.ordinal = r.summit"
    ).fetchall()
    assert formats
    assert all(table == shown == "in-person" for table, shown in formats)
    # every value of every table is spelled one way: no underscore in a status, basis or format
    spelled = db.execute(
        "SELECT status FROM status_events UNION SELECT from_status FROM status_rules "
        "UNION SELECT to_status FROM status_rules UNION SELECT format FROM summits "
        "UNION SELECT basis FROM roster UNION SELECT basis FROM verdicts "
        "UNION SELECT subject FROM claims WHERE kind = 'count' UNION SELECT value FROM claims"
    ).fetchall()
    assert not [value for (value,) in spelled if value and "_" in str(value)]


def test_json_writes_a_summit_format_as_the_cli_does(sco: Invoke) -> None:
    document = json.loads(sco("check", "-", "--json", input=JOINED).stdout)
    summit = next(c for c in document["claims"] if c["claim"]["kind"] == "summit")
    assert {row["format"] for row in summit["reference"]} == {"in-person"}
