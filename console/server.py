"""The console's HTTP side: the page and its assets, the launch data exchanged for a session,
the views as HTML fragments and the actions, each request with the person's role read again.

A session token travels in the `Authorization` header, never in a cookie: a page on another
site cannot make the browser send it, so no cross-site request can act."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl

from aiogram import Bot
from aiogram.types import BufferedInputFile
from aiogram_i18n.cores import BaseCore
from aiohttp import web

from bot.config import SUPPORTED_LOCALES, Settings
from console.launch import LaunchRefused, check_launch
from console.screen import Screen
from console.views import actors, coverage, followup, meetings, polls, queues, reports, today
from notices.queue_decisions import QueueDecisions
from notices.registrations import RegistrationDecisions
from reports.files import summary_file
from reports.tables import to_csv, to_xlsx
from storage.models import Person
from storage.services.activities import ActivityService
from storage.services.actor_table import ActorFilter, ActorTable
from storage.services.actors import Actor
from storage.services.console_sessions import ConsoleSessions
from storage.services.errors import DomainError
from storage.services.followup import FollowupService
from storage.services.meetings import MeetingService
from storage.services.newsletters import offered_periods
from storage.services.opportunities import OpportunityService
from storage.services.organizations import OrganizationService
from storage.services.overview import Overview
from storage.services.people import PeopleService
from storage.services.polls import PollService
from storage.services.report_data import ReportDataService
from storage.services.review_queue import ReviewQueues
from storage.services.taxonomy import Taxonomy
from storage.services.updates import UpdateService

log = logging.getLogger(__name__)

# Where Telegram's clients embed a Mini App (Telegram Web's frames); the sandbox adds its page.
TELEGRAM_FRAME_ANCESTORS = ("https://web.telegram.org", "https://*.telegram.org")
ASSETS = {"console.css": "text/css", "console.js": "text/javascript"}
# Telegram's language codes for the catalogues' languages (Sorani has no code of its own).
TELEGRAM_LANGUAGES = {"en": "en", "ar": "ar", "ku": "ckb", "ckb": "ckb"}
# What the queues' cards post (registrations have their own decisions).
QUEUE_ACTIONS = frozenset(
    {
        "update.approve", "update.reject", "update.text", "opportunity.approve",
        "opportunity.reject", "commitment.approve", "commitment.reject",
    }
)  # fmt: skip
NAV = ("today", "queues", "actors", "meetings", "polls", "followup", "coverage", "reports")


@dataclass(frozen=True)
class ConsoleDeps:
    settings: Settings
    core: BaseCore
    bot: Bot
    people: PeopleService
    taxonomy: Taxonomy
    queues: ReviewQueues
    overview: Overview
    sessions: ConsoleSessions
    registration_decisions: RegistrationDecisions
    actor_table: ActorTable
    organizations: OrganizationService
    meetings: MeetingService
    polls: PollService
    followup: FollowupService
    activities: ActivityService
    report_data: ReportDataService
    updates: UpdateService
    opportunities: OpportunityService
    queue_decisions: QueueDecisions


def _asset(name: str) -> bytes:
    return resources.files("console").joinpath("static", name).read_bytes()


def content_security_policy(frame_ancestors: tuple[str, ...]) -> str:
    # Nothing but this origin: no inline script or style, no third-party request.
    return "; ".join(
        (
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors " + " ".join(frame_ancestors),
        )
    )


class Console:
    def __init__(self, deps: ConsoleDeps, frame_ancestors: tuple[str, ...] = ()) -> None:
        self.deps = deps
        self.csp = content_security_policy(frame_ancestors or TELEGRAM_FRAME_ANCESTORS)
        self.page = _asset("index.html")
        self.assets = {name: _asset(name) for name in ASSETS}

    def application(self) -> web.Application:
        app = web.Application(middlewares=[self._headers], client_max_size=64 * 1024)
        app.router.add_get("/", self._page)
        app.router.add_get("/static/{name}", self._static)
        app.router.add_post("/api/session", self._open_session)
        app.router.add_get("/api/view/{view}", self._view)
        app.router.add_post("/api/act/{action}", self._act)
        return app

    @web.middleware
    async def _headers(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        response = await handler(request)
        response.headers["Content-Security-Policy"] = self.csp
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if "/api/" in request.path:  # sessions and views are one person's: never cached
            response.headers["Cache-Control"] = "no-store"
        return response

    # --- the page -------------------------------------------------------------------------

    async def _page(self, request: web.Request) -> web.Response:
        return web.Response(body=self.page, content_type="text/html", charset="utf-8")

    async def _static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in ASSETS:
            raise web.HTTPNotFound()
        return web.Response(
            body=self.assets[name],
            content_type=ASSETS[name],
            charset="utf-8",
            headers={"Cache-Control": "public, max-age=3600"},
        )

    # --- who is asking ----------------------------------------------------------------------

    def _locale(self, person: Person | None, telegram_language: str | None = None) -> str:
        if person is not None and person.locale in SUPPORTED_LOCALES:
            return person.locale
        guess = TELEGRAM_LANGUAGES.get((telegram_language or "").split("-")[0].lower())
        return guess or self.deps.settings.default_locale

    def _refusal(self, status: int, key: str, locale: str) -> web.Response:
        text = self.deps.core.get(key, locale)
        rtl = "rtl" if locale in ("ar", "ckb") else "ltr"
        return web.json_response(
            {"error": key, "text": text, "locale": locale, "dir": rtl}, status=status
        )

    async def _open_session(self, request: web.Request) -> web.Response:
        settings = self.deps.settings
        try:
            body = await request.json()
            init_data = str(body.get("init_data") or "")
        except (ValueError, AttributeError):
            init_data = ""
        try:
            user = check_launch(
                settings.require_token(),
                init_data,
                timedelta(hours=settings.webapp_max_age_hours),
                datetime.now().astimezone(),
            )
        except LaunchRefused as refused:
            log.info("console: launch refused (%s)", refused)
            locale = settings.default_locale
            if refused.user is not None:  # signed, only too old: in her own language
                person = await self.deps.people.by_telegram_id(refused.user.id)
                locale = self._locale(person, refused.user.language_code)
            return self._refusal(401, "console-refused-launch", locale)
        person = await self.deps.people.by_telegram_id(user.id)
        locale = self._locale(person, user.language_code)
        actor = Actor.of(person, user.id, self.deps.people.admin_ids)
        if not actor.is_organizer:
            return self._refusal(403, "console-refused-role", locale)
        token = await self.deps.sessions.open(user.id)
        screen = self._screen(actor, person, locale)
        return web.json_response(
            {
                "token": token,
                "locale": locale,
                "dir": screen.dir,
                "title": screen.t("console-title"),
                "nav": [{"view": view, "label": screen.t(f"console-nav-{view}")} for view in NAV],
            }
        )

    async def _who(self, request: web.Request) -> tuple[Actor, Person | None, str]:
        """The session's person, with her role as the database says now."""
        header = request.headers.get("Authorization", "")
        token = header.removeprefix("Bearer ").strip() if header.startswith("Bearer ") else ""
        telegram_id = await self.deps.sessions.resume(token)
        if telegram_id is None:
            raise _Refused(401, "console-session-ended", None)
        person = await self.deps.people.by_telegram_id(telegram_id)
        locale = self._locale(person)
        actor = Actor.of(person, telegram_id, self.deps.people.admin_ids)
        if not actor.is_organizer:  # demoted since the session opened
            await self.deps.sessions.close(token)
            raise _Refused(403, "console-refused-role", locale)
        return replace(actor, via="console"), person, locale

    def _screen(self, actor: Actor, person: Person | None, locale: str) -> Screen:
        deps = self.deps
        return Screen(deps.core, locale, actor, person, deps.settings, deps.taxonomy)

    # --- views and actions ------------------------------------------------------------------

    async def _view(self, request: web.Request) -> web.Response:
        try:
            actor, person, locale = await self._who(request)
        except _Refused as refused:
            return self._refusal(refused.status, refused.key, refused.locale or self._fallback())
        screen = self._screen(actor, person, locale)
        view = request.match_info["view"]
        try:
            if view == "today":
                fragment = await today.render(screen, self.deps.overview)
            elif view == "queues":
                fragment = await queues.render(screen, self._queue_sources(), request.query)
            else:
                fragment = await self._render(screen, view, request.query)
        except DomainError as error:
            return self._domain_refusal(error, locale)
        return web.Response(text=fragment, content_type="text/html", charset="utf-8")

    def _queue_sources(self) -> queues.QueueSources:
        deps = self.deps
        return queues.QueueSources(
            deps.queues, deps.people, deps.updates, deps.opportunities, deps.followup
        )

    async def _render(self, screen: Screen, view: str, query: Mapping[str, str]) -> str:
        deps = self.deps
        if view == "actors":
            return await actors.render(screen, deps.actor_table, query)
        if view == "meetings":
            return await meetings.render(screen, deps.meetings, deps.bot, query)
        if view == "polls":
            return await polls.render(screen, deps.polls, query)
        if view == "followup":
            return await followup.render(screen, deps.followup, deps.organizations)
        if view == "coverage":
            return await coverage.render(screen, deps.activities, deps.organizations, query)
        if view == "reports":
            return await reports.render(screen)
        raise web.HTTPNotFound()

    async def _act(self, request: web.Request) -> web.Response:
        try:
            actor, _, locale = await self._who(request)
        except _Refused as refused:
            return self._refusal(refused.status, refused.key, refused.locale or self._fallback())
        try:
            body: dict[str, Any] = await request.json()
            target = int(body.get("id") or 0)
        except (ValueError, TypeError, AttributeError, json.JSONDecodeError):
            return self._refusal(400, "common-stale-button", locale)
        action = request.match_info["action"]
        decisions = self.deps.registration_decisions
        try:
            if action == "registration.approve":
                decision = await decisions.approve(self.deps.bot, target, by=actor)
            elif action == "registration.reject":
                reason = str(body.get("reason") or "").strip()
                if not reason:
                    return self._refusal(400, "console-reject-needs-reason", locale)
                decision = await decisions.reject(self.deps.bot, target, by=actor, reason=reason)
            elif action in QUEUE_ACTIONS:
                return await self._decide(actor, locale, action, target, body)
            elif action == "export.actors":
                return await self._export(actor, locale, body)
            elif action == "meeting.attend":
                return await self._attend(actor, locale, target, body)
            elif action == "report.send":
                return await self._report(actor, locale, body)
            else:
                return self._refusal(400, "common-stale-button", locale)
        except DomainError as error:
            return self._domain_refusal(error, locale)
        return self._notice(decision.confirmation, locale, name=decision.person.full_name or "")

    async def _decide(
        self, actor: Actor, locale: str, action: str, target: int, body: dict[str, Any]
    ) -> web.Response:
        """Sector updates, opportunities and commitments, decided as in the chat."""
        decide = self.deps.queue_decisions
        reason = str(body.get("reason") or "").strip()
        if action.endswith(".reject") and not action.startswith("commitment") and not reason:
            return self._refusal(400, "console-reject-needs-reason", locale)
        if action == "update.approve":
            update = await decide.approve_update(target, actor)
            return self._notice("update-approved-alert", locale, id=update.id)
        if action == "update.reject":
            update = await decide.reject_update(target, actor, reason)
            return self._notice("update-rejected-done", locale, id=update.id)
        if action == "update.text":
            language = str(body.get("language") or "")
            if language not in SUPPORTED_LOCALES:
                return self._refusal(400, "common-stale-button", locale)
            await self.deps.updates.set_text(target, actor, language, str(body.get("text") or ""))
            return self._notice("console-update-text-saved", locale)
        if action == "opportunity.approve":
            opportunity, reached = await decide.approve_opportunity(actor, target)
            return self._notice(
                "opportunity-approved-alert", locale, id=opportunity.id, count=reached
            )
        if action == "opportunity.reject":
            opportunity = await decide.reject_opportunity(actor, target, reason)
            return self._notice("opportunity-rejected-alert", locale, id=opportunity.id)
        approve = action == "commitment.approve"
        item = await decide.decide_commitment(actor, target, approve)
        return self._notice("followup-commit-decided-alert", locale, id=item.id)

    async def _export(self, actor: Actor, locale: str, body: dict[str, Any]) -> web.Response:
        """The filtered table as a file in her chat with the bot (protected from forwarding, as
        every export): Telegram's clients open it there, where a Mini App cannot save files."""
        kind = "xlsx" if body.get("format") == "xlsx" else "csv"
        chosen = ActorFilter.parse(dict(parse_qsl(str(body.get("query") or ""))))
        table = await self.deps.actor_table.export(actor, chosen, locale)
        data = to_xlsx(table, locale) if kind == "xlsx" else to_csv(table)
        await self.deps.bot.send_document(
            actor.telegram_id,
            BufferedInputFile(data, filename=f"tansiq-organizations.{kind}"),
            protect_content=self.deps.settings.protect_content,
        )
        return self._notice("console-export-sent", locale)

    async def _attend(
        self, actor: Actor, locale: str, meeting_id: int, body: dict[str, Any]
    ) -> web.Response:
        """Attendance by hand, as the chat's roster marks it (audited once per person)."""
        try:
            person_id = int(body.get("person") or 0)
        except (TypeError, ValueError):
            return self._refusal(400, "common-stale-button", locale)
        invited = {row["person_id"]: row for row in await self.deps.meetings.roster(meeting_id)}
        if person_id not in invited:  # a forged press: only invitees can be marked
            return self._refusal(400, "common-stale-button", locale)
        await self.deps.meetings.mark_attended(actor, meeting_id, person_id)
        name = str(invited[person_id]["name"] or "")
        return self._notice("console-marked", locale, name=name)

    async def _report(self, actor: Actor, locale: str, body: dict[str, Any]) -> web.Response:
        """The summary report, made as /report makes it, sent to her chat with the bot."""
        settings = self.deps.settings
        periods = dict(offered_periods(datetime.now(settings.tz).date(), settings.tz))
        period = periods.get(str(body.get("period") or ""))
        language = str(body.get("language") or "")
        fmt = str(body.get("format") or "")
        if period is None or language not in SUPPORTED_LOCALES or fmt not in ("pdf", "docx"):
            return self._refusal(400, "common-stale-button", locale)
        data = await self.deps.report_data.gather(actor, period)  # checks the role, audits
        content, made = await summary_file(
            data, self.deps.taxonomy, self.deps.core.get, language, fmt
        )
        start = period.start.date().isoformat()
        end = (period.end - timedelta(days=1)).date().isoformat()
        caption = self.deps.core.get(
            "report-ready", locale, period=period.label, updates=len(data.updates),
            meetings=sum(data.stats.meetings_by_mode.values()),
        )  # fmt: skip
        await self.deps.bot.send_document(
            actor.telegram_id,
            BufferedInputFile(content, filename=f"wps-report-{start}-{end}-{language}.{made}"),
            caption=caption,
        )
        return self._notice("console-report-sent", locale)

    def _notice(self, key: str, locale: str, **variables: Any) -> web.Response:
        return web.json_response({"notice": self.deps.core.get(key, locale, **variables)})

    def _domain_refusal(self, error: DomainError, locale: str) -> web.Response:
        text = self.deps.core.get(error.key, locale, **error.variables)
        status = 403 if error.key == "error-not-allowed" else 409
        return web.json_response({"error": error.key, "text": text}, status=status)

    def _fallback(self) -> str:
        return self.deps.settings.default_locale


class _Refused(Exception):
    def __init__(self, status: int, key: str, locale: str | None) -> None:
        super().__init__(key)
        self.status = status
        self.key = key
        self.locale = locale
