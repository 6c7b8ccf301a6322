"""Quiet, useful logs: no scheduler chatter per tick, one line per sweep that did something,
JSON lines for a collector."""

from __future__ import annotations

import json
import logging

import pytest

from bot.logs import CURRENT_UPDATE, JsonFormatter, setup_logging
from scheduler.metronome import Metronome, describe


def test_json_lines_carry_time_level_logger_message_and_update() -> None:
    record = logging.LogRecord("tansiq", logging.INFO, __file__, 1, "sent %d", (3,), None)
    token = CURRENT_UPDATE.set(41)
    try:
        line = json.loads(JsonFormatter().format(record))
    finally:
        CURRENT_UPDATE.reset(token)
    assert line["level"] == "INFO" and line["logger"] == "tansiq"
    assert line["message"] == "sent 3" and line["update_id"] == 41 and "T" in line["time"]


def test_the_scheduler_library_is_kept_at_warning() -> None:
    setup_logging("INFO", "text", ())
    assert logging.getLogger("apscheduler").getEffectiveLevel() == logging.WARNING


async def test_a_sweep_logs_a_line_only_when_it_did_something(
    caplog: pytest.LogCaptureFixture,
) -> None:
    metronome = Metronome()
    results = iter([{"sent": 0, "reminded": 0}, {"sent": 2, "reminded": 0}, None, 0])

    async def sweep() -> object:
        return next(results)

    metronome.every(3600, "polls", sweep)
    tick = metronome.scheduler.get_job("polls").func
    with caplog.at_level(logging.INFO, logger="scheduler.metronome"):
        for _ in range(4):
            await tick()
    assert [r.getMessage() for r in caplog.records] == ["sweep polls: sent=2"]
    assert describe(5) == "5" and describe(0) == "" and describe({"a": 0}) == ""
