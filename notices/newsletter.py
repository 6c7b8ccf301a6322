"""The sections of a newsletter draft, in one language: the period's approved sector updates (a
few per sector), the decisions the network took, the follow-up items that moved, and the
opportunities offered. The organizer edits the draft before it goes out."""

from __future__ import annotations

import html

from aiogram_i18n import I18nContext

from bot.i18n import long_day
from notices.followup import level_label, short_text
from storage.models import FollowupChange, FollowupItem, Opportunity, SectorUpdate
from storage.services.decisions import Decided
from storage.services.taxonomy import Taxonomy

UPDATE_ICONS = {"progress": "📈", "challenge": "⚠️", "recommendation": "💡"}
PER_SECTOR = 3  # the newsletter shows a taste; the summary report has them all


def shown_updates(taxonomy: Taxonomy, approved: list[SectorUpdate]) -> list[SectorUpdate]:
    """The updates a draft shows: the first few of each sector."""
    return [
        update
        for sector in taxonomy.sectors
        for update in [u for u in approved if u.sector_id == sector.id][:PER_SECTOR]
    ]


def updates_section(i18n: I18nContext, taxonomy: Taxonomy, approved: list[SectorUpdate]) -> str:
    """Only approved updates reach a newsletter: a few per sector, in the reader's language
    where an organizer provided it, organizations named only where their authors allowed it."""
    if not approved:
        return i18n.get("newsletter-updates-none")
    lines = [i18n.get("newsletter-updates-heading")]
    for sector in taxonomy.sectors:
        items = [u for u in approved if u.sector_id == sector.id]
        if not items:
            continue
        lines.append(f"<b>{html.escape(sector.name(i18n.locale))}</b>")
        for update in items[:PER_SECTOR]:
            icon = UPDATE_ICONS.get(update.kind, "•")
            organization = update.credited(i18n.locale)
            if organization:
                lines.append(
                    i18n.get(
                        "newsletter-update-item-named",
                        icon=icon,
                        text=update.text(i18n.locale),
                        organization=organization,
                    )
                )
            else:
                lines.append(
                    i18n.get("newsletter-update-item", icon=icon, text=update.text(i18n.locale))
                )
        if len(items) > PER_SECTOR:
            lines.append(i18n.get("newsletter-updates-more", count=len(items) - PER_SECTOR))
    return "\n".join(lines)


FOLLOWUP_SHOWN = 8
DECISIONS_SHOWN = 5
DECISION_TEXT = 140  # of the question and of the outcome: the newsletter is a taste


def decisions_section(i18n: I18nContext, decided: list[Decided]) -> str:
    """What the network decided in the chat in the period: the question and its outcome."""
    if not decided:
        return ""
    lines = ["", i18n.get("newsletter-decisions-heading")]
    for found in decided[-DECISIONS_SHOWN:]:
        lines.append(
            i18n.get(
                "newsletter-decision-item",
                text=shorten(found.text, DECISION_TEXT),
                outcome=shorten(found.outcome, DECISION_TEXT),
            )
        )
    if len(decided) > DECISIONS_SHOWN:
        lines.append(i18n.get("newsletter-updates-more", count=len(decided) - DECISIONS_SHOWN))
    return "\n".join(lines)


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def followup_section(i18n: I18nContext, moved: list[tuple[FollowupItem, FollowupChange]]) -> str:
    """The period's status changes of followed-up items: the last one of each item."""
    if not moved:
        return ""
    last = {item.id: (item, change) for item, change in moved}
    lines = ["", i18n.get("newsletter-followup-heading")]
    for item, change in list(last.values())[-FOLLOWUP_SHOWN:]:
        lines.append(
            i18n.get(
                "newsletter-followup-item",
                level=level_label(i18n.core, i18n.locale, change.level),
                text=short_text(item, i18n.locale, 140),
            )
        )
    if len(last) > FOLLOWUP_SHOWN:
        lines.append(i18n.get("newsletter-updates-more", count=len(last) - FOLLOWUP_SHOWN))
    return "\n".join(lines)


OPPORTUNITIES_SHOWN = 8


def opportunities_section(i18n: I18nContext, offered: list[Opportunity]) -> str:
    """The opportunities approved in the period, soonest deadline first."""
    if not offered:
        return ""
    lines = ["", i18n.get("newsletter-opportunities-heading")]
    for opportunity in offered[:OPPORTUNITIES_SHOWN]:
        lines.append(
            i18n.get(
                "newsletter-opportunity-item",
                kind=i18n.get(f"opportunity-kind-{opportunity.kind}"),
                title=opportunity.title,
                deadline=long_day(opportunity.deadline, i18n.locale),
            )
        )
    if len(offered) > OPPORTUNITIES_SHOWN:
        lines.append(i18n.get("newsletter-updates-more", count=len(offered) - OPPORTUNITIES_SHOWN))
    lines.append(i18n.get("newsletter-opportunities-footer"))
    return "\n".join(lines)
