"""The organizer's live progress message, edited in place, and the final summary."""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram_i18n.cores import BaseCore

from notices.delivery import progress_text, resend_keyboard
from storage.services.outbox import OutboxService, is_final

log = logging.getLogger(__name__)


async def report_progress(bot: Bot, outbox: OutboxService, core: BaseCore) -> int:
    """Edit every running send's progress message when its counts changed. Returns edits."""
    edits = 0
    for broadcast in await outbox.unfinished_broadcasts():
        totals = await outbox.totals(broadcast.id)
        locale = broadcast.progress_locale or core.default_locale or "en"
        text = progress_text(core, locale, broadcast, totals)
        finished = is_final(totals)
        if text == broadcast.progress_text and not finished:
            continue
        markup = resend_keyboard(core, locale, broadcast.id, totals) if finished else None
        try:
            await bot.edit_message_text(
                text=text,
                chat_id=broadcast.progress_chat_id,
                message_id=broadcast.progress_message_id,
                reply_markup=markup,
            )
            edits += 1
        except TelegramAPIError as exc:  # deleted, unchanged or too old: the counts stand
            log.info("progress of broadcast %s not shown: %s", broadcast.id, exc)
        await outbox.save_progress(broadcast.id, text, finished)
    return edits
