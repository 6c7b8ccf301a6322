"""Due meeting reminders and check-in buttons, queued once each (unique outbox keys)."""

from __future__ import annotations

from aiogram_i18n.cores import BaseCore

from bot.config import Settings
from bot.delivery.runtime import Delivery
from notices.meetings import (
    checkin_button,
    reminder,
)
from storage.services.meetings import (
    MeetingService,
)


async def sweep_reminders(
    meetings: MeetingService, core: BaseCore, settings: Settings, delivery: Delivery
) -> dict[str, int]:
    """The metronome's job: queue reminders and check-in buttons whose moment came."""
    queued, _ = await meetings.queue_due_reminders(
        reminder(core, settings), checkin_button(core, settings)
    )
    if queued:
        delivery.wake()
    return {"queued": queued}
