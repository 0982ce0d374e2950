"""Exporters: the library, one profile's data, playlists and item lists, to files. No Qt here.

Every export is written atomically (a temporary file in the target's folder, then a rename), so
an interrupted export never leaves half a file under the chosen name. CSV cells that a
spreadsheet would run as formulas are neutralised (see
:func:`~desktop_recsys.library.importers.textfiles.neutralise_cell`), and every format reads back
through an importer: ``import library`` (library CSV/JSON), ``import profile`` (profile zip),
``import playlist`` (M3U8/CSV).
"""
