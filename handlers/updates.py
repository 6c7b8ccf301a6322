"""Sector updates. Actors: /update (sector, kind, governorates, text, a link or document, named
or anonymous, confirm) and /myupdates. Organizers: /queue to approve, edit, reject with a reason
or add the text in another language; the author hears the decision in their language."""

from __future__ import annotations

import html

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder
from aiogram_i18n import I18nContext

from bot.callbacks import NavCb, PickCb, UpdateReviewCb
from bot.config import SUPPORTED_LOCALES, Settings
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved, IsOrganizer
from bot.i18n import Html
from bot.notify import notify
from bot.ui import (
    advance,
    choice_keyboard,
    enum_keyboard,
    language_name,
    multiselect_keyboard,
    nav_keyboard,
    term_names,
    toggled,
)
from storage.models import Person, SectorUpdate, UpdateKind, UpdateStatus
from storage.services.actors import Actor
from storage.services.outbox import OutboxService
from storage.services.people import PeopleService
from storage.services.taxonomy import Taxonomy
from storage.services.updates import (
    DOCUMENT_MAX_BYTES,
    TEXT_MAX,
    UpdateDraft,
    UpdateService,
    check_update_text,
)
from storage.services.validation import validate_link

router = Router(name="updates")
actors = Router(name="updates actors")
actors.message.filter(IsApproved())
actors.callback_query.filter(IsApproved())
organizers = Router(name="updates organizers")
organizers.message.filter(IsOrganizer())
organizers.callback_query.filter(IsOrganizer())
router.include_routers(organizers, actors)

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


class ReviewText(StatesGroup):
    reason = State()
    text = State()


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


@actors.message(Command("update"))
async def on_update(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    await state.set_state(NewUpdate.sector)
    await state.set_data({"draft": UpdateDraft().to_data()})
    await message.answer(
        i18n.get("update-ask-sector"),
        reply_markup=choice_keyboard(
            i18n, "usec", ((s.id, s.name(i18n.locale)) for s in taxonomy.sectors), back=False
        ),
    )


async def draft_of(state: FSMContext) -> UpdateDraft:
    return UpdateDraft.from_data((await state.get_data()).get("draft"))


async def save(state: FSMContext, draft: UpdateDraft) -> None:
    await state.update_data(draft=draft.to_data())


@actors.callback_query(NewUpdate.sector, PickCb.filter(F.step == "usec"))
async def on_sector(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
) -> None:
    if taxonomy.sector(callback_data.item) is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    draft = await draft_of(state)
    draft.sector_id = callback_data.item
    await save(state, draft)
    await advance(
        callback,
        state,
        NewUpdate.kind,
        i18n.get("update-ask-kind"),
        enum_keyboard(i18n, "ukind", KINDS, "update-kind-"),
    )


@actors.callback_query(NewUpdate.kind, PickCb.filter(F.step == "ukind"))
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
    await advance(
        callback,
        state,
        NewUpdate.governorates,
        i18n.get("update-ask-governorates"),
        multiselect_keyboard(i18n, "ugov", taxonomy.governorates, draft.governorates, back=False),
    )


@actors.callback_query(NewUpdate.governorates, PickCb.filter(F.step == "ugov"))
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


@actors.callback_query(NewUpdate.governorates, NavCb.filter(F.action == "done"))
async def on_governorates_done(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext
) -> None:
    draft = await draft_of(state)
    if not draft.governorates:
        await callback.answer(i18n.get("update-need-governorate"), show_alert=True)
        return
    await state.set_state(NewUpdate.text)
    await callback.answer()
    assert isinstance(callback.message, Message)
    await callback.message.edit_reply_markup(reply_markup=None)
    await callback.message.answer(
        i18n.get("update-ask-text", max=TEXT_MAX),
        reply_markup=nav_keyboard(i18n, "utext", back=False),
    )


@actors.message(NewUpdate.text, PLAIN_TEXT)
async def on_text(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    draft = await draft_of(state)
    # Kept as typed (plain text): it is escaped wherever it is shown.
    draft.text = check_update_text(message.text or "")
    await save(state, draft)
    await state.set_state(NewUpdate.attachment)
    await message.answer(
        i18n.get("update-text-kept", length=len(draft.text), left=TEXT_MAX - len(draft.text)),
    )
    await message.answer(i18n.get("update-ask-attachment"), reply_markup=skip_keyboard(i18n))


@actors.message(NewUpdate.text, NOT_COMMAND)
async def on_text_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


def skip_keyboard(i18n: I18nContext) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=i18n.get("btn-skip"), callback_data=NavCb(action="skip", step="uatt"))
    builder.button(text=i18n.get("btn-cancel"), callback_data=NavCb(action="cancel", step="uatt"))
    return builder.as_markup()


@actors.message(NewUpdate.attachment, F.document)
async def on_document(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    document = message.document
    assert document is not None
    if (document.file_size or 0) > DOCUMENT_MAX_BYTES:
        await message.answer(i18n.get("update-document-too-big", max=DOCUMENT_MAX_BYTES // 2**20))
        return
    draft = await draft_of(state)
    draft.document_file_id = document.file_id
    draft.document_name = (document.file_name or "document")[:200]
    await save(state, draft)
    await ask_naming(message, state, i18n)


@actors.message(NewUpdate.attachment, PLAIN_TEXT)
async def on_link(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    draft = await draft_of(state)
    draft.link = validate_link(message.text or "")
    await save(state, draft)
    await ask_naming(message, state, i18n)


@actors.message(NewUpdate.attachment, NOT_COMMAND)
async def on_attachment_wrong(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("update-attachment-wrong"))


@actors.callback_query(NewUpdate.attachment, NavCb.filter(F.action == "skip"))
async def on_attachment_skip(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await callback.answer()
    assert isinstance(callback.message, Message)
    await callback.message.edit_reply_markup(reply_markup=None)
    await ask_naming(callback.message, state, i18n)


async def ask_naming(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    await state.set_state(NewUpdate.naming)
    builder = InlineKeyboardBuilder()
    builder.button(
        text=i18n.get("btn-update-anonymous"), callback_data=PickCb(step="uname", item=1)
    )
    builder.button(text=i18n.get("btn-update-named"), callback_data=PickCb(step="uname", item=0))
    builder.adjust(1)
    builder.row(*nav_keyboard(i18n, "uname", back=False).inline_keyboard[0])
    await message.answer(i18n.get("update-ask-naming"), reply_markup=builder.as_markup())


@actors.callback_query(NewUpdate.naming, PickCb.filter(F.step == "uname"))
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
    await state.set_state(NewUpdate.confirm)
    await callback.answer()
    assert isinstance(callback.message, Message)
    await callback.message.edit_reply_markup(reply_markup=None)
    builder = InlineKeyboardBuilder()
    builder.button(
        text=i18n.get("btn-update-submit"), callback_data=NavCb(action="submit", step="uconf")
    )
    builder.button(text=i18n.get("btn-cancel"), callback_data=NavCb(action="cancel", step="uconf"))
    await callback.message.answer(
        i18n.get(
            "update-preview",
            **describe(i18n, taxonomy, draft),
            text=draft.text or "",
            link=draft.link or draft.document_name or "—",
            by=attribution(i18n, taxonomy, person, draft.anonymous),
        ),
        reply_markup=builder.as_markup(),
    )


@actors.callback_query(NewUpdate.confirm, NavCb.filter(F.action == "submit"))
async def on_submit(
    callback: CallbackQuery,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    person: Person,
    people: PeopleService,
    updates: UpdateService,
    outbox: OutboxService,
    delivery: Delivery,
) -> None:
    draft = await draft_of(state)
    update = await updates.submit(person, draft, i18n.locale)
    await state.clear()
    await callback.answer()
    assert isinstance(callback.message, Message)
    await callback.message.edit_reply_markup(reply_markup=None)
    await callback.message.answer(i18n.get("update-submitted", id=update.id))
    for chat_id, locale in await people.reviewers():
        with i18n.use_locale(locale or i18n.core.default_locale or "en"):
            builder = InlineKeyboardBuilder()
            builder.button(
                text=i18n.get("btn-update-review"),
                callback_data=UpdateReviewCb(action="show", update_id=update.id),
            )
            text = i18n.get(
                "update-new-for-review", id=update.id, **describe(i18n, taxonomy, update)
            )
            await notify(
                outbox, delivery, chat_id, text, f"upd:{update.id}:{chat_id}", builder.as_markup()
            )


@actors.callback_query(StateFilter(NewUpdate), NavCb.filter(F.action == "cancel"))
async def on_cancel(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(i18n.get("update-cancelled"))


@actors.message(Command("myupdates"))
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


def review_keyboard(
    i18n: I18nContext, taxonomy: Taxonomy, update: SectorUpdate
) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for action, key in (
        ("approve", "btn-update-approve"),
        ("reject", "btn-update-reject"),
        ("edit", "btn-update-edit"),
    ):
        builder.button(
            text=i18n.get(key), callback_data=UpdateReviewCb(action=action, update_id=update.id)
        )
    for locale in SUPPORTED_LOCALES:
        if locale not in update.texts:
            builder.button(
                text=i18n.get("btn-update-translate", language=language_name(taxonomy, locale)),
                callback_data=UpdateReviewCb(action="tr", update_id=update.id, locale=locale),
            )
    builder.adjust(3, 3)
    return builder.as_markup()


async def show_card(
    message: Message,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    people: PeopleService,
    updates: UpdateService,
    update: SectorUpdate,
    waiting: int,
    settings: Settings,
) -> None:
    author = await people.get(update.author_id) if update.author_id else None
    organization = author.organization.name(i18n.locale) if author and author.organization else "—"
    texts = "\n\n".join(
        i18n.get("update-card-text", language=language_name(taxonomy, locale), text=text)
        for locale, text in update.texts.items()
    )
    term = taxonomy.actor_type(update.actor_type_id) if update.actor_type_id else None
    card = await message.answer(
        i18n.get(
            "update-card",
            id=update.id,
            waiting=waiting,
            **describe(i18n, taxonomy, update),
            author=(author.full_name if author and author.full_name else "—"),
            organization=organization,
            level=term.name(i18n.locale) if term else "—",
            anonymous="yes" if update.anonymous else "no",
            link=update.link or "—",
            texts=Html(texts),
        ),
        reply_markup=review_keyboard(i18n, taxonomy, update)
        if update.status == UpdateStatus.PENDING
        else None,
        protect_content=settings.protect_content,  # it names the author
    )
    if author is not None:  # the card names its author: edited if they ask /forget
        await people.remember_note(author.id, card.chat.id, card.message_id)
    if update.document_file_id:
        # The file name is the sender's text: a name that is a link must stay text.
        caption = html.escape(update.document_name) if update.document_name else None
        await message.answer_document(update.document_file_id, caption=caption)


@organizers.message(Command("queue"))
async def on_queue(
    message: Message,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    people: PeopleService,
    updates: UpdateService,
    settings: Settings,
) -> None:
    await next_card(message, i18n, taxonomy, people, updates, settings)


@organizers.callback_query(UpdateReviewCb.filter(F.action == "show"))
async def on_show(
    callback: CallbackQuery,
    callback_data: UpdateReviewCb,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    people: PeopleService,
    updates: UpdateService,
    settings: Settings,
) -> None:
    update = await updates.get(callback_data.update_id)
    _, waiting = await updates.queue()
    await callback.answer()
    if isinstance(callback.message, Message):
        await show_card(
            callback.message, i18n, taxonomy, people, updates, update, waiting, settings
        )


async def tell_author(
    bot_i18n: I18nContext,
    taxonomy: Taxonomy,
    people: PeopleService,
    outbox: OutboxService,
    delivery: Delivery,
    update: SectorUpdate,
    key: str,
    **variables: str,
) -> None:
    """The decision, in the author's language (if they are still here)."""
    if update.author_id is None:
        return
    author = await people.get(update.author_id)
    if author.telegram_id is None:
        return
    with bot_i18n.use_locale(author.locale or bot_i18n.core.default_locale or "en"):
        text = bot_i18n.get(key, id=update.id, **describe(bot_i18n, taxonomy, update), **variables)
    await notify(outbox, delivery, author.telegram_id, text, f"updd:{update.id}:{update.status}")


async def next_card(
    message: Message,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    people: PeopleService,
    updates: UpdateService,
    settings: Settings,
) -> None:
    first, waiting = await updates.queue()
    if first is None:
        await message.answer(i18n.get("update-queue-empty"))
    else:
        await show_card(message, i18n, taxonomy, people, updates, first, waiting, settings)


@organizers.callback_query(UpdateReviewCb.filter(F.action == "approve"))
async def on_approve(
    callback: CallbackQuery,
    callback_data: UpdateReviewCb,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    people: PeopleService,
    updates: UpdateService,
    outbox: OutboxService,
    delivery: Delivery,
    actor: Actor,
    settings: Settings,
) -> None:
    update = await updates.approve(callback_data.update_id, actor)
    await callback.answer(i18n.get("update-approved-alert", id=update.id))
    await tell_author(i18n, taxonomy, people, outbox, delivery, update, "update-approved-notice")
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)
        await next_card(callback.message, i18n, taxonomy, people, updates, settings)


@organizers.callback_query(UpdateReviewCb.filter(F.action.in_({"reject", "edit", "tr"})))
async def on_ask_text(
    callback: CallbackQuery,
    callback_data: UpdateReviewCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    updates: UpdateService,
) -> None:
    update = await updates.get(callback_data.update_id)
    if update.status == UpdateStatus.REJECTED or (
        callback_data.action == "reject" and update.status != UpdateStatus.PENDING
    ):
        await callback.answer(
            i18n.get("update-already-decided", status=update.status), show_alert=True
        )
        return
    locale = callback_data.locale if callback_data.action == "tr" else update.original_locale
    if locale not in SUPPORTED_LOCALES:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await callback.answer()
    if callback_data.action == "reject":
        await state.set_state(ReviewText.reason)
        prompt = i18n.get("update-ask-reason", id=update.id)
    else:
        await state.set_state(ReviewText.text)
        prompt = i18n.get(
            "update-ask-new-text", id=update.id, language=language_name(taxonomy, locale)
        )
    await state.set_data({"update_id": update.id, "locale": locale})
    if isinstance(callback.message, Message):
        await callback.message.answer(
            prompt, reply_markup=nav_keyboard(i18n, "ureview", back=False)
        )


@organizers.message(ReviewText.reason, PLAIN_TEXT)
async def on_reason(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    people: PeopleService,
    updates: UpdateService,
    outbox: OutboxService,
    delivery: Delivery,
    actor: Actor,
    settings: Settings,
) -> None:
    data = await state.get_data()
    update = await updates.reject(int(data["update_id"]), actor, message.text or "")
    await state.clear()
    await message.answer(i18n.get("update-rejected-done", id=update.id))
    await tell_author(
        i18n,
        taxonomy,
        people,
        outbox,
        delivery,
        update,
        "update-rejected-notice",
        reason=update.rejection_reason or "",
    )
    await next_card(message, i18n, taxonomy, people, updates, settings)


@organizers.message(ReviewText.text, PLAIN_TEXT)
async def on_new_text(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    people: PeopleService,
    updates: UpdateService,
    actor: Actor,
    settings: Settings,
) -> None:
    data = await state.get_data()
    update = await updates.set_text(
        int(data["update_id"]), actor, str(data["locale"]), message.text or ""
    )
    await state.clear()
    _, waiting = await updates.queue()
    await show_card(message, i18n, taxonomy, people, updates, update, waiting, settings)


@organizers.message(StateFilter(ReviewText.reason, ReviewText.text), NOT_COMMAND)
async def on_review_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


@organizers.callback_query(
    StateFilter(ReviewText.reason, ReviewText.text), NavCb.filter(F.step == "ureview")
)
async def on_review_cancel(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(i18n.get("update-review-cancelled"))
