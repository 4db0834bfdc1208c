"""`sco check` on a terminal: a card a claim in the shared evidence-card look, and a
summary line an article, at 60 and 120 columns, in colour and under NO_COLOR."""

from __future__ import annotations

import http.server
import io
import itertools
import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console, RenderableType

from sco_cli.claims.inputs import read
from sco_cli.claims.judge import Reference
from sco_cli.dataset import load_dataset
from sco_cli.reports.check import check
from sco_cli.views import Frame, show
from sco_cli.views import check as view
from tests.claims.corpus import ARTICLES
from tests.claims.test_inputs import _Pages
from tests.cli.test_views import WIDTHS as VIEW_WIDTHS
from tests.cli.test_views import _flat
from tests.conftest import Invoke

# By decision, a contradiction, an unverifiable claim, long URLs among the sources.
TIANJIN = str(ARTICLES / "2025-tianjin-partners.html")
WIDTHS = [60, 120]
SGR = re.compile(r"\x1b\[[0-9;]*m")


def records(sco: Invoke, *args: str) -> list[dict[str, object]]:
    return list(json.loads(sco("check", *args, "--json").stdout)["claims"])


@pytest.mark.parametrize("width", WIDTHS)
def test_every_source_is_whole_a_domain_on_the_card_and_the_url_in_a_note(
    sco: Invoke, width: int
) -> None:
    out = sco("check", TIANJIN, "--format", "rich", env={"COLUMNS": str(width)}).stdout
    lines = out.splitlines()
    from sco_cli.views.check import shown_rows

    urls = {
        url
        for record in records(sco, TIANJIN)
        for row in shown_rows(record["reference"])  # type: ignore[arg-type]
        for url in row["source"].split(" ; ")
    }
    assert len(urls) > 3
    for url in urls:
        # Never split: each URL whole on its numbered line (a terminal soft-wraps it)...
        (note,) = [line for line in lines if line.endswith(f"] {url}")]
        number = note.split("]")[0] + "]"
        # ...and cited on the cards by its domain and that number, on one line.
        host = url.split("/")[2].removeprefix("www.")
        assert any(f"{host} {number}" in line for line in lines), (host, number)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_card_says_the_verdict_in_words_with_its_basis_and_where_it_holds(
    sco: Invoke, width: int
) -> None:
    # NO_COLOR is set (tests/conftest.py): the verdicts must read without colour.
    out = sco("check", TIANJIN, "--format", "rich", env={"COLUMNS": str(width)}).stdout
    assert "\x1b" not in out
    flat = " ".join(out.split())
    assert "✓ agrees 10 member states" in flat
    assert "✓ agrees by decision 17 partners" in flat
    assert "✗ contradicts" in flat
    assert "? unverifiable" in flat
    assert "basis by decision: decided, not yet in force on the date" in flat
    assert "holds from 2024-07-04, still at the reference's end (2025-11-18)" in flat
    assert "Laos · partner, decided 2025-09-01, not yet in force" in flat
    assert "¶3.1 · chars 314-330" in flat  # where "10 member states" stands
    assert "Reference as of 2025-11-18" in flat
    assert all(len(line) <= width for line in out.splitlines() if not line.startswith("["))


def test_the_summary_line_of_each_article_counts_its_verdicts(sco: Invoke) -> None:
    document = json.loads(sco("check", str(ARTICLES), "--json").stdout)
    out = sco("check", str(ARTICLES), "--format", "rich", env={"COLUMNS": "200"}).stdout
    for article in document["articles"]:
        counts = article["counts"]
        agree = f"{counts['agrees']} {'agrees' if counts['agrees'] == 1 else 'agree'}"
        contradict = (
            f"{counts['contradicts']} contradict{'s' if counts['contradicts'] == 1 else ''}"
        )
        line = (
            f"{article['article']} ({article['as_of'] or 'no date'}): "
            f"{article['claims']} claim{'' if article['claims'] == 1 else 's'}: "
            f"{agree}, {contradict}, {counts['unverifiable']} unverifiable"
        )
        assert line in " ".join(out.split())  # wrapped at the view's measure, in order
    total = sum(a["claims"] for a in document["articles"])
    assert out.startswith(f"sco check  {total} claims in {len(document['articles'])} articles: ")


@pytest.mark.parametrize("width", WIDTHS)
def test_the_claim_is_highlighted_where_it_stands_in_its_sentence(width: int) -> None:
    report = check([read(TIANJIN, 1 << 20)], Reference.of(load_dataset()), None)
    console = Console(width=width, force_terminal=True, color_system="truecolor")
    runs, run = [], ""  # the reversed text, run by run
    for segment in console.render(view.check(report.document)):
        if segment.style is not None and segment.style.reverse:
            run += segment.text
        elif run:
            runs.append(run)
            run = ""
    claims = [r["claim"]["text"] for r in report.document["claims"]]
    # Each claim's words, and nothing else, are reversed (a claim may wrap across lines).
    assert " ".join(runs).split() == " ".join(claims).split()


def test_under_no_color_the_highlight_stays_and_the_colours_go(sco: Invoke) -> None:
    out = sco(
        "check", TIANJIN, "--format", "rich", env={"COLUMNS": "120", "FORCE_COLOR": "1"}
    ).stdout
    assert "\x1b[1;7m10 member states\x1b[0m" in out  # bold reverse: no colour needed
    assert not re.search(r"\x1b\[[0-9;]*(?:3[0-8]|9[0-7])[;m]", out)  # no foreground colour
    assert "✗ contradicts" in SGR.sub("", out)


def test_in_colour_each_verdict_has_its_colour_and_its_word(sco: Invoke) -> None:
    env = {"COLUMNS": "120", "COLORTERM": "truecolor"}
    out = sco("check", TIANJIN, "--color", "always", env=env).stdout
    from sco_cli.views import PALETTE

    def sgr(colour: str) -> str:
        return "\x1b[1;38;2;" + ";".join(str(int(colour[i : i + 2], 16)) for i in (1, 3, 5)) + "m"

    assert sgr(PALETTE["agrees"]) + "✓ agrees" in out  # the palette's agrees green
    assert sgr(PALETTE["contradicts"]) + "✗ contradicts" in out  # and its contradicts red


@pytest.mark.parametrize("columns", VIEW_WIDTHS)
def test_the_cards_fit_every_width_with_nothing_cut(sco: Invoke, columns: str) -> None:
    result = sco("check", str(ARTICLES), "--format", "rich", env={"COLUMNS": columns})
    out = result.stdout
    assert result.exit_code == 4
    assert "…" not in out
    for line in out.splitlines():
        # Only a URL, given whole on its line, may run past the edge.
        assert len(line) <= int(columns) or "://" in line, line
    flat = _flat(out)
    assert "✓ agrees by decision Turkey was admitted as a dialogue partner" in flat
    assert "tests/articles/2025-tianjin-partners.html" in flat.replace(" ", "")


def test_each_part_is_printed_before_the_next_is_drawn() -> None:
    report = check([read(TIANJIN, 1 << 20)], Reference.of(load_dataset()), None)
    drawing = view.check(report.document)
    stream = io.StringIO()
    written: list[int] = []  # how much was printed when each part was drawn
    drawn = drawing.parts  # type: ignore[attr-defined]

    def parts(frame: Frame) -> Iterator[RenderableType]:
        for part in drawn(frame):
            written.append(len(stream.getvalue()))
            yield part

    drawing.parts = parts  # type: ignore[attr-defined]
    show(Console(file=stream, width=100), drawing)
    assert len(written) > 20
    assert all(a < b for a, b in itertools.pairwise(written[1:]))
    whole = Console(file=io.StringIO(), width=100)
    whole.print(view.check(report.document))
    assert stream.getvalue() == whole.file.getvalue()  # type: ignore[attr-defined]


@pytest.fixture
def site() -> Iterator[str]:
    """A local web server (never the internet): every path is the 2012 Beijing page."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_an_article_read_from_a_url_is_named_by_its_domain_and_note(sco: Invoke, site: str) -> None:
    url = f"{site}/{'a-long-path-to-the-article/' * 4}sco-summit.html"
    out = sco("check", url, "--format", "rich", env={"COLUMNS": "60"}).stdout
    lines = out.splitlines()
    assert lines.count(f"[1] {url}") == 1  # whole, on its line, once
    assert sum(url in line for line in lines) == 1
    assert lines[3].startswith("127.0.0.1 [1]  2012-06-08 ─")
    # 12: the twelfth summit, named without its city, is its dateline BEIJING's
    assert any(line.startswith("127.0.0.1 [1] (2012-06-08): 12 claims: ") for line in lines)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_card_gives_the_right_figure_first_and_folds_long_lists(
    sco: Invoke, width: int, tmp_path: Path
) -> None:
    article = tmp_path / "bloc.txt"
    article.write_text(
        " date 2024-07-05 Briefing\n\nLeaders meet\n\nThe eight-member bloc met in Astana.\n",
        encoding="utf-8",
    )
    result = sco("check", str(article), "--format", "rich", env={"COLUMNS": str(width)})
    (record,) = json.loads(sco("check", str(article), "--json").stdout)["claims"]
    flat = " ".join(result.stdout.split())
    card = flat.split("✗ contradicts eight-member bloc")[1]
    # What the reference has comes first, before the claim's own reading.
    assert card.index("why on 2024-07-05 the reference has 10 member states") < card.index(
        "claim count: member = 8"
    )
    rows = record["reference"]
    assert len(rows) == 10
    assert f"and {len(rows) - 3} more (all in --json)" in flat
    assert "Belarus · member" in flat
    assert "Uzbekistan · member" not in flat  # folded away, counted
