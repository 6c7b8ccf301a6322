"""Registration from /start to approval, as the person and the organizers see it."""

from __future__ import annotations

from sqlalchemy import select

from storage.database import Database
from storage.models import Organization, OrganizationStatus, Person, PersonStatus
from tests.conftest import ADMIN_ID
from tests.flows import add_member, choose_language, open_queue, register
from tests.harness import FakeUser, Harness


async def person_row(harness: Harness, telegram_id: int) -> Person | None:
    return await harness.app.people.by_telegram_id(telegram_id)


async def test_start_offers_three_languages_before_anything_else(harness: Harness) -> None:
    user = harness.user(1001, lang="de")
    await user.send("/start")
    buttons = [text for text, _ in user.last.buttons()]
    assert buttons == ["English", "العربية", "کوردی (سۆرانی)"]
    assert "Please choose your language." in user.last.text
    assert "يرجى اختيار لغتك." in user.last.text
    person = await person_row(harness, 1001)
    assert person is not None and person.locale is None  # not guessed from language_code


async def test_full_registration_reaches_admin_with_card(harness: Harness, admin: FakeUser) -> None:
    user = harness.user(1002, "Layla", "layla_h")
    await register(user)
    assert "sent to the organizers" in user.last.text
    # The organizers get one "to review" message, counts only: no name in it.
    digest = admin.last
    assert "Registrations: 1" in digest.text and "Layla" not in digest.text
    assert [b for b, _ in digest.buttons()] == [
        "👤 Review registrations", "🌙 Quiet at night (22:00–07:00)"
    ]  # fmt: skip
    await open_queue(admin)

    found = await person_row(harness, 1002)
    assert found is not None
    person = await harness.app.people.get(found.id)
    assert person.status == PersonStatus.PENDING
    assert person.full_name == "Layla Hassan"
    assert [g.code for g in person.governorates] == ["baghdad", "erbil"]
    assert [s.code for s in person.sectors] == ["protection", "participation"]
    assert person.title == "Programme officer"

    card = admin.last
    assert "New registration" in card.text
    assert "Layla Hassan" in card.text
    assert "Women Empowerment Organization (WEO)" in card.text
    assert "Local NGOs and networks" in card.text
    assert "Baghdad, Erbil" in card.text
    assert "@layla_h" in card.text
    assert [b for b, _ in card.buttons()] == ["✅ Approve", "✖ Reject"]


async def test_approval_tells_the_person_and_closes_the_card(
    harness: Harness, admin: FakeUser
) -> None:
    user = harness.user(1003, "Noor")
    await register(user, name="Noor Ali")
    await open_queue(admin)
    await admin.press("✅ Approve")
    assert "The news is on its way to Noor Ali." in admin.last.text
    await harness.deliver()
    assert "Your registration is approved" in user.last.text
    person = await person_row(harness, 1003)
    assert person is not None and person.status == PersonStatus.APPROVED
    card = next(m for m in admin.messages if "New registration" in m.text)
    assert "Approved by" in card.text and card.buttons() == []


async def test_rejection_with_reason_in_the_persons_language(
    harness: Harness, admin: FakeUser
) -> None:
    user = harness.user(1004, "Sara")
    await register(
        user,
        language="العربية",
        name="سارة محمد",
        org_query="تمكين المرأة",
        org_button="منظمة تمكين المرأة",
        governorates=("بغداد",),
        sectors=("الحماية",),
        title="منسقة",
    )
    await open_queue(admin)
    await admin.press("✖ Reject")
    assert "Why is the registration" in admin.last.text
    await admin.send("Please register with your work e-mail <b>")
    await harness.deliver()
    person = await person_row(harness, 1004)
    assert person is not None and person.status == PersonStatus.REJECTED
    assert person.rejection_reason == "Please register with your work e-mail <b>"
    assert "لم تتم الموافقة على تسجيلك" in user.last.text
    assert "<b>" in user.last.text  # shown literally: escaped, not parsed as HTML


async def test_new_organization_is_approved_with_its_first_representative(
    harness: Harness, admin: FakeUser
) -> None:
    user = harness.user(1005)
    await register(
        user,
        org_query="Basra Women Network",
        new_org=("Basra Women Network", "Local NGOs and networks"),
    )
    async with harness.app.db.read() as session:
        org = await session.scalar(
            select(Organization).where(Organization.search_key.like("%basra women network%"))
        )
    assert org is not None and org.status == OrganizationStatus.PENDING
    await open_queue(admin)
    assert "The organization is new" in admin.last.text
    await admin.press("✅ Approve")
    async with harness.app.db.read() as session:
        org = await session.get(Organization, org.id)
    assert org is not None and org.status == OrganizationStatus.APPROVED


async def test_admin_is_from_configuration(harness: Harness, admin: FakeUser) -> None:
    assert harness.app.people.admin_ids == frozenset({ADMIN_ID})


async def test_cards_still_queued_are_withdrawn_once_decided(
    harness: Harness, admin: FakeUser
) -> None:
    user = harness.user(1006)
    await register(user, name="Quick Decision", deliver=False)
    await admin.send("/pending")  # the organizer is quicker than the queue
    await admin.press("✅ Approve")
    await harness.deliver()
    cards = [m for m in admin.messages if "New registration" in m.text]
    assert len(cards) == 1 and "Approved by" in cards[0].text  # the queued copy never went out
    assert "Your registration is approved" in user.last.text


async def test_every_step_has_back_and_cancel(harness: Harness) -> None:
    user = harness.user(1007)
    await choose_language(user)
    await user.press("✅ I agree")
    assert [b for b, _ in user.last.buttons()] == ["◀ Back", "✖ Cancel"]
    await user.press("◀ Back")  # from the name back to the consent
    assert "Before you register" in user.last.text
    await user.press("✅ I agree")
    await user.send("Back And Forth")
    await user.send("UNFPA")
    await user.press("UNFPA")
    labels = [b for b, _ in user.last.buttons()]
    assert labels[0] == "— Federal Iraq —" and labels.index("— Kurdistan Region —") == 16
    assert labels[17:21] == ["▫️ Erbil", "▫️ Sulaymaniyah", "▫️ Duhok", "▫️ Halabja"]
    await user.press("— Kurdistan Region —")  # a heading: nothing happens
    assert user.last_alert is None and "Step 3 of 5" in user.last.text
    await user.press("◀ Back")  # governorates -> organization
    assert "Step 2 of 5" in user.last.text
    await user.press("✖ Cancel")
    assert user.last.text == "Registration cancelled; nothing was sent. Send /start to begin again."
    state = await harness.app.dispatcher.fsm.get_context(harness.bot, 1007, 1007).get_state()
    assert state is None


async def test_each_review_card_stays_in_its_readers_language(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    """An Arabic-reading organizer approves: the card the administrator (no profile, so the
    default language) got in English is closed in English, not in the decider's Arabic."""
    await add_member(db, 1_020, name="Huda", locale="ar", role="organizer")
    user = harness.user(1_021)
    await register(user, name="Card Language")
    organizer = harness.user(1_020)
    await open_queue(admin)  # both open the card from their "to review" message
    await open_queue(organizer)
    await organizer.press("✅ موافقة", in_message=organizer.message_with_button("✅ موافقة"))
    card = next(m for m in admin.messages if "New registration" in m.text)
    assert card.buttons() == [] and "✅ Approved by Huda." in card.text
    closed = next(m for m in organizer.messages if "تمت الموافقة من قِبل" in m.text)
    assert closed.buttons() == []


async def test_one_field_is_fixed_from_the_summary_without_going_back_five_times(
    harness: Harness,
) -> None:
    user = harness.user(1_099)
    await choose_language(user, "العربية")
    await user.press("✅ أوافق")
    await user.send("ليلى حسن")
    await user.send("UNFPA")
    await user.press("صندوق الأمم المتحدة للسكان")
    await user.press("▫️ بغداد")
    await user.press("تم ◀")
    await user.press("▫️ الحماية")
    await user.press("تم ◀")
    await user.send("مسؤولة براامج")  # a typo
    summary = user.last
    assert [b for b, _ in summary.buttons()] == [
        "✅ إرسال", "✏️ الاسم", "✏️ المنظمة", "✏️ المحافظات", "✏️ القطاعات",
        "✏️ المسمّى الوظيفي", "▶ رجوع", "✖ إلغاء",
    ]  # fmt: skip
    # A typed field: asked again in place of the summary, and the summary comes back.
    await user.press("✏️ المسمّى الوظيفي", summary)
    assert "مسمّاك الوظيفي" in user.last.text
    await user.send("مسؤولة برامج")
    assert user.last.text.startswith("يرجى مراجعة تسجيلك")
    assert "مسؤولة برامج" in user.last.text and "براامج" not in user.last.text
    # A choice: the sectors, then straight back to the summary (not to the title).
    await user.press("✏️ القطاعات", user.last)
    await user.press("▫️ التمكين", user.last)
    await user.press("تم ◀", user.last)
    assert user.last.text.startswith("يرجى مراجعة تسجيلك") and "التمكين" in user.last.text
    # Back from a field being fixed returns to the summary too.
    await user.press("✏️ الاسم", user.last)
    await user.press("▶ رجوع", user.last)
    assert user.last.text.startswith("يرجى مراجعة تسجيلك") and "ليلى حسن" in user.last.text
    await user.press("✅ إرسال", user.last)
    assert "أُرسل تسجيلك إلى المنظِّمين" in user.last.text
