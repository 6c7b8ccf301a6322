"""The summary report's follow-up section tells the decisions the network took in the chat:
each question, its result and turnout, and the outcome the organizers stated."""

from __future__ import annotations

from types import SimpleNamespace

from bot.i18n import TansiqCore
from reports.summary import Document, decisions_part
from storage.services.decisions import Decided

CORE = TansiqCore().load()


def test_the_report_lists_each_decision_with_its_result_and_outcome() -> None:
    decided = [
        Decided(1, "proposal", "تعتمد الشبكة خطة الحماية", "أُقرّت الخطة.", "passed", 11, 19, 4),
        Decided(2, "ranked", "موضوع الاجتماع القادم", "الحماية أولًا.", "decided", 6, 6, None),
    ]
    document = Document(title="t", locale="ar")
    data = SimpleNamespace(decisions=decided)
    decisions_part(document, data, lambda key, **v: CORE.get(key, "ar", **v))  # type: ignore[arg-type]
    texts = [(b.kind, b.text.replace("\u2068", "").replace("\u2069", "").replace("\u200f", ""))
             for b in document.blocks]  # fmt: skip
    assert texts[0] == ("h2", "القرارات المتَّخذة في المحادثة")
    assert texts[1] == (
        "li",
        "تعتمد الشبكة خطة الحماية: أُقرّ (الأصوات: 11 / 19). نصّ القرار: أُقرّت الخطة.",
    )
    assert texts[2][1].startswith("موضوع الاجتماع القادم: اتُّخذ (الأصوات: 6 / 6).")


def test_no_decisions_no_heading() -> None:
    document = Document(title="t", locale="en")
    decisions_part(document, SimpleNamespace(decisions=[]), lambda key, **v: key)  # type: ignore[arg-type]
    assert document.blocks == []
