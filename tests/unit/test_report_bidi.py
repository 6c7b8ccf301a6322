"""The PDF's layout engine (WeasyPrint) ignores Unicode isolates: each span Fluent isolated
becomes an element embedded in its own direction, so an English sentence in an Arabic report
keeps its full stop at its end (it was drawn at the sentence's left)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from reports.documents import isolated, render_html
from reports.summary import Block, Document

FSI, PDI = "\u2068", "\u2069"


def test_each_isolated_span_is_embedded_in_its_own_direction() -> None:
    text = f"• {FSI}Shelters <b>opened</b>.{PDI} (إحدى {FSI}المنظمات{PDI})"
    assert isolated(text) == (
        '• <span dir="ltr" style="unicode-bidi:embed">Shelters &lt;b&gt;opened&lt;/b&gt;.</span>'
        ' (إحدى <span dir="rtl" style="unicode-bidi:embed">المنظمات</span>)'
    )


def test_a_bare_number_or_unbalanced_isolates_stay_text() -> None:
    assert isolated(f"{FSI}12{PDI} من {FSI}40{PDI}") == "12 من 40"
    assert isolated(f"{FSI}<i>open") == f"{FSI}&lt;i&gt;open"


def test_a_span_without_letters_is_left_to_right_as_an_isolate_says() -> None:
    # Laid out right to left, "2026-10-01 – 2026-12-31" read "31-12-2026 – 01-10-2026".
    assert isolated(f"الفترة: {FSI}2026-10-01 – 2026-12-31{PDI}") == (
        'الفترة: <span dir="ltr" style="unicode-bidi:embed">2026-10-01 – 2026-12-31</span>'
    )


def test_an_arabic_report_embeds_an_english_update() -> None:
    document = Document(title="تقرير", locale="ar", blocks=[Block("li", f"{FSI}Done.{PDI}")])
    page = render_html(document)
    assert 'dir="rtl"' in page
    assert '<li>\u200f<span dir="ltr" style="unicode-bidi:embed">Done.</span>\u200f</li>' in page


def test_a_bracketed_latin_name_keeps_its_brackets_inside_its_span() -> None:
    text = f"أُنشئت وحدة جديدة. ({FSI}Demo: Directorate of Family Protection{PDI})"
    assert isolated(text, rtl=True) == (
        'أُنشئت وحدة جديدة. \u200f<span dir="ltr" style="unicode-bidi:embed">(Demo: Directorate '
        "of Family Protection)</span>\u200f"
    )
    arabic = f"({FSI}منظمة الأمل{PDI})"
    assert (
        isolated(arabic, rtl=True)
        == '(<span dir="rtl" style="unicode-bidi:embed">منظمة الأمل</span>)'
    )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_a_bracketed_latin_name_broken_over_two_lines_keeps_its_order_in_the_pdf(
    tmp_path: Path,
) -> None:
    """An English update and its organization in brackets, long enough that the line breaks
    inside the name: on the page the brackets stay on the name's own sides ("(Demo:" first,
    "Kirkuk 2)" last, a line below), as the name reads laid out alone."""
    from reports.documents import render_pdf
    from reports.pdf import PdfUnavailable

    sentence = (
        "The survivors' law was discussed with the parliament's committee and the ministry in "
        "two long sessions held in Baghdad and Erbil during the autumn months."
    )
    organization = "Demo: Directorate of Family Protection, Kirkuk 2"
    document = Document(
        title="تقرير", locale="ar",
        blocks=[Block("li", f"{FSI}{sentence}{PDI} ({FSI}{organization}{PDI})")],
    )  # fmt: skip
    try:
        pdf = render_pdf(document)
    except PdfUnavailable as exc:
        pytest.skip(str(exc))
    (tmp_path / "page.pdf").write_bytes(pdf)
    layout = subprocess.run(
        ["pdftotext", "-bbox", str(tmp_path / "page.pdf"), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    words = {
        word: float(y)
        for y, word in re.findall(
            r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)</word>', layout
        )
    }
    assert "(Demo:" in words and "2)" in words  # each bracket beside its own end of the name
    assert words["2)"] > words["(Demo:"]  # the name goes on onto the next line
