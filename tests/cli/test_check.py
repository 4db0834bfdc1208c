"""`sco check`: any article's SCO claims, judged against the reference."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.claims.corpus import ARTICLES
from tests.conftest import Invoke

SCHEMA_ORG = Path(__file__).resolve().parent.parent / "data" / "schemaorg"


def test_the_packaged_article_on_its_own_date(sco: Invoke) -> None:
    # Dated 2025-09-09 by its source line: after Tianjin unified the statuses.
    result = sco("check", "--json")
    assert result.exit_code == 4
    claims = {c["claim"]["text"]: c for c in json.loads(result.stdout)["claims"]}
    observers = claims["two observer states"]
    assert observers["as_of"] == "2025-09-09"
    assert observers["verdict"] == "contradicts"
    assert observers["holds"] == [{"from": "2024-07-04", "to": "2025-08-31"}]
    assert "2 held 2024-07-04 to 2025-08-31" in observers["note"]
    assert claims["10 member states"]["verdict"] == "agrees"
    assert claims["last year's Astana SCO summit"]["verdict"] == "agrees"


def test_on_the_eve_of_the_summit_everything_agrees(sco: Invoke) -> None:
    result = sco("check", "--as-of", "2025-08-30", "--json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    # five claims, and 'The Tianjin summit will mark ...' (the summit nearest the date)
    assert document["counts"] == {"agrees": 6, "contradicts": 0, "unverifiable": 0, "disputed": 0}
    assert {c["as_of_from"] for c in document["claims"]} == {"option"}


def test_a_date_past_the_reference_is_judged_on_its_last_known_state(sco: Invoke) -> None:
    result = sco("check", "--as-of", "2026-03-01", "--json")
    claims = {c["claim"]["text"]: c for c in json.loads(result.stdout)["claims"]}
    note = claims["10 member states"]["note"]
    assert note == (
        "on 2026-03-01 the reference has 10 member states in force; "
        "10 held 2024-07-04 to the reference's end (2025-11-18); "
        "the date is past the reference's end, so its last known state is used"
    )


def test_an_ordinal_with_a_wrong_year_contradicts(sco: Invoke, tmp_path: Path) -> None:
    article = tmp_path / "mongolia.txt"
    article.write_text(
        " date 2015-07-11\n\nMongolia, which became the first observer in 2005, spoke. "
        "Mongolia, which became the first observer in 2004, listened.\n"
    )
    result = sco("check", str(article), "--fields", "verdict", "--format", "plain")
    assert result.stdout.split() == ["contradicts", "agrees"]


def test_a_record_carries_what_the_issue_asks(sco: Invoke) -> None:
    path = str(ARTICLES / "2012-beijing-afghanistan.html")
    records = json.loads(sco("check", path, "--json").stdout)["claims"]
    record = next(r for r in records if r["claim"]["text"] == "three dialogue partners")
    assert set(record) == {
        "article", "url", "article_date", "date_from", "as_of", "as_of_from", "verdict",
        "basis", "claim", "sentence", "location", "holds", "reference", "note",
    }  # fmt: skip
    assert record["claim"] == {
        "kind": "count",
        "subject": "dialogue-partner",
        "value": 3,
        "text": "three dialogue partners",
    }
    assert (record["verdict"], record["basis"]) == ("agrees", "decision")
    assert record["holds"] == [{"from": "2012-06-07", "to": "2015-07-09"}]  # by decision
    assert {r["country"] for r in record["reference"]} == {"Belarus", "Sri Lanka", "Türkiye"}
    assert all(r["source"] for r in record["reference"])
    location = record["location"]
    start, end = location["span"]
    assert record["sentence"][start:end] == "three dialogue partners"
    assert location["end"] - location["start"] == end - start


def test_without_a_date_a_claim_that_needs_one_is_unverifiable() -> None:
    # What the judge says of an undated article on its own (the corpus measures this);
    # the command judges it as of today instead (tests/cli/test_check_workflow.py).
    from sco_cli.claims.inputs import read
    from sco_cli.claims.judge import Reference
    from sco_cli.dataset import load_dataset
    from sco_cli.reports.check import check

    document = read(str(ARTICLES / "undated-opinion.txt"), 1 << 20)
    report = check([document], Reference.of(load_dataset()), None)
    assert report.notice is None
    claims = {c["claim"]["text"]: c for c in report.document["claims"]}
    ten = claims["ten member states"]
    assert (ten["as_of"], ten["verdict"]) == (None, "unverifiable")
    assert ten["holds"] == [{"from": "2024-07-04", "to": None}]
    assert ten["note"].startswith("the article has no date; 10 member states held 2024-07-04")
    assert claims["2019 summit in Bishkek"]["verdict"] == "agrees"
    assert claims["Turkey, an observer"]["verdict"] == "contradicts"  # never true


def test_a_folder_checks_every_article_and_says_so_per_article(sco: Invoke) -> None:
    result = sco("check", str(ARTICLES), "--format", "rich", env={"COLUMNS": "200"})
    assert result.exit_code == 4
    for name in ("2004-tashkent-mongolia.txt", "2019-bishkek-summit.html", "undated-opinion.txt"):
        assert f"{name} (" in result.stdout
    assert (  # wrapped at the view's measure: its words in order
        "2025-tianjin-partners.html (2025-09-02): 12 claims: 10 agree, 1 contradicts, "
        in " ".join(result.stdout.split()) + " "
    )
    assert "✗ contradicts" in result.stdout
    assert "by decision" in result.stdout


def test_plain_and_csv_are_one_record_a_line(sco: Invoke) -> None:
    path = str(ARTICLES / "2024-astana-belarus.txt")
    plain = sco("check", path, "--format", "plain", "--fields", "verdict,basis,note").stdout
    assert plain.splitlines()[0].split("\t")[:2] == ["agrees", "in-force"]
    table = list(csv.DictReader(io.StringIO(sco("check", path, "--format", "csv").stdout)))
    assert len(table) == 14
    assert (table[0]["kind"], table[0]["claimed"]) == ("joined", "member")
    # flat: no cell holds a JSON object or list (tests/cli/test_check_workflow.py has more)
    assert not any(value.startswith(("{", "[")) for row in table for value in row.values())


def test_standard_input(sco: Invoke) -> None:
    result = sco("check", "-", "--json", input="date 2017-06-10\n\nThe SCO has nine members.\n")
    (claim,) = json.loads(result.stdout)["claims"]
    assert (claim["article"], claim["verdict"]) == ("stdin", "contradicts")
    assert claim["note"].startswith("on 2017-06-10 the reference has 8 member states in force")


def test_a_line_may_end_at_a_carriage_return_alone(sco: Invoke) -> None:
    result = sco("check", "-", "--json", input="date 2017-06-10\rThe SCO has nine members.\r")
    (claim,) = json.loads(result.stdout)["claims"]
    assert (claim["as_of"], claim["verdict"]) == ("2017-06-10", "contradicts")


def test_an_impossible_date_line_dates_nothing(sco: Invoke) -> None:
    result = sco("check", "-", "--json", input=" date 2025-02-30\n\nThe SCO has nine members.\n")
    (claim,) = json.loads(result.stdout)["claims"]
    assert (claim["article_date"], claim["as_of_from"]) == (None, "today")  # the undated rule
    assert "its date line 'date 2025-02-30' is no real date" in result.stderr


@pytest.mark.parametrize("text", ["", "  \n\n", "\ufeff \r\n"])
@pytest.mark.parametrize("name", ["a.txt", "a.html", "-"])
def test_an_empty_article_is_never_a_silent_pass(
    sco: Invoke, tmp_path: Path, name: str, text: str
) -> None:
    if name == "-":
        result = sco("check", "-", input=text)
    else:
        (tmp_path / name).write_text(text, encoding="utf-8")
        result = sco("check", str(tmp_path / name))
    assert result.exit_code == 3
    assert result.stderr.endswith(": empty: no article text to check\n")


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [("\uff12\uff10\uff11\uff17", "2017-12-31"), ("2017-06", "2017-06-30"), ("2017", "2017-12-31")],
)
def test_as_of_is_read_as_every_command_reads_it(sco: Invoke, as_of: str, expected: str) -> None:
    result = sco("check", "--as-of", as_of, "--json")
    assert {c["as_of"] for c in json.loads(result.stdout)["claims"]} == {expected}


def test_of_several_articles_one_unreadable_is_said_and_the_rest_checked(
    sco: Invoke, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(" date 2017-06-10\n\nThe SCO has nine members.\n")
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    result = sco("check", str(tmp_path), "--json")
    assert result.exit_code == 3  # the check is incomplete, whatever the verdicts
    document = json.loads(result.stdout)
    assert [a["article"] for a in document["articles"]] == [str(tmp_path / "a.txt")]
    assert document["counts"]["contradicts"] == 1
    assert document["unread"] == [
        {"article": str(tmp_path / "b.txt"), "error": f"{tmp_path / 'b.txt'}: file not found"}
    ]
    assert result.stderr == (
        f"Error: 1 of 2 articles could not be read: {tmp_path / 'b.txt'}: file not found\n"
    )


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("missing.txt",), 3, "Error: missing.txt: file not found\n"),
        (
            ("--as-of", "yesterday"),
            2,
            "is not a date: use YYYY-MM-DD, YYYY-MM, YYYY, today or latest",
        ),
        (("--as-of", "2017-13"), 2, "is not a date"),
        (("http://127.0.0.1:9/a b",), 3, "not a URL sco can fetch"),
        (("http://127.0.0.1:abc/",), 3, "not a URL sco can fetch (its port is not a number"),
        (("--format", "xml"), 2, "'xml' is not one of"),
    ],
)
def test_errors_are_one_line(sco: Invoke, args: tuple[str, ...], code: int, message: str) -> None:
    result = sco("check", *args)
    assert result.exit_code == code
    assert message in result.stderr
    assert result.stderr.count("\n") == 1


def test_control_characters_in_an_article_never_reach_the_terminal(
    sco: Invoke, tmp_path: Path
) -> None:
    article = tmp_path / "escape.txt"
    article.write_text(
        "date 2024-07-05\n\nThe \x1b[31mSCO\x07 has 10 member states.", encoding="utf-8"
    )
    for fmt in ("plain", "rich", "csv"):
        out = sco("check", str(article), "--format", fmt).stdout
        assert "10 member states" in out
        assert "\x1b" not in out
        assert "\x07" not in out


def test_an_article_without_claims_is_success(sco: Invoke, tmp_path: Path) -> None:
    article = tmp_path / "weather.txt"
    article.write_text("It rained in Tianjin.", encoding="utf-8")
    result = sco("check", str(article), "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["claims"] == []


def _vocabulary() -> tuple[dict[str, set[str]], dict[str, tuple[set[str], set[str]]]]:
    """schema.org's types (with their supertypes) and properties (domains, ranges)."""
    prefix = "https://schema.org/"
    with (SCHEMA_ORG / "types.csv").open(encoding="utf-8", newline="") as f:
        parents = {
            r["id"].removeprefix(prefix): {
                p.strip().removeprefix(prefix) for p in r["subTypeOf"].split(",") if p.strip()
            }
            for r in csv.DictReader(f)
        }
    with (SCHEMA_ORG / "properties.csv").open(encoding="utf-8", newline="") as f:
        properties = {
            r["id"].removeprefix(prefix): (
                {d.strip().removeprefix(prefix) for d in r["domainIncludes"].split(",")},
                {d.strip().removeprefix(prefix) for d in r["rangeIncludes"].split(",")},
            )
            for r in csv.DictReader(f)
        }
    return parents, properties


def _ancestors(kind: str, parents: dict[str, set[str]]) -> set[str]:
    found, todo = {kind}, [kind]
    while todo:
        for parent in parents.get(todo.pop(), set()):
            if parent not in found:
                found.add(parent)
                todo.append(parent)
    return found


def _check_node(
    node: dict[str, object],
    parents: dict[str, set[str]],
    properties: dict[str, tuple[set[str], set[str]]],
) -> int:
    kind = node["@type"]
    assert isinstance(kind, str)
    assert kind in parents, f"no type {kind} in schema.org"
    lineage = _ancestors(kind, parents)
    checked = 1
    for name, value in node.items():
        if name.startswith("@"):
            continue
        assert name in properties, f"no property {name} in schema.org"
        domains, ranges = properties[name]
        assert lineage & domains, f"{name} is not a property of {kind}"
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                assert _ancestors(str(item["@type"]), parents) & ranges, (name, item["@type"])
                checked += _check_node(item, parents, properties)
            else:
                assert ranges & {"Text", "URL", "Number", "Date", "DateTime", "Thing"}, name
    return checked


def test_claimreview_uses_schema_orgs_vocabulary(sco: Invoke) -> None:
    result = sco("check", str(ARTICLES / "2023-delhi-virtual.html"), "--format", "claimreview")
    document = json.loads(result.stdout)
    assert document["@context"] == "https://schema.org"
    parents, properties = _vocabulary()
    nodes = sum(_check_node(review, parents, properties) for review in document["@graph"])
    assert nodes > 6 * len(document["@graph"])
    review = document["@graph"][0]
    assert review["claimReviewed"].startswith("Iran joins SCO")
    assert review["itemReviewed"]["appearance"]["datePublished"] == "2023-07-05"
    assert review["reviewRating"]["alternateName"].startswith("True: true from ")
    assert review["citation"]


def test_the_vocabulary_check_would_catch_a_wrong_property() -> None:
    parents, properties = _vocabulary()
    with pytest.raises(AssertionError, match="not a property of Claim"):
        _check_node({"@type": "Claim", "reviewRating": "x"}, parents, properties)
    with pytest.raises(AssertionError, match="no type"):
        _check_node({"@type": "FactCheck"}, parents, properties)


@pytest.mark.parametrize("bad", ["0000", "0000-06", "0000-06-15"])
def test_the_year_0000_is_no_date(sco: Invoke, bad: str) -> None:
    for command in ("check", "members"):
        result = sco(command, "--as-of", bad)
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1
        assert f"{bad!r} is not a date" in result.stderr


def test_a_date_before_the_founding_is_said_and_judged_so(sco: Invoke, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "The SCO has six member states. Mongolia is an observer of the SCO. "
        "China is a founding member of the SCO.\n",
        encoding="utf-8",
    )
    result = sco("check", "--as-of", "1999", str(article), "--json")
    assert result.exit_code == 4
    assert result.stderr == (
        "Note: --as-of 1999-12-31 is before the SCO was founded (2001-06-15): "
        "it did not exist yet\n"
    )
    doc = json.loads(result.stdout)
    assert doc["articles"][0]["before_founding"] is True
    notes = {c["claim"]["text"]: (c["verdict"], c["note"]) for c in doc["claims"]}
    not_yet = "the SCO did not exist yet on 1999-12-31 (founded 2001-06-15); "
    assert notes["six member states"][0] == "contradicts"
    assert notes["six member states"][1].startswith(not_yet)
    assert notes["Mongolia is an observer"][1].startswith(not_yet)
    founder = notes["China is a founding member"]
    assert founder[0] == "agrees"
    assert not founder[1].startswith(not_yet)


def test_an_article_dated_before_the_founding_is_said(sco: Invoke, tmp_path: Path) -> None:
    article = tmp_path / "old.txt"
    article.write_text("date 1998-03-01\n\nThe SCO has six member states.\n", encoding="utf-8")
    result = sco("check", str(article), "--json")
    assert "before the SCO was founded (2001-06-15)" in result.stderr
    assert f"{article} (1998-03-01)" in result.stderr
    assert json.loads(result.stdout)["articles"][0]["before_founding"] is True
    later = sco("check", "--as-of", "2001-06-15", str(article), "--json")
    assert later.exit_code == 0
    assert json.loads(later.stdout)["articles"][0]["before_founding"] is False
    assert later.stderr == ""


def test_standard_input_named_twice_is_refused(sco: Invoke) -> None:
    """'-' can be read once: a second '-' would check an empty text, so it is a usage error."""
    result = sco("check", "-", "-", input="The SCO has ten member states.\n")
    assert result.exit_code == 2
    assert result.stderr == "Error: '-' (standard input) is named twice: it can be read only once\n"
    assert result.stdout == ""


def test_an_article_named_twice_is_checked_once_and_said(
    sco: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2025-09-09\n\nThe SCO has ten member states.\n")
    monkeypatch.chdir(tmp_path)
    # the same file three ways (as given, with ./, and inside its folder named too)
    result = sco("check", "news/a.txt", "./news/a.txt", "news", "--json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert [a["article"] for a in doc["articles"]] == ["news/a.txt"]
    assert len(doc["claims"]) == 1
    assert result.stderr == "Note: news/a.txt: named 3 times: checked once\n"


@pytest.mark.parametrize("url", ["ftp://example.org/a.txt", "s3://bucket/a.txt", "FTP://x/y"])
def test_a_url_of_another_scheme_is_named_not_a_missing_file(sco: Invoke, url: str) -> None:
    result = sco("check", url)
    assert result.exit_code == 3
    scheme = url.split("://")[0].lower()
    assert result.stderr == (
        f"Error: {url}: sco reads http:// and https:// URLs (and file:// as a local path), "
        f"not {scheme}://: download it and give the file\n"
    )


def test_a_file_url_is_read_as_the_local_path_it_names(sco: Invoke, tmp_path: Path) -> None:
    article = tmp_path / "an article.txt"
    article.write_text("date 2025-09-09\n\nThe SCO has ten member states.\n")
    for url in (
        f"file://{tmp_path}/an%20article.txt",
        f"file://localhost{tmp_path}/an%20article.txt",
    ):
        result = sco("check", url, "--json")
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["articles"][0]["article"] == str(article)
    folder = sco("check", f"file://{tmp_path}/", "--json")
    assert [a["article"] for a in json.loads(folder.stdout)["articles"]] == [str(article)]
    remote = sco("check", "file://example.org/an%20article.txt")
    assert remote.exit_code == 3
    assert remote.stderr == (
        "Error: file://example.org/an%20article.txt: a file:// URL is read as a path of "
        "this machine: file:///PATH\n"
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The SCO has ten member states, and Mongolia is an observer.", "en"),
        ("Членами ШОС являются Индия, Иран, Казахстан, Китай и Россия.", "ru"),
        ("上合组织成员国包括中国、印度、伊朗、哈萨克斯坦和俄罗斯。", "zh"),
        ("До складу ШОС входять Китай, Індія, Іран і Казахстан, які співпрацюють.", None),
    ],
)
def test_the_json_says_which_language_the_text_was_read_in(
    sco: Invoke, tmp_path: Path, text: str, language: str | None
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(text + "\n", encoding="utf-8")
    result = sco("check", "--as-of", "2025-01-01", str(article), "--json")
    doc = json.loads(result.stdout)
    assert doc["articles"][0]["language"] == language
    assert (doc["articles"][0]["not_read"] is None) == (language is not None)
