"""Dialogs never contradict what happened: a step's buttons go once it is answered, and a
dialog button pressed out of its step says so and changes nothing."""

from __future__ import annotations

from sqlalchemy import func, select

from storage.database import Database
from storage.models import Meeting
from tests.flows import register
from tests.harness import FakeUser, Harness
from tests.integration.test_meetings import invitees

STEP_OVER = "That step is over; nothing changed. Please use the latest message."
DIALOG_LABELS = {"◀ Back", "✖ Cancel", "Skip ▶", "Done ▶", "Next ▶"}


def live_dialog_buttons(user: FakeUser) -> list[tuple[str, str]]:
    """(message text's start, label) of every Back, Cancel, Skip, Done or Next still shown."""
    return [
        (message.text[:30], label)
        for message in user.messages
        for label, _ in message.buttons()
        if label in DIALOG_LABELS
    ]


async def test_registration_keeps_buttons_only_on_the_step_being_asked(
    harness: Harness,
) -> None:
    user = harness.user(7_100_001)
    await register(user, deliver=False)
    # Submitted: no step is open, so no message of the dialog has buttons left.
    assert live_dialog_buttons(user) == []


async def new_meeting_until_capacity(admin: FakeUser) -> dict[str, str]:
    """Walk /newmeeting to its last question; returns the callback data of buttons seen on
    the way, by the step they were shown at."""
    seen: dict[str, str] = {}
    await admin.send("/newmeeting")
    await admin.press("Next ▶")
    text_prompt = admin.last
    seen["skip-language"] = next(d for t, d in text_prompt.buttons() if t == "Skip ▶")
    seen["cancel-text"] = next(d for t, d in text_prompt.buttons() if t == "✖ Cancel")
    await admin.send("Eleventh coordination meeting\nAccess to justice")
    assert text_prompt.buttons() == []
    await admin.press("Skip ▶")
    await admin.press("Skip ▶")
    await admin.press("Online")
    await admin.send("https://meet.example.org/wps")
    await admin.send("2099-04-01 10:00")
    await admin.send("12:00")
    await admin.press("Skip ▶")
    return seen


async def test_meeting_prompts_lose_skip_and_cancel_once_answered(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await invitees(db)
    await new_meeting_until_capacity(admin)
    # Only the capacity question, being asked now, has Skip and Cancel.
    live = live_dialog_buttons(admin)
    assert [label for _, label in live] == ["Skip ▶", "✖ Cancel"]
    assert admin.last.buttons() and "How many people" in admin.last.text


async def test_cancel_from_an_older_prompt_after_publishing_changes_nothing(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await invitees(db)
    seen = await new_meeting_until_capacity(admin)
    await admin.send("20")
    await admin.press("✅ Publish")
    assert "Invited: 3" in admin.messages[-2].text
    # Now in another dialog: a poll.
    await admin.send("/poll")
    poll_prompt = admin.last
    for data in (seen["cancel-text"], seen["skip-language"]):
        await admin.press_data(data, poll_prompt)
        assert admin.last_alert == STEP_OVER
    # The meeting stands, nobody was told it was not created, and the poll dialog goes on.
    assert not any("Meeting not created" in m.text for m in admin.messages)
    async with db.read() as session:
        assert await session.scalar(select(func.count()).select_from(Meeting)) == 1
    state = await harness.app.dispatcher.fsm.get_context(
        harness.bot, admin.id, admin.id
    ).get_state()
    assert state is not None and state.startswith("NewPoll:")
    assert admin.last is poll_prompt and poll_prompt.buttons()
