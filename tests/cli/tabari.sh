#!/usr/bin/env bash
# `demarche tabari`: TABARI's validation suite (a ratchet: the number of passing records may only
# grow) and its batch output format, on the TABARI files in ../shared (skipped without them).
. "$(dirname "$0")/lib.sh"
VAL=$SHARED/bench/tabari/validate/Validate.project
GIGA=$SHARED/bench/tabari/gigaword
REUTERS=$SHARED/bench/tabari/reuters
DICTS=$SHARED/bench/tabari/dictionaries
# The count of standard records (before FINAL-01) that pass; raise it when more pass.
RATCHET=${TABARI_RATCHET:-449}
# Agreement with TABARI's own reuters-dev output, F1 over (id, source, target, code) events, in
# thousandths; raise it when agreement grows (bench/tabari_agreement prints the detail).
F1_RATCHET=${TABARI_F1_RATCHET:-969}

# Usage errors come first: they need no shared files.
"$BIN" tabari > /dev/null 2>&1
check "no project is a usage error (exit 2)" test $? -eq 2

[ -f "$VAL" ] || skip "$VAL not found (../shared is absent)"

"$BIN" tabari --validate "$VAL" > "$WORK/val" 2> "$WORK/val.err"
rc=$?
tail -1 "$WORK/val"
summary=$(tail -1 "$WORK/val")
passed=$(echo "$summary" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1/p')
check "validation closes with 'N passed, M failed'" test -n "$passed"
check "at least $RATCHET validation records pass (got ${passed:-none})" test "${passed:-0}" -ge "$RATCHET"
check "exit code is 1 while some records fail, 0 when none do" \
  sh -c "[ $rc -eq 0 ] && grep -q ' 0 failed' '$WORK/val' || [ $rc -eq 1 ]"
check "one line per mismatch: date, record id, what was expected" \
  sh -c "[ \$(grep -c 'expected' '$WORK/val') -eq \$(echo '$summary' | sed -E 's/.* ([0-9]+) failed/\1/') ]"

# A project on TABARI's 2012 dictionaries: project TEXT OUTPUT
project() {
  printf '<actorsfile> %s\n<actorsfile> %s\n<agentsfile> %s\n<verbsfile> %s\n<optionsfile> %s\n<textfile> %s\n<outputfile> %s\n' \
    "$DICTS/CountryInfo.120116.actors" "$DICTS/Internatnl.120521.actors" "$DICTS/PSU.120522.agents" \
    "$DICTS/CAMEO.091003.master.verbs" "$DICTS/CAMEO.09b5.options" "$1" "$2"
}

# Batch mode on a project written here.
if [ -f "$GIGA/gigaword76.text" ]; then
  project "$GIGA/gigaword76.text" "$WORK/giga.out" > "$WORK/giga.project"
  "$BIN" tabari "$WORK/giga.project" 2> "$WORK/giga.err"
  check "batch run writes the project's <outputfile>" test -s "$WORK/giga.out"
  check "events are date, source, target, code, label, id (tab-separated)" \
    sh -c "awk -F'\t' 'NF!=6 || \$1 !~ /^[0-9][0-9][0-9][0-9][0-9][0-9]\$/ {bad=1} END {exit bad}' '$WORK/giga.out'"
  "$BIN" tabari --output - "$WORK/giga.project" > "$WORK/giga.stdout" 2> /dev/null
  check "--output - writes the same events to standard output" cmp -s "$WORK/giga.out" "$WORK/giga.stdout"
  # Agreement with TABARI's own output (source/target/code per record id), reported.
  awk -F'\t' '{print $6"|"$2"|"$3"|"$4}' "$GIGA/gigaword76.tabari.out" | sort -u > "$WORK/ref"
  awk -F'\t' '{print $6"|"$2"|"$3"|"$4}' "$WORK/giga.out" | sort -u > "$WORK/ours"
  both=$(comm -12 "$WORK/ref" "$WORK/ours" | wc -l)
  echo "gigaword76: TABARI $(wc -l < "$WORK/ref") events, ours $(wc -l < "$WORK/ours"), both $both"
fi

# Agreement on reuters-dev (57,122 records; a few seconds).
if [ -f "$REUTERS/reuters-dev.text" ]; then
  project "$REUTERS/reuters-dev.text" "$WORK/rdev.out" > "$WORK/rdev.project"
  "$BIN" tabari -q "$WORK/rdev.project" 2> /dev/null
  awk -F'\t' '{print $6"|"$2"|"$3"|"$4}' "$REUTERS/reuters-dev.tabari.out" | sort -u > "$WORK/rref"
  awk -F'\t' '{print $6"|"$2"|"$3"|"$4}' "$WORK/rdev.out" | sort -u > "$WORK/rours"
  rboth=$(comm -12 "$WORK/rref" "$WORK/rours" | wc -l)
  f1=$(awk -v r="$(wc -l < "$WORK/rref")" -v o="$(wc -l < "$WORK/rours")" -v b="$rboth" \
    'BEGIN { printf "%03d", (r + o) ? 2000 * b / (r + o) : 0 }')
  echo "reuters-dev: TABARI $(wc -l < "$WORK/rref") events, ours $(wc -l < "$WORK/rours"), both $rboth, F1 0.$f1"
  check "reuters-dev agreement F1 >= 0.$F1_RATCHET (got 0.$f1)" test "$((10#$f1))" -ge "$F1_RATCHET"
else
  echo "SKIP: $REUTERS/reuters-dev.text not found; no agreement check"
fi

printf 'bogus\n' > "$WORK/bad.project"
"$BIN" tabari "$WORK/bad.project" > /dev/null 2> "$WORK/bad.err"
check "a project without files fails with a message" grep -q "needs <actorsfile>" "$WORK/bad.err"
finish
