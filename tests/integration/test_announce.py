"""Announcements as organizers compose them and recipients receive them."""

from __future__ import annotations

from aiogram.types import Document, PhotoSize, Update

from storage.database import Database
from storage.models import Broadcast, DeliveryStatus
from tests.flows import add_member
from tests.harness import FakeUser, Harness

BAGHDAD_EN, BAGHDAD_AR, BAGHDAD_CKB, BASRA_EN = 6_000_001, 6_000_002, 6_000_003, 6_000_004


async def members(db: Database) -> None:
    await add_member(db, BAGHDAD_EN, locale="en", name="Amira")
    await add_member(db, BAGHDAD_AR, locale="ar", name="Basma")
    await add_member(db, BAGHDAD_CKB, locale="ckb", name="Chiman", actor_type="international")
    await add_member(db, BASRA_EN, locale="en", name="Dana", governorates=("basra",))


async def compose(admin: FakeUser, texts: dict[str, str | None], governorate: str | None) -> None:
    await admin.send("/announce")
    assert admin.last.text.startswith("New announcement\n")
    if governorate:
        await admin.press("Governorates (0)")
        await admin.press(f"▫️ {governorate}")
        await admin.press("Done ▶")
    await admin.press("Next ▶")
    for language in ("en", "ar", "ckb"):
        text = texts.get(language)
        if text:
            await admin.send(text)
        else:
            await admin.press("Skip ▶")


async def test_announcement_reaches_its_audience_in_each_language(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await members(db)
    await compose(admin, {"en": "Meeting on Sunday", "ar": "اجتماع يوم الأحد"}, "Baghdad")
    assert "Send a photo or a document" in admin.last.text
    await admin.press("Skip ▶")
    # The preview shows each language exactly as recipients get it.
    texts = admin.texts()
    assert "👁 Preview for readers of English:" in texts and "Meeting on Sunday" in texts
    assert "اجتماع يوم الأحد" in texts
    assert "Recipients: 3 people (English: 1, Arabic: 1, Kurdish (Sorani): 1)" in admin.last.text
    await admin.press("✅ Send now")
    assert "Queued: 3 messages." in admin.last.text
    await harness.deliver()
    assert harness.session.chat(BAGHDAD_EN)[-1].text == "Meeting on Sunday"
    assert harness.session.chat(BAGHDAD_AR)[-1].text == "اجتماع يوم الأحد"
    # Sorani was not written: the fallback (the default language, English) goes out.
    assert harness.session.chat(BAGHDAD_CKB)[-1].text == "Meeting on Sunday"
    assert harness.session.chat(BASRA_EN) == []
    assert "Send finished: 3 of 3 messages sent." in admin.last.text


async def test_empty_audience_is_refused(harness: Harness, admin: FakeUser, db: Database) -> None:
    await members(db)
    await admin.send("/announce")
    await admin.press("▫️ Advisory committee")  # nobody is on the committee
    assert "People: 0" in admin.last.text
    await admin.press("Next ▶")
    assert admin.last_alert == "Nobody matches this audience. Choose a wider one."


async def test_html_typed_by_an_organizer_is_sent_as_text(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await members(db)
    await compose(admin, {"en": "<b>Important & urgent"}, "Basra")
    await admin.press("Skip ▶")
    await admin.press("✅ Send now")
    await harness.deliver()
    assert harness.session.chat(BASRA_EN)[-1].text == "<b>Important & urgent"


async def test_attachment_over_the_limit(harness: Harness, admin: FakeUser, db: Database) -> None:
    await members(db)
    await compose(admin, {"en": "Report attached"}, "Basra")
    big = Document(
        file_id="doc1", file_unique_id="d1", file_name="report.pdf", file_size=80 * 1024 * 1024
    )
    await admin.h.feed(
        Update(update_id=admin.h.next_update_id(), message=admin._message(document=big))
    )
    assert "This file is 80 MB; Telegram lets bots send files up to 50 MB." in admin.last.text
    photo = [
        PhotoSize(file_id="ph1", file_unique_id="p1", width=800, height=600, file_size=300_000)
    ]
    await admin.h.feed(
        Update(update_id=admin.h.next_update_id(), message=admin._message(photo=photo))
    )
    await admin.press("✅ Send now")
    await harness.deliver()
    received = harness.session.chat(BASRA_EN)[-1]
    assert received.kind == "photo" and received.text == "Report attached"  # as the caption


async def test_scheduled_announcement_waits_and_can_be_cancelled(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await members(db)
    await compose(admin, {"en": "Later"}, "Basra")
    await admin.press("Skip ▶")
    await admin.press("🕒 Schedule")
    await admin.send("2020-01-01 09:00")
    assert admin.last.text == "That moment has passed. Please choose a time in the future."
    await admin.send("tomorrow")
    assert "Please write the date and time like" in admin.last.text
    await admin.send("2099-01-01 09:00")
    assert (
        "Scheduled for Thursday, 1 January 2099 · 09:00 (Baghdad time): one message."
        in admin.last.text
    )
    await harness.deliver()
    assert harness.session.chat(BASRA_EN) == []
    await admin.press("✖ Cancel this send")
    assert "Send cancelled: one message will not go out." in admin.last.text
    async with db.read() as session:
        from sqlalchemy import select

        broadcast = await session.scalar(select(Broadcast))
    assert broadcast is not None and broadcast.cancelled_at is not None
    totals = await harness.app.outbox.totals(broadcast.id)
    assert totals == {DeliveryStatus.CANCELLED: 1}


async def test_restart_mid_broadcast_loses_nothing_and_sends_nothing_twice(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    from datetime import timedelta

    from aiogram.methods import SendMessage

    for i in range(20):
        await add_member(db, 6_100_000 + i, name=f"P{i}", governorates=("najaf",))
    await compose(admin, {"en": "Coordination meeting moved"}, "Najaf")
    await admin.press("Skip ▶")
    await admin.press("✅ Send now")
    # A worker claims five rows, sends two of them, and the process dies before recording.
    claimed = await harness.app.outbox.claim(5, lease=timedelta(seconds=-1))
    for row in claimed[:2]:
        await harness.bot.send_message(row.chat_id, row.payload["text"])
    restarted = await harness.restart()
    await restarted.deliver()
    sends = [int(m.chat_id) for m in restarted.session.calls(SendMessage) if m.chat_id != admin.id]
    assert len(sends) == len(set(sends)) == 17  # 2 by the dead process, 15 after the restart
    summary = admin.last.text
    assert (
        "Send finished: 15 of 20 messages sent." in summary
        and "Unknown (the bot stopped mid-send): 5" in summary
    )
    # The organizer decides: resend the unknown ones. Two people get it a second time, which
    # is why this is never done silently.
    restarted_admin = restarted.user(admin.id)
    await restarted_admin.press("Resend the 5 unknown messages")
    await restarted.deliver()
    assert "Send finished: 20 of 20 messages sent." in admin.last.text
    await restarted.stop()
