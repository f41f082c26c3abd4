"""The reportlab pieces the run report is built from: styles, safe paragraphs, pictures, times
and the page footer with "page N of M".

Kept apart from `checklist_report` so that the report module reads as the report's layout and
these details (escaping, image decoding, the two-pass page count) can be checked on their own.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PIL import Image as PILImage
from PIL import ImageOps
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

__all__ = [
    "FINDING_BACKGROUND",
    "GREEN",
    "GREY",
    "HEADER_BACKGROUND",
    "LINE",
    "RED",
    "Styles",
    "flowable_or_text",
    "grid",
    "local_time",
    "make_styles",
    "numbered_canvas",
    "para",
    "picture",
]

RED = colors.HexColor("#C62828")
GREEN = colors.HexColor("#2E7D32")
GREY = colors.HexColor("#6B6B6B")
LINE = colors.HexColor("#B0BEC5")
HEADER_BACKGROUND = colors.HexColor("#E3E9ED")
FINDING_BACKGROUND = colors.HexColor("#FDECEA")
MAX_PICTURE_PX = 700
"""Pixels kept per embedded picture: sharp at 6 cm wide when printed, small in the PDF."""


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_small: ParagraphStyle
    caption: ParagraphStyle
    font: str


def make_styles(font: str) -> Styles:
    """Paragraph styles in the CJK font; `wordWrap="CJK"` lets Chinese break between any two
    characters (it has no spaces), which plain word wrapping would run off the cell."""

    def style(name: str, size: float, **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=size * 1.35, wordWrap="CJK", **extra
        )

    return Styles(
        title=style("title", 18, spaceAfter=4),
        subtitle=style("subtitle", 11.5, textColor=GREY, spaceAfter=2),
        heading=style("heading", 12.5, spaceBefore=10, spaceAfter=5),
        body=style("body", 9.5),
        cell=style("cell", 9),
        cell_small=style("cell_small", 7.5, textColor=GREY),
        caption=style("caption", 7.5, textColor=GREY, alignment=1),
        font=font,
    )


def para(text: str, style: ParagraphStyle, colour: colors.Color | None = None) -> Paragraph:
    """A paragraph of plain text: what a person typed is escaped, never read as markup, and
    its line breaks are kept. ℃ is printed as °C: the embedded WenQuanYi font maps the
    character to an empty glyph, and the two mean the same."""
    body = escape(text.replace("℃", "°C")).replace("\r\n", "\n").replace("\n", "<br/>")
    if colour is not None:
        body = f'<font color="{colour.hexval()}">{body}</font>'
    return Paragraph(body, style)


def local_time(ms: int | None, zone: str, *, short: bool = False) -> str:
    """UTC milliseconds in the site's time zone, with the zone shown: a report is read later and
    elsewhere, and "09:12" alone does not say whose nine o'clock. Falls back to this PC's zone
    when the site's is unknown here (Windows without tzdata)."""
    if ms is None:
        return "—"
    try:
        tz: Any = ZoneInfo(zone) if zone else None
    except (ZoneInfoNotFoundError, ValueError):
        tz = None
    seconds = ms / 1000
    when = (
        datetime.fromtimestamp(seconds, tz) if tz else datetime.fromtimestamp(seconds).astimezone()
    )
    offset = when.strftime("%z")
    offset = f"{offset[:3]}:{offset[3:]}" if offset else ""
    if short:  # a caption under a 6 cm photo: the zone name is in the summary already
        return f"{when:%Y-%m-%d %H:%M} UTC{offset}"
    name = f"{zone}, " if tz else ""
    return f"{when:%Y-%m-%d %H:%M} ({name}UTC{offset})"


def picture(path: Path, max_width: float, max_height: float, *, png: bool = False) -> Image | None:
    """The picture scaled to fit the box with its aspect kept, or None if it cannot be read.

    Decoded with Pillow and re-encoded small: a stored photo is up to 1600 px and several
    hundred kB, a report with twenty of them must still be mailable. Signatures stay PNG so the
    strokes stay crisp; transparency becomes white paper.
    """
    try:
        with PILImage.open(path) as opened:
            upright = ImageOps.exif_transpose(opened)
            upright.load()
            if upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info:
                rgba = upright.convert("RGBA")
                white = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
                upright = PILImage.alpha_composite(white, rgba)
            rgb = upright.convert("RGB")
    except (OSError, ValueError, SyntaxError, PILImage.DecompressionBombError):
        return None
    rgb.thumbnail((MAX_PICTURE_PX, MAX_PICTURE_PX), PILImage.Resampling.LANCZOS)
    buffer = io.BytesIO()
    if png:
        rgb.save(buffer, "PNG", optimize=True)
    else:
        rgb.save(buffer, "JPEG", quality=82, optimize=True)
    buffer.seek(0)
    width, height = rgb.size
    scale = min(max_width / width, max_height / height)
    return Image(buffer, width=width * scale, height=height * scale)


def numbered_canvas(
    font: str, footer_left: str, page_text: Callable[[int, int], str]
) -> type[Canvas]:
    """A canvas class that draws the footer once the page count is known.

    reportlab draws each page as it goes; "page 2 of 7" needs the 7, so pages are kept until
    `save` and the footers drawn then (the usual two-pass recipe, no second layout run).
    """

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = font  # not the default Helvetica, which is not embedded
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _ = self._pagesize
            left, right, y = 18 * mm, width - 18 * mm, 10 * mm
            self.saveState()
            self.setStrokeColor(LINE)
            self.setLineWidth(0.5)
            self.line(left, y + 4 * mm, right, y + 4 * mm)
            self.setFont(font, 7.5)
            self.setFillColor(GREY)
            self.drawString(left, y, footer_left)
            self.drawRightString(right, y, page_text(self._pageNumber, total))
            self.restoreState()

    return NumberedCanvas


def grid(
    cells: list[list[Flowable]],
    columns: int,
    width: float,
    title: Flowable,
    font: str,
    *,
    lines: bool = False,
) -> list[Flowable]:
    """Pictures with captions, `columns` to a row, under a title that stays with the first row.

    One table per row, so a page break falls between rows and never leaves the title alone at
    the bottom of a page.
    """
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    tables: list[Flowable] = []
    for row in rows:
        table = Table([row + [[]] * (columns - len(row))], colWidths=[width / columns] * columns)
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), font, 8),  # a table sets its font even with no text
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, 0), (-1, -1), "LEFT" if lines else "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
        if lines:
            style.append(("LINEBELOW", (0, 0), (len(row) - 1, 0), 0.5, LINE))
        table.setStyle(TableStyle(style))
        tables.append(table)
    return [KeepTogether([Spacer(1, 4), title, tables[0]]), *tables[1:]]


def flowable_or_text(flowable: Flowable | None, fallback: str, style: ParagraphStyle) -> Flowable:
    """The picture, or a grey line saying it is missing: a lost file must not stop the report."""
    return flowable if flowable is not None else para(fallback, style)
