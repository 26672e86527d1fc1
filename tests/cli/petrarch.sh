#!/usr/bin/env bash
# `demarche tabari --validate FILE.xml`: PETRARCH's unit-test records coded from their text with
# the PETR.Validate dictionaries (a ratchet: the number of passing records may only grow), after
# a suite of our own that needs no shared files.
. "$(dirname "$0")/lib.sh"
PETR=$SHARED/bench/petrarch/PETR.UnitTest.records.xml
# The count of records that pass; raise it when more pass.
RATCHET=${PETRARCH_RATCHET:-255}

# Our own suite: two records that pass, one that fails, one broken tag.
mkdir -p "$WORK/own"
printf 'NORTHLAND [NTH]  # a comment\nSOUTHLAND [STH]\n' > "$WORK/own/a.txt"
printf 'SOLDIER [~MIL]\n' > "$WORK/own/g.txt"
printf '%s\n' '--- PRAISE [051] ---' 'PRAISE' '- * WARMLY [052]' > "$WORK/own/v.txt"
cat > "$WORK/own/suite.xml" <<'X'
<Validation><Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile>
<Agentfile>g.txt</Agentfile></Environment>
<Sentence date="20010101" id="OWN-1" category="VERB">
<EventCoding sourcecode="NTHMIL" targetcode="STH" eventcode="052"></EventCoding>
<Text>Soldiers from Northland praised Southland warmly.</Text></Sentence>
<Sentence date="20010101" id="OWN-2" category="VERB"><EventCoding noevents="True"></EventCoding>
<Text>Northland praised nobody.</Text></Sentence>
<Sentence date="20010101" id="OWN-3" category="ACTOR">
<EventCoding sourcecode="STH" targetcode="NTH" eventcode="051"></EventCoding>
<Text>Northland praised Southland.</Text></Sentence>
<Sentence date="20010101" id="OWN-4" category=ACTOR><Text>Broken.</Text></Sentence>
</Validation>
X
"$BIN" tabari --validate "$WORK/own/suite.xml" > "$WORK/own.out" 2> "$WORK/own.err"
rc=$?
check "our suite: 2 passed, 1 failed" test "$(tail -1 "$WORK/own.out")" = "2 passed, 1 failed"
check "a mismatch names record, category, expected and got" \
  grep -qx 'OWN-3 (ACTOR): expected \[STH/NTH/051\], got \[NTH/STH/051\]' "$WORK/own.out"
check "exit code 1 while records fail" test $rc -eq 1
check "a broken tag is a warning naming file and line" grep -q "suite.xml:11: .*category" "$WORK/own.err"
"$BIN" tabari --output - "$WORK/own/suite.xml" > "$WORK/own.events" 2> /dev/null
check "without --validate the XML's events are written" \
  grep -q "$(printf '20010101\tNTHMIL\tSTH\t052')" "$WORK/own.events"

[ -f "$PETR" ] || skip "$PETR not found (../shared is absent)"

"$BIN" tabari --validate "$PETR" > "$WORK/val" 2> "$WORK/val.err"
rc=$?
summary=$(tail -1 "$WORK/val")
echo "PETR.UnitTest.records.xml: $summary"
passed=$(echo "$summary" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1/p')
failed=$(echo "$summary" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\2/p')
check "validation closes with 'N passed, M failed'" test -n "$passed"
check "at least $RATCHET records pass (got ${passed:-none})" test "${passed:-0}" -ge "$RATCHET"
check "one line per mismatch" test "$(grep -c ': expected' "$WORK/val")" -eq "${failed:--1}"
check "the PETR.Validate dictionaries read without warnings" test ! -s "$WORK/val.err"
check "exit code is 1 while some records fail" sh -c "[ ${failed:-1} -eq 0 ] && [ $rc -eq 0 ] || [ $rc -eq 1 ]"
finish
