"""Tables as files: CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Arabic
right) and XLSX (a sheet laid out right to left for Arabic and Sorani)."""

from __future__ import annotations

import csv
import io

from reports.charts import RTL_LOCALES
from storage.services.exports import Table

# Spreadsheets run a cell that starts like this as a formula (OWASP's CSV injection list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """People's text as a cell: one that starts like a formula is stored as text."""
    return f"'{value}" if value.startswith(FORMULA_START) else value


def to_csv(table: Table) -> bytes:
    """Every CSV the bot sends goes through here (BOM: spreadsheets then read Arabic right)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([neutralise(header) for header in table.headers])
    writer.writerows([neutralise(value) for value in row] for row in table.rows)
    return ("\ufeff" + buffer.getvalue()).encode()


def to_xlsx(table: Table, locale: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = table.name[:31]
    sheet.sheet_view.rightToLeft = locale in RTL_LOCALES
    sheet.append([neutralise(header) for header in table.headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in table.rows:
        sheet.append([neutralise(value) for value in row])
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
