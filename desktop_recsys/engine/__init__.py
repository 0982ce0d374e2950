"""The recommendation engine: datasets, algorithms, evaluation and persistence.

Qt-free and independent of :mod:`desktop_recsys.library`; ``services`` turns library rows into
a :class:`~desktop_recsys.engine.dataset.Dataset` and engine results back into rows. This package
``__init__`` imports nothing heavy so that ``import desktop_recsys.engine`` stays cheap; import
the submodules you need:

- :mod:`.dataset` -- :class:`Dataset` (id maps, sparse interactions, side information)
- :mod:`.base` -- the :class:`Recommender` contract and its result types
- :mod:`.registry` -- the catalogue of algorithms by name (the only module importing them all)
- :mod:`.params` -- hyper-parameters parsed from strings
- :mod:`.algorithms` -- the algorithms, one module (or small package) per family
- :mod:`.features` -- text, matrix and explanation helpers shared by the algorithms
- :mod:`.persistence` -- :func:`save_model` / :func:`load_model` (``.npz``, never pickled)
- :mod:`.evaluation` -- the protocol of ``EVALUATION.md`` (split and metrics)
"""
