"""Introductions: "Ask to connect" on a listed representative's line of an organization's card,
with a note; the person asked accepts, declines or blocks; on accept, one message each way can go
through the bot (see storage.services.introductions for the rules)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from aiogram_i18n import I18nContext

from bot.callbacks import DirectoryCb, IntroCb, NavCb
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved
from bot.ui import edit_in_place, nav_keyboard
from handlers.common.dialogs import on_not_text
from notices.introductions import accepted, declined, relayed, request_card
from storage.services.actors import Actor
from storage.services.errors import NotFound
from storage.services.introductions import NOTE_MAX, IntroService


class Introduction(StatesGroup):
    note = State()  # the note to the person asked
    relay = State()  # the one message through the bot


async def on_ask(
    callback: CallbackQuery, callback_data: DirectoryCb, state: FSMContext, i18n: I18nContext
) -> None:
    """A listed person ("ask") or an organization ("askorg"): the service decides at sending
    whether the request can reach anyone."""
    to_organization = callback_data.action == "askorg"
    await callback.answer()
    await state.set_state(Introduction.note)
    await state.set_data({"target": callback_data.value, "organization": to_organization})
    key = "intro-ask-note-organization" if to_organization else "intro-ask-note"
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get(key, max=NOTE_MAX), reply_markup=nav_keyboard(i18n, "intro", back=False)
        )


async def on_note(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    introductions: IntroService,
    delivery: Delivery,
    actor: Actor,
) -> None:
    data = await state.get_data()
    target = int(data["target"])
    core = i18n.core
    ask = introductions.ask_organization if data.get("organization") else introductions.ask
    try:
        await ask(
            actor, target, message.text or "",
            lambda request, requester, locale: request_card(core, request, requester, locale),
        )  # fmt: skip
    except NotFound:
        await state.clear()
        raise
    await state.clear()
    delivery.wake()
    await message.answer(i18n.get("intro-sent"))


async def on_decide(
    callback: CallbackQuery,
    callback_data: IntroCb,
    i18n: I18nContext,
    introductions: IntroService,
    delivery: Delivery,
    actor: Actor,
) -> None:
    core = i18n.core
    accept = callback_data.action == "accept"
    await introductions.decide(
        actor, callback_data.request_id, accept,
        lambda request, other, locale: accepted(core, request, other, locale),
        lambda locale: declined(core, locale),
        block=callback_data.action == "block",
        answered=lambda locale: core.get("intro-already-decided", locale),
    )  # fmt: skip
    delivery.wake()
    key = {"accept": "intro-accepted", "decline": "intro-declined", "block": "intro-blocked"}
    await callback.answer(i18n.get(key[callback_data.action]), show_alert=True)
    if isinstance(callback.message, Message):
        # The note was deleted from the database with the answer: it leaves this chat too.
        await edit_in_place(callback.message, i18n.get(key[callback_data.action]))


async def on_write(
    callback: CallbackQuery,
    callback_data: IntroCb,
    state: FSMContext,
    i18n: I18nContext,
    introductions: IntroService,
    actor: Actor,
) -> None:
    await introductions.get_for(actor, callback_data.request_id)  # a stranger's press: refused
    await callback.answer()
    await state.set_state(Introduction.relay)
    await state.set_data({"request": callback_data.request_id})
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("intro-ask-relay", max=NOTE_MAX),
            reply_markup=nav_keyboard(i18n, "intro", back=False),
        )


async def on_relay(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    introductions: IntroService,
    delivery: Delivery,
    actor: Actor,
) -> None:
    request_id = int((await state.get_data())["request"])
    core = i18n.core
    await state.clear()
    await introductions.relay(
        actor, request_id, message.text or "",
        lambda request, sender, text, locale: relayed(core, request, sender, text, locale),
    )  # fmt: skip
    delivery.wake()
    await message.answer(i18n.get("intro-relay-sent"))


async def on_cancel(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(i18n.get("intro-cancelled"))


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="directory introductions")
    router.message.filter(IsApproved())
    router.callback_query.filter(IsApproved())
    router.callback_query.register(on_ask, DirectoryCb.filter(F.action.in_({"ask", "askorg"})))
    router.callback_query.register(
        on_decide, IntroCb.filter(F.action.in_({"accept", "decline", "block"}))
    )
    router.callback_query.register(on_write, IntroCb.filter(F.action == "write"))
    router.message.register(on_note, Introduction.note, PLAIN_TEXT)
    router.message.register(on_relay, Introduction.relay, PLAIN_TEXT)
    router.callback_query.register(
        on_cancel, StateFilter(Introduction), NavCb.filter(F.step == "intro")
    )
    router.message.register(on_not_text, StateFilter(Introduction), NOT_COMMAND)
    return router
