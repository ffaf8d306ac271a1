#!/usr/bin/env bash
# Build the one-folder PeerDesk bundle into dist/PeerDesk from a clean venv under build/.
#
#   packaging/build.sh            build with the pins in packaging/constraints.txt
#   packaging/build.sh --freeze   also rewrite constraints.txt from the build venv (new pins)
#
# Run it on each target system (PyInstaller does not cross-build). On Windows use Git Bash.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
VENV="$ROOT/build/bundle-venv"
WORK="$ROOT/build/pyinstaller"
CONSTRAINTS="$ROOT/packaging/constraints.txt"
cd "$ROOT"

started=$(date +%s)
rm -rf "$VENV" "$WORK" "$ROOT/dist/PeerDesk" "$ROOT/dist/PeerDesk.app"
"$PYTHON" -m venv "$VENV"
if [ -x "$VENV/bin/python" ]; then VPY="$VENV/bin/python"; else VPY="$VENV/Scripts/python.exe"; fi

# The runtime dependencies come from pyproject.toml (one source of truth); the project itself is
# frozen from src/ by the spec, so no wheel of it is built.
"$VPY" - >"$ROOT/build/requirements.txt" <<'PY'
import tomllib
with open("pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["dependencies"]))
PY
echo "pyinstaller" >>"$ROOT/build/requirements.txt"
"$VPY" -m pip install --quiet --disable-pip-version-check \
    -c "$CONSTRAINTS" -r "$ROOT/build/requirements.txt"

if [ "${1:-}" = "--freeze" ]; then
  {
    echo "# Pins of the shipped bundle build: packaging/build.sh --freeze rewrites this file."
    echo "# PySide6-Essentials stays < 6.12 (6.12.0 corrupts None's refcount on Python 3.11)."
    "$VPY" -m pip freeze --exclude-editable | grep -v -i '^peerdesk'
  } >"$CONSTRAINTS.new"
  mv "$CONSTRAINTS.new" "$CONSTRAINTS"
fi

# Icons first: the spec uses the .ico (Windows) and .icns (macOS) written here.
"$VPY" "$ROOT/packaging/make_icons.py" --out "$ROOT/build/icons" >/dev/null

"$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$WORK" "$ROOT/packaging/peerdesk.spec"

# Linux desktop integration files travel with the bundle (see packaging/README.md, "Install").
if [ -d "$ROOT/dist/PeerDesk" ] && [ "$(uname -s)" = Linux ]; then
  SHARE="$ROOT/dist/PeerDesk/share"
  mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons"
  cp "$ROOT/packaging/linux/org.peerdesk.PeerDesk.desktop" "$SHARE/applications/"
  cp "$ROOT/packaging/linux/org.peerdesk.PeerDesk.metainfo.xml" "$SHARE/metainfo/"
  cp -r "$ROOT/build/icons/hicolor" "$SHARE/icons/"
fi

echo "built dist/PeerDesk in $(( $(date +%s) - started )) s; size: $(du -sh "$ROOT/dist/PeerDesk" | cut -f1)"
