"""Charts draw Arabic and Sorani as written: joined and right to left, as an independent shaper
(Pillow's raqm layout) draws the same string. A mirrored or unjoined label fails here."""

from __future__ import annotations

import io
import logging

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont, features

from reports import charts
from reports.charts import arabic_font_file, pyplot, shares_chart

PIXELS = 56  # the text's size in both renderings

LABELS = [
    "المنظمات والشبكات غير الحكومية المحلية",
    "ڕێکخراوە ناوخۆییەکان و تۆڕەکان",
    "پێشگیری، ڵ ڕ ێ ە ۆ",  # the Sorani letters DejaVu Sans lacks joined forms of
]


def ink(image: Image.Image) -> np.ndarray:
    dark = np.asarray(image.convert("L")) < 128
    ys, xs = np.nonzero(dark)
    return dark[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]


def drawn_by_the_charts(text: str) -> np.ndarray:
    """The text as chart code draws it: the charts' font list, no font named."""
    plt = pyplot()
    figure = plt.figure(figsize=(14, 1.6), dpi=100)
    figure.text(0.5, 0.5, text, size=PIXELS * 72 / 100, ha="center", va="center")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", facecolor="white")
    plt.close(figure)
    return ink(Image.open(buffer))


def drawn_by_pillow(text: str, layout: ImageFont.Layout) -> np.ndarray:
    path = arabic_font_file()
    assert path is not None
    font = ImageFont.truetype(str(path), PIXELS, layout_engine=layout)
    image = Image.new("L", (1600, 200), 255)
    ImageDraw.Draw(image).text((20, 40), text, font=font, fill=0)
    return ink(image)


def overlap(a: np.ndarray, b: np.ndarray) -> float:
    """Intersection over union of the ink, `a` scaled to `b`'s size."""
    height, width = b.shape
    scaled = Image.fromarray(a.astype(np.uint8) * 255).resize((width, height))
    a = np.asarray(scaled) > 127
    return float((a & b).sum() / (a | b).sum())


def test_the_chart_font_has_every_sorani_letter() -> None:
    from fontTools.ttLib import TTFont

    path = arabic_font_file()
    assert path is not None, "fontpkg-noto-sans-arabic is a dependency"
    cmap = TTFont(str(path)).getBestCmap()
    assert all(ord(letter) in cmap for letter in "ەێڵڕۆپچژگڤ")
    assert charts.font_families() == ["Noto Sans Arabic", "DejaVu Sans"]


@pytest.mark.skipif(not features.check("raqm"), reason="Pillow without raqm")
@pytest.mark.parametrize("label", LABELS)
def test_labels_are_joined_and_right_to_left_as_an_independent_shaper_draws_them(
    label: str,
) -> None:
    ours = drawn_by_the_charts(label)
    shaped = drawn_by_pillow(label, ImageFont.Layout.RAQM)
    unshaped = drawn_by_pillow(label, ImageFont.Layout.BASIC)  # isolated letters, left to right
    same = overlap(ours, shaped)
    assert same > 0.65
    assert same > overlap(ours, unshaped) + 0.3
    assert same > overlap(ours, shaped[:, ::-1]) + 0.3  # a mirrored label


def test_without_the_arabic_font_charts_still_draw_and_say_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(charts, "ARABIC_FONT_PACKAGE", "no_such_font_package")
    monkeypatch.setattr(charts, "_families", [])
    with caplog.at_level(logging.WARNING):
        assert charts.font_families() == ["DejaVu Sans"]
    assert "Noto Sans Arabic is not installed" in caplog.text
    png = shares_chart("الحضور", ["محلية", "وطنية", "دولية"], [235, 165, 100], "ar")
    assert png.startswith(b"\x89PNG")


def test_chart_is_a_png() -> None:
    png = shares_chart("الحضور", ["محلية", "وطنية", "دولية"], [235, 165, 100], "ar")
    assert png.startswith(b"\x89PNG") and len(png) > 5_000


def test_chart_code_hands_labels_over_as_written() -> None:
    """Reshaping or reordering first would mirror them under matplotlib's own layout."""
    plt = pyplot()
    figure, axes = plt.subplots()
    try:
        charts.bars(axes, LABELS, [3, 2, 1], "ckb", charts.COLORS[0])
        shown = [tick.get_text() for tick in axes.get_yticklabels()]
    finally:
        plt.close(figure)
    assert shown[::-1] == LABELS or shown == LABELS
