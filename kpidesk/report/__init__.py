"""The meeting PDF: a report of the plan drawn with QPdfWriter, shared by the GUI and the CLI.

Call `kpidesk.report.writer.export_pdf(session, path, options)`; the sections it draws are
listed in `kpidesk.report.sections.report_sections()`.
"""
