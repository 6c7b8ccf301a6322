"""The directory through the real dispatcher: nobody is listed until they choose it; a listed
person shows only what they chose (never a Telegram id or username); organizations are found by
name in any language and by sector; newcomers cannot read it; /forget takes the person out."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.callbacks import DirectoryCb
from storage.database import Database
from storage.models import DirectoryEntry, Organization, Person
from tests.flows import add_member
from tests.harness import Harness

LAYLA, MARYAM, READER = 6_990_001, 6_990_002, 6_990_003


async def test_a_person_chooses_to_be_listed_and_others_see_only_that(
    harness: Harness, db: Database
) -> None:
    await add_member(db, LAYLA, name="Layla Listed", sectors=("recovery",))
    maryam_id = await add_member(db, MARYAM, name="Maryam Private")
    await add_member(db, READER, name="Rasha Reader")
    async with db.write() as session:  # Maryam works for Layla's organization too
        layla_org = await session.scalar(
            select(Organization.id).where(
                Organization.names["en"].as_string() == "Layla Listed organization"
            )
        )
        maryam = await session.get(Person, maryam_id)
        assert maryam is not None
        maryam.organization_id = layla_org

    reader = harness.user(READER)
    await reader.send("/directory")
    await reader.send("layla listed")
    await reader.press("Layla Listed organization")
    assert "Listed representatives: none have chosen to be listed" in reader.last.text
    # Nobody listed and no activity: the card says nothing of where its people work.
    assert "Governorates: —" in reader.last.text and "Sectors: —" in reader.last.text

    layla = harness.user(LAYLA)
    await layla.send("/profile")
    await layla.press("📇 Directory")
    assert "you are not listed" in layla.last.text
    await layla.press("✅ List me")
    assert "you are listed" in layla.last.text and "Name shown: yes" in layla.last.text
    await layla.press("Hide my title")
    assert "Title shown: no" in layla.last.text

    await reader.send("/directory")
    await reader.press("By sector")
    await reader.press("Recovery")
    await reader.press("Layla Listed organization")
    card = reader.last.text
    assert "• Layla Listed, —" in card  # the name, not the title she hid
    assert "Maryam" not in card and str(LAYLA) not in card  # not listed; no Telegram id
    # Only what listed people and current activities tell: Maryam's sector would say where she
    # works, so it is not on the card.
    assert "Sectors: Recovery\n" in card and "Protection" not in card

    # Forged buttons: a term that does not exist, an organization that is not approved.
    await reader.press_data(DirectoryCb(action="list", setting="sector", value=999).pack())
    assert reader.last_alert == "This button belongs to an old message. Please use the latest one."

    newcomer = harness.user(6_990_009)
    await newcomer.send("/directory")
    assert "Directory" not in newcomer.last.text

    await layla.send("/forget")
    await layla.press("🗑 Yes, delete my data")
    async with db.read() as session:
        assert await session.scalar(select(func.count()).select_from(DirectoryEntry)) == 0


async def test_unlisted_people_leave_no_trace_in_filters_or_the_registration_search(
    harness: Harness, db: Database
) -> None:
    """An organization whose only representative is unlisted is not found by her sector or
    governorate, and someone registering (anyone on Telegram) does not find it by name if she
    proposed it (an organization on the mechanism's own list is always found); a
    registration search needs three letters, matches the start of a word, shows at most five."""
    solo = await add_member(
        db, LAYLA, name="Qanbar Solo", sectors=("climate_change",), governorates=("anbar",)
    )
    async with db.write() as session:  # she proposed it when she registered
        person = await session.get(Person, solo)
        assert person is not None
        organization = await session.get(Organization, person.organization_id)
        assert organization is not None
        organization.proposed_by_id = solo
    await add_member(db, READER, name="Rasha Reader")
    reader = harness.user(READER)
    await reader.send("/directory")
    await reader.press("By sector")
    await reader.press("Climate change")
    assert "Qanbar Solo organization" not in [label for label, _ in reader.last.buttons()]
    newcomer = harness.user(6_990_009)
    await newcomer.send("/start")
    await newcomer.press("English")
    await newcomer.press("✅ I agree")
    await newcomer.send("Noor Newcomer")
    await newcomer.send("Qanbar Solo")
    assert newcomer.last.text.startswith("No organization matches")
    # Once she is listed, the organization is there for both.
    await harness.user(LAYLA).send("/profile")
    await harness.user(LAYLA).press("📇 Directory")
    await harness.user(LAYLA).press("✅ List me")
    await newcomer.send("Qanbar")
    assert "Qanbar Solo organization" in [label for label, _ in newcomer.last.buttons()]
    await newcomer.send("anbar")  # inside a word, not its start: no match
    assert newcomer.last.text.startswith("No organization matches")
    await newcomer.send("Qa")
    assert newcomer.last.text.startswith("Type at least 3")
    for n in range(7):
        await add_member(db, 6_990_100 + n, name=f"Basra Group {n}")
        await harness.user(6_990_100 + n).send("/profile")
        await harness.user(6_990_100 + n).press("📇 Directory")
        await harness.user(6_990_100 + n).press("✅ List me")
    await newcomer.send("Basra Group")
    labels = [label for label, _ in newcomer.last.buttons()]
    assert sum(label.startswith("Basra Group") for label in labels) == 5
