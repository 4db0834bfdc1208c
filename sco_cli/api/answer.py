"""What every API function returns: the CLI's JSON document, typed, with what the
CLI would say beside it on stderr."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

if TYPE_CHECKING:
    from sco_cli.reports import Report

Document = TypeVar("Document", bound=Mapping[str, Any])


class Answer(NamedTuple, Generic[Document]):
    """`document` is `sco N --json`'s document for the same question (a TypedDict of
    sco_cli.reports.N, as `sco schema N` describes it); `json()` is its text, byte for
    byte. `notice` is the caveat the CLI prints as 'Note: ...' (a date past the
    reference's end, hits cut by a limit), `error` what went wrong beside the answer
    (an article that could not be read), `exit_code` the CLI's (4: a claim contradicts)."""

    document: Document
    notice: str | None = None
    error: str | None = None
    exit_code: int = 0

    @staticmethod
    def of(report: Report) -> Answer[Any]:
        """A Report's document and what is said beside it (its rows are for text formats)."""
        return Answer(report.document, report.notice, report.error, report.exit_code)

    def json(self, indent: int = 2) -> str:
        """The document as `sco N --json` prints it (a long list written an item at a time)."""
        from sco_cli.output.cells import json_chunks

        return "".join(json_chunks(self.document, indent))

    def data(self) -> dict[str, Any]:
        """The document as plain JSON values (dicts, lists, str, int, float, bool, None)."""
        import json

        from sco_cli.output.cells import json_text

        value: dict[str, Any] = json.loads(json_text(self.document, indent=None))
        return value
