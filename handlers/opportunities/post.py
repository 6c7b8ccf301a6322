"""/opportunity: an approved member or an organizer posts a call for proposals, training, job,
funding, event or other (kind, title, text, a link or a document, sectors, governorates,
deadline); it waits for an organizer's review, and the organizers hear of it."""

from __future__ import annotations

from datetime import date, datetime

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import DayCb, NavCb, OpportunityCb, PickCb
from bot.config import Settings
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved
from bot.keyboards import Keyboard
from bot.notify import Reviewing
from bot.ui import (
    advance,
    choice_keyboard,
    edit_in_place,
    multiselect_keyboard,
    nav_keyboard,
    redraw_multiselect,
    toggled,
)
from handlers.common.day_picker import day_picker_rows, picked_day
from handlers.common.dialogs import editing, on_not_text
from notices.opportunities import Preview, card_text, kind_label
from storage.services.actors import Actor
from storage.services.opportunities import (
    KINDS,
    TEXT_MAX,
    TITLE_MAX,
    OpportunityDraft,
    OpportunityService,
    check_text,
    check_title,
    parse_deadline,
)
from storage.services.taxonomy import Taxonomy
from storage.services.validation import DOCUMENT_MAX_BYTES, validate_link


class NewOpportunity(StatesGroup):
    kind = State()
    title = State()
    text = State()
    attachment = State()
    sectors = State()
    governorates = State()
    deadline = State()
    confirm = State()


async def draft_of(state: FSMContext) -> OpportunityDraft:
    return OpportunityDraft.from_data((await state.get_data()).get("draft"))


async def save(state: FSMContext, draft: OpportunityDraft) -> None:
    await state.update_data(draft=draft.to_data())


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


def skip_keyboard(i18n: I18nContext) -> InlineKeyboardMarkup:
    builder = Keyboard()
    builder.button(text=i18n.get("btn-skip"), callback_data=NavCb(action="skip", step="oatt"))
    builder.button(text=i18n.get("btn-cancel"), callback_data=NavCb(action="cancel", step="oatt"))
    return builder.as_markup()


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


def deadline_prompt(i18n: I18nContext, settings: Settings) -> tuple[str, InlineKeyboardMarkup]:
    today = datetime.now(settings.tz).date()
    example = today.replace(day=28).strftime("%d/%m/%Y")  # day first, as people in Iraq write
    markup = InlineKeyboardMarkup(
        inline_keyboard=[
            *day_picker_rows(i18n, "odead", today),
            *nav_keyboard(i18n, "odead", back=False).inline_keyboard,
        ]
    )
    return i18n.get("opportunity-ask-deadline", example=example), markup


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


async def show_preview(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy,
    deadline: date | None = None, *, edit: bool,
) -> None:  # fmt: skip
    """The opportunity as members will read it, with Send for review, a ✏️ per field and
    Cancel: in place of the step's message pressed (`edit`), or under the text typed."""
    draft = await draft_of(state)
    if deadline is not None:
        draft.deadline = deadline.isoformat()
        await save(state, draft)
    deadline = date.fromisoformat(str(draft.deadline))
    await state.set_state(NewOpportunity.confirm)
    await state.update_data(editing=False)
    preview = Preview(
        kind=draft.kind or "other", title=draft.title or "", text=draft.text or "",
        deadline=deadline, link=draft.link, document_file_id=draft.document_file_id,
        document_name=draft.document_name,
        sectors=[s for s in taxonomy.sectors if s.id in draft.sectors],
        governorates=[g for g in taxonomy.governorates if g.id in draft.governorates],
    )  # fmt: skip
    builder = Keyboard()
    builder.button(
        text=i18n.get("btn-opportunity-submit"), callback_data=NavCb(action="submit", step="oconf")
    )
    for index, field in enumerate(EDITABLE):
        builder.button(
            text=i18n.get(f"btn-opportunity-edit-{field}"),
            callback_data=PickCb(step="oedit", item=index),
        )
    builder.button(text=i18n.get("btn-cancel"), callback_data=NavCb(action="cancel", step="oconf"))
    builder.adjust(1, 2, 2, 2, 1, 1)
    text = i18n.get("opportunity-preview") + "\n\n" + card_text(i18n.core, i18n.locale, preview)
    if edit:
        await edit_in_place(message, text, builder.as_markup())
    else:
        await message.answer(text, reply_markup=builder.as_markup())


# The preview's ✏️ buttons, in the order of the dialog (PickCb item: the index).
EDITABLE = ("kind", "title", "text", "attachment", "sectors", "governorates", "deadline")


async def back_to_preview(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> bool:
    """After a button step: the preview again, in place, when that field was being fixed."""
    if not await editing(state):
        return False
    await callback.answer()
    if isinstance(callback.message, Message):
        await show_preview(callback.message, state, i18n, taxonomy, edit=True)
    return True


async def on_edit_field(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    settings: Settings,
) -> None:
    """One field asked again, as the dialog asked it, in place of the preview."""
    if not 0 <= callback_data.item < len(EDITABLE):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    draft = await draft_of(state)
    await state.update_data(editing=True)
    field = EDITABLE[callback_data.item]
    if field == "kind":
        kinds = ((n, kind_label(i18n.core, i18n.locale, kind)) for n, kind in enumerate(KINDS))
        step, text = NewOpportunity.kind, i18n.get("opportunity-ask-kind")
        markup = choice_keyboard(i18n, "okind", kinds, back=False)
    elif field == "title":
        step, text = NewOpportunity.title, i18n.get("opportunity-ask-title", max=TITLE_MAX)
        markup = nav_keyboard(i18n, "otitle", back=False)
    elif field == "text":
        step, text = NewOpportunity.text, i18n.get("opportunity-ask-text", max=TEXT_MAX)
        markup = nav_keyboard(i18n, "otext", back=False)
    elif field == "attachment":
        step, text = NewOpportunity.attachment, i18n.get("opportunity-ask-attachment")
        markup = skip_keyboard(i18n)
    elif field in ("sectors", "governorates"):
        terms = taxonomy.sectors if field == "sectors" else taxonomy.governorates
        step = NewOpportunity.sectors if field == "sectors" else NewOpportunity.governorates
        text = i18n.get(f"opportunity-ask-{field}")
        code = "osec" if field == "sectors" else "ogov"
        markup = multiselect_keyboard(i18n, code, terms, getattr(draft, field), back=False)
    else:
        step = NewOpportunity.deadline
        text, markup = deadline_prompt(i18n, settings)
    await advance(callback, state, step, text, markup)


async def on_submit(
    callback: CallbackQuery,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
    actor: Actor,
    opportunities: OpportunityService,
    reviewing: Reviewing,
) -> None:
    draft = await draft_of(state)
    opportunity = await opportunities.submit(
        actor, draft, i18n.locale, datetime.now(settings.tz).date()
    )
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)
        await callback.message.answer(i18n.get("opportunity-submitted", id=opportunity.id))

    await reviewing.arrived()  # each organizer's "to review" message, not a notice each


async def on_cancel(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(i18n.get("opportunity-cancelled"))


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
