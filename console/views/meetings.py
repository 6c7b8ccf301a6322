"""Meetings: each meeting's answers by actor type, its waiting list, the check-ins as they
arrive (the view refreshes itself during the meeting), attendance marked by hand, and the
check-in QR code."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import segno
from aiogram import Bot

from bot.i18n import long_moment, reading_chain
from console.screen import Screen, bdi, esc, field, option
from notices.meetings import checkin_link
from storage.models import Answer, Meeting
from storage.services.meetings import MeetingService

ANSWERS = (Answer.YES, Answer.MAYBE, Answer.NO, Answer.WAITLIST, Answer.NONE)
# While a meeting runs (an hour either side), its view refreshes itself this often (seconds).
LIVE_REFRESH = 10
# People listed in each list of the check-in block; the rest are found by name.
SHOWN = 50


def chosen_meeting(meetings: list[Meeting], query: Mapping[str, str], now: datetime) -> Meeting:
    wanted = query.get("id", "")
    found = next((m for m in meetings if wanted.isdigit() and m.id == int(wanted)), None)
    if found is not None:
        return found
    coming = [m for m in meetings if m.ends_at > now]
    return min(coming, key=lambda m: m.starts_at) if coming else meetings[0]


async def render(
    screen: Screen, meetings: MeetingService, bot: Bot, query: Mapping[str, str]
) -> str:
    recent = await meetings.recent(limit=8)
    if not recent:
        none = f"<p>{screen.t('console-meetings-none')}</p>"
        return screen.section(screen.t("console-nav-meetings"), none)
    now = datetime.now(screen.settings.tz)
    meeting = chosen_meeting(recent, query, now)
    chain = reading_chain(screen.core, screen.locale)
    choices = "".join(
        option(m.id, esc(m.title(screen.locale, chain)), m.id == meeting.id) for m in recent
    )
    picker = (
        f'<form class="filters" data-view="meetings">'
        f"{field(screen.t('console-pick-meeting'), 'id', choices)}</form>"
    )
    roster = await meetings.roster(meeting.id)
    starts = meeting.starts_at.astimezone(screen.settings.tz)
    ends = meeting.ends_at.astimezone(screen.settings.tz)
    live = starts - timedelta(hours=1) <= now <= ends + timedelta(hours=1)
    head = picker + f'<div data-refresh="{LIVE_REFRESH if live else 0}"></div>'
    blocks = [
        screen.section(
            bdi(meeting.title(screen.locale, chain)),
            f"<p>{long_moment(starts, screen.locale, ends)} · "
            f"{screen.t(f'meeting-mode-{meeting.mode}')}</p>",
            data_block="meeting",
        ),
        _by_type(screen, roster),
        _waiting_list(screen, roster),
        _check_ins(screen, meeting, roster, query.get("who", "")[:64]),
        await _qr(screen, meeting, bot),
    ]
    return head + "".join(blocks)


def who(row: Mapping[str, Any]) -> str:
    return f"{bdi(row['name'])} · {bdi(row['organization'])}"


def _by_type(screen: Screen, roster: list[dict[str, Any]]) -> str:
    counts: dict[int | None, Counter[str]] = {}
    came: Counter[int | None] = Counter()
    for row in roster:
        counts.setdefault(row["actor_type_id"], Counter())[str(row["answer"])] += 1
        if row["attended_at"]:
            came[row["actor_type_id"]] += 1
    header = "".join(f"<th>{screen.t(f'console-answer-{a}')}</th>" for a in ANSWERS)
    rows = []
    for term in screen.taxonomy.actor_types:
        of_type = counts.get(term.id, Counter())
        cells = "".join(f'<td class="num">{of_type[a]}</td>' for a in ANSWERS)
        rows.append(
            f'<tr><th scope="row">{esc(term.name(screen.locale))}</th>{cells}'
            f'<td class="num">{came[term.id]}</td></tr>'
        )
    table = (
        f'<div class="scroll"><table class="data"><thead><tr><th></th>{header}'
        f"<th>{screen.t('console-answer-came')}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )
    return screen.section(screen.t("console-meeting-by-type"), table, data_block="by-type")


def _waiting_list(screen: Screen, roster: list[dict[str, Any]]) -> str:
    waiting = sorted(
        (row for row in roster if row["answer"] == Answer.WAITLIST),
        key=lambda row: row["answered_at"] or datetime.min.replace(tzinfo=UTC),
    )
    names = "".join(f"<li>{who(row)}</li>" for row in waiting)
    body = f"<ol>{names}</ol>" if waiting else f"<p>{screen.t('console-waitlist-empty')}</p>"
    return screen.section(screen.t("console-meeting-waitlist"), body)


def _check_ins(
    screen: Screen, meeting: Meeting, roster: list[dict[str, Any]], looked_for: str
) -> str:
    """The latest check-ins, and those who said they would come, to mark by hand: a meeting of
    2,000 lists the first SHOWN of each, and a name typed finds the others."""
    arrived = sorted(
        (row for row in roster if row["attended_at"]),
        key=lambda row: row["attended_at"],
        reverse=True,
    )
    lines = []
    for row in arrived[:SHOWN]:
        at = row["attended_at"].astimezone(screen.settings.tz)
        lines.append(f"<li>{who(row)} · <bdi>{at:%H:%M}</bdi></li>")
    wanted = looked_for.casefold()
    expected = sorted(
        (
            row for row in roster
            if not row["attended_at"] and row["answer"] in (Answer.YES, Answer.MAYBE)
            and wanted in str(row["name"]).casefold()
        ),
        key=lambda row: str(row["name"]),
    )  # fmt: skip
    marks = []
    for row in expected[:SHOWN]:
        button = (
            f'<button type="button" class="small" data-act="meeting.attend" '
            f'data-id="{meeting.id}" data-person="{int(row["person_id"])}">'
            f"{screen.t('console-mark-present')}</button>"
        )
        marks.append(f"<li>{who(row)} {button}</li>")
    body = f"<p>{screen.t('console-checkins', count=len(arrived))}</p>"
    if lines:
        body += f'<ul class="rows">{"".join(lines)}</ul>' + more(screen, len(arrived))
    search = (
        f'<form class="filters" data-view="meetings"><input type="hidden" name="id" '
        f'value="{meeting.id}"><label>{screen.t("console-find-person")}'
        f'<input type="search" name="who" value="{esc(looked_for)}" maxlength="64"></label></form>'
    )
    heading = screen.t("console-not-checked-in")
    body += f"<h3>{heading}</h3>{search}"
    if marks:
        body += f'<ul class="rows">{"".join(marks)}</ul>' + more(screen, len(expected))
    return screen.section(screen.t("console-meeting-checkins"), body, data_block="checkins")


def more(screen: Screen, count: int) -> str:
    if count <= SHOWN:
        return ""
    return f'<p class="muted">{screen.t("console-more", count=count - SHOWN)}</p>'


async def _qr(screen: Screen, meeting: Meeting, bot: Bot) -> str:
    link = await checkin_link(bot, meeting)
    image = segno.make(link, error="m").svg_data_uri(scale=5, border=2)
    body = (
        f'<img class="qr" alt="" src="{esc(image)}">'
        f'<p class="muted">{screen.t("meeting-qr-caption")}</p>'
        f'<p><bdi dir="ltr">{esc(link)}</bdi></p>'
    )
    return screen.section(screen.t("console-meeting-qr"), body)
