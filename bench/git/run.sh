#!/bin/sh
# Git benchmarks (run on demand; never part of the tests).
#
#   bench/git/run.sh [--snapshots|--engine|--all] [FILES] [COMMITS] [REPS] [PRODUCT_DIR]
#
# --snapshots (the default): generates a repository with FILES files (default 2000) and COMMITS commits
# (default 5000) in a temp
# folder with `git fast-import`, then prints the median, min and max time of taking, listing and
# restoring snapshots, next to `git stash push -u` / `git stash apply` on the same changes.
# --engine: the same generated repository plus a 1,000-request Postman collection, a bare remote (file://) and
# clones of it; prints a table of status (clean, 10 modified files), commit -a + push of one changed line of the
# collection, fetch of 1 commit, and pull (fast-forward of 1 commit, merge of 1 commit with 1 local commit) by
# the Git engine (dev.specsync.git.engine, in-process, warm) beside the git command line, with best/median,
# the ratio and issue 6's goals. The engine's pull times include the snapshot it takes first.
# Both run the engine exactly as the Linux product ships it (dev.specsync.git, JGit and its dependencies from the
# product's plugins folder) on a plain class path, without OSGi. -Dbench.keep=true in BENCH_JAVA_OPTS
# keeps the generated repository. BENCH_CLASSPATH (the same jars or the bundles' target/classes, ':'-separated)
# replaces the product's plugins folder. Needs git and a JDK 21+.
set -eu
cd "$(dirname "$0")/../.."
mode=--snapshots
case "${1:-}" in
  --snapshots|--engine|--all) mode=$1; shift ;;
  -*) echo "usage: bench/git/run.sh [--snapshots|--engine|--all] [FILES] [COMMITS] [REPS] [PRODUCT_DIR]" >&2; exit 2 ;;
esac
files=${1:-2000}
commits=${2:-5000}
reps=${3:-7}
home=${4:-releng/dev.specsync.repository/target/products/dev.specsync.product/linux/gtk/x86_64/specsync}
[ -n "${BENCH_CLASSPATH:-}" ] || [ -d "$home/plugins" ] || { echo "no product at $home: build it first (./mvnw -DskipTests verify)" >&2; exit 1; }

jdk=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
  major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  if [ -n "$major" ] && [ "$major" -ge 21 ]; then jdk=$candidate; break; fi
done
[ -n "$jdk" ] || { echo "bench/git: needs a JDK 21 or newer (set JAVA_HOME)" >&2; exit 1; }

cp=${BENCH_CLASSPATH:-}
if [ -z "$cp" ]; then
  # what the engine loads for a file:// remote: dev.specsync.net sets up every transport (also SSH), so JGit's MINA
  # transport, sshd and BouncyCastle are loaded too
  for bundle in dev.specsync.git dev.specsync.net org.eclipse.jgit org.eclipse.jgit.ssh.apache org.apache.sshd.osgi bcprov \
      com.googlecode.javaewah.JavaEWAH org.apache.commons.commons-codec slf4j.api slf4j.simple; do
    jar=$(ls "$home"/plugins/"$bundle"_*.jar 2>/dev/null | head -n 1)
    [ -n "$jar" ] || { echo "bench/git: $bundle is missing from $home/plugins" >&2; exit 1; }
    cp="$cp${cp:+:}$jar"
  done
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$jdk/bin/javac" -nowarn -d "$out" -cp "$cp" $(find bench/git/src -name '*.java')
if [ "$mode" != --engine ]; then
  echo "SpecSync snapshot benchmark: $files files, $commits commits, $reps repetitions, $(nproc) cores, $("$jdk/bin/java" -version 2>&1 | head -n 1), $(git --version)"
  # shellcheck disable=SC2086
  "$jdk/bin/java" ${BENCH_JAVA_OPTS:-} -cp "$out:$cp" dev.specsync.git.bench.SnapshotBenchmark "$files" "$commits" "$reps"
fi
if [ "$mode" != --snapshots ]; then
  echo "SpecSync Git engine benchmark: $files files, $commits commits, $reps repetitions, $(nproc) cores, $("$jdk/bin/java" -version 2>&1 | head -n 1), $(git --version)"
  # shellcheck disable=SC2086
  "$jdk/bin/java" ${BENCH_JAVA_OPTS:-} -cp "$out:$cp" dev.specsync.git.bench.EngineBenchmark "$files" "$commits" "$reps"
fi
