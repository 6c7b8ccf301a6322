"""How a sector update is described in every text about it (the dialog's steps and preview,
the review card, the decision its author hears): its sector, kind and governorates."""

from __future__ import annotations

from aiogram_i18n import I18nContext

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
