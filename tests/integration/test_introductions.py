"""Introductions through the real dispatcher: a request reaches only a listed person who takes
requests, with a note only they read (HTML stays text); on accept both get each other's name,
organization and title, and a username link only where it is allowed, else one message each way
through the bot; a decline or a block says only "not possible now" and holds for 30 days; a
flood of requests is refused; forged buttons are refused; /forget removes requests and notes."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.callbacks import DirectoryCb, IntroCb
from storage.database import Database
from storage.models import IntroRequest
from tests.flows import add_member
from tests.harness import FakeUser, Harness

LAYLA, MARYAM, READER, HIDDEN = 6_991_001, 6_991_002, 6_991_003, 6_991_004


async def listed(user: FakeUser, *presses: str) -> None:
    await user.send("/profile")
    await user.press("📇 Directory")
    await user.press("✅ List me")
    for label in presses:
        await user.press(label)


async def ask(reader: FakeUser, target_id: int, note: str) -> None:
    await reader.press_data(DirectoryCb(action="ask", value=target_id).pack())
    await reader.send(note)


async def test_accepted_introduction_with_one_relayed_message_each_way(
    harness: Harness, db: Database
) -> None:
    await add_member(db, LAYLA, name="Layla Listed")
    await add_member(db, READER, name="Rasha Reader")
    layla = harness.user(LAYLA, username="layla_private")
    reader = harness.user(READER)
    await listed(layla, "Accept requests to connect")
    await reader.send("/directory")
    await reader.send("layla listed")
    await reader.press("Layla Listed organization")
    await reader.press("🤝 Ask Layla Listed to connect")
    await reader.send("I run the <b>shelter</b> network in Basra.")
    assert reader.last.text.startswith("Sent.")
    await harness.deliver()
    card = harness.session.chat(LAYLA)[-1]
    assert "A request to connect from Rasha Reader, Officer, Rasha Reader organization" in card.text
    assert "<b>shelter</b>" in card.text  # the note stays text
    await layla.press("✅ Accept", in_message=card)
    assert layla.last_alert == "Accepted: you both have each other's contact now."
    assert (await _requests(db))[0].note == ""  # read and answered: not kept
    assert card.text == "Accepted: you both have each other's contact now."  # nor in the chat
    assert card.buttons() == []
    await harness.deliver()
    to_reader = harness.session.chat(READER)[-1]
    assert "You are connected with Layla Listed, Officer, Layla Listed organization." in (
        to_reader.text
    )
    assert "layla_private" not in to_reader.text  # she did not allow her username
    await reader.press("✉️ Write one message", in_message=to_reader)
    await reader.send("Shall we meet on Monday?")
    assert reader.last.text == "Sent through Tansiq."
    await harness.deliver()
    relayed = harness.session.chat(LAYLA)[-1]
    assert "A message from Rasha Reader" in relayed.text and "Monday" in relayed.text
    await reader.press("✉️ Write one message", in_message=to_reader)
    await reader.send("And one more?")
    assert reader.last.text == "Your one message in this introduction was sent already."
    # Someone else's request cannot be answered or written in.
    request_id = (await _requests(db))[0].id
    await add_member(db, MARYAM, name="Maryam Other")
    other = harness.user(MARYAM)
    await other.press_data(IntroCb(action="write", request_id=request_id).pack())
    assert other.last_alert == "This request is no longer there."
    await other.press_data(IntroCb(action="accept", request_id=request_id).pack())
    assert other.last_alert == "This request is no longer there."


async def test_username_link_only_where_allowed(harness: Harness, db: Database) -> None:
    await add_member(db, LAYLA, name="Layla Listed")
    await add_member(db, READER, name="Rasha Reader")
    layla = harness.user(LAYLA, username="layla_ok")
    await layla.send("/start")  # Telegram tells the bot her username
    await listed(
        layla, "Accept requests to connect", "Share my Telegram username on accepted requests"
    )
    reader = harness.user(READER)
    await ask(reader, (await _person_id(harness, LAYLA)), "Hello from Rasha.")
    await harness.deliver()
    await layla.press("✅ Accept", in_message=harness.session.chat(LAYLA)[-1])
    await harness.deliver()
    assert "https://t.me/layla_ok" in harness.session.chat(READER)[-1].text


async def test_decline_block_limits_and_unlisted_people(harness: Harness, db: Database) -> None:
    await add_member(db, LAYLA, name="Layla Listed")
    await add_member(db, MARYAM, name="Maryam Listed")
    await add_member(db, READER, name="Rasha Reader")
    await add_member(db, HIDDEN, name="Hana Hidden")
    for telegram_id in (LAYLA, MARYAM):
        await listed(harness.user(telegram_id), "Accept requests to connect")
    reader = harness.user(READER)
    layla_id, maryam_id = await _person_id(harness, LAYLA), await _person_id(harness, MARYAM)

    await ask(reader, layla_id, "Hello.")
    await harness.deliver()
    await harness.user(LAYLA).press("Decline", in_message=harness.session.chat(LAYLA)[-1])
    await harness.deliver()
    assert harness.session.chat(READER)[-1].text == "A connection is not possible now."
    await ask(reader, layla_id, "Hello again.")  # within 30 days: the same answer
    assert reader.last.text == "A connection is not possible now."

    await ask(reader, maryam_id, "Hello Maryam.")
    await harness.deliver()
    await harness.user(MARYAM).press(
        "🚫 Block this person", in_message=harness.session.chat(MARYAM)[-1]
    )
    # Her organization's card still offers to ask it (nothing tells a blocked person so);
    # asking hears "not possible", as after a decline.
    await reader.send("/directory")
    await reader.send("maryam listed")
    await reader.press("Maryam Listed organization")
    await reader.press("🤝 Ask this organization to connect")
    await reader.send("Hello to your organization.")
    assert reader.last.text == "A connection is not possible now."
    await ask(reader, await _person_id(harness, HIDDEN), "Hello Hana.")  # not listed
    assert reader.last.text == "A connection is not possible now."
    # A third request today reaches the limit; then the one who blocked and the one who
    # declined get the same answer, the limit's: it must not tell which is which.
    await add_member(db, 6_991_006, name="Zaid Listed")
    await listed(harness.user(6_991_006), "Accept requests to connect")
    await ask(reader, await _person_id(harness, 6_991_006), "Hello Zaid.")
    assert reader.last.text.startswith("Sent.")
    limit = "You have sent 3 requests to connect today, the most a day. Try again tomorrow."
    await ask(reader, maryam_id, "Please?")  # blocked
    assert reader.last.text == limit
    await ask(reader, layla_id, "Please?")  # declined
    assert reader.last.text == limit
    # The note is too long: refused, with how much.
    await add_member(db, 6_991_005, name="Nour Reader")
    nour = harness.user(6_991_005)
    await ask(nour, layla_id, "x" * 320)
    assert nour.last.text.startswith("The text has 320 characters, 20 over the limit of 300.")
    # Organizers see counts, never notes.
    counts = await harness.app.dispatcher["introductions"].counts(
        await harness.app.people.actor(9000000001)
    )
    assert counts == {"declined": 2, "pending": 1}
    admin = harness.user(9000000001)
    await admin.send("/directory")
    assert "Requests to connect so far: 3 (accepted 0, waiting 1)." in admin.last.text
    assert "Hello" not in admin.last.text
    # /forget takes the requester's requests and notes with them.
    await reader.send("/forget")
    await reader.press("🗑 Yes, delete my data")
    async with db.read() as session:
        assert await session.scalar(select(func.count()).select_from(IntroRequest)) == 0


async def test_asking_an_organization_reaches_its_listed_representatives(
    harness: Harness, db: Database
) -> None:
    """The note reaches each listed representative who takes requests (not one who is listed
    without taking them, not one who is not listed), in their language; the first to answer
    decides; the other's buttons then say it was answered."""
    layla_id = await add_member(db, LAYLA, name="Layla Listed")
    organization = await _organization_of(db, layla_id)
    await add_member(db, MARYAM, name="Maryam Colleague", locale="ar", organization_id=organization)
    await add_member(db, HIDDEN, name="Hana Hidden", organization_id=organization)
    await add_member(db, 6_991_006, name="Quiet Colleague", organization_id=organization)
    await add_member(db, READER, name="Rasha Reader")
    await listed(harness.user(LAYLA), "Accept requests to connect")
    maryam = harness.user(MARYAM)  # in Arabic
    await maryam.send("/profile")
    for label in ("📇 الدليل", "✅ أدرجني", "قبول طلبات التواصل"):
        await maryam.press(label)
    await listed(harness.user(6_991_006))  # listed, takes no requests
    reader = harness.user(READER)
    await reader.send("/directory")
    await reader.send("layla listed")
    await reader.press("Layla Listed organization")
    await reader.press("🤝 Ask this organization to connect")
    assert "the first of them to answer decides" in reader.last.text
    await reader.send("We train <i>paralegals</i> in Basra.")
    assert reader.last.text.startswith("Sent.")
    await harness.deliver()
    to_layla = harness.session.chat(LAYLA)[-1]
    to_maryam = harness.session.chat(MARYAM)[-1]
    assert "A request to connect with your organization from Rasha Reader" in to_layla.text
    assert "<i>paralegals</i>" in to_layla.text
    assert "طلب تواصل مع منظمتك" in to_maryam.text
    assert harness.session.chat(HIDDEN) == []
    assert not any("request to connect" in m.text for m in harness.session.chat(6_991_006))
    await harness.user(MARYAM).press("✅ قبول", in_message=to_maryam)
    await harness.user(LAYLA).press("✅ Accept", in_message=to_layla)
    assert harness.user(LAYLA).last_alert == "This request was answered already."
    await harness.deliver()
    # The note leaves the colleague's chat: her card now says it was answered.
    card = next(m for m in harness.session.chat(LAYLA) if m.message_id == to_layla.message_id)
    assert card.text == "This request was answered already." and "paralegals" not in card.text
    assert "You are connected with Maryam Colleague" in harness.session.chat(READER)[-1].text
    (request,) = await _requests(db)
    assert request.target_id == await _person_id(harness, MARYAM)
    assert request.organization_id == organization and request.note == ""
    # A second request to the same organization: they are connected already.
    await reader.press_data(DirectoryCb(action="askorg", value=organization).pack())
    await reader.send("Again.")
    assert reader.last.text == "You are connected with this person already."
    # One's own organization cannot be asked, even by a forged button.
    await harness.user(LAYLA).press_data(DirectoryCb(action="askorg", value=organization).pack())
    await harness.user(LAYLA).send("Hello us.")
    assert harness.user(LAYLA).last.text == "That is you."


async def test_a_person_who_blocked_the_bot_or_left_cannot_be_asked(
    harness: Harness, db: Database
) -> None:
    """Someone who blocked the bot would never read the request, and someone who deleted their
    data is gone: the requester hears the same "not possible" as for anyone unlisted."""
    layla_id = await add_member(db, LAYLA, name="Layla Listed")
    maryam_id = await add_member(db, MARYAM, name="Maryam Leaving")
    await add_member(db, READER, name="Rasha Reader")
    for telegram_id in (LAYLA, MARYAM):
        await listed(harness.user(telegram_id), "Accept requests to connect")
    await harness.app.people.set_reachable(LAYLA, False)  # Telegram said 403: blocked
    reader = harness.user(READER)
    await ask(reader, layla_id, "Hello Layla.")
    assert reader.last.text == "A connection is not possible now."
    maryam = harness.user(MARYAM)
    await maryam.send("/forget")
    await maryam.press("🗑 Yes, delete my data")
    await ask(reader, maryam_id, "Hello Maryam.")
    assert reader.last.text == "A connection is not possible now."
    assert await _requests(db) == []


async def _organization_of(db: Database, person_id: int) -> int:
    from storage.models import Person

    async with db.read() as session:
        person = await session.get(Person, person_id)
        assert person is not None and person.organization_id is not None
        return person.organization_id


async def _requests(db: Database) -> list[IntroRequest]:
    async with db.read() as session:
        return list(await session.scalars(select(IntroRequest)))


async def _person_id(harness: Harness, telegram_id: int) -> int:
    person = await harness.app.people.by_telegram_id(telegram_id)
    assert person is not None
    return person.id
