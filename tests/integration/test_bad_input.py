"""Bad input gets a clear localized answer and loses nothing."""

from __future__ import annotations

from aiogram.methods import SendMessage

from bot.callbacks import ReviewCb, RoleCb
from storage.models import PersonStatus
from tests.flows import choose_language, open_queue, register
from tests.harness import FakeUser, Harness


async def start_registration(user: FakeUser) -> None:
    await choose_language(user)
    await user.press("✅ I agree")


async def test_overlong_name_is_refused_and_the_step_kept(harness: Harness) -> None:
    user = harness.user(2001)
    await start_registration(user)
    await user.send("x" * 101)
    assert "A name needs 2 to 100 characters; this one has 101" in user.last.text
    await user.send("Huda Karim")  # the same step accepts a good answer
    assert "Step 2 of 5" in user.last.text
    data = await harness.app.dispatcher.fsm.get_context(harness.bot, 2001, 2001).get_data()
    assert data["full_name"] == "Huda Karim"


async def test_photo_sticker_and_voice_where_text_is_expected(harness: Harness) -> None:
    user = harness.user(2002)
    await start_registration(user)
    for send in (user.send_photo, user.send_sticker, user.send_voice):
        await send()
        assert user.last.text == "Please send this as a text message."
    await user.send("Amal Jasim")
    assert "Step 2 of 5" in user.last.text


async def test_text_where_buttons_are_expected(harness: Harness) -> None:
    user = harness.user(2003)
    await start_registration(user)
    await user.send("Amal Jasim")
    await user.send("UNFPA")
    await user.press("UNFPA")
    await user.send("Baghdad")
    assert user.last.text == "Please choose with the buttons under the message above."


async def test_stale_button_from_an_old_step(harness: Harness) -> None:
    user = harness.user(2004)
    await start_registration(user)
    name_prompt = user.last
    cancel = next(data for text, data in name_prompt.buttons() if text == "✖ Cancel")
    await user.send("Amal Jasim")
    assert name_prompt.buttons() == []  # the step is answered: its buttons are gone
    await user.press_data(cancel, name_prompt)  # an old client still shows them
    assert user.last_alert == "That step is over; nothing changed. Please use the latest message."
    state = await harness.app.dispatcher.fsm.get_context(harness.bot, 2004, 2004).get_state()
    assert state == "Registration:organization"  # nothing was cancelled


async def test_forged_review_callback_from_a_non_organizer(
    harness: Harness, admin: FakeUser
) -> None:
    applicant = harness.user(2005)
    await register(applicant)
    person = await harness.app.people.by_telegram_id(2005)
    assert person is not None
    intruder = harness.user(2006)
    await choose_language(intruder)
    await intruder.press_data(ReviewCb(action="approve", person_id=person.id).pack())
    assert intruder.last_alert == "You are not allowed to do this."
    person = await harness.app.people.by_telegram_id(2005)
    assert person is not None and person.status == PersonStatus.PENDING
    # The applicant cannot approve themselves either.
    await applicant.press_data(ReviewCb(action="approve", person_id=person.id).pack())
    assert applicant.last_alert == "You are not allowed to do this."
    await intruder.press_data(RoleCb(action="set", person_id=person.id, role="organizer").pack())
    assert intruder.last_alert == "You are not allowed to do this."


async def test_approving_twice_says_who_decided(harness: Harness, admin: FakeUser) -> None:
    applicant = harness.user(2007)
    await register(applicant)
    await open_queue(admin)  # the card, from the "to review" message
    card = admin.message_with_button("✅ Approve")
    reject_data = card.buttons()[1][1]
    await admin.press("✅ Approve", in_message=card)
    await admin.press_data(reject_data, card)  # a second copy of the card, still showing Reject
    assert admin.last_alert is not None and "already approved" in admin.last_alert


async def test_odd_deep_link_payloads(harness: Harness) -> None:
    user = harness.user(2008)
    for payload in ("<script>", "x" * 300, "ci_999999", "%00"):
        await user.send(f"/start {payload}")
        assert any("This link is not valid or has expired." in t for t in user.texts())
        assert all(payload not in t for t in user.texts())
    assert [b for b, _ in user.last.buttons()] == ["English", "العربية", "کوردی (سۆرانی)"]


async def test_person_who_blocked_the_bot_before_the_decision(
    harness: Harness, admin: FakeUser
) -> None:
    user = harness.user(2009, "Rana")
    await register(user, name="Rana Adel")
    await open_queue(admin)  # the card, from the "to review" message
    await user.block_bot()
    person = await harness.app.people.by_telegram_id(2009)
    assert person is not None and person.reachable is False
    await admin.press("✅ Approve")
    assert "Rana Adel has blocked the bot" in admin.last.text
    person = await harness.app.people.by_telegram_id(2009)
    assert person is not None and person.status == PersonStatus.APPROVED
    await user.unblock_bot()
    person = await harness.app.people.by_telegram_id(2009)
    assert person is not None and person.reachable is True


async def test_blocked_only_discovered_when_sending(harness: Harness, admin: FakeUser) -> None:
    user = harness.user(2010, "Zina")
    await register(user, name="Zina Omar")
    await open_queue(admin)  # the card, from the "to review" message
    harness.session.blocked.add(2010)  # no my_chat_member arrived
    await admin.press("✅ Approve")
    assert "The news is on its way to Zina Omar." in admin.last.text
    await harness.deliver()
    person = await harness.app.people.by_telegram_id(2010)
    assert person is not None and person.reachable is False


async def test_same_update_delivered_twice_is_handled_once(harness: Harness) -> None:
    user = harness.user(2011)
    await user.send("/start", update_id=500)
    sent_before = len(harness.session.calls(SendMessage))
    await user.send("/start", update_id=500)
    assert len(harness.session.calls(SendMessage)) == sent_before


async def test_double_submit_creates_one_registration(harness: Harness, admin: FakeUser) -> None:
    user = harness.user(2012)
    await register(user)
    await open_queue(admin)  # the card, from the "to review" message
    await user.press_data("nav:submit:confirm", user.last)
    assert user.last_alert == "That step is over; nothing changed. Please use the latest message."
    cards = [m for m in admin.messages if "New registration" in m.text]
    assert len(cards) == 1


async def test_commands_reserved_to_organizers_and_admins(harness: Harness) -> None:
    user = harness.user(2013)
    await choose_language(user)
    await user.send("/pending")
    assert user.last.text == "This command is for organizers."
    await user.send("/roles")
    assert user.last.text == "This command is for administrators."
    await user.send("/profile")
    assert user.last.text == "You are not registered yet. Send /start to begin."
    await user.send("/nonsense")
    assert "I do not know this command" in user.last.text


async def test_pending_person_is_limited(harness: Harness) -> None:
    user = harness.user(2014)
    await register(user)
    await user.send("/profile")
    assert "Your registration is waiting for an organizer" in user.last.text
    await user.send("hello")
    assert "Your registration is waiting for an organizer" in user.last.text
    await user.send("/status")
    assert "is waiting for an organizer" in user.last.text


async def test_html_in_names_is_escaped_everywhere(harness: Harness, admin: FakeUser) -> None:
    user = harness.user(2015, username=None)
    await register(user, name="<b>Eve</b> & <i>co")
    await open_queue(admin)  # the card, from the "to review" message
    assert "<b>Eve</b> & <i>co" in admin.last.text  # visible literally on the card
    assert "&lt;b&gt;Eve&lt;/b&gt; &amp; &lt;i&gt;co" in admin.last.html


async def test_commands_mid_dialog_are_not_taken_as_answers(harness: Harness) -> None:
    user = harness.user(2016)
    await start_registration(user)
    await user.send("/whatever")
    assert "I do not know this command" in user.last.text
    await user.send("/help")
    assert "What you can do" in user.last.text
    state = await harness.app.dispatcher.fsm.get_context(harness.bot, 2016, 2016).get_state()
    assert state == "Registration:name"
    await user.send("Real Name")
    assert "Step 2 of 5" in user.last.text


async def test_telegram_429_and_5xx_are_retried(harness: Harness) -> None:
    from emulator.fake_session import server_error, too_many_requests

    user = harness.user(2017)
    await choose_language(user)
    harness.session.faults[2017] = [server_error(), too_many_requests(1)]
    await user.send("/status")
    assert user.last.text == "You have not registered yet. Send /start to begin."
    assert harness.session.faults[2017] == []


async def test_telegram_down_while_telling_the_person(harness: Harness, admin: FakeUser) -> None:
    from emulator.fake_session import server_error

    user = harness.user(2018, "Huda")
    await register(user, name="Huda Saleh")
    await open_queue(admin)  # the card, from the "to review" message
    harness.session.faults[2018] = [server_error() for _ in range(4)]
    await admin.press("✅ Approve")
    await harness.deliver()  # the outbox retries until Telegram is back
    person = await harness.app.people.by_telegram_id(2018)
    assert person is not None and person.status == PersonStatus.APPROVED and person.reachable
    assert "Your registration is approved" in user.last.text
    await user.send("/status")
    assert "You are registered" in user.last.text
