"""Follow-up items as people read them: the card (status, owners named as they chose, due
date, history), the notice a follower gets when an item moves, and the owners' status request.
Used by the /followup handlers and by the scheduler's sweep alike."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from aiogram_i18n.cores import BaseCore

from bot.callbacks import FollowupCb
from bot.i18n import Html, escape, long_day
from storage.models import FollowupChange, FollowupItem, Organization
from storage.services.followup import is_overdue
from storage.services.taxonomy import Taxonomy
from storage.services.telegram_text import fits, split_html

HISTORY_SHOWN = 5
LEVEL_MARKS = {
    "not_reported": "⚪",
    "exceeded": "🟣",
    "met": "🟢",
    "limited": "🟡",
    "no_progress": "🔴",
}


def level_label(core: BaseCore, locale: str, level: str) -> str:
    return f"{LEVEL_MARKS.get(level, '')} {core.get(f'followup-level-{level}', locale)}".strip()


def owner_name(
    core: BaseCore, taxonomy: Taxonomy, organization: Organization, named: bool, locale: str
) -> str:
    """By name where its representatives chose so, else "one of the <type>"."""
    if named:
        return organization.name(locale)
    term = taxonomy.actor_type(organization.actor_type_id)
    return core.get("update-anonymous-as", locale, type=term.name(locale) if term else "—")


def owners_text(
    core: BaseCore,
    taxonomy: Taxonomy,
    item: FollowupItem,
    named: Mapping[int, bool],
    locale: str,
) -> str:
    names = [
        owner_name(core, taxonomy, organization, named.get(organization.id, False), locale)
        for organization in item.owners
    ]
    return core.get("common-list-separator", locale).join(names) if names else "—"


def short_text(item: FollowupItem, locale: str, width: int = 48) -> str:
    text = " ".join(item.text(locale).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def item_card_shown(
    core: BaseCore,
    taxonomy: Taxonomy,
    item: FollowupItem,
    history: Sequence[FollowupChange],
    named: Mapping[int, bool],
    locale: str,
    today: date,
    meeting_title: str | None = None,
) -> tuple[str, int]:
    """The card, and how many history lines it shows: fewer than the history holds means the
    card offers the whole history (📜) as messages of their own."""
    sectors = [taxonomy.sector(s.id) for s in item.sectors]
    governorates = [taxonomy.governorate(g.id) for g in item.governorates]
    pillar = taxonomy.pillar(item.pillar_id) if item.pillar_id else None
    lines = [
        core.get(
            "followup-card",
            locale,
            id=item.id,
            kind=core.get(f"followup-kind-{item.kind}", locale),
            text=item.text(locale),
            level=level_label(core, locale, item.level),
            sectors=_names(core, locale, sectors),
            governorates=_names(core, locale, governorates),
            owners=owners_text(core, taxonomy, item, named, locale),
            due=long_day(item.due_on, locale) if item.due_on else "—",
        )
    ]
    if pillar is not None:
        lines.append(core.get("followup-card-pillar", locale, pillar=pillar.name(locale)))
    if meeting_title is not None:
        lines.append(core.get("followup-source-meeting", locale, meeting=meeting_title))
    elif item.update_id is not None:
        lines.append(core.get("followup-source-update", locale, id=item.update_id))
    elif item.kind == "commitment":
        lines.append(core.get("followup-source-commitment", locale))
    if is_overdue(item, today):
        lines.append(core.get("followup-card-overdue", locale))
    if history:
        lines.append(core.get("followup-card-history", locale, count=len(history)))
        # Latest first, as many as fit in one message: long reports show fewer lines (the
        # whole history is in /tracker's export), never a card Telegram refuses.
        shown = 0
        for change in history[:HISTORY_SHOWN]:
            line = change_line(core, taxonomy, item, change, named, locale)
            if shown and not fits("\n".join([*lines, line])):
                break
            lines.append(line)
            shown += 1
        return "\n".join(lines), shown
    return "\n".join(lines), 0


def history_messages(
    core: BaseCore,
    taxonomy: Taxonomy,
    item: FollowupItem,
    history: Sequence[FollowupChange],
    named: Mapping[int, bool],
    locale: str,
) -> list[str]:
    """The whole history of an item, latest first, in as many messages as it takes."""
    lines = [core.get("followup-full-history", locale, id=item.id, count=len(history))]
    lines += [change_line(core, taxonomy, item, change, named, locale) for change in history]
    return split_html("\n\n".join(lines))


def change_line(
    core: BaseCore,
    taxonomy: Taxonomy,
    item: FollowupItem,
    change: FollowupChange,
    named: Mapping[int, bool],
    locale: str,
) -> str:
    by = core.get("followup-by-organizer", locale)
    for organization in item.owners:
        if organization.id == change.for_organization_id:
            by = owner_name(core, taxonomy, organization, named.get(organization.id, False), locale)
    return core.get(
        "followup-history-line",
        locale,
        date=long_day(change.at.date(), locale),
        level=level_label(core, locale, change.level),
        by=by,
        narrative=change.narrative,
        link=Html(f"\n{escape(change.link)}") if change.link else "",
    )


def one_button(core: BaseCore, locale: str, key: str, data: FollowupCb) -> dict[str, Any]:
    return {"inline_keyboard": [[{"text": core.get(key, locale), "callback_data": data.pack()}]]}


def change_notice(
    core: BaseCore,
    taxonomy: Taxonomy,
    item: FollowupItem,
    change: FollowupChange,
    named: Mapping[int, bool],
    locale: str,
) -> list[dict[str, Any]]:
    """What a follower gets when the item moves, in their language."""
    text = core.get(
        "followup-changed-notice", locale, id=item.id, text=short_text(item, locale, 160)
    )
    # The report's line is added after, not as a variable: an escaped narrative can pass
    # Fluent's 2,500 characters for one variable while fitting in a message.
    text += "\n\n" + change_line(core, taxonomy, item, change, named, locale)
    markup = one_button(
        core, locale, "btn-followup-open", FollowupCb(action="show", item_id=item.id)
    )
    return [{"method": "sendMessage", "text": text, "reply_markup": markup}]


def status_request(
    core: BaseCore, item: FollowupItem, occasion: str, locale: str, reminder: bool
) -> list[dict[str, Any]]:
    """The scheduler's question to an owner's representatives: where does it stand?"""
    key = "followup-ask-reminder" if reminder else "followup-ask"
    due = long_day(item.due_on, locale) if item.due_on else "—"
    text = core.get(
        key,
        locale,
        id=item.id,
        text=short_text(item, locale, 200),
        due=due,
        occasion=core.get("followup-occasion-due", locale) if occasion == "due" else occasion,
    )
    data = FollowupCb(action="report", item_id=item.id)
    markup = one_button(core, locale, "btn-followup-report", data)
    return [{"method": "sendMessage", "text": text, "reply_markup": markup}]


def _names(core: BaseCore, locale: str, terms: Sequence[Any]) -> str:
    names = [term.name(locale) for term in terms if term is not None]
    return core.get("common-list-separator", locale).join(names) if names else "—"


def action_point_notice(
    core: BaseCore, taxonomy: Taxonomy, item: FollowupItem, meeting_title: str, locale: str
) -> list[dict[str, Any]]:
    """What a meeting's attendees get about an action point recorded after it."""
    text = core.get(
        "followup-point-notice",
        locale,
        meeting=meeting_title,
        text=item.text(locale),
        owners=owners_text(core, taxonomy, item, {}, locale),
        due=long_day(item.due_on, locale) if item.due_on else "—",
    )
    data = FollowupCb(action="show", item_id=item.id)
    markup = one_button(core, locale, "btn-followup-open", data)
    return [{"method": "sendMessage", "text": text, "reply_markup": markup}]


def tracked_notice(core: BaseCore, item: FollowupItem, locale: str) -> list[dict[str, Any]]:
    """To the author of a recommendation the organizers now track: what it is, and that each
    change of its status will come."""
    text = core.get("followup-your-recommendation-tracked", locale, id=item.id,
                    text=short_text(item, locale, 160))  # fmt: skip
    markup = one_button(
        core, locale, "btn-followup-open", FollowupCb(action="show", item_id=item.id)
    )
    return [{"method": "sendMessage", "text": text, "reply_markup": markup}]
