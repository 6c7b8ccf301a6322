"""Suppression of small segments: a cell of 4 hidden, a cell of 5 shown, and no subtraction
that gives a hidden cell away."""

from __future__ import annotations

from collections import Counter

from storage.services.segments import MIN_CELL, visible_segments


def answers(**counts: int) -> Counter[str]:
    return Counter(counts)


def test_a_cell_of_four_is_hidden_and_a_cell_of_five_shown() -> None:
    assert MIN_CELL == 5
    shown = visible_segments(
        {
            "ngo": answers(yes=3, no=2),
            "gov": answers(yes=4),
            "intl": answers(yes=2, no=2),
            "x": answers(yes=5),
        }
    )
    assert shown["ngo"] == answers(yes=3, no=2)
    assert shown["x"] == answers(yes=5)
    assert shown["gov"] is None and shown["intl"] is None


def test_one_hidden_cell_takes_the_smallest_other_with_it() -> None:
    shown = visible_segments({"a": answers(yes=9), "b": answers(no=6), "c": answers(yes=1)})
    assert shown["c"] is None
    assert shown["b"] is None  # else overall minus a minus b is c
    assert shown["a"] == answers(yes=9)


def test_empty_segments_are_left_out_and_one_alone_stays_hidden() -> None:
    assert visible_segments({"a": answers(), "b": answers(yes=2)}) == {"b": None}
    assert visible_segments({}) == {}
