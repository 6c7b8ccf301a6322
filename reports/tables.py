"""Tables as files: CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Arabic
right) and XLSX (a sheet laid out right to left for Arabic and Sorani)."""

from __future__ import annotations

import csv
import io

from reports.charts import RTL_LOCALES
from storage.services.exports import Table

FORMULA_START = ("=", "+", "-", "@")


def to_csv(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(table.headers)
    # A cell starting like a formula is a spreadsheet's attack surface: quote it as text.
    writer.writerows(
        [f"'{value}" if value.startswith(FORMULA_START) else value for value in row]
        for row in table.rows
    )
    return ("\ufeff" + buffer.getvalue()).encode()


def to_xlsx(table: Table, locale: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = table.name[:31]
    sheet.sheet_view.rightToLeft = locale in RTL_LOCALES
    sheet.append(table.headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in table.rows:
        # A leading "=" would make a formula of someone's text: store such cells as text.
        sheet.append(
            [f"'{value}" if value.startswith(("=", "+", "-", "@")) else value for value in row]
        )
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
