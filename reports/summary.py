"""The summary report in the shape of the one the users write by hand: an executive summary with
Figure 1 (actors by type, start and end of the period) and Figure 2 (attendances by actor type),
the reporting round's response (a figure per round held for the period), then main updates by
sector at three levels, challenges by sector, recommendations by sector, and the follow-up.

Identical texts sent by several organizations are one item with their count. An item without an
approved translation into the report's language is shown as written, its language named.

Built as a list of blocks, then rendered to DOCX or HTML (reports/documents.py). Pure and
CPU-bound: call it in a worker thread."""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reports.charts import (
    RTL_LOCALES,
    before_after_chart,
    response_rate_chart,
    shares_chart,
    stacked_levels_chart,
)
from storage.models import MeetingMode, UpdateKind
from storage.services.report_data import ReportData, UpdateRow
from storage.services.rounds import RoundProgress, Tally
from storage.services.taxonomy import Taxonomy

# A catalogue look-up: (message id, locale, variables) -> text, as aiogram-i18n's core gives it.
Lookup = Callable[..., str]


@dataclass
class Block:
    kind: str  # "title" | "h1" | "h2" | "h3" | "p" | "li" | "figure" | "caption"
    text: str = ""
    image: bytes | None = None


@dataclass
class Document:
    title: str
    locale: str
    blocks: list[Block] = field(default_factory=list)

    @property
    def rtl(self) -> bool:
        return self.locale in RTL_LOCALES

    def add(self, kind: str, text: str = "", image: bytes | None = None) -> None:
        self.blocks.append(Block(kind, text, image))


def build_summary(data: ReportData, taxonomy: Taxonomy, get: Lookup, locale: str) -> Document:
    def t(key: str, **variables: Any) -> str:
        # Catalogue texts come HTML-escaped for Telegram; documents want the plain text.
        return html.unescape(get(key, locale, **variables))

    document = Document(t("report-title"), locale)
    document.add("title", t("report-title"))
    document.add("p", t("report-subtitle", period=data.period.label))
    executive_summary(document, data, taxonomy, t, locale)
    figure = 3
    for progress in data.rounds:
        figure += round_section(document, progress, taxonomy, t, locale, figure)
    by_sector = group_updates(data.updates)
    if any(locale not in u.texts for u in data.updates):
        document.add("p", t("report-original-note"))
    main_updates(document, by_sector, taxonomy, t, locale)
    for kind, heading, intro in (
        (UpdateKind.CHALLENGE, "report-challenges", "report-challenges-intro"),
        (UpdateKind.RECOMMENDATION, "report-recommendations", "report-recommendations-intro"),
    ):
        document.add("h1", t(heading))
        document.add("p", t(intro))
        listed = False
        for number, sector in enumerate(taxonomy.sectors, start=1):
            items = [u for rows in by_sector[sector.id][kind].values() for u in rows]
            if not items:
                continue
            listed = True
            document.add("h2", f"{number}. {sector.name(locale)}")
            for update, same in merge_identical(items):
                document.add("li", item_text(update, same, taxonomy, t, locale, with_type=True))
        if not listed:
            document.add("p", t("report-none"))
    followup_section(document, data, taxonomy, t, locale, figure)
    if data.translators:
        names = t("common-list-separator").join(data.translators)
        document.add("p", t("report-translators", names=names))
    return document


def round_section(
    document: Document,
    progress: RoundProgress,
    taxonomy: Taxonomy,
    t: Callable[..., str],
    locale: str,
    figure: int,
) -> int:
    """A round's response: who was asked, how many answered (on time, late, with nothing to
    report), the places and sectors no answer came from, and a figure of the response rate by
    actor type, governorate and sector. Returns how many figures it added."""
    round_ = progress.round
    document.add("h1", t("report-round", period=round_.period_label))
    percent = round(100 * progress.answered / progress.asked) if progress.asked else 0
    document.add(
        "p",
        t(
            "report-round-figures", asked=progress.asked, answered=progress.answered,
            percent=percent, nothing=progress.nothing, late=progress.late,
        ),
    )  # fmt: skip
    separator = t("common-list-separator")
    for ids, terms, key in (
        (progress.silent_governorates, taxonomy.governorates, "report-round-gap-governorates"),
        (progress.silent_sectors, taxonomy.sectors, "report-round-gap-sectors"),
    ):
        names = [term.name(locale) for term in terms if term.id in ids]
        if names:
            document.add("p", t(key, names=separator.join(names)))
    panels = []
    for heading, terms, tallies in (
        ("report-round-by-type", taxonomy.actor_types, progress.by_actor_type),
        ("report-round-by-governorate", taxonomy.governorates, progress.by_governorate),
        ("report-round-by-sector", taxonomy.sectors, progress.by_sector),
    ):
        shown = [(term, tallies[term.id]) for term in terms if tallies.get(term.id, Tally()).asked]
        if shown:
            panels.append((
                t(heading), [term.name(locale) for term, _ in shown],
                [tally.answered for _, tally in shown], [tally.asked for _, tally in shown],
            ))  # fmt: skip
    if not panels:
        return 0
    document.add("figure", image=response_rate_chart(t("report-round-chart-title"), panels, locale))
    document.add("caption", t("report-round-chart-caption", number=figure))
    return 1


def merge_identical(items: list[UpdateRow]) -> list[tuple[UpdateRow, list[UpdateRow]]]:
    """Items with the same text (spacing and case aside) as one, in first-sent order, with
    every update that said it: a joint statement several organizations sent is listed once."""
    merged: dict[str, tuple[UpdateRow, list[UpdateRow]]] = {}
    for update in items:
        key = " ".join(update.text(update.original_locale).split()).casefold()
        merged.setdefault(key, (update, []))[1].append(update)
    return list(merged.values())


FOLLOWUP_LEVELS = ("not_reported", "exceeded", "met", "limited", "no_progress")
FOLLOWUP_COLORS = ("#bdbdbd", "#6a3d9a", "#33a02c", "#ffbf00", "#e31a1c")


def followup_section(
    document: Document,
    data: ReportData,
    taxonomy: Taxonomy,
    t: Callable[..., str],
    locale: str,
    figure: int,
) -> None:
    """Where the followed-up recommendations stand, by sector (counts and a chart), and the
    items that moved in the period with their new status."""
    document.add("h1", t("report-followup"))
    decisions_part(document, data, t)
    if not data.followup:
        document.add("p", t("report-followup-none"))
        return
    document.add("p", t("report-followup-intro", count=len(data.followup)))
    sectors = [s for s in taxonomy.sectors if any(s.id in r.sector_ids for r in data.followup)]
    counts = {
        s.id: Counter(r.level for r in data.followup if s.id in r.sector_ids) for s in sectors
    }
    if sectors:
        series = [
            (t(f"followup-level-{level}"), [counts[s.id][level] for s in sectors], color)
            for level, color in zip(FOLLOWUP_LEVELS, FOLLOWUP_COLORS, strict=True)
        ]
        chart = stacked_levels_chart(
            t("report-followup-chart-title"), [s.name(locale) for s in sectors], series, locale
        )
        document.add("figure", image=chart)
        document.add("caption", t("report-followup-chart-caption", number=figure))
    for number, sector in enumerate(taxonomy.sectors, start=1):
        if sector.id not in counts:
            continue
        document.add("h2", f"{number}. {sector.name(locale)}")
        line = " · ".join(
            f"{t(f'followup-level-{level}')}: {counts[sector.id][level]}"
            for level in FOLLOWUP_LEVELS
            if counts[sector.id][level]
        )
        document.add("p", line)
        for row in data.followup:
            if sector.id in row.sector_ids and row.moved_to is not None:
                document.add(
                    "li",
                    t("report-followup-moved-item", text=row.text(locale),
                      level=t(f"followup-level-{row.moved_to}")),
                )  # fmt: skip


def decisions_part(document: Document, data: ReportData, t: Callable[..., str]) -> None:
    """The decisions the network took in the chat in the period: each question, its result
    and turnout, and the outcome the organizers stated."""
    if not data.decisions:
        return
    document.add("h2", t("report-decisions"))
    for decided in data.decisions:
        document.add(
            "li",
            t("report-decision-item", text=decided.text, result=decided.result,
              voters=decided.voters, audience=decided.audience, outcome=decided.outcome),
        )  # fmt: skip


def executive_summary(
    document: Document, data: ReportData, taxonomy: Taxonomy, t: Callable[..., str], locale: str
) -> None:
    figures, stats = data.figures, data.stats
    types = taxonomy.actor_types
    names = [term.name(locale) for term in types]
    document.add("h1", t("report-executive-summary"))
    breakdown = t("common-list-separator").join(
        t("report-count-of", count=figures.actors_at_end[term.id], name=term.name(locale))
        for term in types
    )
    document.add(
        "p",
        t(
            "report-actors",
            start=sum(figures.actors_at_start.values()),
            end=sum(figures.actors_at_end.values()),
            breakdown=breakdown,
        ),
    )
    held = stats.meetings_by_mode
    total = stats.attendances or 1
    shares = t("common-list-separator").join(
        t(
            "report-share-of",
            percent=round(100 * stats.attendances_by_actor_type[term.id] / total),
            name=term.name(locale),
        )
        for term in types
    )
    document.add(
        "p",
        t(
            "report-meetings",
            meetings=sum(held.values()),
            physical=held[MeetingMode.PHYSICAL],
            virtual=held[MeetingMode.VIRTUAL],
            hybrid=held[MeetingMode.HYBRID],
            attendances=stats.attendances,
            unique=stats.unique_people,
            shares=shares,
        ),
    )
    kinds = {kind: sum(u.kind == kind for u in data.updates) for kind in UpdateKind}
    document.add(
        "p",
        t(
            "report-updates-count",
            count=len(data.updates),
            progress=kinds[UpdateKind.PROGRESS],
            challenges=kinds[UpdateKind.CHALLENGE],
            recommendations=kinds[UpdateKind.RECOMMENDATION],
        ),
    )
    figure_one = before_after_chart(
        t("report-figure-1-title"),
        names,
        [figures.actors_at_start[term.id] for term in types],
        [figures.actors_at_end[term.id] for term in types],
        (t("report-figure-1-start"), t("report-figure-1-end")),
        locale,
    )
    document.add("figure", image=figure_one)
    document.add("caption", t("report-figure-1-caption"))
    figure_two = shares_chart(
        t("report-figure-2-title"),
        names,
        [stats.attendances_by_actor_type[term.id] for term in types],
        locale,
    )
    document.add("figure", image=figure_two)
    document.add("caption", t("report-figure-2-caption"))


Grouped = dict[int, dict[str, dict[int | None, list[UpdateRow]]]]


def group_updates(updates: list[UpdateRow]) -> Grouped:
    """sector id -> kind -> actor type id (the level) -> updates, in submission order."""
    grouped: Grouped = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for update in updates:
        grouped[update.sector_id][update.kind][update.actor_type_id].append(update)
    return grouped


def main_updates(
    document: Document,
    by_sector: Grouped,
    taxonomy: Taxonomy,
    t: Callable[..., str],
    locale: str,
) -> None:
    document.add("h1", t("report-main-updates"))
    document.add("p", t("report-main-updates-intro"))
    listed = False
    for number, sector in enumerate(taxonomy.sectors, start=1):
        levels = by_sector[sector.id][UpdateKind.PROGRESS]
        if not any(levels.values()):
            continue
        listed = True
        document.add("h2", f"{number}. {sector.name(locale)}")
        for term in taxonomy.actor_types:
            items = levels.get(term.id)
            if not items:
                continue
            document.add("h3", t("report-level", level=term.name(locale)))
            for update, same in merge_identical(items):
                document.add("li", item_text(update, same, taxonomy, t, locale, with_type=False))
    if not listed:
        document.add("p", t("report-none"))


def item_text(
    update: UpdateRow,
    same: list[UpdateRow],
    taxonomy: Taxonomy,
    t: Callable[..., str],
    locale: str,
    *,
    with_type: bool,
) -> str:
    """The update's text; named organizations are credited, anonymous ones by their type only
    where the heading does not already say it; a text several organizations sent, with their
    count; a text not translated into the report's language, with the language it is in."""
    text = update.text(locale)
    if locale not in update.texts:
        text = t(
            "report-item-original", text=text, language=t(f"language-{update.original_locale}")
        )
    if len(same) > 1:
        names = [
            u.organization.get(locale) or next(iter(u.organization.values()), "")
            for u in same
            if u.organization
        ]
        names = list(dict.fromkeys(names))
        if names:
            return t(
                "report-item-merged-named", text=text, count=len(same),
                organizations=t("common-list-separator").join(names),
            )  # fmt: skip
        return t("report-item-merged", text=text, count=len(same))
    if update.organization:
        name = update.organization.get(locale) or next(iter(update.organization.values()), "")
        return t("report-item-named", text=text, organization=name)
    term = taxonomy.actor_type(update.actor_type_id) if update.actor_type_id else None
    if with_type and term is not None:
        return t("report-item-anonymous", text=text, type=term.name(locale))
    # Alone on its line it is still someone's text, isolated as Fluent isolates variables: an
    # English update keeps its full stop at its end in an Arabic report.
    return f"\u2068{text}\u2069" if locale in RTL_LOCALES else text
