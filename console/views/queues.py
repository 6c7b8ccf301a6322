"""Queues: what waits for a decision, worked through one card after another. Registrations are
decided here (Approve, or Reject with the reason the person reads); the other kinds show how many
wait and the chat command that opens them."""

from __future__ import annotations

from collections.abc import Mapping

from console.screen import Screen, esc, view_link
from notices.registrations import context_for
from notices.review import card_text
from storage.services.people import REASON_MAX, PeopleService
from storage.services.review_queue import KINDS, ReviewQueues

PAGE = 20
# The chat command that opens each kind the console does not decide yet.
IN_CHAT = {
    "updates": "/queue",
    "opportunities": "/opportunities",
    "commitments": "/tracker",
    "translations": "/translations",
}


async def render(
    screen: Screen, queues: ReviewQueues, people: PeopleService, query: Mapping[str, str]
) -> str:
    waiting = await queues.waiting(screen.actor)  # organizers only
    kind = query.get("kind", "registrations")
    if kind not in KINDS:
        kind = "registrations"
    tabs = []
    for name in KINDS:
        label = screen.t(f"home-review-{name}", count=waiting.of(name))
        link = view_link(label, "queues", f"kind={name}")
        tabs.append(f'<li class="{"on" if name == kind else ""}">{link}</li>')
    head = f'<nav class="tabs" dir="{screen.dir}"><ul>{"".join(tabs)}</ul></nav>'
    if kind != "registrations":
        body = f"<p>{screen.t('console-queue-in-chat', command=IN_CHAT[kind])}</p>"
        return head + screen.section(screen.t(f"home-review-{kind}", count=waiting.of(kind)), body)
    return head + await registrations(screen, people)


async def registrations(screen: Screen, people: PeopleService) -> str:
    waiting, _ = await people.pending(limit=PAGE)
    if not waiting:
        body = f"<p>{screen.t('console-queue-empty')}</p>"
        return screen.section(screen.t("console-queue-registrations"), body)
    i18n = context_for(screen.core, screen.locale)
    cards = []
    for person in waiting:
        text = card_text(i18n, person, screen.taxonomy)
        cards.append(
            f'<article class="card" data-person="{person.id}">'
            f'<div class="text">{text}</div>'
            '<div class="actions">'
            f'<button type="button" class="ok" data-act="registration.approve" '
            f'data-id="{person.id}">{screen.t("btn-approve")}</button>'
            f'<form class="reject" data-act="registration.reject" data-id="{person.id}">'
            f"<label>{screen.t('console-reject-reason')}"
            f'<textarea name="reason" rows="2" maxlength="{REASON_MAX}" dir="auto"></textarea>'
            "</label>"
            f'<button type="submit" class="no">{screen.t("btn-reject")}</button>'
            "</form></div></article>"
        )
    return screen.section(
        screen.t("console-queue-registrations"), "".join(cards), data_block=esc("registrations")
    )
