"""The command menu, per language and per role (setMyCommands with scope and language_code)."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import (
    BotCommand,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    MenuButtonDefault,
    MenuButtonWebApp,
    WebAppInfo,
)
from aiogram_i18n.cores import BaseCore

from bot.config import SUPPORTED_LOCALES
from storage.models import Person, PersonStatus, Role
from storage.services.actors import Actor
from storage.services.people import PeopleService

log = logging.getLogger(__name__)

# Telegram's language_code is ISO 639-1: Sorani has none of its own and clients say "ku".
TELEGRAM_LANGUAGE_CODE = {"en": "en", "ar": "ar", "ckb": "ku"}

NEWCOMER = ("start", "language", "status", "help", "forget")
MEMBER = (
    "start",
    "meetings",
    "update",
    "myupdates",
    "followup",
    "directory",
    "opportunities",
    "opportunity",
    "activities",
    "profile",
    "newsletters",
    "subscribe",
    "translate",
    "language",
    "help",
    "forget",
)
ADVISORY = (*MEMBER, "propose", "rank")
ORGANIZER = (
    *MEMBER,
    "pending",
    "queue",
    "tracker",
    "newmeeting",
    "stats",
    "report",
    "coverage",
    "export",
    "agenda",
    "poll",
    "polls",
    "decide",
    "decisions",
    "announce",
    "newsletter",
    "round",
    "translations",
    "cuts",
)
ADMIN = (*ORGANIZER, "roles", "audit")

# /help and the home card's tools group commands by what people do, the most frequent first;
# each person sees the groups their role has commands in. Every command is in one group.
HELP_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("start", ("start", "status", "language")),
    (
        "meetings",
        (
            "meetings",
            "newmeeting",
            "agenda",
            "propose",
            "rank",
            "poll",
            "polls",
            "decide",
            "decisions",
            "stats",
        ),
    ),
    ("updates", ("update", "myupdates", "queue", "round", "translate", "translations")),
    ("followup", ("followup", "tracker")),
    ("network", ("directory", "opportunities", "opportunity", "activities")),
    ("news", ("newsletters", "subscribe", "announce", "newsletter", "cuts")),
    ("reports", ("report", "coverage", "export")),
    ("people", ("pending", "roles", "audit")),
    ("account", ("profile", "help", "forget")),
)
# The groups of an organizer's tools (the home card's 🧰): what members also have stays out.
TOOL_GROUPS = ("meetings", "updates", "followup", "news", "reports", "people")


def command_names(person: Person | None, actor: Actor) -> tuple[str, ...]:
    if actor.is_admin:
        return ADMIN
    if person is None or person.status != PersonStatus.APPROVED:
        return NEWCOMER
    if actor.is_organizer:
        return ORGANIZER
    if actor.is_advisory:
        return ADVISORY
    return MEMBER


def grouped_commands(
    names: tuple[str, ...], groups: tuple[str, ...] | None = None, only_new: tuple[str, ...] = ()
) -> list[tuple[str, list[str]]]:
    """The commands among `names`, by group, in HELP_GROUPS' order; with `groups`, only those
    groups; with `only_new`, leaving out these commands (those every member has)."""
    allowed = set(names) - set(only_new)
    found = []
    for group, commands in HELP_GROUPS:
        if groups is not None and group not in groups:
            continue
        shown = [name for name in commands if name in allowed]
        if shown:
            found.append((group, shown))
    return found


def build_commands(core: BaseCore, names: tuple[str, ...], locale: str) -> list[BotCommand]:
    return [BotCommand(command=name, description=core.get(f"cmd-{name}", locale)) for name in names]


async def set_default_commands(bot: Bot, core: BaseCore, default_locale: str) -> None:
    """Newcomers see the menu in their Telegram language until they choose one."""
    await bot.set_my_commands(
        build_commands(core, NEWCOMER, default_locale), scope=BotCommandScopeDefault()
    )
    for locale in SUPPORTED_LOCALES:
        await bot.set_my_commands(
            build_commands(core, NEWCOMER, locale),
            scope=BotCommandScopeDefault(),
            language_code=TELEGRAM_LANGUAGE_CODE[locale],
        )


async def set_admin_commands(bot: Bot, core: BaseCore, people: PeopleService) -> None:
    """Administrators come from configuration and `tansiq admin add`: give them their menu
    without waiting for them."""
    await set_commands_of(bot, core, people, await people.refresh_admins(max_age=0))


async def set_organizer_buttons(bot: Bot, core: BaseCore, people: PeopleService) -> None:
    """At start, every organizer's menu button opens the console (WEBAPP_URL may be new since
    their role was given); administrators get theirs with their commands."""
    if console_url(core) is None:
        return
    for person in await people.with_role(Role.ORGANIZER):
        if person.telegram_id is not None and person.status == PersonStatus.APPROVED:
            locale = person.locale or core.default_locale or "en"
            await set_console_button(bot, core, person.telegram_id, True, locale)


async def set_commands_of(
    bot: Bot, core: BaseCore, people: PeopleService, telegram_ids: Iterable[int]
) -> None:
    """The menus of these people as their role is now (an administrator added or removed)."""
    for telegram_id in sorted(telegram_ids):
        person = await people.by_telegram_id(telegram_id)
        actor = Actor.of(person, telegram_id, people.admin_ids)
        locale = (person.locale if person else None) or core.default_locale or "en"
        if actor.is_admin or person is not None:
            await set_person_commands(bot, core, person, actor, locale)
        else:  # removed before they ever opened the bot: the default menu again
            await reset_person_commands(bot, telegram_id)


async def set_person_commands(
    bot: Bot, core: BaseCore, person: Person | None, actor: Actor, locale: str
) -> None:
    """A person's own menu, in the language they chose, with the commands their role allows."""
    try:
        await bot.set_my_commands(
            build_commands(core, command_names(person, actor), locale),
            scope=BotCommandScopeChat(chat_id=actor.telegram_id),
        )
    except TelegramAPIError as exc:  # the menu is a convenience; never fail the action for it
        log.warning("could not set a person's commands: %s", exc)  # no ids in the logs
    await set_console_button(bot, core, actor.telegram_id, actor.is_organizer, locale)


def console_url(core: BaseCore) -> str | None:
    """Where the console opens (WEBAPP_URL, set on the core when the app is built), or None."""
    return getattr(core, "console_url", None)


async def set_console_button(
    bot: Bot, core: BaseCore, telegram_id: int, organizer: bool, locale: str
) -> None:
    """Organizers' and admins' menu button opens the console; anyone else's is the default
    one again (a demoted organizer loses it). Nothing when no console is configured."""
    url = console_url(core)
    if url is None:
        return
    button: MenuButtonWebApp | MenuButtonDefault = MenuButtonDefault()
    if organizer:
        button = MenuButtonWebApp(
            text=core.get("console-menu-button", locale), web_app=WebAppInfo(url=url)
        )
    try:
        await bot.set_chat_menu_button(chat_id=telegram_id, menu_button=button)
    except TelegramAPIError as exc:
        log.warning("could not set a person's menu button: %s", exc)


async def reset_person_commands(bot: Bot, telegram_id: int) -> None:
    try:
        await bot.delete_my_commands(scope=BotCommandScopeChat(chat_id=telegram_id))
    except TelegramAPIError as exc:
        log.warning("could not reset a person's commands: %s", exc)
