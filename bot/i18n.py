"""Texts: aiogram-i18n with its Fluent core, made safe for HTML and right-to-left scripts.

Two things the stock core does not do, and this one does:
- every string variable is HTML-escaped (messages go out with parse_mode=HTML), unless the
  caller marks it as already-rendered HTML with `Html(...)`;
- in right-to-left locales (Arabic, Sorani) each variable is wrapped in Unicode isolates
  (FSI ... PDI), so a Latin name, a number or a link inside Arabic text keeps its own direction
  and does not drag the punctuation around it to the wrong side.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from aiogram_i18n import I18nContext, I18nMiddleware
from aiogram_i18n.cores import FluentRuntimeCore
from aiogram_i18n.managers import BaseManager
from babel.dates import format_skeleton
from fluent.runtime import FluentBundle, FluentResource

from bot.config import SUPPORTED_LOCALES
from bot.paths import LOCALES_DIR
from storage.services.telegram_text import fit_text

RTL_LOCALES = frozenset({"ar", "ckb"})
FSI, PDI = "\u2068", "\u2069"


class Html(str):
    """A string that is already safe HTML (built by the bot, never raw user text)."""

    __slots__ = ()


LRI = "\u2066"  # left-to-right isolate: a clock or a number range inside right-to-left text


def isolate(text: str, locale: str) -> str:
    """Text put beside a catalogue message, wrapped as Fluent wraps a variable in Arabic and
    Sorani, so it keeps its own direction."""
    return f"{FSI}{text}{PDI}" if locale in RTL_LOCALES else text


def escape(value: object) -> str:
    return value if isinstance(value, Html) else html.escape(str(value), quote=False)


# fluent.runtime refuses a variable longer than 2,500 characters (its MAX_PART_LENGTH), counted
# with the two isolates it adds in Arabic and Sorani: the whole message would fail. A longer
# one is cut, as Telegram's limits cut a message.
MAX_PLACEABLE = 2500 - 2


def placeable(value: object) -> str:
    """A variable as a catalogue message takes it: escaped, and cut to Fluent's limit."""
    safe = escape(value)
    limit = MAX_PLACEABLE
    while len(safe) > MAX_PLACEABLE:  # entities and tags count too: cut until it fits
        cut = Html(fit_text(safe, limit, "HTML"))
        if len(cut) <= MAX_PLACEABLE:
            return cut
        limit = max(1, limit * MAX_PLACEABLE // len(cut) - 1)
    return safe


# Time zones people know by a city's name; any other shows its IANA name.
NAMED_ZONES = {"Asia/Baghdad": "baghdad"}


# The CLDR locale whose names of days and months each catalogue's readers use: Iraqi Arabic
# names December كانون الأول (not ديسمبر), and English readers in Iraq put the day first.
CLDR_LOCALES = {"en": "en_GB", "ar": "ar_IQ", "ckb": "ckb_IQ"}


def long_day(day: date, locale: str) -> str:
    """ "Tuesday, 8 December 2026" in the reader's language (Babel's CLDR data)."""
    return format_skeleton("yMMMMEEEEd", day, locale=CLDR_LOCALES.get(locale, locale))


def plain_day(day: date, locale: str) -> str:
    """ "1 January 2026", for lists where the weekday would crowd the line."""
    return format_skeleton("yMMMMd", day, locale=CLDR_LOCALES.get(locale, locale))


def long_moment(moment: datetime, locale: str, until: datetime | None = None) -> str:
    """The day as `long_day` says it, then the time (24 hours, as Iraq reads clocks), or the
    times from `moment` to `until` on that day. In Arabic and Sorani the clock reads left to
    right inside its own isolate: "10:00–13:00" would otherwise show as 13:00–10:00."""
    if until is None:
        clock = f"{LRI}{moment:%H:%M}{PDI}" if locale in RTL_LOCALES else f"{moment:%H:%M}"
    else:
        clock = clock_span(f"{moment:%H:%M}", f"{until:%H:%M}", locale)
    return f"{long_day(moment.date(), locale)} · {clock}"


def clock_span(start: str, end: str, locale: str) -> str:
    """ "06:00–08:00", reading left to right inside its own isolate in Arabic and Sorani."""
    span = f"{start}–{end}"
    return f"{LRI}{span}{PDI}" if locale in RTL_LOCALES else span


def zone_label(core: Any, locale: str, timezone: str) -> str:
    """ "Baghdad time" in the reader's language, rather than "Asia/Baghdad"."""
    return str(core.get("time-zone", locale, zone=NAMED_ZONES.get(timezone, timezone)))


def reading_chain(core: Any, locale: str | None) -> tuple[str, ...]:
    """The languages a reader of `locale` gets an organizer's text in, in turn (the taxonomy
    file's fallback, set on the core when the app is built; else hers, then the default)."""
    chains = getattr(core, "reading_order", None) or {}
    if locale in chains:
        return tuple(chains[locale])
    default = getattr(core, "default_locale", None) or "en"
    return tuple(dict.fromkeys(code for code in (locale, default, *SUPPORTED_LOCALES) if code))


RLM = "\u200f"  # right-to-left mark: a strong right-to-left letter that shows nothing
_MARKUP = re.compile(r"<[^>]*>|&[#\w]+;")
_ISOLATE_OPEN = frozenset("\u2066\u2067\u2068")


def opens_without_direction(line: str) -> bool:
    """Whether a line has no strong letter outside its isolates (names, numbers and labels,
    all isolated) while holding some: a client that takes each line's direction from its first
    strong letter outside isolates (Android does, as Unicode's rules say) lays it out left to
    right, and an Arabic line "⁨موافقة⁩: ⁨86⁩، ⁨امتناع⁩: ⁨19⁩" reads in mirrored order."""
    depth, inside = 0, False
    for character in _MARKUP.sub("", line):
        if character in _ISOLATE_OPEN:
            depth += 1
        elif character == PDI:
            depth = max(0, depth - 1)
        elif unicodedata.bidirectional(character) in ("L", "R", "AL"):
            if not depth:
                return False
            inside = True
    return inside


def right_to_left_lines(text: str) -> str:
    """Each line of an Arabic or Sorani text that would open without a direction opens right
    to left (a right-to-left mark first)."""
    if PDI not in text:
        return text
    return "\n".join(
        RLM + line if opens_without_direction(line) else line for line in text.split("\n")
    )


class TansiqCore(FluentRuntimeCore):
    # locale -> the languages its readers get a text in, in turn (Taxonomy.chains)
    reading_order: dict[str, tuple[str, ...]]
    # Where the organizers' console opens (WEBAPP_URL), for their menu button; None: no console.
    console_url: str | None

    def __init__(self, path: Path = LOCALES_DIR, default_locale: str = "en") -> None:
        super().__init__(
            path=path / "{locale}",
            default_locale=default_locale,
            use_td=False,  # its functions need an active context; scheduler jobs have none
            raise_key_error=True,
        )
        self.reading_order = {}
        self.console_url = None

    def find_locales(self) -> dict[str, FluentBundle]:
        bundles: dict[str, FluentBundle] = {}
        # Only the languages Tansiq speaks: the folder also holds __init__.py and __pycache__.
        locales = [code for code in self._extract_locales(self.path) if code in SUPPORTED_LOCALES]
        for locale, paths in self._find_locales(self.path, locales, ".ftl").items():
            bundle = FluentBundle(
                locales=[locale], use_isolating=locale in RTL_LOCALES, functions=self.functions
            )
            for file in sorted(paths):
                bundle.add_resource(FluentResource(file.read_text(encoding="utf-8")))
            bundles[locale] = bundle
        return bundles

    def get(self, message_id: str, locale: str | None = None, /, **kwargs: Any) -> str:
        safe = {
            key: (placeable(value) if isinstance(value, str) else value)
            for key, value in kwargs.items()
        }
        text = super().get(message_id, locale, **safe)
        if (locale or self.default_locale) in RTL_LOCALES:
            return right_to_left_lines(text)
        return text

    def load(self) -> TansiqCore:
        """Load catalogues outside a dispatcher (CLI, scheduler, tests)."""
        if not self.locales:
            self.locales.update(self.find_locales())
        return self


class PersonLocaleManager(BaseManager):
    """The locale is the one the person chose and we stored, never Telegram's guess."""

    async def get_locale(self, person: Any = None, **_: Any) -> str:
        locale = getattr(person, "locale", None)
        if locale in SUPPORTED_LOCALES:
            return locale
        return self.default_locale or "en"

    async def set_locale(self, locale: str, **_: Any) -> None:
        # Stored by PeopleService.set_locale; the context only switches for this update.
        return None


def context_for(core: Any, locale: str) -> I18nContext:
    """The catalogues in one language, for a text rendered outside the reader's update (a
    notice, a console page)."""
    return I18nContext(locale=locale, core=core, manager=PersonLocaleManager(), data={})


def build_i18n_middleware(default_locale: str) -> I18nMiddleware:
    return I18nMiddleware(
        core=TansiqCore(default_locale=default_locale),
        manager=PersonLocaleManager(default_locale=default_locale),
        default_locale=default_locale,
    )


def in_all_locales(i18n: I18nContext, key: str, locales: Iterable[str] = SUPPORTED_LOCALES) -> str:
    """One text repeated in every language: for the screen shown before a language is chosen."""
    return "\n\n".join(i18n.get(key, locale) for locale in locales)


__all__ = [
    "FSI",
    "PDI",
    "RTL_LOCALES",
    "Html",
    "I18nContext",
    "PersonLocaleManager",
    "TansiqCore",
    "build_i18n_middleware",
    "context_for",
    "escape",
    "in_all_locales",
]
