"""Built-in algorithms, one module (or small package) per family.

This package ``__init__`` imports nothing: :mod:`desktop_recsys.engine.registry` is the one
module that knows every algorithm by name and imports them on first use. Composite models
import the classes they are built from directly (:mod:`._parts` lists those the hybrid and the
learned ranker look up by name); :mod:`._nested` stores inner models inside an outer model.
"""
