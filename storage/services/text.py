"""Text normalisation shared by search and validation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import TypeVar

# Arabic short vowels, tanween, shadda, sukun, superscript alef and the tatweel.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Letters written differently across Arabic and Sorani keyboards, folded to one form.
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ې": "ي",
        "ێ": "ي",
        "ک": "ك",
        "ة": "ه",
        "ە": "ه",
        "ھ": "ه",
        "ۆ": "و",
        "ؤ": "و",
        "ئ": "ي",
        "ڕ": "ر",
        "ڵ": "ل",
    }
)
# Bidi controls a pasted name may carry; they would make two equal names look different.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\u200b-\u200d\ufeff]")
_NOT_WORD = re.compile(r"[^\w]+")


def fold_for_search(text: str) -> str:
    """Lower-case, strip marks and punctuation, fold letter variants: 'Al-Anbar' ~ 'al anbar'."""
    text = unicodedata.normalize("NFKC", text)
    text = _BIDI_CONTROLS.sub("", text)
    text = _ARABIC_MARKS.sub("", text).casefold().translate(_FOLD)
    return " ".join(_NOT_WORD.sub(" ", text).split())


def clean_line(text: str) -> str:
    """One line of user text: controls removed, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text)
    text = _BIDI_CONTROLS.sub("", text)
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in "\t\n")
    return " ".join(text.split())


def clean_text(text: str) -> str:
    """Several lines of user text: each line cleaned, at most one empty line between paragraphs."""
    lines = [clean_line(line) for line in text.replace("\r\n", "\n").split("\n")]
    paragraphs: list[str] = []
    for line in lines:
        if line or (paragraphs and paragraphs[-1]):
            paragraphs.append(line)
    return "\n".join(paragraphs).strip()


# Arabic-Indic (٠١٢…) and Persian/Kurdish (۰۱۲…) digits, as Arabic and Kurdish keyboards type.
_DIGITS = str.maketrans(
    {**{chr(0x0660 + n): str(n) for n in range(10)}, **{chr(0x06F0 + n): str(n) for n in range(10)}}
)


def ascii_digits(text: str) -> str:
    """Typed dates, times and numbers read alike whatever digits the keyboard gives."""
    return text.translate(_DIGITS)


# Row ids are 32-bit in the schema: anything larger from a payload or a button is forged.
MAX_ROW_ID = 2**31 - 1


def parse_row_id(text: str) -> int | None:
    """An id typed in a link or a button (Western, Arabic or Persian digits), or None."""
    if not text or len(text) > 10 or not text.isdigit():
        return None
    value = int(text)  # int() reads ٠١٢ and ۰۱۲ as 012
    return value if 0 < value <= MAX_ROW_ID else None


T = TypeVar("T")


def in_reading_order(texts: Mapping[str, T], chain: Sequence[str]) -> T | None:
    """The text in the first language of `chain` it was written in, else in any language it
    was written in (None when there is none): what a reader gets when hers was skipped."""
    for code in chain:
        if texts.get(code):
            return texts[code]
    return next((value for value in texts.values() if value), None)
