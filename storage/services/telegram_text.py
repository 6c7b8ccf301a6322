"""What Telegram refuses, checked as the Bot API does: used to validate organizers' texts and by
the fakes, so tests fail where Telegram would."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from typing import Any

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
MAX_COMMAND_DESCRIPTION = 256

# Tags Telegram's HTML parse mode accepts.
ALLOWED_TAGS = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "tg-emoji",
        "code",
        "pre",
        "blockquote",
        "tg-time",
    }
)


_BARE = re.compile(r"<(?![a-zA-Z/])|&(?!#\d+;|#x[0-9a-fA-F]+;|[a-zA-Z]+;)")


class _TelegramHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.error: str | None = None
        self.visible: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.error:
            return
        if tag not in ALLOWED_TAGS:
            self.error = f'unsupported start tag "{tag}"'
            return
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.error:
            return
        if not self.stack or self.stack[-1] != tag:
            self.error = f'can\'t find end tag corresponding to start tag "{tag}"'
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.visible.append(data)


def html_error(text: str) -> str | None:
    """None if Telegram would accept `text` with parse_mode=HTML, else its complaint."""
    # "<" and "&" must start a tag or an entity; Telegram refuses a bare one.
    for match in _BARE.finditer(text):
        return f"Bad Request: can't parse entities: unexpected {match.group(0)!r}"
    parser = _TelegramHtml()
    parser.feed(text)
    parser.close()
    if parser.error:
        return f"Bad Request: can't parse entities: {parser.error}"
    if parser.stack:
        return f'Bad Request: can\'t parse entities: unclosed start tag "{parser.stack[-1]}"'
    return None


def visible_text(text: str, parse_mode: str | None) -> str:
    """The text a person sees: entities decoded, tags removed."""
    if (parse_mode or "").lower() != "html":
        return text
    parser = _TelegramHtml()
    parser.feed(text)
    parser.close()
    return "".join(parser.visible)


def message_text_error(text: str | None, parse_mode: str | None) -> str | None:
    if not text or not text.strip():
        return "Bad Request: message text is empty"
    if (parse_mode or "").lower() == "html":
        error = html_error(text)
        if error:
            return error
    if len(visible_text(text, parse_mode)) > MAX_TEXT:
        return "Bad Request: message is too long"
    return None


def reply_markup_error(markup: Any) -> str | None:
    rows = getattr(markup, "inline_keyboard", None)
    if not rows:
        return None
    for row in rows:
        for button in row:
            data = getattr(button, "callback_data", None)
            if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
                return "Bad Request: BUTTON_DATA_INVALID"
            if not getattr(button, "text", ""):
                return "Bad Request: text buttons are unallowed in the inline keyboard"
    return None


# --- splitting long texts ------------------------------------------------------------------

_TAG = re.compile(r"<(/?)([a-zA-Z-]+)([^>]*)>")


def _open_tags_after(html: str) -> list[tuple[str, str]]:
    """(name, full opening tag) of the tags still open at the end of `html`."""
    stack: list[tuple[str, str]] = []
    for match in _TAG.finditer(html):
        closing, name = match.group(1), match.group(2).lower()
        if closing:
            if stack and stack[-1][0] == name:
                stack.pop()
        else:
            stack.append((name, match.group(0)))
    return stack


def _cut_points(html: str) -> list[int]:
    """Where a text may be cut: after paragraphs, else lines, else sentences, else spaces;
    never inside a tag or an entity."""
    points: list[int] = []
    inside_tag = False
    for index, char in enumerate(html):
        if char == "<":
            inside_tag = True
        elif char == ">":
            inside_tag = False
        elif not inside_tag and char in "\n .!?؟،":
            points.append(index + 1)
    return points


def split_html(html: str, limit: int = MAX_TEXT) -> list[str]:
    """Split a Telegram-HTML text into parts of at most `limit` visible characters, at paragraph
    boundaries where possible, closing open tags at the end of a part and reopening them at the
    start of the next, so each part is valid on its own."""
    if len(visible_text(html, "HTML")) <= limit:
        return [html]
    parts: list[str] = []
    rest = html
    while len(visible_text(rest, "HTML")) > limit:
        points = _cut_points(rest)
        budget = limit - 50  # room for the tags we close and reopen
        best = None
        for separator in ("\n\n", "\n", ".", "؟", "!", "?", " "):
            fitting = [
                point
                for point in points
                if rest[:point].endswith(separator)
                and len(visible_text(rest[:point], "HTML")) <= budget
            ]
            if fitting:
                best = max(fitting)
                break
        if not best:  # one endless word: cut at the budget outside tags
            best = next(
                (p for p in reversed(points) if len(visible_text(rest[:p], "HTML")) <= budget),
                budget,
            )
        head, rest = rest[:best], rest[best:]
        still_open = _open_tags_after(head)
        head = head.rstrip() + "".join(f"</{name}>" for name, _ in reversed(still_open))
        rest = "".join(tag for _, tag in still_open) + rest.lstrip()
        parts.append(head)
    parts.append(rest)
    return [part for part in parts if visible_text(part, "HTML").strip()]


# --- fitting one message -------------------------------------------------------------------

MORE_MARK = "…"
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def telegram_length(text: str) -> int:
    """Telegram counts UTF-16 code units: an emoji outside the basic plane counts two."""
    return len(text.encode("utf-16-le")) // 2


def _cut_index(text: str, budget: int, html_mode: bool) -> int:
    """The index in `text` where its visible part reaches `budget` units, never inside a tag
    or an entity."""
    units = index = 0
    while index < len(text):
        char = text[index]
        end = index + 1
        if html_mode and char == "<":
            close = text.find(">", index)
            index = len(text) if close < 0 else close + 1
            continue
        if html_mode and char == "&" and (entity := _ENTITY.match(text, index)):
            char, end = unescape(entity.group(0)), entity.end()
        width = telegram_length(char)
        if units + width > budget:
            return index
        units += width
        index = end
    return index


def fits(text: str, limit: int = MAX_TEXT, parse_mode: str | None = "HTML") -> bool:
    if len(text) * 2 <= limit:  # nothing counts more than two units: most texts stop here
        return True
    return telegram_length(visible_text(text, parse_mode)) <= limit


def fit_text(text: str, limit: int = MAX_TEXT, parse_mode: str | None = "HTML") -> str:
    """`text` as it is when Telegram would take it, else cut to `limit` visible units in a
    defined way: at the last line break or space in the last fifth (or at the limit), open tags
    closed, and "…" at the end. Never refused, never cut inside a tag or an entity."""
    html_mode = (parse_mode or "").lower() == "html"
    if fits(text, limit, parse_mode):
        return text
    index = _cut_index(text, limit - telegram_length(MORE_MARK), html_mode)
    floor = index - max(1, limit // 5)
    for separator in ("\n", " "):
        at = text.rfind(separator, max(0, floor), index)
        if at > 0 and (not html_mode or text.rfind("<", 0, at) <= text.rfind(">", 0, at)):
            index = at
            break
    head = text[:index].rstrip()
    if not html_mode:
        return head + MORE_MARK
    closing = "".join(f"</{name}>" for name, _ in reversed(_open_tags_after(head)))
    return head + MORE_MARK + closing
