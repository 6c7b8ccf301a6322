"""Charts draw Arabic and Sorani as written: joined and right to left, as an independent shaper
(Pillow's raqm layout) draws the same string. A mirrored or unjoined label fails here."""

from __future__ import annotations

import io
import logging
from typing import Any

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


# --- read on a phone: nothing covers anything --------------------------------------------

TYPES = [
    "Local NGOs and networks",
    "National institutions",
    "International agencies and organizations",
]


class Drawn:
    """What a chart function laid out, looked at before the figure is closed."""

    def __init__(self, figure: Any) -> None:
        renderer = figure.canvas.get_renderer()
        self.legends = [legend.get_window_extent(renderer) for legend in figure.legends]
        self.covered = []  # what a legend must not cover: bars and tick labels
        for axes in figure.axes:
            if axes.get_legend() is not None:  # a legend inside the chart counts too
                self.legends.append(axes.get_legend().get_window_extent(renderer))
            self.covered += [patch.get_window_extent(renderer) for patch in axes.patches]
            for label in [*axes.get_xticklabels(), *axes.get_yticklabels()]:
                if label.get_text():
                    self.covered.append(label.get_window_extent(renderer))
        self.size = tuple(figure.get_size_inches())
        self.axes = len(figure.axes)
        first = figure.axes[0]
        self.bars_x = [patch.get_x() for patch in first.patches]
        self.x_labels = [(t.get_text(), t.get_rotation()) for t in first.get_xticklabels()]
        self.y_labels = [t.get_text() for t in first.get_yticklabels()]
        self.y_ticks = [float(y) for y in first.get_yticks()]
        self.x_inverted = bool(first.xaxis_inverted())

    def legend_covers_nothing(self) -> bool:
        return bool(self.legends) and not any(
            legend.overlaps(box) for legend in self.legends for box in self.covered
        )


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[Drawn]:
    seen: list[Drawn] = []
    original = charts.png

    def keep(figure: Any) -> bytes:
        data = original(figure)  # laid out and drawn as sent
        seen.append(Drawn(figure))
        return data

    monkeypatch.setattr(charts, "png", keep)
    return seen


@pytest.mark.parametrize("locale", ["en", "ar"])
def test_figure_one_legend_covers_no_bar_and_before_reads_first(
    drawn: list[Drawn], locale: str
) -> None:
    charts.before_after_chart(
        "Figure 1",
        TYPES,
        [30, 40, 25],
        [55, 56, 49],
        ("Start of the period", "End of the period"),
        locale,
    )
    chart = drawn[-1]
    assert chart.legend_covers_nothing()
    first = len(TYPES) - 1 if locale == "ar" else 0  # the first type: on the right in Arabic
    before, after = chart.bars_x[first], chart.bars_x[len(TYPES) + first]
    # In Arabic its "before" bar is right of its "after" one: read first.
    assert (before > after) == (locale == "ar")


@pytest.mark.parametrize("sectors", [1, 8])
def test_the_tracker_legend_covers_no_tick(drawn: list[Drawn], sectors: int) -> None:
    charts.stacked_levels_chart(
        "Tracker", [f"Sector {n}" for n in range(sectors)],
        [("Not reported", [1] * sectors, "#bbbbbb"), ("Met", [1] * sectors, "#2e7d32")], "en",
    )  # fmt: skip
    assert drawn[-1].legend_covers_nothing()


def test_the_coverage_map_stands_upright_for_a_phone(drawn: list[Drawn]) -> None:
    governorates = [f"Governorate {n}" for n in range(19)]
    sectors = [f"Sector {n}" for n in range(8)]
    charts.coverage_heatmap(
        "Coverage",
        sectors,
        governorates,
        [[n % 3 for n in range(19)] for _ in sectors],
        "gap",
        "en",
    )
    chart = drawn[-1]
    width, height = chart.size
    assert height > width  # the 19 governorates down, the 8 sectors across
    assert chart.axes == 1  # no colour scale to read: the count is in each cell
    assert chart.y_labels == governorates
    assert [rotation for _, rotation in chart.x_labels] == [0] * 8  # upright


@pytest.mark.parametrize("locale", ["en", "ckb"])
def test_results_beside_people_like_you_read_from_the_reading_side(
    drawn: list[Drawn], locale: str
) -> None:
    """A person's results: everyone beside their own groups, one colour per group across the
    questions (a group hidden in one question is left out of it only), bars growing from the
    right in Sorani, the first option on top, and a legend that covers nothing."""
    charts.side_by_side_chart(
        "سوود",
        [
            ("Q1", ["1", "2", "3"], [("All", [10, 30, 60]), ("Erbil", [0, 50, 50])]),
            ("Q2", ["A", "B"], [("All", [40, 60]), ("Local", [20, 80]), ("Erbil", [50, 50])]),
        ],
        locale,
    )
    chart = drawn[-1]
    assert chart.legend_covers_nothing()
    top = chart.y_labels[chart.y_ticks.index(max(chart.y_ticks))]
    assert top == "1"
    assert chart.x_inverted == (locale == "ckb")  # bars grow from the right in Sorani
    assert chart.axes == 2


def test_results_chart_keeps_one_colour_per_group() -> None:
    plt = pyplot()
    seen: list[Any] = []
    original = charts.png

    def keep(figure: Any) -> bytes:
        seen.append([sorted({p.get_facecolor() for p in axes.patches}) for axes in figure.axes])
        return original(figure)

    charts.png = keep  # type: ignore[assignment]
    try:
        charts.side_by_side_chart(
            "t",
            [
                ("Q1", ["a"], [("All", [10]), ("Erbil", [50])]),
                ("Q2", ["b"], [("All", [40]), ("Local", [20]), ("Erbil", [50])]),
            ],
            "ar",
        )
    finally:
        charts.png = original  # type: ignore[assignment]
        plt.close("all")
    first, second = seen[0]
    assert set(first) < set(second)  # Erbil keeps its colour in both questions
