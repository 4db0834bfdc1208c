"""The reference tables (status events and rules, summits, milestones) and the
`roster` view: who held which status on each date the roster changed.

Values are spelled as the command line and the JSON spell them (dialogue-partner,
in-force, in-person: roster.status_label), so that a check database's claims and
verdicts join the reference tables on their values."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sco_cli.database.tables import ROW_ID, Part, Row, Table, column
from sco_cli.dataset import EVENTS_FILE, MILESTONES_FILE, RULES_FILE, SUMMITS_FILE
from sco_cli.dataset.roster import in_force_from, status_label

if TYPE_CHECKING:
    from sco_cli.dataset import Dataset

_EACH_ROW = "each row names its sources"

STATUS_EVENTS = Table(
    "status_events",
    "Status events",
    "Each country's SCO statuses: decided at a summit, in force from a date.",
    (
        ROW_ID,
        column("decided", "TEXT", "The date of the decision (ISO)", not_null=True),
        column(
            "in_force",
            "TEXT",
            "When the status took effect, as written: a date, a month (YYYY-MM), "
            "or empty while pending",
        ),
        column(
            "in_force_from",
            "TEXT",
            "The ISO date it is in force from (a month's last day for a month; "
            "empty while pending), as `sco members` counts it",
        ),
        column("country", "TEXT", "The country, in English", not_null=True),
        column("iso2", "TEXT", "ISO 3166-1 alpha-2 code"),
        column("iso3", "TEXT", "ISO 3166-1 alpha-3 code", not_null=True),
        column("status", "TEXT", "member, observer, dialogue-partner or partner"),
        column("event", "TEXT", "What happened"),
        column("source_decided", "TEXT", "The source of the decision's date"),
        column("source_in_force", "TEXT", "The source of the in-force date"),
        column("note", "TEXT", "What is uncertain about the row"),
    ),
    source=f"data/{EVENTS_FILE} ({_EACH_ROW})",
    unique=("iso3", "decided"),
)
STATUS_RULES = Table(
    "status_rules",
    "Status rules",
    "Changes of status that apply to every holder (the Tianjin summit made observers "
    "and dialogue partners 'SCO partners').",
    (
        ROW_ID,
        column("date", "TEXT", "From when the rule applies (ISO)", not_null=True),
        column(
            "from_status",
            "TEXT",
            "The status it changes (spelled as status_events.status)",
            not_null=True,
        ),
        column("to_status", "TEXT", "The status it becomes", not_null=True),
        column("event", "TEXT", "What happened"),
        column("source", "TEXT", "The source"),
    ),
    source=f"data/{RULES_FILE} ({_EACH_ROW})",
)
SUMMITS = Table(
    "summits",
    "Summits",
    "Every meeting of the SCO Council of Heads of State.",
    (
        column(
            "ordinal", "INTEGER", "The meeting's number, as the SCO counts them", primary_key=True
        ),
        column("start", "TEXT", "Its first day (ISO)"),
        column("end", "TEXT", "Its last day (ISO); the Council's decisions fall on it"),
        column("city", "TEXT", "The city, in English"),
        column("country", "TEXT", "The host country, in English"),
        column("iso3", "TEXT", "The host's ISO 3166-1 alpha-3 code"),
        column("format", "TEXT", "in-person, virtual or hybrid"),
        column("event", "TEXT", "What the meeting was and did"),
        column("source", "TEXT", "The source"),
        column("note", "TEXT", "What other sources say, where they differ"),
    ),
    source=f"data/{SUMMITS_FILE} ({_EACH_ROW})",
)
MILESTONES = Table(
    "milestones",
    "Milestones",
    "Dated events in the SCO's history.",
    (
        ROW_ID,
        column("date", "TEXT", "When (ISO)", not_null=True),
        column("end_date", "TEXT", "When it ended, for an event of several days"),
        column("event", "TEXT", "What happened"),
        column("source", "TEXT", "The source"),
    ),
    source=f"data/{MILESTONES_FILE} ({_EACH_ROW})",
)
REFERENCE_TABLES = (STATUS_EVENTS, STATUS_RULES, SUMMITS, MILESTONES)


def reference_parts(dataset: Dataset) -> list[Part]:
    events: list[Row] = [
        (
            n,
            e["decided"],
            e["in_force"],
            in_force_from(e["in_force"]),
            e["country"],
            e["iso2"],
            e["iso3"],
            status_label(e["status"]),
            e["event"],
            e["source_decided"],
            e["source_in_force"],
            e["note"],
        )
        for n, e in enumerate(dataset.events, start=1)
    ]
    rules: list[Row] = [
        (
            n,
            r["date"],
            status_label(r["from_status"]),
            status_label(r["to_status"]),
            r["event"],
            r["source"],
        )
        for n, r in enumerate(dataset.rules, start=1)
    ]
    milestones: list[Row] = [
        (n, m["date"], m["end_date"], m["event"], m["source"])
        for n, m in enumerate(dataset.milestones, start=1)
    ]
    summits: list[Row] = [
        (
            s["ordinal"],
            s["start"],
            s["end"],
            s["city"],
            s["country"],
            s["iso3"],
            status_label(s["format"]),
            s["event"],
            s["source"],
            s["note"],
        )
        for s in dataset.summits
    ]
    return [
        Part(STATUS_EVENTS, events),
        Part(STATUS_RULES, rules),
        Part(SUMMITS, summits),
        Part(MILESTONES, milestones),
    ]


# Each country's status on each date the roster changes, on each basis, as
# sco_cli.dataset.roster.roster_on computes it: its latest decision counted by then
# (decided by then, or in force by then), then the rule in force by then that
# renames its status (a test keeps the two the same for every date).
ROSTER_VIEW = """
CREATE VIEW roster AS
WITH bases(basis) AS (VALUES ('in-force'), ('decision')),
counted AS (
  SELECT b.basis, e.*,
         CASE b.basis WHEN 'decision' THEN e.decided ELSE e.in_force_from END AS start
  FROM bases b JOIN status_events e
),
dates AS (
  SELECT basis, start AS date FROM counted WHERE start IS NOT NULL
  UNION SELECT b.basis, r.date FROM bases b JOIN status_rules r
),
latest AS (
  SELECT d.date AS on_date, c.* FROM dates d JOIN counted c
    ON c.basis = d.basis AND c.start <= d.date
  WHERE NOT EXISTS (
    SELECT 1 FROM counted later
    WHERE later.basis = c.basis AND later.iso3 = c.iso3 AND later.start <= d.date
      AND (later.decided, later.start) > (c.decided, c.start)
  )
),
ruled AS (
  SELECT l.*, (
    SELECT r.id FROM status_rules r
    WHERE r.date <= l.on_date AND r.from_status = l.status ORDER BY r.date, r.id LIMIT 1
  ) AS rule_id
  FROM latest l
)
SELECT
  ruled.basis,
  ruled.on_date AS date,
  ruled.country,
  ruled.iso2,
  ruled.iso3,
  coalesce(r.to_status, ruled.status) AS status,
  CASE WHEN r.id IS NOT NULL AND ruled.start <= r.date THEN r.date
       WHEN ruled.basis = 'decision' THEN ruled.decided ELSE ruled.in_force END AS since,
  CASE WHEN r.id IS NOT NULL AND ruled.start <= r.date THEN r.event ELSE ruled.event END AS event,
  CASE WHEN r.id IS NOT NULL AND ruled.start <= r.date THEN r.source
       WHEN ruled.basis = 'decision' THEN ruled.source_decided ELSE ruled.source_in_force
  END AS source
FROM ruled LEFT JOIN status_rules r ON r.id = ruled.rule_id
ORDER BY ruled.basis DESC, ruled.on_date, ruled.country
"""
ROSTER_COLUMNS = {
    "basis": "in-force: the statuses in force on the date; decision: those decided by it",
    "date": "A date on which the roster changed (ISO)",
    "country": "The country, in English",
    "iso2": "ISO 3166-1 alpha-2 code",
    "iso3": "ISO 3166-1 alpha-3 code",
    "status": "Its status on the date",
    "since": "The date it holds the status from, on that basis",
    "event": "The event that gave it the status",
    "source": "The source of that date",
}
