"""Rich view of `sco check`: a card a claim, in the evidence-card look of the
other views, and a summary line an article.

A card: the verdict in its colour and in words (a mark and the word: the
colour is never the only sign, for NO_COLOR and for readers who do not see
it), "by decision" where only the decided statuses make it true, the claim's
words; its sentence behind the quote gutter with the claim highlighted where
it stands and its place; then why, when it holds, its basis and the
reference rows, each with its source as a link or a numbered note.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.constrain import Constrain
from rich.padding import Padding
from rich.rule import Rule
from rich.segment import Segment
from rich.text import Text

from sco_cli.views import (
    ACCENT,
    MATCH_STYLE,
    MUTED,
    VERDICT_STYLES,
    Frame,
    Gutter,
    flow,
    footer,
    plural,
    responsive_parts,
    rule_heading,
    simple_table,
    title,
)

if TYPE_CHECKING:
    from sco_cli.reports.check import (
        CheckDoc,
        CheckedArticle,
        CheckedClaim,
        CheckSummaryDoc,
        VerdictCounts,
    )

MARKS = {"agrees": "✓", "contradicts": "✗", "unverifiable": "?", "disputed": "~"}
LABEL_INDENT = 12  # the labels of a card's rows: why, holds, basis, reference
TWO_COLUMNS = 70  # from this width on, a card's reference rows have their sources in a column


def verdict_style(verdict: str) -> str:
    """agrees and contradicts as every view colours them; unverifiable muted."""
    return VERDICT_STYLES.get(verdict, f"bold {MUTED}")


def check(doc: CheckDoc) -> RenderableType:
    def parts(frame: Frame) -> Iterator[RenderableType]:
        # A part at a time (views.show prints each before drawing the next): a folder
        # of articles is thousands of cards.
        end = doc["reference"]["as_of"]
        yield title("sco check", _what(doc))
        yield Text("")
        claims = iter(doc["claims"])  # in article order: built as they are read, read once
        for number, article in enumerate(doc["articles"]):
            if number:
                yield Text("")  # one blank line between articles, and before the footer
            heading = _article_heading(frame, article)
            if heading.cell_len + 4 <= frame.prose:
                yield rule_heading(heading)
            else:  # a rule would cut a long name short: the name whole, the rule under it
                yield heading
                yield Constrain(Rule(style=MUTED), frame.prose)
            for _ in range(article["claims"]):
                yield Text("")
                yield card(frame, next(claims), end)
            yield Group(Text(""), summary_line(frame, article))
        if not doc["articles"]:
            yield Text("No article to check.")
        yield footer(frame, reference=doc["reference"])

    return responsive_parts(parts)


def _what(doc: CheckDoc) -> Text:
    articles = doc["articles"]
    claims = sum(a["claims"] for a in articles)
    text = Text(f"{plural(claims, 'claim')} in {plural(len(articles), 'article')}: ")
    text.append(_counts(doc["counts"]))
    if doc["as_of"]:
        text.append(f", judged on {doc['as_of']}")
    return text


def _article_heading(frame: Frame, article: CheckedArticle) -> Text:
    name = article["url"] or article["article"]
    heading = frame.link(name) if article["url"] else Text(name)
    heading.stylize(f"bold {ACCENT}")
    date = article["as_of"]
    heading.append(f"  {date}" if date else "  no date", style=MUTED)
    return heading


def card(frame: Frame, record: CheckedClaim, end: str) -> RenderableType:
    """One claim: verdict and words, the sentence with the claim highlighted, then
    why, when it holds, its basis and the reference rows with their sources."""
    verdict, claim, where = record["verdict"], record["claim"], record["location"]
    head = Text.assemble((f"{MARKS[verdict]} {verdict}", verdict_style(verdict)))
    if record["basis"] == "decision":
        head.append(" by decision", style=verdict_style(verdict))
    head.append("  ")
    head.append(claim["text"], style="bold")
    place = f"¶{where['paragraph']}.{where['sentence']} · chars {where['start']}-{where['end']}"
    sentence = Text(f"“{record['sentence']}”")
    start, stop = where["span"]
    sentence.stylize(MATCH_STYLE, start + 1, stop + 1)  # + 1: after the opening “
    rows: list[tuple[str, RenderableType]] = [
        ("why", _why(record["note"])),  # the right figure first
        ("holds", _holds(record, end)),
    ]
    if record["basis"]:
        rows.append(("basis", Text(_BASIS[record["basis"]])))
    rows.append(("claim", Text(f"{claim['kind']}: {claim['subject']} = {claim['value']}")))
    room = min(frame.width, frame.prose) - (LABEL_INDENT if frame.width >= 60 else 2)
    if record["reference"]:
        rows.append(("reference", _reference_rows(frame, _folded(record["reference"]), room)))
    body: list[RenderableType] = [head, Gutter(sentence, width=frame.prose, tail=place)]
    if frame.width < 60:
        for label, value in rows:
            body += [Text(label, style=MUTED), Padding(value, (0, 0, 0, 2))]
    else:
        body.append(Labelled(rows, LABEL_INDENT))
    return Constrain(Group(*body), frame.prose)


class Labelled:
    """Rows of a label and its value, the value wrapped beside the label (as
    views.hanging draws one), drawn without a table's measuring: a folder of
    articles is thousands of cards."""

    def __init__(self, rows: Sequence[tuple[str, RenderableType]], indent: int) -> None:
        self.rows, self.indent = rows, indent

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        inner = options.update_width(max(options.max_width - self.indent, 1))
        margin = Segment(" " * self.indent)
        label_style = console.get_style(MUTED)
        for label, value in self.rows:
            for number, line in enumerate(console.render_lines(value, inner, pad=False)):
                if number == 0:
                    yield Segment(label, label_style)
                    yield Segment(" " * (self.indent - len(label)))
                else:
                    yield margin
                yield from line
                yield Segment.line()


FOLD_AFTER = 5  # reference rows a card shows whole; more are folded to the first few
FOLDED_TO = 3


def _why(note: str) -> Text:
    """The note, its first clause (what the reference has: the right figure) in bold."""
    first, sep, rest = note.partition("; ")
    return Text.assemble((first, "bold"), sep, rest)


def shown_rows(rows: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The reference rows a card shows: all of a short list; of a long one, those
    that stand out (decided but not in force on the same day) and the first few
    others, in their order (`--json` and `--export FILE.db` keep them all)."""
    if len(rows) <= FOLD_AFTER:
        return list(rows)
    notable = [r for r in rows if "status" in r and r.get("in_force") != r.get("decided")]
    room = max(FOLDED_TO - len(notable), 0)
    plain = [r for r in rows if r not in notable][:room]
    return [r for r in rows if r in notable or r in plain]


def _folded(rows: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The rows shown, then 'and N more' for those folded away."""
    shown = shown_rows(rows)
    return shown + ([{"more": len(rows) - len(shown)}] if len(shown) < len(rows) else [])


_BASIS = {
    "in-force": "in force",
    "decision": "by decision: decided, not yet in force on the date",
    "published": "matches a count published that day",
    "renamed": "the status's name the day before: renamed that day",
    "day-before": "as it stood the day before: a change took effect that day",
}


def _holds(record: CheckedClaim, end: str) -> Text:
    spans = record["holds"]
    if not spans:
        return Text("unknown" if record["verdict"] == "unverifiable" else "never")
    return Text("\n").join(
        Text(
            f"{h['from']} to {h['to']}"
            if h["to"]
            else f"from {h['from']}, still at the reference's end ({end})"
        )
        for h in spans
    )


def _reference_rows(frame: Frame, rows: Sequence[Mapping[str, Any]], room: int) -> Text:
    """The rows one a line, each with its sources: in a column of their own where
    there is room, else after the row where every row fits, else under each row,
    indented (one layout a card)."""
    described = [_reference_row(frame, row) for row in rows]
    widest = max(what.cell_len for what, _ in described)
    links = max(link.cell_len for _, link in described)
    aligned = room >= TWO_COLUMNS and widest + 2 + links <= room
    fits = all(what.cell_len + 2 + link.cell_len <= room for what, link in described)
    lines = []
    for what, link in described:
        if link:
            what.append(" " * (widest - what.cell_len + 2) if aligned else "  " if fits else "\n  ")
            what.append(link)
        lines.append(what)
    return Text("\n").join(lines)


def _reference_row(frame: Frame, row: Mapping[str, Any]) -> tuple[Text, Text]:
    """'Belarus · observer from 2015-07-10' and its sources: 'sectsco.org [3]'."""
    if "more" in row:  # the rows a long list folds away
        return Text(f"and {row['more']} more (all in --json)", style=MUTED), Text()
    if "ordinal" in row:  # a summit
        start, end = str(row["start"]), str(row["end"])
        days = start if start == end else f"{start}/{end[8:] if end[:7] == start[:7] else end[5:]}"
        what = [f"summit {row['ordinal']}", f"{row['city']}, {row['country']}", days]
        text = Text(" · ".join([*what, str(row["format"]).replace("_", " ")]))
    elif "status" in row:
        decided, in_force = row["decided"], row["in_force"]
        text = Text(f"{row['country']} · {row['status']}")
        if decided == in_force:
            text.append(f" from {decided}")
        else:
            text.append(f", decided {decided}, ")
            text.append(f"in force {in_force}" if in_force else "not yet in force")
    else:  # a milestone: the Shanghai Five
        text = Text(" · ".join(str(row[k]) for k in ("date", "event") if row.get(k)))
    sources = [s.strip() for s in str(row.get("source") or "").split(" ; ") if s.strip()]
    return text, Text("  ").join(frame.link(source) for source in sources)


def _counts(counts: VerdictCounts) -> Text:
    """'9 agree, 1 contradicts, 1 unverifiable', each in its verdict's colour when not 0."""
    words: tuple[tuple[str, str, str], ...] = (
        ("agrees", "agrees", "agree"),
        ("contradicts", "contradicts", "contradict"),
        ("unverifiable", "unverifiable", "unverifiable"),
    )
    text = Text()
    if cast(Mapping[str, int], counts).get("disputed"):  # said only when there are some
        words += (("disputed", "disputed", "disputed"),)
    for index, (key, one, many) in enumerate(words):
        if index:
            text.append(", ")
        count = cast(Mapping[str, int], counts)[key]
        text.append(f"{count} {one if count == 1 else many}", verdict_style(key) if count else "")
    return text


def summary_line(frame: Frame, article: CheckedArticle) -> Text:
    """'2025-tianjin-partners.html (2025-09-02): 11 claims: 9 agree, 1 contradicts, ...'
    (a URL as the heading gives it: never broken)."""
    text = frame.link(article["url"]) if article["url"] else Text(article["article"])
    text.append(f" ({article['as_of'] or 'no date'}): {plural(article['claims'], 'claim')}: ")
    text.append(_counts(article["counts"]))
    return text


# sco check --summary

TOP = 10  # groups a table shows; --json holds them all
NARROW = 60  # below this, a group is a line or a block, not a table's row
_VERDICTS = ("agrees", "contradicts", "unverifiable", "disputed")


def corpus(doc: CheckSummaryDoc) -> RenderableType:
    """`sco check --summary`: the run in a line, then the wrong claims most repeated,
    and the claims by year, outlet and kind, each a house table. A table shows the
    first `TOP` groups of a long list and says how many more `--json` holds; below
    `NARROW` columns a group is a line (a wrong claim, a block): nothing is cut."""

    def parts(frame: Frame) -> Iterator[RenderableType]:
        yield title("sco check --summary", _summary_what(doc))
        yield Text("")
        yield _read_line(doc)
        yield flow(
            [Text("Verdicts:"), *_marks(cast(Mapping[str, int], doc["counts"]), words=True)],
            frame.prose,
            "  ",
        )
        if doc["repeated"]:
            yield Text("")
            yield rule_heading("Wrong claims, most repeated")
            yield _repeated(frame, doc["repeated"])
        for heading, key, groups in (
            ("By year of publication", "year", doc["by_year"]),
            ("By outlet", "outlet", doc["by_outlet"]),
            ("By kind of claim", "kind", doc["by_kind"]),
        ):
            if groups and doc["claims"]:
                yield Text("")
                yield rule_heading(heading)
                yield _tallies(frame, key, groups)
        yield footer(frame, reference=doc["reference"])

    return responsive_parts(parts)


def _summary_what(doc: CheckSummaryDoc) -> Text:
    text = Text(f"{plural(doc['claims'], 'claim')} in {plural(doc['articles'], 'article')}")
    if doc["as_of"]:
        text.append(f", judged on {doc['as_of']}")
    return text


def _read_line(doc: CheckSummaryDoc) -> Text:
    """'120 articles read: 31 with claims, 80 not read (...), 2 could not be read.'"""
    text = Text(f"{plural(doc['articles'], 'article')} read: {doc['with_claims']} with claims")
    if doc["not_read"]:
        text.append(f", {doc['not_read']} not read (no SCO mention or another language)")
    if doc["unread"]:
        text.append(f", {doc['unread']} could not be read", style=verdict_style("contradicts"))
    text.append(".")
    if doc["skipped"]:
        text.append(f" {doc['skipped']:,} records never name the SCO: skipped unread.", MUTED)
    return text


_WORDS = {"agrees": "agree", "contradicts": "contradict"}  # their plurals


def _marks(counts: Mapping[str, int], *, words: bool = False) -> list[Text]:
    """'✓ 9', '✗ 1', '? 2' (and '~ n' when any is disputed), each in its verdict's
    colour; `words`: '✓ 9 agree', '✗ 1 contradicts', ... (pieces for views.flow)."""
    pieces = []
    for verdict in _VERDICTS:
        count = counts[verdict]
        if verdict == "disputed" and not count:
            continue
        word = verdict if count == 1 else _WORDS.get(verdict, verdict)
        label = f"{MARKS[verdict]} {count}" + (f" {word}" if words else "")
        pieces.append(Text(label, verdict_style(verdict) if count else MUTED))
    return pieces


def _repeated(frame: Frame, groups: Sequence[Mapping[str, Any]]) -> RenderableType:
    """A table where there is room; else a short block a claim, nothing cut."""
    if frame.width < NARROW:
        blocks = []
        for group in groups[:TOP]:
            block = Text(group["text"], style="bold")
            block.append(f"\n{_claim(group)}", style=MUTED)
            block.append(f"\n{plural(group['articles'], 'article')}, ")
            block.append(_dates(group["first"], group["last"]))
            blocks.append(block)
        return _with_more(Text("\n\n").join(blocks), len(groups))
    table = simple_table()
    table.add_column("claim", ratio=1, overflow="fold")
    table.add_column("articles", justify="right")
    table.add_column("outlets", justify="right")
    table.add_column("first to last", no_wrap=True)
    for group in groups[:TOP]:
        claim = Text(group["text"], style="bold")
        claim.append(f"\n{_claim(group)}", style=MUTED)
        table.add_row(
            claim,
            Text(str(group["articles"])),
            Text(str(group["outlets"])),
            _dates(group["first"], group["last"]),
        )
    return _with_more(table, len(groups))


def _claim(group: Mapping[str, Any]) -> str:
    return f"{group['kind']}: {group['subject']} = {group['value']}"


def _dates(first: str | None, last: str | None) -> Text:
    if first is None:
        return Text("undated", style=MUTED)
    return Text(first if first == last else f"{first} to {last}")


def _tallies(frame: Frame, key: str, groups: Sequence[Mapping[str, Any]]) -> RenderableType:
    """Every year a run holds (their number is small); the outlets and kinds with
    claims, the first TOP. Articles: those with a claim (--json has all read)."""
    listed = groups if key == "year" else [g for g in groups if g["claims"]][:TOP]
    total = len(groups) if key == "year" else sum(1 for g in groups if g["claims"])
    if frame.width < NARROW:  # a line a group: its name, then its counts
        lines = []
        for group in listed:
            label = _label(key, group[key])
            label.stylize("bold")
            counts = [Text(plural(group["claims"], "claim")), *_marks(group["counts"])]
            line = flow([label, *counts], frame.width, "  ")
            if "\n" in line.plain:  # too long for one line: the name, then its counts indented
                line = Text("\n").join([label, Text("  ") + flow(counts, frame.width - 2, "  ")])
            lines.append(line)
        return _with_more(Text("\n").join(lines), total, len(listed))
    table = simple_table()
    table.add_column(key, ratio=1, overflow="fold")
    table.add_column("articles", justify="right")
    table.add_column("claims", justify="right")
    shown = [v for v in _VERDICTS if v != "disputed" or any(g["counts"][v] for g in groups)]
    for verdict in shown:
        table.add_column(MARKS[verdict], justify="right", header_style=verdict_style(verdict))
    for group in listed:
        counts = group["counts"]
        articles = group.get("with_claims", group["articles"])
        cells: list[RenderableType] = [
            _label(key, group[key]),
            Text(str(articles)),
            Text(str(group["claims"])),
        ]
        for verdict in shown:
            count = counts[verdict]
            cells.append(Text(str(count), verdict_style(verdict) if count else MUTED))
        table.add_row(*cells)
    return _with_more(table, total, len(listed))


def _label(key: str, name: object) -> Text:
    return Text(str(name)) if name is not None else Text(_NONE[key], style=MUTED)


_NONE = {"year": "undated", "outlet": "unknown", "kind": ""}


def _with_more(table: RenderableType, total: int, shown: int | None = None) -> RenderableType:
    shown = min(total, TOP) if shown is None else shown
    if shown >= total:
        return table
    return Group(table, Text(f"and {total - shown} more (all in --json)", style=MUTED))
