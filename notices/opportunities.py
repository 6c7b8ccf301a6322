"""Opportunities as people read them: the card (with Save), the weekly digest, the reminder
before the deadline and the decision its author hears. Used by the handlers, by the review's
delivery at once and by the scheduler's sweep alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from aiogram_i18n.cores import BaseCore

from bot.callbacks import OpportunityCb
from bot.i18n import long_day
from storage.models import Opportunity

KIND_MARKS = {
    "call": "📣",
    "training": "🎓",
    "job": "💼",
    "funding": "💰",
    "event": "📅",
    "other": "✨",
}


class _Named(Protocol):
    def name(self, locale: str) -> str: ...


@dataclass(frozen=True, slots=True)
class Preview:
    """What the card shows, before the opportunity is saved (the poster's preview)."""

    kind: str
    title: str
    text: str
    deadline: date
    link: str | None
    document_file_id: str | None
    document_name: str | None
    sectors: Sequence[_Named]
    governorates: Sequence[_Named]


def kind_label(core: BaseCore, locale: str, kind: str) -> str:
    return f"{KIND_MARKS.get(kind, '•')} {core.get(f'opportunity-kind-{kind}', locale)}"


def places(core: BaseCore, locale: str, opportunity: Opportunity | Preview) -> dict[str, str]:
    separator = core.get("common-list-separator", locale)
    sectors = separator.join(s.name(locale) for s in opportunity.sectors)
    governorates = separator.join(g.name(locale) for g in opportunity.governorates)
    return {
        "sectors": sectors or core.get("opportunity-all-sectors", locale),
        "governorates": governorates or core.get("opportunity-all-governorates", locale),
    }


def card_text(
    core: BaseCore, locale: str, opportunity: Opportunity | Preview, closed: bool = False
) -> str:
    """The title, kind, text, where, the deadline and the link; user text stays text (Fluent
    escapes variables), the link is shown as typed, never as markup."""
    text = core.get(
        "opportunity-card", locale,
        kind=kind_label(core, locale, opportunity.kind), title=opportunity.title,
        text=opportunity.text, deadline=long_day(opportunity.deadline, locale),
        **places(core, locale, opportunity),
    )  # fmt: skip
    if opportunity.link:
        text += "\n" + core.get("opportunity-card-link", locale, link=opportunity.link)
    if opportunity.document_file_id:
        text += "\n" + core.get(
            "opportunity-card-document", locale, name=opportunity.document_name or "—"
        )
    if closed:
        text += "\n" + core.get("opportunity-card-closed", locale)
    return text


def save_button(core: BaseCore, locale: str, opportunity_id: int, saved: bool) -> dict[str, str]:
    data = OpportunityCb(action="unsave" if saved else "save", item=opportunity_id)
    key = "btn-opportunity-unsave" if saved else "btn-opportunity-save"
    return {"text": core.get(key, locale), "callback_data": data.pack()}


def matching_now(core: BaseCore, opportunity: Opportunity, locale: str) -> list[dict[str, Any]]:
    """An approved opportunity, at once, to a member it matches who chose "at once"."""
    text = (
        core.get("opportunity-new-matching", locale) + "\n\n" + card_text(core, locale, opportunity)
    )
    keyboard = [[save_button(core, locale, opportunity.id, False)]]
    return [{"method": "sendMessage", "text": text, "reply_markup": {"inline_keyboard": keyboard}}]


def digest(
    core: BaseCore, opportunities: Sequence[Opportunity], locale: str
) -> list[dict[str, Any]]:
    """This week's matching opportunities: a line each, a button each to open its card."""
    lines = [core.get("opportunity-digest-heading", locale, count=len(opportunities))]
    for opportunity in opportunities:
        lines.append(
            core.get(
                "opportunity-digest-line", locale,
                kind=kind_label(core, locale, opportunity.kind),
                title=opportunity.title, deadline=long_day(opportunity.deadline, locale),
            )
        )  # fmt: skip
    lines.append(core.get("opportunity-digest-footer", locale))
    keyboard = [
        [
            {
                "text": short_title(opportunity.title),
                "callback_data": OpportunityCb(action="show", item=opportunity.id).pack(),
            }
        ]
        for opportunity in opportunities
    ]
    return [
        {
            "method": "sendMessage",
            "text": "\n".join(lines),
            "reply_markup": {"inline_keyboard": keyboard},
        }
    ]


def reminder(core: BaseCore, opportunity: Opportunity, locale: str) -> list[dict[str, Any]]:
    text = core.get(
        "opportunity-reminder", locale,
        title=opportunity.title, deadline=long_day(opportunity.deadline, locale),
    )  # fmt: skip
    keyboard = [
        [
            {
                "text": core.get("btn-opportunity-open", locale),
                "callback_data": OpportunityCb(action="show", item=opportunity.id).pack(),
            }
        ]
    ]
    return [{"method": "sendMessage", "text": text, "reply_markup": {"inline_keyboard": keyboard}}]


def decision(
    core: BaseCore, opportunity: Opportunity, approved: bool, reason: str, locale: str
) -> list[dict[str, Any]]:
    if approved:
        text = core.get("opportunity-approved-notice", locale, title=opportunity.title)
    else:
        text = core.get(
            "opportunity-rejected-notice", locale, title=opportunity.title, reason=reason
        )
    return [{"method": "sendMessage", "text": text}]


def short_title(title: str, width: int = 60) -> str:
    return title if len(title) <= width else title[: width - 1] + "…"
