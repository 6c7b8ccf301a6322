"""What the summary report is made of, for a period: actors by type at its start and end, meetings
by mode, attendances by actor type, the approved sector updates, and where the followed-up
recommendations stand (and which moved in the period)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from storage.database import Database
from storage.models import (
    FollowupChange,
    FollowupItem,
    FollowupReview,
    Organization,
    SectorUpdate,
    UpdateStatus,
)
from storage.services.actors import Actor
from storage.services.audit import audit
from storage.services.errors import Forbidden, NotFound
from storage.services.meetings import MeetingService, Stats
from storage.services.newsletters import NewsletterService, Period, PeriodFigures


@dataclass(frozen=True, slots=True)
class UpdateRow:
    sector_id: int
    kind: str
    actor_type_id: int | None
    texts: dict[str, str]
    original_locale: str
    organization: dict[str, str] | None  # names per language; None when published anonymously

    def text(self, locale: str) -> str:
        return self.texts.get(locale) or self.texts.get(self.original_locale) or ""


@dataclass(frozen=True, slots=True)
class FollowupRow:
    sector_ids: tuple[int, ...]
    level: str  # where it stands now
    texts: dict[str, str]
    original_locale: str
    moved_to: str | None  # the last status reported within the period, if any

    def text(self, locale: str) -> str:
        return self.texts.get(locale) or self.texts.get(self.original_locale) or ""


@dataclass(frozen=True)
class ReportData:
    period: Period
    figures: PeriodFigures
    stats: Stats
    updates: list[UpdateRow]
    followup: list[FollowupRow] = field(default_factory=list)


class ReportDataService:
    def __init__(
        self, db: Database, newsletters: NewsletterService, meetings: MeetingService
    ) -> None:
        self.db = db
        self.newsletters = newsletters
        self.meetings = meetings

    async def gather(self, by: Actor, period: Period) -> ReportData:
        """Raises NotFound("report-no-data") when the period holds neither a meeting nor an
        approved update: an empty document helps nobody."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            await audit(
                session, by, "report", start=period.start.isoformat(), end=period.end.isoformat()
            )
        figures = await self.newsletters.figures(period)
        stats = await self.meetings.stats(period.start, period.end)
        async with self.db.read() as session:
            rows = await session.execute(
                select(
                    SectorUpdate.sector_id,
                    SectorUpdate.kind,
                    SectorUpdate.actor_type_id,
                    SectorUpdate.texts,
                    SectorUpdate.original_locale,
                    SectorUpdate.anonymous,
                    Organization.names,
                )
                .outerjoin(Organization, Organization.id == SectorUpdate.organization_id)
                .where(
                    SectorUpdate.status == UpdateStatus.APPROVED,
                    SectorUpdate.created_at >= period.start,
                    SectorUpdate.created_at < period.end,
                )
                .order_by(SectorUpdate.id)
            )
            updates = [
                UpdateRow(sector_id, kind, type_id, texts, original, None if anonymous else names)
                for sector_id, kind, type_id, texts, original, anonymous, names in rows
            ]
        if not updates and not sum(stats.meetings_by_mode.values()):
            raise NotFound("report-no-data", period=period.label)
        return ReportData(period, figures, stats, updates, await self.followup_rows(period))

    async def followup_rows(self, period: Period) -> list[FollowupRow]:
        """Every approved item by the end of the period, with the status it moved to in it."""
        async with self.db.read() as session:
            items = list(
                await session.scalars(
                    select(FollowupItem)
                    .where(
                        FollowupItem.review == FollowupReview.APPROVED,
                        FollowupItem.created_at < period.end,
                    )
                    .order_by(FollowupItem.id)
                )
            )
            moved: dict[int, str] = {}
            for item_id, level in await session.execute(
                select(FollowupChange.item_id, FollowupChange.level)
                .where(FollowupChange.at >= period.start, FollowupChange.at < period.end)
                .order_by(FollowupChange.at, FollowupChange.id)
            ):
                moved[item_id] = level  # the last one wins
        return [
            FollowupRow(
                tuple(s.id for s in item.sectors), item.level, dict(item.texts),
                item.original_locale, moved.get(item.id),
            )
            for item in items
        ]  # fmt: skip
