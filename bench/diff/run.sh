#!/bin/sh
# Differ benchmark (run on demand; never part of the tests).
#
#   bench/diff/run.sh [RUNS] [FILTER] [PRODUCT_DIR]
#
# Diffs real version pairs of the OpenAPI corpus (GitHub's description across versions, Blockfrost,
# Directus) and self-diffs of the large files (GitHub, Microsoft Graph, GitHub JSON against its YAML twin)
# and prints, per pair: SpecSync in-process (parse only, diff, load + diff + JSON, and the same with the two sides loaded in parallel as the command does; best of RUNS, default 5,
# warm; peak heap in a JVM limited to 1 GB), `specsync diff --format json` through the Linux product's launch
# script (start-up included; its class data sharing archive kept in the run's temp folder), change and breaking counts; and OpenAPITools' openapi-diff 2.1.7 on the same
# pair in the same run, in-process (parse + compare, warm) and as a command (compare + JSON report in a new
# JVM), so the ratio is measured. FILTER keeps the pairs whose name contains it (e.g. github).
#
# Environment: BENCH_OAD=0 skips openapi-diff; BENCH_OAD_TIMEOUT (seconds, default 120) and BENCH_OAD_XMX
# (default 8g) bound each openapi-diff run; BENCH_CORPUS (default ../shared/corpus/openapi).
# openapi-diff is fetched with the installed Maven (mvn) into bench/diff/target/openapi-diff on first use;
# it never reaches the product. SpecSync runs from the built product's plugins (./mvnw -DskipTests verify).
set -eu
cd "$(dirname "$0")/../.."
runs=${1:-5}
filter=${2:-}
home=${3:-releng/dev.specsync.repository/target/products/dev.specsync.product/linux/gtk/x86_64/specsync}
corpus=${BENCH_CORPUS:-../shared/corpus/openapi}
timeout=${BENCH_OAD_TIMEOUT:-120}
xmx=${BENCH_OAD_XMX:-8g}
[ -d "$home/plugins" ] || { echo "no product at $home: build it first (./mvnw -DskipTests verify)" >&2; exit 1; }
[ -d "$corpus" ] || { echo "no corpus at $corpus: set BENCH_CORPUS" >&2; exit 1; }

jdk=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
  major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  if [ -n "$major" ] && [ "$major" -ge 21 ]; then jdk=$candidate; break; fi
done
[ -n "$jdk" ] || { echo "bench/diff: needs a JDK 21 or newer (set JAVA_HOME)" >&2; exit 1; }

cp=""
for bundle in dev.specsync.diff dev.specsync.openapi dev.specsync.document dev.specsync.cli org.snakeyaml.engine org.eclipse.osgi; do
  jar=$(ls "$home"/plugins/"$bundle"_*.jar 2>/dev/null | head -n 1)
  [ -n "$jar" ] || { echo "bench/diff: $bundle is missing from $home/plugins" >&2; exit 1; }
  cp="$cp${cp:+:}$jar"
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/classes" "$out/oad" "$out/work"
"$jdk/bin/javac" -nowarn -d "$out/classes" -cp "$cp" bench/diff/src/DiffBenchmark.java

oad_cp=-
if [ "${BENCH_OAD:-1}" != 0 ]; then
  lib=bench/diff/target/openapi-diff
  if ! ls "$lib"/openapi-diff-core-*.jar >/dev/null 2>&1; then
    # Outside the repository, so that Maven does not pick up the product build's .mvn extensions.
    pomdir=$(mktemp -d)
    cp bench/diff/pom.xml "$pomdir/"
    (cd "$pomdir" && mvn -B -q dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$OLDPWD/$lib") \
      || { rm -rf "$pomdir"; echo "bench/diff: could not fetch openapi-diff with mvn (BENCH_OAD=0 skips it)" >&2; exit 1; }
    rm -rf "$pomdir"
  fi
  lib_cp=$(ls "$lib"/*.jar | tr '\n' ':')
  "$jdk/bin/javac" -nowarn -d "$out/oad" -cp "$lib_cp" bench/diff/src/OpenApiDiffRun.java
  oad_cp="$out/oad:$lib_cp"
fi

"$jdk/bin/java" -Xmx1g -XX:+UseSerialGC -cp "$out/classes:$cp" DiffBenchmark \
  "$corpus" "$runs" "$(cd "$home" && pwd)" "$oad_cp" "$timeout" "$xmx" "$out/work" "$filter"
