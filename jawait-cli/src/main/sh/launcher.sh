# jawait's launcher functions, sourced by both launchers: the checkout's ./jawait (which builds
# first) and a release archive's bin/jawait (which never builds). One copy: the archive carries
# this file as lib/launcher.sh. Not a command on its own.
#
# The sourcing script sets, before calling anything here:
#   JAR       the jar `java -jar` starts (its manifest names the main class and the class path)
#   JVM_ARGS  the argument file of the JVM options jawait needs (the POM's jawait.jvm.options)
#   STATE     a writable directory for the JDK's AOT caches and the JDK found last time
#   BUNDLED   (optional) a java that comes with jawait, preferred to any other JDK
#   TRAINED   (optional) words for the training message: "once per build" by default
# then calls: jawait_find_java; (its own build, if any); jawait_prepare_caches; jawait_exec "$@".

NEEDED=25

# prints the feature version of the JDK whose java is $1, or nothing (also for a JRE: jawait compiles)
feature_of() {
  local home release version
  home="$(cd "$(dirname "$1")/.." 2>/dev/null && pwd)" || return 0
  release="$home/release"
  if [[ -f "$release" ]]; then
    version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")"
  else
    version="$("$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)"
  fi
  [[ -x "$home/bin/javac" || -x "$home/bin/jshell" ]] || return 0
  echo "$version"
}

JDK_DIRS_DEFAULT="/usr/lib/jvm /usr/java /opt/java /opt /usr/local ${HOME:-}/.sdkman/candidates/java ${HOME:-}/.jdks /Library/Java/JavaVirtualMachines"

find_java() { # prints the first JDK 25+ of: $JAWAIT_JAVA, the bundled one, $JAVA_HOME, java on PATH, the JDK dirs
  local candidate candidates=()
  if [[ -n "${JAWAIT_JAVA:-}" ]]; then candidates+=("$JAWAIT_JAVA"); fi
  if [[ -n "${BUNDLED:-}" ]]; then candidates+=("$BUNDLED"); fi
  if [[ -n "${JAVA_HOME:-}" ]]; then candidates+=("$JAVA_HOME/bin/java"); fi
  if command -v java >/dev/null 2>&1; then candidates+=("$(readlink -f "$(command -v java)")"); fi
  local dir
  for dir in ${JAWAIT_JDK_DIRS:-$JDK_DIRS_DEFAULT}; do
    for candidate in "$dir"/*/bin/java "$dir"/*/Contents/Home/bin/java; do
      [[ -x "$candidate" ]] && candidates+=("$candidate")
    done
  done
  for candidate in ${candidates[@]+"${candidates[@]}"}; do
    local feature
    feature="$(feature_of "$candidate")"
    if [[ -n "$feature" && "$feature" -ge "$NEEDED" ]]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# Sets JAVA, or exits with what to do. The JDK found last time is kept in $STATE/.jawait-java
# while JAWAIT_JAVA, JAVA_HOME, the java on PATH and the JDK dirs are what they were (looking
# costs a few processes per JDK on the machine, at every start).
jawait_find_java() {
  local cache="$STATE/.jawait-java" cached_key="" cached_java=""
  local key="${JAWAIT_JAVA:-}|${BUNDLED:-}|${JAVA_HOME:-}|$(command -v java 2>/dev/null || true)|${JAWAIT_JDK_DIRS:-}"
  JAVA=""
  if [[ -f "$cache" ]]; then
    { IFS= read -r cached_key; IFS= read -r cached_java; } <"$cache" || true
    if [[ "$cached_key" == "$key" && -x "$cached_java" ]]; then JAVA="$cached_java"; fi
  fi
  if [[ -z "$JAVA" ]] && JAVA="$(find_java)"; then
    if [[ -d "$STATE" ]]; then printf '%s\n%s\n' "$key" "$JAVA" >"$cache" 2>/dev/null || true; fi
  fi
  if [[ -z "$JAVA" ]]; then
    cat >&2 <<MSG
jawait: needs a JDK $NEEDED or newer (with javac and jdk.jshell), and found none.
  Looked at: \$JAWAIT_JAVA, \$JAVA_HOME, java on PATH, and JDKs under ${JAWAIT_JDK_DIRS:-/usr/lib/jvm, /usr/java, /opt/java, /opt, /usr/local, ~/.sdkman, ~/.jdks}.
  Install one (e.g. Temurin $NEEDED) and set JAVA_HOME to it, or use the self-contained jawait image.
MSG
    exit 3
  fi
}

# The JVM options jawait needs, from the argument file the build writes (the POM's
# jawait.jvm.options; the kernelspec and the benchmarks take the same): access for the loop
# runner's scheduler and JLine's native terminal, attaching jawait's redefinition agent to its own
# JVM (a -javaagent would rule out the AOT cache below), a young generation sized for many tasks.
# The JVM takes user.home from the password database; jawait's files (~/.jawait, `kernel install
# --user`) follow $HOME, as the shell's and Jupyter's do.
jvm_opts() {
  JVM_OPTS=("@$JVM_ARGS" -Xlog:aot=off -Xlog:cds=off)
  if [[ -n "${HOME:-}" ]]; then JVM_OPTS+=(-Duser.home="$HOME"); fi
}

# JDK 25 AOT caches (JEP 483/514/515) of the classes and profiles of a short training session
# roughly halve the time to the first result. There are two, because a cache helps the kind of
# start it was trained on: jawait.aot from cells piped in (used for piped cells, `jawait run` and
# the Jupyter kernel), jawait-terminal.aot from the same cells typed into a pseudo-terminal (the
# interactive REPL; its JLine terminal and line reader are most of the time to the first prompt).
# Trained when missing, older than the jar or the JDK, or made with another java; JAWAIT_NO_AOT=1
# skips them.
aot_files() { AOT="$STATE/jawait.aot"; AOT_TERMINAL="$STATE/jawait-terminal.aot"; }

training_cells() {
  printf '%s\n' 'System.out.println("warm")' 'int twice(int x) { return 2 * x; }' \
      'var f = CompletableFuture.supplyAsync(() -> twice(21));' 'await f' '%autoawait' 'int broken = ;' \
      'String.valueOf(await sleep(1).thenApply(v -> "x"))' '/exit'
}
train_aot() { # $1: the cache to write; $2: "pipe" or "terminal"
  local cache="$1" tmp="$1.$$"
  local -a command=("$JAVA" "${JVM_OPTS[@]}" -XX:AOTCacheOutput="$tmp" -jar "$JAR")
  if [[ "$2" == pipe ]]; then
    training_cells | JAWAIT_HISTORY="$tmp.history.sqlite" "${command[@]}" >/dev/null 2>&1 || true
  else
    # util-linux script(1) runs the session in a pseudo-terminal of a usual size, fed the same cells
    training_cells | JAWAIT_HISTORY="$tmp.history.sqlite" TERM="${TERM:-xterm-256color}" \
      timeout 120 script -qec "stty cols 120 rows 30 2>/dev/null; exec $(printf '%q ' "${command[@]}")" /dev/null \
      >/dev/null 2>&1 || true
  fi
  rm -f "$tmp.history.sqlite" "$tmp.history.sqlite-wal" "$tmp.history.sqlite-shm"
  if [[ -s "$tmp" ]]; then
    mv -f "$tmp" "$cache"
    printf '%s\n' "$JAVA" >"$cache.java"
  else # not tried again until the jar or the JDK changes
    rm -f "$tmp" "$tmp.config"
    touch "$cache.failed" 2>/dev/null && printf '%s\n' "$JAVA" >"$cache.failed.java" || true
  fi
}
# $1 (a cache, or the mark of a failed training) is missing, or older than the jar or the JDK
# (updated in place: its lib/modules is newer), or made with another java ($1.java). A cache
# that no longer fits is refused by the JVM without a word, so it is trained again instead.
stale() {
  [[ -f "$1" ]] || return 0
  [[ "$JAR" -nt "$1" || "${JAVA%/*}/../lib/modules" -nt "$1" ]] && return 0
  local made_with=""
  if [[ -f "$1.java" ]]; then IFS= read -r made_with <"$1.java" || true; fi
  [[ "$made_with" != "$JAVA" ]]
}
needs_training() { # $1: a cache that is stale, and no training failed since that was not stale too
  [[ -z "${JAWAIT_NO_AOT:-}" && -d "$STATE" && -w "$STATE" ]] || return 1
  stale "$1" || return 1
  [[ ! -f "$1.failed" ]] || stale "$1.failed"
}
can_train_in_a_terminal() {
  command -v timeout >/dev/null 2>&1 && script --version 2>/dev/null | grep -q util-linux
}

# forgets the caches (after a build)
jawait_drop_caches() {
  aot_files
  rm -f "$AOT" "$AOT_TERMINAL" "$AOT.failed" "$AOT_TERMINAL.failed" "$AOT.java" "$AOT_TERMINAL.java" \
    "$AOT.failed.java" "$AOT_TERMINAL.failed.java"
}

jawait_prepare_caches() {
  jvm_opts
  aot_files
  local pipe=0 terminal=0
  if needs_training "$AOT"; then pipe=1; fi
  if needs_training "$AOT_TERMINAL" && can_train_in_a_terminal; then terminal=1; fi
  if (( pipe || terminal )); then
    echo "jawait: preparing start-up caches (${TRAINED:-once per build})..." >&2
    if (( pipe )); then train_aot "$AOT" pipe; fi
    if (( terminal )); then train_aot "$AOT_TERMINAL" terminal; fi
  fi
}

# Starts jawait with "$@" (replacing this shell).
jawait_exec() {
  jvm_opts
  aot_files
  # the terminal cache for the interactive REPL (a terminal on both ends, no `run` or `kernel`)
  local cache="$AOT" arg
  if [[ -t 0 && -t 1 && -f "$AOT_TERMINAL" && ! "$JAR" -nt "$AOT_TERMINAL" ]]; then
    cache="$AOT_TERMINAL"
    for arg in "$@"; do
      if [[ "$arg" == run || "$arg" == kernel ]]; then cache="$AOT"; fi
    done
  fi
  # JVM options the command line asks for (snippets run in this JVM): -J<flag> as JShell has it,
  # --jvm-option FLAG, --enable-preview, and a `//PREVIEW` line in the script `jawait run` runs
  # (jbang's directive), then $JAWAIT_JVM_OPTS. jawait reads the same arguments again (the
  # compiler's side of preview, a kernelspec's argv).
  local -a user_opts=() aot_opts=()
  local preview=0 previous=""
  for arg in "$@"; do
    case "$arg" in
      -J*) user_opts+=("${arg#-J}") ;;
      --jvm-option=*) user_opts+=("${arg#--jvm-option=}") ;;
      --enable-preview) preview=1 ;;
    esac
    if [[ "$previous" == --jvm-option ]]; then user_opts+=("$arg"); fi
    if [[ "$previous" == run && -f "$arg" ]] && grep -qE '^//PREVIEW([[:space:]]|$)' "$arg"; then preview=1; fi
    previous="$arg"
  done
  if (( preview )); then user_opts+=(--enable-preview); fi

  # jawait.aot names the cache a Jupyter kernelspec should use; a preview JVM cannot use a cache
  # trained without preview
  if [[ -f "$cache" && -z "${JAWAIT_NO_AOT:-}" ]] && (( ! preview )); then
    aot_opts=(-XX:AOTCache="$cache" -Djawait.aot="$AOT")
  fi
  # shellcheck disable=SC2086 # JAWAIT_JVM_OPTS is a list of options
  exec "$JAVA" "${JVM_OPTS[@]}" ${aot_opts[@]+"${aot_opts[@]}"} \
    ${user_opts[@]+"${user_opts[@]}"} ${JAWAIT_JVM_OPTS:-} \
    -jar "$JAR" "$@"
}
