"""What the bot promises people at registration, and what it does with their cards."""

from __future__ import annotations

from aiogram.methods import SendMessage
from sqlalchemy import select

from storage.database import Database
from storage.models import OutboxMessage
from tests.flows import choose_language, open_queue, register
from tests.harness import FakeUser, Harness


async def test_registration_says_a_pseudonym_is_fine_and_usernames_stay_private(
    harness: Harness,
) -> None:
    user = harness.user(6_990_001)
    await choose_language(user)
    # Short first, what matters in three lines; the rest one tap away, in the same message.
    short = user.last
    assert "a pseudonym is fine" in short.text and "/forget" in short.text
    assert len(short.text) < 400
    assert [b for b, _ in short.buttons()] == [
        "✅ I agree", "Not now", "ℹ️ More: who sees what, for how long",
    ]  # fmt: skip
    await user.press("ℹ️ More: who sees what, for how long", short)
    consent = user.last
    assert consent.message_id == short.message_id
    assert "Telegram username and account are never shown to other members" in consent.text
    assert "emptied after a few months" in consent.text
    assert [b for b, _ in consent.buttons()] == ["✅ I agree", "Not now"]
    await user.press("✅ I agree")
    assert "a pseudonym is fine" in user.last.text


async def test_review_cards_cannot_be_forwarded_or_saved(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    """The organizers' "to review" message names no one (counts only); the registration card
    opened from it cannot be forwarded or saved."""
    await register(harness.user(6_990_002), name="Card Person")
    async with db.read() as session:
        digests = (
            await session.scalars(
                select(OutboxMessage).where(OutboxMessage.dedupe_key.startswith("digest:"))
            )
        ).all()
    assert digests and not any("Card Person" in str(row.payload) for row in digests)
    await open_queue(admin)
    cards = [
        c for c in harness.session.calls(SendMessage)
        if c.chat_id == admin.id and "Card Person" in c.text
    ]  # fmt: skip
    assert cards and all(card.protect_content is True for card in cards)
