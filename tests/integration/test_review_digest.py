"""Each organizer's one "to review" message (issue 26, finding 6): no notice per item; a new
message at the end of her chat when something arrives (the old one deleted), the same message
edited when something is decided, in each organizer's language; quiet nights."""

from __future__ import annotations

from datetime import time

import pytest
from aiogram.methods import SendMessage

from tests.flows import add_member, open_queue, register
from tests.harness import FakeUser, Harness
from tests.integration.test_updates import submit

HUDA, MEMBER = 7_970_001, 7_970_002


def digests(user: FakeUser) -> list[object]:
    return [m for m in user.messages if "📥" in m.text]


async def test_one_message_each_replaced_on_arrival_and_edited_on_decision(
    harness: Harness, admin: FakeUser, db: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    await add_member(db, HUDA, name="Huda", locale="ar", role="organizer")  # type: ignore[arg-type]
    await add_member(db, MEMBER, name="Amira")  # type: ignore[arg-type]
    huda = harness.user(HUDA)
    await submit(harness.user(MEMBER))
    await harness.deliver()
    # One message each, in each one's language, counts only.
    (mine,) = digests(admin)
    assert "Sector updates: 1" in mine.text and "Amira" not in mine.text
    (hers,) = digests(huda)
    assert "التحديثات القطاعية: \u20681\u2069" in hers.text
    # Something else arrives: the old message goes, a new one at the end of the chat.
    await register(harness.user(7_970_003), name="Noor Newcomer")
    (mine,) = digests(admin)
    assert mine is admin.last and "Registrations: 1" in mine.text
    assert "Sector updates: 1" in mine.text
    # A decision edits it in place: no new message, no sound.
    sent = len(admin.messages)
    await open_queue(admin, "updates")
    await admin.press("✅ Approve")
    await harness.deliver()
    (mine,) = digests(admin)
    assert "Sector updates: 0" in mine.text and mine.edits == 1
    assert len(admin.messages) == sent + 2  # the card opened from it, then "no more"
    (hers,) = digests(huda)
    assert "التحديثات القطاعية: \u20680\u2069" in hers.text and hers.edits == 1

    # Quiet nights: the switch on her message; the next one at night arrives silently.
    await huda.press("🌙 دون صوت ليلًا (\u206822:00–07:00\u2069)", hers)
    assert huda.last_alert is not None and huda.last_alert.startswith("ليالٍ هادئة")
    assert "🌙" in hers.text and "🔔 بصوت ليلًا أيضًا" in [b for b, _ in hers.buttons()]
    monkeypatch.setattr("bot.notify.QUIET_FROM", time(0))  # it is night now
    await register(harness.user(7_970_004), name="Late Applicant")
    sends = [c for c in harness.session.calls(SendMessage) if c.chat_id == HUDA]
    assert sends[-1].disable_notification is True
    mine_sends = [c for c in harness.session.calls(SendMessage) if c.chat_id == admin.id]
    assert not mine_sends[-1].disable_notification  # the admin did not choose quiet nights
    # A member cannot press it.
    member = harness.user(MEMBER)
    await member.press_data("hm:quiet", member.last)
    assert member.last_alert == "You are not allowed to do this."


async def test_a_send_under_way_when_a_newer_one_is_queued_is_deleted_at_the_next_event(
    harness: Harness, admin: FakeUser, db: object
) -> None:
    """The race of finding 6: the worker is sending her message when something else arrives.
    That send ends after the newer one is queued, so two stand in her chat for a moment; the
    next event deletes both, not only the latest."""
    from datetime import timedelta

    from sqlalchemy import select

    from storage.database import Database
    from storage.models import OutboxMessage
    from storage.services.outbox import Outcome

    assert isinstance(db, Database)
    outbox = harness.app.outbox
    key = f"digest:{admin.id}:"

    async def rows(kind: str) -> list[OutboxMessage]:
        async with db.read() as session:
            found = await session.scalars(
                select(OutboxMessage).where(OutboxMessage.dedupe_key.startswith(key + kind))
            )
            return list(found)

    await register(harness.user(7_970_011), name="First Applicant")
    await harness.deliver()
    (first,) = digests(admin)
    # Something arrives; the worker claims its "to review" send but has not finished it...
    await register(harness.user(7_970_012), name="Second Applicant", deliver=False)
    claimed = [d for d in await outbox.claim(50, timedelta(minutes=5)) if d.chat_id == admin.id]
    under_way = next(d for d in claimed if d.payload.get("method") != "deleteMessage")
    # ...when something else arrives: a newer send is queued.
    await register(harness.user(7_970_013), name="Third Applicant", deliver=False)
    # The send under way ends now, after the newer one was queued.
    await outbox.record(
        [Outcome(d.id, d.chat_id, "sent", message_id=first.message_id + 50) for d in claimed]
    )
    under_way_id = first.message_id + 50
    await harness.deliver()
    assert (await rows(f"del:{under_way_id}")) == []  # not yet: nothing newer has happened
    await register(harness.user(7_970_014), name="Fourth Applicant", deliver=False)
    (deleted,) = await rows(f"del:{under_way_id}")
    assert deleted.payload == {"method": "deleteMessage", "message_id": under_way_id}
    assert under_way.id != deleted.id
