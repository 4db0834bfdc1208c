"""What `sco mcp` answers, without the MCP SDK: for each tool, the CLI's JSON
document (the tool's structured content) and a short text answer that states
each fact with its evidence (the quote and its place; the reference row, its
date and its source; the verdict, the span and the sources).

The text is for a model or a person to read: every string in it goes through
output.sanitize.shown, as the CLI's text does. The documents keep every
character as data, as `--json` does. Standard input carries the protocol
here, so '-' is never an article.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from sco_cli import api
from sco_cli.errors import ScoError, UsageProblem

# The most items a text answer lists; the structured content holds them all.
MAX_LINES = 40


class Told(NamedTuple):
    document: dict[str, Any]  # the CLI's JSON document, as plain JSON values
    text: str  # the short answer, its evidence with it, made safe to show


def members(as_of: str | None = None, basis: str = "in-force", role: Sequence[str] = ()) -> Told:
    answer = api.members(as_of, basis=basis, role=role)
    doc = answer.data()
    reference = doc["reference"]
    lines = [
        f"The SCO on {doc['as_of']} ({doc['basis']}; {doc['as_of_reason']}), from the "
        f"reference {reference['file']} (as of {reference['as_of']}):"
    ]
    for group in doc["groups"]:
        said = ""
        if group["article"] is not None:
            article = group["article"]
            said = f"; the article says {article['count']}: “{article['quote']}”"
        lines.append(f"{group['status']}: {group['count']}{said}")
        lines += _capped(_holder(c) for c in group["countries"])
    if doc["pending"]:
        lines.append("decided, not yet in force (not counted):")
        lines += _capped(_holder(c) for c in doc["pending"])
    return Told(doc, _text(lines, answer.notice))


def _holder(country: Mapping[str, Any]) -> str:
    return (
        f"- {country['country']} ({country['iso3']}), {country['status']} since "
        f"{country['since']}: {country['event']}. Source: {country['source']}"
    )


def history(countries: Sequence[str], as_of: str | None = None) -> Told:
    answer = api.history(*countries, as_of=as_of)
    doc = answer.data()
    reference = doc["reference"]
    lines = [f"From the reference {reference['file']} (as of {reference['as_of']}):"]
    for item in doc["histories"]:
        country = item["country"]
        lines.append(f"{country['name']} ({country['iso2']}, {country['iso3']}):")
        for change in item["history"]:
            in_force = change["in_force"] or "not yet"
            sources = _sources([change["source"], change["source_in_force"]])
            lines.append(
                f"- {change['status']}: decided {change['decided']}, in force {in_force}; "
                f"{change['event']}. Sources: {sources}"
            )
    notice = _past_end(doc["as_of"], reference["as_of"])
    return Told(doc, _text(lines, notice))


def summits(year: int | None = None, city: str | None = None) -> Told:
    answer = api.summits(year, city=city)
    doc = answer.data()
    reference = doc["reference"]
    lines = [f"From the reference {reference['file']} (as of {reference['as_of']}):"]
    lines += _capped(
        f"- {s['ordinal_text']} summit: {s['city']}, {s['country']}, {_days(s)}, "
        f"{s['format']}. Source: {s['source']}"
        for s in doc["summits"]
    )
    return Told(doc, _text(lines))


def _days(summit: Mapping[str, Any]) -> str:
    if summit["start"] == summit["end"]:
        return str(summit["start"])
    return f"{summit['start']} to {summit['end']}"


def facts(path: str | None = None) -> Told:
    """Every fact of the packaged article, or those at `path` (a fact or a group)."""
    answer = api.facts()
    doc = answer.data()
    if path is not None:
        api.get(path)  # an unknown path: the CLI's error, with the closest ones
        doc["facts"] = [
            f for f in doc["facts"] if f["path"] == path or f["path"].startswith(path + ".")
        ]
        if not doc["facts"]:
            raise UsageProblem(
                f"{path!r} comes from the reference roster, not the article: "
                "ask the members or summits tool"
            )
    lines = [f"Facts of article {doc['article_id']}, each with the article's words:"]
    for fact in doc["facts"][:MAX_LINES]:
        value = fact["value"]
        shown_value = value if isinstance(value, str) else _json(value)
        quotes = "; ".join(f"“{e['quote']}” ({_where(e)})" for e in fact["evidence"])
        lines.append(f"- {fact['path']} = {shown_value}: {quotes}")
        for note in fact["notes"]:
            lines.append(
                f"  reference note ({note['verdict']}): {note['text']} "
                f"Sources: {_sources(note['sources'])}"
            )
    lines += _more(len(doc["facts"]))
    return Told(doc, _text(lines))


def _where(evidence: Mapping[str, Any]) -> str:
    if evidence["section"] is None:
        return f"the {evidence['part']} line"
    return (
        f"section {evidence['section']}, paragraph {evidence['paragraph']}, "
        f"sentence {evidence['sentence']}"
    )


def quote(
    section: str | None = None,
    paragraph: int | None = None,
    match: str | None = None,
    article: str | None = None,
) -> Told:
    answer = api.quote(section, paragraph=paragraph, match=match, article=_article(article))
    doc = answer.data()
    from sco_cli.reports.quote import credit_line

    lines = [f"Verbatim from article {doc['article_id']} ({credit_line(doc['attribution'])}):"]
    quoted = [
        (s["slug"], p["number"], text)
        for s in doc["sections"]
        for p in s["paragraphs"]
        for text in p.get("matches", [p["text"]])
    ]
    lines += _capped(f"- section {slug}, paragraph {n}: “{text}”" for slug, n, text in quoted)
    return Told(doc, _text(lines))


def search(
    query: str,
    literal: bool = False,
    limit: int = 10,
    section: str | None = None,
    article: str | None = None,
) -> Told:
    answer = api.search(
        query, literal=literal, limit=limit, section=section, article=_article(article)
    )
    doc = answer.data()
    lines = [
        f"{len(doc['hits'])} of {doc['total']} sentences of article {doc['article_id']} "
        f"match {doc['query']!r}, best first:"
    ]
    lines += _capped(
        f"- section {h['section']}, paragraph {h['paragraph']}, sentence {h['sentence']}: "
        f"“{h['text']}”"
        for h in doc["hits"]
    )
    return Told(doc, _text(lines, answer.notice))


def check(text: str | None = None, inputs: Sequence[str] = (), as_of: str | None = None) -> Told:
    """A text, or files, folders and URLs (none: the packaged article)."""
    if text is not None and inputs:
        raise UsageProblem("give the text to check, or the inputs to read: not both")
    if text is not None:
        answer = api.check_text(text, as_of=as_of)
    else:
        answer = api.check(*[_article(name) or "" for name in inputs], as_of=as_of)
    doc = answer.data()
    end = doc["reference"]["as_of"]
    lines = []
    for article in doc["articles"]:
        counts = article["counts"]
        lines.append(
            f"{article['article']}: {article['claims']} claims judged on "
            f"{article['as_of'] or 'no date'}: {counts['agrees']} agree, "
            f"{counts['contradicts']} contradict, {counts.get('disputed', 0)} disputed, "
            f"{counts['unverifiable']} unverifiable "
            f"(reference {', '.join(doc['reference']['files'])}, as of {end})"
        )
    lines += _capped(_claim(c) for c in doc["claims"])
    lines += [f"not read: {u['article']}: {u['error']}" for u in doc["unread"]]
    dates = {a["as_of"] for a in doc["articles"] if a["as_of"]}
    notice = next((n for n in (_past_end(d, end) for d in sorted(dates)) if n), None)
    return Told(doc, _text(lines, notice))


def _claim(claim: Mapping[str, Any]) -> str:
    where = claim["location"]
    held = ", ".join(f"{h['from']} to {h['to'] or 'the reference end'}" for h in claim["holds"])
    sources = _sources(row.get("source") for row in claim["reference"])
    note = claim["note"].rstrip(". ")
    return (
        f"- {claim['verdict']}: “{claim['claim']['text']}” (paragraph {where['paragraph']}, "
        f"sentence {where['sentence']}, characters {where['start']}-{where['end']}); "
        f"held per the reference: {held or 'never'}; {note}. Sources: {sources}"
    )


def failure(error: BaseException) -> str:
    """The one line the CLI prints for an error; a bug says so, with no traceback."""
    from sco_cli.output.sanitize import shown

    if isinstance(error, ScoError):
        message = error.message
    else:
        message = f"internal error ({type(error).__name__}: {error}); this is a bug in sco"
    return f"Error: {' '.join(shown(message).split())}"


def bad_arguments(tool: str, errors: Sequence[Mapping[str, Any]], schema: Mapping[str, Any]) -> str:
    """One line for arguments the tool's input schema refuses (pydantic's `errors()`):
    the first argument refused, what it was given and what it accepts, instead of the
    SDK's lines of validation report."""
    error = errors[0]
    loc = [part for part in error.get("loc", ()) if isinstance(part, str | int)]
    name = str(loc[0]) if loc else "?"
    prop = schema.get("properties", {}).get(name, {})
    accepts = _accepts(prop)
    about = f" ({prop['description']})" if prop.get("description") else ""
    if error.get("type") == "missing":
        line = f"{tool}: {name} is required: {accepts}{about}"
    else:
        where = name + "".join(f"[{i}]" for i in loc[1:] if isinstance(i, int))
        line = f"{tool}: {where} {_given(error.get('input'))} is not accepted: {name} takes {accepts}{about}"
    if len(errors) > 1:
        line += f" (and {len(errors) - 1} more)"
    return failure(UsageProblem(line))


def unknown_arguments(
    tool: str, arguments: Mapping[str, Any], schema: Mapping[str, Any]
) -> str | None:
    """One line for arguments the tool does not take (the SDK would drop them silently:
    a misspelt `as_of` would answer another question), else None."""
    from sco_cli.commandline.suggest import closest, hint

    known = list(schema.get("properties", {}))
    unknown = [name for name in arguments if name not in known]
    if not unknown:
        return None
    line = f"{tool}: unknown argument {', '.join(repr(name) for name in unknown)}"
    line += hint(closest(unknown[0], known, n=1)) + f"; {tool} takes {', '.join(known) or 'none'}"
    return failure(UsageProblem(line))


def _accepts(prop: Mapping[str, Any]) -> str:
    """What an argument's JSON Schema accepts, in words ('an integer from 0 to 1000')."""
    options = [p for p in prop.get("anyOf", [prop]) if p.get("type") != "null"]
    return " or ".join(_one(option) for option in options) or "nothing"


def _one(prop: Mapping[str, Any]) -> str:
    kind = prop.get("type")
    if "enum" in prop:
        return "one of " + ", ".join(repr(value) for value in prop["enum"])
    if kind == "integer":
        low, high = prop.get("minimum"), prop.get("maximum")
        if low is not None and high is not None:
            return f"an integer from {low} to {high}"
        return f"an integer of at least {low}" if low is not None else "an integer"
    if kind == "string":
        return "a non-empty string" if prop.get("minLength") else "a string"
    if kind == "boolean":
        return "true or false"
    if kind == "array":
        items = prop.get("items", {})
        some = "a non-empty list" if prop.get("minItems") else "a list"
        if items.get("type") == "string" and "enum" not in items:
            return f"{some} of strings"
        return f"{some}, each {_one(items)}"
    return str(kind or "any value")


def _given(value: Any) -> str:
    """The value refused, short: an agent may send a whole article where a date goes."""
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "\u2026"


def packaged_article() -> str:
    """The packaged article's text, as its file holds it (shown safe)."""
    from sco_cli.api import jobs
    from sco_cli.api.session import Session
    from sco_cli.article.reading import read_article

    session = Session()
    return _shown(read_article(jobs.packaged_article(session), session.limit)[0])


def reference_table(name: str) -> str:
    """A reference table (CSV) of the data, as its file holds it (shown safe)."""
    import os

    from sco_cli.article.reading import DEFAULT_MAX_SIZE, read_article
    from sco_cli.dataset import data_dir

    return _shown(read_article(os.path.join(data_dir(), name), DEFAULT_MAX_SIZE)[0])


def _article(name: str | None) -> str | None:
    from sco_cli.article.reading import STDIN

    if name == STDIN:
        raise UsageProblem("standard input carries the protocol here: name a file or a URL")
    return name


def _past_end(date: str | None, end: str) -> str | None:
    if date is None or date <= end:
        return None
    return (
        f"the reference covers events up to {end}; {date} is past it, so this is the last "
        "known state, which later changes may have altered"
    )


def _sources(sources: Iterable[str | None]) -> str:
    found = list(dict.fromkeys(s for s in sources if s))
    return ", ".join(found) if found else "none given"


def _capped(lines: Iterable[str]) -> list[str]:
    kept = list(lines)
    return kept[:MAX_LINES] + _more(len(kept))


def _more(count: int) -> list[str]:
    extra = count - MAX_LINES
    return [f"... and {extra} more in the structured content"] if extra > 0 else []


def _json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def _text(lines: list[str], notice: str | None = None) -> str:
    if notice:
        lines = [*lines, f"Note: {notice}"]
    return _shown("\n".join(lines))


def _shown(text: str) -> str:
    from sco_cli.output.sanitize import shown

    return shown(text)
