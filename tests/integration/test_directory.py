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
    assert "Sectors: Protection, Recovery" in card  # Maryam's sector counts, not her name

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
