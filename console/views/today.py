"""Today: what waits for her decision, the next meetings with their answers, how the outbox
stands, overdue follow-up items and who has waited longest for approval."""

from __future__ import annotations

from datetime import datetime

from bot.i18n import long_day, long_moment, reading_chain
from console.screen import Screen, bdi, view_link
from storage.services.overview import Overview
from storage.services.review_queue import KINDS


async def render(screen: Screen, overview: Overview) -> str:
    now = datetime.now(screen.settings.tz)
    today = await overview.today(screen.actor, now.date())
    blocks = []

    waiting = []
    for kind in KINDS:
        if today.waiting.of(kind):
            label = screen.t(f"home-review-{kind}", count=today.waiting.of(kind))
            waiting.append(f"<li>{view_link(label, 'queues', f'kind={kind}')}</li>")
    body = (
        f'<ul class="tiles">{"".join(waiting)}</ul>'
        if waiting
        else (f"<p>{screen.t('home-review-none')}</p>")
    )
    blocks.append(screen.section(screen.t("console-today-waiting"), body, data_block="waiting"))

    chain = reading_chain(screen.core, screen.locale)
    meetings = []
    for upcoming in today.meetings:
        meeting = upcoming.meeting
        starts = meeting.starts_at.astimezone(screen.settings.tz)
        ends = meeting.ends_at.astimezone(screen.settings.tz)
        answers = upcoming.answers
        counts = {a: answers[a] for a in ("yes", "maybe", "no", "waitlist", "none")}
        meetings.append(
            "<li>"
            f"<strong>{bdi(meeting.title(screen.locale, chain))}</strong>"
            f"<div>{long_moment(starts, screen.locale, ends)}</div>"
            f'<div class="muted">{screen.t("console-meeting-answers", **counts)}</div>'
            "</li>"
        )
    body = (
        f'<ul class="rows">{"".join(meetings)}</ul>'
        if meetings
        else f"<p>{screen.t('console-today-no-meetings')}</p>"
    )
    blocks.append(screen.section(screen.t("console-today-meetings"), body, data_block="meetings"))

    health = screen.t("console-outbox-health", **today.outbox)
    blocks.append(screen.section(screen.t("console-today-outbox"), f"<p>{health}</p>"))

    overdue = screen.t("console-overdue", count=today.overdue)
    blocks.append(screen.section(screen.t("console-today-followup"), f"<p>{overdue}</p>"))

    if today.longest_waiting:
        rows = []
        for person in today.longest_waiting:
            since = (
                long_day(person.submitted_at.astimezone(screen.settings.tz).date(), screen.locale)
                if person.submitted_at
                else "—"
            )
            rows.append(
                "<li>" + screen.t("console-waiting-since", date=since, name=person.name) + "</li>"
            )
        link = view_link(screen.t("console-open"), "queues", "kind=registrations")
        blocks.append(
            screen.section(
                screen.t("console-today-longest"), f'<ul class="rows">{"".join(rows)}</ul>{link}'
            )
        )
    return "".join(blocks)
