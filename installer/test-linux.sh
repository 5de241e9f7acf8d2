#!/usr/bin/env bash
# Builds the Linux app-image and proves it works here:
#   - the image starts under its own Xvfb with a fresh data directory and a window appears (first-run setup
#     dialog), screenshot saved;
#   - the CLI inside the image answers: `init --demo` and `db check` through bin/Quanze;
#   - started again on that data, the main window appears (with the first administrator's sign-up over it,
#     as no user exists yet), screenshot saved;
#   - JavaFX loads its native libraries from the runtime (nothing unpacked into the home directory), SQLite
#     its own from the image (nothing unpacked into /tmp), and the class-data-sharing archive maps (-Xshare:on);
#   - reports the image size.
# Usage: installer/test-linux.sh [--no-build] [build-linux.sh options]   Screenshots: target/installer/test/
# Needs Xvfb, xwininfo (x11-utils) and ImageMagick's import.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=1 ARGS=()
for arg in "$@"; do
  if [ "$arg" = --no-build ]; then BUILD=0; else ARGS+=("$arg"); fi
done
[ "$BUILD" = 1 ] && bash installer/build-linux.sh "${ARGS[@]+"${ARGS[@]}"}"

IMAGE=target/installer/image/Quanze
LAUNCHER=$IMAGE/bin/Quanze
WORK=target/installer/test
rm -rf "$WORK"
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
[ -x "$LAUNCHER" ] || { echo "FAIL: no launcher at $LAUNCHER (build first)"; exit 1; }

FAILS=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }

# Our own X server on a free display number, so nothing else on the machine is disturbed.
exec 3>"$WORK/display"
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB=$!
APP=
cleanup() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null || true
  kill "$XVFB" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$WORK/display")"
echo "== Xvfb on $DISPLAY"

# Waits up to $2 seconds for a top-level window whose title contains $1.
wait_window() {
  local title=$1 limit=$2 t=0
  while [ "$t" -lt "$limit" ]; do
    if xwininfo -root -tree 2>/dev/null | grep -q "\"[^\"]*$title"; then return 0; fi
    sleep 1; t=$((t + 1))
  done
  return 1
}

# Starts the image's window on $1, waits for a window titled $2, screenshots it to $3, then ends it.
window_check() {
  local data=$1 title=$2 shot=$3 what=$4
  "$LAUNCHER" --data-dir "$data" >"$WORK/$what.log" 2>&1 &
  APP=$!
  if wait_window "$title" 120; then
    # the title is set before the first frame is painted: screenshot until something is drawn (or 60 s)
    local colours=0 t=0
    while [ "$t" -lt 30 ]; do
      sleep 2; t=$((t + 1))
      import -window root "$shot"
      colours=$(identify -format '%k' "$shot")
      [ "$colours" -gt 50 ] && { sleep 2; import -window root "$shot"; break; }
    done
    if [ "$colours" -gt 50 ]; then pass "$what: window '$title' shown, screenshot $shot ($colours colours)"
    else fail "$what: screenshot $shot looks empty ($colours colours)"; fi
    # the launcher runs the JVM in its own process: its mapped SQLite library must be the image's copy
    local sqlite
    sqlite=$(grep -o '/[^ ]*sqlitejdbc[^ ]*' "/proc/$APP/maps" 2>/dev/null | head -1 || true)
    case "$sqlite" in
      */lib/app/native/libsqlitejdbc.so) pass "$what: SQLite native library from the image ($sqlite)" ;;
      *) fail "$what: SQLite native library not the image's: '${sqlite:-not mapped}'" ;;
    esac
  else
    fail "$what: no window titled '$title' within 120 s (log: $WORK/$what.log)"
  fi
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  APP=
}

DATA="$WORK/data"
echo "== fresh data directory: the first-run setup dialog"
window_check "$DATA" "权责工作台" "$WORK/first-run.png" first-run

echo "== the CLI inside the image"
if "$LAUNCHER" --data-dir "$DATA" init --office-code QU --office-name 徐汇区人民政府办公室 --level district --demo \
    >"$WORK/init.log" 2>&1; then pass "init --demo: $(tail -1 "$WORK/init.log")"
else fail "init --demo exited non-zero: $(cat "$WORK/init.log")"; fi
if "$LAUNCHER" --data-dir "$DATA" db check >"$WORK/db-check.log" 2>&1; then
  pass "db check exit 0: $(tr '\n' ' ' <"$WORK/db-check.log" | cut -c1-160)"
else fail "db check exited non-zero: $(cat "$WORK/db-check.log")"; fi

echo "== the window on that data (no user yet: it asks for the first administrator over the main window)"
window_check "$DATA" "权责工作台" "$WORK/main-window.png" main-window

echo "== runtime checks"
JAVA_TOOL_OPTIONS="-Djavafx.verbose=true -Dquanze.startupProbe=true" "$LAUNCHER" --data-dir "$DATA" \
  >"$WORK/natives.log" 2>&1 || true
if grep -q QUANZE_SHOWN "$WORK/natives.log" && ! grep -q 'from resource' "$WORK/natives.log"; then
  pass "JavaFX native libraries load from the runtime (none unpacked from the jar)"
else fail "JavaFX natives: see $WORK/natives.log"; fi
if JAVA_TOOL_OPTIONS="-Xshare:on" "$LAUNCHER" --data-dir "$DATA" db check >"$WORK/cds.log" 2>&1; then
  pass "class-data-sharing archive maps (-Xshare:on)"
else fail "-Xshare:on refused: $(head -3 "$WORK/cds.log")"; fi
VERSION=$("$LAUNCHER" --version 2>&1 | tail -1)
pass "version: $VERSION"

echo "== size"
echo "image $(du -sh "$IMAGE" | cut -f1) (runtime $(du -sh "$IMAGE/lib/runtime" | cut -f1), app $(du -sh "$IMAGE/lib/app" | cut -f1))"
for deb in target/installer/*.deb; do
  if [ -e "$deb" ]; then echo "deb $(du -h "$deb" | cut -f1) $deb"; fi
done

echo "== $FAILS failed"
[ "$FAILS" = 0 ]
