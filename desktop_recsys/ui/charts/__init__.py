"""The Model Lab's charts, drawn with pyqtgraph from the plain data of a Lab run.

Every chart is a :class:`~desktop_recsys.ui.charts.base.LabChart`: a pyqtgraph plot with a
caption in words under it and a right-click menu that exports the chart as PNG or SVG
(pyqtgraph's exporters) or resets the view. One chart per module:

- ``base``: :class:`LabChart` and the tick helper the bucketed charts share;
- ``palette``: the algorithms' colours (plain Qt, no pyqtgraph);
- ``metric_bars``: a metric per algorithm, bars with 95 % interval whiskers;
- ``learning_curve``: a metric by how much a profile had in training;
- ``grouped_bars``: bars in groups, the base of ``popularity_bias`` and ``calibration``;
- ``catalogue_map``: the catalogue in two dimensions (PCA or t-SNE);
- ``training_progress``: the live chart of a running job (training loss per epoch).

pyqtgraph imports numpy, so the chart modules (all but ``palette``) are imported only when the
Lab is first shown, never at start-up (see ``tests/test_boundaries.py``); this package's
``__init__`` therefore imports nothing.
"""
