"""Each kind of decision end to end through the real dispatcher, put by an Arabic organizer and
voted in Arabic and Sorani: consent with an objection, a time poll (times typed in Arabic
digits) whose best time becomes a meeting draft, a score vote, a ranked choice counted by
instant run-off with a member's own option, a dot vote that refuses a dot too many. Also the
one reminder and the close, each done once across a restart and a second scheduler."""

from __future__ import annotations

from datetime import datetime, timedelta

from aiogram.methods import SendPoll, StopPoll
from sqlalchemy import func, select

from emulator.fake_session import ChatMessage
from storage.database import Database
from storage.models import Decision, DecisionStatus, DecisionVote, OutboxMessage
from storage.types import utcnow
from tests.flows import add_member
from tests.harness import FakeUser, Harness
from tests.integration.test_decisions import last, plain, tap, texts

HUDA = 7_200_001
VOTERS = [7_200_100 + n for n in range(3)]  # Arabic, Baghdad
KURDS = [7_200_200 + n for n in range(2)]  # Sorani, Erbil
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


async def network(db: Database) -> None:
    await add_member(db, HUDA, locale="ar", name="هدى", role="organizer")
    for n, telegram_id in enumerate(VOTERS):
        await add_member(db, telegram_id, locale="ar", name=f"عضوة {n}")
    for n, telegram_id in enumerate(KURDS):
        await add_member(db, telegram_id, locale="ckb", name=f"Kurd {n}", governorates=("erbil",))


async def put(
    huda: FakeUser,
    kind: str,
    text: str,
    options: str | None = None,
    *,
    dots: str | None = None,
    toggles: tuple[str, ...] = (),
) -> None:
    await huda.send("/decide")
    await tap(huda, kind)
    await tap(huda, "التالي ◀")
    await huda.send(text)
    if options is not None:
        await huda.send(options)
    if dots is not None:
        await tap(huda, dots)
    for toggle in toggles:
        await tap(huda, toggle)
    await tap(huda, "📤 إرسال")
    assert any(t.startswith("🗳 أُرسل القرار إلى 6 أشخاص.") for t in texts(huda)), texts(huda)


def card(user: FakeUser) -> ChatMessage:
    return next(m for m in reversed(user.messages) if plain(m.text).startswith(("🗳", "📅")))


async def press_at(user: FakeUser, row: int, column: int = 0) -> None:
    message = card(user)
    assert message.markup is not None
    data = message.markup.inline_keyboard[row][column].callback_data
    assert data is not None
    await user.press_data(data, message)


async def close(harness: Harness, db: Database) -> int:
    """The close time passes; the scheduler's sweep counts it (twice run, once done)."""
    async with db.write() as session:
        decision = await session.scalar(select(Decision).order_by(Decision.id.desc()))
        assert decision is not None
        decision.close_at = utcnow() - timedelta(seconds=1)
        decision_id = decision.id
    await harness.app.metronome.run_all()
    await harness.app.metronome.run_all()
    await harness.deliver()
    return decision_id


def closed_card(huda: FakeUser) -> str:
    found = [m for m in huda.messages if plain(m.text).startswith("🗳 أُغلق التصويت.")]
    assert len(found) == 1, "the close is reported once"
    return plain(found[0].text)


async def test_consent_with_an_objection(harness: Harness, db: Database) -> None:
    await network(db)
    huda = harness.user(HUDA)
    await put(huda, "قرار بالتوافق", "نعقد الاجتماع القادم في أربيل.")
    await harness.deliver()
    voters = [harness.user(i) for i in VOTERS]
    kurds = [harness.user(i) for i in KURDS]
    assert [plain(b) for b, _ in card(voters[0]).buttons()] == ["👍 لا اعتراض", "✋ اعتراض"]
    await tap(voters[0], "👍 لا اعتراض")
    await tap(voters[1], "👍 لا اعتراض")
    await tap(kurds[0], "👍 ڕەزامەندم")
    await tap(kurds[1], "✋ ناڕەزایی")
    assert last(kurds[1]).startswith("تکایە هۆکارەکەت لە یەک نامەدا بنێرە")
    await kurds[1].send_photo()  # not a text: asked again, nothing lost
    assert last(kurds[1]) != ""
    await kurds[1].send("ڕێگاکان لە زستاندا داخراون.")
    await tap(kurds[1], "هەموو ئەوانەی بۆیان نێردراوە (بێ ناوی من)")
    await close(harness, db)
    result = closed_card(huda)
    assert "قوبل باعتراض" in result
    assert "لا اعتراض: 3، اعتراض: 1" in result
    assert "ڕێگاکان لە زستاندا داخراون." in result


async def test_time_poll_to_a_meeting_draft(harness: Harness, db: Database) -> None:
    await network(db)
    huda = harness.user(HUDA)
    day = (datetime.now() + timedelta(days=10)).date()
    lines = [f"{day} 10:00", f"{day + timedelta(days=1)} 10:00".translate(EASTERN), f"{day} 14:00"]
    await put(huda, "اختيار موعد", "الاجتماع التنسيقي الوطني القادم", "\n".join(lines))
    await harness.deliver()
    voters = [harness.user(i) for i in VOTERS]
    first = card(voters[0])
    assert len(first.markup.inline_keyboard) == 3  # type: ignore[union-attr]
    # The candidates in time order: 10:00 and 14:00 on the first day, 10:00 the next day.
    labels = [plain(b) for b, _ in first.buttons()]
    assert labels[0].startswith("▫️") and "10:00" in labels[0] and "14:00" in labels[1]
    for user in voters:  # the next day's 10:00 suits all; 14:00 suits one, maybe another
        await press_at(user, 2)
    await press_at(voters[0], 1)
    await press_at(voters[1], 1)
    await press_at(voters[1], 1)  # pressed twice: maybe
    assert plain(card(voters[1]).buttons()[1][0]).startswith("❔")
    assert plain(card(voters[0]).buttons()[2][0]).startswith("✅")
    decision_id = await close(harness, db)
    result = closed_card(huda)
    assert "⭐ أنسب موعد:" in result and "(نعم 3، ربما 0)" in result
    await tap(huda, "📅 مسودة اجتماع في أنسب موعد")
    assert last(huda) == "كيف يُعقد الاجتماع؟"
    await tap(huda, "عبر الإنترنت")
    await huda.send("https://meet.example.org/wps")
    preview = "\n".join(texts(huda)[-3:])
    assert "الاجتماع التنسيقي الوطني القادم" in preview
    assert "✅ نشر" in [plain(b) for b, _ in huda.last.buttons()]
    async with db.read() as session:
        decision = await session.get(Decision, decision_id)
    assert decision is not None
    best = await harness.app.dispatcher["decisions"].best_time(decision_id)
    assert best is not None and best.date() == day + timedelta(days=1)


async def test_score_vote(harness: Harness, db: Database) -> None:
    await network(db)
    huda = harness.user(HUDA)
    await put(huda, "تقييم بالدرجات", "ما أولوية كل محور؟", "الحماية\nالمشاركة\nالتمكين")
    await harness.deliver()
    voters = [harness.user(i) for i in VOTERS]
    # Rows: each option's label, then its 1..5.
    for user, scores in zip(voters, ((5, 2, 3), (4, 1, 3), (5, 3, 3)), strict=True):
        for option, score in enumerate(scores):
            await press_at(user, 2 * option + 1, score - 1)
    assert "تمت الإجابة عن 3 من 3." in plain(card(voters[0]).text)
    assert plain(card(voters[0]).buttons()[5][0]) == "• 5 •"
    await close(harness, db)
    result = closed_card(huda)
    assert result.index("الحماية: المتوسط 4.7") < result.index("التمكين: المتوسط 3.0")
    assert "المشاركة: المتوسط 2.0 (3 تقييمات)" in result


async def test_ranked_choice_with_a_members_own_option(harness: Harness, db: Database) -> None:
    await network(db)
    huda = harness.user(HUDA)
    await put(
        huda, "ترتيب الأفضلية", "موضوع الاجتماع القادم", "الحماية\nالمشاركة\nالتمكين",
        toggles=("⬜ يمكن للأعضاء إضافة خيارات",),
    )  # fmt: skip
    await harness.deliver()
    voters = [harness.user(i) for i in VOTERS]
    kurds = [harness.user(i) for i in KURDS]
    await tap(kurds[0], "➕ زیادکردنی بژاردە")
    await kurds[0].send("گۆڕانی کەشوهەوا")
    assert "بژاردەکەت زیاد کرا" in texts(kurds[0])[-2]
    # Ballots: A>B, A>B, B>A, C>B, D(the new option)>C.
    for user, order in ((voters[0], (0, 1)), (voters[1], (0, 1)), (voters[2], (1, 0))):
        for option in order:
            await press_at(user, option)
    await press_at(kurds[0], 3)  # the new option, seen on a card sent after it was added
    await press_at(kurds[0], 2)
    await press_at(kurds[1], 2)
    await press_at(kurds[1], 1)
    assert "ترتيبك" not in plain(card(kurds[1]).text)  # Sorani reads its own words
    assert "ڕیزبەندییەکەت: 1. التمكين، 2. المشاركة" in plain(card(kurds[1]).text)
    await close(harness, db)
    result = closed_card(huda)
    assert "🏆 الخيار الفائز: الحماية" in result
    assert "الجولة 1:" in result and "استُبعد: گۆڕانی کەشوهەوا" in result
    assert "الجولة 3:" in result


async def test_dot_vote_keeps_to_the_dots_given(harness: Harness, db: Database) -> None:
    await network(db)
    huda = harness.user(HUDA)
    await put(
        huda, "التصويت بالنقاط", "أين نضع جهدنا هذا الربع؟", "التدريب\nالمناصرة", dots="3 نقاط"
    )
    await harness.deliver()
    voter = harness.user(VOTERS[0])
    for _ in range(3):
        await press_at(voter, 0, 2)  # + on the first option
    assert "النقاط المتبقية: 0 من 3" in plain(card(voter).text)
    await press_at(voter, 1, 2)  # a fourth dot
    assert voter.last_alert == "هذا الزر من رسالة قديمة. يرجى استخدام أحدث رسالة."
    await press_at(voter, 0, 0)  # − takes one back
    await press_at(voter, 1, 2)
    async with db.read() as session:
        ballot = await session.scalar(select(DecisionVote.ballot))
    assert ballot == {"0": 2, "1": 1}
    await close(harness, db)
    assert "التدريب: نقطتان من شخص واحد" in closed_card(huda)


async def test_reminder_and_close_once_across_a_restart(harness: Harness, db: Database) -> None:
    await network(db)
    huda = harness.user(HUDA)
    await put(huda, "مقترح", "نعتمد دليل الإحالة المحدَّث.")
    await harness.deliver()
    await tap(harness.user(VOTERS[0]), "👍 أوافق")
    async with db.write() as session:
        decision = await session.scalar(select(Decision))
        assert decision is not None
        decision.remind_at = utcnow() - timedelta(seconds=1)
        decision_id = decision.id
    restarted = await harness.restart()
    await restarted.app.metronome.run_all()
    again = await restarted.restart()  # a second process sweeps the same rows
    await again.app.metronome.run_all()
    await again.deliver()
    reminded = [
        telegram_id
        for telegram_id in [*VOTERS, *KURDS, HUDA]
        if any(
            plain(m.text).startswith(("⏰ تذكير", "⏰ بیرخستنەوە"))
            for m in again.session.chat(telegram_id)
        )
    ]
    assert sorted(reminded) == sorted([*VOTERS[1:], *KURDS, HUDA])  # not the one who voted
    async with db.write() as session:
        decision = await session.get(Decision, decision_id)
        assert decision is not None
        decision.close_at = utcnow() - timedelta(seconds=1)
    await again.app.metronome.run_all()
    third = await again.restart()
    await third.app.metronome.run_all()
    await third.deliver()
    async with db.read() as session:
        closed = await session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.dedupe_key.like(f"decclosed:{decision_id}:%"))
        )
        reminders = await session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.dedupe_key.like(f"decrem:{decision_id}:%"))
        )
        status = await session.scalar(select(Decision.status))
    assert closed == 1 and status == DecisionStatus.CLOSED
    assert reminders == 2 * 5  # the line and the card again, to each of five
    await third.stop()


async def test_forget_unlinks_votes_and_takes_back_a_shown_reason(
    harness: Harness, db: Database
) -> None:
    """/forget: the ballot stays in the counts, unlinked; the reason goes, and results
    already sent that quoted it are edited in the others' chats."""
    await network(db)
    huda = harness.user(HUDA)
    await put(huda, "مقترح", "نعتمد دليل الإحالة المحدَّث.")
    await harness.deliver()
    voters = [harness.user(i) for i in VOTERS]
    await tap(voters[0], "👍 أوافق")
    await tap(voters[1], "👎 لا أوافق")
    await voters[1].send("أعمل في الملجأ الوحيد في الحي، والدليل لا يذكره.")
    await tap(voters[1], "كل من أُرسل إليهم القرار (دون اسمي)")
    decision_id = await close(harness, db)
    await tap(huda, "✍️ كتابة نصّ القرار")
    await huda.send("أُقرّ الدليل مع إضافة الملاجئ المحلية في المراجعة القادمة.")
    await harness.deliver()
    seen = voters[0].last
    assert "الملجأ الوحيد" in plain(seen.text)

    await voters[1].send("/forget")
    await tap(voters[1], "🗑 نعم، احذف بياناتي")
    await harness.deliver()
    async with db.read() as session:
        votes = (
            await session.execute(
                select(DecisionVote.person_id, DecisionVote.ballot, DecisionVote.reason)
            )
        ).all()
    assert sorted((v[1], v[0] is None, v[2]) for v in votes) == [
        ("agree", False, None), ("disagree", True, None),
    ]  # fmt: skip
    tally = await harness.app.dispatcher["decisions"].tally(decision_id, for_organizers=True)
    assert tally.voters == 2 and tally.reasons == []
    # The copy in another voter's chat that quoted the reason now says it was deleted.
    edited = next(m for m in voters[0].messages if m.message_id == seen.message_id)
    assert "الملجأ الوحيد" not in plain(edited.text)
    assert "حُذفت بيانات هذا الشخص بناءً على طلبه." in plain(edited.text)


async def test_consent_as_a_telegram_poll(harness: Harness, db: Database) -> None:
    """A native poll: named votes recorded as they come, a vote changed and taken back, an
    objection asked for its reason in the chat, a forwarded poll refused, the polls stopped
    at the close and a late vote refused."""
    await network(db)
    huda = harness.user(HUDA)
    await put(
        huda, "قرار بالتوافق", "نعقد الاجتماع القادم في أربيل.",
        toggles=("⬜ يُرسل استبيانًا في تيليغرام", "⬜ إخفاء النتائج حتى الإغلاق"),
    )  # fmt: skip
    await harness.deliver()
    voters = [harness.user(i) for i in VOTERS]
    kurds = [harness.user(i) for i in KURDS]
    poll = voters[0].last
    assert poll.kind == "poll" and poll.options == ["👍 لا اعتراض", "✋ اعتراض"]
    sent = [c for c in harness.session.calls(SendPoll) if c.chat_id == VOTERS[0]][-1]
    assert sent.allows_revoting and sent.hide_results_until_closes and not sent.is_anonymous
    card_before = plain(voters[0].messages[-2].text)
    assert "يُرجى التصويت في الاستبيان أدناه" in card_before
    assert voters[0].messages[-2].buttons() == []
    await voters[0].vote(poll, [0])
    await voters[0].vote(poll, [1])  # changed: an objection asks for its reason
    assert last(voters[0]).startswith("يُرجى إرسال السبب في رسالة واحدة")
    await voters[0].send("القاعة غير متاحة في ذلك الأسبوع.")
    await tap(voters[0], "المنظِّمون فقط")
    await voters[1].vote(voters[1].last, [0])
    await voters[2].vote(voters[2].last, [0])
    await voters[2].vote(voters[2].last, [])  # taken back
    await kurds[1].vote(poll, [0])  # Voter 0's poll, forwarded to someone else
    assert last(kurds[1]) == "ئەم بڕیارە بۆ تۆ نەخراوەتە ڕوو."
    async with db.read() as session:
        votes = (await session.execute(select(DecisionVote.ballot, DecisionVote.reason))).all()
    assert sorted(votes, key=str) == [
        ("consent", None), ("objection", "القاعة غير متاحة في ذلك الأسبوع."),
    ]  # fmt: skip
    await close(harness, db)
    stopped = sorted(c.chat_id for c in harness.session.calls(StopPoll))
    assert stopped == sorted([*VOTERS, *KURDS, HUDA])
    result = closed_card(huda)
    assert "قوبل باعتراض" in result
    assert "• اعتراض: القاعة غير متاحة في ذلك الأسبوع." in result  # organizers read it
    late = next(m for m in reversed(voters[1].messages) if m.kind == "poll")
    await voters[1].vote(late, [1])  # a client that missed the stop
    assert last(voters[1]) == "أُغلق التصويت على هذا القرار."
