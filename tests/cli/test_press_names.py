"""Names as the press writes them (issue 22): --country takes them in any language
and any case, and a prefix in any script; --lang shows CLDR's names without the
parenthesised variant the press does not use."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Invoke


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Белоруссия", "Belarus"),
        ("БЕЛОРУССИЯ", "Belarus"),
        ("Мьянма", "Myanmar"),
        ("мьянма", "Myanmar"),
        ("Мьянма (Бирма)", "Myanmar"),
        ("Бирма", "Myanmar"),
        ("Кыргызстан", "Kyrgyzstan"),
        ("Киргизия", "Kyrgyzstan"),
        ("Қырғызстан", "Kyrgyzstan"),
        ("蒙古国", "Mongolia"),
        ("蒙古", "Mongolia"),
        ("阿联酋", "United Arab Emirates"),
        ("阿拉伯联合酋长国", "United Arab Emirates"),
        ("沙特", "Saudi Arabia"),
        ("哈薩克斯坦", "Kazakhstan"),
        ("老撾", "Laos"),
        ("卡塔爾", "Qatar"),
        ("म्यांमार", "Myanmar"),
        ("Myanmar (Burma)", "Myanmar"),
    ],
)
def test_press_names_in_any_language_and_case(sco: Invoke, name: str, country: str) -> None:
    result = sco("members", "--country", name, "--fields", "country", "--format", "plain")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == country


@pytest.mark.parametrize(
    ("prefix", "country"),
    [("Мья", "Myanmar"), ("мья", "Myanmar"), ("Белор", "Belarus"), ("缅", "Myanmar")],
)
def test_a_prefix_in_any_script(sco: Invoke, prefix: str, country: str) -> None:
    result = sco("members", "--country", prefix, "--fields", "country", "--format", "plain")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == country


def test_an_ambiguous_prefix_in_any_script_names_the_matches(sco: Invoke) -> None:
    result = sco("members", "--country", "Ка")
    assert result.exit_code == 2
    assert "ambiguous" in result.stderr
    assert "Cambodia, Kazakhstan, Qatar" in result.stderr


def local_name(sco_json: Any, tag: str, country: str) -> str:
    doc = sco_json("members", "--as-of", "latest", "--basis", "decision", "--lang", tag)
    names = {c["country"]: c["name_local"] for g in doc["groups"] for c in g["countries"]}
    return str(names[country])


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("ru", "Мьянма"),
        ("kk", "Мьянма"),
        ("ky", "Мьянма"),
        ("hi", "म्यांमार"),
        ("uz", "Myanma"),
        ("be", "М’янма"),
        ("fa", "میانمار"),
        ("ur", "میانمار"),
        ("ar", "ميانمار"),
        ("tr", "Myanmar"),
        ("en", "Myanmar"),
    ],
)
def test_display_names_without_the_parenthesised_variant(
    sco_json: Any, tag: str, expected: str
) -> None:
    assert local_name(sco_json, tag, "Myanmar") == expected


def test_names_without_a_parenthesis_stay_as_cldr_writes_them(sco_json: Any) -> None:
    assert local_name(sco_json, "zh", "Mongolia") == "蒙古"
    assert local_name(sco_json, "zh", "United Arab Emirates") == "阿拉伯联合酋长国"
    assert local_name(sco_json, "zh-Hant-HK", "Laos") == "老撾"
