#!/bin/sh
# Takes the screenshots of the workbench that the UI tests capture (main window, compare view, dialogs) and
# writes them as PNG files to bench/screens/out (or the folder given as the first argument), to be looked at.
# The UI tests save a screenshot wherever they call screenshot(NAME) when SPECSYNC_SCREENS names a folder;
# otherwise they take none. Runs under a private Xvfb server unless DISPLAY is set.
# Usage: sh bench/screens/run.sh [OUT_DIR]     (from the repository root; add -o style flags via MAVEN_ARGS)
set -eu
cd "$(dirname "$0")/../.."
out=$(realpath -m "${1:-bench/screens/out}")
rm -rf "$out"
mkdir -p "$out"
features=features/dev.specsync.core.feature,features/dev.specsync.cli.feature,features/dev.specsync.providers.feature,features/dev.specsync.validation.feature,features/dev.specsync.ui.feature,features/dev.specsync.branding.feature
SPECSYNC_SCREENS="$out" SPECSYNC_FORCE_XVFB=1 sh releng/scripts/with-display.sh \
  ./mvnw -B -q ${MAVEN_ARGS:-} verify -pl "$features",tests/dev.specsync.ui.tests -am
ls -l "$out"
