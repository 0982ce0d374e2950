"""The Model Lab screen as a small package, one part per module.

- ``view``: :class:`ModelLabView`, the screen, which puts the parts together;
- ``settings``: the left-hand panel (what to run, the job's progress) and ``parse_cutoffs``;
- ``results``: the summary, the comparison table and its export, the comparison in words;
- ``charts_area``: the chart tabs and their options bar;
- ``map_projection``: the catalogue map's t-SNE projection, a job kept for the run;
- ``evaluation`` and ``tuning``: the Lab's two long jobs, each followed through its handle;
- ``progress``: the bar, the line and the live chart those jobs report to.

The charts themselves are in :mod:`desktop_recsys.ui.charts`.
"""

from __future__ import annotations

from desktop_recsys.ui.views.lab.settings import parse_cutoffs
from desktop_recsys.ui.views.lab.view import ModelLabView

__all__ = ["ModelLabView", "parse_cutoffs"]
