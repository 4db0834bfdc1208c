"""Where the data lives, and the validated data in the plain form every answer reads.

This module is on the start-up path of every command, so it imports nothing
heavy: no pathlib, no importlib.resources, no pydantic.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, NamedTuple, cast

if TYPE_CHECKING:
    from sco_cli.article import Article
    from sco_cli.query import MilestoneRow
    from sco_cli.roster import Basis, Holding, StatusEventRow, StatusRuleRow
    from sco_cli.summits import SummitRow

DATA_DIR_ENV = "SCO_DATA_DIR"
FACTS_FILE = "facts.toml"
ARTICLE_DIR = "article"
EVENTS_FILE = "reference/sco-status-events.csv"
MILESTONES_FILE = "reference/sco-milestones.csv"
RULES_FILE = "reference/sco-status-rules.csv"
SUMMITS_FILE = "reference/sco-summits.csv"


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

    def roster(self, on: str, basis: Basis = "in_force") -> list[Holding]:
        """Who held which status on the ISO date `on`, on `basis` (see sco_cli.roster)."""
        from sco_cli.roster import roster_on

        return roster_on(self.events, self.rules, on, basis)

    def pending(self, on: str) -> list[Holding]:
        """The statuses decided by `on` and not yet in force on it."""
        from sco_cli.roster import pending_on

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
        dates = [e["decided"] for e in self.events] + [r["date"] for r in self.rules]
        dates += [e["in_force"] for e in self.events]  # a month sorts before its days
        dates += [m["end_date"] or m["date"] for m in self.milestones]
        dates += [s["end"] for s in self.summits]
        return max(dates)


def data_dir() -> str:
    """Where the data lives: $SCO_DATA_DIR, else inside the installed package,
    else (an editable install) the checkout's data/ beside the package."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return override
    # The package's own directory as the import system found it (what
    # importlib.resources.files would return for it, without that module's
    # start-up cost).
    import sco_cli

    package = sco_cli.__path__[0]
    packaged = os.path.join(package, "data")
    if os.path.isdir(packaged):
        return packaged
    # hatchling's force-include copies data/ into wheels only; an editable
    # install imports the package from the checkout, where data/ is its sibling.
    return os.path.join(os.path.dirname(package), "data")
