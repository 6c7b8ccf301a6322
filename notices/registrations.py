"""A decision on a registration and everything it tells whom, whether an organizer pressed
Approve in the chat or in the console: the decision stored (with its audit entry), every
organizer's copy of the card closed, the "to review" messages brought up to date, the person
told in their language, and an approved person invited to what is open for them."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram_i18n.cores import BaseCore

from bot.commands import set_person_commands
from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.i18n import context_for
from bot.notify import Reviewing, notify
from notices.meetings import invitation
from notices.review import card_key, card_text
from notices.rounds import request
from storage.models import Person, PersonStatus
from storage.services.actors import Actor
from storage.services.meetings import MeetingService
from storage.services.outbox import OutboxService
from storage.services.people import PeopleService
from storage.services.rounds import RoundService
from storage.services.taxonomy import Taxonomy

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Decision:
    person: Person
    confirmation: str  # the organizer's confirmation key: approved, rejected or unreachable


@dataclass(frozen=True)
class RegistrationDecisions:
    core: BaseCore
    settings: Settings
    people: PeopleService
    taxonomy: Taxonomy
    outbox: OutboxService
    delivery: Delivery
    meetings: MeetingService
    rounds: RoundService
    reviewing: Reviewing

    async def approve(self, bot: Bot, person_id: int, by: Actor) -> Decision:
        person = await self.people.approve(person_id, by=by)  # checks the role, audits
        await self.reviewing.decided()  # each organizer's "to review" message
        await self.close_cards(bot, person, by)
        key = await self.tell_person(person, "review-you-approved")
        # Meetings already announced to an audience they now belong to invite them too.
        if await self.meetings.invite_newcomer(person.id, invitation(self.core, self.settings)):
            self.delivery.wake()
        # An open reporting round asks them too, unless their organization has answered.
        ask = request(self.core, self.taxonomy, self.settings.tz)
        if await self.rounds.ask_newcomer(person.id, ask):
            self.delivery.wake()
        if person.telegram_id is not None:
            approved = Actor.of(person, person.telegram_id, self.people.admin_ids)
            await set_person_commands(bot, self.core, person, approved, person.locale or "en")
        return Decision(person, key)

    async def reject(self, bot: Bot, person_id: int, by: Actor, reason: str) -> Decision:
        person = await self.people.reject(person_id, by=by, reason=reason)
        await self.reviewing.decided()
        await self.close_cards(bot, person, by)
        key = await self.tell_person(
            person, "review-you-rejected", reason=person.rejection_reason or ""
        )
        return Decision(person, key)

    def _locale(self, person: Person | None) -> str:
        return (person.locale if person else None) or self.settings.default_locale or "en"

    async def close_cards(self, bot: Bot, person: Person, by: Actor) -> None:
        """Show the decision on every organizer's copy of the card, without its buttons."""
        await self.outbox.cancel_by_key(card_key(person))  # copies not delivered yet stay unsent
        cards = set(await self.people.review_cards(person.id)) | set(
            await self.outbox.sent_by_key(card_key(person))
        )
        for chat_id, message_id in sorted(cards):
            # The language the card was sent in (notify_reviewers): the reader's, else the
            # default; never the decider's, which turned an English card Arabic.
            locale = self._locale(await self.people.by_telegram_id(chat_id))
            name = by.display_name or self.core.get("role-admin", locale)
            if person.status == PersonStatus.APPROVED:
                decision = self.core.get("review-approved-by", locale, by=name)
            else:
                decision = self.core.get(
                    "review-rejected-by", locale, by=name, reason=person.rejection_reason or ""
                )
            text = card_text(context_for(self.core, locale), person, self.taxonomy)
            try:
                await bot.edit_message_text(
                    text=text + "\n\n" + decision,
                    chat_id=chat_id,
                    message_id=message_id,
                    reply_markup=None,
                )
            except TelegramAPIError as exc:  # deleted, too old, or unchanged: the decision stands
                log.debug("could not update a review card: %s", exc)

    async def tell_person(self, person: Person, key: str, **variables: str) -> str:
        """Queue the decision for the person; returns the organizer's confirmation key."""
        if person.telegram_id is None:
            return "review-person-unreachable"
        current = await self.people.by_telegram_id(person.telegram_id)
        if current is not None and not current.reachable:
            return "review-person-unreachable"
        text = self.core.get(key, self._locale(person), **variables)
        decided = person.decided_at.isoformat() if person.decided_at else "-"
        await notify(
            self.outbox, self.delivery, person.telegram_id, text, f"decision:{person.id}:{decided}"
        )
        return "review-done-approved" if key == "review-you-approved" else "review-done-rejected"
