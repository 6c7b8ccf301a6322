"""APScheduler as a metronome: in-memory jobs that call sweeps; the sweeps read due times from
the database, so a restart loses nothing and two processes do not need a shared job store.

APScheduler waits on the loop's monotonic clock but computes each next run from the wall clock:
a clock stepped back an hour (an NTP correction) would stop every sweep for that hour. A
watchdog compares the wall clock with the monotonic one every second; when they drift apart it
puts every job back on its interval from now, so the sweeps tick on monotonic time."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import UTC

from apscheduler.schedulers.asyncio import AsyncIOScheduler

log = logging.getLogger(__name__)

Sweep = Callable[[], Awaitable[object]]


def describe(done: object) -> str:
    """What a sweep did, as counts (never people's data); empty when it did nothing."""
    if hasattr(done, "__dataclass_fields__"):
        done = {k: getattr(done, k) for k in done.__dataclass_fields__}  # type: ignore[attr-defined]
    if isinstance(done, dict):
        return ", ".join(f"{k}={v}" for k, v in done.items() if v)
    if isinstance(done, bool) or not done:
        return ""
    return str(done)


Heartbeat = Callable[[str], Awaitable[None]]

# A step of the wall clock larger than this (against the monotonic one) reschedules the jobs.
CLOCK_STEP_S = 5.0
WATCH_EVERY_S = 1.0


class Metronome:
    def __init__(
        self,
        heartbeat: Heartbeat | None = None,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        """heartbeat(name): told after each run of a sweep (readiness checks read it)."""
        self.heartbeat = heartbeat
        self.scheduler = AsyncIOScheduler(timezone=UTC)
        self.sweeps: dict[str, Sweep] = {}
        self.intervals: dict[str, float] = {}
        self._running: set[asyncio.Task[object]] = set()
        self._stopping = False
        self._wall, self._monotonic = wall, monotonic
        self._offset = wall() - monotonic()
        self._watchdog: asyncio.Task[None] | None = None
        self.clock_steps = 0

    def every(self, seconds: float, name: str, sweep: Sweep) -> None:
        self.sweeps[name] = sweep
        self.intervals[name] = seconds

        async def tick() -> None:
            if self._stopping:  # submitted just before the stop: nothing starts after it
                return
            task = asyncio.current_task()
            if task is not None:  # awaited at shutdown: a sweep is never cut off mid-write
                self._running.add(task)
                task.add_done_callback(self._running.discard)
            try:
                done = await sweep()
            except Exception:  # a failing sweep must not stop the others, nor the next tick
                log.exception("sweep %s failed", name)
                return
            if self.heartbeat is not None:
                try:
                    await self.heartbeat(name)
                except Exception:
                    log.exception("could not record that sweep %s ran", name)
            counts = describe(done)
            if counts:  # one line when a sweep did something; nothing on an idle tick
                log.info("sweep %s: %s", name, counts)

        self.scheduler.add_job(
            tick, "interval", seconds=seconds, id=name, max_instances=1, coalesce=True
        )

    async def run_all(self) -> None:
        """Run every sweep once now (start-up, tests)."""
        for name, sweep in self.sweeps.items():
            try:
                await sweep()
            except Exception:
                log.exception("sweep %s failed", name)

    def start(self) -> None:
        self._stopping = False
        self._offset = self._wall() - self._monotonic()
        self.scheduler.start()
        self._watchdog = asyncio.get_running_loop().create_task(self._watch())

    def check_clock(self) -> bool:
        """True if the wall clock was stepped since the last look: every job then runs on its
        interval from now (a fresh trigger: the old one would wait for its start in the wall
        clock's past or future)."""
        offset = self._wall() - self._monotonic()
        step = offset - self._offset
        if abs(step) < CLOCK_STEP_S:
            return False
        self._offset = offset
        self.clock_steps += 1
        log.warning("the wall clock moved by %+.0f s: the sweeps keep their intervals", step)
        if self.scheduler.running:
            for name, seconds in self.intervals.items():
                self.scheduler.reschedule_job(name, trigger="interval", seconds=seconds)
            self.scheduler.wakeup()
        return True

    async def _watch(self) -> None:
        while not self._stopping:
            await asyncio.sleep(WATCH_EVERY_S)  # the loop's clock: monotonic
            try:
                self.check_clock()
            except Exception:  # the watchdog must outlive anything it meets
                log.exception("the clock watchdog failed")

    async def shutdown(self, wait_s: float = 10.0) -> None:
        """No new ticks; the sweeps running now finish (bounded)."""
        self._stopping = True
        if self._watchdog is not None:
            self._watchdog.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watchdog
        if self.scheduler.running:
            self.scheduler.pause()  # no new ticks; the running ones go on
        running = [task for task in self._running if not task.done()]
        if running:
            _, left = await asyncio.wait(running, timeout=wait_s)
            if left:
                log.warning("stopping: %d sweeps still running after %.0f s", len(left), wait_s)
        # Only now: APScheduler's asyncio executor cancels the jobs still running when it shuts
        # down, which cut a poll sweep off mid-write on SIGTERM.
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
