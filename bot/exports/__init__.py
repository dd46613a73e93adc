"""Exports and imports: xlsx workbook, .ics calendar, customer CSV import.

Pure code: input is frozen dataclasses (or bytes), output is bytes (or parsed
rows). No DB, no Telegram, no network. Import from the modules, so that reading
a CSV does not load openpyxl:

- `bot.exports.model`: CustomerRow, NoteRow, TaskRow (the input rows)
- `bot.exports.xlsx`: build_workbook
- `bot.exports.ics`: build_calendar
- `bot.exports.csv_import`: read_customers_csv, ImportResult, ImportedCustomer, RowError

All three builders are CPU-bound: call them off the event loop (asyncio.to_thread).
"""
