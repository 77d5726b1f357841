#!/bin/sh
# Merge benchmark (run on demand; never part of the tests).
#
#   bench/merge/run.sh [CASES_DIR] [LARGE_JSON_GZ] [RUNS]
#
# Runs the structural resolver (dev.specsync.merge) and `git merge-file` on every three-way case under CASES_DIR
# (default ../shared/bench/merge/cases, as seen from /work/main; pass the folder from other clones: base, ours, theirs, expected result or expected conflict pointers, see its
# README) and prints per case and merger: clean or conflict, false conflict / missed conflict / silent wrong
# merge, whether the output parses with every internal $ref resolving, and the time. Then merges LARGE_JSON_GZ
# (default ../shared/corpus/openapi/github/api.github.com-16.0.0.json.gz, 11.5 MB) with an endpoint added at the top
# on one side and a schema description edited at the bottom on the other, RUNS times (default 5), and prints the
# best and median time. Uses the built jars of dev.specsync.merge and dev.specsync.document (built when missing)
# and the SnakeYAML Engine jar of the target platform from the local Maven repository.
set -eu
cd "$(dirname "$0")/../.."
cases=${1:-../shared/bench/merge/cases}
large=${2:-../shared/corpus/openapi/github/api.github.com-16.0.0.json.gz}
runs=${3:-5}
[ -d "$cases" ] || { echo "no cases at $cases: pass a folder, e.g. tests/dev.specsync.merge.tests/cases" >&2; exit 1; }
[ -f "$large" ] || { echo "no file at $large: pass a gzipped JSON OpenAPI description" >&2; exit 1; }
command -v git >/dev/null || { echo "the benchmark compares with git merge-file: install git" >&2; exit 1; }

java_ok() { # true when $1 is a Java 21+ executable
  [ -x "$1" ] && [ "$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)" -ge 21 ] 2>/dev/null
}
java=
for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null || true)" /usr/lib/jvm/*/bin/java; do
  if [ -n "$candidate" ] && java_ok "$candidate"; then java=$candidate; break; fi
done
[ -n "$java" ] || { echo "the benchmark needs Java 21 or newer (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 1; }

jar_of() { ls bundles/$1/target/$1-*.jar 2>/dev/null | grep -v sources | head -n 1 || true; }
if [ -z "$(jar_of dev.specsync.document)" ] || [ -z "$(jar_of dev.specsync.merge)" ]; then
  ./mvnw -q -B -DskipTests -pl bundles/dev.specsync.merge -am package
fi
version=$(sed -n 's|.*<artifactId>snakeyaml-engine</artifactId><version>\([^<]*\)</version>.*|\1|p' target-platform/specsync.target)
yaml="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}/org/snakeyaml/snakeyaml-engine/$version/snakeyaml-engine-$version.jar"
[ -f "$yaml" ] || { echo "no $yaml: build once (./mvnw verify) or set MAVEN_REPO_LOCAL" >&2; exit 1; }

exec "$java" -Xmx4g -cp "$(jar_of dev.specsync.merge):$(jar_of dev.specsync.document):$yaml" \
  bench/merge/MergeBenchmark.java "$cases" "$large" "$runs"
