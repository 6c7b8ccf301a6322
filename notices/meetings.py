"""What invitees get about a meeting: the invitation, changes, cancellation, reminders and the
check-in button, each rendered per locale into outbox payloads (text, answer buttons, calendar
file). Used by the organizer's handlers and by the scheduler's reminder sweep alike."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal
from zoneinfo import ZoneInfo

from aiogram import Bot
from aiogram_i18n.cores import BaseCore

from bot.calendar import meeting_ics
from bot.callbacks import CheckinCb, RsvpCb
from bot.config import Settings
from bot.i18n import Html, isolate, long_moment, reading_chain, zone_label
from storage.models import Answer, CutInterval, Meeting, MeetingStatus
from storage.services.meetings import MeetingDraft
from storage.services.text import in_reading_order
from storage.types import utcnow

# The check-in deep link's payload: "ci_<meeting id>_<token>" (handlers.common.deep_links).
CHECKIN_PREFIX = "ci_"


async def checkin_link(bot: Bot, meeting: Meeting) -> str:
    """What the meeting's QR code carries: /start in the bot, with the meeting's check-in."""
    me = await bot.me()
    return f"https://t.me/{me.username}?start={CHECKIN_PREFIX}{meeting.id}_{meeting.checkin_token}"


def when_text(meeting: Meeting, settings: Settings, locale: str) -> str:
    """ "Tuesday, 8 December 2026 · 10:00–13:00" in the reader's language and the mechanism's
    time zone; both days in full when the meeting runs past midnight."""
    start = meeting.starts_at.astimezone(settings.tz)
    end = meeting.ends_at.astimezone(settings.tz)
    if end.date() == start.date():
        return long_moment(start, locale, until=end)
    return f"{long_moment(start, locale)} – {long_moment(end, locale)}"


# What the card says about answering: "ask" (an invitation: please answer by), "open" (people
# who may have answered: answers can be changed until) or "none" (reminders, cancellations).
AnswerLine = Literal["ask", "open", "none"]


def meeting_text(
    core: BaseCore,
    meeting: Meeting,
    locale: str,
    settings: Settings,
    answers: AnswerLine = "ask",
) -> str:
    where = []
    if meeting.venue:
        where.append(core.get("meeting-venue-line", locale, venue=meeting.venue))
    if meeting.link:
        where.append(core.get("meeting-link-line", locale, link=meeting.link))
    chain = reading_chain(core, locale)  # her language, else what the taxonomy file says
    agenda = in_reading_order(meeting.agendas, chain) or ""
    card = core.get(
        "meeting-card",
        locale,
        title=meeting.title(locale, chain),
        mode=core.get(f"meeting-mode-{meeting.mode}", locale),
        when=when_text(meeting, settings, locale),
        tz=zone_label(core, locale, settings.timezone),
        where=Html("\n".join(where)),
    )
    # The organizer's agenda (kept as HTML, up to 3,000 characters) follows the card rather than
    # going through Fluent, whose variables stop at 2,500; isolated as Fluent would have.
    card += "\n\n" + (isolate(agenda, locale) if agenda else "—")
    if answers == "none" or meeting.rsvp_deadline < utcnow():
        return card
    deadline = long_moment(meeting.rsvp_deadline.astimezone(settings.tz), locale)
    key = "meeting-answer-by" if answers == "ask" else "meeting-answers-open"
    return card + "\n\n" + core.get(key, locale, deadline=deadline)


def rsvp_markup(core: BaseCore, meeting_id: int, locale: str, chosen: str | None) -> dict[str, Any]:
    row = []
    for answer in (Answer.YES, Answer.MAYBE, Answer.NO):
        label = core.get(f"btn-rsvp-{answer}", locale)
        if chosen == answer or (chosen == Answer.WAITLIST and answer == Answer.YES):
            label = f"• {label} •"
        row.append(
            {"text": label, "callback_data": RsvpCb(meeting_id=meeting_id, answer=answer).pack()}
        )
    return {"inline_keyboard": [row]}


def ics_payload(
    core: BaseCore, meeting: Meeting, locale: str, settings: Settings
) -> dict[str, Any]:
    return {
        "method": "sendDocument",
        "document_text": meeting_ics(meeting, locale, settings.tz, utcnow()),
        "filename": f"tansiq-meeting-{meeting.id}.ics",
        "caption": core.get("meeting-ics-caption", locale),
    }


Render = Callable[[Meeting, str], list[dict[str, Any]]]


def notice(
    core: BaseCore,
    settings: Settings,
    header: str,
    *,
    rsvp: bool,
    ics: bool,
    answers: AnswerLine,
) -> Render:
    """What invitees get: a header line, the meeting's card, answer buttons and the calendar
    file as the occasion needs."""

    def render(meeting: Meeting, locale: str) -> list[dict[str, Any]]:
        text = (
            core.get(header, locale)
            + "\n\n"
            + meeting_text(core, meeting, locale, settings, answers)
        )
        payloads: list[dict[str, Any]] = [{"method": "sendMessage", "text": text}]
        if rsvp:
            payloads[0]["reply_markup"] = rsvp_markup(core, meeting.id, locale, None)
        if ics:
            payloads.append(ics_payload(core, meeting, locale, settings))
        return payloads

    return render


def invitation(core: BaseCore, settings: Settings) -> Render:
    return notice(core, settings, "meeting-invitation", rsvp=True, ics=True, answers="ask")


def reminder(core: BaseCore, settings: Settings) -> Render:
    return notice(core, settings, "meeting-reminder", rsvp=False, ics=False, answers="none")


def update_notice(core: BaseCore, settings: Settings) -> Render:
    return notice(core, settings, "meeting-updated", rsvp=True, ics=True, answers="open")


def cancellation(core: BaseCore, settings: Settings) -> Render:
    return notice(core, settings, "meeting-cancelled", rsvp=False, ics=True, answers="none")


def checkin_button(core: BaseCore, settings: Settings) -> Render:
    def render(meeting: Meeting, locale: str) -> list[dict[str, Any]]:
        button = {
            "text": core.get("btn-checkin", locale),
            "callback_data": CheckinCb(meeting_id=meeting.id, token=meeting.checkin_token).pack(),
        }
        text = core.get("meeting-checkin-now", locale, title=meeting.title(locale))
        markup = {"inline_keyboard": [[button]]}
        return [{"method": "sendMessage", "text": text, "reply_markup": markup}]

    return render


def preview_meeting(draft: MeetingDraft) -> Meeting:
    """The meeting as it will be, never added to a session: the preview renders it like any."""
    return Meeting(
        id=0,
        uid="preview@tansiq",
        sequence=0,
        titles=draft.titles,
        agendas=draft.agendas,
        mode=draft.mode,
        venue=draft.venue,
        link=draft.link,
        starts_at=draft.starts_at,
        ends_at=draft.ends_at,
        rsvp_deadline=draft.rsvp_deadline or draft.starts_at,
        status=MeetingStatus.PUBLISHED,
        checkin_token="-",
    )


def cut_warning(core: BaseCore, locale: str, cut: CutInterval, tz: ZoneInfo) -> str:
    """The meeting dialog's warning that a meeting falls inside an announced internet cut."""
    return core.get(
        "meeting-in-cut",
        locale,
        when=long_moment(cut.starts_at.astimezone(tz), locale, until=cut.ends_at.astimezone(tz)),
    )
