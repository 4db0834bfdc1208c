"""Pathological pages: deep nesting is read or refused, never read in part;
many tiny elements or attributes are bounded before trafilatura, with the same claims."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sco_cli.claims.pages import ELEMENTS, parsed
from sco_cli.claims.web import html_document
from sco_cli.errors import DataError
from tests.conftest import Invoke

HEAD = "<html><head><meta property='article:published_time' content='2025-09-01'></head><body>"
ARTICLE = (
    "<article><h1>Summit</h1><p>The leaders met in Tianjin for two days of talks on trade.</p>"
    "<p>The SCO has nine member states, the host said at the opening.</p></article>"
)


def _claims(sco: Invoke, path: Path) -> tuple[int, list[tuple[str, object]], str]:
    result = sco("check", str(path), "--json")
    claims = json.loads(result.stdout)["claims"] if result.stdout else []
    return result.exit_code, [(c["verdict"], c["claim"]["value"]) for c in claims], result.stderr


def test_text_deeper_than_libxml2s_default_limit_is_read(sco: Invoke, tmp_path: Path) -> None:
    # Browsers show text inside 300 <div>s; the parser's default limit is 256.
    deep = "<div>" * 300 + ARTICLE + "</div>" * 300
    (tmp_path / "deep.html").write_text(HEAD + deep + "</body></html>", encoding="utf-8")
    assert _claims(sco, tmp_path / "deep.html")[:2] == (4, [("contradicts", 9)])


def test_text_deeper_than_sco_can_read_is_an_error_not_a_pass(sco: Invoke, tmp_path: Path) -> None:
    deep = "<div>" * 3000 + ARTICLE + "</div>" * 3000
    (tmp_path / "deep.html").write_text(HEAD + deep + "</body></html>", encoding="utf-8")
    code, claims, stderr = _claims(sco, tmp_path / "deep.html")
    assert (code, claims) == (3, [])
    assert "incomplete: the page nests its elements deeper than sco can read" in stderr


@pytest.mark.parametrize(
    "filler",
    [
        "<p>a</p>",
        "<span>one two</span>",
        "<li>x</li>",
        "<div><b></b></div>",
        "<p a='' b='' c=''>z</p>",
    ],
)
def test_many_tiny_elements_keep_the_claims_and_are_said(
    sco: Invoke, tmp_path: Path, filler: str
) -> None:
    plain, crowded = tmp_path / "plain.html", tmp_path / "crowded.html"
    plain.write_text(HEAD + ARTICLE + "</body></html>", encoding="utf-8")
    crowded.write_text(
        HEAD + ARTICLE + filler * (ELEMENTS + 1) + "</body></html>", encoding="utf-8"
    )
    expected = _claims(sco, plain)
    code, claims, stderr = _claims(sco, crowded)
    assert (code, claims) == expected[:2]
    if "<b></b>" not in filler:  # empty elements are dropped, nothing is simplified
        assert "Note: " in stderr
        assert "simplified: of the page's" in stderr


def test_many_attributes_are_dropped_before_reading() -> None:
    attributes = " ".join(f"x{i}=''" for i in range(50_000))
    page = HEAD + ARTICLE.replace("<p>", f"<p {attributes} class='lead'>", 1) + "</body></html>"
    tree = parsed("p", page)
    assert next(dict(p.attrib) for p in tree.root.iter("p")) == {"class": "lead"}
    assert "nine member states" in html_document("p", page).text


def test_a_run_merged_keeps_its_pieces_apart_as_sentences() -> None:
    run = "".join(f"<span>{w}</span>" for w in ["nine", "member states"] * (ELEMENTS // 2 + 1))
    tree = parsed("p", HEAD + "<div>" + run + "</div></body></html>")
    assert tree.simplified is not None
    text = tree.root.find(".//span").text
    assert text.startswith("nine. member states. nine.")


def test_an_empty_page_is_no_article() -> None:
    with pytest.raises(DataError, match="no article text found"):
        parsed("p", "")


@pytest.mark.parametrize(
    "unseen",
    [
        "<div style='display: none'><p>Fact box (2019): the SCO has eight members.</p></div>",
        "<p hidden>Draft: the SCO has eight members.</p>",
        "<div aria-hidden='true'><p>The SCO has eight members.</p></div>",
        "<div style='visibility:hidden'><p>The SCO has eight members.</p></div>",
        "<template><p>The SCO has eight members.</p></template>",
        # readers' comments and recommendation widgets, whatever their length
        "<section id='discussion'>"
        + "<p>Reader: the SCO has eight members.</p>" * 5
        + "</section>",
        "<div class='OUTBRAIN'><span>Why the SCO has eight members</span></div>",
        "<div class='recommend'><ul><li><a>The SCO has eight members</a></li></ul></div>",
    ],
)
def test_what_a_reader_never_sees_or_is_no_article_is_not_read(unseen: str) -> None:
    page = HEAD + ARTICLE.replace("</article>", unseen + "</article>") + "</body></html>"
    document = html_document("page.html", page)
    assert "nine member states" in document.text
    assert "eight" not in document.text
