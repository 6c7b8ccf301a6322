"""One aiogram Router per feature; `build_root_router` fixes their order.

Order matters: open commands first, then role-guarded features (their parent routers carry
the role filters), then the registration dialog, and the fallback that answers everything else.
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.enums import ChatType

from handlers import (
    activities,
    agenda,
    announce,
    audit,
    delivery,
    errors,
    fallback,
    forget,
    meetings,
    membership,
    newsletter,
    polls,
    profile,
    registration,
    reports,
    review,
    roles,
    start,
    updates,
)
from handlers.common import audience as audience_menu

FEATURE_ROUTERS: tuple[Router, ...] = (
    errors.router,
    membership.router,
    start.router,
    forget.router,
    review.router,
    roles.router,
    audit.router,
    audience_menu.router,
    announce.router,
    delivery.router,
    newsletter.router,
    meetings.router,
    agenda.router,
    polls.router,
    updates.router,
    activities.router,
    reports.router,
    profile.router,
    registration.router,
    fallback.router,
)


def build_root_router() -> Router:
    root = Router(name="root")
    # Tansiq talks to people one to one; group chats are not served (yet).
    root.message.filter(F.chat.type == ChatType.PRIVATE)
    for router in FEATURE_ROUTERS:
        # Module routers are singletons; a second dispatcher in the same process (tests
        # simulating a restart, the benchmark) takes them over from the first.
        previous = router.parent_router
        if previous is not None:
            previous.sub_routers.remove(router)
            router._parent_router = None
        root.include_router(router)
    return root
