"""What the two people of an introduction get: the request (only the person asked reads the
note), the contact on accept, "not possible now" on decline, and relayed messages."""

from __future__ import annotations

from typing import Any

from aiogram_i18n.cores import BaseCore

from bot.callbacks import IntroCb
from storage.models import IntroRequest
from storage.services.introductions import Party


def _button(core: BaseCore, locale: str, key: str, data: IntroCb) -> dict[str, str]:
    return {"text": core.get(key, locale), "callback_data": data.pack()}


def who(core: BaseCore, party: Party, locale: str) -> dict[str, str]:
    organization = party.organization.name(locale) if party.organization else "—"
    return {"name": party.name or "—", "title": party.title or "—", "organization": organization}


def request_card(
    core: BaseCore, request: IntroRequest, requester: Party, locale: str
) -> list[dict[str, Any]]:
    key = "intro-request-organization" if request.organization_id else "intro-request"
    text = core.get(key, locale, note=request.note or "—", **who(core, requester, locale))
    row = [
        _button(core, locale, "btn-intro-accept", IntroCb(action="accept", request_id=request.id)),
        _button(
            core, locale, "btn-intro-decline", IntroCb(action="decline", request_id=request.id)
        ),
    ]
    block = [
        _button(core, locale, "btn-intro-block", IntroCb(action="block", request_id=request.id))
    ]
    return [
        {"method": "sendMessage", "text": text, "reply_markup": {"inline_keyboard": [row, block]}}
    ]


def accepted(
    core: BaseCore, request: IntroRequest, other: Party, locale: str
) -> list[dict[str, Any]]:
    """The other side's name, organization and title, and a way to write to them."""
    text = core.get("intro-connected", locale, **who(core, other, locale))
    if other.username:
        text += "\n" + core.get("intro-write-link", locale, link=f"https://t.me/{other.username}")
        return [{"method": "sendMessage", "text": text}]
    text += "\n" + core.get("intro-write-relay", locale)
    write = _button(core, locale, "btn-intro-write", IntroCb(action="write", request_id=request.id))
    return [{"method": "sendMessage", "text": text, "reply_markup": {"inline_keyboard": [[write]]}}]


def declined(core: BaseCore, locale: str) -> list[dict[str, Any]]:
    return [{"method": "sendMessage", "text": core.get("intro-not-possible", locale)}]


def relayed(
    core: BaseCore, request: IntroRequest, sender: Party, text: str, locale: str
) -> list[dict[str, Any]]:
    body = core.get("intro-relayed", locale, name=sender.name or "—", text=text)
    write = _button(
        core, locale, "btn-intro-answer", IntroCb(action="write", request_id=request.id)
    )
    return [{"method": "sendMessage", "text": body, "reply_markup": {"inline_keyboard": [[write]]}}]
