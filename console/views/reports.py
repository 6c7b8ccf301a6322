"""Reports: the summary report for a period and a language, as PDF or Word, sent to her chat
with the bot (where Telegram's clients open and keep files; a Mini App cannot save them)."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.config import SUPPORTED_LOCALES
from bot.i18n import plain_day
from bot.ui import language_name
from console.screen import Screen, esc, field, option
from storage.services.newsletters import Period, offered_periods

FORMATS = ("pdf", "docx")


def spoken(period: Period, locale: str) -> str:
    """ "1 October 2026 – 31 December 2026": month names read right in a right-to-left list,
    where the ISO label's digits and hyphens would be reordered."""
    last = (period.end - timedelta(days=1)).date()
    return f"{plain_day(period.start.date(), locale)} – {plain_day(last, locale)}"


async def render(screen: Screen) -> str:
    today = datetime.now(screen.settings.tz).date()
    periods = "".join(
        option(name, screen.t(f"btn-report-{name}", period=spoken(period, screen.locale)))
        for name, period in offered_periods(today, screen.settings.tz)
    )
    languages = "".join(
        option(code, esc(language_name(screen.taxonomy, code)), code == screen.locale)
        for code in SUPPORTED_LOCALES
    )
    formats = "".join(option(kind, screen.t(f"console-report-{kind}")) for kind in FORMATS)
    form = (
        '<form class="filters" data-act="report.send" data-id="0">'
        + field(screen.t("console-report-period"), "period", periods)
        + field(screen.t("console-report-language"), "language", languages)
        + field(screen.t("console-report-format"), "format", formats)
        + f'<button type="submit">{screen.t("console-report-make")}</button></form>'
        + f'<p class="muted">{screen.t("console-report-where")}</p>'
    )
    return screen.section(screen.t("console-nav-reports"), form, data_block="reports")
