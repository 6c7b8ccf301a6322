"""The summary report as a file, for the chat's /report and the console alike: built in a
thread (a second or two of CPU each), two at a time per process."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from reports.documents import render_docx, render_html, render_pdf
from reports.pdf import PdfUnavailable
from reports.summary import build_summary
from storage.services.report_data import ReportData
from storage.services.taxonomy import Taxonomy

log = logging.getLogger(__name__)

# Two documents at a time per process: each holds a CPU for a second or two.
BUILDS = asyncio.Semaphore(2)
FORMATS = ("pdf", "docx", "html")


async def summary_file(
    data: ReportData, taxonomy: Taxonomy, get: Callable[..., Any], locale: str, fmt: str
) -> tuple[bytes, str]:
    """The report in `fmt`, and the format it came in: a PDF that cannot be made here (no
    Pango) comes as DOCX."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    async with BUILDS:
        document = await asyncio.to_thread(build_summary, data, taxonomy, get, locale)
        if fmt == "pdf":
            try:
                return await asyncio.to_thread(render_pdf, document), "pdf"
            except PdfUnavailable as exc:
                log.warning("report: no PDF (%s); the DOCX is sent", exc)
                fmt = "docx"
        if fmt == "docx":
            return await asyncio.to_thread(render_docx, document), "docx"
        return (await asyncio.to_thread(render_html, document)).encode(), "html"
