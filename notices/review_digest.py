"""An organizer's "to review" message: what waits for a decision, by kind, a button into each
queue, and her quiet-nights switch. The home card's "To review" shows the same text."""

from __future__ import annotations

from typing import Any

from aiogram_i18n.cores import BaseCore

from bot.callbacks import HomeCb, OpportunityAdminCb
from bot.commands import console_url
from storage.services.review_digest import RenderDigest
from storage.services.review_queue import KINDS, Waiting


def digest_text(core: BaseCore, locale: str, waiting: Waiting) -> str:
    lines = [core.get("home-review-title", locale)]
    lines += [core.get(f"home-review-{kind}", locale, count=waiting.of(kind)) for kind in KINDS]
    if not waiting.total:
        lines.append(core.get("home-review-none", locale))
    return "\n".join(lines)


def queue_buttons(core: BaseCore, locale: str, waiting: Waiting) -> list[list[dict[str, str]]]:
    """A button into each queue that has something in it."""
    rows = []
    for kind in KINDS:
        if waiting.of(kind):
            data = (
                OpportunityAdminCb(action="queue")
                if kind == "opportunities"
                else HomeCb(action=kind)
            )
            label = core.get(f"btn-home-review-{kind}", locale)
            rows.append([{"text": label, "callback_data": data.pack()}])
    return rows


def render_digest(core: BaseCore) -> RenderDigest:
    """(locale, what waits, quiet nights) -> the "to review" message's payload."""

    def render(locale: str, waiting: Waiting, quiet: bool) -> dict[str, Any]:
        switch = "btn-digest-sound-nights" if quiet else "btn-digest-quiet-nights"
        rows: list[list[dict[str, Any]]] = [*queue_buttons(core, locale, waiting)]
        if url := console_url(core):  # the same queues, worked through in the console
            rows.append([{"text": core.get("btn-console", locale), "web_app": {"url": url}}])
        rows.append(
            [{"text": core.get(switch, locale), "callback_data": HomeCb(action="quiet").pack()}]
        )
        text = digest_text(core, locale, waiting)
        if quiet:
            text += "\n\n" + core.get("digest-quiet-note", locale)
        return {
            "method": "sendMessage",
            "text": text,
            "reply_markup": {"inline_keyboard": rows},
        }

    return render
