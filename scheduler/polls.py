"""Due poll work: send polls whose time came, remind those who have not answered, close polls
(stopping native ones). Every step is a database time claimed once, so several schedulers may
run this."""

from __future__ import annotations

from aiogram_i18n.cores import BaseCore

from bot.delivery.runtime import Delivery
from notices.polls import (
    poll_messages,
    poll_reminder,
    results_for_person,
)
from storage.services.polls import (
    PollService,
)
from storage.services.taxonomy import Taxonomy


async def sweep_polls(
    polls: PollService, core: BaseCore, taxonomy: Taxonomy, delivery: Delivery
) -> dict[str, int]:
    done = await polls.sweep(
        poll_messages(core, taxonomy), poll_reminder(core), results_for_person(core, taxonomy)
    )
    if done:
        delivery.wake()
    return done
