#!/usr/bin/env bash
# Installs target/dist/waymark_*.deb on THIS machine and checks what a user gets: the `waymark` command works
# (demo + check), the desktop entry is registered and opens .waymark files, the MIME type is known, the
# class-data archive was made at the installed place. Needs root (it runs apt-get and dpkg). Not run in CI:
# it changes the machine. Build the .deb first with `./mvnw -Ppackage package`.
#
#   sudo packaging/linux/verify-deb.sh            # install, check, leave installed
#   sudo packaging/linux/verify-deb.sh --remove   # ... then remove the package and check it is gone
set -euo pipefail
cd "$(dirname "$0")/../.."

deb=$(ls target/dist/waymark_*.deb 2>/dev/null | head -1 || true)
[ -n "$deb" ] || { echo "No target/dist/waymark_*.deb: run ./mvnw -Ppackage package first." >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "Run as root: it installs a package." >&2; exit 2; }

failures=0
pass() { echo "ok    $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }

echo "Installing $deb"
export DEBIAN_FRONTEND=noninteractive
# apt-get (not bare dpkg -i) so that the package's Depends (GTK, xdg-utils) are pulled in as a user would get them.
apt-get install -y -qq "./$deb" >/dev/null
dpkg -s waymark | grep -q '^Status: install ok installed' && pass "dpkg: waymark installed ($(dpkg-query -W -f='${Version}' waymark))" || fail "dpkg status"

# The command, from a neutral folder, with its own data folder so the check leaves the user's alone.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data"
command -v waymark >/dev/null && [ "$(command -v waymark)" = /usr/bin/waymark ] && pass "waymark is on the PATH at /usr/bin/waymark" || fail "no waymark on the PATH"
[ "$(readlink /usr/bin/waymark)" = /opt/waymark/bin/WaymarkCLI ] && pass "waymark is the commands' launcher (bin/WaymarkCLI)" || fail "waymark points at $(readlink /usr/bin/waymark)"
# jpackage 17 gives an added launcher a menu entry whatever its properties say (its .jpackage.xml does not keep
# linux-shortcut=false); resources/WaymarkCLI.desktop keeps that entry out of the menus.
cli_entry=$(ls /usr/share/applications/*WaymarkCLI*.desktop 2>/dev/null | head -1 || true)
[ -z "$cli_entry" ] || grep -q '^NoDisplay=true$' "$cli_entry" && pass "no menu entry for the commands' launcher" || fail "the commands' launcher shows in the menus: $cli_entry"
if (cd "$work" && waymark demo -o "$work/plan.waymark" >"$work/demo.out" 2>&1); then pass "waymark demo: $(head -1 "$work/demo.out")"; else fail "waymark demo: $(cat "$work/demo.out")"; fi
if (cd "$work" && waymark check "$work/plan.waymark" >"$work/check.out" 2>&1); then pass "waymark check: $(tail -1 "$work/check.out")"; else fail "waymark check: $(cat "$work/check.out")"; fi
grep -qi "unnamed module" "$work/demo.out" "$work/check.out" && fail "JavaFX warned about the unnamed module" || pass "no 'unnamed module' warning"
[ -s "$work/check.out" ] && ! grep -qiE "warning|\[cds\]" "$work/check.out" && pass "check printed no JVM warnings" || fail "JVM warnings: $(grep -iE 'warning|cds' "$work/check.out")"
ls "$XDG_DATA_HOME/waymark/logs/"waymark-*.log >/dev/null 2>&1 && pass "log file in the per-user data folder" || fail "no log file in $XDG_DATA_HOME/waymark/logs"
[ -f /opt/waymark/lib/app/native/libsqlitejdbc.so ] && [ -z "$(ls -A "$XDG_DATA_HOME/waymark/native" 2>/dev/null)" ] \
  && pass "SQLite's native library used from /opt/waymark/lib/app/native, nothing unpacked at run time" \
  || fail "SQLite native library: $(ls /opt/waymark/lib/app/native "$XDG_DATA_HOME/waymark/native" 2>&1)"

# The class-data archive, re-made by postinst for /opt/waymark, and actually used.
[ -s /opt/waymark/lib/app/waymark.jsa ] && pass "class-data archive made at install ($(du -h /opt/waymark/lib/app/waymark.jsa | cut -f1))" || fail "no /opt/waymark/lib/app/waymark.jsa"
if JAVA_TOOL_OPTIONS="-Xshare:on" waymark check "$work/plan.waymark" >/dev/null 2>&1; then pass "the JVM maps the archive (-Xshare:on accepted)"; else fail "the archive does not fit the installed class path"; fi

# Desktop entry and MIME type, as the desktop sees them.
desktop=/usr/share/applications/waymark-Waymark.desktop
if [ -f "$desktop" ]; then
  pass "desktop entry $desktop"
  grep -q '^Exec=/opt/waymark/bin/Waymark %f$' "$desktop" && pass "  Exec passes the file (%f)" || fail "  Exec line: $(grep ^Exec "$desktop")"
  grep -q '^MimeType=application/x-waymark' "$desktop" && pass "  MimeType=application/x-waymark" || fail "  no MimeType line"
  command -v desktop-file-validate >/dev/null && { desktop-file-validate "$desktop" && pass "  desktop-file-validate: valid" || fail "  desktop-file-validate"; }
else
  fail "no desktop entry in /usr/share/applications: $(ls /usr/share/applications | grep -i waymark || true)"
fi
grep -rqs 'application/x-waymark' /usr/share/mime/packages/ && pass "MIME package installed in /usr/share/mime/packages" || fail "no MIME package"
grep -qs '^application/x-waymark' /usr/share/mime/globs2 /usr/share/mime/globs && pass "MIME database knows *.waymark" || fail "*.waymark not in the MIME database"
detected=$(xdg-mime query filetype "$work/plan.waymark" 2>/dev/null || true)
[ "$detected" = application/x-waymark ] && pass "xdg-mime: plan.waymark is $detected" || echo "note  xdg-mime query filetype says '$detected' (without a desktop session xdg-mime may ask file(1), which reads the SQLite header)"
grep -rqs 'application/x-waymark=waymark-Waymark.desktop' /usr/share/applications/mimeinfo.cache && pass "mimeinfo.cache: .waymark opens with Waymark" || fail "not in mimeinfo.cache"
ls /usr/share/icons/hicolor/*/mimetypes/application-x-waymark.png >/dev/null 2>&1 && pass "document icon installed" || fail "no document icon"

if [ "${1:-}" = --remove ]; then
  apt-get remove -y -qq waymark >/dev/null
  [ ! -e /usr/bin/waymark ] && pass "removed: /usr/bin/waymark gone" || fail "/usr/bin/waymark left behind"
  [ ! -e /opt/waymark ] && pass "removed: /opt/waymark gone" || fail "left behind: $(find /opt/waymark | head)"
  [ ! -e "$desktop" ] && pass "removed: desktop entry gone" || fail "desktop entry left behind"
fi

echo
[ "$failures" = 0 ] && echo "All checks passed." || { echo "$failures check(s) failed."; exit 1; }
