"""en, ar and ckb carry the same messages with the same variables, and code uses only them."""

from __future__ import annotations

import ast
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fast
from fluent.syntax.visitor import Visitor

from bot.commands import ADMIN, NEWCOMER
from bot.config import SUPPORTED_LOCALES
from bot.paths import LOCALES_DIR
from tests.conftest import PROJECT_ROOT

CODE_DIRS = ("bot", "handlers", "notices", "storage", "scheduler")


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: fast.VariableReference) -> None:
        self.names.add(node.id.name)


def catalogue(locale: str) -> dict[str, set[str]]:
    messages: dict[str, set[str]] = {}
    parser = FluentParser()
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        resource = parser.parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            assert not isinstance(entry, fast.Junk), f"{path}: cannot parse {entry.content!r}"
            if isinstance(entry, fast.Message):
                assert entry.id.name not in messages, f"{path}: {entry.id.name} defined twice"
                visitor = _Variables()
                visitor.visit(entry)
                messages[entry.id.name] = visitor.names
    return messages


CATALOGUES = {locale: catalogue(locale) for locale in SUPPORTED_LOCALES}


@pytest.mark.parametrize("locale", [loc for loc in SUPPORTED_LOCALES if loc != "en"])
def test_same_message_ids(locale: str) -> None:
    assert set(CATALOGUES[locale]) == set(CATALOGUES["en"])


@pytest.mark.parametrize("locale", [loc for loc in SUPPORTED_LOCALES if loc != "en"])
def test_same_variables(locale: str) -> None:
    mismatched = {
        key: (CATALOGUES["en"][key], variables)
        for key, variables in CATALOGUES[locale].items()
        if key in CATALOGUES["en"] and variables != CATALOGUES["en"][key]
    }
    assert mismatched == {}


def python_files() -> list[Path]:
    return [p for d in CODE_DIRS for p in (PROJECT_ROOT / d).rglob("*.py")]


KEY_SHAPE = re.compile(r"^[a-z]+(?:-[a-z0-9]+)+$")
PREFIXES = {key.split("-")[0] for key in CATALOGUES["en"]}


def test_every_message_id_in_code_exists() -> None:
    missing = []
    for path in python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                value = node.value
                if KEY_SHAPE.match(value) and value.split("-")[0] in PREFIXES:
                    if value not in CATALOGUES["en"]:
                        missing.append(f"{path.relative_to(PROJECT_ROOT)}: {value}")
    assert missing == []


def test_every_command_has_a_description() -> None:
    for name in {*ADMIN, *NEWCOMER}:
        assert f"cmd-{name}" in CATALOGUES["en"]


SENDING_CALLS = {"answer", "send_message", "edit_text", "edit_message_text", "reply"}


def test_no_user_facing_literals_in_python() -> None:
    """Texts and button labels come from the catalogues, never from string literals."""
    offenders = []
    for path in python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            candidates: list[ast.expr] = []
            if name in SENDING_CALLS:
                candidates += node.args[:2] if name == "send_message" else node.args[:1]
                candidates += [kw.value for kw in node.keywords if kw.arg == "text"]
            if name in {"InlineKeyboardButton", "button", "BotCommand"}:
                candidates += [
                    kw.value for kw in node.keywords if kw.arg in ("text", "description")
                ]
            for candidate in candidates:
                if isinstance(candidate, ast.Constant) and isinstance(candidate.value, str):
                    if candidate.value.strip():
                        offenders.append(f"{path.relative_to(PROJECT_ROOT)}:{node.lineno}")
                if isinstance(candidate, ast.JoinedStr) and any(
                    isinstance(v, ast.Constant)
                    and re.search(r"[A-Za-z\u0600-\u06ff]{3}", str(v.value))
                    for v in candidate.values
                ):
                    offenders.append(f"{path.relative_to(PROJECT_ROOT)}:{node.lineno}")
    assert offenders == []


class _Texts(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def visit_TextElement(self, node: fast.TextElement) -> None:
        self.parts.append(node.value)


@pytest.mark.parametrize("locale", ["ar", "ckb"])
def test_rtl_catalogues_hold_no_english_text(locale: str) -> None:
    """A guard against an English text pasted into the Arabic or Sorani catalogue."""
    latin_word = re.compile(r"[A-Za-z]{4,}")
    parser = FluentParser()
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        for entry in parser.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(entry, fast.Message):
                continue
            visitor = _Texts()
            visitor.visit(entry)
            # Tags, commands, @usernames and web addresses are Latin by nature.
            text = re.sub(r"<[^>]+>|https?://\S*|/\w+|@\w+", "", "".join(visitor.parts))
            assert not latin_word.findall(text), f"{path.name}: {entry.id.name}"


def glossary_avoided() -> list[tuple[str, str, str]]:
    """(locale, word to avoid, concept) from the Not column of locales/GLOSSARY.md."""
    avoided = []
    for line in (LOCALES_DIR / "GLOSSARY.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 5 or not cells[4] or cells[0] in ("Concept", "---"):
            continue
        for group in cells[4].split(";"):
            for item in group.split(","):
                locale, _, word = item.partition(":")
                avoided.append((locale.strip(), word.strip(), cells[0]))
    return avoided


def test_the_glossary_lists_words_to_avoid() -> None:
    avoided = glossary_avoided()
    assert len(avoided) >= 15
    assert {locale for locale, _, _ in avoided} <= set(SUPPORTED_LOCALES)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_one_term_per_concept_as_in_the_glossary(locale: str) -> None:
    texts = {}
    for path, message in _messages(locale):
        visitor = _Texts()
        visitor.visit(message)
        texts[f"{path.name}: {message.id.name}"] = "".join(visitor.parts)
    taxonomy = (PROJECT_ROOT / "taxonomy" / "wps-iraq.toml").read_text(encoding="utf-8")
    found = [
        (where, word, concept)
        for avoided_locale, word, concept in glossary_avoided()
        if avoided_locale == locale
        for where, text in [*texts.items(), ("taxonomy/wps-iraq.toml", taxonomy)]
        if contains_word(text, word)
    ]
    assert not found


# Particles Arabic writes joined to the next word ("والملف", "بتيليجرام").
ARABIC_PREFIXES = "(?:و|ف|ب|ل|ك|ال|وال|بال|فال|كال|لل)?"


def contains_word(text: str, word: str) -> bool:
    """The word, not a piece of a longer one: Sorani "فایل" is avoided for a file, but
    "پرۆفایل" (profile) is a word (a replacement inside it made "پرۆپەڕگە"). In Arabic script
    the joined particles before it and the suffixes after it ("فایلەکە") still make a hit; a
    Latin word must stand alone."""
    arabic_script = unicodedata.bidirectional(word[0]) == "AL"
    left = r"(?<![^\W\d_])" + (ARABIC_PREFIXES if arabic_script else "")
    right = "" if arabic_script else r"(?![^\W\d_])"
    return re.search(left + re.escape(word) + right, text) is not None


def test_the_glossary_matches_whole_words() -> None:
    assert contains_word("پەڕگەکە یان فایل؟", "فایل")
    assert contains_word("فایلەکە بنێرە", "فایل")
    assert not contains_word("بینینی پرۆفایلەکەت", "فایل")
    assert contains_word("أرسلها بتيليجرام", "تيليجرام")
    assert not contains_word("بینینی پرۆپەڕگەکەت", "پەڕگە")
    assert contains_word("Send it via Telegram.", "Telegram")
    assert not contains_word("Telegrams", "Telegram")


def _messages(locale: str) -> Iterator[tuple[Path, fast.Message]]:
    parser = FluentParser()
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        for entry in parser.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, fast.Message):
                yield path, entry


# Variables that hold a count of something (the code passes numbers for them).
COUNTS = frozenset(
    "answered approved attendances blocked came cancelled cells challenges count covered days "
    "expected failed gaps hybrid invited left length limit_mb max maybe meetings min no none "
    "over people physical points recommendations repeat rows seconds sent shown size_mb total "
    "unique unknown updates virtual voters waiting waitlist yes".split()
)
# After a bare number ("Yes: 3", "(3)", "3 of { $total } messages") no noun agrees with it.
AFTER_BARE = (")", "(", "·", ".", "?", "؟", "!", "—", "–", "/", "×", "%", "٪", ",", "،", "؛", ";")
CONNECTORS = {"to", "of", "من", "إلى", "من أصل", "لە", "بۆ", "تا"}
PLURAL_FORMS = {
    "en": {"one", "other"},
    "ckb": {"one", "other"},
    "ar": {"zero", "one", "two", "few", "many", "other"},
}


def _counted_without_selector(pattern: fast.Pattern, selected: set[str]) -> set[str]:
    """Count variables followed by a noun, outside a selector on that variable."""
    found: set[str] = set()
    elements = pattern.elements
    for i, element in enumerate(elements):
        if not isinstance(element, fast.Placeable):
            continue
        expression = element.expression
        if isinstance(expression, fast.SelectExpression):
            inner = selected
            if isinstance(expression.selector, fast.VariableReference):
                inner = selected | {expression.selector.id.name}
            for variant in expression.variants:
                found |= _counted_without_selector(variant.value, inner)
            continue
        if not isinstance(expression, fast.VariableReference):
            continue
        name = expression.id.name
        if name not in COUNTS or name in selected:
            continue
        after = elements[i + 1] if i + 1 < len(elements) else None
        text = after.value if isinstance(after, fast.TextElement) else ""
        rest = text.strip(" \u2068\u2069")
        then_placeable = i + 2 < len(elements) and isinstance(elements[i + 2], fast.Placeable)
        bare = (
            rest == ""
            or text.startswith("\n")
            or rest.startswith(AFTER_BARE)
            or (rest in CONNECTORS and then_placeable)
        )
        if not bare:
            found.add(name)
    return found


class _Selectors(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.selects: list[fast.SelectExpression] = []

    def visit_SelectExpression(self, node: fast.SelectExpression) -> None:
        self.selects.append(node)
        self.generic_visit(node)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_count_followed_by_a_noun_has_a_plural_selector(locale: str) -> None:
    """ "1 answers" or Arabic "10 اجتماعًا" come from a count with no selector."""
    missing = []
    for path, entry in _messages(locale):
        if entry.value is not None:
            names = _counted_without_selector(entry.value, set())
            if names:
                missing.append(f"{path.name}: {entry.id.name} {sorted(names)}")
    assert missing == []


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_plural_selectors_have_every_form_of_the_language(locale: str) -> None:
    incomplete = []
    for _, entry in _messages(locale):
        visitor = _Selectors()
        visitor.visit(entry)
        for select in visitor.selects:
            selector = select.selector
            if not (isinstance(selector, fast.VariableReference) and selector.id.name in COUNTS):
                continue
            keys = {v.key.name for v in select.variants if isinstance(v.key, fast.Identifier)}
            numeric = any(isinstance(v.key, fast.NumberLiteral) for v in select.variants)
            needed = PLURAL_FORMS[locale] - ({"zero"} if numeric else set())
            if not needed <= keys:
                incomplete.append(f"{entry.id.name}: {sorted(needed - keys)}")
    assert incomplete == []


# Commands, dates, times and links typed into a right-to-left text: without isolates, "أرسل
# /help" shows "help/" and a date example reads backwards.
LITERAL = re.compile(
    r"(?<![<\w/\u2068])(?:/[a-z_]+(?: \d{4}-\d{2}-\d{2}){0,2}|\d{4}-\d{2}-\d{2}"
    r"(?: \d{4}-\d{2}-\d{2}| \d{2}:\d{2})?|\d{2}:\d{2}|https?://[^\s<»«]+)(?![\w\u2069])"
)


@pytest.mark.parametrize("locale", ["ar", "ckb"])
def test_literals_in_right_to_left_texts_are_isolated(locale: str) -> None:
    bare = []
    for _, entry in _messages(locale):
        visitor = _Texts()
        visitor.visit(entry)
        for part in visitor.parts:
            text = re.sub("<[^>]*>|\u2068[^\u2069]*\u2069", " ", part)
            bare += [f"{entry.id.name}: {m.group(0)}" for m in LITERAL.finditer(text)]
    assert bare == []
