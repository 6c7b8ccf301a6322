"""Opportunities: the weekly digest (Sundays from 09:00 local time, for those who chose it) and
the reminder three days before the deadline of a saved one (each sent once)."""

from __future__ import annotations

from datetime import datetime

from aiogram_i18n.cores import BaseCore

from bot.config import Settings
from bot.delivery.runtime import Delivery
from notices.opportunities import digest, reminder
from storage.services.opportunities import DIGEST_HOUR, DIGEST_WEEKDAY, OpportunityService


async def sweep_opportunities(
    opportunities: OpportunityService,
    core: BaseCore,
    settings: Settings,
    delivery: Delivery,
    now: datetime | None = None,
) -> dict[str, int]:
    now = now or datetime.now(settings.tz)
    today = now.date()
    reminded = await opportunities.send_reminders(
        today, lambda opportunity, locale: reminder(core, opportunity, locale)
    )
    digests = 0
    if now.weekday() == DIGEST_WEEKDAY and now.hour >= DIGEST_HOUR:
        digests = await opportunities.send_digests(
            today, lambda chosen, locale: digest(core, chosen, locale)
        )
    if reminded or digests:
        delivery.wake()
    return {"reminded": reminded, "digests": digests}
