"""Where the data lives, its file names, and the Dataset every answer reads."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, cast

if TYPE_CHECKING:
    from sco_cli.article.parse import Article
    from sco_cli.dataset.published import PublishedRow
    from sco_cli.dataset.query import MilestoneRow
    from sco_cli.dataset.roster import Basis, Holding, StatusEventRow, StatusRuleRow
    from sco_cli.dataset.summits import SummitRow

DATA_DIR_ENV = "SCO_DATA_DIR"
FACTS_FILE = "facts.toml"
ARTICLE_DIR = "article"
EVENTS_FILE = "reference/sco-status-events.csv"
MILESTONES_FILE = "reference/sco-milestones.csv"
RULES_FILE = "reference/sco-status-rules.csv"
SUMMITS_FILE = "reference/sco-summits.csv"
PUBLISHED_FILE = "reference/sco-published-counts.csv"
# Every column of the reference tables that holds a date.
DATE_COLUMNS = ("date", "end_date", "decided", "in_force", "end")
# The largest data file sco reads: the shipped ones are a few kilobytes.
FILE_LIMIT = 5 * 1024 * 1024


class Dataset(NamedTuple):
    """The validated data: the parsed article, the facts (dumped to JSON types,
    evidence located) and the reference rows."""

    article: Article
    facts: dict[str, Any]
    events: tuple[StatusEventRow, ...]
    rules: tuple[StatusRuleRow, ...]
    milestones: tuple[MilestoneRow, ...]
    data_dir: str
    summits: tuple[SummitRow, ...] = ()
    published: tuple[PublishedRow, ...] = ()  # counts published on a day

    def roster(self, on: str, basis: Basis = "in_force") -> list[Holding]:
        """Who held which status on the ISO date `on`, on `basis` (see sco_cli.dataset.roster)."""
        from sco_cli.dataset.roster import roster_on

        return roster_on(self.events, self.rules, on, basis)

    def pending(self, on: str) -> list[Holding]:
        """The statuses decided by `on` and not yet in force on it."""
        from sco_cli.dataset.roster import pending_on

        return pending_on(self.events, self.rules, on)

    @property
    def founded(self) -> str:
        """The date of the first status decision: before it there was no SCO."""
        return min(e["decided"] for e in self.events)

    @property
    def roster_as_of(self) -> str:
        return cast(str, self.facts["article"]["roster_as_of"])

    @property
    def reference_as_of(self) -> str:
        """The last date the reference tables cover."""
        return reference_as_of(self.events, self.rules, self.milestones, self.summits)

    @property
    def description(self) -> str:
        """What `sco --version` says of the data."""
        return describe(self.article.id, self.reference_as_of)


def reference_as_of(
    events: Iterable[Mapping[str, Any]],
    rules: Iterable[Mapping[str, Any]],
    milestones: Iterable[Mapping[str, Any]],
    summits: Iterable[Mapping[str, Any]] = (),
) -> str:
    """The last date the reference tables cover (validated rows, or raw CSV rows).
    A month (an in-force date such as 2010-04) sorts before its days."""
    rows = (*events, *rules, *milestones, *summits)
    return str(max(row.get(key) or "" for row in rows for key in DATE_COLUMNS))


def describe(article_id: str, as_of: str) -> str:
    return f"article {article_id}, reference as of {as_of}"


def data_dir() -> str:
    """Where the data lives: $SCO_DATA_DIR, else inside the installed package,
    else (an editable install) the checkout's data/ beside the package."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return override
    # The package's own directory as the import system found it (what
    # importlib.resources.files would return for it, without that module's cost).
    import sco_cli

    package = sco_cli.__path__[0]
    packaged = os.path.join(package, "data")
    if os.path.isdir(packaged):
        return packaged
    # hatchling's force-include copies data/ into wheels only; an editable
    # install imports the package from the checkout, where data/ is its sibling.
    return os.path.join(os.path.dirname(package), "data")
