"""Status requests to the owners of follow-up items, and one reminder (sent once each)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiogram_i18n.cores import BaseCore

from bot.config import Settings
from bot.delivery.runtime import Delivery
from notices.followup import status_request
from storage.models import FollowupItem
from storage.services.followup_asks import AskSweep


async def sweep_followup(
    asks: AskSweep, core: BaseCore, settings: Settings, delivery: Delivery
) -> dict[str, int]:
    def render(
        item: FollowupItem, occasion: str, locale: str, reminder: bool
    ) -> list[dict[str, Any]]:
        return status_request(core, item, occasion, locale, reminder)

    done = await asks.run(datetime.now(settings.tz).date(), render)
    if done["asked"] or done["reminded"]:
        delivery.wake()
    return done
