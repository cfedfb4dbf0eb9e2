#!/usr/bin/env bash
# Packages the Linux build of Rollout Desk (run by `make dist` and `make test-deb`).
#
#   build/linux/package.sh deb BINARY DEB_VERSION OUT.deb
#   build/linux/package.sh tar BINARY VERSION OUT.tar.gz
#
# Both lay out the same files: the binary in bin/, the desktop entry in
# share/applications/ and the icon in share/icons/hicolor/512x512/apps/ — under
# /usr for the .deb, under one top folder for the tarball (extract it into
# /usr/local or ~/.local with --strip-components=1).
#
# The .deb is built with dpkg-deb (part of dpkg). Its Depends come from
# dpkg-shlibdeps (dpkg-dev, pulled in by build-essential), which maps every
# shared library the binary links (GTK 3, WebKitGTK 4.1, libsoup 3, GLib, libc)
# to the package that ships it, with the minimum version its symbols need, on
# the distribution it was built on: libgtk-3-0 on Debian 12, libgtk-3-0t64 on
# Debian 13 and Ubuntu 24.04. Desktop and icon caches are refreshed by the
# triggers of desktop-file-utils and hicolor-icon-theme, so there are no
# maintainer scripts.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=$(dirname "$here")

usage() {
	sed -n '4,5p' "$0" | sed 's/^# *//' >&2
	exit 2
}
[ $# -eq 4 ] || usage
kind=$1 binary=$2 version=$3 out=$4
[ -x "$binary" ] || { echo "package.sh: $binary is not an executable" >&2; exit 1; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

# layout DIR: the installed files under the prefix DIR.
layout() {
	install -D -m 0755 "$binary" "$1/bin/rolloutdesk"
	install -D -m 0644 "$here/rolloutdesk.desktop" "$1/share/applications/rolloutdesk.desktop"
	install -D -m 0644 "$build/appicon.png" "$1/share/icons/hicolor/512x512/apps/rolloutdesk.png"
}

mkdir -p "$(dirname "$out")"
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")

case $kind in
deb)
	arch=$(dpkg --print-architecture)
	# dpkg-shlibdeps wants the package tree in debian/<package> and a
	# debian/control naming the package; it only reads these two.
	root=$stage/debian/rolloutdesk
	mkdir -p "$root/DEBIAN"
	layout "$root/usr"
	printf 'Source: rolloutdesk\n\nPackage: rolloutdesk\nArchitecture: %s\n' "$arch" >"$stage/debian/control"
	depends=$(cd "$stage" && dpkg-shlibdeps -O debian/rolloutdesk/usr/bin/rolloutdesk | sed -n 's/^shlibs:Depends=//p')
	[ -n "$depends" ] || { echo "package.sh: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
	cat >"$root/DEBIAN/control" <<-EOF
		Package: rolloutdesk
		Version: $version
		Architecture: $arch
		Maintainer: Rollout Desk developers
		Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
		Depends: $depends
		Suggests: gnome-keyring
		Section: devel
		Priority: optional
		Description: plan phased feature launches against LaunchDarkly and Split
		 Rollout Desk keeps each launch as a release with its flags and phases,
		 shows whether every flag in LaunchDarkly and Split matches the phase the
		 plan says it is in, and produces the emails, in-app announcements and
		 support guides for each phase. The same binary is a command-line tool:
		 see rolloutdesk help.
		 .
		 API tokens are kept in the Secret Service keyring (GNOME Keyring, KWallet).
	EOF
	dpkg-deb --root-owner-group -Zxz --build "$root" "$out" >/dev/null
	;;
tar)
	arch=$(uname -m)
	[ "$arch" = x86_64 ] && arch=amd64
	top=rolloutdesk-$version-linux-$arch
	layout "$stage/$top"
	cat >"$stage/$top/README.txt" <<-EOF
		Rollout Desk $version for Linux ($arch)

		Needs GTK 3 and WebKitGTK 4.1 (Debian/Ubuntu: libgtk-3-0 libwebkit2gtk-4.1-0;
		Fedora: gtk3 webkit2gtk4.1). Install for everyone, or for yourself only:

		  sudo tar -C /usr/local --strip-components=1 -xzf $top.tar.gz
		  tar -C ~/.local --strip-components=1 -xzf $top.tar.gz

		then start "Rollout Desk" from the applications menu, or run rolloutdesk
		(rolloutdesk help lists the commands).
	EOF
	tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner -czf "$out" "$top"
	;;
*)
	usage
	;;
esac
echo "packaged $out"
