"""Generated authorization test: every organizer or admin command, and every button of a
privileged kind with every action the handlers know, pressed by each lower role (a newcomer,
someone pending, a member, an advisory member, an organizer demoted in the middle of a dialog).
Each gets a refusal and the database does not change.

The lists come from the code (the command menus, the CallbackData classes, the actions the
handlers filter on), so a new command or button cannot be forgotten here.
"""

from __future__ import annotations

import json
import re
import typing
from datetime import timedelta

from aiogram.filters.callback_data import CallbackData
from sqlalchemy import select

import bot.callbacks as callbacks
from bot.commands import ADMIN, MEMBER, ORGANIZER
from storage.database import Database
from storage.models import Base, Role, SectorUpdate
from storage.services.audience import Audience
from storage.services.polls import SCALE
from storage.types import utcnow
from tests.conftest import ADMIN_ID, ORGANIZER_ID, PROJECT_ROOT
from tests.flows import add_member, choose_language, register
from tests.harness import FakeUser, Harness
from tests.integration.test_meetings import publish

NEWCOMER, PENDING, MEMBER_ID, ADVISORY_ID = 6_950_001, 6_950_002, 6_950_003, 6_950_004
REFUSALS = {
    "You are not allowed to do this.",
    "This command is for organizers.",
    "This command is for administrators.",
    "You are not registered yet. Send /start to begin.",
    "Your registration is waiting for an organizer. Until it is approved you can use /status, "
    "/language, /help and /forget.",
}
# Within a lower role's rights: advisory members rank agenda topics.
ALLOWED = {("advisory", callbacks.AgendaCb.__prefix__, "rank")}
# Tables that change with any update whatever it does: seen ids and dialog state.
BOOKKEEPING = {"processed_updates", "fsm_states"}


def privileged_classes() -> list[type[CallbackData]]:
    classes = [
        value
        for value in vars(callbacks).values()
        if isinstance(value, type) and issubclass(value, CallbackData) and value is not CallbackData
    ]
    return sorted(
        (c for c in classes if c.__prefix__ in callbacks.PRIVILEGED_PREFIXES),
        key=lambda c: c.__name__,
    )


def actions_in_code() -> dict[str, set[str]]:
    """Every action value a handler filters on or a keyboard builds, per CallbackData class."""
    found: dict[str, set[str]] = {}
    for path in (PROJECT_ROOT / "handlers").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for name, action in re.findall(r'(\w+Cb)\.filter\(F\.action == "(\w+)"\)', source):
            found.setdefault(name, set()).add(action)
        for name, group in re.findall(r"(\w+Cb)\.filter\(F\.action\.in_\(\{([^}]*)\}\)", source):
            found.setdefault(name, set()).update(re.findall(r'"(\w+)"', group))
        for name, action in re.findall(r'(\w+Cb)\(\s*action="(\w+)"', source):
            found.setdefault(name, set()).add(action)
    return found


def button_data(cls: type[CallbackData], action: str, ids: dict[str, int]) -> str:
    """A button of this class as a client could send it, pointing at real rows."""
    values: dict[str, object] = {}
    hints = typing.get_type_hints(cls, include_extras=True)
    for name in cls.model_fields:
        hint = typing.get_args(hints[name])[0] if typing.get_args(hints[name]) else hints[name]
        if name == "action":
            values[name] = action
        elif hint is int:
            values[name] = ids.get(name, 1)
        elif hint is bool:
            values[name] = True
        else:
            values[name] = {
                "role": Role.ORGANIZER,
                "status": "failed",
                "locale": "ar",
                "value": "1",
                "start": "2026-01-01",
                "end": "2026-03-31",
            }.get(name, "x")
    return cls(**values).pack()


async def snapshot(db: Database) -> str:
    rows = []
    async with db.read() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in BOOKKEEPING:
                continue
            for row in (await session.execute(select(table))).all():
                rows.append(f"{table.name}: {json.dumps([str(v) for v in row])}")
    return "\n".join(sorted(rows))


async def world(harness: Harness, admin: FakeUser, db: Database) -> dict[str, int]:
    """Rows every kind of button can point at."""
    await add_member(db, ORGANIZER_ID, name="Huda Organizer", role=Role.ORGANIZER)
    await add_member(db, MEMBER_ID, name="Mona Member")
    await add_member(db, ADVISORY_ID, name="Ava Advisory", role=Role.ADVISORY)
    await choose_language(harness.user(NEWCOMER))
    await register(harness.user(PENDING), name="Pari Pending")
    meeting = await publish(harness)
    organizer = await harness.app.people.actor(ORGANIZER_ID)
    poll = await harness.app.polls.create_standalone(
        organizer, Audience(), [SCALE], timedelta(days=1), template="usefulness",
    )  # fmt: skip
    broadcast = await harness.app.broadcasts.create(
        by=organizer, kind="announcement", audience=Audience(), texts={"en": "Hello all"}
    )
    pending = await harness.app.people.by_telegram_id(PENDING)
    assert pending is not None
    async with db.write() as session:
        update = SectorUpdate(
            author_id=None, sector_id=1, kind="progress", original_locale="en",
            texts={"en": "Two safe spaces opened in Basra for women this quarter."},
        )  # fmt: skip
        session.add(update)
        await session.flush()
        update_id = update.id
    return {
        "meeting_id": meeting.id,
        "person_id": pending.id,
        "poll_id": poll.id,
        "update_id": update_id,
        "broadcast_id": broadcast.id,
        "item": 1,
        "activity_id": 1,
        "offset": 0,
    }


async def demoted_mid_dialog(harness: Harness, admin: FakeUser) -> FakeUser:
    """An organizer starts an announcement, and is made a member before they finish."""
    organizer = harness.user(ORGANIZER_ID)
    await organizer.send("/announce")
    person = await harness.app.people.by_telegram_id(ORGANIZER_ID)
    assert person is not None
    await harness.app.people.set_role(
        person.id, Role.MEMBER, await harness.app.people.actor(ADMIN_ID)
    )
    return organizer


def test_the_lists_come_from_the_code() -> None:
    classes = privileged_classes()
    actions = actions_in_code()
    assert len(classes) == len(callbacks.PRIVILEGED_PREFIXES)
    for cls in classes:
        if "action" in cls.model_fields:
            assert actions.get(cls.__name__), f"no action of {cls.__name__} found in handlers"


async def test_lower_roles_are_refused_every_privileged_command_and_button(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    ids = await world(harness, admin, db)
    await harness.deliver()  # the sweeps send the poll
    await harness.deliver()
    actions = actions_in_code()
    commands = sorted(set(ORGANIZER + ADMIN) - set(MEMBER))
    presses = [
        button_data(cls, action, ids)
        for cls in privileged_classes()
        for action in sorted(actions.get(cls.__name__, {""}))
    ]
    demoted = await demoted_mid_dialog(harness, admin)
    people = {
        "newcomer": harness.user(NEWCOMER),
        "pending": harness.user(PENDING),
        "member": harness.user(MEMBER_ID),
        "advisory": harness.user(ADVISORY_ID),
        "demoted organizer": demoted,
    }
    # An admin-only command or button, tried by a (current) organizer as well.
    await add_member(db, 6_950_005, name="Olga Organizer", role=Role.ORGANIZER)
    organizer = harness.user(6_950_005)
    before = await snapshot(db)
    failures = []
    for role, person in people.items():
        for command in commands:
            await person.send(f"/{command}")
            if person.last.text not in REFUSALS:
                failures.append(f"{role} /{command}: {person.last.text[:80]!r}")
        await person.send("A text the demoted organizer's dialog would have taken")
        for data in presses:
            if (role, *data.split(":")[:2]) in ALLOWED:
                continue
            await person.press_data(data)
            if person.last_alert not in REFUSALS:
                failures.append(f"{role} {data}: {person.last_alert!r}")
    for command in sorted(set(ADMIN) - set(ORGANIZER)):
        await organizer.send(f"/{command}")
        if organizer.last.text not in REFUSALS:
            failures.append(f"organizer /{command}: {organizer.last.text[:80]!r}")
    for cls in (c for c in privileged_classes() if c.__prefix__ in callbacks.ADMIN_PREFIXES):
        for action in sorted(actions.get(cls.__name__, {""})):
            await organizer.press_data(button_data(cls, action, ids))
            if organizer.last_alert not in REFUSALS:
                failures.append(f"organizer {cls.__name__}:{action}: {organizer.last_alert!r}")
    after = await snapshot(db)  # a refused action queued nothing either
    assert failures == []
    changed = sorted(set(after.splitlines()) ^ set(before.splitlines()))
    assert changed == []
    tried = len(people) * (len(commands) + len(presses))
    assert tried > 200  # the lists are not empty by accident


# Member buttons of the features that hold what others wrote: forged to point at someone
# else's rows (a commitment in review, an opportunity in review, a request to connect between
# two others, an activity of another organization, a person who is not listed), pressed by a
# member of another organization. Nothing secret reaches them and nothing of others changes.
MEMBER_CLASSES = (
    callbacks.FollowupCb, callbacks.DirectoryCb, callbacks.IntroCb, callbacks.OpportunityCb,
    callbacks.ActivityCb,
)  # fmt: skip
SECRET_COMMITMENT = "Zqv commitment in review: a shelter in Fallujah"
SECRET_OPPORTUNITY = "Zqv opportunity in review"
SECRET_NOTE = "Zqv note between two others"
SECRET_NAME = "Zqv Unlisted"
# What a member may change by pressing: their own choices, and dialogs they start.
OWN_TABLES = {"directory_entries", "opportunity_choices", "person_events", "fsm_records"}


async def others_rows(harness: Harness, db: Database) -> dict[str, int]:
    from storage.models import Activity, FollowupItem, IntroRequest, Opportunity, Person

    author = await add_member(db, 6_951_001, name="Rana Author")
    target = await add_member(db, 6_951_002, name="Tala Target")
    async with db.read() as session:
        author_org = (await session.get(Person, author)).organization_id  # type: ignore[union-attr]
    # Not listed, in the author's organization: her name must not show anywhere.
    unlisted = await add_member(db, 6_951_003, name=SECRET_NAME, organization_id=author_org)
    async with db.write() as session:
        unlisted_org = author_org
        item = FollowupItem(
            kind="commitment", texts={"en": SECRET_COMMITMENT}, original_locale="en",
            stated_by_id=author_org, author_id=author, review="pending",
        )  # fmt: skip
        opportunity = Opportunity(
            kind="funding", title=SECRET_OPPORTUNITY, text="Grants for women-led groups.",
            locale="en", deadline=(utcnow() + timedelta(days=9)).date(),
            author_id=author, organization_id=author_org, status="pending",
        )  # fmt: skip
        request = IntroRequest(requester_id=author, target_id=target, note=SECRET_NOTE)
        activity = Activity(organization_id=author_org, sector_id=1, title="Legal aid clinics")
        session.add_all([item, opportunity, request, activity])
        await session.flush()
        return {
            "item_id": item.id, "item": opportunity.id, "request_id": request.id,
            "activity_id": activity.id, "value": unlisted, "organization": unlisted_org,
        }  # fmt: skip


async def test_forged_member_buttons_read_nothing_and_change_nothing_of_others(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    ids = await others_rows(harness, db)
    await add_member(db, MEMBER_ID, name="Mona Member")
    member = harness.user(MEMBER_ID)
    actions = actions_in_code()
    presses = []
    for cls in MEMBER_CLASSES:
        for action in sorted(actions.get(cls.__name__, {""})):
            presses.append(button_data(cls, action, ids))
            if cls is callbacks.DirectoryCb:  # its value is a person or an organization
                presses.append(button_data(cls, action, ids | {"value": ids["organization"]}))
    before = await snapshot(db)
    for data in presses:
        await member.press_data(data)
        await member.send("/cancel")  # leave any dialog the press opened
    after = await snapshot(db)
    seen = [m.text or m.caption or "" for m in member.messages]
    seen += [a.text or "" for a in harness.session.state.alerts]
    for secret in (SECRET_COMMITMENT, SECRET_OPPORTUNITY, SECRET_NOTE, SECRET_NAME):
        assert [text for text in seen if secret in text] == [], secret
    changed = {
        line.split(":")[0] for line in set(after.splitlines()) ^ set(before.splitlines())
    } - OWN_TABLES
    assert changed == set()
    assert len(presses) >= 29  # the new features' buttons are all there
    print(f"forged member buttons: {len(presses)} tried, all refused or harmless")
