#!/usr/bin/env bash
# Bad input never stops a batch: every file is recorded with its outcome, one message per bad file.
. "$(dirname "$0")/lib.sh"
in=$WORK/in
mkdir -p "$in/sub"
printf 'date 2019-06-29 Japanese Prime Minister Shinzo Abe met Russian President Vladimir Putin in Osaka.\n' > "$in/good.txt"
: > "$in/empty.txt"
printf '\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00binary\x00junk' > "$in/program.bin"
printf 'Tokyo protested to Moscow.\nBad bytes here: \xff\xfe then text \xc3(\n' > "$in/sub/latin1.txt"
head -c 20000000 /dev/zero | tr '\0' 'a' > "$in/sub/oneline.txt"     # a 20 MB single line
printf 'Russia and Japan held talks.' > "$in/sub/truncated.txt"; printf '\xe2\x80' >> "$in/sub/truncated.txt"

db=$WORK/t.db
"$BIN" --db "$db" ingest "$in" > "$WORK/out" 2> "$WORK/err"
rc=$?
cat "$WORK/err"
check "exit code 3 (some inputs skipped), got $rc" test "$rc" -eq 3
check "message names the empty file" grep -q "empty.txt: skipped: empty file" "$WORK/err"
check "message names the binary file and its line" grep -qE "program.bin: skipped: line [0-9]+: binary" "$WORK/err"
check "message names the invalid UTF-8 and its line" grep -q "latin1.txt: line 2: invalid UTF-8" "$WORK/err"
check "the truncated file is reported" grep -q "truncated.txt: line 1: invalid UTF-8" "$WORK/err"

"$BIN" --db "$db" documents --format tsv > "$WORK/docs"
cat "$WORK/docs"
check "all six files recorded" test "$(tail -n +2 "$WORK/docs" | wc -l)" -eq 6
check "empty recorded as empty" grep -qP "^empty.txt\tempty\t" "$WORK/docs"
check "binary recorded as binary" grep -qP "^program.bin\tbinary\t" "$WORK/docs"
check "20 MB line coded" grep -qP "^oneline.txt\tok\t" "$WORK/docs"
check "invalid UTF-8 coded with a warning" grep -qP "^latin1.txt\tok\t\tline 2: invalid UTF-8" "$WORK/docs"

"$BIN" --db "$db" events --format jsonl > "$WORK/events"
check "the good file still gives its event" grep -q '"article":"good.txt"' "$WORK/events"
check "offsets in the invalid-UTF-8 file are the original bytes" \
  sh -c "'$BIN' --db '$db' articles --format jsonl | grep '\"article\":\"latin1.txt\"' | grep -q '\"body\":\[\[0,26\],\[27,'"

# Re-ingesting the same input changes nothing.
"$BIN" --db "$db" ingest "$in" 2> "$WORK/err2"
check "second run reports all unchanged" grep -q "0 coded (0 with warnings), 4 unchanged, 2 skipped" "$WORK/err2"
"$BIN" --db "$db" events --format jsonl > "$WORK/events2"
check "re-ingest is idempotent" cmp -s "$WORK/events" "$WORK/events2"
finish
