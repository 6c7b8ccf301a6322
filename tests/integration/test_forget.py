"""/forget forgets: after it, no table holds the person's name, username, Telegram id, phone
number or free text, and the organizers' copies say the data was deleted. What stays is counted
by actor type and governorate only."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import select, update

from storage.database import Database
from storage.models import AnonymousTally, Base, Meeting, Poll
from storage.types import utcnow
from tests.flows import add_member, open_queue, register
from tests.harness import FakeUser, Harness
from tests.integration.test_meetings import publish
from tests.integration.test_polls import sweep
from tests.integration.test_updates import submit

TELEGRAM_ID = 7_412_345_678
NAME = "Zahraa Xqvutr"
USERNAME = "zq_xqvutr_77"
TITLE = "Coordinator Xqvt"
ORGANIZATION = "Xqvutr Women Network"
PHONE = "0770 991 2345"
FREE_TEXT = f"I am {NAME}, call me on {PHONE}"
APPROVED_TEXT = "Two shelters for survivors opened in Basra; the referral pathway now works."
PENDING_TEXT = f"Please call {PHONE} about the new safe space in Najaf for women."


async def dump(db: Database) -> str:
    """Every row of every table, as text (JSON both as stored and with letters unescaped)."""
    parts = []
    async with db.read() as session:
        for table in Base.metadata.sorted_tables:
            for row in (await session.execute(select(table))).all():
                for value in row:
                    parts.append(str(value))
                    if isinstance(value, (dict, list)):
                        parts.append(json.dumps(value, ensure_ascii=False))
    return "\n".join(parts)


async def take_part_in_everything(harness: Harness, admin: FakeUser, db: Database) -> FakeUser:
    await add_member(db, 6_600_001, name="Amal Colleague")
    user = harness.user(TELEGRAM_ID, "Zahraa", USERNAME)
    await register(
        user, name=NAME, title=TITLE, org_query="Xqvutr",
        new_org=(ORGANIZATION, "Local NGOs and networks"),
    )  # fmt: skip
    await open_queue(admin)
    await admin.press("✅ Approve", in_message=admin.message_with_button("✅ Approve"))
    await harness.deliver()
    # A meeting she answers, comes to (checked in by link) and gets the feedback poll of.
    meeting = await publish(
        harness,
        starts_at=utcnow() + timedelta(minutes=20),
        ends_at=utcnow() + timedelta(hours=2),
    )
    await harness.deliver()
    await user.press("✅ Yes")
    await user.send(f"/start ci_{meeting.id}_{meeting.checkin_token}")
    assert user.last.text == "✅ You are checked in. Welcome!"
    async with db.write() as session:
        await session.execute(
            update(Meeting)
            .where(Meeting.id == meeting.id)
            .values(starts_at=utcnow() - timedelta(hours=3), ends_at=utcnow() - timedelta(hours=1))
        )
    await admin.press_data(f"ma:poll:{meeting.id}:")
    await admin.press("Meeting feedback (3 questions)")
    async with db.write() as session:
        await session.execute(update(Poll).values(send_at=utcnow() - timedelta(minutes=1)))
    await sweep(harness)
    await harness.deliver()
    await user.press("4")
    await user.press("Participation")
    await user.press("✍️ Write an answer")
    await user.send(FREE_TEXT)
    assert user.last.text == "Thank you, your answer is saved."
    # The organizer's roster (a CSV file in their chat) lists her.
    await admin.press_data(f"ma:csv:{meeting.id}:")
    # One update approved, one still waiting.
    await submit(user, APPROVED_TEXT)
    await admin.send("/queue")
    await admin.press("✅ Approve")
    await submit(user, PENDING_TEXT)
    await harness.deliver()
    return user


async def test_forget_leaves_nothing_that_identifies_the_person(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    user = await take_part_in_everything(harness, admin, db)
    meeting_id = (await harness.app.meetings.recent())[0].id
    poll = await harness.app.polls.for_meeting(meeting_id)
    assert poll is not None
    stats_before = await harness.app.meetings.stats(
        utcnow() - timedelta(days=1), utcnow() + timedelta(days=1)
    )
    _, results_before, answered_before, sent_before = await harness.app.polls.results(poll.id)
    before = await dump(db)
    for secret in (NAME, USERNAME, str(TELEGRAM_ID), PHONE, TITLE, ORGANIZATION):
        assert secret in before, secret  # the test looks where the data really was

    await user.send("/forget")
    assert "the text of your approved sector update" in user.last.text
    await user.press("🗑 Yes, delete my data")
    assert "Your personal data has been deleted." in user.last.text
    assert "the text of one approved sector update" in user.last.text
    await harness.deliver()  # the organizers' copies are edited

    after = await dump(db)
    found = [
        secret
        for secret in (NAME, USERNAME, str(TELEGRAM_ID), PHONE, TITLE, ORGANIZATION, FREE_TEXT)
        if secret in after
    ]
    assert found == []
    assert APPROVED_TEXT in after and PENDING_TEXT not in after
    # The organizer's chat: the registration card no longer names her.
    card = next(m for m in admin.messages if "data was deleted at their request" in m.text)
    assert NAME not in card.text and not card.buttons()
    assert [m.text for m in admin.messages if NAME in m.text] == []
    # What stays: counts only, by actor type and governorate.
    stats_after = await harness.app.meetings.stats(
        utcnow() - timedelta(days=1), utcnow() + timedelta(days=1)
    )
    assert stats_after.attendances == stats_before.attendances == 1
    assert stats_after.attendances_by_actor_type == stats_before.attendances_by_actor_type
    assert stats_after.rsvp_yes == stats_before.rsvp_yes
    assert await harness.app.meetings.answers(meeting_id) == await harness.app.meetings.answers(
        meeting_id
    )
    _, results_after, answered_after, sent_after = await harness.app.polls.results(poll.id)
    assert (answered_after, sent_after) == (answered_before, sent_before)
    assert results_after[0].counts == results_before[0].counts
    assert results_after[0].by_actor_type == results_before[0].by_actor_type
    assert results_after[0].by_governorate == results_before[0].by_governorate
    assert results_after[2].texts == []  # the free text is gone
    async with db.read() as session:
        tallies = (await session.scalars(select(AnonymousTally))).all()
    assert {t.subject for t in tallies} >= {"attendance", "rsvp", "poll_answer", "poll_place"}
    # A fresh start is possible, as a new person.
    await user.send("/start")
    assert [b for b, _ in user.last.buttons()] == ["English", "العربية", "کوردی (سۆرانی)"]


async def test_rows_left_by_the_earlier_forget_are_erased_at_start(
    harness: Harness, db: Database
) -> None:
    """Before this version, /forget kept the row (status forgotten) with its links."""
    from storage.models import Attendance, Person, PersonGovernorate

    person_id = await add_member(db, 7_100_001, name="Left Behind")
    meeting = await publish(harness)
    async with db.write() as session:
        session.add(Attendance(meeting_id=meeting.id, person_id=person_id, method="manual"))
        await session.execute(
            update(Person)
            .where(Person.id == person_id)
            .values(status="forgotten", telegram_id=None, full_name=None, title=None)
        )
    before = await harness.app.meetings.stats(
        utcnow() - timedelta(days=1), utcnow() + timedelta(days=10)
    )
    restarted = await harness.restart()  # the start finishes the earlier forget
    async with db.read() as session:
        assert await session.get(Person, person_id) is None
        links = await session.scalars(
            select(PersonGovernorate).where(PersonGovernorate.person_id == person_id)
        )
        assert links.all() == []
    after = await restarted.app.meetings.stats(
        utcnow() - timedelta(days=1), utcnow() + timedelta(days=10)
    )
    assert after.attendances == before.attendances == 1
    assert after.attendances_by_actor_type == before.attendances_by_actor_type
    await restarted.stop()
