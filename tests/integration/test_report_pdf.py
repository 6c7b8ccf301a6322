"""The PDF report as organizers print it: its first page turned into a picture (pdftoppm) must be
laid out right to left in Arabic and Sorani, left to right in English."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from aiogram.methods import SendDocument
from PIL import Image

from storage.database import Database
from tests.harness import FakeUser, Harness
from tests.integration.test_reports import a_quarter_of_work, today_period

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (Debian poppler-utils) is not installed"
)
DPI = 60


def text_lines(pdf: bytes, tmp_path: Path) -> tuple[int, list[tuple[int, int]]]:
    """The page width and, for each line of ink from the top of page 1, its left and right
    edge in pixels (the title, the period, the first heading and the first paragraph)."""
    source = tmp_path / "report.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(DPI),
            "-f",
            "1",
            "-l",
            "1",
            "-gray",
            "-png",
            str(source),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    page = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    width, height = page.size
    pixels = page.load()
    lines: list[tuple[int, int]] = []
    current: list[int] | None = None
    blank = 0
    for y in range(height):
        ink = [x for x in range(width) if pixels[x, y] < 128]
        if ink:
            blank = 0
            edges = [min(ink), max(ink)]
            current = (
                edges if current is None else [min(current[0], edges[0]), max(current[1], edges[1])]
            )
            continue
        blank += 1
        # Dots and vowel marks sit apart from their letters: a line ends after 3 blank rows.
        if current is not None and blank >= 3:
            lines.append((current[0], current[1]))
            current = None
            if len(lines) == 6:
                break
    return width, lines


async def report_pdf(harness: Harness, admin: FakeUser, db: Database, language: str) -> bytes:
    await a_quarter_of_work(harness, db)
    await admin.send(f"/report {today_period()}")
    await admin.press(language)
    pdf_call = harness.session.calls(SendDocument)[-1]
    assert pdf_call.document.filename.endswith(".pdf")
    return pdf_call.document.data


@pytest.mark.parametrize("language", ["العربية", "کوردی (سۆرانی)"])
async def test_the_arabic_and_sorani_pdf_read_right_to_left(
    harness: Harness, admin: FakeUser, db: Database, tmp_path: Path, language: str
) -> None:
    width, lines = text_lines(await report_pdf(harness, admin, db, language), tmp_path)
    assert len(lines) == 6
    rights = [right for _, right in lines]
    lefts = [left for left, _ in lines]
    # Every line starts at the right margin (2 cm); the short ones end far from the left one.
    assert max(rights) - min(rights) <= 3, lines
    assert width - max(rights) == pytest.approx(2 / 2.54 * DPI, abs=4)
    assert max(lefts) - min(lefts) > width / 4, lines


async def test_the_english_pdf_reads_left_to_right(
    harness: Harness, admin: FakeUser, db: Database, tmp_path: Path
) -> None:
    width, lines = text_lines(await report_pdf(harness, admin, db, "English"), tmp_path)
    lefts = [left for left, _ in lines]
    rights = [right for _, right in lines]
    assert max(lefts) - min(lefts) <= 3, lines
    assert min(lefts) == pytest.approx(2 / 2.54 * DPI, abs=4)
    assert max(rights) - min(rights) > width / 4, lines


async def test_without_a_pdf_the_other_documents_still_come(
    harness: Harness, admin: FakeUser, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reports.pdf
    from reports.pdf import PdfUnavailable

    def unavailable(page: str, **_: object) -> bytes:
        raise PdfUnavailable("WeasyPrint cannot run here: no library called pango")

    monkeypatch.setattr(reports.pdf, "render_in_child", unavailable)
    await a_quarter_of_work(harness, db)
    await admin.send(f"/report {today_period()}")
    await admin.press("English")
    ready = admin.last  # the Word file comes in the PDF's place, the web page on its button
    assert ready.text.startswith("✅ The report for ") and ready.text.endswith(
        "The PDF could not be made this time: here is the Word file; the web page is on the button."
    )
    await admin.press("🌐 Web page", ready)
    names = [call.document.filename for call in harness.session.calls(SendDocument)]
    assert [name.rsplit(".", 1)[1] for name in names] == ["docx", "html"]
