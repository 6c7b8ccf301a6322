"""A wall clock stepped back (an NTP correction) must not stop the sweeps: APScheduler computes
each next run from the wall clock, so without the watchdog every sweep waits out the step."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime

import apscheduler.executors.base as executor_base
import apscheduler.schedulers.base as scheduler_base
import apscheduler.triggers.base as trigger_base
import apscheduler.triggers.interval as interval_trigger
import pytest

from scheduler.metronome import Metronome


class SteppedClock:
    """The wall clock as APScheduler and the watchdog read it, with a step applied."""

    def __init__(self) -> None:
        self.step = 0.0

    def time(self) -> float:
        return time.time() + self.step

    def datetime_class(self) -> type[datetime]:
        clock = self

        class Stepped(datetime):
            @classmethod
            def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
                return datetime.fromtimestamp(clock.time(), tz)

        return Stepped


@pytest.mark.parametrize("watchdog", [True, False], ids=["with watchdog", "without"])
async def test_sweeps_keep_ticking_when_the_clock_is_stepped_back(
    monkeypatch: pytest.MonkeyPatch, watchdog: bool
) -> None:
    clock = SteppedClock()
    stepped = clock.datetime_class()
    for module in (scheduler_base, executor_base, trigger_base, interval_trigger):
        if hasattr(module, "datetime"):
            monkeypatch.setattr(module, "datetime", stepped)
    metronome = Metronome(wall=clock.time)
    if not watchdog:
        monkeypatch.setattr(metronome, "check_clock", lambda: False)
    runs: list[float] = []

    async def sweep() -> None:
        runs.append(time.monotonic())

    metronome.every(0.2, "reminders", sweep)
    metronome.start()
    try:
        await asyncio.sleep(0.7)
        assert len(runs) >= 2  # ticking
        clock.step = -3600.0  # the wall clock goes back an hour
        stepped_at = time.monotonic()
        await asyncio.sleep(2.5)
    finally:
        await metronome.shutdown()
    after = [t for t in runs if t > stepped_at]
    if watchdog:
        assert metronome.clock_steps == 1, metronome.clock_steps
        assert len(after) >= 5, [j.next_run_time for j in metronome.scheduler.get_jobs()]
    else:  # what the watchdog prevents: no sweep for the size of the step
        assert len(after) <= 1


async def test_a_sweep_running_at_the_stop_finishes_and_is_not_cancelled() -> None:
    """SIGTERM while a sweep writes: the sweep ends its work. APScheduler's asyncio executor
    cancels the jobs still running when it shuts down, so the metronome waits for them first
    (the poll sweep was cut off with CancelledError under load)."""
    started, release = asyncio.Event(), asyncio.Event()
    outcome: list[str] = []

    async def sweep() -> int:
        started.set()
        try:
            await release.wait()
        except asyncio.CancelledError:
            outcome.append("cancelled")
            raise
        outcome.append("finished")
        return 1

    metronome = Metronome()
    metronome.every(0.05, "slow", sweep)
    metronome.start()
    await asyncio.wait_for(started.wait(), 10)
    stopping = asyncio.create_task(metronome.shutdown(wait_s=10))
    await asyncio.sleep(0.1)  # the stop has begun; the sweep is still at work
    assert outcome == [] and not stopping.done()
    release.set()
    await asyncio.wait_for(stopping, 10)
    assert outcome == ["finished"]
