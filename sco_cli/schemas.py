"""`sco schema`: the JSON Schema of each command's document, from its declaration.

Each document is declared once, as TypedDicts in its report module (the
registry names the type): the builder is annotated with it, so mypy checks the
keys, and the test suite validates every command's real output against the
schema made here. pydantic reads the declarations; on Python 3.11 it wants
typing_extensions' TypedDict, so each is rebuilt as one, with
`extra="forbid"` (the schema describes this version exactly; a consumer
should ignore keys it does not know, since keys are only ever added) and each
Annotated description as a Field description.
"""

from __future__ import annotations

import importlib
import types
import typing
from collections.abc import Sequence
from typing import Annotated, Any, Literal, NotRequired, Required, Union

import typing_extensions
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter
from pydantic.config import JsonDict

from sco_cli.article.search import Spans
from sco_cli.registry import DOCUMENTS
from sco_cli.reports import MORE_KEYS, RecordsDoc
from sco_cli.reports.cite import CitationsDoc
from sco_cli.reports.get import Answer, PathsDoc

# Types that write themselves as JSON (to_json), and the JSON they write.
AS_JSON: dict[Any, Any] = {Spans: list[list[int]]}

_REBUILT: dict[Any, Any] = {}
_MAKE_TYPED_DICT: Any = typing_extensions.TypedDict


def json_schema(command: str) -> dict[str, Any]:
    """The JSON Schema of the document `command` prints."""
    if command == "get":
        declared: Any = GetOutput
    elif command == "records":
        declared = RecordsDoc
    else:
        declared = getattr(
            importlib.import_module(f"sco_cli.reports.{command}"), DOCUMENTS[command]
        )
    model = _pydantic(declared)
    if typing.get_origin(model) in (Union, types.UnionType):
        # Several documents: each names itself, so exactly one schema applies
        # (oneOf), and a document that drifts from it fails.
        model = Annotated[model, Field(discriminator="document")]
    schema = TypeAdapter(model).json_schema()
    if command == "records":
        schema["properties"]["records"]["items"] = {"anyOf": record_schemas()}
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"sco {command} --json"
    return schema


def record_schemas() -> list[dict[str, Any]]:
    """Each command's records, field by field: a field is typed as the command's JSON
    document types it (the same name, the same type: jsonl and --fields agree)."""
    from sco_cli.reports.cite import Citation

    schemas = []
    for name in DOCUMENTS:
        if name == "records":
            continue
        command = getattr(importlib.import_module(f"sco_cli.commands.{name}"), name)
        fields = getattr(command.callback, "record_fields", ())
        typed = _properties(json_schema(name))
        # A command whose records are not its document's items (sco check's are flat)
        # declares them: RECORD in its report module.
        record = getattr(importlib.import_module(f"sco_cli.reports.{name}"), "RECORD", None)
        if record is not None:
            typed = TypeAdapter(_pydantic(record)).json_schema()["properties"]
        schemas.append(_record(f"sco {name} --fields", {f: typed.get(f, {}) for f in fields}))
    citation = TypeAdapter(_pydantic(Citation)).json_schema()
    schemas.append(_record("sco quote|facts|get --cite --fields", citation["properties"]))
    from sco_cli.reports.check import SummaryRecord

    summary = TypeAdapter(_pydantic(SummaryRecord)).json_schema()
    schemas.append(_record("sco check --summary --fields", summary["properties"]))
    return schemas


def _record(title: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": title,
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }


def _properties(schema: dict[str, Any]) -> dict[str, Any]:
    """Every property named anywhere in a document's schema, its $refs resolved,
    the innermost first (the records are the document's innermost items)."""
    definitions = schema.get("$defs", {})

    def resolve(node: Any, depth: int = 0) -> Any:
        if isinstance(node, dict):
            if "$ref" in node and depth < 8:
                return resolve(definitions[node["$ref"].rsplit("/", 1)[-1]], depth + 1)
            return {k: resolve(v, depth) for k, v in node.items() if k != "$defs"}
        if isinstance(node, list):
            return [resolve(item, depth) for item in node]
        return node

    found: dict[str, Any] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
            for key, value in node.get("properties", {}).items():
                found.setdefault(key, resolve(value))
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(resolve(schema))
    return found


def as_pydantic(declared: Any) -> Any:
    """A document's declaration as pydantic reads it, exactly as `sco schema` does
    (`sco mcp` declares each tool's outputSchema with it)."""
    return _pydantic(declared)


def _pydantic(declared: Any) -> Any:
    """A declared type as pydantic reads it (TypedDicts rebuilt, descriptions as Fields)."""
    if declared in AS_JSON:
        return AS_JSON[declared]
    if typing.is_typeddict(declared):
        return _typed_dict(declared)
    origin, args = typing.get_origin(declared), typing.get_args(declared)
    if origin is Annotated:
        base = _typed_dict(args[0], "allow") if MORE_KEYS in args[1:] else _pydantic(args[0])
        extras = [Field(description=a) if isinstance(a, str) else a for a in args[1:]]
        extras = [e for e in extras if e is not MORE_KEYS]
        return Annotated[(base, *extras)] if extras else base
    if origin in (NotRequired, Required, list, dict, tuple, Sequence):
        return (
            origin[tuple(_pydantic(a) for a in args)]
            if len(args) > 1
            else origin[_pydantic(args[0])]
        )
    if origin in (Union, types.UnionType):
        return Union[tuple(_pydantic(a) for a in args)]  # noqa: UP007 - built from a tuple
    return declared


def _typed_dict(declared: Any, extra: Literal["forbid", "allow"] = "forbid") -> Any:
    """A TypedDict rebuilt for pydantic; `extra="allow"` where it is Annotated with MORE_KEYS."""
    if (declared, extra) not in _REBUILT:
        hints = typing.get_type_hints(declared, include_extras=True)
        fields = {name: _pydantic(hint) for name, hint in hints.items()}
        rebuilt: Any = _MAKE_TYPED_DICT(declared.__name__, fields)
        rebuilt.__doc__ = declared.__doc__
        rebuilt.__pydantic_config__ = ConfigDict(extra=extra)
        _REBUILT[declared, extra] = rebuilt
    return _REBUILT[declared, extra]


# `sco get PATH...`: its keys are schema_version, document and the dotted paths asked for.
GET_KEYS: JsonDict = {
    "anyOf": [
        {"const": "schema_version"},
        {"const": "document"},
        {"pattern": r"^[a-z0-9_]+(\.[a-z0-9_]+)*$"},
    ]
}


class GetDoc(BaseModel):
    """`sco get PATH...`: {path: value} for each path asked for (see `sco get` alone)."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"propertyNames": GET_KEYS})
    __pydantic_extra__: dict[str, Any]
    schema_version: Literal[1]
    document: Literal["get"]


class GetEvidenceDoc(BaseModel):
    """`sco get PATH... --evidence`: {path: answer}, each answer with its evidence."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"propertyNames": GET_KEYS})
    __pydantic_extra__: dict[str, _pydantic(Answer)]  # type: ignore[valid-type]
    schema_version: Literal[1]
    document: Literal["get-evidence"]


# `sco get PATH...` answers {path: value} (with --evidence, {path: answer});
# `sco get` alone lists the paths (reports/get.py declares the parts).
GetOutput = GetDoc | GetEvidenceDoc | _pydantic(PathsDoc) | _pydantic(CitationsDoc)
