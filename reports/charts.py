"""Charts as PNG bytes. Arabic and Sorani labels are shaped (joined letter forms) and laid out
right to left before matplotlib sees them: it draws glyphs one by one, left to right."""

from __future__ import annotations

import io
from collections.abc import Sequence

RTL_LOCALES = frozenset({"ar", "ckb"})
COLORS = ("#6a3d9a", "#1f78b4", "#33a02c", "#ff7f00", "#e31a1c")


def display(text: str, locale: str) -> str:
    """The text as a left-to-right renderer must draw it."""
    if locale not in RTL_LOCALES:
        return text
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(text)))


def shares_chart(title: str, labels: Sequence[str], values: Sequence[int], locale: str) -> bytes:
    """Horizontal bars with counts and percentages: the report's Figure 2, per actor type.

    CPU-bound (about a tenth of a second): call it in a worker thread."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    total = sum(values) or 1
    figure, axes = plt.subplots(figsize=(8, 0.9 * len(labels) + 1.6), dpi=120)
    try:
        positions = list(range(len(labels)))[::-1]
        bars = axes.barh(positions, values, color=COLORS[: len(labels)])
        axes.set_yticks(positions, [display(label, locale) for label in labels])
        for bar, value in zip(bars, values, strict=True):
            axes.text(
                bar.get_width(),
                bar.get_y() + bar.get_height() / 2,
                f"  {value} ({round(100 * value / total)}%)",
                va="center",
            )
        axes.set_title(display(title, locale))
        axes.spines[["top", "right"]].set_visible(False)
        axes.set_xlim(0, max(values or [1]) * 1.3 + 1)
        if locale in RTL_LOCALES:  # bars grow from the right, labels on the right
            axes.invert_xaxis()
            axes.yaxis.tick_right()
            axes.spines[["right"]].set_visible(True)
            axes.spines[["left"]].set_visible(False)
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(figure)
