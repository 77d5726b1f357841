#!/bin/sh
# Schema validation benchmark of the built Linux product (run on demand; never part of the tests).
#
#   bench/validate/run.sh [RUNS] [SPEC] [PRODUCT_DIR]
#
# SPEC defaults to GitHub's REST description of the shared corpus (unpacked into a temporary folder).
# Prints, best of RUNS (default 3):
#  - `specsync --version`: wall time, and how many classes the JVM loaded (-verbose:class), of them how many
#    from swagger-parser and its embedded Jackson (expected: none);
#  - `specsync validate --no-schema SPEC` and `specsync validate SPEC`: wall time and peak resident memory;
#  - `specsync validate SPEC SPEC SPEC`: the same process validates three times, so (3x - 1x) / 2 is the
#    time of one warm validation, without start-up and class loading.
set -eu
cd "$(dirname "$0")/../.."
runs=${1:-3}
spec=${2:-../shared/corpus/openapi/github/api.github.com-23.0.2.json.gz}
home=${3:-releng/dev.specsync.repository/target/products/dev.specsync.product/linux/gtk/x86_64/specsync}
[ -x "$home/specsync" ] || { echo "no product at $home: build it first (./mvnw -DskipTests verify)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case "$spec" in
  *.gz) file="$work/$(basename "$spec" .gz)"; gunzip -c "$spec" >"$file" ;;
  *) file=$spec ;;
esac
echo "spec: $spec ($(wc -c <"$file") bytes)"

best() { sort -n | head -n 1; }
measure() { # measure LABEL ARGS...: best wall seconds and peak RSS over the runs
  label=$1; shift
  i=0; : >"$work/times"
  while [ $i -lt "$runs" ]; do
    /usr/bin/time -f '%e %M' -o "$work/t" "$home/specsync" "$@" >/dev/null 2>"$work/err" || true
    cat "$work/t" >>"$work/times"; i=$((i + 1))
  done
  wall=$(cut -d' ' -f1 "$work/times" | best); rss=$(cut -d' ' -f2 "$work/times" | best)
  printf '%-40s %6.2f s  %6d MB peak RSS\n' "$label" "$wall" $((rss / 1024))
  echo "$wall" >"$work/last"
}

SPECSYNC_VM_OPTIONS=-verbose:class "$home/specsync" --version >"$work/classes" 2>&1
total=$(grep -c '^\[.*class,load' "$work/classes" || true)
swagger=$(grep '^\[.*class,load' "$work/classes" | grep -c -e ' io\.swagger\.' -e ' com\.fasterxml\.' -e ' org\.yaml\.snakeyaml\.' || true)
echo "specsync --version: $total classes loaded, $swagger of them swagger-parser, Jackson or SnakeYAML"
SPECSYNC_VM_OPTIONS=-verbose:class "$home/specsync" validate "$file" >"$work/classes" 2>&1 || true
total=$(grep -c '^\[.*class,load' "$work/classes" || true)
swagger=$(grep '^\[.*class,load' "$work/classes" | grep -c -e ' io\.swagger\.' -e ' com\.fasterxml\.' -e ' org\.yaml\.snakeyaml\.' || true)
echo "specsync validate SPEC: $total classes loaded, $swagger of them swagger-parser, Jackson or SnakeYAML"

measure "specsync --version" --version
measure "specsync validate --no-schema SPEC" validate --no-schema "$file"
measure "specsync validate SPEC" validate "$file"; one=$(cat "$work/last")
measure "specsync validate SPEC SPEC SPEC" validate "$file" "$file" "$file"; three=$(cat "$work/last")
echo "one warm validation (with loading the files): $(echo "($three - $one) / 2" | bc -l | cut -c1-5) s"
tail -n 1 "$work/err"
