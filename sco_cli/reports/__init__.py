"""What each command answers, as data: a JSON document and the rows of its record view.

Nothing here formats text for a terminal: output/formats.py prints a Report as
plain, JSON, CSV or rich output, and the rich views (views/N.py) read the
same document the JSON carries, so JSON always holds at least what people
see. One module a command, named as the command is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Annotated, Any, Literal, NamedTuple, TypeAlias, TypedDict

if TYPE_CHECKING:
    from sco_cli.article.parse import Article
    from sco_cli.dataset import Dataset
    from sco_cli.dataset.names import CountryNames

JSON = dict[str, Any]

SCHEMA_VERSION: Literal[1] = 1

# Each command's JSON document is declared once, as TypedDicts in its report
# module (the registry names the type): the builder is annotated with it, the
# view reads it, and `sco schema` describes it (schemas.py). A description is
# Annotated[type, "what it is"]; a key that is not always there is NotRequired.


class MoreKeys:
    """Annotated metadata: the object may carry keys beyond those declared."""


MORE_KEYS = MoreKeys()


# Turns an English country name and its ISO code into a name in another
# language, and dates into its way of writing them (sco_cli.dataset.names, CLDR);
# None leaves names in English and dates in ISO form.
Localizer: TypeAlias = "CountryNames | None"
LANG = "With --lang: the BCP 47 tag (country names and rich dates)"


class Versioned(TypedDict):
    schema_version: Annotated[Literal[1], "Bumped only when a key is renamed or removed"]


class SourceLine(TypedDict):
    article_id: str
    outlet: str | None
    reporting_agency: str | None
    author: str | None
    date: str | None
    image_credit: str | None
    headline: Annotated[str | None, "Only where the article has one"]


def source_line(dataset: Dataset) -> SourceLine:
    """Where the curated article comes from, as its facts say."""
    from sco_cli.dataset.query import value_of

    facts = dataset.facts
    return {
        "article_id": dataset.article.id,
        "outlet": value_of(facts, "source.outlet"),
        "reporting_agency": value_of(facts, "source.reporting_agency"),
        "author": value_of(facts, "source.author"),
        "date": value_of(facts, "source.date"),
        "image_credit": value_of(facts, "source.image_credit"),
        "headline": None,  # the seed has none, and none is invented
    }


def article_source_line(article: Article) -> SourceLine:
    """What an article of the user's says about itself (it has no curated facts)."""
    return {
        "article_id": article.id,
        "outlet": None,
        "reporting_agency": None,
        "author": article.author,
        "date": article.date,
        "image_credit": article.credit,
        "headline": article.headline,
    }


class Evidence(TypedDict):
    """A verbatim quote from the article, and where it stands (computed, never typed)."""

    quote: str
    part: Literal["metadata", "body", "author", "closing"]
    section: str | None
    paragraph: int | None
    sentence: int | None


class FactNote(TypedDict):
    """A fact check: where the reference agrees with, qualifies or contradicts the article."""

    about: Annotated[str, "The fact, or the group of facts, the note is about"]
    verdict: Literal["agrees", "qualifies", "contradicts"]
    text: str
    sources: list[str]
    confidence: Literal["high", "medium", "low"]
    applies_to: Annotated[list[str], "On a group of facts: the facts it is about (empty: all)"]


class ReferenceNote(TypedDict):
    file: str
    as_of: Annotated[str, "The last date the reference covers"]


class RecordsDoc(Versioned):
    """Any command with --fields: the chosen fields of each record."""

    document: Literal["records"]
    fields: list[str]
    records: list[dict[str, Any]]


class Report(NamedTuple):
    """One command's answer: `document` for JSON, `columns`/`rows` for records,
    `view` names the function of views/N.py that draws it on a terminal."""

    document: Mapping[str, Any]
    columns: tuple[str, ...]
    rows: Sequence[tuple[Any, ...]]
    view: str
    plain: str | None = None  # plain text, where records would not read well (sco get)
    notice: str | None = None  # a caveat for stderr, whatever the format
    error: str | None = None  # what went wrong beside the answer (exit_code says it), for stderr
    exit_code: int = 0  # after printing: `sco verify` prints its report, then fails
    # `--export FILE.db`: writes the answer as a new SQLite database and returns the
    # name of its metadata file (sco check); None: the command has no database
    database: Callable[[str], str] | None = None


class Listed(list[Any]):
    """A list field of a record: a list in every JSON format and text() in text
    formats, so a field has one JSON type everywhere (as search.Spans is a list
    of [start, end] in JSON and '4-11,20-27' in text). Each subclass says how it
    reads as text, from its items alone: copies of it (sanitize) keep that."""

    separator = "; "

    def text(self) -> str:
        return self.separator.join(str(item) for item in self)


class CommaList(Listed):
    """['security', 'shared'] -> 'security,shared'."""

    separator = ","


class SourceList(Listed):
    """Sources (URLs, names) -> 'a, b'."""

    separator = ", "


class NumberSpan(Listed):
    """Consecutive numbers: [6, 7, 8] -> '6-8'; [4] -> '4'."""

    def text(self) -> str:
        if len(self) < 2:
            return "".join(str(n) for n in self)
        return f"{self[0]}-{self[-1]}"
