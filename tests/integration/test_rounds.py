"""A reporting round through the real dispatcher: the organizer opens it for this quarter with
a deadline (Eastern digits read) after a preview of who is asked; representatives reading
Arabic and Sorani answer "nothing to report", one in English sends an update from the request;
a colleague's later answer does not count twice; the progress message counts them; a manual
reminder reaches only the silent, once a day; the sweep sends the automatic reminder, closes
the round at its deadline, and a late update is taken and marked late. Forged buttons are
refused. The report for the quarter then carries the round's section and figure, the round's
update in it (shown as written, its language named, in the Arabic report)."""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from unittest.mock import ANY

from aiogram.methods import SendDocument
from docx import Document as Docx
from sqlalchemy import select, update

from bot.callbacks import RoundAnswerCb, RoundCb
from storage.database import Database
from storage.models import OutboxMessage, ReportingRound, RoundOrganization
from storage.types import utcnow
from tests.flows import add_member, open_queue
from tests.harness import FakeUser, Harness
from tests.integration.test_rounds_service import organization_of

ARABIC, SORANI, ENGLISH, COLLEAGUE, SILENT = 7_800_001, 7_800_002, 7_800_003, 7_800_004, 7_800_005
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


async def open_round(harness: Harness, admin: FakeUser) -> int:
    await admin.send("/round")
    assert "A reporting round" in admin.last.text
    await admin.press(admin.last.buttons()[0][0])  # this quarter
    assert "Reporting round: whose organizations are asked?" in admin.last.text
    await admin.press("Next ▶")  # nothing chosen: every approved organization
    day = (datetime.now(harness.app.settings.tz) + timedelta(days=20)).date()
    await admin.send("soon")
    assert admin.last.text == "Please send the day like 31/12/2026."
    await admin.send(day.isoformat().translate(EASTERN))
    assert admin.last.text.startswith("Guiding questions (optional)")
    await admin.send("Nowhere: what?")
    assert admin.last.text.startswith("“Nowhere: what?” is not a sector's name")
    await admin.send("Protection: What changed for survivors' services this quarter?")
    preview = admin.last.text
    assert "With one guiding question." in preview
    assert "will be asked, through 5 people" in preview
    assert "cannot be reached" in preview  # the seeded organizations have nobody yet
    await admin.press("📨 Open the round")
    assert admin.last_alert == "The round is open: the requests are on their way."
    assert "Reporting round" in admin.last.text and "0 of" in admin.last.text
    async with harness.app.db.read() as session:
        round_id = await session.scalar(select(ReportingRound.id))
    assert round_id is not None
    return round_id


async def update_from_request(user: FakeUser, kind: str, governorate: str, text: str) -> None:
    """The request's button, then the update dialog set for the round: Protection, the kind,
    one governorate, the text, no source, published anonymously."""
    await user.press("✍️ Send an update")
    await user.press(user.last.buttons()[0][0])  # Protection
    await user.press(kind)
    await user.press(f"▫️ {governorate}")
    await user.press("Done ▶")
    await user.send(text)
    await user.press(user.last.buttons()[0][0])  # no source
    await user.press(user.last.buttons()[0][0])  # anonymous
    await user.press("✅ Submit")


async def test_a_whole_round_through_the_chat(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await add_member(db, ARABIC, name="Rana", locale="ar", governorates=("anbar",))
    await add_member(db, SORANI, name="Awat", locale="ckb", governorates=("sulaymaniyah",))
    await add_member(db, ENGLISH, name="Laura", actor_type="international")
    english_org = await organization_of(db, ENGLISH)
    await add_member(db, COLLEAGUE, name="Lina", organization_id=english_org)
    await add_member(db, SILENT, name="Salim", governorates=("basra",))
    round_id = await open_round(harness, admin)
    await harness.deliver()
    arabic, sorani, english = harness.user(ARABIC), harness.user(SORANI), harness.user(ENGLISH)
    assert "تحديث منظمتك عن الفترة" in arabic.last.text
    assert "What changed for survivors' services" in arabic.last.text  # until translated
    assert "الحماية" in arabic.last.text
    assert "نوێکاریی ڕێکخراوەکەت" in sorani.last.text
    await arabic.press("لا جديد للإبلاغ عنه في هذه الفترة")
    assert arabic.last_alert == "شكرًا: سُجّل «لا جديد للإبلاغ عنه» لمنظمتك."
    await sorani.press("لەم ماوەیەدا هیچ شتێک نییە بۆ ڕاگەیاندن")
    assert sorani.last_alert.startswith("سوپاس")  # type: ignore[union-attr]
    # Laura sends an update from the request: the update dialog, set for the round.
    await update_from_request(
        english, "Progress", "Baghdad",
        "Two legal aid desks for women opened in Baghdad's courts this quarter.",
    )  # fmt: skip
    # Her colleague's "nothing" afterwards does not count twice.
    colleague = harness.user(COLLEAGUE)
    await colleague.press_data(RoundAnswerCb(action="nothing", round_id=round_id).pack())
    assert colleague.last_alert == "Your organization has answered already; nothing more is needed."
    await harness.deliver()  # the sweep tells the other representatives, once...
    await harness.deliver()  # ...and the worker delivers it
    told = [m for m in harness.session.chat(COLLEAGUE) if "a colleague did" in m.text]
    assert len(told) == 1 and "nothing more is needed from you" in told[0].text
    assert not any("a colleague did" in m.text for m in harness.session.chat(ENGLISH))
    await harness.deliver()
    assert len([m for m in harness.session.chat(COLLEAGUE) if "a colleague did" in m.text]) == 1
    # Someone whose organization was not asked, or a forged round, is refused.
    await add_member(db, 7_800_099, name="Outsider")
    outsider = harness.user(7_800_099)
    await outsider.press_data(RoundAnswerCb(action="nothing", round_id=round_id).pack())
    assert outsider.last_alert == "Your organization was not asked in this round."
    await english.press_data(RoundCb(action="close", round_id=round_id).pack())
    assert english.last_alert == "You are not allowed to do this."

    await admin.press("🔄 Refresh", in_message=admin.message_with_button("🔄 Refresh"))
    progress = admin.message_with_button("🔄 Refresh").text
    assert "3 of" in progress and "nothing to report: 2" in progress
    assert "None yet from:" in progress and "Basra" in progress
    # A manual reminder: only Salim's organization (and nobody twice the same day).
    sent_before = len(harness.session.chat(SILENT))
    await admin.press("🔔 Remind them", in_message=admin.message_with_button("🔔 Remind them"))
    assert admin.last_alert == "One reminder is on its way."
    await admin.press("🔔 Remind them", in_message=admin.message_with_button("🔔 Remind them"))
    assert admin.last_alert == (
        "The silent organizations were reminded today already. One more can go tomorrow."
    )
    await harness.deliver()
    assert len(harness.session.chat(SILENT)) == sent_before + 1
    assert "A reminder" in harness.session.chat(SILENT)[-1].text
    assert all("A reminder" not in m.text for m in harness.session.chat(ARABIC))
    # The sweep: the automatic reminder in the last days, then the close at the deadline.
    async with db.write() as session:
        await session.execute(update(ReportingRound).values(deadline=utcnow() + timedelta(days=2)))
    await harness.deliver()
    async with db.read() as session:
        auto = await session.scalar(
            select(OutboxMessage.id).where(OutboxMessage.dedupe_key.startswith("roundauto:"))
        )
    assert auto is not None
    async with db.write() as session:
        await session.execute(
            update(ReportingRound).values(deadline=utcnow() - timedelta(minutes=1))
        )
    await harness.deliver()
    async with db.read() as session:
        round_ = await session.get(ReportingRound, round_id)
    assert round_ is not None and round_.status == "closed"
    assert "closed" in admin.message_with_button("🔄 Refresh").text
    # A late update is taken and marked late.
    silent = harness.user(SILENT)
    await update_from_request(
        silent, "Challenge", "Basra", "Shelters in Basra close in March for lack of funding."
    )
    async with db.read() as session:
        row = await session.get(RoundOrganization, (round_id, await organization_of(db, SILENT)))
    assert row is not None and row.late and row.answer == "updates"
    await admin.press("🔄 Refresh", in_message=admin.message_with_button("🔄 Refresh"))
    assert "late: 1" in admin.message_with_button("🔄 Refresh").text
    # Reopened for a week: the round takes answers on time again, and says so.
    await admin.press(
        "🔓 Reopen for a week", in_message=admin.message_with_button("🔓 Reopen for a week")
    )
    assert admin.last_alert is not None and admin.last_alert.startswith(
        "The round is open again for 7 days"
    )
    async with db.read() as session:
        reopened = await session.get(ReportingRound, round_id)
    assert reopened is not None and reopened.status == "open" and reopened.deadline > utcnow()
    assert "🔒 Close the round" in [b for b, _ in admin.message_with_button("🔄 Refresh").buttons()]
    # Laura's update approved: the report for the quarter has the round's section and figure.
    await open_queue(admin, "updates")
    await admin.press("✅ Approve")
    await admin.press("✅ Approve", in_message=admin.message_with_button("✅ Approve"))
    await admin.send("/report")
    await admin.press(admin.last.buttons()[0][0])  # this quarter, the round's period
    await admin.press("English")
    await admin.press("📝 Word file (to edit)")
    docx_call = harness.session.calls(SendDocument)[-1]
    document = Docx(io.BytesIO(docx_call.document.data))
    paragraphs = [p.text for p in document.paragraphs]
    start = paragraphs.index(f"Reporting round {round_.period_start} – {round_.period_end}")
    assert paragraphs[start + 1].startswith("19 organizations were asked")  # 14 seeded, unmanned
    assert paragraphs[start + 1].endswith(
        "Answered: 4 (21%); with nothing to report: 2; after the deadline: 1."
    )
    assert any(p.startswith("Figure (3): Share of the organizations asked") for p in paragraphs)
    assert len(document.inline_shapes) == 3  # Figures 1 and 2, and the round's
    ready = next(m for m in admin.messages if m.text.startswith("✅ The report for "))
    tell = "📣 Tell the organizations their update is in it (2026-10-01 – 2026-12-31)"
    assert ready.buttons() == [("📝 Word file (to edit)", ANY), ("🌐 Web page", ANY), (tell, ANY)]
    # The round's update is in, its late answer too; shown as written in the Arabic report.
    assert "Two legal aid desks for women opened in Baghdad's courts this quarter." in paragraphs
    assert any(p.startswith("Shelters in Basra close in March") for p in paragraphs)
    # The report is out: Laura's and Salim's organizations hear their update is in it, Lina
    # not (she turned it off in /subscribe), the others (nothing to report) not; once only.
    await colleague.send("/subscribe")
    assert "what became of the updates you send" in colleague.last.text
    await colleague.press("🔕 Stop results and news of my updates")
    assert "nor told what became" in colleague.last.text
    ready = next(m for m in admin.messages if m.text.startswith("✅ The report for "))
    await admin.press(tell, in_message=ready)
    assert admin.last_alert == "2 organizations are being told that their update is in the report."
    assert [b for b, _ in ready.buttons()] == ["📝 Word file (to edit)", "🌐 Web page"]
    await harness.deliver()
    out = [m.text for m in harness.session.chat(ENGLISH) if "is out" in m.text]
    assert len(out) == 1 and "your organization's update is in it" in out[0]
    assert len([m for m in harness.session.chat(SILENT) if "is out" in m.text]) == 1
    assert not any("is out" in m.text for m in harness.session.chat(COLLEAGUE))
    assert not any("صدر التقرير" in m.text for m in harness.session.chat(ARABIC))
    await admin.press_data(RoundCb(action="tell", round_id=round_id).pack())
    assert admin.last_alert == "The organizations were told about this report already."
    await admin.send("/report")
    await admin.press(admin.last.buttons()[0][0])
    await admin.press("العربية")
    await admin.press("📝 Word file (to edit)")  # in the organizer's language
    arabic_report = Docx(io.BytesIO(harness.session.calls(SendDocument)[-1].document.data))
    lines = [p.text for p in arabic_report.paragraphs]
    assert any(line.startswith("جولة التقارير") for line in lines)
    marked = "[\u2068الإنجليزية\u2069]"
    assert any("Two legal aid desks" in line and marked in line for line in lines)


async def test_a_round_opens_from_the_reports_menu(harness: Harness, admin: FakeUser) -> None:
    await admin.send("/report")
    await admin.press("📋 Ask the organizations for their updates (reporting round)")
    assert "A reporting round" in admin.last.text
    await admin.press(admin.last.buttons()[0][0])  # this quarter
    assert "Reporting round: whose organizations are asked?" in admin.last.text
