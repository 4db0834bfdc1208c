"""The jobs that take more than a report builder's call (choose a section, read
the inputs, list the cache): written once, for the click commands and the API
alike, so both build the same Report from the same values."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sco_cli.api.session import Session

if TYPE_CHECKING:
    from sco_cli.archive.fields import Fields
    from sco_cli.claims.document import Document
    from sco_cli.dataset import Dataset
    from sco_cli.reports import Report

MAX_LIMIT = 1_000_000_000  # more than any article has sentences; SQLite's own limit is 2**63


def quote(
    session: Session,
    name: str | None,
    *,
    paragraph: int | None = None,
    match: str | None = None,
    cite: bool = False,
) -> Report:
    """`sco quote`: a section (by any name), a paragraph, the sentences that match."""
    from sco_cli.dataset.query import find_section, paragraph_in
    from sco_cli.reports import article_source_line, source_line
    from sco_cli.reports import quote as quote_report

    article = session.article
    section = find_section(article, name) if name is not None else None
    if paragraph is not None:
        paragraph_in(article, section, paragraph)
    chosen = [section] if section is not None else list(article.sections)
    own = session.own_article
    attribution = article_source_line(article) if own else source_line(session.dataset)
    report = quote_report.quote(
        article, chosen, attribution=attribution, paragraph=paragraph, match=match
    )
    if cite:
        return quote_report.quote_citations(article, report, attribution)
    return report


def search(
    session: Session,
    words: Iterable[str],
    *,
    literal: bool = False,
    any_word: bool = False,
    limit: int = 10,
    name: str | None = None,
) -> Report:
    """`sco search`: FTS5 (or the exact text), best match first; `limit` 0 for all;
    `any_word`: sentences with any of the words (OR), not every one (AND)."""
    from sco_cli.article.search import search_words
    from sco_cli.article.search_query import fts_query, literal_search, several_words
    from sco_cli.dataset.query import find_section
    from sco_cli.reports import search as search_report

    words = tuple(words)
    # The stored index is asked for before the article: it reads both at once.
    index = None if literal else session.sentence_index()
    article = session.article
    section = find_section(article, name).slug if name is not None else None
    if literal:
        query = " ".join(words)
        total, hits = literal_search(article, query, limit=limit, section=section)
        if not total:
            from sco_cli.errors import NotFound

            where = f" in section {section!r}" if section else ""
            raise NotFound(f"no sentence holds the text {query!r}{where}")
    else:
        query = fts_query(words, any_word=any_word)
        wider = fts_query(words, any_word=True) if several_words(query) else None
        total, hits, any_total = search_words(
            article, query, limit=limit or -1, section=section, index=index, wider=wider
        )
        return search_report.search(article.id, query, section, total, hits, any_total)
    return search_report.search(article.id, query, section, total, hits)


def check(
    session: Session,
    names: tuple[str, ...],
    as_of: str | None,
    *,
    timeout: float | None = None,
    kept: list[Document] | None = None,
    read: Iterable[Document] | None = None,
    undated: str | None = None,
    explain_packaged: bool = True,
    summary: bool = False,
    jobs: int = 1,
    fields: Fields | None = None,
    input_format: str = "auto",
    lines_only: bool = False,
) -> Report:
    """`sco check`: the articles named (none: the packaged one), or the documents
    `read` already (`timeout`: the most seconds a URL may take); `kept` collects
    the documents as they pass (for a database); an undated article is judged on
    `undated` (today, for the command) when given. The packaged article judged on
    its own date says why `sco summary` counts otherwise (`explain_packaged`).
    `summary`: the run counted (reports/corpus.py), not listed.
    Archives (JSON Lines, CSV, Parquet, WARC: by their names, or `input_format`),
    and several articles with `jobs` above 1, go through sco_cli.archive (`lines_only`:
    the answer is written as JSON Lines alone, so that run need not keep the claims'
    nested records)."""
    import os

    from sco_cli.claims.inputs import documents
    from sco_cli.claims.judge import Reference
    from sco_cli.commandline.dates import LATEST
    from sco_cli.reports import check as check_report

    dataset = session.dataset
    if as_of == LATEST:  # the reference's end, known once the data is loaded
        as_of = dataset.reference_as_of
    if read is None and names:
        archived = _archive_run(
            session,
            names,
            as_of,
            timeout,
            kept,
            undated,
            jobs,
            fields,
            input_format,
            summary,
            lines_only,
        )
        if archived is not None:
            return archived
    unread: list[tuple[str, str]] = []
    packaged = False
    if read is None:
        packaged = not names
        names = names or (packaged_article(session),)
        read = documents(names, session.limit, unread, timeout)
        if packaged:  # the packaged article, called by its file's name, not its path
            read = (d._replace(name=os.path.basename(d.name)) for d in read)
    if kept is not None:
        read = _keeping(read, kept)
    if summary:
        from sco_cli.reports.corpus import summary as corpus_summary

        return corpus_summary(read, Reference.of(dataset), as_of, unread, undated)
    report = check_report.check(read, Reference.of(dataset), as_of, unread, undated)
    if packaged and as_of is None and explain_packaged:
        report = _packaged_notice(report, dataset)
    return report


def _archive_run(
    session: Session,
    names: tuple[str, ...],
    as_of: str | None,
    timeout: float | None,
    kept: list[Document] | None,
    undated: str | None,
    jobs: int,
    fields: Fields | None,
    input_format: str,
    summary: bool,
    lines_only: bool = False,
) -> Report | None:
    """The run of sco_cli.archive, for archives or for several articles on several
    processes; None when the articles are read here as always (one article, or
    standard input among them: read once, here)."""
    from sco_cli.archive import sources

    archives = sources.is_archive(names, input_format)
    stdin = any(
        name == sources.STDIN and sources.format_of(name, input_format) == "article"
        for name in names
    )
    if not archives and (jobs <= 1 or stdin or kept is not None or not _several(names)):
        return None
    from sco_cli.archive import run
    from sco_cli.archive.work import Options
    from sco_cli.claims.judge import Reference

    options = Options(as_of, undated, session.limit, timeout)
    return run.check(
        names,
        Reference.of(session.dataset),
        options,
        jobs=1 if stdin else jobs,
        fields=fields,
        input_format=input_format,
        kept=kept,
        summary=summary,
        lines_only=lines_only,
    )


def _several(names: tuple[str, ...]) -> bool:
    """More than one article: several names, or a folder."""
    import os

    return len(names) > 1 or os.path.isdir(names[0])


def _packaged_notice(report: Report, dataset: Dataset) -> Report:
    """Why `sco check` and `sco summary` may differ on the packaged article: one
    judges on its date line, the other counts the roster on the summit's eve."""
    article = dataset.facts["article"]
    assert isinstance(article, dict)  # noqa: S101 - validated on load
    checked = report.document["articles"]
    eve = article.get("roster_as_of")
    if len(checked) != 1 or not eve or eve == checked[0]["as_of"]:
        return report
    notice = (
        f"judged on the article's date line, {checked[0]['as_of']}; sco summary counts the "
        f"roster on the summit's eve, {eve} (sco check --as-of {eve} judges as it does)"
    )
    return report._replace(notice=notice)


def _keeping(read: Iterable[Document], kept: list[Document]) -> Iterable[Document]:
    for document in read:
        kept.append(document)
        yield document


def packaged_article(session: Session) -> str:
    """The packaged article's file."""
    import os

    dataset = session.dataset
    article = dataset.facts["article"]
    assert isinstance(article, dict)  # noqa: S101 - validated on load
    return os.path.join(dataset.data_dir, "article", str(article["file"]))


def cache(*, clear: bool = False) -> Report:
    """`sco cache`: sco's own files in its cache directory; `clear` removes them."""
    import os

    from sco_cli import private_files
    from sco_cli.article import index as article_index
    from sco_cli.reports import cache as cache_report

    cap = article_index.cache_cap()
    directory = private_files.cache_home()
    folder = private_files.cache_folder(create=False)
    files = []
    if folder is not None:
        for found in private_files.own_files(folder):
            files.append((found, article_index.stored_article(found.path)))
            if clear:
                private_files.discard(found.path)
    # A directory not made yet is used when it is; one made by someone else never is.
    usable = folder is not None or directory is None or not os.path.lexists(directory)
    return cache_report.cache(directory, usable, cap, files, cleared=clear)
