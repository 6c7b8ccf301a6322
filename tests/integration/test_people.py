"""Language, status, help and menus, profile, roles, deletion on request, restarts."""

from __future__ import annotations

from aiogram.methods import DeleteMyCommands, SetMyCommands
from aiogram.types import BotCommandScopeChat, BotCommandScopeDefault
from sqlalchemy import func, select

from bot.i18n import FSI, PDI
from storage.database import Database
from storage.models import FsmRecord, Organization, Person, PersonStatus, Role
from tests.conftest import ADMIN_ID
from tests.flows import choose_language, open_queue, register
from tests.harness import FakeUser, Harness


async def approved(harness: Harness, admin: FakeUser, user: FakeUser, **kwargs: object) -> None:
    await register(user, **kwargs)  # type: ignore[arg-type]
    await open_queue(admin)  # from the "to review" message
    await admin.press("✅ Approve", in_message=admin.message_with_button("✅ Approve"))
    await harness.deliver()


async def test_language_can_be_changed_any_time(harness: Harness) -> None:
    user = harness.user(3001)
    await choose_language(user)
    await user.send("/language")
    await user.press("کوردی (سۆرانی)")
    assert user.last.text == "زمانەکەت ئێستا کوردییە."
    await user.send("/status")
    assert user.last.text == "هێشتا خۆت تۆمار نەکردووە. \u2068/start\u2069 بنێرە بۆ دەستپێکردن."
    person = await harness.app.people.by_telegram_id(3001)
    assert person is not None and person.locale == "ckb"


async def test_arabic_text_isolates_latin_names_and_numbers(
    harness: Harness, admin: FakeUser
) -> None:
    user = harness.user(3002)
    await register(
        user,
        language="العربية",
        name="Layla O'Brien",
        org_query="UNFPA",
        org_button="صندوق الأمم المتحدة للسكان",
        governorates=("بغداد",),
        sectors=("الحماية",),
        title="Officer 2",
    )
    await open_queue(admin)
    await admin.press("✅ Approve")
    await user.send("/profile")
    # Each inserted value sits between FSI and PDI, so a Latin name keeps its direction.
    assert f"الاسم: {FSI}Layla O'Brien{PDI}" in user.last.text
    assert f"المسمّى الوظيفي: {FSI}Officer 2{PDI}" in user.last.text
    # English has no isolates.
    assert FSI not in admin.last.text


async def test_help_lists_what_the_role_allows(harness: Harness, admin: FakeUser) -> None:
    user = harness.user(3003)
    await choose_language(user)
    await user.send("/help")
    assert "/status — Your registration status" in user.last.text
    assert "/pending" not in user.last.text
    await admin.send("/help")
    assert "/pending — Registrations waiting for approval" in admin.last.text
    assert "/roles — Give or revoke roles" in admin.last.text


async def test_command_menus_per_language_and_scope(harness: Harness, admin: FakeUser) -> None:
    defaults = [
        c
        for c in harness.session.calls(SetMyCommands)
        if isinstance(c.scope, BotCommandScopeDefault)
    ]
    by_language = {c.language_code: [b.description for b in c.commands] for c in defaults}
    assert set(by_language) == {None, "en", "ar", "ku"}
    assert by_language["ar"][0] == "البدء، أو العودة إلى البداية"
    user = harness.user(3004)
    await approved(
        harness,
        admin,
        user,
        language="العربية",
        org_query="UNFPA",
        org_button="صندوق الأمم المتحدة للسكان",
        governorates=("بغداد",),
        sectors=("الحماية",),
    )
    own = [
        c
        for c in harness.session.calls(SetMyCommands)
        if isinstance(c.scope, BotCommandScopeChat) and c.scope.chat_id == 3004
    ][-1]
    assert [c.command for c in own.commands] == [
        "start",
        "meetings",
        "update",
        "myupdates",
        "followup",
        "directory",
        "opportunities",
        "opportunity",
        "activities",
        "profile",
        "newsletters",
        "subscribe",
        "translate",
        "language",
        "help",
        "forget",
    ]
    assert own.commands[9].description == "عرض ملفك الشخصي وتعديله"


async def test_profile_edits(harness: Harness, admin: FakeUser) -> None:
    user = harness.user(3005)
    await approved(harness, admin, user)
    await user.send("/profile")
    assert "Name: Layla Hassan" in user.last.text
    await user.press("✏️ Name")
    await user.send("Layla H. Hassan")
    assert "Name: Layla H. Hassan" in user.last.text
    await user.press("✏️ Title")
    await user.send_photo()
    assert user.last.text == "Please send this as a text message."
    await user.send("Senior protection officer")
    assert "Title: Senior protection officer" in user.last.text
    await user.press("✏️ Sectors")
    await user.press("✅ Protection")
    await user.press("▫️ Climate change")
    await user.press("Done ▶")
    assert "Sectors: Participation, Climate change" in user.last.text
    found = await harness.app.people.by_telegram_id(3005)
    assert found is not None
    person = await harness.app.people.get(found.id)
    assert [s.code for s in person.sectors] == [
        "participation",
        "climate_change",
    ]


async def test_roles_granted_and_revoked_by_admin(harness: Harness, admin: FakeUser) -> None:
    user = harness.user(3006)
    await approved(harness, admin, user, name="Dalia Saeed")
    await admin.send("/roles")
    await admin.send("Dalia")
    await admin.press("Dalia Saeed · Women Empowerment Organization (WEO)")
    await admin.press("Make organizer")
    assert "Dalia Saeed is now: organizer." in admin.last.text
    await harness.deliver()
    assert "Your role in Tansiq is now: organizer" in user.last.text
    await user.send("/pending")
    assert user.last.text == "No registrations are waiting."
    await admin.press("Make member (revoke role)")
    person = await harness.app.people.by_telegram_id(3006)
    assert person is not None and person.role == Role.MEMBER
    await user.send("/pending")
    assert user.last.text == "This command is for organizers."


async def test_new_organizer_receives_the_next_cards(harness: Harness, admin: FakeUser) -> None:
    organizer = harness.user(3007)
    await approved(harness, admin, organizer, name="Hana Organizer")
    person = await harness.app.people.by_telegram_id(3007)
    assert person is not None
    admin_actor = await harness.app.people.actor(ADMIN_ID)
    await harness.app.people.set_role(person.id, Role.ORGANIZER, by=admin_actor)
    applicant = harness.user(3008)
    await register(applicant, name="Mona Applicant")
    assert "Registrations: 1" in organizer.last.text  # her own "to review" message
    await open_queue(admin)
    await open_queue(organizer)
    assert "Mona Applicant" in organizer.last.text
    await organizer.press("✅ Approve")
    card = next(m for m in admin.messages if "Mona Applicant" in m.text)
    assert "Approved by Hana Organizer" in card.text  # the admin's copy shows it too


async def test_pending_lists_waiting_registrations(harness: Harness, admin: FakeUser) -> None:
    for offset in range(3):
        await register(harness.user(3100 + offset), name=f"Person {offset}")
    await admin.send("/pending")
    assert any("Registrations waiting: 3" in t for t in admin.texts())
    assert admin.last.buttons()[0][0] == "✅ Approve"


async def test_forget_deletes_personal_data_and_keeps_aggregates(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    user = harness.user(3009, username="to_forget")
    await approved(harness, admin, user, name="Forget Me")
    await user.send("/forget")
    await user.press("🗑 Yes, delete my data")
    assert "Your personal data has been deleted" in user.last.text
    async with db.read() as session:
        # The row goes: what stays is counted by actor type and governorate (test_forget.py).
        assert await session.scalar(select(Person).where(Person.full_name == "Forget Me")) is None
        assert await session.scalar(select(Person).where(Person.telegram_id == 3009)) is None
        # An organization the person did not propose stays.
        assert await session.scalar(select(func.count()).select_from(Organization)) >= 15
        leftovers = await session.scalar(
            select(func.count()).select_from(FsmRecord).where(FsmRecord.key.like("%:3009:%"))
        )
        assert leftovers == 0
    assert any(
        isinstance(c.scope, BotCommandScopeChat) and c.scope.chat_id == 3009
        for c in harness.session.calls(DeleteMyCommands)
    )
    await user.send("/start")  # a fresh start is possible
    assert [b for b, _ in user.last.buttons()] == ["English", "العربية", "کوردی (سۆرانی)"]


async def test_forget_can_be_declined(harness: Harness) -> None:
    user = harness.user(3010)
    await choose_language(user)
    await user.send("/forget")
    await user.press("Keep my data")
    assert user.last.text == "Nothing was deleted."
    assert await harness.app.people.by_telegram_id(3010) is not None


async def test_half_finished_registration_survives_a_restart(
    harness: Harness, admin: FakeUser
) -> None:
    user = harness.user(3011)
    await choose_language(user)
    await user.press("✅ I agree")
    await user.send("Restart Survivor")
    await user.send("UNFPA")
    await user.press("UNFPA")
    await user.press("▫️ Kirkuk")
    # The process dies; a new dispatcher starts on the same database and FSM storage.
    restarted = await harness.restart()
    again = restarted.user(3011)
    await again.press("Done ▶")
    await again.press("▫️ Recovery")
    await again.press("Done ▶")
    await again.send("Coordinator")
    assert "Governorates: Kirkuk" in again.last.text
    assert "Name: Restart Survivor" in again.last.text
    await again.press("✅ Submit")
    person = await restarted.app.people.by_telegram_id(3011)
    assert person is not None and person.status == PersonStatus.PENDING
    await restarted.stop()


async def test_admins_get_their_menu_at_start(harness: Harness) -> None:
    admin_menus = [
        c
        for c in harness.session.calls(SetMyCommands)
        if isinstance(c.scope, BotCommandScopeChat) and c.scope.chat_id == ADMIN_ID
    ]
    assert admin_menus
    assert {"pending", "announce", "newsletter", "roles"} <= {
        c.command for c in admin_menus[-1].commands
    }
