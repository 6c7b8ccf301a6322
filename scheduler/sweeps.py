"""The set of sweeps a process runs, and how often: what `bot.app` hands the metronome."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiogram import Bot
from aiogram_i18n.cores import BaseCore

from bot.config import Settings
from bot.delivery.runtime import Delivery
from scheduler.decisions import sweep_decisions
from scheduler.followup import sweep_followup
from scheduler.opportunities import sweep_opportunities
from scheduler.polls import sweep_polls
from scheduler.progress import report_progress
from scheduler.reminders import sweep_reminders
from scheduler.rounds import sweep_rounds
from storage.services.decisions import DecisionService
from storage.services.followup_asks import AskSweep
from storage.services.meetings import MeetingService
from storage.services.opportunities import OpportunityService
from storage.services.outbox import OutboxService
from storage.services.polls import PollService
from storage.services.retention import RetentionService
from storage.services.rounds import RoundService
from storage.services.taxonomy import Taxonomy

# How often the slow sweeps run at most: leases expire after a minute, retention is in days.
LEASES_EVERY_S = 15.0
RETENTION_EVERY_S = 3600.0
FOLLOWUP_EVERY_S = 900.0  # requests are due by the day: a quarter of an hour is soon enough
OPPORTUNITIES_EVERY_S = 900.0  # digests and reminders are by the day too


@dataclass(frozen=True, slots=True)
class Sweep:
    name: str
    every_s: float
    run: Callable[[], Awaitable[object]]


@dataclass(frozen=True, slots=True)
class SweepDeps:
    bot: Bot
    settings: Settings
    core: BaseCore
    taxonomy: Taxonomy
    outbox: OutboxService
    meetings: MeetingService
    polls: PollService
    retention: RetentionService
    delivery: Delivery
    followup_asks: AskSweep
    opportunities: OpportunityService
    rounds: RoundService
    decisions: DecisionService


def sweeps(deps: SweepDeps) -> list[Sweep]:
    tick = deps.settings.tick_seconds
    return [
        Sweep(
            "progress",
            tick,
            lambda: report_progress(deps.bot, deps.outbox, deps.core, deps.settings.tz),
        ),
        Sweep("leases", max(tick, LEASES_EVERY_S), deps.outbox.expire_leases),
        Sweep("retention", max(tick, RETENTION_EVERY_S), deps.retention.sweep),
        Sweep(
            "reminders",
            tick,
            lambda: sweep_reminders(deps.meetings, deps.core, deps.settings, deps.delivery),
        ),
        Sweep(
            "polls", tick, lambda: sweep_polls(deps.polls, deps.core, deps.taxonomy, deps.delivery)
        ),
        Sweep(
            "decisions",
            tick,
            lambda: sweep_decisions(
                deps.decisions, deps.core, deps.taxonomy, deps.settings, deps.delivery
            ),
        ),
        Sweep(
            "followup",
            max(tick, FOLLOWUP_EVERY_S),
            lambda: sweep_followup(deps.followup_asks, deps.core, deps.settings, deps.delivery),
        ),
        Sweep(
            "rounds",
            tick,
            lambda: sweep_rounds(
                deps.bot, deps.rounds, deps.core, deps.taxonomy, deps.settings, deps.delivery
            ),
        ),
        Sweep(
            "opportunities",
            max(tick, OPPORTUNITIES_EVERY_S),
            lambda: sweep_opportunities(
                deps.opportunities, deps.core, deps.settings, deps.delivery
            ),
        ),
    ]
