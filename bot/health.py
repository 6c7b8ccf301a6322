"""Health for a load balancer, systemd or Docker: /healthz says the process is alive, /readyz
that it can do its work: the database answers, its schema is the one this code expects, the
oldest message not yet delivered (by when it was first due: retries do not make it look young)
is not stuck, Telegram is reachable for the outbox workers (or since when it is not), and a
scheduler sweep ran recently.

Served by the webhook's server, and on HEALTH_PORT otherwise (polling, worker, scheduler)."""

from __future__ import annotations

import json
import logging

from aiohttp import web

from bot.config import Settings
from bot.migrations import head_revision
from storage.services.operations import OperationsService
from storage.types import utcnow

log = logging.getLogger(__name__)


def expected_revision(database_url: str) -> str | None:
    """The migrations' head, read from their files once per process (bot.migrations)."""
    return head_revision()


async def readiness(operations: OperationsService, settings: Settings) -> dict[str, object]:
    """Each check: {"ok": bool, ...what was seen}. Counts and ages only."""
    checks: dict[str, object] = {}
    try:
        await operations.ping()
    except Exception as exc:  # any driver error means the same: not ready
        checks["database"] = {"ok": False, "error": type(exc).__name__}
        return checks
    checks["database"] = {"ok": True}
    revision = await operations.schema_revision()
    head = expected_revision(settings.database_url)
    checks["schema"] = {"ok": revision == head, "revision": revision, "head": head}
    now = utcnow()
    oldest = await operations.oldest_due()
    lag = (now - oldest).total_seconds() if oldest else 0.0
    checks["outbox"] = {"ok": lag <= settings.ready_outbox_lag_seconds, "oldest_due_s": round(lag)}
    state = await operations.telegram()
    since = state.unreachable_since if state else None
    checks["telegram"] = {
        "ok": since is None,
        "unreachable_since": since.isoformat() if since else None,
        "unreachable_s": round((now - since).total_seconds()) if since else 0,
    }
    last = await operations.last_sweep()
    age = (now - last).total_seconds() if last else None
    limit = settings.ready_sweep_age_seconds
    checks["sweeps"] = {"ok": age is not None and age <= limit, "last_run_s": age and round(age)}
    return checks


def add_health_routes(
    app: web.Application, operations: OperationsService, settings: Settings
) -> None:
    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    async def readyz(_: web.Request) -> web.Response:
        checks = await readiness(operations, settings)
        ok = all(isinstance(c, dict) and c.get("ok") for c in checks.values())
        return web.Response(
            status=200 if ok else 503,
            text=json.dumps({"ok": ok, "checks": checks}),
            content_type="application/json",
        )

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)


async def start_health_server(
    operations: OperationsService, settings: Settings
) -> web.AppRunner | None:
    """The health endpoints on HEALTH_HOST:HEALTH_PORT; None when HEALTH_PORT is not set."""
    if settings.health_port is None:
        return None
    app = web.Application()
    add_health_routes(app, operations, settings)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, settings.health_host, settings.health_port).start()
    log.info("health on %s:%s (/healthz, /readyz)", settings.health_host, settings.health_port)
    return runner
