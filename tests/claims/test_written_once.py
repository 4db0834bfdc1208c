"""The language of an article is worked out once an article (claims/notice.written) and
handed to read_as and not_read: the same answers as asking each, and no cache that keeps
the last articles' whole texts alive."""

from __future__ import annotations

import pytest

from sco_cli.claims import notice
from sco_cli.reports import check as report

TEXTS = [
    "The SCO has ten member states.",
    "В ШОС входят десять государств-членов.",
    "上海合作组织有十个成员国。",
    "Die SCO hat zehn Mitgliedstaaten und " + "eine Reihe von Partnern " * 20,
    "Нова організація має десять держав-членів і багато партнерів.",
    "Weather today: sunny.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_written_once_gives_what_each_question_gives(text: str) -> None:
    once = notice.written(text)
    assert notice.read_as(text, once) == notice.read_as(text)
    assert notice.not_read(text, once) == notice.not_read(text)


def test_no_cache_holds_an_articles_text() -> None:
    for function in (notice.language_of, notice.read_in):
        assert not hasattr(function, "cache_info"), function.__name__


def test_the_check_asks_once_an_article(monkeypatch: pytest.MonkeyPatch) -> None:
    from sco_cli import api

    asked: list[str] = []
    real = notice.written

    def counted(text: str) -> notice.Written:
        asked.append(text)
        return real(text)

    monkeypatch.setattr(report, "written", counted)
    document = api.check_text("date 2025-07-01\n\nThe SCO has ten member states.\n").document
    assert document["articles"][0]["language"] == "en"
    assert len(asked) == 1
