"""Decisions the network takes in the chat, through the real dispatcher: an Arabic organizer
puts a proposal to the network, people vote in Arabic, Sorani and English (a reason for a
disagreement or a block, shown to all or to organizers only), forged and late votes change
nothing, the close is counted once, the outcome goes to everyone with the result overall,
among their actor type and in their governorate (a group of 4 hidden, a group of 5 shown),
and the decided proposal becomes a tracked follow-up item."""

from __future__ import annotations

from datetime import timedelta

from aiogram.methods import SendPhoto
from sqlalchemy import func, select

from bot.callbacks import DecisionCb
from emulator.fake_session import ChatMessage
from storage.database import Database
from storage.models import (
    AuditEntry,
    Decision,
    DecisionStatus,
    DecisionVote,
    FollowupItem,
    OutboxMessage,
)
from storage.types import utcnow
from tests.flows import add_member
from tests.harness import FakeUser, Harness

HUDA = 7_100_001  # the organizer, in Arabic
BAGHDAD = [7_100_100 + n for n in range(5)]  # local NGOs, Arabic
ERBIL = [7_100_200 + n for n in range(4)]  # international agencies, Sorani
BASRA = [7_100_300 + n for n in range(3)]  # national institutions, English
NAJAF = [7_100_400 + n for n in range(6)]  # local NGOs, Arabic
LATECOMER = 7_100_900
PROPOSAL = "تعتمد الشبكة خطة عمل مشتركة للحماية في المحافظات الجنوبية لعام 2027"
OUTCOME = "أقرّت الشبكة الخطة؛ تقدّم لجنة الحماية مسودة التنفيذ قبل نهاية كانون الثاني."


ISOLATES = str.maketrans("", "", "\u200f\u2066\u2067\u2068\u2069")


def plain(text: str) -> str:
    """A text as a reader sees the words: without its isolates."""
    return text.translate(ISOLATES)


async def tap(user: FakeUser, label: str, message: ChatMessage | None = None) -> None:
    """Press the button that reads `label` (isolates aside), in the latest message having it."""
    for candidate in [message] if message else reversed(user.messages):
        for text, data in candidate.buttons():
            if plain(text) == label:
                await user.press_data(data, candidate)
                return
    raise AssertionError(f"no button {label!r}")


def texts(user: FakeUser) -> list[str]:
    return [plain(t) for t in user.texts()]


def last(user: FakeUser) -> str:
    return plain(user.last.text)


async def network(db: Database) -> None:
    await add_member(db, HUDA, locale="ar", name="هدى", role="organizer")
    for n, telegram_id in enumerate(BAGHDAD):
        await add_member(db, telegram_id, locale="ar", name=f"بغداد {n}")
    for n, telegram_id in enumerate(ERBIL):
        await add_member(
            db, telegram_id, locale="ckb", name=f"Erbil {n}", governorates=("erbil",),
            actor_type="international",
        )  # fmt: skip
    for n, telegram_id in enumerate(BASRA):
        await add_member(
            db, telegram_id, locale="en", name=f"Basra {n}", governorates=("basra",),
            actor_type="national_institution",
        )  # fmt: skip
    for n, telegram_id in enumerate(NAJAF):
        await add_member(db, telegram_id, locale="ar", name=f"النجف {n}", governorates=("najaf",))


async def put_proposal(huda: FakeUser) -> None:
    """/decide in Arabic: a proposal to everyone, with a quorum of half, sent."""
    await huda.send("/decide")
    assert last(huda).startswith("🗳 قرار جديد")
    await tap(huda, "مقترح")
    assert "قرار جديد: من يقرّر؟" in last(huda)
    await tap(huda, "التالي ◀")
    assert last(huda) == "يُرجى كتابة المقترح في رسالة واحدة."
    await huda.send(PROPOSAL)
    settings = huda.last
    assert "مراجعة القرار" in plain(settings.text) and PROPOSAL in plain(settings.text)
    assert "صوّت 0 من أصل 19 شخصًا." in plain(settings.text)  # the preview, as voters will read it
    await tap(huda, "👥 النصاب: بلا نصاب")
    await tap(huda, "👥 النصاب: 25٪ ممن أُرسل إليهم")
    assert "النصاب: 10." in last(huda)  # half of 19, rounded up
    await tap(huda, "⬜ الأصوات بالأسماء (للمنظِّمين فقط)")
    await tap(huda, "📤 إرسال")
    assert any(t.startswith("🗳 أُرسل القرار إلى 19 شخصًا.") for t in texts(huda))


async def test_a_proposal_decided_in_arabic_end_to_end(harness: Harness, db: Database) -> None:
    await network(db)
    huda = harness.user(HUDA)
    await put_proposal(huda)
    await harness.deliver()
    baghdad = [harness.user(i) for i in BAGHDAD]
    erbil = [harness.user(i) for i in ERBIL]
    basra = [harness.user(i) for i in BASRA]
    najaf = [harness.user(i) for i in NAJAF]
    card = baghdad[0].last
    assert plain(card.text).startswith("🗳 مقترح معروض لقرارك")
    assert PROPOSAL in plain(card.text) and "يُغلق التصويت في" in plain(card.text)
    assert [label for label, _ in card.buttons()] == [
        "👍 أوافق", "🤐 أمتنع", "👎 لا أوافق", "✋ اعتراض مانع",
    ]  # fmt: skip
    assert last(erbil[0]).startswith("🗳 پێشنیارێک بۆ بڕیاری تۆ")
    assert last(basra[0]).startswith("🗳 A proposal for your decision")

    for user in baghdad:
        await tap(user, "👍 أوافق")
    assert baghdad[0].last_alert == "تم حفظ صوتك."
    assert "صوتك: موافقة" in last(baghdad[-1])  # the card, redrawn in place
    assert "صوّت 5 من أصل 19 شخصًا." in last(baghdad[-1])
    assert "موافقة: 5" in last(baghdad[-1])  # results are live unless hidden
    # A changed vote replaces the first.
    await tap(baghdad[0], "🤐 أمتنع")
    await tap(baghdad[0], "👍 أوافق")
    # Disagreeing asks for the reason; the vote counts once it is in.
    for n, user in enumerate(najaf):
        if n < 4:
            await tap(user, "👍 أوافق")
    await tap(najaf[4], "👎 لا أوافق")
    assert last(najaf[4]).startswith("يُرجى إرسال السبب في رسالة واحدة")
    await najaf[4].send("الموازنة غير واضحة <b>بعد</b>")
    again = najaf[4].messages[-2]  # the card again, with the vote; then who may read it
    assert plain(again.text).startswith("🗳 مقترح")
    assert "السبب الذي ذكرته: الموازنة غير واضحة &lt;b&gt;بعد&lt;/b&gt;" in plain(again.html)
    assert last(najaf[4]) == "تم حفظ صوتك والسبب. من يمكنه قراءة السبب؟"
    await tap(najaf[4], "كل من أُرسل إليهم القرار (دون اسمي)")
    assert last(najaf[4]) == "سيظهر السبب مع النتائج، دون اسمك."
    await tap(najaf[5], "👍 أوافق")
    for user in erbil:
        await tap(user, "👍 هاوڕام")
    for user in basra:
        await tap(user, "🤐 Abstain")
    # A block with its reason, for the organizers only.
    await tap(basra[2], "✋ Block")
    await basra[2].send("Our ministry has not been consulted.")
    await tap(basra[2], "Only the organizers")
    async with db.read() as session:
        votes = (await session.scalars(select(DecisionVote))).all()
    assert len(votes) == 18
    assert sorted(v.ballot for v in votes).count("agree") == 14

    # Forged and out-of-audience votes change nothing and say why.
    decision_id = votes[0].decision_id
    forged = DecisionCb(decision_id=decision_id, action="choose", value="maybe").pack()
    await baghdad[1].press_data(forged, baghdad[1].last)
    assert baghdad[1].last_alert == "هذا الزر من رسالة قديمة. يرجى استخدام أحدث رسالة."
    await add_member(db, LATECOMER, locale="ar", name="متأخرة")
    latecomer = harness.user(LATECOMER)
    agree = DecisionCb(decision_id=decision_id, action="choose", value="agree").pack()
    await latecomer.press_data(agree, card)
    assert latecomer.last_alert == "لم يُعرض هذا القرار عليك."

    # Closed early: counted once, the organizer gets the result and writes the outcome.
    await huda.send("/decisions")
    await huda.press(huda.last.buttons()[0][0])
    assert "🗳 مقترح (مفتوح)" in last(huda)
    await tap(huda, "⏹ الإغلاق الآن")
    await harness.deliver()
    closed = huda.message_with_button("✍️ كتابة نصّ القرار")
    assert plain(closed.text).startswith("🗳 أُغلق التصويت.")
    assert "أوقفه اعتراض مانع" in plain(closed.text)  # one block stops a proposal
    assert "صوّت 18 من أصل 19 شخصًا." in plain(closed.text)
    assert "اكتمل" in plain(closed.text)
    assert "• Basra 2 (اعتراض مانع): Our ministry has not been consulted." in plain(closed.text)
    assert "الأصوات بالأسماء" in plain(closed.text) and "• Basra 0: امتناع" in plain(closed.text)
    await tap(baghdad[1], "👎 لا أوافق", baghdad[1].message_with_button("👎 لا أوافق"))
    assert baghdad[1].last_alert == "أُغلق التصويت على هذا القرار."

    await tap(huda, "✍️ كتابة نصّ القرار", closed)
    await huda.send(OUTCOME)
    assert "نصّ القرار والنتيجة في طريقهما إلى 19 شخصًا." in texts(huda)
    await tap(huda, "✍️ كتابة نصّ القرار", closed)  # a second announcement is refused
    assert huda.last_alert == "أُعلن نصّ هذا القرار من قبل."
    await harness.deliver()

    result = last(baghdad[2])
    assert result.startswith("🗳 قرار الشبكة: " + PROPOSAL)
    assert "نصّ القرار: " + OUTCOME in result
    assert "أوقفه اعتراض مانع" in result
    assert "بين من يشبهونك" in result
    # Local NGOs: 11 voted; Baghdad: 5 voted, shown.
    assert "بين المنظمات غير الحكومية المحلية والشبكات: موافقة: 10" in result
    assert "في بغداد: موافقة: 5، امتناع: 0، عدم موافقة: 0، اعتراض مانع: 0" in result
    # The public reason shows without a name; the private one does not show.
    assert "• عدم موافقة: الموازنة غير واضحة" in result
    assert "ministry" not in result and "النجف 4" not in result
    # Erbil (4 voted) and Basra (3) are hidden: too few to show.
    sorani = last(erbil[0])
    assert "لە هەولێر: دەنگەکان کەمترن لەوەی پیشان بدرێن" in sorani
    assert "ڕێکخراوە نێودەوڵەتییەکان: دەنگەکان کەمترن لەوەی پیشان بدرێن" in sorani
    english = last(basra[0])
    assert "In Basra: too few votes to show" in english
    assert "Among National institutions: too few votes to show" in english
    async with db.read() as session:
        decision = await session.get(Decision, decision_id)
        assert decision is not None and decision.status == DecisionStatus.ANNOUNCED
        results_rows = await session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.dedupe_key.like(f"decres:{decision_id}:%"))
        )
        actions = (await session.scalars(select(AuditEntry.action))).all()
    assert results_rows == 19
    assert {"decision.create", "decision.close", "decision.announce"} <= set(actions)

    # The same as a chart, for someone it was put to.
    results_message = baghdad[2].last
    await tap(baghdad[2], "📈 رسم بياني", results_message)
    photo = harness.session.calls(SendPhoto)[-1]
    assert photo.chat_id == BAGHDAD[2] and photo.photo.data.startswith(b"\x89PNG")
    await latecomer.press_data(results_message.buttons()[0][1], results_message)
    assert latecomer.last_alert == "لم يُعرض هذا القرار عليك."

    # Blocked, so not trackable; a passed one is (see test_decided_proposal_is_tracked).
    admin_card = huda.message_with_button("🔄 تحديث")
    assert "📌 متابعته بندًا في المتابعة" not in [b for b, _ in admin_card.buttons()]


async def test_a_passed_proposal_becomes_a_tracked_item(harness: Harness, db: Database) -> None:
    await network(db)
    huda = harness.user(HUDA)
    await put_proposal(huda)
    await harness.deliver()
    for telegram_id in [*BAGHDAD, *NAJAF]:
        await tap(harness.user(telegram_id), "👍 أوافق")
    async with db.write() as session:
        decision = await session.scalar(select(Decision))
        assert decision is not None
        decision.close_at = utcnow() - timedelta(seconds=1)
    await harness.app.metronome.run_all()  # the sweep closes it, once
    await harness.app.metronome.run_all()
    await harness.deliver()
    closed = [m for m in huda.messages if plain(m.text).startswith("🗳 أُغلق التصويت.")]
    assert len(closed) == 1 and "✅ أُقرّ" in plain(closed[0].text)
    await tap(huda, "✍️ كتابة نصّ القرار", closed[0])
    await huda.send(OUTCOME)
    await tap(huda, "📌 متابعته بندًا في المتابعة")
    await tap(huda, "تم ◀")
    await huda.send("-")
    async with db.read() as session:
        item = await session.scalar(select(FollowupItem))
        decision = await session.scalar(select(Decision))
    assert item is not None and item.texts == {"ar": OUTCOME}
    assert decision is not None and decision.followup_item_id == item.id
    await tap(
        huda, "📌 متابعته بندًا في المتابعة", huda.message_with_button("📌 متابعته بندًا في المتابعة")
    )
    assert huda.last_alert is not None and "قيد المتابعة أصلًا" in huda.last_alert
    # The quarter's newsletter draft tells what the network decided; so does the report.
    await huda.send("/newsletter")
    await tap(huda, "هذا الربع")
    draft = "\n".join(texts(huda)[-4:])
    assert "قرارات الشبكة" in draft and f"🗳 {PROPOSAL}" in draft
    decided = await harness.app.dispatcher["decisions"].decided_between(
        utcnow() - timedelta(days=1), utcnow() + timedelta(days=1)
    )
    assert [(d.result, d.voters, d.audience, d.outcome) for d in decided] == [
        ("passed", 11, 19, OUTCOME)
    ]
