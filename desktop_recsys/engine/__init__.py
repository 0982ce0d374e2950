"""The recommendation engine: datasets, algorithms, evaluation and persistence.

Qt-free and independent of :mod:`desktop_recsys.library`; ``services`` turns library rows into
a :class:`~desktop_recsys.engine.dataset.Dataset` and engine results back into rows. This package
``__init__`` imports nothing heavy so that ``import desktop_recsys.engine`` stays cheap; import
the submodules you need:

- :mod:`.dataset` -- :class:`Dataset` (id maps, sparse interactions, side information)
- :mod:`.base` -- the :class:`Recommender` contract and its result types
- :mod:`.registry` -- algorithms by name, hyper-parameters parsed from strings
- :mod:`.persistence` -- :func:`save_model` / :func:`load_model` (``.npz``, never pickled)
- :mod:`.evaluation` -- the protocol of ``EVALUATION.md`` (split and metrics)
"""
