"""The one check of Telegram's limits: every kind of text is cut in a defined way (at a line
break or space near the limit, tags closed, entities whole, "…" at the end), never refused."""

from __future__ import annotations

from aiogram.methods import (
    AnswerCallbackQuery,
    EditMessageText,
    SendDocument,
    SendMessage,
    SendPoll,
)
from aiogram.types import InputPollOption

from bot.i18n import MAX_PLACEABLE, TansiqCore, placeable
from bot.middlewares.fit import MAX_ALERT, MAX_POLL_OPTION, MAX_POLL_QUESTION, fit_method
from storage.services.telegram_text import (
    MAX_CAPTION,
    MAX_TEXT,
    fit_text,
    html_error,
    telegram_length,
    visible_text,
)


def shown(text: str, parse_mode: str | None = "HTML") -> int:
    return telegram_length(visible_text(text, parse_mode))


def test_a_text_that_fits_is_left_as_it_is() -> None:
    text = "<b>Item #4</b>\nتعديل قانون الانتخابات"
    assert fit_text(text) is text


def test_a_long_card_is_cut_at_a_line_with_its_tags_closed() -> None:
    lines = [f"<b>Line {n}</b> &amp; <i>تقرير طويل عن الحالة</i>" for n in range(400)]
    text = "\n".join(lines)
    cut = fit_text(text)
    assert shown(cut) <= MAX_TEXT and html_error(cut) is None
    assert visible_text(cut, "HTML").endswith("…")
    assert "&am…" not in cut and "<b…" not in cut  # never inside an entity or a tag
    assert visible_text(cut, "HTML")[:-1].rstrip() == visible_text(cut, "HTML")[:-1]


def test_one_endless_word_and_emoji_count_as_telegram_counts_them() -> None:
    cut = fit_text("😀" * 3000)  # two UTF-16 units each
    assert shown(cut) <= MAX_TEXT and cut.endswith("…")
    plain = fit_text("<" * 5000, MAX_TEXT, None)  # no parse mode: "<" is a letter
    assert len(plain) == MAX_TEXT and plain.endswith("…")


def test_every_method_that_carries_text_is_fitted() -> None:
    long = "word " * 2000
    message = fit_method(SendMessage(chat_id=1, text=long))
    assert shown(message.text) <= MAX_TEXT  # type: ignore[union-attr]
    edit = fit_method(EditMessageText(chat_id=1, message_id=2, text=long, parse_mode="HTML"))
    assert shown(edit.text) <= MAX_TEXT  # type: ignore[union-attr]
    document = fit_method(SendDocument(chat_id=1, document="file-id", caption=long))
    assert shown(document.caption) <= MAX_CAPTION  # type: ignore[union-attr]
    alert = fit_method(AnswerCallbackQuery(callback_query_id="1", text=long))
    assert len(alert.text) <= MAX_ALERT  # type: ignore[union-attr]
    poll = fit_method(
        SendPoll(chat_id=1, question=long, options=["yes " * 50, InputPollOption(text="no " * 50)])
    )
    assert len(poll.question) <= MAX_POLL_QUESTION  # type: ignore[union-attr]
    options = poll.options  # type: ignore[union-attr]
    assert len(options[0]) <= MAX_POLL_OPTION and len(options[1].text) <= MAX_POLL_OPTION


def test_a_variable_over_fluents_limit_is_cut_not_refused() -> None:
    core = TansiqCore().load()
    for value in ("&" * 3000, "كلمة " * 1000):
        assert len(placeable(value)) <= MAX_PLACEABLE
        for locale in ("en", "ar", "ckb"):
            text = core.get("intro-relayed", locale, name="Layla", text=value)
            assert "…" in text
