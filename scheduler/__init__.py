"""The metronome and its sweeps. APScheduler only ticks: every due time lives in the database."""
