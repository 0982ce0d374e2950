from __future__ import annotations

import pytest

from desktop_recsys.engine.registry import (
    algorithm_names,
    create,
    get_algorithm,
    parse_params,
)
from desktop_recsys.errors import UserError


def test_required_algorithms_are_registered() -> None:
    names = set(algorithm_names())
    expected = {"popularity", "item-knn", "user-knn", "ease", "als", "bpr", "biased-mf", "default"}
    assert expected <= names


def test_params_parse_from_strings_with_types() -> None:
    model = create("als", {"factors": "16", "regularization": "0.5", "seed": "7"})
    assert (model.params.factors, model.params.regularization, model.params.seed) == (16, 0.5, 7)
    knn = create("item-knn", {"binary": "yes", "similarity": "pearson"})
    assert knn.params.binary is True and knn.params.similarity == "pearson"


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("nope", {}, "unknown algorithm 'nope'"),
        ("als", {"factor": "3"}, "unknown parameter 'factor' for algorithm 'als'"),
        ("als", {"factors": "many"}, "factors='many' for algorithm 'als' is not an integer"),
        ("als", {"alpha": "nan"}, "is not a finite number"),
        ("als", {"factors": "0"}, "factors=0 must be at least 1"),
        ("item-knn", {"similarity": "jaccardish"}, "is not one of"),
        ("item-knn", {"binary": "maybe"}, "is not true or false"),
    ],
)
def test_bad_names_and_params_are_user_errors(name, params, message) -> None:
    with pytest.raises(UserError, match=message.replace("(", r"\(").replace(")", r"\)")):
        create(name, params)


def test_unknown_algorithm_lists_choices() -> None:
    with pytest.raises(UserError) as info:
        get_algorithm("alss")
    assert "als" in str(info.value) and "ease" in str(info.value)


def test_dash_keys_map_to_underscores() -> None:
    p = parse_params(get_algorithm("ease"), {"max-items": "5"})
    assert p.max_items == 5
