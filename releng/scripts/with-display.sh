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
number=90
while [ -e "/tmp/.X$number-lock" ] || [ -e "/tmp/.X11-unix/X$number" ]; do number=$((number + 1)); done
Xvfb ":$number" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT INT TERM
tries=0
until [ -e "/tmp/.X11-unix/X$number" ]; do
  tries=$((tries + 1))
  if [ "$tries" -gt 100 ] || ! kill -0 "$xvfb_pid" 2>/dev/null; then echo "with-display: Xvfb did not start" >&2; exit 1; fi
  sleep 0.1
done
export DISPLAY=":$number"
status=0
"$@" || status=$?
exit "$status"
