# Shared by the CLI tests: a scratch folder, the binary, and assertions that say what failed.
set -u
BIN=${DEMARCHE_BIN:?set by ctest}
SRC=${DEMARCHE_SOURCE:?set by ctest}
SHARED=${DEMARCHE_SHARED:-$SRC/../shared}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0
checks=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
check() {  # check "what" command...
  local what=$1; shift
  checks=$((checks + 1))
  if "$@"; then echo "ok: $what"; else fail "$what"; fi
}
skip() { echo "SKIP: $*"; exit 77; }
finish() {
  echo "$((checks - failures)) passed, $failures failed"
  [ "$failures" -eq 0 ]
}
