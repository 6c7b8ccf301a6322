"""The organizers' console in headless Chromium, opened from the sandbox's chat page as Telegram
opens a Mini App (launch data signed with the sandbox's token, in the frame over the chat), in
Arabic, Sorani and English: a pending registration seen and approved, and every refusal."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_sandbox_browser import (  # noqa: F401 (browser: a fixture)
    Page,
    browser,
    registration_to_its_title,
    start_sandbox,
    stop_sandbox,
)

pytestmark = pytest.mark.skipif(
    os.environ.get("TANSIQ_SKIP_BROWSER") == "1", reason="TANSIQ_SKIP_BROWSER=1"
)

ADMIN, ORGANIZER, MEMBER, NEWCOMER = 100_001, 100_002, 100_003, 100_006


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[str]:
    process, url = start_sandbox(tmp_path)
    try:
        yield url
    finally:
        stop_sandbox(process)


class Console(Page):
    """The chat page, with the Mini App's frame over it."""

    def open_console(self, label: str | None = None) -> None:
        """From a button in the chat (the home card's), else the menu button."""
        if label is None:
            self._click("css selector", "#app-button")
        else:
            self._click("xpath", f"//div[@id='chat']//button[normalize-space(.)='{label}']")
        self.wait.until(lambda d: "open" in d.find_element("id", "app").get_attribute("class"))
        self.driver.switch_to.frame(self.driver.find_element("id", "app-frame"))  # type: ignore[attr-defined]

    def open_as(self, user_id: int) -> None:
        """The console's address with this person's launch data, as a button of theirs would
        open it (for a member, who has no such button)."""
        self.driver.execute_script(  # type: ignore[attr-defined]
            "openApp(location.href.replace(/[^/]*$/, '') + 'console/', 'Console')"
        )
        self.driver.switch_to.frame(self.driver.find_element("id", "app-frame"))  # type: ignore[attr-defined]

    def shows(self, text: str) -> None:
        self.wait.until(lambda d: text in d.find_element("tag name", "body").text)

    def go(self, view: str) -> None:
        self._click("css selector", f'#nav a[data-view="{view}"]')

    def back_to_chat(self) -> None:
        self.driver.switch_to.default_content()  # type: ignore[attr-defined]
        self._click("css selector", "#app-close")


def register_newcomer(page: Page) -> None:
    registration_to_its_title(page)
    page.send("Gender officer")
    page.press("✅ Submit")
    page.sees("Your registration was sent to the organizers")


def test_organizers_see_and_approve_a_registration_members_are_refused(
    sandbox: str,
    browser: object,  # noqa: F811
) -> None:
    page = Console(browser, sandbox)
    page.open()
    register_newcomer(page)
    page.be(ADMIN)  # the admin's copy of the card, in the chat
    page.press("👤 Review registrations")
    page.sees("New registration")

    page.be(ORGANIZER)  # Huda, in Arabic: the console from her home card
    page.send("/start")
    page.open_console("📊 لوحة التحكم")
    page.shows("بانتظار قرارك")
    assert browser.find_element("tag name", "html").get_attribute("dir") == "rtl"  # type: ignore[attr-defined]
    page.go("queues")
    page.shows("Noor Ahmed")
    page.back_to_chat()

    page.send("/language")  # now in Sorani
    page.press("کوردی (سۆرانی)")
    page.send("/start")
    page.open_console("📊 پانێڵی بەڕێوەبردن")
    page.shows("چاوەڕوانی بڕیاری تۆن")
    page.go("queues")
    page.shows("Noor Ahmed")
    page.back_to_chat()

    page.be(MEMBER)  # Awat, a member: no button, and her launch data is refused
    assert not browser.find_element("id", "app-button").is_displayed()  # type: ignore[attr-defined]
    page.open_as(MEMBER)
    page.shows("پانێڵی بەڕێوەبردن بۆ ڕێکخەران و بەڕێوەبەرانە.")
    page.back_to_chat()

    page.be(ADMIN)  # Zainab approves in the console, opened from her menu button
    page.open_console()
    page.shows("Waiting for your decision")
    page.go("queues")
    page.shows("Noor Ahmed")
    page._click("css selector", "button[data-act='registration.approve']")
    page.shows("Approved. The news is on its way to Noor Ahmed.")
    page.shows("Nothing waits here now.")
    page.back_to_chat()
    page.sees("✅ Approved by")  # her card in the chat, edited as if pressed there
    page.send("/audit")
    page.sees("approved a registration (in the console)")
    page.be(NEWCOMER)
    page.sees("Your registration is approved")

    # Launch data that Telegram did not sign: refused, whoever it claims to be.
    base = sandbox.rstrip("/") + "/console/"
    browser.get(base + "#tgWebAppData=user%3D%257B%2522id%2522%253A100001%257D%26hash%3D00")  # type: ignore[attr-defined]
    page.shows("The console could not confirm who opened it")


def test_a_demoted_organizer_and_an_old_session_are_refused(
    tmp_path: Path,
    browser: object,  # noqa: F811
) -> None:
    # Sessions end after 3 s without a request; launch data is good for 12 s.
    process, url = start_sandbox(
        tmp_path, CONSOLE_IDLE_MINUTES="0.05", WEBAPP_MAX_AGE_HOURS="0.0034"
    )
    try:
        page = Console(browser, url)
        page.open()
        page.be(ORGANIZER)
        page.send("/start")
        page.open_console("📊 لوحة التحكم")
        page.shows("بانتظار قرارك")
        page.go("queues")  # within the idle time: the same session
        page.shows("تسجيلات بانتظار الموافقة")
        time.sleep(13)  # the session and the launch data are both too old now
        page.go("today")
        page.shows("تعذّر على لوحة التحكم التحقق من هوية من فتحها")
        page.back_to_chat()

        # Opened again (fresh launch data), then demoted from the chat in another window.
        page.open_console("📊 لوحة التحكم")
        page.shows("بانتظار قرارك")
        console_window = browser.current_window_handle  # type: ignore[attr-defined]
        browser.switch_to.new_window("tab")  # type: ignore[attr-defined]
        admin = Page(browser, url)
        admin.open()
        admin.be(ADMIN)
        admin.send("/roles")
        admin.send("Huda")
        admin.press("Huda · Women Empowerment Organization (WEO)")
        admin.press("Make member (revoke role)")
        admin.sees("is now: member")
        browser.switch_to.window(console_window)  # type: ignore[attr-defined]
        browser.switch_to.frame(browser.find_element("id", "app-frame"))  # type: ignore[attr-defined]
        page.go("queues")
        page.shows("لوحة التحكم مخصّصة للمنظِّمين والمشرفين.")
    finally:
        stop_sandbox(process)
