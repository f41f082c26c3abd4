"""Paragraph text as printed: escaped, line breaks kept, ℃ in a form the embedded font draws."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle

from reports.pdf_parts import para


def test_typed_text_is_escaped_and_keeps_its_line_breaks() -> None:
    text = para("<b>not bold</b> & co\r\nnext", ParagraphStyle("p")).text
    assert text == "&lt;b&gt;not bold&lt;/b&gt; &amp; co<br/>next"


def test_degrees_celsius_is_printed_with_the_degree_sign() -> None:
    assert para("排烟温度 180 ℃", ParagraphStyle("p")).text == "排烟温度 180 °C"
