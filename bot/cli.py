"""`tansiq` (or `python -m bot`): run, migrate and the operator's commands. Failures end in
one line, not a traceback."""

from __future__ import annotations

import argparse
import asyncio
import logging
import secrets
import signal
import sys
from pathlib import Path

from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError
from aiohttp import web

from bot.app import DRAIN_SECONDS, App, build_app, create_bot
from bot.config import ConfigError, Settings, load_settings
from bot.console import mount_console, start_console_server
from bot.health import add_health_routes, start_health_server
from bot.logs import setup_logging
from bot.migrations import migrate
from bot.redact import redact, token_parts
from bot.webhook import HANDLER, build_webhook_app
from storage.services.admins import TELEGRAM_ID_MAX
from storage.services.text import ascii_digits

log = logging.getLogger("tansiq")


def telegram_id(text: str) -> int:
    """A Telegram user id as typed, Eastern Arabic digits included."""
    digits = ascii_digits(text.strip())
    if not digits.isdigit() or not 0 < int(digits) < TELEGRAM_ID_MAX:
        raise argparse.ArgumentTypeError(f"not a Telegram user id: {text!r}")
    return int(digits)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="tansiq", description="Tansiq coordination bot (also: python -m bot)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="migrate the database, then serve Telegram updates")
    run.add_argument("--webhook", action="store_true", help="receive updates by webhook")
    run.add_argument(
        "--role",
        choices=("all", "bot", "worker", "scheduler"),
        help="bot: handle updates; worker: send the outbox; scheduler: run the sweeps; "
        "all (default, or ROLE): everything in one process",
    )
    sub.add_parser("migrate", help="upgrade the database schema and sync the taxonomy")
    sub.add_parser(
        "status", help="outbox counts, the oldest message due, sweeps, people waiting for approval"
    )
    backup = sub.add_parser("backup", help="a consistent copy of the database, while it runs")
    backup.add_argument("file", type=Path)
    restore = sub.add_parser("restore", help="a backup into an empty database (DATABASE_URL)")
    restore.add_argument("file", type=Path)
    export = sub.add_parser("export", help="actors, attendance, updates or activities to a file")
    export.add_argument("kind", choices=("actors", "attendance", "updates", "activities"))
    export.add_argument("file", type=Path, help="FILE.xlsx, or any other name for CSV")
    export.add_argument("--locale", choices=("en", "ar", "ckb"), default="en")
    outbox = sub.add_parser("outbox", help="the outbox: resend a broadcast's failed or unknown")
    outbox_sub = outbox.add_subparsers(dest="outbox_command", required=True)
    resend = outbox_sub.add_parser("resend", help="queue a broadcast's failed/unknown again")
    which = resend.add_mutually_exclusive_group(required=True)
    which.add_argument("--failed", action="store_const", const="failed", dest="status")
    which.add_argument("--unknown", action="store_const", const="unknown", dest="status")
    resend.add_argument("broadcast_id", type=int)
    admin = sub.add_parser("admin", help="administrators kept in the database, beside ADMIN_IDS")
    admin_sub = admin.add_subparsers(dest="admin_command", required=True)
    for name, text in (
        ("add", "make a Telegram user an administrator"),
        ("remove", "remove an administrator added with `tansiq admin add`"),
    ):
        admin_sub.add_parser(name, help=text).add_argument("telegram_id", type=telegram_id)
    admin_sub.add_parser("list", help="administrators: from ADMIN_IDS and from the database")
    sub.add_parser(
        "demo", help="load the demo data set built from the report into the sandbox's database"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    secrets_in_use: tuple[str, ...] = ()
    try:
        settings = load_settings()
        if getattr(args, "role", None):
            settings = settings.model_copy(update={"role": args.role})
        token = settings.bot_token.get_secret_value() if settings.bot_token else None
        secrets_in_use = token_parts(token)
        setup_logging(settings.log_level, settings.log_format, secrets_in_use)
        if args.command in ("status", "backup", "restore", "export", "outbox", "admin"):
            for line in run_operator_command(args, settings):
                print(line)
            return 0
        if args.command == "migrate":
            migrate(settings)
            print("tansiq: database is up to date")
            return 0
        if args.command == "demo":
            # Demo people (and an admin among them) go into the sandbox's database only.
            settings = settings.for_sandbox()
            migrate(settings)
            print(f"tansiq: {asyncio.run(load_demo_data(settings))}")
            return 0
        if settings.sandbox:
            signs = settings.production_signs()
            if signs:
                raise ConfigError(
                    f"BOT_TOKEN is not set, but {', '.join(signs)} look like a real deployment: "
                    "set BOT_TOKEN, or unset these to try the sandbox"
                )
            settings = settings.for_sandbox()
            migrate(settings)
            asyncio.run(serve_sandbox(settings))
            return 0
        settings.require_token()
        migrate(settings)
        asyncio.run(serve(settings, webhook=args.webhook or settings.use_webhook))
        return 0
    except ConfigError as exc:
        print(f"tansiq: {redact(str(exc), secrets_in_use)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0
    except Exception as exc:  # a bug: its traceback goes to the (redacted) log, one line here
        log.exception("tansiq stopped on an unexpected error")
        print(f"tansiq: {redact(f'{type(exc).__name__}: {exc}', secrets_in_use)}", file=sys.stderr)
        return 1


def run_operator_command(args: argparse.Namespace, settings: Settings) -> list[str]:
    from bot import operator

    if args.command == "status":
        return operator.status_lines(settings)
    if args.command == "backup":
        return operator.backup(settings, args.file)
    if args.command == "export":
        return operator.export(settings, args.kind, args.file, args.locale)
    if args.command == "outbox":
        return operator.resend(settings, args.broadcast_id, [args.status])
    if args.command == "admin":
        migrate(settings)  # works on a new installation, before the first `tansiq run`
        return operator.admins(settings, args.admin_command, getattr(args, "telegram_id", None))
    return operator.restore(settings, args.file)


async def load_demo_data(settings: Settings) -> str:
    from sandbox.runner import load_everything

    app = await build_app(settings)
    try:
        return await load_everything(app)
    finally:
        await app.db.dispose()


async def serve_sandbox(settings: Settings) -> None:
    from sandbox.runner import run_sandbox

    await run_sandbox(settings)


async def check_token(bot: Bot, settings: Settings) -> None:
    try:
        me = await bot.get_me()
    except TelegramUnauthorizedError:
        raise ConfigError(
            "Telegram rejected BOT_TOKEN (401 Unauthorized): check it with @BotFather"
        ) from None
    except TelegramNetworkError as exc:
        where = settings.telegram_api_url or "api.telegram.org"
        raise ConfigError(f"cannot reach the Telegram Bot API at {where}: {exc.message}") from None
    log.info("connected as @%s (id %s)", me.username, me.id)


async def serve(settings: Settings, *, webhook: bool) -> None:
    app = await build_app(settings)
    bot = create_bot(settings)
    health = console = None
    try:
        await check_token(bot, settings)
        allowed = app.dispatcher.resolve_used_update_types()
        webhook = webhook and settings.handles_updates
        if not webhook:  # the webhook's own server has the health routes and the console
            health = await start_health_server(app.operations, settings)
            console = await start_console_server(app, bot, settings)
        if not settings.handles_updates:
            await serve_without_updates(app.dispatcher, bot)
        elif webhook:
            await serve_webhook(app, bot, settings, allowed)
        else:
            await bot.delete_webhook(drop_pending_updates=False)
            await app.dispatcher.start_polling(
                bot,
                allowed_updates=allowed,
                tasks_concurrency_limit=settings.tasks_concurrency_limit,
                close_bot_session=False,
            )
    finally:
        for runner in (health, console):
            if runner is not None:
                await runner.cleanup()
        await bot.session.close()
        await app.db.dispose()


async def serve_without_updates(dispatcher: Dispatcher, bot: Bot) -> None:
    """A worker or scheduler process: its part starts with the dispatcher's start-up and ends
    with its shutdown (the worker ends its sends and gives back the rest)."""
    data = {"dispatcher": dispatcher, **dispatcher.workflow_data}
    await dispatcher.emit_startup(bot=bot, **data)
    try:
        await stop_requested()
        log.info("stopping")
    finally:
        await dispatcher.emit_shutdown(bot=bot, **data)


def webhook_secret(settings: Settings) -> str:
    """The configured secret (checked by the settings), or a new random one for this start."""
    if settings.webhook_secret is not None:
        return settings.webhook_secret.get_secret_value()
    return secrets.token_urlsafe(48)  # 64 characters of A-Za-z0-9_-, as Telegram requires


async def serve_webhook(app: App, bot: Bot, settings: Settings, allowed: list[str]) -> None:
    if not settings.webhook_base_url:
        raise ConfigError("webhook mode needs WEBHOOK_BASE_URL (the public https address)")
    secret = webhook_secret(settings)
    limit = settings.tasks_concurrency_limit
    server = build_webhook_app(app.dispatcher, bot, settings.webhook_path, secret, limit)
    add_health_routes(server, app.operations, settings)
    mount_console(server, app, bot)
    await bot.set_webhook(
        url=settings.webhook_base_url.rstrip("/") + settings.webhook_path,
        secret_token=secret,
        allowed_updates=allowed,
        max_connections=min(100, limit),
    )
    # On stop, requests being handled get DRAIN_SECONDS to finish before the shutdown runs.
    runner = web.AppRunner(server, shutdown_timeout=DRAIN_SECONDS)
    await runner.setup()
    site = web.TCPSite(runner, settings.webhook_host, settings.webhook_port)
    await site.start()
    log.info(
        "webhook listening on %s:%s%s",
        settings.webhook_host,
        settings.webhook_port,
        settings.webhook_path,
    )
    try:
        await stop_requested()
        log.info("stopping: no new updates; finishing the ones in flight")
        await site.stop()  # no new connections
        await server[HANDLER].drained(DRAIN_SECONDS)
    finally:
        # Stops listening first, then the dispatcher's shutdown: updates in flight finish,
        # then the outbox worker ends its sends and gives back what it had not started.
        await runner.cleanup()


async def stop_requested() -> None:
    """Until SIGTERM (systemd, Docker) or SIGINT (Ctrl+C) arrives."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
