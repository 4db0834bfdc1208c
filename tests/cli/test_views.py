"""Every rich view at every width: nothing cut, the answers whole, one look."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from sco_cli.views import PALETTES
from tests.conftest import Invoke

WIDTHS = ("40", "60", "80", "120", "200")

BELARUS_SOURCE = (
    "https://en.inform.kz/news/belarus-officially-joins-sco-becoming-its-10th-member-state-bbfe88/"
)

# Each rich view, and what must appear in it whole at every width: identifiers
# (slugs, paths, ISO codes, URLs) on one line as they are; prose anywhere, as
# long as its words come in order (prose wraps).
VIEWS: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    (
        ("summary",),
        ("Kassym-Jomart Tokayev", "China-Kyrgyzstan-Uzbekistan", "000_b63b9ab8cbf85ae0"),
        ("SCO Development Strategy until 2035", "advance cooperation in renewable energy"),
    ),
    (
        ("facts",),
        (
            "development_strategy.astana_summit_year",
            "a-global-platform-in-a-connected-world",
            "from-security-to-shared-prosperity",
            "Korzhumbayev",
            "2025-09-09",
        ),
        ("“last year's Astana SCO summit, which adopted the SCO Development Strategy until 2035”",),
    ),
    (
        ("get",),
        ("development_strategy.astana_summit_year", "roster.counts.dialogue_partners"),
        ("How many dialogue partners on 2025-08-30, in force",),
    ),
    (
        ("get", "summit.priorities", "development_strategy.adopted_at", "--evidence"),
        ("from-security-to-shared-prosperity", "development_strategy.adopted_at"),
        ("advance cooperation in renewable energy and green technologies",),
    ),
    (
        ("sections",),
        (
            "a-global-platform-in-a-connected-world",
            "from-security-to-shared-prosperity",
            "unity-in-diversity-and-beyond",
        ),
        ("A GLOBAL PLATFORM IN A CONNECTED WORLD",),
    ),
    (
        ("search", "railway"),
        ("from-security-to-shared-prosperity", "China-Kyrgyzstan-Uzbekistan"),
        ("and enhance joint health initiatives to bolster regional resilience.",),
    ),
    (
        ("quote", "--section", "lead"),
        ("¶5",),
        ("Kazakhstan shares this vision, believing that the SCO is an effective platform",),
    ),
    (
        ("members",),
        ("United Arab Emirates", "AE ARE", "2022-09-16", "■ member  10", "■ dialogue-partner  14"),
        ("Counts after 'article' are the article's own",),
    ),
    (
        ("members", "--as-of", "latest"),
        ("United Arab Emirates", "AE ARE", "Laos: decided 2025-09-01", "■ partner  16"),
        ("observer and dialogue-partner statuses unified as 'SCO partner'"),
    ),
    (("members", "--count"), ("dialogue-partner",), ()),
    (
        ("members", "--country", "belarus"),
        (BELARUS_SOURCE, "2009-06-16"),
        ("dialogue-partner", "3 status changes"),
    ),
    (("members", "--history"), ("10+16", "2001-06-15", "Tianjin summit"), ("dialogue-partner",)),
    (("members", "--history", "--basis", "decision"), ("10+17",), ("by decision",)),
    (
        ("timeline",),
        ("08-31/09-01", "2035"),
        ("India and Pakistan become member states (Astana summit)",),
    ),
    (("summits",), ("Yekaterinburg", "2009-06-15/16", "KGZ"), ("of the heads of state",)),
    (("summits", "2019"), ("Bishkek",), ("The 2019 summit, the 19th, was held in Bishkek",)),
    (("verify",), ("development_strategy.adopted_at", "counts 3/3 ✓"), ("The data holds",)),
    (("verify", "--verbose"), ("membership.dialogue_partners",), ("ISO 3166-1: Türkiye",)),
]


def _flat(text: str) -> str:
    """The words in order, as a reader follows them across wrapped lines and gutters."""
    return " ".join(word for word in text.split() if word != "▌")


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize(("args", "whole", "prose"), VIEWS, ids=lambda v: " ".join(v))
def test_every_view_fits_every_width(
    sco: Invoke, columns: str, args: tuple[str, ...], whole: tuple[str, ...], prose: tuple[str, ...]
) -> None:
    result = sco(*args, "--format", "rich", env={"COLUMNS": columns})
    assert result.exit_code in (0, 3), result.stderr
    out = result.stdout
    assert "…" not in out
    for piece in whole:
        assert piece in out, (columns, piece)
    for piece in prose:
        assert piece in _flat(out), (columns, piece)
    width = int(columns)
    for line in out.splitlines():
        # Only a URL, given whole on its line, may run past the edge.
        assert len(line) <= width or "://" in line, line


@pytest.mark.parametrize("columns", ["1", "10"])
@pytest.mark.parametrize(("args", "whole", "prose"), VIEWS[:6], ids=lambda v: " ".join(v))
def test_a_terminal_too_narrow_is_drawn_20_wide(
    sco: Invoke, columns: str, args: tuple[str, ...], whole: tuple[str, ...], prose: tuple[str, ...]
) -> None:
    """Below 20 columns a view drew a character or two a line (COLUMNS=1): it is
    drawn as at 20, whole, and the terminal wraps it."""
    narrow = sco(*args, "--format", "rich", env={"COLUMNS": columns})
    assert narrow.exit_code in (0, 3), narrow.stderr
    assert narrow.stdout == sco(*args, "--format", "rich", env={"COLUMNS": "20"}).stdout
    assert max(len(line) for line in narrow.stdout.splitlines()) >= 15
    for piece in prose:
        assert piece in _flat(narrow.stdout), (columns, piece)


@pytest.mark.parametrize("columns", ["1", "10"])
def test_the_help_of_a_narrow_terminal_is_drawn_20_wide(sco: Invoke, columns: str) -> None:
    narrow = sco("--help", env={"COLUMNS": columns}).stdout
    assert narrow == sco("--help", env={"COLUMNS": "20"}).stdout
    assert "Usage: sco [OPTIONS]" in " ".join(narrow.split())


def test_own_article_summary_fits(sco: Invoke) -> None:
    text = "Leaders meet in Tianjin\n\nThe summit opens today.\n\nTRADE AND THE LONG ROAD\n\nX.\n"
    for columns in WIDTHS:
        out = sco(
            "--article", "-", "summary", "--format", "rich", env={"COLUMNS": columns}, input=text
        ).stdout
        assert "…" not in out
        assert "trade-and-the-long-road" in out
        assert "2 sections, 2 paragraphs, 2 sentences" in _flat(out)


def test_prose_stops_at_90_columns(sco: Invoke) -> None:
    out = sco("quote", "--section", "lead", "--format", "rich", env={"COLUMNS": "200"}).stdout
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 90


def test_members_tables_share_their_column_widths(sco: Invoke) -> None:
    out = sco("members", "--format", "rich", env={"COLUMNS": "120"}).stdout
    headers = [line for line in out.splitlines() if line.startswith("country")]
    assert len(headers) == 3
    assert len({line.index("in force") for line in headers}) == 1
    assert len({line.index("event") for line in headers}) == 1


def test_a_repeated_event_is_said_once(sco: Invoke) -> None:
    out = sco("members", "--as-of", "latest", "--format", "rich", env={"COLUMNS": "120"}).stdout
    assert out.count("statuses unified as 'SCO partner'") == 1
    assert len(re.findall(r"Tianjin summit [¹²³]", out)) == 16


def test_urls_are_numbered_notes_or_links(sco: Invoke) -> None:
    plain = sco("members", "--country", "belarus", "--format", "rich").stdout
    assert "en.inform.kz [5]" in plain
    assert f"[5] {BELARUS_SOURCE}" in plain
    linked = sco(
        "members", "--country", "belarus", "--format", "rich",
        env={"NO_COLOR": "", "FORCE_COLOR": "1", "FORCE_HYPERLINK": "1"},
    ).stdout  # fmt: skip
    assert "\x1b]8;id=" in linked
    assert f";{BELARUS_SOURCE}\x1b\\" in linked
    assert "en.inform.kz ↗" in linked
    assert f"[5] {BELARUS_SOURCE}" not in linked


def test_one_spelling_a_status_and_real_plurals(sco: Invoke) -> None:
    outs = [
        sco(*args, "--format", "rich", env={"COLUMNS": "120"}).stdout
        for args in (("summary",), ("members",), ("members", "--count"), ("timeline",))
    ]
    for out in outs:
        # The views' own words spell a status as the options and the JSON do.
        assert "Dialogue partners" not in out
        assert "dialogue partners" not in out
        assert "(s)" not in out
    assert "■ dialogue-partner" in outs[0]  # summary's counts
    assert "■ dialogue-partner  14" in outs[1]  # members' heading
    assert "dialogue-partner: Belarus, Sri Lanka" in outs[3]


def test_verify_leads_with_its_verdict_and_lists_only_what_needs_reading(sco: Invoke) -> None:
    short = sco("verify", "--format", "rich").stdout
    lines = short.splitlines()
    assert lines[2] == "✓ The data holds: every check passed."
    assert re.match(r"quotes (\d+)/\1 ✓  ·  counts 3/3 ✓  ·  ISO codes (\d+)/\2 ✓", lines[3])
    assert "ISO 3166-1: Türkiye" not in short  # passes are left out ...
    assert "contradicts  The Astana summit" in short  # ... notes are not
    verbose = sco("verify", "--verbose", "--format", "rich").stdout
    assert "ISO 3166-1: Türkiye" in verbose


def test_verify_lists_a_failure(sco: Invoke, data_copy: Any) -> None:
    facts = data_copy / "facts.toml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace("value = 14\n", "value = 15\n", 1),
        encoding="utf-8",
    )
    result = sco("verify", "--format", "rich")
    assert result.exit_code == 3
    assert "✗ 1 check failed." in result.stdout
    assert "counts 2/3 ✗" in result.stdout
    assert "✗ count membership.dialogue_partners" in result.stdout


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    """WCAG 2 contrast ratio of two colours."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


DARK_BACKGROUNDS = ("#1e1e1e", "#282c34", "#292929", "#000000")
LIGHT_BACKGROUNDS = ("#ffffff", "#fdf6e3")


@pytest.mark.parametrize(
    ("theme", "backgrounds", "least"),
    [
        ("dark", DARK_BACKGROUNDS, 4.5),
        ("light", LIGHT_BACKGROUNDS, 4.5),
        # A background not known: no colour reaches 4.5:1 on both (see below).
        ("auto", DARK_BACKGROUNDS + LIGHT_BACKGROUNDS, 3.5),
    ],
)
def test_every_colour_reads_on_its_backgrounds(
    theme: str, backgrounds: tuple[str, ...], least: float
) -> None:
    assert set(PALETTES[theme]) == set(PALETTES["auto"])
    for name, colour in PALETTES[theme].items():
        for background in backgrounds:
            assert contrast(colour, background) >= least, (theme, name, colour, background)


def test_no_one_colour_reads_at_4_5_on_light_and_dark() -> None:
    # Why there is a light and a dark palette: the grey that does best on both
    # #ffffff and #292929 is still short of 4.5:1 on one of them.
    best = max(
        min(contrast(f"#{v:02x}{v:02x}{v:02x}", bg) for bg in ("#ffffff", "#292929"))
        for v in range(256)
    )
    assert 3.7 < best < 4.5


def test_the_exports_card_colours_read_on_its_paper() -> None:
    from sco_cli.output.view_file import CARD_COLOURS

    for theme, (ink, paper) in CARD_COLOURS.items():
        assert contrast(ink, paper) >= 7
        for colour in PALETTES[theme].values():
            assert contrast(colour, paper) >= 4.5


@pytest.mark.parametrize(
    ("env", "theme"),
    [
        ({}, "auto"),
        ({"SCO_THEME": "light"}, "light"),
        ({"COLORFGBG": "15;0"}, "dark"),
        ({"COLORFGBG": "0;default;15"}, "light"),
        ({"SCO_THEME": "dark", "COLORFGBG": "0;15"}, "dark"),
    ],
)
def test_the_palette_follows_the_background_a_terminal_names(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], theme: str
) -> None:
    from sco_cli.views import theme_of

    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert theme_of() == theme
    assert theme_of("light") == "light"  # --theme wins
    assert theme_of(export=True) == "light"  # a picture to paste: light


@pytest.mark.parametrize(("env", "theme"), [({}, "auto"), ({"SCO_THEME": "dark"}, "dark")])
def test_a_terminal_background_that_is_known_gets_its_palette(
    env: dict[str, str], theme: str
) -> None:
    # In a process of its own: rich keeps a style's escape codes once made, so a
    # colour drawn in 16 colours by an earlier test in this process would stay so.
    import os
    import subprocess
    import sys

    def run(*args: str) -> str:
        argv = [sys.executable, "-m", "sco_cli", "sections", "--format", "rich", *args]
        base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLORFGBG")}
        environment = {**base, "FORCE_COLOR": "1", "COLORTERM": "truecolor", **env}
        return subprocess.run(argv, env=environment, capture_output=True, text=True).stdout

    def sgr(colour: str) -> str:
        return "38;2;" + ";".join(str(int(colour[i : i + 2], 16)) for i in (1, 3, 5)) + "m"

    assert sgr(PALETTES[theme]["accent"]) in run()
    assert sgr(PALETTES["light"]["accent"]) in run("--theme", "light")  # --theme wins


def test_history_counts_are_the_roster_on_each_date(sco: Invoke) -> None:
    changes = json.loads(sco("members", "--history", "--json").stdout)["changes"]
    assert changes[0]["date"] == "2001-06-15"
    assert changes[-1]["date"] == "2025-09-01"
    for change in changes:
        roster = json.loads(sco("members", "--as-of", change["date"], "--json").stdout)
        counts = {g["status"]: g["count"] for g in roster["groups"]}
        assert {k: v for k, v in change["counts"].items() if v} == counts, change["date"]
        assert change["total"] == sum(counts.values())


def test_history_in_plain_and_csv_is_one_record_a_date(sco: Invoke) -> None:
    plain = sco("members", "--history").stdout.splitlines()
    assert plain[0] == "2001-06-15\tFounding member\t6\t0\t0\t0\t6"
    assert "2023-05-05\tmemoranda: Kuwait, Maldives, Myanmar, United Arab Emirates" in plain[15]
    assert plain[-1] == "2025-09-01\tTianjin summit\t10\t0\t0\t16\t26"
    csv = sco("members", "--history", "--format", "csv").stdout.splitlines()
    assert csv[0] == "date,event,member,observer,dialogue-partner,partner,total"
    assert len(csv) == len(plain) + 1


@pytest.mark.parametrize("other", [("--country", "china"), ("--as-of", "2017"), ("--count",)])
def test_history_takes_no_other_selection(sco: Invoke, other: tuple[str, ...]) -> None:
    result = sco("members", "--history", *other)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: --history shows every date and status; it cannot take {other[0]}\n"
    )


def test_the_footer_shows_an_articles_own_lines_not_obeys_them(sco: Invoke) -> None:
    text = "Leaders meet\n\nThe summit opens.\n\nAuthor: Ev\x1b]0;OWNED\x07il\n"
    out = sco("--article", "-", "sections", "--format", "rich", input=text).stdout
    assert "\x1b" not in out
    assert "Ev\u241b]0;OWNED\u2407il" in out  # ␛ and ␇: shown, one character for one


@pytest.mark.parametrize("columns", WIDTHS)
def test_cite_on_a_terminal_is_the_citation_lines_under_title_and_footer(
    sco: Invoke, columns: str
) -> None:
    env = {"COLUMNS": columns}
    args = ("quote", "--section", "lead", "--match", "kazakhstan", "--cite")
    out = sco(*args, "--format", "rich", env=env).stdout
    (line,) = sco(*args).stdout.splitlines()  # the line to paste, as plain prints it
    lines = out.splitlines()
    assert lines[0] == "sco quote  1 citation, ready to paste"
    assert _flat(line) in _flat(out)  # the citation whole, its words in order
    assert out.count("Kazakhstan shares this vision") == 1
    assert "…" not in out
    assert "Source" in out  # the shared footer
    assert all(len(text) <= int(columns) for text in lines)


def test_facts_cite_gives_each_fact_check_source_whole(sco: Invoke) -> None:
    out = sco("facts", "--cite", "--format", "rich", env={"COLUMNS": "40"}).stdout
    citations = json.loads(sco("facts", "--cite", "--json").stdout)["citations"]
    lines = out.splitlines()
    for url in {u for c in citations for u in c["note_sources"]}:
        assert url in lines  # on its own line, never broken
    assert out.count("”") >= len(citations)
    assert "…" not in out


@pytest.mark.parametrize("columns", WIDTHS)
def test_history_bars_differ_by_glyph_without_colour(sco: Invoke, columns: str) -> None:
    out = sco("members", "--history", "--format", "rich", env={"COLUMNS": columns}).stdout
    glyphs = {}
    for status in ("member", "observer", "dialogue-partner", "partner"):
        found = re.search(r"([█▓▒░])\1 " + status + r"(?![-\w])", out)
        assert found, (status, out)  # each glyph beside its name, on one line
        glyphs[status] = found[1]
    assert len(set(glyphs.values())) == 4  # four glyphs, not four identical swatches
    bars = [line for line in out.splitlines() if "█" in line and "██ member" not in line]
    assert glyphs["observer"] in bars[5]  # 2004-2017: observers beside the members
    assert glyphs["partner"] in bars[-1]  # 2025-09-01: the unified partners


@pytest.mark.parametrize(("args", "whole", "prose"), VIEWS, ids=lambda v: " ".join(v))
def test_one_measure_a_view_rules_prose_and_tables_alike(
    sco: Invoke, args: tuple[str, ...], whole: tuple[str, ...], prose: tuple[str, ...]
) -> None:
    out = sco(*args, "--format", "rich", env={"COLUMNS": "200"}).stdout
    lines = [line.rstrip() for line in out.splitlines() if "://" not in line]
    assert max(len(line) for line in lines) <= 90
    rules = {len(line) for line in lines if line and set(line) <= {"─", " "}}
    assert len(rules) <= 1, rules  # every full rule as long as the others


@pytest.mark.parametrize("columns", WIDTHS)
def test_summary_puts_a_contradicted_value_beside_its_mark(sco: Invoke, columns: str) -> None:
    out = sco("summary", "--format", "rich", env={"COLUMNS": columns}).stdout
    lines = out.splitlines()
    value = next(i for i, line in enumerate(lines) if "last year's Astana SCO summit" in line)
    assert "✗ contradicts" in " ".join(lines[value : value + 2])  # beside it, or just under it
    notes = out.split("Fact checks, from the reference")[1]
    assert notes.replace("─", " ").split()[0] == "contradicts"  # the contradicting note first
    assert "[1] http" in out  # the railway note's sources, "below" as it says


def test_summary_values_are_stronger_than_their_labels(sco: Invoke) -> None:
    out = sco(
        "summary", "--format", "rich", env={"NO_COLOR": "", "FORCE_COLOR": "1", "COLUMNS": "100"}
    ).stdout
    line = next(line for line in out.splitlines() if "Kassym-Jomart Tokayev" in line)
    label, value = line.split("Kassym-Jomart Tokayev")[0].split("\x1b[0m", 1)
    assert "\x1b[1m" not in label  # the label is not bold ...
    assert re.search(r"\x1b\[[0-9;]*3[0-9]m", label)  # ... but muted
    assert "\x1b[1m" not in value  # the value: full ink, not bold ...
    assert not re.search(r"\x1b\[[0-9;]*3[0-9]m", value)  # ... nor muted


ORPHANS = (
    re.compile(r"^\[\d+\]"),  # a note's number without its word (a URL note starts "[n] http")
    re.compile(r"^(decided|ISO|sources?)$"),  # a label without its value
    re.compile(r"\d{4}-\d\d-\d\d\s+(decided|in force)$"),  # ... its date on the next line
    re.compile(r"[✓✗]\s+·\s+ISO$"),  # 'ISO' / 'codes 34/34'
    re.compile(r"^[█▓▒░★●▲■□◆✓✗]{1,2}$"),  # a glyph without its name
    re.compile(r"^(codes|\d+/\d+ [✓✗])"),  # 'ISO' / 'codes 34/34'
)


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize(("args", "whole", "prose"), VIEWS, ids=lambda v: " ".join(v))
def test_no_orphans_at_any_width(
    sco: Invoke, columns: str, args: tuple[str, ...], whole: tuple[str, ...], prose: tuple[str, ...]
) -> None:
    out = sco(*args, "--format", "rich", env={"COLUMNS": columns}).stdout
    for line in out.splitlines():
        text = line.strip().lstrip("▌ ").strip()
        if "://" in text:
            continue
        for orphan in ORPHANS:
            assert not orphan.search(text), (columns, line)


def test_counts_stand_in_one_order_in_members_and_summary(sco: Invoke) -> None:
    """The article's count, then the reference's, in `members --count` as in `summary`."""
    for argv in (("members", "--count"), ("summary",)):
        shown = sco(*argv, "--format", "rich", env={"COLUMNS": "100"}).stdout
        header = next(line for line in shown.splitlines() if line.startswith("status"))
        assert header.index("article") < header.index("reference"), argv
    narrow = sco("members", "--count", "--format", "rich", env={"COLUMNS": "40"}).stdout
    for line in narrow.splitlines():  # a label never ends a line without its value
        assert not line.rstrip().endswith(("article", "reference")), line
