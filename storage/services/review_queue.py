"""What waits for an organizer's decision, by kind: registrations, sector updates,
opportunities, commitments and proposed translations. One read, five counts: the home card
shows them on every /start."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from storage.database import Database
from storage.models import (
    FollowupItem,
    FollowupReview,
    Opportunity,
    OpportunityStatus,
    Person,
    PersonStatus,
    SectorUpdate,
    Translation,
    TranslationStatus,
    UpdateStatus,
)
from storage.services.actors import Actor
from storage.services.errors import Forbidden

# In the order the home card lists them: people first, they wait to use the bot at all.
KINDS = ("registrations", "updates", "opportunities", "commitments", "translations")


@dataclass(frozen=True)
class Waiting:
    registrations: int = 0
    updates: int = 0
    opportunities: int = 0
    commitments: int = 0
    translations: int = 0

    @property
    def total(self) -> int:
        return sum(self.of(kind) for kind in KINDS)

    def of(self, kind: str) -> int:
        return int(getattr(self, kind))


class ReviewQueues:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def waiting(self, by: Actor) -> Waiting:
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        return await self.counts()

    async def counts(self) -> Waiting:
        """What waits, for the organizers' own "to review" messages (no one's request)."""
        counts = {
            "registrations": select(func.count())
            .select_from(Person)
            .where(Person.status == PersonStatus.PENDING),
            "updates": select(func.count())
            .select_from(SectorUpdate)
            .where(SectorUpdate.status == UpdateStatus.PENDING),
            "opportunities": select(func.count())
            .select_from(Opportunity)
            .where(Opportunity.status == OpportunityStatus.PENDING),
            "commitments": select(func.count())
            .select_from(FollowupItem)
            .where(FollowupItem.review == FollowupReview.PENDING),
            "translations": select(func.count())
            .select_from(Translation)
            .where(Translation.status == TranslationStatus.PENDING),
        }
        one_row = select(*(query.scalar_subquery().label(kind) for kind, query in counts.items()))
        async with self.db.read() as session:
            row = (await session.execute(one_row)).one()
        return Waiting(**{kind: int(getattr(row, kind) or 0) for kind in KINDS})
