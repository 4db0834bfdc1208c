"""sco as a library: one typed function a question, each answer the CLI's JSON document.

    >>> from sco_cli import api
    >>> api.counts(role="member").document["statuses"][0]["count"]
    10

Every function returns an `Answer` whose `document` is what `sco N --json`
prints for the same question (a TypedDict of sco_cli.reports.N; `sco schema N`
describes it) and whose `json()` is that text, byte for byte. Bad input raises
the CLI's errors (sco_cli.errors: `UsageProblem` and `UnknownName` for exit 2,
`NotFound` for 1, `DataError` for 3), each with its one-line `message`. Dates
are taken as the CLI takes them: a `datetime.date`, 'YYYY-MM-DD', 'YYYY-MM' or
'YYYY' (its last day; for `timeline`'s start, its first).

Nothing here imports click, rich or a terminal; each function imports what it
uses when it runs (docs/api.md is the guide; its examples run in the tests).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeAlias

from sco_cli.api.answer import Answer
from sco_cli.api.session import Session
from sco_cli.errors import DataError, NotFound, ScoError, UnknownName, UsageProblem

if TYPE_CHECKING:
    import datetime as dt

    from sco_cli.dataset.names import CountryNames
    from sco_cli.dataset.roster import Basis
    from sco_cli.reports.cache import CacheDoc
    from sco_cli.reports.check import CheckDoc, CheckSummaryDoc
    from sco_cli.reports.cite import CitationsDoc
    from sco_cli.reports.facts import FactsDoc
    from sco_cli.reports.get import GetDoc, PathsDoc
    from sco_cli.reports.members import CountsDoc, GrowthDoc, HistoryDoc, MembersDoc
    from sco_cli.reports.quote import QuoteDoc
    from sco_cli.reports.search import SearchDoc
    from sco_cli.reports.sections import SectionsDoc
    from sco_cli.reports.summary import ArticleSummaryDoc, SummaryDoc
    from sco_cli.reports.summits import SummitsDoc
    from sco_cli.reports.timeline import TimelineDoc
    from sco_cli.reports.verify import VerifyDoc

__all__ = [
    "Answer",
    "DataError",
    "NotFound",
    "ScoError",
    "UnknownName",
    "UsageProblem",
    "article_summary",
    "cache",
    "check",
    "check_summary",
    "check_text",
    "citations",
    "counts",
    "facts",
    "get",
    "growth",
    "history",
    "members",
    "paths",
    "quote",
    "quote_citations",
    "search",
    "sections",
    "summary",
    "summits",
    "timeline",
    "verify",
]

DateLike: TypeAlias = "str | dt.date | int"
ArticlePath: TypeAlias = "str | os.PathLike[str]"
Roles: TypeAlias = "str | Iterable[str]"


# The roster, its counts and its history: `sco members`.


def members(
    as_of: DateLike | None = None,
    *,
    basis: str = "in-force",
    role: Roles = (),
    lang: str | None = None,
) -> Answer[MembersDoc]:
    """The roster on a date ('latest': the reference's end; None: the article's time),
    by status, each country with its dates and sources (`sco members`)."""
    from sco_cli.reports import members as report

    return Answer.of(
        report.members(
            Session().dataset,
            as_of=_as_of(as_of),
            basis=_basis(basis),
            statuses=_roles(role),
            localize=_lang(lang),
        )
    )


def counts(
    as_of: DateLike | None = None,
    *,
    basis: str = "in-force",
    role: Roles = (),
    lang: str | None = None,
) -> Answer[CountsDoc]:
    """How many hold each status on a date, beside the article's own counts
    (`sco members --count`)."""
    from sco_cli.reports import members as report

    return Answer.of(
        report.members(
            Session().dataset,
            as_of=_as_of(as_of),
            basis=_basis(basis),
            statuses=_roles(role),
            count_only=True,
            localize=_lang(lang),
        )
    )


def history(
    *countries: str,
    as_of: DateLike | None = None,
    role: Roles = (),
    lang: str | None = None,
) -> Answer[HistoryDoc]:
    """Each country's statuses through the years, both dates of each change and their
    sources; a country by any name, code or unique prefix (`sco members --country`)."""
    from sco_cli.reports import members as report

    if not countries:
        raise UsageProblem("name at least one country")
    return Answer.of(
        report.history(
            Session().dataset,
            countries,
            as_of=_as_of(as_of),
            statuses=_roles(role),
            localize=_lang(lang),
        )
    )


def growth(*, basis: str = "in-force") -> Answer[GrowthDoc]:
    """The counts by status at every date the roster changed (`sco members --history`)."""
    from sco_cli.reports import members as report

    return Answer.of(report.growth(Session().dataset, basis=_basis(basis)))


# The reference's other tables: `sco summits`, `sco timeline`.


def summits(
    year: int | None = None, *, city: str | None = None, lang: str | None = None
) -> Answer[SummitsDoc]:
    """Every summit of the heads of state, or a year's, or a city's, each with its source."""
    from sco_cli.reports import summits as report

    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise UsageProblem(f"{year!r} is not a year")
    return Answer.of(report.summits(Session().dataset, year=year, city=city, localize=_lang(lang)))


def timeline(
    start: DateLike | None = None, end: DateLike | None = None, *, lang: str | None = None
) -> Answer[TimelineDoc]:
    """Milestones, status changes and the article's mentions, from `start` (a year or
    month: its first day) to `end` (its last day)."""
    from sco_cli.reports import timeline as report

    first = _date(start, last=False, name="start")
    last = _date(end, last=True, name="end")
    if first is not None and last is not None and first > last:
        raise UsageProblem(f"--from {first} is after --to {last}")
    return Answer.of(
        report.timeline(Session().dataset, start=first, end=last, localize=_lang(lang))
    )


# The packaged article's curated facts: `sco summary`, `sco facts`, `sco get`.


def summary(*, lang: str | None = None) -> Answer[SummaryDoc]:
    """The packaged article at a glance, its counts checked against the roster."""
    from sco_cli.reports import summary as report

    return Answer.of(report.summary(Session().dataset, localize=_lang(lang)))


def article_summary(
    article: ArticlePath, *, max_size: int | None = None
) -> Answer[ArticleSummaryDoc]:
    """Any article's source line, shape and first sentence (`sco --article PATH summary`)."""
    from sco_cli.reports import summary as report

    return Answer.of(report.article_summary(_session(article, max_size).article))


def facts() -> Answer[FactsDoc]:
    """Every fact of the packaged article, each with its verbatim quote and where it stands."""
    from sco_cli.reports import facts as report

    return Answer.of(report.facts(Session().dataset))


def citations(*paths: str) -> Answer[CitationsDoc]:
    """Each evidence quote as a citation ready to paste: of every fact (`sco facts
    --cite`), or of the facts at `paths` (`sco get PATH... --cite`)."""
    from sco_cli.reports import facts as facts_report
    from sco_cli.reports import get as get_report

    dataset = Session().dataset
    if paths:
        return Answer.of(get_report.get_citations(dataset, paths))
    return Answer.of(facts_report.facts_citations(dataset))


def get(*paths: str, evidence: bool = False) -> Answer[GetDoc]:
    """Values by dotted path ('summit.city'); with `evidence`, each with its quotes,
    its source and the reference's notes on it (`sco get PATH...`)."""
    from sco_cli.reports import get as report

    if not paths:
        raise UsageProblem("name at least one PATH (every path: sco_cli.api.paths())")
    return Answer.of(report.get(Session().dataset, paths, evidence=evidence))


def paths() -> Answer[PathsDoc]:
    """Every path `get` answers, its type, its source and what it is (`sco get`)."""
    from sco_cli.reports import get as report

    return Answer.of(report.path_list(Session().dataset))


# Any article's text: `sco sections`, `sco quote`, `sco search`.


def sections(
    article: ArticlePath | None = None, *, max_size: int | None = None
) -> Answer[SectionsDoc]:
    """The article's sections (None: the packaged article)."""
    from sco_cli.reports import sections as report

    return Answer.of(report.sections(_session(article, max_size).article))


def quote(
    section: str | None = None,
    *,
    paragraph: int | None = None,
    match: str | None = None,
    article: ArticlePath | None = None,
    max_size: int | None = None,
) -> Answer[QuoteDoc]:
    """The article verbatim: a section (slug, keyword or unique prefix), a paragraph,
    the sentences that contain `match` (any case); with its attribution."""
    from sco_cli.api import jobs

    _paragraph(paragraph)
    session = _session(article, max_size)
    return Answer.of(jobs.quote(session, section, paragraph=paragraph, match=_text(match)))


def quote_citations(
    section: str | None = None,
    *,
    paragraph: int | None = None,
    match: str | None = None,
    article: ArticlePath | None = None,
    max_size: int | None = None,
) -> Answer[CitationsDoc]:
    """`quote`'s paragraphs (or matching sentences) as citations (`sco quote --cite`)."""
    from sco_cli.api import jobs

    _paragraph(paragraph)
    session = _session(article, max_size)
    return Answer.of(
        jobs.quote(session, section, paragraph=paragraph, match=_text(match), cite=True)
    )


def search(
    *words: str,
    literal: bool = False,
    any_word: bool = False,
    limit: int = 10,
    section: str | None = None,
    article: ArticlePath | None = None,
    max_size: int | None = None,
) -> Answer[SearchDoc]:
    """The article's sentences that match, best first (SQLite FTS5: stemming, phrases,
    OR, NOT, prefix*; several words: all of them, or any with `any_word`), or that
    hold the exact text (`literal`); `limit` 0 for all."""
    from sco_cli.api import jobs

    if not words:
        raise UsageProblem("name at least one WORD to search for")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 0 <= limit <= jobs.MAX_LIMIT:
        raise UsageProblem(f"limit {limit!r} is not a number from 0 to {jobs.MAX_LIMIT:,}")
    session = _session(article, max_size)
    return Answer.of(
        jobs.search(
            session,
            [_text(w) or "" for w in words],
            literal=literal,
            any_word=any_word,
            limit=limit,
            name=section,
        )
    )


# Fact-checking: `sco check`, `sco verify`.


def check(
    *inputs: ArticlePath,
    as_of: DateLike | None = None,
    max_size: int | None = None,
    timeout: float = 10.0,
) -> Answer[CheckDoc]:
    """Every SCO claim of each article (files, folders of .txt/.html, http(s) URLs;
    none: the packaged article), judged on its date or `as_of`: the verdict, when the
    claim held and the reference rows with their sources. `exit_code` 4: a claim
    contradicts the reference; 3 (with `error`): of several, some could not be read.
    `timeout`: the most seconds a URL may take, whole (more than 0, at most 3600)."""
    from sco_cli.api import jobs

    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout <= 3600:
        raise UsageProblem(f"timeout {timeout!r}: the seconds must be more than 0 and at most 3600")
    names = tuple(os.fspath(name) for name in inputs)
    session = Session(max_size=max_size)
    on = _as_of(as_of)
    return Answer.of(jobs.check(session, names, on, timeout=timeout, undated=_today()))


def check_summary(
    *inputs: ArticlePath,
    as_of: DateLike | None = None,
    max_size: int | None = None,
    timeout: float = 10.0,
) -> Answer[CheckSummaryDoc]:
    """`check` counted, not listed (`sco check --summary`): the claims and verdicts
    by year of publication, by outlet and by kind, and the wrong claims grouped by
    what they claim, with how many articles made each and when. Memory grows with
    the groups, not the articles. Exit codes as `check`'s."""
    from sco_cli.api import jobs

    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout <= 3600:
        raise UsageProblem(f"timeout {timeout!r}: the seconds must be more than 0 and at most 3600")
    names = tuple(os.fspath(name) for name in inputs)
    session = Session(max_size=max_size)
    on = _as_of(as_of)
    report = jobs.check(session, names, on, timeout=timeout, undated=_today(), summary=True)
    return Answer.of(report)


def check_text(
    text: str, *, name: str = "text", as_of: DateLike | None = None, max_size: int | None = None
) -> Answer[CheckDoc]:
    """`check` of an article given as text (plain, or an HTML page): `name` is what
    the answer calls it. A first line ` date YYYY-MM-DD` dates it, as in a file."""
    from sco_cli.api import jobs
    from sco_cli.claims.inputs import from_text

    session = Session(max_size=max_size)
    if not isinstance(text, str):
        raise UsageProblem("the text to check must be a str")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > session.limit:
        raise DataError(
            f"{name}: too large ({size:,} bytes; the limit is {session.limit:,} bytes, "
            "set with max_size)"
        )
    on = _as_of(as_of)
    return Answer.of(jobs.check(session, (), on, read=[from_text(name, text)], undated=_today()))


def _today() -> str:
    """An undated text is judged as of today, as the command judges it."""
    from sco_cli.commandline.dates import today

    return today()


def verify() -> Answer[VerifyDoc]:
    """Every check of the data, fact by fact; `exit_code` 3 when one fails."""
    from sco_cli.dataset.checks import verify as run_checks
    from sco_cli.reports import verify as report

    return Answer.of(report.verify(run_checks()))


def cache(*, clear: bool = False) -> Answer[CacheDoc]:
    """sco's files in its cache directory (`clear`: removed)."""
    from sco_cli.api import jobs

    return Answer.of(jobs.cache(clear=clear))


# Values as the CLI reads them.


def _session(article: ArticlePath | None, max_size: int | None) -> Session:
    if max_size is not None and (isinstance(max_size, bool) or not isinstance(max_size, int)):
        raise UsageProblem(f"max_size {max_size!r} is not a number of bytes")
    if max_size is not None and max_size < 0:
        raise UsageProblem(f"max_size {max_size!r} is not a number of bytes")
    return Session(None if article is None else os.fspath(article), max_size)


def _date(value: DateLike | None, *, last: bool, name: str) -> str | None:
    """A date as the CLI reads one: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' (its first or last day)."""
    if value is None:
        return None
    if not isinstance(value, str | int):  # a datetime.date (imported only to be named)
        isoformat = getattr(value, "isoformat", None)
        if isinstance(value, bool | float) or not callable(isoformat):
            raise UsageProblem(f"{name} {value!r} is not a date: a str, an int or a date")
        return str(isoformat())[:10]
    from sco_cli.commandline.dates import DATE_HELP, typed_date

    try:  # as the CLI reads it: digits of any script, or 'today'
        return typed_date(str(value), last=last)
    except ValueError:
        raise UsageProblem(f"{name} {value!r} is not a date: {DATE_HELP}") from None


def _as_of(value: DateLike | None, *, latest: bool = True) -> str | None:
    """As `--as-of`: a date (a year or month: its last day), or 'latest'."""
    from sco_cli.commandline.dates import LATEST

    if latest and isinstance(value, str) and value.strip().lower() == LATEST:
        return LATEST
    try:
        return _date(value, last=True, name="as_of")
    except UsageProblem as error:
        if latest:
            raise UsageProblem(error.message + " or latest") from None
        raise


def _basis(value: str) -> Basis:
    folded = str(value).strip().lower().replace("_", "-")
    if folded == "in-force":
        return "in_force"
    if folded == "decision":
        return "decision"
    raise UsageProblem(f"basis {value!r} is not one of 'in-force', 'decision'")


def _roles(value: Roles) -> list[str]:
    from sco_cli.dataset.roster import STATUSES, status_label

    labels = {status_label(s): s for s in STATUSES}
    asked = [value] if isinstance(value, str) else list(value)
    statuses = []
    for role in asked:
        folded = str(role).strip().lower().replace("_", "-")
        if folded not in labels:
            raise UnknownName(f"role {role!r} is not one of {', '.join(labels)}")
        statuses.append(labels[folded])
    return statuses


def _lang(tag: str | None) -> CountryNames | None:
    if tag is None:
        return None
    from sco_cli.dataset.names import CountryNames

    return CountryNames(tag)


def _paragraph(number: int | None) -> None:
    if number is not None and (
        isinstance(number, bool) or not isinstance(number, int) or number < 1
    ):
        raise UsageProblem(f"paragraph {number!r} is not a number from 1 up")


def _text(value: Any) -> str | None:
    """Text must be text: not UTF-8 (lone surrogates) is refused, as the CLI refuses it."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise UsageProblem(f"{value!r} is not text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageProblem("the text holds characters that are not UTF-8 text") from None
    return value
