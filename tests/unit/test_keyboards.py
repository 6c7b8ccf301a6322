"""bot.keyboards.Keyboard lays buttons out as aiogram's InlineKeyboardBuilder does."""

from __future__ import annotations

from typing import Any

import pytest
from aiogram.types import InlineKeyboardButton
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import ProfileCb
from bot.keyboards import Keyboard


def button(n: int) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=f"b{n}", callback_data=f"d{n}")


SCRIPTS: list[list[tuple[str, tuple[Any, ...], dict[str, Any]]]] = [
    [("button", (), {"text": f"t{n}", "callback_data": f"c{n}"}) for n in range(11)],
    [("button", (), {"text": "p", "callback_data": ProfileCb(field="name")})],
    [*(("button", (), {"text": f"t{n}", "callback_data": f"c{n}"}) for n in range(5)),
     ("adjust", (2, 2, 1), {})],
    [*(("button", (), {"text": f"t{n}", "callback_data": f"c{n}"}) for n in range(9)),
     ("adjust", (1, 3), {"repeat": True})],
    [*(("button", (), {"text": f"t{n}", "callback_data": f"c{n}"}) for n in range(7)),
     ("adjust", (), {})],
    [("row", tuple(button(n) for n in range(3)), {}), ("row", (button(9),), {}),
     ("button", (), {"text": "x", "callback_data": "y"})],
    [("row", tuple(button(n) for n in range(11)), {}), ("row", tuple(button(n) for n in range(5)),
     {"width": 2}), ("adjust", (3,), {})],
    [("button", (), {"text": "u", "url": "https://example.org"}),
     ("row", (button(1), button(2)), {})],
]  # fmt: skip


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_same_calls_make_the_same_rows_as_aiogram(script: list[Any]) -> None:
    ours, theirs = Keyboard(), InlineKeyboardBuilder()
    for name, args, kwargs in script:
        getattr(ours, name)(*args, **kwargs)
        getattr(theirs, name)(*args, **kwargs)
    assert ours.as_markup() == theirs.as_markup()


def test_a_row_wider_than_telegram_allows_is_refused() -> None:
    with pytest.raises(ValueError):
        Keyboard().adjust(9)
