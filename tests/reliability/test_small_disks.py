"""The small disks of the full-disk tests are real: writes past their size fail with ENOSPC,
read-only ones with EROFS, in the process that writes by the folder's name and through the
view this process uses. The user-namespace way is checked here even when root runs the suite
(root's runs use mount(8) for the full-disk tests themselves)."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest
from small_disks import SmallDisk, _mount_in_a_user_namespace

FILL = "import sys\nwith open(sys.argv[1], 'wb') as f:\n    f.write(bytes(65536)); f.flush()\n"


@pytest.fixture
def namespace_disk(tmp_path: Path):
    disks: list[SmallDisk] = []

    def make(options: str) -> SmallDisk:
        folder = tmp_path.resolve() / f"disk{len(disks)}"
        folder.mkdir()
        disks.append(_mount_in_a_user_namespace(folder, options))
        return disks[-1]

    yield make
    for disk in disks:
        disk.close()


@pytest.mark.subprocess  # unshare(1), nsenter(1)
def test_a_user_namespace_disk_fills_up_for_real(namespace_disk) -> None:
    disk = namespace_disk("size=16k")
    done = disk.run([sys.executable, "-c", FILL, str(disk.folder / "big")])
    assert done.returncode != 0 and "No space left on device" in done.stderr, done.stderr
    with pytest.raises(OSError) as info, (disk.view / "here").open("wb") as handle:
        handle.write(bytes(65536))
        handle.flush()
    assert info.value.errno == errno.ENOSPC
    assert sorted(p.name for p in disk.view.iterdir()) == ["big", "here"]
    assert list(disk.folder.iterdir()) == []  # outside the namespace the folder is untouched
    disk.close()
    assert not Path(f"/proc/{disk.holder.pid}").exists()  # the holder and its mount are gone


@pytest.mark.subprocess  # unshare(1), nsenter(1)
def test_a_read_only_user_namespace_disk_refuses_every_write(namespace_disk) -> None:
    disk = namespace_disk("size=64k,ro")
    done = disk.run([sys.executable, "-c", FILL, str(disk.folder / "x")])
    assert done.returncode != 0 and "Read-only file system" in done.stderr, done.stderr
    with pytest.raises(OSError) as info:
        (disk.view / "x").write_bytes(b"1")
    assert info.value.errno == errno.EROFS


@pytest.mark.subprocess  # a stand-in unshare(1)
def test_where_no_disk_can_be_made_the_test_skips_and_says_why(tmp_path, monkeypatch) -> None:
    """A container that refuses user namespaces: a skip with the reason, never a pass."""
    fake = tmp_path / "bin" / "unshare"
    fake.parent.mkdir()
    fake.write_text(
        "#!/bin/sh\necho 'unshare: unshare failed: Operation not permitted' >&2\nexit 1\n"
    )
    fake.chmod(0o755)
    (fake.parent / "nsenter").symlink_to("/bin/false")  # never reached; there on every system
    monkeypatch.setenv("PATH", f"{fake.parent}:{os.environ['PATH']}")
    folder = tmp_path / "disk"
    folder.mkdir()
    with pytest.raises(pytest.skip.Exception, match="user namespace was refused.*not permitted"):
        _mount_in_a_user_namespace(folder, "size=16k")


@pytest.mark.subprocess  # unshare(1), a stand-in nsenter(1)
def test_a_namespace_that_cannot_be_entered_skips_too(namespace_disk, tmp_path, monkeypatch):
    namespace_disk("size=16k")  # this system makes them (else this test skips here)
    fake = tmp_path / "bin" / "nsenter"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'nsenter: reassociate to namespace failed' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:{os.environ['PATH']}")
    folder = tmp_path / "disk"
    folder.mkdir()
    with pytest.raises(pytest.skip.Exception, match="cannot enter its user namespace"):
        _mount_in_a_user_namespace(folder, "size=16k")
