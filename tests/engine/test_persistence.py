from __future__ import annotations

import json
import zipfile

import numpy as np
import pytest

from desktop_recsys.engine.persistence import FORMAT_VERSION, load_model, read_manifest, save_model
from desktop_recsys.errors import UserError


@pytest.fixture
def saved(tmp_path, make_model, two_tastes):
    model = make_model("item-knn").fit(two_tastes)
    return save_model(model, tmp_path / "m.npz", metrics={"ndcg_at_10": 0.25}), model, two_tastes


def test_manifest_records_everything(saved) -> None:
    path, model, ds = saved
    manifest = read_manifest(path)
    assert manifest["algorithm"] == "item-knn"
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["fingerprint"] == ds.fingerprint()
    assert manifest["params"]["k"] == model.params.k
    assert manifest["metrics"] == {"ndcg_at_10": 0.25}
    # Only .npy arrays and the manifest: nothing that could hold a pickle.
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
    assert "manifest.json" in names
    assert all(n == "manifest.json" or n.endswith(".npy") for n in names)
    assert list(path.parent.iterdir()) == [path]  # no temp file left behind


def test_fingerprint_mismatch_is_refused(saved) -> None:
    path, _, ds = saved
    other = ds.with_matrix(ds.matrix * 3)
    with pytest.raises(UserError, match="trained on other data"):
        load_model(path, dataset=other)
    assert load_model(path, dataset=ds).is_fitted


def test_pickled_arrays_are_never_loaded(saved, tmp_path) -> None:
    path, _, _ = saved
    evil = tmp_path / "evil.npz"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(evil, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "state.sim_data.npy":
                import io

                buf = io.BytesIO()
                np.save(buf, np.array([{"x": 1}], dtype=object), allow_pickle=True)
                data = buf.getvalue()
            dst.writestr(name, data)
    with pytest.raises(UserError, match="damaged model file"):
        load_model(evil)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda m: m.update(format_version=99), "format version 99 is not supported"),
        (lambda m: m.update(format="other"), "not a desktop_recsys model file"),
        (lambda m: m.update(algorithm="gone"), "unknown algorithm 'gone'"),
        (lambda m: m["params"].update(k=-1), "must be at least 1"),
        (lambda m: m["params"].update(bogus=1), "unknown parameters bogus"),
    ],
)
def test_bad_manifests_are_user_errors(saved, tmp_path, mutate, message) -> None:
    path, _, _ = saved
    bad = tmp_path / "bad.npz"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bad, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "manifest.json":
                manifest = json.loads(data)
                mutate(manifest)
                data = json.dumps(manifest).encode()
            dst.writestr(name, data)
    with pytest.raises(UserError, match=message):
        load_model(bad)


def test_not_a_model_file(tmp_path) -> None:
    junk = tmp_path / "junk.npz"
    junk.write_text("hello")
    with pytest.raises(UserError, match="not a desktop_recsys model file"):
        load_model(junk)
    with pytest.raises(UserError, match="not found"):
        load_model(tmp_path / "missing.npz")


def test_failed_save_keeps_the_old_file(saved, monkeypatch) -> None:
    path, model, _ = saved
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(np.lib.format, "write_array", boom)
    # A write error is the person's disk, not a bug: one line that names it (UserError).
    with pytest.raises(UserError, match="cannot save the model: .*disk full"):
        save_model(model, path)
    assert path.read_bytes() == before
    assert list(path.parent.iterdir()) == [path]


def test_unfitted_model_cannot_be_saved(tmp_path, make_model) -> None:
    with pytest.raises(RuntimeError, match="not fitted"):
        save_model(make_model("als"), tmp_path / "x.npz")
