"""Dotted paths into everything `sco get` can answer: the article's facts and the reference roster.

The tree is the facts' JSON with each fact collapsed to its value
(`summit.city` -> "Tianjin"), plus `roster.*` and `summits.*` from the
reference tables and `article.*` from the parsed text. Every path knows its
type and its source.

The tree is built a branch at a time (PathTree): `sco get summit.city` reads
the facts alone, and never computes the roster on two bases nor the 25
summits; listing every path, completing one, or naming the closest ones to
a path that does not exist builds them all, in their one stable order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from sco_cli.dataset.layout import EVENTS_FILE, SUMMITS_FILE
from sco_cli.dataset.query import ARTICLE_COUNT_PATHS, JSON, is_fact
from sco_cli.errors import UnknownName

if TYPE_CHECKING:
    from collections.abc import Callable

    from sco_cli.dataset import Dataset

ARTICLE = "article"
REFERENCE = "reference"

# What the groups of facts are about (the facts themselves carry their labels).
GROUP_LABELS = {
    "source": "Where the article comes from",
    "summit": "The Tianjin summit",
    "membership": "Who the SCO's members and partners are, as the article counts them",
    "shanghai_spirit": 'The "Shanghai Spirit"',
    "development_strategy": "The SCO Development Strategy until 2035",
    "kazakhstan": "Kazakhstan's view and priorities",
    "roster": "The reference roster on the article's date (not from the article)",
    "roster.counts": "How many countries hold each status in the reference roster, in force",
    "roster.counts_by_decision": "How many countries hold each status, counted by decision",
    "roster.latest": "The reference roster on the last date it covers (after the Tianjin summit)",
    "roster.latest.counts": "How many countries hold each status on that date, in force",
    "roster.latest.counts_by_decision": "How many on that date, counted by decision",
    "article": "The article's text, as parsed",
    "summits": "Every meeting of the SCO Council of Heads of State (not from the article)",
    "summits.by_city": "The years each city held a summit",
}
# The roster's status lists are named after the article's counts.
ROSTER_NAMES = {status: path.split(".")[-1] for status, path in ARTICLE_COUNT_PATHS.items()}
# After the Tianjin summit: members and SCO partners.
LATEST_NAMES = {"member": ROSTER_NAMES["member"], "partner": "partners"}


class PathInfo(NamedTuple):
    path: str
    description: str
    type: str
    source: str  # "article" or "reference"
    fact: JSON | None = None  # the fact behind an article path, with its evidence


class PathTree:
    """The value tree and the index of every path in it, each branch built when
    a path under it is first asked for: the facts (every top-level key but
    the three below), `roster`, `summits` and `article`."""

    def __init__(self, dataset: Dataset) -> None:
        self._dataset = dataset
        self._tree: JSON = {}
        self._indexes: dict[str, dict[str, PathInfo]] = {}  # branch -> its paths

    def lookup(self, path: str) -> Any:
        """The value at `path`; UnknownName (with the closest paths) if there is none."""
        info = self.info(path)
        node: Any = self._tree
        for key in info.path.split("."):
            node = node[key]
        return node

    def info(self, path: str) -> PathInfo:
        """What `path` is; UnknownName (with the closest paths) if there is none."""
        branch = self._branch(_branch_of(path))
        found = branch.get(path)
        if found is None:  # any case: one path that differs only in case is the one
            folded = [info for key, info in branch.items() if key.casefold() == path.casefold()]
            found = folded[0] if len(folded) == 1 else None
        if found is None:
            index = self.index()
            raise UnknownName(
                f"no path {path!r}{suggest(index, path)} (list them all with: sco get)"
            )
        return found

    def index(self) -> dict[str, PathInfo]:
        """Every path, in a stable order: the facts, the roster, the summits, the article."""
        index: dict[str, PathInfo] = {}
        for branch in _BUILDERS:
            index |= self._branch(branch)
        return index

    def _branch(self, branch: str) -> dict[str, PathInfo]:
        if branch not in self._indexes:
            index: dict[str, PathInfo] = {}
            _BUILDERS[branch](self._dataset, self._tree, index)
            self._indexes[branch] = index
        return self._indexes[branch]


def _branch_of(path: str) -> str:
    top = path.split(".", 1)[0].casefold()
    return top if top in _OWN_BRANCHES else FACTS


def _add_all_facts(dataset: Dataset, tree: JSON, index: dict[str, PathInfo]) -> None:
    # The facts' own `article` group (roster_as_of, ...) is not a path: `article.*` is the text.
    _add_facts({k: v for k, v in dataset.facts.items() if k not in _OWN_BRANCHES}, tree, index, "")


def _add_facts(node: JSON, tree: JSON, index: dict[str, PathInfo], prefix: str) -> None:
    for key, child in node.items():
        path = f"{prefix}{key}"
        if is_fact(child):
            tree[key] = child["value"]
            index[path] = PathInfo(path, child["label"], type_name(child["value"]), ARTICLE, child)
        elif isinstance(child, dict) and path != "article":
            tree[key] = {}
            index[path] = PathInfo(path, GROUP_LABELS.get(path, path), "object", ARTICLE)
            _add_facts(child, tree[key], index, f"{path}.")


def _add_roster(dataset: Dataset, tree: JSON, index: dict[str, PathInfo]) -> None:
    source = f"{REFERENCE} ({EVENTS_FILE}, as of {dataset.reference_as_of})"
    values: dict[str, tuple[Any, str]] = {
        "roster.as_of": (dataset.roster_as_of, "The date of the roster: the article's time"),
        "roster.reference_as_of": (dataset.reference_as_of, "The last date the reference covers"),
    }
    values |= _roster_values("roster", dataset, dataset.roster_as_of, ROSTER_NAMES)
    values["roster.latest.as_of"] = (dataset.reference_as_of, "The date of the latest roster")
    values |= _roster_values("roster.latest", dataset, dataset.reference_as_of, LATEST_NAMES)
    tree["roster"] = {}
    for path, (value, description) in values.items():
        group = path.rsplit(".", 1)[0]
        for depth in range(1, group.count(".") + 2):
            parent = ".".join(group.split(".")[:depth])
            if parent not in index:
                index[parent] = PathInfo(parent, GROUP_LABELS[parent], "object", source)
        _set(tree, path, value)
        index[path] = PathInfo(path, description, type_name(value), source)


def _roster_values(
    prefix: str, dataset: Dataset, on: str, names: dict[str, str]
) -> dict[str, tuple[Any, str]]:
    """The countries of each status on `on` (in force), their counts in force and
    by decision, and the statuses decided but pending."""
    from sco_cli.dataset.roster import DECISION, IN_FORCE, count_by_status

    values: dict[str, tuple[Any, str]] = {}
    in_force = dataset.roster(on)
    for status, name in names.items():
        label = name.replace("_", " ")
        countries = [h["country"] for h in in_force if h["status"] == status]
        values[f"{prefix}.{name}"] = (countries, f"The {label} in force on {on}")
    for key, basis, words in (
        ("counts", IN_FORCE, "in force"),
        ("counts_by_decision", DECISION, "by decision"),
    ):
        counts = count_by_status(dataset.roster(on, basis))
        for status, name in names.items():
            label = name.replace("_", " ")
            values[f"{prefix}.{key}.{name}"] = (
                counts[status],
                f"How many {label} on {on}, {words}",
            )
    pending = [h["country"] for h in dataset.pending(on)]
    values[f"{prefix}.pending"] = (pending, f"The statuses decided by {on} and not yet in force")
    return values


# What `sco get summits.YEAR.FIELD` answers, and what each field is.
SUMMIT_PATH_FIELDS = {
    "ordinal": "its number among the meetings (Tianjin 2025 was the 25th)",
    "start": "its first day",
    "end": "its last day (the same as start for a one-day meeting)",
    "city": "the city it was held in",
    "country": "the host country",
    "format": "in-person, virtual or hybrid",
    "source": "the source of its dates and place",
}


def _add_summits(dataset: Dataset, tree: JSON, index: dict[str, PathInfo]) -> None:
    """summits.count, summits.YEAR (with its fields) and summits.by_city.CITY (years)."""
    from sco_cli.reports.summits import summit_item

    if not dataset.summits:
        return
    source = f"{REFERENCE} ({SUMMITS_FILE}, as of {dataset.reference_as_of})"

    def add(path: str, value: Any, description: str, where: str = source) -> None:
        _set(tree, path, value)
        index[path] = PathInfo(path, description, type_name(value), where)

    index["summits"] = PathInfo("summits", GROUP_LABELS["summits"], "object", source)
    tree["summits"] = {}
    add("summits.count", len(dataset.summits), "How many times the heads of state have met")
    for summit in dataset.summits:
        year = summit["start"][:4]
        item: dict[str, Any] = dict(summit_item(summit))
        label = f"The {year} summit ({item['ordinal_text']}, {summit['city']})"
        # Each summit's answers name the source of that summit.
        where = f"{REFERENCE} ({SUMMITS_FILE}: {summit['source']})"
        index[f"summits.{year}"] = PathInfo(f"summits.{year}", label, "object", where)
        for field, description in SUMMIT_PATH_FIELDS.items():
            add(f"summits.{year}.{field}", item[field], f"{label}: {description}", where)
    index["summits.by_city"] = PathInfo(
        "summits.by_city", GROUP_LABELS["summits.by_city"], "object", source
    )
    cities: dict[str, list[int]] = {}
    for summit in dataset.summits:
        cities.setdefault(summit["city"], []).append(int(summit["start"][:4]))
    for city, years in sorted(cities.items()):
        key = "_".join(city.lower().split())
        add(f"summits.by_city.{key}", years, f"The years {city} held a summit")


def _add_article(dataset: Dataset, tree: JSON, index: dict[str, PathInfo]) -> None:
    article = dataset.article
    values: dict[str, tuple[Any, str]] = {
        "article.id": (article.id, "The article's id (its file name)"),
        "article.sections": ([s.slug for s in article.sections], "The slugs of its sections"),
        "article.paragraphs": (len(article.by_number), "How many paragraphs its body has"),
    }
    index["article"] = PathInfo("article", GROUP_LABELS["article"], "object", ARTICLE)
    for path, (value, description) in values.items():
        _set(tree, path, value)
        index[path] = PathInfo(path, description, type_name(value), ARTICLE)


def _set(tree: JSON, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    node = tree
    for key in parents:
        node = node.setdefault(key, {})
    node[last] = value


FACTS = "facts"
# Each branch of the tree and what builds it, in the order `sco get` lists them.
_BUILDERS: dict[str, Callable[[Dataset, JSON, dict[str, PathInfo]], None]] = {
    FACTS: _add_all_facts,
    "roster": _add_roster,
    "summits": _add_summits,
    ARTICLE: _add_article,
}
_OWN_BRANCHES = frozenset(_BUILDERS) - {FACTS}


def suggest(index: dict[str, PathInfo], path: str) -> str:
    """'; did you mean ...?' with the closest existing paths, or ''."""
    from sco_cli.commandline.suggest import closest, hint

    paths = list(index)
    leaf = path.rsplit(".", 1)[-1]
    parent = path.rpartition(".")[0]
    close = closest(path, paths, n=6) or closest(path.casefold(), paths, n=6)
    # Paths beside the one asked for first (summit.city before summits.by_city).
    close.sort(key=lambda p: p.rpartition(".")[0] != parent)
    close += [p for p in paths if p.endswith(f".{leaf}")]
    close += [p for p in paths if p.startswith(path)]
    return hint(list(dict.fromkeys(close))[:3])


def type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, list):
        return "list of " + (type_name(value[0]) + "s" if value else "values")
    if isinstance(value, dict):
        return "object"
    return "string"
