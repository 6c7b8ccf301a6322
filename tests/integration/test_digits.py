"""Arabic-Indic (٠١٢) and Persian/Kurdish (۰۱۲) digits, which Arabic and Kurdish keyboards
type, are read wherever the bot asks for a date, a time or a number."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from bot.config import Settings
from handlers.common.dialogs import parse_local_time
from storage.services.activities import parse_dates
from storage.services.meetings import validate_capacity
from storage.services.newsletters import parse_period
from storage.services.text import ascii_digits
from tests.harness import FakeUser

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
