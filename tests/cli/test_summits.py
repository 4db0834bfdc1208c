"""`sco summits`: where and when was the YEAR summit, which summits a CITY held."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from sco_cli.dataset import SUMMITS_FILE, data_dir
from tests.conftest import Invoke, rows


def table() -> list[dict[str, str]]:
    """The reference table, read here with the csv module alone."""
    with (Path(data_dir()) / SUMMITS_FILE).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


SUMMITS = table()
YEARS = [row["start"][:4] for row in SUMMITS]
CITIES = sorted({row["city"] for row in SUMMITS})


def same(item: dict[str, Any], row: dict[str, str]) -> bool:
    return (
        str(item["ordinal"]),
        item["start"],
        item["end"],
        item["city"],
        item["country"],
        item["iso3"],
        item["format"].replace("-", "_"),
        item["source"],
    ) == tuple(
        row[k] for k in ("ordinal", "start", "end", "city", "country", "iso3", "format", "source")
    )


def test_the_table_is_every_meeting_from_shanghai_to_tianjin() -> None:
    assert [int(r["ordinal"]) for r in SUMMITS] == list(range(1, len(SUMMITS) + 1))
    assert (SUMMITS[0]["city"], SUMMITS[0]["start"]) == ("Shanghai", "2001-06-15")
    assert (SUMMITS[-1]["ordinal"], SUMMITS[-1]["city"]) == ("25", "Tianjin")


@pytest.mark.parametrize("row", SUMMITS, ids=YEARS)
def test_where_and_when_was_the_summit_of_every_year(sco_json: Any, row: dict[str, str]) -> None:
    year = row["start"][:4]
    for args in ((year,), ("--year", year)):
        doc = sco_json("summits", *args)
        assert len(doc["summits"]) == 1
        assert same(doc["summits"][0], row)
        assert doc["query"] == {"year": int(year), "city": None}


def test_plain_names_the_source(sco: Invoke) -> None:
    for row in SUMMITS[::6]:
        got = rows(sco("summits", row["start"][:4], "--fields", "city,start,end,source").stdout)
        assert got == [[row["city"], row["start"], row["end"], row["source"]]]


def _spellings(city: str) -> list[str]:
    """The city in other cases, and its shortest prefix no other city shares."""
    others = [c.casefold() for c in CITIES if c != city]
    prefix = next(
        city[:n]
        for n in range(1, len(city) + 1)
        if not any(o.startswith(city[:n].casefold()) for o in others)
    )
    return [city, city.upper(), city.lower(), city.swapcase(), f"  {city} ", prefix.lower()]


@pytest.mark.parametrize("city", CITIES)
def test_which_summits_a_city_held_in_any_spelling(sco_json: Any, city: str) -> None:
    expected = [r for r in SUMMITS if r["city"] == city]
    for name in _spellings(city):
        found = sco_json("summits", "--city", name)["summits"]
        assert len(found) == len(expected), name
        assert all(same(item, row) for item, row in zip(found, expected, strict=True)), name


def test_bishkek_held_three_and_other_spellings(sco: Invoke) -> None:
    assert rows(sco("summits", "--city", "bishkek", "--fields", "start").stdout) == [
        ["2007-08-16"],
        ["2013-09-13"],
        ["2019-06-13"],
    ]
    for name in ("St Petersburg", "st. petersburg", "SAINT PETERSBURG"):
        assert rows(sco("summits", "--city", name, "--fields", "ordinal").stdout) == [["2"]]


def test_every_format_is_answered(sco_json: Any) -> None:
    formats = {r["start"][:4]: r["format"] for r in SUMMITS}
    assert {"in_person", "virtual", "hybrid"} <= set(formats.values())
    doc = sco_json("summits")
    assert {s["start"][:4]: s["format"].replace("-", "_") for s in doc["summits"]} == formats


def test_city_and_year_together(sco: Invoke) -> None:
    assert rows(sco("summits", "2019", "--city", "bish", "--fields", "ordinal").stdout) == [["19"]]
    result = sco("summits", "2019", "--city", "astana")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: no SCO summit in Astana in 2019 (it held them in 2005, 2011, 2017, 2024)\n"
    )


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("2000",), 1, "Error: no SCO summit in 2000 (the reference has 2001-2025)\n"),
        (
            ("--year", "2031"),
            1,
            "Error: the reference ends on 2025-11-18: it has no summit of 2031 (its last: 2025, Tianjin)\n",
        ),
        (("--city", "bishkec"), 2, "Error: no SCO summit in 'bishkec'; did you mean Bishkek?\n"),
        (("--city", "Paris"), 2, "Error: no SCO summit in 'Paris'\n"),
        (
            ("--city", "s"),
            2,
            "Error: city 's' is ambiguous: it matches Saint Petersburg, Samarkand, Shanghai\n",
        ),
        (("2019", "--year", "2020"), 2, "Error: two different years: 2019 and --year 2020\n"),
    ],
)
def test_what_does_not_exist(sco: Invoke, args: tuple[str, ...], code: int, message: str) -> None:
    result = sco("summits", *args)
    assert (result.exit_code, result.stderr) == (code, message)


def test_rich_answers_in_a_sentence_with_its_source(sco: Invoke) -> None:
    out = sco("summits", "2019", "--format", "rich", env={"COLUMNS": "250"}).stdout
    row = next(r for r in SUMMITS if r["start"].startswith("2019"))
    assert f"The 2019 summit, the 19th, was held in {row['city']}" in out
    # The source: its domain, numbered, and the whole URL in the notes under the view.
    assert f"[1] {row['source']}" in out
    virtual = next(r for r in SUMMITS if r["format"] == "virtual")
    out = sco("summits", virtual["start"][:4], "--format", "rich", env={"COLUMNS": "250"}).stdout
    assert f"by videoconference from {virtual['city']}, hosted by {virtual['country']}" in out


def test_get_answers_by_year_and_city(sco: Invoke) -> None:
    paths = [f"summits.{year}.{f}" for year in YEARS for f in ("city", "start", "format")]
    doc = json.loads(sco("get", *paths, "summits.count", "--json").stdout)
    assert doc["summits.count"] == len(SUMMITS)
    for row in SUMMITS:
        year = row["start"][:4]
        assert doc[f"summits.{year}.city"] == row["city"]
        assert doc[f"summits.{year}.start"] == row["start"]
        assert doc[f"summits.{year}.format"] == row["format"].replace("_", "-")
    by_city = json.loads(sco("get", "summits.by_city.bishkek", "--json").stdout)
    assert by_city["summits.by_city.bishkek"] == [
        int(r["start"][:4]) for r in SUMMITS if r["city"] == "Bishkek"
    ]
    listed = rows(sco("get", "summits.2019.city", "--format", "tsv", "--no-headers").stdout)
    assert listed[0][2].endswith(f"{SUMMITS[18]['source']})")  # the answer names its source


def test_timeline_shows_every_summit_with_its_source(sco_json: Any) -> None:
    entries = [e for e in sco_json("timeline")["entries"] if e["kind"] == "summit"]
    assert len(entries) == len(SUMMITS)
    for entry, row in zip(entries, SUMMITS, strict=True):
        assert entry["date"] == row["start"]
        assert entry["end_date"] == (row["end"] if row["end"] != row["start"] else None)
        assert entry["sources"] == [row["source"]]
        assert row["city"] in entry["text"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("2025-08",), "'[YEAR]': '2025-08' is a date, not a year: use YYYY, such as 2025"),
        (
            ("--year", "2019-06-14"),
            "'--year': '2019-06-14' is a date, not a year: use YYYY, such as 2019",
        ),
        (("next",), "'[YEAR]': 'next' is not a year: use YYYY"),
        (("--year", "20x"), "'--year': '20x' is not a year: use YYYY"),
    ],
)
def test_a_bad_year_is_worded_as_bad_dates_are(
    sco: Invoke, args: tuple[str, ...], message: str
) -> None:
    """As `--as-of` words a bad date: what it is not, and what to type; not click's
    'is not a valid integer'."""
    result = sco("summits", *args)
    assert result.exit_code == 2
    assert result.stderr == f"Error: Invalid value for {message} (see 'sco summits --help')\n"


def test_a_year_in_other_digits_is_read(sco_json: Any) -> None:
    assert [s["city"] for s in sco_json("summits", "２０１９")["summits"]] == ["Bishkek"]
