"""The reporting rounds' sweep: the automatic reminder some days before the deadline, the close
at the deadline, and the organizer's progress message kept up to date as answers arrive."""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError, TelegramServerError
from aiogram.types import InlineKeyboardMarkup
from aiogram_i18n.cores import BaseCore

from bot.config import Settings
from bot.delivery.runtime import Delivery
from notices.rounds import answered_by_colleague, progress_keyboard, progress_text, request
from storage.services.rounds import RoundService
from storage.services.taxonomy import Taxonomy

log = logging.getLogger(__name__)


async def sweep_rounds(
    bot: Bot,
    rounds: RoundService,
    core: BaseCore,
    taxonomy: Taxonomy,
    settings: Settings,
    delivery: Delivery,
) -> dict[str, int]:
    done = {"reminded": 0, "closed": 0, "edited": 0, "told": 0}
    for round_id in await rounds.due_auto_reminders(settings.round_remind_days):
        done["reminded"] += await rounds.remind(
            None, round_id, request(core, taxonomy, settings.tz, reminder=True)
        )
    for round_id in await rounds.due_to_close():
        await rounds.close(None, round_id)
        done["closed"] += 1
    done["told"] = await rounds.tell_colleagues(answered_by_colleague(core))
    if done["reminded"] or done["told"]:
        delivery.wake()
    for round_ in await rounds.followed():
        locale = round_.progress_locale or settings.default_locale
        progress = await rounds.progress(round_.id)
        text = progress_text(core, taxonomy, locale, progress, settings.tz)
        if text == round_.progress_text:
            continue
        markup = InlineKeyboardMarkup.model_validate(
            progress_keyboard(core, locale, progress.round)
        )
        try:
            await bot.edit_message_text(
                text=text, chat_id=round_.progress_chat_id,
                message_id=round_.progress_message_id, reply_markup=markup,
            )  # fmt: skip
        except (TelegramNetworkError, TelegramServerError):
            continue  # Telegram away: tried again at the next tick
        except TelegramAPIError as exc:  # deleted or too old: the figures stand
            log.info("progress of round %s not shown: %s", round_.id, exc)
        await rounds.shown_progress(round_.id, text)
        done["edited"] += 1
    return done
