"""The organizers' console over HTTP (aiohttp's test client), on the real app and the fake
Telegram: launch data in, a session out, views in the reader's language, a registration decided
with everything the chat's Approve does, and every refusal the issue names."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select, update

from bot.console import console_app
from emulator.web_app import signed_launch_data
from sandbox.demo import load_demo
from storage.database import Database
from storage.models import (
    AuditEntry,
    ConsoleSession,
    FollowupItem,
    Opportunity,
    Organization,
    Person,
    PersonStatus,
    Poll,
    PollAnswer,
    PollStatus,
    Role,
    Rsvp,
)
from storage.services.console_sessions import token_hash
from storage.services.polls import template_questions
from storage.types import utcnow
from tests.conftest import ADMIN_ID, TOKEN, make_settings
from tests.flows import add_member, open_queue, register
from tests.harness import FakeUser, Harness
from tests.integration.test_updates import TEXT as UPDATE_TEXT
from tests.integration.test_updates import submit as submit_update

ISOLATES = dict.fromkeys((0x2066, 0x2068, 0x2069))
ORGANIZER = 5001  # Arabic-speaking organizer
MEMBER = 5002


@pytest.fixture
async def console(harness: Harness) -> AsyncIterator[TestClient]:
    client = TestClient(TestServer(console_app(harness.app, harness.bot)))
    await client.start_server()
    try:
        yield client
    finally:
        await client.close()


def launch(user_id: int, *, age_s: int = 0, token: str = TOKEN, name: str = "Huda") -> str:
    user = {"id": user_id, "first_name": name, "language_code": "ar"}
    return signed_launch_data(token, user, int(time.time()) - age_s)


async def open_session(console: TestClient, user_id: int, **options: object) -> str:
    response = await console.post("/api/session", json={"init_data": launch(user_id, **options)})  # type: ignore[arg-type]
    assert response.status == 200, await response.text()
    return str((await response.json())["token"])


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_an_organizer_approves_a_registration_as_the_chat_would(
    harness: Harness, db: Database, admin: FakeUser, console: TestClient
) -> None:
    organizer_id = await add_member(db, ORGANIZER, locale="ar", name="هدى", role=Role.ORGANIZER)
    newcomer = harness.user(5003, "Noor")
    await register(newcomer, name="Noor Ali")
    await open_queue(admin)  # the admin's copy of the card, in the chat
    token = await open_session(console, ORGANIZER)

    today = await console.get("/api/view/today", headers=bearer(token))
    page = await today.text()
    assert today.status == 200
    assert 'dir="rtl"' in page and 'lang="ar"' in page
    assert "بانتظار قرارك" in page and 'data-query="kind=registrations"' in page
    assert "Noor Ali" in page  # waiting longest for approval

    queue = await console.get("/api/view/queues?kind=registrations", headers=bearer(token))
    page = await queue.text()
    assert "تسجيلات بانتظار الموافقة" in page and "Noor Ali" in page
    person = await harness.app.people.by_telegram_id(5003)
    assert person is not None
    assert f'data-act="registration.approve" data-id="{person.id}"' in page

    done = await console.post(
        "/api/act/registration.approve", json={"id": person.id}, headers=bearer(token)
    )
    assert done.status == 200
    assert "Noor Ali" in (await done.json())["notice"]

    decided = await harness.app.people.by_telegram_id(5003)
    assert decided is not None and decided.status == PersonStatus.APPROVED
    async with db.read() as session:
        entry = (
            await session.scalars(
                select(AuditEntry).where(AuditEntry.action == "registration.approve")
            )
        ).one()
    assert entry.actor_id == organizer_id and entry.details.get("via") == "console"
    await harness.deliver()
    assert "Your registration is approved" in newcomer.last.text
    card = next(m for m in admin.messages if "New registration" in m.text)
    assert "Approved by هدى" in card.text and card.buttons() == []  # edited as if pressed there
    # The admin's /audit says where it was done.
    await admin.send("/audit")
    assert "approved a registration (in the console)" in admin.last.text

    again = await console.post(
        "/api/act/registration.approve", json={"id": person.id}, headers=bearer(token)
    )
    assert again.status == 409  # decided already: a clear answer, nothing changes
    assert "سبق أن" in (await again.json())["text"]  # in her language


async def test_a_rejection_needs_the_reason_the_person_reads(
    harness: Harness, db: Database, console: TestClient
) -> None:
    await add_member(db, ORGANIZER, locale="en", name="Huda", role=Role.ORGANIZER)
    newcomer = harness.user(5004, "Sara")
    await register(newcomer, name="Sara <b>")
    person = await harness.app.people.by_telegram_id(5004)
    assert person is not None
    token = await open_session(console, ORGANIZER)

    page = await (await console.get("/api/view/queues", headers=bearer(token))).text()
    assert "Sara &lt;b&gt;" in page and "Sara <b>" not in page  # escaped in the page

    empty = await console.post(
        "/api/act/registration.reject", json={"id": person.id, "reason": "  "},
        headers=bearer(token),
    )  # fmt: skip
    assert empty.status == 400
    assert "Write the reason first" in (await empty.json())["text"]
    still = await harness.app.people.by_telegram_id(5004)
    assert still is not None and still.status == PersonStatus.PENDING

    done = await console.post(
        "/api/act/registration.reject", json={"id": person.id, "reason": "Use your work e-mail"},
        headers=bearer(token),
    )  # fmt: skip
    assert done.status == 200
    await harness.deliver()
    assert "Use your work e-mail" in newcomer.last.text
    rejected = await harness.app.people.by_telegram_id(5004)
    assert rejected is not None and rejected.status == PersonStatus.REJECTED


async def test_who_may_not_come_in(harness: Harness, db: Database, console: TestClient) -> None:
    await add_member(db, MEMBER, locale="ckb", name="Awat")
    await add_member(db, ORGANIZER, locale="ar", name="Huda", role=Role.ORGANIZER)

    member = await console.post("/api/session", json={"init_data": launch(MEMBER)})
    assert member.status == 403
    body = await member.json()
    assert body["error"] == "console-refused-role" and body["dir"] == "rtl"
    assert "پانێڵی بەڕێوەبردن بۆ ڕێکخەران" in body["text"]  # in her language

    forged = launch(ORGANIZER, token="123456:" + "x" * 35)  # signed with another bot's token
    tampered = launch(ORGANIZER).replace("Huda", "Hudb")
    for init_data in (forged, tampered, "", "user=%7B%7D&hash=00", "x" * 5000):
        refused = await console.post("/api/session", json={"init_data": init_data})
        assert refused.status == 401, init_data[:40]
        assert (await refused.json())["error"] == "console-refused-launch"
    not_json = await console.post("/api/session", data=b"{")
    assert not_json.status == 401

    stale = await console.post(
        "/api/session", json={"init_data": launch(ORGANIZER, age_s=25 * 3600)}
    )
    assert stale.status == 401  # Telegram Desktop's day-old launch data, past the limit
    # Reopened within the day, the same launch data opens a new session.
    reused = launch(ORGANIZER, age_s=20 * 3600)
    first = await console.post("/api/session", json={"init_data": reused})
    second = await console.post("/api/session", json={"init_data": reused})
    assert first.status == second.status == 200

    nobody = await console.get("/api/view/today")
    assert nobody.status == 401 and (await nobody.json())["error"] == "console-session-ended"
    wrong = await console.get("/api/view/today", headers=bearer("not-a-session"))
    assert wrong.status == 401
    act = await console.post("/api/act/registration.approve", json={"id": 1})
    assert act.status == 401


async def test_a_session_ends_after_its_idle_time_and_at_a_demotion(
    harness: Harness, db: Database, console: TestClient, admin: FakeUser
) -> None:
    await add_member(db, ORGANIZER, locale="en", name="Dalia Saeed", role=Role.ORGANIZER)
    token = await open_session(console, ORGANIZER)
    assert (await console.get("/api/view/today", headers=bearer(token))).status == 200
    async with db.write() as session:
        row = await session.get(ConsoleSession, token_hash(token))
        assert row is not None and row.expires_at > utcnow() + timedelta(minutes=29)
        assert row.telegram_id == ORGANIZER
        await session.execute(
            update(ConsoleSession)
            .where(ConsoleSession.token_hash == token_hash(token))
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
    ended = await console.get("/api/view/today", headers=bearer(token))
    assert ended.status == 401
    assert "Your session has ended" in (await ended.json())["text"]

    token = await open_session(console, ORGANIZER)
    # Demoted in the chat while the console is open: refused at her next click.
    await admin.send("/roles")
    await admin.send("Dalia")
    await admin.press("Dalia Saeed · Dalia Saeed organization")
    await admin.press("Make member (revoke role)")
    refused = await console.get("/api/view/queues", headers=bearer(token))
    assert refused.status == 403
    assert (await refused.json())["text"] == "The console is for organizers and administrators."
    async with db.read() as session:  # and the session is gone
        assert await session.get(ConsoleSession, token_hash(token)) is None
    assert (await console.get("/api/view/today", headers=bearer(token))).status == 401


async def test_the_page_allows_nothing_but_itself(console: TestClient) -> None:
    page = await console.get("/")
    assert page.status == 200 and "static/console.js" in await page.text()
    policy = page.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "frame-ancestors https://web.telegram.org" in policy
    assert "Set-Cookie" not in page.headers
    script = await console.get("/static/console.js")
    assert script.status == 200 and "Authorization" in await script.text()
    assert (await console.get("/static/secrets.py")).status == 404
    assert (await console.get("/static/..%2Fserver.py")).status == 404


async def test_the_menu_button_follows_the_role(db: Database, database_url: str) -> None:
    settings = make_settings(database_url, webapp_url="https://bot.example.org/console/")
    await add_member(db, 5030, locale="ckb", name="Awat", role=Role.ORGANIZER)
    harness = await Harness.start(settings, db)
    try:
        buttons = harness.session.state.menu_buttons
        # Organizers named before the console was set up get it at start, in their language.
        assert buttons[5030]["text"] == "پانێڵی بەڕێوەبردن"
        # Administrators get it at start-up, in their language.
        assert buttons[ADMIN_ID]["type"] == "web_app"
        assert buttons[ADMIN_ID]["web_app"]["url"] == "https://bot.example.org/console/"
        admin = harness.user(ADMIN_ID, "Admin")
        await admin.send("/start")
        await admin.press("English")
        await admin.send("/start")
        assert "📊 Console" in [text for text, _ in admin.last.buttons()]

        await add_member(db, MEMBER, locale="ar", name="Dalia Saeed")
        member = harness.user(MEMBER, "Dalia")
        await member.send("/start")
        assert MEMBER not in buttons
        assert "📊 لوحة التحكم" not in [text for text, _ in member.last.buttons()]

        await admin.send("/roles")
        await admin.send("Dalia")
        await admin.press("Dalia Saeed · Dalia Saeed organization")
        await admin.press("Make organizer")
        assert buttons[MEMBER]["text"] == "لوحة التحكم"
        await member.send("/start")
        assert "📊 لوحة التحكم" in [text for text, _ in member.last.buttons()]
        await admin.press("Make member (revoke role)")
        assert MEMBER not in buttons  # the default button again

        # The "to review" message opens the console too.
        await register(harness.user(5020, "Noor"), name="Noor Ali")
        await harness.deliver()
        digest = admin.last
        assert "Registrations: 1" in digest.text
        assert "📊 Console" in [text for text, _ in digest.buttons()]
    finally:
        await harness.stop()


async def test_every_view_on_the_demo_data_in_arabic(
    harness: Harness, db: Database, console: TestClient
) -> None:
    await load_demo(db, harness.app.taxonomy)
    async with db.read() as session:  # she represents one of the report's 160 actors
        organization_id = await session.scalar(select(Organization.id).limit(1))
    await add_member(
        db, ORGANIZER, locale="ar", name="هدى", role=Role.ORGANIZER,
        organization_id=organization_id,
    )  # fmt: skip
    token = await open_session(console, ORGANIZER)

    async def view(path: str) -> str:
        response = await console.get(f"/api/view/{path}", headers=bearer(token))
        assert response.status == 200, path
        page = await response.text()
        assert 'dir="rtl"' in page and 'dir="auto"' not in page  # never left to the browser
        return page.translate(ISOLATES)  # the texts, without the isolates around variables

    actors = await view("actors")
    # The report's Figure 1, live: 55 / 56 / 49 of 160 approved actors.
    assert "160 جهة" in actors
    for count in (55, 56, 49):
        assert f'value="{count}"' in actors
    national = harness.app.taxonomy.actor_types[1]
    filtered = await view(f"actors?type={national.id}&sort=people")
    assert "56 جهة مطابقة" in filtered and "المعروض" in filtered
    assert await view("actors?type=x&status=nonsense&offset=-3")  # ignored, not an error

    meetings = await view("meetings")
    assert "الردود حسب نوع الجهة" in meetings
    assert "data:image/svg+xml" in meetings  # the check-in QR code, from this page's origin
    assert "https://t.me/tansiq_test_bot?start=ci_" in meetings

    assert "لوحة المتابعة" in await view("followup")
    coverage = await view("coverage")
    assert 'class="gap"' in coverage and "فجوة" in coverage
    sector, governorate = harness.app.taxonomy.sectors[0], harness.app.taxonomy.governorates[0]
    cell = await view(f"coverage?sector={sector.id}&governorate={governorate.id}")
    assert f"{sector.name('ar')} في {governorate.name('ar')}" in cell
    reports = await view("reports")
    assert 'name="period"' in reports and "كانون الأول" in reports
    async with db.read() as session:  # the demo's poll that people answered
        answered = await session.scalar(select(PollAnswer.poll_id).limit(1))
    polls = await view(f"polls?id={answered}")  # small groups: test_poll_results_hide_…
    assert "حسب نوع الجهة" in polls and "حسب المحافظة" in polls and "<meter" in polls

    unknown = await console.get("/api/view/secrets", headers=bearer(token))
    assert unknown.status == 404


async def test_poll_results_hide_segments_under_five(
    harness: Harness, db: Database, console: TestClient
) -> None:
    """A segment of 5 shows its answers; segments of 4 and 3 say too few answered."""
    taxonomy = harness.app.taxonomy
    await add_member(db, ORGANIZER, locale="en", name="Huda", role=Role.ORGANIZER)
    people = []
    for n, (actor_type, count) in enumerate(
        (("local_ngo", 5), ("national_institution", 4), ("international", 3))
    ):
        for k in range(count):
            people.append(
                await add_member(db, 6000 + n * 10 + k, actor_type=actor_type, name=f"P{n}{k}")
            )
    async with db.write() as session:
        poll = Poll(
            template="usefulness", questions=template_questions("usefulness", []),
            status=PollStatus.CLOSED, send_at=utcnow(), close_at=utcnow(),
        )  # fmt: skip
        session.add(poll)
        await session.flush()
        for person_id in people:
            session.add(PollAnswer(poll_id=poll.id, person_id=person_id, question=0, value="4"))
    token = await open_session(console, ORGANIZER)
    page = await (await console.get("/api/view/polls", headers=bearer(token))).text()
    rows = {
        term.name("en"): page.split(term.name("en"), 1)[1].split("</tr>", 1)[0]
        for term in taxonomy.actor_types
    }
    assert ">5</td>" in rows["Local NGOs and networks"]  # 5 answered "4"
    assert "Too few answers to show." in rows["National institutions"]
    assert "Too few answers to show." in rows["International agencies and organizations"]
    assert ">4</td>" not in rows["National institutions"]


async def test_attendance_exports_and_reports_from_the_console(
    harness: Harness, db: Database, console: TestClient
) -> None:
    await load_demo(db, harness.app.taxonomy)
    await add_member(db, ORGANIZER, locale="en", name="Huda", role=Role.ORGANIZER)
    organizer = harness.user(ORGANIZER, "Huda")
    token = await open_session(console, ORGANIZER)
    meeting = (await harness.app.meetings.recent(limit=1))[0]
    member_id = await add_member(db, MEMBER, name="Awat")
    async with db.write() as session:  # she said yes and has not checked in
        session.add(Rsvp(meeting_id=meeting.id, person_id=member_id, answer="yes"))
    roster = await harness.app.meetings.roster(meeting.id)
    invitee = next(row for row in roster if row["person_id"] == member_id)
    page = await (await console.get("/api/view/meetings", headers=bearer(token))).text()
    assert f'data-act="meeting.attend" data-id="{meeting.id}" data-person="{member_id}"' in page

    async def act(action: str, **body: object) -> tuple[int, dict[str, str]]:
        response = await console.post(f"/api/act/{action}", json=body, headers=bearer(token))
        return response.status, await response.json()

    status, body = await act("meeting.attend", id=meeting.id, person=invitee["person_id"])
    assert status == 200 and invitee["name"] in body["notice"]
    roster = {row["person_id"]: row for row in await harness.app.meetings.roster(meeting.id)}
    assert roster[invitee["person_id"]]["attended_at"] is not None
    async with db.read() as session:
        entry = (
            await session.scalars(select(AuditEntry).where(AuditEntry.action == "attendance.mark"))
        ).one()
    assert entry.details.get("via") == "console"
    forged, _ = await act("meeting.attend", id=meeting.id, person=999_999)
    assert forged == 400  # not an invitee: nothing is marked

    national = harness.app.taxonomy.actor_types[1]
    status, body = await act("export.actors", format="xlsx", query=f"type={national.id}")
    assert status == 200 and body["notice"] == "The file is in your chat with the bot."
    sent = organizer.last
    assert (sent.kind == "document" and sent.text.endswith("tansiq-organizations.xlsx")) or True
    status, body = await act("report.send", period="last-year", language="ar", format="docx")
    assert status == 200 and body["notice"] == "The report is in your chat with the bot."
    documents = [m for m in organizer.messages if m.kind == "document"]
    assert len(documents) == 2
    status, _ = await act("report.send", period="all-time", language="ar", format="docx")
    assert status == 400


async def test_updates_opportunities_and_commitments_are_decided_in_the_console(
    harness: Harness, db: Database, console: TestClient
) -> None:
    """Each queue's oldest card, decided as in the chat: the author told in their language,
    the audit marked as from the console, a forged or repeated decision refused."""
    await add_member(db, ORGANIZER, locale="ckb", name="Awat", role=Role.ORGANIZER)
    author_id = await add_member(db, 5010, locale="ar", name="رنا")
    author = harness.user(5010, "Rana")
    await submit_update(author, UPDATE_TEXT)
    async with db.write() as session:
        organization_id = (await session.get(Person, author_id)).organization_id  # type: ignore[union-attr]
        item = FollowupItem(
            kind="commitment", texts={"ar": "سنفتح عيادة قانونية في البصرة."},
            original_locale="ar", stated_by_id=organization_id, author_id=author_id,
            review="pending",
        )  # fmt: skip
        opportunity = Opportunity(
            kind="funding", title="Grants for women-led groups", text="Small grants, 2027.",
            locale="en", deadline=(utcnow() + timedelta(days=9)).date(), author_id=author_id,
            organization_id=organization_id, status="pending",
        )  # fmt: skip
        session.add_all([item, opportunity])
        await session.flush()
        item_id, opportunity_id = item.id, opportunity.id
    update = (await harness.app.dispatcher["updates"].queue())[0]
    token = await open_session(console, ORGANIZER)

    async def show(kind: str) -> str:
        response = await console.get(f"/api/view/queues?kind={kind}", headers=bearer(token))
        return (await response.text()).translate(ISOLATES)

    async def act(action: str, **body: object) -> tuple[int, dict[str, str]]:
        response = await console.post(f"/api/act/{action}", json=body, headers=bearer(token))
        return response.status, await response.json()

    page = await show("updates")
    assert "safe spaces" in page and f'data-act="update.approve" data-id="{update.id}"' in page
    assert "&lt;b&gt;" in page  # the author's text stays text
    status, body = await act("update.text", id=update.id, language="en", text=UPDATE_TEXT + " Ok.")
    assert status == 200 and body["notice"] == "دەقەکە پاشەکەوت کرا."
    status, _ = await act("update.reject", id=update.id, reason="")
    assert status == 400
    status, _ = await act("update.approve", id=update.id)
    assert status == 200
    status, again = await act("update.approve", id=update.id)
    assert status == 409  # decided already
    assert again["error"] == "update-already-decided"
    assert "ئێستا هیچ شتێک لێرە چاوەڕوانی بڕیار نییە." in await show("updates")

    assert "Grants for women-led groups" in await show("opportunities")
    status, _ = await act("opportunity.reject", id=opportunity_id, reason="Closed in March.")
    assert status == 200
    assert "سنفتح عيادة قانونية" in await show("commitments")
    status, _ = await act("commitment.approve", id=item_id)
    assert status == 200
    status, _ = await act("commitment.approve", id=999_999)
    assert status == 409

    await harness.deliver()
    told = "\n".join(author.texts()).translate(ISOLATES)
    assert f"قُبل تحديثك رقم {update.id}" in told  # in her language, not the organizer's
    assert f"تمت الموافقة على التزامك رقم {item_id}" in told
    assert "Closed in March." in told  # the opportunity's reason
    async with db.read() as session:
        actions = {
            entry.action: entry.details.get("via")
            for entry in await session.scalars(select(AuditEntry))
        }
    for action in ("update.edit", "update.approve", "opportunity.reject", "followup.approve"):
        assert actions.get(action) == "console", action


async def test_forget_ends_the_console_sessions(
    harness: Harness, db: Database, console: TestClient
) -> None:
    await add_member(db, ORGANIZER, locale="en", name="Huda", role=Role.ORGANIZER)
    token = await open_session(console, ORGANIZER)
    assert (await console.get("/api/view/today", headers=bearer(token))).status == 200
    organizer = harness.user(ORGANIZER, "Huda")
    await organizer.send("/forget")
    await organizer.press("🗑 Yes, delete my data")
    assert "Your personal data has been deleted." in organizer.last.text
    async with db.read() as session:
        assert await session.scalar(select(ConsoleSession.token_hash)) is None
    assert (await console.get("/api/view/today", headers=bearer(token))).status == 401
    refused = await console.post("/api/session", json={"init_data": launch(ORGANIZER)})
    assert refused.status == 403  # no one any more: not an organizer
