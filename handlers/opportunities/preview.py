"""The /opportunity preview: the opportunity as members will read it, Send for review, a ✏️ per
field (asked again as the dialog asked it; its answer returns here), Cancel."""

from __future__ import annotations

from datetime import date, datetime

from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram_i18n import I18nContext

from bot.callbacks import NavCb, PickCb
from bot.config import Settings
from bot.keyboards import Keyboard
from bot.notify import Reviewing
from bot.ui import (
    advance,
    choice_keyboard,
    edit_in_place,
    multiselect_keyboard,
    nav_keyboard,
)
from handlers.common.dialogs import editing, field_to_fix
from handlers.opportunities.steps import (
    NewOpportunity,
    deadline_prompt,
    draft_of,
    save,
    skip_keyboard,
)
from notices.opportunities import Preview, card_text, kind_label
from storage.services.actors import Actor
from storage.services.opportunities import (
    KINDS,
    TEXT_MAX,
    TITLE_MAX,
    OpportunityService,
)
from storage.services.taxonomy import Taxonomy


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
    field = await field_to_fix(callback, state, i18n, EDITABLE, callback_data.item)
    if field is None:
        return
    draft = await draft_of(state)
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
