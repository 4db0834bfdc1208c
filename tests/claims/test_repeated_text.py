"""One phrase, one claim: a page whose opening lines come again at its end (in the same
paragraph, as scraped pages repeat their lead) reports those claims once; a sentence a
writer repeats on its own, between others, is still read where it stands."""

from __future__ import annotations

from sco_cli import api

LEAD = [
    "India and Pakistan became members in 2017.",
    "Iran joined the SCO in 2023.",
]
BODY = ["The summit took place in Astana.", "Leaders discussed trade and security."]


def _claims(lines: list[str]) -> list[tuple[str, str, object]]:
    text = "date 2024-07-10\n\n" + "\n".join(lines) + "\n"
    return [
        (c["claim"]["kind"], c["claim"]["subject"], c["claim"]["value"])
        for c in api.check_text(text).document["claims"]
    ]


def test_a_lead_repeated_at_the_end_of_its_paragraph_is_read_once() -> None:
    once = _claims(LEAD + BODY)
    twice = _claims(LEAD + BODY + LEAD)
    assert sorted(twice) == sorted(once)
    assert ("joined", "Iran", "member") in twice


def test_one_sentence_said_again_between_others_is_read_again() -> None:
    said = _claims([LEAD[1], *BODY, LEAD[1], "Leaders also met the press."])
    assert said.count(("joined", "Iran", "member")) == 2
