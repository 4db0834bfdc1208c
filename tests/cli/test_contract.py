"""One CLI contract across every command: words, shapes, types, exit codes, plain output."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_members import rows
from tests.conftest import Invoke

# -- search takes the article's own words ------------------------------------


@pytest.mark.parametrize(
    ("words", "paragraph"),
    [
        (["co-founder"], 11),
        (["China-Kyrgyzstan-Uzbekistan"], 10),
        (["year's"], 11),
        (["Kazakhstan's", "delegation"], 11),
        (["tianjin", "kazakhstan"], 12),
    ],
)
def test_search_takes_hyphens_apostrophes_and_several_words(
    sco: Invoke, words: list[str], paragraph: int
) -> None:
    result = sco("search", *words, "--json")
    assert result.exit_code == 0, result.stderr
    hits = json.loads(result.stdout)["hits"]
    assert hits[0]["paragraph"] == paragraph


def test_several_words_must_all_match(sco: Invoke) -> None:
    both = json.loads(sco("search", "tianjin", "kazakhstan", "--json", "--limit", "0").stdout)
    tianjin = json.loads(sco("search", "tianjin", "--json", "--limit", "0").stdout)
    assert 0 < both["total"] < tianjin["total"]
    assert all("Kazakhstan" in h["text"] and "Tianjin" in h["text"] for h in both["hits"])


def test_a_quoted_or_query_keeps_its_meaning_beside_another_word(sco: Invoke) -> None:
    doc = json.loads(sco("search", "trade OR energy", "kazakhstan", "--json").stdout)
    assert doc["query"] == "(trade OR energy) AND kazakhstan"
    assert all("Kazakhstan" in h["text"] for h in doc["hits"])


def test_literal_searches_the_exact_text_without_stemming(sco: Invoke) -> None:
    stemmed = json.loads(sco("search", "railways", "--json").stdout)
    assert stemmed["total"] == 1
    literal = sco("search", "--literal", "railways")
    assert literal.exit_code == 1
    assert literal.stderr == "Error: no sentence holds the text 'railways'\n"
    exact = json.loads(sco("search", "-F", "TRADE AND", "--json").stdout)
    assert len(exact["hits"]) == 2
    assert [h["paragraph"] for h in exact["hits"]] == sorted(h["paragraph"] for h in exact["hits"])
    for hit in exact["hits"]:
        [(start, end)] = hit["matches"]
        assert hit["text"][start:end].lower() == "trade and"


def test_literal_takes_query_syntax_as_text(sco: Invoke) -> None:
    result = sco("search", "--literal", '"unbalanced')
    assert result.exit_code == 1  # no hit, not a syntax error


@pytest.mark.parametrize("fmt", ["plain", "json", "jsonl", "csv", "rich"])
def test_cut_hits_are_said_on_stderr_in_every_format(sco: Invoke, fmt: str) -> None:
    result = sco("search", "sco", "--limit", "3", "--format", fmt)
    assert result.exit_code == 0
    assert result.stderr == "Note: 3 of 15 shown; --limit 0 for all\n"


def test_limit_0_means_all(sco: Invoke) -> None:
    result = sco("search", "sco", "--limit", "0", "--json")
    assert result.stderr == ""
    doc = json.loads(result.stdout)
    assert len(doc["hits"]) == doc["total"] == 15


# -- one shape per option, one type per field ---------------------------------

RECORD_COMMANDS = [
    ("summary",),
    ("members",),
    ("members", "--count"),
    ("members", "--country", "belarus"),
    ("quote", "--section", "lead"),
    ("sections",),
    ("search", "sco"),
    ("facts",),
    ("get", "summit.city", "shanghai_spirit.values"),
    ("get",),
    ("timeline",),
    ("verify",),
    ("quote", "--cite"),
    ("summits",),
]


def _types(value: Any) -> str:
    return type(value).__name__ if value is not None else "null"


def _document_types(node: Any, found: dict[str, set[str]]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            found.setdefault(key, set()).add(_types(value))
            _document_types(value, found)
    elif isinstance(node, list):
        for item in node:
            _document_types(item, found)


@pytest.mark.parametrize("args", RECORD_COMMANDS, ids=" ".join)
def test_a_field_has_one_json_type_in_json_jsonl_and_fields(sco: Invoke, args: tuple[str]) -> None:
    document = json.loads(sco(*args, "--json").stdout)
    in_document: dict[str, set[str]] = {}
    _document_types(document, in_document)
    lines = sco(*args, "--format", "jsonl").stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert records
    fields = ",".join(records[0])
    narrowed = json.loads(sco(*args, "--json", "--fields", fields).stdout)["records"]
    assert narrowed == records
    for record in records:
        for key, value in record.items():
            if key in in_document and value is not None:
                assert _types(value) in in_document[key] | {"null"}, (key, value)


def test_sections_paragraphs_are_a_list_everywhere_and_a_span_in_text(sco: Invoke) -> None:
    first = json.loads(sco("sections", "--format", "jsonl").stdout.splitlines()[0])
    assert first["paragraphs"] == [1, 2, 3, 4, 5]
    assert rows(sco("sections", "--format", "plain").stdout)[0][2] == "1-5"


def test_search_matches_are_offsets_everywhere(sco: Invoke) -> None:
    line = sco("search", '"three forces"', "--format", "jsonl").stdout.splitlines()[0]
    assert json.loads(line)["matches"] == [[81, 93]]


def test_count_prints_status_lines_unless_one_role(sco: Invoke) -> None:
    assert sco("members", "--as-of", "2003", "--count").stdout == "member\t6\n"
    assert sco("members", "--role", "member", "--count").stdout == "10\n"
    both = sco("members", "--role", "member", "--role", "observer", "--count").stdout
    assert both == "member\t10\nobserver\t2\n"


def test_count_with_json_is_the_counts(sco: Invoke) -> None:
    records = sco("members", "--count", "--format", "jsonl").stdout.splitlines()
    assert json.loads(records[0]) == {"status": "member", "count": 10}
    doc = json.loads(sco("members", "--count", "--json").stdout)
    assert "groups" not in doc
    assert [(c["status"], c["count"]) for c in doc["statuses"]] == [
        ("member", 10),
        ("observer", 2),
        ("dialogue-partner", 14),
    ]


def test_status_names_are_spelled_one_way(sco: Invoke) -> None:
    summary = json.loads(sco("summary", "--json").stdout)
    statuses = [c["status"] for c in summary["roster_check"]["counts"]]
    assert statuses == ["member", "observer", "dialogue-partner"]
    members = json.loads(sco("members", "--json").stdout)
    assert [g["status"] for g in members["groups"]] == statuses
    assert sco("members", "--role", "dialogue-partner", "--count").stdout == "14\n"


# -- repeated options work as expected -----------------------------------------


def test_several_countries_give_several_histories(sco: Invoke) -> None:
    table = rows(sco("members", "--country", "india", "--country", "iran").stdout)
    assert {row[0] for row in table} == {"India", "Iran"}
    doc = json.loads(sco("members", "--country", "india", "--country", "iran", "--json").stdout)
    assert [h["country"]["name"] for h in doc["histories"]] == ["India", "Iran"]


def test_as_of_ends_a_history(sco: Invoke) -> None:
    table = rows(sco("members", "--country", "belarus", "--as-of", "2016").stdout)
    assert [row[2] for row in table] == ["dialogue-partner", "observer"]
    laos = sco("members", "--country", "laos", "--as-of", "2020")
    assert laos.exit_code == 1
    assert laos.stderr.startswith("Error: Laos held no SCO status by 2020-12-31")


def test_role_filters_a_history_and_count_refuses_one(sco: Invoke) -> None:
    table = rows(sco("members", "--country", "belarus", "--role", "observer").stdout)
    assert [row[1:3] for row in table] == [["2015-07-10", "observer"]]
    refused = sco("members", "--country", "belarus", "--count")
    assert refused.exit_code == 2
    assert "--count counts a roster and --country prints histories" in refused.stderr


# -- exit codes mean one thing each --------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("quote", "--section", "nowhere"),
        ("quote", "--section", "p"),  # ambiguous: platform, prosperity
        ("members", "--country", "atlantis"),
        ("members", "--country", "k"),  # ambiguous
        ("get", "summit.town"),
        ("members", "--fields", "capital"),
        ("summits", "--city", "atlantis"),
        ("summits", "--city", "s"),  # ambiguous
        ("quote", "--paragraph", "99"),
        ("nosuchcommand",),
    ],
    ids=" ".join,
)
def test_an_unknown_or_ambiguous_name_exits_2_whatever_its_kind(
    sco: Invoke, args: tuple[str]
) -> None:
    result = sco(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    "args",
    [
        ("search", "zebra"),
        ("search", "--literal", "zebra"),
        ("quote", "--match", "zebra"),
        ("quote", "--section", "lead", "--match", "zebra", "--json"),
        ("timeline", "--to", "1990"),
        ("summits", "1990"),
        ("members", "--as-of", "2000"),
        ("members", "--role", "partner"),
        ("members", "--role", "observer", "--as-of", "latest"),
        ("members", "--country", "laos", "--as-of", "2020"),
    ],
    ids=" ".join,
)
def test_nothing_matched_exits_1_with_why_in_every_command(sco: Invoke, args: tuple[str]) -> None:
    result = sco(*args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ")
    assert result.stderr.count("\n") == 1


def test_timeline_and_members_agree_before_the_sco(sco: Invoke) -> None:
    timeline = sco("timeline", "--to", "1990")
    members = sco("members", "--as-of", "2000")
    assert timeline.exit_code == members.exit_code == 1
    assert "the timeline runs from 1996-04-26" in timeline.stderr
    assert "the SCO did not exist yet on 2000-12-31" in members.stderr


# -- plain output keeps what rich shows ----------------------------------------


def test_plain_summary_keeps_the_source_the_fact_checks_and_the_roster_check(sco: Invoke) -> None:
    table = {row[0]: row for row in rows(sco("summary").stdout)}
    assert table["source.outlet"][2] == "Kazakhstan Today"
    assert table["source.author"][2] == "Serik Korzhumbayev"
    assert table["roster_check.dialogue-partner"][2] == "article 14, reference 14: agrees"
    checks = [row for key, row in table.items() if key.startswith("fact_check.")]
    assert len(checks) == len(json.loads(sco("summary", "--json").stdout)["fact_checks"]) >= 4
    adopted = table["fact_check.development_strategy.adopted_at"]
    assert adopted[1] == "fact check (contradicts)"
    assert "(sources: http://en.kremlin.ru/events/president/news/74464" in adopted[2]


def test_lang_shows_in_plain_summary_and_histories(sco: Invoke) -> None:
    table = {row[0]: row for row in rows(sco("summary", "--lang", "zh").stdout)}
    assert table["summit.country"][3] == "中国"
    history = rows(sco("members", "--country", "china", "--lang", "ru").stdout)
    assert history[0][-1] == "Китай"


def test_notes_keep_their_sources_in_plain(sco: Invoke) -> None:
    table = {row[0]: row for row in rows(sco("facts", "--fields", "path,notes").stdout)}
    assert "(sources: https://tass.com/world/2010381" in table["membership.member_states"][1]
    lines = sco("facts", "--fields", "path,notes", "--format", "jsonl").stdout.splitlines()
    noted = [json.loads(line) for line in lines if '"notes": []' not in line]
    assert all(note["sources"] for record in noted for note in record["notes"])


def test_plain_quote_keeps_the_attribution(sco: Invoke) -> None:
    first = rows(sco("quote", "--paragraph", "1").stdout)[0]
    assert first[3] == (
        "Kazakhstan Today, reporting Xinhua; by Serik Korzhumbayev; dated 2025-09-09; "
        "article 000_b63b9ab8cbf85ae0"
    )


@pytest.mark.parametrize(
    "args",
    [
        ("quote", "--paragraph", "11", "--match", "adopted"),
        ("facts",),
        ("get", "development_strategy.adopted_at"),
    ],
    ids=" ".join,
)
def test_cite_gives_a_citation_ready_to_paste(sco: Invoke, args: tuple[str]) -> None:
    result = sco(*args, "--cite")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    adopted = next(line for line in lines if "which adopted the SCO Development" in line)
    assert adopted.startswith("“")
    for part in (
        "Serik Korzhumbayev",
        "Kazakhstan Today, reporting Xinhua",
        "dated 2025-09-09",
        "section “FROM SECURITY TO SHARED PROSPERITY”" if args[0] != "quote" else "paragraph 11",
        "paragraph 11",
        "sentence 3",
    ):
        assert part in adopted
    doc = json.loads(sco(*args, "--cite", "--json").stdout)
    assert {"quote", "outlet", "author", "date", "section", "paragraph", "sentence"} <= set(
        doc["citations"][0]
    )


def test_cite_names_the_sources_of_the_notes(sco: Invoke) -> None:
    line = sco("get", "development_strategy.adopted_at", "--cite").stdout
    assert "Fact-check sources: http://en.kremlin.ru/events/president/news/74464" in line


def test_cite_refuses_a_reference_path(sco: Invoke) -> None:
    result = sco("get", "roster.counts.member_states", "--cite")
    assert result.exit_code == 2
    assert "comes from the reference roster" in result.stderr


def test_get_fields_that_need_evidence_imply_it(sco: Invoke) -> None:
    out = sco("get", "summit.city", "--fields", "path,quote,paragraph").stdout
    assert out == "summit.city\twill convene in Tianjin, China\t1\n"


# -- the student's questions -----------------------------------------------------


def test_partners_show_both_dates(sco: Invoke) -> None:
    doc = json.loads(sco("members", "--as-of", "latest", "--role", "partner", "--json").stdout)
    countries = {c["country"]: c for c in doc["groups"][0]["countries"]}
    assert countries["Afghanistan"]["since"] == "2025-09-01"
    assert countries["Afghanistan"]["first_status"] == "observer"
    assert countries["Afghanistan"]["first_since"] == "2012-06-07"
    assert countries["Armenia"]["first_status"] == "dialogue-partner"
    assert countries["Armenia"]["first_since"] == "2016-04-16"  # in force: the memorandum


def test_a_status_that_did_not_exist_then_says_so(sco: Invoke) -> None:
    before = sco("members", "--role", "partner", "--as-of", "2024")
    assert before.stderr.startswith(
        "Error: the partner status did not exist yet on 2024-12-31: it was created on 2025-09-01"
    )
    after = sco("members", "--role", "observer", "--as-of", "latest")
    assert after.stderr.startswith(
        "Error: the observer status no longer existed on 2025-11-18: it ended on 2025-09-01"
    )
    mixed = sco("members", "--role", "observer", "--role", "partner", "--as-of", "latest")
    assert mixed.exit_code == 0
    assert "the observer status no longer existed" in mixed.stderr


@pytest.mark.parametrize(
    ("start", "end", "kinds"),
    [
        ("2025-09-01", "2025-09-01", {"rule", "status", "milestone", "article"}),
        ("2025-08", "2025-08", {"milestone", "article"}),
        ("2024-07-04", "2024-07-04", {"milestone", "status", "article"}),
    ],
)
def test_timeline_takes_full_dates(sco: Invoke, start: str, end: str, kinds: set[str]) -> None:
    doc = json.loads(sco("timeline", "--from", start, "--to", end, "--json").stdout)
    assert {e["kind"] for e in doc["entries"]} - {"summit"} == kinds
    assert doc["range"]["from_date"] <= doc["range"]["to_date"]


# -- conflicting or repeated options: exit 2 with why, or work as expected ------


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("members", "--json", "--format", "csv"), "--json and --format csv ask for two formats"),
        (("members", "--json", "--export", "x.svg"), "--export writes the rich view"),
        (("members", "--format", "csv", "--export", "x.svg"), "--export writes the rich view"),
        (("members", "--as-of", "2017", "--as-of", "2020"), "--as-of given twice"),
        (("search", "sco", "--limit", "1", "--limit", "2"), "--limit given twice"),
        (("quote", "--section", "lead", "--section", "unity"), "--section given twice"),
        (("--article", "README.md", "members"), "sco members does not read --article"),
        (("--max-size", "1K", "get", "summit.city"), "sco get does not read --max-size"),
    ],
    ids=" ".join,
)
def test_conflicting_or_repeated_options_exit_2_with_why(
    sco: Invoke, args: tuple[str, ...], reason: str, tmp_path: Path
) -> None:
    result = sco(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert reason in result.stderr
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "x.svg").exists()


def test_fields_repeated_add_up(sco: Invoke) -> None:
    both = sco("members", "--role", "observer", "--fields", "country", "--fields", "iso2").stdout
    assert both == sco("members", "--role", "observer", "--fields", "country,iso2").stdout
    assert both == "Afghanistan\tAF\nMongolia\tMN\n"


def test_sco_article_is_ignored_by_fact_commands(sco: Invoke, tmp_path: Path) -> None:
    article = tmp_path / "other.txt"
    article.write_text("NOTES\n\nOne.\n", encoding="utf-8")
    env = {"SCO_ARTICLE": str(article)}
    assert sco("members", "--count", env=env).stdout == sco("members", "--count").stdout
    assert sco("sections", env=env).stdout == "notes\tNOTES\t1\tnotes\n"
    for command in ("members", "facts", "get", "timeline", "verify", "summits"):
        assert "--article" not in sco(command, "--help").stdout
    for command in ("sections", "quote", "search", "summary"):
        assert "--article" in sco(command, "--help").stdout


# -- help that tells the truth ----------------------------------------------------


def test_bare_sco_prints_the_formatted_help_and_exits_0(sco: Invoke) -> None:
    result = sco()
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: sco [OPTIONS] COMMAND [ARGS]...\n")
    assert "\nCommands:\n" in result.stdout
    assert result.stdout == sco("--help").stdout


def test_a_mistyped_command_gets_a_did_you_mean(sco: Invoke) -> None:
    result = sco("summry")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: no command 'summry'; did you mean 'summary'")


def test_members_fields_help_lists_every_field(sco: Invoke) -> None:
    help_text = " ".join(sco("members", "--help").stdout.split())
    for field in ("status", "country", "since", "date", "count", "name_local", "first_since"):
        assert field in help_text.split("Only these fields, in this order:")[1].split(".")[0]


def test_color_always_colours_a_pipe_and_never_never(sco: Invoke) -> None:
    always = sco("members", "--role", "observer", "--color", "always", env={"NO_COLOR": ""})
    assert "\x1b[" in always.stdout
    assert "Mongolia" in always.stdout  # the rich view, not the plain records
    never = sco("members", "--format", "rich", "--color", "never", env={"FORCE_COLOR": "1"})
    assert "\x1b[" not in never.stdout
    assert sco("members", "--role", "observer").stdout.startswith("observer\tAfghanistan")
    assert "--color always" in " ".join(sco("--help").stdout.split())


# -- completion that completes ---------------------------------------------------


def _bash_completion(words: str) -> list[str]:
    script = (
        'eval "$(sco completion bash)"\n'
        f"COMP_WORDS=({words}); COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))\n"
        '_sco_completion sco; printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    proc = subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, env=env, check=True
    )
    return proc.stdout.splitlines()


def test_bash_inserts_a_value_with_a_space_escaped() -> None:
    [inserted] = _bash_completion("sco members --country Sri")
    assert inserted == "Sri\\ Lanka"
    assert shlex.split(f"--country {inserted}") == ["--country", "Sri Lanka"]


def test_zsh_and_fish_get_the_value_whole() -> None:
    from click.shell_completion import CompletionItem

    from sco_cli.cli import cli
    from sco_cli.commandline.shells import ScoFishComplete, ScoZshComplete

    fish = ScoFishComplete(cli, {}, "sco", "_SCO_COMPLETE")
    item = CompletionItem("Sri Lanka", help="LK LKA")
    assert fish.format_completion(item) == "plain,Sri Lanka\tLK LKA"
    assert "string split -m 1" in fish.source()
    zsh = ScoZshComplete(cli, {}, "sco", "_SCO_COMPLETE")
    assert zsh.format_completion(CompletionItem("a:b")).splitlines()[1] == "a\\:b"


def _complete(args: list[str], incomplete: str, env: dict[str, str] | None = None) -> list[str]:
    from click.shell_completion import ShellComplete

    from sco_cli.cli import cli

    old = {k: os.environ.get(k) for k in (env or {})}
    os.environ.update(env or {})
    try:
        completer = ShellComplete(cli, {}, "sco", "_SCO_COMPLETE")
        return [item.value for item in completer.get_completions(args, incomplete)]
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def test_country_completion_offers_what_country_accepts(sco: Invoke) -> None:
    assert _complete(["members", "--country"], "tu") == ["Türkiye"]
    assert sco("members", "--country", "tu").exit_code == 0


def test_lang_and_paragraph_complete() -> None:
    assert "zh" in _complete(["members", "--lang"], "z")
    assert _complete(["quote", "--section", "lead", "--paragraph"], "") == ["1", "2", "3", "4", "5"]
    assert _complete(["quote", "--paragraph"], "1") == ["1", "10", "11", "12", "13", "14", "15"]


def test_section_completion_follows_the_article(tmp_path: Path) -> None:
    article = tmp_path / "other.txt"
    article.write_text("NOTES\n\nOne.\n", encoding="utf-8")
    assert _complete(["--article", str(article), "quote", "--section"], "") == ["notes"]
    assert _complete(["quote", "--section"], "", env={"SCO_ARTICLE": str(article)}) == ["notes"]
    assert "lead" in _complete(["quote", "--section"], "")


@pytest.mark.parametrize("args", RECORD_COMMANDS, ids=" ".join)
def test_schema_records_types_each_commands_fields(sco: Invoke, args: tuple[str]) -> None:
    import jsonschema

    schema = json.loads(sco("schema", "records").stdout)
    lines = sco(*args, "--format", "jsonl").stdout.splitlines()
    fields = ",".join(json.loads(lines[0]))
    document = json.loads(sco(*args, "--json", "--fields", fields).stdout)
    jsonschema.validate(document, schema)
    by_title = {s["title"]: s for s in schema["properties"]["records"]["items"]["anyOf"]}
    cited = "--cite" in args
    own = by_title["sco quote|facts|get --cite --fields" if cited else f"sco {args[0]} --fields"]
    for record in document["records"]:
        jsonschema.validate(record, own)


def test_schema_records_is_typed_not_object(sco: Invoke) -> None:
    schema = json.loads(sco("schema", "records").stdout)
    by_title = {s["title"]: s for s in schema["properties"]["records"]["items"]["anyOf"]}
    search = by_title["sco search --fields"]["properties"]
    assert search["matches"]["type"] == "array"
    assert search["paragraph"]["type"] == "integer"
    assert by_title["sco sections --fields"]["properties"]["paragraphs"]["items"] == {
        "type": "integer"
    }
    assert by_title["sco members --fields"]["properties"]["pending"]["type"] == "boolean"


@pytest.mark.parametrize(
    "args", [("quote", "--paragraph", "4"), ("facts",), ("get", "summit.city")], ids=" ".join
)
def test_cite_json_follows_the_commands_schema(sco: Invoke, args: tuple[str, ...]) -> None:
    import jsonschema

    schema = json.loads(sco("schema", args[0]).stdout)
    document = json.loads(sco(*args, "--cite", "--json").stdout)
    jsonschema.validate(document, schema)
    assert document["citations"]
