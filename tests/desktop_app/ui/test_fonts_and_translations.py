"""Chinese must render on a bare machine, and every visible string must be translated."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.ui.fonts import register_fonts
from desktop_app.ui.i18n import translations_dir

ROOT = Path(__file__).resolve().parents[3]


def test_a_simplified_chinese_font_is_available(qapp) -> None:
    assert register_fonts(), "no font can write Simplified Chinese: the UI would show boxes"


def test_catalogue_is_complete() -> None:
    tree = ET.parse(translations_dir() / "qingyuan_zh_CN.ts")
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_catalogue_holds_every_string_in_the_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for d in ("desktop_app/ui", "widgets") for p in (ROOT / d).rglob("*.py")]
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, cwd=ROOT
    )
    in_code = {(m.findtext("source")) for m in ET.parse(fresh).iter("message")}
    committed = ET.parse(translations_dir() / "qingyuan_zh_CN.ts")
    in_catalogue = {m.findtext("source") for m in committed.iter("message")}
    assert in_code - in_catalogue == set(), "run pyside6-lupdate and translate the new strings"


def test_compiled_catalogue_loads(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher()
    try:
        assert switcher.switch("zh_CN"), "qingyuan_zh_CN.qm missing: run ./test.sh or lrelease"
        assert QCoreApplication.translate("MainWindow", "Overview") == "总览"
    finally:
        switcher.switch("en")
    assert QCoreApplication.translate("MainWindow", "Overview") == "Overview"


def test_every_translated_text_is_a_literal_lupdate_can_see() -> None:
    """A wrapper such as `_t(text)` hides its strings from lupdate: they are then never in the
    catalogue and stay English in the Chinese UI, and the test above cannot notice."""
    variable = re.compile(r"""(translate\(\s*["'][^"']+["'],|\.tr\()\s*[A-Za-z_]""")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("desktop_app/ui", "widgets")
        for path in (ROOT / folder).rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if variable.search(line)
    ]
    assert offenders == []
