"""Arabic-Indic (٠١٢) and Persian/Kurdish (۰۱۲) digits, which Arabic and Kurdish keyboards
type, are read wherever the bot asks for a date, a time or a number."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.config import Settings
from handlers.common.dialogs import parse_local_time
from storage.database import Database
from storage.services.activities import parse_dates
from storage.services.meetings import validate_capacity
from storage.services.newsletters import parse_period
from storage.services.text import ascii_digits
from tests.flows import add_member
from tests.harness import FakeUser, Harness

BAGHDAD = ZoneInfo("Asia/Baghdad")


@pytest.mark.parametrize("typed", ["٢٠٢٦-٠١-٠١ ٢٠٢٦-٠٣-٣١", "۲۰۲۶-۰۱-۰۱ ۲۰۲۶-۰۳-۳۱"])
def test_periods_dates_and_numbers_in_eastern_digits(typed: str) -> None:
    period = parse_period(typed, BAGHDAD)
    assert period == parse_period("2026-01-01 2026-03-31", BAGHDAD)
    assert parse_dates(typed) == (date(2026, 1, 1), date(2026, 3, 31))
    assert ascii_digits(typed).startswith("2026-01-01")
    assert validate_capacity("٣٠") == 30 and validate_capacity("۴۵") == 45


def test_a_time_typed_in_persian_digits(settings: Settings) -> None:
    typed = "۲۰۴۰-۰۱-۰۵ ۰۹:۳۰"
    assert parse_local_time(typed, settings) == parse_local_time("2040-01-05 09:30", settings)


async def test_stats_for_a_period_typed_in_arabic_digits(admin: FakeUser) -> None:
    await admin.send("/stats ٢٠٢٦-٠١-٠١ ٢٠٢٦-٠٣-٣١")
    summary = next(t for t in admin.texts() if t.startswith("Meetings, "))
    assert "2026-01-01" in summary and "2026-03-31" in summary


async def test_a_day_first_date_is_read_in_the_dialogs(
    harness: Harness, admin: FakeUser, settings: Settings, db: Database
) -> None:
    """ "20/12/2026", as people in Iraq write dates, where the bot asks for a day or a time."""
    assert parse_local_time("٢٠/١٢/٢٠٤٠ ٠٩:٣٠", settings) == parse_local_time(
        "2040-12-20 09:30", settings
    )
    assert parse_dates("1/3/2026 15.3.26") == (date(2026, 3, 1), date(2026, 3, 15))
    await admin.send("/stats 1/1/2026 31/3/2026")
    summary = next(t for t in admin.texts() if t.startswith("Meetings, "))
    assert "2026-01-01" in summary and "2026-03-31" in summary
    # The round's deadline, typed day first.
    await add_member(db, 7_950_001, name="Rana")
    await admin.send("/round")
    await admin.press(admin.last.buttons()[0][0])
    await admin.press("Next ▶")
    day = (datetime.now(settings.tz) + timedelta(days=20)).date()
    await admin.send(f"{day.day}/{day.month}/{day.year % 100}")
    assert admin.last.text.startswith("Guiding questions (optional)")
