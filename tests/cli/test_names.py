"""Names from CLDR (through Babel): --lang takes BCP 47 tags, --country any name a reader uses."""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pycountry
import pytest
from babel import Locale
from babel.dates import format_date, format_skeleton

from sco_cli.dataset import EVENTS_FILE, data_dir
from tests.conftest import Invoke


def roster() -> dict[str, dict[str, str]]:
    """The roster's countries by ISO alpha-3, read with the csv module alone."""
    with (Path(data_dir()) / EVENTS_FILE).open(encoding="utf-8", newline="") as handle:
        return {row["iso3"]: row for row in csv.DictReader(handle)}


COUNTRIES = roster()


def local_names(sco_json: Any, tag: str) -> dict[str, str]:
    doc = sco_json("members", "--as-of", "latest", "--basis", "decision", "--lang", tag)
    return {c["country"]: c["name_local"] for g in doc["groups"] for c in g["countries"]}


@pytest.mark.parametrize(
    ("tag", "country", "expected"),
    [
        ("zh", "Cambodia", "柬埔寨"),
        ("zh", "Kyrgyzstan", "吉尔吉斯斯坦"),
        ("zh", "Russia", "俄罗斯"),
        ("ru", "Russia", "Россия"),
        ("kk", "Laos", "Лаос"),
        ("kk", "Mongolia", "Моңғолия"),
        ("zh-Hant", "Russia", "俄羅斯"),
        ("zh-Hans", "Kyrgyzstan", "吉尔吉斯斯坦"),
        ("en-GB", "Türkiye", "Türkiye"),
    ],
)
def test_the_names_pycountry_got_wrong(
    sco_json: Any, tag: str, country: str, expected: str
) -> None:
    assert local_names(sco_json, tag)[country] == expected


@pytest.mark.parametrize(
    "tag", ["zh", "zh-Hant", "ru", "kk", "ky", "uz", "hi", "fa", "de", "en-GB"]
)
def test_every_country_has_its_cldr_name(sco_json: Any, tag: str) -> None:
    territories = Locale.parse(tag, sep="-").territories
    names = local_names(sco_json, tag)
    assert len(names) == len(COUNTRIES)
    for row in COUNTRIES.values():
        # CLDR's name, without a parenthesised variant the press does not use
        # ('Мьянма (Бирма)' is shown 'Мьянма': issue 22)
        cldr = territories[row["iso2"]]
        shown = cldr[: cldr.rindex(" (")] if cldr.endswith(")") and " (" in cldr else cldr
        assert names[row["country"]] == shown, (tag, row["country"])


@pytest.mark.parametrize("tag", ["zh_Hant", "ZH-hant", "zh-hant-tw", "kk-KZ", "EN_gb"])
def test_tags_in_any_case_and_separator(sco: Invoke, tag: str) -> None:
    result = sco("members", "--lang", tag, "--fields", "country,name_local")
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("tag", ["xx", "zz-ZZ", "en-XX", "", "!!", "zh-" + "x" * 60, "i-klingon"])
def test_an_unknown_tag_exits_2_with_a_short_hint(sco: Invoke, tag: str) -> None:
    result = sco("members", "--lang", tag)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: unknown language {tag!r}: use a BCP 47 language tag such as zh, zh-Hant, "
        "ru, kk or en-GB\n"
    )


@pytest.mark.parametrize("tag", ["zh", "ru", "kk", "de"])
def test_dates_in_rich_views_follow_the_language(sco: Invoke, tag: str) -> None:
    locale = Locale.parse(tag)
    wide = {"COLUMNS": "250"}
    out = sco("members", "--as-of", "2021", "--lang", tag, "--format", "rich", env=wide).stdout
    egypt = COUNTRIES["EGY"]
    decided = format_date(dt.date.fromisoformat(egypt["decided"]), "medium", locale=locale)
    in_force = format_date(dt.date.fromisoformat(egypt["in_force"]), "medium", locale=locale)
    assert f"decided {decided}, in force {in_force}" in out
    # A date known to the month only is written as a month.
    history = sco("members", "--country", "LKA", "--lang", tag, "--format", "rich", env=wide)
    month = COUNTRIES["LKA"]["in_force"] if len(COUNTRIES["LKA"]["in_force"]) == 7 else None
    if month is not None:
        written = format_skeleton("yMMM", dt.date.fromisoformat(f"{month}-01"), locale=locale)
        assert written in history.stdout
    # Machine formats keep ISO dates whatever the language.
    plain = sco("members", "--as-of", "2021", "--lang", tag, "--fields", "decided").stdout
    assert all(len(line) == 10 and line[4] == "-" for line in plain.splitlines())


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("UAE", "ARE"),
        ("Russian Federation", "RUS"),
        ("Kyrgyz Republic", "KGZ"),
        ("Lao PDR", "LAO"),
        ("Burma", "MMR"),
        ("Россия", "RUS"),
        ("俄罗斯", "RUS"),
        ("  lao people's democratic republic ", "LAO"),
        ("IRAN, ISLAMIC REPUBLIC OF", "IRN"),
    ],
)
def test_country_by_any_name(sco_json: Any, name: str, iso3: str) -> None:
    assert sco_json("members", "--country", name)["country"]["iso3"] == iso3


def _names_of(iso2: str) -> set[str]:
    """Every name CLDR (English, Chinese, Russian) and pycountry give a country."""
    names = {str(Locale.parse(tag, sep="-").territories[iso2]) for tag in ("en", "zh", "ru")}
    country = pycountry.countries.get(alpha_2=iso2)
    assert country is not None
    for attribute in ("name", "official_name", "common_name"):
        if getattr(country, attribute, None):
            names.add(getattr(country, attribute))
    return names


def test_every_country_by_each_of_its_names(sco_json: Any) -> None:
    for iso3, row in COUNTRIES.items():
        for name in _names_of(row["iso2"]):
            for spelling in (name, name.upper()):
                doc = sco_json("members", "--country", spelling)
                assert doc["country"]["iso3"] == iso3, spelling


def test_a_name_in_the_language_asked_for(sco: Invoke, sco_json: Any) -> None:
    # Finnish is none of the press languages always read (names.LOOKUP_LANGUAGES,
    # which include Kazakh since issue 22): its names are found with --lang fi.
    finnish = str(Locale.parse("fi").territories["RU"])
    assert sco("members", "--country", finnish).exit_code == 2  # an unknown name, as any
    doc = sco_json("members", "--country", finnish, "--lang", "fi")
    assert (doc["country"]["iso3"], doc["country"]["name_local"]) == ("RUS", finnish)
    kazakh = str(Locale.parse("kk").territories["RU"])
    assert sco_json("members", "--country", kazakh)["country"]["iso3"] == "RUS"


OUTSIDERS = sorted(
    (c for c in pycountry.countries if c.alpha_3 not in COUNTRIES), key=lambda c: c.alpha_3
)[::25]


@pytest.mark.parametrize("country", OUTSIDERS, ids=[c.alpha_3 for c in OUTSIDERS])
def test_a_country_outside_the_sco_says_so(sco: Invoke, country: Any) -> None:
    english = Locale.parse("en").territories.get(country.alpha_2, country.name)
    for name in (
        country.name,
        country.alpha_3,
        str(Locale.parse("ru").territories.get(country.alpha_2, country.name)),
    ):
        result = sco("members", "--country", name)
        assert (result.exit_code, result.stderr) == (
            1,
            f"Error: {english} has never held an SCO status\n",
        ), name


def test_france_has_never_held_a_status(sco: Invoke) -> None:
    for name in ("France", "france", "FR", "Франция", "法国"):
        result = sco("members", "--country", name)
        assert (result.exit_code, result.stderr) == (
            1,
            "Error: France has never held an SCO status\n",
        )


def _imports(*args: str) -> str:
    """The modules a real `sco` process imports (python -X importtime)."""
    env = {**os.environ, "COLUMNS": "80"}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "sco_cli", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-500:]
    return result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("members",),
        ("members", "--country", "belarus"),
        ("members", "--country", "BLR", "--format", "rich"),
        ("summits", "2019"),
        ("timeline", "--json"),
        ("get", "summit.city"),
    ],
)
def test_babel_is_not_imported_without_lang_or_another_name(args: tuple[str, ...]) -> None:
    assert " babel" not in _imports(*args)


def test_babel_is_imported_for_lang_and_other_names() -> None:
    assert " babel" in _imports("members", "--lang", "zh")
    assert " babel" in _imports("members", "--country", "Turkey")


@pytest.mark.parametrize("tag", ["zh", "ru", "kk"])
def test_dates_follow_the_language_in_every_rich_view(sco: Invoke, sco_json: Any, tag: str) -> None:
    locale = Locale.parse(tag)
    wide = {"COLUMNS": "250"}

    def written(iso: str) -> str:
        return str(format_date(dt.date.fromisoformat(iso), "medium", locale=locale))

    summary = sco_json("summary")
    out = sco("summary", "--lang", tag, "--format", "rich", env=wide).stdout
    assert f"· {written(summary['source']['date'])} ·" in out
    assert f"reference on {written(summary['roster_check']['as_of'])}" in out
    summits = sco_json("summits", "2019")["summits"][0]
    out = sco("summits", "2019", "--lang", tag, "--format", "rich", env=wide).stdout
    assert written(summits["start"]) in out
    assert str(locale.territories[pycountry.countries.get(alpha_3=summits["iso3"]).alpha_2]) in out
    entries = sco_json("timeline", "--from", "2022", "--to", "2022")["entries"]
    out = sco(
        "timeline", "--from", "2022", "--to", "2022", "--lang", tag, "--format", "rich", env=wide
    ).stdout
    assert all(written(e["date"]) in out for e in entries if len(e["date"]) == 10)
