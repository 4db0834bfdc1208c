"""Pydantic models of the facts and of the reference tables: the schema and the validator.

Only the load path (and `sco schema`) imports this module: answers are served
from the validated, dumped form, so pydantic stays off the start-up path.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from sco_cli.article import Article, locate

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
            shown = data if len(data) <= 60 else data[:57] + "..."
            raise ValueError(f"quote not found in the article: {shown!r}")
        return {"quote": data, **where._asdict()}


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
    """From `date` on, `country` holds `status`."""

    date: dt.date
    country: NonEmpty
    iso2: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
    iso3: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    status: Status
    event: NonEmpty
    source: NonEmpty


class StatusRule(Reference):
    """From `date` on, every holder of `from_status` holds `to_status`."""

    date: dt.date
    from_status: Status
    to_status: Status
    event: NonEmpty
    source: NonEmpty


class Milestone(Reference):
    date: dt.date
    end_date: dt.date | None = None
    event: NonEmpty
    source: NonEmpty

    @field_validator("end_date", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if value == "" else value
