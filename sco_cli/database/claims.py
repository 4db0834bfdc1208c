"""`sco check --export FILE.db`: the claims, their verdicts and the reference rows
behind each, built from the check's own records (what `sco check --json` prints)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sco_cli.database.tables import ROW_ID, Part, Row, Table, article_id, column
from sco_cli.dataset.roster import status_label

if TYPE_CHECKING:
    from sco_cli.dataset import Dataset

_CHECK = "sco check, against sco's reference tables"

CLAIMS = Table(
    "claims",
    "Claims",
    "Every SCO claim sco check found in the checked articles: counts, statuses, joining, "
    "founding and summits, with where each stands.",
    (
        ROW_ID,
        article_id(),
        column("sentence_id", "INTEGER", "The sentence that makes it", references="sentences(id)"),
        column("paragraph", "INTEGER", "The number of its paragraph", not_null=True),
        column("sentence", "INTEGER", "The number of its sentence in the paragraph", not_null=True),
        column("kind", "TEXT", "count, status, joined, founding or summit", not_null=True),
        column("subject", "TEXT", "A status (for a count), a country, SCO / Shanghai Five, a city"),
        column("value", "TEXT", "What it says of the subject: a number, a status or a year"),
        column("text", "TEXT", "The claim's words in the sentence", not_null=True),
        column(
            "start",
            "INTEGER",
            "Where it starts in the article's text (its paragraphs joined by a blank line)",
        ),
        column("end", "INTEGER", "Where it ends there (exclusive)"),
        column(
            "details",
            "TEXT",
            "The rest of the claim as `sco check --json` gives it (iso3, year, city, "
            "ordinal, relative...), a JSON object",
        ),
    ),
    source=_CHECK,
    label_column="text",
)
VERDICTS = Table(
    "verdicts",
    "Verdicts",
    "Each claim judged against the dated reference on the article's date (or --as-of): "
    "agrees, contradicts or unverifiable.",
    (
        column(
            "claim_id",
            "INTEGER",
            "The claim judged (one verdict a claim)",
            primary_key=True,
            references="claims(id)",
        ),
        article_id("The claim's article"),
        column("kind", "TEXT", "The claim's kind (as in claims, to facet by)", not_null=True),
        column("verdict", "TEXT", "agrees, contradicts or unverifiable", not_null=True),
        column("basis", "TEXT", "For roster claims: in-force, or decision (true by decision only)"),
        column("as_of", "TEXT", "The date it was judged on (ISO)"),
        column("as_of_from", "TEXT", "Where that date came from: option (--as-of) or article"),
        column(
            "holds",
            "TEXT",
            'When the claim was true: a JSON list of {"from", "to"} ISO dates (to: null, '
            "still true at the reference's end)",
        ),
        column("note", "TEXT", "Why, in a sentence"),
    ),
    source=_CHECK,
    label_column="verdict",
)
VERDICT_REFERENCES = Table(
    "verdict_references",
    "Reference rows of each verdict",
    "The reference rows each claim was checked against, in order, each linked to its "
    "row of status_events, status_rules, summits or milestones, with the source that dates it.",
    (
        ROW_ID,
        column("claim_id", "INTEGER", "The claim", not_null=True, references="verdicts(claim_id)"),
        column("position", "INTEGER", "Its place among the claim's rows, from 1", not_null=True),
        column("status_event_id", "INTEGER", "The status event", references="status_events(id)"),
        column(
            "status_rule_id",
            "INTEGER",
            "The rule that gave the status (the Tianjin summit's 'SCO partner')",
            references="status_rules(id)",
        ),
        column("summit", "INTEGER", "The summit", references="summits(ordinal)"),
        column("milestone_id", "INTEGER", "The milestone", references="milestones(id)"),
        column("source", "TEXT", "The source of the date that counted"),
        column("row", "TEXT", "The row as `sco check --json` shows it, a JSON object"),
    ),
    source=_CHECK,
    unique=("claim_id", "position"),
)
CLAIM_TABLES = (CLAIMS, VERDICTS, VERDICT_REFERENCES)
_CLAIM_KEYS = frozenset({"kind", "subject", "value", "text"})


class ReferenceIds:
    """Which row of the reference tables a row of a verdict is (the tables'
    ids as sco_cli.database.reference numbers them)."""

    def __init__(self, dataset: Dataset) -> None:
        self._statuses: dict[str, list[tuple[str, str]]] = {}  # iso3 -> [(decided, status)]
        for e in dataset.events:
            self._statuses.setdefault(e["iso3"], []).append((e["decided"], e["status"]))
        self.events: dict[tuple[Any, Any], int] = {
            (e["iso3"], e["decided"]): n for n, e in enumerate(dataset.events, start=1)
        }
        self.rules: dict[tuple[Any, Any], list[tuple[int, str]]] = {}
        for n, r in enumerate(dataset.rules, start=1):
            key = (r["date"], status_label(r["to_status"]))
            self.rules.setdefault(key, []).append((n, r["from_status"]))
        self.summits = {s["ordinal"] for s in dataset.summits}
        self.milestones: dict[tuple[Any, Any], int] = {
            (m["date"], m["event"]): n for n, m in enumerate(dataset.milestones, start=1)
        }

    def of(self, row: Mapping[str, Any]) -> tuple[int | None, ...]:
        """(status event id, status rule id, summit ordinal, milestone id): the one
        row it is, or none."""
        event = self.events.get((row.get("iso3"), row.get("decided")))
        if event is not None:
            return event, None, None, None
        rule = self._rule(row)
        if rule is not None:
            return None, rule, None, None
        ordinal = row.get("ordinal")
        if ordinal in self.summits:
            return None, None, ordinal, None
        return None, None, None, self.milestones.get((row.get("date"), row.get("event")))

    def _rule(self, row: Mapping[str, Any]) -> int | None:
        """A status a rule gave (the Tianjin summit's 'SCO partner'): the rule that
        renamed the status the country held before it."""
        rules = self.rules.get((row.get("decided"), row.get("status")), [])
        if len(rules) < 2:
            return rules[0][0] if rules else None
        statuses = self._statuses.get(row.get("iso3", ""), [])
        held = max((s for s in statuses if s[0] < row["decided"]), default=(None, None))[1]
        return next((n for n, status in rules if status == held), None)


def claim_parts(
    records: Iterable[Mapping[str, Any]],
    article_ids: Sequence[str],
    sentence_ids: Mapping[tuple[str, int, int], int],
    reference: ReferenceIds,
) -> list[Part]:
    """The rows of `sco check`'s records, which come article after article:
    `article_ids` holds each record's articles.id, in the records' order (the
    same article may be checked twice: its name would not tell which),
    `sentence_ids` maps (article id, paragraph, sentence) to its sentences.id."""
    claims: list[Row] = []
    verdicts: list[Row] = []
    rows: list[Row] = []
    for claim_id, (record, article) in enumerate(zip(records, article_ids, strict=True), 1):
        claim, where = record["claim"], record["location"]
        details = {k: v for k, v in claim.items() if k not in _CLAIM_KEYS}
        sentence_id = sentence_ids.get((article, where["paragraph"], where["sentence"]))
        claims.append(
            (
                claim_id,
                article,
                sentence_id,
                where["paragraph"],
                where["sentence"],
                claim["kind"],
                claim["subject"],
                claim["value"],
                claim["text"],
                where["start"],
                where["end"],
                json.dumps(details, ensure_ascii=False) if details else None,
            )
        )
        verdicts.append(
            (
                claim_id,
                article,
                claim["kind"],
                record["verdict"],
                record["basis"],
                record["as_of"],
                record["as_of_from"],
                json.dumps(record["holds"]),
                record["note"],
            )
        )
        for position, row in enumerate(record["reference"], start=1):
            shown = json.dumps(row, ensure_ascii=False)
            rows.append(
                (len(rows) + 1, claim_id, position, *reference.of(row), row.get("source"), shown)
            )
    return [Part(CLAIMS, claims), Part(VERDICTS, verdicts), Part(VERDICT_REFERENCES, rows)]
