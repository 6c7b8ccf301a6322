"""Whole dialogs a person goes through, reused by several tests."""

from __future__ import annotations

from storage.database import Database
from tests.harness import FakeUser


async def choose_language(user: FakeUser, native_name: str = "English") -> None:
    await user.send("/start")
    await user.press(native_name)


async def register(
    user: FakeUser,
    *,
    name: str = "Layla Hassan",
    org_query: str = "Women Empowerment",
    org_button: str | None = "Women Empowerment Organization (WEO)",
    new_org: tuple[str, str] | None = None,
    governorates: tuple[str, ...] = ("Baghdad", "Erbil"),
    sectors: tuple[str, ...] = ("Protection", "Participation"),
    title: str = "Programme officer",
    language: str = "English",
    deliver: bool = True,
    again: bool = False,
) -> None:
    """Go from /start to a submitted registration (in English unless told otherwise); `again`
    after a rejection, through the "Register again" button."""
    if again:
        await user.send("/start")
        await user.press("Register again")
    else:
        await choose_language(user, language)
    await user.press(labels(language)["accept"])
    await user.send(name)
    await user.send(org_query)
    if new_org is None:
        assert org_button is not None
        await user.press(org_button)
    else:
        await user.press(labels(language)["new_org"])
        await user.send(new_org[0])
        await user.press(new_org[1])
    for governorate in governorates:
        await user.press(f"▫️ {governorate}")
    await user.press(labels(language)["done"])
    for sector in sectors:
        await user.press(f"▫️ {sector}")
    await user.press(labels(language)["done"])
    await user.send(title)
    await user.press(labels(language)["submit"])
    if deliver:
        await user.h.deliver()  # the organizers' cards go out through the outbox


def labels(language: str) -> dict[str, str]:
    return {
        "English": {
            "accept": "✅ I agree",
            "new_org": "➕ My organization is not listed",
            "done": "Done ▶",
            "submit": "✅ Submit",
        },
        "العربية": {
            "accept": "✅ أوافق",
            "new_org": "➕ منظمتي غير موجودة في القائمة",
            "done": "تم ◀",
            "submit": "✅ إرسال",
        },
        "کوردی (سۆرانی)": {
            "accept": "✅ ڕازیم",
            "new_org": "➕ ڕێکخراوەکەم لە لیستەکەدا نییە",
            "done": "تەواو ◀",
            "submit": "✅ ناردن",
        },
    }[language]


async def add_member(
    db: Database,
    telegram_id: int,
    *,
    locale: str = "en",
    name: str = "Member",
    governorates: tuple[str, ...] = ("baghdad",),
    sectors: tuple[str, ...] = ("protection",),
    actor_type: str = "local_ngo",
    role: str = "member",
    newsletter_locale: str | None = None,
    organization_id: int | None = None,
) -> int:
    """An approved person, written straight to the database (for tests about what they get),
    with an organization of their own unless `organization_id` names one."""
    from sqlalchemy import select

    from storage.models import (
        ActorType,
        Governorate,
        Organization,
        Person,
        PersonGovernorate,
        PersonSector,
        Sector,
    )
    from storage.services.taxonomy import organization_search_key

    async with db.write() as session:
        type_id = await session.scalar(select(ActorType.id).where(ActorType.code == actor_type))
        if organization_id is None:
            names = {"en": f"{name} organization"}
            organization = Organization(
                names=names, search_key=organization_search_key(names), actor_type_id=type_id
            )
            session.add(organization)
            await session.flush()
            organization_id = organization.id
        person = Person(
            telegram_id=telegram_id, locale=locale, status="approved", role=role,
            full_name=name, title="Officer", organization_id=organization_id,
            newsletter_locale=newsletter_locale,
        )  # fmt: skip
        session.add(person)
        await session.flush()
        for code in governorates:
            gid = await session.scalar(select(Governorate.id).where(Governorate.code == code))
            session.add(PersonGovernorate(person_id=person.id, governorate_id=gid))
        for code in sectors:
            sid = await session.scalar(select(Sector.id).where(Sector.code == code))
            session.add(PersonSector(person_id=person.id, sector_id=sid))
        return person.id


async def open_queue(organizer: FakeUser, kind: str = "registrations") -> None:
    """The organizer opens what waits from her "to review" message (the last one), as she
    would: its button for that kind (registrations, updates, commitments, translations)."""
    from bot.callbacks import HomeCb, OpportunityAdminCb

    data = OpportunityAdminCb(action="queue") if kind == "opportunities" else HomeCb(action=kind)
    packed = data.pack()
    found = next(
        (m for m in reversed(organizer.messages) if any(d == packed for _, d in m.buttons())),
        None,
    )
    assert found is not None, f"no 'to review' message with {kind} in chat {organizer.id}"
    await organizer.press_data(packed, found)
