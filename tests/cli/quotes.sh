#!/usr/bin/env bash
# `demarche quotes`: direct and reported speech with speakers, on a small article of our own and,
# when ../shared is beside the repo, on the seed articles.
. "$(dirname "$0")/lib.sh"
mkdir -p "$WORK/in"
cat > "$WORK/in/sochi.txt" <<'TXT'
date 2023-10-05 Putin says Russia is ready for dialogue

Russia is ready to accept Japan's offer of dialogue, President Vladimir Putin said, according to local media.

"It is always good to maintain a dialogue," Putin was quoted as saying by Russia's major news agency Tass.

On Friday, Japanese Chief Cabinet Secretary Hirokazu Matsuno told reporters that Tokyo will react "accordingly."
TXT
db=$WORK/q.db
"$BIN" --db "$db" ingest -q "$WORK/in"
check "ingest exits 0" test $? -eq 0
"$BIN" --db "$db" quotes --format jsonl > "$WORK/all"
check "four statements (the headline says one)" test "$(wc -l < "$WORK/all")" -eq 4
check "JSONL has the contract fields" \
  sh -c "head -1 '$WORK/all' | grep -qE '\"article\":.*\"kind\":\"(direct|reported)\".*\"speaker\":.*\"speaker_code\":.*\"cue\":.*\"via\":.*\"text\":.*\"speaker_offsets\":\[[0-9]+,[0-9]+\].*\"cue_offsets\":.*\"content_offsets\":'"
check "reported speech found" grep -q '"kind":"reported","speaker":"President Vladimir Putin","speaker_name":"Vladimir Putin","speaker_code":"RUSGOV","cue":"said","via":"local media"' "$WORK/all"
check "direct quote via Tass" grep -q '"kind":"direct","speaker":"Putin".*"cue":"was quoted as saying","via":"TASS","text":"It is always good to maintain a dialogue"' "$WORK/all"
check "Matsuno told reporters" grep -q '"speaker_name":"Hirokazu Matsuno","speaker_code":"JPNGOV","cue":"told"' "$WORK/all"
# Offsets point into the original file.
off=$(grep '"cue":"told"' "$WORK/all" | sed -E 's/.*"content_offsets":\[([0-9]+),([0-9]+)\].*/\1 \2/')
set -- $off
check "content offsets slice the file" test "$(head -c "$2" "$WORK/in/sochi.txt" | tail -c +"$(($1 + 1))")" = 'that Tokyo will react "accordingly."'
"$BIN" --db "$db" quotes --speaker Matsuno --format tsv > "$WORK/tsv"
check "--speaker filters" test "$(wc -l < "$WORK/tsv")" -eq 2
check "TSV has a header with kind" grep -q "^article	kind	speaker	" "$WORK/tsv"

seeds=$SHARED/seeds
if [ -d "$seeds" ]; then
  "$BIN" --db "$WORK/seeds.db" ingest -q "$seeds"
  "$BIN" --db "$WORK/seeds.db" quotes --format jsonl > "$WORK/seeds"
  for who in "Vladimir Putin" "Hirokazu Matsuno" "Yoshimasa Hayashi" "Shinzo Abe"; do
    check "seeds: quotes of $who" grep -q "\"speaker_name\":\"$who\"" "$WORK/seeds"
  done
  check "seeds: reported speech" grep -q '"kind":"reported"' "$WORK/seeds"
else
  echo "note: $seeds not present; seed checks skipped"
fi
finish
