"""Decisions on what waits in the organizers' queues besides registrations (sector updates,
opportunities, commitments), whether taken in the chat or in the console: the decision stored
with its audit entry, the organizers' "to review" messages brought up to date, and the author
told in their own language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from aiogram_i18n.cores import BaseCore

from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.i18n import context_for
from bot.notify import Reviewing, notify
from notices.followup import short_text
from notices.opportunities import decision, matching_now
from notices.updates import describe
from storage.models import FollowupItem, Opportunity, SectorUpdate
from storage.services.actors import Actor
from storage.services.followup import FollowupService
from storage.services.opportunities import OpportunityService
from storage.services.outbox import OutboxService
from storage.services.people import PeopleService
from storage.services.taxonomy import Taxonomy
from storage.services.updates import UpdateService


@dataclass(frozen=True)
class QueueDecisions:
    core: BaseCore
    settings: Settings
    people: PeopleService
    taxonomy: Taxonomy
    outbox: OutboxService
    delivery: Delivery
    updates: UpdateService
    opportunities: OpportunityService
    followup: FollowupService
    reviewing: Reviewing

    async def _author(self, person_id: int | None) -> tuple[int, str] | None:
        """The author's chat and language, if they are still here."""
        if person_id is None:
            return None
        author = await self.people.get(person_id)
        if author.telegram_id is None:
            return None
        return author.telegram_id, author.locale or self.settings.default_locale or "en"

    # --- sector updates -------------------------------------------------------------------

    async def approve_update(self, update_id: int, by: Actor) -> SectorUpdate:
        update = await self.updates.approve(update_id, by)
        await self.reviewing.decided()
        await self.tell_author(update, "update-approved-notice")
        return update

    async def reject_update(self, update_id: int, by: Actor, reason: str) -> SectorUpdate:
        update = await self.updates.reject(update_id, by, reason)
        await self.reviewing.decided()
        await self.tell_author(
            update, "update-rejected-notice", reason=update.rejection_reason or ""
        )
        return update

    async def tell_author(self, update: SectorUpdate, key: str, **variables: str) -> None:
        """The decision, in the author's language (if they are still here)."""
        author = await self._author(update.author_id)
        if author is None:
            return
        chat_id, locale = author
        i18n = context_for(self.core, locale)
        text = i18n.get(key, id=update.id, **describe(i18n, self.taxonomy, update), **variables)
        await notify(self.outbox, self.delivery, chat_id, text, f"updd:{update.id}:{update.status}")

    # --- opportunities --------------------------------------------------------------------

    async def approve_opportunity(self, by: Actor, opportunity_id: int) -> tuple[Opportunity, int]:
        """Approved: the author is told and members who want such news at once get it now.
        Returns it and how many it reached."""
        core = self.core
        opportunity, reached = await self.opportunities.approve(
            by, opportunity_id, datetime.now(self.settings.tz).date(),
            lambda o, locale: matching_now(core, o, locale),
            lambda o, approved, reason, locale: decision(core, o, approved, reason, locale),
        )  # fmt: skip
        await self.reviewing.decided()
        self.delivery.wake()
        return opportunity, reached

    async def reject_opportunity(self, by: Actor, opportunity_id: int, reason: str) -> Opportunity:
        core = self.core
        opportunity = await self.opportunities.reject(
            by, opportunity_id, reason,
            lambda o, approved, why, locale: decision(core, o, approved, why, locale),
        )  # fmt: skip
        await self.reviewing.decided()
        self.delivery.wake()
        return opportunity

    # --- commitments ----------------------------------------------------------------------

    async def decide_commitment(self, by: Actor, item_id: int, approve: bool) -> FollowupItem:
        """A representative's commitment: approved (then public) or rejected; they are told."""
        item = await self.followup.decide_commitment(by, item_id, approve)
        await self.reviewing.decided()
        author = await self._author(item.author_id)
        if author is not None:
            chat_id, locale = author
            key = "followup-commit-approved" if approve else "followup-commit-rejected"
            text = self.core.get(key, locale, id=item.id, text=short_text(item, locale, 160))
            await notify(self.outbox, self.delivery, chat_id, text, f"fudecided:{item.id}")
        return item
