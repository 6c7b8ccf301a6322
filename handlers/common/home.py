"""The home card every person comes back to (from /start and from 🏠 on every list), and the
/help text grouped by what people do. Features open from its buttons (HomeCb actions named
after them) and put `home_row` under their lists."""

from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Message, WebAppInfo
from aiogram_i18n import I18nContext

from bot.callbacks import HomeCb, NavCb
from bot.commands import MEMBER, TOOL_GROUPS, command_names, console_url, grouped_commands
from bot.keyboards import Keyboard
from bot.ui import edit_in_place
from notices.review_digest import digest_text, queue_buttons
from storage.models import Answer, Person, PersonStatus
from storage.services.actors import Actor
from storage.services.meetings import MeetingService
from storage.services.review_queue import ReviewQueues, Waiting
from storage.types import utcnow

MEMBER_FEATURES = ("meetings", "update", "followup", "directory", "opportunities", "profile")


def home_button(i18n: I18nContext) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        text=i18n.get("btn-home"), callback_data=HomeCb(action="open").pack()
    )


def home_row(i18n: I18nContext) -> list[InlineKeyboardButton]:
    return [home_button(i18n)]


def with_home(i18n: I18nContext, markup: InlineKeyboardMarkup | None) -> InlineKeyboardMarkup:
    """These buttons and, under them, the way home."""
    rows = list(markup.inline_keyboard) if markup is not None else []
    return InlineKeyboardMarkup(inline_keyboard=[*rows, home_row(i18n)])


async def home_card(
    i18n: I18nContext,
    person: Person | None,
    actor: Actor,
    meetings: MeetingService,
    queues: ReviewQueues,
) -> tuple[str, InlineKeyboardMarkup]:
    """What a person can do from here, with what waits for them: meetings to answer and, for
    organizers, decisions to take."""
    member = person is not None and person.status == PersonStatus.APPROVED
    lines = [
        i18n.get("home-title", name=person.full_name)
        if member and person is not None and person.full_name
        else i18n.get("home-title-admin")
    ]
    builder = Keyboard()
    if member and person is not None:
        now = utcnow()
        to_answer = sum(
            1
            for meeting, answer in await meetings.upcoming_for(person.id)
            if answer == Answer.NONE and meeting.rsvp_deadline >= now
        )
        if to_answer:
            lines.append(i18n.get("home-meetings-to-answer", count=to_answer))
        for feature in MEMBER_FEATURES:
            builder.button(
                text=i18n.get(f"btn-home-{feature}"), callback_data=HomeCb(action=feature)
            )
    waiting = await queues.waiting(actor) if actor.is_organizer else None
    if waiting is not None:
        lines.append(i18n.get("home-to-review", count=waiting.total))
        builder.button(
            text=i18n.get("btn-home-review", count=waiting.total),
            callback_data=HomeCb(action="review"),
        )
        builder.button(text=i18n.get("btn-home-tools"), callback_data=HomeCb(action="tools"))
        if url := console_url(i18n.core):  # the console, where it is configured
            builder.button(text=i18n.get("btn-console"), web_app=WebAppInfo(url=url))
    builder.button(text=i18n.get("btn-home-help"), callback_data=HomeCb(action="help"))
    if not member and actor.is_admin:  # an administrator may also represent an organization
        builder.button(
            text=i18n.get("btn-register-as-actor"),
            callback_data=NavCb(action="again", step="consent"),
        )
    builder.adjust(2)
    return "\n\n".join(lines), builder.as_markup()


def review_card(i18n: I18nContext, waiting: Waiting) -> tuple[str, InlineKeyboardMarkup]:
    """What waits for a decision, by kind, each kind a button into its queue (the text of the
    organizers' own "to review" message)."""
    rows = [
        [InlineKeyboardButton(text=b["text"], callback_data=b["callback_data"]) for b in row]
        for row in queue_buttons(i18n.core, i18n.locale, waiting)
    ]
    markup = InlineKeyboardMarkup(inline_keyboard=rows)
    return digest_text(i18n.core, i18n.locale, waiting), with_home(i18n, markup)


def help_text(
    i18n: I18nContext, person: Person | None, actor: Actor, groups: tuple[str, ...] | None = None
) -> str:
    """The commands this person may use, by group, most frequent first, and what to do next.
    With `groups` (an organizer's tools), only those groups and what members do not have."""
    names = command_names(person, actor)
    if groups is not None:
        footer = None
    elif person is not None and person.status == PersonStatus.APPROVED:
        footer = "help-footer-approved"
    elif actor.is_admin:  # an administrator is not asked to register
        footer = "help-footer-admin"
    elif person is not None and person.status == PersonStatus.PENDING:
        footer = "help-footer-pending"
    else:
        footer = "help-footer-new"
    # The same few texts for everyone (a language, a role, a status): some forty messages
    # formatted once each, not on every /help.
    key = (i18n.locale, names, groups, footer)
    if key not in _HELP_TEXTS:
        _HELP_TEXTS[key] = _help_text(i18n, names, groups, footer)
    return _HELP_TEXTS[key]


_HELP_TEXTS: dict[tuple[object, ...], str] = {}


def _help_text(
    i18n: I18nContext, names: tuple[str, ...], groups: tuple[str, ...] | None, footer: str | None
) -> str:
    lines = [i18n.get("help-header" if groups is None else "home-tools-title")]
    for group, commands in grouped_commands(names, groups, MEMBER if groups else ()):
        lines.append("")
        lines.append(i18n.get(f"help-group-{group}"))
        for name in commands:
            lines.append(
                i18n.get("help-line", command=f"/{name}", description=i18n.get(f"cmd-{name}"))
            )
    if footer is not None:
        lines += ["", i18n.get(footer)]
    return "\n".join(lines)


def tools_text(i18n: I18nContext, person: Person | None, actor: Actor) -> str:
    return help_text(i18n, person, actor, TOOL_GROUPS)


async def show_home(
    message: Message,
    i18n: I18nContext,
    person: Person | None,
    actor: Actor,
    meetings: MeetingService,
    queues: ReviewQueues,
    *,
    edit: bool = False,
) -> None:
    text, markup = await home_card(i18n, person, actor, meetings, queues)
    if edit:
        await edit_in_place(message, text, markup)
    else:
        await message.answer(text, reply_markup=markup)
