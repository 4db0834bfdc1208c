"""`sco summits`: where and when the SCO's heads of state met, each meeting with its source."""

from __future__ import annotations

from typing import Annotated, Literal, NotRequired, TypedDict, cast

from sco_cli.dataset import SUMMITS_FILE, Dataset
from sco_cli.dataset.roster import status_label
from sco_cli.dataset.summits import SummitRow, ordinal_text, summits_in_city, summits_in_year
from sco_cli.reports import SCHEMA_VERSION, Localizer, ReferenceNote, Report, Versioned

SUMMIT_FIELDS = (
    "ordinal",
    "start",
    "end",
    "city",
    "country",
    "iso3",
    "format",
    "source",
    "event",
    "note",
)


FormatLabel = Literal["in-person", "virtual", "hybrid"]


class SummitItem(TypedDict):
    ordinal: Annotated[int, "1 for Shanghai 2001 ... 25 for Tianjin 2025"]
    ordinal_text: Annotated[str, "'25th'"]
    start: str
    end: Annotated[str, "The same as start for a one-day meeting"]
    city: str
    country: Annotated[str, "The host country"]
    iso3: str
    format: FormatLabel
    source: str
    event: str
    note: str | None
    country_local: NotRequired[Annotated[str, "With --lang: the host's name in it"]]


class SummitQuery(TypedDict):
    year: int | None
    city: str | None


class SummitsDoc(Versioned):
    """`sco summits [YEAR] [--city NAME]`."""

    document: Literal["summits"]
    query: SummitQuery
    reference: ReferenceNote
    summits: list[SummitItem]
    lang: NotRequired[Annotated[str, "With --lang: the BCP 47 tag (country names and dates)"]]


def summits(
    dataset: Dataset,
    *,
    year: int | None = None,
    city: str | None = None,
    localize: Localizer = None,
) -> Report:
    """Every summit, or those of one year, or of one city (or both: the city's
    summit of that year). Asking for one that does not exist is NotFound."""
    found: list[SummitRow] = list(dataset.summits)
    if year is not None and year > int(dataset.reference_as_of[:4]):
        from sco_cli.errors import NotFound

        raise NotFound(  # past the reference: say where it ends, not that there was none
            f"the reference ends on {dataset.reference_as_of}: it has no summit of {year} "
            f"(its last: {found[-1]['start'][:4]}, {found[-1]['city']})"
        )
    if year is not None:
        found = summits_in_year(found, year)
    if city is not None:
        from sco_cli.errors import NotFound

        in_city = summits_in_city(dataset.summits, city)
        if year is not None and not [s for s in found if s in in_city]:
            held = ", ".join(s["start"][:4] for s in in_city)
            raise NotFound(
                f"no SCO summit in {in_city[0]['city']} in {year} (it held them in {held})"
            )
        found = [s for s in in_city if s in found]
    items = [summit_item(s, localize) for s in found]
    document: SummitsDoc = {
        "schema_version": SCHEMA_VERSION,
        "document": "summits",
        "query": {"year": year, "city": city},
        "reference": {"file": SUMMITS_FILE, "as_of": dataset.reference_as_of},
        "summits": items,
    }
    if localize is not None:
        document["lang"] = localize.tag
    columns = SUMMIT_FIELDS + (("country_local",) if localize is not None else ())
    rows = [tuple(cast(dict[str, object], item).get(f) for f in columns) for item in items]
    return Report(document, columns, rows, "summits")


def summit_item(summit: SummitRow, localize: Localizer = None) -> SummitItem:
    """A summit as the JSON and the records show it (formats spelt as on the command
    line); with --lang, the host's name in that language too."""
    item: SummitItem = {
        "ordinal": summit["ordinal"],
        "ordinal_text": ordinal_text(summit["ordinal"]),
        "start": summit["start"],
        "end": summit["end"],
        "city": summit["city"],
        "country": summit["country"],
        "iso3": summit["iso3"],
        "format": cast(FormatLabel, status_label(summit["format"])),
        "source": summit["source"],
        "event": summit["event"],
        "note": summit["note"] or None,
    }
    if localize is not None:
        iso2 = localize.iso2(summit["iso3"])
        item["country_local"] = localize(summit["country"], iso2) if iso2 else summit["country"]
    return item
