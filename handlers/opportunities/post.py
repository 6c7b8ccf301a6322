"""/opportunity: an approved member or an organizer posts a call for proposals, training, job,
funding, event or other (kind, title, text, a link or a document, sectors, governorates,
deadline); it waits for an organizer's review, and the organizers hear of it."""

from __future__ import annotations

from datetime import datetime

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram_i18n import I18nContext

from bot.callbacks import DayCb, NavCb, OpportunityCb, PickCb
from bot.config import Settings
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved
from bot.ui import (
    advance,
    choice_keyboard,
    multiselect_keyboard,
    nav_keyboard,
    redraw_multiselect,
    toggled,
)
from handlers.common.day_picker import picked_day
from handlers.common.dialogs import editing, on_not_text
from handlers.opportunities.preview import (
    back_to_preview,
    on_cancel,
    on_edit_field,
    on_submit,
    show_preview,
)
from handlers.opportunities.steps import (
    NewOpportunity,
    deadline_prompt,
    draft_of,
    save,
    skip_keyboard,
)
from notices.opportunities import kind_label
from storage.services.opportunities import (
    KINDS,
    TEXT_MAX,
    TITLE_MAX,
    OpportunityDraft,
    check_text,
    check_title,
    parse_deadline,
)
from storage.services.taxonomy import Taxonomy
from storage.services.validation import DOCUMENT_MAX_BYTES, validate_link


async def start(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    await state.set_state(NewOpportunity.kind)
    await state.set_data({"draft": OpportunityDraft().to_data()})
    kinds = ((n, kind_label(i18n.core, i18n.locale, kind)) for n, kind in enumerate(KINDS))
    await message.answer(
        i18n.get("opportunity-ask-kind"),
        reply_markup=choice_keyboard(i18n, "okind", kinds, back=False),
    )


async def on_opportunity(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    await start(message, state, i18n)


async def on_post_button(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await callback.answer()
    if isinstance(callback.message, Message):
        await start(callback.message, state, i18n)


async def on_kind(
    callback: CallbackQuery, callback_data: PickCb, state: FSMContext, i18n: I18nContext,
    taxonomy: Taxonomy,
) -> None:  # fmt: skip
    if not 0 <= callback_data.item < len(KINDS):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    draft = await draft_of(state)
    draft.kind = KINDS[callback_data.item]
    await save(state, draft)
    if await back_to_preview(callback, state, i18n, taxonomy):
        return
    await advance(
        callback, state, NewOpportunity.title,
        i18n.get("opportunity-ask-title", max=TITLE_MAX), nav_keyboard(i18n, "otitle", back=False),
    )  # fmt: skip


async def on_title(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    draft = await draft_of(state)
    draft.title = check_title(message.text or "")
    await save(state, draft)
    if await editing(state):
        await show_preview(message, state, i18n, taxonomy, edit=False)
        return
    await state.set_state(NewOpportunity.text)
    await message.answer(
        i18n.get("opportunity-ask-text", max=TEXT_MAX),
        reply_markup=nav_keyboard(i18n, "otext", back=False),
    )


async def on_text(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    draft = await draft_of(state)
    draft.text = check_text(message.text or "")  # kept as typed; escaped wherever shown
    await save(state, draft)
    if await editing(state):
        await show_preview(message, state, i18n, taxonomy, edit=False)
        return
    await state.set_state(NewOpportunity.attachment)
    await message.answer(
        i18n.get("opportunity-text-kept", length=len(draft.text), left=TEXT_MAX - len(draft.text))
    )
    await message.answer(i18n.get("opportunity-ask-attachment"), reply_markup=skip_keyboard(i18n))


async def ask_sectors(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    await state.set_state(NewOpportunity.sectors)
    draft = await draft_of(state)
    await message.answer(
        i18n.get("opportunity-ask-sectors"),
        reply_markup=multiselect_keyboard(
            i18n, "osec", taxonomy.sectors, draft.sectors, back=False
        ),
    )


async def on_link(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    draft = await draft_of(state)
    draft.link = validate_link(message.text or "")  # not http(s): refused, asked again
    draft.document_file_id = draft.document_name = None  # one source: the link replaces a file
    await save(state, draft)
    await after_attachment(message, state, i18n, taxonomy)


async def on_document(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    document = message.document
    assert document is not None
    if (document.file_size or 0) > DOCUMENT_MAX_BYTES:
        await message.answer(
            i18n.get("opportunity-document-too-big", max=DOCUMENT_MAX_BYTES // 2**20)
        )
        return
    draft = await draft_of(state)
    draft.link = None  # one source: the file replaces a link
    draft.document_file_id = document.file_id
    draft.document_name = (document.file_name or "document")[:200]
    await save(state, draft)
    await after_attachment(message, state, i18n, taxonomy)


async def after_attachment(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    if await editing(state):
        await show_preview(message, state, i18n, taxonomy, edit=False)
    else:
        await ask_sectors(message, state, i18n, taxonomy)


async def on_attachment_wrong(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("opportunity-attachment-wrong"))


async def on_attachment_skip(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    if await editing(state):  # "no link or file" is the answer to the edit
        draft = await draft_of(state)
        draft.link = draft.document_file_id = draft.document_name = None
        await save(state, draft)
        await back_to_preview(callback, state, i18n, taxonomy)
        return
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)
        await ask_sectors(callback.message, state, i18n, taxonomy)


# The two multiselect steps: the draft's field each toggles.
TOGGLES = {"osec": "sectors", "ogov": "governorates"}


async def on_toggle(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
) -> None:
    field = TOGGLES[callback_data.step]
    terms = taxonomy.sectors if field == "sectors" else taxonomy.governorates
    draft = await draft_of(state)
    chosen = toggled(terms, getattr(draft, field), callback_data.item)
    if chosen is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    setattr(draft, field, chosen)
    await save(state, draft)
    await redraw_multiselect(callback, i18n, callback_data.step, terms, chosen, back=False)


async def on_sectors_done(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    if await back_to_preview(callback, state, i18n, taxonomy):
        return
    draft = await draft_of(state)
    await advance(
        callback, state, NewOpportunity.governorates, i18n.get("opportunity-ask-governorates"),
        multiselect_keyboard(i18n, "ogov", taxonomy.governorates, draft.governorates, back=False),
    )  # fmt: skip


async def on_governorates_done(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, settings: Settings,
    taxonomy: Taxonomy,
) -> None:  # fmt: skip
    if await back_to_preview(callback, state, i18n, taxonomy):
        return
    await advance(callback, state, NewOpportunity.deadline, *deadline_prompt(i18n, settings))


async def on_deadline(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    settings: Settings,
) -> None:
    deadline = parse_deadline(message.text or "", datetime.now(settings.tz).date())
    await show_preview(message, state, i18n, taxonomy, deadline, edit=False)


async def on_deadline_day(
    callback: CallbackQuery,
    callback_data: DayCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    settings: Settings,
) -> None:
    """A day pressed in the picker: checked as a typed one is (today or later)."""
    day = picked_day(callback_data)
    if day is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    deadline = parse_deadline(day.isoformat(), datetime.now(settings.tz).date())
    await callback.answer()
    if isinstance(callback.message, Message):
        await show_preview(callback.message, state, i18n, taxonomy, deadline, edit=True)


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="opportunities posting")
    router.message.filter(IsApproved())
    router.callback_query.filter(IsApproved())
    router.message.register(on_opportunity, Command("opportunity"))
    router.callback_query.register(on_post_button, OpportunityCb.filter(F.action == "post"))
    router.callback_query.register(on_kind, NewOpportunity.kind, PickCb.filter(F.step == "okind"))
    router.message.register(on_title, NewOpportunity.title, PLAIN_TEXT)
    router.message.register(on_text, NewOpportunity.text, PLAIN_TEXT)
    router.message.register(on_document, NewOpportunity.attachment, F.document)
    router.message.register(on_link, NewOpportunity.attachment, PLAIN_TEXT)
    router.message.register(on_attachment_wrong, NewOpportunity.attachment, NOT_COMMAND)
    router.callback_query.register(
        on_attachment_skip, NewOpportunity.attachment, NavCb.filter(F.action == "skip")
    )
    router.callback_query.register(
        on_toggle, NewOpportunity.sectors, PickCb.filter(F.step == "osec")
    )
    router.callback_query.register(
        on_sectors_done, NewOpportunity.sectors, NavCb.filter(F.action == "done")
    )
    router.callback_query.register(
        on_toggle, NewOpportunity.governorates, PickCb.filter(F.step == "ogov")
    )
    router.callback_query.register(
        on_governorates_done, NewOpportunity.governorates, NavCb.filter(F.action == "done")
    )
    router.message.register(on_deadline, NewOpportunity.deadline, PLAIN_TEXT)
    router.callback_query.register(
        on_edit_field, NewOpportunity.confirm, PickCb.filter(F.step == "oedit")
    )
    router.callback_query.register(
        on_deadline_day, NewOpportunity.deadline, DayCb.filter((F.step == "odead") & (F.day != ""))
    )
    router.callback_query.register(
        on_submit, NewOpportunity.confirm, NavCb.filter(F.action == "submit")
    )
    router.callback_query.register(
        on_cancel, StateFilter(NewOpportunity), NavCb.filter(F.action == "cancel")
    )
    router.message.register(on_not_text, StateFilter(NewOpportunity), NOT_COMMAND)
    return router
