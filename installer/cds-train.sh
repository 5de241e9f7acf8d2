#!/usr/bin/env bash
# Regenerates the runtime's default class-data-sharing archive (lib/server/classes.jsa) from the classes one
# start of the window loads, so the JDK and JavaFX classes the workbench needs are mapped from the archive
# instead of being parsed and verified on every start. The default archive is found relative to the runtime
# and checked by the size of lib/modules only, so it keeps working after the image is moved or installed;
# classes from the app's jars stay outside it (a JDK 17 app-class archive is bound to absolute jar paths).
# Usage: cds-train.sh LAUNCHER RUNTIME_DIR WORK_DIR   (needs $DISPLAY or xvfb-run)
set -euo pipefail
LAUNCHER=$1 RUNTIME=$2 WORK=$3
mkdir -p "$WORK"
DATA="$WORK/train-data"
rm -rf "$DATA" "$WORK/classes.lst"

with_display() {
  if [ -n "${DISPLAY:-}" ]; then "$@"
  elif command -v xvfb-run >/dev/null 2>&1; then xvfb-run -a -s "-screen 0 1400x900x24" "$@"
  else echo "no display for the CDS training run" >&2; return 1
  fi
}

echo "== CDS: training run (window on demo data)"
"$LAUNCHER" --data-dir "$DATA" init --office-code QU --office-name 示例区 --level district --demo >"$WORK/init.log" 2>&1
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$WORK/classes.lst -Dquanze.startupProbe=true" \
  with_display timeout 300 "$LAUNCHER" --data-dir "$DATA" >"$WORK/train.log" 2>&1 || true
if ! grep -q QUANZE_SHOWN "$WORK/train.log"; then
  echo "the training run did not show the window; see $WORK/train.log" >&2
  exit 1
fi

echo "== CDS: dumping $(grep -vc '^#' "$WORK/classes.lst") listed classes into the runtime's archive"
chmod u+w "$RUNTIME/lib/server/classes.jsa"
# The app's own classes in the list are not on this class path and are skipped (logged in dump.log).
"$RUNTIME/bin/java" -Xshare:dump -XX:SharedClassListFile="$WORK/classes.lst" \
  -XX:SharedArchiveFile="$RUNTIME/lib/server/classes.jsa" >"$WORK/dump.log" 2>&1
# -Xshare:on refuses to start when the archive cannot be used: proves it maps.
JAVA_TOOL_OPTIONS="-Xshare:on" "$LAUNCHER" --version >"$WORK/verify.log" 2>&1
echo "== CDS: archive $(du -h "$RUNTIME/lib/server/classes.jsa" | cut -f1), maps with -Xshare:on"
