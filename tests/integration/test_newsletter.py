"""Newsletters: drafted from the period, edited per language, split when long, read later."""

from __future__ import annotations

from storage.database import Database
from tests.flows import add_member
from tests.harness import FakeUser, Harness

EN_READER, AR_READER, UNSUBSCRIBED = 6_200_001, 6_200_002, 6_200_003


async def test_newsletter_from_draft_to_subscribers(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await add_member(db, EN_READER, locale="en")
    await add_member(db, AR_READER, locale="ckb", newsletter_locale="ar")
    await add_member(db, UNSUBSCRIBED, locale="en")
    quitter = harness.user(UNSUBSCRIBED)
    await quitter.send("/subscribe")
    assert "You receive the newsletter in English" in quitter.last.text
    await quitter.press("📭 Unsubscribe")
    assert quitter.last.text.startswith("📭 You do not receive the newsletter.\n")

    await admin.send("/newsletter")
    await admin.press("This quarter")
    texts = admin.texts()
    draft_en = next(t for t in texts if t.startswith("Tansiq newsletter"))
    assert "The coordination mechanism in numbers" in draft_en
    assert "Local NGOs and networks:" in draft_en
    assert "Coordination meetings held: 0 · attendances: 0" in draft_en
    assert any("نشرة تنسيق" in t for t in texts)
    assert "It goes to 2 subscribers." in admin.last.text

    await admin.press("✏️ English")
    long_text = "\n\n".join(
        f"Paragraph {i}. " + "Women lead the peace process. " * 25 for i in range(8)
    )
    await admin.send(long_text)
    await admin.press("✅ Send now")
    await harness.deliver()
    english = [m.text for m in harness.session.chat(EN_READER)]
    assert len(english) >= 2 and english[0].startswith("Paragraph 0.")
    assert all(len(part) <= 4096 for part in english)
    arabic = harness.session.chat(AR_READER)
    assert "نشرة تنسيق" in arabic[-1].text  # the newsletter language, not the UI one
    assert harness.session.chat(UNSUBSCRIBED)[-1].text.startswith("📭")  # nothing new

    reader = harness.user(AR_READER)
    await reader.send("/newsletters")
    issue_button = reader.last.buttons()[0][0]
    await reader.press(issue_button)
    assert "نشرة تنسيق" in reader.last.text


async def test_period_by_hand_and_its_mistakes(harness: Harness, admin: FakeUser) -> None:
    await admin.send("/newsletter")
    await admin.send("2026-03-31 2026-01-01")
    assert "The period ends before it starts" in admin.last.text
    await admin.send("first quarter")
    assert "Please send two dates like" in admin.last.text
    await admin.send("2026-01-01 2026-03-31")
    assert any("2026-01-01 – 2026-03-31" in t for t in admin.texts())


async def test_members_only_commands(harness: Harness) -> None:
    stranger = harness.user(6_200_009)
    await stranger.send("/newsletter")
    assert stranger.last.text == "This command is for organizers."
    await stranger.send("/announce")
    assert stranger.last.text == "This command is for organizers."


async def test_only_approved_updates_reach_the_newsletter(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    from storage.services.updates import UpdateDraft

    await add_member(db, EN_READER, locale="en", name="Amal")
    app = harness.app
    person = await app.people.by_telegram_id(EN_READER)
    assert person is not None
    updates = app.dispatcher.workflow_data["updates"]
    organizer = await app.people.actor(admin.id)
    sector = app.taxonomy.sectors[0].id
    for text, named, decision in (
        ("Approved: the survivors' portal opened for applications.", True, "approve"),
        ("Rejected: a rumour about the <b>budget</b> that was not confirmed.", False, "reject"),
        ("Pending: still waiting for the organizers to read it.", False, None),
    ):
        draft = UpdateDraft(
            sector_id=sector, kind="progress", governorates=[1], text=text, anonymous=not named
        )
        update = await updates.submit(person, draft, "en")
        if decision == "approve":
            await updates.approve(update.id, organizer)
        elif decision == "reject":
            await updates.reject(update.id, organizer, "Not confirmed")
    await admin.send("/newsletter")
    await admin.press("This quarter")
    draft_en = next(t for t in admin.texts() if t.startswith("Tansiq newsletter"))
    assert "Updates from the sectors (approved by the organizers)" in draft_en
    assert "📈 Approved: the survivors' portal opened for applications. (Amal organization)" in (
        draft_en
    )
    assert "Rejected" not in draft_en and "Pending" not in draft_en
    # As it goes out, the author of the update it shows hears so (she subscribes too).
    await admin.press("✅ Send now")
    await harness.deliver()
    told = [t for t in harness.user(EN_READER).texts() if t.startswith("📰 The newsletter for")]
    assert len(told) == 1 and "the survivors' portal opened" in told[0]
