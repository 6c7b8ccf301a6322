"""Opportunities through the real dispatcher: a member posts one (bad input answered and nothing
lost: a text too short, a link that is not http(s), a deadline in the past, Eastern digits
accepted), organizers review it (a member's forged approval refused, the decision in the audit
trail); approved, it reaches at once the matching members who chose so, the weekly digest takes
it to the others once, a saved one is reminded once three days before its deadline, and it
closes after that day; a flood of posts is refused; /forget takes unpublished posts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from bot.callbacks import OpportunityAdminCb, OpportunityCb
from bot.i18n import long_day
from scheduler.opportunities import sweep_opportunities
from storage.database import Database
from storage.models import (
    AuditEntry,
    Opportunity,
    OpportunitySave,
    OpportunityStatus,
)
from storage.services.opportunities import DIGEST_WEEKDAY, OpportunityDraft
from tests.conftest import ADMIN_ID
from tests.flows import add_member, open_queue
from tests.harness import FakeUser, Harness

POSTER, NOW, ELSEWHERE, WEEKLY = 6_992_001, 6_992_002, 6_992_003, 6_992_004
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def plain(text: str) -> str:
    """Without the isolates Fluent puts around variables in Arabic and Sorani."""
    return text.replace("\u2068", "").replace("\u2069", "")


def today(harness: Harness) -> date:
    return datetime.now(harness.app.settings.tz).date()


async def choose_delivery(user: FakeUser, label: str) -> None:
    await user.send("/subscribe")
    await user.press("🎯 How opportunities reach me")
    await user.press(label)


async def post_training(harness: Harness, poster: FakeUser, deadline: date) -> None:
    await poster.send("/opportunity")
    await poster.press("🎓 Training")
    await poster.send("<b>Paralegal</b> training for shelter staff")
    await poster.send("Too short.")
    assert (
        poster.last.text
        == "Please write at least 20 characters, so that members know what it offers."
    )
    await poster.send(
        "Five days on survivor-centred legal aid for staff of women's shelters; costs covered."
    )
    assert (
        poster.last.text
        == "Add a link (starting with https://) or a document with the details. Or skip."
    )
    await poster.send("javascript:alert(1)")  # not http(s): refused, the step stays
    assert "link" in poster.last.text.lower()
    await poster.send("https://example.org/call")
    await poster.press("▫️ Protection")
    await poster.press("Done ▶")
    await poster.press("Done ▶")  # no governorate chosen: all of them
    await poster.send("2020-01-01")
    assert poster.last.text == "That day has passed: the deadline must be today or later."
    await poster.send(deadline.isoformat().translate(EASTERN))  # Eastern Arabic digits
    # The day with its weekday and month name, in the reader's language (CLDR).
    assert "Your opportunity" in poster.last.text and long_day(deadline, "en") in poster.last.text
    await poster.press("📨 Send for review")


async def test_post_review_delivery_digest_save_reminder_and_close(
    harness: Harness, db: Database, admin: FakeUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The sweeps `deliver` runs go by the real clock: on a Sunday morning they would send the
    # weekly digest themselves before this test sends it. Not on any day until then.
    monkeypatch.setattr("scheduler.opportunities.DIGEST_WEEKDAY", -1)
    await add_member(db, POSTER, name="Pari Poster")
    await add_member(db, NOW, name="Nada Now", sectors=("protection",), governorates=("basra",))
    await add_member(db, ELSEWHERE, name="Elif Elsewhere", sectors=("recovery",))
    await add_member(db, WEEKLY, name="Warda Weekly", locale="ar", sectors=("protection",))
    poster, now_member = harness.user(POSTER), harness.user(NOW)
    await choose_delivery(now_member, "At once")
    assert "reach you: at once." in now_member.last.text
    await choose_delivery(harness.user(ELSEWHERE), "At once")
    deadline = today(harness) + timedelta(days=30)

    await post_training(harness, poster, deadline)
    assert poster.last.text.startswith("Sent: opportunity no.")
    async with db.read() as session:
        (opportunity,) = list(await session.scalars(select(Opportunity)))
    assert opportunity.status == OpportunityStatus.PENDING and opportunity.deadline == deadline
    assert opportunity.title == "<b>Paralegal</b> training for shelter staff"
    await harness.deliver()
    notice = harness.session.chat(ADMIN_ID)[-1]  # the "to review" message: counts, no title
    assert "Opportunities: 1" in notice.text and "Paralegal" not in notice.text

    # A member's forged approval is refused; nothing changes.
    await poster.press_data(OpportunityAdminCb(action="approve", item=opportunity.id).pack())
    assert poster.last_alert and "not allowed" in poster.last_alert.lower()
    await admin.press("🎯 Review opportunities", in_message=notice)
    assert "Posted by: Pari Poster, Pari Poster organization" in admin.last.text
    await admin.press("✅ Approve")
    assert admin.last_alert == (
        f"Approved: opportunity no. {opportunity.id} reached one member at once; the others who "
        "match get it in their weekly digest."
    )
    await harness.deliver()
    to_now = harness.session.chat(NOW)[-1]
    assert to_now.text.startswith("🎯 A new opportunity for your sectors and governorates:")
    assert "<b>Paralegal</b> training" in to_now.text  # the poster's markup stays text
    assert not any("A new opportunity" in m.text for m in harness.session.chat(ELSEWHERE))
    assert "was approved" in harness.session.chat(POSTER)[-1].text
    async with db.read() as session:
        actions = list(await session.scalars(select(AuditEntry.action)))
    assert "opportunity.approve" in actions
    # The newsletter draft lists the period's opportunities.
    await admin.send("/newsletter")
    await admin.press("This quarter")
    draft = next(t for t in admin.texts() if t.startswith("Tansiq newsletter"))
    assert "Opportunities\n• Training: <b>Paralegal</b> training for shelter staff" in draft
    await admin.press("✖ Cancel")

    # The weekly digest, on Sunday morning: to the weekly member only, once.
    opportunities = harness.app.dispatcher["opportunities"]
    core, settings = harness.app.core, harness.app.settings
    sunday = datetime.now(settings.tz).replace(hour=10, minute=0)
    sunday += timedelta(days=(6 - sunday.weekday()) % 7)
    monkeypatch.setattr("scheduler.opportunities.DIGEST_WEEKDAY", DIGEST_WEEKDAY)
    done = await sweep_opportunities(opportunities, core, settings, harness.app.delivery, sunday)
    assert done["digests"] == 1
    await harness.deliver()
    digest = harness.session.chat(WEEKLY)[-1]
    assert "فرص هذا الأسبوع" in digest.text and "فرصة واحدة" in digest.text
    done = await sweep_opportunities(opportunities, core, settings, harness.app.delivery, sunday)
    assert done["digests"] == 0
    monday = sunday + timedelta(days=1)
    done = await sweep_opportunities(opportunities, core, settings, harness.app.delivery, monday)
    assert done["digests"] == 0

    # /opportunities: matching first; a card with Save.
    await now_member.send("/opportunities")
    assert "Open opportunities: one; one matches your sectors" in now_member.last.text
    await now_member.press("🎯 <b>Paralegal</b> training for shelter staff")
    await now_member.press("⭐ Save")
    assert now_member.last_alert == "Saved: you will be reminded three days before the deadline."
    # Reminded once, three days before the deadline (saved earlier than that).
    async with db.write() as session:
        await session.execute(
            update(Opportunity).values(deadline=today(harness) + timedelta(days=3))
        )
        await session.execute(
            update(OpportunitySave).values(saved_at=datetime.now(settings.tz) - timedelta(days=9))
        )
    done = await sweep_opportunities(opportunities, core, settings, harness.app.delivery)
    assert done["reminded"] == 1
    await harness.deliver()
    assert harness.session.chat(NOW)[-1].text.startswith("⏰ The deadline of an opportunity you")
    done = await sweep_opportunities(opportunities, core, settings, harness.app.delivery)
    assert done["reminded"] == 0

    # After the deadline it is closed: not listed, cannot be saved.
    async with db.write() as session:
        await session.execute(
            update(Opportunity).values(deadline=today(harness) - timedelta(days=1))
        )
    await now_member.send("/opportunities")
    assert now_member.last.text.startswith("🎯 No opportunity is open now.")
    weekly = harness.user(WEEKLY)
    await weekly.press_data(OpportunityCb(action="save", item=opportunity.id).pack())
    assert weekly.last_alert == "هذه الفرصة مغلقة: مضى موعدها النهائي."
    await weekly.press_data(OpportunityCb(action="show", item=opportunity.id).pack())
    assert "مغلقة" in weekly.last.text


async def test_rejection_flood_forged_reads_and_forget(
    harness: Harness, db: Database, admin: FakeUser
) -> None:
    await add_member(db, POSTER, name="Pari Poster")
    await add_member(db, NOW, name="Nada Other")
    poster, other = harness.user(POSTER), harness.user(NOW)
    opportunities = harness.app.dispatcher["opportunities"]
    actor = await harness.app.people.actor(POSTER)
    deadline = today(harness) + timedelta(days=20)
    ids = []
    for n in range(3):
        draft = OpportunityDraft(
            kind="funding", title=f"Small grants round {n + 1}",
            text="Grants of up to 10,000 USD for women-led organizations.",
            deadline=deadline.isoformat(),
        )  # fmt: skip
        ids.append((await opportunities.submit(actor, draft, "en", today(harness))).id)
    # A fourth the same day: refused at sending, with how many a day.
    await post_training(harness, poster, deadline)
    assert poster.last_alert == (
        "You have posted 3 opportunities today, the most a day. Try again tomorrow."
    )
    # A pending one is not readable by another member, even with a forged button.
    await other.press_data(OpportunityCb(action="show", item=ids[0]).pack())
    assert other.last_alert == "This opportunity is no longer there."
    await other.press_data(OpportunityCb(action="save", item=ids[0]).pack())
    assert other.last_alert == "This opportunity is no longer there."

    # An administrator who never registered has no sectors to match: no choice to make.
    await admin.press_data(OpportunityCb(action="choices").pack())
    assert admin.last_alert and "not allowed" in admin.last_alert.lower()

    # Rejected with a reason the author reads; then approved one, withdrawn another.
    await admin.send("/opportunities")
    await admin.press("🗂 Review (3 waiting)")
    await admin.press("❌ Reject")
    await admin.send("No.")
    assert admin.last.text == "Please write a reason the author can understand."
    await admin.send("Please add how to apply and the eligibility.")
    assert admin.last.text.startswith("🗂 Opportunity no.")  # the next card
    await harness.deliver()
    assert harness.session.chat(POSTER)[-1].text == (
        'Your opportunity "Small grants round 1" was not approved. Reason: Please add how to '
        "apply and the eligibility."
    )
    await admin.press("✅ Approve")
    await admin.press_data(OpportunityAdminCb(action="approve", item=ids[1]).pack())
    assert admin.last_alert == "This opportunity was reviewed already."
    await admin.press("✅ Approve")  # the third
    assert admin.last.text == "No opportunity waits for review."
    # An organizer withdraws an approved one from its card; a member cannot.
    await other.press_data(OpportunityAdminCb(action="withdraw", item=ids[2]).pack())
    assert other.last_alert and "not allowed" in other.last_alert.lower()
    await admin.press_data(OpportunityCb(action="show", item=ids[2]).pack())
    await admin.press("🚫 Withdraw")
    assert admin.last_alert == f"Withdrawn: opportunity no. {ids[2]} no longer shows."
    await other.send("/opportunities")
    assert "Open opportunities: one;" in other.last.text
    async with db.read() as session:
        statuses = dict((await session.execute(select(Opportunity.id, Opportunity.status))).all())
    assert statuses == {ids[0]: "rejected", ids[1]: "approved", ids[2]: "withdrawn"}

    # /forget: the unpublished ones go, the published one stays without its author.
    await poster.send("/forget")
    await poster.press("🗑 Yes, delete my data")
    async with db.read() as session:
        left = list(await session.scalars(select(Opportunity)))
        audit = await session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action.like("opportunity.%"))
        )
    assert [(o.id, o.author_id) for o in left] == [(ids[1], None)]
    assert audit == 4  # rejected, approved twice, withdrawn: the trail keeps them all


async def test_a_document_instead_of_a_link_and_the_wrong_kind_of_message(
    harness: Harness, db: Database, admin: FakeUser
) -> None:
    """At the attachment step a sticker is answered and changes nothing, a document over the
    limit is refused, a document whose name is markup stays text in the caption; the deadline
    may be today."""
    await add_member(db, POSTER, name="Pari Poster", locale="ckb")
    poster = harness.user(POSTER)
    await poster.send("/opportunity")
    await poster.press("💼 کار")
    await poster.send("Protection officer in Duhok")
    await poster.send("A national post coordinating the protection sub-cluster in Duhok.")
    await poster.send_sticker()
    assert poster.last.text == "تکایە بەستەرێک یان پەڕگەیەک بنێرە، یان «تێپەڕاندن» دابگرە."
    await poster.send_document("terms.pdf", 30 * 2**20)
    assert plain(poster.last.text).startswith("ئەم پەڕگەیە لە 20 مێگابایت گەورەترە.")
    await poster.send_document("<b>terms</b>.pdf")
    await poster.press("تەواو ◀")
    await poster.press("تەواو ◀")
    await poster.send(today(harness).isoformat())
    assert "پەڕگە: <b>terms</b>.pdf" in plain(poster.last.text)
    await poster.press("📨 ناردن بۆ پێداچوونەوە")
    assert poster.last.text.startswith("نێردرا: دەرفەتی ژمارە")
    await harness.deliver()
    await open_queue(admin, "opportunities")
    document = harness.session.chat(ADMIN_ID)[-1]
    assert document.kind == "document" and document.html == "&lt;b&gt;terms&lt;/b&gt;.pdf"


async def test_two_schedulers_send_one_digest_each(harness: Harness, db: Database) -> None:
    """Two schedulers sweeping at once (scale-out) or a restart between: each weekly member
    gets one digest, and the opportunity is recorded once as delivered to them."""
    import asyncio

    from notices.opportunities import decision, digest, matching_now
    from storage.models import OpportunityDelivery, OutboxMessage

    await add_member(db, POSTER, name="Pari Poster")
    for n in range(3):
        await add_member(db, WEEKLY + n, name=f"Weekly {n}")
    opportunities = harness.app.dispatcher["opportunities"]
    core = harness.app.core
    draft = OpportunityDraft(
        kind="event", title="Dialogue on the national plan",
        text="A day of dialogue between ministries and civil society in Baghdad.",
        deadline=(today(harness) + timedelta(days=5)).isoformat(),
    )  # fmt: skip
    posted = await opportunities.submit(
        await harness.app.people.actor(POSTER), draft, "en", today(harness)
    )
    organizer = await harness.app.people.actor(ADMIN_ID)
    await opportunities.approve(
        organizer, posted.id, today(harness),
        lambda o, locale: matching_now(core, o, locale),
        lambda o, ok, reason, locale: decision(core, o, ok, reason, locale),
    )  # fmt: skip

    def render(chosen: object, locale: str) -> list[dict[str, object]]:
        return digest(core, chosen, locale)  # type: ignore[arg-type]

    sent = await asyncio.gather(
        opportunities.send_digests(today(harness), render),
        opportunities.send_digests(today(harness), render),
    )
    assert sum(sent) == 3
    assert await opportunities.send_digests(today(harness), render) == 0  # after a restart
    async with db.read() as session:
        digests = await session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.dedupe_key.like("oppdigest:%"))
        )
        delivered = await session.scalar(select(func.count()).select_from(OpportunityDelivery))
    assert digests == 3 and delivered == 3


async def test_the_deadline_is_picked_from_a_calendar_read_from_the_right(
    harness: Harness, db: Database
) -> None:
    """Where a day is asked: the next days and a month calendar, weekday and month names from
    CLDR (Iraqi Arabic), the week from Saturday (rows in reading order: an Arabic client lays
    them out from the right); another month and the day chosen change the same message; a day
    before today is no button."""
    await add_member(db, POSTER, locale="ar", name="Huda")
    poster = harness.user(POSTER)
    await poster.send("/opportunity")
    await poster.press(poster.last.buttons()[1][0])  # the second kind: training
    await poster.send("تدريب قانوني لموظفات دور الإيواء")
    await poster.send("خمسة أيام عن المساعدة القانونية المتمحورة حول الناجيات؛ التكاليف مغطاة.")
    await poster.send("https://example.org/call")
    await poster.press("تم ◀")
    await poster.press("تم ◀")
    prompt = poster.last
    assert "(\u2066اليوم/الشهر/السنة\u2069)" in prompt.text
    rows = [[button.text for button in row] for row in prompt.markup.inline_keyboard]
    now = today(harness)
    weekdays = ["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]
    assert rows[0][0] == f"{weekdays[(now.weekday() + 2) % 7]} {now.day}"  # today, first
    months = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
              "تشرين الأول", "تشرين الثاني", "كانون الأول"]  # fmt: skip
    assert rows[1][1] == f"{months[now.month - 1]} {now.year}"
    assert rows[2] == ["س", "ح", "ن", "ث", "ر", "خ", "ج"]  # Saturday first
    if now.day > 1:  # yesterday is shown, not pressable
        assert str(now.day - 1) not in [b for row in rows[3:] for b in row]
    sent = len(poster.messages)
    await poster.press("◀", prompt)  # the next month (the arrow points the way Arabic reads)
    following = (now.replace(day=1) + timedelta(days=32)).replace(day=1)
    assert poster.last.message_id == prompt.message_id and len(poster.messages) == sent
    assert (
        poster.last.markup.inline_keyboard[1][1].text
        == f"{months[following.month - 1]} {following.year}"
    )
    await poster.press("15", poster.last)
    assert len(poster.messages) == sent and "فرصتك" in poster.last.text
    chosen = following.replace(day=15)
    await poster.press("📨 إرسال للمراجعة", poster.last)
    async with db.read() as session:
        opportunity = await session.scalar(select(Opportunity))
    assert opportunity is not None and opportunity.deadline == chosen


async def test_one_field_of_an_opportunity_is_fixed_from_its_preview(
    harness: Harness, db: Database
) -> None:
    await add_member(db, POSTER, name="Layla")
    poster = harness.user(POSTER)
    deadline = today(harness) + timedelta(days=30)
    await poster.send("/opportunity")
    await poster.press("🎓 Training")
    await poster.send("Paralegal traning for shelter staff")  # a typo
    await poster.send("Five days on survivor-centred legal aid for staff of women's shelters.")
    await poster.send("https://example.org/call")
    await poster.press("▫️ Protection")
    await poster.press("Done ▶")
    await poster.press("Done ▶")
    await poster.send(deadline.strftime("%d/%m/%Y"))
    preview = poster.last
    assert "✏️ Title" in [b for b, _ in preview.buttons()]
    await poster.press("✏️ Title", preview)
    await poster.send("Paralegal training for shelter staff")
    assert poster.last.text.startswith("Your opportunity") and "traning" not in poster.last.text
    # A button field comes back in place; the deadline keeps its day.
    again = poster.last
    await poster.press("✏️ Sectors", again)
    await poster.press("▫️ Recovery", again)
    await poster.press("Done ▶", again)
    assert poster.last.message_id == again.message_id and "Recovery" in again.text
    await poster.press("📨 Send for review", again)
    async with db.read() as session:
        opportunity = await session.scalar(select(Opportunity))
    assert opportunity is not None and opportunity.title == "Paralegal training for shelter staff"
    assert opportunity.deadline == deadline and opportunity.link == "https://example.org/call"
