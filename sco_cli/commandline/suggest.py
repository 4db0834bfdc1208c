"""'Did you mean ...?': the one helper every near miss goes through.

difflib's ratio compares two strings in time that grows with the product of
their lengths, so what was typed is capped: longer input gets no suggestion
(nobody mistypes 100 characters). Each name then costs a bounded amount of
work, and a list of names costs time in proportion to its length.
"""

from __future__ import annotations

from collections.abc import Iterable

MAX_TYPED = 100  # characters: input longer than this gets no suggestion


def closest(typed: str, names: Iterable[str], *, n: int = 3, cutoff: float = 0.6) -> list[str]:
    """The (at most n) names most like `typed`, best first: difflib.get_close_matches,
    with what was typed capped at MAX_TYPED characters."""
    if not typed or len(typed) > MAX_TYPED:
        return []
    import difflib
    import heapq

    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(typed)
    scored: list[tuple[float, str]] = []
    for name in names:
        matcher.set_seq1(name)
        # The first two bounds cost nothing (lengths) and little (letter counts):
        # a name too long or too short to be close never reaches ratio().
        if (
            matcher.real_quick_ratio() >= cutoff
            and matcher.quick_ratio() >= cutoff
            and matcher.ratio() >= cutoff
        ):
            scored.append((matcher.ratio(), name))
    return [name for _, name in heapq.nlargest(n, scored)]


def hint(choices: Iterable[str], *, quoted: bool = True) -> str:
    """'; did you mean 'a', 'b'?' (or without quotes), or '' when there is nothing to offer."""
    shown = [repr(c) if quoted else c for c in choices]
    return f"; did you mean {', '.join(shown)}?" if shown else ""
