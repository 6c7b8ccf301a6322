"""The reporting round's domain, without Telegram: who is asked (and who cannot be reached),
requests written with the round and never twice, one answer for the organization ("nothing to
report" or an update sent for the round, late after the deadline), reminders only to the
silent and by hand once a day, the figures by actor type, governorate and sector against a
hand count (a /forget'd representative's answer still counting), an organization approved
during the round asked at once, no two rounds over the same period."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from storage.database import Database
from storage.models import (
    ActorType,
    Governorate,
    Organization,
    OutboxMessage,
    Person,
    ReportingRound,
    RoundOrganization,
    Sector,
    SectorUpdate,
)
from storage.services.actors import Actor
from storage.services.audience import Audience
from storage.services.erasure import ErasureService
from storage.services.errors import Conflict
from storage.services.outbox import OutboxService
from storage.services.rounds import RoundService
from storage.services.updates import UpdateDraft, UpdateService
from storage.types import utcnow
from tests.conftest import ADMIN_ID
from tests.flows import add_member
from tests.harness import Harness

PERIOD = (date(2026, 10, 1), date(2026, 12, 31))


def render(round_: ReportingRound, locale: str) -> list[dict[str, Any]]:
    return [{"method": "sendMessage", "text": f"round {round_.id} ({locale})"}]


async def actor_of(db: Database, telegram_id: int) -> Actor:
    async with db.read() as session:
        person = await session.scalar(select(Person).where(Person.telegram_id == telegram_id))
    return Actor.of(person, telegram_id, {ADMIN_ID})


async def organization_of(db: Database, telegram_id: int) -> int:
    async with db.read() as session:
        found = await session.scalar(
            select(Person.organization_id).where(Person.telegram_id == telegram_id)
        )
    assert found is not None
    return found


async def term(db: Database, model: type, code: str) -> int:
    async with db.read() as session:
        return int(await session.scalar(select(model.id).where(model.code == code)))  # type: ignore[attr-defined]


async def test_a_whole_round_in_the_service(db: Database) -> None:
    outbox = OutboxService(db)
    rounds = RoundService(db, outbox)
    admin = Actor(telegram_id=ADMIN_ID, is_admin=True)
    # Three organizations: Anbar (two representatives), Basra (one), and one nobody can
    # reach (its only representative blocked the bot).
    await add_member(db, 7_700_001, name="Anwar", governorates=("anbar",), sectors=("recovery",))
    anbar = await organization_of(db, 7_700_001)
    await add_member(db, 7_700_002, name="Aya", governorates=("anbar",), organization_id=anbar)
    await add_member(db, 7_700_003, name="Basim", governorates=("basra",),
                     sectors=("climate_change",), actor_type="national_institution")  # fmt: skip
    await add_member(db, 7_700_004, name="Blocked", governorates=("erbil",))
    async with db.write() as session:
        await session.execute(
            update(Person).where(Person.telegram_id == 7_700_004).values(reachable=False)
        )
        approved = await session.scalar(
            select(Organization.id).where(Organization.status == "approved").limit(1)
        )
        assert approved is not None
    preview = await rounds.preview(admin, Audience())
    async with db.read() as session:
        every = len((await session.scalars(select(Organization.id).where(
            Organization.status == "approved"))).all())  # fmt: skip
    assert (preview.organizations, preview.people) == (every, 3)
    assert preview.unreachable == every - 2  # the seeded ones have nobody yet, and Erbil's
    # An audience as for announcements narrows it to the organizations of the people it takes.
    anbar_only = await rounds.preview(
        admin, Audience(governorates=[await term(db, Governorate, "anbar")])
    )
    assert (anbar_only.organizations, anbar_only.people, anbar_only.unreachable) == (1, 2, 0)

    deadline = utcnow() + timedelta(days=10)
    round_ = await rounds.open(
        admin, PERIOD, deadline, Audience(), {"1": {"en": "What moved in protection?"}}, render
    )
    with pytest.raises(Conflict):  # the same period twice: an update would not know its round
        await rounds.open(admin, PERIOD, deadline, Audience(), {}, render)
    async with db.read() as session:
        keys = sorted((await session.scalars(select(OutboxMessage.dedupe_key))).all())
    assert len(keys) == 3 and all(k.startswith(f"round:{round_.id}:") for k in keys)

    # Anbar answers twice (the first counts), Basra sends an update for the round.
    await rounds.answer_nothing(await actor_of(db, 7_700_001), round_.id)
    await rounds.answer_nothing(await actor_of(db, 7_700_002), round_.id)
    async with db.read() as session:
        basim = await session.scalar(select(Person).where(Person.telegram_id == 7_700_003))
    assert basim is not None
    sector = await term(db, Sector, "climate_change")
    basra = await term(db, Governorate, "basra")
    draft = UpdateDraft(
        sector_id=sector, kind="progress", governorates=[basra], round_id=round_.id,
        text="A climate adaptation plan for the marshes was adopted.",
    )  # fmt: skip
    await UpdateService(db).submit(basim, draft, "en")
    progress = await rounds.progress(round_.id)
    assert (progress.asked, progress.answered, progress.nothing, progress.late) == (every, 2, 1, 0)
    anbar_id = await term(db, Governorate, "anbar")
    assert progress.by_governorate[anbar_id].answered == 1
    assert progress.by_governorate[basra].answered == 1
    erbil = await term(db, Governorate, "erbil")
    assert erbil in progress.silent_governorates
    institution = await term(db, ActorType, "national_institution")
    assert progress.by_actor_type[institution].answered == 1

    # A manual reminder goes to the silent only, once a day.
    reminded = await rounds.remind(admin, round_.id, render)
    assert reminded == 0  # Erbil's one representative blocked the bot; the rest answered
    with pytest.raises(Conflict):
        await rounds.remind(admin, round_.id, render)
    # An organization approved during the round is asked at once.
    await add_member(db, 7_700_005, name="Newcomer", governorates=("duhok",))
    newcomer = await organization_of(db, 7_700_005)
    newcomer_person = (await actor_of(db, 7_700_005)).person_id
    assert newcomer_person is not None
    assert await rounds.ask_newcomer(newcomer_person, render) == 1
    assert await rounds.ask_newcomer(newcomer_person, render) == 0  # asked once
    # The automatic reminder: due in the last days, once.
    assert await rounds.due_auto_reminders(3) == []
    assert await rounds.due_auto_reminders(12) == [round_.id]
    assert await rounds.remind(None, round_.id, render) == 1  # the newcomer
    # Anbar's answering representative uses /forget: the organization's answer stays.
    anwar = await actor_of(db, 7_700_001)
    assert anwar.person_id is not None
    await ErasureService(db, outbox).forget(anwar.person_id, lambda locale: "deleted")
    assert (await rounds.progress(round_.id)).answered == 2
    # A late answer after the deadline is taken, and marked.
    async with db.write() as session:
        await session.execute(
            update(ReportingRound).values(deadline=utcnow() - timedelta(minutes=1))
        )
    await rounds.answer_nothing(await actor_of(db, 7_700_005), round_.id)
    final = await rounds.progress(round_.id)
    assert (final.answered, final.late) == (3, 1)
    assert await rounds.due_to_close() == [round_.id]
    await rounds.close(None, round_.id)
    with pytest.raises(Conflict):
        await rounds.close(admin, round_.id)
    async with db.read() as session:
        answers = Counter((await session.scalars(select(RoundOrganization.answer))).all())
    assert answers == Counter({"nothing": 2, "updates": 1, None: every + 1 - 3})
    assert [o.id for o in await rounds.silent(round_.id)] == sorted(
        o for o in await _approved(db) if o not in {anbar, newcomer, basim.organization_id}
    )


async def _approved(db: Database) -> list[int]:
    async with db.read() as session:
        return list(
            await session.scalars(select(Organization.id).where(Organization.status == "approved"))
        )


async def test_the_report_starts_from_the_rounds_updates_merged_and_marked(
    harness: Harness, db: Database
) -> None:
    """A round for last quarter, answered this quarter: its updates are in last quarter's
    report (not this one's); the same challenge sent by two organizations is one item with
    their count; an item without a Sorani translation is shown as written, its language named."""
    from reports.summary import build_summary
    from storage.services.newsletters import Period

    admin = Actor(telegram_id=ADMIN_ID, is_admin=True)
    for telegram_id, name in ((7_700_101, "Nisan"), (7_700_102, "Zhin"), (7_700_103, "Dana")):
        await add_member(db, telegram_id, name=name)
    rounds: RoundService = harness.app.dispatcher["rounds"]
    past = (date(2026, 7, 1), date(2026, 9, 30))
    round_ = await rounds.open(admin, past, utcnow() + timedelta(days=5), Audience(), {}, render)
    protection = await term(db, Sector, "protection")
    local = await term(db, ActorType, "local_ngo")
    joint = "Shelters in Nineveh lose their funding in March."
    async with db.write() as session:
        for telegram_id, texts, kind in (
            (7_700_101, {"en": joint}, "challenge"),
            (7_700_102, {"en": "  shelters in Nineveh lose their funding in March. "}, "challenge"),
            (7_700_103, {"en": "A hotline opened.", "ckb": "هێڵێکی گەرم کرایەوە."}, "progress"),
        ):
            session.add(SectorUpdate(
                organization_id=await organization_of(db, telegram_id), actor_type_id=local,
                sector_id=protection, kind=kind, texts=texts, original_locale="en",
                anonymous=False, status="approved", round_id=round_.id,
            ))  # fmt: skip
        session.add(SectorUpdate(
            actor_type_id=local, sector_id=protection, kind="progress",
            texts={"en": "Not for any round, sent this quarter."}, original_locale="en",
            status="approved",
        ))  # fmt: skip
    await rounds.answer_nothing(await actor_of(db, 7_700_103), round_.id)
    report_data = harness.app.dispatcher["report_data"]
    tz = harness.app.settings.tz
    last_quarter = Period(datetime(2026, 7, 1, tzinfo=tz), datetime(2026, 10, 1, tzinfo=tz))
    data = await report_data.gather(admin, last_quarter)
    assert [len(data.updates), len(data.rounds)] == [3, 1]
    assert (data.rounds[0].asked, data.rounds[0].answered) >= (3, 1)
    english = build_summary(data, harness.app.taxonomy, harness.app.core.get, "en")
    items = [b.text for b in english.blocks if b.kind == "li"]
    assert (
        items.count(f"{joint} (2 organizations, among them Nisan organization, Zhin organization)")
        == 1
    )
    assert not any("Not for any round" in item for item in items)
    sorani = build_summary(data, harness.app.taxonomy, harness.app.core.get, "ckb")
    lines = [b.text for b in sorani.blocks]
    assert any(line.startswith("خولی ڕاپۆرتدانی") for line in lines)
    assert any("هێڵێکی گەرم کرایەوە." in line and "[" not in line for line in lines)
    assert any(joint in line and "[\u2068ئینگلیزی\u2069]" in line for line in lines)
    this_quarter = await report_data.gather(
        admin, Period(datetime(2026, 10, 1, tzinfo=tz), datetime(2027, 1, 1, tzinfo=tz))
    )
    assert [u.texts["en"] for u in this_quarter.updates] == [
        "Not for any round, sent this quarter."
    ]
