"""What the summary report is made of, for a period: actors by type at its start and end, meetings
by mode, attendances by actor type, and the approved sector updates."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from storage.database import Database
from storage.models import Organization, SectorUpdate, UpdateStatus
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


@dataclass(frozen=True)
class ReportData:
    period: Period
    figures: PeriodFigures
    stats: Stats
    updates: list[UpdateRow]


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
        return ReportData(period, figures, stats, updates)
