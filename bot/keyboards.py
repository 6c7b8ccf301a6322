"""Inline keyboards built the way aiogram's InlineKeyboardBuilder builds them (button, row,
adjust, as_markup: same rows for the same calls), without its copies: aiogram deep-copies the
whole keyboard on every button added and again on export, which was a twentieth of the time
of an update that shows a card. Buttons are never changed once added, so rows are shared."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain, cycle
from typing import Any

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

MAX_WIDTH = 8  # Telegram's widest row


class Keyboard:
    def __init__(self) -> None:
        self._rows: list[list[InlineKeyboardButton]] = []

    @property
    def buttons(self) -> Iterator[InlineKeyboardButton]:
        return chain.from_iterable(self._rows)

    def button(self, **fields: Any) -> Keyboard:
        """A button at the end of the last row while it has room (InlineKeyboardButton's
        fields; a CallbackData is packed)."""
        if isinstance(data := fields.get("callback_data"), CallbackData):
            fields["callback_data"] = data.pack()
        button = InlineKeyboardButton(**fields)
        if self._rows and len(self._rows[-1]) < MAX_WIDTH:
            self._rows[-1].append(button)
        else:
            self._rows.append([button])
        return self

    def row(self, *buttons: InlineKeyboardButton, width: int = MAX_WIDTH) -> Keyboard:
        """These buttons on rows of their own, `width` at most to a row."""
        _check(width)
        self._rows.extend(list(buttons[at : at + width]) for at in range(0, len(buttons), width))
        return self

    def adjust(self, *sizes: int, repeat: bool = False) -> Keyboard:
        """Every button so far, again, in rows of these sizes; the last size goes on for the
        rest (or all of them again, with repeat)."""
        for size in sizes:
            _check(size)
        widths = cycle(sizes or (MAX_WIDTH,)) if repeat else _last_repeated(sizes or (MAX_WIDTH,))
        rows: list[list[InlineKeyboardButton]] = []
        width = next(widths)
        for button in self.buttons:
            if rows and len(rows[-1]) < width:
                rows[-1].append(button)
                continue
            if rows:
                width = next(widths)
            rows.append([button])
        self._rows = rows
        return self

    def as_markup(self) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup(inline_keyboard=[list(row) for row in self._rows])


def _check(width: int) -> None:
    if not 1 <= width <= MAX_WIDTH:
        raise ValueError(f"a row holds 1 to {MAX_WIDTH} buttons, not {width}")


def _last_repeated(sizes: tuple[int, ...]) -> Iterator[int]:
    yield from sizes
    while True:
        yield sizes[-1]
