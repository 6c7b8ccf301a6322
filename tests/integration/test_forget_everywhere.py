"""/forget finds every message about a person by what the outbox recorded when it was queued,
not by searching for her name: a three-letter Arabic name and a name with `&` and `<` (stored
escaped in HTML) are forgotten as completely as a long one, across every feature that names
someone (registration, directory, introductions both ways with notes and relayed messages, a
published and a pending opportunity, a pending commitment, a follow-up report and follows).
Afterwards no table holds any of her identifiers, and the copies in other people's chats say
the data was deleted."""

from __future__ import annotations

import html
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.callbacks import DirectoryCb, FollowupCb
from storage.database import Database
from storage.models import FollowupItem, FollowupOwner, Opportunity, OutboxSubject, Person
from storage.services.opportunities import OpportunityDraft
from tests.conftest import ADMIN_ID
from tests.flows import add_member, open_queue, register
from tests.harness import FakeUser, Harness
from tests.integration.test_forget import dump
from tests.integration.test_introductions import listed
from tests.integration.test_opportunities import today

HER = 7_512_000_001
READER, COLLEAGUE, FOLLOWER = 7_512_000_002, 7_512_000_003, 7_512_000_004
USERNAME = "mn_qz_512"
NOTE_TO_HER = "Qzv note to her about the Basra shelters"
NOTE_FROM_HER = "Qzv note from her about legal aid"
RELAY_FROM_HER = "Qzv relayed from her: call me on Monday"
RELAY_TO_HER = "Qzv relayed to her: see you in Erbil"
PENDING_OPPORTUNITY = "Qzv pending grants for shelters"
COMMITMENT = "Qzv commitment: two safe houses in Anbar"
NOTE_PENDING = "Qzv note nobody answered yet"

NAMES = {
    "short-arabic": ("منى", "منسقة", "رابطة نون"),  # under the old 4-letter search minimum
    "markup": ("Ali & <Co>", "Lead <b>&</b> co", "A&B <Women> Network"),  # stored escaped
}


async def person_id(db: Database, telegram_id: int) -> int:
    async with db.read() as session:
        found = await session.scalar(select(Person.id).where(Person.telegram_id == telegram_id))
    assert found is not None
    return found


@pytest.mark.parametrize("names", list(NAMES.values()), ids=list(NAMES))
async def test_forget_finds_every_message_about_her_by_lookup(
    harness: Harness, admin: FakeUser, db: Database, names: tuple[str, str, str]
) -> None:
    name, title, organization = names
    her = harness.user(HER, "M", USERNAME)
    await register(
        her, name=name, title=title, org_query="Nqz",
        new_org=(organization, "Local NGOs and networks"),
    )  # fmt: skip
    await open_queue(admin)
    await admin.press("✅ Approve", in_message=admin.message_with_button("✅ Approve"))
    await harness.deliver()
    mine = await person_id(db, HER)
    await add_member(db, READER, name="Rasha Reader")
    await add_member(db, COLLEAGUE, name="Yusra Listed")
    await add_member(db, FOLLOWER, name="Fatin Follower")
    reader, colleague = harness.user(READER), harness.user(COLLEAGUE)

    # Directory: she is listed and takes requests.
    await listed(her, "Accept requests to connect")
    await listed(colleague, "Accept requests to connect")
    # Introductions both ways, with notes; one message relayed each way in the first.
    await reader.press_data(DirectoryCb(action="ask", value=mine).pack())
    await reader.send(NOTE_TO_HER)
    assert reader.last.text.startswith("Sent.")
    await harness.deliver()
    await her.press("✅ Accept", in_message=harness.session.chat(HER)[-1])
    await harness.deliver()
    await reader.press("✉️ Write one message")
    await reader.send(RELAY_TO_HER)
    await her.press("✉️ Write one message")
    await her.send(RELAY_FROM_HER)
    # Then she shares her username, and asks a colleague, who accepts and gets her link.
    await her.send("/profile")
    await her.press("📇 Directory")
    await her.press("Share my Telegram username on accepted requests")
    await her.press_data(DirectoryCb(action="ask", value=await person_id(db, COLLEAGUE)).pack())
    await her.send(NOTE_FROM_HER)
    await harness.deliver()
    await colleague.press("✅ Accept", in_message=harness.session.chat(COLLEAGUE)[-1])
    await harness.deliver()
    assert f"t.me/{USERNAME}" in harness.session.chat(COLLEAGUE)[-1].text

    # Opportunities: one published (it stays, without her), one still pending.
    opportunities = harness.app.dispatcher["opportunities"]
    actor = await harness.app.people.actor(HER)
    deadline = (today(harness) + timedelta(days=20)).isoformat()
    published = await opportunities.submit(
        actor,
        OpportunityDraft(
            kind="funding", title="Small grants for shelters",
            text="Grants of up to 10,000 USD for women-led organizations.", deadline=deadline,
        ),
        "en", today(harness),
    )  # fmt: skip
    await opportunities.submit(
        actor,
        OpportunityDraft(
            kind="funding", title=PENDING_OPPORTUNITY,
            text="Grants of up to 5,000 USD for shelters run by women.", deadline=deadline,
        ),
        "en", today(harness),
    )  # fmt: skip
    await admin.send("/opportunities")
    await admin.press("🗂 Review (2 waiting)")
    await admin.press("✅ Approve")
    async with db.read() as session:
        approved = await session.get(Opportunity, published.id)
    assert approved is not None and approved.status == "approved"

    # A commitment of her organization, still waiting for review (a card to each organizer).
    await her.send("/followup")
    await her.press("➕ State a commitment")
    await her.press("Recovery")
    await her.send(COMMITMENT)
    await her.send("2099-12-31")
    assert her.last.text.startswith("Thank you: commitment #")
    # A tracked item her organization owns and reports on; a follower hears of her report.
    follow_up = harness.app.dispatcher["followup"]
    async with db.write() as session:
        her_org = (await session.get(Person, mine)).organization_id  # type: ignore[union-attr]
        item = FollowupItem(
            kind="recommendation", texts={"en": "Adopt the national action plan's budget line."},
            original_locale="en",
        )  # fmt: skip
        session.add(item)
        await session.flush()
        session.add(FollowupOwner(item_id=item.id, organization_id=her_org, named=True))
        item_id = item.id
    await follow_up.follow(await person_id(db, FOLLOWER), item_id)
    await follow_up.follow(mine, item_id)
    await her.press_data(FollowupCb(action="show", item_id=item_id).pack())
    await her.press("📝 Report status")
    await her.press("🟡 Limited progress")
    await her.send("The budget line went to the council.")
    await her.press("Skip ▶")
    await harness.deliver()
    assert any(organization in m.text for m in harness.session.chat(FOLLOWER))

    # A request of hers nobody has answered yet: its note waits in the other chat.
    await listed(harness.user(FOLLOWER), "Accept requests to connect")
    await her.press_data(DirectoryCb(action="ask", value=await person_id(db, FOLLOWER)).pack())
    await her.send(NOTE_PENDING)
    await harness.deliver()

    kept_until_forget = {
        name, title, organization, USERNAME, str(HER), PENDING_OPPORTUNITY, COMMITMENT,
        NOTE_PENDING,
    }  # fmt: skip
    gone_once_answered = {NOTE_TO_HER, NOTE_FROM_HER, RELAY_FROM_HER, RELAY_TO_HER}
    gone_once_sent = {f"t.me/{USERNAME}"}
    identifiers = kept_until_forget | gone_once_answered | gone_once_sent
    forms = identifiers | {html.escape(i, quote=False) for i in identifiers}
    before = await dump(db)
    assert {i for i in identifiers if i in before or html.escape(i, quote=False) in before} == (
        kept_until_forget
    )  # the test looks where the data really was; answered notes and relays are gone
    async with db.read() as session:
        recorded = set(await session.scalars(select(OutboxSubject.person_id)))
    assert mine in recorded

    await her.send("/forget")
    await her.press("🗑 Yes, delete my data")
    assert "Your personal data has been deleted." in her.last.text
    await harness.deliver()  # the copies in other chats are edited

    after = await dump(db)
    assert sorted(f for f in forms if f in after) == []
    # Other people's chats: every message that named her now says the data was deleted.
    for chat in (ADMIN_ID, READER, COLLEAGUE, FOLLOWER):
        for message in harness.session.chat(chat):
            shown = message.text or message.caption or ""
            leaked = [i for i in identifiers if i in shown or html.escape(i, quote=False) in shown]
            assert leaked == [], (chat, shown)
    # What stays: the published opportunity, without her; the item and its history.
    async with db.read() as session:
        kept = await session.get(Opportunity, published.id)
        assert kept is not None and kept.author_id is None
        assert await session.get(FollowupItem, item_id) is not None
        left = await session.scalars(select(OutboxSubject).where(OutboxSubject.person_id == mine))
        assert list(left) == []
