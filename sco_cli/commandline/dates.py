"""Dates as people type them on the command line: a year, a month or a day."""

from __future__ import annotations

import datetime as dt

DATE_HELP = "use YYYY-MM-DD, YYYY-MM, YYYY or today"
AS_OF_HELP = "use YYYY-MM-DD, YYYY-MM, YYYY, today or latest"
YEAR_HELP = "use YYYY"
TODAY = "today"
# --as-of latest: the reference's last date, known only once the data is loaded, so the
# word is passed on as it is; the one spelling every command, the API and the MCP share.
LATEST = "latest"


def today() -> str:
    """The machine's date, ISO: what 'today' means wherever a date is typed."""
    return dt.date.today().isoformat()


def typed_date(text: str, *, last: bool) -> str:
    """A date as typed on the command line: what parse_date reads (in any digits), or
    'today' (the machine's date). ValueError when it is none."""
    from sco_cli.commandline.numbers import ascii_digits

    text = ascii_digits(text.strip())  # dates are compared as ASCII text
    if text.lower() == TODAY:
        return today()
    return parse_date(text, last=last)


def typed_as_of(text: str) -> str:
    """--as-of as typed: 'latest' (in any case) as LATEST, else a date as typed_date
    reads it, a year or a month meaning its last day. ValueError when it is none."""
    if text.strip().lower() == LATEST:
        return LATEST
    return typed_date(text, last=True)


def typed_year(text: str) -> int:
    """A year as typed (digits of any script). ValueError naming the year meant when
    the text is a month or a day ('2025-08'), else ValueError."""
    from sco_cli.commandline.numbers import ascii_digits

    digits = ascii_digits(text.strip())
    if digits.isascii() and digits.isdigit():
        return int(digits)
    try:
        meant = parse_date(digits, last=False)[:4]
    except ValueError:
        raise ValueError(f"{text!r} is not a year: {YEAR_HELP}") from None
    raise ValueError(f"{text!r} is a date, not a year: {YEAR_HELP}, such as {meant}")


def parse_date(text: str, *, last: bool) -> str:
    """'2017' -> '2017-12-31' (last) or '2017-01-01'; '2025-09' -> its last or first
    day; '2025-09-01' as it is. Returns an ISO date; ValueError when it is none."""
    text = text.strip()
    parts = text.split("-")
    if not text.isascii() or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise ValueError(text)
    if int(parts[0]) < dt.MINYEAR:  # the year 0000 is no date (as date.fromisoformat says)
        raise ValueError(text)
    if len(parts) == 1:
        return f"{text}-12-31" if last else f"{text}-01-01"
    if len(parts) == 2 and len(parts[1]) == 2:
        year, month = int(parts[0]), int(parts[1])
        if not 1 <= month <= 12:
            raise ValueError(text)
        day = days_in_month(year, month) if last else 1
        return f"{year:04d}-{month:02d}-{day:02d}"
    return dt.date.fromisoformat(text).isoformat()


def days_in_month(year: int, month: int) -> int:
    """As calendar.monthrange(year, month)[1], without importing calendar."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def span_of(date: str) -> tuple[str, str]:
    """The first and last day a date as the data gives it may mean: '2025' -> the year."""
    return parse_date(date, last=False), parse_date(date, last=True)
