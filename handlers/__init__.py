"""One aiogram Router per feature, built by its `router()`; `build_root_router` fixes their order.

Order matters: open commands first, then role-guarded features (their parent routers carry
the role filters), then the registration dialog, and the fallback that answers everything else.
"""

from __future__ import annotations

from collections.abc import Callable

from aiogram import Router

from bot.filters import PrivateChat, filters_in_the_loop
from bot.routing import index_routers
from handlers import (
    activities,
    agenda,
    announce,
    audit,
    cuts,
    decisions,
    delivery,
    directory,
    errors,
    fallback,
    followup,
    forget,
    meetings,
    membership,
    newsletter,
    opportunities,
    polls,
    profile,
    registration,
    reports,
    review,
    roles,
    rounds,
    start,
    subscriptions,
    translations,
    updates,
)
from handlers.common import audience as audience_menu
from handlers.common import day_picker

# Each feature builds its own Router; a new one each call, so a second dispatcher in one
# process (a restart in a test, a benchmark) gets routers of its own.
FEATURES: tuple[Callable[[], Router], ...] = (
    errors.router,
    membership.router,
    start.router,
    forget.router,
    review.router,
    roles.router,
    audit.router,
    audience_menu.router,
    day_picker.router,
    announce.router,
    delivery.router,
    cuts.router,
    rounds.router,
    translations.router,
    newsletter.router,
    subscriptions.router,
    meetings.router,
    agenda.router,
    decisions.router,  # before polls: its poll answers are picked out first
    polls.router,
    updates.router,
    followup.router,
    directory.router,
    opportunities.router,
    activities.router,
    reports.router,
    profile.router,
    registration.router,
    fallback.router,
)


def build_root_router() -> Router:
    root = Router(name="root")
    # Tansiq talks to people one to one; group chats are not served (yet).
    root.message.filter(PrivateChat())
    root.include_routers(*(feature() for feature in FEATURES))
    # Gates read the filters as registered: before filters_in_the_loop wraps some of them.
    return filters_in_the_loop(index_routers(root))
