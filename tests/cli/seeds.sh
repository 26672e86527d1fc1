#!/usr/bin/env bash
# The canonical input: five seed articles about Russia and Japan.
. "$(dirname "$0")/lib.sh"
seeds=$SHARED/seeds
[ -d "$seeds" ] || skip "$seeds not present (../shared is only beside the repo on project machines)"
db=$WORK/seeds.db
"$BIN" --db "$db" ingest -q "$seeds"
check "ingest exits 0" test $? -eq 0

"$BIN" --db "$db" timeline --dyad RUS:JPN --format jsonl > "$WORK/timeline"
for id in 000_45dc59da7e911ac7 001_d2dc41fddc665125 002_20236fc4606c5da5 003_fc959ac4068dacd9 004_80288d0873453405; do
  check "timeline has events from $id" grep -q "\"article\":\"$id.txt\"" "$WORK/timeline"
done
# Nothing from the reader comments of 000: every event's sentence lies before the comment section.
comments_start=$("$BIN" --db "$db" articles --format jsonl | grep '"article":"000_' | sed -E 's/.*"comments":\[\[([0-9]+),.*/\1/')
check "000 has a comment section" test -n "$comments_start"
late=$(grep '"article":"000_' "$WORK/timeline" | sed -E 's/.*"offsets":\[([0-9]+),.*/\1/' | awk -v c="${comments_start:-0}" '$1 >= c' | wc -l)
check "no event from 000's reader comments" test "$late" -eq 0

"$BIN" --db "$db" show 000_45dc59da7e911ac7.txt > "$WORK/show"
check "show dates 000 from its token" grep -q "Published 2023-10-05  basis: date token" "$WORK/show"
check "show marks the comments" grep -q "\[comment: reader comment\] TaiwanIsNotChina" "$WORK/show"

"$BIN" --db "$db" articles --format jsonl > "$WORK/articles"
check "articles JSONL has the contract fields" \
  sh -c "head -1 '$WORK/articles' | grep -q '\"article\":.*\"outlet\":.*\"published\":.*\"published_basis\":.*\"body\":.*\"comments\":.*\"boilerplate\":'"
"$BIN" --db "$db" events --format jsonl | head -1 > "$WORK/ev1"
check "events JSONL has the contract fields" \
  grep -qE '"article":.*"date":.*"source":.*"target":.*"code":"[0-9]+".*"goldstein":.*"quad":.*"sentence":.*"offsets":\[[0-9]+,[0-9]+\]' "$WORK/ev1"
"$BIN" --db "$db" quotes --format jsonl > "$WORK/quotes"
check "quotes JSONL has the contract fields" \
  sh -c "head -1 '$WORK/quotes' | grep -qE '\"article\":.*\"speaker\":.*\"speaker_code\":.*\"text\":.*\"offsets\":'"
finish
