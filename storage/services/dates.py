"""Days and times as people type them in Iraq: day first ("20/12/2026", "20.12.26",
"٢٠-١٢-٢٠٢٦"), or year first as the examples show ("2026-12-20"); Western, Arabic or Persian
digits; a two-digit year is this century's. One parser for every dialog that asks for a date."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from storage.services.text import ascii_digits

_SEPARATOR = r"[-/.\u2010-\u2015]"  # dashes, slashes, dots (and the dashes a phone types)
_DAY = re.compile(
    rf"(?P<y1>\d{{4}}){_SEPARATOR}(?P<m1>\d{{1,2}}){_SEPARATOR}(?P<d1>\d{{1,2}})"
    rf"|(?P<d2>\d{{1,2}}){_SEPARATOR}(?P<m2>\d{{1,2}}){_SEPARATOR}(?P<y2>\d{{4}}|\d{{2}})"
)
# A day as typed, for a caller's own larger pattern (the cut's line): parse it with parse_day.
DAY_PATTERN = (
    rf"\d{{4}}{_SEPARATOR}\d{{1,2}}{_SEPARATOR}\d{{1,2}}"
    rf"|\d{{1,2}}{_SEPARATOR}\d{{1,2}}{_SEPARATOR}(?:\d{{4}}|\d{{2}})"
)
_TIME = re.compile(r"(?P<h>\d{1,2})[:.](?P<min>\d{2})")
# Bidi marks a pasted date from an Arabic chat may carry.
_MARKS = re.compile("[\u200e\u200f\u061c\u2066-\u2069\u202a-\u202e]")


def _clean(text: str) -> str:
    return " ".join(_MARKS.sub("", ascii_digits(text)).split())


def _day(found: re.Match[str]) -> date:
    if found["y1"]:
        year, month, day = int(found["y1"]), int(found["m1"]), int(found["d1"])
    else:
        year, month, day = int(found["y2"]), int(found["m2"]), int(found["d2"])
        if year < 100:
            year += 2000
    return date(year, month, day)  # ValueError for 31/02 and the like


def parse_day(text: str) -> date:
    """One day; ValueError when the text is not one (or names no real day)."""
    found = _DAY.fullmatch(_clean(text))
    if found is None:
        raise ValueError(text)
    return _day(found)


def parse_time(text: str) -> time:
    """A time of day alone ("10:30", "١٠:٣٠", "9.30"); ValueError otherwise."""
    found = _TIME.fullmatch(_clean(text))
    if found is None:
        raise ValueError(text)
    return time(int(found["h"]), int(found["min"]))


def parse_day_time(text: str) -> datetime:
    """A day and a time of day ("20/12/2026 10:00"), naive; ValueError otherwise."""
    parts = _clean(text).split(" ")
    if len(parts) != 2:
        raise ValueError(text)
    return datetime.combine(parse_day(parts[0]), parse_time(parts[1]))


def find_days(text: str) -> list[date]:
    """Every day written in a text, in order ("1/3/2026 to 15/3/2026"); ValueError for a
    written day that does not exist."""
    return [_day(found) for found in _DAY.finditer(_clean(text))]
