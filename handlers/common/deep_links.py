"""Payloads of /start links: a meeting's check-in link (and its QR code)."""

from __future__ import annotations

from aiogram.types import (
    Message,
)
from aiogram_i18n import I18nContext

from notices.meetings import CHECKIN_PREFIX
from storage.models import Person
from storage.services.meetings import (
    MeetingService,
)
from storage.services.text import parse_row_id


async def check_in_by_link(
    message: Message,
    payload: str,
    i18n: I18nContext,
    person: Person | None,
    meetings: MeetingService,
) -> bool:
    """/start ci_<meeting>_<token>: the check-in link or QR code. False if not such a payload."""
    if not payload.startswith(CHECKIN_PREFIX):
        return False
    meeting_part, _, token = payload.removeprefix(CHECKIN_PREFIX).partition("_")
    meeting_id = parse_row_id(meeting_part)
    if meeting_id is None or not token:
        await message.answer(i18n.get("common-deep-link-invalid"))
        return True
    if person is None or person.status != "approved":
        await message.answer(i18n.get("common-not-registered"))
        return True
    first = await meetings.check_in(meeting_id, token, person.id, "link")
    await message.answer(i18n.get("meeting-checked-in" if first else "meeting-already-checked-in"))
    return True
