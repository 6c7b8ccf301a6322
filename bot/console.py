"""Wiring of the organizers' console (console/) into this process: under /console/ on the
webhook's server, on a server of its own in polling mode, and in the sandbox's page."""

from __future__ import annotations

import logging
from datetime import timedelta

from aiogram import Bot
from aiohttp import web

from bot.app import App
from bot.config import Settings
from console.server import Console, ConsoleDeps
from storage.services.actor_table import ActorTable
from storage.services.console_sessions import ConsoleSessions
from storage.services.overview import Overview

log = logging.getLogger(__name__)

CONSOLE_PATH = "/console/"


def console_app(app: App, bot: Bot, frame_ancestors: tuple[str, ...] = ()) -> web.Application:
    services = app.dispatcher.workflow_data  # the same service objects the handlers get
    deps = ConsoleDeps(
        settings=app.settings,
        core=app.core,
        bot=bot,
        people=app.people,
        taxonomy=app.taxonomy,
        queues=app.queues,
        overview=Overview(app.db, app.queues),
        sessions=ConsoleSessions(app.db, timedelta(minutes=app.settings.console_idle_minutes)),
        registration_decisions=app.registration_decisions,
        actor_table=ActorTable(app.db, app.taxonomy),
        organizations=app.organizations,
        meetings=app.meetings,
        polls=app.polls,
        followup=services["followup"],
        activities=services["activities"],
        report_data=services["report_data"],
        updates=services["updates"],
        opportunities=services["opportunities"],
        queue_decisions=app.queue_decisions,
    )
    return Console(deps, frame_ancestors).application()


def mount_console(server: web.Application, app: App, bot: Bot) -> None:
    """The webhook's server serves the console too, when WEBAPP_URL says where it is."""
    if app.settings.webapp_url:
        server.add_subapp(CONSOLE_PATH, console_app(app, bot))


async def start_console_server(app: App, bot: Bot, settings: Settings) -> web.AppRunner | None:
    """Polling mode: the console on CONSOLE_HOST:CONSOLE_PORT, for the TLS proxy to forward
    /console/ to. None when WEBAPP_URL is not set."""
    if not settings.webapp_url or not settings.handles_updates:
        return None
    server = web.Application()
    server.add_subapp(CONSOLE_PATH, console_app(app, bot))
    runner = web.AppRunner(server, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, settings.console_host, settings.console_port).start()
    log.info("console on %s:%s%s", settings.console_host, settings.console_port, CONSOLE_PATH)
    return runner
