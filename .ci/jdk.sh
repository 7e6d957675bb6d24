# Sourced by .ci/run and the scripts under bin/: exports JAVA_HOME pointing at a JDK >= 21.
# the major version of the JDK in $1: from its release file (cheap), else from `java -version`
java_major() {
  local v=""
  [ -f "$1/release" ] && v=$(sed -nE 's/^JAVA_VERSION="([0-9]+).*/\1/p' "$1/release")
  [ -n "$v" ] || v=$("$1/bin/java" -version 2>&1 | sed -nE '1s/.*version "([0-9]+).*/\1/p')
  echo "$v"
}
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
  :
else
  best=""; best_v=0
  for d in /usr/lib/jvm/* "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ] || continue
    v=$(java_major "$d"); [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  if [ -z "$best" ]; then
    echo "error: no JDK >= 21 found (looked in JAVA_HOME and /usr/lib/jvm); install one and set JAVA_HOME" >&2
    exit 1
  fi
  export JAVA_HOME="$best"
fi
export PATH="$JAVA_HOME/bin:$PATH"
