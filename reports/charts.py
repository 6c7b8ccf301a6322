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
import textwrap
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
    if figure.get_layout_engine() is None:  # a chart with a legend outside lays itself out
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
    """Grouped columns, before and after, per actor type: the report's Figure 1. The legend
    sits under the chart (inside it, it covered the tallest bars); long type names wrap."""
    plt = pyplot()

    figure, axes = plt.subplots(figsize=(8, 4.6), dpi=120, layout="constrained")
    try:
        rtl = locale in RTL_LOCALES
        order = list(range(len(labels)))
        if rtl:  # read from the right: the first type on the right, "before" right of "after"
            order = order[::-1]
        width = 0.38
        first = width / 2 if rtl else -width / 2
        positions = list(range(len(labels)))
        for offset, values, color, name in (
            (first, before, COLORS[1], legend[0]),
            (-first, after, COLORS[0], legend[1]),
        ):
            drawn = axes.bar(
                [p + offset for p in positions],
                [values[i] for i in order],
                width,
                color=color,
                label=name,
            )
            axes.bar_label(drawn, padding=2, fontsize=9)
        axes.set_xticks(positions, [wrapped(labels[i], 24) for i in order], fontsize=9)
        axes.set_ylim(0, max([*before, *after, 1]) * 1.15)  # room for the counts on top
        axes.set_title(title)
        axes.spines[["top", "right"]].set_visible(False)
        if rtl:  # the scale on the side the reading starts
            axes.yaxis.tick_right()
            axes.spines[["right"]].set_visible(True)
            axes.spines[["left"]].set_visible(False)
        outside_legend(figure, axes, locale)
        return png(figure)
    finally:
        plt.close(figure)


def wrapped(label: str, width: int) -> str:
    """A long label on two or three lines, broken at spaces (Arabic and Sorani too)."""
    return textwrap.fill(label, width, break_long_words=False)


def outside_legend(figure: Any, axes: Any, locale: str) -> None:
    """The legend in one row under the chart, where it covers neither bars nor tick labels;
    in Arabic and Sorani read from the right, each colour on its label's right."""
    rtl = locale in RTL_LOCALES
    handles, names = axes.get_legend_handles_labels()
    if rtl:
        handles, names = handles[::-1], names[::-1]
    figure.legend(
        handles, names, loc="outside lower center", frameon=False, fontsize=8,
        ncol=len(names), markerfirst=not rtl, handlelength=1.2, columnspacing=1.0,
    )  # fmt: skip


def coverage_heatmap(
    title: str,
    rows: Sequence[str],
    columns: Sequence[str],
    values: Sequence[Sequence[int]],
    gap_label: str,
    locale: str,
) -> bytes:
    """Organizations per sector and governorate, empty cells (gaps) crossed: `values` is by
    row then column (sectors, governorates). Drawn tall for a phone held upright: the longer
    list (the governorates) down, the other across the top, the count written in each cell (no
    colour scale to read)."""
    plt = pyplot()

    if len(columns) > len(rows):  # the longer list goes down
        rows, columns = columns, rows
        values = [list(column) for column in zip(*values, strict=True)]
    rtl = locale in RTL_LOCALES
    figure, axes = plt.subplots(
        figsize=(6.4, 0.42 * len(rows) + 2.8), dpi=120, layout="constrained"
    )
    try:
        columns_order = list(range(len(columns)))
        if rtl:  # read from the right: the first column on the right
            columns_order = columns_order[::-1]
        grid = [[row[c] for c in columns_order] for row in values]
        top = max((max(row) for row in grid), default=0) or 1
        axes.imshow(grid, cmap="Purples", aspect="auto", vmin=0, vmax=top * 1.25)
        for y, row in enumerate(grid):
            for x, value in enumerate(row):
                axes.text(
                    x, y, str(value) if value else "×", ha="center", va="center", fontsize=9,
                    color="#c0392b" if not value else ("white" if value > top / 2 else "black"),
                )  # fmt: skip
        axes.xaxis.tick_top()
        axes.set_xticks(  # upright, a word a line: no head tilted to read them
            range(len(columns)), [wrapped(columns[c], 9) for c in columns_order], fontsize=8
        )
        axes.set_yticks(range(len(rows)), list(rows), fontsize=9)
        if rtl:
            axes.yaxis.tick_right()
        axes.tick_params(length=0)
        axes.set_title(title)
        axes.set_xlabel(f"× = {gap_label}", fontsize=9)
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

    figure, axes = plt.subplots(
        figsize=(8, 0.55 * len(labels) + 1.9), dpi=120, layout="constrained"
    )
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
        outside_legend(figure, axes, locale)  # under the scale, never on its ticks
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


Panel = tuple[str, Sequence[str], Sequence[tuple[str, Sequence[float]]]]


def side_by_side_chart(title: str, panels: Sequence[Panel], locale: str) -> bytes:
    """Per question, each option's share (%) among everyone and among the reader's own groups,
    as grouped horizontal bars: the first option on top, everyone's bar first in each group.
    In Arabic and Sorani the bars grow from the right and the labels stand on the right.

    CPU-bound: call it in a worker thread."""
    plt = pyplot()
    heights = [0.35 * len(options) * max(1, len(series)) + 1.2 for _, options, series in panels]
    figure, axes_list = plt.subplots(
        len(panels), 1, figsize=(8, sum(heights) + 1.0), dpi=110, layout="constrained",
        gridspec_kw={"height_ratios": heights}, squeeze=False,
    )  # fmt: skip
    rtl = locale in RTL_LOCALES
    # One colour per group across every question (a group too small in one question is left
    # out of that one only), and one legend for all.
    names = list(dict.fromkeys(name for _, _, series in panels for name, _ in series))
    colors = {name: COLORS[n % len(COLORS)] for n, name in enumerate(names)}
    try:
        for axes, (question, options, series) in zip(axes_list[:, 0], panels, strict=True):
            count = max(1, len(series))
            height = 0.8 / count
            groups = list(range(len(options)))[::-1]  # the first option on top
            for n, (name, shares) in enumerate(series):
                offsets = [g + 0.4 - height * (n + 0.5) for g in groups]
                drawn = axes.barh(offsets, shares, height * 0.92, color=colors[name])
                for bar, share in zip(drawn, shares, strict=True):
                    text = f"{round(share)}%"
                    axes.text(
                        bar.get_width(), bar.get_y() + bar.get_height() / 2,
                        f"{text} " if rtl else f" {text}", va="center",
                        ha="right" if rtl else "left", fontsize=8,
                    )  # fmt: skip
            axes.set_yticks(groups, [wrapped(o[:60], 28) for o in options], fontsize=9)
            axes.set_xlim(0, 118)
            axes.set_xticks([])
            axes.spines[["top", "right", "bottom"]].set_visible(False)
            axes.set_title(wrapped(question[:120], 70), fontsize=10)
            if rtl:
                axes.invert_xaxis()
                axes.yaxis.tick_right()
                axes.spines[["right"]].set_visible(True)
                axes.spines[["left"]].set_visible(False)
        figure.suptitle(wrapped(title[:120], 60), fontsize=11)
        handles = [plt.Rectangle((0, 0), 1, 1, color=colors[name]) for name in names]
        if rtl:  # read from the right, each colour on its label's right
            handles, names = handles[::-1], names[::-1]
        figure.legend(
            handles, names, loc="outside lower center", frameon=False, fontsize=8,
            ncol=len(names), markerfirst=not rtl, handlelength=1.2, columnspacing=1.0,
        )  # fmt: skip
        return png(figure)
    finally:
        plt.close(figure)
