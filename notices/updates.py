"""How a sector update is described in every text about it (the dialog's steps and preview,
the review card, the decision its author hears): its sector, kind and governorates; and what
its author hears when it is in a newsletter."""

from __future__ import annotations

from typing import Any

from aiogram_i18n import I18nContext
from aiogram_i18n.cores import BaseCore

from bot.ui import term_names
from storage.models import SectorUpdate
from storage.services.taxonomy import Taxonomy
from storage.services.updates import UpdateDraft


def describe(
    i18n: I18nContext, taxonomy: Taxonomy, update: SectorUpdate | UpdateDraft
) -> dict[str, str]:
    sector = taxonomy.sector(update.sector_id) if update.sector_id else None
    governorates = (
        [taxonomy.governorate(g) for g in update.governorates]
        if isinstance(update, UpdateDraft)
        else [taxonomy.governorate(g.id) for g in update.governorates]
    )
    return {
        "sector": sector.name(i18n.locale) if sector else "—",
        "kind": i18n.get(f"update-kind-{update.kind}"),
        "governorates": term_names(i18n, governorates),
    }


NOTICE_TEXT = 120  # of the update, in the notice to its author


def in_newsletter_notice(
    core: BaseCore, update: SectorUpdate, title: str, locale: str
) -> list[dict[str, Any]]:
    """To the author, as the newsletter goes out: their update is in it."""
    text = " ".join(update.text(locale).split())
    if len(text) > NOTICE_TEXT:
        text = text[: NOTICE_TEXT - 1] + "…"
    notice = core.get("update-in-newsletter", locale, period=title, text=text)
    return [{"method": "sendMessage", "text": notice}]
