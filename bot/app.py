"""The application factory: settings in, a wired Bot and Dispatcher out."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.base import BaseSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram_i18n.cores import BaseCore

from bot.commands import (
    set_admin_commands,
    set_commands_of,
    set_default_commands,
    set_organizer_buttons,
)
from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.i18n import build_i18n_middleware
from bot.middlewares import (
    DeduplicateUpdatesMiddleware,
    FloodControlMiddleware,
    FsmBatchMiddleware,
    PersonMiddleware,
)
from bot.middlewares.fit import FitToLimits
from bot.middlewares.prompts import DialogPromptsMiddleware, PromptRecorder
from bot.middlewares.reply_once import NumberTries, ReplyOnce
from bot.notify import Reviewing
from bot.polling import RedeliveringDispatcher
from bot.retry import RetryMiddleware
from handlers import build_root_router
from notices.queue_decisions import QueueDecisions
from notices.registrations import RegistrationDecisions
from scheduler.metronome import Metronome
from scheduler.sweeps import SweepDeps, sweeps
from storage.database import Database
from storage.fsm import SQLStorage
from storage.services.activities import ActivityService
from storage.services.agenda import AgendaService
from storage.services.audit import AuditService
from storage.services.broadcasts import BroadcastService
from storage.services.cuts import CutService
from storage.services.decisions import DecisionService
from storage.services.directory import DirectoryService
from storage.services.erasure import ErasureService
from storage.services.exports import ExportService
from storage.services.followup import FollowupService
from storage.services.followup_asks import AskSweep
from storage.services.introductions import IntroService
from storage.services.meetings import MeetingService
from storage.services.newsletters import NewsletterService
from storage.services.operations import OperationsService
from storage.services.opportunities import OpportunityService
from storage.services.organizations import OrganizationService
from storage.services.outbox import OutboxService
from storage.services.people import PeopleService
from storage.services.polls import PollService
from storage.services.report_data import ReportDataService
from storage.services.retention import RetentionService
from storage.services.review_digest import ReviewDigests
from storage.services.review_queue import ReviewQueues
from storage.services.rounds import RoundService
from storage.services.taxonomy import Taxonomy, load_snapshot
from storage.services.translations import TranslationService
from storage.services.updates import UpdateService

log = logging.getLogger(__name__)


@dataclass
class App:
    settings: Settings
    db: Database
    dispatcher: Dispatcher
    taxonomy: Taxonomy
    people: PeopleService
    organizations: OrganizationService
    outbox: OutboxService
    broadcasts: BroadcastService
    meetings: MeetingService
    polls: PollService
    delivery: Delivery
    metronome: Metronome
    core: BaseCore
    operations: OperationsService
    queues: ReviewQueues
    registration_decisions: RegistrationDecisions
    queue_decisions: QueueDecisions


# How long a stop waits for updates being handled (systemd and Docker wait 90 and 10 s).
DRAIN_SECONDS = 10.0


async def finish_updates_in_flight(dispatcher: Dispatcher) -> None:
    """Let the handlers in flight end (bounded); an update cut off is delivered again."""
    # Polling hands each update to a task of its own (the webhook answers once handled).
    pending = [task for task in dispatcher._handle_update_tasks if not task.done()]
    if not pending:
        return
    log.info("stopping: waiting for %d updates being handled", len(pending))
    _, left = await asyncio.wait(pending, timeout=DRAIN_SECONDS)
    if left:
        log.warning("stopping: %d updates still running after %.0f s", len(left), DRAIN_SECONDS)


def create_bot(settings: Settings, session: BaseSession | None = None) -> Bot:
    if session is None and settings.telegram_api_url:
        base = settings.telegram_api_url.rstrip("/")
        session = AiohttpSession(api=TelegramAPIServer.from_base(base, is_local=False))
    bot = Bot(
        token=settings.require_token(),
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML, link_preview_is_disabled=True),
    )
    bot.session.middleware(ReplyOnce())  # outermost: a call answered in an earlier try is not sent
    bot.session.middleware(RetryMiddleware(settings.reply_deadline_seconds))
    bot.session.middleware(PromptRecorder())
    bot.session.middleware(FitToLimits())
    return bot


def fsm_backends(settings: Settings, db: Database) -> tuple[BaseStorage, BaseEventIsolation]:
    """Redis when configured (several processes share dialogs and per-user locks), else SQL."""
    if settings.redis_url:
        from aiogram.fsm.storage.redis import DefaultKeyBuilder, RedisStorage

        keep = timedelta(days=settings.retention_days)  # stale dialog drafts expire there too
        storage = RedisStorage.from_url(
            settings.redis_url,
            key_builder=DefaultKeyBuilder(with_destiny=True),
            state_ttl=keep,
            data_ttl=keep,
        )
        return storage, storage.create_isolation()
    return SQLStorage(db), SimpleEventIsolation()


async def build_app(settings: Settings, db: Database | None = None) -> App:
    db = db or Database.from_url(settings.database_url)
    async with db.read() as session:
        taxonomy = await load_snapshot(session)
    people = PeopleService(db, settings.admin_ids)
    organizations = OrganizationService(db)
    outbox = OutboxService(db, timedelta(hours=settings.delivery_max_age_hours))
    broadcasts = BroadcastService(
        db, outbox, settings.default_locale, timedelta(hours=settings.scheduled_grace_hours),
        chains=taxonomy.chains(),
    )  # fmt: skip
    meetings = MeetingService(db, outbox, settings.reminder_offsets)
    polls = PollService(db, outbox)
    decisions = DecisionService(db, outbox)
    newsletters = NewsletterService(db)
    opportunities = OpportunityService(db, outbox)
    delivery = Delivery()
    operations = OperationsService(db)
    metronome = Metronome(operations.beat)
    retention = RetentionService(db, settings.retention_days)
    erasure = ErasureService(db, outbox)
    storage, isolation = fsm_backends(settings, db)
    rounds = RoundService(db, outbox)
    queues = ReviewQueues(db)
    digests = ReviewDigests(db, outbox, people, queues)

    dispatcher = RedeliveringDispatcher(
        storage=storage,
        events_isolation=isolation,
        settings=settings,
        db=db,
        taxonomy=taxonomy,
        people=people,
        organizations=organizations,
        outbox=outbox,
        broadcasts=broadcasts,
        newsletters=newsletters,
        meetings=meetings,
        agenda=AgendaService(db, meetings),
        polls=polls,
        decisions=decisions,
        updates=UpdateService(db, outbox),
        followup=FollowupService(db, outbox, settings.admin_ids),
        directory=DirectoryService(db),
        introductions=IntroService(db, outbox),
        opportunities=opportunities,
        activities=ActivityService(db),
        exports=ExportService(db, taxonomy, settings.tz),
        report_data=ReportDataService(db, newsletters, meetings, rounds, decisions),
        delivery=delivery,
        erasure=erasure,
        audit=AuditService(db),
        cuts=CutService(db, settings.tz),
        rounds=rounds,
        translations=TranslationService(db),
        queues=queues,
    )
    i18n = build_i18n_middleware(settings.default_locale)
    # What a reader gets when an organizer skipped her language: the taxonomy file says.
    i18n.core.reading_order = taxonomy.chains()
    i18n.core.console_url = settings.webapp_url
    reviewing = Reviewing(i18n.core, digests, delivery, settings)
    dispatcher["reviewing"] = reviewing
    registration_decisions = RegistrationDecisions(
        i18n.core, settings, people, taxonomy, outbox, delivery, meetings, rounds, reviewing
    )
    dispatcher["registration_decisions"] = registration_decisions
    queue_decisions = QueueDecisions(
        i18n.core, settings, people, taxonomy, outbox, delivery, dispatcher["updates"],
        opportunities, dispatcher["followup"], reviewing,
    )  # fmt: skip
    dispatcher["queue_decisions"] = queue_decisions

    async def slow_down(data: dict[str, Any], user_id: int) -> None:
        person = await people.by_telegram_id(user_id)
        locale = (person.locale if person else None) or settings.default_locale
        seconds = round(settings.flood_cooldown_seconds)
        text = i18n.core.get("flood-slow-down", locale, seconds=seconds)
        await data["bot"].send_message(user_id, text)

    flood = FloodControlMiddleware(
        settings.flood_rate, settings.flood_burst, settings.flood_cooldown_seconds, slow_down
    )
    # First: a flood costs no database work.
    dispatcher.update.outer_middleware(flood)
    # A try again after an outage answers from memory what an earlier try already sent.
    dispatcher.update.outer_middleware(NumberTries())
    # Without Redis this is the only process handling updates (see bot.middlewares.dedupe).
    dedupe = DeduplicateUpdatesMiddleware(db, only_process=settings.redis_url is None)
    dispatcher.update.outer_middleware(dedupe)
    if isinstance(storage, SQLStorage):  # dialog changes written before the update is marked
        dispatcher.update.outer_middleware(FsmBatchMiddleware(storage))

    async def admins_changed(bot: Bot, telegram_ids: frozenset[int]) -> None:
        await set_commands_of(bot, i18n.core, people, telegram_ids)

    dispatcher.update.outer_middleware(PersonMiddleware(people, admins_changed))
    # Registered before i18n: on shutdown, updates still being handled finish first, while
    # the catalogues are loaded (polling stops fetching, the webhook stops listening first).
    dispatcher.shutdown.register(finish_updates_in_flight)
    dispatcher.shutdown.register(dedupe.flush)  # then the marks of the updates just handled
    i18n.setup(dispatcher)
    # Inner: runs once a handler's filters (roles first) passed; the fallback answers the rest.
    prompts = DialogPromptsMiddleware()
    dispatcher.message.middleware(prompts)
    dispatcher.callback_query.middleware(prompts)
    dispatcher.include_router(build_root_router())

    async def on_startup(bot: Bot) -> None:
        """Starts what this process's role does (settings.role)."""
        if settings.handles_updates:
            await set_default_commands(bot, i18n.core, settings.default_locale)
            await set_admin_commands(bot, i18n.core, people)
            await set_organizer_buttons(bot, i18n.core, people)
        if settings.runs_sweeps:
            # Claims a crashed process left behind turn `unknown` once their lease has passed.
            await outbox.expire_leases()
            erased = await erasure.finish_earlier_forgets(
                lambda locale: i18n.core.get(
                    "forget-erased-note", locale or settings.default_locale
                )
            )
            if erased:
                log.info("erased %d rows left by /forget before it erased everything", erased)
            deps = SweepDeps(
                bot, settings, i18n.core, taxonomy, outbox, meetings, polls, retention, delivery,
                AskSweep(db, outbox, settings.followup_ask_days), opportunities, rounds, decisions,
            )  # fmt: skip
            for sweep in sweeps(deps):
                metronome.every(sweep.every_s, sweep.name, sweep.run)
            metronome.start()
        if settings.runs_worker:
            await delivery.start(bot, outbox, settings)
        log.info("started as role %s", settings.role)

    async def on_shutdown() -> None:
        # Sweeps first (they queue messages), then the worker ends its sends.
        await metronome.shutdown()
        await delivery.stop()

    # Registered after i18n.setup, so the catalogues are loaded when this runs.
    dispatcher.startup.register(on_startup)
    dispatcher.shutdown.register(on_shutdown)
    return App(
        settings=settings,
        db=db,
        dispatcher=dispatcher,
        taxonomy=taxonomy,
        people=people,
        organizations=organizations,
        outbox=outbox,
        broadcasts=broadcasts,
        meetings=meetings,
        polls=polls,
        delivery=delivery,
        metronome=metronome,
        core=i18n.core,
        operations=operations,
        queues=queues,
        registration_decisions=registration_decisions,
        queue_decisions=queue_decisions,
    )
