"""/update: an actor sends a progress item, challenge or recommendation for a sector (the
governorates, a text within its limit, a link or document, named or anonymous); /myupdates."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram_i18n import I18nContext

from bot.callbacks import HomeCb, NavCb, PickCb, RoundAnswerCb
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved
from bot.i18n import Html
from bot.ui import (
    advance,
    choice_keyboard,
    enum_keyboard,
    multiselect_keyboard,
    nav_keyboard,
    toggled,
)
from handlers.common.dialogs import editing
from handlers.updates.preview import on_cancel, on_edit_field, on_submit, show_preview
from handlers.updates.steps import (
    KINDS,
    STATUS_ICON,
    NewUpdate,
    describe,
    draft_of,
    naming_keyboard,
    save,
    skip_keyboard,
)
from storage.models import Person, UpdateStatus
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
