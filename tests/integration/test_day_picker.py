"""Where a day is asked, it can be pressed instead of typed: a reporting round's deadline and a
commitment's due date take the day pressed as the same day typed; a forged day in the past is
refused."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from bot.callbacks import DayCb
from storage.database import Database
from storage.models import FollowupItem, ReportingRound
from tests.flows import add_member
from tests.harness import FakeUser, Harness


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
