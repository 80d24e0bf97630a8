#!/usr/bin/env bash
# bundle.sh — build the one-folder bundle dist/real-desktop/ and its archive.
#
#   scripts/bundle.sh [--no-archive]        (./dev bundle runs this after setting up)
#
# PyInstaller runs in its own environment, .bundle-venv (requirements.lock plus
# scripts/bundle-requirements.txt, and this checkout installed without dependencies so the
# bundle carries its metadata: the version comes from pyproject.toml through
# importlib.metadata). It is rebuilt only when one of those files changes (a stamp file).
# The archive is dist/real-desktop-VERSION-linux-ARCH.tar.zst (tar.xz without zstd).
#
# Environment: REAL_DESKTOP_BUNDLE_VENV (default ./.bundle-venv), PYTHON (interpreter for
# the venv), REAL_DESKTOP_BUNDLE_VLC=0 (leave libvlc out, see build.spec), DIST (default ./dist).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/setup.sh
. "$ROOT/scripts/setup.sh" # find_python, say, fail

BVENV=${REAL_DESKTOP_BUNDLE_VENV:-$ROOT/.bundle-venv}
BSTAMP=$BVENV/.real-desktop-bundle-installed
DIST=${DIST:-$ROOT/dist}
ARCHIVE=1
for a in "$@"; do
	case $a in
	--no-archive) ARCHIVE=0 ;;
	-h | --help)
		sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
		exit 0
		;;
	*) fail "bundle.sh: unknown option $a (see --help)" ;;
	esac
done

bundle_hash() {
	cat requirements.lock scripts/bundle-requirements.txt pyproject.toml | sha256sum | cut -d' ' -f1
}

setup_bundle_venv() {
	local py want
	want=$(bundle_hash)
	if [ -f "$BSTAMP" ] && [ "$(cat "$BSTAMP")" = "$want" ] && [ -x "$BVENV/bin/pyinstaller" ]; then
		return 0
	fi
	py=$(find_python)
	py_ok "$py" || fail "PyInstaller's environment needs Python ${MIN_PY[0]}.${MIN_PY[1]}+ ($py is older)"
	rm -rf -- "$BVENV"
	say "creating $BVENV for PyInstaller (first time: a few minutes)"
	"$py" -m venv "$BVENV" || fail "'$py -m venv $BVENV' failed"
	local pip=("$BVENV/bin/python" -m pip --disable-pip-version-check)
	"${pip[@]}" install -q -r requirements.lock -r scripts/bundle-requirements.txt ||
		fail "pip install into $BVENV failed (network? see pip's message above)"
	# Not editable: the bundle reads the version from this installed metadata.
	"${pip[@]}" install -q --no-deps "$ROOT" || fail "pip install --no-deps . into $BVENV failed"
	printf '%s\n' "$want" >"$BSTAMP"
}

make_archive() {
	local version arch name out
	version=$("$BVENV/bin/python" -c 'import importlib.metadata as m; print(m.version("real-desktop"))')
	arch=$(uname -m)
	name=real-desktop-$version-linux-$arch
	rm -f -- "$DIST/$name".tar.*
	if command -v zstd >/dev/null 2>&1; then
		out=$DIST/$name.tar.zst
		tar -C "$DIST" -cf - real-desktop | zstd -q -T0 -6 -o "$out"
	else
		out=$DIST/$name.tar.xz
		tar -C "$DIST" -cf - real-desktop | xz -T0 -6 >"$out"
	fi
	say "archive: $out ($(du -h "$out" | cut -f1))"
}

# PyInstaller needs objdump and the interpreter's shared library (Debian ships it apart:
# libpython3.X); the archive is packed with zstd.
build_packages() {
	local py lib
	py=$(find_python)
	printf '%s\n' binutils zstd
	lib=$("$py" -c 'import os, sysconfig as s; print(os.path.join(s.get_config_var("LIBDIR") or "", s.get_config_var("INSTSONAME") or ""))' 2>/dev/null || true)
	if [[ $(command -v "$py") == /usr/bin/* && -n $lib && ! -e $lib ]]; then
		"$py" -c 'import sys; print("libpython%d.%d" % sys.version_info[:2])'
	fi
}
mapfile -t _pkgs < <(build_packages)
ensure_packages "${_pkgs[@]}"

setup_bundle_venv
say "PyInstaller: build.spec -> $DIST/real-desktop/"
# Not --clean: build/ keeps PyInstaller's analysis cache, so a rebuild after a code change
# takes seconds of analysis instead of a minute.
"$BVENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$DIST" \
	--workpath "$ROOT/build/pyinstaller" build.spec
"$DIST/real-desktop/real-desktop" --version >/dev/null ||
	fail "the bundle was built but does not start: $DIST/real-desktop/real-desktop --version"
say "bundle: $DIST/real-desktop/ ($(du -sh "$DIST/real-desktop" | cut -f1))"
[ "$ARCHIVE" = 0 ] || make_archive
