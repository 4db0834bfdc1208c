"""Rich view of `sco cache`: sco's own files, least recently used first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from sco_cli.views import ACCENT, MUTED, Frame, flow, footer, plural, responsive, title

if TYPE_CHECKING:
    from sco_cli.reports.cache import CacheDoc


def cache(doc: CacheDoc) -> RenderableType:
    """A block a file: its kind, size and when it was last used on one line, its
    name (and an index's article) whole under it; a name longer than the line
    folds at the edge (a name has no spaces to wrap at), never cut."""

    def draw(frame: Frame) -> RenderableType:
        files = doc["files"]
        done = "removed" if doc["cleared"] else "held"
        what = f"{_size(doc['total_bytes'])} in {plural(len(files), 'file')} {done}"
        parts: list[RenderableType] = [
            title("sco cache", f"{what} (at most {_size(doc['max_bytes'])})"),
            Text(""),
            Text.assemble(("directory ", MUTED), _whole(doc["directory"] or "(no home directory)")),
        ]
        if not doc["usable"]:
            parts.append(Text("not used: the directory is not the user's own, private"))
        for f in files:
            used = f["last_used"].replace("T", " ").replace("Z", " UTC")
            head = flow(
                [
                    Text.assemble((f["kind"], f"bold {ACCENT}"), "  ", (_size(f["bytes"]), "bold")),
                    Text(f"last used {used}", style=MUTED),
                ],
                frame.width,
                gap="  ",
            )
            parts += [Text(""), head, Padding(_whole(f["name"]), (0, 0, 0, 2))]
            if f["article"]:
                parts.append(
                    Padding(Text.assemble(("article ", MUTED), _whole(f["article"])), (0, 0, 0, 2))
                )
        hint = "SCO_CACHE_MAX_SIZE sets the most it holds; sco cache --clear empties it."
        parts.append(footer(frame, hint=hint))
        return Group(*parts)

    return responsive(draw)


def _whole(name: str) -> Text:
    """A name or path: folded at the edge where it is longer than the line, never cut."""
    return Text(name, overflow="fold")


def _size(count: int) -> str:
    if count < 1024:
        return f"{count:,} bytes"
    size = float(count)
    for unit in ("KiB", "MiB", "GiB"):
        size /= 1024
        if size < 1024 or unit == "GiB":
            break
    return f"{size:,.1f} {unit}"
