"""The translation queue through the real dispatcher: a member chooses a language pair (from
/profile), is offered an approved update lacking the target, sends a translation and chooses to
be credited; nobody else is offered the same item while it waits; the organizer edits and
approves it (the update now has the text, the report uses it unmarked and credits her); a
member who passes on an item is not offered it again; a rejected proposal changes nothing;
/forget takes a translator's undecided proposals away; the round's preview counts what lacks
each language. Forged organizer buttons are refused."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from bot.callbacks import TranslationAdminCb
from reports.summary import build_summary
from storage.database import Database
from storage.models import ActorType, AuditEntry, Person, Sector, SectorUpdate, Translation
from storage.services.actors import Actor
from storage.services.newsletters import Period
from tests.conftest import ADMIN_ID
from tests.flows import add_member
from tests.harness import FakeUser, Harness
from tests.integration.test_rounds_service import organization_of, term

TARA, OMAR, AUTHOR = 7_900_001, 7_900_002, 7_900_003
FIRST = "Two legal aid desks for women opened in Baghdad's courts."
SECOND = "The shelter in Duhok doubled its places."
PAIR = "English → Kurdish (Sorani)"


async def approved_update(db: Database, text: str) -> int:
    async with db.write() as session:
        update = SectorUpdate(
            organization_id=await organization_of(db, AUTHOR),
            actor_type_id=await term(db, ActorType, "local_ngo"),
            sector_id=await term(db, Sector, "protection"), kind="progress",
            texts={"en": text}, original_locale="en", anonymous=False, status="approved",
        )  # fmt: skip
        session.add(update)
        await session.flush()
        return update.id


async def test_a_translation_from_offer_to_report(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await add_member(db, AUTHOR, name="Amira")
    await add_member(db, TARA, name="Tara")
    await add_member(db, OMAR, name="Omar")
    first = await approved_update(db, FIRST)
    tara, omar = harness.user(TARA), harness.user(OMAR)

    await tara.send("/profile")
    await tara.press("🌐 I can help translate")
    assert tara.last.text.startswith("🌐 Help translate")
    await tara.press(f"▫️ {PAIR}")
    assert f"✅ {PAIR}" in [b for b, _ in tara.last.buttons()]
    await tara.press("▶ Translate now")
    assert "Into Kurdish (Sorani), please" in tara.last.text and FIRST in tara.last.text
    await tara.send("دوو مێزی یارمەتیی یاسایی بۆ ژنان کرانەوە.")
    assert tara.last.text == "Should the report name you as its translator?"
    await tara.press("Yes, name me")
    assert tara.last_alert == "✅ Thank you: your translation goes to the organizers."
    assert tara.last.text.startswith("🌐 Nothing waits for a translation")

    # Omar has the same pair: the item waits for review, so nothing is offered to him.
    await omar.send("/translate")
    await omar.press(f"▫️ {PAIR}")
    await omar.press("▶ Translate now")
    assert omar.last.text.startswith("🌐 Nothing waits for a translation")
    await omar.press_data(TranslationAdminCb(action="approve", item=1).pack())
    assert omar.last_alert == "You are not allowed to do this."

    # The organizer corrects it and approves.
    await admin.send("/translations")
    card = admin.last.text
    assert "Proposed translation" in card and "by Tara" in card and FIRST in card
    await admin.press("✏️ Edit")
    assert admin.last.text.startswith("Send the corrected translation into Kurdish (Sorani)")
    corrected = "دوو مێزی یارمەتیی یاسایی بۆ ژنان لە دادگاکانی بەغدا کرانەوە."
    await admin.send(corrected)
    assert admin.messages[-2].text == "Approved: the item now has this text."
    assert admin.last.text == "🌐 No proposed translation waits for review."
    async with db.read() as session:
        update = await session.get(SectorUpdate, first)
        actions = (await session.scalars(select(AuditEntry.action))).all()
    assert update is not None and update.texts == {"en": FIRST, "ckb": corrected}
    assert "translation.approve" in actions

    # A second update: Tara passes on it and is not offered it again; Omar's proposal for it
    # is rejected and changes nothing.
    second = await approved_update(db, SECOND)
    await tara.send("/translate")
    assert SECOND in tara.last.text
    await tara.press("⏭ Another one")
    assert tara.last.text.startswith("🌐 Nothing waits for a translation")
    await omar.send("/translate")
    assert SECOND in omar.last.text
    await omar.send("x" * 1501)
    assert omar.last.text.startswith("A translation can have up to 1,500 characters")
    await omar.send("شێلتەرەکە لە دهۆک شوێنەکانی دوو هێندە کرد.")
    await omar.press("No, without my name")
    await admin.send("/translations")
    assert "by a member who asked not to be named" in admin.last.text
    await admin.press("✖ Reject")
    assert admin.last_alert == "Rejected."
    async with db.read() as session:
        update = await session.get(SectorUpdate, second)
    assert update is not None and update.texts == {"en": SECOND}

    # The report in Sorani: the translated item as approved, unmarked; Tara credited.
    tz = harness.app.settings.tz
    now = datetime.now(tz)
    actor = Actor(telegram_id=ADMIN_ID, is_admin=True)
    data = await harness.app.dispatcher["report_data"].gather(
        actor, Period(now - timedelta(days=1), now + timedelta(days=1))
    )
    assert data.translators == ["Tara"]
    document = build_summary(data, harness.app.taxonomy, harness.app.core.get, "ckb")
    items = [b.text for b in document.blocks if b.kind == "li"]
    assert any(corrected in item and "[" not in item for item in items)
    assert any(SECOND in item and "[\u2068ئینگلیزی\u2069]" in item for item in items)
    assert any("Tara" in b.text for b in document.blocks if b.kind == "p")

    # /forget: Omar's rejected proposal goes; Tara's approved text stays, without her name.
    for who in (omar, tara):
        await who.send("/forget")
        await who.press(who.last.buttons()[0][0])
    async with db.read() as session:
        rows = (await session.execute(select(Translation.status, Translation.translator_id))).all()
        people = await session.scalar(
            select(func.count()).where(Person.telegram_id.in_((TARA, OMAR)))
        )
    assert people == 0
    assert rows == [("approved", None)]  # the skipped and the rejected went with them


async def test_the_round_preview_counts_what_lacks_each_language(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await add_member(db, AUTHOR, name="Amira")
    await approved_update(db, FIRST)
    await admin.send("/round")
    await admin.press(admin.last.buttons()[0][0])  # this quarter
    await admin.press("Next ▶")
    day = (datetime.now(harness.app.settings.tz) + timedelta(days=20)).date()
    await admin.send(day.isoformat())
    await admin.press("Skip ▶")
    assert (
        "Approved updates of this period without a translation: Arabic 1, Kurdish (Sorani) 1."
        in admin.last.text
    )
