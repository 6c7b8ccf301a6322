"""Where a day is asked, it can be pressed instead of typed: a reporting round's deadline, a
commitment's and an item's due date, an action point's; a meeting's start and answer deadline
and a scheduled send (a day, then its hour pressed or typed); a cut's first and last day; an
activity's first day (gone by) and last. A day pressed is taken as the same day typed; a
forged day in the past, or a last day before the first, is refused."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from bot.callbacks import DayCb
from bot.i18n import long_day
from storage.database import Database
from storage.models import Activity, Broadcast, CutWindow, FollowupItem, Meeting, ReportingRound
from tests.flows import add_member
from tests.harness import ChatMessage, FakeUser, Harness


def label_of(message: ChatMessage, data: str) -> str:
    """The button a person would press for this day or hour."""
    return next(label for label, packed in message.buttons() if packed == data)


async def press_day(user: FakeUser, step: str, day: date) -> None:
    """Press a day the step's picker shows (its latest), turning the months as a person would."""
    prompt = next(
        m
        for m in reversed(user.messages)
        if any(packed.startswith(f"dy:{step}:") for _, packed in m.buttons())
    )
    wanted = DayCb(step=step, day=f"{day:%Y%m%d}").pack()
    for _ in range(24):
        if wanted in [packed for _, packed in prompt.buttons()]:
            await user.press(label_of(prompt, wanted), prompt)
            return
        months = {
            DayCb.unpack(packed).month: packed
            for _, packed in prompt.buttons()
            if packed.startswith("dy:") and DayCb.unpack(packed).month
        }
        toward = max(months) if f"{day:%Y%m}" >= max(months) else min(months)
        await user.press_data(months[toward], prompt)  # the month arrow, edited in place
    raise AssertionError(f"{day} is not offered")


async def test_a_round_deadline_is_pressed(harness: Harness, admin: FakeUser, db: Database) -> None:
    await add_member(db, 7_960_001, name="Rana")
    await admin.send("/round")
    await admin.press(admin.last.buttons()[0][0])  # this quarter
    await admin.press("Next ▶")
    prompt = admin.last
    today = datetime.now(harness.app.settings.tz).date()
    # Yesterday is no button; a forged press of it changes nothing and says so.
    yesterday = today - timedelta(days=1)
    assert f"dy:rddl:{yesterday:%Y%m%d}:" not in [data for _, data in prompt.buttons()]
    await admin.press_data(DayCb(step="rddl", day=f"{yesterday:%Y%m%d}").pack(), prompt)
    assert admin.last_alert == "That step is over; nothing changed. Please use the latest message."
    assert admin.last.message_id == prompt.message_id
    await admin.press("▶", prompt)  # the next month, in place
    assert admin.last.message_id == prompt.message_id
    await admin.press("20", prompt)
    assert admin.last.text.startswith("Guiding questions (optional)")
    await admin.press("Skip ▶")
    await admin.press(admin.last.buttons()[0][0])  # open the round
    async with db.read() as session:
        round_ = await session.scalar(select(ReportingRound))
    following = (today.replace(day=1) + timedelta(days=32)).replace(day=20)
    assert round_ is not None
    assert round_.deadline.astimezone(harness.app.settings.tz).date() == following


async def test_a_commitment_due_date_is_pressed(harness: Harness, db: Database) -> None:
    await add_member(db, 7_960_002, name="Omar", locale="ckb")
    owner = harness.user(7_960_002)
    await owner.send("/followup")
    await owner.press("➕ تۆمارکردنی پابەندبوونێک")
    await owner.press("پاراستن")
    await owner.send("Fund two shelters in Basra in 2027.")
    tomorrow = datetime.now(harness.app.settings.tz).date() + timedelta(days=1)
    quick = [label for label, _ in owner.last.buttons()[:3]]  # the next days: tomorrow second
    assert quick[1].endswith(f" {tomorrow.day}")
    await owner.press(quick[1])
    assert owner.last.text.startswith("سوپاس: پابەندبوونی ژمارە")
    async with db.read() as session:
        item = await session.scalar(select(FollowupItem))
    assert item is not None and item.due_on == tomorrow


async def test_a_meeting_start_and_answer_deadline_are_pressed_in_arabic(
    harness: Harness, db: Database
) -> None:
    tz = harness.app.settings.tz
    await add_member(db, 7_960_010, name="Huda", locale="ar", role="organizer")
    huda = harness.user(7_960_010)
    await huda.send("/newmeeting")
    await huda.press("التالي ◀")
    await huda.send("الاجتماع التنسيقي الحادي عشر\nالمشاركة السياسية")
    await huda.press("تخطٍّ ◀")
    await huda.press("تخطٍّ ◀")
    await huda.press("حضوري")
    await huda.send("مكتب الشبكة، الكرادة، بغداد")
    start_day = datetime.now(tz).date() + timedelta(days=40)  # next month or the one after
    await press_day(huda, "mstart", start_day)
    question = huda.last
    assert question.text.startswith("🕒 في أي ساعة يوم")
    assert long_day(start_day, "ar") in question.text
    labels = [label for label, _ in question.buttons()]
    assert labels == ["09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "✖ إلغاء"]
    await huda.press("10:00")
    assert huda.last.text.startswith("متى ينتهي؟")
    await huda.send("١٣:٠٠")
    # The answer deadline: a day pressed, its hour typed in Eastern digits.
    await press_day(huda, "mdead", start_day - timedelta(days=2))
    await huda.send("١٦:٣٠")
    assert huda.last.text.startswith("كم شخصًا")
    await huda.press("تخطٍّ ◀")
    await huda.press("✅ نشر")
    async with db.read() as session:
        meeting = await session.scalar(select(Meeting))
    assert meeting is not None
    assert meeting.starts_at.astimezone(tz) == datetime.combine(start_day, time(10), tz)
    assert meeting.ends_at is not None
    assert meeting.ends_at.astimezone(tz) == datetime.combine(start_day, time(13), tz)
    deadline = datetime.combine(start_day - timedelta(days=2), time(16, 30), tz)
    assert meeting.rsvp_deadline.astimezone(tz) == deadline


async def test_a_scheduled_send_takes_a_day_pressed_and_its_hour_typed(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    from tests.integration.test_announce import compose, members

    tz = harness.app.settings.tz
    await members(db)
    await compose(admin, {"en": "Later"}, "Basra")
    await admin.press("Skip ▶")
    await admin.press("🕒 Schedule")
    await admin.send("09:00")  # a time alone, with no day pressed: not enough
    assert "Please write the date and time like" in admin.last.text
    day = datetime.now(tz).date() + timedelta(days=3)
    await press_day(admin, "send", day)
    assert admin.last.text.startswith(f"🕒 At what time on {long_day(day, 'en')}?")
    await admin.send("18:45")
    assert f"Scheduled for {long_day(day, 'en')} · 18:45 (Baghdad time)" in admin.last.text
    async with db.read() as session:
        broadcast = await session.scalar(select(Broadcast))
    assert broadcast is not None and broadcast.due_at is not None
    assert broadcast.due_at.astimezone(tz) == datetime.combine(day, time(18, 45), tz)


async def test_a_cut_is_pressed_day_by_day(harness: Harness, admin: FakeUser, db: Database) -> None:
    today = datetime.now(harness.app.settings.tz).date()
    first = today + timedelta(days=10)
    await admin.send("/cuts")
    await admin.press("➕ Declare a cut")
    await press_day(admin, "cut1", first)
    prompt = admin.last
    assert prompt.text.startswith(f"First day: {long_day(first, 'en')}. Press the last day")
    # A last day before the first is no button; forged, it changes nothing.
    await admin.press_data(DayCb(step="cut2", day=f"{first - timedelta(days=1):%Y%m%d}").pack())
    assert admin.last_alert == "That step is over; nothing changed. Please use the latest message."
    await press_day(admin, "cut2", first + timedelta(days=2))
    assert admin.last.text.startswith(f"From {long_day(first, 'en')} to ")
    await admin.send("06:00-08:00")
    assert admin.messages[-2].text.startswith(f"Cut declared: {long_day(first, 'en')} to ")
    # One day: the first pressed, then the hours typed (Eastern digits).
    await admin.press("➕ Declare a cut")
    await press_day(admin, "cut1", first + timedelta(days=20))
    await admin.send("٠٧:٠٠-٠٩:٠٠")
    async with db.read() as session:
        windows = (await session.scalars(select(CutWindow).order_by(CutWindow.id))).all()
    assert [(w.first_day, w.last_day, w.daily_from, w.daily_to) for w in windows] == [
        (first, first + timedelta(days=2), "06:00", "08:00"),
        (first + timedelta(days=20), first + timedelta(days=20), "07:00", "09:00"),
    ]


async def test_an_activity_began_on_a_day_gone_by(harness: Harness, db: Database) -> None:
    await add_member(db, 7_960_020, name="Amal")
    amal = harness.user(7_960_020)
    today = datetime.now(harness.app.settings.tz).date()
    began = today.replace(day=1) - timedelta(days=40)  # two months back: the months turn back
    for title, end in (("Legal aid for survivors in Sinjar", None), ("Shelter map", "31/12/2099")):
        await amal.send("/activities")
        await amal.press("➕ Add an activity")
        await amal.press("Protection")
        await amal.send(title)
        await amal.press("▫️ Ninawa")
        await amal.press("Done ▶")
        await amal.press("Ongoing")
        await press_day(amal, "adfrom", began)
        assert amal.last.text.startswith(f"It starts {long_day(began, 'en')}. When does it end?")
        if end is None:
            await amal.press("Skip ▶")
        else:
            await amal.send(end)
        assert title in amal.last.text
    async with db.read() as session:
        activities = (await session.scalars(select(Activity).order_by(Activity.id))).all()
    assert [(a.starts_on, a.ends_on) for a in activities] == [
        (began, None),
        (began, date(2099, 12, 31)),
    ]


async def test_an_item_due_date_and_an_action_point_due_date_are_pressed(
    harness: Harness, db: Database
) -> None:
    from bot.callbacks import FollowupAdminCb
    from tests.conftest import ADMIN_ID
    from tests.integration.test_followup import tracked_item
    from tests.integration.test_meetings import publish

    organizer, _ = await tracked_item(harness, db)
    due = datetime.now(harness.app.settings.tz).date() + timedelta(days=45)
    await organizer.press("📅 Due date", in_message=organizer.last)
    await press_day(organizer, "fuset", due)
    assert f"Due: {long_day(due, 'en')}" in organizer.last.text
    admin = harness.user(ADMIN_ID)
    meeting = await publish(harness)
    await admin.press_data(FollowupAdminCb(action="point", value=meeting.id).pack())
    await admin.send("Share the shelter map with the Ministry of Labour.")
    await admin.press("Done ▶")
    await press_day(admin, "fupdue", due)
    assert admin.messages[-2].text.startswith("Action point #")
    async with db.read() as session:
        items = (await session.scalars(select(FollowupItem).order_by(FollowupItem.id))).all()
    assert [item.due_on for item in items] == [due, due]
