"""Loading the data: evidence is checked against the article, counts against the roster."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from sco_cli.article import normalize_space
from sco_cli.dataset import data_dir
from sco_cli.dataset.checks import validate as load_dataset
from sco_cli.query import iter_facts
from sco_cli.roster import count_by_status
from tests.conftest import Invoke

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
    assert dataset.reference_as_of == "2025-09-01"


def test_data_dir_is_found_from_this_install() -> None:
    # The test environment is an editable install: data/ sits beside the package.
    assert (Path(data_dir()) / "facts.toml").is_file()
    assert (Path(data_dir()) / "reference" / "sco-status-events.csv").is_file()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"the test's anchor {old!r} is not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "facts.toml",
            'evidence = ["will convene in Tianjin, China"]',
            'evidence = ["will convene in Beijing, China"]',
            "facts.toml: summit.city.evidence.0: quote not found in the article: "
            "'will convene in Beijing, China'",
        ),
        (
            "facts.toml",
            "value = 10\n",
            "value = 11\n",
            "facts.toml: membership.member_states: the article says 11, but the reference "
            "roster has 10 member(s) in force on 2025-08-30",
        ),
        (
            "facts.toml",
            'value = "Tianjin"',
            "value = 7",
            "facts.toml: summit.city.value: Input should be a valid string",
        ),
        (
            "facts.toml",
            'label = "Author"\n',
            'label = "Author"\nphotographer = "x"\n',
            "facts.toml: source.author.photographer: unknown field",
        ),
        (
            "facts.toml",
            'label = "City that hosts the summit"\n',
            "",
            "facts.toml: summit.city.label: Field required",
        ),
        (
            "facts.toml",
            "[summit.city]",
            "[summit.city",
            "facts.toml: invalid TOML",
        ),
        (
            "reference/sco-status-events.csv",
            "2004-06-17,2004-06-17,Mongolia",
            "2004-02-30,2004-06-17,Mongolia",
            "sco-status-events.csv: line 8, decided: Input should be a valid date",
        ),
        (
            "reference/sco-status-events.csv",
            "Mongolia,MN,MNG,observer",
            "Mongolia,MN,MNG,friend",
            "sco-status-events.csv: line 8, status: Input should be 'member', 'observer', "
            "'dialogue_partner' or 'partner'",
        ),
        (
            "reference/sco-status-events.csv",
            ",Sri Lanka,LK,LKA,",
            ",Belarus,BY,BLR,",
            "sco-status-events.csv: line 13: duplicate of line 12 (decided, iso3 = 2009-06-16, BLR)",
        ),
        (
            "reference/sco-milestones.csv",
            ",https://www.hrichina.org/content/5223",
            ",",
            "sco-milestones.csv: line 4, source: String should have at least 1 character",
        ),
    ],
)
def test_broken_data_exits_3_naming_file_field_and_reason(
    sco: Invoke, data_copy: Path, file: str, old: str, new: str, message: str
) -> None:
    _edit(data_copy / file, old, new)
    result = sco("members")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"Error: {data_copy}/")
    assert message in result.stderr


def test_missing_article_file_exits_3(sco: Invoke, data_copy: Path) -> None:
    (data_copy / "article" / "000_b63b9ab8cbf85ae0.txt").unlink()
    result = sco("sections")
    assert result.exit_code == 3
    assert re.fullmatch(r"Error: .*000_b63b9ab8cbf85ae0\.txt: file not found\n", result.stderr)


def test_missing_data_dir_exits_3(sco: Invoke, tmp_path: Path) -> None:
    result = sco("summary", env={"SCO_DATA_DIR": str(tmp_path / "nowhere")})
    assert result.exit_code == 3
    assert "data directory not found" in result.stderr
