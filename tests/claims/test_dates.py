"""claims.dates: every date form an article carries, from its examples, and through `read`."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_cli.claims.dates import BY_SUMMIT_EXAMPLES, FORMS, date_of
from sco_cli.claims.inputs import read

EXAMPLES = [(form, *example) for form in FORMS for example in form.examples]


@pytest.mark.parametrize(
    ("form", "text", "name", "date"), EXAMPLES, ids=[f"{e[0].name}: {e[1][:30]}" for e in EXAMPLES]
)
def test_each_form_dates_its_examples(form: object, text: str, name: str, date: str | None) -> None:
    found = form.find(text, name)  # type: ignore[attr-defined]
    assert (found.date if found else None) == date


@pytest.mark.parametrize(
    ("text", "date", "source"),
    [
        ("Date: 2025-09-02\n\nThe SCO has ten members.", "2025-09-02", "labelled date"),
        ("date: 2025-09-02\n\nThe SCO has ten members.", "2025-09-02", "labelled date"),
        ("Published 2025-09-02\nUpdated 2025-09-04\n\nText.", "2025-09-04", "labelled date"),
        ("Headline\n\n2 September 2025\n\nText.", "2025-09-02", "first lines"),
        ("Headline\nSeptember 2, 2025\n\nText.", "2025-09-02", "first lines"),
        ("Headline\n2025-09-02\n\nText.", "2025-09-02", "first lines"),
        ("BEIJING, June 15, 2025 (Xinhua) -- Text.", "2025-06-15", "dateline"),
        (" date 2017-06-10 Wire\n\nText.", "2017-06-10", "date line"),
    ],
)
def test_the_forms_through_read(tmp_path: Path, text: str, date: str, source: str) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(text)
    document = read(str(path), 1 << 20)
    assert document.date == date
    assert document.date_from is not None
    assert document.date_from.startswith(source)


def test_a_dateline_takes_its_year_from_the_name_or_says_why_not(tmp_path: Path) -> None:
    text = "BEIJING, June 15 (Xinhua) -- The SCO has ten members."
    named = tmp_path / "xinhua-2025-06-15.txt"
    named.write_text(text)
    assert read(str(named), 1 << 20).date == "2025-06-15"
    bare = tmp_path / "wire.txt"
    bare.write_text(text)
    document = read(str(bare), 1 << 20)
    assert document.date is None
    assert document.date_from == (
        "its dateline 'BEIJING, June 15 (Xinhua) --' has no year, and its name gives none"
    )


def test_prose_dates_nothing_and_the_date_line_is_not_text() -> None:
    long = "On 2 September 2025 the leaders of the SCO met in Tianjin for their summit."
    assert date_of(f"Headline\n\n{long}", "a.txt")[0].date is None
    dating, text = date_of(" date 2025-09-09 Images\n\nBody.", "a.txt")
    assert (dating.date, text.strip()) == ("2025-09-09", "Body.")
    # a date written after the article's first lines is the prose's, not the article's
    assert date_of("A\n" * 20 + "Date: 2025-09-02\n", "a")[0].date is None


def test_a_headline_or_sentence_after_the_date_is_text_a_source_is_not() -> None:
    dating, text = date_of(" date 2024-07-04 Belarus becomes a full SCO member\n\nBody.", "a")
    assert (dating.date, dating.source) == ("2024-07-04", "date line 'date 2024-07-04'")
    assert text.startswith("Belarus becomes a full SCO member\n\nBody.")
    for credit in ("Images | Xinhua", "https://example.org/a", "\u00a9 Photo Agency Name", "Wire"):
        assert date_of(f" date 2024-07-04 {credit}\n\nBody.", "a")[1].strip() == "Body."


def test_a_later_update_wins_whatever_the_order() -> None:
    for text in (
        "Updated: 3 September 2025 | Published: 2 September 2025",
        "Published: 2 September 2025 | Updated: 3 September 2025",
    ):
        assert date_of(text + "\n\nBody.", "a")[0].date == "2025-09-03"


def test_a_page_is_dated_by_its_json_ld(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "SCO", "datePublished": "2024-07-05T10:00:00Z"}'
        "</script></head><body><article><h1>SCO</h1><p>"
        + "The SCO now has ten member states after Belarus joined at the Astana summit. " * 3
        + "</p></article></body></html>"
    )
    document = read(str(page), 1 << 20)
    assert (document.date, document.date_from) == ("2024-07-05", "page metadata")


def test_a_page_without_metadata_is_dated_by_its_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><h1>SCO</h1><p>Published 5 July 2024</p><p>"
        + "The SCO now has ten member states after Belarus joined at the Astana summit. " * 3
        + "</p></article></body></html>"
    )
    document = read(str(page), 1 << 20)
    assert document.date == "2024-07-05"
    assert document.date_from == "labelled date 'Published 5 July 2024'"


@pytest.mark.parametrize(("text", "date"), BY_SUMMIT_EXAMPLES)
def test_a_yearless_dateline_takes_the_year_of_the_summit_held_there(
    text: str, date: str | None
) -> None:
    from sco_cli.claims.dates import by_summit
    from sco_cli.claims.timing import summit_places
    from sco_cli.dataset import load_dataset

    found = by_summit(text, load_dataset().summits, summit_places())
    assert (found.date if found else None) == date


def test_a_tass_page_of_a_summit_day_is_judged_on_that_day(tmp_path: Path) -> None:
    from sco_cli.api import check

    path = tmp_path / "tass.txt"
    path.write_text(
        "АСТАНА, 4 июля. /ТАСС/. Саммит ШОС в Астане открылся.\n\n"
        "Белоруссия стала членом, до этого с 2015 года была наблюдателем.\n\n"
        "Наблюдатели: Афганистан, Монголия.\n",
        encoding="utf-8",
    )
    article = check(str(path)).document
    claims = article["claims"]
    assert {c["as_of"] for c in claims} == {"2024-07-04"}
    assert {c["verdict"] for c in claims if c["claim"]["kind"] == "status"} == {"agrees"}


PAGE = (
    "<html><head><meta property='article:published_time' content='{meta}'></head><body>"
    "<article><h1>SCO summit</h1><p>{line}</p>"
    "<p>The leaders of the Shanghai Cooperation Organisation met for two days of talks.</p>"
    "<p>The SCO has six member states, the host said at the opening of the meeting.</p>"
    "</article></body></html>"
)


def test_a_page_republishing_an_older_text_is_dated_by_its_first_day(tmp_path: Path) -> None:
    path = tmp_path / "archive.html"
    path.write_text(PAGE.format(meta="2024-06-17", line="From the archive, 17 June 2009"))
    document = read(str(path), 1 << 20)
    assert document.date == "2009-06-17"
    assert document.date_from == "first published 'From the archive, 17 June 2009'"


def test_a_page_updated_after_its_metadatas_date_is_dated_by_the_update(tmp_path: Path) -> None:
    path = tmp_path / "updated.html"
    path.write_text(PAGE.format(meta="2023-07-03", line="Updated: 4 July 2023"))
    document = read(str(path), 1 << 20)
    assert document.date == "2023-07-04"
    assert document.date_from is not None
    assert "after the page metadata's 2023-07-03" in document.date_from
    path.write_text(PAGE.format(meta="2023-07-05", line="Updated: 4 July 2023"))
    assert read(str(path), 1 << 20).date == "2023-07-05"  # an earlier label: the metadata's


def test_a_text_with_a_date_line_that_republishes_is_dated_by_its_first_day() -> None:
    text = " date 2024-07-05\n\nEditor's note: this report was first published on June 9, 2017.\n\nText."
    dating, _ = date_of(text, "a.txt")
    assert dating.date == "2017-06-09"
    assert dating.form == "first published"
