"""What a poll sends: the introduction, each question with its buttons (or one native Telegram
poll), and the reminder. Used by the poll dialog and by the scheduler's poll sweep."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from aiogram_i18n.cores import BaseCore

from bot.callbacks import PollCb
from bot.i18n import reading_chain
from storage.models import Poll
from storage.services.polls import (
    TEMPLATES,
)
from storage.services.taxonomy import Taxonomy
from storage.services.text import in_reading_order


def template_of(poll: Poll) -> str:
    # Polls made before templates had names were all meeting feedback.
    return poll.template if poll.template in TEMPLATES else "feedback"


def in_language(values: dict[str, Any], chain: Sequence[str]) -> Any:
    """The organizer's text in the reader's language, else in her next language written (the
    taxonomy file's reading order)."""
    return in_reading_order(values, chain)


def question_text(core: BaseCore, spec: dict[str, Any], locale: str) -> str:
    """Plain text: what a native poll shows, and what charts and CSV headers use."""
    if "text" in spec:
        return str(in_language(spec["text"], reading_chain(core, locale)))
    return html.unescape(core.get(f"poll-q-{spec['key']}", locale))


def question_html(core: BaseCore, spec: dict[str, Any], locale: str) -> str:
    if "text" in spec:  # the organizer's words are text, never markup
        return html.escape(str(in_language(spec["text"], reading_chain(core, locale))))
    return core.get(f"poll-q-{spec['key']}", locale)


def option_label(taxonomy: Taxonomy, spec: dict[str, Any], option: str, locale: str) -> str:
    if "labels" in spec:
        labels = in_language(spec["labels"], taxonomy.chain(locale))
        return str(labels[int(option)])
    if spec["kind"] == "scale":
        return option
    sector = next((s for s in taxonomy.sectors if s.code == option), None)
    return sector.name(locale) if sector else option


def question_markup(
    core: BaseCore, taxonomy: Taxonomy, poll: Poll, index: int, locale: str, chosen: str | None
) -> dict[str, Any]:
    spec = poll.questions[index]
    if spec["kind"] == "text":
        button = {
            "text": core.get("btn-poll-write", locale),
            "callback_data": PollCb(poll_id=poll.id, question=index, option=-1).pack(),
        }
        return {"inline_keyboard": [[button]]}
    buttons = []
    for n, option in enumerate(spec["options"]):
        label = option_label(taxonomy, spec, option, locale)
        if option == chosen:
            label = f"• {label} •"
        buttons.append(
            {
                "text": label,
                "callback_data": PollCb(poll_id=poll.id, question=index, option=n).pack(),
            }
        )
    width = 5 if spec["kind"] == "scale" else 2 if "labels" not in spec else 1
    return {"inline_keyboard": [buttons[i : i + width] for i in range(0, len(buttons), width)]}


def poll_messages(
    core: BaseCore, taxonomy: Taxonomy
) -> Callable[[Poll, str], list[dict[str, Any]]]:
    def render(poll: Poll, locale: str) -> list[dict[str, Any]]:
        intro = "poll-intro" if poll.meeting_id is not None else "poll-intro-standalone"
        payloads: list[dict[str, Any]] = [
            {"method": "sendMessage", "text": core.get(intro, locale)}
        ]
        if poll.native:
            spec = poll.questions[0]
            payloads.append(
                {
                    "method": "sendPoll",
                    "question": question_text(core, spec, locale),
                    "options": [option_label(taxonomy, spec, o, locale) for o in spec["options"]],
                }
            )
            return payloads
        for index, spec in enumerate(poll.questions):
            payloads.append(
                {
                    "method": "sendMessage",
                    "text": question_html(core, spec, locale),
                    "reply_markup": question_markup(core, taxonomy, poll, index, locale, None),
                }
            )
        return payloads

    return render


def poll_reminder(core: BaseCore) -> Callable[[Poll, str], list[dict[str, Any]]]:
    def render(poll: Poll, locale: str) -> list[dict[str, Any]]:
        key = "poll-reminder" if poll.meeting_id is not None else "poll-reminder-standalone"
        return [{"method": "sendMessage", "text": core.get(key, locale)}]

    return render
