#!/bin/sh
# Tests the built products the way a user meets them: through the launch scripts of the Linux product
# (command line, workbench window, missing Java, missing display, second instance) and the contents of
# the archives for every platform. Needs a display (run-tests provides one) and xdotool.
set -u
cd "$(dirname "$0")/../.."
products=releng/dev.specsync.repository/target/products
home="$products/dev.specsync.product/linux/gtk/x86_64/specsync"
work=$(mktemp -d)
trap 'pkill -f "specsync.workspace=$work" 2>/dev/null; rm -rf "$work"' EXIT
export SPECSYNC_STATE_HOME="$work/state"
passed=0 failed=0

check() { # check NAME COMMAND...: runs COMMAND, counts and reports the result
  name=$1; shift
  if "$@" >"$work/last.log" 2>&1; then
    passed=$((passed + 1)); echo "ok   - $name"
  else
    failed=$((failed + 1)); echo "FAIL - $name"; sed 's/^/       /' "$work/last.log"
  fi
}

version_line() {
  out=$("$home/specsync" --version) || return 1
  echo "$out"
  echo "$out" | head -n 1 | grep -Eq '^SpecSync [0-9]+\.[0-9]+\.[0-9]+ \(build [0-9]{12}\)$'
}
help_lists_commands() {
  out=$("$home/specsync" --help) || return 1
  echo "$out" | grep -q '^Commands:' && echo "$out" | grep -Eq '^  version +Show the version'
}
unknown_command_exits_2() {
  "$home/specsync" frobnicate 2>"$work/err"; code=$?
  cat "$work/err"; [ "$code" -eq 2 ] && grep -q "'frobnicate' is not a specsync command" "$work/err"
}
command_line_loads_no_ui() {
  SPECSYNC_VM_OPTIONS=-verbose:class "$home/specsync" --version >"$work/classes" 2>&1 || return 1
  grep -q 'dev.specsync.cli.internal.VersionCommand' "$work/classes" || { echo "class loading was not traced"; return 1; }
  # SWT, JFace and the workbench itself must stay unloaded. (Declarative Services components of the e4
  # model bundles are activated by the shared runtime; they load no SWT.)
  if grep -E 'org\.eclipse\.(swt|jface)\.|E4Application|E4Workbench |PartRenderingEngine' "$work/classes" | head -n 5 | grep .; then
    echo "the command line loaded UI classes (above)"; return 1
  fi
  return 0
}
update_site_is_self_contained() {
  site=releng/dev.specsync.repository/target/repository
  [ -f "$site/content.jar" ] && [ -f "$site/artifacts.jar" ] || { echo "no p2 metadata in $site"; return 1; }
  for feature in core cli providers ui branding; do
    ls "$site"/features/dev.specsync.$feature.feature_*.jar >/dev/null 2>&1 || { echo "feature $feature missing"; return 1; }
  done
  for bundle in dev.specsync.core dev.specsync.cli dev.specsync.git dev.specsync.git.cli org.eclipse.jgit slf4j.api \
      dev.specsync.provider dev.specsync.provider.registry dev.specsync.provider.local dev.specsync.provider.generic \
      slf4j.simple dev.specsync.slf4j.binding org.eclipse.osgi org.eclipse.e4.ui.workbench org.apache.felix.scr \
      org.eclipse.swt.gtk.linux.x86_64 org.eclipse.swt.win32.win32.x86_64 org.eclipse.swt.cocoa.macosx.aarch64; do
    ls "$site"/plugins/${bundle}_*.jar >/dev/null 2>&1 || { echo "bundle $bundle missing from the update site"; return 1; }
  done
}
validate_reports_problems_with_positions() {
  printf 'openapi: 3.0.0\ninfo:\n\ttitle: x\n' >"$work/tabs.yaml"
  printf '{"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {}}\n' >"$work/ok.json"
  script="$(cd "$home" && pwd)/specsync"
  (cd "$work" && "$script" validate ok.json tabs.yaml) >"$work/out" 2>"$work/err"; code=$?
  cat "$work/out" "$work/err"
  [ "$code" -eq 1 ] && grep -q '^tabs\.yaml:3:[0-9]*: error: ' "$work/out" && ! grep -q '^ok\.json' "$work/out"
}
command_line_stderr_is_quiet() {
  "$home/specsync" --version >/dev/null 2>"$work/err" || return 1
  cat "$work/err"; [ ! -s "$work/err" ]
}
snapshots_run_in_a_git_repository() {
  git init -q "$work/repo" && printf 'openapi: 3.1.0\n' >"$work/repo/openapi.yaml" || return 1
  specsync=$(cd "$home" && pwd)/specsync
  out=$(cd "$work/repo" && "$specsync" snapshots 2>"$work/err"); code=$?
  echo "$out"; cat "$work/err"
  [ "$code" -eq 0 ] && echo "$out" | grep -q '^No snapshots in ' && [ ! -s "$work/err" ]
}
symlinked_script_works() {
  ln -s "$(cd "$home" && pwd)/specsync" "$work/specsync-link" && "$work/specsync-link" --version | grep -q '^SpecSync '
}
no_java_says_what_to_install() {
  env -u JAVA_HOME -u SPECSYNC_JAVA_HOME PATH=/usr/bin:/bin SPECSYNC_JVM_DIRS=/nonexistent \
    "$home/specsync" --version 2>"$work/err"; code=$?
  cat "$work/err"; [ "$code" -eq 3 ] && grep -q 'needs Java 21 or newer' "$work/err" && grep -q 'SPECSYNC_JAVA_HOME' "$work/err"
}
no_display_says_so() {
  env -u DISPLAY -u WAYLAND_DISPLAY "$home/specsync-workbench" "$work/ws" 2>"$work/err"; code=$?
  cat "$work/err"; [ "$code" -eq 4 ] && grep -q 'needs a graphical display' "$work/err"
}
dead_display_says_so() { # a display number nobody listens on: a message, not an SWT stack trace
  n=90; while [ -S "/tmp/.X11-unix/X$n" ] || grep -q "@/tmp/.X11-unix/X$n\$" /proc/net/unix 2>/dev/null; do n=$((n + 1)); done
  env -u WAYLAND_DISPLAY DISPLAY=":$n" "$home/specsync-workbench" "$work/ws" 2>"$work/err"; code=$?
  cat "$work/err"; [ "$code" -eq 4 ] && grep -q "cannot reach the display DISPLAY=:$n" "$work/err"
}
await_window() { # await_window TITLE SECONDS
  i=0
  while [ "$i" -lt $(($2 * 10)) ]; do
    xdotool search --onlyvisible --name "^$1" >/dev/null 2>&1 && return 0
    sleep 0.1; i=$((i + 1))
  done
  echo "no visible window titled '$1' after $2 s"; return 1
}
workbench_window_opens() {
  mkdir -p "$work/ws/smoke"
  "$home/specsync-workbench" "$work/ws/smoke" >"$work/wb1.log" 2>&1 &
  await_window 'SpecSync — smoke' 60 || { cat "$work/wb1.log"; return 1; }
}
second_instance_is_refused() {
  "$home/specsync-workbench" "$work/ws/smoke" >"$work/wb2.log" 2>&1 &
  second=$!
  await_window 'SpecSync Is Already Open' 60 || return 1
  xdotool search --onlyvisible --name '^SpecSync Is Already Open' windowactivate --sync key --clearmodifiers Return 2>/dev/null \
    || xdotool search --onlyvisible --name '^SpecSync Is Already Open' key Return
  wait "$second"; code=$?
  echo "second instance exit code $code"; [ "$code" -eq 5 ]
}
archive_has() { # archive_has FILE ENTRY...
  archive=$1; shift
  case $archive in *.zip) list=$(unzip -Z1 "$archive") ;; *) list=$(tar tzf "$archive") ;; esac
  for entry in "$@"; do echo "$list" | grep -qx "$entry" || { echo "$archive lacks $entry"; return 1; }; done
}
unix_archives_have_scripts() {
  for platform in linux.gtk.x86_64 linux.gtk.aarch64 macosx.cocoa.x86_64 macosx.cocoa.aarch64; do
    case $platform in macosx*) root=specsync.app/Contents/Eclipse ;; *) root=specsync ;; esac
    archive_has "$products"/specsync-*-$platform.tar.gz "$root/specsync" "$root/specsync-workbench" "$root/configuration/config.ini" || return 1
    tar tvzf "$products"/specsync-*-$platform.tar.gz "$root/specsync" | grep -q '^-rwx' || { echo "specsync is not executable in $platform"; return 1; }
  done
}
windows_archive_has_cmd_scripts() {
  archive_has "$products"/specsync-*-win32.win32.x86_64.zip specsync/specsync.cmd specsync/specsync-workbench.cmd specsync/configuration/config.ini || return 1
  unzip -p "$products"/specsync-*-win32.win32.x86_64.zip specsync/specsync.cmd | head -n 1 | grep -q "$(printf '\r')$" \
    || { echo "specsync.cmd does not have CRLF line endings"; return 1; }
}

bootstrap_jars_are_not_verified_at_start() { # the JVM would check every class of a signed jar on its class path
  for archive in "$products"/specsync-*.tar.gz "$products"/specsync-*.zip; do
    list=$(case $archive in *.zip) unzip -Z1 "$archive" ;; *) tar tzf "$archive" ;; esac)
    for jar in $(echo "$list" | grep -E '/plugins/org\.eclipse\.(osgi|equinox\.launcher)_[^/]*\.jar$'); do
      case $archive in *.zip) unzip -p "$archive" "$jar" ;; *) tar xzOf "$archive" "$jar" ;; esac >"$work/bootstrap.jar"
      if unzip -Z1 "$work/bootstrap.jar" | grep -qiE '^META-INF/[^/]+\.(SF|RSA|DSA|EC)$'; then
        echo "$jar in $archive is signed"; return 1
      fi
      unzip -Z1 "$work/bootstrap.jar" | grep -q '\.class$' || { echo "$jar in $archive has no classes"; return 1; }
      found=1
    done
  done
  [ "${found:-}" = 1 ] || { echo "no launcher or framework jar in the archives"; return 1; }
}

merge_driver_in_a_real_git_merge() ( # a subshell: it changes directory and environment
  # Git runs the product's specsync as its merge driver: a merge git merge-file would conflict on is clean, a
  # real conflict leaves a valid file plus a state under .git that merge-resolve finishes, other files fall back.
  repo="$work/merge-repo"; specsync=$(cd "$home" && pwd)/specsync
  export GIT_CONFIG_NOSYSTEM=1 HOME="$work" GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid \
    GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.invalid
  git init -q -b main "$repo" && cd "$repo" || return 1
  printf '*.yaml merge=specsync\n*.txt merge=specsync\n' >.gitattributes
  git config merge.specsync.name "SpecSync structural merge"
  git config merge.specsync.driver "'$specsync' merge-driver %O %A %B %P"
  printf 'openapi: 3.0.3\ninfo:\n  title: Pets\n  version: 1.0.0\npaths:\n  /pets:\n    get:\n      summary: List pets # keep\n      responses:\n        "200":\n          description: OK\n' >openapi.yaml
  printf 'one\n' >notes.txt
  git add -A && git commit -qm base && git branch theirs || return 1
  printf '  /owners:\n    get:\n      summary: List owners\n      responses:\n        "200":\n          description: OK\n' >>openapi.yaml
  git commit -qam "ours adds /owners" && git checkout -q theirs || return 1
  printf '  /toys:\n    get:\n      summary: List toys\n      responses:\n        "200":\n          description: OK\n' >>openapi.yaml
  git commit -qam "theirs adds /toys" && git checkout -q main || return 1
  git merge -q --no-edit theirs || { echo "git merge with the driver reported a conflict"; cat openapi.yaml; return 1; }
  grep -q '^  /owners:' openapi.yaml && grep -q '^  /toys:' openapi.yaml && grep -q 'List pets # keep' openapi.yaml \
    || { echo "clean merge lost an edit or a comment"; cat openapi.yaml; return 1; }
  "$specsync" validate openapi.yaml || return 1
  # a real conflict
  git checkout -q -b ours2 && sed -i 's/List pets # keep/List all pets # keep/' openapi.yaml && echo ours >notes.txt \
    && git commit -qam ours2 && git checkout -q -b theirs2 main \
    && sed -i 's/List pets # keep/List the pets # keep/' openapi.yaml && echo theirs >notes.txt && git commit -qam theirs2 \
    && git checkout -q ours2 || return 1
  git merge -q --no-edit theirs2 2>"$work/merge.err"; code=$?
  cat "$work/merge.err"
  [ "$code" -ne 0 ] || { echo "a real conflict merged cleanly"; return 1; }
  grep -q 'conflict (both-modified) at /paths/~1pets/get/summary' "$work/merge.err" || return 1
  grep -q 'summary: List all pets # keep' openapi.yaml && ! grep -q '<<<<<<<' openapi.yaml || { cat openapi.yaml; return 1; }
  grep -q '^<<<<<<< ' notes.txt || { echo "notes.txt did not fall back to git merge-file"; cat notes.txt; return 1; }
  ls .git/specsync/merge/*/state.json >/dev/null || { echo "no merge state under .git/specsync/merge"; return 1; }
  "$specsync" merge-resolve openapi.yaml >"$work/list.out"; [ $? -eq 1 ] && grep -q '/paths/~1pets/get/summary' "$work/list.out" || { cat "$work/list.out"; return 1; }
  "$specsync" merge-resolve openapi.yaml --theirs /paths/~1pets/get/summary || return 1
  grep -q 'summary: List the pets # keep' openapi.yaml || { cat openapi.yaml; return 1; }
  [ -z "$(ls .git/specsync/merge 2>/dev/null)" ] || { echo "merge state left behind"; return 1; }
  echo merged >notes.txt && git add openapi.yaml notes.txt && git commit -qm merged
)

check "specsync --version names product, version and build" version_line
check "specsync --help lists the commands" help_lists_commands
check "an unknown command exits 2 with the cause" unknown_command_exits_2
check "specsync validate prints file:line:column and exits 1 on a broken file" validate_reports_problems_with_positions
check "a successful command writes nothing to standard error" command_line_stderr_is_quiet
check "specsync snapshots runs on JGit in a Git repository" snapshots_run_in_a_git_repository
check "the script works through a symbolic link" symlinked_script_works
check "git merge runs specsync merge-driver: clean, conflict, resolve, fallback" merge_driver_in_a_real_git_merge
check "the command line loads no SWT, JFace or workbench class" command_line_loads_no_ui
check "the update site holds every feature and what they need" update_site_is_self_contained
check "without Java 21+ the script says what to install (exit 3)" no_java_says_what_to_install
check "without a display the workbench says so (exit 4)" no_display_says_so
check "with a display nobody serves the workbench says so (exit 4)" dead_display_says_so
check "the workbench window opens, titled with the workspace" workbench_window_opens
check "a second workbench on the same workspace is refused (exit 5)" second_instance_is_refused
check "Linux and macOS archives hold executable launch scripts" unix_archives_have_scripts
check "the Windows archive holds the .cmd launch scripts (CRLF)" windows_archive_has_cmd_scripts
check "the launcher and framework jars carry no signature to verify at each start" bootstrap_jars_are_not_verified_at_start

echo "product: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
