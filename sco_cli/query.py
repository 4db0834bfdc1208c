"""Pure functions over the loaded data. Imports neither click nor rich nor pydantic."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from sco_cli.article import Article, Paragraph, Section
from sco_cli.errors import NotFound, UsageProblem

JSON = dict[str, Any]


# The reference rows, as dicts with these keys. Checked by mypy only: building
# TypedDict classes at run time would cost every command's start-up.
if TYPE_CHECKING:

    class StatusEventRow(TypedDict):
        date: str  # ISO dates compare correctly as text
        country: str
        iso2: str
        iso3: str
        status: str
        event: str
        source: str

    class StatusRuleRow(TypedDict):
        date: str
        from_status: str
        to_status: str
        event: str
        source: str

    class MilestoneRow(TypedDict):
        date: str
        end_date: str | None
        event: str
        source: str

else:
    StatusEventRow = StatusRuleRow = MilestoneRow = dict


STATUSES = ("member", "observer", "dialogue_partner", "partner")
# The article's count for each status it names, as a path into the facts.
ARTICLE_COUNT_PATHS = {
    "member": "membership.member_states",
    "observer": "membership.observer_states",
    "dialogue_partner": "membership.dialogue_partners",
}


def roster_on(
    events: Iterable[StatusEventRow], rules: Iterable[StatusRuleRow], on: str
) -> list[StatusEventRow]:
    """Each country's status on the ISO date `on`: its latest event on or before
    that date, then any rule change in force by then. By status, then name."""
    latest: dict[str, StatusEventRow] = {}
    for event in sorted(events, key=lambda e: e["date"]):
        if event["date"] <= on:
            latest[event["iso3"]] = event
    for rule in sorted(rules, key=lambda r: r["date"]):
        if rule["date"] > on:
            continue
        for iso3, event in latest.items():
            if event["status"] == rule["from_status"] and event["date"] <= rule["date"]:
                latest[iso3] = _ruled(event, rule)
    return sorted(latest.values(), key=lambda e: (STATUSES.index(e["status"]), e["country"]))


def _ruled(event: StatusEventRow, rule: StatusRuleRow) -> StatusEventRow:
    return {
        **event,
        "date": rule["date"],
        "status": rule["to_status"],
        "event": rule["event"],
        "source": rule["source"],
    }


def country_history(
    events: Iterable[StatusEventRow], rules: Iterable[StatusRuleRow], iso3: str
) -> list[StatusEventRow]:
    """Every change of one country's status, in date order, rule changes included."""
    own = sorted((e for e in events if e["iso3"] == iso3), key=lambda e: e["date"])
    history: list[StatusEventRow] = []
    for event in own:
        history += _rules_between(history[-1] if history else None, event["date"], rules)
        history.append(event)
    history += _rules_between(history[-1] if history else None, "9999-12-31", rules)
    return history


def _rules_between(
    current: StatusEventRow | None, before: str, rules: Iterable[StatusRuleRow]
) -> list[StatusEventRow]:
    """The rule changes that moved `current` before its next own event."""
    changes: list[StatusEventRow] = []
    for rule in sorted(rules, key=lambda r: r["date"]):
        if current is None or not current["date"] <= rule["date"] < before:
            continue
        if current["status"] == rule["from_status"]:
            current = _ruled(current, rule)
            changes.append(current)
    return changes


def find_country(events: Iterable[StatusEventRow], name: str) -> StatusEventRow:
    """A country by name, ISO alpha-2 or alpha-3 (any case), or a unique prefix of its name."""
    by_iso3 = {e["iso3"]: e for e in events}
    wanted = name.strip().casefold()
    for event in by_iso3.values():
        if wanted in (
            event["country"].casefold(),
            event["iso2"].casefold(),
            event["iso3"].casefold(),
        ):
            return event
    prefixed = [
        e for e in by_iso3.values() if wanted and e["country"].casefold().startswith(wanted)
    ]
    if len(prefixed) == 1:
        return prefixed[0]
    if len(prefixed) > 1:
        matches = ", ".join(sorted(e["country"] for e in prefixed))
        raise NotFound(f"country {name!r} is ambiguous: it matches {matches}")
    import difflib

    names = sorted(e["country"] for e in by_iso3.values())
    close = difflib.get_close_matches(name.strip().title(), names, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise NotFound(f"no country {name!r} in the reference roster{hint}")


def count_by_status(roster: Iterable[StatusEventRow]) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    for event in roster:
        counts[event["status"]] += 1
    return counts


def status_label(status: str) -> str:
    """'dialogue_partner' -> 'dialogue-partner': how the command line spells statuses."""
    return status.replace("_", "-")


# -- Facts ------------------------------------------------------------------


def is_fact(node: Any) -> bool:
    return isinstance(node, dict) and {"label", "value", "evidence"} <= node.keys()


def iter_facts(node: JSON, prefix: str = "") -> Iterator[tuple[str, JSON]]:
    """Every fact in the facts tree with its dotted path, in file order."""
    for key, child in node.items():
        path = f"{prefix}{key}"
        if is_fact(child):
            yield path, child
        elif isinstance(child, dict):
            yield from iter_facts(child, f"{path}.")


def notes_on(facts: JSON, path: str) -> list[JSON]:
    """The notes on a fact and on the groups it belongs to, each with what it is `about`."""
    notes: list[JSON] = []
    node: Any = facts
    parts = path.split(".")
    for depth, key in enumerate(parts, start=1):
        node = node[key]
        about = ".".join(parts[:depth])
        for note in node.get("notes", []):
            concerns = note.get("applies_to") or []
            if depth == len(parts) or not concerns or parts[depth] in concerns:
                notes.append({"about": about, **note})
    return notes


def fact_at(facts: JSON, path: str) -> JSON:
    node: Any = facts
    for key in path.split("."):
        if not isinstance(node, dict) or key not in node:
            raise NotFound(f"no fact at {path!r}")
        node = node[key]
    if not is_fact(node):
        raise NotFound(f"no fact at {path!r}")
    return dict(node)


def value_of(facts: JSON, path: str) -> Any:
    return fact_at(facts, path)["value"]


# -- Sections ---------------------------------------------------------------


def find_section(article: Article, name: str) -> Section:
    """A section by slug, keyword or unique prefix of either, in any case."""
    wanted = name.strip().lower()
    names = _section_names(article)
    exact = {s.slug for key, s in names if key == wanted}
    if len(exact) == 1:
        return _by_slug(article, exact.pop())
    prefixed = {s.slug for key, s in names if key.startswith(wanted)} if wanted else set()
    if len(prefixed) == 1:
        return _by_slug(article, prefixed.pop())
    listing = ", ".join(s.slug for s in article.sections)
    if len(prefixed) > 1:
        matches = ", ".join(s.slug for s in article.sections if s.slug in prefixed)
        raise UsageProblem(
            f"section {name!r} is ambiguous: it matches {matches} (sections: {listing})"
        )
    import difflib

    closest = difflib.get_close_matches(wanted, [key for key, _ in names], n=1, cutoff=0.5)
    hint = ""
    if closest:
        hint = f"; did you mean {dict(names)[closest[0]].slug!r}?"
    raise UsageProblem(f"no section {name!r}{hint} (sections: {listing})")


def _section_names(article: Article) -> list[tuple[str, Section]]:
    return [(key, s) for s in article.sections for key in (s.slug, *s.keywords)]


def _by_slug(article: Article, slug: str) -> Section:
    return next(s for s in article.sections if s.slug == slug)


def paragraph_in(article: Article, section: Section | None, number: int) -> Paragraph:
    """Paragraph `number` (numbered through the whole article), in `section` if one is given."""
    paragraph = article.by_number.get(number)
    if paragraph is None:
        raise NotFound(
            f"no paragraph {number}: the article has paragraphs 1-{len(article.by_number)}"
        )
    if section is not None and paragraph.section != section.slug:
        raise NotFound(
            f"paragraph {number} is not in section {section.slug!r} "
            f"(it is in {paragraph.section!r}; {section.slug!r} has {span(section.paragraph_numbers)})"
        )
    return paragraph


def matching_sentences(paragraph: Paragraph, text: str) -> tuple[str, ...]:
    needle = text.casefold()
    return tuple(s for s in paragraph.sentences if needle in s.casefold())


def span(numbers: Sequence[int]) -> str:
    """(6, 7, 8) -> '6-8'; (4,) -> '4'; () -> ''."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        return str(numbers[0])
    return f"{numbers[0]}-{numbers[-1]}"
