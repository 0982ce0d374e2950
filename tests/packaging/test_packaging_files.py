"""The packaging sources are well-formed: spec, desktop entry, metainfo, icons, installer scripts.

Fast checks that need no PyInstaller: the spec is executed with stand-ins for PyInstaller's
build classes, recording what it asks for on each operating system.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import shutil
import struct
import subprocess
import sys
import tomllib
import types
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from desktop_recsys import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
APP_ID = "org.desktop_recsys.DesktopRecsys"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"


def load_build_module() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("packaging_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Recorder:
    """Stands in for Analysis, PYZ, EXE, COLLECT and BUNDLE: keeps every call's arguments."""

    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]

    def __init__(self) -> None:
        self.calls = []

    def kind(self, name: str) -> type:
        recorder = self

        class Target:
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                recorder.calls.append((name, args, kwargs))
                self.args, self.kwargs = args, kwargs
                self.pure, self.scripts = [], []
                self.datas = list(kwargs.get("datas", []))
                self.binaries = [
                    ("PySide6/Qt/plugins/platforms/libqxcb.so", "src", "BINARY"),
                    ("PySide6/Qt/plugins/platforms/libqeglfs.so", "src", "BINARY"),
                    ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "src", "BINARY"),
                    ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", "src", "BINARY"),
                    ("PySide6/Qt/plugins/imageformats/libqpdf.so", "src", "BINARY"),
                    ("PySide6/Qt/lib/libQt6Pdf.so.6", "src", "BINARY"),
                    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                     "src", "BINARY"),
                    ("libpulse.so.0", "src", "BINARY"),
                    ("pulseaudio/libpulsecommon-16.1.so", "src", "BINARY"),
                    ("libsndfile.so.1", "src", "BINARY"),
                    ("_soundfile_data/libsndfile_x86_64.so", "src", "BINARY"),
                ]  # fmt: skip
                self.datas += [
                    ("PySide6/Qt/translations/qtbase_de.qm", "src", "DATA"),
                    ("PySide6/Qt/translations/qtbase_zh_CN.qm", "src", "DATA"),
                    ("PySide6/Qt/translations/qtdeclarative_de.qm", "src", "DATA"),
                    ("scipy/special/tests/data/x.npz", "src", "DATA"),
                ]

        return Target

    def named(self, name: str) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
        return [(a, k) for n, a, k in self.calls if n == name]


def run_spec(
    platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Recorder, dict[str, Any], list[str]]:
    """Execute the spec as PyInstaller would on ``platform``; returns the calls and namespace."""
    collected: list[str] = []
    hooks = types.ModuleType("PyInstaller.utils.hooks")

    def collect_submodules(package: str, filter: Any = None) -> list[str]:
        collected.append(package)
        names = [package, f"{package}.tests", f"{package}.tests.test_x", f"{package}._inner"]
        return [n for n in names if filter is None or filter(n)]

    hooks.collect_submodules = collect_submodules  # type: ignore[attr-defined]
    hooks.collect_data_files = lambda package, **_: [(f"{package}/data.txt", package)]  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    recorder = Recorder()
    namespace: dict[str, Any] = {
        "__name__": "__main__",
        "SPECPATH": str(PACKAGING),
        "workpath": str(tmp_path / "work"),
        **{n: recorder.kind(n) for n in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    source = (PACKAGING / "desktop_recsys.spec").read_text(encoding="utf-8")
    exec(compile(source, "desktop_recsys.spec", "exec"), namespace)  # noqa: S102
    return recorder, namespace, collected


def sklearn_and_scipy_subpackages_in_sources() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "desktop_recsys").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module]
                if isinstance(node, ast.ImportFrom) and node.module and not node.level
                else []
            )
            for name in names:
                parts = name.split(".")
                if parts[0] in {"sklearn", "scipy"} and len(parts) > 1:
                    found.add(".".join(parts[:2]))
    return found


def test_spec_on_linux_bundles_resources_and_collects_lazy_imports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder, ns, collected = run_spec("linux", tmp_path, monkeypatch)

    assert ns["VERSION"] == __version__
    [(args, kwargs)] = recorder.named("Analysis")
    assert args[0] == [str(PACKAGING / "launcher.py")]
    assert (str(ROOT / "resources"), "resources") in kwargs["datas"]
    # Every sklearn / scipy subpackage the app imports is collected, without its tests.
    wanted = sklearn_and_scipy_subpackages_in_sources()
    assert "sklearn.svm" in wanted  # the scan itself finds the lazy imports
    assert wanted <= set(collected)
    assert "sklearn.svm._inner" in kwargs["hiddenimports"]
    assert not [n for n in kwargs["hiddenimports"] if ".tests" in n]
    assert "desktop_recsys" in collected
    excludes = set(kwargs["excludes"])
    assert {"tkinter", "matplotlib", "pytest", "PyInstaller", "PySide6.QtWebEngineCore"} <= excludes
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg",
            "PySide6.QtMultimedia", "PySide6.QtNetwork", "PySide6.QtDBus"}  # fmt: skip
    # The player's Qt Multimedia (whose Python module imports QtNetwork) and MPRIS's QtDBus stay.
    assert not used & excludes
    assert {"PySide6.QtMultimediaWidgets", "PySide6.QtQuick3D", "_ssl", "_hashlib"} <= excludes
    # The post-filter drops unused Qt plugins (also the Addons' PDF and virtual keyboard),
    # Qt's translations for languages the app does not have, the system's sound client and
    # test data.
    analysis = ns["a"]
    kept = {dest for dest, *_ in analysis.binaries + analysis.datas}
    assert "PySide6/Qt/plugins/platforms/libqxcb.so" in kept
    assert "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so" in kept
    assert "PySide6/Qt/translations/qtbase_zh_CN.qm" in kept
    # The system's libsndfile goes (the sound server's), the sonic decoder's own copy stays.
    assert "_soundfile_data/libsndfile_x86_64.so" in kept
    assert (
        not {
            "PySide6/Qt/plugins/platforms/libqeglfs.so",
            "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
            "PySide6/Qt/plugins/imageformats/libqpdf.so",
            "PySide6/Qt/lib/libQt6Pdf.so.6",
            "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
            "libpulse.so.0",
            "pulseaudio/libpulsecommon-16.1.so",
            "libsndfile.so.1",
            "PySide6/Qt/translations/qtbase_de.qm",
            "PySide6/Qt/translations/qtdeclarative_de.qm",
            "scipy/special/tests/data/x.npz",
        }
        & kept
    )
    [(exe_args, exe)] = recorder.named("EXE")
    assert exe["name"] == "desktop-recsys" and exe["console"] is True
    assert recorder.named("COLLECT")[0][1]["name"] == "desktop-recsys"
    assert recorder.named("BUNDLE") == []


def test_spec_on_windows_adds_a_console_twin_icon_and_version_resource(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder, _, _ = run_spec("win32", tmp_path, monkeypatch)

    exes = {kwargs["name"]: kwargs for _, kwargs in recorder.named("EXE")}
    assert exes["desktop-recsys"]["console"] is False
    assert exes["desktop-recsys-cli"]["console"] is True
    assert Path(exes["desktop-recsys"]["icon"]) == ICONS / "desktop_recsys.ico"
    version_text = Path(exes["desktop-recsys"]["version"]).read_text(encoding="utf-8")
    assert f"StringStruct('ProductVersion', '{__version__}')" in version_text
    ast.parse(version_text)  # PyInstaller evaluates it as Python


def test_spec_on_macos_makes_an_app_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder, _, _ = run_spec("darwin", tmp_path, monkeypatch)

    [(_, bundle)] = recorder.named("BUNDLE")
    assert bundle["name"] == "desktop_recsys.app"
    assert bundle["version"] == __version__
    assert bundle["info_plist"]["CFBundleShortVersionString"] == __version__
    assert Path(bundle["icon"]) == ICONS / "desktop_recsys.icns"
    assert bundle["bundle_identifier"] == APP_ID


@pytest.mark.subprocess
def test_desktop_entry_is_valid_and_names_the_launcher_and_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Type"] == "Application"
    assert group["Exec"].split()[0] == "desktop-recsys"
    assert group["Icon"] == APP_ID
    assert group["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        proc = subprocess.run(
            ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
        )
        assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout


@pytest.mark.subprocess
def test_metainfo_is_well_formed_and_gets_the_release(tmp_path: Path) -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "desktop-recsys"

    built = load_build_module().metainfo_with_release(__version__)
    release = ET.fromstring(built).find("releases/release")
    assert release is not None and release.get("version") == __version__
    if shutil.which("appstreamcli"):
        path = tmp_path / METAINFO.name
        path.write_text(built, encoding="utf-8")
        proc = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_icons_have_their_size(size: int) -> None:
    data = (ICONS / "png" / f"desktop_recsys-{size}.png").read_bytes()
    assert png_size(data) == (size, size)


def test_ico_holds_every_windows_size_as_png() -> None:
    data = (ICONS / "desktop_recsys.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for n in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * n : 22 + 16 * n]
        )
        image = data[offset : offset + length]
        assert png_size(image) == ((width or 256), (height or 256))
        sizes.append(width or 256)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


def test_icns_entries_are_pngs_of_the_declared_sizes() -> None:
    data = (ICONS / "desktop_recsys.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    expected = {b"icp4": 16, b"icp5": 32, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}
    found = {}
    pos = 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        found[kind] = png_size(data[pos + 8 : pos + length])[0]
        pos += length
    assert pos == len(data)
    assert {k: found.get(k) for k in expected} == expected


def test_inno_setup_script_has_start_menu_uninstaller_and_no_fixed_version() -> None:
    text = (PACKAGING / "windows" / "desktop_recsys.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in text and "#error" in text  # version passed in
    assert 'Name: "{group}\\{#AppName}"; Filename: "{app}\\{#AppExe}"' in text
    assert "{uninstallexe}" in text
    assert 'Source: "{#AppSourceDir}\\*"' in text and "recursesubdirs" in text
    assert __version__ not in text


@pytest.mark.subprocess
def test_dmg_script_is_valid_bash_and_refuses_other_systems(tmp_path: Path) -> None:
    script = PACKAGING / "macos" / "make_dmg.sh"
    subprocess.run(["bash", "-n", str(script)], check=True)
    if sys.platform != "darwin":
        proc = subprocess.run(
            ["bash", str(script), str(tmp_path / "x.app"), str(tmp_path / "x.dmg")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 2 and "needs macOS" in proc.stderr


def test_pyinstaller_is_a_packaging_extra_never_a_runtime_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not [d for d in project["dependencies"] if d.lower().startswith("pyinstaller")]
    assert any(d.startswith("pyinstaller") for d in project["optional-dependencies"]["packaging"])
