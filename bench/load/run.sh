#!/bin/sh
# Load benchmark of the document model (run on demand; never part of the tests).
#
#   bench/load/run.sh [CORPUS_DIR] [RUNS] [MIN_BYTES]
#
# Parses every JSON/YAML file (.gz unpacked in memory) of at least MIN_BYTES (default 1000000) under
# CORPUS_DIR (default ../shared/corpus/openapi, relative to the repository root) RUNS times (default 10)
# and prints best and median load time and the heap one loaded document retains. It runs
# LoadBenchmark.java with Java's source launcher on the built dev.specsync.document jar (built here when
# missing) and the SnakeYAML Engine jar of the target platform, taken from the local Maven repository.
set -eu
cd "$(dirname "$0")/../.."
corpus=${1:-../shared/corpus/openapi}
runs=${2:-10}
min_bytes=${3:-1000000}
[ -d "$corpus" ] || { echo "no corpus at $corpus: pass a folder, e.g. tests/dev.specsync.document.tests/corpus" >&2; exit 1; }

java_ok() { # true when $1 is a Java 21+ executable
  [ -x "$1" ] && [ "$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)" -ge 21 ] 2>/dev/null
}
java=
for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null || true)" /usr/lib/jvm/*/bin/java; do
  if [ -n "$candidate" ] && java_ok "$candidate"; then java=$candidate; break; fi
done
[ -n "$java" ] || { echo "the benchmark needs Java 21 or newer (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 1; }

jar=$(ls bundles/dev.specsync.document/target/dev.specsync.document-*.jar 2>/dev/null | grep -v sources | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests -pl bundles/dev.specsync.document package
  jar=$(ls bundles/dev.specsync.document/target/dev.specsync.document-*.jar | grep -v sources | head -n 1)
fi
version=$(sed -n 's|.*<artifactId>snakeyaml-engine</artifactId><version>\([^<]*\)</version>.*|\1|p' target-platform/specsync.target)
yaml="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}/org/snakeyaml/snakeyaml-engine/$version/snakeyaml-engine-$version.jar"
[ -f "$yaml" ] || { echo "no $yaml: build once (./mvnw verify) or set MAVEN_REPO_LOCAL" >&2; exit 1; }

exec "$java" -Xmx4g -XX:+UseParallelGC -cp "$jar:$yaml" bench/load/LoadBenchmark.java "$corpus" "$runs" "$min_bytes"
