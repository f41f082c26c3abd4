"""Evidence photos of corrective actions: decoded, turned upright, shrunk and stored as JPEG.

Phone and tablet photos are 4000+ px and several MB; 1600 px on the longer side is enough to
see a fixed valve or a cleaned drain and keeps years of evidence small. The file is written to
a temporary name and renamed into place, so a power cut leaves either the whole photo or none.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from desktop_app.services.errors import ConfigurationError

MAX_SIDE = 1600
JPEG_QUALITY = 85


def save_evidence_image(data: bytes, target: Path) -> tuple[int, int]:
    """Store `data` (any image Pillow reads) as a JPEG at `target`; returns (width, height)."""
    image = _decode(data)
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".evidence-", suffix=".jpg", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
            out.flush()
            os.fsync(out.fileno())
        Path(temp).replace(target)  # atomic rename, like os.replace
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return image.size


def _decode(data: bytes) -> Image.Image:
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG: decode at a reduced scale
            upright = ImageOps.exif_transpose(opened)
            return upright.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ConfigurationError("bad_image", type(exc).__name__, "image") from None
