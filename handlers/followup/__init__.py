"""Follow-up of recommendations, commitments and action points: members read and follow items
(`browse`), owners and organizers report their status (`report`), representatives state
commitments (`commit`), organizers track and edit items (`manage`), record a meeting's action
points (`points`) and read the tracker (`tracker`). `router()` puts them together."""

from __future__ import annotations

from aiogram import Router

from handlers.followup import browse, commit, manage, points, report, tracker


def router() -> Router:
    root = Router(name="followup")
    root.include_routers(
        manage.router(),
        points.router(),
        tracker.router(),
        report.router(),
        commit.router(),
        browse.router(),
    )
    return root
