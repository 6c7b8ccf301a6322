"""Charts as PNG bytes. Arabic and Sorani labels are shaped (joined letter forms) and laid out
right to left before matplotlib sees them: it draws glyphs one by one, left to right."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

RTL_LOCALES = frozenset({"ar", "ckb"})
COLORS = ("#6a3d9a", "#1f78b4", "#33a02c", "#ff7f00", "#e31a1c")


def display(text: str, locale: str) -> str:
    """The text as a left-to-right renderer must draw it."""
    if locale not in RTL_LOCALES:
        return text
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(text)))


def pyplot() -> Any:
    """matplotlib's pyplot on the Agg backend: no display, safe in worker threads' use here."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

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
    axes.set_yticks(positions, [display(label, locale) for label in labels])
    for bar, value in zip(drawn, values, strict=True):
        axes.text(
            bar.get_width(),
            bar.get_y() + bar.get_height() / 2,
            f"  {value} ({round(100 * value / total)}%)",
            va="center",
            fontsize=9,
        )
    axes.spines[["top", "right"]].set_visible(False)
    axes.set_xlim(0, max(values or [1]) * 1.35 + 1)
    if locale in RTL_LOCALES:  # bars grow from the right, labels on the right
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
        axes.set_title(display(title, locale))
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
            axes.set_title(display(question[:90], locale), fontsize=10)
        figure.suptitle(display(title, locale))
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
                label=display(name, locale),
            )
            axes.bar_label(drawn, padding=2, fontsize=9)
        axes.set_xticks(positions, [display(labels[i], locale) for i in order], fontsize=9)
        axes.set_title(display(title, locale))
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
            [display(columns[c], locale) for c in columns_order],
            rotation=60,
            ha="right",
            fontsize=8,
        )
        axes.set_yticks(range(len(rows)), [display(r, locale) for r in rows], fontsize=9)
        if locale in RTL_LOCALES:
            axes.yaxis.tick_right()
        axes.set_title(display(title, locale))
        figure.colorbar(image, ax=axes, shrink=0.6)
        axes.set_xlabel(display(f"× = {gap_label}", locale), fontsize=8)
        return png(figure)
    finally:
        plt.close(figure)
