"""my_chat_member: Telegram tells us when a person blocks or unblocks the bot."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.enums import ChatMemberStatus, ChatType
from aiogram.types import ChatMemberUpdated

from storage.services.people import PeopleService

GONE = {ChatMemberStatus.KICKED, ChatMemberStatus.LEFT}


async def on_my_chat_member(event: ChatMemberUpdated, people: PeopleService) -> None:
    reachable = event.new_chat_member.status not in GONE
    await people.set_reachable(event.from_user.id, reachable)


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="membership")
    router.my_chat_member.register(on_my_chat_member, F.chat.type == ChatType.PRIVATE)
    return router
