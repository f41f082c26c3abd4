"""A CJK TrueType font for reportlab, found the same way on Windows and Linux, and embedded.

reportlab's built-in fonts have no Chinese glyphs: without a CJK font every item text would
print as empty boxes. The font shipped in `resources/fonts` comes first because it is the only
one known to be present on every plant PC and licensed for embedding; the Windows fonts (and a
Linux system copy of the same font) are fallbacks for an installation whose resources were
stripped. reportlab embeds a subset of a TrueType font, so the PDF reads on a PC without it.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

__all__ = ["FontCandidate", "FontNotFoundError", "candidate_fonts", "register_cjk_font"]

SHIPPED_FONT = "wqy-microhei.ttc"
LINUX_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
WINDOWS_FONTS = ("msyh.ttc", "simhei.ttf")
"""Microsoft YaHei (every Windows since Vista), then SimHei (older and server editions)."""

_lock = threading.Lock()
_registered: dict[tuple[Path, int], str] = {}


class FontNotFoundError(RuntimeError):
    """No usable CJK font: the message lists every file looked at and why it was not used."""


@dataclass(frozen=True)
class FontCandidate:
    """A font file and, for a collection (.ttc), which face in it (0: the regular one)."""

    path: Path
    subfont_index: int = 0


def candidate_fonts(windir: str | None = None) -> tuple[FontCandidate, ...]:
    """The fonts to try, in order: shipped, the same font from Linux packages, Windows fonts."""
    windows = Path(windir or os.environ.get("WINDIR") or r"C:\Windows") / "Fonts"
    return (
        FontCandidate(_shipped_font()),
        FontCandidate(LINUX_FONT),
        *(FontCandidate(windows / name) for name in WINDOWS_FONTS),
    )


def register_cjk_font(candidates: tuple[FontCandidate, ...] | None = None) -> str:
    """Register the first usable candidate (once per process) and return its reportlab name.

    The name is also registered as a family whose bold and italic are the same face (the
    shipped font has no bold), so `<b>` in a paragraph never fails to find a font.
    Raises `FontNotFoundError` when none can be used.
    """
    problems: list[str] = []
    for candidate in candidates if candidates is not None else candidate_fonts():
        key = (candidate.path, candidate.subfont_index)
        with _lock:
            if key in _registered:
                return _registered[key]
            if not candidate.path.is_file():
                problems.append(f"{candidate.path}: not found")
                continue
            name = f"QingyuanCJK{len(_registered)}"
            try:
                font = TTFont(name, str(candidate.path), subfontIndex=candidate.subfont_index)
            except (TTFError, OSError, ValueError) as error:
                problems.append(f"{candidate.path}: {error}")
                continue
            pdfmetrics.registerFont(font)
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
            _registered[key] = name
            return name
    raise FontNotFoundError(
        "no Chinese (CJK) TrueType font for the PDF report; looked at: " + "; ".join(problems)
    )


def _shipped_font() -> Path:
    """`resources/fonts/wqy-microhei.ttc` as a file path (reportlab needs a real file)."""
    return Path(str(resources.files("resources").joinpath("fonts", SHIPPED_FONT)))
