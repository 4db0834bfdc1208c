"""The article's tables: articles, sections, paragraphs and sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sco_cli.database.tables import (
    ARTICLE_LICENCE,
    ROW_ID,
    Column,
    Part,
    Row,
    Table,
    article_id,
    column,
)

if TYPE_CHECKING:
    from sco_cli.article.parse import Article

# -- The article ------------------------------------------------------------


def _table(
    name: str,
    title: str,
    description: str,
    columns: tuple[Column, ...],
    *,
    source: str = "the article file, as sco parses it",
    **extra: Any,
) -> Table:
    """A table of the article's text, which belongs to its publisher."""
    return Table(
        name,
        title,
        description,
        columns,
        source,
        licence=ARTICLE_LICENCE,
        licence_url=None,
        **extra,
    )


ARTICLES = _table(
    "articles",
    "Articles",
    "Each article in this database, with its own lines (source line, headline, author).",
    (
        column(
            "id",
            "TEXT",
            "The article's id: its file name without the extension (a URL's last part; "
            "-2, -3... after an id taken already)",
            primary_key=True,
        ),
        column("headline", "TEXT", "Its headline, when its first line is one"),
        column("date", "TEXT", "Its date (ISO), from its source line (or a page's metadata)"),
        column("credit", "TEXT", "The image credit on its source line"),
        column("author", "TEXT", "The name on its Author: line"),
        column("metadata_line", "TEXT", "Its source line, as written"),
        column("author_line", "TEXT", "Its Author: line, as written"),
        column(
            "closing", "TEXT", "What follows the Author: line (paragraphs split by blank lines)"
        ),
        column("file", "TEXT", "The file it was read from (sco check: a path, a URL or stdin)"),
        column("url", "TEXT", "The URL it was fetched from (sco check)"),
        column("sha256", "TEXT", "SHA-256 of the file's bytes (sco export)"),
        column("sections", "INTEGER", "How many sections it has"),
        column("paragraphs", "INTEGER", "How many paragraphs its body has"),
        column("sentences", "INTEGER", "How many sentences its body has"),
    ),
    source="the article file",
    label_column="id",
)
SECTIONS = _table(
    "sections",
    "Sections",
    "The article's sections in order: an untitled lead, then one per ALL-CAPS heading "
    "(sco check reads no headings: a checked article is one untitled section).",
    (
        ROW_ID,
        article_id(),
        column("position", "INTEGER", "Its place in the article, from 1", not_null=True),
        column("slug", "TEXT", "Its name for `sco quote --section`", not_null=True),
        column("heading", "TEXT", "Its heading as written (none for the lead)"),
        column("keywords", "TEXT", "The words of its heading that also name it, comma-separated"),
        column("first_paragraph", "INTEGER", "The number of its first paragraph"),
        column("last_paragraph", "INTEGER", "The number of its last paragraph"),
    ),
    unique=("article_id", "slug"),
    label_column="slug",
)
PARAGRAPHS = _table(
    "paragraphs",
    "Paragraphs",
    "The article's paragraphs, white space normalised, numbered through the article.",
    (
        ROW_ID,
        article_id(),
        column("section_id", "INTEGER", "The section it stands in", references="sections(id)"),
        column("number", "INTEGER", "Its number in the article, from 1", not_null=True),
        column("text", "TEXT", "The paragraph, verbatim", not_null=True),
    ),
    unique=("article_id", "number"),
    label_column="number",
)
SENTENCES = _table(
    "sentences",
    "Sentences",
    "Every sentence of the article, searchable (the full-text index is sentences_fts: "
    "the porter stemmer makes 'railways' find 'railway', as `sco search` does).",
    (
        ROW_ID,
        article_id(),
        column(
            "paragraph_id", "INTEGER", "The paragraph it stands in", references="paragraphs(id)"
        ),
        column("section", "TEXT", "The slug of its section", not_null=True),
        column("paragraph", "INTEGER", "The number of its paragraph", not_null=True),
        column("sentence", "INTEGER", "Its number in the paragraph, from 1", not_null=True),
        column("text", "TEXT", "The sentence, verbatim", not_null=True),
    ),
    unique=("article_id", "paragraph", "sentence"),
)
ARTICLE_TABLES = (ARTICLES, SECTIONS, PARAGRAPHS, SENTENCES)


class RowIds:
    """The last row id given out in each table, across every article of one
    database: the rows of several articles never share an id."""

    def __init__(self) -> None:
        self.sections = 0
        self.paragraphs = 0
        self.sentences = 0


class ArticleRows:
    """One article's rows, numbered so that rows can refer to each other."""

    def __init__(
        self,
        article: Article,
        file: str,
        sha256: str | None,
        *,
        url: str | None = None,
        ids: RowIds | None = None,
    ) -> None:
        self.article = article
        self._file = file
        self._sha256 = sha256
        self._url = url
        self._ids = ids if ids is not None else RowIds()
        # (paragraph number, sentence number) -> sentences.id, for the evidence
        self.sentence_ids: dict[tuple[int, int], int] = {}

    def parts(self) -> list[Part]:
        sections, paragraphs, sentences = self._body()
        return [
            Part(ARTICLES, [self._article_row(len(paragraphs), len(sentences))]),
            Part(SECTIONS, sections),
            Part(PARAGRAPHS, paragraphs),
            Part(SENTENCES, sentences),
        ]

    def _article_row(self, paragraphs: int, sentences: int) -> Row:
        a = self.article
        closing = "\n\n".join(a.closing) or None
        return (
            a.id,
            a.headline,
            a.date,
            a.credit,
            a.author,
            a.metadata_line,
            a.author_line,
            closing,
            self._file,
            self._url,
            self._sha256,
            len(a.sections),
            paragraphs,
            sentences,
        )

    def _body(self) -> tuple[list[Row], list[Row], list[Row]]:
        a, ids = self.article, self._ids
        sections: list[Row] = []
        paragraphs: list[Row] = []
        sentences: list[Row] = []
        for position, section in enumerate(a.sections, start=1):
            ids.sections += 1
            section_id = ids.sections
            numbers = section.paragraph_numbers
            first, last = (numbers[0], numbers[-1]) if numbers else (None, None)
            keywords = ",".join(section.keywords)
            sections.append((section_id, a.id, position, section.slug, section.heading, keywords))
            sections[-1] += (first, last)
            for p in section.paragraphs:
                ids.paragraphs += 1
                paragraph_id = ids.paragraphs
                paragraphs.append((paragraph_id, a.id, section_id, p.number, p.text))
                for n, text in enumerate(p.sentences, start=1):
                    ids.sentences += 1
                    sentences.append(
                        (ids.sentences, a.id, paragraph_id, section.slug, p.number, n, text)
                    )
                    self.sentence_ids[(p.number, n)] = ids.sentences
        return sections, paragraphs, sentences
