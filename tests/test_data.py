"""Loading the data: evidence is checked against the article, counts against the roster."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sco_cli.article.parse import normalize_space
from sco_cli.dataset import data_dir
from sco_cli.dataset.checks import validate as load_dataset
from sco_cli.dataset.query import iter_facts
from sco_cli.dataset.roster import count_by_status

SEED_SHA256 = "28ff6791726c142a818e587b7e74a8c67ab2fcf210261c2d0cc72171df43a28c"
SEED = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "000_b63b9ab8cbf85ae0.txt"
)


def test_every_evidence_quote_is_in_the_article_where_it_says() -> None:
    dataset = load_dataset()
    facts = list(iter_facts(dataset.facts))
    assert len(facts) >= 30
    body = {p.number: p for p in dataset.article.paragraphs}
    for path, fact in facts:
        for evidence in fact["evidence"]:
            quote = normalize_space(evidence["quote"])
            if evidence["part"] == "body":
                paragraph = body[evidence["paragraph"]]
                assert paragraph.section == evidence["section"], path
                assert quote in paragraph.text, path
                # The quote begins in the sentence it is said to stand in.
                sentence = paragraph.sentences[evidence["sentence"] - 1]
                assert quote[:20] in sentence, (path, sentence)
            else:
                assert evidence["section"] is None, path


def test_article_in_data_is_byte_identical_to_the_seed() -> None:
    packaged = (Path(data_dir()) / "article" / "000_b63b9ab8cbf85ae0.txt").read_bytes()
    # The seed's digest, pinned when it was copied; the shared seed itself is
    # compared too where it sits beside the checkout (as it does in CI).
    assert hashlib.sha256(packaged).hexdigest() == SEED_SHA256
    if SEED.exists():
        assert packaged == SEED.read_bytes()


def test_roster_counts_on_the_eve_of_the_summit_are_the_articles() -> None:
    dataset = load_dataset()
    counts = count_by_status(dataset.roster(dataset.roster_as_of))
    assert (counts["member"], counts["observer"], counts["dialogue_partner"]) == (10, 2, 14)
    assert dataset.roster_as_of == "2025-08-30"
    assert dataset.reference_as_of == "2025-11-18"


def test_data_dir_is_found_from_this_install() -> None:
    # The test environment is an editable install: data/ sits beside the package.
    assert (Path(data_dir()) / "facts.toml").is_file()
    assert (Path(data_dir()) / "reference" / "sco-status-events.csv").is_file()
