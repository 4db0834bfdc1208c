"""Pydantic models of the facts and of the reference tables: the shape checks.py validates."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from sco_cli.article.parse import Article, locate

T = TypeVar("T")

NonEmpty = Annotated[str, Field(min_length=1)]
Count = Annotated[int, Field(ge=0)]
Texts = Annotated[list[NonEmpty], Field(min_length=1)]
Status = Literal["member", "observer", "dialogue_partner", "partner"]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class Evidence(Frozen):
    """A verbatim quote from the article, and where it stands (computed, never typed)."""

    quote: NonEmpty
    part: Literal["metadata", "body", "author", "closing"]
    section: str | None = None
    paragraph: int | None = None
    sentence: int | None = None

    @model_validator(mode="before")
    @classmethod
    def _locate(cls, data: Any, info: ValidationInfo) -> Any:
        # In the facts file a piece of evidence is a plain quote: the article,
        # handed over as validation context, tells where it stands.
        article = info.context.get("article") if info.context else None
        if not isinstance(data, str) or not isinstance(article, Article):
            return data
        where = locate(article, data)
        if where is None:
            raise ValueError(quote_not_found(data))
        return {"quote": data, **where._asdict()}


def quote_not_found(quote: str) -> str:
    shown = quote if len(quote) <= 60 else quote[:57] + "..."
    return f"quote not found in the article: {shown!r}"


class Note(Frozen):
    """A fact check: where the reference agrees with, qualifies or contradicts the article."""

    verdict: Literal["agrees", "qualifies", "contradicts"]
    text: NonEmpty
    sources: Annotated[list[NonEmpty], Field(min_length=1)]
    confidence: Literal["high", "medium", "low"] = "high"
    applies_to: list[NonEmpty] = Field(
        default=[], description="On a group of facts: the facts it is about (empty: all of them)"
    )


Notes = Annotated[list[Note], Field(description="Fact-check notes, with their sources")]


class Fact(Frozen, Generic[T]):
    """One fact of the article: what it is, its value, and the quotes that back it."""

    label: NonEmpty
    value: T
    evidence: Annotated[list[Evidence], Field(min_length=1)]
    notes: Notes = []


class ArticleRef(Frozen):
    id: Annotated[str, Field(pattern=r"^[\w.-]+$")]
    file: Annotated[str, Field(pattern=r"^[\w.-]+$")]
    roster_as_of: dt.date = Field(
        description="The date the article's counts hold (the eve of the summit)"
    )


class Source(Frozen):
    outlet: Fact[NonEmpty]
    reporting_agency: Fact[NonEmpty]
    author: Fact[NonEmpty]
    date: Fact[NonEmpty]
    image_credit: Fact[NonEmpty]
    genre: Fact[NonEmpty]


class Summit(Frozen):
    city: Fact[NonEmpty]
    country: Fact[NonEmpty]
    year: Fact[int]
    setting: Fact[NonEmpty]
    timing: Fact[NonEmpty]
    priorities: Fact[Texts]
    railway: Fact[NonEmpty]
    initiatives: Fact[Texts]


class Group(Frozen):
    """A group of facts, which may carry notes about several of them at once."""

    notes: Notes = []

    @model_validator(mode="after")
    def _notes_name_facts(self) -> Group:
        facts = set(type(self).model_fields) - {"notes"}
        for i, note in enumerate(self.notes):
            unknown = sorted(set(note.applies_to) - facts)
            if unknown:
                raise ValueError(f"notes.{i}.applies_to: no fact {unknown[0]!r} in this group")
        return self


class Membership(Group):
    member_states: Fact[Count]
    observer_states: Fact[Count]
    dialogue_partners: Fact[Count]
    regions: Fact[Texts]
    population_share: Fact[NonEmpty]
    reach: Fact[NonEmpty]


class ShanghaiSpirit(Frozen):
    values: Fact[Texts]
    role: Fact[NonEmpty]


class DevelopmentStrategy(Frozen):
    name: Fact[NonEmpty]
    horizon: Fact[int]
    adopted_at: Fact[NonEmpty]
    astana_summit_year: Fact[int]


class Kazakhstan(Frozen):
    role: Fact[NonEmpty]
    view: Fact[NonEmpty]
    geography: Fact[NonEmpty]
    president: Fact[NonEmpty]
    vision: Fact[NonEmpty]
    delegation_goal: Fact[NonEmpty]
    priorities: Fact[Texts]


class Facts(Frozen):
    """Everything data/facts.toml holds."""

    schema_version: Literal[1]
    article: ArticleRef
    source: Source
    summit: Summit
    membership: Membership
    shanghai_spirit: ShanghaiSpirit
    three_forces: Fact[Texts]
    founding_goal: Fact[NonEmpty]
    decision_making: Fact[NonEmpty]
    development_strategy: DevelopmentStrategy
    kazakhstan: Kazakhstan


class Reference(BaseModel):
    """A row of a reference table: text from CSV, so values are coerced (not strict)."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class StatusEvent(Reference):
    """`country` holds `status` by the decision of `decided`, in force from `in_force`
    (a day, a month meaning its last day, or empty: not yet in force, which `note`
    explains); each date names its own source."""

    decided: dt.date
    in_force: Annotated[
        str,
        Field(
            pattern=r"^(\d{4}-\d{2}(-\d{2})?)?$",
            description="YYYY-MM-DD, YYYY-MM (in force from that month's last day) or empty",
        ),
    ]
    country: NonEmpty
    iso2: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
    iso3: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    status: Status
    event: NonEmpty
    source_decided: str
    source_in_force: str
    note: str
    disputed: Annotated[
        Literal["", "decided", "in_force"],
        Field(description="The date credible sources disagree on (empty: none)"),
    ]
    other_reading: Annotated[
        str,
        Field(
            pattern=r"^(\d{4}-\d{2}(-\d{2})?)?$",
            description="The disputed date as the other sources give it",
        ),
    ]
    source_other: Annotated[
        str, Field(description="The other reading's sources: URL, date and a short quote")
    ]

    @field_validator("in_force", "other_reading")
    @classmethod
    def _real_date(cls, value: str) -> str:
        try:
            if value:
                dt.date.fromisoformat(value if len(value) == 10 else f"{value}-01")
        except ValueError:
            raise ValueError(f"not a date (YYYY-MM-DD or YYYY-MM): {value!r}") from None
        return value

    @model_validator(mode="after")
    def _dates_and_sources(self) -> StatusEvent:
        for problem in event_source_problems(self.model_dump(mode="json")):
            raise ValueError(problem)
        decided = self.decided.isoformat()
        if self.in_force and self.in_force < decided[: len(self.in_force)]:
            raise ValueError(f"in_force: {self.in_force} is before the decision ({decided})")
        for problem in reading_problems(self.model_dump(mode="json")):
            raise ValueError(problem)
        return self


def reading_problems(row: dict[str, Any]) -> list[str]:
    """What a disputed row lacks: the other reading's date (a date that differs from
    the row's own and keeps the decision before the status's taking effect) and its
    source; an undisputed row gives neither."""
    disputed = str(row.get("disputed") or "")
    other = str(row.get("other_reading") or "")
    source = str(row.get("source_other") or "").strip()
    if not disputed:
        if other or source:
            return ["disputed: an other reading is given, but no disputed column is named"]
        return []
    if not other:
        return [f"other_reading: the disputed {disputed} date needs the other reading's date"]
    if not source:
        return ["source_other: the other reading needs a source"]
    if other == str(row.get(disputed) or ""):
        return [f"other_reading: {other} is the row's own {disputed} date, not another reading"]
    decided = other if disputed == "decided" else str(row.get("decided") or "")
    in_force = other if disputed == "in_force" else str(row.get("in_force") or "")
    if in_force and in_force < decided[: len(in_force)]:
        return [f"other_reading: on that reading {in_force} is before the decision ({decided})"]
    return []


def event_source_problems(row: dict[str, Any]) -> list[str]:
    """What a status event lacks: a source for each date it gives, and a note when
    it gives no in-force date. Loading stops at the first; `sco verify` reports all."""
    problems = []
    in_force = str(row.get("in_force") or "").strip()
    if not str(row.get("source_decided") or "").strip():
        problems.append("source_decided: the decision date needs a source")
    if in_force and not str(row.get("source_in_force") or "").strip():
        problems.append("source_in_force: the in-force date needs a source")
    if not in_force and str(row.get("source_in_force") or "").strip():
        problems.append("source_in_force: a source for an in-force date the row does not give")
    if not in_force and not str(row.get("note") or "").strip():
        problems.append("note: a row without an in-force date must say why in its note")
    return problems


class StatusRule(Reference):
    """From `date` on, every holder of `from_status` holds `to_status`."""

    date: dt.date
    from_status: Status
    to_status: Status
    event: NonEmpty
    source: NonEmpty


class SummitMeeting(Reference):
    """A meeting of the SCO Council of Heads of State: when, where, in what form."""

    ordinal: Annotated[int, Field(ge=1)]
    start: dt.date
    end: dt.date
    city: NonEmpty
    country: NonEmpty
    iso3: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    format: Literal["in_person", "virtual", "hybrid"]
    event: NonEmpty
    source: NonEmpty
    note: str

    @model_validator(mode="after")
    def _ends_after_it_starts(self) -> SummitMeeting:
        if self.end < self.start:
            raise ValueError(f"end: {self.end} is before start ({self.start})")
        return self


class Milestone(Reference):
    date: dt.date
    end_date: dt.date | None = None
    event: NonEmpty
    source: NonEmpty

    @field_validator("end_date", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if value == "" else value


Figure = Annotated[int | None, Field(ge=0)]


class PublishedCount(Reference):
    """Counts a source published on `date` (each empty where it gave none), which basis
    of the reference roster they match (`matches`), and why where they differ (`note`)."""

    date: dt.date
    members: Figure = None
    observers: Figure = None
    dialogue_partners: Figure = None
    partners: Figure = None
    total: Annotated[
        int | None, Field(ge=0, description="Members and partners together ('27 countries')")
    ] = None
    matches: Literal["both", "in-force", "decision", "neither"]
    out_of_date: Annotated[
        Literal["", "yes"],
        Field(description="yes: the figures were stale when published (a background list)"),
    ]
    source: NonEmpty
    quote: Annotated[str, Field(min_length=1, max_length=300)]
    note: str

    @field_validator(
        "members", "observers", "dialogue_partners", "partners", "total", mode="before"
    )
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if value == "" else value

    @model_validator(mode="after")
    def _gives_a_figure(self) -> PublishedCount:
        figures = (self.members, self.observers, self.dialogue_partners, self.partners, self.total)
        if all(figure is None for figure in figures):
            raise ValueError("a published count needs at least one figure")
        if self.out_of_date and self.matches != "neither":
            raise ValueError("out_of_date: a count a basis gives is not out of date")
        return self
