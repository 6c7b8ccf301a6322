"""The sandbox page in headless Chromium (Debian's chromium and chromedriver): load the demo data,
register a newcomer, approve them as the admin, answer the meeting invitation, open a chart.

`make test` installs the browser where it is missing; set TANSIQ_SKIP_BROWSER=1 to leave this
test out on a machine that cannot have one."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import process_env

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
CONFIG_NAMES = ("BOT_TOKEN", "DATABASE_URL", "TELEGRAM_API_URL", "ADMIN_IDS", "REDIS_URL")
WAIT = 60  # the demo's 400 invitations go out at Telegram's pace first

pytestmark = pytest.mark.skipif(
    os.environ.get("TANSIQ_SKIP_BROWSER") == "1", reason="TANSIQ_SKIP_BROWSER=1"
)


def start_sandbox(tmp_path: Path, **settings: str) -> tuple[subprocess.Popen[str], str]:
    """`python -m bot run` with no token, and the chat page's address it prints."""
    environment = process_env(tmp_path, CONFIG_NAMES)
    # FLOOD_BURST: selenium clicks at machine speed.
    environment.update({"SANDBOX_PORT": "0", "FLOOD_BURST": "1000", **settings})
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if "open http://127.0.0.1:" not in line:
        stop_sandbox(process)
        raise AssertionError(line)
    return process, line.split("open ", 1)[1].split()[0]


def stop_sandbox(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture
def sandbox_url(tmp_path: Path) -> Iterator[str]:
    process, url = start_sandbox(tmp_path)
    try:
        yield url
    finally:
        stop_sandbox(process)


@pytest.fixture
def browser() -> Iterator[object]:
    assert CHROMIUM and CHROMEDRIVER, (
        "Debian's chromium and chromium-driver are needed (make test installs them), "
        "or set TANSIQ_SKIP_BROWSER=1"
    )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


class Page:
    def __init__(self, driver: object, url: str) -> None:
        from selenium.common.exceptions import StaleElementReferenceException
        from selenium.webdriver.support.ui import WebDriverWait

        self.driver = driver
        self.url = url
        # The page redraws a chat when it changes: an element may go stale under a look-up.
        self.wait = WebDriverWait(
            driver, WAIT, poll_frequency=0.2, ignored_exceptions=(StaleElementReferenceException,)
        )

    def open(self) -> None:
        self.driver.get(self.url)  # type: ignore[attr-defined]
        self.wait.until(lambda d: d.find_elements("css selector", ".user"))

    def be(self, user_id: int) -> None:
        self._click("css selector", f'.user[data-user="{user_id}"]')
        self.wait.until(
            lambda d: d.find_elements("css selector", f'.user.active[data-user="{user_id}"]')
        )

    def _click(self, by: str, locator: str) -> None:
        """Click the last element found, once it is there; again if the page redrew it."""

        def click(driver: object) -> bool:
            found = driver.find_elements(by, locator)  # type: ignore[attr-defined]
            if not found:
                return False
            try:
                found[-1].click()
            except Exception:  # redrawn under the cursor: look it up again
                return False
            return True

        self.wait.until(click)

    def send(self, text: str) -> None:
        box = self.driver.find_element("id", "text")  # type: ignore[attr-defined]
        box.send_keys(text)
        self.driver.find_element("id", "send").click()  # type: ignore[attr-defined]

    def sees(self, text: str) -> None:
        self.wait.until(
            lambda d: any(text in b.text for b in d.find_elements("css selector", "#chat .bubble"))
        )

    def press(self, label: str) -> None:
        """The last button with this label, once it is there (and the chat has settled)."""
        self._click("xpath", f"//div[@id='chat']//button[normalize-space(.)='{label}']")


def registration_to_its_title(page: Page) -> None:
    """Noor, a newcomer, registers through the page up to the last step (her title)."""
    page.be(100_006)
    page.send("/start")
    page.press("English")
    page.press("✅ I agree")
    page.sees("Step 1 of 5.")
    page.send("Noor Ahmed")
    page.sees("Step 2 of 5.")
    page.send("UN Women")
    page.press("UN Women")
    page.press("▫️ Baghdad")
    page.press("Done ▶")
    page.press("▫️ Protection")
    page.press("Done ▶")
    page.sees("Step 5 of 5.")


def test_register_approve_answer_and_open_a_chart(sandbox_url: str, browser: object) -> None:
    page = Page(browser, sandbox_url)
    page.open()
    browser.find_element("id", "demo").click()  # type: ignore[attr-defined]
    page.wait.until(lambda d: "demo data loaded" in d.find_element("id", "demo-result").text)

    registration_to_its_title(page)
    # The message box takes several lines: Shift+Enter is a new line, Enter sends.
    from selenium.webdriver.common.keys import Keys

    box = browser.find_element("id", "text")  # type: ignore[attr-defined]
    box.send_keys("Gender", Keys.SHIFT, Keys.ENTER, Keys.SHIFT, "officer")
    assert box.get_attribute("value") == "Gender\nofficer"
    box.clear()
    box.send_keys("Gender officer", Keys.ENTER)
    page.press("✅ Submit")
    page.sees("Your registration was sent to the organizers")

    page.be(100_001)  # Zainab, the admin: her "to review" message, then the card
    page.press("👤 Review registrations")
    page.press("✅ Approve")
    page.sees("Noor Ahmed")

    page.be(100_006)  # approved, and invited to the meeting still open for answers
    page.sees("Eleventh national coordination meeting")
    page.press("✅ Yes")
    # The answer comes back as an alert over the chat, as in Telegram.
    page.wait.until(lambda d: "Thank you: you are coming." in d.find_element("id", "toast").text)

    page.be(100_001)
    page.send("/stats")
    page.wait.until(lambda d: d.find_elements("css selector", "#chat .bubble img"))
    image = browser.find_elements("css selector", "#chat .bubble img")[-1]  # type: ignore[attr-defined]
    page.wait.until(lambda d: d.execute_script("return arguments[0].naturalWidth", image) > 0)
    source = image.get_attribute("src")
    with urllib.request.urlopen(source, timeout=10) as response:  # the chart opens on its own
        assert response.headers["Content-Type"] == "image/png"
        assert response.read(8) == b"\x89PNG\r\n\x1a\n"
