"""The real Linux installers: build them, run the bundle, unpack the .deb and look inside.

Slow (a PyInstaller build: several minutes on two cores); run with ``make test-package``.
Needs the ``packaging`` extra (PyInstaller) and ``dpkg-deb``; ``desktop-file-validate``
(Debian package ``desktop-file-utils``) and ``appstreamcli`` (``appstream``) are used when
installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from desktop_recsys import __version__

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux installers only"),
]

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.desktop_recsys.DesktopRecsys"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: The goal of issue 8 for a compressed installer.
MAX_INSTALLER_BYTES = 150 * 1000 * 1000


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``packaging/build.py`` run into a fresh output folder; returns that folder."""
    pytest.importorskip("PyInstaller", reason="install the packaging extra: make test-package")
    if not shutil.which("dpkg-deb"):
        pytest.skip("dpkg-deb not found (Debian package 'dpkg')")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(out)],
        cwd=ROOT,
        check=True,
        timeout=3600,
    )
    return out


@pytest.fixture(scope="module")
def unpacked(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .tar.gz unpacked; returns the app folder inside it."""
    [tarball] = built.glob("desktop-recsys-*-linux-*.tar.gz")
    target = tmp_path_factory.mktemp("tar")
    with tarfile.open(tarball) as tar:
        tar.extractall(target, filter="tar")
    return target / f"desktop-recsys-{__version__}"


@pytest.fixture(scope="module")
def deb(built: Path) -> Path:
    [package] = built.glob("desktop-recsys_*.deb")
    return package


@pytest.fixture(scope="module")
def installed(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb's files extracted with ``dpkg -x`` into a temporary root."""
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True)
    return root


def headless(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    tmp = tmp_path / "tmp"
    tmp.mkdir(exist_ok=True)
    env.update(TMPDIR=str(tmp), DESKTOP_RECSYS_HOME=str(tmp_path / "home"), **extra)
    return env


def run(
    exe: Path, args: list[str], env: dict[str, str], timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(exe), *args], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def test_installers_are_under_the_size_goal(built: Path) -> None:
    files = sorted(built.iterdir())
    assert sorted(f.suffix for f in files) == [".deb", ".gz"]
    for path in files:
        assert path.stat().st_size < MAX_INSTALLER_BYTES, f"{path.name} is too big"


def test_bundle_prints_its_version(unpacked: Path, tmp_path: Path) -> None:
    proc = run(unpacked / "desktop-recsys", ["--version"], headless(tmp_path))

    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"desktop-recsys {__version__}"


def test_bundle_self_test_passes_without_a_display(unpacked: Path, tmp_path: Path) -> None:
    proc = run(unpacked / "desktop-recsys", ["--self-test"], headless(tmp_path))

    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "(frozen bundle)" in proc.stdout
    assert "main window" in proc.stdout and "imports:" in proc.stdout
    assert proc.stdout.rstrip().splitlines()[-1].startswith("self-test passed")
    assert "Traceback" not in proc.stderr
    assert list((tmp_path / "tmp").iterdir()) == []


@pytest.mark.parametrize("case", ["no writable data folder", "library path cannot be opened"])
def test_bundle_on_bad_input_shows_a_dialog_not_a_traceback(
    unpacked: Path, tmp_path: Path, case: str
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n")
    env = headless(tmp_path, QT_QPA_PLATFORM="offscreen", DESKTOP_RECSYS_QUIT_WHEN_READY="1")
    if case == "no writable data folder":
        env["DESKTOP_RECSYS_HOME"] = str(blocker / "home")
        args: list[str] = []
        expected = "cannot create the data folder"
    else:
        args = ["--library", str(blocker / "library.sqlite")]
        expected = "cannot create library"

    proc = run(unpacked / "desktop-recsys", args, env, timeout=60)

    assert proc.returncode == 2, proc.stderr
    assert f"desktop-recsys: {expected}" in proc.stderr
    assert "dialog 'Cannot open library' closed unattended" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_deb_control_fields(deb: Path) -> None:
    fields = {}
    for name in ("Package", "Version", "Architecture", "Depends", "Installed-Size"):
        proc = subprocess.run(
            ["dpkg-deb", "--field", str(deb), name], capture_output=True, text=True, check=True
        )
        fields[name] = proc.stdout.strip()
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert fields["Package"] == "desktop-recsys"
    assert fields["Version"] == __version__
    assert fields["Architecture"] == arch
    assert "libxcb-cursor0" in fields["Depends"]
    assert "libpulse0" in fields["Depends"]  # the music player's sound output, from the system
    assert int(fields["Installed-Size"]) > 10_000  # KiB


def test_deb_files_are_root_owned_and_only_in_opt_and_usr(deb: Path) -> None:
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert listing
    for line in listing:
        owner, path = line.split()[1], line.split()[5]
        assert owner == "root/root", line
        assert path == "./" or path.startswith(("./opt/desktop-recsys/", "./opt/", "./usr/")), line


def test_deb_installs_the_app_and_a_launcher_on_the_path(installed: Path, tmp_path: Path) -> None:
    app = installed / "opt" / "desktop-recsys" / "desktop-recsys"
    launcher = installed / "usr" / "bin" / "desktop-recsys"
    assert app.is_file() and os.access(app, os.X_OK)
    assert launcher.is_file() and os.access(launcher, os.X_OK)
    text = launcher.read_text()
    assert text.startswith("#!/bin/sh\n")
    assert 'exec /opt/desktop-recsys/desktop-recsys "$@"' in text
    # Run the launcher as installed, with /opt pointing into the temporary root.
    relocated = tmp_path / "desktop-recsys"
    relocated.write_text(text.replace("/opt/", f"{installed}/opt/"))
    relocated.chmod(0o755)
    proc = run(relocated, ["--version"], headless(tmp_path))
    assert proc.returncode == 0 and proc.stdout.strip() == f"desktop-recsys {__version__}"


def test_deb_desktop_entry_icon_and_metainfo_are_where_they_belong(installed: Path) -> None:
    share = installed / "usr" / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert desktop.is_file()
    lines = desktop.read_text(encoding="utf-8").splitlines()
    assert "Exec=desktop-recsys" in lines and f"Icon={APP_ID}" in lines
    if shutil.which("desktop-file-validate"):
        proc = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
        )
        assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout
    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.is_file(), png
        assert png.read_bytes()[16:24] == size.to_bytes(4, "big") * 2
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert f'<release version="{__version__}"' in metainfo.read_text(encoding="utf-8")
    if shutil.which("appstreamcli"):
        proc = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(metainfo)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
