"""The organizer's live progress message, edited in place, and the final summary."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError, TelegramServerError
from aiogram_i18n.cores import BaseCore

from notices.delivery import progress_text, resend_keyboard
from storage.services.outbox import OutboxService, is_final

log = logging.getLogger(__name__)


async def report_progress(bot: Bot, outbox: OutboxService, core: BaseCore, tz: ZoneInfo) -> int:
    """Edit every running send's progress message when its counts changed, or when Telegram
    became unreachable or came back. Returns edits."""
    edits = 0
    broadcasts = await outbox.unfinished_broadcasts()
    if not broadcasts:
        return 0
    since = (await outbox.shared_state()).unreachable_since
    shown_since = f"{since.astimezone(tz):%Y-%m-%d %H:%M}" if since else None
    for broadcast in broadcasts:
        totals = await outbox.totals(broadcast.id)
        locale = broadcast.progress_locale or core.default_locale or "en"
        finished = is_final(totals)
        late = await outbox.sent_late(broadcast.id) if finished else 0
        text = progress_text(core, locale, broadcast, totals, shown_since, late)
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
        except (TelegramNetworkError, TelegramServerError) as exc:
            # Telegram away: not shown, so not saved as shown; the next sweep tries again.
            log.info("progress of broadcast %s waits for Telegram: %s", broadcast.id, exc)
            continue
        except TelegramAPIError as exc:  # deleted, unchanged or too old: the counts stand
            log.info("progress of broadcast %s not shown: %s", broadcast.id, exc)
        await outbox.save_progress(broadcast.id, text, finished)
    return edits
