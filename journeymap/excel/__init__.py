"""Spreadsheets: the gap-report workbook, the fill-in template and safe reading. No Qt."""
