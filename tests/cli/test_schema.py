"""`sco schema`: every command's JSON output validates against its schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from sco_cli.registry import DOCUMENTS
from tests.conftest import Invoke

OUTPUTS = [
    ("summary", ("summary",)),
    ("members", ("members",)),
    ("members", ("members", "--count")),
    ("members", ("members", "--role", "partner", "--as-of", "latest")),
    ("members", ("members", "--as-of", "2030")),
    ("members", ("members", "--country", "Belarus")),
    ("members", ("members", "--history")),
    ("quote", ("quote", "--section", "security")),
    ("quote", ("quote", "--match", "Tianjin")),
    ("sections", ("sections",)),
    ("facts", ("facts",)),
    ("get", ("get", "summit.city", "summit", "three_forces")),
    ("get", ("get", "summit.city", "roster.as_of", "--evidence")),
    ("get", ("get",)),
    ("timeline", ("timeline",)),
    ("timeline", ("timeline", "--from", "2024", "--lang", "ru")),
    ("summits", ("summits",)),
    ("summits", ("summits", "--city", "astana")),
    ("verify", ("verify",)),
    ("members", ("members", "--lang", "zh")),
    ("summary", ("summary", "--lang", "kk")),
    ("records", ("members", "--fields", "country,iso3")),
    ("records", ("facts", "--fields", "path,value")),
    ("search", ("search", "railway")),
    ("check", ("check", "--as-of", "2025-08-30")),
    ("check", ("check", "tests/articles/undated-opinion.txt")),
    ("cache", ("cache",)),
]


def test_every_document_is_checked_against_real_output() -> None:
    assert {name for name, _ in OUTPUTS} == set(DOCUMENTS)


@pytest.mark.parametrize(("command", "args"), OUTPUTS)
def test_output_validates_against_its_schema(
    sco: Invoke, command: str, args: tuple[str, ...]
) -> None:
    schema = json.loads(sco("schema", command).stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    document = json.loads(sco(*args, "--json").stdout)
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)


def test_schema_rejects_a_document_that_drifted(sco: Invoke) -> None:
    schema = json.loads(sco("schema", "members").stdout)
    document = json.loads(sco("members", "--json").stdout)
    document["groups"][0]["countries"][0]["capital"] = "Minsk"
    with pytest.raises(jsonschema.ValidationError, match="capital"):
        jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)


def test_schema_without_command_lists_them_all(sco: Invoke) -> None:
    every = json.loads(sco("schema").stdout)
    assert list(every) == list(DOCUMENTS)
    assert every["facts"]["title"] == "sco facts --json"


def test_unknown_schema_is_a_usage_error(sco: Invoke) -> None:
    result = sco("schema", "nope")
    assert result.exit_code == 2
    assert "'nope' is not one of" in result.stderr


def test_the_get_schema_describes_the_get_documents(sco: Invoke) -> None:
    schema = json.loads(sco("schema", "get").stdout)
    answers = json.loads(sco("get", "summit.city", "roster.as_of", "--evidence", "--json").stdout)
    # With --evidence each value is an answer: its value, source, quotes and notes.
    evidence_doc = {"$defs": schema["$defs"], "$ref": "#/$defs/GetEvidenceDoc"}
    jsonschema.validate(answers, evidence_doc, cls=jsonschema.Draft202012Validator)
    del answers["summit.city"]["source"]
    with pytest.raises(jsonschema.ValidationError, match="source"):
        jsonschema.validate(answers, evidence_doc, cls=jsonschema.Draft202012Validator)
    # Every key is schema_version or a dotted path, and schema_version is required.
    values = json.loads(sco("get", "summit.city", "--json").stdout)
    jsonschema.validate(values, schema, cls=jsonschema.Draft202012Validator)
    for drifted in ({**values, "Summit City": "Tianjin"}, {"summit.city": "Tianjin"}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(drifted, schema, cls=jsonschema.Draft202012Validator)
