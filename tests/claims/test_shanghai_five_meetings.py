"""A meeting before the SCO's founding, in a sentence that does not name the SCO, is the
Shanghai Five's: the summit stage gives no claim for it (claims/decoys.py has the class's
examples); its founding year is the reference's."""

from __future__ import annotations

from sco_cli.claims.extract import claims_in
from sco_cli.claims.summits import FOUNDED_YEAR
from sco_cli.dataset import load_dataset


def test_the_summit_stage_knows_the_year_the_reference_founds_the_sco() -> None:
    founded = min(e["decided"] for e in load_dataset().events)
    assert int(founded[:4]) == FOUNDED_YEAR


def test_a_meeting_before_the_founding_is_read_only_when_the_sentence_names_the_sco() -> None:
    year = FOUNDED_YEAR - 2
    assert claims_in(f"The fourth summit was held on 24 August {year} in Bishkek.") == []
    (named,) = claims_in(f"The fourth SCO summit was held on 24 August {year} in Bishkek.")
    assert (named.kind, named.value) == ("summit", year)
    (later,) = claims_in(f"The ninth summit was held on 15 June {FOUNDED_YEAR + 5} in Shanghai.")
    assert (later.kind, later.value) == ("summit", FOUNDED_YEAR + 5)
