"""The /update preview: the update as it will be sent, Submit, a ✏️ per field (asked again as
the dialog asked it; its answer returns here), Cancel."""

from __future__ import annotations

from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram_i18n import I18nContext

from bot.callbacks import NavCb, PickCb
from bot.keyboards import Keyboard
from bot.notify import Reviewing
from bot.ui import (
    advance,
    choice_keyboard,
    edit_in_place,
    enum_keyboard,
    multiselect_keyboard,
    nav_keyboard,
)
from handlers.common.dialogs import field_to_fix
from handlers.updates.steps import (
    KINDS,
    NewUpdate,
    attribution,
    describe,
    draft_of,
    naming_keyboard,
    skip_keyboard,
)
from storage.models import Person
from storage.services.taxonomy import Taxonomy
from storage.services.updates import (
    TEXT_MAX,
    UpdateService,
)

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
    """One field asked again, as the dialog asked it, in place of the preview."""
    field = await field_to_fix(callback, state, i18n, EDITABLE, callback_data.item)
    if field is None:
        return
    draft = await draft_of(state)
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
