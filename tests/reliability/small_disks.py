"""Small real disks for the full-disk tests: a tmpfs that fills after a few kilobytes, or one
mounted read-only, where root and every other user can make one.

Two ways, chosen once per run; the tests' ids name the one that ran:

- ``tmpfs``: mount(8) a tmpfs at the folder. Needs root or CAP_SYS_ADMIN. Every process sees
  it, so the commands run in this process.
- ``userns-tmpfs``: any user on Linux whose kernel allows user namespaces. ``unshare -rm``
  starts a holder process in a new user and mount namespace, mounts the tmpfs at the folder
  there and waits; commands run inside that namespace (``nsenter``) in a child process, and
  this process looks at the disk through ``/proc/<holder>/root`` (plain file calls only:
  SQLite resolves that link to the folder outside, so SQLite files are copied out first).

Where neither works the test skips and says why. Not used, because it fails differently from a
full disk: RLIMIT_FSIZE (a write past it fails with EFBIG, which SQLite reports as "disk I/O
error", not SQLITE_FULL; and it limits every file of the process, the library's own journal
first). ``DESKTOP_RECSYS_TEST_DISKS=userns-tmpfs`` makes root use the namespace way too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

CAP_SYS_ADMIN = 21


def _can_mount() -> bool:
    """This process holds CAP_SYS_ADMIN (root, unless a container dropped it)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return False
    for line in status.splitlines():
        if line.startswith("CapEff:"):
            return bool(int(line.split()[1], 16) >> CAP_SYS_ADMIN & 1)
    return False


def choose_mechanism() -> str:
    """``tmpfs``, ``userns-tmpfs`` or ``none`` (a test id, so it is cheap: no process runs)."""
    forced = os.environ.get("DESKTOP_RECSYS_TEST_DISKS")
    if forced:
        return forced
    if _can_mount() and shutil.which("mount"):
        return "tmpfs"
    if shutil.which("unshare") and shutil.which("nsenter") and Path("/proc/self/ns/user").exists():
        return "userns-tmpfs"
    return "none"


MECHANISM = choose_mechanism()


class SmallDisk:
    """One small tmpfs at ``folder``: ``view`` reaches it from this process, ``run`` starts a
    command that writes to it by the path ``folder``."""

    def __init__(self, folder: Path, view: Path, holder: subprocess.Popen | None) -> None:
        self.folder = folder
        self.view = view
        self.holder = holder

    @property
    def in_process(self) -> bool:
        """This process itself sees the disk at ``folder`` (a real mount, root's way)."""
        return self.holder is None

    def run(self, argv: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        if self.holder is not None:
            argv = ["nsenter", "--target", str(self.holder.pid), "--user", "--mount",
                    "--preserve-credentials", *argv]  # fmt: skip
        return subprocess.run(argv, capture_output=True, text=True, check=False, **kwargs)

    def seen_from_here(self, path: Path) -> Path:
        """``path`` (on the disk, by its name in ``folder``) as this process reaches it."""
        return self.view / path.relative_to(self.folder)

    def close(self) -> None:
        if self.holder is None:
            subprocess.run(["umount", "-l", str(self.folder)], capture_output=True, check=False)
            return
        assert self.holder.stdin is not None
        self.holder.stdin.close()  # its `cat` ends, and with it the namespace and the mount
        self.holder.wait(10)


def _mount(folder: Path, options: str) -> SmallDisk:
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    if done.returncode != 0:
        pytest.skip(
            f"cannot mount a tmpfs here ({done.stderr.strip()}); "
            "DESKTOP_RECSYS_TEST_DISKS=userns-tmpfs tries a user namespace instead"
        )
    return SmallDisk(folder, folder, None)


def _mount_in_a_user_namespace(folder: Path, options: str) -> SmallDisk:
    if not (shutil.which("unshare") and shutil.which("nsenter")):
        pytest.skip("no small disk here: mount needs root, and unshare or nsenter is missing")
    script = 'mount -t tmpfs -o "$1" tmpfs "$2" && echo mounted && exec cat'
    holder = subprocess.Popen(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", options,
         str(folder)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None
    if holder.stdout.readline().strip() != "mounted":
        _, err = holder.communicate(timeout=10)
        pytest.skip(
            "no small disk here: mount needs root, and a user namespace was refused "
            f"({err.strip() or 'unshare failed'})"
        )
    disk = SmallDisk(folder, Path(f"/proc/{holder.pid}/root") / folder.relative_to("/"), holder)
    entered = disk.run(["true"])  # a system may allow the namespace but refuse entering it
    if entered.returncode != 0:
        disk.close()
        pytest.skip(
            f"no small disk here: cannot enter its user namespace ({entered.stderr.strip()})"
        )
    return disk


@pytest.fixture(params=[MECHANISM])
def small_disk(request: pytest.FixtureRequest) -> Iterator:
    """``small_disk(folder, options)`` makes a tmpfs (``size=16k``, ``size=64k,ro``) at folder,
    by the way this run could (the test's id names it); gone after the test."""
    disks: list[SmallDisk] = []

    def make(folder: Path, options: str) -> SmallDisk:
        folder.mkdir(parents=True, exist_ok=True)
        if request.param == "tmpfs":
            disk = _mount(folder, options)
        elif request.param == "userns-tmpfs":
            disk = _mount_in_a_user_namespace(folder.resolve(), options)
        else:
            pytest.skip(
                "no small disk here: mount needs root or CAP_SYS_ADMIN, and user namespaces "
                "need unshare and nsenter (util-linux) on Linux"
            )
        disks.append(disk)
        return disk

    yield make
    for disk in reversed(disks):
        disk.close()
