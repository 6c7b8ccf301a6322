"""What the summary report is made of, for a period: actors by type at its start and end, meetings
by mode, attendances by actor type, the reporting rounds held for the period (their figures),
the approved sector updates (a round's first, whenever they came), where the followed-up
recommendations stand (and which moved in the period), and the decisions taken in the chat."""

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
from storage.services.decisions import Decided, DecisionService
from storage.services.errors import Forbidden, NotFound
from storage.services.meetings import MeetingService, Stats
from storage.services.newsletters import NewsletterService, Period, PeriodFigures
from storage.services.rounds import (
    RoundProgress,
    RoundService,
    rounds_within,
    updates_of_period,
)
from storage.services.translations import TranslationService


@dataclass(frozen=True, slots=True)
class UpdateRow:
    sector_id: int
    kind: str
    actor_type_id: int | None
    texts: dict[str, str]
    original_locale: str
    organization: dict[str, str] | None  # names per language; None when published anonymously
    round_id: int | None = None
    update_id: int | None = None

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
    rounds: list[RoundProgress] = field(default_factory=list)
    translators: list[str] = field(default_factory=list)  # credited, for the updates in it
    decisions: list[Decided] = field(default_factory=list)  # announced in the period


class ReportDataService:
    def __init__(
        self,
        db: Database,
        newsletters: NewsletterService,
        meetings: MeetingService,
        rounds: RoundService,
        decisions: DecisionService | None = None,
    ) -> None:
        self.db = db
        self.newsletters = newsletters
        self.meetings = meetings
        self.rounds = rounds
        self.decisions = decisions

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
        round_ids = await self.round_ids(period)
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
                    SectorUpdate.round_id,
                    SectorUpdate.id,
                )
                .outerjoin(Organization, Organization.id == SectorUpdate.organization_id)
                .where(
                    SectorUpdate.status == UpdateStatus.APPROVED,
                    updates_of_period(period.start, period.end),
                )
                # The round's updates first: the report starts from what the round gathered.
                .order_by(SectorUpdate.round_id.is_(None), SectorUpdate.id)
            )
            updates = [
                UpdateRow(sector, kind, type_id, texts, original, None if anon else names, rid, i)
                for sector, kind, type_id, texts, original, anon, names, rid, i in rows
            ]
        rounds = [await self.rounds.progress(round_id) for round_id in round_ids]
        if not updates and not sum(stats.meetings_by_mode.values()):
            raise NotFound("report-no-data", period=period.label)
        followup = await self.followup_rows(period)
        translators = await TranslationService(self.db).credited(
            u.update_id for u in updates if u.update_id is not None
        )
        decided = []
        if self.decisions is not None:
            decided = await self.decisions.decided_between(period.start, period.end)
        return ReportData(period, figures, stats, updates, followup, rounds, translators, decided)

    async def round_ids(self, period: Period) -> list[int]:
        """The rounds held for periods within this one, oldest first."""
        async with self.db.read() as session:
            return list(await session.scalars(rounds_within(period.start, period.end)))

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
