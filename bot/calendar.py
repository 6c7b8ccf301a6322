"""Calendar files (.ics) for meetings: the same UID for the meeting's whole life, a higher
SEQUENCE after every change, METHOD:CANCEL when it is called off."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from storage.models import Meeting, MeetingStatus
from storage.services.telegram_text import visible_text


def meeting_ics(meeting: Meeting, locale: str, tz: ZoneInfo, now: datetime) -> str:
    # Imported when a meeting is published or changed, not by every process at its start: the
    # library is 3 MB of memory a bot carries for the few minutes a quarter it writes these.
    from icalendar import Calendar, Event

    cancelled = meeting.status == MeetingStatus.CANCELLED
    calendar = Calendar()
    calendar.add("prodid", "-//Tansiq//Coordination meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
    event = Event()
    event.add("uid", meeting.uid)
    event.add("sequence", meeting.sequence)
    event.add("dtstamp", now)
    event.add("dtstart", meeting.starts_at.astimezone(tz))
    event.add("dtend", meeting.ends_at.astimezone(tz))
    event.add("summary", meeting.title(locale))
    agenda_html = meeting.agendas.get(locale) or next(iter(meeting.agendas.values()), "")
    agenda = visible_text(agenda_html, "HTML")
    description = "\n".join(part for part in (agenda, meeting.link or "") if part)
    if description:
        event.add("description", description)
    if meeting.venue:
        event.add("location", meeting.venue)
    elif meeting.link:
        event.add("location", meeting.link)
    if meeting.link:
        event.add("url", meeting.link)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical().decode()
