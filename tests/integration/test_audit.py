"""The audit trail: organizers' and admins' actions are rows; admins read and export them;
a person's /forget takes their name out and keeps the action."""

from __future__ import annotations

from aiogram.methods import SendDocument
from aiogram.types import BufferedInputFile

from storage.database import Database
from tests.conftest import ORGANIZER_ID
from tests.flows import add_member, open_queue, register
from tests.harness import FakeUser, Harness
from tests.integration.test_meetings import invitees, publish


async def test_actions_are_recorded_and_admins_read_and_export_them(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await add_member(db, ORGANIZER_ID, name="Huda Organizer", role="organizer")
    applicant = harness.user(6_900_001)
    await register(applicant, name="Rana Applicant")
    await open_queue(admin)
    await admin.press("✅ Approve", in_message=admin.message_with_button("✅ Approve"))
    await invitees(db)
    meeting = await publish(harness)
    await admin.send("/export")
    await admin.press("Actors · CSV")
    await admin.send("/audit")
    page = admin.last.text
    assert "Audit trail: 1–3 of 3 actions, latest first." in page
    lines = page.splitlines()[2:]
    assert "exported a table" in lines[0]
    assert "published a meeting · National coordination meeting" in lines[1]
    assert "approved a registration · Rana Applicant" in lines[2]
    # The test's administrator is one of ADMIN_IDS who never registered: not "a deleted person".
    assert "an administrator without a profile (from the bot's settings)" in lines[2]
    await admin.press("⬇ CSV")
    document = harness.session.calls(SendDocument)[-1]
    assert isinstance(document.document, BufferedInputFile)
    assert document.protect_content is True
    csv_text = document.document.data.decode("utf-8-sig")
    assert "registration.approve" in csv_text and "meeting.publish" in csv_text
    assert str(meeting.id) in csv_text

    # The applicant asks /forget: the action stays, the name goes.
    await applicant.send("/forget")
    await applicant.press("🗑 Yes, delete my data")
    await admin.send("/audit")
    assert "approved a registration · a deleted person" in admin.last.text
    assert "Rana Applicant" not in admin.last.text


async def test_the_audit_trail_pages_and_is_for_admins_only(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await add_member(db, ORGANIZER_ID, name="Huda Organizer", role="organizer")
    await invitees(db)
    for _ in range(12):
        await publish(harness)
    await admin.send("/audit")
    assert "1–10 of 12 actions" in admin.last.text
    await admin.press("Older ▶")
    assert "11–12 of 12 actions" in admin.last.text
    await admin.press("◀ Newer")
    assert "1–10 of 12 actions" in admin.last.text
    organizer = harness.user(ORGANIZER_ID)
    await organizer.send("/audit")
    assert "Audit trail" not in organizer.last.text
    await organizer.press_data("au:page:10")
    assert organizer.last_alert == "You are not allowed to do this."
