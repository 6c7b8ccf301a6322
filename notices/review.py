"""Registration cards for organizers: the person's details, Approve and Reject, shown when an
organizer opens the waiting registrations (from her "to review" message or /pending), in her
language and protected from forwarding. `card_key` finds the cards queued to every organizer by
versions before the "to review" message, so that deciding still closes them."""

from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram_i18n import I18nContext

from bot.callbacks import ReviewCb
from bot.i18n import Html
from bot.ui import person_fields
from storage.models import OrganizationStatus, Person
from storage.services.taxonomy import Taxonomy


def telegram_link(person: Person) -> Html:
    if person.username:
        return Html(f"@{person.username}")
    return Html(f'<a href="tg://user?id={int(person.telegram_id or 0)}">{person.telegram_id}</a>')


def card_text(i18n: I18nContext, person: Person, taxonomy: Taxonomy) -> str:
    text = i18n.get(
        "review-card", telegram=telegram_link(person), **person_fields(i18n, person, taxonomy)
    )
    if person.organization and person.organization.status == OrganizationStatus.PENDING:
        text += "\n\n" + i18n.get("review-card-new-organization")
    return text


def card_keyboard(i18n: I18nContext, person_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=i18n.get("btn-approve"),
                    callback_data=ReviewCb(action="approve", person_id=person_id).pack(),
                ),
                InlineKeyboardButton(
                    text=i18n.get("btn-reject"),
                    callback_data=ReviewCb(action="reject", person_id=person_id).pack(),
                ),
            ]
        ]
    )


def card_key(person: Person) -> str:
    """Cards of one submission share a prefix: found again to close them, never sent twice."""
    submitted = person.submitted_at.isoformat() if person.submitted_at else "-"
    return f"card:{person.id}:{submitted}:"
