"""/audit: administrators read what organizers and admins did, latest first, and export it."""

from __future__ import annotations

from datetime import date

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import BufferedInputFile, CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import AuditCb
from bot.config import Settings
from bot.filters import IsAdmin
from bot.keyboards import Keyboard
from bot.ui import local_time
from reports.tables import to_csv
from storage.services.actors import Actor
from storage.services.audit import AuditLine, AuditService
from storage.services.exports import Table

PAGE = 10


def who(i18n: I18nContext, line: AuditLine) -> str:
    role = i18n.get("role-admin" if line.actor_role == "admin" else "role-organizer")
    if line.actor_name:
        return f"{line.actor_name} ({role})"
    if line.details.get("unregistered"):  # never had a profile: not "a deleted person"
        return i18n.get("audit-unregistered-admin")
    return i18n.get("audit-someone", role=role)


def what(i18n: I18nContext, line: AuditLine) -> str:
    """The target: a person by their current name (gone after /forget), else its label or id."""
    if line.target_kind == "person":
        return line.target_name or i18n.get("audit-deleted-person")
    if line.label:
        return line.label
    return f"#{line.target_id}" if line.target_id else ""


def render_line(i18n: I18nContext, line: AuditLine, settings: Settings) -> str:
    return i18n.get(
        "audit-line",
        at=local_time(line.at, settings.tz),
        actor=who(i18n, line),
        action=i18n.get("audit-" + line.action.replace(".", "-"))
        + (" " + i18n.get("audit-via-console") if line.details.get("via") == "console" else ""),
        target=what(i18n, line) or "—",
    )


def pager(i18n: I18nContext, offset: int, total: int) -> InlineKeyboardMarkup:
    builder = Keyboard()
    if offset > 0:
        builder.button(
            text=i18n.get("btn-audit-newer"),
            callback_data=AuditCb(action="page", offset=max(0, offset - PAGE)),
        )
    if offset + PAGE < total:
        builder.button(
            text=i18n.get("btn-audit-older"),
            callback_data=AuditCb(action="page", offset=offset + PAGE),
        )
    builder.button(text=i18n.get("btn-audit-export"), callback_data=AuditCb(action="csv"))
    return builder.as_markup()


async def page_text(
    i18n: I18nContext, audit: AuditService, actor: Actor, offset: int, settings: Settings
) -> tuple[str, int]:
    lines, total = await audit.page(actor, offset, PAGE)
    if not lines:
        return i18n.get("audit-empty"), total
    body = "\n".join(render_line(i18n, line, settings) for line in lines)
    header = i18n.get("audit-header", first=offset + 1, last=offset + len(lines), total=total)
    return f"{header}\n\n{body}", total


async def on_audit(
    message: Message, i18n: I18nContext, audit: AuditService, actor: Actor, settings: Settings
) -> None:
    text, total = await page_text(i18n, audit, actor, 0, settings)
    markup = pager(i18n, 0, total) if total else None
    await message.answer(text, reply_markup=markup, protect_content=settings.protect_content)


async def on_page(
    callback: CallbackQuery,
    callback_data: AuditCb,
    i18n: I18nContext,
    audit: AuditService,
    actor: Actor,
    settings: Settings,
) -> None:
    text, total = await page_text(i18n, audit, actor, callback_data.offset, settings)
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(
            text, reply_markup=pager(i18n, callback_data.offset, total)
        )


async def on_export(
    callback: CallbackQuery,
    i18n: I18nContext,
    audit: AuditService,
    actor: Actor,
    settings: Settings,
) -> None:
    lines = await audit.everything(actor)
    await callback.answer()
    table = Table(
        "audit",
        ["at", "actor", "role", "action", "target_kind", "target_id", "target", "details"],
        [
            [
                local_time(line.at, settings.tz),
                line.actor_name or "",
                line.actor_role,
                line.action,
                line.target_kind or "",
                str(line.target_id or ""),
                what(i18n, line) if line.target_kind != "person" or line.target_name else "",
                "; ".join(f"{key}={value}" for key, value in sorted(line.details.items())),
            ]
            for line in lines
        ],
    )
    if isinstance(callback.message, Message):
        await callback.message.answer_document(
            BufferedInputFile(to_csv(table), f"tansiq-audit-{date.today().isoformat()}.csv"),
            caption=i18n.get("audit-export-caption", rows=len(lines)),
            protect_content=settings.protect_content,
        )


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="audit")
    router.message.filter(IsAdmin())
    router.callback_query.filter(IsAdmin())
    router.message.register(on_audit, Command("audit"))
    router.callback_query.register(on_page, AuditCb.filter(F.action == "page"))
    router.callback_query.register(on_export, AuditCb.filter(F.action == "csv"))
    return router
