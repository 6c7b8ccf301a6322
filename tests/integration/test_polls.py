"""Post-meeting feedback polls: scheduled from the meeting, sent once, answered, reminded,
closed; results for organizers."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from scheduler.polls import sweep_polls
from storage.database import Database
from storage.models import Attendance, Meeting, Poll
from storage.types import utcnow
from tests.harness import FakeUser, Harness
from tests.integration.test_meetings import AMAL, BASMA, CHRO, invitees, publish


async def sweep(harness: Harness) -> None:
    app = harness.app
    await sweep_polls(app.polls, app.core, app.taxonomy, app.delivery)


async def ended_meeting_with_poll(harness: Harness, admin: FakeUser, db: Database) -> Meeting:
    await invitees(db)
    meeting = await publish(harness)
    await harness.deliver()
    await harness.user(AMAL).press("✅ Yes")
    await harness.user(BASMA).press("✅ نعم")
    async with db.write() as session:  # the meeting took place; Amal and Chro checked in
        await session.execute(
            update(Meeting)
            .where(Meeting.id == meeting.id)
            .values(starts_at=utcnow() - timedelta(hours=4), ends_at=utcnow() - timedelta(hours=3))
        )
        person_ids = {}
        for telegram_id in (AMAL, CHRO):
            person = await harness.app.people.by_telegram_id(telegram_id)
            assert person is not None
            person_ids[telegram_id] = person.id
            session.add(Attendance(meeting_id=meeting.id, person_id=person.id, method="manual"))
    await admin.press_data(f"ma:poll:{meeting.id}:")
    assert admin.last.text.startswith("📊 The meeting's poll.")
    await admin.press("Meeting feedback (3 questions)")
    assert "The poll goes to the participants on" in admin.last.text
    return meeting


async def test_poll_goes_to_attendees_once_and_collects_answers(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    meeting = await ended_meeting_with_poll(harness, admin, db)
    await sweep(harness)
    await sweep(harness)  # a second tick sends nothing again
    await harness.deliver()
    amal = harness.user(AMAL)
    intros = [m for m in harness.session.chat(AMAL) if m.text.startswith("📊 A few questions")]
    assert len(intros) == 1
    assert harness.session.chat(BASMA)[-1].text != "📊"  # said yes but did not come
    assert not any("استبيان" in m.text for m in harness.session.chat(BASMA))
    await amal.press("4")
    await amal.press("• 4 •", in_message=amal.message_with_button("• 4 •"))  # the same again
    await amal.press("5", in_message=amal.message_with_button("• 4 •"))  # changed
    await amal.press("Participation")
    await amal.press("✍️ Write an answer")
    await amal.send_photo()
    assert amal.last.text == "Please send this as a text message."
    await amal.send("More time for <b>discussion</b> groups")
    assert amal.last.text == "Thank you, your answer is saved."
    chro = harness.user(CHRO)
    await chro.press("2")
    await admin.press_data(f"ma:poll:{meeting.id}:")
    results = admin.last.text
    assert "Meeting feedback (3 questions): 2 of 2 people answered (open)." in results
    assert "5: 1 (50%)" in results and "2: 1 (50%)" in results
    # One answer per actor type: not shown by type, or it would be that person's answer.
    assert "average 5 (1 answer)" not in results
    assert (
        "Too few answers to show (fewer than five): Local NGOs and networks, "
        "International agencies and organizations" in results
    )
    assert "Participation: 1 (100%)" in results
    assert "• More time for <b>discussion</b> groups" in results


async def test_reminder_close_and_late_or_forged_answers(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    meeting = await ended_meeting_with_poll(harness, admin, db)
    await sweep(harness)
    await harness.deliver()
    amal, chro = harness.user(AMAL), harness.user(CHRO)
    await amal.press("3")
    async with db.write() as session:
        await session.execute(update(Poll).values(remind_at=utcnow() - timedelta(seconds=1)))
    await sweep(harness)
    await sweep(harness)
    await harness.deliver()
    # Chro reads Sorani: "a reminder: the poll ... is still open".
    assert sum("بیرخستنەوە: ڕاپرسی" in m.text for m in chro.messages) == 1
    assert not any("poll about the last" in m.text for m in amal.messages)  # she answered
    poll_id = (await harness.app.polls.for_meeting(meeting.id)).id  # type: ignore[union-attr]
    basma = harness.user(BASMA)
    await basma.press_data(f"pq:{poll_id}:0:1")  # not sent to her
    assert basma.last_alert == "لم يُرسل هذا الاستبيان إليك."  # "this poll was not sent to you"
    await amal.press_data(f"pq:{poll_id}:0:9")  # no such option
    assert amal.last_alert == "This button belongs to an old message. Please use the latest one."
    async with db.write() as session:
        await session.execute(update(Poll).values(close_at=utcnow() - timedelta(seconds=1)))
    restarted = await harness.restart()
    await sweep(restarted)
    late = restarted.user(AMAL)
    await late.press("• 3 •", in_message=late.message_with_button("• 3 •"))
    await late.press("4", in_message=late.message_with_button("• 3 •"))
    assert late.last_alert == "This poll is closed."
    _, results, answered, sent = await restarted.app.polls.results(poll_id)
    assert (answered, sent) == (1, 2) and results[0].counts["3"] == 1
    await restarted.stop()


async def test_results_back_to_participants_and_as_csv(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    from aiogram.methods import SendDocument

    meeting = await ended_meeting_with_poll(harness, admin, db)
    await sweep(harness)
    await harness.deliver()
    amal = harness.user(AMAL)
    await amal.press("5")
    await amal.press("Protection")
    await amal.press("✍️ Write an answer")
    await amal.send("Private remark for the organizers")
    chro = harness.user(CHRO)
    await chro.press("4")
    async with db.write() as session:
        await session.execute(update(Poll).values(close_at=utcnow() - timedelta(seconds=1)))
    await sweep(harness)  # closed: each person who answered gets the results, cut for them
    await harness.deliver()
    mine = harness.session.chat(AMAL)[-1]
    assert mine.text.startswith("📊 Thank you for answering.") and "5: 1 (50%)" in mine.text
    assert "Private remark" not in mine.text and "One written answer" in mine.text
    # Her own groups beside everyone's; two answers are too few to show.
    assert "Among Local NGOs and networks: too few answers to show" in mine.text
    assert "In Baghdad: too few answers to show" in mine.text
    assert "By actor type" not in mine.text  # the organizers' breakdown is theirs
    assert [label for label, _ in mine.buttons()] == ["📈 As a chart"]
    assert "سوپاس بۆ وەڵامدانەوەت" in harness.session.chat(CHRO)[-1].text
    await admin.press_data(f"ma:poll:{meeting.id}:")
    assert "Private remark for the organizers" in admin.last.text
    await admin.press("📄 Answers as CSV")
    document = harness.session.calls(SendDocument)[-1]
    rows = document.document.data.decode("utf-8-sig").splitlines()
    assert rows[0] == "respondent,actor_type,governorates,usefulness,next-topic,feedback"
    assert rows[1] == (
        "1,Local NGOs and networks,Baghdad,5,Protection,Private remark for the organizers"
    )
    await admin.press("📣 Send the results to the participants")
    assert admin.last_alert == (
        "Everyone who answered has had the results already (they go out when the poll closes)."
    )
    await harness.deliver()
    assert harness.session.chat(AMAL)[-1].message_id == mine.message_id  # not twice
    await amal.press("📈 As a chart", mine)
    photo = harness.session.chat(AMAL)[-1]
    assert photo.kind == "photo"


async def test_answers_of_someone_who_deleted_their_data_stay_in_aggregates_only(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    meeting = await ended_meeting_with_poll(harness, admin, db)
    await sweep(harness)
    await harness.deliver()
    amal = harness.user(AMAL)
    await amal.press("5")
    await amal.send("/forget")
    await amal.press("🗑 Yes, delete my data")
    await harness.user(CHRO).press("3")
    async with db.write() as session:
        await session.execute(update(Poll).values(close_at=utcnow() - timedelta(seconds=1)))
    await sweep(harness)
    poll = await harness.app.polls.for_meeting(meeting.id)
    assert poll is not None
    _, results, answered, sent = await harness.app.polls.results(poll.id)
    assert (answered, sent) == (2, 2) and results[0].counts == {"5": 1, "3": 1}
    # The results go back only to those still reachable; nothing names the forgotten person.
    assert [telegram_id for _, telegram_id, _ in await harness.app.polls.recipients(poll.id)] == [
        CHRO
    ]
    await harness.deliver()
    # The results went at the close to the one who answered and is still here.
    assert harness.session.chat(CHRO)[-1].text.startswith("📊 سوپاس بۆ وەڵامدانەوەت")
    assert not any("Thank you for answering" in m.text for m in harness.session.chat(AMAL))
