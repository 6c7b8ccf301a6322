"""Results by segment (actor type, governorate) without letting anyone trace an answer back to a
person: a segment where fewer than MIN_CELL people answered is not shown. When only one segment
of a dimension is hidden, the overall result minus the others would give it away, so the next
smallest is hidden with it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TypeVar

MIN_CELL = 5

Key = TypeVar("Key")


def visible_segments(segments: Mapping[Key, Counter[str]]) -> dict[Key, Counter[str] | None]:
    """Each segment's counts, or None where they are not shown (empty segments are left out)."""
    sizes = {key: sum(counts.values()) for key, counts in segments.items()}
    present = {key: size for key, size in sizes.items() if size > 0}
    hidden = {key for key, size in present.items() if size < MIN_CELL}
    if len(hidden) == 1 and len(present) > 1:
        shown = sorted((size, str(key), key) for key, size in present.items() if key not in hidden)
        hidden.add(shown[0][2])  # the smallest other: subtraction no longer tells
    return {key: (None if key in hidden else segments[key]) for key in present}
