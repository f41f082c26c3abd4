"""Small checklist templates and images for the checklist service tests and the crash child."""

from __future__ import annotations

import io
import json
from typing import Any

from PIL import Image

from domain.roles import Actor, Role

ENGINEER = Actor("wang", Role.ENGINEER, None)
INSPECTOR = Actor("li", Role.INSPECTOR, None)
VIEWER = Actor("zhao", Role.VIEWER, None)

DAILY = """
{
  "format": 1,
  "code": "test_daily",
  "version": 1,
  "name": {"zh": "测试日常巡检", "en": "Test daily round"},
  "category": "inspection",
  "scoring": {"pass_percent": 80},
  "sections": [
    {
      "code": "water",
      "title": {"zh": "废水", "en": "Wastewater"},
      "items": [
        {"code": "ph", "kind": "number", "text": {"zh": "总排口 pH 值", "en": "pH at the outfall"},
         "limits": {"low": 6, "high": 9}, "weight": 2, "photos": {"min": 0, "max": 2}},
        {"code": "drain_clear", "kind": "yes_no_na",
         "text": {"zh": "雨水沟畅通", "en": "Storm drain clear"}},
        {"code": "leak_note", "kind": "text", "required": false,
         "text": {"zh": "泄漏说明", "en": "Leak description"},
         "show_if": {"item": "drain_clear", "equals": "no"}},
        {"code": "drums", "kind": "single_choice",
         "text": {"zh": "危废桶状态", "en": "Hazardous-waste drums"},
         "options": [
           {"code": "ok", "text": {"zh": "完好", "en": "Intact"}, "score": 1},
           {"code": "leaking", "text": {"zh": "渗漏", "en": "Leaking"}, "score": 0,
            "finding": true}
         ]},
        {"code": "outfall_photo", "kind": "photo",
         "text": {"zh": "排口照片", "en": "Outfall photo"}, "photos": {"min": 1, "max": 3}},
        {"code": "signed", "kind": "signature", "text": {"zh": "检查人签字", "en": "Signature"}}
      ]
    }
  ]
}
"""


def template_text(
    code: str = "test_daily", version: int = 1, name_zh: str = "测试日常巡检", **changes: Any
) -> str:
    """DAILY with another code, version or name (and top-level keys replaced)."""
    data = json.loads(DAILY)
    data.update(code=code, version=version, **changes)
    data["name"] = {"zh": name_zh, "en": data["name"]["en"]}
    return json.dumps(data, ensure_ascii=False)


def many_items_text(count: int, code: str = "test_long") -> str:
    """A round of `count` number items (limits 0…1000, up to 3 photos each)."""
    items = [
        {
            "code": f"n{i:03d}", "kind": "number",
            "text": {"zh": f"读数 {i}", "en": f"Reading {i}"},
            "limits": {"low": 0, "high": 1000}, "photos": {"min": 0, "max": 3},
        }
        for i in range(count)
    ]  # fmt: skip
    sections = [
        {
            "code": f"s{n}",
            "title": {"zh": f"区域{n}", "en": f"Area {n}"},
            "items": items[n : n + 100],
        }
        for n in range(0, count, 100)
    ]
    return json.dumps({
        "format": 1, "code": code, "version": 1, "name": {"zh": "长巡检", "en": "Long round"},
        "category": "inspection", "sections": sections,
    })  # fmt: skip


def jpeg(width: int, height: int, color: tuple[int, int, int] = (9, 9, 9), **save: Any) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "JPEG", **save)
    return buffer.getvalue()


def png(width: int = 300, height: int = 100) -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    for x in range(20, width - 20):
        image.putpixel((x, height // 2), (0, 0, 0, 255))
    image.save(buffer, "PNG")
    return buffer.getvalue()


def rotated_jpeg(width: int = 400, height: int = 300) -> bytes:
    """A landscape-stored JPEG whose EXIF says "rotate 90°": upright it is `height` × `width`."""
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to view
    return jpeg(width, height, exif=exif.tobytes())
