"""Due decision work: the one reminder to those who have not voted, and the close (counted,
the result to the organizer who asked). Each step is a status claimed once, so several
schedulers may run this."""

from __future__ import annotations

from aiogram_i18n.cores import BaseCore

from bot.config import Settings
from bot.delivery.runtime import Delivery
from notices.decisions import closed_payloads, reminder_payloads
from storage.services.decisions import DecisionService
from storage.services.taxonomy import Taxonomy


async def sweep_decisions(
    decisions: DecisionService,
    core: BaseCore,
    taxonomy: Taxonomy,
    settings: Settings,
    delivery: Delivery,
) -> dict[str, int]:
    done = await decisions.sweep(
        reminder_payloads(core, settings.tz), closed_payloads(core, taxonomy, settings.tz)
    )
    if done:
        delivery.wake()
    return done
