"""Countries and their statuses: "India, an observer", "Iran joined in 2023", "Mongolia's observer status"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sco_cli.claims import coordination
from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import Claim, Group, each
from sco_cli.claims.patterns import WINDOW, YEAR, rx
from sco_cli.claims.scope import UNSURE, elsewhere, mentions, status_of
from sco_cli.claims.years import year_after, year_before, year_end


def _groups(sentence: str) -> list[Group]:
    """Country names, merged into lists: 'India, Pakistan and Iran' is one group."""
    # [start, end, members, adjectives], made into Group at the end (a list grows
    # in place: a list of a thousand names costs a thousand steps, not a million)
    building: list[tuple[int, list[int], list[tuple[str, str]], bool]] = []
    for match in lx.country_regex().finditer(sentence):
        if not lx.starts_a_word(sentence, match.start()):
            continue
        found = lx.country(match.group())
        if found is None:  # pragma: no cover - every match is a key of the table
            continue
        iso3, adjective = found
        item = (iso3, match.group())
        if building and building[-1][3] == adjective:
            end = building[-1][1]
            gap = sentence[end[0] : match.start()]
            if len(gap) < 20 and rx("list_sep").match(gap):
                end[0] = match.end()
                building[-1][2].append(item)
                continue
        building.append((match.start(), [match.end()], [item], adjective))
    return [Group(start, end[0], tuple(items), adj) for start, end, items, adj in building]


def _elided(sentence: str, group: Group, head: str, tail: str, previous: Claim) -> Iterator[Claim]:
    """ "India and Pakistan joined in 2017, Iran in 2023": the verb and status of
    the claim before, a year of its own."""
    between = sentence[previous.end : group.start]
    # "..., Iran in 2023"; "Mongolia, which became the first observer in 2004, was followed by
    # India, Iran and Pakistan in 2005"
    elided = r"\s*,?\s*(?:and\s+)?(?:(?:(?:was|were)\s+)?(?:followed|joined)\s+by\s+(?:the\s+)?)?"
    if previous.detail.get("year") is None or not re.fullmatch(elided, between):
        return
    when = re.match(rf"\s+in\s+(?P<year>{YEAR})(?!\d)", tail)
    if when is None:
        return
    year = (int(when["year"]), None)
    yield from each(group, "joined", previous.value, group.start, group.end + when.end(), year)


def statuses(sentence: str, today: str | None) -> Iterator[Claim]:
    groups = _groups(sentence)
    previous: Claim | None = None
    for index, group in enumerate(groups):
        limit = groups[index + 1].start if index + 1 < len(groups) else len(sentence)
        tail = sentence[group.end : min(limit, group.end + WINDOW)]
        previous_end = groups[index - 1].end if index else 0
        head = sentence[max(previous_end, group.start - WINDOW // 2) : group.start]
        claims = list(_about_group(sentence, group, head, tail, today))
        if not claims and previous is not None:
            claims = list(_elided(sentence, group, head, tail, previous))
        if not claims and not group.adjectives:
            # a single name before ("founded in Shanghai, China, ... by the leaders of China,
            # Russia ...") does not end the words a phrasing reads; a list does
            floor = previous_end if index and len(groups[index - 1].members) > 1 else 0
            claims = list(_bound(sentence, group, floor, today))
        yield from claims
        previous = next((c for c in reversed(claims) if c.kind == "joined"), None)
        if claims and group.start + len(tail) > claims[-1].end:
            # "Iran, which became an observer in 2005, joined as a member in 2023"
            rest = sentence[claims[-1].end : group.end + len(tail)]
            again = re.match(r"\s*,\s*(?:and\s+)?(?=\w)", rest)
            if again and rx("joining").match(" " + rest[again.end() :]):
                moved = group._replace(end=claims[-1].end + again.end() - 1)
                for claim in _about_group(sentence, moved, head, " " + rest[again.end() :], today):
                    yield claim._replace(start=group.start)


def _about_group(
    sentence: str, group: Group, head: str, tail: str, today: str | None
) -> Iterator[Claim]:
    if group.adjectives:
        # "the Afghan and Mongolian observers", "Iranian membership in 2023"
        match = rx("status_after").match(tail)
        seated = rx("seated_as").match(tail)
        if match is None and seated:
            status = status_of(seated)
            yield from each(
                group, "status", status, group.start, group.end + seated.end(), (None, None)
            )
            return
        if match and not match["ord"]:
            status = status_of(match)
            year = year_after(tail[match.end() :], today)
            kind = "joined" if year[0] is not None else "status"
            yield from each(group, kind, status, group.start, group.end + match.end(), year)
        return
    granted_to = rx("granted_to").search(head)
    if granted_to and not rx("future").search(head[: granted_to.start()]):
        year = year_after(tail, today)
        if year[0] is None:
            year = year_before(head, sentence, today)
        start = group.start - len(head) + granted_to.start()
        yield from each(group, "joined", status_of(granted_to), start, group.end, year)
        return
    granted = rx("granted_before").search(head)
    if granted and re.search(
        r"\b(?:will|would|could|might|may|shall|should|procedure|process)\b",
        head[max(0, granted.start() - 30) : granted.start()],
        re.IGNORECASE,
    ):
        granted = None  # "the procedure that will, in time, make India and Pakistan members"
    if granted and not rx("future").search(head[: granted.start()]):
        match = rx("status_after").match(tail)
        # "with Belarus as its tenth member" (but "a deal with Pakistan as a partner")
        with_partner = match and not match["ord"] and status_of(match) == "partner"
        if with_partner and granted.group().lower().startswith("with"):
            match = None
        if match:
            year = year_after(tail[match.end() :], today)
            start = group.start - len(head) + granted.start()
            if granted.group().lower().startswith("with") and year[0] is None:
                # "with Afghanistan and Mongolia remaining observers": a status
                status = status_of(match)
                yield from each(group, "status", status, start, group.end + match.end(), year)
                return
            if year[0] is None:
                year = year_before(head, sentence, today)
            yield from each(group, "joined", status_of(match), start, group.end + match.end(), year)
            return
    admitted = rx("admitted_before").search(head)
    when = rx("when").match(tail.lstrip()) if admitted else None
    if (
        admitted
        and when
        and tail.lstrip().startswith("in")
        and mentions(sentence, "sco_org")
        and not rx("future").search(head[: admitted.start()])
    ):
        start = group.start - len(head) + admitted.start()
        end = group.end + len(tail) - len(tail.lstrip()) + when.end()
        yield from each(group, "joined", "member", start, end, (int(when["year"]), None))
        return
    yielded = False
    for claim in _possessive(sentence, group, head, tail, today):
        yielded = True
        yield claim
    if yielded:
        return
    match = rx("appositive").match(tail)
    if match and elsewhere(tail[match.end() :]):
        return
    if match:
        status = lx.status_of_match(rx("status").fullmatch(match["status"]))  # type: ignore[arg-type]
        end = group.end + match.end()
        detail: dict[str, Any] = {}
        since = rx("since").match(tail[match.end() :])
        if since:
            detail["since"] = int(since["year"])
            end += since.end()
        yield from each(group, "status", status, group.start, end, (None, None), detail=detail)
        return
    match = rx("predicate").match(tail)
    if match and elsewhere(tail[match.end() :]):
        return
    if match and not UNSURE.search(tail[: match.end()]):
        status = status_of(match)
        end = group.end + match.end()
        detail = {}
        since = rx("since").match(tail[match.end() :])
        if since:
            detail["since"] = int(since["year"])
            end += since.end()
        if match["ord"]:
            yield from each(group, "joined", status, group.start, end, (None, None), match["ord"])
        else:
            yield from each(group, "status", status, group.start, end, (None, None), detail=detail)
        return
    match = rx("joining").match(tail)
    if match:
        yield from _joined(sentence, group, head, tail, match, today)
        return
    # "Belarus, until now a dialogue partner, was elevated to observer": past the aside
    aside = re.match(r"\s*,[^,]{1,60},", tail)
    if aside:
        match = rx("joining").match(tail[aside.end() :])
        if match:
            moved = group._replace(end=group.end + aside.end())
            for claim in _joined(sentence, moved, head, tail[aside.end() :], match, today):
                yield claim._replace(start=group.start)
            return
    match = rx("list_before").search(head)
    if match and _pairs(group, head, sentence[group.end : group.end + 40]):
        match = None
    if match and match["like"] and not match["status"].lower().endswith("s"):
        match = None  # "Iran, an observer state like India": a likeness, not a list
    if match:
        status = lx.status_of_match(rx("status").fullmatch(match["status"]))  # type: ignore[arg-type]
        if status != "member" or match["status"].lower().startswith(("member", "full")):
            start = group.start - len(head) + match.start("status")
            yield from each(group, "status", status, start, group.end, (None, None))


def _bound(sentence: str, group: Group, floor: int, today: str | None) -> Iterator[Claim]:
    """A list bound to a status by a declared phrasing (claims/phrasings.py)."""
    binding = coordination.bind(sentence, group.start, group.end, floor)
    if binding is None or _pairs(group, sentence[floor : group.start], sentence[group.end :][:40]):
        return
    year: tuple[int | None, str | None] = (None, None)
    if binding.rule.kind == "joined":
        year = year_after(sentence[binding.end : binding.end + 80], today)
        if year[0] is None:
            year = year_before(
                sentence[max(floor, binding.start - 80) : binding.start], sentence, today
            )
    # "India and Pakistan join the SCO": told in the present, it may be announced, not yet made
    present = binding.rule.kind == "joined" and _PRESENT_JOIN.search(
        sentence, group.end, binding.end
    )
    detail = {"tense": "present"} if present else None
    yield from each(
        group, binding.rule.kind, binding.status, binding.start, binding.end, year, detail=detail
    )


_PRESENT_JOIN = re.compile(r"\b(?i:join|joins)\b")


def _pairs(group: Group, head: str, tail: str) -> bool:
    """ "from Egypt to Cambodia", "India and China, or India and Pakistan", "India and
    Pakistan, and China and India": a range or pairs of countries, not a list of statuses."""
    codes = [iso3 for iso3, _ in group.members]
    if len(set(codes)) < len(codes):
        return True
    if re.search(r"\bfrom\s+(?:the\s+)?$", head) and re.match(r"\s+to\s", tail):
        return True
    return re.match(r"\s*,?\s+or\s+(?:the\s+)?[A-Z]", tail) is not None


_PROCESS = re.compile(
    r"\b(?:procedure|process|path|road|roadmap|talks|negotiations|bid|application|steps?)\s+"
    r"(?:for|to(?:wards?)?|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _possessive(
    sentence: str, group: Group, head: str, tail: str, today: str | None
) -> Iterator[Claim]:
    """ "Mongolia's observer status", "Iran's accession in 2023", "the accession of Iran in 2023"."""
    match = rx("possessive").match(tail)
    of = None if match else rx("accession_of").search(head)
    if match is None and of is None:
        return
    rest = tail[match.end() :] if match else tail
    if elsewhere(rest):
        return
    end = group.end + (match.end() if match else 0)
    start = group.start if match else group.start - len(head) + of.start()  # type: ignore[union-attr]
    if match and (match["status_name"] or match["status"]):
        if _PROCESS.search(head[-40:]):
            return  # "the procedure for Iran's membership": on its way, not yet held
        status = status_of(match)
        since = rx("since").match(rest)
        if since:
            detail = {"since": int(since["year"])}
            yield from each(
                group, "status", status, start, end + since.end(), (None, None), detail=detail
            )
            return
        year = year_after(rest[:30], today)
        kind = "joined" if year[0] is not None else "status"
        yield from each(
            group, kind, status, start, end + (year_end(rest[:30]) if year[0] else 0), year
        )
        return
    # an accession: membership, unless a status follows ("the elevation of Belarus to observer")
    found = rx("status_after").match(rest)
    status = status_of(found) if found else "member"
    noun = match["accession"] if match else (of.group() if of else "")
    if found is None and re.search(r"elevation|upgrad|promotion", noun, re.IGNORECASE):
        return
    if found:
        rest, end = rest[found.end() :], end + found.end()
    year = year_after(rest[:40], today)
    if year[0] is None and found is None:
        return  # "launched Iran's accession": a process, not yet a claim
    if year[0] is None:
        year = year_before(head, sentence, today)
    yield from each(group, "joined", status, start, end + year_end(rest[:40]), year)


def _joined(
    sentence: str, group: Group, head: str, tail: str, match: re.Match[str], today: str | None
) -> Iterator[Claim]:
    """After a joining verb: the status (joined alone means member), an ordinal, a year."""
    rest = tail[match.end() :]
    clause = re.split(r"[;:]|,\s+(?:but|while|and|which|who)\b|\s+(?:and|but)\s+(?=[A-Z])", rest)[0]
    found = rx("status").search(clause) or rx("status_name").search(clause)
    verb = match["verb"].lower().strip()
    # "joined the WTO", "became a BRICS member", "a member of the Arctic Council"
    if elsewhere(" joined" + clause) or (found and rx("other_org").search(clause[: found.start()])):
        return
    if found and elsewhere(clause[found.end() :]):
        return
    if (
        found is not None
        and verb.startswith(("join", "acced"))
        and len(clause[: found.start()]) > 60
        and re.match(rf"\s+(?:the\s+)?(?:{lx.SCO_NAMES})\b", clause)
    ):
        # "joined the Shanghai Cooperation Organisation on Thursday, becoming the group's
        # 10th member": joining the SCO is membership; the status far after is a new clause
        found = None
    if found is None:
        # "joined" alone means membership, unless it joined someone: "Afghanistan joins Mongolia";
        # so does "admitted" when the SCO or a date follows ("India, admitted in 2017")
        after = sentence[group.end + match.end() : group.end + match.end() + 80]
        admitted = verb.endswith(("admitted", "accepted")) and re.match(
            rf"\s*(?:(?:to|into)\s+(?:the\s+)?(?:SCO|Shanghai|organi[sz]ation|bloc|grouping)|in\s+"
            rf"(?:\w+\s+)?{YEAR})",
            after,
        )
        joined = verb.startswith(("join", "acced"))
        if not (joined or admitted) or lx.country_regex().match(after.lstrip()):
            return
        if rx("joined_other").match(after):
            return  # "joined the list early", "joined their neighbours"
        status, status_end = "member", 0
    else:
        gap = clause[: found.start()]
        # "was elevated to observer": a "to" right after the verb is not a future
        if len(gap) > 60 or UNSURE.search(re.sub(r"^\s*to\s", " ", gap)):
            return
        status, status_end = lx.status_of_match(found), found.end()
        if rx("of_other").match(clause[status_end : status_end + 40]):
            return
    ordinal = (
        re.search(rf"(?P<ord>{lx.ordinal_pattern()})\s+\S*\s*$", clause[: found.start()])
        if found
        else None
    )
    year = year_after(clause, today)
    if year[0] is None:
        year = year_before(head, sentence, today)
    end = group.end + match.end() + max(status_end, year_end(clause))
    yield from each(
        group, "joined", status, group.start, end, year, ordinal["ord"] if ordinal else None
    )
