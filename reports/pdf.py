"""The PDF report: the HTML report laid out for print by WeasyPrint (Pango and HarfBuzz shape
Arabic and Sorani and order them right to left), in a child process.

A child process because a long report costs WeasyPrint a few hundred MB for a few seconds: the
bot's own memory stays bounded, and a crash or a time-out loses only the PDF.
Run as `python -m reports.pdf`: HTML on stdin, PDF on stdout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reports.charts import arabic_font_file

# A child that has not finished in this time is stopped; the DOCX and HTML still go out.
RENDER_TIMEOUT_SECONDS = 120


class PdfUnavailable(RuntimeError):
    """WeasyPrint or its system libraries (Pango) are missing, or the render failed."""


def latin_font_files() -> list[Path]:
    """DejaVu Sans as matplotlib ships it, so the PDF needs no system font for Latin."""
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return [folder / name for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")]


def print_css() -> str:
    """Page size, margins, page numbers and the fonts from the installed packages."""
    faces = []
    arabic = arabic_font_file()
    if arabic is not None:
        # A variable font: one file covers regular and bold.
        faces.append(
            "@font-face{font-family:'Tansiq Arabic';font-weight:100 900;"
            f"src:url('{arabic.as_uri()}')}}"
        )
    regular, bold = latin_font_files()
    for path, weight in ((regular, 400), (bold, 700)):
        if path.exists():
            faces.append(
                f"@font-face{{font-family:'Tansiq Latin';font-weight:{weight};"
                f"src:url('{path.as_uri()}')}}"
            )
    return "".join(faces) + (
        "@page{size:A4;margin:2cm 2cm 2.2cm;"
        "@bottom-center{content:counter(page) ' / ' counter(pages);font-size:9pt;color:#555}}"
        "body{font-family:'Tansiq Arabic','Tansiq Latin',sans-serif;max-width:none;margin:0;"
        "font-size:11pt;line-height:1.55}"
        "h1{font-size:16pt;margin-top:1.2em;break-after:avoid}"
        "h2,h3{break-after:avoid}h2{font-size:13pt}h3{font-size:11.5pt}"
        "figure{break-inside:avoid}figure img{width:100%}li{margin:.2em 0}"
    )


def render(page: str) -> bytes:
    """In this process: used by the child, and by tests that measure it."""
    import weasyprint

    return weasyprint.HTML(string=page).write_pdf()


def render_in_child(page: str, *, timeout: float = RENDER_TIMEOUT_SECONDS) -> bytes:
    """The PDF of an HTML page from a child process; PdfUnavailable when it cannot be made."""
    try:
        result = subprocess.run(
            [sys.executable, "-m", "reports.pdf"],
            input=page.encode(),
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise PdfUnavailable(f"the PDF took longer than {timeout:.0f} s") from exc
    if result.returncode != 0 or not result.stdout.startswith(b"%PDF"):
        lines = result.stderr.decode(errors="replace").strip().splitlines()
        raise PdfUnavailable(lines[-1] if lines else f"exit code {result.returncode}")
    return result.stdout


def main() -> int:
    try:
        pdf = render(sys.stdin.buffer.read().decode())
    except (ImportError, OSError) as exc:
        # OSError: WeasyPrint is installed but Pango is not (cffi cannot load it).
        print(f"WeasyPrint cannot run here: {exc}", file=sys.stderr)
        return 3
    sys.stdout.buffer.write(pdf)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
