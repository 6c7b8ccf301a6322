"""The advisory committee's agenda: /propose a topic, /rank the proposals (first, second and
third choice); organizers see the ranking with /agenda and make the top topics a meeting's
agenda."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, Filter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message, TelegramObject
from aiogram_i18n import I18nContext

from bot.callbacks import AgendaCb
from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsOrganizer
from bot.keyboards import Keyboard
from notices.meetings import update_notice
from storage.services.actors import Actor
from storage.services.agenda import AgendaService, RankedTopic
from storage.services.meetings import MeetingService

MEDALS = {3: "🥇", 2: "🥈", 1: "🥉"}
TOP = 5


class IsAdvisoryOrOrganizer(Filter):
    async def __call__(self, event: TelegramObject, actor: Actor | None = None) -> bool:
        return actor is not None and (actor.is_advisory or actor.is_organizer)


class Propose(StatesGroup):
    text = State()


async def on_propose(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    await state.set_state(Propose.text)
    await message.answer(i18n.get("agenda-ask-topic"))


async def on_topic(
    message: Message, state: FSMContext, i18n: I18nContext, agenda: AgendaService, actor: Actor
) -> None:
    await agenda.propose(actor, message.text or "")
    await state.clear()
    await message.answer(i18n.get("agenda-proposed"))


async def on_topic_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


def rank_keyboard(topics: list[RankedTopic], mine: dict[int, int]) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for topic in topics:
        mark = MEDALS.get(mine.get(topic.id, 0), "▫️")
        builder.button(
            text=f"{mark} {topic.text}"[:60], callback_data=AgendaCb(action="rank", item=topic.id)
        )
    builder.adjust(1)
    return builder.as_markup()


async def on_rank(message: Message, i18n: I18nContext, agenda: AgendaService, actor: Actor) -> None:
    topics = await agenda.ranking()
    if not topics:
        await message.answer(i18n.get("agenda-empty"))
        return
    mine = await agenda.my_ranks(actor.person_id or 0)
    await message.answer(i18n.get("agenda-rank-help"), reply_markup=rank_keyboard(topics, mine))


async def on_rank_press(
    callback: CallbackQuery,
    callback_data: AgendaCb,
    agenda: AgendaService,
    actor: Actor,
) -> None:
    mine = await agenda.rank(actor, callback_data.item)
    await callback.answer()
    if isinstance(callback.message, Message):
        markup = rank_keyboard(await agenda.ranking(), mine)
        if callback.message.reply_markup != markup:
            await callback.message.edit_reply_markup(reply_markup=markup)


async def on_agenda(
    message: Message, i18n: I18nContext, agenda: AgendaService, meetings: MeetingService
) -> None:
    topics = await agenda.ranking()
    if not topics:
        await message.answer(i18n.get("agenda-empty"))
        return
    lines = [
        i18n.get("agenda-line", place=n, topic=t.text, points=t.points, voters=t.voters)
        for n, t in enumerate(topics, start=1)
    ]
    builder = Keyboard()
    for meeting in await meetings.recent():
        builder.button(
            text=i18n.get("btn-agenda-adopt", count=min(TOP, len(topics)),
                          title=meeting.title(i18n.locale)[:40]),
            callback_data=AgendaCb(action="adopt", item=meeting.id),
        )  # fmt: skip
    builder.adjust(1)
    await message.answer(
        i18n.get("agenda-ranking") + "\n" + "\n".join(lines), reply_markup=builder.as_markup()
    )


async def on_adopt(
    callback: CallbackQuery,
    callback_data: AgendaCb,
    i18n: I18nContext,
    settings: Settings,
    agenda: AgendaService,
    delivery: Delivery,
    actor: Actor,
) -> None:
    meeting, top = await agenda.adopt(
        actor, callback_data.item, TOP, i18n.locale, update_notice(i18n.core, settings)
    )
    delivery.wake()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("agenda-adopted", count=len(top), title=meeting.title(i18n.locale))
        )


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="agenda")
    committee = Router(name="agenda committee")
    committee.message.filter(IsAdvisoryOrOrganizer())
    committee.callback_query.filter(IsAdvisoryOrOrganizer())
    organizers = Router(name="agenda organizers")
    organizers.message.filter(IsOrganizer())
    organizers.callback_query.filter(IsOrganizer())
    router.include_routers(organizers, committee)
    committee.message.register(on_propose, Command("propose"))
    committee.message.register(on_topic, Propose.text, PLAIN_TEXT)
    committee.message.register(on_topic_not_text, Propose.text, NOT_COMMAND)
    committee.message.register(on_rank, Command("rank"))
    committee.callback_query.register(on_rank_press, AgendaCb.filter(F.action == "rank"))
    organizers.message.register(on_agenda, Command("agenda"))
    organizers.callback_query.register(on_adopt, AgendaCb.filter(F.action == "adopt"))
    return router
