"""Polls due now go out at once (what the scheduler's sweep would do at its next tick)."""

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


async def send_due_polls(
    polls: PollService, core: BaseCore, taxonomy: Taxonomy, delivery: Delivery
) -> None:
    """What the scheduler's poll sweep does, at once: a poll sent now is not left to the tick."""
    render_results = results_for_person(core, taxonomy)
    if await polls.sweep(poll_messages(core, taxonomy), poll_reminder(core), render_results):
        delivery.wake()
