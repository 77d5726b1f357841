#!/bin/sh
# Start-up benchmark of the built Linux product (run on demand; never part of the tests).
#
#   bench/startup/run.sh [RUNS] [PRODUCT_DIR]
#
# Starts the workbench RUNS times (default 5) on a fresh private Xvfb display and prints, per run, the
# time from starting the launch script to the main window being visible, and the resident memory once
# idle (5 s after the window appeared); then the best and median. Also times `specsync --version`, as a
# whole process and the command's own work (SPECSYNC_TRACE_STARTUP). Run 1 starts with no class data
# sharing archive (it is written then); later runs reuse it, as a user's later starts do. Needs xdotool.
#
# BENCH_RT=1 runs everything (Xvfb, the workbench, the probes) with real-time round-robin priority (root and
# chrt needed), so that builds and tests running beside it on a shared machine do not distort the figures.
# Plain nice does not help there: with autogroup scheduling it only ranks processes of one session.
set -eu
if [ "${BENCH_RT:-0}" = 1 ] && [ -z "${SPECSYNC_BENCH_RT_ON:-}" ]; then
  SPECSYNC_BENCH_RT_ON=1 exec chrt -r 10 sh "$0" "$@"
fi
cd "$(dirname "$0")/../.."
runs=${1:-5}
home=${2:-releng/dev.specsync.repository/target/products/dev.specsync.product/linux/gtk/x86_64/specsync}
[ -x "$home/specsync-workbench" ] || { echo "no product at $home: build it first (./mvnw -DskipTests verify)" >&2; exit 1; }
if [ -z "${SPECSYNC_BENCH_DISPLAY_READY:-}" ]; then
  SPECSYNC_BENCH_DISPLAY_READY=1 SPECSYNC_FORCE_XVFB=1 exec sh releng/scripts/with-display.sh "$0" "$runs" "$home"
fi
work=$(mktemp -d)
trap 'pkill -f "specsync.workspace=$work" 2>/dev/null; rm -rf "$work"' EXIT
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

echo "SpecSync start-up, $runs runs, $(nproc) cores, $("$home/specsync" --version | head -n 1)"
printf '%-5s %12s %12s\n' run "window (ms)" "idle RSS (MB)"
: >"$work/times"; : >"$work/rss"
i=1
while [ "$i" -le "$runs" ]; do
  mkdir -p "$work/ws/bench"
  rm -rf "$work/state/instances" # a fresh window layout each run; the CDS archive is kept
  start=$(now_ms)
  SPECSYNC_STATE_HOME="$work/state" "$home/specsync-workbench" "$work/ws/bench" >"$work/run-$i.log" 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --name '^SpecSync — bench' >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "run $i: the workbench exited; see $work/run-$i.log" >&2; cat "$work/run-$i.log" >&2; exit 1; }
    [ $(( $(now_ms) - start )) -lt 120000 ] || { echo "run $i: no window after 120 s" >&2; exit 1; }
    sleep 0.02
  done
  elapsed=$(( $(now_ms) - start ))
  sleep 5
  java_pid=$(pgrep -f "specsync.workspace=$work/ws/bench" | head -n 1)
  rss=$(awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$java_pid/status")
  printf '%-5s %12s %12s\n' "$i" "$elapsed" "$rss"
  echo "$elapsed" >>"$work/times"; echo "$rss" >>"$work/rss"
  kill "$java_pid"; wait "$pid" 2>/dev/null || true
  i=$((i + 1))
done
printf 'window visible: best %s ms, median %s ms; idle RSS: best %s MB, median %s MB\n' \
  "$(sort -n "$work/times" | head -n 1)" "$(median <"$work/times")" "$(sort -n "$work/rss" | head -n 1)" "$(median <"$work/rss")"

: >"$work/cli"; : >"$work/own"
for i in 1 2 3 4 5 6; do
  start=$(now_ms)
  SPECSYNC_STATE_HOME="$work/state-cli" SPECSYNC_TRACE_STARTUP=1 "$home/specsync" --version >/dev/null 2>"$work/trace"
  [ "$i" -eq 1 ] && continue # the first start also writes the class data sharing archive
  echo $(( $(now_ms) - start )) >>"$work/cli"
  sed -n 's/.*command-ms=\([0-9]*\).*/\1/p' "$work/trace" >>"$work/own"
done
printf 'specsync --version: whole process best %s ms, median %s ms; the command itself median %s ms\n' \
  "$(sort -n "$work/cli" | head -n 1)" "$(median <"$work/cli")" "$(median <"$work/own")"
