#!/usr/bin/env bash
# Builds the self-contained Linux app-image (and with --deb a .deb) of Quanze Workbench:
#   1. mvn package; the app jar and its libraries without JavaFX go to target/installer/input
#   2. jlink: a runtime with only the modules in installer/modules.txt, JavaFX from the -linux jars as modules,
#      JavaFX's native libraries beside the JDK's in runtime/lib; SQLite's in lib/app/native
#   3. jpackage --type app-image  ->  target/installer/image/Quanze (launcher bin/Quanze)
#   4. CDS: one start of the window on demo data records the classes it loads; the runtime's default
#      class-data-sharing archive is regenerated from that list (skipped with --no-cds or without a display)
#   5. with --deb: jpackage --type deb from the finished image  ->  target/installer/quanze_<version>_amd64.deb
# Version from pom.xml. Needs JDK 17+ (jlink, jpackage), Maven; for --deb fakeroot and dpkg-deb; for CDS a
# display ($DISPLAY, or xvfb-run). See docs/decisions/0009-installer-jlink-jpackage.md.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB=0 CDS=1 MVN=1
for arg in "$@"; do
  case "$arg" in
    --deb) DEB=1 ;;
    --no-cds) CDS=0 ;;
    --skip-mvn) MVN=0 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (use --deb, --no-cds, --skip-mvn)" >&2; exit 2 ;;
  esac
done

NAME=Quanze
VERSION=$(sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' pom.xml | head -1)
VERSION=${VERSION%-SNAPSHOT}
OUT=target/installer
JAR=quanze-workbench-$(sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' pom.xml | head -1).jar
echo "== Quanze Workbench $VERSION"

if [ "$MVN" = 1 ]; then
  mvn -B -q -DskipTests package
fi
rm -rf "$OUT"
mkdir -p "$OUT/input" "$OUT/jfx" "$OUT/image" "$OUT/cds"

# The libraries: everything at run time except JavaFX, which goes into the runtime as modules.
mvn -B -q dependency:copy-dependencies -DincludeScope=runtime -DexcludeGroupIds=org.openjfx \
  -DoutputDirectory="$OUT/input"
cp "target/$JAR" "$OUT/input/"
# sqlite-jdbc unpacks its native library into the temp directory on every start unless told where one is.
SQLITE_JAR=$(ls "$OUT"/input/sqlite-jdbc-*.jar | head -1)
mkdir -p "$OUT/input/native"
(cd "$OUT/input/native" && jar xf "$OLDPWD/$SQLITE_JAR" org/sqlite/native/Linux/x86_64/libsqlitejdbc.so \
  && mv org/sqlite/native/Linux/x86_64/libsqlitejdbc.so . && rm -rf org)
mvn -B -q dependency:copy-dependencies -DincludeScope=runtime -DincludeGroupIds=org.openjfx \
  -DoutputDirectory="$OUT/jfx"
# Keep only the platform jars (javafx-graphics-21.0.12-linux.jar); the plain ones are empty placeholders.
find "$OUT/jfx" -name 'javafx-*.jar' ! -name '*-linux.jar' -delete

echo "== jlink"
MODULES=$(grep -v '^#' installer/modules.txt | grep -v '^$' | paste -sd, -)
jlink --module-path "$OUT/jfx" --add-modules "$MODULES" \
  --include-locales=en,zh --strip-debug --no-header-files --no-man-pages --compress=2 \
  --generate-cds-archive --output "$OUT/runtime" >/dev/null
# JavaFX looks for its native libraries beside the JDK's first; without them there it unpacks copies from
# the module into ~/.openjfx/cache on every new machine.
NATIVE=$(mktemp -d)
for j in "$OUT"/jfx/*.jar; do
  (cd "$NATIVE" && jar xf "$OLDPWD/$j")
done
cp "$NATIVE"/*.so "$OUT/runtime/lib/"
rm -rf "$NATIVE"

echo "== jpackage app-image"
jpackage --type app-image --name "$NAME" --app-version "$VERSION" \
  --vendor "Quanze Workbench" --copyright "Quanze Workbench" \
  --description "权责工作台 Quanze Workbench" \
  --icon assets/icons/quanze-256.png \
  --runtime-image "$OUT/runtime" --input "$OUT/input" \
  --main-jar "$JAR" --main-class cn.quanze.Launcher \
  --java-options "-Dfile.encoding=UTF-8" \
  --java-options '-Dorg.sqlite.lib.path=$APPDIR/native' --java-options "-Dorg.sqlite.lib.name=libsqlitejdbc.so" \
  --dest "$OUT/image"
IMAGE="$OUT/image/$NAME"

if [ "$CDS" = 1 ]; then
  bash installer/cds-train.sh "$IMAGE/bin/$NAME" "$IMAGE/lib/runtime" "$OUT/cds" || \
    echo "note: CDS training failed; the image keeps jlink's default class-data archive"
fi

echo "== image: $IMAGE ($(du -sh "$IMAGE" | cut -f1))"

if [ "$DEB" = 1 ]; then
  echo "== jpackage deb"
  jpackage --type deb --app-image "$IMAGE" --name "$NAME" --app-version "$VERSION" \
    --vendor "Quanze Workbench" --description "权责工作台 Quanze Workbench" \
    --icon assets/icons/quanze-256.png \
    --linux-package-name quanze --linux-deb-maintainer "quanze@localhost" \
    --linux-menu-group Office --linux-app-category office --linux-shortcut \
    --file-associations installer/linux/qzb.properties \
    --install-dir /opt \
    --dest "$OUT"
  ls -la "$OUT"/*.deb
fi
