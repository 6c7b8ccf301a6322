"""The advisory committee proposes and ranks topics; organizers make them a meeting's agenda."""

from __future__ import annotations

from storage.database import Database
from storage.models import Role
from tests.flows import add_member
from tests.harness import FakeUser, Harness
from tests.integration.test_meetings import AMAL, invitees, publish

MEMBER_A, MEMBER_B = 6_400_001, 6_400_002


async def test_topics_proposed_ranked_and_adopted(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await invitees(db)
    await add_member(db, MEMBER_A, name="Advisor A", role=Role.ADVISORY)
    await add_member(db, MEMBER_B, name="Advisor B", role=Role.ADVISORY, locale="ar")
    a, b = harness.user(MEMBER_A), harness.user(MEMBER_B)
    for user, topic in (
        (a, "Women in the provincial councils <b>elections</b>"),
        (a, "Climate change and displacement"),
        (b, "قانون مناهضة العنف الأسري"),
    ):
        await user.send("/propose")
        await user.send(topic)
    assert "your topic is on the list" in a.last.text
    await a.send("/rank")
    await a.press("▫️ Climate change and displacement")  # first choice: 3 points
    await a.press("▫️ قانون مناهضة العنف الأسري")  # second: 2
    assert [label[:2] for label, _ in a.last.buttons()][:2] != ["▫️", "▫️"]
    await b.send("/rank")
    await b.press("▫️ قانون مناهضة العنف الأسري")  # 3
    await admin.send("/agenda")
    ranking = admin.last.text
    assert ranking.index("قانون مناهضة العنف الأسري") < ranking.index("Climate change")
    assert "1. قانون مناهضة العنف الأسري — 5 points, 2 members" in ranking

    meeting = await publish(harness, titles={"en": "Eleventh meeting"})
    await harness.deliver()
    await admin.send("/agenda")
    await admin.press("Top 3 topics → agenda of Eleventh meeting")
    assert "The top 3 topics are now the agenda of Eleventh meeting" in admin.last.text
    changed = await harness.app.meetings.get(meeting.id)
    assert changed.agendas["en"].startswith("1. قانون مناهضة العنف الأسري\n2. Climate change")
    assert "&lt;b&gt;elections&lt;/b&gt;" in changed.agendas["en"]  # user text stays text
    await harness.deliver()
    assert (
        "3. Women in the provincial councils <b>elections</b>"
        in harness.session.chat(AMAL)[-2].text
    )
    await admin.send("/agenda")
    assert admin.last.text.startswith("No topic has been proposed yet")  # adopted ones left


async def test_three_choices_at_most_and_members_only(harness: Harness, db: Database) -> None:
    await add_member(db, MEMBER_A, name="Advisor A", role=Role.ADVISORY)
    await add_member(db, 6_400_009, name="Plain member")
    a = harness.user(MEMBER_A)
    for topic in ("Topic one", "Topic two", "Topic three", "Topic four"):
        await a.send("/propose")
        await a.send(topic)
    await a.send("/rank")
    for topic in ("Topic one", "Topic two", "Topic three"):
        await a.press(f"▫️ {topic}")
    await a.press("▫️ Topic four")
    assert (
        a.last_alert
        == "You already chose three topics. Press one of them to take your vote back first."
    )
    await a.press("🥉 Topic three")  # take the third choice back
    await a.press("▫️ Topic four")
    assert "🥉 Topic four" in [label for label, _ in a.last.buttons()]
    member = harness.user(6_400_009)
    await member.send("/propose")
    assert member.last.text == "This command is for advisory committee members."
    await member.press_data("ag:rank:1")
    assert member.last_alert == "You are not allowed to do this."
