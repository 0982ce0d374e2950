"""For you's catalogue rows kept on disk beside the models (issue 19): a fresh process reads
them instead of building them, never for other data than they were made from, and a damaged
file is ignored and written anew. Every list made with them equals a list made from scratch."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from desktop_recsys.config.paths import models_dir_for
from desktop_recsys.library import Library
from desktop_recsys.services import for_you_rows_file, for_you_service
from desktop_recsys.services.for_you_service import ForYouResult, for_you_list
from desktop_recsys.services.for_you_vectors import SliderVectors
from desktop_recsys.services.training_service import train_model

N, POOL = 20, 60


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory, demo_library_file: Path) -> Path:
    folder = tmp_path_factory.mktemp("rows-file")
    shutil.copyfile(demo_library_file, folder / "demo.sqlite")
    train_model(folder / "demo.sqlite", models_dir_for(folder / "demo.sqlite"), kind="film")
    return folder


@pytest.fixture
def library(trained: Path, tmp_path: Path) -> Path:
    """A trained library whose models folder has no rows file yet (as one trained before
    trainings wrote it)."""
    shutil.copytree(trained, tmp_path / "lib")
    path = tmp_path / "lib" / "demo.sqlite"
    shutil.rmtree(rows_file(path).parent)
    return path


@pytest.fixture(scope="module")
def candidates(trained: Path) -> list[int]:
    """A list's candidates (popular films, with attributes)."""
    return [r.item_id for r in listed(trained / "demo.sqlite", None).recommendations.rows]


def vectors_now(library: Path, candidates: list[int]) -> tuple[SliderVectors, object]:
    """The candidates' rows as a fresh process gets them (rows file or built), checked
    against rows computed from scratch; cheaper than a whole list (no model)."""
    keep = SliderVectors()
    got = keep.rows(
        library, "film", candidates,
        lambda lib: for_you_service._dataset_in(lib, 1, "film", only_items=candidates),
        store=models_dir_for(library),
    )  # fmt: skip
    with Library.open(library) as lib:
        whole = for_you_service._dataset_in(lib, 1, "film")
    scratch = for_you_service._candidate_vectors(whole, candidates)
    assert got.shape == scratch.shape
    assert abs(got - scratch).max() < 1e-6
    return keep, got


def rows_file(library: Path) -> Path:
    return for_you_rows_file.path_for(models_dir_for(library), "film")


def listed(path: Path, keep: SliderVectors | None, profile: int = 1) -> ForYouResult:
    return for_you_list(
        path, models_dir_for(path), profile=profile, kind="film", n=N, diversity_pool=POOL,
        vector_cache=keep,
    )  # fmt: skip


def fresh_process_list(path: Path, profile: int = 1) -> tuple[SliderVectors, ForYouResult]:
    """A list as a process that just started makes it (nothing kept in memory), checked
    against a list computed from scratch (no kept rows at all, none read from disk)."""
    keep = SliderVectors()
    kept = listed(path, keep, profile)
    scratch = listed(path, None, profile)
    assert [r.item_id for r in kept.recommendations.rows] == [
        r.item_id for r in scratch.recommendations.rows
    ]
    assert kept.vectors.shape == scratch.vectors.shape
    assert (kept.vectors != scratch.vectors).nnz == 0
    return keep, kept


def test_a_second_process_reads_the_rows_instead_of_building_them(library: Path) -> None:
    first, _ = fresh_process_list(library)
    assert (first.reads, first.loads) == (1, 0)
    assert rows_file(library).is_file()
    for profile in (1, 2):
        again, _ = fresh_process_list(library, profile)
        assert (again.reads, again.loads) == (0, 1)
    # One file for the kind, no temporary file left beside it.
    assert [p.name for p in rows_file(library).parent.iterdir()] == [rows_file(library).name]


@pytest.mark.subprocess
def test_a_new_interpreter_uses_the_file(library: Path) -> None:
    fresh_process_list(library)
    code = (
        "import json, sys\n"
        "from desktop_recsys.config.paths import models_dir_for\n"
        "from desktop_recsys.services.for_you_service import for_you_list\n"
        "from desktop_recsys.services.for_you_vectors import SliderVectors\n"
        "keep = SliderVectors()\n"
        "path = sys.argv[1]\n"
        f"r = for_you_list(path, models_dir_for(path), profile=1, kind='film', n={N},\n"
        f"                 diversity_pool={POOL}, vector_cache=keep)\n"
        "print(json.dumps([keep.reads, keep.loads, [x.item_id for x in r.recommendations.rows]]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(library)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    reads, loads, items = json.loads(done.stdout.strip().splitlines()[-1])
    assert (reads, loads) == (0, 1)
    assert items == [r.item_id for r in listed(library, None).recommendations.rows]


def test_ratings_and_plays_keep_using_them(library: Path, candidates: list[int]) -> None:
    """The rows kept are made of the catalogue alone: a star click or a play (by a profile
    that had none, too) leaves the file serving, and the rows read equal rows built from
    scratch on the new data (``vectors_now`` checks that)."""
    with Library.open(library) as lib:  # (a new profile is a new audience column: first)
        newcomer = lib.profiles.add("Newcomer").id
    vectors_now(library, candidates)
    with Library.open(library) as lib:
        lib.ratings.set(2, candidates[0], 5.0)
        lib.ratings.set(newcomer, candidates[1], 1.0)
        lib.plays.add(newcomer, candidates[2])
    keep, _ = vectors_now(library, candidates)
    assert (keep.reads, keep.loads) == (0, 1)
    fresh_process_list(library, newcomer)  # the whole list too, for the new profile


@pytest.mark.parametrize(
    "edit",
    [
        "DELETE FROM item_genres WHERE item_id IN ({ids})",
        "UPDATE items SET year = year + 10 WHERE id IN ({ids})",
        "DELETE FROM credits WHERE item_id IN ({ids})",
        "INSERT INTO profiles (name, created_at) VALUES ('Someone new', 0)",
    ],
    ids=["genres", "years", "people", "a profile"],
)
def test_an_edit_behind_the_apps_back_builds_them_again(
    library: Path, candidates: list[int], edit: str
) -> None:
    """No change counter sees these (another program, or the app's own metadata editor):
    the digest of the rows' inputs does."""
    _, first = vectors_now(library, candidates)
    with Library.open(library) as lib, lib.transaction() as conn:
        conn.execute(edit.format(ids=",".join(map(str, candidates[:10]))))
    keep, after = vectors_now(library, candidates)
    assert (keep.reads, keep.loads) == (1, 0)
    if "profiles" not in edit:
        assert (after != first).nnz > 0  # the edit did change the rows


def test_a_training_leaves_them_for_the_first_window(library: Path) -> None:
    """The first window after a training (of any algorithm) reads the rows its training
    wrote, and its list equals a list made from scratch."""
    train_model(library, models_dir_for(library), kind="film", algorithm="popularity")
    assert rows_file(library).is_file()
    keep, _ = fresh_process_list(library)
    assert (keep.reads, keep.loads) == (0, 1)


def test_a_model_retrained_keeps_using_them(library: Path) -> None:
    """The rows are made of the catalogue only, not of a model: after a retrain the file
    still serves, and the list made with it is the list made from scratch."""
    fresh_process_list(library)
    train_model(library, models_dir_for(library), kind="film", algorithm="popularity")
    keep, _ = fresh_process_list(library)
    assert (keep.reads, keep.loads) == (0, 1)


def test_a_library_copied_with_its_models_elsewhere_uses_them(
    library: Path, candidates: list[int], tmp_path: Path
) -> None:
    vectors_now(library, candidates)
    moved = tmp_path / "elsewhere" / "renamed.sqlite"
    moved.parent.mkdir()
    shutil.copyfile(library, moved)
    shutil.copytree(models_dir_for(library), models_dir_for(moved))
    keep, _ = vectors_now(moved, candidates)
    assert (keep.reads, keep.loads) == (0, 1)


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _garbage(path: Path) -> None:
    path.write_bytes(b"not a file of rows at all")


def _flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:  # a byte inside the stored vectors' values
        info = zf.getinfo("data.npy")
    data[info.header_offset + 30 + len(info.filename) + 140] ^= 0xFF
    path.write_bytes(bytes(data))


def _indices_out_of_range(path: Path) -> None:
    """A well-formed file whose arrays do not fit together (no checksum catches it)."""
    with np.load(path, allow_pickle=False) as stored:
        arrays = {name: stored[name] for name in stored.files}
    arrays["indices"] = arrays["indices"] + int(arrays["shape"][1])
    np.savez(path, **arrays)


def _wrong_length(path: Path) -> None:
    with np.load(path, allow_pickle=False) as stored:
        arrays = {name: stored[name] for name in stored.files}
    arrays["described"] = arrays["described"][:-1]
    np.savez(path, **arrays)


@pytest.mark.parametrize(
    "damage", [_truncate, _garbage, _flip_a_byte, _indices_out_of_range, _wrong_length]
)
def test_a_damaged_file_is_ignored_and_written_anew(
    library: Path, candidates: list[int], damage: object
) -> None:
    vectors_now(library, candidates)
    damage(rows_file(library))  # type: ignore[operator]
    keep, _ = vectors_now(library, candidates)  # never a crash, never wrong rows
    assert (keep.reads, keep.loads) == (1, 0)
    again, _ = vectors_now(library, candidates)
    assert (again.reads, again.loads) == (0, 1)  # written anew


def test_a_folder_it_cannot_write_to_costs_only_time(library: Path, candidates: list[int]) -> None:
    cache = rows_file(library).parent
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text("a file where the cache folder would be")
    for _ in range(2):
        keep, _ = vectors_now(library, candidates)
        assert (keep.reads, keep.loads) == (1, 0)


def test_rows_of_items_without_attributes_never_reach_the_disk(
    library: Path, candidates: list[int]
) -> None:
    """Their rows are who played or rated them: computed each time, never written (an erased
    profile leaves nothing behind in this file)."""
    bare = candidates[::5]
    marks = ",".join(map(str, bare))
    with Library.open(library) as lib, lib.transaction() as conn:
        for table in ("item_genres", "item_tags", "credits"):
            conn.execute(f"DELETE FROM {table} WHERE item_id IN ({marks})")
        conn.execute(
            f"UPDATE items SET year = NULL, duration = NULL, artist = NULL WHERE id IN ({marks})"
        )
    keep, got = vectors_now(library, candidates)
    assert keep.reads == 1
    with np.load(rows_file(library), allow_pickle=False) as stored:
        ids = [str(i) for i in stored["item_ids"]]
        indptr, described = stored["indptr"], stored["described"]
    rows = [ids.index(str(i)) for i in bare]
    assert not described[rows].any()
    assert all(indptr[r + 1] == indptr[r] for r in rows)  # nothing stored for them
    assert all(got[k].nnz for k in range(0, len(candidates), 5))  # their audience, in memory
    again, _ = vectors_now(library, candidates)  # bare candidates: built from interactions
    assert again.reads == 1


def test_old_temporary_files_are_swept_young_ones_left(
    library: Path, candidates: list[int]
) -> None:
    vectors_now(library, candidates)
    folder = rows_file(library).parent
    old = folder / f".{rows_file(library).name}.a.tmp"
    young = folder / f".{rows_file(library).name}.b.tmp"  # maybe another process writing
    for temp in (old, young):
        temp.write_bytes(b"half")
    past = os.stat(old).st_mtime - 2 * for_you_rows_file.STALE_TEMP_S
    os.utime(old, (past, past))
    with Library.open(library) as lib, lib.transaction() as conn:  # new rows: written again
        conn.execute("UPDATE items SET year = year + 1 WHERE id = ?", (candidates[0],))
    vectors_now(library, candidates)
    assert not old.exists() and young.exists()
