"""The smaller holes an attacker would try: formulas in files, links in captions, forged
buttons and payloads, links passed on, secrets and people in the logs, protected files."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from aiogram.methods import SendDocument, SendMessage
from aiogram.types import BufferedInputFile
from sqlalchemy import select

from storage.database import Database
from storage.models import Attendance, Broadcast, SectorUpdate
from storage.types import utcnow
from tests.flows import add_member, open_queue, register
from tests.harness import FakeUser, Harness
from tests.integration.test_meetings import AMAL, invitees, publish

FORMULA_NAME = '=HYPERLINK("http://evil.example","Open")'


async def test_the_roster_csv_stores_formula_like_names_as_text(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await add_member(db, 6_800_001, name=FORMULA_NAME)
    await add_member(db, 6_800_002, name="+9647701234567")
    meeting = await publish(harness)
    await admin.press_data(f"ma:csv:{meeting.id}:")
    document = harness.session.calls(SendDocument)[-1]
    assert isinstance(document.document, BufferedInputFile)
    assert document.protect_content is True  # names of people at risk: no forwarding
    text = document.document.data.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text and '"=HYPERLINK' not in text
    assert "'+9647701234567" in text


async def test_a_document_name_is_shown_as_text_in_the_organizers_caption(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await add_member(db, 6_800_003, name="Sender")
    async with db.write() as session:
        session.add(
            SectorUpdate(
                author_id=None, sector_id=1, kind="progress", original_locale="en",
                texts={"en": "Shelters opened in Basra and the referral pathway now works."},
                document_file_id="doc-1",
                document_name='<a href="https://phish.example">report.pdf</a>',
            )
        )  # fmt: skip
    await admin.send("/queue")
    caption = harness.session.calls(SendDocument)[-1].caption
    assert caption == "&lt;a href=&quot;https://phish.example&quot;&gt;report.pdf&lt;/a&gt;"


async def test_a_scheduled_newsletter_cannot_be_read_before_its_time(
    harness: Harness, db: Database
) -> None:
    await add_member(db, 6_800_004, name="Reader")
    async with db.write() as session:
        issue = Broadcast(
            kind="newsletter", title="Q4", texts={"en": "Embargoed until Thursday"},
            due_at=utcnow() + timedelta(days=2),
        )  # fmt: skip
        session.add(issue)
        await session.flush()
        issue_id = issue.id
    reader = harness.user(6_800_004)
    await reader.send("/newsletters")
    await reader.press_data(f"ns:read:{issue_id}:")
    assert reader.last_alert == "This button belongs to an old message. Please use the latest one."
    assert not any("Embargoed" in t for t in reader.texts())


async def test_a_check_in_link_passed_on_does_not_count_someone_not_invited(
    harness: Harness, db: Database
) -> None:
    from storage.services.audience import Audience

    await invitees(db)
    outsider = 6_800_005
    await add_member(db, outsider, name="Outsider", governorates=("erbil",))
    baghdad = next(g for g in harness.app.taxonomy.governorates if g.code == "baghdad")
    meeting = await publish(
        harness,
        audience=Audience(governorates=[baghdad.id]),
        starts_at=utcnow() + timedelta(minutes=10),
        ends_at=utcnow() + timedelta(hours=2),
    )
    user = harness.user(outsider)
    await user.send(f"/start ci_{meeting.id}_{meeting.checkin_token}")
    assert user.last.text.startswith("This check-in link is for the people invited")
    await harness.user(AMAL).send(f"/start ci_{meeting.id}_{meeting.checkin_token}")
    async with db.read() as session:
        rows = (await session.scalars(select(Attendance))).all()
    assert len(rows) == 1  # Amal, invited; not the outsider


@pytest.mark.parametrize(
    "payload",
    [f"ci_{'9' * 30}_x", "ci_2147483648_token", "ci_-5_token", "ci__token", "ci_12"],
)
async def test_ids_out_of_range_in_a_link_get_an_answer_not_a_crash(
    harness: Harness, db: Database, payload: str
) -> None:
    await add_member(db, 6_800_006, name="Linker")
    user = harness.user(6_800_006)
    await user.send(f"/start {payload}")
    assert user.last.text == "This link is not valid or has expired."


@pytest.mark.parametrize(
    "data",
    [
        f"mr:{'9' * 30}:yes",
        f"rv:approve:{2**31}",
        f"pq:{2**40}:0:1",
        "pq:1:0:99999",
        f"ur:show:{'9' * 20}:",
        f"ma:mark:1:{'9' * 30}",
    ],
)
async def test_forged_buttons_with_huge_ids_are_stale_not_crashes(
    harness: Harness, admin: FakeUser, data: str, caplog: pytest.LogCaptureFixture
) -> None:
    await admin.send("/help")
    with caplog.at_level(logging.ERROR):
        await admin.press_data(data)
    assert admin.last_alert in (
        "This button belongs to an old message. Please use the latest one.",
        "This meeting no longer exists.",
    )
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_no_telegram_ids_or_message_texts_in_the_logs_at_info(
    harness: Harness, admin: FakeUser, caplog: pytest.LogCaptureFixture
) -> None:
    user = harness.user(7_654_321_987, "Nadia", "nadia_private")
    with caplog.at_level(logging.INFO):
        await register(user, name="Nadia Qwertyuiop", title="Secret title Zxcv")
        await open_queue(admin)
        await admin.press("✅ Approve", in_message=admin.message_with_button("✅ Approve"))
        await harness.deliver()
        await user.send("my phone is 0770 555 1234")
        user.h.session.blocked.add(user.id)
        await user.send("/help")  # Telegram answers 403: logged without who
    logged = "\n".join(record.getMessage() + (record.exc_text or "") for record in caplog.records)
    for secret in ("7654321987", "Nadia Qwertyuiop", "nadia_private", "0770 555 1234", "Zxcv"):
        assert secret not in logged
    assert harness.session.calls(SendMessage)


def test_the_token_is_redacted_from_log_lines_and_tracebacks(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from bot.redact import RedactingFilter, token_parts

    token = "123456789:AAHfakeTokenForTestsOnly_abcdefghijk"
    handler = logging.StreamHandler()
    filt = RedactingFilter(token_parts(token))
    record = logging.LogRecord(
        "x", logging.ERROR, __file__, 1, "GET %s failed", (f"http//bad/bot{token}/getMe",), None
    )
    try:
        raise ValueError(f"cannot reach .../bot{token}/getMe")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    assert filt.filter(record)
    shown = handler.format(record)
    assert token not in shown and "AAHfakeTokenForTestsOnly" not in shown
    assert "<token>" in shown
