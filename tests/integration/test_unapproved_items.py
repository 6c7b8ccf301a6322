"""A follow-up item nobody approved is seen only by those it concerns: organizers, its author
and the stating organization's representatives. A forged `fu:show` (ids are sequential) reads
as no item for anyone else; nobody reports on it or puts it on the agenda, not even once it is
rejected."""

from __future__ import annotations

from sqlalchemy import select

from bot.callbacks import FollowupCb
from storage.database import Database
from storage.models import FollowupItem, Person
from tests.flows import add_member, open_queue
from tests.harness import FakeUser, Harness

AUTHOR, COLLEAGUE, STRANGER, ADVISORY = 7_630_000_001, 7_630_000_002, 7_630_000_003, 7_630_000_004
COMMITMENT = "Open two safe houses in Anbar before the summer."
GONE = "This item no longer exists."


async def commit(author: FakeUser) -> int:
    await author.send("/followup")
    await author.press("➕ State a commitment")
    await author.press("Recovery")
    await author.send(COMMITMENT)
    await author.send("2099-12-31")
    assert author.last.text.startswith("Thank you: commitment #")
    return int(author.last.text.split("#")[1].split()[0].rstrip(".:,"))


def said(user: FakeUser) -> str:
    """What the person was last told: an alert, or the chat's last message."""
    return " ".join(filter(None, [user.last_alert, *(m.text for m in user.messages[-1:])]))


async def test_only_those_it_concerns_see_an_item_in_review(
    harness: Harness, db: Database, admin: FakeUser
) -> None:
    author_id = await add_member(db, AUTHOR, name="Amal Author")
    async with db.read() as session:
        organization_id = (await session.get(Person, author_id)).organization_id  # type: ignore[union-attr]
    await add_member(db, COLLEAGUE, name="Cala Colleague", organization_id=organization_id)
    await add_member(db, STRANGER, name="Sami Stranger")
    await add_member(db, ADVISORY, name="Ava Advisory", role="advisory")
    author = harness.user(AUTHOR)
    item_id = await commit(author)
    show = FollowupCb(action="show", item_id=item_id).pack()

    for telegram_id in (AUTHOR, COLLEAGUE):
        user = harness.user(telegram_id)
        await user.press_data(show)
        assert COMMITMENT in user.last.text
    await admin.press_data(show)
    assert COMMITMENT in admin.last.text
    for telegram_id in (STRANGER, ADVISORY):
        user = harness.user(telegram_id)
        await user.press_data(show)
        assert GONE in said(user)
        assert not any(COMMITMENT in m.text for m in user.messages)
    # Nobody reports on it, not even its own organization: it has no status until approved.
    await author.press_data(FollowupCb(action="report", item_id=item_id).pack())
    assert author.last_alert == GONE
    # Rejected, it stays out of sight and off the agenda.
    await harness.deliver()
    await open_queue(admin, "commitments")
    await admin.press("❌ Reject", in_message=admin.message_with_button("❌ Reject"))
    async with db.read() as session:
        item = await session.scalar(select(FollowupItem).where(FollowupItem.id == item_id))
    assert item is not None and item.review == "rejected"
    advisory = harness.user(ADVISORY)
    await advisory.press_data(FollowupCb(action="agenda", item_id=item_id).pack())
    assert advisory.last_alert == GONE
    stranger = harness.user(STRANGER)
    await stranger.press_data(show)
    assert GONE in said(stranger)
    from storage.models import AgendaTopic

    async with db.read() as session:
        assert (await session.scalars(select(AgendaTopic))).all() == []


async def test_three_commitments_a_day(harness: Harness, db: Database) -> None:
    """Each commitment puts a review card in every organizer's chat: a flood is refused, with
    how many a day, and the fourth makes no card."""
    await add_member(db, AUTHOR, name="Amal Author")
    author = harness.user(AUTHOR)
    for _ in range(3):
        await commit(author)
    await author.send("/followup")
    await author.press("➕ State a commitment")
    await author.press("Recovery")
    await author.send("A fourth commitment, the same day.")
    await author.send("2099-12-31")
    assert author.last.text == (
        "You have stated 3 commitments today, the most a day. Try again tomorrow."
    )
    async with db.read() as session:
        assert len((await session.scalars(select(FollowupItem))).all()) == 3
