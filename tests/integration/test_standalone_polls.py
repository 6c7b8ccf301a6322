"""Polls an organizer writes and sends to an audience: their own question in each language, as a
native Telegram poll or as buttons; results by actor type and governorate, a chart, closing."""

from __future__ import annotations

from datetime import timedelta

from aiogram.methods import SendPhoto, StopPoll
from sqlalchemy import select

from scheduler.polls import sweep_polls
from storage.database import Database
from storage.models import Poll, PollAnswer, PollStatus
from storage.types import utcnow
from tests.flows import add_member
from tests.harness import FakeUser, Harness

EN_BAGHDAD, AR_BASRA, CKB_ERBIL, OUTSIDER = 6_400_001, 6_400_002, 6_400_003, 6_400_004
QUESTION_EN = "Which day suits the next workshop?\nSunday\nMonday\nTuesday"
QUESTION_AR = "أي يوم يناسب الورشة القادمة؟\nالأحد\nالاثنين\nالثلاثاء"


async def members(db: Database) -> None:
    await add_member(db, EN_BAGHDAD, locale="en", name="Amira")
    await add_member(
        db, AR_BASRA, locale="ar", name="Basma", governorates=("basra",), actor_type="international"
    )
    await add_member(db, CKB_ERBIL, locale="ckb", name="Chiman", governorates=("erbil",))


async def own_poll(admin: FakeUser, style: str) -> None:
    """/poll, the organizer's own question in English and Arabic (Sorani skipped), to everyone."""
    await admin.send("/poll")
    assert admin.last.text.startswith("📊 New poll.")
    await admin.press("✍️ My own question")
    assert "Send the question in English" in admin.last.text
    await admin.send("Only a question")
    assert admin.last.text.startswith("Write the question on the first line and from 2 to 10")
    await admin.send(QUESTION_EN)
    assert "Send the question in Arabic" in admin.last.text
    await admin.send("أي يوم؟\nالأحد\nالاثنين")  # two options where English has three
    assert admin.last.text == (
        "This language has 2 options, the first one had 3. Give the same options in the same order."
    )
    await admin.send(QUESTION_AR)
    await admin.press("Skip ▶")
    assert admin.last.text == "How should people answer?"
    await admin.press(style)
    assert "People: 3" in admin.last.text  # the shared audience menu
    await admin.press("Next ▶")
    assert "1. Which day suits the next workshop?" in admin.last.text
    await admin.press("Send, open 3 days")
    assert admin.last.text.startswith("📊 The poll is on its way to 3 people. It closes on")


async def test_native_poll_in_each_language_with_votes_changed_and_taken_back(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await members(db)
    await own_poll(admin, "A Telegram poll")
    await harness.deliver()
    amira, basma, chiman = (harness.user(i) for i in (EN_BAGHDAD, AR_BASRA, CKB_ERBIL))
    native = {user.id: user.last for user in (amira, basma, chiman)}
    assert native[EN_BAGHDAD].kind == "poll"
    assert native[EN_BAGHDAD].options == ["Sunday", "Monday", "Tuesday"]
    assert native[AR_BASRA].text == "أي يوم يناسب الورشة القادمة؟"
    assert native[AR_BASRA].options == ["الأحد", "الاثنين", "الثلاثاء"]
    assert native[CKB_ERBIL].options == ["Sunday", "Monday", "Tuesday"]  # Sorani: the first text
    assert chiman.messages[-2].text.startswith("📊 ڕێکخەرانی میکانیزمی هەماهەنگی")
    await amira.vote(native[EN_BAGHDAD], [0])
    await amira.vote(native[EN_BAGHDAD], [2])  # changed
    await basma.vote(native[AR_BASRA], [2])
    await chiman.vote(native[CKB_ERBIL], [1])
    await chiman.vote(native[CKB_ERBIL], [])  # taken back
    async with db.read() as session:
        answers = (await session.scalars(select(PollAnswer.value))).all()
    assert sorted(answers) == ["2", "2"]
    await admin.send("/polls")
    await admin.press(admin.last.buttons()[0][0])
    results = admin.last.text
    assert "Which day suits the next workshop?: 2 of 3 people answered (open)." in results
    assert "Tuesday: 2 (100%)" in results and "Sunday: 0 (0%)" in results
    assert "By actor type" in results and "By governorate" in results
    # Groups of one or two are not shown: each answer would be a person's.
    assert "(1 of 1 answer)" not in results
    assert "Too few answers to show (fewer than five): Baghdad, Basra" in results
    await admin.press("📈 Chart")
    photo = harness.session.calls(SendPhoto)[-1]
    assert photo.photo.data.startswith(b"\x89PNG") and photo.caption == "📈 2 of 3 people answered."
    await admin.press("⏹ Close now")
    await harness.deliver()
    stops = harness.session.calls(StopPoll)
    assert sorted(stop.chat_id for stop in stops) == [EN_BAGHDAD, AR_BASRA, CKB_ERBIL]
    polls_in_chats = [m for u in (amira, basma, chiman) for m in u.messages if m.kind == "poll"]
    assert len(polls_in_chats) == 3 and all(m.closed for m in polls_in_chats)
    # Those who answered got the results at the close, in their language; Chiman took hers back.
    assert amira.last.text.startswith("📊 Thank you for answering.")
    assert basma.last.text.startswith("📊 شكرًا")
    assert not any(m.text.startswith("📊 سوپاس") for m in chiman.messages)
    await amira.vote(native[EN_BAGHDAD], [1])  # after closing (a client that missed the stop)
    assert amira.last.text == "This poll is closed."
    async with db.read() as session:
        poll = await session.scalar(select(Poll))
    assert poll is not None and poll.status == PollStatus.CLOSED
    # The answers given before closing hold.
    _, results_after, answered, sent = await harness.app.polls.results(poll.id)
    assert (answered, sent) == (2, 3) and results_after[0].counts["2"] == 2


async def test_forwarded_or_unknown_native_poll_is_refused(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await members(db)
    await add_member(db, OUTSIDER, locale="en", name="Outsider", governorates=("basra",))
    await own_poll_to_baghdad(admin)
    await harness.deliver()
    amira, outsider = harness.user(EN_BAGHDAD), harness.user(OUTSIDER)
    await outsider.vote(amira.last, [0])  # the same poll, forwarded to someone else
    assert outsider.last.text == "This poll was not sent to you."
    forged = amira.last
    forged.poll_id = "999"
    await amira.vote(forged, [0])
    assert amira.last.text == "This poll no longer exists."


async def own_poll_to_baghdad(admin: FakeUser) -> None:
    await admin.send("/poll")
    await admin.press("✍️ My own question")
    await admin.send(QUESTION_EN)
    await admin.press("Skip ▶")
    await admin.press("Skip ▶")
    await admin.press("A Telegram poll")
    assert admin.last.text.startswith("New poll: who receives it?")
    await admin.press("Governorates (0)")
    await admin.press("▫️ Baghdad")
    await admin.press("Done ▶")
    await admin.press("Next ▶")
    await admin.press("Send, open 1 day")


async def test_native_poll_sent_once_and_stopped_once_across_a_restart(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await members(db)
    await own_poll_to_baghdad(admin)
    restarted = await harness.restart()  # before the worker sent anything
    await sweep(restarted)
    await restarted.deliver()
    polls_sent = [m for m in restarted.session.chat(EN_BAGHDAD) if m.kind == "poll"]
    assert len(polls_sent) == 1
    async with db.write() as session:
        poll = await session.scalar(select(Poll))
        assert poll is not None
        poll.close_at = utcnow() - timedelta(seconds=1)
    await sweep(restarted)
    again = await restarted.restart()
    await sweep(again)
    await again.deliver()
    assert [stop.chat_id for stop in again.session.calls(StopPoll)] == [EN_BAGHDAD]
    await again.stop()


async def test_template_poll_with_buttons_to_an_audience(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await members(db)
    await admin.send("/poll")
    await admin.press("Meeting feedback (3 questions)")  # three questions: buttons only
    await admin.press("Next ▶")
    await admin.press("Send, open 7 days")
    await harness.deliver()
    basma = harness.user(AR_BASRA)
    assert basma.messages[0].text.startswith("📊 يطلب منظِّمو آلية التنسيق رأيك")
    await basma.press("4")
    chiman = harness.user(CKB_ERBIL)
    await chiman.press("2")
    await admin.send("/polls")
    await admin.press(admin.last.buttons()[0][0])
    results = admin.last.text
    assert "average 4 (1 answer)" not in results and "average 2 (1 answer)" not in results
    assert "Too few answers to show (fewer than five): Basra, Erbil" in results


async def test_poll_dialog_is_for_organizers_only(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await members(db)
    member = harness.user(EN_BAGHDAD)
    for command in ("/poll", "/polls"):
        await member.send(command)
        assert member.last.text == "This command is for organizers."
    await member.press_data("pa:close:1:")
    assert member.last_alert == "You are not allowed to do this."
    await own_poll_to_baghdad(admin)
    await admin.press_data("pa:send:0:24")  # the same button again: the dialog is over
    assert admin.last_alert == "That step is over; nothing changed. Please use the latest message."
    async with db.read() as session:
        assert len((await session.scalars(select(Poll))).all()) == 1


async def sweep(harness: Harness) -> None:
    app = harness.app
    await sweep_polls(app.polls, app.core, app.taxonomy, app.delivery)
