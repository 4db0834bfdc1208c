"""Archives made in tests from the corpus the repository owns (tests/articles)."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

from tests.claims.corpus import ARTICLES

TEXTS = sorted(ARTICLES.glob("*.txt"))
PAGES = sorted(ARTICLES.glob("*.html"))
FILLER = "The council met on Tuesday to discuss the budget and the harbour works."


def rows() -> list[dict[str, str]]:
    """Each text article of the corpus as a record, with records that never name the SCO."""
    found = []
    for number, path in enumerate(TEXTS):
        found.append({"id": path.stem, "text": path.read_text(encoding="utf-8")})
        found.append({"id": f"filler-{number}", "text": FILLER})
    return found


def jsonl(path: Path, records: list[dict[str, str]] | None = None) -> Path:
    lines = [json.dumps(r) for r in (rows() if records is None else records)]
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def table(path: Path, delimiter: str = ",") -> Path:
    out = io.StringIO()
    writer = csv.DictWriter(out, ["id", "text"], delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows())
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    return path


def parquet(path: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = rows()
    pq.write_table(
        pa.table({k: [r[k] for r in records] for k in ("id", "text")}),
        path,
        row_group_size=5,
    )
    return path


def warc(path: Path) -> Path:
    """A WARC of the corpus's pages (HTML responses) and texts (resources), with a request."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        for page in PAGES:
            url = f"https://news.example/{page.stem}"
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
                )
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(page.read_bytes()), http_headers=headers
                )
            )
        for text in TEXTS[:3]:
            writer.write_record(
                writer.create_warc_record(
                    f"https://news.example/{text.stem}.txt",
                    "resource",
                    payload=io.BytesIO(text.read_bytes()),
                    warc_content_type="text/plain",
                )
            )
    return path
