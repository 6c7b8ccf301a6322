"""Run the update, broadcast, report, console and decision benches and say how far each figure
moved from the one recorded in bench/reference.toml: a slowdown shows the day it happens, not a
quarter later.

    python bench/compare.py [--only updates,broadcast,report] [--record] [--strict]

Each bench runs in its own process, as `make bench` runs it; its last line of `key=value`
figures is read and set beside the reference. A figure is marked when it moved more than
TOLERANCE the wrong way (a rate down, seconds or memory up). The reference changes only on
purpose: `--record` writes this run's figures there (commit them, as constraints.txt is), after
a change that was meant to move them. `--strict` exits 1 when a figure is marked.

The figures are this machine's: on another one, record a reference of its own first."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tomllib
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "bench" / "reference.toml"
TOLERANCE = 0.10  # runs on a shared 2-core machine move by about this much from one to the next
# Each bench: its command, and the figures of its last line that are kept (None: kept as is).
BENCHES: dict[str, tuple[list[str], tuple[str, ...]]] = {
    "updates": (["bench/updates.py"], ("updates_per_s", "echo_per_s", "ratio", "peak_rss_mb")),
    "broadcast": (
        # The paid ceiling (1,000 messages a second) alone: the free one takes six minutes.
        ["bench/broadcast.py", "--only-lifted", "--capacity", "0"],
        ("rate", "violations", "lost", "duplicated", "peak_rss_mb"),
    ),
    "report": (["bench/report.py"], ("seconds",)),
    "console": (["bench/console.py"], ("max_view_ms", "max_paint_ms", "max_shown_ms", "page_kb")),
    # 10,000 people at the free ceiling: about seven minutes.
    "decisions": (
        ["bench/decisions.py"],
        ("create_s", "close_s", "announce_s", "send_rate", "command_p99_ms"),
    ),
}
# Figures where less is better; for the others (rates, the ratio) more is better.
LOWER_IS_BETTER = (
    "seconds", "peak_rss_mb", "violations", "lost", "duplicated", "max_view_ms", "max_paint_ms",
    "max_shown_ms", "page_kb", "create_s", "close_s", "announce_s", "command_p99_ms",
)  # fmt: skip


def figures_of(output: str) -> dict[str, float]:
    """The last line made of key=value pairs."""
    for line in reversed(output.strip().splitlines()):
        pairs = [part.split("=", 1) for part in line.split()]
        if pairs and all(len(pair) == 2 for pair in pairs):
            try:
                return {key: float(value) for key, value in pairs}
            except ValueError:
                continue
    raise ValueError("no line of key=value figures in the bench's output")


def run(name: str) -> dict[str, float]:
    command, kept = BENCHES[name]
    print(f"== {name}: {' '.join(command)}", flush=True)
    done = subprocess.run(
        [sys.executable, *command], cwd=ROOT, capture_output=True, text=True, check=False
    )
    print(done.stdout.rstrip())
    if done.returncode != 0:
        print(done.stderr.rstrip(), file=sys.stderr)
        raise SystemExit(f"{name}: the bench failed (exit {done.returncode})")
    figures = figures_of(done.stdout)
    if name == "updates":  # the process's peak memory is printed on a line of its own
        for line in done.stdout.splitlines():
            if line.startswith("peak RSS of the process:"):
                figures["peak_rss_mb"] = float(line.split(":")[1].split()[0])
    return {key: figures[key] for key in kept if key in figures}


def moved(key: str, now: float, then: float) -> tuple[str, bool]:
    """How far a figure moved, and whether that is a slowdown beyond the tolerance."""
    if then == 0:
        worse = now > 0 if key in LOWER_IS_BETTER else False
        return (f"{then:g} → {now:g}", worse)
    change = (now - then) / then
    worse = change > TOLERANCE if key in LOWER_IS_BETTER else change < -TOLERANCE
    return (f"{then:g} → {now:g} ({change:+.1%})", worse)


def write_reference(results: dict[str, dict[str, float]], machine: str) -> None:
    lines = [
        "# What the benches gave when recorded on purpose (python bench/compare.py --record);",
        "# `make bench` compares a new run with these. Figures of the machine named below.",
        "",
        "[machine]",
        f'description = "{machine}"',
        f'recorded = "{date.today().isoformat()}"',
    ]
    for name, figures in results.items():
        lines += ["", f"[{name}]  # {' '.join(BENCHES[name][0])}"]
        lines += [f"{key} = {value:g}" for key, value in figures.items()]
    REFERENCE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(BENCHES), help="benches to run, by name")
    parser.add_argument("--record", action="store_true", help="write this run as the reference")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a figure is marked")
    parser.add_argument("--machine", default="", help="with --record: the machine, in words")
    args = parser.parse_args()
    names = [name for name in args.only.split(",") if name]
    unknown = set(names) - set(BENCHES)
    if unknown:
        parser.error(f"unknown bench: {', '.join(sorted(unknown))}")
    reference = tomllib.loads(REFERENCE.read_text(encoding="utf-8")) if REFERENCE.exists() else {}
    results = {name: run(name) for name in names}

    print(f"\n== against {REFERENCE.relative_to(ROOT)}", end="")
    recorded = reference.get("machine", {})
    print(f" (recorded {recorded.get('recorded', '?')}, {recorded.get('description', '?')})")
    marked = []
    for name, figures in results.items():
        for key, now in figures.items():
            then = reference.get(name, {}).get(key)
            if then is None:
                print(f"   {name}.{key}: {now:g} (no reference)")
                continue
            text, worse = moved(key, now, float(then))
            print(f"   {name}.{key}: {text}{'   <-- slower' if worse else ''}")
            if worse:
                marked.append(f"{name}.{key}")
    if marked:
        print(f"moved the wrong way by more than {TOLERANCE:.0%}: {', '.join(marked)}")
    else:
        print(f"every figure within {TOLERANCE:.0%} of its reference, or better")
    if args.record:
        kept = {**{k: v for k, v in reference.items() if k != "machine"}, **results}
        write_reference(kept, args.machine or recorded.get("description", "this machine"))
        print(f"recorded as the new reference: {REFERENCE.relative_to(ROOT)}")
    return 1 if marked and args.strict else 0


if __name__ == "__main__":
    raise SystemExit(main())
