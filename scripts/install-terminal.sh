#!/usr/bin/env bash
# install-terminal.sh — unattended install of REAL Desktop on a library terminal (Linux):
# the bundle, a folder of content packs and a kiosk configuration, in one command.
#
#   sudo scripts/install-terminal.sh --bundle real-desktop-VERSION-linux-x86_64.tar.zst \
#        [--packs DIR] [--kiosk-config kiosk.ini] [--user ACCOUNT]
#
# What it does (running it again upgrades in place; nothing is asked):
#   PREFIX/lib/real-desktop/          the bundle, unpacked (replaced atomically on upgrade)
#   PREFIX/bin/real-desktop           a launcher that opens the shared library
#   PREFIX/share/applications/, icons/hicolor/, metainfo/   menu entry, icons, AppStream
#   LIBRARY (default /var/lib/real-desktop)   the library; every DIR/*.realpack installed
#                                     into it (`real-desktop pack install`), owned by ACCOUNT
#   ETC/real-desktop/kiosk.ini        the kiosk configuration (mode 0644, owned by root)
# then runs `real-desktop doctor` and exits 3 if it reports a problem (1: install failed).
#
# Options: --prefix DIR (default /usr/local), --library DIR, --etc DIR (default /etc; the
# launcher points REAL_DESKTOP_KIOSK_CONFIG there when it is not /etc), --user ACCOUNT (the
# visitors' account, which must be able to write the library), --no-doctor.
# Make a kiosk.ini on any machine with `real-desktop kiosk setup --config kiosk.ini ...`.
set -euo pipefail

ME=${0##*/}
PREFIX=/usr/local
LIBRARY=/var/lib/real-desktop
ETC=/etc
BUNDLE= PACKS= KIOSK= ACCOUNT= DOCTOR=1

say() { printf '%s: %s\n' "$ME" "$*" >&2; }
die() {
	say "ERROR: $*"
	exit 1
}
usage() { sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
	case $1 in
	--bundle) BUNDLE=${2:?--bundle needs an archive} && shift ;;
	--packs) PACKS=${2:?--packs needs a folder} && shift ;;
	--kiosk-config) KIOSK=${2:?--kiosk-config needs a file} && shift ;;
	--prefix) PREFIX=${2:?} && shift ;;
	--library) LIBRARY=${2:?} && shift ;;
	--etc) ETC=${2:?} && shift ;;
	--user) ACCOUNT=${2:?} && shift ;;
	--no-doctor) DOCTOR=0 ;;
	-h | --help) usage && exit 0 ;;
	*) usage >&2 && die "unknown option: $1" ;;
	esac
	shift
done

[ -n "$BUNDLE" ] || { usage >&2; die "--bundle ARCHIVE is required"; }
[ -f "$BUNDLE" ] || die "no such bundle archive: $BUNDLE"
[ -z "$PACKS" ] || [ -d "$PACKS" ] || die "no such packs folder: $PACKS"
[ -z "$KIOSK" ] || [ -f "$KIOSK" ] || die "no such kiosk configuration: $KIOSK"
[ -z "$KIOSK" ] || grep -q '^\[kiosk\]' "$KIOSK" || die "$KIOSK has no [kiosk] section"
[ -z "$ACCOUNT" ] || id "$ACCOUNT" >/dev/null 2>&1 || die "no such account: $ACCOUNT"
mkdir -p "$PREFIX" "$LIBRARY" && PREFIX=$(cd "$PREFIX" && pwd) && LIBRARY=$(cd "$LIBRARY" && pwd)

APPDIR=$PREFIX/lib/real-desktop
STAGE=$(mktemp -d "$PREFIX/lib/.real-desktop-new.XXXXXX" 2>/dev/null || { mkdir -p "$PREFIX/lib" && mktemp -d "$PREFIX/lib/.real-desktop-new.XXXXXX"; })
trap 'rm -rf -- "$STAGE"' EXIT

# 1. The bundle: unpack beside the old one, check it starts, then swap.
say "unpacking $BUNDLE"
case $BUNDLE in
*.tar.zst | *.tzst) zstd -dc -- "$BUNDLE" | tar -C "$STAGE" -xf - ;;
*.tar.xz | *.tar.gz | *.tgz | *.tar) tar -C "$STAGE" -xf "$BUNDLE" ;;
*.zip) (cd "$STAGE" && unzip -q "$BUNDLE") ;;
*) die "unknown archive type: $BUNDLE (expected .tar.zst, .tar.xz, .tar.gz or .zip)" ;;
esac
[ -x "$STAGE/real-desktop/real-desktop" ] || die "$BUNDLE does not hold real-desktop/real-desktop"
rm -f -- "$STAGE/real-desktop/portable" # an installed copy keeps its data in LIBRARY
rm -rf -- "$STAGE/real-desktop/data"
VERSION=$("$STAGE/real-desktop/real-desktop" --version) || die "the unpacked bundle does not start"
if [ -e "$APPDIR" ]; then
	mv -- "$APPDIR" "$STAGE/old"
fi
mv -- "$STAGE/real-desktop" "$APPDIR"
say "installed $VERSION in $APPDIR"

# 2. The launcher and the desktop integration.
mkdir -p "$PREFIX/bin"
KIOSK_ENV=
[ "$ETC" = /etc ] || KIOSK_ENV="export REAL_DESKTOP_KIOSK_CONFIG=\${REAL_DESKTOP_KIOSK_CONFIG:-$ETC/real-desktop/kiosk.ini}"
cat >"$PREFIX/bin/.real-desktop.new" <<EOF
#!/bin/sh
# REAL Desktop launcher, written by install-terminal.sh: the shared library in $LIBRARY.
export REAL_DESKTOP_HOME=\${REAL_DESKTOP_HOME:-$LIBRARY}
$KIOSK_ENV
exec "$APPDIR/real-desktop" "\$@"
EOF
chmod 0755 "$PREFIX/bin/.real-desktop.new"
mv -f -- "$PREFIX/bin/.real-desktop.new" "$PREFIX/bin/real-desktop"
PKG=$APPDIR/_internal/packaging
[ -d "$PKG" ] || PKG=$APPDIR/packaging
if [ -d "$PKG" ]; then
	install -D -m 0644 "$PKG/real-desktop.desktop" "$PREFIX/share/applications/real-desktop.desktop"
	sed -i "s|^Exec=real-desktop|Exec=$PREFIX/bin/real-desktop|; s|^TryExec=real-desktop|TryExec=$PREFIX/bin/real-desktop|" \
		"$PREFIX/share/applications/real-desktop.desktop"
	mkdir -p "$PREFIX/share/icons" "$PREFIX/share/metainfo"
	cp -r -- "$PKG/icons/hicolor" "$PREFIX/share/icons/"
	install -m 0644 "$PKG"/*.metainfo.xml "$PREFIX/share/metainfo/"
	command -v gtk-update-icon-cache >/dev/null 2>&1 &&
		gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" 2>/dev/null || true
	command -v update-desktop-database >/dev/null 2>&1 &&
		update-desktop-database -q "$PREFIX/share/applications" 2>/dev/null || true
else
	say "warning: the bundle has no packaging/ folder: no menu entry installed"
fi

# 3. The kiosk configuration (before the packs: it may allow signed packs only).
if [ -n "$KIOSK" ]; then
	install -d -m 0755 "$ETC/real-desktop"
	install -m 0644 "$KIOSK" "$ETC/real-desktop/.kiosk.ini.new"
	[ "$(id -u)" -ne 0 ] || chown root:root "$ETC/real-desktop" "$ETC/real-desktop/.kiosk.ini.new"
	mv -f -- "$ETC/real-desktop/.kiosk.ini.new" "$ETC/real-desktop/kiosk.ini"
	say "kiosk configuration: $ETC/real-desktop/kiosk.ini"
fi

# 4. The packs, one by one: one bad pack is reported and the others still go in.
failed=0
if [ -n "$PACKS" ]; then
	shopt -s nullglob
	packs=("$PACKS"/*.realpack)
	[ ${#packs[@]} -gt 0 ] || say "warning: no .realpack files in $PACKS"
	for pack in "${packs[@]}"; do
		if "$PREFIX/bin/real-desktop" pack install "$pack"; then
			say "pack installed: ${pack##*/}"
		else
			say "pack NOT installed: ${pack##*/} (see the message above)"
			failed=$((failed + 1))
		fi
	done
fi
[ -z "$ACCOUNT" ] || chown -R "$ACCOUNT" "$LIBRARY"

# 5. The self-check.
rc=0
if [ "$DOCTOR" = 1 ]; then
	qpa=()
	[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || qpa=(env QT_QPA_PLATFORM=offscreen) # no screen here: check Qt offscreen
	"${qpa[@]}" "$PREFIX/bin/real-desktop" doctor || rc=3
fi
[ "$failed" -eq 0 ] || { say "$failed pack(s) could not be installed"; rc=1; }
[ "$rc" -ne 0 ] || say "done: start it with $PREFIX/bin/real-desktop (or from the menu)"
exit "$rc"
