"""What `sco mcp` answers, in-process and without the SDK (server/tools.py):
the document is the API's, and the text states each fact with its evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_cli import api
from sco_cli.errors import NotFound, UsageProblem
from sco_cli.server import tools

ARTICLE = Path(__file__).resolve().parent / "articles" / "2009-yekaterinburg-partners.txt"


def test_the_roster_with_its_sources_and_pending_statuses() -> None:
    told = tools.members("2009-07", basis="in-force")
    assert told.document == api.members("2009-07").data()
    # Belarus was decided a dialogue partner on 2009-06-16, in force from 2010-04.
    pending = told.text.index("decided, not yet in force (not counted):")
    assert told.text.index("- Belarus (BLR), dialogue-partner") > pending
    assert "Source: http" in told.text


def test_a_long_list_is_cut_in_the_text_not_in_the_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tools, "MAX_LINES", 5)
    told = tools.facts()
    assert len(told.document["facts"]) > tools.MAX_LINES
    assert f"... and {len(told.document['facts']) - tools.MAX_LINES} more" in told.text


def test_a_single_day_summit_and_a_city() -> None:
    told = tools.summits(city="astana")
    assert "Astana" in told.text
    assert told.document == api.summits(city="astana").data()


def test_quote_and_search_of_another_article() -> None:
    assert "paragraph 1" in tools.quote(paragraph=1, article=str(ARTICLE)).text
    found = tools.search("summit", limit=0, article=str(ARTICLE))
    assert found.document == api.search("summit", limit=0, article=ARTICLE).data()


def test_a_check_of_files_and_of_a_text() -> None:
    told = tools.check(inputs=[str(ARTICLE)], as_of="2019")
    assert "claims judged on 2019-12-31" in told.text
    text = tools.check(text=" date 2031-01-01\n\nThe SCO has 10 member states.")
    assert "Note: the reference covers events up to" in text.text


def test_errors_are_one_line_and_standard_input_is_refused() -> None:
    with pytest.raises(UsageProblem):
        tools.search("railway", article="-")
    with pytest.raises(UsageProblem):
        tools.check(text="x", inputs=["a.txt"])
    assert tools.failure(NotFound("no\nsuch \x1b[31mthing")) == "Error: no such ␛[31mthing"
    bug = tools.failure(KeyError("x"))
    assert bug.startswith("Error: internal error (KeyError: 'x'); this is a bug in sco")


def test_the_resources_are_shown_safe() -> None:
    assert "Tianjin" in tools.packaged_article()
    assert "Belarus" in tools.reference_table("reference/sco-status-events.csv")


def test_a_refused_argument_is_one_line_of_what_it_accepts() -> None:
    """The words the MCP server answers a refused argument with (tests/test_mcp.py
    drives them through the SDK's client): pydantic's errors -> one line."""
    from typing import Annotated

    from pydantic import BaseModel, Field, ValidationError

    from sco_cli.server.tools import bad_arguments, unknown_arguments

    class Arguments(BaseModel):
        limit: Annotated[int, Field(ge=0, le=1000, description="At most N hits")] = 10
        countries: Annotated[list[str], Field(min_length=1)]

    schema = Arguments.model_json_schema()
    with pytest.raises(ValidationError) as refused:
        Arguments.model_validate({"limit": "x" * 500})
    line = bad_arguments("search", refused.value.errors(), schema)
    assert line == (
        "Error: search: limit '" + "x" * 58 + "… is not accepted: limit takes an integer "
        "from 0 to 1000 (At most N hits) (and 1 more)"
    )
    assert "\n" not in line
    assert unknown_arguments("search", {"limt": 1}, schema) == (
        "Error: search: unknown argument 'limt'; did you mean 'limit'?; search takes limit, countries"
    )
    assert unknown_arguments("search", {"limit": 1}, schema) is None
