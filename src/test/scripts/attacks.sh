#!/usr/bin/env bash
# The hostile review's attacks, repeated from outside against the built jar with sqlite3, as an insider or a
# doctored e-mailed file would make them. Each must be caught: the expected exit status and message, and the plan's
# bytes unchanged where nothing may be written. Prints one line per attack; exits 1 if any was missed.
#
#   ./mvnw -B -q package -DskipTests && src/test/scripts/attacks.sh
#
# Needs java 17+ and sqlite3. Every run uses its own data folder (backups, plan keys), so nothing of the user's is touched.
set -uo pipefail
cd "$(dirname "$0")/../../.."
JAR=${1:-target/waymark.jar}
[ -f "$JAR" ] || { echo "No $JAR: build it with ./mvnw -B -q package -DskipTests"; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed"; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
DATA="$tmp/data"
# -Xshare and TieredStopAtLevel=1 only make each short run start sooner.
W() { java -XX:TieredStopAtLevel=1 -Dwaymark.data.dir="$DATA" -Dwaymark.today=2026-11-25 -jar "$JAR" "$@"; }
rechain() { java -cp "target/lib/*" src/test/scripts/Rechain.java "$1"; }
missed=0

# expect NAME EXIT PATTERN COMMAND...: the command must exit with EXIT and print PATTERN (an extended regex), and no stack trace.
expect() {
  local name=$1 want=$2 pattern=$3 out code
  shift 3
  out=$("$@" 2>&1); code=$?
  if [ "$code" = "$want" ] && grep -qE -- "$pattern" <<<"$out" && ! grep -qE '^\s+at [a-z]+\.|Exception in thread' <<<"$out"; then
    printf 'caught  %-58s exit %s  %s\n' "$name" "$code" "$(grep -m1 -oE -- ".{0,20}$pattern.{0,50}" <<<"$out" | head -1 | cut -c1-140)"
  else
    printf 'MISSED  %s: exit %s (expected %s, and /%s/)\n%s\n' "$name" "$code" "$want" "$pattern" "$out"
    missed=1
  fi
}
same() { cmp -s "$1" "$2" || { echo "MISSED  $3: the plan's bytes changed"; missed=1; }; }
fresh() { mkdir -p "$tmp/$1"; cp "$tmp/base.waymark" "$tmp/$1/plan.waymark"; echo "$tmp/$1/plan.waymark"; }
csv() { printf 'Ref,Action,Due date,Operational lead\nZ901,Audit the audit,31/03/2027,%s\n' "${1:-Pat Example}" > "$tmp/$2"; echo "$tmp/$2"; }

W demo -o "$tmp/base.waymark" >/dev/null || { echo "demo failed"; exit 2; }

# 1. A direct edit with the log untouched.
p=$(fresh direct); sqlite3 "$p" "UPDATE action SET current_due='2027-06-30', original_due='2027-06-30' WHERE ref='A019'"; cp "$p" "$tmp/direct.bytes"
expect "1 due date edited with sqlite3, log untouched" 1 'current_due logged "[0-9-]+", stored "2027-06-30"' W check "$p"
same "$p" "$tmp/direct.bytes" "1"
[ ! -e "$p-wal" ] && [ ! -e "$p-shm" ] || { echo "MISSED  check left -wal/-shm beside the plan"; missed=1; }

# 2. The same edit with the chain recomputed by the public recipe; a backup and a board pack taken before anchor it.
p=$(fresh rechain)
W snapshot "$p" --meeting "Trust Board" >/dev/null       # a writing command: takes a backup first
W export-pack "$p" -o "$tmp/rechain/before.pdf" >/dev/null
W export-pack "$p" -o "$tmp/rechain/before.html" >/dev/null
sqlite3 "$p" "UPDATE action SET current_due='2027-06-30', original_due='2027-06-30' WHERE ref='A019';
  UPDATE audit_log SET new_value = json_set(new_value, '\$.currentDue', '2027-06-30', '\$.originalDue', '2027-06-30')
    WHERE entity='action' AND field='created' AND entity_id=(SELECT id FROM action WHERE ref='A019');
  UPDATE audit_log SET new_value='2027-06-30' WHERE entity='action' AND field IN ('currentDue','originalDue')
    AND entity_id=(SELECT id FROM action WHERE ref='A019');"
rechain "$p"
expect "2 same edit, chain recomputed: caught by the backup" 1 'history rewritten after' W check "$p"
expect "2 same edit, chain recomputed: caught by verify against the pack" 1 'NOT in the plan' W verify "$tmp/rechain/before.pdf" --against "$p"
expect "2 same edit, chain recomputed: caught by verify against the HTML pack" 1 'NOT in the plan' W verify "$tmp/rechain/before.html" --against "$p"

# 3. The whole log deleted.
p=$(fresh nolog); sqlite3 "$p" "DELETE FROM audit_log; DELETE FROM audit_head;"; cp "$p" "$tmp/nolog.bytes"
expect "3 audit log deleted" 1 'its audit log is empty' W check "$p"
expect "3 import into it refused" 2 'BROKEN|does not prove' W import "$(csv x nolog.csv)" --into "$p"
same "$p" "$tmp/nolog.bytes" "3"

# 4. A planted trigger, which would run during the next import.
p=$(fresh trigger)
sqlite3 "$p" "CREATE TRIGGER complete_all AFTER INSERT ON action BEGIN UPDATE action SET status='COMPLETE' WHERE id=new.id; END"; cp "$p" "$tmp/trigger.bytes"
expect "4 planted trigger named" 1 'unknown trigger complete_all' W check "$p"
expect "4 import refused, the trigger never runs" 2 'schema is not the one Waymark creates' W import "$(csv x trigger.csv)" --into "$p"
same "$p" "$tmp/trigger.bytes" "4"

# 5. Writing past another editor's lock, into a broken plan; exporting a broken plan.
p=$(fresh lock); cp "$p" "$tmp/lock.bytes"
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
printf '{"user":"Ward manager","host":"PC-12","pid":4242,"since":"%s","heartbeat":"%s","token":"t"}' "$now" "$now" > "$p.lock"
expect "5 import past another editor's lock" 2 'Ward manager on PC-12' W import "$(csv x lock.csv)" --into "$p"
same "$p" "$tmp/lock.bytes" "5 lock"
p=$(fresh broken); sqlite3 "$p" "UPDATE action SET progress=99 WHERE ref='A001'"; cp "$p" "$tmp/broken.bytes"
expect "5 import into a broken plan" 2 'accept-broken' W import "$(csv x broken.csv)" --into "$p"
same "$p" "$tmp/broken.bytes" "5 broken"
expect "5 export-pack of a broken plan: written, exit 1" 1 'FAILED its integrity check|integrity' W export-pack "$p" -o "$tmp/broken/pack.pdf"
[ -s "$tmp/broken/pack.pdf" ] || { echo "MISSED  5 the pack of a broken plan was not written"; missed=1; }

# 6. A 1,000,000-character unbroken word in the pack (the app's text limit): linear wrapping. Put in with sqlite3 (a
#    spreadsheet cell holds at most 32,767), so the plan is also unproven: the pack is written, says so, and exits 1.
p=$(fresh longword); sqlite3 "$p" "UPDATE action SET title = replace(hex(zeroblob(500000)), '0', 'x') WHERE ref='A001'"
start=$(date +%s%N)
expect "6 1,000,000-character word packed" 1 'PDF board pack' W export-pack "$p" -o "$tmp/longword/pack.pdf"
echo "        (export-pack took $(( ($(date +%s%N) - start) / 1000000 )) ms, JVM start included)"

# 7 and 8. Restore from another trust's plan; from a candidate with user_version -1 or 0.
p=$(fresh restore); cp "$p" "$tmp/restore.bytes"
W new "$tmp/restore/other.waymark" --organisation "Another Trust" >/dev/null
expect "7 restore from another trust's plan" 1 'is not a backup of' W restore "$p" --from "$tmp/restore/other.waymark"
for v in -1 0; do
  cp "$tmp/base.waymark" "$tmp/restore/v$v.waymark"; sqlite3 "$tmp/restore/v$v.waymark" "PRAGMA user_version=$v"
  expect "8 restore from a candidate with user_version $v" 1 'Not sound|not sound|below 1' W restore "$p" --from "$tmp/restore/v$v.waymark"
done
same "$p" "$tmp/restore.bytes" "7/8"
ls "$tmp/restore" | grep -q restoring && { echo "MISSED  8 a temporary restore file was left"; missed=1; }

# 9. Symlinks: the lock and restore go to the real file.
p=$(fresh links); ln -s "$p" "$tmp/links/a.waymark"; ln -s "$p" "$tmp/links/b.waymark"
printf '{"user":"Ward manager","host":"PC-12","pid":4242,"since":"%s","heartbeat":"%s","token":"t"}' "$now" "$now" > "$p.lock"
expect "9 import through a second link respects the real file's lock" 2 'Ward manager on PC-12' W import "$(csv x links.csv)" --into "$tmp/links/b.waymark"
rm "$p.lock"
W snapshot "$tmp/links/a.waymark" --meeting "Trust Board" >/dev/null
backup=$(ls "$DATA/backups" | grep '^plan-' | grep _open | tail -1)
expect "9 restore through a link" 0 'Restored' W restore "$tmp/links/a.waymark" --from "$DATA/backups/$backup"
[ -L "$tmp/links/a.waymark" ] || { echo "MISSED  9 restore replaced the link with a file"; missed=1; }

# Also: schema version and views.
for v in -1 0 2; do
  p=$(fresh "uv$v"); sqlite3 "$p" "PRAGMA user_version=$v"
  expect "user_version $v" 1 'below 1|unknown table' W check "$p"
done
p=$(fresh view); sqlite3 "$p" "DROP VIEW v_action_status; CREATE VIEW v_action_status AS SELECT ref, 'GREEN' AS brag FROM action; CREATE TABLE notes (x TEXT);"
expect "redefined view" 1 'changed view v_action_status' W check "$p"
expect "extra table" 1 'unknown table notes' W check "$p"

# A BLOB in a column, and a cell over the xlsx limit, on export (both put in with sqlite3, so the plan is unproven too).
p=$(fresh blob); sqlite3 "$p" "UPDATE action SET title = X'00FF10' WHERE ref='A001'"
expect "BLOB in a column: JSON export names it" 2 'column title: binary data' W export "$p" -o "$tmp/blob/plan.json"
p=$(fresh bigcell); sqlite3 "$p" "UPDATE action SET title = replace(hex(zeroblob(20000)), '0', 'y') WHERE ref='A001'"
expect "40,000-character cell: xlsx written, no stack trace" 1 'Warning: the plan failed its integrity check' W export "$p" -o "$tmp/bigcell/plan.xlsx"
[ -s "$tmp/bigcell/plan.xlsx" ] || { echo "MISSED  the xlsx with a long cell was not written"; missed=1; }

# A UTF-8 csv with one bad byte stays UTF-8.
p=$(fresh utf8)
printf 'Ref,Action,Due date\nZ904,\xc3\x9cn\xc3\xafc\xc3\xb6d\xc3\xa9,31/03/2027\nZ905,bad \xff byte,31/03/2027\n' > "$tmp/utf8.csv"
expect "csv with one bad UTF-8 byte read as UTF-8" 0 'UTF-8' W import "$tmp/utf8.csv" --into "$p" --dry-run

# JSON plan documents: duplicate keys, a broken chain.
W export "$tmp/base.waymark" -o "$tmp/plan.json" >/dev/null
sed '0,/{/s//{"schemaVersion": 1,/' "$tmp/plan.json" > "$tmp/dup.json"
expect "JSON document with a duplicate key" 2 'twice in one object' W import "$tmp/dup.json" --into "$tmp/dup.waymark"
W export "$tmp/broken/plan.waymark" -o "$tmp/broken.json" >/dev/null 2>&1
expect "JSON document whose log does not prove its data" 2 'does not prove its data' W import "$tmp/broken.json" --into "$tmp/fromjson.waymark"
[ -e "$tmp/fromjson.waymark" ] && { echo "MISSED  a refused document left a plan file"; missed=1; }

# Two imports at once naming one new lead: one person, never two.
p=$(fresh lead)
W import "$(csv 'New Lead' lead1.csv)" --into "$p" >/dev/null 2>&1 &
W import "$(printf 'Ref,Action,Due date,Operational lead\nZ911,Second,31/03/2027,New Lead\n' > "$tmp/lead2.csv"; echo "$tmp/lead2.csv")" --into "$p" >/dev/null 2>&1 &
wait
n=$(sqlite3 "$p" "SELECT count(*) FROM person WHERE name='New Lead'")
[ "$n" -le 1 ] && printf 'caught  %-58s %s\n' "two imports naming one new lead" "$n person row" || { echo "MISSED  two imports made $n people"; missed=1; }

# Arabic and Devanagari in the pack are text, not "??????" (when poppler's pdftotext is here to read it back).
if command -v pdftotext >/dev/null; then
  p=$(fresh scripts); sqlite3 "$p" "UPDATE action SET title = 'تحسين السلامة सुरक्षा सुधार' WHERE ref='A001'"
  W export-pack "$p" -o "$tmp/scripts/pack.pdf" >/dev/null 2>&1
  expect "Arabic and Devanagari in the pack" 0 'السلامة|सुरक्षा' pdftotext "$tmp/scripts/pack.pdf" -
fi

# What a killed backup leaves behind is cleared on the next start.
touch -d '2 hours ago' "$DATA/backups/killed.waymark.partial"
W frameworks >/dev/null 2>&1
[ ! -e "$DATA/backups/killed.waymark.partial" ] && printf 'caught  %-58s\n' "stale .partial backup removed on start" \
  || { echo "MISSED  a stale .partial backup was left"; missed=1; }

# The plan key (HMAC chain).
p=$(fresh keyed)
expect "key --create" 0 'Plan keyed from audit row' W key "$p" --create
keyed_row=$(sqlite3 "$p" "SELECT id FROM audit_log WHERE entity='plan' AND field='keyed'")
W import "$(csv x keyed.csv)" --into "$p" >/dev/null
W key "$p" --export "$tmp/keyed/plan.key" >/dev/null
expect "keyed plan verifies" 0 "signed with the plan key from row $keyed_row" W check "$p"
W export-pack "$p" -o "$tmp/keyed/pack.pdf" >/dev/null
expect "keyed plan: a pack verifies against it" 0 'every section agrees' W verify "$tmp/keyed/pack.pdf" --against "$p"
cp "$p" "$tmp/keyed/forged.waymark"; f="$tmp/keyed/forged.waymark"
sqlite3 "$f" "UPDATE action SET progress=5 WHERE ref='A001'; UPDATE audit_log SET new_value=json_set(new_value,'\$.progress',5) WHERE entity='action' AND field='created' AND entity_id=(SELECT id FROM action WHERE ref='A001'); UPDATE audit_log SET new_value='5' WHERE entity='action' AND field='progress' AND entity_id=(SELECT id FROM action WHERE ref='A001');"
rechain "$f"
expect "keyed plan: edit + chain recomputed by the recipe" 1 "row $keyed_row: not signed with this plan's key" W check "$f"
cp "$p" "$tmp/keyed/cut.waymark"; f="$tmp/keyed/cut.waymark"
sqlite3 "$f" "DELETE FROM audit_log WHERE id=$keyed_row; UPDATE audit_log SET id=id-1 WHERE id>$keyed_row;"
rechain "$f"
expect "keyed plan: \"plan keyed\" row removed, chain recomputed" 1 'no "plan keyed" row' W check "$f"
DATA="$tmp/data-elsewhere"                                  # another computer: no key, no backups
cp "$p" "$tmp/keyed/before.bytes"
expect "keyed plan without the key: check says so" 3 "key not on this computer" W check "$p"
expect "keyed plan without the key: import refused" 2 'keyed' W import "$(csv x keyed2.csv)" --into "$p"
same "$p" "$tmp/keyed/before.bytes" "keyed without key"
expect "key --import from a key holder's export" 0 'stored' W key "$p" --import "$tmp/keyed/plan.key"
expect "then check verifies the signed rows" 0 "signed with the plan key" W check "$p"

[ "$missed" = 0 ] && echo "Every attack was caught." || echo "Some attacks were MISSED."
exit "$missed"
