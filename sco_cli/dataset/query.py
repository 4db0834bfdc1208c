"""Pure functions over the loaded data: facts, sections, paragraphs (the roster is in\nsco_cli.roster). Imports neither click nor rich nor pydantic."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from sco_cli.errors import NotFound, UnknownName

JSON = dict[str, Any]


# The milestone rows, as dicts with these keys (the status rows are in
# sco_cli.dataset.roster). Checked by mypy only: building TypedDict classes at run time
# would cost every command's start-up.
if TYPE_CHECKING:
    from sco_cli.article.parse import Article, Paragraph, Section

    class MilestoneRow(TypedDict):
        date: str
        end_date: str | None
        event: str
        source: str

else:
    MilestoneRow = dict


# The article's count for each status it names, as a path into the facts.
ARTICLE_COUNT_PATHS = {
    "member": "membership.member_states",
    "observer": "membership.observer_states",
    "dialogue_partner": "membership.dialogue_partners",
}


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
        raise UnknownName(
            f"section {name!r} is ambiguous: it matches {matches} (sections: {listing})"
        )
    from sco_cli.commandline.suggest import closest, hint

    near = closest(wanted, [key for key, _ in names], n=1, cutoff=0.5)
    slugs = dict(names)
    raise UnknownName(
        f"no section {name!r}{hint(slugs[k].slug for k in near)} (sections: {listing})"
    )


def _section_names(article: Article) -> list[tuple[str, Section]]:
    return [(key, s) for s in article.sections for key in (s.slug, *s.keywords)]


def _by_slug(article: Article, slug: str) -> Section:
    return next(s for s in article.sections if s.slug == slug)


def paragraph_in(article: Article, section: Section | None, number: int) -> Paragraph:
    """Paragraph `number` (numbered through the whole article), in `section` if one is given."""
    paragraph = article.by_number.get(number)
    if paragraph is None:
        raise UnknownName(
            f"no paragraph {number}: the article has paragraphs 1-{len(article.by_number)}"
        )
    if section is not None and paragraph.section != section.slug:
        raise UnknownName(
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
