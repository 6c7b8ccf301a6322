"""Close the loop: when a poll closes, each person who answered gets, in their language, the
overall result beside the result among their own actor type and in their own governorate. A
group of 4 is not shown (nor, alone, the next smallest); a group of 5 is. Those who turned
results off in /subscribe get nothing; a chart of the same comes on request."""

from __future__ import annotations

from datetime import timedelta

from aiogram.methods import SendPhoto
from sqlalchemy import update

from scheduler.polls import sweep_polls
from storage.database import Database
from storage.models import Poll
from storage.services.actors import Actor
from storage.services.audience import Audience
from storage.services.polls import template_questions
from storage.types import utcnow
from tests.flows import add_member
from tests.harness import Harness
from tests.integration.test_decisions import last, plain, tap

BAGHDAD = [7_300_100 + n for n in range(5)]  # local NGOs, Arabic
ERBIL = [7_300_200 + n for n in range(4)]  # international agencies, Sorani
BASRA = [7_300_300 + n for n in range(3)]  # national institutions, English
NAJAF = [7_300_400 + n for n in range(6)]  # local NGOs, Arabic
QUIET = 7_300_500  # answers, but turned results off


async def network(db: Database) -> None:
    for telegram_id in BAGHDAD:
        await add_member(db, telegram_id, locale="ar", name="بغداد")
    for telegram_id in ERBIL:
        await add_member(
            db, telegram_id, locale="ckb", name="Erbil", governorates=("erbil",),
            actor_type="international",
        )  # fmt: skip
    for telegram_id in BASRA:
        await add_member(
            db, telegram_id, locale="en", name="Basra", governorates=("basra",),
            actor_type="national_institution",
        )  # fmt: skip
    for telegram_id in [*NAJAF, QUIET]:
        await add_member(db, telegram_id, locale="ar", name="النجف", governorates=("najaf",))


async def sweep(harness: Harness) -> None:
    app = harness.app
    await sweep_polls(app.polls, app.core, app.taxonomy, app.delivery)


async def test_each_person_gets_everyone_beside_people_like_them(
    harness: Harness, db: Database
) -> None:
    await network(db)
    organizer = Actor(telegram_id=1, is_admin=True)
    sectors = [s.code for s in harness.app.taxonomy.sectors]
    await harness.app.polls.create_standalone(
        organizer, Audience(), template_questions("usefulness", sectors), timedelta(days=1),
        template="usefulness",
    )  # fmt: skip
    await sweep(harness)
    await harness.deliver()
    scores = {**dict.fromkeys(BAGHDAD, "5"), **dict.fromkeys(ERBIL, "3")}
    scores |= {**dict.fromkeys(BASRA, "2"), **dict.fromkeys(NAJAF, "4"), QUIET: "4"}
    for telegram_id, score in scores.items():
        await tap(harness.user(telegram_id), score)
    await harness.user(QUIET).send("/subscribe")
    await tap(harness.user(QUIET), "🔕 إيقاف النتائج وأخبار تحديثاتي")
    async with db.write() as session:
        await session.execute(update(Poll).values(close_at=utcnow() - timedelta(seconds=1)))
    await sweep(harness)
    await sweep(harness)  # a second sweep sends nothing again
    await harness.deliver()

    baghdad = harness.user(BAGHDAD[0])
    results = [m for m in baghdad.messages if plain(m.text).startswith("📊 شكرًا لإجابتك")]
    assert len(results) == 1
    text = plain(results[0].text)
    assert "أجاب 19 من 19 شخصًا" in text
    # Local NGOs: 12 answered; Baghdad: 5, shown; the overall beside them.
    assert "بين المنظمات غير الحكومية المحلية والشبكات: المتوسط 4.4 (12 إجابة)" in text
    assert "في بغداد: المتوسط 5 (5 إجابات)" in text
    erbil = last(harness.user(ERBIL[0]))
    assert erbil.startswith("📊 سوپاس بۆ وەڵامدانەوەت")
    assert "لە هەولێر: وەڵامەکان کەمترن لەوەی پیشان بدرێن" in erbil  # a group of 4
    assert "ڕێکخراوە نێودەوڵەتییەکان: وەڵامەکان کەمترن لەوەی پیشان بدرێن" in erbil
    basra = last(harness.user(BASRA[0]))
    assert "In Basra: too few answers to show" in basra  # 3
    assert "Among National institutions: too few answers to show" in basra
    najaf = last(harness.user(NAJAF[0]))
    assert "في النجف: المتوسط 4 (7 إجابات)" in najaf
    assert not any("شكرًا لإجابتك" in m.text for m in harness.user(QUIET).messages)

    # The same as a chart, in Arabic, on request.
    await tap(baghdad, "📈 رسم بياني", results[0])
    photo = harness.session.calls(SendPhoto)[-1]
    assert photo.photo.data.startswith(b"\x89PNG")
    assert plain(photo.caption or "").startswith("📈 الجميع، ومن يشبهونك")
    # Someone who did not answer cannot ask for it.
    outsider = 7_300_900
    await add_member(db, outsider, locale="ar", name="غائبة")
    await harness.user(outsider).press_data(results[0].buttons()[0][1], results[0])
    assert harness.user(outsider).last_alert == "لم يُرسل هذا الاستبيان إليك."
