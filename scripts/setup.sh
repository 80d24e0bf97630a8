#!/usr/bin/env bash
# setup.sh — bring a checkout to a runnable state: system packages, then .venv.
#
# Sourced by ./dev (which calls setup_all / setup_python); can also be run on its own:
#   scripts/setup.sh [runtime|test]      (default: test = everything)
#
# Re-runs are fast: system packages are checked with one dpkg-query call (apt only runs when
# something is missing), and pip only runs when requirements.lock or pyproject.toml changed
# since the last successful install (a stamp file inside .venv).

SETUP_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SETUP_VENV=$SETUP_ROOT/.venv
SETUP_STAMP=$SETUP_VENV/.real-desktop-installed
MIN_PY=(3 11)

# What Qt (PySide6 wheels), QtMultimedia, an X11 window and libvlc need at run time; see
# /work/shared/FACTS.md for what fails without each.
RUNTIME_PKGS=(
	libgl1 libegl1 libfontconfig1 libfreetype6 libxkbcommon0 libglib2.0-0 libdbus-1-3
	libpulse0 libxrandr2
	libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
	libxcb-render-util0 libxcb-shape0 libxcb-xkb1
	libvlc5 vlc-plugin-base vlc-plugin-video-output
	# OCR of scanned PDFs (Tesseract + English/Spanish data); ffmpeg decodes the audio
	# that speech-to-text reads.
	tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa ffmpeg
)
# Tests make media with ffmpeg, check PDFs with pdftotext, open real windows under Xvfb.
# Speech tests read real recordings (LibriVox clips with transcripts) from pocketsphinx-testdata.
# Presenter tests start a two-monitor X server (Xorg dummy driver + xrandr).
# The bundle test (tests/bundle) builds with PyInstaller (needs objdump: binutils), packs the
# archive with zstd and validates packaging/ (appstream, desktop-file-utils).
# The AT-SPI test reads the window's accessibility tree (D-Bus, at-spi2-core, pyatspi).
TEST_PKGS=(ffmpeg poppler-utils xvfb xauth fonts-dejavu-core pocketsphinx-testdata xdotool openbox
	xserver-xorg-core xserver-xorg-video-dummy x11-xserver-utils
	appstream desktop-file-utils zstd binutils
	dbus dbus-x11 at-spi2-core python3-pyatspi)

say() { printf 'setup: %s\n' "$*" >&2; }
fail() {
	printf 'setup: ERROR: %s\n' "$*" >&2
	exit 1
}

# ------------------------------------------------------------------ system packages
# Prints the packages in "$@" that are not installed. A name also counts as installed when
# its Ubuntu 24.04 "t64" successor is (libglib2.0-0 -> libglib2.0-0t64).
missing_packages() {
	local installed p
	installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "$@" "${@/%/t64}" 2>/dev/null |
		awk '$2 == "ii" { print $1 }' || true)
	for p in "$@"; do
		if ! grep -qxF -e "$p" -e "${p}t64" <<<"$installed"; then
			printf '%s\n' "$p"
		fi
	done
}

# The Debian package that gives interpreter $1 a working `-m venv` (ensurepip).
venv_package() {
	local base=${1##*/}
	case $base in
	python3.[0-9]*) printf '%s-venv\n' "$base" ;;
	*) printf 'python3-venv\n' ;;
	esac
}

setup_system() { # runtime|test
	local want=("${RUNTIME_PKGS[@]}") py
	[ "${1:-test}" = runtime ] || want+=("${TEST_PKGS[@]}")
	py=$(find_python)
	# Without ensurepip `python3 -m venv` fails; Debian ships it separately.
	if [ ! -x "$SETUP_VENV/bin/python" ] && ! "$py" -c 'import ensurepip' 2>/dev/null; then
		want+=("$(venv_package "$py")")
	fi
	ensure_packages "${want[@]}"
}

# Installs whichever of "$@" are missing (apt-get as root or password-less sudo), or prints
# the exact command and stops.
ensure_packages() {
	local missing sudo=()
	if [ "${DEV_SKIP_APT:-0}" = 1 ]; then
		return 0
	fi
	if ! command -v dpkg-query >/dev/null 2>&1; then
		say "not a Debian/Ubuntu system: cannot check system packages. REAL Desktop needs"
		say "the equivalents of: $*"
		return 0
	fi
	mapfile -t missing < <(missing_packages "$@")
	[ ${#missing[@]} -gt 0 ] || return 0

	if [ "$(id -u)" -ne 0 ]; then
		if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
			sudo=(sudo -n)
		else
			cat >&2 <<EOF
setup: these system packages are missing: ${missing[*]}
setup: installing them needs root (and sudo asks for a password or is not installed).
setup: install them with:

    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}

setup: then run this command again.
EOF
			exit 1
		fi
	fi
	say "installing ${#missing[@]} system packages with apt-get (a minute or two): ${missing[*]}"
	# apt's and dpkg's ~1000 lines go to a log that is shown only when something fails; the
	# lock timeout waits out an unattended-upgrades run instead of failing.
	local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o Dpkg::Use-Pty=0
		-o DPkg::Lock::Timeout=300) log
	log=$(mktemp "${TMPDIR:-/tmp}/real-desktop-apt.XXXXXX")
	# --no-install-recommends: libvlc5's recommends pull in a whole desktop stack.
	if ! { "${apt[@]}" update && "${apt[@]}" install -y --no-install-recommends "${missing[@]}"; } \
		>"$log" 2>&1; then
		tail -n 40 "$log" >&2
		fail "apt-get failed installing: ${missing[*]} (full log: $log)"
	fi
	rm -f -- "$log"
	mapfile -t missing < <(missing_packages "${missing[@]}")
	[ ${#missing[@]} -eq 0 ] || fail "still missing after apt-get install: ${missing[*]}"
}

# ------------------------------------------------------------------ python
py_ok() { # interpreter -> is it >= MIN_PY?
	"$1" -c "import sys; sys.exit(sys.version_info < (${MIN_PY[0]}, ${MIN_PY[1]}))" 2>/dev/null
}

# The interpreter to build .venv with: $PYTHON, else python3, else the newest python3.X.
find_python() {
	local c
	if [ -n "${PYTHON:-}" ]; then
		printf '%s\n' "$PYTHON"
		return
	fi
	for c in python3 python3.13 python3.12 python3.11; do
		if command -v "$c" >/dev/null 2>&1 && py_ok "$c"; then
			printf '%s\n' "$c"
			return
		fi
	done
	printf '%s\n' python3
}

lock_hash() {
	cat "$SETUP_ROOT/requirements.lock" "$SETUP_ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1
}

setup_python() {
	local py want_hash
	py=$(find_python)
	command -v "$py" >/dev/null 2>&1 ||
		fail "no Python found ('$py'). Install Python ${MIN_PY[0]}.${MIN_PY[1]}+ (Debian/Ubuntu: apt-get install python3 python3-venv)"

	# A venv from an older or vanished interpreter, or one left without pip by a failed
	# `python3 -m venv`, is rebuilt rather than patched.
	# (The pip check is skipped once an install has succeeded: that keeps re-runs fast.)
	if [ -e "$SETUP_VENV" ] && { ! py_ok "$SETUP_VENV/bin/python" || { [ ! -f "$SETUP_STAMP" ] &&
		! "$SETUP_VENV/bin/python" -m pip --version >/dev/null 2>&1; }; }; then
		say "existing .venv is broken or older than Python ${MIN_PY[0]}.${MIN_PY[1]}: recreating it"
		rm -rf -- "$SETUP_VENV"
	fi
	# PySide6 6.12's separate PySide6_Pdf wheel cannot be uninstalled on its own (that removes
	# PySide6/__init__.py), so a venv that still has it is rebuilt for the 6.11 lock.
	if compgen -G "$SETUP_VENV/lib/python3*/site-packages/pyside6_pdf-*.dist-info" >/dev/null; then
		say "existing .venv has PySide6 6.12's PySide6_Pdf wheel: recreating it for the locked PySide6"
		rm -rf -- "$SETUP_VENV"
	fi
	if [ ! -e "$SETUP_VENV" ]; then
		if ! py_ok "$py"; then
			fail "REAL Desktop needs Python ${MIN_PY[0]}.${MIN_PY[1]} or newer; $(command -v "$py") is $("$py" -c 'import platform; print(platform.python_version())' 2>/dev/null || echo unknown).
  Install a newer Python (e.g. Ubuntu 22.04: apt-get install python3.11 python3.11-venv) and run:
      PYTHON=python3.11 ./dev run"
		fi
		"$py" -c 'import ensurepip' 2>/dev/null || ensure_packages "$(venv_package "$py")"
		say "creating .venv with $("$py" -c 'import sys; print(sys.executable, sys.version.split()[0])')"
		if ! "$py" -m venv "$SETUP_VENV"; then
			rm -rf -- "$SETUP_VENV"
			fail "'$py -m venv' failed. On Debian/Ubuntu install $(venv_package "$py") (apt-get install $(venv_package "$py")) and retry."
		fi
	fi

	want_hash=$(lock_hash)
	if [ -f "$SETUP_STAMP" ] && [ "$(cat "$SETUP_STAMP")" = "$want_hash" ]; then
		return 0
	fi
	say "installing Python packages from requirements.lock into .venv (first time: a few minutes)"
	local pip=("$SETUP_VENV/bin/python" -m pip --disable-pip-version-check)
	"${pip[@]}" install -q -r "$SETUP_ROOT/requirements.lock" ||
		fail "pip install -r requirements.lock failed (network? see pip's message above)"
	"${pip[@]}" install -q --no-deps -e "$SETUP_ROOT" ||
		fail "pip install -e . failed"
	printf '%s\n' "$want_hash" >"$SETUP_STAMP"
	say "Python packages installed"
}

setup_all() { # runtime|test
	setup_system "${1:-test}"
	setup_python
}

# Run directly (not sourced): set up and report.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	set -euo pipefail
	setup_all "${1:-test}"
	say "ready: $("$SETUP_VENV/bin/python" --version), .venv at $SETUP_VENV"
fi
