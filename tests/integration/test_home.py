"""The chat as Telegram users expect it: a home card on /start that opens each feature in its
own place and is reached again from 🏠; /help grouped by what people do; lists a page at a
time, edited in place, with cards that open in place of their list and go back to it."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from storage.database import Database
from storage.models import DirectoryEntry, Opportunity, OpportunityStatus, Sector
from tests.flows import add_member, choose_language, register
from tests.harness import FakeUser, Harness

MEMBER, ORGANIZER, NEWCOMER = 7_100_001, 7_100_002, 7_100_003


def plain(text: str) -> str:
    """The text without its isolates (FSI, PDI) and right-to-left marks, as a reader sees the
    words."""
    return text.replace("\u2068", "").replace("\u2069", "").replace("\u200f", "")


def labels_of(user: FakeUser) -> list[str]:
    return [label for label, _ in user.last.buttons()]


async def test_the_home_card_opens_each_feature_in_its_place(
    harness: Harness, db: Database
) -> None:
    await add_member(db, MEMBER, name="Huda Member", locale="ar")
    huda = harness.user(MEMBER)
    await huda.send("/start")
    home = huda.last
    assert home.text.startswith("أهلًا ") and "Huda Member" in home.text
    assert labels_of(huda) == [
        "📅 اجتماعاتي", "✍️ إرسال تحديث", "📌 المتابعة", "📇 الدليل", "🎯 الفرص",
        "👤 ملفي الشخصي", "❓ المساعدة",
    ]  # fmt: skip
    assert "/help" not in home.text  # the card is the start, not a pointer to a list

    sent = len(huda.messages)
    for button, opened in (
        ("📅 اجتماعاتي", "لا توجد لديك اجتماعات قادمة"),
        ("📌 المتابعة", "أي قطاع؟"),
        ("📇 الدليل", "دليل الجهات"),
        ("🎯 الفرص", "الفرص"),
        ("👤 ملفي الشخصي", "Huda Member"),
        ("❓ المساعدة", "📅 الاجتماعات والاستبيانات"),
    ):
        await huda.press(button, huda.last)
        assert len(huda.messages) == sent, button  # the same message, edited
        assert huda.last.message_id == home.message_id
        assert opened in huda.last.text, button
        await huda.press("🏠 القائمة الرئيسية", huda.last)
        assert huda.last.text == home.text and labels_of(huda) == labels_of(huda)
    assert huda.last.edits == 12

    # A dialog starts under the card, as its command does.
    await huda.press("✍️ إرسال تحديث", huda.last)
    assert len(huda.messages) == sent + 1 and "قطاع" in huda.last.text


async def test_help_is_grouped_and_the_unregistered_admin_is_not_told_to_register(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await add_member(db, MEMBER, name="Member")
    member = harness.user(MEMBER)
    await member.send("/help")
    text = member.last.text
    # By what people do, the most frequent first; only what the role allows.
    assert text.index("📅 Meetings and polls") < text.index("📇 Who works where")
    assert text.index("/meetings —") < text.index("/directory —") < text.index("/forget —")
    assert "/pending" not in text and "Reports and data" not in text
    assert "🏠 Home" in labels_of(member)

    await admin.send("/help")
    text = admin.last.text
    assert "👥 People and roles" in text and "/roles — Give or revoke roles" in text
    assert "you do not need to register" in text and "choose your language and register" not in text
    await choose_language(admin)  # the home card follows the language choice
    assert "administrator" in admin.last.text
    assert labels_of(admin) == [
        "📥 To review (0)", "🧰 Organizer tools", "❓ Help", "Register my organization as an actor",
    ]  # fmt: skip
    await admin.press("🧰 Organizer tools", admin.last)
    tools = admin.last.text
    assert "/newmeeting —" in tools and "/report —" in tools and "/audit —" in tools
    assert "/directory" not in tools  # what every member has stays on the home card


async def test_what_waits_for_an_organizer_by_kind(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await add_member(db, ORGANIZER, name="Olfat Organizer", role="organizer")
    newcomer = harness.user(NEWCOMER)
    await register(newcomer)
    organizer = harness.user(ORGANIZER)
    await organizer.send("/start")
    assert "📥 Waiting for your decision: 1" in organizer.last.text
    await organizer.press("📥 To review (1)", organizer.last)
    assert "Registrations: 1" in organizer.last.text
    assert "Sector updates: 0" in organizer.last.text
    assert labels_of(organizer) == ["👤 Review registrations", "🏠 Home"]
    await organizer.press("👤 Review registrations", organizer.last)
    assert "Layla Hassan" in organizer.last.text
    await organizer.press("✅ Approve", organizer.last)
    await organizer.send("/start")
    assert "📥 To review (0)" in labels_of(organizer)
    # A member does not get there by a forged button.
    await add_member(db, MEMBER, name="Member")
    member = harness.user(MEMBER)
    await member.send("/start")
    await member.press_data("hm:review", member.last)
    assert member.last_alert is not None and "not allowed" in member.last_alert.lower()


async def test_directory_pages_in_place_and_a_card_goes_back_to_its_page(
    harness: Harness, db: Database
) -> None:
    for n in range(11):
        person_id = await add_member(db, 7_100_100 + n, name=f"Ninawa Group {n:02}")
        async with db.write() as session:
            session.add(DirectoryEntry(person_id=person_id))
    await add_member(db, MEMBER, name="Reader", locale="ckb")
    reader = harness.user(MEMBER)
    await reader.send("/directory")
    sent = len(reader.messages)
    await reader.press("بەپێی کەرت", reader.last)
    await reader.press("پاراستن", reader.last)
    first = reader.last
    assert plain(first.text) == "11 ڕێکخراو:\nپەڕەی 1 لە 2."
    organizations = [label for label in labels_of(reader) if label.startswith("Ninawa")]
    assert len(organizations) == 8
    await reader.press("دواتر ◀", reader.last)
    assert "پەڕەی 2 لە 2." in plain(reader.last.text)
    assert [label for label in labels_of(reader) if label.startswith("Ninawa")] == [
        "Ninawa Group 08 organization", "Ninawa Group 09 organization",
        "Ninawa Group 10 organization",
    ]  # fmt: skip
    await reader.press("Ninawa Group 09 organization", reader.last)
    assert "Ninawa Group 09" in reader.last.text
    await reader.press("▶ گەڕانەوە", reader.last)
    assert "پەڕەی 2 لە 2." in plain(reader.last.text)
    assert len(reader.messages) == sent  # one live message the whole way
    assert reader.last.message_id == first.message_id


async def test_opportunities_and_followup_open_cards_in_place(
    harness: Harness, db: Database
) -> None:
    author = await add_member(db, MEMBER, name="Reader")
    async with db.write() as session:
        sector_id = await session.scalar(select(Sector.id).where(Sector.code == "protection"))
        assert sector_id is not None
        for n in range(10):
            session.add(
                Opportunity(
                    author_id=author, kind="training", title=f"Training {n:02}",
                    text="A training for protection officers in Baghdad.",
                    deadline=date.today() + timedelta(days=10 + n),
                    status=OpportunityStatus.APPROVED, locale="en",
                )
            )  # fmt: skip
    reader = harness.user(MEMBER)
    await reader.send("/start")
    sent = len(reader.messages)
    await reader.press("🎯 Opportunities", reader.last)
    assert "Page 1 of 2." in reader.last.text
    await reader.press("Next ▶", reader.last)
    assert "Page 2 of 2." in reader.last.text
    title = next(label for label in labels_of(reader) if "Training" in label)
    await reader.press(title, reader.last)
    assert "Training" in reader.last.text and "◀ All open opportunities" in labels_of(reader)
    await reader.press("⭐ Save", reader.last)  # the card keeps its way back
    await reader.press("◀ All open opportunities", reader.last)
    assert "Page 2 of 2." in reader.last.text
    await reader.press("🏠 Home", reader.last)
    await reader.press("📌 Follow-up", reader.last)
    await reader.press("All sectors", reader.last)
    assert "No items yet" in reader.last.text and "◀ Back" in labels_of(reader)
    assert len(reader.messages) == sent
