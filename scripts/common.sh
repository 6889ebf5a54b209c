# Shared by ./jpsyco and ./run-tests: finding a JDK 25+ and building the distribution.
# Sourced, not run. Sets JPSYCO_ROOT, JAVA_HOME and JAVA.

JPSYCO_ROOT=${BASH_SOURCE[0]%/*}
[ "$JPSYCO_ROOT" = "${BASH_SOURCE[0]}" ] && JPSYCO_ROOT=.
JPSYCO_ROOT=$(cd "$JPSYCO_ROOT/.." && pwd)
JPSYCO_DIST="$JPSYCO_ROOT/bundles/target/jpsyco"
JPSYCO_MIN_JAVA=25

# The feature version (25, 26, ...) of the JDK at $1, or nothing if it is not a JDK.
jdk_feature_version() {
    local home=$1 v=""
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
    # read with bash alone: this runs at every start, where each forked process costs
    if [ -f "$home/release" ]; then
        local line
        while IFS= read -r line || [ -n "$line" ]; do
            if [[ $line =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
                v=${BASH_REMATCH[1]}
                break
            fi
        done <"$home/release"
    fi
    if [ -z "$v" ]; then
        v=$("$home/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
    fi
    [ -n "$v" ] && echo "$v"
}

# Finds a JDK 25 or newer: JAVA_HOME, then the usual install places (newest first), then PATH.
find_jdk() {
    local v best="" bestv=0 home
    if [ -n "${JAVA_HOME:-}" ]; then
        v=$(jdk_feature_version "$JAVA_HOME") && [ "$v" -ge "$JPSYCO_MIN_JAVA" ] && { echo "$JAVA_HOME"; return 0; }
    fi
    for home in /usr/lib/jvm/* /opt/java/* /opt/jdk* /opt/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
        [ -d "$home" ] || continue
        v=$(jdk_feature_version "$home") || continue
        if [ "$v" -ge "$JPSYCO_MIN_JAVA" ] && [ "$v" -gt "$bestv" ]; then
            best=$home bestv=$v
        fi
    done
    [ -n "$best" ] && { echo "$best"; return 0; }
    if command -v javac >/dev/null 2>&1; then
        home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        v=$(jdk_feature_version "$home") && [ "$v" -ge "$JPSYCO_MIN_JAVA" ] && { echo "$home"; return 0; }
    fi
    return 1
}

# Sets REPLY to a short number naming the path $1 (FNV-1a, 32 bits), without forking a process.
path_key() {
    local s=$1 i h=2166136261 c
    for ((i = 0; i < ${#s}; i++)); do
        printf -v c '%d' "'${s:i:1}"
        h=$(((h ^ (c & 255)) * 16777619 & 0xffffffff))
    done
    REPLY=$h
}

require_jdk() {
    local home
    if ! home=$(find_jdk); then
        cat >&2 <<MSG
jpsyco: no JDK $JPSYCO_MIN_JAVA or newer was found (looked at JAVA_HOME, /usr/lib/jvm, /opt, sdkman and PATH).
Install one, for example Eclipse Temurin 25 (https://adoptium.net, or the Debian/Ubuntu
package temurin-25-jdk from Adoptium's apt repository), then run this again or set
JAVA_HOME to its folder.
MSG
        exit 1
    fi
    export JAVA_HOME=$home
    JAVA="$home/bin/java"
    JPSYCO_JAVA_FEATURE=$(jdk_feature_version "$home")
}

# The JVM options of the jpsyco command. Native access comes from the launcher jar's manifest
# (Enable-Native-Access), not from a flag, so the class data sharing archive stays valid.
# The JVM's own log lines go to stderr, never to the program's stdout; CDS notes are dropped.
JPSYCO_JVM_OPTS=(-Xlog:disable -Xlog:all=warning,cds*=off,aot*=off:stderr --sun-misc-unsafe-memory-access=allow -XX:+UseSerialGC -XX:-DontCompileHugeMethods)
# A small initial heap: the default (1/64 of the machine's memory) let the young generation
# touch a few hundred MB before its first collection; with 64 MB the peak RSS of hello world
# drops from about 120 to 100 MB and of the benchmarks by 70-80 MB, the heap still grows as
# a program needs, and the benchmarks' CPU time stayed the same within noise.
JPSYCO_JVM_OPTS+=(-Xms64m)
# Reflection through the JVM's native accessors instead of method handles: a method handle
# accessor is spun (LambdaForms, hidden classes) at the first call of each reflected method, and
# the start's few reflective calls (Felix's SecureAction set-up, Declarative Services calling
# activate and bind methods) spent about 6% of the start-up CPU making them. Nothing in jpsyco
# calls a reflected method often enough for the faster accessor to pay back.
JPSYCO_JVM_OPTS+=(-Djdk.reflect.useNativeAccessorOnly=true)
# The interpreter's instruction loop (Execution.execute) is HotSpot's biggest compilation, and it
# is compiled several times while a program warms up (each new type or instruction a compiled
# version never met sends it back). Not inlining the frame runner (Interpreter.run, with its
# exception dispatch) into it cut C2's time on constraints from 16.6 to 12.1 s (CITime, loaded
# machine); the Java call it keeps is small next to what a Python call costs.
JPSYCO_JVM_OPTS+=(-XX:CompileCommand=quiet -XX:CompileCommand=dontinline,org.jpsyco.frontend.python.interp.Interpreter::run)
# The generic path's helpers (JitHelpers: one per opcode, each the interpreter's own operation
# with its exact-type shortcuts) stay out-of-line calls in compiled versions: HotSpot compiles
# each helper once and every version shares it, as the interpreter loop shares its operations.
# Inlined, they made every version a large C2 compilation: nbody's generic loop (3 KB of
# bytecode) took C2 over 20 s on a loaded machine, and ran in C1 code meanwhile (user CPU of
# nbody under --strategies=none 9.1 s against 4.3 s with this; constraints 11.7 s against
# 10.5 s, logscan 11.7 s against 8.5 s under --jit=profile). The generic calls (CallHelpers,
# which bind arguments and run the callee's frame) likewise: constraints 12.5 s against 10.8 s,
# raytracer 7.6 against 7.2, scheduler 4.4 against 4.1 (user CPU, two runs each, loaded
# machine). Typed strategies' helpers are other classes and still inline.
JPSYCO_JVM_OPTS+=(-XX:CompileCommand=dontinline,org.jpsyco.frontend.python.jit.JitHelpers::*)
JPSYCO_JVM_OPTS+=(-XX:CompileCommand=dontinline,org.jpsyco.frontend.python.jit.CallHelpers::*)

# C2 (tier 4) four times later than HotSpot's default: at start-up it compiled some 130 JDK and
# Felix methods (string hashing, maps, manifest parsing) that had stopped mattering by the time
# the code was ready, C1's profiled code runs them meanwhile. Hello world 0.94 -> 0.82 s CPU
# (median of 8 interleaved runs, loaded machine); whole programs the same or a little less
# (user+sys CPU, 3 runs each: nbody 2.03 -> 1.96 s, raytracer 7.7 -> 7.2, recursion 2.15 ->
# 1.96, wordfreq 6.9 -> 6.8). The Python code the JIT compiles reaches these counts within
# moments in any hot loop. Lowering C1's thresholds too, or a smaller initial heap (-Xms32m:
# wordfreq 6.9 -> 8.5 s), cost the benchmarks more than it saved at start-up.
JPSYCO_JVM_OPTS+=(-XX:Tier4InvocationThreshold=20000 -XX:Tier4MinInvocationThreshold=2400 -XX:Tier4CompileThreshold=60000
    -XX:Tier4BackEdgeThreshold=160000)

# Whether the distribution is missing or older than any source or build file.
dist_is_stale() {
    local stamp="$JPSYCO_DIST/.built"
    [ -f "$stamp" ] || return 0
    # only where build inputs live (each module's src/main, the build files), not test trees
    [ -n "$(find "$JPSYCO_ROOT"/*/src/main "$JPSYCO_ROOT"/pom.xml "$JPSYCO_ROOT"/*/pom.xml "$JPSYCO_ROOT"/*/bnd.bnd \
        "$JPSYCO_ROOT"/.mvn -newer "$stamp" -print -quit 2>/dev/null)" ]
}

# Builds the distribution (all bundles and the launcher, no tests) with one line of
# progress; Maven's log goes to target/build.log and its tail is shown on failure.
build_dist() {
    local log="$JPSYCO_ROOT/target/build.log" start=$SECONDS
    mkdir -p "$JPSYCO_ROOT/target"
    printf 'jpsyco: building the distribution (first run or sources changed; log in target/build.log)... ' >&2
    if (cd "$JPSYCO_ROOT" && ./mvnw -B -DskipTests -Dmaven.javadoc.skip=true package) >"$log" 2>&1; then
        touch "$JPSYCO_DIST/.built"
        printf 'done in %ss\n' $((SECONDS - start)) >&2
    else
        printf 'FAILED\n' >&2
        grep -E '^\[ERROR\]' "$log" | head -n 30 >&2
        echo "jpsyco: the build failed; the full log is $log" >&2
        exit 1
    fi
}

# Builds the distribution when it is stale, holding a lock so concurrent runs build once.
ensure_dist() {
    if ! dist_is_stale; then
        return 0
    fi
    mkdir -p "$JPSYCO_ROOT/target"
    exec 9>"$JPSYCO_ROOT/target/.build.lock"
    flock 9
    if dist_is_stale; then
        build_dist
    fi
    flock -u 9
    exec 9>&-
}

# JDK 25's ahead-of-time cache (JEP 483/514/515) of the launcher, Felix and the bundles'
# classes, loaded and linked: made once after each build by a training run of
# conf/aot-training.py, then mapped by every start (about a third of the start-up CPU).
# Without the training run's method profiles (JEP 515): replaying the profiles of a hello-world
# run made HotSpot compile the interpreter and the JIT's helpers for the wrong paths, and
# programs ran up to twice as slow (constraints under --jit=profile: 10 s against 5 s).
# One cache per distribution folder and JDK, so several checkouts never overwrite each other's.
# The JVM checks the cache against the class path and each class's bytes, and ignores what no
# longer matches, so a stale or foreign cache only costs speed. JPSYCO_AOT=off runs without.
# Sets JPSYCO_AOT_OPTS.
JPSYCO_AOT_OPTS=()
JPSYCO_AOT_NO_PROFILES=(-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining -XX:-AOTReplayTraining)
ensure_aot_cache() {
    [ "${JPSYCO_AOT:-on}" = off ] && return 0
    local dir=${JPSYCO_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/jpsyco} key file tmp start=$SECONDS
    path_key "$JPSYCO_DIST"
    key=$REPLY
    file="$dir/aot-$key-jdk$JPSYCO_JAVA_FEATURE.aot"
    if [ -f "$file" ] && [ "$file" -nt "$JPSYCO_DIST/.built" ]; then
        JPSYCO_AOT_OPTS=(-XX:AOTCache="$file" "${JPSYCO_AOT_NO_PROFILES[@]}")
        return 0
    fi
    mkdir -p "$dir" 2>/dev/null || return 0
    # one training at a time; a run that finds another one training goes on without the cache
    exec 8>"$file.lock" || return 0
    if ! flock -n 8; then
        exec 8>&-
        return 0
    fi
    if ! { [ -f "$file" ] && [ "$file" -nt "$JPSYCO_DIST/.built" ]; }; then
        printf 'jpsyco: preparing the start-up cache (once after each build)... ' >&2
        tmp="$file.$$.tmp"
        if (cd "$dir" && JPSYCO_STARTUP_TRACE= "$JAVA" -XX:AOTCacheOutput="$tmp" "${JPSYCO_AOT_NO_PROFILES[@]}" "${JPSYCO_JVM_OPTS[@]}" \
                -jar "$JPSYCO_DIST/lib/jpsyco-launcher.jar" "$JPSYCO_DIST/conf/aot-training.py") </dev/null \
                >/dev/null 2>&1 && [ -s "$tmp" ]; then
            mv -f "$tmp" "$file"
            printf 'done in %ss\n' $((SECONDS - start)) >&2
        else
            rm -f "$tmp" "$tmp.config"
            printf 'failed; running without it\n' >&2
        fi
    fi
    flock -u 8
    exec 8>&-
    [ -f "$file" ] && JPSYCO_AOT_OPTS=(-XX:AOTCache="$file" "${JPSYCO_AOT_NO_PROFILES[@]}")
    return 0
}
