"""Use cases as plain functions and small read facades: the CLI, the jobs and the GUI call these.

No Qt here. Job functions take paths and ids, open their own library connection, report
``progress(fraction, message)`` and honour a cancel token.
"""
