"""What a reporting round says: the request each representative gets (and its reminder), and the
organizer's progress message with the gaps named."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from aiogram_i18n.cores import BaseCore

from bot.callbacks import RoundAnswerCb, RoundCb
from bot.i18n import long_moment
from storage.models import ReportingRound
from storage.services.rounds import RoundProgress
from storage.services.taxonomy import Taxonomy
from storage.services.text import in_reading_order

GAPS_NAMED = 6  # the first governorates and sectors without an answer, by name


def report_issued(core: BaseCore) -> Any:
    """(round, locale) -> the notice that the period's report holds the organization's update."""

    def render(round_: ReportingRound, locale: str) -> list[dict[str, Any]]:
        text = core.get("round-report-issued", locale, period=round_.period_label)
        return [{"method": "sendMessage", "text": text}]

    return render


def request(core: BaseCore, taxonomy: Taxonomy, tz: ZoneInfo, reminder: bool = False) -> Any:
    """(round, locale) -> the request's payloads (or the reminder's), for the outbox."""

    def render(round_: ReportingRound, locale: str) -> list[dict[str, Any]]:
        text = core.get(
            "round-reminder" if reminder else "round-request", locale,
            period=round_.period_label,
            deadline=long_moment(round_.deadline.astimezone(tz), locale),
        )  # fmt: skip
        for sector_id, texts in sorted(round_.questions.items()):
            question = in_reading_order(texts, taxonomy.chain(locale)) or ""
            sector = taxonomy.sector(int(sector_id))
            if question and sector is not None:
                text += "\n" + core.get(
                    "round-question", locale, sector=sector.name(locale), question=question
                )
        buttons = [
            [
                {
                    "text": core.get("btn-round-update", locale),
                    "callback_data": RoundAnswerCb(action="update", round_id=round_.id).pack(),
                }
            ],
            [
                {
                    "text": core.get("btn-round-nothing", locale),
                    "callback_data": RoundAnswerCb(action="nothing", round_id=round_.id).pack(),
                }
            ],
        ]
        return [
            {"method": "sendMessage", "text": text, "reply_markup": {"inline_keyboard": buttons}}
        ]

    return render


def answered_by_colleague(core: BaseCore) -> Any:
    """(round, locale) -> what the other representatives hear once their organization answered."""

    def render(round_: ReportingRound, locale: str) -> list[dict[str, Any]]:
        text = core.get("round-answered-by-colleague", locale, period=round_.period_label)
        return [{"method": "sendMessage", "text": text}]

    return render


def progress_text(
    core: BaseCore, taxonomy: Taxonomy, locale: str, progress: RoundProgress, tz: ZoneInfo
) -> str:
    round_ = progress.round
    key = "round-progress-closed" if round_.status == "closed" else "round-progress"
    lines = [
        core.get(
            key,
            locale,
            period=round_.period_label,
            answered=progress.answered,
            asked=progress.asked,
            nothing=progress.nothing,
            late=progress.late,
            deadline=long_moment(round_.deadline.astimezone(tz), locale),
        )
    ]
    separator = core.get("common-list-separator", locale)
    types = []
    for type_id, tally in sorted(progress.by_actor_type.items()):
        term = taxonomy.actor_type(type_id) if type_id is not None else None
        if term is not None:
            types.append(
                core.get(
                    "round-tally",
                    locale,
                    name=term.name(locale),
                    answered=tally.answered,
                    asked=tally.asked,
                )
            )
    if types:
        lines.append(core.get("round-by-type", locale, tallies=separator.join(types)))
    for gaps, lookup, key in (
        (progress.silent_governorates, taxonomy.governorate, "round-gap-governorates"),
        (progress.silent_sectors, taxonomy.sector, "round-gap-sectors"),
    ):
        names = [term.name(locale) for term in map(lookup, gaps) if term is not None]
        if names:
            line = core.get(key, locale, names=separator.join(names[:GAPS_NAMED]))
            if len(names) > GAPS_NAMED:
                line += " " + core.get("round-gap-more", locale, more=len(names) - GAPS_NAMED)
            lines.append(line)
    return "\n".join(lines)


def progress_keyboard(core: BaseCore, locale: str, round_: ReportingRound) -> dict[str, Any]:
    actions = ["refresh", "silent"]
    actions += ["remind", "close"] if round_.status == "open" else ["reopen"]
    return {
        "inline_keyboard": [
            [
                {
                    "text": core.get(f"btn-round-{action}", locale),
                    "callback_data": RoundCb(action=action, round_id=round_.id).pack(),
                }
            ]
            for action in actions
        ]
    }
