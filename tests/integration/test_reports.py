"""The summary report, coverage and exports, as organizers receive them."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

from aiogram.methods import SendChatAction, SendDocument, SendPhoto
from docx import Document as Docx
from openpyxl import load_workbook
from sqlalchemy import update

from storage.database import Database
from storage.models import Attendance, Meeting, Person
from storage.services.updates import UpdateDraft
from storage.types import utcnow
from tests.conftest import ADMIN_ID
from tests.flows import add_member
from tests.harness import FakeUser, Harness
from tests.integration.test_meetings import publish

LOCAL, STATE, INTL = 6_600_001, 6_600_002, 6_600_003


async def approved_update(
    harness: Harness,
    telegram_id: int,
    kind: str,
    text: str,
    *,
    sector: str = "protection",
    anonymous: bool = True,
    locale: str = "en",
) -> None:
    app = harness.app
    person = await app.people.by_telegram_id(telegram_id)
    assert person is not None
    sector_id = next(s.id for s in app.taxonomy.sectors if s.code == sector)
    draft = UpdateDraft(
        sector_id=sector_id,
        kind=kind,
        governorates=[app.taxonomy.governorates[0].id],
        text=text,
        anonymous=anonymous,
    )
    updates = app.dispatcher.workflow_data["updates"]
    submitted = await updates.submit(person, draft, locale)
    await updates.approve(submitted.id, await app.people.actor(ADMIN_ID))


async def a_quarter_of_work(harness: Harness, db: Database) -> None:
    await add_member(db, LOCAL, name="Amal", actor_type="local_ngo")
    await add_member(db, STATE, name="Basim", actor_type="national_institution", locale="ar")
    await add_member(db, INTL, name="Chro", actor_type="international")
    await approved_update(
        harness, STATE, "progress", "The Ministry opened a <b>hotline</b> for survivors."
    )
    await approved_update(
        harness,
        LOCAL,
        "progress",
        "Women-led networks wrote a protection road map.",
        anonymous=False,
    )
    await approved_update(
        harness, INTL, "challenge", "Funding for shelters ends this year.", sector="recovery"
    )
    await approved_update(
        harness,
        LOCAL,
        "recommendation",
        "Adopt the anti-domestic-violence law.",
        sector="legislation",
    )
    meeting = await publish(harness)
    async with db.write() as session:
        await session.execute(
            update(Meeting)
            .where(Meeting.id == meeting.id)
            .values(starts_at=utcnow() - timedelta(hours=3), ends_at=utcnow() - timedelta(hours=1))
        )
        for telegram_id in (LOCAL, STATE):
            person = await harness.app.people.by_telegram_id(telegram_id)
            assert isinstance(person, Person)
            session.add(Attendance(meeting_id=meeting.id, person_id=person.id, method="manual"))


def today_period() -> str:
    today = datetime.now().date()
    return f"{(today - timedelta(days=30)).isoformat()} {(today + timedelta(days=30)).isoformat()}"


async def test_summary_report_in_english_as_docx_and_html(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await a_quarter_of_work(harness, db)
    async with db.write() as session:  # Amal's organization took part before the period
        await session.execute(
            update(Person)
            .where(Person.telegram_id == LOCAL)
            .values(decided_at=utcnow() - timedelta(days=60))
        )
    await admin.send(f"/report {today_period()}")
    assert admin.last.text.startswith("📄 Report for ")
    await admin.press("English")
    # One message: the PDF, the summary as its caption, the other files a button away; the
    # progress message, edited as the work went on, is gone.
    report = admin.last
    assert report.kind == "document" and report.text.startswith("✅ The report for ")
    assert "one meeting, 4 approved updates" in report.text
    assert [b for b, _ in report.buttons()] == ["📝 Word file (to edit)", "🌐 Web page"]
    assert not any(m.text.startswith("⏳") for m in admin.messages)
    assert len(harness.session.calls(SendDocument)) == 1
    await admin.press("📝 Word file (to edit)", report)
    await admin.press("🌐 Web page", report)
    pdf_call, docx_call, html_call = harness.session.calls(SendDocument)[-3:]
    assert pdf_call.document.filename.endswith("-en.pdf")
    assert pdf_call.document.data.startswith(b"%PDF")
    assert docx_call.document.filename.endswith("-en.docx")
    actions = harness.session.calls(SendChatAction)
    assert actions and actions[-1].action == "upload_document"
    document = Docx(io.BytesIO(docx_call.document.data))
    paragraphs = [p.text for p in document.paragraphs]
    assert "Executive summary" in paragraphs and "Main updates" in paragraphs
    assert "1. Protection" in paragraphs
    assert "National institutions" in paragraphs  # the government level under Protection
    assert "The Ministry opened a <b>hotline</b> for survivors." in paragraphs
    assert "Women-led networks wrote a protection road map. (Amal organization)" in paragraphs
    assert (
        "Funding for shelters ends this year. (one of the International agencies and "
        "organizations)" in paragraphs
    )
    assert "4. Recovery" in paragraphs and "5. Legislation" in paragraphs
    summary = next(p for p in paragraphs if p.startswith("At the start of the period"))
    # Actors are organizations someone represents: Amal's (approved before the period) at the
    # start; the three of this test at the end. The 14 seeded organizations nobody represents
    # do not count.
    assert summary.startswith(
        "At the start of the period one actor took part in the coordination mechanism; at its "
        "end, 3: 1 Local NGOs and networks, 1 National institutions, 1 International agencies "
        "and organizations, as shown in Figure (1). An actor is an organization with at least "
        "one approved representative."
    )
    assert len(document.inline_shapes) == 2  # Figure 1 and Figure 2
    page = html_call.document.data.decode()
    assert '<html lang="en" dir="ltr">' in page
    assert "The Ministry opened a &lt;b&gt;hotline&lt;/b&gt; for survivors." in page
    assert page.count('src="data:image/png;base64,') == 2


async def test_arabic_report_is_right_to_left(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await a_quarter_of_work(harness, db)
    await admin.send(f"/report {today_period()}")
    await admin.press("العربية")
    await admin.press("📝 Word file (to edit)")  # in the organizer's language
    await admin.press("🌐 Web page")
    _pdf_call, docx_call, html_call = harness.session.calls(SendDocument)[-3:]
    document = Docx(io.BytesIO(docx_call.document.data))
    paragraphs = [p.text for p in document.paragraphs]
    assert "الملخص التنفيذي" in paragraphs
    body = document.element.body.xml
    assert "<w:bidi/>" in body and "<w:rtl/>" in body
    assert '<html lang="ar" dir="rtl">' in html_call.document.data.decode()


async def test_report_periods_that_cannot_be_reported(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await admin.send("/report 2026-03-31 2026-01-01")
    assert admin.last.text.startswith("The period ends before it starts.")
    await admin.send("/report last year")
    assert admin.last.text == "Please send two dates like 1/1/2026 31/3/2026 (day/month/year)."
    await admin.send("/report 2001-01-01 2001-03-31")
    await admin.press("English")
    assert admin.last.text.startswith("There is nothing to report for 2001-01-01 – 2001-03-31")
    assert not harness.session.calls(SendDocument)
    await admin.send("/report")
    assert admin.last.buttons()[0][0].startswith("This quarter (")


async def test_reports_and_exports_are_for_organizers(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await add_member(db, LOCAL, name="Amal")
    member = harness.user(LOCAL)
    for command in ("/report", "/export", "/coverage", "/queue"):
        await member.send(command)
        assert member.last.text == "This command is for organizers.", command
    await member.press_data("rp:export:::actors.csv")
    assert member.last_alert == "You are not allowed to do this."


async def test_exports_as_csv_and_xlsx(harness: Harness, admin: FakeUser, db: Database) -> None:
    await a_quarter_of_work(harness, db)
    await add_member(db, 6_600_009, name="=HYPERLINK(1)")
    # The administrator opens the bot: welcomed as such, not asked to register as an actor.
    await admin.send("/start")
    await admin.press("English")
    assert admin.last.text.startswith("Welcome to Tansiq. You are an administrator")
    assert [b for b, _ in admin.last.buttons()][-1] == "Register my organization as an actor"
    assert not any("Before you register" in m.text for m in admin.messages)
    await admin.send("/export")
    await admin.press("Actors · CSV")
    csv_file = harness.session.calls(SendDocument)[-1]
    lines = csv_file.document.data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("id,name,title,organization,actor_type,governorates,sectors")
    assert any(
        ",Amal,Officer,Amal organization,Local NGOs and networks,Baghdad," in r for r in lines
    )
    assert any(",'=HYPERLINK(1)," in row for row in lines)  # text, never a formula
    assert csv_file.caption == "4 rows."  # the administrator, who did not register, is no row
    assert not any(",,,," in row for row in lines[1:])
    await admin.press("Updates · XLSX")
    sheet = load_workbook(io.BytesIO(harness.session.calls(SendDocument)[-1].document.data)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("id", "submitted_at", "sector", "kind")
    assert rows[1][2] == "Protection" and rows[1][8] == "approved"
    await admin.press("Attendance · CSV")
    attendance = harness.session.calls(SendDocument)[-1].document.data.decode("utf-8-sig")
    assert attendance.splitlines()[0].startswith("meeting_id,meeting,starts_at,mode,name")
    assert ",National coordination meeting," in attendance and ",Basim," in attendance
    await admin.press("Activities · CSV")
    assert admin.last_alert == "Nothing to export yet."


async def test_activities_make_the_coverage_map(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await add_member(db, LOCAL, name="Amal", governorates=("basra",), sectors=("prevention",))
    amal = harness.user(LOCAL)
    await amal.send("/activities")
    assert amal.last.text.startswith("🗺 Activities of Amal organization (0).")
    await amal.press("➕ Add an activity")
    await amal.press("Protection")
    await amal.send("Ai")  # too short: the service says so, and the step waits
    assert amal.last.text.startswith("A title needs 3 to 200 characters; this one has 2.")
    await amal.send("Legal aid for survivors in Sinjar")
    await amal.press("▫️ Ninawa")
    await amal.press("Done ▶")
    await amal.press("Ongoing")
    await amal.send("2026-12-01 2026-01-01")
    assert amal.last.text.startswith("Please write the dates as")
    await amal.send("2026-01-01 2026-12-31")
    assert "Legal aid for survivors in Sinjar" in amal.last.text
    assert "Protection · ongoing · Ninawa · 1 January 2026 – 31 December 2026" in amal.last.text
    await admin.send("/coverage")
    summary = next(m.text for m in admin.messages if m.text.startswith("🗺 Coverage"))
    # Protection in Ninawa (the activity) and Prevention in Basra (Amal's profile).
    assert "2 of 152 sector × governorate cells have at least one organization; 150 are gaps" in (
        summary
    )
    assert harness.session.calls(SendPhoto)[-1].photo.data.startswith(b"\x89PNG")
    rows = harness.session.calls(SendDocument)[-1].document.data.decode("utf-8-sig").splitlines()
    assert "Protection,Ninawa,1,1,no" in rows and "Protection,Baghdad,0,0,yes" in rows
    await amal.press(amal.last.buttons()[0][0])  # the activity
    await amal.press("Completed")
    assert "Protection · completed · Ninawa" in amal.last.text
