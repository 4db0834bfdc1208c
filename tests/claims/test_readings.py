"""Where sources disagree (issue 22): a claim that agrees with one credible reading
and not another is disputed; a count published that day agrees, naming it; a
virtual meeting is said to be one; a date past the reference says where it ends."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from sco_cli.dataset import EVENTS_FILE
from tests.conftest import Invoke, judged


@pytest.mark.parametrize("year", ["2022", "2023"])
def test_saudi_arabia_became_a_partner_is_disputed_not_contradicted(
    sco: Invoke, tmp_path: Path, year: str
) -> None:
    [claim] = judged(
        sco, tmp_path, f"Saudi Arabia became a dialogue partner in {year}.", "2023-06-01"
    )
    assert claim["verdict"] == "disputed"
    note = claim["note"]
    # both readings, each with its source
    assert "2022-09-16 (https://khovar.tj/" in note
    assert "or 2023-03-28 (Gulf News 2023-03-29" in note
    which = "the reference's reading" if year == "2022" else "the other reading"
    assert f"agrees on {which}" in note
    in_force = {
        row["in_force"] for row in claim["reference"] if row["status"] == "dialogue-partner"
    }
    assert in_force == {"2022-09-16", "2023-03-28"}


def test_a_year_neither_reading_gives_still_contradicts(sco: Invoke, tmp_path: Path) -> None:
    [claim] = judged(sco, tmp_path, "Saudi Arabia became a dialogue partner in 2019.", "2023-06-01")
    assert claim["verdict"] == "contradicts"


def test_nine_dialogue_partners_the_day_after_samarkand_agrees(sco: Invoke, tmp_path: Path) -> None:
    [claim] = judged(sco, tmp_path, "The SCO has nine dialogue partners.", "2022-09-17")
    assert (claim["verdict"], claim["basis"]) == ("agrees", "in-force")


def test_a_samarkand_partner_by_decision_is_disputed(sco: Invoke, tmp_path: Path) -> None:
    [claim] = judged(sco, tmp_path, "Bahrain is an SCO dialogue partner.", "2022-10-01")
    assert (claim["verdict"], claim["basis"]) == ("disputed", "decision")
    assert "Bahrain decided 2022-09-16" in claim["note"]
    assert "or 2023-07-15 (Xinhua 2022-09-16" in claim["note"]


def test_a_count_published_that_day_agrees_naming_it(sco: Invoke, tmp_path: Path) -> None:
    # Pajhwok 2012-06-07 counted four observers, before that day's Beijing decisions;
    # the reference has five (Afghanistan from 2012-06-07) on both bases
    [claim] = judged(sco, tmp_path, "The SCO has four observer states.", "2012-06-07")
    assert (claim["verdict"], claim["basis"]) == ("agrees", "published")
    assert "matches the count published on 2012-06-07" in claim["note"]
    assert "pajhwok.com" in claim["note"]
    assert any(row.get("published") == 4 for row in claim["reference"])
    # the same count a day later matches nothing published: it contradicts
    [later] = judged(sco, tmp_path, "The SCO has four observer states.", "2012-06-08")
    assert later["verdict"] == "contradicts"


def test_a_stale_published_count_makes_no_claim_agree(sco: Invoke, tmp_path: Path) -> None:
    # UrduPoint (Sputnik) 2023-03-30 repeated an old list of six dialogue partners
    [claim] = judged(sco, tmp_path, "The SCO has six dialogue partners.", "2023-03-30")
    assert claim["verdict"] == "contradicts"


def test_a_count_matching_a_basis_is_not_disputed(sco: Invoke, tmp_path: Path) -> None:
    # 14 by decision on 2022-10-01 (the Samarkand five counted from the decision), which
    # the other reading of their rows would not give: a basis agrees, as before
    [claim] = judged(sco, tmp_path, "The SCO has 14 dialogue partners.", "2022-10-01")
    assert (claim["verdict"], claim["basis"]) == ("agrees", "decision")


@pytest.mark.parametrize(
    ("sentence", "chair"),
    [
        ("The 2020 summit was held in Moscow.", "Russia"),
        ("The 2023 summit was held in New Delhi.", "India"),
    ],
)
def test_a_virtual_meeting_held_in_a_city_says_it_was_virtual(
    sco: Invoke, tmp_path: Path, sentence: str, chair: str
) -> None:
    [claim] = judged(sco, tmp_path, sentence, "2024-01-01")
    assert claim["verdict"] == "agrees"
    assert claim["note"].startswith(
        f"a virtual meeting: held by videoconference, chaired by {chair}"
    )


def test_an_in_person_summit_has_no_such_note(sco: Invoke, tmp_path: Path) -> None:
    [claim] = judged(sco, tmp_path, "The 2022 summit was held in Samarkand.", "2024-01-01")
    assert claim["verdict"] == "agrees"
    assert "virtual" not in claim["note"]


def test_every_answer_past_the_end_says_where_it_ends(sco: Invoke, tmp_path: Path) -> None:
    text = (
        "The 2020 summit was held in Moscow. The SCO has ten member states. "
        "Laos became a partner in 2025."
    )
    claims = judged(sco, tmp_path, text, "2026-06-01")
    assert len(claims) == 3
    for claim in claims:
        assert (
            "reference's end" in claim["note"]
            or "the reference ends on 2025-11-18" in claim["note"]
        )


def _rewrite(path: Path, change: Any) -> None:
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    for row in rows:
        change(row)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda r: r.update(source_other="") if r["country"] == "Saudi Arabia" else None,
            "source_other: the other reading needs a source",
        ),
        (
            lambda r: r.update(other_reading="") if r["country"] == "Saudi Arabia" else None,
            "other_reading: the disputed in_force date needs the other reading's date",
        ),
        (
            lambda r: (
                r.update(other_reading=r["in_force"]) if r["country"] == "Saudi Arabia" else None
            ),
            "is the row's own in_force date, not another reading",
        ),
        (
            lambda r: (
                r.update(other_reading="2021-01-01") if r["country"] == "Saudi Arabia" else None
            ),
            "on that reading 2021-01-01 is before the decision",
        ),
        (
            lambda r: r.update(source_other="x") if r["country"] == "China" else None,
            "an other reading is given, but no disputed column is named",
        ),
        (
            lambda r: r.update(disputed="note") if r["country"] == "Saudi Arabia" else None,
            "disputed: Input should be",
        ),
    ],
)
def test_verify_checks_the_readings(
    sco: Invoke, data_copy: Path, change: Any, message: str
) -> None:
    _rewrite(data_copy / EVENTS_FILE, change)
    result = sco("verify", "--format", "plain")
    assert result.exit_code != 0
    assert message in result.stdout


def test_verify_lists_the_disputed_rows(sco: Invoke) -> None:
    result = sco("verify", "--format", "plain")
    line = next(line for line in result.stdout.splitlines() if line.startswith("reading"))
    assert "6 rows keep another reading with its source" in line
    assert "Saudi Arabia (in_force)" in line
    assert "Bahrain (decided)" in line


def test_a_summit_past_the_reference_says_where_it_ends(sco: Invoke) -> None:
    result = sco("summits", "2026")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: the reference ends on 2025-11-18: it has no summit of 2026 (its last: 2025, Tianjin)\n"
    )


def test_the_reference_past_tianjin(sco: Invoke) -> None:
    # Kyrgyzstan's chair and the Council of Heads of Government in Moscow (2025-11-17/18)
    timeline = sco("timeline", "--format", "plain").stdout
    assert "Kyrgyzstan takes the SCO chair for 2025-2026" in timeline
    assert "Council of Heads of Government" in timeline
    members = sco("members", "--count", "--as-of", "2026-06-01")
    assert "the reference covers events up to 2025-11-18" in members.stderr
    laos = json.loads(sco("members", "--country", "Laos", "--json").stdout)
    assert laos["history"][0]["in_force"] is None  # no report of its memorandum's signing
