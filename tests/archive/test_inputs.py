"""`sco check` reads archives: JSON Lines, CSV, TSV, Parquet and WARC files of records."""

from __future__ import annotations

import builtins
import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from tests.archive import builders
from tests.conftest import Invoke


def _claims(sco: Invoke, *args: str) -> tuple[int, dict[str, Any]]:
    result = sco("check", *args, "--json", "--jobs", "1")
    return result.exit_code, json.loads(result.stdout)


def _by_article(document: dict[str, Any]) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for claim in document["claims"]:
        name = claim["article"].split("#", 1)[1]
        found.setdefault(name, []).append((claim["claim"]["text"], claim["verdict"]))
    return found


@pytest.mark.parametrize(
    "name", ["news.jsonl", "news.ndjson", "news.jsonl.gz", "news.csv", "news.tsv", "news.parquet"]
)
def test_each_format_gives_the_claims_of_the_articles_it_holds(
    sco: Invoke, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    if name.endswith(".parquet"):
        builders.parquet(path)
    elif ".csv" in name or ".tsv" in name:
        builders.table(path, "\t" if ".tsv" in name else ",")
    else:
        builders.jsonl(path)
    code, document = _claims(sco, str(path))
    _, files = _claims(sco, *map(str, builders.TEXTS))
    assert code in (0, 4)
    assert [a["article"] for a in document["articles"]] == [
        f"{path}#{p.stem}" for p in builders.TEXTS
    ]
    assert _by_article(document) == _file_claims(files)
    assert document["claims"]  # the corpus holds claims, and they were read


def _file_claims(document: dict[str, Any]) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for claim in document["claims"]:
        found.setdefault(Path(claim["article"]).stem, []).append(
            (claim["claim"]["text"], claim["verdict"])
        )
    return found


def test_a_warc_file_s_pages_are_read_as_saved_pages_are(sco: Invoke, tmp_path: Path) -> None:
    path = builders.warc(tmp_path / "crawl.warc.gz")
    code, document = _claims(sco, str(path))
    _, pages = _claims(sco, *map(str, builders.PAGES))
    assert code in (0, 4)
    urls = [a["url"] for a in document["articles"]]
    assert urls[: len(builders.PAGES)] == [f"https://news.example/{p.stem}" for p in builders.PAGES]
    warc_pages = [c for c in document["claims"] if not c["url"].endswith(".txt")]
    assert [(c["claim"]["text"], c["verdict"]) for c in warc_pages] == [
        (c["claim"]["text"], c["verdict"]) for c in pages["claims"]
    ]


def test_bad_records_are_named_by_their_line_and_the_others_checked(
    sco: Invoke, tmp_path: Path
) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(
        json.dumps({"id": "good", "text": "In 2020 the SCO had nine member states."})
        + '\n{"id": "broken", "text": "the SCO\n'
        + json.dumps({"id": "notext", "title": "SCO"})
        + "\n"
        + json.dumps({"id": "number", "text": 5, "note": "SCO"})
        + "\n",
        encoding="utf-8",
    )
    result = sco("check", str(path), "--format", "jsonl", "--jobs", "1")
    assert result.exit_code == 3  # the check is incomplete (docs/ARCHIVES.md)
    assert [json.loads(line)["article"] for line in result.stdout.splitlines()] == [f"{path}#good"]
    error = result.stderr
    assert error.count("\n") == 1
    assert error.startswith("Error: 3 of 4 articles could not be read: ")
    assert f"{path} line 2: not JSON" in error
    assert f"{path} line 3: no text field (text, content, body" in error
    assert f"{path} line 4: its field 'text' is a int, not text" in error
    assert "Traceback" not in error


def test_a_missing_text_column_is_said_once_for_the_whole_table(
    sco: Invoke, tmp_path: Path
) -> None:
    path = tmp_path / "news.csv"
    path.write_text("id,headline\n1,SCO summit\n", encoding="utf-8")
    result = sco("check", str(path), "--jobs", "1")
    assert result.exit_code == 3
    assert f"{path}: no text column (text, content, body" in result.stderr
    assert "its columns: id, headline (--text-field names one)" in result.stderr


def test_fields_named_by_options(sco: Invoke, tmp_path: Path) -> None:
    path = builders.jsonl(
        tmp_path / "news.jsonl",
        [
            {
                "key": "k1",
                "story": "The SCO now has nine member states.",
                "when": "2020-05-01",
                "link": "https://x.example/1",
            }
        ],
    )
    options = (
        "--text-field",
        "story",
        "--date-field",
        "when",
        "--id-field",
        "key",
        "--url-field",
        "link",
    )
    code, document = _claims(sco, str(path), *options)
    assert code == 4  # eight members in 2020
    (article,) = document["articles"]
    assert article["article"] == f"{path}#k1"
    assert article["url"] == "https://x.example/1"
    assert (article["date"], article["date_from"]) == ("2020-05-01", "field 'when'")


def test_a_record_without_an_id_is_named_by_its_line(sco: Invoke, tmp_path: Path) -> None:
    path = builders.jsonl(
        tmp_path / "news.jsonl",
        [{"text": "Rain."}, {"text": "date 2020-01-01\n\nThe SCO has nine member states."}],
    )
    _, document = _claims(sco, str(path))
    assert [a["article"] for a in document["articles"]] == [f"{path}#2"]


def test_an_explicit_format_reads_a_name_that_does_not_tell_it(sco: Invoke, tmp_path: Path) -> None:
    path = builders.jsonl(tmp_path / "news.data")
    code, document = _claims(sco, str(path), "--input-format", "jsonl")
    assert code in (0, 4)
    assert len(document["articles"]) == len(builders.TEXTS)


def test_an_archive_on_standard_input(sco: Invoke, tmp_path: Path) -> None:
    path = builders.jsonl(tmp_path / "news.jsonl")
    result = sco(
        "check", "-", "--input-format", "jsonl", "--json", "--jobs", "1", input=path.read_text()
    )
    assert result.exit_code in (0, 4)
    names = [a["article"] for a in json.loads(result.stdout)["articles"]]
    assert names == [f"stdin#{p.stem}" for p in builders.TEXTS]


def test_a_truncated_gzip_is_one_error_after_the_records_before_it(
    sco: Invoke, tmp_path: Path
) -> None:
    path = builders.jsonl(tmp_path / "news.jsonl.gz")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    result = sco("check", str(path), "--format", "jsonl", "--jobs", "1")
    assert result.exit_code == 3
    assert f"{path}: could not be read to its end" in result.stderr
    assert result.stdout  # the records before the break were checked
    assert gzip.decompress(data)  # (the whole file was a good one)


@pytest.mark.parametrize(("suffix", "module"), [(".parquet", "pyarrow"), (".warc", "warcio")])
def test_without_the_extra_one_line_names_it(
    sco: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, module: str
) -> None:
    path = tmp_path / f"news{suffix}"
    path.write_bytes(b"")
    real_import = builtins.__import__

    def refuse(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.split(".")[0] == module:
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", refuse)
    monkeypatch.delitem(__import__("sys").modules, f"{module}", raising=False)
    for loaded in [m for m in __import__("sys").modules if m.startswith(f"{module}.")]:
        monkeypatch.delitem(__import__("sys").modules, loaded)
    result = sco("check", str(path), "--jobs", "1")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "pip install 'sco-cli[archive]'" in result.stderr


def test_a_summary_groups_records_by_their_source_field(sco: Invoke, tmp_path: Path) -> None:
    records = [
        {
            "id": "1",
            "source": "Daily A",
            "date": "2020-01-01",
            "text": "The SCO has nine member states.",
        },
        {
            "id": "2",
            "source": "Daily B",
            "date": "2020-01-01",
            "text": "The SCO has nine member states.",
        },
        {"id": "3", "source": "Daily B", "text": "Rain."},
    ]
    path = builders.jsonl(tmp_path / "news.jsonl", records)
    result = sco("check", str(path), "--summary", "--json", "--jobs", "1")
    assert result.exit_code == 4
    summary = json.loads(result.stdout)
    assert sorted(o["outlet"] for o in summary["by_outlet"]) == ["Daily A", "Daily B"]
    (repeated,) = summary["repeated"]
    assert (repeated["articles"], repeated["outlets"]) == (2, 2)
    assert "1 of 3 records never name the SCO: skipped unread" in result.stderr
