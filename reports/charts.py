"""Charts as PNG bytes, in English, Arabic and Sorani.

matplotlib 3.11 lays text out with libraqm (HarfBuzz and FriBidi): Arabic and Sorani labels are
handed to it as written, and it joins the letters and orders them right to left itself (shaping
or reordering them first would mirror them). Arabic script uses Noto Sans Arabic, which has
every Sorani letter (ە ێ ڵ ڕ ۆ), from the `fontpkg-noto-sans-arabic` package; Latin falls back
to DejaVu Sans. Without that font, charts still draw (with a warning in the log).
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

RTL_LOCALES = frozenset({"ar", "ckb"})
COLORS = ("#6a3d9a", "#1f78b4", "#33a02c", "#ff7f00", "#e31a1c")
ARABIC_FONT_PACKAGE = "fontpkg_noto_sans_arabic"
LATIN_FAMILY = "DejaVu Sans"
_setup = threading.Lock()
_families: list[str] = []


def arabic_font_file() -> Path | None:
    """Noto Sans Arabic as its package ships it, or None where it is not installed."""
    try:
        folder = resources.files(ARABIC_FONT_PACKAGE) / "files"
    except ModuleNotFoundError:
        return None
    fonts = sorted(str(entry) for entry in folder.iterdir() if entry.name.endswith(".ttf"))
    return Path(fonts[0]) if fonts else None


def font_families() -> list[str]:
    """The font list every chart uses (per glyph: Noto Sans Arabic, then DejaVu Sans)."""
    with _setup:
        if not _families:
            from matplotlib import font_manager

            # Arabic script first: DejaVu Sans has Arabic letters too, but not every Sorani one,
            # and a word drawn from two fonts does not join. Latin falls back to DejaVu Sans.
            families = [LATIN_FAMILY]
            path = arabic_font_file()
            if path is None:
                log.warning(
                    "charts: Noto Sans Arabic is not installed (pip package %s); Arabic and "
                    "Sorani labels fall back to DejaVu Sans",
                    ARABIC_FONT_PACKAGE.replace("_", "-"),
                )
            else:
                font_manager.fontManager.addfont(str(path))
                families.insert(0, font_manager.FontProperties(fname=str(path)).get_name())
            _families.extend(families)
        return list(_families)


def pyplot() -> Any:
    """matplotlib's pyplot on the Agg backend with the chart fonts: no display needed."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["font.family"] = font_families()
    return plt


def png(figure: Any) -> bytes:
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def bars(axes: Any, labels: Sequence[str], values: Sequence[int], locale: str, color: Any) -> None:
    """Horizontal bars, first label on top, each with its count and share."""
    total = sum(values) or 1
    positions = list(range(len(labels)))[::-1]
    drawn = axes.barh(positions, values, color=color)
    axes.set_yticks(positions, [label for label in labels])
    rtl = locale in RTL_LOCALES
    for bar, value in zip(drawn, values, strict=True):
        share = f"{value} ({round(100 * value / total)}%)"
        axes.text(  # past the bar's end: on its left when bars grow from the right
            bar.get_width(),
            bar.get_y() + bar.get_height() / 2,
            f"{share}  " if rtl else f"  {share}",
            va="center",
            ha="right" if rtl else "left",
            fontsize=9,
        )
    axes.spines[["top", "right"]].set_visible(False)
    axes.set_xlim(0, max(values or [1]) * 1.35 + 1)
    if rtl:  # bars grow from the right, labels on the right
        axes.invert_xaxis()
        axes.yaxis.tick_right()
        axes.spines[["right"]].set_visible(True)
        axes.spines[["left"]].set_visible(False)


def shares_chart(title: str, labels: Sequence[str], values: Sequence[int], locale: str) -> bytes:
    """Horizontal bars with counts and percentages: the report's Figure 2, per actor type.

    CPU-bound (about a tenth of a second): call it in a worker thread."""
    plt = pyplot()

    figure, axes = plt.subplots(figsize=(8, 0.9 * len(labels) + 1.6), dpi=120)
    try:
        bars(axes, labels, values, locale, COLORS[: len(labels)])
        axes.set_title(title)
        return png(figure)
    finally:
        plt.close(figure)


def poll_chart(
    title: str, panels: Sequence[tuple[str, Sequence[str], Sequence[int]]], locale: str
) -> bytes:
    """One panel of horizontal bars per question (question, option labels, counts).

    CPU-bound: call it in a worker thread."""
    plt = pyplot()

    heights = [0.45 * len(labels) + 1.0 for _, labels, _ in panels]
    figure, axes_list = plt.subplots(
        len(panels),
        1,
        figsize=(8, sum(heights) + 0.8),
        dpi=110,
        gridspec_kw={"height_ratios": heights},
        squeeze=False,
    )
    try:
        for axes, (question, labels, values) in zip(axes_list[:, 0], panels, strict=True):
            bars(axes, [label[:40] for label in labels], values, locale, COLORS[1])
            axes.set_title(question[:90], fontsize=10)
        figure.suptitle(title)
        return png(figure)
    finally:
        plt.close(figure)


def before_after_chart(
    title: str,
    labels: Sequence[str],
    before: Sequence[int],
    after: Sequence[int],
    legend: tuple[str, str],
    locale: str,
) -> bytes:
    """Grouped columns, before and after, per actor type: the report's Figure 1."""
    plt = pyplot()

    figure, axes = plt.subplots(figsize=(8, 4.2), dpi=120)
    try:
        order = list(range(len(labels)))
        if locale in RTL_LOCALES:  # read from the right: the first type on the right
            order = order[::-1]
        width = 0.38
        positions = list(range(len(labels)))
        for offset, values, color, name in (
            (-width / 2, before, COLORS[1], legend[0]),
            (width / 2, after, COLORS[0], legend[1]),
        ):
            drawn = axes.bar(
                [p + offset for p in positions],
                [values[i] for i in order],
                width,
                color=color,
                label=name,
            )
            axes.bar_label(drawn, padding=2, fontsize=9)
        axes.set_xticks(positions, [labels[i] for i in order], fontsize=9)
        axes.set_title(title)
        axes.spines[["top", "right"]].set_visible(False)
        axes.legend(frameon=False)
        return png(figure)
    finally:
        plt.close(figure)


def coverage_heatmap(
    title: str,
    rows: Sequence[str],
    columns: Sequence[str],
    values: Sequence[Sequence[int]],
    gap_label: str,
    locale: str,
) -> bytes:
    """Sectors down, governorates across, organizations per cell; empty cells (gaps) crossed."""
    plt = pyplot()

    width = max(8.0, 0.55 * len(columns) + 3)
    figure, axes = plt.subplots(figsize=(width, 0.5 * len(rows) + 2.6), dpi=110)
    try:
        columns_order = list(range(len(columns)))
        if locale in RTL_LOCALES:
            columns_order = columns_order[::-1]
        grid = [[row[c] for c in columns_order] for row in values]
        image = axes.imshow(grid, cmap="Purples", aspect="auto", vmin=0)
        for y, row in enumerate(grid):
            for x, value in enumerate(row):
                axes.text(
                    x,
                    y,
                    str(value) if value else "×",
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="#c0392b"
                    if not value
                    else ("white" if value > max(map(max, grid)) / 2 else "black"),
                )
        axes.set_xticks(
            range(len(columns)),
            [columns[c] for c in columns_order],
            rotation=60,
            ha="right",
            fontsize=8,
        )
        axes.set_yticks(range(len(rows)), [r for r in rows], fontsize=9)
        if locale in RTL_LOCALES:
            axes.yaxis.tick_right()
        axes.set_title(title)
        # The scale goes on the side the row names are not on.
        side = "left" if locale in RTL_LOCALES else "right"
        figure.colorbar(image, ax=axes, shrink=0.6, location=side)
        axes.set_xlabel(f"× = {gap_label}", fontsize=8)
        return png(figure)
    finally:
        plt.close(figure)


def stacked_levels_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[int], str]],
    locale: str,
) -> bytes:
    """Horizontal bars stacked by status, one per sector (first sector on top): the follow-up
    tracker. Read from the right in Arabic and Sorani: bars grow leftwards, labels on the right.

    series: (status name, count per label, colour). CPU-bound: call it in a worker thread."""
    plt = pyplot()
    from matplotlib.ticker import MaxNLocator

    figure, axes = plt.subplots(figsize=(8, 0.55 * len(labels) + 1.9), dpi=120)
    try:
        positions = list(range(len(labels)))[::-1]
        left = [0] * len(labels)
        for name, values, color in series:
            if not any(values):
                continue
            drawn = axes.barh(positions, values, left=left, color=color, label=name)
            axes.bar_label(
                drawn, labels=[str(v) if v else "" for v in values], label_type="center",
                fontsize=8,
            )  # fmt: skip
            left = [a + b for a, b in zip(left, values, strict=True)]
        axes.set_yticks(positions, list(labels))
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no half items
        axes.spines[["top", "right"]].set_visible(False)
        axes.set_xlim(0, max(left or [1]) * 1.1 + 1)
        rtl = locale in RTL_LOCALES
        if rtl:
            axes.invert_xaxis()
            axes.yaxis.tick_right()
            axes.spines[["right"]].set_visible(True)
            axes.spines[["left"]].set_visible(False)
        handles, names = axes.get_legend_handles_labels()
        if rtl:  # the scale read from the right, each colour on its label's right
            handles, names = handles[::-1], names[::-1]
        axes.legend(
            handles, names, frameon=False, fontsize=8, ncol=len(names), loc="upper center",
            bbox_to_anchor=(0.5, -0.08), markerfirst=not rtl, handlelength=1.2,
            columnspacing=1.0,
        )  # fmt: skip
        axes.set_title(title)
        return png(figure)
    finally:
        plt.close(figure)


def response_rate_chart(
    title: str,
    panels: Sequence[tuple[str, Sequence[str], Sequence[int], Sequence[int]]],
    locale: str,
) -> bytes:
    """A reporting round's response rate: one panel per grouping (heading, labels, answered,
    asked), a bar per group as the share of its organizations that answered, labelled
    "answered/asked (percent)". Read from the right in Arabic and Sorani.

    CPU-bound: call it in a worker thread."""
    plt = pyplot()

    rtl = locale in RTL_LOCALES
    heights = [0.32 * len(labels) + 0.9 for _, labels, _, _ in panels]
    figure, axes_list = plt.subplots(
        len(panels), 1, figsize=(8, sum(heights) + 0.8), dpi=110,
        gridspec_kw={"height_ratios": heights}, squeeze=False,
    )  # fmt: skip
    try:
        for axes, (heading, labels, answered, asked) in zip(axes_list[:, 0], panels, strict=True):
            positions = list(range(len(labels)))[::-1]
            shares = [100 * a / n if n else 0 for a, n in zip(answered, asked, strict=True)]
            axes.barh(positions, [100] * len(labels), color="#eeeeee")  # the whole, for scale
            drawn = axes.barh(positions, shares, color=COLORS[0])
            for bar, a, n, share in zip(drawn, answered, asked, shares, strict=True):
                text = f"{a}/{n} ({round(share)}%)"
                axes.text(
                    bar.get_width(), bar.get_y() + bar.get_height() / 2,
                    f"{text}  " if rtl else f"  {text}", va="center",
                    ha="right" if rtl else "left", fontsize=8,
                )  # fmt: skip
            axes.set_yticks(positions, [label[:40] for label in labels], fontsize=8)
            axes.set_xlim(0, 130)
            axes.set_xticks([0, 50, 100], ["0%", "50%", "100%"], fontsize=8)
            axes.spines[["top", "right"]].set_visible(False)
            axes.set_title(heading, fontsize=10)
            if rtl:
                axes.invert_xaxis()
                axes.yaxis.tick_right()
                axes.spines[["right"]].set_visible(True)
                axes.spines[["left"]].set_visible(False)
        figure.suptitle(title)
        return png(figure)
    finally:
        plt.close(figure)
