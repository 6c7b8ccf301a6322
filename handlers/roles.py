"""/roles: administrators make a registered person organizer or advisory member, or revoke it."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import RoleCb
from bot.commands import set_person_commands
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsAdmin
from bot.keyboards import Keyboard
from bot.notify import notify
from bot.ui import join, role_label
from storage.models import Person, Role
from storage.services.actors import Actor
from storage.services.outbox import OutboxService
from storage.services.people import PeopleService

ROLE_BUTTONS = (
    (Role.ORGANIZER, "btn-make-organizer"),
    (Role.ADVISORY, "btn-make-advisory"),
    (Role.MEMBER, "btn-make-member"),
)


class RolesSearch(StatesGroup):
    query = State()


def person_card(i18n: I18nContext, person: Person, is_admin: bool) -> str:
    organization = person.organization.name(i18n.locale) if person.organization else "—"
    return i18n.get(
        "roles-person",
        name=person.full_name or "—",
        organization=organization,
        role=role_label(i18n, person.role, is_admin),
    )


def person_keyboard(i18n: I18nContext, person: Person) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for role, key in ROLE_BUTTONS:
        if role != person.role:
            builder.button(
                text=i18n.get(key),
                callback_data=RoleCb(action="set", person_id=person.id, role=role.value),
            )
    builder.adjust(1)
    return builder.as_markup()


async def on_roles(
    message: Message, state: FSMContext, i18n: I18nContext, people: PeopleService
) -> None:
    organizers = await people.with_role(Role.ORGANIZER)
    advisory = await people.with_role(Role.ADVISORY)
    await state.set_state(RolesSearch.query)
    await message.answer(
        i18n.get(
            "roles-overview",
            organizers=join(i18n, (p.full_name or "" for p in organizers)),
            advisory=join(i18n, (p.full_name or "" for p in advisory)),
        )
    )


async def on_search(message: Message, i18n: I18nContext, people: PeopleService) -> None:
    query = (message.text or "").strip()
    found = await people.search(query)
    if not found:
        await message.answer(i18n.get("roles-no-match", query=query[:80]))
        return
    builder = Keyboard()
    for person in found:
        organization = person.organization.name(i18n.locale) if person.organization else ""
        label = f"{person.full_name} · {organization}" if organization else f"{person.full_name}"
        builder.button(text=label[:60], callback_data=RoleCb(action="show", person_id=person.id))
    builder.adjust(1)
    await message.answer(i18n.get("roles-results"), reply_markup=builder.as_markup())


async def on_search_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


async def on_show(
    callback: CallbackQuery, callback_data: RoleCb, i18n: I18nContext, people: PeopleService
) -> None:
    person = await people.get(callback_data.person_id)
    await callback.answer()
    if isinstance(callback.message, Message):
        is_admin = person.telegram_id in people.admin_ids
        await callback.message.answer(
            person_card(i18n, person, is_admin), reply_markup=person_keyboard(i18n, person)
        )


async def on_set(
    callback: CallbackQuery,
    callback_data: RoleCb,
    state: FSMContext,
    bot: Bot,
    i18n: I18nContext,
    people: PeopleService,
    outbox: OutboxService,
    delivery: Delivery,
    actor: Actor,
) -> None:
    try:
        role = Role(callback_data.role)
    except ValueError:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    person = await people.set_role(callback_data.person_id, role, by=actor)
    await state.clear()
    await callback.answer()
    is_admin = person.telegram_id in people.admin_ids
    if isinstance(callback.message, Message):
        await callback.message.edit_text(
            person_card(i18n, person, is_admin), reply_markup=person_keyboard(i18n, person)
        )
        await callback.message.answer(
            i18n.get(
                "roles-changed", name=person.full_name or "", role=role_label(i18n, person.role)
            )
        )
    if person.telegram_id is not None:
        locale = person.locale or i18n.core.default_locale or "en"
        target = Actor.of(person, person.telegram_id, people.admin_ids)
        await set_person_commands(bot, i18n.core, person, target, locale)
        with i18n.use_locale(locale):
            text = i18n.get("roles-you-changed", role=role_label(i18n, person.role))
        key = f"role:{person.id}:{person.updated_at.isoformat()}"
        await notify(outbox, delivery, person.telegram_id, text, key)


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="roles")
    router.message.filter(IsAdmin())
    router.callback_query.filter(IsAdmin())
    router.message.register(on_roles, Command("roles"))
    router.message.register(on_search, RolesSearch.query, PLAIN_TEXT)
    router.message.register(on_search_not_text, RolesSearch.query, NOT_COMMAND)
    router.callback_query.register(on_show, RoleCb.filter(F.action == "show"))
    router.callback_query.register(on_set, RoleCb.filter(F.action == "set"))
    return router
