"""Keyboards and text fragments shared by several features."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import TypeVar
from zoneinfo import ZoneInfo

from aiogram.exceptions import TelegramBadRequest
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext
from aiogram_i18n.exceptions import KeyNotFoundError

from bot.callbacks import LanguageCb, NavCb, PickCb
from bot.keyboards import Keyboard
from storage.models import Person, PersonStatus, Role
from storage.services.actors import Actor
from storage.services.taxonomy import Taxonomy, Term

CHECKED, UNCHECKED = "✅", "▫️"
TIME_FORMAT = "%Y-%m-%d %H:%M"  # how people type and read times (in the configured zone)
NOOP = "noop"  # callback data of a heading button: answered, nothing else


def nav_row(
    i18n: I18nContext, step: str, *, back: bool = True, cancel: bool = True
) -> list[InlineKeyboardButton]:
    row = []
    if back:
        row.append(
            InlineKeyboardButton(
                text=i18n.get("btn-back"), callback_data=NavCb(action="back", step=step).pack()
            )
        )
    if cancel:
        row.append(
            InlineKeyboardButton(
                text=i18n.get("btn-cancel"), callback_data=NavCb(action="cancel", step=step).pack()
            )
        )
    return row


def nav_keyboard(
    i18n: I18nContext, step: str, *, back: bool = True, cancel: bool = True
) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[nav_row(i18n, step, back=back, cancel=cancel)])


def multiselect_keyboard(
    i18n: I18nContext,
    step: str,
    terms: Sequence[Term],
    selected: Iterable[int],
    *,
    columns: int = 2,
    back: bool = True,
    cancel: bool = True,
) -> InlineKeyboardMarkup:
    """Toggle buttons, then Done, Back and Cancel. Governorates come under a heading per region
    (federal Iraq, Kurdistan Region): a button that does nothing, as Telegram has no labels."""
    chosen = set(selected)
    builder = Keyboard()
    groups: dict[str | None, list[Term]] = {}
    for term in terms:
        groups.setdefault(term.region, []).append(term)
    for region, members in groups.items():
        if region is not None and len(groups) > 1:
            builder.row(
                InlineKeyboardButton(
                    text=f"— {i18n.get(f'reg-region-{region}')} —", callback_data=NOOP
                )
            )
        row: list[InlineKeyboardButton] = []
        for term in members:
            mark = CHECKED if term.id in chosen else UNCHECKED
            row.append(
                InlineKeyboardButton(
                    text=f"{mark} {term.name(i18n.locale)}",
                    callback_data=PickCb(step=step, item=term.id).pack(),
                )
            )
            if len(row) == columns:
                builder.row(*row)
                row = []
        if row:
            builder.row(*row)
    builder.row(
        InlineKeyboardButton(
            text=i18n.get("btn-done"), callback_data=NavCb(action="done", step=step).pack()
        )
    )
    nav = nav_row(i18n, step, back=back, cancel=cancel)
    if nav:
        builder.row(*nav)
    return builder.as_markup()


def toggled(terms: Sequence[Term], chosen: Iterable[int], item: int) -> list[int] | None:
    """`chosen` with `item` flipped; None when `item` is not one of `terms` (an old or forged
    button)."""
    if item not in {term.id for term in terms}:
        return None
    chosen = list(chosen)
    if item in chosen:
        chosen.remove(item)
    else:
        chosen.append(item)
    return chosen


async def redraw_multiselect(
    callback: CallbackQuery,
    i18n: I18nContext,
    step: str,
    terms: Sequence[Term],
    chosen: Iterable[int],
    *,
    back: bool = True,
) -> None:
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(
            reply_markup=multiselect_keyboard(i18n, step, terms, chosen, back=back)
        )


def choice_keyboard(
    i18n: I18nContext, step: str, items: Iterable[tuple[int, str]], *, back: bool = True
) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for item_id, label in items:
        builder.button(text=label, callback_data=PickCb(step=step, item=item_id))
    builder.adjust(1)
    builder.row(*nav_row(i18n, step, back=back))
    return builder.as_markup()


def language_keyboard(taxonomy: Taxonomy) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for language in taxonomy.languages:
        builder.button(text=language.native_name, callback_data=LanguageCb(code=language.code))
    builder.adjust(len(taxonomy.languages))
    return builder.as_markup()


def join(i18n: I18nContext, names: Iterable[str]) -> str:
    items = [name for name in names if name]
    if not items:
        return i18n.get("common-none")
    return i18n.get("common-list-separator").join(items)


def term_names(i18n: I18nContext, terms: Iterable[Term | None]) -> str:
    return join(i18n, (term.name(i18n.locale) for term in terms if term is not None))


def local_time(moment: datetime | None, tz: ZoneInfo) -> str:
    if moment is None:
        return "—"
    return moment.astimezone(tz).strftime(TIME_FORMAT)


def role_label(i18n: I18nContext, role: str, is_admin: bool = False) -> str:
    if is_admin:
        return i18n.get("role-admin")
    return {
        Role.ORGANIZER: i18n.get("role-organizer"),
        Role.ADVISORY: i18n.get("role-advisory"),
    }.get(Role(role), i18n.get("role-member"))


def person_fields(i18n: I18nContext, person: Person, taxonomy: Taxonomy) -> dict[str, str]:
    """The variables every card about a person uses (profile, review card, summary)."""
    organization = person.organization
    actor_type = taxonomy.actor_type(organization.actor_type_id) if organization else None
    return {
        "name": person.full_name or i18n.get("common-none"),
        "organization": organization.name(i18n.locale) if organization else i18n.get("common-none"),
        "actor_type": actor_type.name(i18n.locale) if actor_type else i18n.get("common-none"),
        "governorates": term_names(i18n, (taxonomy.governorate(g.id) for g in person.governorates)),
        "sectors": term_names(i18n, (taxonomy.sector(s.id) for s in person.sectors)),
        "title": person.title or i18n.get("common-none"),
    }


def status_text(i18n: I18nContext, person: Person | None, actor: Actor, tz: ZoneInfo) -> str:
    if person is None or person.status == PersonStatus.NEW:
        return i18n.get("status-new")
    if person.status == PersonStatus.PENDING:
        return i18n.get("status-pending", date=local_time(person.submitted_at, tz))
    if person.status == PersonStatus.REJECTED:
        return i18n.get("status-rejected", reason=person.rejection_reason or "—")
    organization = person.organization.name(i18n.locale) if person.organization else "—"
    return i18n.get(
        "status-approved",
        role=role_label(i18n, person.role, actor.is_admin),
        organization=organization,
    )


def enum_keyboard(
    i18n: I18nContext, step: str, values: Sequence[str], key_prefix: str
) -> InlineKeyboardMarkup:
    """One button per value (labelled by the catalogue key prefix + value), item = its index."""
    items = ((n, i18n.get(f"{key_prefix}{value}")) for n, value in enumerate(values))
    return choice_keyboard(i18n, step, items, back=False)


async def advance(
    callback: CallbackQuery,
    state: FSMContext,
    step: State,
    text: str,
    markup: InlineKeyboardMarkup | None,
) -> None:
    """A dialog's next step, asked in place of the message whose button was pressed."""
    await state.set_state(step)
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(text, reply_markup=markup)


def language_name(taxonomy: Taxonomy, code: str) -> str:
    return next((lang.native_name for lang in taxonomy.languages if lang.code == code), code)


def language_in(i18n: I18nContext, taxonomy: Taxonomy, code: str) -> str:
    """A language's name in the reader's language, for sentences ("باللغة الإنجليزية"); buttons
    that choose a language show its own name (`language_name`)."""
    try:
        return i18n.get(f"language-{code}")
    except KeyNotFoundError:  # a language another mechanism's taxonomy adds
        return language_name(taxonomy, code)


T = TypeVar("T", bound=CallbackData)


def page_of(total: int, page: int, per_page: int) -> tuple[int, int]:
    """The page to show (a stale button's page number is brought inside the list) and how
    many pages there are (one, when the list is empty)."""
    pages = max(1, -(-total // per_page))
    return min(max(page, 0), pages - 1), pages


def paging_row(
    i18n: I18nContext, page: int, pages: int, to: Callable[[int], CallbackData]
) -> list[InlineKeyboardButton]:
    """Previous / Next under a list shown a page at a time; `to` makes a page's button data."""
    row = []
    if page > 0:
        row.append(
            InlineKeyboardButton(
                text=i18n.get("btn-page-previous"), callback_data=to(page - 1).pack()
            )
        )
    if page < pages - 1:
        row.append(
            InlineKeyboardButton(text=i18n.get("btn-page-next"), callback_data=to(page + 1).pack())
        )
    return row


def back_data(markup: InlineKeyboardMarkup | None, kind: type[T]) -> T | None:
    """The data of a card's last button when it is of this kind: the way back to the list page
    the card was opened from (None: the card was not opened from a list)."""
    if markup is None or not markup.inline_keyboard:
        return None
    data = markup.inline_keyboard[-1][-1].callback_data or ""
    if not data.startswith(f"{kind.__prefix__}:"):
        return None
    try:
        return kind.unpack(data)
    except (TypeError, ValueError):
        return None


async def edit_in_place(
    message: Message, text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Show new content in the same message; content already shown is left as it is (Telegram
    refuses an edit that changes nothing)."""
    try:
        await message.edit_text(text, reply_markup=markup)
    except TelegramBadRequest as exc:
        if "message is not modified" not in exc.message:
            raise
