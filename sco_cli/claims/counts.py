"""Counts: "ten member states", "the eight-member bloc", "membership grew to nine"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import Claim
from sco_cli.claims.patterns import WINDOW, rx
from sco_cli.claims.scope import about_other, elsewhere, mentions, status_in


def counts(sentence: str) -> Iterator[Claim]:
    # Anchored on the nouns (a fast scan), each rule then reads a short window
    # around one: scanning the whole sentence with the number rule costs more.
    seen: set[tuple[str, int]] = set()
    for noun in _NOUN.finditer(sentence):
        low, high = max(0, noun.start() - 60), min(len(sentence), noun.end() + 20)
        # "a bloc of ten countries" ends in countries, nations or states only
        names = ("count", "bloc_of") if noun.group()[0] in "cnsCNS" else ("count",)
        for name in names:
            for match in rx(name).finditer(sentence, low, high):
                if (name, match.start()) in seen or not match.start() <= noun.start() < match.end():
                    continue
                seen.add((name, match.start()))
                claim = _count(sentence, match) if name == "count" else _bloc_of(sentence, match)
                if claim is not None:
                    yield claim
    for name in ("membership_to", "bloc_of_bare", "number_of"):
        if name == "number_of" and not re.search("(?:number|total) of", sentence, re.IGNORECASE):
            continue
        for match in rx(name).finditer(sentence):
            value = lx.number(match["num"])
            subject = status_in(match, "noun") if name == "number_of" else "member"
            before = sentence[max(0, match.start() - 40) : match.start()]
            if (
                value is not None
                and value >= 2
                and not about_other(sentence, match.start())
                and not _PAST_OR_DENIED.search(before)
                and not rx("future").search(before)
            ):
                yield Claim("count", subject, value, match.start(), match.end(), {})
    for dash in _DASH_NOUN.finditer(sentence):
        low = max(0, dash.start() - 15)
        for match in rx("compound").finditer(sentence, low, min(len(sentence), dash.end() + 120)):
            if (
                "compound",
                match.start(),
            ) in seen or not match.start() < dash.start() < match.end():
                continue
            seen.add(("compound", match.start()))
            value = lx.number(match["num"])
            before = sentence[max(0, match.start() - 40) : match.start()]
            if (
                value is not None
                and not about_other(sentence, match.start())
                and not (
                    rx("history").search(before)
                    and not _forecast_from(sentence, match.start(), before)
                )
                and not _forecast_into(sentence, match.start())
            ):
                # "the 26-nation SCO family": all its countries, not its members
                family = re.match(
                    r"(?:\s+[\w'-]+)?\s+(?:family|community)\b", sentence[match.end() :]
                )
                subject = (
                    "country"
                    if family or match.group().endswith(("family", "community"))
                    else "member"
                )
                yield Claim("count", subject, value, match.start(), match.end(), {})


_FORECAST = re.compile(
    r"\b(?:will|would|shall|expected|expects|set\s+to|plans?\s+to|planned|if|hopes?\s+to)\b",
    re.IGNORECASE,
)


def _forecast_into(sentence: str, position: int) -> bool:
    """ "expected to join in 2017, turning the six-member SCO into an eight-member
    organisation": the count after 'into' is the forecast one."""
    before = sentence[max(0, position - 30) : position]
    if not re.search(r"\binto\s+(?:an?\s+|the\s+)?$", before, re.IGNORECASE):
        return False
    return _FORECAST.search(sentence[max(0, position - WINDOW) : position]) is not None


def _forecast_from(sentence: str, position: int, before: str) -> bool:
    """ "... will ..., turning the six-member SCO into ...": a forecast turns the count
    of today, not a past one ("It turned the six-nation organisation into ...")."""
    if not re.search(r"\bturn(?:s|ing)?\s+(?:the\s+|its\s+|a\s+)?$", before, re.IGNORECASE):
        return False
    return _FORECAST.search(sentence[max(0, position - WINDOW) : position]) is not None


_PAST_OR_DENIED = re.compile(
    r"\b(?:no\s+longer|not|never|once|former(?:ly)?|originally|initially|then)\b", re.IGNORECASE
)
_NOUN = re.compile(r"member|observer|partner|founder|countries|nations|states", re.IGNORECASE)
_DASH_NOUN = re.compile(r"-(?:member|nation|country|state|strong)", re.IGNORECASE)


# What else has founders: "founders" alone counts the SCO's only where none is named.
_FOUNDED_OTHER = re.compile(
    r"\b(?:company|companies|firm|start-?up|business|brand|band|party|website|magazine"
    r"|newspaper|charity|foundation|school|university|institute|fund)\b",
    re.IGNORECASE,
)


def _count(sentence: str, match: re.Match[str]) -> Claim | None:
    value = lx.number(match["num"])
    before = sentence[max(0, match.start() - 40) : match.start()]
    if value == 1 and not match["total"] and status_in(match, "noun") != "member":
        # "now counts one observer state" (but "one member state objected")
        if not re.search(r"\b(?:counts?|has|had|have|with)\s+(?:now\s+|only\s+|just\s+)?$", before):
            return None
    elif value is None or value < 2:
        return None
    if about_other(sentence, match.start()):
        return None
    after = sentence[match.end() : match.end() + 60]
    approx = rx("approx").search(before)
    if approx and (rx("reached").search(before) or _membership_cue(match, before)):
        approx = (
            None  # "grew from six to nine members", "expanded its membership to eight countries"
        )
    if _SHANGHAI_FIVE_COUNT.search(sentence, max(0, match.start() - 4), match.end()):
        return None  # "the Five members": the Shanghai Five's
    if approx or rx("of_other").match(after) or elsewhere(after):
        return None
    if rx("future").search(before) or _forecast_into(sentence, match.start()):
        return None
    if (
        rx("history").search(before)
        and not _forecast_from(sentence, match.start(), before)
        and not _membership_cue(match, before)
    ):
        return None
    if match["total"]:
        # Fewer than six countries were never the SCO's total: "the two countries" is
        # about some of them; "countries in Asia" about a region.
        if (
            value < 6
            or "dozen" in match["num"].lower()
            or not (mentions(sentence, "sco_org") or mentions(sentence, "statuses_named"))
            or rx("in_other").match(after)
        ):
            return None
        if _ATTENDED.search(before) or _ATTENDED_AFTER.match(after):
            return None  # "leaders of 14 countries attended": who came, not who belongs
        subject = _countries_meaning(before)
        # "ten countries are full members", "six countries founded the SCO"
        role = rx("total_role").match(after)
        if role and (rx("of_other").match(after[role.end() :]) or elsewhere(after[role.end() :])):
            return None
        if role:
            subject = "founding_member" if role["founded"] else "member"
    else:
        subject = status_in(match, "noun")
        # "26 member, observer and partner countries": statuses listed, a total counted
        listed = rx("listed_statuses").match(after)
        if listed and _ATTENDED.search(before):
            return None  # "heads of 12 member and observer states": who came
        if listed:
            end = match.end() + listed.end()
            return Claim("count", "country", value, match.start(), end, {})
        if re.match(r"\s*(?:,|and|or)\s+(?:observer|dialogue|partner|member)", after):
            return None
        if match["noun"].lower().startswith("founder") and (
            _FOUNDED_OTHER.search(sentence) or mentions(sentence, "other_org")
        ):
            return None  # "the startup's two founders"
    return Claim("count", subject, value, match.start(), match.end(), {})


# "consists of 8 countries", "founded by six countries", "expanded its membership to eight
# countries": countries that are members; "27 countries, members and partners" says all.
_MEMBERSHIP_CUE = re.compile(
    r"\b(?P<founded>(?:founded|established|created|formed|set\s+up)\s+(?:in\s+\d{4}\s+)?by(?:\s+the"
    r"\s+leaders\s+of)?)?(?:consists?\s+of|consisted\s+of|compris(?:e|es|ed|ing)|composed\s+of"
    r"|made\s+up\s+of|(?:expanded|grew|enlarged|increased|rose)\s+(?:its\s+membership\s+)?to"
    r"|membership\s+(?:of|to)|the\s+following)?\s+(?:(?:the|its|just|only|all)\s+)?$",
    re.IGNORECASE,
)
_ATTENDED = re.compile(
    r"\b(?:leaders|heads|representatives|delegations?|delegates|officials|presidents|ministers"
    r"|envoys|guests)\s+(?:of|from)\s+(?:the\s+)?(?:more\s+than\s+|some\s+|about\s+)?$",
    re.IGNORECASE,
)
_ATTENDED_AFTER = re.compile(
    r"(?:'|\u2019)?\s*(?:leaders\s+)?(?:attended|took\s+part|participated|were\s+present|gathered"
    r"|came|sent\s+delegations|were\s+represented)\b",
    re.IGNORECASE,
)


_SHANGHAI_FIVE_COUNT = re.compile(r"\b[Tt]he\s+Five\s+(?:members|countries|states|nations)\b")


def _membership_cue(match: re.Match[str], before: str) -> bool:
    return bool(match["total"]) and _countries_meaning(before) != "country"


def _countries_meaning(before: str) -> str:
    """What 'N countries' counts, by the words before it: members, founders or all."""
    cue = _MEMBERSHIP_CUE.search(before)
    if cue is None or cue.group().strip() == "":
        return "country"
    return "founding_member" if cue["founded"] else "member"


def _bloc_of(sentence: str, match: re.Match[str]) -> Claim | None:
    value = lx.number(match["num"])
    if value is None or about_other(sentence, match.start()):
        return None
    subject = "member" if match["noun"].lower() in _BLOC_WORDS else "country"
    return Claim("count", subject, value, match.start(), match.end(), {})


_BLOC_WORDS = frozenset("bloc grouping group organisation organization alliance club".split())
