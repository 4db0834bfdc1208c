"""Archives for `sco check`: JSON Lines, CSV, Parquet and WARC files of records, the
SCO pre-filter, and the check of one record as a function to map (`--jobs`, Dask).

`check_record(record, options)` and `check_records` are imported from here;
each module imports what it uses when it runs (pyarrow and warcio only when
such a file is read).
"""

from __future__ import annotations

from sco_cli.archive.work import Options, Record, Result, check_record, check_records

__all__ = ["Options", "Record", "Result", "check_record", "check_records"]
