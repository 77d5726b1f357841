#!/bin/sh
# Runs a command with an X display: the current one if $DISPLAY is set, else a private Xvfb server
# that is stopped when the command ends. Usage: with-display.sh COMMAND [ARGS...]
set -eu
if [ -n "${DISPLAY:-}" ] && [ -z "${SPECSYNC_FORCE_XVFB:-}" ]; then
  exec "$@"
fi
if ! command -v Xvfb >/dev/null 2>&1; then
  echo "with-display: no DISPLAY is set and Xvfb is not installed; install it (apt-get install xvfb) or set DISPLAY." >&2
  exit 1
fi
# Xvfb picks a free display number itself and reports it (-displayfd): no race with other servers.
numberfile=$(mktemp)
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$numberfile" >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -f "$numberfile"' EXIT INT TERM
tries=0
until [ -s "$numberfile" ]; do
  tries=$((tries + 1))
  if [ "$tries" -gt 100 ] || ! kill -0 "$xvfb_pid" 2>/dev/null; then echo "with-display: Xvfb did not start" >&2; exit 1; fi
  sleep 0.1
done
number=$(head -n 1 "$numberfile")
export DISPLAY=":$number"
status=0
"$@" || status=$?
exit "$status"
