"""Every card fits: a follow-up item with a 1,200-character Arabic text and two long reports
shows fewer history lines (the latest first) and keeps the organizers' buttons; a narrative of
4,094 characters in few words is refused with its length, kept for shortening, and never
reaches Fluent's 2,500-character placeable limit; what still overflows anywhere is cut with
"…" by the one check every message goes through, never refused by Telegram."""

from __future__ import annotations

from sqlalchemy import select

from bot.callbacks import FollowupCb
from storage.database import Database
from storage.models import FollowupChange, FollowupItem, FollowupOwner, Person
from storage.services.followup import NARRATIVE_MAX_CHARS
from storage.services.telegram_text import (
    MAX_TEXT,
    fit_text,
    fits,
    html_error,
    telegram_length,
    visible_text,
)
from tests.conftest import ADMIN_ID, make_settings
from tests.flows import add_member
from tests.harness import FakeUser, Harness

OWNER, FOLLOWER = 7_620_000_001, 7_620_000_002
# A sentence of the report's kind, repeated to the limits (Arabic: two bytes a letter).
ITEM_TEXT = ("تعديل قانون الانتخابات ليشمل حصة النساء في مجالس المحافظات. " * 40)[:1200]


def narrative(tag: str) -> str:
    """199 words and just under the character cap: the longest report the dialog takes."""
    words = [f"{tag}كلمةطويلةجدافيالتقرير"] * 199
    text = " ".join(words)
    return text[:NARRATIVE_MAX_CHARS]


async def report(owner: FakeUser, item_id: int, text: str) -> None:
    await owner.press_data(FollowupCb(action="show", item_id=item_id).pack())
    await owner.press("📝 Report status")
    await owner.press("🟡 Limited progress")
    await owner.send(text)
    await owner.press("Skip ▶")


async def test_a_card_with_long_reports_shows_fewer_lines_and_keeps_its_buttons(
    harness: Harness, db: Database, admin: FakeUser
) -> None:
    await add_member(db, OWNER, name="Omar Owner", locale="en")
    await add_member(db, FOLLOWER, name="Fatin Follower", locale="ar")
    async with db.write() as session:
        owner_org = await session.scalar(
            select(Person.organization_id).where(Person.telegram_id == OWNER)
        )
        item = FollowupItem(kind="recommendation", texts={"ar": ITEM_TEXT}, original_locale="ar")
        session.add(item)
        await session.flush()
        session.add(FollowupOwner(item_id=item.id, organization_id=owner_org))
        item_id = item.id
    follower_id = await _person(db, FOLLOWER)
    await harness.app.dispatcher["followup"].follow(follower_id, item_id)
    owner = harness.user(OWNER)

    # A narrative of 4,094 characters in a few words: refused with its length, kept.
    await owner.press_data(FollowupCb(action="show", item_id=item_id).pack())
    await owner.press("📝 Report status")
    await owner.press("🟡 Limited progress")
    await owner.send(("ا" * 40 + " ") * 99 + "ا" * 35)
    refusal = owner.messages[-2].text
    assert refusal.startswith("The narrative has 4,094 characters, 2,594 over the limit of 1,500.")
    kept = owner.last.text
    assert telegram_length(visible_text(kept, "HTML")) <= MAX_TEXT and kept.endswith("…")

    for tag in ("أول", "ثان", "ثالث"):
        await report(owner, item_id, narrative(tag))
    await harness.deliver()
    async with db.read() as session:
        assert len((await session.scalars(select(FollowupChange))).all()) == 3
    # The followers were told of every report, each message within the limit.
    notices = harness.session.chat(FOLLOWER)
    assert len(notices) == 3
    assert all(telegram_length(visible_text(m.text, "HTML")) <= MAX_TEXT for m in notices)

    # The organizer's card: fewer history lines, the latest first, the buttons all there.
    await admin.press_data(FollowupCb(action="show", item_id=item_id).pack())
    card = admin.last
    shown = telegram_length(visible_text(card.text, "HTML"))
    assert shown <= MAX_TEXT
    assert "ثالث" in card.text and "أول" not in card.text  # the oldest report gave way
    labels = [label for label, _ in card.buttons()]
    assert "🗑 Delete" in labels and "📅 Due date" in labels and "➕ Owner" in labels
    # What gave way is one press away: the whole history, in messages of their own.
    before = len(admin.messages)
    await admin.press("📜 The whole history", in_message=card)
    parts = admin.messages[before:]
    assert len(parts) >= 2 and "the whole history" in parts[0].text
    assert all(telegram_length(visible_text(m.text, "HTML")) <= MAX_TEXT for m in parts)
    whole = "".join(m.text for m in parts)
    assert all(tag in whole for tag in ("أول", "ثان", "ثالث"))
    # The owner's card too.
    await owner.press_data(FollowupCb(action="show", item_id=item_id).pack())
    assert telegram_length(visible_text(owner.last.text, "HTML")) <= MAX_TEXT
    assert "📝 Report status" in [label for label, _ in owner.last.buttons()]
    assert admin.id == ADMIN_ID


async def _person(db: Database, telegram_id: int) -> int:
    async with db.read() as session:
        found = await session.scalar(select(Person.id).where(Person.telegram_id == telegram_id))
    assert found is not None
    return found


async def test_links_are_capped_and_may_not_hide_their_site(harness: Harness, db: Database) -> None:
    """A 2,499-character link once passed the preview and jammed the organizers' review queue;
    a link with a user part reads as one site and leads to another."""
    await add_member(db, OWNER, name="Omar Owner")
    poster = harness.user(OWNER)
    await poster.send("/opportunity")
    await poster.press("🎓 Training")
    await poster.send("Paralegal training for shelter staff")
    await poster.send("Five days on survivor-centred legal aid for staff of women's shelters.")
    asked = poster.last.text
    await poster.send("https://example.org/" + "a" * 2479)
    assert poster.last.text == (
        "A link can have up to 512 characters; this one has 2,499 characters. Send a shorter link "
        "(the page's own address)."
    )
    await poster.send("https://paypal.com@evil.example/login")
    assert poster.last.text.startswith("A link with a name and “@” before the site is not")
    await poster.send("https://example.org/" + "a" * 492)  # 512: the most, taken
    assert poster.last.text != asked and "link" not in poster.last.text.lower()


async def test_every_card_of_the_new_features_fits_at_its_maximal_inputs(db: Database) -> None:
    """Rendered with the longest inputs each step accepts, in all three languages, every card
    fits in one message as it is (the cut of the last line of defence never runs): a person's
    registration card, a request to connect, its acceptance and a relayed message, an
    opportunity's card and the organizers' review of it, a follow-up card and its notice, a
    meeting's invitation with the longest agenda (it once passed Fluent's 2,500 characters for one
    variable, and the invitation Telegram's 4,096)."""
    from datetime import UTC, date, datetime

    from aiogram_i18n import I18nContext

    from bot.i18n import PersonLocaleManager, TansiqCore
    from notices import followup as followup_notices
    from notices import introductions as intro_notices
    from notices import meetings as meeting_notices
    from notices import review as review_notices
    from notices.opportunities import card_text
    from storage.models import (
        FollowupChange,
        Governorate,
        IntroRequest,
        Meeting,
        Opportunity,
        Organization,
        Sector,
    )
    from storage.services.followup import NARRATIVE_MAX_CHARS, TEXT_MAX
    from storage.services.introductions import NOTE_MAX, Party
    from storage.services.meetings import AGENDA_MAX
    from storage.services.opportunities import TEXT_MAX as OPPORTUNITY_TEXT_MAX
    from storage.services.opportunities import TITLE_MAX
    from storage.services.organizations import ORG_NAME_MAX
    from storage.services.people import NAME_MAX
    from storage.services.people import TITLE_MAX as PERSON_TITLE_MAX
    from storage.services.taxonomy import load_snapshot
    from storage.services.validation import LINK_MAX

    async with db.read() as session:
        taxonomy = await load_snapshot(session)
        sectors = list((await session.scalars(select(Sector))).all())
        governorates = list((await session.scalars(select(Governorate))).all())
    core = TansiqCore().load()
    # Letters that HTML escapes count once for Telegram and five times for Fluent.
    word = "منظمة&<ب>"

    def long(n: int) -> str:
        return (word * (n // len(word) + 1))[:n]

    organization = Organization(id=7, names={"en": long(ORG_NAME_MAX)}, actor_type_id=1)
    person = Person(
        id=3, telegram_id=7_000_000_003, username="u" * 32, full_name=long(NAME_MAX),
        title=long(PERSON_TITLE_MAX), organization=organization, governorates=governorates,
        sectors=sectors, status="pending",
    )  # fmt: skip
    party = Party(3, 7_000_000_003, "ar", long(NAME_MAX), long(PERSON_TITLE_MAX), organization,
                  "u" * 32)  # fmt: skip
    request = IntroRequest(id=11, requester_id=3, target_id=4, note=long(NOTE_MAX))
    opportunity = Opportunity(
        id=5, kind="funding", title=long(TITLE_MAX), text=long(OPPORTUNITY_TEXT_MAX),
        locale="ar", link="https://example.org/" + "a" * (LINK_MAX - 20),
        document_file_id="f", document_name=long(200), deadline=date(2099, 12, 31),
        sectors=sectors, governorates=governorates,
    )  # fmt: skip
    item = FollowupItem(
        id=9, kind="commitment", texts={"ar": long(TEXT_MAX)}, original_locale="ar",
        due_on=date(2099, 12, 31), level="limited", review="approved",
        sectors=sectors, governorates=governorates, owners=[organization],
    )  # fmt: skip
    history = [
        FollowupChange(
            id=n,
            item_id=9,
            level="limited",
            narrative=long(NARRATIVE_MAX_CHARS),
            link="https://example.org/" + "b" * (LINK_MAX - 20),
            for_organization_id=7,
            at=datetime(2026, 12, n + 1),
        )
        for n in range(5)
    ]
    named = {7: True}
    settings = make_settings("sqlite+aiosqlite://")
    agenda = long(AGENDA_MAX).replace("<", "«").replace("&", "و")  # HTML the organizer wrote
    meeting = Meeting(
        id=4, titles={"ar": long(200)}, agendas={"ar": agenda}, mode="hybrid", venue=long(300),
        link="https://meet.example.org/" + "c" * (LINK_MAX - 25),
        starts_at=datetime(2099, 1, 1, 7, tzinfo=UTC), ends_at=datetime(2099, 1, 1, 9, tzinfo=UTC),
        rsvp_deadline=datetime(2099, 1, 1, 7, tzinfo=UTC), sequence=0, status="published",
    )  # fmt: skip
    for locale in ("en", "ar", "ckb"):
        i18n = I18nContext(locale=locale, core=core, manager=PersonLocaleManager(), data={})
        texts = {
            "registration card": review_notices.card_text(i18n, person, taxonomy),
            "request": intro_notices.request_card(core, request, party, locale)[0]["text"],
            "accepted": intro_notices.accepted(core, request, party, locale)[0]["text"],
            "relayed": intro_notices.relayed(core, request, party, long(NOTE_MAX), locale)[0][
                "text"
            ],
            "opportunity": card_text(core, locale, opportunity),
            "opportunity review": core.get(
                "opportunity-review-card",
                locale,
                id=5,
                waiting=99,
                author=long(NAME_MAX),
                organization=long(ORG_NAME_MAX),
                status="pending",
            )
            + "\n\n"
            + card_text(core, locale, opportunity),
            "follow-up card": followup_notices.item_card_shown(
                core, taxonomy, item, history, named, locale, date(2026, 12, 5), long(200)
            )[0],
            "meeting invitation": meeting_notices.meeting_text(core, meeting, locale, settings),
            "follow-up notice": followup_notices.change_notice(
                core, taxonomy, item, history[0], named, locale
            )[0]["text"],
        }
        for what, text in texts.items():
            assert html_error(text) is None, (locale, what)
            assert fits(text), (locale, what, telegram_length(visible_text(text, "HTML")))
            assert fit_text(text) is text, (locale, what)  # the last line's cut never ran
