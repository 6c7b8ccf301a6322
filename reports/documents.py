"""Render a report (reports/summary.py) as DOCX, as a self-contained HTML page, or as PDF.

Right-to-left documents (Arabic, Sorani) mark every paragraph bidi and every run rtl in DOCX,
and set dir="rtl" in HTML; Word and browsers then shape and order the text themselves. Charts
are PNG images inside the file."""

from __future__ import annotations

import base64
import html
import io
import re
import unicodedata
from typing import Any

from reports.summary import Document

HEADINGS = {"title": 0, "h1": 1, "h2": 2, "h3": 3}


def render_docx(document: Document) -> bytes:
    """python-docx inserts each paragraph with a scan of the body (quadratic: 20 s for 10,000
    items); here one prototype paragraph per kind is made through its API, then copied and
    placed before the section properties directly, which takes linear time."""
    from copy import deepcopy

    from docx import Document as Docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt

    docx = Docx()
    normal = docx.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:cs"), "Arial")  # the complex-script font: Arabic letters
    docx.core_properties.title = document.title
    docx.core_properties.language = document.locale
    rtl = document.rtl

    def prototype(kind: str) -> Any:
        if kind in HEADINGS:
            paragraph = docx.add_heading("x", level=HEADINGS[kind])
        elif kind == "li":
            paragraph = docx.add_paragraph("x", style="List Bullet")
        else:
            paragraph = docx.add_paragraph("x")
            if kind == "caption":
                paragraph.runs[0].italic = True
        if kind in ("caption", "figure"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif rtl:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        element = paragraph._p
        if rtl:
            element.get_or_add_pPr().append(OxmlElement("w:bidi"))
            element.r_lst[0].get_or_add_rPr().append(OxmlElement("w:rtl"))
        element.getparent().remove(element)
        return element

    prototypes = {
        kind: prototype(kind) for kind in ("title", "h1", "h2", "h3", "li", "caption", "p")
    }
    section = docx.element.body.sectPr
    space = qn("xml:space")
    for block in document.blocks:
        if block.kind == "figure" and block.image is not None:
            docx.add_picture(io.BytesIO(block.image), width=Inches(6))
            docx.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        element = deepcopy(prototypes.get(block.kind, prototypes["p"]))
        text = element.find(".//" + qn("w:t"))
        text.text = block.text
        text.set(space, "preserve")
        section.addprevious(element)
    buffer = io.BytesIO()
    docx.save(buffer)
    return buffer.getvalue()


def render_pdf(document: Document) -> bytes:
    """The HTML report laid out for print, in a child process (reports/pdf.py)."""
    from reports.pdf import print_css, render_in_child

    return render_in_child(render_html(document, extra_css=print_css()))


def isolated(text: str, rtl: bool = False) -> str:
    """Escaped, with each span Fluent isolated (a variable: a name, a sentence someone typed)
    as an element embedded in its own direction: WeasyPrint ignores the isolate characters,
    which left an English sentence's full stop on the wrong side in an Arabic line.

    A Latin name in brackets beside Arabic ("(Demo: Directorate of …, Kirkuk 2)") keeps its
    brackets inside its left-to-right span: outside, they took the Arabic direction, and where
    a line broke inside the name they were drawn mirrored on its far sides ("Demo: Directorate
    of) … / (Family Protection, Kirkuk 2"). A right-to-left mark on each side of a
    left-to-right span keeps two English spans from joining into one run, as isolates would."""
    text = BRACKETED.sub(
        lambda m: (
            f"\u2068({m.group(1)}){PDI}" if _direction_of(m.group(1)) == "ltr" else m.group(0)
        ),
        text,
    )
    out: list[str] = []
    rest = text
    while "\u2068" in rest:
        before, _, after = rest.partition("\u2068")
        inner, found, rest = after.partition("\u2069")
        if not found:  # unbalanced: leave it as it is
            return html.escape(text)
        direction = _direction_of(inner)
        out.append(html.escape(before))
        if inner.isdigit():  # a bare number has one order in either direction
            out.append(html.escape(inner))
            continue
        span = f'<span dir="{direction}" style="unicode-bidi:embed">{html.escape(inner)}</span>'
        out.append(f"{RLM}{span}{RLM}" if rtl and direction == "ltr" else span)
    out.append(html.escape(rest))
    return "".join(out)


RLM = "\u200f"
PDI = "\u2069"
BRACKETED = re.compile("\\(\u2068([^\u2068\u2069]*)\u2069\\)")


def _direction_of(text: str) -> str:
    """By the first strong letter, as the isolate character (FSI) says: left to right where
    there is none, so a date or a period of two dates keeps its order beside Arabic (laid out
    right to left, "2026-10-01" came out as "01-10-2026")."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return "ltr"


def render_html(document: Document, *, extra_css: str = "") -> str:
    """extra_css: the print style sheet of the PDF (reports/pdf.py)."""
    direction = "rtl" if document.rtl else "ltr"
    parts = [
        "<!doctype html>",
        f'<html lang="{html.escape(document.locale)}" dir="{direction}">',
        '<head><meta charset="utf-8">',
        f"<title>{html.escape(document.title)}</title>",
        "<style>body{font-family:Arial,'Noto Naskh Arabic',sans-serif;max-width:50em;"
        "margin:2em auto;line-height:1.5}figure{text-align:center;margin:1.5em 0}"
        "figure img{max-width:100%}figcaption{font-style:italic}",
        extra_css,
        "</style>",
        "</head><body>",
    ]
    in_list = False
    for block in document.blocks:
        if block.kind == "li":
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{isolated(block.text, document.rtl)}</li>")
            continue
        if in_list:
            parts.append("</ul>")
            in_list = False
        if block.kind == "figure" and block.image is not None:
            encoded = base64.b64encode(block.image).decode()
            parts.append(f'<figure><img alt="" src="data:image/png;base64,{encoded}">')
        elif block.kind == "caption":
            parts.append(f"<figcaption>{isolated(block.text, document.rtl)}</figcaption></figure>")
        elif block.kind in HEADINGS:
            level = HEADINGS[block.kind] + 1
            parts.append(f"<h{level}>{isolated(block.text, document.rtl)}</h{level}>")
        else:
            parts.append(f"<p>{isolated(block.text, document.rtl)}</p>")
    if in_list:
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)
