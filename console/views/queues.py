"""Queues: what waits for a decision, worked through as in the chat. Registrations are listed
(twenty at a time); sector updates, opportunities and commitments come one card at a time, the
oldest first, the next once it is decided. Approve, reject with the reason the author reads in
their language, and for sector updates edit the text or add it in another language.
Proposed translations open in the chat (/translations)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.config import SUPPORTED_LOCALES
from bot.i18n import Html, context_for
from bot.ui import language_in
from console.screen import Screen, esc, field, option, view_link
from notices.opportunities import card_text as opportunity_card
from notices.review import card_text
from notices.updates import describe
from storage.services.followup import FollowupService
from storage.services.opportunities import REASON_MAX as OPPORTUNITY_REASON_MAX
from storage.services.opportunities import OpportunityService
from storage.services.people import REASON_MAX, PeopleService
from storage.services.review_queue import KINDS, ReviewQueues
from storage.services.updates import REASON_MAX as UPDATE_REASON_MAX
from storage.services.updates import TEXT_MAX, UpdateService

PAGE = 20
# The chat command that opens each kind the console does not decide.
IN_CHAT = {"translations": "/translations"}


@dataclass(frozen=True)
class QueueSources:
    queues: ReviewQueues
    people: PeopleService
    updates: UpdateService
    opportunities: OpportunityService
    followup: FollowupService


async def render(screen: Screen, sources: QueueSources, query: Mapping[str, str]) -> str:
    queues, people = sources.queues, sources.people
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
    if kind == "registrations":
        return head + await registrations(screen, people)
    if kind == "updates":
        return head + await sector_update(screen, sources)
    if kind == "opportunities":
        return head + await opportunity(screen, sources)
    if kind == "commitments":
        return head + await commitment(screen, sources)
    body = f"<p>{screen.t('console-queue-in-chat', command=IN_CHAT[kind])}</p>"
    return head + screen.section(screen.t(f"home-review-{kind}", count=waiting.of(kind)), body)


def card(text: str, actions: str, **data: object) -> str:
    attributes = "".join(f' data-{name}="{esc(value)}"' for name, value in data.items())
    return (
        f'<article class="card"{attributes}><div class="text">{text}</div>'
        f'<div class="actions">{actions}</div></article>'
    )


def button(screen: Screen, key: str, action: str, target: int, css: str = "ok") -> str:
    return (
        f'<button type="button" class="{css}" data-act="{action}" data-id="{target}">'
        f"{screen.t(key)}</button>"
    )


def reason_form(screen: Screen, action: str, target: int, reject_key: str, limit: int) -> str:
    return (
        f'<form class="reject" data-act="{action}" data-id="{target}">'
        f"<label>{screen.t('console-reject-reason')}"
        f'<textarea name="reason" rows="2" maxlength="{limit}"></textarea></label>'
        f'<button type="submit" class="no">{screen.t(reject_key)}</button></form>'
    )


def empty(screen: Screen, kind: str) -> str:
    return screen.section(
        screen.t(f"home-review-{kind}", count=0), f"<p>{screen.t('console-queue-empty')}</p>"
    )


async def sector_update(screen: Screen, sources: QueueSources) -> str:
    update, waiting = await sources.updates.queue()
    if update is None:
        return empty(screen, "updates")
    i18n = context_for(screen.core, screen.locale)
    author = await sources.people.get(update.author_id) if update.author_id else None
    organization = author.organization if author else None
    texts = "\n\n".join(
        i18n.get("update-card-text", language=language_in(i18n, screen.taxonomy, code), text=t)
        for code, t in update.texts.items()
    )
    level = screen.taxonomy.actor_type(update.actor_type_id) if update.actor_type_id else None
    text = i18n.get(
        "update-card", id=update.id, waiting=waiting, **describe(i18n, screen.taxonomy, update),
        author=(author.full_name if author and author.full_name else "—"),
        organization=organization.name(screen.locale) if organization else "—",
        level=level.name(screen.locale) if level else "—",
        anonymous="yes" if update.anonymous else "no", link=update.link or "—",
        texts=Html(texts),
    )  # fmt: skip
    languages = "".join(
        option(code, esc(language_in(i18n, screen.taxonomy, code)), code == update.original_locale)
        for code in SUPPORTED_LOCALES
    )
    text_form = (
        f'<form class="reject" data-act="update.text" data-id="{update.id}">'
        + field(screen.t("console-update-language"), "language", languages)
        + f"<label>{screen.t('console-update-text')}"
        f'<textarea name="text" rows="3" maxlength="{TEXT_MAX}"></textarea></label>'
        f'<button type="submit">{screen.t("console-update-save-text")}</button></form>'
    )
    actions = (
        button(screen, "btn-update-approve", "update.approve", update.id)
        + reason_form(screen, "update.reject", update.id, "btn-update-reject", UPDATE_REASON_MAX)
        + text_form
    )
    return screen.section(
        screen.t("home-review-updates", count=waiting), card(text, actions, update=update.id)
    )


async def opportunity(screen: Screen, sources: QueueSources) -> str:
    found, waiting = await sources.opportunities.queue(screen.actor)
    if found is None:
        return empty(screen, "opportunities")
    author = await sources.people.get(found.author_id) if found.author_id else None
    text = screen.t(
        "opportunity-review-card", id=found.id, waiting=waiting,
        author=author.full_name if author and author.full_name else "—",
        organization=found.organization.name(screen.locale) if found.organization else "—",
        status=found.status,
    ) + "\n\n" + opportunity_card(screen.core, screen.locale, found)  # fmt: skip
    actions = button(screen, "btn-opportunity-approve", "opportunity.approve", found.id)
    actions += reason_form(
        screen, "opportunity.reject", found.id, "btn-opportunity-reject", OPPORTUNITY_REASON_MAX
    )
    return screen.section(
        screen.t("home-review-opportunities", count=waiting),
        card(text, actions, opportunity=found.id),
    )


async def commitment(screen: Screen, sources: QueueSources) -> str:
    item = await sources.followup.first_pending_commitment(screen.actor)
    waiting = (await sources.queues.counts()).commitments
    if item is None:
        return empty(screen, "commitments")
    text = screen.t(
        "followup-commit-review", id=item.id, text=item.text(screen.locale),
        organization=item.owners[0].name(screen.locale) if item.owners else "—",
    )  # fmt: skip
    actions = button(screen, "btn-followup-approve", "commitment.approve", item.id)
    actions += button(screen, "btn-followup-reject", "commitment.reject", item.id, "no")
    return screen.section(
        screen.t("home-review-commitments", count=waiting), card(text, actions, item=item.id)
    )


async def registrations(screen: Screen, people: PeopleService) -> str:
    waiting, _ = await people.pending(limit=PAGE)
    if not waiting:
        body = f"<p>{screen.t('console-queue-empty')}</p>"
        return screen.section(screen.t("console-queue-registrations"), body)
    i18n = context_for(screen.core, screen.locale)
    cards = []
    for person in waiting:
        actions = button(screen, "btn-approve", "registration.approve", person.id)
        actions += reason_form(screen, "registration.reject", person.id, "btn-reject", REASON_MAX)
        cards.append(card(card_text(i18n, person, screen.taxonomy), actions, person=person.id))
    return screen.section(
        screen.t("console-queue-registrations"), "".join(cards), data_block="registrations"
    )
