"""`make run` without a BOT_TOKEN: the bot polls the built-in Bot API emulator on 127.0.0.1 and
the chat page is served beside it. Nothing leaves the machine."""

from __future__ import annotations

import logging
import sys

from pydantic import SecretStr

from bot.app import App, build_app, create_bot
from bot.config import ConfigError, Settings
from bot.console import CONSOLE_PATH, console_app
from emulator.server import BotApiEmulator
from notices.meetings import invitation
from sandbox.demo import ensure_sandbox_people, invite_to_upcoming, last_update_id, load_demo
from sandbox.users import ADMIN
from sandbox.web import SandboxPage
from storage.services.actors import Actor

log = logging.getLogger("tansiq.sandbox")

# Shaped like a real token (the settings check it); the emulator accepts only this one.
SANDBOX_TOKEN = "100000001:SANDBOXsandboxSANDBOXsandboxSANDBOX"


def sandbox_settings(settings: Settings, api_url: str) -> Settings:
    return settings.model_copy(
        update={
            "bot_token": SecretStr(SANDBOX_TOKEN),
            "telegram_api_url": api_url,
            "admin_ids": frozenset(settings.admin_ids | {ADMIN.telegram_id}),
        }
    )


async def load_everything(app: App) -> str:
    """The demo data set, then the upcoming meeting with its invitations (through the outbox)."""
    if not app.core.locales:  # outside a running dispatcher (the CLI): load the catalogues
        await app.core.startup()
    result = await load_demo(app.db, app.taxonomy)
    if result.already_loaded:
        return "the demo data set is already loaded"
    organizer = Actor(telegram_id=ADMIN.telegram_id, is_admin=True)
    await invite_to_upcoming(
        app.meetings, invitation(app.core, app.settings), organizer, app.settings.tz
    )
    app.delivery.wake()
    return (
        f"demo data loaded: {result.organizations} organizations, {result.people} people, "
        f"{result.meetings} past meetings with {result.attendances} attendances, "
        f"{result.updates} approved updates, {result.activities} activities, "
        f"{result.followup_items} follow-up items, {result.opportunities} opportunities, "
        f"{result.introductions} introductions, "
        "and an upcoming meeting everyone is invited to"
    )


async def run_sandbox(settings: Settings) -> None:
    emulator = BotApiEmulator(SANDBOX_TOKEN, username="tansiq_sandbox_bot")
    api_url = await emulator.start("127.0.0.1", 0)
    settings = sandbox_settings(settings, api_url)
    app = await build_app(settings)
    # A sandbox started again on its database: Telegram's update ids go on from the last one.
    emulator.continue_after(await last_update_id(app.db, emulator.bot_user["id"]))
    bot = create_bot(settings)
    await ensure_sandbox_people(app.db, app.taxonomy)
    # The console opens in the page's own frame: its address is known once the page listens.
    page = SandboxPage(emulator, app, load_everything, console_app(app, bot, ("'self'",)))
    try:
        url = await page.start(settings.sandbox_host, settings.sandbox_port)
    except OSError as exc:  # the port is taken, or the host is not this machine's
        await bot.session.close()
        await emulator.stop()
        await app.db.dispose()
        raise ConfigError(
            f"the sandbox page cannot listen on {settings.sandbox_host}:{settings.sandbox_port} "
            f"({exc.strerror or exc}): set SANDBOX_PORT to a free port (SANDBOX_PORT=0 picks "
            "one), or stop what uses it"
        ) from None
    app.core.console_url = url + CONSOLE_PATH  # type: ignore[attr-defined]
    if settings.sandbox_host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"tansiq: warning: the sandbox page listens on {settings.sandbox_host}, not only "
            "on this machine: anyone who reaches it with its key acts as the admin.",
            file=sys.stderr,
            flush=True,
        )
    print(
        f"tansiq: sandbox (no BOT_TOKEN): open {url} in a browser to chat with the bot as "
        "an admin, an organizer or an actor. Ctrl+C stops it.",
        flush=True,
    )
    try:
        await app.dispatcher.start_polling(
            bot,
            allowed_updates=app.dispatcher.resolve_used_update_types(),
            polling_timeout=10,
            close_bot_session=False,
        )
    finally:
        await page.stop()
        await bot.session.close()
        await emulator.stop()
        await app.db.dispose()
