"""`--export FILE`: the rich view to a new .svg, .html, .png or .txt file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import Invoke


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("out.svg", "<svg"),
        ("out.html", "<!DOCTYPE html>"),
        ("out.txt", "sco summary  the SCO summit in Tianjin"),
    ],
)
def test_export_writes_the_rich_view(sco: Invoke, tmp_path: Path, name: str, start: str) -> None:
    target = tmp_path / name
    result = sco("summary", "--export", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == f"wrote {target}\n"
    text = target.read_text(encoding="utf-8")
    assert text.startswith(start)
    assert "Tianjin" in text
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_export_honours_fields(sco: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "m.txt"
    sco("members", "--role", "observer", "--fields", "country", "--export", str(target))
    assert target.read_text(encoding="utf-8").split() == [
        "country",
        "─" * 11,
        "Afghanistan",
        "Mongolia",
    ]


def test_export_never_overwrites(sco: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "mine.svg"
    target.write_text("my own file", encoding="utf-8")
    result = sco("summary", "--export", str(target))
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"Error: {target} already exists; sco never overwrites a file: remove it first\n"
    )
    assert target.read_text(encoding="utf-8") == "my own file"


def test_export_needs_a_known_suffix(sco: Invoke, tmp_path: Path) -> None:
    result = sco("summary", "--export", str(tmp_path / "out.pdf"))
    assert result.exit_code == 2
    assert "the name must end in .svg, .html, .png, .txt" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_export_into_a_missing_folder_fails_cleanly(sco: Invoke, tmp_path: Path) -> None:
    result = sco("summary", "--export", str(tmp_path / "no" / "such" / "out.svg"))
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: cannot write ")


def test_a_name_the_file_system_refuses_is_a_usage_error(sco: Invoke, tmp_path: Path) -> None:
    result = sco("members", "--export", str(tmp_path / ("a" * 252 + ".svg")))
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: cannot export to ")
    assert result.stderr.count("\n") == 1


def test_a_full_disk_is_an_output_error_not_a_usage_error(
    sco: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import pathlib

    real_open = pathlib.Path.open

    def full(self: pathlib.Path, *args: object, **kwargs: object) -> object:
        if self.name.startswith(".sco-"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pathlib.Path, "open", full)
    target = tmp_path / "x.html"
    result = sco("facts", "--export", str(target))
    assert (result.exit_code, result.stderr) == (
        74,
        f"Error: cannot write {target}: No space left on device\n",
    )
    assert not target.exists()


def test_the_wrote_line_keeps_one_line_whatever_the_name(sco: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "two\nlines.svg"
    result = sco("members", "--export", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"wrote {tmp_path}/two\u240alines.svg\n"
    assert target.exists()


def test_svg_is_a_light_card_titled_by_the_question(sco: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "history.svg"
    sco("members", "--history", "--export", str(target), env={"COLUMNS": ""})
    svg = target.read_text(encoding="utf-8")
    assert "<title>sco members --history</title>" in svg
    # the view's own first line, 'sco members --history  how the SCO grew', says it
    assert svg.replace("&#160;", " ").count(">sco members --history ") == 1
    assert re.search(r'<svg [^>]*width="(\d+)"', svg)[1] == str(round(2 * 20 + 80 * 9.0))  # type: ignore[index]
    assert 'fill="#ffffff"' in svg  # a light card by default, for a page or a slide
    assert "<circle" not in svg  # no window chrome
    assert "DejaVu Sans Mono" in svg
    dark = tmp_path / "dark.svg"
    sco("members", "--history", "--export", str(dark), "--theme", "dark")
    assert 'fill="#1e1e1e"' in dark.read_text(encoding="utf-8")
    text = tmp_path / "history.txt"
    sco("members", "--history", "--export", str(text), env={"COLUMNS": "60"})
    lines = text.read_text(encoding="utf-8").splitlines()
    assert all(len(line.rstrip()) <= 60 for line in lines)


def test_svg_card_is_footed_by_its_sources(sco: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "belarus.svg"
    sco("members", "--country", "belarus", "--export", str(target))
    svg = target.read_text(encoding="utf-8")
    assert ">Reference</text>" in svg
    assert re.search(r"as&#160;of&#160;\d{4}-\d\d-\d\d", svg)
    # The reference, then its sources whole, close the card.
    assert svg.index(">Reference</text>") < svg.index(f">{BELARUS_SOURCE}</text>")
    assert svg.rindex("</text>") > svg.index(f">{BELARUS_SOURCE}</text>")


def test_html_has_a_title_and_follows_the_colour_scheme(sco: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    sco("verify", "--export", str(target))
    html = target.read_text(encoding="utf-8")
    assert "<title>sco verify</title>" in html
    assert "<h1>" not in html  # the view's own first line says 'sco verify'
    assert '<meta name="color-scheme" content="light dark">' in html
    light, dark = html.split("@media (prefers-color-scheme: dark) {")
    assert "background-color: #ffffff" in light
    assert "background-color: #1e1e1e" in dark
    assert "{" not in html.split("<body>")[1]  # every placeholder filled
    chosen = tmp_path / "dark.html"
    sco("verify", "--export", str(chosen), "--theme", "dark")
    html = chosen.read_text(encoding="utf-8")
    assert "prefers-color-scheme" not in html
    assert "background-color: #1e1e1e" in html


@pytest.mark.parametrize("command", ["summary", "verify", "members", "summits"])
@pytest.mark.parametrize("suffix", [".svg", ".html"])
def test_a_card_says_sco_command_once(
    sco: Invoke, tmp_path: Path, command: str, suffix: str
) -> None:
    """The view's title line opens with `sco summary`: the card has no heading that
    says it again above it (its <title> still names it)."""
    target = tmp_path / f"card{suffix}"
    assert sco(command, "--export", str(target)).exit_code == 0
    card = target.read_text(encoding="utf-8")
    body = card.split("</title>", 1)[1].replace("&#160;", " ")
    assert f"<title>sco {command}</title>" in card
    assert len(re.findall(rf">sco {command}\b", body)) == 1
    asked = tmp_path / f"asked{suffix}"  # a heading that says more than the view's line
    assert sco("members", "--as-of", "2017", "--export", str(asked)).exit_code == 0
    assert ">sco members --as-of 2017-12-31<" in asked.read_text(encoding="utf-8")


BELARUS_SOURCE = (
    "https://en.inform.kz/news/belarus-officially-joins-sco-becoming-its-10th-member-state-bbfe88/"
)


@pytest.mark.parametrize("columns", ["40", "80"])
@pytest.mark.parametrize("suffix", [".txt", ".html", ".svg"])
def test_exported_urls_are_whole_and_linked(
    sco: Invoke, tmp_path: Path, columns: str, suffix: str
) -> None:
    target = tmp_path / f"belarus{suffix}"
    sco("members", "--country", "belarus", "--export", str(target), env={"COLUMNS": columns})
    text = target.read_text(encoding="utf-8")
    assert BELARUS_SOURCE in text  # whole: never cut at the edge
    if suffix == ".txt":
        assert f"] {BELARUS_SOURCE}\n" in text
    elif suffix == ".html":
        assert f'href="{BELARUS_SOURCE}">{BELARUS_SOURCE}</a>' in text
        assert f'href="{BELARUS_SOURCE}">en.inform.kz</a>' in text
    else:
        assert re.search(f'<a href="{re.escape(BELARUS_SOURCE)}"[^>]*><text[^>]*>', text)


def _html_title(sco: Invoke, tmp_path: Path, *args: str) -> str:
    target = tmp_path / f"{len(list(tmp_path.iterdir()))}.html"
    result = sco(*args, "--export", str(target))
    assert result.exit_code == 0, result.stderr
    return target.read_text(encoding="utf-8").split("<title>")[1].split("</title>")[0]


@pytest.mark.parametrize(
    ("args", "title"),
    [
        (("members",), "sco members"),
        (("members", "--history"), "sco members --history"),
        # In the command's own order, whatever the order typed.
        (("members", "--history", "--basis", "decision"), "sco members --basis decision --history"),
        (("members", "--country", "belarus"), "sco members --country belarus"),
        (
            ("members", "--country", "BLR", "--country", "kz"),
            "sco members --country BLR --country kz",
        ),
        (("members", "--count", "--role", "observer"), "sco members --role observer --count"),
        (("summits", "2019"), "sco summits 2019"),
        (
            ("search", "railway", "--fields", "section", "--fields", "sentence"),
            "sco search railway --fields section,sentence",
        ),
        (("search", "rail*", "--limit", "2"), "sco search &#x27;rail*&#x27; --limit 2"),
        # How the answer is written is not what was asked.
        (
            ("members", "--history", "--color", "always", "--format", "rich"),
            "sco members --history",
        ),
    ],
)
def test_the_export_title_says_what_was_asked(
    sco: Invoke, tmp_path: Path, args: tuple[str, ...], title: str
) -> None:
    assert _html_title(sco, tmp_path, *args) == title


def test_a_long_title_is_cut_with_an_ellipsis(sco: Invoke, tmp_path: Path) -> None:
    title = _html_title(sco, tmp_path, "search", *["railway"] * 40)
    assert title.startswith("sco search railway railway")
    assert len(title) == 100
    assert title.endswith("\u2026")


def test_a_highlighted_word_stays_highlighted_in_html(sco: Invoke, tmp_path: Path) -> None:
    # The match is drawn reversed; rich's HTML would drop a reverse without colours.
    target = tmp_path / "railway.html"
    sco("search", "railway", "--export", str(target))
    html = target.read_text(encoding="utf-8")
    light, dark = html.split("@media (prefers-color-scheme: dark) {")
    for sheet in (light, dark):
        (name,) = re.findall(r'class="(r\d+)">railway<', html)
        rule = re.search(r"\." + name + r" \{([^}]*)\}", sheet)
        assert rule is not None
        assert "background-color" in rule.group(1)


def test_png_is_the_cards_picture(sco: Invoke, tmp_path: Path) -> None:
    """--export FILE.png: the SVG card's size, twice over, drawn (not a blank page)."""
    image = pytest.importorskip(
        "PIL.Image", reason="Pillow: the extra sco-cli[png], a dev dependency"
    )
    svg, png = tmp_path / "card.svg", tmp_path / "card.png"
    assert sco("summary", "--export", str(svg), env={"COLUMNS": ""}).exit_code == 0
    result = sco("summary", "--export", str(png), env={"COLUMNS": ""})
    assert result.exit_code == 0
    assert result.stderr == f"wrote {png}\n"
    size = re.search(r'<svg [^>]*width="(\d+)" height="(\d+)"', svg.read_text(encoding="utf-8"))
    assert size is not None
    with image.open(png) as picture:
        assert picture.format == "PNG"
        assert picture.size == (2 * int(size[1]), 2 * int(size[2]))
        colours = picture.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None
    # white paper, dark ink, and the palette's blue of the title line
    assert max(colours)[1] == (255, 255, 255)
    assert len(colours) > 50
    dark = tmp_path / "dark.png"
    assert sco("members", "--export", str(dark), "--theme", "dark").exit_code == 0
    with image.open(dark) as picture:
        assert max(picture.convert("RGB").getcolors(maxcolors=1_000_000))[1] == (30, 30, 30)
    again = sco("summary", "--export", str(png))
    assert again.exit_code == 2  # never overwritten
    assert "already exists" in again.stderr


def test_png_without_pillow_names_the_extra(
    sco: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "PIL", None)  # as if Pillow were not installed
    target = tmp_path / "card.png"
    result = sco("summary", "--export", str(target))
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: a .png export needs Pillow: pip install 'sco-cli[png]' (or export .svg)\n"
    )
    assert not target.exists()
