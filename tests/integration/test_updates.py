"""Sector updates: an actor's /update dialog, the organizers' review queue, decisions told to
the author in their language, /myupdates, and what /forget leaves."""

from __future__ import annotations

from sqlalchemy import select

from storage.database import Database
from storage.models import SectorUpdate, UpdateStatus
from tests.flows import add_member
from tests.harness import FakeUser, Harness

AMIRA, BASMA, MEMBER = 6_500_001, 6_500_002, 6_500_003
TEXT = "Local NGOs opened two <b>safe spaces</b> for women in Baghdad and Basra this quarter."


async def submit(user: FakeUser, text: str = TEXT, *, named: bool = False) -> None:
    await user.send("/update")
    await user.press(user.last.buttons()[0][0])  # the first sector: Protection
    await user.press(user.last.buttons()[1][0])  # Challenge
    await user.press(next(b for b, _ in user.last.buttons() if b.startswith("▫️")))
    await user.press_data(next(d for _, d in user.last.buttons() if d.startswith("nav:done")))
    await user.send(text)
    await user.press(user.last.buttons()[0][0])  # skip the source
    await user.press(user.last.buttons()[1 if named else 0][0])
    await user.press(user.last.buttons()[0][0])  # submit


async def test_actor_sends_an_update_and_sees_its_status(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await add_member(db, AMIRA, locale="en", name="Amira")
    amira = harness.user(AMIRA)
    await amira.send("/update")
    assert amira.last.text == "📝 New sector update. Which sector is it about?"
    await amira.press("Protection")
    await amira.press("Challenge")
    await amira.press("Done ▶")
    assert amira.last_alert == "Choose at least one governorate."
    await amira.press("▫️ Baghdad")
    await amira.press("▫️ Basra")
    await amira.press("Done ▶")
    assert "up to 1,200 characters" in amira.last.text
    await amira.send_photo()
    assert amira.last.text == "Please send this as a text message."
    await amira.send("x" * 1300)
    assert amira.last.text.startswith("The text has 1,300 characters, 100 over the limit of 1,200.")
    # Bidi overrides a paste may carry are dropped; HTML stays text.
    await amira.send("\u202e" + TEXT)
    assert amira.messages[-2].text == f"Kept: {len(TEXT)} characters (left: {1200 - len(TEXT):,})."
    await amira.send("not a link")
    assert amira.last.text == "Please send a web link starting with https:// (or http://)."
    await amira.send("https://example.org/report")
    assert amira.last.text == "May the organization be named when the update is published?"
    await amira.press('Anonymous: "one of the …"')
    preview = amira.last
    assert "Published as: one of the Local NGOs and networks" in preview.text
    assert "Governorates: Baghdad, Basra" in preview.text
    assert "<b>safe spaces</b>" in preview.text  # shown as typed, not as bold
    await amira.press("✅ Submit")
    assert amira.last.text.startswith("✅ Thank you. Your update #")
    await harness.deliver()
    notice = harness.session.chat(admin.id)[-1]  # one "to review" message, not a notice each
    assert "Sector updates: 1" in notice.text
    assert notice.buttons()[0][0] == "📝 Review sector updates"
    await amira.send("/myupdates")
    assert "Protection · Challenge · waiting for review" in amira.last.text
    async with db.read() as session:
        update = await session.scalar(select(SectorUpdate))
    assert update is not None and update.texts == {"en": TEXT}
    assert update.link == "https://example.org/report" and update.anonymous


async def test_one_field_is_fixed_from_the_preview_without_starting_over(
    harness: Harness, db: Database
) -> None:
    await add_member(db, AMIRA, locale="ckb", name="Awat")
    awat = harness.user(AMIRA)
    await awat.send("/update")
    await awat.press("پاراستن")
    await awat.press("ئاستەنگ")
    await awat.press("▫️ هەولێر")
    await awat.press("تەواو ◀")
    await awat.send("Two safe spaces opened in Erbil with a typo: Erbli.")
    await awat.press("تێپەڕاندن ◀")  # no source yet
    await awat.press(awat.last.buttons()[0][0])  # anonymous
    preview = awat.last
    assert [b for b, _ in preview.buttons()] == [
        "✅ ناردن", "✏️ کەرت", "✏️ جۆر", "✏️ پارێزگاکان", "✏️ دەق", "✏️ سەرچاوە",
        "✏️ بڵاودەکرێتەوە وەک", "✖ هەڵوەشاندنەوە",
    ]  # fmt: skip
    # A button field: asked in place of the preview, and the preview comes back in its place.
    sent = len(awat.messages)
    await awat.press("✏️ جۆر", preview)
    await awat.press("پێشکەوتن", awat.last)
    assert len(awat.messages) == sent and awat.last.message_id == preview.message_id
    assert "جۆر: پێشکەوتن" in awat.last.text.replace("\u2068", "").replace("\u2069", "")
    # A typed field: the new text, then the preview again; nothing else asked again.
    await awat.press("✏️ دەق", awat.last)
    await awat.send("Two safe spaces opened in Erbil this quarter.")
    assert awat.last.text.startswith("نوێکارییەکەت")
    assert "Two safe spaces opened in Erbil this quarter." in awat.last.text
    await awat.press("✏️ سەرچاوە", awat.last)
    await awat.send("https://example.org/erbil")
    assert "https://example.org/erbil" in awat.last.text
    await awat.press("✅ ناردن", awat.last)
    async with db.read() as session:
        update = await session.scalar(select(SectorUpdate))
    assert update is not None and update.kind == "progress"
    assert update.texts == {"ckb": "Two safe spaces opened in Erbil this quarter."}
    assert update.link == "https://example.org/erbil" and update.anonymous


async def test_review_translate_approve_and_reject_with_reason(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await add_member(db, AMIRA, locale="en", name="Amira")
    await add_member(db, BASMA, locale="ar", name="Basma", actor_type="national_institution")
    amira, basma = harness.user(AMIRA), harness.user(BASMA)
    await submit(amira)
    await submit(
        basma, "تم افتتاح مركزين لحماية النساء في محافظة بغداد خلال هذا الربع.", named=True
    )
    await admin.send("/queue")
    card = admin.last.text
    assert "(2 waiting)" in card and "From: Amira, Amira organization" in card
    assert "Publish anonymously: yes" in card
    await admin.press("🌐 Add Arabic")
    assert admin.last.text == "Send the text of update #1 in Arabic."
    await admin.send("افتتحت منظمات محلية مساحتين آمنتين للنساء في بغداد والبصرة.")
    assert "Arabic: افتتحت منظمات محلية" in admin.last.text
    await admin.press("✅ Approve")
    assert admin.last_alert == "Update #1 approved."
    assert "Update #2" in admin.last.text and "From: Basma" in admin.last.text
    await admin.press("❌ Reject")
    await admin.send("Please say which <i>programme</i> this is.")
    assert admin.messages[-2].text == "Update #2 was not accepted; the author is told why."
    assert admin.last.text == "✅ No updates wait for review."
    await harness.deliver()
    assert amira.last.text.startswith("✅ Your update #1 (Protection, Challenge) was approved.")
    # Basma reads Arabic: "your update ... was not accepted. Reason: ..."
    # The number and the Latin reason sit in isolates (FSI ... PDI) inside the Arabic sentence.
    assert basma.last.text.startswith("لم يُقبل تحديثك رقم \u20682\u2069")
    assert basma.last.text.endswith("\u2068Please say which <i>programme</i> this is.\u2069")
    await basma.send("/myupdates")
    assert "غير مقبول" in basma.last.text and "programme" in basma.last.text
    async with db.read() as session:
        rows = {u.id: u for u in (await session.scalars(select(SectorUpdate))).all()}
    assert rows[1].status == UpdateStatus.APPROVED and set(rows[1].texts) == {"en", "ar"}
    assert rows[2].status == UpdateStatus.REJECTED


async def test_queue_is_for_organizers_and_a_decision_is_taken_once(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await add_member(db, AMIRA, locale="en", name="Amira")
    await add_member(db, MEMBER, locale="en", name="Member")
    await submit(harness.user(AMIRA))
    member = harness.user(MEMBER)
    await member.send("/queue")
    assert member.last.text == "This command is for organizers."
    await member.press_data("ur:approve:1:")
    assert member.last_alert == "You are not allowed to do this."
    await admin.send("/queue")
    await admin.press("✅ Approve")
    await admin.press_data("ur:reject:1:")  # the same card, from a second organizer's chat
    assert admin.last_alert == "This update was already approved."


async def test_forget_keeps_approved_updates_anonymous_and_drops_the_rest(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await add_member(db, AMIRA, locale="en", name="Amira")
    amira = harness.user(AMIRA)
    await submit(amira, named=True)
    await submit(amira)
    await admin.send("/queue")
    await admin.press("✅ Approve")
    await amira.send("/forget")
    await amira.press("🗑 Yes, delete my data")
    async with db.read() as session:
        rows = (await session.scalars(select(SectorUpdate))).all()
    assert len(rows) == 1
    assert rows[0].status == UpdateStatus.APPROVED
    assert rows[0].anonymous and rows[0].author_id is None
