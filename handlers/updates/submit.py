"""/update: an actor sends a progress item, challenge or recommendation for a sector (the
governorates, a text within its limit, a link or document, named or anonymous); /myupdates."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import HomeCb, NavCb, PickCb, RoundAnswerCb
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved
from bot.i18n import Html
from bot.keyboards import Keyboard
from bot.notify import Reviewing
from bot.ui import (
    advance,
    choice_keyboard,
    edit_in_place,
    enum_keyboard,
    multiselect_keyboard,
    nav_keyboard,
    term_names,
    toggled,
)
from handlers.common.dialogs import editing
from storage.models import Person, SectorUpdate, UpdateKind, UpdateStatus
from storage.services.actors import Actor
from storage.services.rounds import RoundService
from storage.services.taxonomy import Taxonomy
from storage.services.updates import (
    TEXT_MAX,
    UpdateDraft,
    UpdateService,
    check_update_text,
)
from storage.services.validation import DOCUMENT_MAX_BYTES, validate_link

KINDS = tuple(UpdateKind)
STATUS_ICON = {UpdateStatus.PENDING: "⏳", UpdateStatus.APPROVED: "✅", UpdateStatus.REJECTED: "❌"}


class NewUpdate(StatesGroup):
    sector = State()
    kind = State()
    governorates = State()
    text = State()
    attachment = State()
    naming = State()
    confirm = State()


# --- rendering ------------------------------------------------------------------------------


def describe(
    i18n: I18nContext, taxonomy: Taxonomy, update: SectorUpdate | UpdateDraft
) -> dict[str, str]:
    sector = taxonomy.sector(update.sector_id) if update.sector_id else None
    governorates = (
        [taxonomy.governorate(g) for g in update.governorates]
        if isinstance(update, UpdateDraft)
        else [taxonomy.governorate(g.id) for g in update.governorates]
    )
    return {
        "sector": sector.name(i18n.locale) if sector else "—",
        "kind": i18n.get(f"update-kind-{update.kind}"),
        "governorates": term_names(i18n, governorates),
    }


def attribution(i18n: I18nContext, taxonomy: Taxonomy, person: Person, anonymous: bool) -> str:
    organization = person.organization
    if organization is None:
        return "—"
    if anonymous:
        term = taxonomy.actor_type(organization.actor_type_id)
        return i18n.get("update-anonymous-as", type=term.name(i18n.locale) if term else "—")
    return organization.name(i18n.locale)


# --- actors: /update ------------------------------------------------------------------------


async def on_update(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    await begin(message, state, i18n, taxonomy, UpdateDraft())


async def on_home_button(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    """Send an update, from the home card: the dialog starts under it, as /update does."""
    await callback.answer()
    if isinstance(callback.message, Message):
        await begin(callback.message, state, i18n, taxonomy, UpdateDraft())


async def begin(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy, draft: UpdateDraft
) -> None:
    await state.set_state(NewUpdate.sector)
    await state.set_data({"draft": draft.to_data()})
    await message.answer(
        i18n.get("update-ask-sector"),
        reply_markup=choice_keyboard(
            i18n, "usec", ((s.id, s.name(i18n.locale)) for s in taxonomy.sectors), back=False
        ),
    )


async def on_round_update(
    callback: CallbackQuery,
    callback_data: RoundAnswerCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    rounds: RoundService,
    actor: Actor,
) -> None:
    """From a reporting round's request: the /update dialog, its update answering the round
    for the organization (a round closed meanwhile still takes it, marked late)."""
    round_ = await rounds.get(callback_data.round_id)
    await rounds.check_asked(actor, round_.id)
    await callback.answer()
    if isinstance(callback.message, Message):
        await begin(callback.message, state, i18n, taxonomy, UpdateDraft(round_id=round_.id))


async def draft_of(state: FSMContext) -> UpdateDraft:
    return UpdateDraft.from_data((await state.get_data()).get("draft"))


async def save(state: FSMContext, draft: UpdateDraft) -> None:
    await state.update_data(draft=draft.to_data())


async def on_sector(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    person: Person,
) -> None:
    if taxonomy.sector(callback_data.item) is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    draft = await draft_of(state)
    draft.sector_id = callback_data.item
    await save(state, draft)
    if await editing(state):
        await callback.answer()
        assert isinstance(callback.message, Message)
        await show_preview(callback.message, state, i18n, taxonomy, person, edit=True)
        return
    await advance(
        callback,
        state,
        NewUpdate.kind,
        i18n.get("update-ask-kind"),
        enum_keyboard(i18n, "ukind", KINDS, "update-kind-"),
    )


async def on_kind(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    person: Person,
) -> None:
    if not 0 <= callback_data.item < len(KINDS):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    draft = await draft_of(state)
    draft.kind = KINDS[callback_data.item]
    await save(state, draft)
    if await editing(state):
        await callback.answer()
        assert isinstance(callback.message, Message)
        await show_preview(callback.message, state, i18n, taxonomy, person, edit=True)
        return
    await advance(
        callback,
        state,
        NewUpdate.governorates,
        i18n.get("update-ask-governorates"),
        multiselect_keyboard(i18n, "ugov", taxonomy.governorates, draft.governorates, back=False),
    )


async def on_governorate(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
) -> None:
    draft = await draft_of(state)
    chosen = toggled(taxonomy.governorates, draft.governorates, callback_data.item)
    if chosen is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    draft.governorates = chosen
    await save(state, draft)
    await callback.answer()
    assert isinstance(callback.message, Message)
    await callback.message.edit_reply_markup(
        reply_markup=multiselect_keyboard(i18n, "ugov", taxonomy.governorates, chosen, back=False)
    )


async def on_governorates_done(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy,
    person: Person,
) -> None:  # fmt: skip
    draft = await draft_of(state)
    if not draft.governorates:
        await callback.answer(i18n.get("update-need-governorate"), show_alert=True)
        return
    await callback.answer()
    assert isinstance(callback.message, Message)
    if await editing(state):
        await show_preview(callback.message, state, i18n, taxonomy, person, edit=True)
        return
    await state.set_state(NewUpdate.text)
    await callback.message.edit_reply_markup(reply_markup=None)
    await callback.message.answer(
        i18n.get("update-ask-text", max=TEXT_MAX),
        reply_markup=nav_keyboard(i18n, "utext", back=False),
    )


async def on_text(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy, person: Person
) -> None:
    draft = await draft_of(state)
    # Kept as typed (plain text): it is escaped wherever it is shown.
    draft.text = check_update_text(message.text or "")
    await save(state, draft)
    if await editing(state):
        await show_preview(message, state, i18n, taxonomy, person, edit=False)
        return
    await state.set_state(NewUpdate.attachment)
    await message.answer(
        i18n.get("update-text-kept", length=len(draft.text), left=TEXT_MAX - len(draft.text)),
    )
    await message.answer(i18n.get("update-ask-attachment"), reply_markup=skip_keyboard(i18n))


async def on_text_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


def skip_keyboard(i18n: I18nContext) -> InlineKeyboardMarkup:
    builder = Keyboard()
    builder.button(text=i18n.get("btn-skip"), callback_data=NavCb(action="skip", step="uatt"))
    builder.button(text=i18n.get("btn-cancel"), callback_data=NavCb(action="cancel", step="uatt"))
    return builder.as_markup()


async def on_document(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy, person: Person
) -> None:
    document = message.document
    assert document is not None
    if (document.file_size or 0) > DOCUMENT_MAX_BYTES:
        await message.answer(i18n.get("update-document-too-big", max=DOCUMENT_MAX_BYTES // 2**20))
        return
    draft = await draft_of(state)
    draft.link = None  # one source: the file replaces a link given before
    draft.document_file_id = document.file_id
    draft.document_name = (document.file_name or "document")[:200]
    await save(state, draft)
    await ask_naming(message, state, i18n, taxonomy, person)


async def on_link(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy, person: Person
) -> None:
    draft = await draft_of(state)
    draft.link = validate_link(message.text or "")
    draft.document_file_id = draft.document_name = None  # one source, as above
    await save(state, draft)
    await ask_naming(message, state, i18n, taxonomy, person)


async def on_attachment_wrong(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("update-attachment-wrong"))


async def on_attachment_skip(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy,
    person: Person,
) -> None:  # fmt: skip
    await callback.answer()
    assert isinstance(callback.message, Message)
    if await editing(state):  # "no link or file" is the answer to the edit
        draft = await draft_of(state)
        draft.link = draft.document_file_id = draft.document_name = None
        await save(state, draft)
        await show_preview(callback.message, state, i18n, taxonomy, person, edit=True)
        return
    await callback.message.edit_reply_markup(reply_markup=None)
    await ask_naming(callback.message, state, i18n, taxonomy, person)


async def ask_naming(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy, person: Person
) -> None:
    """The step after the attachment, or back to the preview when the attachment was edited."""
    if await editing(state):
        await show_preview(message, state, i18n, taxonomy, person, edit=False)
        return
    await state.set_state(NewUpdate.naming)
    await message.answer(i18n.get("update-ask-naming"), reply_markup=naming_keyboard(i18n))


def naming_keyboard(i18n: I18nContext) -> InlineKeyboardMarkup:
    builder = Keyboard()
    builder.button(
        text=i18n.get("btn-update-anonymous"), callback_data=PickCb(step="uname", item=1)
    )
    builder.button(text=i18n.get("btn-update-named"), callback_data=PickCb(step="uname", item=0))
    builder.adjust(1)
    builder.row(*nav_keyboard(i18n, "uname", back=False).inline_keyboard[0])
    return builder.as_markup()


async def on_naming(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    person: Person,
) -> None:
    draft = await draft_of(state)
    draft.anonymous = callback_data.item != 0
    await save(state, draft)
    await callback.answer()
    assert isinstance(callback.message, Message)
    await show_preview(callback.message, state, i18n, taxonomy, person, edit=True)


# The preview's ✏️ buttons, in the order of the dialog (PickCb item: the index).
EDITABLE = ("sector", "kind", "governorates", "text", "attachment", "naming")


async def show_preview(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy, person: Person,
    *, edit: bool,
) -> None:  # fmt: skip
    """The update as it will be sent, with Submit, a ✏️ per field and Cancel: in place of the
    step's message whose button was pressed (`edit`), or under the text just typed."""
    draft = await draft_of(state)
    await state.set_state(NewUpdate.confirm)
    await state.update_data(editing=False)
    builder = Keyboard()
    builder.button(
        text=i18n.get("btn-update-submit"), callback_data=NavCb(action="submit", step="uconf")
    )
    for index, field in enumerate(EDITABLE):
        builder.button(
            text=i18n.get(f"btn-update-edit-{field}"),
            callback_data=PickCb(step="uedit", item=index),
        )
    builder.button(text=i18n.get("btn-cancel"), callback_data=NavCb(action="cancel", step="uconf"))
    builder.adjust(1, 2, 2, 2, 1)
    text = i18n.get(
        "update-preview",
        **describe(i18n, taxonomy, draft),
        text=draft.text or "",
        link=draft.link or draft.document_name or "—",
        by=attribution(i18n, taxonomy, person, draft.anonymous),
    )
    if edit:
        await edit_in_place(message, text, builder.as_markup())
    else:
        await message.answer(text, reply_markup=builder.as_markup())


async def on_edit_field(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
) -> None:
    """One field asked again, as the dialog asked it; its answer goes back to the preview."""
    if not 0 <= callback_data.item < len(EDITABLE):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    draft = await draft_of(state)
    await state.update_data(editing=True)
    field = EDITABLE[callback_data.item]
    if field == "sector":
        sectors = ((s.id, s.name(i18n.locale)) for s in taxonomy.sectors)
        step, text = NewUpdate.sector, i18n.get("update-ask-sector")
        markup = choice_keyboard(i18n, "usec", sectors, back=False)
    elif field == "kind":
        step, text = NewUpdate.kind, i18n.get("update-ask-kind")
        markup = enum_keyboard(i18n, "ukind", KINDS, "update-kind-")
    elif field == "governorates":
        step, text = NewUpdate.governorates, i18n.get("update-ask-governorates")
        markup = multiselect_keyboard(
            i18n, "ugov", taxonomy.governorates, draft.governorates, back=False
        )
    elif field == "text":
        step, text = NewUpdate.text, i18n.get("update-ask-text", max=TEXT_MAX)
        markup = nav_keyboard(i18n, "utext", back=False)
    elif field == "attachment":
        step, text = NewUpdate.attachment, i18n.get("update-ask-attachment")
        markup = skip_keyboard(i18n)
    else:
        step, text, markup = NewUpdate.naming, i18n.get("update-ask-naming"), naming_keyboard(i18n)
    await advance(callback, state, step, text, markup)


async def on_submit(
    callback: CallbackQuery,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    person: Person,
    updates: UpdateService,
    reviewing: Reviewing,
) -> None:
    draft = await draft_of(state)
    update = await updates.submit(person, draft, i18n.locale)
    await state.clear()
    await callback.answer()
    assert isinstance(callback.message, Message)
    await callback.message.edit_reply_markup(reply_markup=None)
    await callback.message.answer(i18n.get("update-submitted", id=update.id))

    await reviewing.arrived()  # each organizer's "to review" message, not a notice each


async def on_cancel(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(i18n.get("update-cancelled"))


async def on_mine(
    message: Message, i18n: I18nContext, taxonomy: Taxonomy, person: Person, updates: UpdateService
) -> None:
    mine = await updates.mine(person.id)
    if not mine:
        await message.answer(i18n.get("update-mine-none"))
        return
    lines = [i18n.get("update-mine-header")]
    for update in mine:
        line = i18n.get(
            "update-mine-line",
            icon=STATUS_ICON.get(UpdateStatus(update.status), "•"),
            id=update.id,
            status=update.status,
            **describe(i18n, taxonomy, update),
        )
        if update.status == UpdateStatus.REJECTED and update.rejection_reason:
            line += "\n" + i18n.get("update-mine-reason", reason=update.rejection_reason)
        lines.append(line)
    await message.answer(Html("\n\n".join(lines)))


# --- organizers: the review queue ----------------------------------------------------------


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    actors = Router(name="updates actors")
    actors.message.filter(IsApproved())
    actors.callback_query.filter(IsApproved())
    actors.message.register(on_update, Command("update"))
    actors.callback_query.register(on_home_button, HomeCb.filter(F.action == "update"))
    actors.callback_query.register(on_round_update, RoundAnswerCb.filter(F.action == "update"))
    actors.callback_query.register(on_sector, NewUpdate.sector, PickCb.filter(F.step == "usec"))
    actors.callback_query.register(on_kind, NewUpdate.kind, PickCb.filter(F.step == "ukind"))
    actors.callback_query.register(
        on_governorate, NewUpdate.governorates, PickCb.filter(F.step == "ugov")
    )
    actors.callback_query.register(
        on_governorates_done, NewUpdate.governorates, NavCb.filter(F.action == "done")
    )
    actors.message.register(on_text, NewUpdate.text, PLAIN_TEXT)
    actors.message.register(on_text_not_text, NewUpdate.text, NOT_COMMAND)
    actors.message.register(on_document, NewUpdate.attachment, F.document)
    actors.message.register(on_link, NewUpdate.attachment, PLAIN_TEXT)
    actors.message.register(on_attachment_wrong, NewUpdate.attachment, NOT_COMMAND)
    actors.callback_query.register(
        on_attachment_skip, NewUpdate.attachment, NavCb.filter(F.action == "skip")
    )
    actors.callback_query.register(on_naming, NewUpdate.naming, PickCb.filter(F.step == "uname"))
    actors.callback_query.register(on_submit, NewUpdate.confirm, NavCb.filter(F.action == "submit"))
    actors.callback_query.register(
        on_edit_field, NewUpdate.confirm, PickCb.filter(F.step == "uedit")
    )
    actors.callback_query.register(
        on_cancel, StateFilter(NewUpdate), NavCb.filter(F.action == "cancel")
    )
    actors.message.register(on_mine, Command("myupdates"))
    return actors
