"""The For you diversity slider on the demo library with a trained model: every step makes
the list more varied (intra-list diversity only grows, and the list changes), yet every item
stays above the relevance floor (the 2 n most relevant candidates) and the list stays in
score order."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from desktop_recsys.engine.rerank import diversify_within_taste, intra_list_similarity
from desktop_recsys.services.for_you_service import diversify, for_you_list
from desktop_recsys.services.training_service import train_model

N, POOL = 50, 150  # the For you screen's list and candidates
PROFILE = 1


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory, demo_library_file: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("diversity")
    library = folder / "demo.sqlite"  # training writes the model's run: a private copy
    shutil.copyfile(demo_library_file, library)
    train_model(library, folder / "models", kind="film")
    return for_you_list(
        library, folder / "models", profile=PROFILE, kind="film", n=N, diversity_pool=POOL
    )


def test_every_step_of_the_slider_varies_the_list_more_within_the_profiles_taste(
    result,  # type: ignore[no-untyped-def]
) -> None:
    rows = result.recommendations.rows
    assert len(rows) == POOL and result.vectors is not None
    position = {row.item_id: k for k, row in enumerate(rows)}
    by_score = sorted(range(POOL), key=lambda k: -rows[k].score)
    floor = rows[by_score[2 * N - 1]].score  # the relevance floor: the 2n-th best score
    diversity_before, shown_before = -1.0, None
    for step in range(0, 101, 5):  # the slider's steps
        shown = diversify(result, step / 100)
        assert len(shown) == N
        scores = [row.score for row in shown]
        assert scores == sorted(scores, reverse=True), f"order leaves the score at {step}"
        assert min(scores) >= floor, f"below the relevance floor at {step}"
        ids = [row.item_id for row in shown]
        diversity = 1 - intra_list_similarity(result.vectors[[position[i] for i in ids]])
        if step == 0:
            assert ids == [rows[k].item_id for k in by_score[:N]]
        else:
            assert ids != shown_before, f"step {step} changed nothing"
            assert diversity > diversity_before, f"diversity fell at {step}"
        diversity_before, shown_before = diversity, ids
    assert diversity_before > 0  # the most varied list differs from the best matches


def test_the_floor_and_the_swaps_on_a_small_known_case() -> None:
    # Four clones of one taste and two different items: the swaps bring in the different
    # ones, but never the candidate below the floor.
    vectors = np.array(
        [[1, 0, 0], [1, 0, 0], [1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 0, 1]],
        dtype=float,
    )
    relevance = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, -0.5]
    assert diversify_within_taste(relevance, vectors, 3, 0.0).tolist() == [0, 1, 2]
    one = diversify_within_taste(relevance, vectors, 3, 0.3, floor_rank=6).tolist()
    two = diversify_within_taste(relevance, vectors, 3, 1.0, floor_rank=6).tolist()
    assert one == [0, 1, 4]  # ceil(0.3 * 3 / 2) = 1 swap: the best different one
    assert two == [0, 4, 5]  # 2 swaps, still in relevance order
    assert 6 not in diversify_within_taste(relevance, vectors, 3, 1.0, floor_rank=6)
    with pytest.raises(ValueError, match="between 0 and 1"):
        diversify_within_taste(relevance, vectors, 3, 1.5)


def test_the_candidates_vectors_read_only_their_interactions_and_are_the_same(
    result,  # type: ignore[no-untyped-def]
    demo_library_copy: Path,
) -> None:
    """For you reads only the candidates' interactions for their vectors (on 2 million ratings
    that is about a second instead of twenty): every candidate's vector, the audience vectors
    of items without attributes included, gives the same similarities as the whole data set."""
    from desktop_recsys.library import Library
    from desktop_recsys.services import for_you_service
    from desktop_recsys.services.dataset_service import dataset_from_library

    ids = [row.item_id for row in result.recommendations.rows]
    bare = ids[::7]  # some candidates lose every attribute: their vectors are their audience
    marks = ",".join("?" * len(bare))
    with Library.open(demo_library_copy) as edit, edit.transaction() as conn:
        conn.execute(f"DELETE FROM item_genres WHERE item_id IN ({marks})", bare)
        conn.execute(f"DELETE FROM item_tags WHERE item_id IN ({marks})", bare)
        conn.execute(f"DELETE FROM credits WHERE item_id IN ({marks})", bare)
        conn.execute(
            f"UPDATE items SET year = NULL, duration = NULL, artist = NULL, language = NULL "
            f"WHERE id IN ({marks})",
            bare,
        )
    statements: list[str] = []
    with Library.open(demo_library_copy) as library:
        whole = dataset_from_library(library, kind="film", profile_id=PROFILE)
        library.conn.set_trace_callback(statements.append)
        light = dataset_from_library(library, kind="film", profile_id=PROFILE, only_items=ids)
        library.conn.set_trace_callback(None)
    assert 0 < light.nnz < whole.nnz / 3  # it read far less: only the bare items' rows
    read = {str(light.item_ids[j]) for j in light.matrix.nonzero()[1]}
    assert read and read <= {str(i) for i in bare}
    assert any("json_each" in s and "FROM ratings" in s for s in statements)
    a = for_you_service._candidate_vectors(whole, ids)
    b = for_you_service._candidate_vectors(light, ids)
    empty_attributes = [
        k
        for k, i in enumerate(ids)
        if whole.item_feature_matrix()[0][whole.item_index(str(i))].nnz == 0
    ]
    assert len(empty_attributes) >= len(bare) // 2  # the audience path is exercised
    np.testing.assert_allclose((a @ a.T).toarray(), (b @ b.T).toarray(), atol=1e-6)
