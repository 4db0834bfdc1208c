"""`sco mcp` as an MCP client uses it: a real `sco mcp` process, driven over stdio
by the MCP Python SDK's own client. Every tool is listed with an outputSchema and
called; each structured answer validates against the schema declared; a wrong
argument and a bad question are tool errors with one line; the resources read."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("mcp", reason="the MCP extra (pip install 'sco-cli[mcp]') is a dev dependency")

import jsonschema
from mcp import ClientSession, StdioServerParameters, stdio_client

from sco_cli.errors import ExitCode

# Slow: a real `sco mcp` server, driven by the SDK's client; CI runs them, the quick loop does not.
pytestmark = pytest.mark.slow

ARTICLE = Path(__file__).resolve().parent / "articles" / "2009-yekaterinburg-partners.txt"

# Each tool, called as an agent would: (tool, arguments).
CALLS: list[tuple[str, dict[str, Any]]] = [
    ("members", {}),
    ("members", {"as_of": "2017", "role": ["member", "observer"]}),
    ("members", {"as_of": "2031-05", "basis": "decision"}),
    ("history", {"countries": ["Belarus", "IND"]}),
    ("history", {"countries": ["iran"], "as_of": "2040"}),
    ("summits", {"year": 2019}),
    ("summits", {"city": "astana"}),
    ("facts", {}),
    ("facts", {"path": "summit.city"}),
    ("quote", {"section": "lead", "match": "Kazakhstan"}),
    ("quote", {"paragraph": 1, "article": str(ARTICLE)}),
    ("search", {"query": "railway"}),
    ("search", {"query": "summit", "article": str(ARTICLE), "limit": 0}),
    ("check", {"text": " date 2025-09-01\n\nThe SCO has 12 member states."}),
    ("check", {"inputs": [str(ARTICLE)], "as_of": "2019"}),
    ("check", {}),
]

# Wrong arguments (the schema refuses them: one line naming the argument and what it
# accepts) and bad questions (sco refuses them).
WRONG: list[tuple[str, dict[str, Any], str]] = [
    (
        "members",
        {"basis": "rumour"},
        "Error: members: basis 'rumour' is not accepted: basis takes one of 'in-force', 'decision' (",
    ),
    (
        "members",
        {"role": ["emperor"]},
        "Error: members: role[0] 'emperor' is not accepted: role takes a list, each one of "
        "'member', 'observer', 'dialogue-partner', 'partner'",
    ),
    ("history", {}, "Error: history: countries is required: a non-empty list of strings ("),
    (
        "summits",
        {"year": "next"},
        "Error: summits: year 'next' is not accepted: year takes an integer",
    ),
    (
        "search",
        {"query": "railway", "limit": -1},
        "Error: search: limit -1 is not accepted: limit takes an integer from 0 to 1000",
    ),
    (
        "quote",
        {"paragraph": 0},
        "Error: quote: paragraph 0 is not accepted: paragraph takes an integer of at least 1",
    ),
    ("check", {"as_of": 5}, "Error: check: as_of 5 is not accepted: as_of takes a string"),
    (
        "members",
        {"asof": "2017"},
        "Error: members: unknown argument 'asof'; did you mean 'as_of'?; members takes as_of, basis, role",
    ),
]
BAD: list[tuple[str, dict[str, Any], str]] = [
    ("members", {"as_of": "1990"}, "Error: the SCO did not exist yet on 1990-12-31"),
    ("members", {"as_of": "soon"}, "Error: as_of 'soon' is not a date"),
    ("history", {"countries": ["Atlantis"]}, "Error: "),
    ("summits", {"year": 2020, "city": "bishkek"}, "Error: no SCO summit in Bishkek in 2020"),
    ("facts", {"path": "summit.town"}, "Error: "),
    ("facts", {"path": "roster.counts.member_states"}, "Error: 'roster.counts.member_states'"),
    ("quote", {"section": "nowhere"}, "Error: "),
    ("search", {"query": "raliway"}, "Error: "),
    ("quote", {"article": "-"}, "Error: standard input carries the protocol here"),
    ("check", {"inputs": ["/no/such/file.txt"]}, "Error: /no/such/file.txt: file not found"),
    ("check", {"inputs": ["ftp://example.org/a.txt"]}, "Error: "),
    ("check", {"text": "x", "inputs": [str(ARTICLE)]}, "Error: give the text"),
]


async def _drive() -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "SCO_ARTICLE"}
    params = StdioServerParameters(command=sys.executable, args=["-m", "sco_cli", "mcp"], env=env)
    seen: dict[str, Any] = {"calls": [], "wrong": [], "bad": []}
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errlog:  # the server's stderr
        async with (
            stdio_client(params, errlog=errlog) as (read, write),
            ClientSession(read, write) as session,
        ):
            seen["init"] = await session.initialize()
            seen["tools"] = {t.name: t for t in (await session.list_tools()).tools}
            for name, arguments in CALLS:
                seen["calls"].append(await session.call_tool(name, arguments))
            for name, arguments, _ in WRONG:
                seen["wrong"].append(await session.call_tool(name, arguments))
            for name, arguments, _ in BAD:
                seen["bad"].append(await session.call_tool(name, arguments))
            resources = (await session.list_resources()).resources
            seen["resources"] = {
                str(r.uri): await session.read_resource(str(r.uri)) for r in resources
            }
        errlog.seek(0)
        seen["stderr"] = errlog.read()
    return seen


@pytest.fixture(scope="module")
def seen() -> dict[str, Any]:
    return asyncio.run(_drive())


def test_no_call_ends_in_a_traceback(seen: dict[str, Any]) -> None:
    assert len(seen["calls"]) == len(CALLS)  # the session ran to its end
    assert "Traceback" not in seen["stderr"]


def test_every_tool_is_listed_with_its_schemas(seen: dict[str, Any]) -> None:
    tools = seen["tools"]
    assert set(tools) == {"members", "history", "summits", "facts", "quote", "search", "check"}
    for tool in tools.values():
        assert tool.description
        assert tool.input_schema["type"] == "object"
        assert tool.output_schema["type"] == "object"
        jsonschema.Draft202012Validator.check_schema(tool.output_schema)
    assert {name for name, _ in CALLS} == set(tools)  # each one is called below


@pytest.mark.parametrize("index", range(len(CALLS)), ids=[f"{n} {a}" for n, a in CALLS])
def test_each_answer_validates_against_its_declared_schema(
    seen: dict[str, Any], index: int
) -> None:
    name, _ = CALLS[index]
    result = seen["calls"][index]
    assert not result.is_error, result.content
    jsonschema.validate(result.structured_content, seen["tools"][name].output_schema)
    assert result.structured_content["schema_version"] == 1
    assert result.content[0].type == "text"
    assert result.content[0].text


def test_the_structured_answer_is_the_clis_document(seen: dict[str, Any]) -> None:
    from sco_cli import api

    by_call = dict(zip([json.dumps(c) for c in CALLS], seen["calls"], strict=True))
    members = by_call[json.dumps(("members", {"as_of": "2017", "role": ["member", "observer"]}))]
    assert members.structured_content == api.members("2017", role=["member", "observer"]).data()
    search = by_call[json.dumps(("search", {"query": "railway"}))]
    assert search.structured_content == api.search("railway").data()


def test_each_fact_in_the_text_carries_its_evidence(seen: dict[str, Any]) -> None:
    text = {json.dumps(c): r.content[0].text for c, r in zip(CALLS, seen["calls"], strict=True)}

    def said(name: str, arguments: dict[str, Any]) -> str:
        return str(text[json.dumps((name, arguments))])

    roster = said("members", {})
    assert "Belarus (BLR), member since 2024-07-04" in roster
    assert "Source: https://" in roster
    assert "“With 10 member states, two observer states and 14 dialogue partners”" in roster
    assert "decided 2009-06-16" in said("history", {"countries": ["Belarus", "IND"]})
    assert "19th summit: Bishkek, Kyrgyzstan, 2019-06-13 to 2019-06-14" in said(
        "summits", {"year": 2019}
    )
    city = said("facts", {"path": "summit.city"})
    assert (
        "summit.city = Tianjin: “will convene in Tianjin, China” (section lead, paragraph 1" in city
    )
    checked = said("check", {"text": " date 2025-09-01\n\nThe SCO has 12 member states."})
    assert "contradicts: “12 member states” (paragraph 1, sentence 1, characters 12-28)" in checked
    assert "Sources: https://" in checked
    assert "railway" in said("search", {"query": "railway"})


def test_an_answer_past_the_reference_says_where_it_ends(seen: dict[str, Any]) -> None:
    end = seen["calls"][0].structured_content["reference"]["as_of"]
    for name, arguments in (
        ("members", {"as_of": "2031-05", "basis": "decision"}),
        ("history", {"countries": ["iran"], "as_of": "2040"}),
    ):
        result = seen["calls"][CALLS.index((name, arguments))]
        assert f"Note: the reference covers events up to {end}" in result.content[0].text
    within = seen["calls"][CALLS.index(("members", {}))]
    assert "Note:" not in within.content[0].text


@pytest.mark.parametrize("index", range(len(WRONG)), ids=[f"{n} {a}" for n, a, _ in WRONG])
def test_a_wrong_argument_is_one_line_naming_it_and_what_it_accepts(
    seen: dict[str, Any], index: int
) -> None:
    result = seen["wrong"][index]
    assert result.is_error
    (block,) = result.content
    assert block.text.startswith(WRONG[index][2])
    assert "\n" not in block.text
    assert "pydantic" not in block.text


@pytest.mark.parametrize("index", range(len(BAD)), ids=[f"{n} {a}" for n, a, _ in BAD])
def test_a_bad_question_is_a_tool_error_with_the_clis_line(
    seen: dict[str, Any], index: int
) -> None:
    result = seen["bad"][index]
    assert result.is_error
    (block,) = result.content
    assert block.text.startswith(BAD[index][2])
    assert "\n" not in block.text
    assert "Traceback" not in block.text


def test_the_resources_are_the_article_and_the_reference_tables(seen: dict[str, Any]) -> None:
    resources = seen["resources"]
    assert set(resources) == {
        "sco://article",
        "sco://reference/sco-status-events.csv",
        "sco://reference/sco-status-rules.csv",
        "sco://reference/sco-summits.csv",
        "sco://reference/sco-milestones.csv",
    }
    article = resources["sco://article"].contents[0].text
    assert "will convene in Tianjin, China" in article
    events = resources["sco://reference/sco-status-events.csv"].contents[0]
    assert events.mime_type == "text/csv"
    assert "country" in events.text.splitlines()[0].split(",")
    assert "Belarus" in events.text


def test_the_server_writes_only_the_protocol_on_stdout() -> None:
    """Every line it writes to stdout is one JSON-RPC message, whatever it is asked."""
    messages = [
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "initialize",
            "params": {
                "protocolVersion": "2025-06-18",
                "capabilities": {},
                "clientInfo": {"name": "test", "version": "0"},
            },
        },
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {
            "jsonrpc": "2.0",
            "id": 2,
            "method": "tools/call",
            "params": {"name": "quote", "arguments": {"match": "\u001b]0;owned\u0007"}},
        },
        {
            "jsonrpc": "2.0",
            "id": 3,
            "method": "tools/call",
            "params": {
                "name": "check",
                "arguments": {"text": "\u009b31m The SCO has 9 member states."},
            },
        },
        {
            "jsonrpc": "2.0",
            "id": 4,
            "method": "tools/call",
            "params": {"name": "members", "arguments": {"as_of": 7}},
        },
    ]
    proc = subprocess.Popen(
        [sys.executable, "-m", "sco_cli", "mcp"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(300, proc.kill)  # a server that never answers fails, not hangs
    watchdog.start()
    try:
        assert proc.stdin is not None
        assert proc.stdout is not None
        proc.stdin.write("".join(json.dumps(m) + "\n" for m in messages))
        proc.stdin.flush()
        # Stdin stays open until every answer is in: at its end the server stops.
        answers = [json.loads(proc.stdout.readline()) for _ in range(4)]
        _, stderr = proc.communicate()
    finally:
        watchdog.cancel()
    assert proc.returncode == ExitCode.OK, stderr
    assert sorted(a.get("id") for a in answers) == [1, 2, 3, 4]
    assert all(a["jsonrpc"] == "2.0" for a in answers)
    answers.sort(key=lambda a: a["id"])
    # The text answers show control characters, never carry them.
    for answer in answers[1:]:
        for block in answer["result"]["content"]:
            assert not set(block["text"]) & {"\u001b", "\u0007", "\u009b"}
    assert "Traceback" not in stderr


def test_without_the_extra_sco_mcp_says_how_to_install_it(tmp_path: Path) -> None:
    # A module named mcp that cannot be found: as if the extra were not installed.
    blocker = tmp_path / "sitecustomize.py"
    blocker.write_text(
        "import sys\n"
        "class _NoMcp:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'mcp' or name.startswith('mcp.'):\n"
        "            raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, _NoMcp())\n",
        encoding="utf-8",
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), *sys.path]))
    proc = subprocess.run(
        [sys.executable, "-m", "sco_cli", "mcp"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert proc.stdout == ""
    assert proc.stderr == "Error: sco mcp needs the MCP Python SDK: pip install 'sco-cli[mcp]'\n"
    assert proc.returncode == ExitCode.USAGE
