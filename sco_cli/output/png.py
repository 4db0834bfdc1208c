"""`--export FILE.png`: the SVG card's picture drawn by Pillow (the optional extra
`sco-cli[png]`, imported only here, only for a .png), on the card's grid: each
segment on its column, bold, italic, a reversed word as a filled box. Drawn at twice
the SVG's size, for a sharp picture on a slide or a high-density screen."""

from __future__ import annotations

from typing import Any, NamedTuple

from sco_cli.errors import UsageProblem


class Grid(NamedTuple):
    """The SVG card's measures (output/view_file.py), in its pixels."""

    char_width: float
    font_size: int
    line_height: int
    pad: int
    ink: str
    paper: str


INSTALL = "pip install 'sco-cli[png]'"
SCALE = 2
# Monospace fonts that draw box lines, blocks and marks (✓ ■ ≈ ▌), tried in this order
# (Pillow finds a bare name in the system's font folders): regular, bold.
FONTS = (
    ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
    ("Menlo.ttc", "Menlo.ttc"),
    ("consola.ttf", "consolab.ttf"),
    ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
)


def png_card(
    lines: list[list[Any]], name: str, grid: Grid, columns: int, *, heading: bool
) -> bytes:
    """The card as PNG bytes: `lines` of rich segments (the view, retinted), `columns`
    wide on the card's `grid`, the question above them where `heading`."""
    char_width, font_size, line_height, pad, ink, paper = grid
    image_module, draw_module = _pillow()
    regular, bold = _fonts(font_size * SCALE)
    top = line_height * 2 if heading else 0
    width = round((2 * pad + columns * char_width) * SCALE)
    height = round((2 * pad + top + len(lines) * line_height) * SCALE)
    image = image_module.new("RGB", (width, height), paper)
    draw = draw_module.Draw(image)
    if heading:
        _, large = _fonts((font_size + 2) * SCALE)
        draw.text((pad * SCALE, pad * SCALE), name, fill=ink, font=large)
    for row, line in enumerate(lines):
        y = (pad + top + row * line_height) * SCALE
        x = 0
        for text, style, _ in line:
            cells = _cells(text)
            left = (pad + x * char_width) * SCALE
            colour, background = _colours(style, ink, paper)
            if background is not None:
                right = left + cells * char_width * SCALE
                draw.rectangle(
                    (left, y + 3 * SCALE, right, y + (line_height + 3) * SCALE), fill=background
                )
            if text.strip():
                font = bold if style is not None and style.bold else regular
                _place(draw, text, (left, y), colour, font, char_width)
            x += cells
    import io

    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _place(
    draw: Any, text: str, at: tuple[float, float], colour: str, font: Any, char_width: float
) -> None:
    """A segment from its own column (so a font's advance, a hair off the grid's, cannot
    shift the next one); a segment with wide characters a character at a time."""
    from rich.cells import cell_len

    left, y = at
    if cell_len(text) == len(text):
        draw.text((left, y + 2 * SCALE), text, fill=colour, font=font)
        return
    x = left
    for char in text:
        if not char.isspace():
            draw.text((x, y + 2 * SCALE), char, fill=colour, font=font)
        x += cell_len(char) * char_width * SCALE


def _cells(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def _colours(style: Any, ink: str, paper: str) -> tuple[str, str | None]:
    if style is None:
        return ink, None
    colour = style.color.get_truecolor().hex if style.color is not None else ink
    background = style.bgcolor.get_truecolor().hex if style.bgcolor is not None else None
    if style.reverse:
        colour, background = background or paper, colour
    return colour, background


def _pillow() -> tuple[Any, Any]:
    try:
        from PIL import Image, ImageDraw
    except ImportError:
        raise UsageProblem(f"a .png export needs Pillow: {INSTALL} (or export .svg)") from None
    return Image, ImageDraw


def _fonts(size: int) -> tuple[Any, Any]:
    """The first monospace font found, regular and bold (its regular where it has no bold)."""
    from PIL import ImageFont

    for regular, bold in FONTS:
        try:
            found = ImageFont.truetype(regular, size)
        except OSError:
            continue
        try:
            return found, ImageFont.truetype(bold, size, index=1 if bold.endswith(".ttc") else 0)
        except OSError:
            return found, found
    names = ", ".join(regular for regular, _ in FONTS)
    raise UsageProblem(f"a .png export needs a monospace font ({names}): none found; export .svg")
