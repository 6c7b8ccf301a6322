"""/round: an organizer asks every approved organization for its update for a period, watches
the answers arrive in one message, reminds the rest, closes the round. A representative answers
from the request: an update (the updates feature starts its dialog for the round) or "nothing
to report this period"."""

from __future__ import annotations

import html
from datetime import date, datetime, time, timedelta

from aiogram import F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import DayCb, NavCb, RoundAnswerCb, RoundCb
from bot.config import SUPPORTED_LOCALES, Settings
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved, IsOrganizer
from bot.i18n import long_moment, zone_label
from bot.keyboards import Keyboard
from bot.ui import language_in, nav_keyboard
from handlers.common.audience import NEXT_STEPS, AudienceMenu, show_audience
from handlers.common.day_picker import pressed_day, with_day_picker
from handlers.common.dialogs import on_not_text
from notices.rounds import progress_keyboard, progress_text, report_issued, request
from storage.models import ReportingRound
from storage.services.actors import Actor
from storage.services.audience import Audience
from storage.services.broadcasts import BroadcastService
from storage.services.dates import parse_day
from storage.services.errors import InvalidInput
from storage.services.newsletters import quarter
from storage.services.rounds import REOPEN_DAYS, RoundService, parse_questions
from storage.services.taxonomy import Taxonomy
from storage.services.translations import TranslationService

SILENT_SHOWN = 40


class OpenRound(StatesGroup):
    period = State()
    deadline = State()
    questions = State()
    confirm = State()


def today(settings: Settings) -> datetime:
    return datetime.now(settings.tz)


async def show_progress(
    message: Message, i18n: I18nContext, rounds: RoundService, taxonomy: Taxonomy,
    settings: Settings, round_: ReportingRound, edit: bool = False,
) -> None:  # fmt: skip
    progress = await rounds.progress(round_.id)
    text = progress_text(i18n.core, taxonomy, i18n.locale, progress, settings.tz)
    markup = InlineKeyboardMarkup.model_validate(
        progress_keyboard(i18n.core, i18n.locale, progress.round)
    )
    if edit:
        try:
            await message.edit_text(text, reply_markup=markup)
        except TelegramBadRequest as error:  # nothing changed: Telegram refuses such an edit
            if "not modified" not in error.message:
                raise
        return
    shown = await message.answer(text, reply_markup=markup)
    await rounds.follow_progress(round_.id, shown.chat.id, shown.message_id, i18n.locale, text)


# --- the organizer ------------------------------------------------------------------------


async def on_round(
    message: Message, state: FSMContext, i18n: I18nContext, rounds: RoundService,
    taxonomy: Taxonomy, settings: Settings,
) -> None:  # fmt: skip
    current = await rounds.latest_open()
    if current is not None:
        await show_progress(message, i18n, rounds, taxonomy, settings, current)
        return
    await state.set_state(OpenRound.period)
    builder = Keyboard()
    for offset in (0, -1):
        period = quarter(today(settings).date(), settings.tz, offset)
        builder.button(
            text=i18n.get("btn-round-quarter", period=period.label),
            callback_data=RoundCb(action="period", value=offset),
        )
    builder.adjust(1)
    builder.row(*nav_keyboard(i18n, "round", back=False).inline_keyboard[0])
    await message.answer(i18n.get("round-ask-period"), reply_markup=builder.as_markup())


async def on_start_from_menu(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, rounds: RoundService,
    taxonomy: Taxonomy, settings: Settings,
) -> None:  # fmt: skip
    """The report's menu: "ask the organizations first", as /round does."""
    await callback.answer()
    if isinstance(callback.message, Message):
        await on_round(callback.message, state, i18n, rounds, taxonomy, settings)


async def on_period(
    callback: CallbackQuery, callback_data: RoundCb, state: FSMContext, i18n: I18nContext,
    settings: Settings, taxonomy: Taxonomy, broadcasts: BroadcastService,
) -> None:  # fmt: skip
    period = quarter(today(settings).date(), settings.tz, max(-1, min(0, callback_data.value)))
    last = (period.end - timedelta(days=1)).date()
    suggested = max(today(settings).date() + timedelta(days=14), last + timedelta(days=14))
    await state.update_data(
        start=period.start.date().isoformat(), end=last.isoformat(), purpose="round",
        audience=Audience().to_data(), example=suggested.strftime("%d/%m/%Y"),
        tz=zone_label(i18n.core, i18n.locale, settings.timezone),
        today=today(settings).date().isoformat(),  # where the deadline's picker starts
    )  # fmt: skip
    # Who is asked: every approved organization, or those of an audience as for announcements.
    await state.set_state(AudienceMenu.audience)
    await callback.answer()
    if isinstance(callback.message, Message):
        await show_audience(
            callback.message, i18n, Audience(), taxonomy, broadcasts, edit=False, purpose="round"
        )


async def after_audience(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    """The audience menu's Next: the deadline."""
    data = await state.get_data()
    await state.set_state(OpenRound.deadline)
    first = datetime.fromisoformat(data["today"]).date() if data.get("today") else date.today()
    await message.answer(
        i18n.get("round-ask-deadline", example=data["example"], tz=data["tz"]),
        reply_markup=with_day_picker(i18n, "rddl", first, nav_keyboard(i18n, "round", back=False)),
    )


async def on_deadline(
    message: Message, state: FSMContext, i18n: I18nContext, settings: Settings
) -> None:
    try:
        day = parse_day(message.text or "")
    except ValueError:
        raise InvalidInput("round-deadline-format", example="31/12/2026") from None
    await deadline_chosen(message, state, i18n, settings, day)


async def on_deadline_day(
    callback: CallbackQuery, callback_data: DayCb, state: FSMContext, i18n: I18nContext,
    settings: Settings,
) -> None:  # fmt: skip
    """A day pressed in the picker: taken as the same day typed."""
    day = await pressed_day(callback, callback_data, i18n)
    if day is None or not isinstance(callback.message, Message):
        return
    await deadline_chosen(callback.message, state, i18n, settings, day)


async def deadline_chosen(
    message: Message, state: FSMContext, i18n: I18nContext, settings: Settings, day: date
) -> None:
    deadline = datetime.combine(day, time(23, 59), settings.tz)
    if deadline <= today(settings):
        raise InvalidInput("error-time-past")
    await state.update_data(deadline=deadline.isoformat())
    await state.set_state(OpenRound.questions)
    builder = Keyboard()
    builder.button(text=i18n.get("btn-skip"), callback_data=NavCb(action="skip", step="round"))
    builder.row(*nav_keyboard(i18n, "round", back=False).inline_keyboard[0])
    await message.answer(i18n.get("round-ask-questions"), reply_markup=builder.as_markup())


async def on_questions(
    message: Message, state: FSMContext, i18n: I18nContext, rounds: RoundService,
    taxonomy: Taxonomy, actor: Actor, translations: TranslationService, settings: Settings,
) -> None:  # fmt: skip
    questions = parse_questions(message.text or "", list(taxonomy.sectors), i18n.locale)
    await state.update_data(questions=questions)
    await to_preview(message, state, i18n, rounds, actor, translations, settings, taxonomy)


async def on_questions_skip(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, rounds: RoundService,
    actor: Actor, translations: TranslationService, settings: Settings, taxonomy: Taxonomy,
) -> None:  # fmt: skip
    await callback.answer()
    await state.update_data(questions={})
    if isinstance(callback.message, Message):
        await to_preview(
            callback.message, state, i18n, rounds, actor, translations, settings, taxonomy
        )


async def to_preview(
    message: Message, state: FSMContext, i18n: I18nContext, rounds: RoundService, actor: Actor,
    translations: TranslationService, settings: Settings, taxonomy: Taxonomy,
) -> None:  # fmt: skip
    await state.set_state(OpenRound.confirm)
    data = await state.get_data()
    preview = await rounds.preview(actor, Audience.from_data(data.get("audience")))
    period = (date.fromisoformat(data["start"]), date.fromisoformat(data["end"]))
    lacking = await translations.lacking(period, settings.tz, SUPPORTED_LOCALES)
    builder = Keyboard()
    builder.button(text=i18n.get("btn-round-open"), callback_data=RoundCb(action="open"))
    builder.button(text=i18n.get("btn-cancel"), callback_data=RoundCb(action="abort"))
    deadline = datetime.fromisoformat(data["deadline"])
    text = i18n.get(
        "round-preview", period=f"{data['start']} – {data['end']}",
        deadline=long_moment(deadline, i18n.locale), organizations=preview.organizations,
        people=preview.people, unreachable=preview.unreachable,
    )  # fmt: skip
    if data.get("questions"):
        text += "\n" + i18n.get("round-preview-questions", count=len(data["questions"]))
    if any(lacking.values()):  # what the period's report would show untranslated today
        text += "\n" + i18n.get(
            "round-preview-untranslated",
            counts=i18n.get("common-list-separator").join(
                i18n.get(
                    "round-untranslated-in", language=language_in(i18n, taxonomy, code), count=n
                )
                for code, n in lacking.items()
                if n
            ),
        )
    await message.answer(text, reply_markup=builder.as_markup())


async def on_open(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, rounds: RoundService,
    taxonomy: Taxonomy, settings: Settings, actor: Actor, delivery: Delivery,
) -> None:  # fmt: skip
    data = await state.get_data()
    if "deadline" not in data:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    round_ = await rounds.open(
        actor,
        (datetime.fromisoformat(data["start"]).date(), datetime.fromisoformat(data["end"]).date()),
        datetime.fromisoformat(data["deadline"]),
        Audience.from_data(data.get("audience")),
        data.get("questions") or {},
        request(i18n.core, taxonomy, settings.tz),
    )
    await state.clear()
    delivery.wake()
    await callback.answer(i18n.get("round-opened"))
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)
        await show_progress(callback.message, i18n, rounds, taxonomy, settings, round_)


async def on_abort(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(i18n.get("round-cancelled"))


async def on_manage(
    callback: CallbackQuery, callback_data: RoundCb, i18n: I18nContext, rounds: RoundService,
    taxonomy: Taxonomy, settings: Settings, actor: Actor, delivery: Delivery,
) -> None:  # fmt: skip
    round_ = await rounds.get(callback_data.round_id)
    if callback_data.action == "remind":
        queued = await rounds.remind(
            actor, round_.id, request(i18n.core, taxonomy, settings.tz, True)
        )
        delivery.wake()
        await callback.answer(i18n.get("round-reminded", count=queued), show_alert=True)
    elif callback_data.action == "close":
        round_ = await rounds.close(actor, round_.id)
        await callback.answer(i18n.get("round-closed"))
    elif callback_data.action == "reopen":
        round_ = await rounds.reopen(actor, round_.id)
        await callback.answer(i18n.get("round-reopened", days=REOPEN_DAYS), show_alert=True)
    elif callback_data.action == "tell":
        told = await rounds.tell_report_issued(actor, round_.id, report_issued(i18n.core))
        delivery.wake()
        await callback.answer(i18n.get("round-told", count=told), show_alert=True)
        if isinstance(callback.message, Message) and callback.message.reply_markup is not None:
            # Only this button goes: the report's other buttons (its files) stay.
            rows = [
                row
                for row in callback.message.reply_markup.inline_keyboard
                if not any(button.callback_data == callback.data for button in row)
            ]
            await callback.message.edit_reply_markup(
                reply_markup=InlineKeyboardMarkup(inline_keyboard=rows) if rows else None
            )
        return
    elif callback_data.action == "silent":
        silent = await rounds.silent(round_.id, SILENT_SHOWN + 1)
        await callback.answer()
        names = [f"• {html.escape(o.name(i18n.locale))}" for o in silent[:SILENT_SHOWN]]
        text = i18n.get("round-silent", count=len(silent)) + (
            "\n" + "\n".join(names) if names else ""
        )
        if isinstance(callback.message, Message):
            await callback.message.answer(text)
        return
    else:
        await callback.answer()
    if isinstance(callback.message, Message):
        await show_progress(callback.message, i18n, rounds, taxonomy, settings, round_, edit=True)


# --- a representative -------------------------------------------------------------------


async def on_nothing(
    callback: CallbackQuery, callback_data: RoundAnswerCb, i18n: I18nContext,
    rounds: RoundService, actor: Actor,
) -> None:  # fmt: skip
    row = await rounds.answer_nothing(actor, callback_data.round_id)
    mine = row.answered_by_id == actor.person_id
    await callback.answer(
        i18n.get("round-nothing-recorded" if mine else "round-answered-already"), show_alert=True
    )
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="rounds")
    members = Router(name="rounds answers")
    members.callback_query.filter(IsApproved())
    members.callback_query.register(on_nothing, RoundAnswerCb.filter(F.action == "nothing"))
    organizers = Router(name="rounds organizers")
    organizers.message.filter(IsOrganizer())
    organizers.callback_query.filter(IsOrganizer())
    organizers.message.register(on_round, Command("round"))
    organizers.callback_query.register(on_start_from_menu, RoundCb.filter(F.action == "start"))
    organizers.callback_query.register(
        on_period, OpenRound.period, RoundCb.filter(F.action == "period")
    )
    organizers.message.register(on_deadline, OpenRound.deadline, PLAIN_TEXT)
    organizers.callback_query.register(
        on_deadline_day, OpenRound.deadline, DayCb.filter((F.step == "rddl") & (F.day != ""))
    )
    organizers.message.register(on_questions, OpenRound.questions, PLAIN_TEXT)
    organizers.callback_query.register(
        on_questions_skip, OpenRound.questions, NavCb.filter(F.action == "skip")
    )
    organizers.callback_query.register(
        on_open, OpenRound.confirm, RoundCb.filter(F.action == "open")
    )
    organizers.callback_query.register(on_abort, RoundCb.filter(F.action == "abort"))
    organizers.callback_query.register(
        on_abort, StateFilter(OpenRound), NavCb.filter(F.step == "round")
    )
    organizers.callback_query.register(
        on_manage,
        RoundCb.filter(F.action.in_({"refresh", "silent", "remind", "close", "reopen", "tell"})),
    )
    organizers.message.register(on_not_text, StateFilter(OpenRound), NOT_COMMAND)
    router.include_routers(members, organizers)
    NEXT_STEPS["round"] = after_audience
    return router
