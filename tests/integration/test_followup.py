"""Follow-up through the real dispatcher: an organizer tracks an approved recommendation from
its review card; the owner's representative reports its status (a narrative over the limit is
given back, not lost); the author, who follows it, is told in Arabic; a member of another
organization sees no report button and a forged one is refused; /tracker counts, draws and
exports; an item deleted while its owner is in the status dialog ends the dialog cleanly."""

from __future__ import annotations

from typing import Any

from aiogram.methods import SendDocument, SendPhoto
from aiogram.types import BufferedInputFile
from sqlalchemy import select

from bot.callbacks import FollowupCb
from storage.database import Database
from storage.models import FollowupChange, FollowupItem, Person, SectorUpdate
from tests.conftest import ADMIN_ID, ORGANIZER_ID
from tests.flows import add_member, choose_language, open_queue
from tests.harness import FakeUser, Harness
from tests.integration.test_updates import submit

AUTHOR, OWNER, STRANGER = 6_980_001, 6_980_002, 6_980_003
RECOMMENDATION = "Amend the electoral law so that the women's quota covers the provincial councils."


async def tracked_item(harness: Harness, db: Database) -> tuple[FakeUser, int]:
    """The author (in Arabic) submits a recommendation; the organizer approves and tracks it."""
    await add_member(db, ORGANIZER_ID, name="Huda Organizer", role="organizer")
    await add_member(db, AUTHOR, name="Rana Author", locale="en")
    author = harness.user(AUTHOR)
    await submit(author, RECOMMENDATION)
    async with db.write() as session:  # a recommendation, not the helper's challenge
        update = await session.scalar(select(SectorUpdate))
        assert update is not None
        update.kind = "recommendation"
        person = await session.scalar(select(Person).where(Person.telegram_id == AUTHOR))
        assert person is not None
        person.locale = "ar"  # the author reads Arabic from now on
    organizer = harness.user(ORGANIZER_ID)
    await organizer.send("/queue")
    await organizer.press("✅ Approve")
    card = organizer.message_with_button("📌 Track")
    assert [label for label, _ in card.buttons()] == ["📌 Track"]
    await organizer.press("📌 Track", in_message=card)
    assert organizer.last_alert is not None and organizer.last_alert.startswith("Item #")
    assert "Recommendation #" in organizer.last.text and "Not yet reported" in organizer.last.text
    async with db.read() as session:
        item = await session.scalar(select(FollowupItem))
    assert item is not None
    await harness.deliver()  # the author hears it is tracked, in her language
    told = author.message_with_button("فتح البند")
    assert told.text.startswith("📌 أصبحت توصيتك قيد المتابعة لدى المنظِّمين بوصفها البند رقم")
    return organizer, item.id


async def test_owner_reports_and_the_following_author_is_told_in_arabic(
    harness: Harness, db: Database
) -> None:
    organizer, item_id = await tracked_item(harness, db)
    # An administrator who never registered follows the item: she is told as anyone is.
    admin = harness.user(ADMIN_ID)
    await choose_language(admin)
    await admin.press_data(FollowupCb(action="show", item_id=item_id).pack())
    await admin.press("🔔 Follow")
    assert admin.last_alert is not None and admin.last_alert.startswith("You follow this item")
    # The owner organization: the organizer adds it by searching its name.
    await add_member(db, OWNER, name="Omar Owner")
    await organizer.press("➕ Owner")
    await organizer.send("Omar Owner org")
    await organizer.press("Omar Owner organization")
    assert organizer.last_alert == "Owner added: its representatives can report now."
    assert "Owners: one of the Local NGOs and networks" in organizer.last.text
    await organizer.press("📅 Due date", in_message=organizer.last)
    await organizer.send("٢٠٢٠-٠١-٠١")  # Eastern digits are read; a past date is refused
    assert organizer.last.text == "That date has passed. Choose a due date from today on."
    await organizer.send("2099-03-31")
    assert "Due: Tuesday, 31 March 2099" in organizer.last.text
    assert "From sector update #" in organizer.last.text
    await organizer.press("🏛 Pillar", in_message=organizer.last)
    await organizer.press("Participation")
    assert organizer.last_alert == "Pillar saved."
    assert "Pillar: Participation" in organizer.last.text
    # The update came in English: the organizer adds the Sorani text for its readers.
    await organizer.press("🌐 Add Kurdish (Sorani)", in_message=organizer.last)
    await organizer.send(
        "یاسای هەڵبژاردن هەموار بکرێت بۆ ئەوەی کۆتای ژنان ئەنجومەنی پارێزگاکانیش بگرێتەوە."
    )
    assert organizer.messages[-2].text == "Saved: readers of that language see this text."
    assert "🌐 Add Kurdish (Sorani)" not in [label for label, _ in organizer.last.buttons()]

    owner = harness.user(OWNER)
    await owner.send("/followup")
    await owner.press("All sectors")
    assert owner.last.buttons()[0][0].startswith("⚪👥 #")
    # The status colours come with their key: no one has to read them by colour alone.
    assert owner.last.text.endswith(
        "⚪ Not yet reported, 🟣 Exceeded, 🟢 Met, 🟡 Limited progress, 🔴 No progress"
    )
    await owner.press(owner.last.buttons()[0][0])
    await owner.press("📝 Report status")
    assert owner.last.text == f"Where does item #{item_id} stand now?"
    await owner.press("🟡 Limited progress")
    await owner.send("word " * 230)
    assert owner.messages[-2].text == (
        "The narrative has 230 words, 30 over the limit of 200. Shorten it and send it again; "
        "your text is kept until then."
    )
    assert owner.last.text.startswith("Your text, to shorten:") and "word word" in owner.last.text
    await owner.send("The <b>draft</b> went to the council; the vote is in March.")
    await owner.press("Skip ▶")
    assert owner.messages[-2].text == (
        "Saved: 🟡 Limited progress. Everyone who follows the item is told."
    )
    assert "<b>draft</b>" in owner.last.text  # the narrative stays text
    assert "History (one report, latest first):" in owner.last.text

    await harness.deliver()
    assert f"Item #{item_id} moved" in harness.session.chat(ADMIN_ID)[-1].text  # she is told
    notice = harness.session.chat(AUTHOR)[-1]
    plain = notice.text.replace("\u2068", "").replace("\u2069", "")
    assert f"تغيّرت حالة البند رقم {item_id}" in plain
    assert "تقدّم محدود" in notice.text and notice.buttons()[0][0] == "فتح البند"
    async with db.read() as session:
        change = await session.scalar(select(FollowupChange))
    assert change is not None and change.level == "limited"
    # The quarter's newsletter draft lists what moved.
    await organizer.send("/newsletter")
    await organizer.press("This quarter")
    draft = next(t for t in organizer.texts() if t.startswith("Tansiq newsletter"))
    assert "Follow-up of recommendations: what moved in the period" in draft
    assert "📌 🟡 Limited progress: Amend the electoral law" in draft


async def test_a_member_of_another_organization_cannot_report_even_with_a_forged_button(
    harness: Harness, db: Database
) -> None:
    _, item_id = await tracked_item(harness, db)
    await add_member(db, STRANGER, name="Sami Stranger")
    stranger = harness.user(STRANGER)
    await stranger.press_data(FollowupCb(action="show", item_id=item_id).pack())
    labels = [label for row in [stranger.last.buttons()] for label, _ in row]
    assert "🔔 Follow" in labels and "📝 Report status" not in labels
    await stranger.press_data(FollowupCb(action="report", item_id=item_id).pack())
    assert stranger.last_alert == (
        "Only a representative of an owner organization, or an organizer, can report on this item."
    )
    await stranger.press_data(FollowupCb(action="level", item_id=item_id, level="met").pack())
    assert (
        stranger.last_alert == "That step is over; nothing changed. Please use the latest message."
    )
    await stranger.press("🔔 Follow")
    assert (
        stranger.last_alert == "You follow this item: each change of its status reaches you here."
    )
    await stranger.send("/tracker")
    assert stranger.last.text == "This command is for organizers."
    async with db.read() as session:
        assert await session.scalar(select(FollowupChange)) is None


async def test_tracker_counts_draws_and_exports_and_a_deleted_item_ends_the_dialog(
    harness: Harness, db: Database
) -> None:
    organizer, item_id = await tracked_item(harness, db)
    await organizer.send("/tracker")
    text = organizer.messages[-2].text
    assert text.startswith("📌 Follow-up tracker: one item")
    assert "Protection: ⚪ Not yet reported 1" in text
    photo = harness.session.calls(SendPhoto)[-1]
    assert photo.caption == "Follow-up: status by sector"
    await organizer.press("⬇ CSV", in_message=organizer.messages[-2])
    document = harness.session.calls(SendDocument)[-1]
    assert isinstance(document.document, BufferedInputFile)
    csv_text = document.document.data.decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("id,kind,sectors")
    assert RECOMMENDATION in csv_text

    # The owner starts a report; an organizer deletes the item meanwhile.
    await add_member(db, OWNER, name="Omar Owner")
    owner_person = await harness.app.people.by_telegram_id(OWNER)
    assert owner_person is not None and owner_person.organization_id is not None
    organizer_actor = await harness.app.people.actor(ORGANIZER_ID)
    await harness.app.dispatcher["followup"].add_owner(
        organizer_actor, item_id, owner_person.organization_id
    )
    owner = harness.user(OWNER)
    await owner.press_data(FollowupCb(action="show", item_id=item_id).pack())
    await owner.press("📝 Report status")
    await owner.press("🟢 Met")
    await harness.app.dispatcher["followup"].delete(organizer_actor, item_id)
    await owner.send("Adopted by parliament on 3 March.")
    await owner.press("Skip ▶")
    assert owner.last_alert == "This item no longer exists."
    # The dialog is over: the next text is not taken as a link for a report.
    await owner.send("https://example.org")
    assert "Saved" not in owner.last.text


async def test_owners_are_asked_once_reminded_once_and_a_blocked_owner_shows(
    harness: Harness, db: Database
) -> None:
    from datetime import date, timedelta

    from storage.models import FollowupAsk
    from storage.services.followup import FollowupService
    from storage.services.followup_asks import AskSweep
    from storage.services.outbox import OutboxService
    from storage.types import utcnow

    organizer, item_id = await tracked_item(harness, db)
    await add_member(db, OWNER, name="Omar Owner", locale="ckb")
    owner_organization = await harness.app.people.by_telegram_id(OWNER)
    assert owner_organization is not None and owner_organization.organization_id is not None
    followup: FollowupService = harness.app.dispatcher["followup"]
    organizer_actor = await harness.app.people.actor(ORGANIZER_ID)
    await followup.add_owner(organizer_actor, item_id, owner_organization.organization_id)
    outbox = OutboxService(db)

    def render(item: FollowupItem, occasion: str, locale: str, reminder: bool) -> list[Any]:
        from notices.followup import status_request

        return status_request(harness.app.core, item, occasion, locale, reminder)

    near_quarter_end = date(2026, 12, 20)
    # Two owners: the author's organization (from the update) and Omar's.
    assert await AskSweep(db, outbox).run(near_quarter_end, render) == {"asked": 2, "reminded": 0}
    # A restart: a new sweep (and a second scheduler) asks nothing again.
    assert await AskSweep(db, outbox).run(near_quarter_end, render) == {"asked": 0, "reminded": 0}
    await harness.deliver()
    request = harness.session.chat(OWNER)[-1]
    plain = request.text.replace("\u2068", "").replace("\u2069", "")
    assert f"بڕگەی ژمارە {item_id} گەیشتووەتە کوێ؟" in plain and "2026Q4" in plain
    assert request.buttons()[0][0] == "📝 ڕاپۆرتی ڕەوش"

    async with db.write() as session:  # a week has passed with no report
        for ask in await session.scalars(select(FollowupAsk)):
            ask.asked_at = utcnow() - timedelta(days=8)
    assert await AskSweep(db, outbox).run(near_quarter_end, render) == {"asked": 0, "reminded": 2}
    assert await AskSweep(db, outbox).run(near_quarter_end, render) == {"asked": 0, "reminded": 0}
    await harness.deliver()
    assert "بیرخستنەوە" in harness.session.chat(OWNER)[-1].text

    # The owner blocks the bot: the organizer sees that no request reaches that owner.
    await harness.user(OWNER).block_bot()
    await organizer.send("/tracker")
    assert "Owners no status request can reach" in organizer.messages[-2].text
    assert "Omar Owner organization" in organizer.messages[-2].text


async def test_the_summary_report_has_a_follow_up_section_by_sector(
    harness: Harness, db: Database
) -> None:
    from datetime import timedelta

    from reports.summary import build_summary
    from storage.services.newsletters import Period
    from storage.types import utcnow

    _, item_id = await tracked_item(harness, db)
    followup = harness.app.dispatcher["followup"]
    actor = await harness.app.people.actor(ORGANIZER_ID)
    await followup.report(actor, item_id, "met", "Adopted.", lambda item, change, locale: [])
    now = utcnow()
    data = await harness.app.dispatcher["report_data"].gather(
        actor, Period(now - timedelta(days=30), now + timedelta(days=1))
    )
    for locale in ("en", "ar"):
        document = build_summary(data, harness.app.taxonomy, harness.app.core.get, locale)
        kinds = [(block.kind, block.text) for block in document.blocks]
        heading = "Follow-up of recommendations" if locale == "en" else "متابعة التوصيات"
        start = kinds.index(("h1", heading))
        section = kinds[start:]
        assert any(kind == "figure" for kind, _ in section)
        sector = "1. Protection" if locale == "en" else "1. الحماية"
        assert ("h2", sector) in section
        moved = [text for kind, text in section if kind == "li"]
        assert len(moved) == 1 and RECOMMENDATION in moved[0]
    assert moved[0].replace("\u2069", "").endswith("تحقّق")


async def test_action_points_of_a_meeting_reach_its_attendees_in_their_language(
    harness: Harness, db: Database
) -> None:
    from bot.callbacks import FollowupAdminCb
    from storage.models import Attendance
    from tests.conftest import ADMIN_ID
    from tests.integration.test_meetings import publish

    attendee = await add_member(db, 6_981_001, name="Basma", locale="ar")
    await add_member(db, OWNER, name="Omar Owner")
    meeting = await publish(harness)
    async with db.write() as session:
        session.add(Attendance(meeting_id=meeting.id, person_id=attendee, method="manual"))
    admin = harness.user(ADMIN_ID)
    await admin.press_data(FollowupAdminCb(action="point", value=meeting.id).pack())
    assert admin.last.text.startswith("📌 Action point of National coordination meeting")
    await admin.send("Share the shelter map with the Ministry of Labour.")
    await admin.send("Omar Owner")
    await admin.press("Omar Owner organization")
    assert admin.last_alert == "Owner: Omar Owner organization"
    await admin.press("Done ▶")
    await admin.send("-")
    assert admin.messages[-2].text.startswith("Action point #")
    assert "Action point #" in admin.last.text and "Share the shelter map" in admin.last.text
    assert "From the meeting: National coordination meeting" in admin.last.text
    await harness.deliver()
    notice = harness.session.chat(6_981_001)[-1]
    assert "نقطة عمل" in notice.text and "الاجتماع التنسيقي الوطني" in notice.text
    async with db.read() as session:
        item = await session.scalar(select(FollowupItem))
    assert item is not None and item.kind == "action_point" and item.meeting_id == meeting.id


async def test_a_representative_commits_an_organizer_approves_advisory_proposes_it(
    harness: Harness, db: Database
) -> None:
    from storage.models import AgendaTopic
    from tests.conftest import ADMIN_ID

    await add_member(db, OWNER, name="Omar Owner", locale="en")
    await add_member(db, 6_982_001, name="Ava Advisory", role="advisory")
    owner = harness.user(OWNER)
    await owner.send("/followup")
    await owner.press("➕ State a commitment")
    await owner.press("Recovery")
    await owner.send("Fund two shelters in Basra in 2027.")
    await owner.send("2099-12-31")
    assert owner.last.text.startswith("Thank you: commitment #")
    # Until approved, nobody sees it in /followup.
    await owner.send("/followup")
    await owner.press("All sectors")
    assert owner.last.text == "No items yet in All sectors."
    await harness.deliver()
    admin = harness.user(ADMIN_ID)
    await open_queue(admin, "commitments")  # from her "to review" message
    card = admin.message_with_button("✅ Approve")
    assert "New commitment #" in card.text and "Omar Owner organization" in card.text
    await admin.press("✅ Approve", in_message=card)
    await harness.deliver()
    assert "was approved" in harness.session.chat(OWNER)[-1].text
    await owner.send("/followup")
    await owner.press("All sectors")
    assert owner.last.buttons()[0][0].startswith("⚪👥 #")  # owned, and followed by its author

    advisory = harness.user(6_982_001)
    async with db.read() as session:
        item = await session.scalar(select(FollowupItem))
    assert item is not None and item.review == "approved" and item.kind == "commitment"
    await advisory.press_data(FollowupCb(action="show", item_id=item.id).pack())
    await advisory.press("🗳 Propose for the agenda")
    assert advisory.last_alert is not None and advisory.last_alert.startswith("Proposed")
    async with db.read() as session:
        topic = await session.scalar(select(AgendaTopic))
    assert topic is not None and "Fund two shelters" in topic.text
