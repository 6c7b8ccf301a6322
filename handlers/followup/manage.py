"""Organizers' side of the follow-up: Track an approved recommendation from its review card, set
an item's due date, add owner organizations (by searching their name), delete an item, and
/tracker: counts by sector and status, overdue items, owners who have not reported, a chart and
the table with its history as CSV or XLSX."""

from __future__ import annotations

import asyncio

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import FollowupAdminCb, NavCb, PickCb
from bot.config import SUPPORTED_LOCALES, Settings
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsOrganizer
from bot.i18n import isolate, long_day
from bot.keyboards import Keyboard
from bot.notify import Reviewing, notify
from bot.ui import choice_keyboard, language_in, nav_keyboard, nav_row
from handlers.followup import steps
from handlers.followup.browse import send_card, today
from notices.followup import action_point_notice, level_label, short_text
from reports.charts import stacked_levels_chart
from reports.tables import to_csv, to_xlsx
from storage.models import FollowupItem, FollowupLevel
from storage.services.actors import Actor
from storage.services.followup import FollowupService, check_item_text, parse_due
from storage.services.meetings import MeetingService
from storage.services.organizations import OrganizationService
from storage.services.outbox import OutboxService
from storage.services.people import PeopleService
from storage.services.taxonomy import Taxonomy

LEVEL_COLORS = {
    FollowupLevel.NOT_REPORTED: "#bdbdbd",
    FollowupLevel.EXCEEDED: "#6a3d9a",
    FollowupLevel.MET: "#33a02c",
    FollowupLevel.LIMITED: "#ffbf00",
    FollowupLevel.NO_PROGRESS: "#e31a1c",
}


class ItemEdit(StatesGroup):
    due = State()
    owner = State()
    pillar = State()
    text = State()


class ActionPoint(StatesGroup):
    text = State()
    owners = State()
    due = State()


async def on_track(
    callback: CallbackQuery,
    callback_data: FollowupAdminCb,
    i18n: I18nContext,
    followup: FollowupService,
    organizations: OrganizationService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    """From the review card of an approved recommendation: its organization owns it at first."""
    update_id = callback_data.value
    owners = await followup.suggested_owners(update_id)
    item = await followup.track_update(actor, update_id, owners, None, today(settings))
    await callback.answer(i18n.get("followup-tracked", id=item.id))
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)
        await send_card(callback.message, i18n, followup, taxonomy, actor, settings, item.id)


EDITS = {"due": (ItemEdit.due, "followup-ask-due"), "owner": (ItemEdit.owner, "followup-ask-owner")}


async def on_edit(
    callback: CallbackQuery, callback_data: FollowupAdminCb, state: FSMContext, i18n: I18nContext
) -> None:
    """Due date or owner: the question, and the step that takes the answer."""
    step, question = EDITS[callback_data.action]
    await callback.answer()
    await state.set_state(step)
    await state.set_data({"item_id": callback_data.item_id})
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get(question), reply_markup=nav_keyboard(i18n, "fuedit", back=False)
        )


async def on_pillar(
    callback: CallbackQuery,
    callback_data: FollowupAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
) -> None:
    await callback.answer()
    await state.set_state(ItemEdit.pillar)
    await state.set_data({"item_id": callback_data.item_id})
    choices = [(p.id, p.name(i18n.locale)) for p in taxonomy.pillars]
    choices.append((0, i18n.get("followup-pillar-none")))
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("followup-ask-pillar"),
            reply_markup=choice_keyboard(i18n, "fupillar", choices, back=False),
        )


async def on_pillar_chosen(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    item_id = int((await state.get_data())["item_id"])
    await followup.set_pillar(actor, item_id, callback_data.item or None)
    await state.clear()
    await callback.answer(i18n.get("followup-pillar-saved"))
    if isinstance(callback.message, Message):
        await send_card(callback.message, i18n, followup, taxonomy, actor, settings, item_id)


async def on_translate(
    callback: CallbackQuery,
    callback_data: FollowupAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
) -> None:
    if callback_data.value >= len(SUPPORTED_LOCALES):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    locale = SUPPORTED_LOCALES[callback_data.value]
    await callback.answer()
    await state.set_state(ItemEdit.text)
    await state.set_data({"item_id": callback_data.item_id, "locale": locale})
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("followup-ask-translation", language=language_in(i18n, taxonomy, locale)),
            reply_markup=nav_keyboard(i18n, "fuedit", back=False),
        )


async def on_translation(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    data = await state.get_data()
    item_id = int(data["item_id"])
    await followup.set_text(actor, item_id, str(data["locale"]), message.text or "")
    await state.clear()
    await message.answer(i18n.get("followup-translation-saved"))
    await send_card(message, i18n, followup, taxonomy, actor, settings, item_id)


async def on_due_text(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    item_id = int((await state.get_data())["item_id"])
    await followup.set_due(actor, item_id, parse_due(message.text or ""), today(settings))
    await state.clear()
    await message.answer(i18n.get("followup-due-saved"))
    await send_card(message, i18n, followup, taxonomy, actor, settings, item_id)


async def on_owner_search(
    message: Message, state: FSMContext, i18n: I18nContext, organizations: OrganizationService
) -> None:
    item_id = int((await state.get_data())["item_id"])
    found = await organizations.search(message.text or "")
    if not found:
        await message.answer(i18n.get("followup-owner-none-found"))
        return
    builder = Keyboard()
    for organization in found:
        builder.button(
            text=organization.name(i18n.locale),
            callback_data=FollowupAdminCb(
                action="addowner", item_id=item_id, value=organization.id
            ),
        )
    builder.adjust(1)
    builder.row(*nav_row(i18n, "fuedit", back=False))
    await message.answer(i18n.get("followup-owner-pick"), reply_markup=builder.as_markup())


async def on_add_owner(
    callback: CallbackQuery,
    callback_data: FollowupAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    if (await state.get_data()).get("item_id") != callback_data.item_id:
        await callback.answer(i18n.get("common-step-over"), show_alert=True)
        return
    await followup.add_owner(actor, callback_data.item_id, callback_data.value)
    await state.clear()
    await callback.answer(i18n.get("followup-owner-added"))
    if isinstance(callback.message, Message):
        await send_card(
            callback.message, i18n, followup, taxonomy, actor, settings, callback_data.item_id
        )


async def on_delete(
    callback: CallbackQuery, callback_data: FollowupAdminCb, i18n: I18nContext,
    followup: FollowupService, actor: Actor,
) -> None:  # fmt: skip
    await followup.delete(actor, callback_data.item_id)
    await callback.answer(i18n.get("followup-deleted", id=callback_data.item_id))
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)


async def on_decide(
    callback: CallbackQuery,
    callback_data: FollowupAdminCb,
    i18n: I18nContext,
    followup: FollowupService,
    people: PeopleService,
    outbox: OutboxService,
    delivery: Delivery,
    actor: Actor,
    reviewing: Reviewing,
) -> None:
    """A representative's commitment: approved (then public) or rejected; they are told."""
    approve = callback_data.action == "approve"
    item = await followup.decide_commitment(actor, callback_data.item_id, approve)
    await reviewing.decided()  # each organizer's "to review" message
    await callback.answer(i18n.get("followup-commit-decided-alert", id=item.id))
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)
    if item.author_id is None:
        return
    author = await people.get(item.author_id)
    if author.telegram_id is None:
        return
    key = "followup-commit-approved" if approve else "followup-commit-rejected"
    with i18n.use_locale(author.locale or i18n.core.default_locale or "en"):
        text = i18n.get(key, id=item.id, text=short_text(item, i18n.locale, 160))
    await notify(outbox, delivery, author.telegram_id, text, f"fudecided:{item.id}")


# --- action points of a meeting ---------------------------------------------------------------


def point_owner_keyboard(
    i18n: I18nContext, found: list[tuple[int, str]] | None = None
) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for organization_id, name in found or []:
        builder.button(
            text=name, callback_data=FollowupAdminCb(action="pointowner", value=organization_id)
        )
    builder.adjust(1)
    builder.row(
        InlineKeyboardButton(
            text=i18n.get("btn-done"), callback_data=NavCb(action="done", step="fupoint").pack()
        ),
        *nav_row(i18n, "fupoint", back=False),
    )
    return builder.as_markup()


async def on_point(
    callback: CallbackQuery,
    callback_data: FollowupAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    meetings: MeetingService,
) -> None:
    meeting = await meetings.get(callback_data.value)
    await callback.answer()
    await state.set_state(ActionPoint.text)
    await state.set_data({"meeting_id": meeting.id, "owners": []})
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("followup-point-ask-text", meeting=meeting.title(i18n.locale)),
            reply_markup=nav_keyboard(i18n, "fupoint", back=False),
        )


async def on_point_text(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    text = check_item_text(message.text or "")
    await state.update_data(text=text)
    await state.set_state(ActionPoint.owners)
    await message.answer(
        i18n.get("followup-point-ask-owner"), reply_markup=point_owner_keyboard(i18n)
    )


async def on_point_owner_search(
    message: Message, i18n: I18nContext, organizations: OrganizationService
) -> None:
    found = await organizations.search(message.text or "")
    if not found:
        await message.answer(
            i18n.get("followup-owner-none-found"), reply_markup=point_owner_keyboard(i18n)
        )
        return
    choices = [(o.id, o.name(i18n.locale)) for o in found]
    await message.answer(
        i18n.get("followup-owner-pick"), reply_markup=point_owner_keyboard(i18n, choices)
    )


async def on_point_owner(
    callback: CallbackQuery,
    callback_data: FollowupAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    organizations: OrganizationService,
) -> None:
    organization = await organizations.get(callback_data.value)
    if organization is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    owners = list(dict.fromkeys([*(await state.get_data()).get("owners", []), organization.id]))
    await state.update_data(owners=owners)
    await callback.answer(
        i18n.get("followup-point-owner-added", organization=organization.name(i18n.locale))
    )
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("followup-point-owners", count=len(owners)),
            reply_markup=point_owner_keyboard(i18n),
        )


async def on_point_owners_done(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext
) -> None:
    await callback.answer()
    await state.set_state(ActionPoint.due)
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("followup-ask-due"), reply_markup=nav_keyboard(i18n, "fupoint", back=False)
        )


async def on_point_due(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    followup: FollowupService,
    meetings: MeetingService,
    delivery: Delivery,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    due = parse_due(message.text or "")
    data = await state.get_data()
    meeting = await meetings.get(int(data["meeting_id"]))
    core = i18n.core

    def render(item: FollowupItem, locale: str) -> list[dict[str, object]]:
        title = meeting.title(locale, settings.default_locale)
        return action_point_notice(core, taxonomy, item, title, locale)

    item = await followup.add_action_point(
        actor, meeting.id, str(data["text"]), i18n.locale, [], list(data.get("owners", [])),
        due, today(settings), render,
    )  # fmt: skip
    await state.clear()
    delivery.wake()
    await message.answer(i18n.get("followup-point-saved", id=item.id))
    await send_card(message, i18n, followup, taxonomy, actor, settings, item.id)


# --- /tracker ---------------------------------------------------------------------------------


async def on_tracker(
    message: Message,
    i18n: I18nContext,
    followup: FollowupService,
    organizations: OrganizationService,
    taxonomy: Taxonomy,
    settings: Settings,
) -> None:
    tracker = await followup.tracker(today(settings))
    if tracker.total == 0:
        await message.answer(i18n.get("tracker-empty"))
        return
    core, locale = i18n.core, i18n.locale
    lines = [i18n.get("tracker-header", count=tracker.total)]
    for sector in taxonomy.sectors:
        counts = tracker.by_sector.get(sector.id)
        if not counts:
            continue
        parts = [
            f"{level_label(core, locale, level)} {counts[level]}"
            for level in FollowupLevel
            if counts[level]
        ]
        lines.append(f"<b>{sector.name(locale)}</b>: " + " · ".join(parts))
    if tracker.overdue:
        lines.append("")
        lines.append(i18n.get("tracker-overdue", count=len(tracker.overdue)))
        for item in tracker.overdue[:10]:
            due = isolate(long_day(item.due_on, locale), locale) if item.due_on else "—"
            lines.append(f"⏰ #{item.id} {due} {short_text(item, locale)}")
    if tracker.silent_owners:
        lines.append("")
        lines.append(i18n.get("tracker-silent", count=len(tracker.silent_owners)))
        for organization_id, items in tracker.silent_owners.most_common(10):
            organization = await organizations.get(organization_id)
            name = organization.name(locale) if organization else "—"
            lines.append(i18n.get("tracker-silent-line", organization=name, count=items))
    if tracker.unreachable_owners:
        lines.append("")
        lines.append(i18n.get("tracker-unreachable", count=len(tracker.unreachable_owners)))
        for organization_id in tracker.unreachable_owners[:10]:
            organization = await organizations.get(organization_id)
            lines.append(f"• {organization.name(locale) if organization else '—'}")
    builder = Keyboard()
    for value, key in ((1, "btn-tracker-csv"), (2, "btn-tracker-xlsx")):
        builder.button(
            text=i18n.get(key), callback_data=FollowupAdminCb(action="export", value=value)
        )
    await message.answer("\n".join(lines), reply_markup=builder.as_markup())
    sectors = [s for s in taxonomy.sectors if tracker.by_sector.get(s.id)]
    series = [
        (
            level_label(core, locale, level).split(" ", 1)[-1],
            [tracker.by_sector[s.id][level] for s in sectors],
            LEVEL_COLORS[level],
        )
        for level in FollowupLevel
    ]
    chart = await asyncio.to_thread(
        stacked_levels_chart,
        i18n.get("tracker-chart-title"),
        [s.name(locale) for s in sectors],
        series,
        locale,
    )
    await message.answer_photo(
        BufferedInputFile(chart, filename="tracker.png"), caption=i18n.get("tracker-chart-title")
    )


async def on_export(
    callback: CallbackQuery,
    callback_data: FollowupAdminCb,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    table = await followup.table(actor, taxonomy, i18n.locale, today(settings))
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    if callback_data.value == 2:
        data, name = to_xlsx(table, i18n.locale), "tansiq-followup.xlsx"
    else:
        data, name = to_csv(table), "tansiq-followup.csv"
    await callback.message.answer_document(
        BufferedInputFile(data, filename=name),
        caption=i18n.get("tracker-export-caption", rows=len(table.rows)),
        protect_content=settings.protect_content,
    )


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="followup manage")
    router.message.filter(IsOrganizer())
    router.callback_query.filter(IsOrganizer())
    router.message.register(on_tracker, Command("tracker"))
    router.callback_query.register(on_export, FollowupAdminCb.filter(F.action == "export"))
    router.callback_query.register(on_track, FollowupAdminCb.filter(F.action == "track"))
    router.callback_query.register(on_edit, FollowupAdminCb.filter(F.action.in_({"due", "owner"})))
    router.callback_query.register(
        on_add_owner, ItemEdit.owner, FollowupAdminCb.filter(F.action == "addowner")
    )
    router.callback_query.register(on_delete, FollowupAdminCb.filter(F.action == "delete"))
    router.callback_query.register(
        on_decide, FollowupAdminCb.filter(F.action.in_({"approve", "reject"}))
    )
    router.callback_query.register(on_pillar, FollowupAdminCb.filter(F.action == "pillar"))
    router.callback_query.register(
        on_pillar_chosen, ItemEdit.pillar, PickCb.filter(F.step == "fupillar")
    )
    router.callback_query.register(on_translate, FollowupAdminCb.filter(F.action == "text"))
    router.message.register(on_translation, ItemEdit.text, PLAIN_TEXT)
    router.message.register(on_due_text, ItemEdit.due, PLAIN_TEXT)
    router.message.register(on_owner_search, ItemEdit.owner, PLAIN_TEXT)
    router.callback_query.register(
        steps.on_cancel, StateFilter(ItemEdit), NavCb.filter(F.step == "fuedit")
    )
    router.message.register(steps.on_not_text, StateFilter(ItemEdit), NOT_COMMAND)
    router.callback_query.register(on_point, FollowupAdminCb.filter(F.action == "point"))
    router.message.register(on_point_text, ActionPoint.text, PLAIN_TEXT)
    router.message.register(on_point_owner_search, ActionPoint.owners, PLAIN_TEXT)
    router.callback_query.register(
        on_point_owner, ActionPoint.owners, FollowupAdminCb.filter(F.action == "pointowner")
    )
    router.callback_query.register(
        on_point_owners_done,
        ActionPoint.owners,
        NavCb.filter((F.step == "fupoint") & (F.action == "done")),
    )
    router.message.register(on_point_due, ActionPoint.due, PLAIN_TEXT)
    router.callback_query.register(
        steps.on_cancel, StateFilter(ActionPoint), NavCb.filter(F.step == "fupoint")
    )
    router.message.register(steps.on_not_text, StateFilter(ActionPoint), NOT_COMMAND)
    return router
