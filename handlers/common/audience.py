"""The audience menu: actor types, governorates, sectors, the advisory committee, a meeting's
invitees or attendees, or everyone. Announcements, meetings and polls borrow it: each dialog
names its purpose in the FSM data and registers what follows Next in NEXT_STEPS."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import AnnounceCb, NavCb, PickCb
from bot.filters import IsOrganizer
from bot.keyboards import Keyboard
from bot.ui import multiselect_keyboard, redraw_multiselect, term_names, toggled
from storage.models import Meeting
from storage.services.audience import Audience
from storage.services.broadcasts import (
    BroadcastService,
)
from storage.services.meetings import MeetingService
from storage.services.taxonomy import Taxonomy, Term


class AudienceMenu(StatesGroup):
    audience = State()
    pick = State()


# Each dialog that borrows the menu: data["purpose"] names the step that follows Next.
NEXT_STEPS: dict[str, Callable[[Message, FSMContext, I18nContext, Taxonomy], Awaitable[None]]] = {}


DIMENSIONS = {"ant": "actor_types", "ang": "governorates", "ans": "sectors"}


def terms_for(step: str, taxonomy: Taxonomy) -> tuple[Term, ...]:
    return {
        "ant": taxonomy.actor_types,
        "ang": taxonomy.governorates,
        "ans": taxonomy.sectors,
    }[step]


def audience_summary(
    i18n: I18nContext,
    audience: Audience,
    taxonomy: Taxonomy,
    meeting_titles: dict[int, str] | None = None,
) -> str:
    meeting_titles = meeting_titles or {}
    if audience.everyone:
        return i18n.get("announce-everyone")
    lines = []
    if audience.actor_types:
        names = term_names(i18n, (taxonomy.actor_type(t) for t in audience.actor_types))
        lines.append(i18n.get("announce-filter-types", names=names))
    if audience.governorates:
        names = term_names(i18n, (taxonomy.governorate(g) for g in audience.governorates))
        lines.append(i18n.get("announce-filter-governorates", names=names))
    if audience.sectors:
        names = term_names(i18n, (taxonomy.sector(s) for s in audience.sectors))
        lines.append(i18n.get("announce-filter-sectors", names=names))
    if audience.advisory:
        lines.append(i18n.get("announce-filter-advisory"))
    if audience.meeting_id is not None:
        lines.append(
            i18n.get(
                f"announce-filter-meeting-{audience.meeting_scope}",
                title=meeting_titles.get(audience.meeting_id, "#" + str(audience.meeting_id)),
            )
        )
    return "\n".join(lines)


def audience_keyboard(i18n: I18nContext, audience: Audience) -> InlineKeyboardMarkup:
    builder = Keyboard()
    builder.button(
        text=i18n.get("btn-an-types", count=len(audience.actor_types)),
        callback_data=AnnounceCb(action="dim", item=0),
    )
    builder.button(
        text=i18n.get("btn-an-governorates", count=len(audience.governorates)),
        callback_data=AnnounceCb(action="dim", item=1),
    )
    builder.button(
        text=i18n.get("btn-an-sectors", count=len(audience.sectors)),
        callback_data=AnnounceCb(action="dim", item=2),
    )
    builder.button(
        text=i18n.get("btn-an-advisory", on="yes" if audience.advisory else "no"),
        callback_data=AnnounceCb(action="advisory"),
    )
    builder.button(text=i18n.get("btn-an-meeting"), callback_data=AnnounceCb(action="meetings"))
    builder.button(text=i18n.get("btn-an-everyone"), callback_data=AnnounceCb(action="everyone"))
    builder.button(text=i18n.get("btn-next"), callback_data=AnnounceCb(action="next"))
    builder.button(text=i18n.get("btn-cancel"), callback_data=AnnounceCb(action="cancel"))
    builder.adjust(2, 2, 2, 2)
    return builder.as_markup()


async def show_audience(
    target: Message,
    i18n: I18nContext,
    audience: Audience,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
    *,
    edit: bool,
    meeting_title: str | None = None,
    purpose: str = "announce",
) -> None:
    """The menu, headed by what the audience is for: an announcement, a meeting, a poll."""
    count = len(await broadcasts.recipients(audience))
    titles = {audience.meeting_id: meeting_title} if audience.meeting_id and meeting_title else {}
    text = i18n.get(
        "announce-audience",
        summary=audience_summary(i18n, audience, taxonomy, titles),
        count=count,
        purpose=purpose,
    )
    markup = audience_keyboard(i18n, audience)
    if edit:
        await target.edit_text(text, reply_markup=markup)
    else:
        await target.answer(text, reply_markup=markup)


def meeting_choices(i18n: I18nContext, meetings: list[Meeting]) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for meeting in meetings:
        title = meeting.title(i18n.locale)[:40]
        for action, key in (("minv", "btn-an-invitees"), ("matt", "btn-an-attendees")):
            builder.button(
                text=i18n.get(key, title=title),
                callback_data=AnnounceCb(action=action, item=meeting.id),
            )
    builder.button(text=i18n.get("btn-an-no-meeting"), callback_data=AnnounceCb(action="mnone"))
    builder.adjust(1)
    return builder.as_markup()


async def on_audience_button(
    callback: CallbackQuery,
    callback_data: AnnounceCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
    meetings: MeetingService,
) -> None:
    assert isinstance(callback.message, Message)
    data = await state.get_data()
    audience = Audience.from_data(data["audience"])
    action = callback_data.action
    if action == "cancel":
        await state.clear()
        await callback.answer()
        await callback.message.edit_text(i18n.get("announce-cancelled"))
        return
    if action == "next":
        if not await broadcasts.recipients(audience):
            await callback.answer(i18n.get("error-audience-empty"), show_alert=True)
            return
        await callback.answer()
        await callback.message.edit_reply_markup(reply_markup=None)
        next_step = NEXT_STEPS.get(str(data.get("purpose", "")))
        if next_step is None:  # a dialog this version does not know: start again
            await state.clear()
            await callback.message.answer(i18n.get("common-stale-button"))
            return
        await next_step(callback.message, state, i18n, taxonomy)
        return
    if action == "dim":
        step = ("ant", "ang", "ans")[min(max(callback_data.item, 0), 2)]
        chosen = getattr(audience, DIMENSIONS[step])
        await state.set_state(AudienceMenu.pick)
        await state.update_data(step=step)
        await callback.answer()
        key = {"ant": "announce-pick-types", "ang": "announce-pick-governorates"}.get(
            step, "announce-pick-sectors"
        )
        await callback.message.edit_text(
            i18n.get(key),
            reply_markup=multiselect_keyboard(
                i18n, step, terms_for(step, taxonomy), chosen, back=False, cancel=False
            ),
        )
        return
    if action == "meetings":
        await callback.answer()
        await callback.message.edit_text(
            i18n.get("announce-pick-meeting"),
            reply_markup=meeting_choices(i18n, await meetings.recent()),
        )
        return
    meeting_title = data.get("meeting_title")
    if action == "advisory":
        audience.advisory = not audience.advisory
    elif action == "everyone":
        audience = Audience()
    elif action in ("minv", "matt"):
        meeting = await meetings.get(callback_data.item)
        audience.meeting_id = meeting.id
        audience.meeting_scope = "attendees" if action == "matt" else "invitees"
        meeting_title = meeting.title(i18n.locale)
    elif action == "mnone":
        audience.meeting_id = None
    else:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await state.update_data(audience=audience.to_data(), meeting_title=meeting_title)
    await callback.answer()
    await show_audience(
        callback.message, i18n, audience, taxonomy, broadcasts, edit=True,
        meeting_title=meeting_title, purpose=str(data.get("purpose", "announce")),
    )  # fmt: skip


async def on_pick(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
) -> None:
    data = await state.get_data()
    if data.get("step") != callback_data.step:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    audience = Audience.from_data(data["audience"])
    field = DIMENSIONS[callback_data.step]
    terms = terms_for(callback_data.step, taxonomy)
    chosen = toggled(terms, getattr(audience, field), callback_data.item)
    if chosen is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    setattr(audience, field, chosen)
    await state.update_data(audience=audience.to_data())
    await redraw_multiselect(callback, i18n, callback_data.step, terms, chosen, back=False)


async def on_pick_done(
    callback: CallbackQuery,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
) -> None:
    assert isinstance(callback.message, Message)
    await state.set_state(AudienceMenu.audience)
    await callback.answer()
    data = await state.get_data()
    await show_audience(
        callback.message, i18n, Audience.from_data(data["audience"]), taxonomy, broadcasts,
        edit=True, meeting_title=data.get("meeting_title"),
        purpose=str(data.get("purpose", "announce")),
    )  # fmt: skip


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="audience menu")
    router.message.filter(IsOrganizer())
    router.callback_query.filter(IsOrganizer())
    router.callback_query.register(on_audience_button, AudienceMenu.audience, AnnounceCb.filter())
    router.callback_query.register(
        on_pick, AudienceMenu.pick, PickCb.filter(F.step.in_(DIMENSIONS.keys()))
    )
    router.callback_query.register(
        on_pick_done, AudienceMenu.pick, NavCb.filter(F.action == "done")
    )
    return router
