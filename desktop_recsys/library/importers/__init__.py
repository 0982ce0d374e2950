"""Importers: data sets, personal histories, mapped CSV files and media folders. No Qt here.

Every importer takes an open :class:`~desktop_recsys.library.db.Library`, runs in one
transaction (a cancel, a strict-mode abort or a crash leaves the library as it was), reports
``progress(fraction, message)``, honours a cancel token, and returns an
:class:`~desktop_recsys.library.importers.report.ImportReport`. Running the same import twice
changes nothing the second time.
"""

from desktop_recsys.library.importers.report import ImportAborted, ImportReport, Problem

__all__ = ["ImportAborted", "ImportReport", "Problem"]
