"""Meetings: the organizer's dialog, invitations, answers, reminders, check-in, statistics."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from aiogram.methods import SendDocument
from sqlalchemy import select, update

from notices.meetings import checkin_button, invitation, reminder
from scheduler.reminders import sweep_reminders
from storage.database import Database
from storage.models import Answer, Attendance, Meeting, MeetingMode, MeetingReminder
from storage.services.audience import Audience
from storage.services.meetings import MeetingDraft
from storage.types import utcnow
from tests.conftest import ADMIN_ID
from tests.flows import add_member
from tests.harness import FakeUser, Harness

AMAL, BASMA, CHRO = 6_300_001, 6_300_002, 6_300_003


async def invitees(db: Database) -> None:
    await add_member(db, AMAL, name="Amal", locale="en")
    await add_member(db, BASMA, name="Basma", locale="ar", actor_type="national_institution")
    await add_member(db, CHRO, name="Chro", locale="ckb", actor_type="international")


async def publish(harness: Harness, **fields: object) -> Meeting:
    """A meeting published through the service (the dialog has its own test)."""
    now = utcnow()
    values: dict[str, object] = {
        "titles": {"en": "National coordination meeting", "ar": "الاجتماع التنسيقي الوطني"},
        "agendas": {"en": "Women's political participation"},
        "mode": MeetingMode.PHYSICAL,
        "venue": "WEO office, Baghdad",
        "starts_at": now + timedelta(days=3),
        "ends_at": now + timedelta(days=3, hours=3),
        "audience": Audience(),
    }
    values.update(fields)
    admin = await harness.app.people.actor(ADMIN_ID)
    render = invitation(harness.app.core, harness.app.settings)
    return await harness.app.meetings.publish(admin, MeetingDraft(**values), render)  # type: ignore[arg-type]


async def test_organizer_creates_a_meeting_and_invitees_get_it(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await invitees(db)
    await admin.send("/newmeeting")
    assert admin.last.text.startswith("New meeting: who is invited?")  # not "New announcement"
    await admin.press("Next ▶")
    await admin.send("Tenth national coordination meeting\nWomen's political participation")
    await admin.press("Skip ▶")
    await admin.press("Skip ▶")
    await admin.press("In person")
    await admin.send("WEO office, Karrada, Baghdad")
    await admin.send("2020-01-01 10:00")
    assert admin.last.text == "That moment has passed. Please choose a time in the future."
    await admin.send("2099-03-01 10:00")
    await admin.send("09:00")
    assert "would end before it starts" in admin.last.text
    await admin.send("13:00")
    await admin.press("Skip ▶")  # answers until the start
    await admin.send("lots")
    assert "Please send a whole number" in admin.last.text
    await admin.send("2")
    preview = [m for m in admin.messages if "You are invited" in m.text]
    # The day with its weekday and month name, in the reader's language (CLDR).
    assert preview and "Sunday, 1 March 2099 · 10:00–13:00 (Baghdad time)" in preview[-1].text
    assert "📍 WEO office, Karrada, Baghdad" in preview[-1].text
    assert "It goes to 3 people" in admin.last.text
    await admin.press("✅ Publish")
    assert "Invited: 3 · Yes: 0" in admin.messages[-2].text
    assert "https://t.me/tansiq_test_bot?start=ci_" in admin.messages[-2].text
    assert admin.last.kind == "photo"  # the check-in QR code
    await harness.deliver()
    card = harness.session.chat(BASMA)[-2]
    assert "لديك دعوة إلى اجتماع تنسيقي" in card.text
    assert "Tenth national coordination meeting" in card.text  # the fallback title
    # Iraqi month names; the clock reads left to right inside its own isolate.
    assert "الأحد، 1 آذار 2099 · \u206610:00–13:00\u2069" in card.text
    assert [b for b, _ in card.buttons()] == ["✅ نعم", "❔ ربما", "✖ لا"]
    assert harness.session.chat(BASMA)[-1].kind == "document"
    ics = next(m for m in harness.session.calls(SendDocument) if m.chat_id == AMAL)
    content = ics.document.data.decode()
    assert "BEGIN:VEVENT" in content and "SEQUENCE:0" in content
    assert "DTSTART;TZID=Asia/Baghdad:20990301T100000" in content
    assert "LOCATION:WEO office\\, Karrada\\, Baghdad" in content
    # The organizer's card shows new answers in place: no second card, no second QR code.
    await harness.user(AMAL).press("✅ Yes")
    organizer_card = admin.messages[-2]
    assert "📌 Action point" in [label for label, _ in organizer_card.buttons()]
    count = len(admin.messages)
    await admin.press("🔄 Answers", in_message=organizer_card)
    assert len(admin.messages) == count
    assert "Invited: 3 · Yes: 1" in organizer_card.text and organizer_card.edits == 1
    await admin.press("🔄 Answers", in_message=organizer_card)  # nothing new: left as it is
    assert admin.last_alert is None and organizer_card.edits == 1


async def test_video_link_must_be_a_url(harness: Harness, admin: FakeUser, db: Database) -> None:
    await invitees(db)
    await admin.send("/newmeeting")
    await admin.press("Next ▶")
    await admin.send("Online meeting\nUpdates")
    await admin.press("Skip ▶")
    await admin.press("Skip ▶")
    await admin.press("Online")
    await admin.send("zoom meeting tomorrow")
    assert "Please send a web link starting with https://" in admin.last.text
    await admin.send("https://meet.example.org/wps-iraq")
    assert "When does it start?" in admin.last.text


async def test_answers_capacity_and_waiting_list(harness: Harness, db: Database) -> None:
    await invitees(db)
    meeting = await publish(harness, capacity=1)
    await harness.deliver()
    amal, basma = harness.user(AMAL), harness.user(BASMA)
    await amal.press("✅ Yes")
    assert amal.last_alert == "Thank you: you are coming."
    await basma.press("✅ نعم")
    assert basma.last_alert is not None and "قائمة الانتظار" in basma.last_alert
    await amal.press("• ✅ Yes •")  # pressing Yes again keeps the place
    await amal.press("✖ No", in_message=amal.message_with_button("• ✅ Yes •"))
    answers = await harness.app.meetings.answers(meeting.id)
    assert answers[Answer.YES] == 1 and answers[Answer.NO] == 1
    await harness.deliver()
    assert "تم تسجيلك الآن في" in harness.session.chat(BASMA)[-1].text


async def test_answer_after_the_deadline_or_a_cancellation(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await invitees(db)
    meeting = await publish(harness)
    await harness.deliver()
    async with db.write() as session:
        await session.execute(
            update(Meeting)
            .where(Meeting.id == meeting.id)
            .values(rsvp_deadline=utcnow() - timedelta(minutes=1))
        )
    amal = harness.user(AMAL)
    await amal.press("✅ Yes")
    assert amal.last_alert == "Answers for this meeting are closed."
    other = await publish(harness, titles={"en": "Second meeting"})
    await harness.deliver()
    await admin.press_data(f"ma:cancel:{other.id}:")
    assert "is cancelled; every invitee is being told" in admin.last.text
    await harness.deliver()
    assert "This meeting is cancelled." in harness.session.chat(AMAL)[-2].text
    cancel_ics = [m for m in harness.session.calls(SendDocument) if m.chat_id == AMAL][-1]
    assert "METHOD:CANCEL" in cancel_ics.document.data.decode()
    await amal.press(
        "✅ Yes",
        in_message=next(
            m for m in harness.session.chat(AMAL) if "Second meeting" in m.text and m.buttons()
        ),
    )
    assert amal.last_alert == "This meeting is cancelled."


async def test_non_organizer_cannot_use_organizer_buttons(harness: Harness, db: Database) -> None:
    await invitees(db)
    meeting = await publish(harness)
    amal = harness.user(AMAL)
    await amal.press_data(f"ma:cancel:{meeting.id}:")
    assert amal.last_alert == "You are not allowed to do this."
    await amal.send("/newmeeting")
    assert amal.last.text == "This command is for organizers."


async def test_check_in_by_link_window_and_forgery(harness: Harness, db: Database) -> None:
    await invitees(db)
    later = await publish(harness)
    soon = await publish(
        harness, starts_at=utcnow() + timedelta(minutes=20), ends_at=utcnow() + timedelta(hours=2)
    )
    amal = harness.user(AMAL)
    await amal.send(f"/start ci_{later.id}_{later.checkin_token}")
    assert amal.last.text == "Check-in for this meeting is not open now."
    await amal.send(f"/start ci_{soon.id}_{later.checkin_token}")  # someone else's token
    assert amal.last.text == "This check-in link is not valid."
    await amal.send("/start ci_999999_abcdefgh")
    assert amal.last.text == "This meeting no longer exists."
    await amal.send(f"/start ci_{soon.id}_{soon.checkin_token}")
    assert amal.last.text == "✅ You are checked in. Welcome!"
    await amal.send(f"/start ci_{soon.id}_{soon.checkin_token}")
    assert amal.last.text == "You were already checked in."
    stranger = harness.user(6_300_099)
    await stranger.send(f"/start ci_{soon.id}_{soon.checkin_token}")
    assert stranger.last.text == "You are not registered yet. Send /start to begin."
    async with db.read() as session:
        rows = (await session.scalars(select(Attendance))).all()
    assert [(r.meeting_id, r.method) for r in rows] == [(soon.id, "link")]


async def test_reminders_once_to_yes_and_maybe_even_across_a_restart(
    harness: Harness, db: Database
) -> None:
    await invitees(db)
    meeting = await publish(
        harness, starts_at=utcnow() + timedelta(hours=5), ends_at=utcnow() + timedelta(hours=7)
    )
    async with db.read() as session:
        planned = (await session.scalars(select(MeetingReminder))).all()
    # 24 hours before has already passed: only the 1-hour reminder is planned.
    assert [r.offset_minutes for r in planned] == [60]
    await harness.deliver()
    await harness.user(AMAL).press("✅ Yes")
    await harness.user(BASMA).press("❔ ربما")
    await harness.user(CHRO).press("✖ نەخێر")
    async with db.write() as session:  # the reminder's moment came while the bot was down
        await session.execute(
            update(MeetingReminder).values(due_at=utcnow() - timedelta(minutes=5))
        )
    restarted = await harness.restart()
    app = restarted.app
    for _ in range(2):
        await sweep_reminders(app.meetings, app.core, app.settings, app.delivery)
    await restarted.deliver()
    reminded = [
        chat
        for chat in (AMAL, BASMA, CHRO)
        if any("⏰" in m.text for m in restarted.session.chat(chat))
    ]
    assert reminded == [AMAL, BASMA]
    assert sum("⏰" in m.text for m in restarted.session.chat(AMAL)) == 1
    # They answered already: the reminder does not ask them to answer.
    amal_reminder = next(m for m in restarted.session.chat(AMAL) if "⏰" in m.text)
    assert "answer" not in amal_reminder.text.lower()
    basma_reminder = next(m for m in restarted.session.chat(BASMA) if "⏰" in m.text)
    assert "يرجى الرد" not in basma_reminder.text
    await restarted.stop()
    assert meeting.id


async def test_reminder_missed_until_after_the_start_is_skipped(
    harness: Harness, db: Database
) -> None:
    await invitees(db)
    meeting = await publish(
        harness, starts_at=utcnow() + timedelta(hours=5), ends_at=utcnow() + timedelta(hours=7)
    )
    async with db.write() as session:
        await session.execute(
            update(Meeting)
            .where(Meeting.id == meeting.id)
            .values(starts_at=utcnow() - timedelta(minutes=1))
        )
        await session.execute(update(MeetingReminder).values(due_at=utcnow() - timedelta(hours=1)))
    queued, skipped = await harness.app.meetings.queue_due_reminders(
        reminder(harness.app.core, harness.app.settings),
        checkin_button(harness.app.core, harness.app.settings),
    )
    assert (queued, skipped) == (0, 1)


async def test_virtual_meeting_sends_a_check_in_button_at_the_start(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await invitees(db)
    meeting = await publish(
        harness, mode=MeetingMode.VIRTUAL, venue=None, link="https://meet.example.org/x",
        starts_at=utcnow() + timedelta(minutes=30), ends_at=utcnow() + timedelta(hours=2),
    )  # fmt: skip
    await harness.deliver()
    await harness.user(AMAL).press("✅ Yes")
    async with db.write() as session:
        await session.execute(
            update(MeetingReminder)
            .where(MeetingReminder.offset_minutes == 0)
            .values(due_at=utcnow() - timedelta(seconds=1))
        )
    app = harness.app
    await sweep_reminders(app.meetings, app.core, app.settings, app.delivery)
    await harness.deliver()
    amal = harness.user(AMAL)
    assert "is starting. Press the button to check in." in amal.last.text
    await amal.press("✅ I am here")
    assert amal.last_alert == "✅ You are checked in. Welcome!"
    await admin.send("/stats")
    summary = admin.messages[-2].text
    assert "Held in person: 0 · online: 1 · hybrid: 0" in summary
    assert "Attendances: 1 · different people: 1" in summary
    assert "Local NGOs and networks: 1 (100%)" in summary
    assert "Said yes: 1 · of whom came: 1" in summary
    assert admin.last.kind == "photo"  # the chart of the shares by actor type
    # The periods /report offers, as buttons: the one shown ticked; another changes the
    # summary in place and replaces its chart.
    shown = admin.messages[-2]
    labels = [b for b, _ in shown.buttons()]
    assert labels[0].startswith("This quarter (") and labels[2].startswith("✅ Last four quarters")
    chart = admin.last.message_id
    await admin.press(labels[0], shown)
    assert admin.messages[-2].message_id == shown.message_id and shown.edits >= 2
    assert shown.buttons()[0][0].startswith("✅ This quarter (")
    assert admin.last.kind == "photo" and admin.last.message_id != chart
    assert chart not in [m.message_id for m in admin.messages]  # the old chart is gone
    assert meeting.id


async def test_announcement_to_a_meetings_attendees_and_invitees(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await invitees(db)
    await add_member(db, 6_300_004, name="Outsider", governorates=("basra",))
    soon = await publish(
        harness,
        titles={"en": "Baghdad meeting"},
        audience=Audience(governorates=[1]),  # Baghdad: the first governorate of the file
        starts_at=utcnow() + timedelta(minutes=20),
        ends_at=utcnow() + timedelta(hours=2),
    )
    await harness.user(AMAL).send(f"/start ci_{soon.id}_{soon.checkin_token}")
    await admin.send("/announce")
    await admin.press("📅 A meeting's people")
    await admin.press("Attended Baghdad meeting")
    assert "Attended: Baghdad meeting" in admin.last.text and "People: 1" in admin.last.text
    await admin.press("📅 A meeting's people")
    await admin.press("Invited to Baghdad meeting")
    assert "People: 3" in admin.last.text  # the outsider in Basra was not invited
    await admin.press("📅 A meeting's people")
    await admin.press("Attended Baghdad meeting")
    await admin.press("Next ▶")
    await admin.send("Thank you for coming")
    await admin.press("Skip ▶")
    await admin.press("Skip ▶")
    await admin.press("Skip ▶")
    await admin.press("✅ Send now")
    await harness.deliver()
    assert harness.session.chat(AMAL)[-1].text == "Thank you for coming"
    assert all(
        "Thank you for coming" not in m.text
        for chat in (BASMA, CHRO, 6_300_004)
        for m in harness.session.chat(chat)
    )


async def test_changes_reach_invitees_and_two_organizers_cannot_overwrite_each_other(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    from storage.models import Role

    await invitees(db)
    await add_member(db, 6_300_010, name="Second Organizer", role=Role.ORGANIZER)
    meeting = await publish(harness)
    await harness.deliver()
    other = harness.user(6_300_010)
    # Both open "change venue" on version 0 of the meeting.
    await admin.press_data(f"ma:field:{meeting.id}:venue")
    await other.press_data(f"ma:field:{meeting.id}:venue")
    await other.send("Babylon Hotel, Baghdad")
    assert "is changed; every invitee is being told" in other.last.text
    await admin.send("Rotana Hotel, Erbil")
    assert "Another organizer changed this meeting meanwhile" in admin.last.text
    stored = await harness.app.meetings.get(meeting.id)
    assert stored.venue == "Babylon Hotel, Baghdad" and stored.sequence == 1
    await harness.deliver()
    notice = harness.session.chat(AMAL)[-2]
    assert "This meeting has changed" in notice.text and "📍 Babylon Hotel, Baghdad" in notice.text
    ics = [m for m in harness.session.calls(SendDocument) if m.chat_id == AMAL][-1]
    content = ics.document.data.decode()
    assert f"UID:{meeting.uid}" in content and "SEQUENCE:1" in content

    # A new time moves the reminders with it.
    await admin.press_data(f"ma:field:{meeting.id}:time")
    await admin.send("2099-05-05 09:00")
    async with db.read() as session:
        planned = (await session.scalars(select(MeetingReminder))).all()
    moved = await harness.app.meetings.get(meeting.id)
    assert {r.due_at for r in planned} == {
        moved.starts_at - timedelta(hours=24),
        moved.starts_at - timedelta(hours=1),
    }
    assert moved.ends_at - moved.starts_at == timedelta(hours=3)


async def test_answers_list_and_attendance_by_hand(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    from aiogram.types import BufferedInputFile

    await invitees(db)
    meeting = await publish(harness)
    await harness.deliver()
    await harness.user(AMAL).press("✅ Yes")
    await admin.press_data(f"ma:csv:{meeting.id}:")
    summary = admin.messages[-2].text
    assert "Local NGOs and networks — yes: 1 · maybe: 0 · no: 0 · no answer: 0" in summary
    assert "National institutions — yes: 0 · maybe: 0 · no: 0 · no answer: 1" in summary
    document = harness.session.calls(SendDocument)[-1]
    assert isinstance(document.document, BufferedInputFile)
    lines = document.document.data.decode("utf-8-sig").splitlines()
    assert lines[0] == "name,organization,actor_type,answer,answered_at,attended_at"
    assert any(
        line.startswith("Amal,Amal organization,Local NGOs and networks,yes,") for line in lines
    )
    await admin.press_data(f"ma:attend:{meeting.id}:")
    assert "Press a name to mark them as present." in admin.last.text
    await admin.press("▫️ Amal")
    assert "✅ Amal" in [b for b, _ in admin.last.buttons()]
    await admin.press_data(f"ma:mark:{meeting.id}:999999")  # someone not invited
    assert admin.last_alert == "You are not invited to this meeting."
    async with db.read() as session:
        rows = (await session.scalars(select(Attendance))).all()
    assert [(r.method, r.meeting_id) for r in rows] == [("manual", meeting.id)]


async def test_someone_approved_later_is_invited_to_meetings_still_open(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    from tests.integration.test_people import approved

    await invitees(db)
    await add_member(db, 6_300_010, name="Basra member", governorates=("basra",))
    await publish(harness)  # to everyone
    basra_only = await publish(  # Basra is the second governorate of the file
        harness, titles={"en": "Basra coordination meeting"}, audience=Audience(governorates=[2])
    )
    await harness.deliver()
    newcomer = harness.user(6_300_009)
    await approved(harness, admin, newcomer)  # registers for Baghdad
    invitation = newcomer.message_with_button("✅ Yes")
    assert "National coordination meeting" in invitation.text
    assert not any(basra_only.titles["en"] in m.text for m in newcomer.messages)
    await newcomer.press("✅ Yes")
    await newcomer.send("/meetings")
    assert "National coordination meeting" in newcomer.last.text


async def test_my_meetings_come_in_pages_with_a_card_each(harness: Harness, db: Database) -> None:
    await invitees(db)
    for day in range(1, 8):
        await publish(
            harness,
            titles={"en": f"Meeting number {day}"},
            starts_at=utcnow() + timedelta(days=day),
            ends_at=utcnow() + timedelta(days=day, hours=2),
        )
    await harness.deliver()
    amal = harness.user(AMAL)
    before = len(amal.messages)
    await amal.send("/meetings")
    assert len(amal.messages) == before + 1  # one message, not one per meeting
    page = amal.last
    assert page.text.startswith("📅 Your 7 upcoming meetings · page 1 / 2.")
    assert [b for b, _ in page.buttons()] == [
        *(f"Meeting number {day}" for day in range(1, 6)),
        "Later ▶",
        "🏠 Home",
    ]
    await amal.press("Later ▶")
    assert amal.last is page and "page 2 / 2" in page.text
    assert [b for b, _ in page.buttons()] == [
        "Meeting number 6", "Meeting number 7", "◀ Earlier", "🏠 Home",
    ]  # fmt: skip
    await amal.press("Meeting number 7")
    assert page.text.startswith("📅 Meeting number 7")
    assert "Please answer by" in page.text and "Your answer: no answer yet" in page.text
    await amal.press("✅ Yes")
    # The card is drawn again, text and buttons: the answer marked, the way back kept.
    assert [b for b, _ in page.buttons()] == ["• ✅ Yes •", "❔ Maybe", "✖ No", "◀ All my meetings"]
    assert "Your answer: yes" in page.text and "no answer yet" not in page.text
    assert "Please answer by" not in page.text and "Answers can be changed until" in page.text
    await amal.press("◀ All my meetings")
    assert "page 2 / 2" in page.text and "Your answer: yes" in page.text
    await amal.press("Meeting number 7")
    assert "Answers can be changed until" in page.text and "Please answer by" not in page.text


async def test_the_organizer_writes_in_her_language_first_and_readers_follow_the_chain(
    harness: Harness, db: Database
) -> None:
    """/newmeeting asks an Arabic-reading organizer for the Arabic text first, then English,
    then Sorani. A reader whose language was skipped gets the first written language of her
    chain in the taxonomy file: Sorani readers English before Arabic, Arabic readers English
    before Sorani, English readers Arabic before Sorani."""
    await invitees(db)
    await add_member(db, 6_300_009, name="Huda", locale="ar", role="organizer")
    huda = harness.user(6_300_009)
    await huda.send("/newmeeting")
    await huda.press("التالي ◀")
    assert "لقرّاء \u2068العربية\u2069" in huda.last.text  # her own language first
    await huda.send("الاجتماع التنسيقي الحادي عشر\nالمشاركة السياسية للمرأة")
    assert "الإنجليزية" in huda.last.text  # then English
    await huda.send("Eleventh coordination meeting\nWomen's political participation")
    assert "الكردية" in huda.last.text  # then Sorani: skipped
    await huda.press("تخطٍّ ◀")
    assert "حضوري" in [b for b, _ in huda.last.buttons()]  # on to the mode
    # Readers: English for Sorani (her chain: ckb, en, ar), Arabic and English as written.
    meeting = await publish(
        harness, titles={"ar": "الاجتماع التنسيقي الحادي عشر", "en": "Eleventh meeting"},
        agendas={"ar": "المشاركة السياسية"},
    )  # fmt: skip
    await harness.deliver()
    chro = harness.session.chat(CHRO)[-2].text
    assert "Eleventh meeting" in chro and "المشاركة السياسية" in chro  # agenda: only Arabic
    assert "الاجتماع التنسيقي الحادي عشر" in harness.session.chat(BASMA)[-2].text
    # Without English: English readers get Arabic (their chain), not the first text written.
    no_english = await publish(
        harness, titles={"ckb": "کۆبوونەوەی لەناکاو", "ar": "اجتماع طارئ"}, agendas={"ckb": "بڕگە"}
    )
    await harness.deliver()
    assert "اجتماع طارئ" in harness.session.chat(AMAL)[-2].text
    assert "کۆبوونەوەی لەناکاو" in harness.session.chat(CHRO)[-2].text
    assert meeting.id != no_english.id


def test_the_taxonomy_file_names_each_language_s_reading_order(tmp_path: Path) -> None:
    from storage.services.taxonomy import TaxonomyFileError, read_taxonomy_file

    source = Path("taxonomy/wps-iraq.toml").read_text(encoding="utf-8")
    assert 'fallback = ["en", "ar"]' in source  # Sorani readers: English, then Arabic
    broken = tmp_path / "broken.toml"
    broken.write_text(source.replace('fallback = ["en", "ar"]', 'fallback = ["ckb", "fr"]'))
    with pytest.raises(TaxonomyFileError, match="fallback of ckb"):
        read_taxonomy_file(broken)


async def test_one_part_of_a_meeting_is_fixed_from_its_preview(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await invitees(db)
    await admin.send("/newmeeting")
    await admin.press("Next ▶")
    await admin.send("Twelfth coordination meeting\nElections")
    await admin.send("الاجتماع التنسيقي الثاني عشر\nالانتخابات")
    await admin.press("Skip ▶")  # no Sorani: its readers get English (their reading order)
    await admin.press("In person")
    await admin.send("WEO office, Karrada, Baghdad")
    await admin.send("2099-03-01 10:00")
    await admin.send("13:00")
    await admin.press("Skip ▶")
    await admin.press("Skip ▶")
    confirm = admin.last
    # One invitation shown, in the organizer's language (with its calendar file), not one per
    # language; the languages written are named.
    assert len([m for m in admin.messages if "You are invited" in m.text]) == 1
    assert "Written in: English, Arabic." in confirm.text
    assert [b for b, _ in confirm.buttons()] == [
        "✅ Publish", "✏️ Title and agenda", "✏️ Where", "✏️ When", "✏️ Answer deadline",
        "✏️ Places", "✖ Cancel",
    ]  # fmt: skip
    # The time, fixed: asked again (start and end), then the preview; nothing else asked.
    await admin.press("✏️ When", confirm)
    await admin.send("2099-03-02 11:00")
    await admin.send("14:00")
    shown = [m for m in admin.messages if "You are invited" in m.text][-1]
    assert "Monday, 2 March 2099 · 11:00–14:00" in shown.text
    assert admin.last.buttons()[0][0] == "✅ Publish"
    # Online now: the link asked, the venue gone.
    await admin.press("✏️ Where", admin.last)
    await admin.press("Online")
    await admin.send("https://meet.example.org/wps-12")
    shown = [m for m in admin.messages if "You are invited" in m.text][-1]
    assert "https://meet.example.org/wps-12" in shown.text and "Karrada" not in shown.text
    await admin.press("✅ Publish", admin.last)
    async with db.read() as session:
        meeting = await session.scalar(select(Meeting).order_by(Meeting.id.desc()))
    assert meeting is not None and meeting.mode == "virtual" and meeting.venue is None
    assert meeting.titles == {
        "en": "Twelfth coordination meeting", "ar": "الاجتماع التنسيقي الثاني عشر"
    }  # fmt: skip
