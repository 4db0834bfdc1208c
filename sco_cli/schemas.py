"""The JSON output of every command, as pydantic models: the source of `sco schema`.

Answers are built as plain dicts (pydantic stays off the start-up path); the
test suite validates each command's real output against these schemas, so a
document and its schema cannot drift apart.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel
from pydantic.config import JsonDict

from sco_cli.dataset.models import Evidence, Note
from sco_cli.registry import DOCUMENTS


class Doc(BaseModel):
    # The schema describes this version exactly. Within a major version keys
    # are only ever added, so a consumer should ignore keys it does not know.
    model_config = ConfigDict(extra="forbid")


class Versioned(Doc):
    schema_version: Literal[1] = Field(description="Bumped only when a key is renamed or removed")


class SourceLine(Doc):
    article_id: str
    outlet: str | None
    reporting_agency: str | None
    author: str | None
    date: str | None
    image_credit: str | None
    headline: str | None = Field(None, description="Only where the article has one")


class FactNote(Note):
    about: str = Field(description="The fact, or the group of facts, the note is about")


class SummaryFact(Doc):
    path: str = Field(description="Its path for `sco get`")
    label: str
    value: Any
    name_local: str | None = Field(None, description="With --lang: a country's name in it")


class CountCheck(Doc):
    status: str
    article: int = Field(description="The article's count")
    reference: int = Field(description="The reference roster's count on roster_check.as_of")


class RosterCheck(Doc):
    as_of: str
    reference: str = Field(description="The reference file the counts come from")
    reference_as_of: str
    counts: list[CountCheck]


class SummaryDoc(Versioned):
    source: SourceLine
    facts: list[SummaryFact]
    fact_checks: list[FactNote] = Field(description="Where the reference qualifies the article")
    roster_check: RosterCheck


class ArticleShape(Doc):
    sections: int
    paragraphs: int
    sentences: int
    words: int


class SectionOutline(Doc):
    slug: str
    heading: str | None
    paragraphs: list[int]


class ArticleSummaryDoc(Versioned):
    """`sco --article PATH summary`: an article with no facts file."""

    source: SourceLine
    shape: ArticleShape
    sections: list[SectionOutline]
    first_sentence: str | None
    facts: None = Field(description="None: this article has no facts file")


class SummaryOutput(RootModel[SummaryDoc | ArticleSummaryDoc]):
    """The packaged article's facts, or the shape of an article of the user's."""


class ArticleCount(Doc):
    count: int
    path: str
    quote: str


class Country(Doc):
    country: str
    iso2: str
    iso3: str
    since: str = Field(
        description="The date it holds this status from on the basis asked for: "
        "in force (YYYY-MM-DD, or YYYY-MM: from that month's last day) or decided"
    )
    event: str
    source: str = Field(description="The source of `since`")
    status: str
    decided: str = Field(description="The date of the decision that gave it this status")
    in_force: str | None = Field(
        description="YYYY-MM-DD or YYYY-MM (from that month's last day); null: not yet in force"
    )
    source_decided: str
    source_in_force: str | None
    note: str | None = Field(description="What the reference says is uncertain")
    pending: bool = Field(description="Decided on the date asked for, but not yet in force")
    first_status: str | None = Field(description="The first SCO status it held")
    first_since: str | None = Field(
        description="The date it first held an SCO status, on the basis asked for"
    )
    name_local: str | None = Field(None, description="With --lang: the name in that language")


class StatusGroup(Doc):
    status: str
    count: int = Field(description="How many countries the reference roster has")
    article: ArticleCount | None = Field(description="The article's own count, if it gives one")
    matches_article: bool | None
    countries: list[Country]


class ReferenceNote(Doc):
    file: str
    as_of: str = Field(description="The last date the reference covers")


class MembersDoc(Versioned):
    as_of: str
    as_of_reason: str
    notice: str | None = Field(description="A caveat, such as a date past the reference's end")
    reference: ReferenceNote
    groups: list[StatusGroup]
    basis: Literal["in-force", "decision"] = Field(description="What the groups count")
    counts: dict[Literal["in-force", "decision"], dict[str, int]] = Field(
        description="How many hold each status on that date, on each basis"
    )
    pending: list[Country] = Field(
        description="Basis in-force: the statuses decided by that date, not yet in force "
        "(not counted in the groups)"
    )
    lang: str | None = Field(
        None, description="With --lang: the BCP 47 tag (country names and rich dates)"
    )


class StatusCount(Doc):
    status: str
    count: int = Field(description="How many countries the reference roster has")
    article: ArticleCount | None = Field(description="The article's own count, if it gives one")
    matches_article: bool | None


class CountsDoc(Versioned):
    """`sco members --count`: the counts, not the roster."""

    as_of: str
    as_of_reason: str
    notice: str | None = Field(description="A caveat, such as a date past the reference's end")
    reference: ReferenceNote
    basis: Literal["in-force", "decision"] = Field(description="What the statuses count")
    counts: dict[Literal["in-force", "decision"], dict[str, int]] = Field(
        description="How many hold each status on that date, on each basis"
    )
    statuses: list[StatusCount] = Field(description="The counts printed, one a status")
    pending: list[Country] = Field(
        description="Basis in-force: the statuses decided by that date, not yet in force "
        "(not counted)"
    )


class CountryName(Doc):
    name: str
    iso2: str
    iso3: str
    name_local: str | None = None


class StatusChange(Doc):
    country: str = Field(description="The country's name in English")
    date: str = Field(description="The date of the decision (as `decided`)")
    status: str
    event: str
    source: str = Field(description="The source of the decision")
    decided: str
    in_force: str | None = Field(
        description="YYYY-MM-DD or YYYY-MM (from that month's last day); null: not yet in force"
    )
    source_in_force: str | None
    note: str | None
    name_local: str | None = Field(None, description="With --lang: the name in that language")


class CountryHistory(Doc):
    country: CountryName
    history: list[StatusChange]


class HistoryDoc(Versioned):
    """`sco members --country NAME`."""

    country: CountryName = Field(description="The first country asked for")
    history: list[StatusChange] = Field(description="The first country's history")
    histories: list[CountryHistory] = Field(description="One history a --country, in order")
    as_of: str | None = Field(description="--as-of: the histories end on this date")
    reference: ReferenceNote
    lang: str | None = Field(
        None, description="With --lang: the BCP 47 tag (country names and rich dates)"
    )


class GrowthChange(Doc):
    date: str = Field(description="A date the roster changed")
    event: str = Field(description="The summit or event of that date")
    counts: dict[str, int] = Field(description="How many countries held each status after it")
    total: int


class GrowthReference(Doc):
    files: list[str]
    as_of: str = Field(description="The last date the reference covers")


class GrowthDoc(Versioned):
    """`sco members --history`."""

    basis: str = Field(description="in-force or decision: what the counts count")
    reference: GrowthReference
    changes: list[GrowthChange]


class MembersOutput(RootModel[MembersDoc | CountsDoc | HistoryDoc | GrowthDoc]):
    """`sco members` lists the roster; with --count, the counts; with --country, histories;
    with --history, the counts by status at every change."""


class QuotedParagraph(Doc):
    number: int
    text: str
    matches: list[str] | None = Field(None, description="With --match: the matching sentences")


class QuotedSection(Doc):
    slug: str
    heading: str | None
    paragraphs: list[QuotedParagraph]


class QuoteDoc(Versioned):
    article_id: str
    attribution: SourceLine
    match: str | None
    sections: list[QuotedSection]


class SectionInfo(Doc):
    slug: str
    heading: str | None
    paragraphs: list[int]
    keywords: list[str]


class SectionsDoc(Versioned):
    article_id: str
    sections: list[SectionInfo]


class FactItem(Doc):
    path: str
    label: str
    value: Any
    evidence: list[Evidence]
    notes: list[FactNote]


class FactsDoc(Versioned):
    article_id: str
    facts: list[FactItem]


class PathItem(Doc):
    path: str
    type: str
    source: str
    description: str


class PathsDoc(Versioned):
    paths: list[PathItem]


class Answer(Doc):
    value: Any
    source: str
    evidence: list[Evidence]
    notes: list[FactNote]


# The keys of a `sco get` document: schema_version, and the dotted paths asked for.
GET_KEYS: JsonDict = {
    "anyOf": [{"const": "schema_version"}, {"pattern": r"^[a-z0-9_]+(\.[a-z0-9_]+)*$"}]
}


class GetDoc(BaseModel):
    """`sco get PATH...`: {path: value} for each path asked for (see `sco get` alone)."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"propertyNames": GET_KEYS})
    __pydantic_extra__: dict[str, Any]
    schema_version: Literal[1]


class GetEvidenceDoc(BaseModel):
    """`sco get PATH... --evidence`: {path: answer}, each answer with its evidence."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"propertyNames": GET_KEYS})
    __pydantic_extra__: dict[str, Answer]
    schema_version: Literal[1]


class SummitItem(Doc):
    ordinal: int = Field(description="1 for Shanghai 2001 ... 25 for Tianjin 2025")
    ordinal_text: str = Field(description="'25th'")
    start: str
    end: str = Field(description="The same as start for a one-day meeting")
    city: str
    country: str = Field(description="The host country")
    iso3: str
    format: Literal["in-person", "virtual", "hybrid"]
    source: str
    event: str
    note: str | None


class TimelineEntry(Doc):
    date: str = Field(description="YYYY-MM-DD, or YYYY where the article gives a year only")
    end_date: str | None
    source: Literal["article", "reference"]
    kind: Literal["milestone", "summit", "status", "in-force", "rule", "article"] = Field(
        description="summit: a meeting of the heads of state; status: a decision; "
        "in-force: statuses decided earlier take effect"
    )
    text: str
    sources: list[str]
    countries: list[dict[str, Any]] | None = Field(
        None, description="kinds status and in-force: who took which"
    )
    path: str | None = Field(None, description="kind article: the fact giving the date")
    summit: SummitItem | None = Field(None, description="kind summit: the meeting")
    evidence: list[Evidence] | None = Field(None, description="kind article: its quotes")


class YearRange(Doc):
    from_: int | None = Field(alias="from", description="the year of from_date")
    to: int | None = Field(description="the year of to_date")
    from_date: str | None = Field(description="--from as a date: YYYY-MM-DD")
    to_date: str | None = Field(description="--to as a date: YYYY-MM-DD")


class TimelineReference(Doc):
    files: list[str]
    as_of: str


class TimelineDoc(Versioned):
    range: YearRange
    reference: TimelineReference
    entries: list[TimelineEntry]
    lang: str | None = Field(
        None, description="With --lang: the BCP 47 tag (country names and rich dates)"
    )


class SummitQuery(Doc):
    year: int | None
    city: str | None


class SummitsDoc(Versioned):
    """`sco summits [YEAR] [--city NAME]`."""

    query: SummitQuery
    reference: ReferenceNote
    summits: list[SummitItem]
    lang: str | None = Field(
        None, description="With --lang: the BCP 47 tag (country names and rich dates)"
    )


class CheckItem(Doc):
    check: str
    subject: str
    status: Literal["pass", "fail", "note"]
    detail: str


class CheckCounts(Doc):
    pass_: int = Field(alias="pass")
    fail: int
    note: int


class VerifyDoc(Versioned):
    ok: bool = Field(description="True when no check failed (notes are not failures)")
    counts: CheckCounts
    checks: list[CheckItem]


class VerdictCounts(Doc):
    agrees: int
    contradicts: int
    unverifiable: int


class CheckedArticle(Doc):
    article: str = Field(description="Its path, URL or 'stdin'")
    url: str | None
    date: str | None = Field(description="Its date, from its metadata")
    as_of: str | None = Field(description="The date its claims were judged on (--as-of or date)")
    claims: int
    counts: VerdictCounts


class ClaimMade(Doc):
    model_config = ConfigDict(
        extra="allow"
    )  # details by kind: iso3, year, since, ordinal, city, host...
    kind: Literal["count", "status", "joined", "founding", "summit"]
    subject: str = Field(
        description="A status (count), a country, SCO / Shanghai Five, a city or host"
    )
    value: int | str | None = Field(
        description="A number, a status or a year (None: a relative year and no date)"
    )
    text: str = Field(description="The claim's words in the sentence")


class ClaimLocation(Doc):
    paragraph: int
    sentence: int = Field(description="The sentence's number within its paragraph")
    start: int = Field(description="[start, end) offsets in the article's text")
    end: int
    span: list[int] = Field(description="[start, end) offsets in the sentence")


class DateRange(Doc):
    from_: str = Field(alias="from")
    to: str | None = Field(description="None: still true at the reference's end")


class CheckedClaim(Doc):
    article: str
    url: str | None
    article_date: str | None
    as_of: str | None
    as_of_from: Literal["option", "article"] | None
    verdict: Literal["agrees", "contradicts", "unverifiable"]
    basis: Literal["in-force", "decision"] | None = Field(
        description="For roster claims: in force, or only by decision"
    )
    claim: ClaimMade
    sentence: str
    location: ClaimLocation
    holds: list[DateRange] = Field(description="When the claim was true")
    reference: list[dict[str, Any]] = Field(
        description="The rows it was checked against, with sources"
    )
    note: str


class CheckReference(Doc):
    files: list[str]
    as_of: str


class CheckDoc(Versioned):
    reference: CheckReference
    as_of: str | None = Field(description="--as-of, when given")
    articles: list[CheckedArticle]
    counts: VerdictCounts
    claims: list[CheckedClaim]


class SearchHit(Doc):
    rank: int
    score: float = Field(description="bm25: lower is a better match")
    section: str
    paragraph: int
    sentence: int = Field(description="The sentence's number within its paragraph")
    text: str
    matches: list[list[int]] = Field(description="[start, end) character offsets in text")


class SearchDoc(Versioned):
    article_id: str
    query: str
    section: str | None
    total: int = Field(description="Sentences that match, before --limit")
    hits: list[SearchHit]


class RecordsDoc(Versioned):
    """Any command with --fields: the chosen fields of each record."""

    fields: list[str]
    records: list[dict[str, Any]]


class GetOutput(RootModel[GetDoc | GetEvidenceDoc | PathsDoc]):
    """`sco get PATH...` answers {path: value} (with --evidence, {path: answer});
    `sco get` alone lists the paths."""


def json_schema(command: str) -> dict[str, Any]:
    """The JSON Schema of the document `command` prints (the registry names its type)."""
    model: type[BaseModel] = globals()[DOCUMENTS[command]]
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"sco {command} --json"
    return schema
