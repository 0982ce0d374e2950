#!/usr/bin/env bash
# Pack desktop_recsys.app into a compressed, verified .dmg with an Applications link to drag to.
#
#   packaging/macos/make_dmg.sh APP_BUNDLE OUT.dmg [VERSION]
#
# packaging/build.py runs it on macOS after PyInstaller built APP_BUNDLE
# (build/pyinstaller/dist/desktop_recsys.app). Needs macOS (hdiutil); it cannot run on the
# project's Linux machines (see packaging/README.md).
# Signing: PyInstaller signs the bundle ad hoc (enough to run it on the machine that built it).
# For other Macs set CODESIGN_IDENTITY ("Developer ID Application: ...") to sign the app and
# the image; notarize the result afterwards (xcrun notarytool submit OUT.dmg --wait).
set -euo pipefail

if [[ $# -lt 2 ]]; then
    echo "usage: $0 APP_BUNDLE OUT.dmg [VERSION]" >&2
    exit 2
fi
app="$1"
out="$2"
version="${3:-}"
volume="desktop_recsys${version:+ $version}"

if [[ "$(uname -s)" != "Darwin" ]]; then
    echo "make_dmg.sh: needs macOS (hdiutil); this is $(uname -s)" >&2
    exit 2
fi
if [[ ! -d "$app/Contents/MacOS" ]]; then
    echo "make_dmg.sh: $app is not an app bundle (build it with PyInstaller first)" >&2
    exit 2
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
# ditto keeps the bundle's symlinks, permissions and extended attributes (signatures).
ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"

if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
    codesign --force --deep --options runtime --timestamp \
        --sign "$CODESIGN_IDENTITY" "$staging/$(basename "$app")"
fi

mkdir -p "$(dirname "$out")"
rm -f "$out"
hdiutil create -volname "$volume" -srcfolder "$staging" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$out"
if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$out"
fi
hdiutil verify "$out"
echo "built $out"
