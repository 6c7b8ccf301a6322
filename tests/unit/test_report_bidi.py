"""The PDF's layout engine (WeasyPrint) ignores Unicode isolates: each span Fluent isolated
becomes an element embedded in its own direction, so an English sentence in an Arabic report
keeps its full stop at its end (it was drawn at the sentence's left)."""

from __future__ import annotations

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
    assert '<li><span dir="ltr" style="unicode-bidi:embed">Done.</span></li>' in page
