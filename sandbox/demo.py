"""A demo data set built from the report, so statistics, reports and charts have something to
show: 160 organizations (55 local NGOs and networks, 56 national institutions, 49 international
agencies), about 200 approved representatives, ten past coordination meetings (four physical,
six virtual) with about 500 attendances shared roughly 47% / 33% / 20%, approved sector updates
in all eight sectors, activities (with gaps left on the coverage map), a closed feedback poll,
follow-up items from the report's recommendations (two per sector, statuses over the scale),
about a third of the representatives listed in the directory,
and one upcoming meeting everyone is invited to.

Loading is idempotent: a second call finds the demo organizations and changes nothing."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select

from sandbox.users import USERS, SandboxUser
from storage.database import Database
from storage.models import (
    Activity,
    ActivityGovernorate,
    Attendance,
    DirectoryEntry,
    FollowupChange,
    FollowupFollower,
    FollowupItem,
    FollowupItemGovernorate,
    FollowupItemSector,
    FollowupOwner,
    IntroRequest,
    IntroStatus,
    Meeting,
    MeetingMode,
    Opportunity,
    OpportunityGovernorate,
    OpportunitySector,
    OpportunityStatus,
    Organization,
    Person,
    PersonGovernorate,
    PersonSector,
    PersonStatus,
    Poll,
    PollAnswer,
    PollRecipient,
    PollStatus,
    ProcessedUpdate,
    Role,
    Rsvp,
    SectorUpdate,
    SectorUpdateGovernorate,
    UpdateStatus,
)
from storage.services.audience import Audience
from storage.services.meetings import MeetingDraft
from storage.services.newsletters import quarter
from storage.services.polls import meeting_feedback
from storage.services.taxonomy import Taxonomy, organization_search_key
from storage.types import utcnow

DEMO_MARK = "Demo:"  # the English name of every demo organization starts with it
TARGET = {"local_ngo": 55, "national_institution": 56, "international": 49}
ATTENDANCE_SHARES = {"local_ngo": 0.47, "national_institution": 0.33, "international": 0.20}
FIRST_DEMO_PERSON = 8_000_000_001
BUSY_GOVERNORATES = ("baghdad", "basra", "ninawa", "anbar", "erbil", "sulaymaniyah", "duhok")
BUSY_SECTORS = [
    "protection",
    "participation",
    "prevention",
    "recovery",
    "awareness",
]  # Telegram ids nobody has: the sandbox's emulator accepts them

ORGANIZATION_NAMES = {
    "local_ngo": [
        "Women's Network of {g}",
        "{g} Women's Rights Association",
        "Peace Builders of {g}",
        "{g} Legal Aid Center",
        "Young Women Leaders of {g}",
    ],
    "national_institution": [
        "Women Empowerment Department, {g}",
        "Directorate of Family Protection, {g}",
        "Provincial Council Women's Committee, {g}",
        "Social Care Directorate, {g}",
    ],
    "international": [
        "International Rescue Partners ({g})",
        "Global Women's Fund ({g})",
        "Humanitarian Relief Mission ({g})",
        "Peace and Justice Initiative ({g})",
    ],
}

# (sector, kind) -> texts in the report's voice, English and Arabic.
# Follow-up items from the report's recommendations: two per sector, with where they stand.
# Introductions between listed people: (status, note while it waits).
INTRODUCTIONS: tuple[tuple[str, str], ...] = (
    (IntroStatus.ACCEPTED, ""),
    (IntroStatus.ACCEPTED, ""),
    (IntroStatus.PENDING, "We run a legal aid desk in Basra and look for partners on shelters."),
    (IntroStatus.DECLINED, ""),
)

# Opportunities in the report's sectors: (kind, title, text, sectors, governorates, days left).
OPPORTUNITIES: tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...], int], ...] = (
    (
        "call",
        "Call for proposals: women's participation in local peace committees",
        "Local NGOs and networks may propose projects of up to 12 months that bring women into "
        "local peace and reconciliation committees. Proposals in Arabic, Kurdish or English.",
        ("participation", "prevention"),
        ("ninawa", "salahaddin", "anbar"),
        24,
    ),
    (
        "training",
        "Training of trainers on survivor-centred case management",
        "Five days for staff of shelters and protection services: referral pathways, "
        "confidentiality and psychosocial first aid. Travel and lodging covered.",
        ("protection",),
        (),
        12,
    ),
    (
        "funding",
        "Small grants for women-led organizations on climate resilience",
        "Grants of up to 15,000 USD for women-led organizations working on water, agriculture "
        "and displacement caused by climate change.",
        ("climate_change", "empowerment"),
        ("basra", "dhi_qar", "maysan"),
        40,
    ),
    (
        "job",
        "Gender and protection officer (national post)",
        "An international agency seeks a protection officer to coordinate the gender-based "
        "violence sub-cluster. Fluency in Arabic and Kurdish is an asset.",
        ("protection", "recovery"),
        ("erbil", "duhok"),
        18,
    ),
    (
        "event",
        "Regional dialogue on Resolution 1325 and the second national plan",
        "A one-day dialogue between ministries, the Kurdistan Region's institutions and civil "
        "society on the second national action plan: lessons and next steps.",
        ("legislation", "participation"),
        ("baghdad",),
        9,
    ),
    (
        "other",
        "Open call for awareness materials on women's rights in Sorani and Arabic",
        "Share leaflets, radio spots or videos you produced, to be listed in the network's "
        "shared library with credit to your organization.",
        ("awareness",),
        (),
        60,
    ),
)

FOLLOWUP: dict[str, list[tuple[str, str, str]]] = {
    "protection": [
        (
            "Develop systems and procedures for reporting violence and harassment in all settings.",
            "limited",
            "A reporting form is piloted in two governorates; the referral path is not agreed yet.",
        ),
        ("Establish a support fund for women's protection programmes.", "not_reported", ""),
    ],
    "participation": [
        (
            "Establish a national platform with a database on women's participation in parties, "
            "elections and sectors.",
            "met",
            "The platform is online and fed by the electoral commission.",
        ),
        (
            "Set guidelines in each ministry on women's roles in senior leadership.",
            "no_progress",
            "No ministry has adopted guidelines; the draft waits for a sponsor.",
        ),
    ],
    "prevention": [
        (
            "Sustain coordination between the federal government and the KRG on the WPS agenda.",
            "exceeded",
            "A joint committee now meets monthly and has a shared work plan.",
        ),
        (
            "Use the Ministry of Education's early warning guide in other institutions.",
            "limited",
            "Two institutions trained their staff; roll-out to the others is planned.",
        ),
    ],
    "recovery": [
        (
            "Support women survivors' livelihoods with income projects, micro funds and loans.",
            "met",
            "Three hundred grants were given in Ninawa and Anbar.",
        ),
        (
            "Develop response plans sensitive to women's needs, using lessons from displacement.",
            "not_reported",
            "",
        ),
    ],
    "legislation": [
        (
            "Legislate the Anti-Domestic Violence Law.",
            "no_progress",
            "The bill is still in committee; advocacy continues.",
        ),
        (
            "Amend the electoral law so that women hold at least a third of decision-making posts.",
            "limited",
            "A draft amendment was shared with the parliamentary women's committee.",
        ),
    ],
    "awareness": [
        (
            "Involve men in advocacy campaigns for the WPS agenda.",
            "met",
            "Forty male champions joined the campaign in four governorates.",
        ),
        (
            "Coordinate with the media to protect women candidates from bullying and defamation.",
            "not_reported",
            "",
        ),
    ],
    "empowerment": [
        (
            "Provide comprehensive training for staff of women's shelters in Iraq.",
            "exceeded",
            "Training reached all shelters, and a refresher course is scheduled.",
        ),
        (
            "More programmes for local organizations in the centre and south of Iraq.",
            "limited",
            "Two donors opened calls; the south still receives little.",
        ),
    ],
    "climate_change": [
        (
            "Integrate women into climate change adaptation programmes of the government.",
            "not_reported",
            "",
        ),
        (
            "Adopt equality-sensitive budgets for climate change projects.",
            "no_progress",
            "No budget line yet; the finance ministry asked for a costed proposal.",
        ),
    ],
}

UPDATES: dict[tuple[str, str], list[tuple[str, str]]] = {
    ("protection", "progress"): [
        (
            "Special courts for violence against women now accept reports by phone.",
            "باتت المحاكم الخاصة بالعنف ضد المرأة تستقبل البلاغات عبر الهاتف.",
        ),
        (
            "Survivors can apply for reparations through the online portal.",
            "يمكن للناجيات التقدم بطلبات التعويض عبر البوابة الإلكترونية.",
        ),
    ],
    ("protection", "challenge"): [
        ("Shelters remain too few outside the capital.", "ما زالت دور الإيواء قليلة خارج العاصمة."),
    ],
    ("protection", "recommendation"): [
        (
            "Fund case management in camps and returnee areas for the coming year.",
            "تمويل إدارة الحالات في المخيمات ومناطق العودة للعام القادم.",
        ),
    ],
    ("participation", "progress"): [
        (
            "Women won seats beyond the quota in the provincial council elections.",
            "فازت النساء بمقاعد تتجاوز الحصة في انتخابات مجالس المحافظات.",
        ),
    ],
    ("participation", "challenge"): [
        (
            "Online harassment keeps women candidates away from campaigning.",
            "يُبعد التحرش الإلكتروني المرشحات عن الحملات الانتخابية.",
        ),
    ],
    ("participation", "recommendation"): [
        (
            "Train newly elected women councillors in budgeting and oversight.",
            "تدريب عضوات المجالس المنتخبات حديثًا على الموازنة والرقابة.",
        ),
    ],
    ("prevention", "progress"): [
        (
            "A study of early marriage started in 13 governorates.",
            "بدأت دراسة عن الزواج المبكر في 13 محافظة.",
        ),
    ],
    ("prevention", "challenge"): [
        (
            "Early marriage still drives girls out of school.",
            "ما زال الزواج المبكر يدفع الفتيات إلى ترك المدرسة.",
        ),
    ],
    ("prevention", "recommendation"): [
        (
            "Link community police with women's forums in every district.",
            "ربط الشرطة المجتمعية بالمنتديات النسوية في كل قضاء.",
        ),
    ],
    ("recovery", "progress"): [
        (
            "Livelihood grants reached women-headed households in returnee areas.",
            "وصلت منح سبل العيش إلى الأسر التي تعيلها نساء في مناطق العودة.",
        ),
    ],
    ("recovery", "challenge"): [
        (
            "Missing civil documents block access to services.",
            "يحول فقدان الوثائق المدنية دون الوصول إلى الخدمات.",
        ),
    ],
    ("recovery", "recommendation"): [
        (
            "Open mobile civil-documentation teams in camps.",
            "فتح فرق متنقلة لإصدار الوثائق المدنية في المخيمات.",
        ),
    ],
    ("legislation", "progress"): [
        (
            "The survivors' law is being applied to new groups of survivors.",
            "يجري تطبيق قانون الناجيات على فئات جديدة من الناجيات.",
        ),
    ],
    ("legislation", "challenge"): [
        (
            "The anti-domestic-violence bill is still waiting for parliament.",
            "ما زال مشروع قانون مناهضة العنف الأسري بانتظار البرلمان.",
        ),
    ],
    ("legislation", "recommendation"): [
        (
            "Adopt the anti-domestic-violence law with shelters in its text.",
            "إقرار قانون مناهضة العنف الأسري مع النص على دور الإيواء.",
        ),
    ],
    ("awareness", "progress"): [
        (
            "Radio campaigns on women's rights reached rural areas.",
            "وصلت الحملات الإذاعية عن حقوق المرأة إلى المناطق الريفية.",
        ),
    ],
    ("awareness", "challenge"): [
        (
            "Awareness sessions rarely reach men and religious leaders.",
            "نادرًا ما تصل جلسات التوعية إلى الرجال ورجال الدين.",
        ),
    ],
    ("awareness", "recommendation"): [
        (
            "Involve religious leaders in campaigns against violence.",
            "إشراك رجال الدين في حملات مناهضة العنف.",
        ),
    ],
    ("empowerment", "progress"): [
        (
            "Sixteen women's forums work on economic empowerment in the capital.",
            "يعمل ستة عشر منتدى نسويًا على التمكين الاقتصادي في العاصمة.",
        ),
    ],
    ("empowerment", "challenge"): [
        (
            "Small grants are too small to start a business.",
            "المنح الصغيرة أصغر من أن تبدأ مشروعًا.",
        ),
    ],
    ("empowerment", "recommendation"): [
        (
            "Pair grants with mentoring and market access.",
            "ربط المنح بالإرشاد والوصول إلى الأسواق.",
        ),
    ],
    ("climate_change", "progress"): [
        (
            "Women farmers formed water-user groups in the south.",
            "شكّلت المزارعات مجموعات لمستخدمي المياه في الجنوب.",
        ),
    ],
    ("climate_change", "challenge"): [
        (
            "Drought pushes families to marry daughters early.",
            "يدفع الجفاف الأسر إلى تزويج بناتها مبكرًا.",
        ),
    ],
    ("climate_change", "recommendation"): [
        (
            "Include women in local climate adaptation plans.",
            "إشراك النساء في خطط التكيف المناخي المحلية.",
        ),
    ],
}


@dataclass
class DemoResult:
    organizations: int
    people: int
    meetings: int
    attendances: int
    updates: int
    activities: int
    followup_items: int = 0
    opportunities: int = 0
    introductions: int = 0
    already_loaded: bool = False


async def last_update_id(db: Database, bot_id: int) -> int:
    """The highest update id this bot handled on this database (0: none)."""
    async with db.read() as session:
        found = await session.scalar(
            select(func.max(ProcessedUpdate.update_id)).where(ProcessedUpdate.bot_id == bot_id)
        )
    return int(found or 0)


async def ensure_sandbox_people(db: Database, taxonomy: Taxonomy) -> None:
    """The organizer and the three actors of the sandbox, approved, with their organizations."""
    async with db.write() as session:
        for user in USERS:
            if user.role in ("admin", "newcomer"):
                continue
            if await session.scalar(
                select(Person.id).where(Person.telegram_id == user.telegram_id)
            ):
                continue
            organization = await _organization_named(session, user)
            person = Person(
                telegram_id=user.telegram_id,
                username=user.username,
                locale=user.locale,
                status=PersonStatus.APPROVED,
                role=Role.ORGANIZER if user.role == "organizer" else Role.MEMBER,
                full_name=user.name,
                title="Coordinator" if user.role == "organizer" else "Programme officer",
                organization_id=organization,
                consent_at=utcnow(),
                submitted_at=utcnow(),
                decided_at=utcnow(),
            )
            session.add(person)
            await session.flush()
            governorates = [
                taxonomy.governorates[user.telegram_id % 5].id,
                taxonomy.governorates[-4].id,
            ]
            session.add_all(
                PersonGovernorate(person_id=person.id, governorate_id=g) for g in set(governorates)
            )
            session.add_all(
                PersonSector(person_id=person.id, sector_id=s.id) for s in taxonomy.sectors[:3]
            )


async def _organization_named(session: Any, user: SandboxUser) -> int | None:
    if user.organization is None:
        return None
    rows = (await session.execute(select(Organization.id, Organization.names))).all()
    return next((oid for oid, names in rows if names.get("en") == user.organization), None)


async def load_demo(db: Database, taxonomy: Taxonomy, seed: int = 1325) -> DemoResult:
    await ensure_sandbox_people(db, taxonomy)
    rng = random.Random(seed)
    now = utcnow()
    types = {term.code: term.id for term in taxonomy.actor_types}
    places = list(taxonomy.governorates)
    sectors = {term.code: term.id for term in taxonomy.sectors}
    async with db.write() as session:
        loaded = await session.scalar(
            select(func.count())
            .select_from(Organization)
            .where(Organization.search_key.like(f"{organization_search_key({'en': DEMO_MARK})}%"))
        )
        if loaded:
            return DemoResult(0, 0, 0, 0, 0, 0, already_loaded=True)
        # Organizations: 68 known at the start of the period, 160 at its end (the report's
        # Figure 1); the taxonomy file's own count towards the target of their type.
        existing = dict(
            (
                await session.execute(
                    select(Organization.actor_type_id, func.count()).group_by(
                        Organization.actor_type_id
                    )
                )
            ).all()
        )
        rows = []
        for code, target in TARGET.items():
            patterns = ORGANIZATION_NAMES[code]
            for n in range(max(0, target - existing.get(types[code], 0))):
                place = places[n % len(places)]
                name = f"{DEMO_MARK} " + patterns[n % len(patterns)].format(g=place.name("en"))
                if n >= len(places):
                    name += f" {n // len(places) + 1}"
                names = {"en": name}
                old = rng.random() < 0.42  # about 68 of 160 were known 15 months ago
                rows.append(
                    {
                        "names": names,
                        "search_key": organization_search_key(names),
                        "actor_type_id": types[code],
                        "status": "approved",
                        "created_at": now - timedelta(days=500 if old else rng.randint(20, 440)),
                    }
                )
        await session.execute(insert(Organization), rows)
        organizations = (
            await session.execute(select(Organization.id, Organization.actor_type_id))
        ).all()
        by_type: dict[int, list[int]] = {}
        for org_id, type_id in organizations:
            by_type.setdefault(type_id, []).append(org_id)

        # People: one or two representatives per organization.
        people_rows = []
        telegram_id = FIRST_DEMO_PERSON
        for org_id, _ in organizations:
            for _ in range(1 + (rng.random() < 0.3)):
                people_rows.append(
                    {
                        "telegram_id": telegram_id,
                        "locale": rng.choice(("ar", "ar", "ckb", "en")),
                        "status": PersonStatus.APPROVED,
                        "role": Role.MEMBER,
                        "full_name": f"Representative {telegram_id - FIRST_DEMO_PERSON + 1}",
                        "title": "Officer",
                        "organization_id": org_id,
                        "consent_at": now,
                        "decided_at": now - timedelta(days=rng.randint(1, 400)),
                        "newsletter": True,
                    }
                )
                telegram_id += 1
        await session.execute(insert(Person), people_rows)
        people = (
            await session.execute(
                select(Person.id, Organization.actor_type_id)
                .join(Organization, Organization.id == Person.organization_id)
                .where(Person.status == PersonStatus.APPROVED)
            )
        ).all()
        demo_people = list(
            (
                await session.scalars(
                    select(Person.id).where(Person.telegram_id >= FIRST_DEMO_PERSON)
                )
            ).all()
        )
        # Most actors work in a few governorates and sectors: the coverage map keeps gaps.
        busy = [g for g in places if g.code in BUSY_GOVERNORATES] or places
        session.add_all(
            PersonGovernorate(person_id=pid, governorate_id=g.id)
            for pid in demo_people
            for g in rng.sample(busy, rng.randint(1, 2))
        )
        session.add_all(
            PersonSector(person_id=pid, sector_id=sectors[code])
            for pid in demo_people
            for code in rng.sample(BUSY_SECTORS, rng.randint(1, 2))
        )
        people_by_type: dict[int, list[int]] = {}
        for pid, type_id in people:
            people_by_type.setdefault(type_id, []).append(pid)

        # Ten past meetings, four physical and six virtual, all inside the period /stats and
        # /report offer first (the last four quarters); about 50 people each, drawn by the
        # report's shares (47% / 33% / 20%).
        first = quarter(now.date(), UTC, -3).start + timedelta(days=10)
        step = (now - timedelta(days=10) - first) / 9
        meeting_ids = []
        for n in range(10):
            starts = (first + step * n).replace(hour=7, minute=0, second=0, microsecond=0)
            meeting = Meeting(
                uid=f"demo-{n}@tansiq",
                titles={
                    "en": f"National coordination meeting {n + 1}",
                    "ar": f"الاجتماع التنسيقي الوطني {n + 1}",
                    "ckb": f"کۆبوونەوەی هەماهەنگیی نیشتمانی {n + 1}",
                },
                agendas={"en": "Progress, challenges and recommendations by sector"},
                mode=MeetingMode.PHYSICAL if n in (0, 3, 6, 9) else MeetingMode.VIRTUAL,
                venue="WEO office, Baghdad" if n in (0, 3, 6, 9) else None,
                link=None if n in (0, 3, 6, 9) else "https://meet.example.org/wps",
                starts_at=starts,
                ends_at=starts + timedelta(hours=3),
                rsvp_deadline=starts - timedelta(hours=2),
                audience={},
                checkin_token=f"demo{n:02d}{rng.randrange(10**8):08d}",
            )
            session.add(meeting)
            await session.flush()
            meeting_ids.append(meeting.id)
        attendances = 0
        for meeting_id in meeting_ids:
            chosen: set[int] = set()
            for code, share in ATTENDANCE_SHARES.items():
                pool = people_by_type.get(types[code], [])
                chosen.update(rng.sample(pool, min(len(pool), round(50 * share))))
            session.add_all(
                Rsvp(meeting_id=meeting_id, person_id=pid, answer="yes") for pid in chosen
            )
            session.add_all(
                Attendance(meeting_id=meeting_id, person_id=pid, method="manual") for pid in chosen
            )
            attendances += len(chosen)

        # The last meeting's feedback poll, answered and closed.
        last = meeting_ids[-1]
        attendees = list(
            (
                await session.scalars(
                    select(Attendance.person_id).where(Attendance.meeting_id == last)
                )
            ).all()
        )
        poll = Poll(
            meeting_id=last,
            template="feedback",
            questions=meeting_feedback(list(sectors)),
            status=PollStatus.CLOSED,
            send_at=now - timedelta(days=44),
            remind_at=now - timedelta(days=43),
            close_at=now - timedelta(days=41),
            reminded=True,
        )
        session.add(poll)
        await session.flush()
        session.add_all(PollRecipient(poll_id=poll.id, person_id=pid) for pid in attendees)
        for pid in attendees[: len(attendees) * 3 // 4]:
            session.add(
                PollAnswer(
                    poll_id=poll.id,
                    person_id=pid,
                    question=0,
                    value=str(rng.choice((3, 4, 4, 5, 5))),
                )
            )
            session.add(
                PollAnswer(
                    poll_id=poll.id, person_id=pid, question=1, value=rng.choice(list(sectors))
                )
            )

        # Approved sector updates in all eight sectors, from organizations of every type.
        updates = 0
        org_of_person = dict(
            (await session.execute(select(Person.id, Person.organization_id))).all()
        )
        type_of_org = dict(organizations)
        for (sector_code, kind), texts in UPDATES.items():
            for english, arabic in texts:
                for repeat in range(2):
                    author = rng.choice(demo_people)
                    org_id = org_of_person[author]
                    update = SectorUpdate(
                        author_id=author,
                        organization_id=org_id,
                        actor_type_id=type_of_org[org_id],
                        sector_id=sectors[sector_code],
                        kind=kind,
                        texts={"en": english, "ar": arabic} if repeat == 0 else {"en": english},
                        original_locale="en",
                        anonymous=rng.random() < 0.7,
                        status=UpdateStatus.APPROVED,
                        reviewed_at=now - timedelta(days=rng.randint(1, 300)),
                        created_at=now - timedelta(days=rng.randint(1, 330)),
                    )
                    session.add(update)
                    await session.flush()
                    session.add(
                        SectorUpdateGovernorate(
                            update_id=update.id, governorate_id=rng.choice(places).id
                        )
                    )
                    updates += 1

        # About a third of the representatives chose to be listed in the directory, some of them
        # without their title, some taking requests to connect.
        session.add_all(
            DirectoryEntry(
                person_id=pid, show_name=True, show_title=rng.random() < 0.7,
                accepts_requests=rng.random() < 0.5,
            )
            for pid in demo_people
            if rng.random() < 0.33
        )  # fmt: skip

        # Follow-up items from the report's recommendations, owned by demo organizations, with
        # statuses over the whole scale; some past their due date, followed by a few people.
        items = 0
        for sector_code, entries in FOLLOWUP.items():
            if sector_code not in sectors:
                continue
            for text, level, narrative in entries:
                owners = rng.sample([org_id for org_id, _ in organizations], rng.randint(1, 2))
                due = (now + timedelta(days=rng.randint(-60, 200))).date()
                item = FollowupItem(
                    kind="recommendation", texts={"en": text}, original_locale="en",
                    due_on=due, level=level,
                    level_at=now - timedelta(days=rng.randint(1, 90)) if narrative else None,
                    created_at=now - timedelta(days=rng.randint(100, 300)),
                )  # fmt: skip
                session.add(item)
                await session.flush()
                session.add(FollowupItemSector(item_id=item.id, sector_id=sectors[sector_code]))
                session.add(
                    FollowupItemGovernorate(item_id=item.id, governorate_id=rng.choice(places).id)
                )
                session.add_all(
                    FollowupOwner(item_id=item.id, organization_id=org, named=rng.random() < 0.5)
                    for org in owners
                )
                if narrative:
                    session.add(
                        FollowupChange(
                            item_id=item.id, level=level, narrative=narrative,
                            for_organization_id=owners[0], at=item.level_at,
                        )
                    )  # fmt: skip
                session.add_all(
                    FollowupFollower(item_id=item.id, person_id=pid)
                    for pid in rng.sample(demo_people, 3)
                )
                items += 1

        # A few introductions between listed people: accepted, waiting and declined (their
        # notes are gone once answered, as in use).
        listed_ids = list(
            await session.scalars(
                select(DirectoryEntry.person_id).where(DirectoryEntry.accepts_requests.is_(True))
            )
        )
        introductions = 0
        for n, (status, note) in enumerate(INTRODUCTIONS):
            if len(listed_ids) < 2 * (n + 1):
                break
            requester, target = listed_ids[2 * n], listed_ids[2 * n + 1]
            accepted = status == IntroStatus.ACCEPTED
            decided = None if status == IntroStatus.PENDING else now - timedelta(days=9 - n)
            session.add(
                IntroRequest(
                    requester_id=requester, target_id=target,
                    note=note if decided is None else "", status=status,
                    relay_requester=int(accepted), relay_target=int(accepted),
                    created_at=now - timedelta(days=10 - n), decided_at=decided,
                )
            )  # fmt: skip
            introductions += 1

        # Open opportunities of every kind, approved, with deadlines over the coming weeks;
        # one waits for review.
        opportunities = 0
        for n, (kind, title, text, sector_codes, place_codes, days) in enumerate(OPPORTUNITIES):
            author = rng.choice(demo_people)
            waits = n == len(OPPORTUNITIES) - 1
            opportunity = Opportunity(
                kind=kind, title=title, text=text, locale="en",
                link=f"https://example.org/opportunities/{n + 1}",
                deadline=(now + timedelta(days=days)).date(),
                author_id=author, organization_id=org_of_person[author],
                status=OpportunityStatus.PENDING if waits else OpportunityStatus.APPROVED,
                reviewed_at=None if waits else now - timedelta(days=rng.randint(1, 20)),
                created_at=now - timedelta(days=rng.randint(20, 30)),
            )  # fmt: skip
            session.add(opportunity)
            await session.flush()
            session.add_all(
                OpportunitySector(opportunity_id=opportunity.id, sector_id=sectors[code])
                for code in sector_codes
            )
            by_code = {place.code: place.id for place in places}
            session.add_all(
                OpportunityGovernorate(opportunity_id=opportunity.id, governorate_id=by_code[code])
                for code in place_codes
                if code in by_code
            )
            opportunities += 1

        # Activities: who does what where, with gaps left on the map.
        activities = 0
        for n in range(70):
            org_id, _ = organizations[rng.randrange(len(organizations))]
            sector_code = rng.choice(list(sectors)[:6])  # climate and empowerment stay thin
            activity = Activity(
                organization_id=org_id,
                sector_id=sectors[sector_code],
                title=f"Programme {n + 1}: {sector_code.replace('_', ' ')} support",
                status=rng.choice(("planned", "ongoing", "ongoing", "completed")),
                starts_on=(now - timedelta(days=rng.randint(30, 300))).date(),
                ends_on=(now + timedelta(days=rng.randint(30, 300))).date(),
            )
            session.add(activity)
            await session.flush()
            session.add_all(
                ActivityGovernorate(activity_id=activity.id, governorate_id=g.id)
                for g in rng.sample(places[:12], rng.randint(1, 3))
            )
            activities += 1
    return DemoResult(
        organizations=len(organizations),  # the report's 160, the sandbox's own among them
        people=len(people_rows),
        meetings=len(meeting_ids),
        attendances=attendances,
        updates=updates,
        activities=activities,
        followup_items=items,
        opportunities=opportunities,
        introductions=introductions,
    )


async def invite_to_upcoming(
    meetings: Any, render: Any, organizer: Any, tz: ZoneInfo, in_days: int = 3
) -> int:
    """The next coordination meeting, published to everyone: invitations go out as usual.
    It starts at 10:00 local time, `in_days` days from today."""
    day = (utcnow().astimezone(tz) + timedelta(days=in_days)).date()
    starts = datetime.combine(day, time(10), tz)
    draft = MeetingDraft(
        titles={
            "en": "Eleventh national coordination meeting",
            "ar": "الاجتماع التنسيقي الوطني الحادي عشر",
            "ckb": "کۆبوونەوەی هەماهەنگیی نیشتمانیی یازدەهەم",
        },
        agendas={
            "en": "Women's political participation after the provincial elections",
            "ar": "المشاركة السياسية للمرأة بعد انتخابات مجالس المحافظات",
        },
        mode=MeetingMode.HYBRID,
        venue="WEO office, Karrada, Baghdad",
        link="https://meet.example.org/wps-11",
        starts_at=starts,
        ends_at=starts + timedelta(hours=3),
        rsvp_deadline=starts - timedelta(hours=12),
        audience=Audience(),
    )
    meeting = await meetings.publish(organizer, draft, render)
    return int(meeting.id)
