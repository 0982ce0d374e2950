"""Build the installers for the current operating system into ``dist/`` (``make package``).

1. Freeze the app with PyInstaller (``packaging/desktop_recsys.spec``) into
   ``build/pyinstaller/dist/desktop-recsys/`` (one folder).
2. Per operating system:

   - Linux: ``dist/desktop-recsys-<version>-linux-<machine>.tar.gz`` (the one-folder app) and
     ``dist/desktop-recsys_<version>_<arch>.deb`` (``dpkg-deb``): the app in
     ``/opt/desktop-recsys``, a ``/usr/bin/desktop-recsys`` launcher, the desktop entry, the
     icon in the hicolor sizes and the AppStream metainfo;
   - Windows: ``dist/desktop-recsys-<version>-setup.exe`` with Inno Setup's ``ISCC.exe``
     (``packaging/windows/desktop_recsys.iss``);
   - macOS: ``dist/desktop_recsys-<version>.dmg`` from ``desktop_recsys.app``
     (``packaging/macos/make_dmg.sh``, ``hdiutil``).

Run with the app's virtual environment (PyInstaller installed: ``pip install -e .[packaging]``):
``python packaging/build.py`` (``--skip-freeze`` reuses the last frozen folder). Only the
Linux part can be run and tested on the project's Linux machines; see ``packaging/README.md``.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "desktop_recsys.spec"
WORK = ROOT / "build" / "pyinstaller"
FROZEN = WORK / "dist" / "desktop-recsys"
APP_NAME = "desktop-recsys"
APP_ID = "org.desktop_recsys.DesktopRecsys"
INSTALL_DIR = "/opt/desktop-recsys"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: System libraries the frozen Qt needs but PyInstaller leaves to the system (graphics drivers,
#: the X11 / Wayland client libraries a desktop always has), as Debian 12 / Ubuntu 22.04 names.
DEB_DEPENDS = (
    "libc6 (>= 2.34)",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libdbus-1-3",
    "libpulse0",  # Qt Multimedia's sound output (the music player)
)


def package_version() -> str:
    """``__version__`` of ``desktop_recsys/__init__.py`` (the single source), not imported."""
    tree = ast.parse((ROOT / "desktop_recsys" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise SystemExit("desktop_recsys/__init__.py has no __version__")


def build_date() -> dt.date:
    """``$SOURCE_DATE_EPOCH`` (reproducible builds) or today, in UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    stamp = float(epoch) if epoch else time.time()
    return dt.datetime.fromtimestamp(stamp, tz=dt.UTC).date()


def run(cmd: list[str], **kwargs: object) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kwargs)  # type: ignore[call-overload]


def freeze() -> Path:
    """Run PyInstaller on the spec; returns the one-folder app."""
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(WORK / "dist"),
            "--workpath",
            str(WORK / "work"),
            str(SPEC),
        ],
        cwd=ROOT,
    )
    return FROZEN


def folder_size(folder: Path) -> int:
    """Bytes in every regular file under ``folder`` (symlinks not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


# -- Linux ----------------------------------------------------------------------------------
def strip_interpreter(app: Path) -> int:
    """Drop the debug information from the bundled ``libpython`` (an interpreter compiled with
    ``-g``, as pyenv builds it, carries 17 MB of it: 7 MB of the ``.tar.gz``). Only that file:
    the wheels' libraries stay as their makers shipped them (files edited by patchelf must not
    be stripped again). Returns the bytes saved; 0 without ``strip`` (binutils)."""
    strip = shutil.which("strip")
    if strip is None:
        print("strip (binutils) not found: libpython keeps its debug information")
        return 0
    saved = 0
    for lib in (app / "_internal").glob("libpython3*.so*"):
        if lib.is_symlink() or not lib.is_file():
            continue
        before = lib.stat().st_size
        run([strip, "--strip-debug", str(lib)], cwd=ROOT)
        saved += before - lib.stat().st_size
    return saved


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        info.mtime = int(epoch)
    return info


def make_tarball(app: Path, out_dir: Path, version: str) -> Path:
    """The one-folder app as ``desktop-recsys-<version>/`` in a ``.tar.gz``."""
    target = out_dir / f"{APP_NAME}-{version}-linux-{platform.machine()}.tar.gz"
    tmp = target.with_suffix(".tmp")
    with tarfile.open(tmp, "w:gz", compresslevel=9) as tar:
        tar.add(app, arcname=f"{APP_NAME}-{version}", filter=_tar_filter)
    tmp.replace(target)
    return target


def metainfo_with_release(version: str) -> str:
    """The committed metainfo plus a ``<releases>`` entry for this version."""
    text = (PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    release = (
        f'  <releases>\n    <release version="{version}" date="{build_date().isoformat()}"/>\n'
        "  </releases>\n</component>"
    )
    return text.replace("</component>", release)


def _install(source: Path | bytes | str, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(source, Path):
        shutil.copyfile(source, target)
    else:
        target.write_bytes(source.encode() if isinstance(source, str) else source)
    target.chmod(mode)


def stage_deb_root(app: Path, root: Path, version: str) -> None:
    """Lay out the installed tree (``/opt``, ``/usr/bin``, ``/usr/share``) under ``root``."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(app, root / INSTALL_DIR.lstrip("/"), symlinks=True)
    launcher = (
        "#!/bin/sh\n"
        "# desktop_recsys lives in /opt/desktop-recsys (a self-contained PyInstaller folder).\n"
        f'exec {INSTALL_DIR}/{APP_NAME} "$@"\n'
    )
    _install(launcher, root / "usr" / "bin" / APP_NAME, 0o755)
    share = root / "usr" / "share"
    linux = PACKAGING / "linux"
    _install(linux / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    _install(metainfo_with_release(version), share / "metainfo" / f"{APP_ID}.metainfo.xml")
    icons = ROOT / "resources" / "icons"
    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = icons / "png" / f"desktop_recsys-{size}.png"
        _install(png, hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    _install(icons / "desktop_recsys.svg", hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    copyright_text = (ROOT / "LICENSE").read_text() if (ROOT / "LICENSE").is_file() else "MIT\n"
    _install(copyright_text, share / "doc" / APP_NAME / "copyright")
    for folder in [root, *root.rglob("*")]:
        if folder.is_dir() and not folder.is_symlink():
            folder.chmod(0o755)


def deb_architecture() -> str:
    out = subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    )
    return out.stdout.strip()


def make_deb(app: Path, out_dir: Path, version: str) -> Path:
    """A ``.deb`` built with ``dpkg-deb`` (root-owned files, no fakeroot needed)."""
    if not shutil.which("dpkg-deb"):
        raise SystemExit("dpkg-deb not found: install the 'dpkg' package (Debian, Ubuntu)")
    arch = deb_architecture()
    (ROOT / "build").mkdir(exist_ok=True)
    # A staging folder of its own, so that two builds (or a build and the test) never collide.
    root = Path(tempfile.mkdtemp(prefix="deb-root-", dir=ROOT / "build"))
    try:
        return _build_deb(app, root, out_dir, version, arch)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _build_deb(app: Path, root: Path, out_dir: Path, version: str, arch: str) -> Path:
    stage_deb_root(app, root, version)
    control = root / "DEBIAN" / "control"
    installed_kib = (folder_size(root) + 1023) // 1024
    _install(
        f"Package: {APP_NAME}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        "Maintainer: desktop_recsys developers <desktop-recsys@users.noreply.github.com>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEB_DEPENDS)}\n"
        "Section: sound\n"
        "Priority: optional\n"
        "Description: offline recommendations for the music and films on your computer\n"
        " desktop_recsys keeps a local library of your music and films, profiles with\n"
        " their ratings and plays, and recommends what to play or watch next. It learns\n"
        " on your own computer: nothing leaves the machine. Self-contained (Python, Qt\n"
        " and the numeric libraries are bundled in /opt/desktop-recsys).\n",
        control,
    )
    control.parent.chmod(0o755)
    target = out_dir / f"{APP_NAME}_{version}_{arch}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)])
    return target


# -- Windows and macOS (cannot run on the Linux build machines) ------------------------------
def make_windows_setup(out_dir: Path, version: str) -> Path:
    """``ISCC.exe`` on the Inno Setup script; ``$ISCC`` or PATH or the default install."""
    candidates = [os.environ.get("ISCC"), shutil.which("iscc")]
    candidates += [
        str(Path(os.environ.get(var, "C:/Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe")
        for var in ("ProgramFiles(x86)", "ProgramFiles")
    ]
    iscc = next((c for c in candidates if c and Path(c).is_file()), None)
    if iscc is None:
        raise SystemExit("Inno Setup 6 (ISCC.exe) not found: install it or set ISCC")
    run(
        [
            iscc,
            f"/DAppVersion={version}",
            f"/DAppSourceDir={FROZEN}",
            f"/DOutputDir={out_dir}",
            f"/DIconFile={ROOT / 'resources' / 'icons' / 'desktop_recsys.ico'}",
            str(PACKAGING / "windows" / "desktop_recsys.iss"),
        ]
    )
    return out_dir / f"{APP_NAME}-{version}-setup.exe"


def make_macos_dmg(out_dir: Path, version: str) -> Path:
    target = out_dir / f"desktop_recsys-{version}.dmg"
    app = WORK / "dist" / "desktop_recsys.app"
    run(["bash", str(PACKAGING / "macos" / "make_dmg.sh"), str(app), str(target), version])
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-freeze", action="store_true", help="reuse the last frozen app")
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="output folder (dist/)")
    args = parser.parse_args(argv)
    version = package_version()
    out_dir = Path(args.dist).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    app = FROZEN if args.skip_freeze else freeze()
    if not (app / (APP_NAME + (".exe" if sys.platform == "win32" else ""))).is_file():
        raise SystemExit(f"no frozen app in {app}; run without --skip-freeze")
    built: list[Path] = []
    if sys.platform.startswith("linux"):
        saved = strip_interpreter(app)
        if saved:
            print(f"libpython: {saved / 1e6:.1f} MB of debug information left out")
        built.append(make_tarball(app, out_dir, version))
        built.append(make_deb(app, out_dir, version))
    elif sys.platform == "win32":
        built.append(make_windows_setup(out_dir, version))
    elif sys.platform == "darwin":
        built.append(make_macos_dmg(out_dir, version))
    else:
        raise SystemExit(f"no installer format for {sys.platform}")
    print(f"unpacked app: {folder_size(app) / 1e6:.0f} MB in {app}")
    for path in built:
        print(f"built {path} ({path.stat().st_size / 1e6:.1f} MB)")
    print(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
