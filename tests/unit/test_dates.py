"""Days as people in Iraq type them: day first with slashes, dots or dashes, two-digit years,
Eastern digits, or year first as the examples show."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from storage.services.dates import find_days, parse_day, parse_day_time, parse_time


@pytest.mark.parametrize(
    "typed",
    [
        "2026-12-20", "20/12/2026", "20.12.2026", "20-12-2026", "20/12/26", "٢٠/١٢/٢٠٢٦",
        "۲۰.۱۲.۲۶", " 20 / 12 / 2026 ".replace(" ", ""), "\u200f20/12/2026", "2026/12/20",
    ],
)  # fmt: skip
def test_one_day_typed_many_ways(typed: str) -> None:
    assert parse_day(typed) == date(2026, 12, 20)


@pytest.mark.parametrize("typed", ["31/02/2026", "12/2026", "tomorrow", "20/12", "2026-13-01", ""])
def test_what_is_not_a_day_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_day(typed)


def test_a_day_and_a_time() -> None:
    assert parse_day_time("20/12/2026 09:30") == datetime(2026, 12, 20, 9, 30)
    assert parse_day_time("٢٠٢٦-١٢-٢٠ ٩:٣٠") == datetime(2026, 12, 20, 9, 30)
    with pytest.raises(ValueError):
        parse_day_time("20/12/2026")


def test_the_days_of_a_period() -> None:
    assert find_days("1/10/2026 31/12/2026") == [date(2026, 10, 1), date(2026, 12, 31)]
    assert find_days("2026-10-01 2026-12-31") == [date(2026, 10, 1), date(2026, 12, 31)]


@pytest.mark.parametrize("typed", ["10:30", "١٠:٣٠", "۱۰.۳۰", " 10:30 ", "\u206610:30\u2069"])
def test_a_time_alone(typed: str) -> None:
    assert parse_time(typed) == time(10, 30)


@pytest.mark.parametrize("typed", ["25:00", "10:75", "10", "10:30 pm", "20/12/2026 10:30", ""])
def test_what_is_not_a_time_alone_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_time(typed)


def test_a_picker_button_names_a_day_or_a_day_and_an_hour() -> None:
    from bot.callbacks import DayCb
    from handlers.common.day_picker import picked_day, picked_moment

    assert picked_day(DayCb(step="x", day="20261220")) == date(2026, 12, 20)
    assert picked_moment(DayCb(step="x", day="20261220")) is None
    assert picked_moment(DayCb(step="x", day="202612201030")) == datetime(2026, 12, 20, 10, 30)
    assert picked_day(DayCb(step="x", day="202612201030")) is None
    for forged in ("20261232", "2026122", "x", "", "202612202460"):
        assert picked_day(DayCb(step="x", day=forged)) is None
        assert picked_moment(DayCb(step="x", day=forged)) is None
