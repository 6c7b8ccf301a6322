"""Every Arabic and Sorani message rendered as people read it, with the project's own i18n core
and realistic values (the outside review's method): names in Latin and Arabic script, counts
0, 1, 2, 3, 11 and 100, a date, a period, a link, a command, the time zone's label; every
variant of every choice. Each rendered text is checked for the defects the review found:

- the same word twice in a row ("بتوقيت بتوقيت بغداد");
- an isolate that ends with a bracket or a sentence mark ("(⁨https://…).⁩" shows "https://…).)");
- a link or command outside an isolate ("https://" beside Arabic shows "//:https");
- a whole message whose first strong letter can be Latin (a typed name first turns the whole
  Telegram message left to right); list lines, buttons and other parts of a message are named
  as such (`FRAGMENT`) and may open with a name.

And the words the review found made by blind replacements are not in any message."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fast

from bot.i18n import TansiqCore, opens_without_direction, right_to_left_lines
from bot.paths import LOCALES_DIR

FSI, PDI = "\u2068", "\u2069"
CORE = TansiqCore().load()
NUMBERS = (0, 1, 2, 3, 11, 100)
# A typed value per variable, different for each (two variables side by side are no doubled word).
LATIN_NAMES = ("Ali Hassan", "Layla Omar", "Sara Nouri", "Omar Khalil", "Zaid Amin", "Huda Karim")
ARABIC_NAMES = ("فاطمة", "زينب", "مريم", "سارة", "هدى", "نور")
LATIN_NAME = LATIN_NAMES[0]
# Parts of a message, not messages: a button, a line of a list, a count inside a sentence.
FRAGMENT = re.compile(
    r"^btn-|-(?:line|item|tally|label|option|entry|name|row|choice|separator|share|count-of|"
    r"share-of|more|in|pair|question|level|history-line|person)$|^(?:language|time-zone|"
    r"followup-level|report-level|report-item|audit-line|help-line|common-list)"
)


def messages(locale: str) -> Iterator[fast.Message]:
    parser = FluentParser()
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        for entry in parser.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, fast.Message) and entry.value is not None:
                yield entry


def _walk(node: Any) -> Iterator[Any]:
    yield node
    if isinstance(node, fast.BaseNode):
        for value in vars(node).values():
            items = value if isinstance(value, list) else [value]
            for item in items:
                if isinstance(item, fast.BaseNode):
                    yield from _walk(item)


def variables(message: fast.Message) -> dict[str, list[Any]]:
    """Each variable and the values it is rendered with: the keys of a choice made on it
    (numbers for a plural choice), else a sample by its name."""
    found: dict[str, list[Any]] = {}
    for node in _walk(message):
        if isinstance(node, fast.SelectExpression) and isinstance(
            node.selector, fast.VariableReference
        ):
            keys = [v.key for v in node.variants]
            name = node.selector.id.name
            if any(isinstance(k, fast.NumberLiteral) for k in keys) or {
                k.name for k in keys if isinstance(k, fast.Identifier)
            } & {"zero", "one", "two", "few", "many"}:
                found[name] = list(NUMBERS)
            else:
                found[name] = [k.name for k in keys if isinstance(k, fast.Identifier)]
    for node in _walk(message):
        if isinstance(node, fast.VariableReference) and node.id.name not in found:
            found[node.id.name] = sample(node.id.name, len(found))
    return found


# Variables holding what someone typed (a name, a title, a text): rendered with a Latin and an
# Arabic value. Others hold counts, or labels the code takes from the catalogues.
TYPED = frozenset(
    "advisory author by description line meeting name names narrative note option organization "
    "organizations organizers original owners place query question questions reason summary "
    "telegram text texts title topic translator username venue".split()
)
LABELS = frozenset(
    "action actor actor_type answer breakdown current governorates heading icon kind language "
    "languages "
    "level mode pillar purpose role sector sectors shares source status tallies target type "
    "where worst zone occasion".split()
)


def sample(name: str, index: int = 0) -> list[Any]:
    if re.search(r"link|url|address", name):
        return ["https://example.org/meet"]
    if name == "period":
        return ["2026-10-01 – 2026-12-31"]
    if name == "tz":
        return ["tz"]  # the zone's label in the message's language (renderings)
    if name == "command":
        return ["/help"]
    if name in TYPED:
        return [LATIN_NAMES[index % 6], ARABIC_NAMES[index % 6]]
    if name in LABELS:
        return [("قطاع", "حالة", "نوع", "لغة", "دور", "مستوى")[index % 6]]
    if re.search(
        r"date|deadline|day|start|end|when|until|since|due|example|^at$|time|send|close", name
    ):
        return ["2026-12-20 10:00"]
    return [3]  # a count or a number


def renderings(locale: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(message id, text, values), every combination of a message's values (capped)."""
    for message in messages(locale):
        values = variables(message)
        names = sorted(values)
        for combination in itertools.islice(itertools.product(*(values[n] for n in names)), 200):
            args = dict(zip(names, combination, strict=True))
            if args.get("tz") == "tz":
                args["tz"] = CORE.get("time-zone", locale, zone="baghdad")
            yield message.id.name, CORE.get(message.id.name, locale, **args), args


TAGS = re.compile(r"<[^>]+>")
ISOLATE = re.compile(f"{FSI}([^{FSI}{PDI}]*){PDI}")


def doubled_words(text: str) -> list[str]:
    """A word said twice in a row, with nothing but a space between."""
    plain = TAGS.sub(" ", text).replace(FSI, "").replace(PDI, "")
    words = plain.split()
    return [
        a
        for a, b in itertools.pairwise(words)
        if a == b and re.fullmatch(r"[^\W\d_]{2,}", a) and a.lower() not in ALLOWED_TWICE
    ]


# Repeated on purpose: none yet.
ALLOWED_TWICE: frozenset[str] = frozenset()


def isolates_ending_in_punctuation(text: str) -> list[str]:
    """Left-to-right isolates (a link, a date, a Latin name) that end with a bracket or a
    sentence mark: drawn on the isolate's side, not the sentence's. A right-to-left isolate (a
    whole Arabic sentence chosen by a count) may end with its full stop."""
    return [
        m.group(0)
        for m in ISOLATE.finditer(text)
        if re.search(r"[).،؛:!?؟,]$", m.group(1)) and first_strong(m.group(1)) not in ("R", "AL")
    ]


def bare_literals(text: str) -> list[str]:
    outside = ISOLATE.sub(" ", TAGS.sub(" ", text))
    return re.findall(r"https?://\S*|(?<![\w/])/[a-z_]{2,}\b", outside)


def first_strong(text: str) -> str | None:
    for character in TAGS.sub("", text):
        kind = unicodedata.bidirectional(character)
        if kind in ("L", "R", "AL"):
            return kind
    return None


def findings(locale: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {
        "doubled": set(), "isolate": set(), "bare": set(), "latin-first": set(),
        "line-direction": set(),
    }  # fmt: skip
    for key, text, args in renderings(locale):
        if doubled_words(text):
            found["doubled"].add(key)
        if isolates_ending_in_punctuation(text):
            found["isolate"].add(key)
        if bare_literals(text):
            found["bare"].add(key)
        typed = set(LATIN_NAMES) & set(args.values())
        if not FRAGMENT.search(key) and typed and first_strong(text) == "L":
            found["latin-first"].add(key)
        if any(opens_without_direction(line) for line in text.split("\n")):
            found["line-direction"].add(key)
    return found


FINDINGS = {locale: findings(locale) for locale in ("ar", "ckb")}


@pytest.mark.parametrize("locale", ["ar", "ckb"])
@pytest.mark.parametrize("check", ["doubled", "isolate", "bare", "latin-first", "line-direction"])
def test_rendered_messages_read_right(locale: str, check: str) -> None:
    assert sorted(FINDINGS[locale][check]) == []


# The review's High items as they were found, each a case the checks must catch.
@pytest.mark.parametrize(
    ("check", "text"),
    [
        (doubled_words, "أرسل وقت البدء الجديد بتوقيت بتوقيت بغداد، مثل 2026-05-01 10:00."),
        (doubled_words, "بەروار و کات بە کاتی کاتی بەغدا بنێرە"),
        (isolates_ending_in_punctuation, f"أرسل الرابط ({FSI}https://…).{PDI}"),
        (isolates_ending_in_punctuation, f"يبدأ بـ ({FSI}https://){PDI}"),
        (bare_literals, "رابطًا يبدأ بـ https:// فقط"),
        (bare_literals, "أرسل /help لترى"),
    ],
)
def test_the_reviews_defects_are_caught(check: Any, text: str) -> None:
    assert check(text)


def test_a_message_opening_with_a_typed_name_is_caught() -> None:
    assert first_strong(f"{FSI}{LATIN_NAME}{PDI} ئێستا: ڕێکخەر.") == "L"
    assert first_strong(f"ڕۆڵی {FSI}{LATIN_NAME}{PDI} ئێستا: ڕێکخەر.") == "AL"


# Made by replacing a glossary word inside a longer one; never words.
NON_WORDS = {"ckb": ("پرۆپەڕگە", "ئەم پەڕگە "), "ar": ("بتوقيت بتوقيت",)}


@pytest.mark.parametrize("locale", ["ar", "ckb"])
def test_no_word_made_by_a_blind_replacement(locale: str) -> None:
    texts = [(key, text) for key, text, _ in renderings(locale)]
    assert [key for key, text in texts if any(word in text for word in NON_WORDS[locale])] == []


def test_a_line_of_isolates_alone_opens_right_to_left() -> None:
    """Seen in a decision's result: "⁨موافقة⁩: ⁨86⁩، ⁨امتناع⁩: ⁨19⁩" has no strong letter
    outside its isolates, and a phone laid the line out left to right (the counts mirrored)."""
    counts = f"{FSI}موافقة{PDI}: {FSI}86{PDI}، {FSI}امتناع{PDI}: {FSI}19{PDI}"
    assert opens_without_direction(counts)
    assert not opens_without_direction(f"في {FSI}بغداد{PDI}: {FSI}5{PDI}")
    assert not opens_without_direction(f"<b>{FSI}3{PDI}</b>")  # nothing but numbers
    fixed = right_to_left_lines(f"🗳 قرار\n{counts}")
    assert fixed.split("\n")[1] == "\u200f" + counts
    assert not opens_without_direction(fixed.split("\n")[1])
