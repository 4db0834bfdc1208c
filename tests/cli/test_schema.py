"""`sco schema`: every command's JSON output validates against its schema."""

from __future__ import annotations

import json
from typing import Any

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
    ("check", ("check", "tests/articles", "--summary")),
    ("records", ("check", "tests/articles", "--summary", "--fields", "group,key,first")),
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
    # Every key is schema_version, document or a dotted path; the first two are required.
    values = json.loads(sco("get", "summit.city", "--json").stdout)
    jsonschema.validate(values, schema, cls=jsonschema.Draft202012Validator)
    for drifted in ({**values, "Summit City": "Tianjin"}, {"summit.city": "Tianjin"}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(drifted, schema, cls=jsonschema.Draft202012Validator)


def _named(schema: dict[str, Any], declared: str = "") -> dict[str, str]:
    """The values of `document` a schema accepts, each with the document it names."""
    definitions = schema.get("$defs", {})
    names = [ref["$ref"].rsplit("/", 1)[-1] for ref in schema.get("oneOf", [])]
    parts = [(name, definitions[name]) for name in names] or [(declared, schema)]
    return {part["properties"]["document"]["const"]: name for name, part in parts}


def test_each_document_names_itself_once() -> None:
    """A `document` value per declared document (a TypedDict), required, none shared
    (--cite's citations are one document, printed by quote, facts and get)."""
    from sco_cli.schemas import json_schema

    documents: dict[str, str] = {}
    for command, declared in DOCUMENTS.items():
        schema = json_schema(command)
        named = _named(schema, declared)
        if "oneOf" in schema:  # several documents: the discriminator picks one
            assert schema["discriminator"]["propertyName"] == "document"
            assert set(schema["discriminator"]["mapping"]) == set(named)
        else:
            assert "document" in schema["required"]
        for value, name in named.items():
            assert documents.setdefault(value, name) == name, value
    assert len(set(documents.values())) == len(documents)
    assert len(documents) >= len(DOCUMENTS)


@pytest.mark.parametrize(("command", "args"), OUTPUTS)
def test_output_names_its_document(sco: Invoke, command: str, args: tuple[str, ...]) -> None:
    document = json.loads(sco(*args, "--json").stdout)
    assert list(document)[:2] == ["schema_version", "document"]
    assert document["document"] in _named(json.loads(sco("schema", command).stdout))


@pytest.mark.parametrize(
    ("args", "misspell"),
    [
        (("get", "summit.city", "--evidence"), ("summit.city", "evidence", "evidense")),
        (("get",), (None, "paths", "path")),
        (("get", "summit.city", "--cite"), (None, "citations", "citation")),
        (("members", "--count"), (None, "statuses", "statusses")),
        (("facts",), (None, "facts", "fact")),
    ],
)
def test_a_document_with_a_misspelt_key_fails_its_schema(
    sco: Invoke, args: tuple[str, ...], misspell: tuple[str | None, str, str]
) -> None:
    command = args[0]
    schema = json.loads(sco("schema", command).stdout)
    document = json.loads(sco(*args, "--json").stdout)
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    inside, key, wrong = misspell
    holder = document if inside is None else document[inside]
    holder[wrong] = holder.pop(key)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)


def test_a_document_that_names_another_fails(sco: Invoke) -> None:
    schema = json.loads(sco("schema", "members").stdout)
    document = json.loads(sco("members", "--json").stdout)
    document["document"] = "members-counts"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    del document["document"]
    with pytest.raises(jsonschema.ValidationError, match="document"):
        jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
