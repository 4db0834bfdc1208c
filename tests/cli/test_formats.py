"""Every record format, --fields and --no-headers, on every command."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import Invoke, rows

RECORD_COMMANDS = [
    ("summary",),
    ("members",),
    ("members", "--count"),
    ("quote", "--section", "security"),
    ("sections",),
    ("facts",),
    ("get", "summit.city", "three_forces"),
    ("get",),
]


@pytest.mark.parametrize("args", RECORD_COMMANDS)
def test_csv_tsv_jsonl_markdown_agree(sco: Invoke, args: tuple[str, ...]) -> None:
    tsv = rows(sco(*args, "--format", "tsv").stdout)
    header, body = tsv[0], tsv[1:]
    parsed_csv = list(csv.reader(io.StringIO(sco(*args, "--format", "csv").stdout)))
    assert parsed_csv[0] == header
    assert len(parsed_csv) == len(tsv)
    lines = sco(*args, "--format", "jsonl").stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == len(body)
    assert all(list(r) == header for r in records)
    markdown = sco(*args, "--format", "markdown").stdout.splitlines()
    assert markdown[0] == "| " + " | ".join(header) + " |"
    assert markdown[1] == "|" + "---|" * len(header)
    assert len(markdown) == len(body) + 2


@pytest.mark.parametrize("args", RECORD_COMMANDS)
def test_no_headers(sco: Invoke, args: tuple[str, ...]) -> None:
    with_header = sco(*args, "--format", "csv").stdout.splitlines()
    without = sco(*args, "--format", "csv", "--no-headers").stdout.splitlines()
    assert without == with_header[1:]


def test_csv_is_rfc_4180(sco: Invoke) -> None:
    out = sco("quote", "--section", "lead", "--format", "csv").stdout_bytes.decode()
    assert out.startswith("section,paragraph,text,source\r\n")
    second = list(csv.reader(io.StringIO(out)))[2]
    assert second[2].startswith('At the center of this gathering is the "Shanghai Spirit,"')
    assert '"At the center of this gathering is the ""Shanghai Spirit,""' in out


@pytest.mark.parametrize("fmt", ["plain", "tsv", "csv", "jsonl", "markdown", "json", "rich"])
def test_fields_narrow_every_format(sco: Invoke, fmt: str) -> None:
    result = sco("members", "--role", "observer", "--fields", "iso3,country", "--format", fmt)
    assert result.exit_code == 0
    out = result.stdout
    assert "AFG" in out
    assert "Afghanistan" in out
    assert "2012-06-07" not in out
    assert "observer" not in out.replace("observers", "")


def test_fields_json_document(sco: Invoke) -> None:
    doc = json.loads(
        sco("members", "--role", "observer", "--fields", "iso3,country", "--json").stdout
    )
    assert doc == {
        "schema_version": 1,
        "document": "records",
        "fields": ["iso3", "country"],
        "records": [
            {"iso3": "AFG", "country": "Afghanistan"},
            {"iso3": "MNG", "country": "Mongolia"},
        ],
    }


def test_fields_keep_the_order_given(sco: Invoke) -> None:
    out = sco("sections", "--fields", "paragraphs,slug", "--format", "plain").stdout
    assert out.splitlines()[0] == "1-5\tlead"


def test_unknown_field_exits_2_and_lists_the_valid_ones(sco: Invoke) -> None:
    result = sco("members", "--fields", "country,capital")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: unknown field 'capital' (fields: status, country, iso2, iso3, since, source, event, "
        "decided, in_force, pending, first_status, first_since)\n"
    )


def test_help_lists_the_fields(sco: Invoke) -> None:
    help_text = " ".join(sco("members", "--help").stdout.split())
    assert "status, country, iso2, iso3, since, source, event" in help_text
