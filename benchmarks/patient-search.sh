#!/usr/bin/env bash
# Benchmark: search latency of the staff API over 100,000 patient records.
# Needs a running Keycloak with the plugin (./demo.sh, or any server) and its master admin.
# It creates a realm "bench", imports N synthetic patients through the import API in chunks,
# times each kind of search (median and worst of R runs, client-side, loopback), then deletes
# the realm (which deletes its patients), unless --keep leaves it for a closer look (query plans).
#   benchmarks/patient-search.sh [--url http://127.0.0.1:8080] [--records 100000] [--runs 20] [--keep]
set -euo pipefail

URL=http://127.0.0.1:8080
RECORDS=100000
RUNS=20
CHUNK=10000
ADMIN_USER=${KC_ADMIN_USER:-admin}
ADMIN_PASSWORD=${KC_ADMIN_PASSWORD:-admin}
REALM=bench
KEEP=false
while [ $# -gt 0 ]; do
  case "$1" in
    --url) URL=$2; shift 2 ;;
    --records) RECORDS=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --keep) KEEP=true; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

token() {
  curl -fs "$URL/realms/master/protocol/openid-connect/token" -d grant_type=password -d client_id=admin-cli \
    -d "username=$ADMIN_USER" -d "password=$ADMIN_PASSWORD" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
api() { # method path [curl args...]
  local method=$1 path=$2; shift 2
  curl -fs -X "$method" "$URL/admin/realms/$REALM/patient-access/patients$path" -H "Authorization: Bearer $(token)" "$@"
}

workdir=$(mktemp -d)
cleanup() {
  rm -rf "$workdir"
  if [ "$KEEP" = false ]; then
    curl -fs -X DELETE "$URL/admin/realms/$REALM" -H "Authorization: Bearer $(token)" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

curl -fs -X DELETE "$URL/admin/realms/$REALM" -H "Authorization: Bearer $(token)" >/dev/null 2>&1 || true
curl -fs -X POST "$URL/admin/realms" -H "Authorization: Bearer $(token)" -H 'Content-Type: application/json' \
  -d "{\"realm\":\"$REALM\",\"enabled\":true,\"attributes\":{\"patientAccess.defaultPhoneRegion\":\"CA\"}}"

# Synthetic clinic: surnames and given names drawn from short lists, so names repeat as in life.
generate() { # first count
  awk -v first="$1" -v count="$2" 'BEGIN {
    split("Smith Garcia Nguyen Tremblay Martin Roy Gagnon Lee Wilson Brown Taylor Cote Bouchard Gauthier Morin Lavoie Fortin Patel Singh Khan Chen Wang Li Kim Park Lopez Hernandez Gonzalez Rodriguez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Reyes Morales Cruz Ortiz Gutierrez Chavez Ramos Ruiz Alvarez Mendoza Castillo Jimenez Moreno Romero", last, " ")
    split("Maria Jose Luis Ana Sofia Mateo Emma Olivia Liam Noah William James Lucas Chloe Zoe Lea Alice Juliette Gabriel Leo Thomas Nathan Samuel Jacob Ethan Mia Charlotte Amelia Ava Isabella Aisha Omar Fatima Yusuf Mei Wei Jun Hana Min Priya Arjun Ravi Anika Sara David Daniel Marie Pierre Jean Claire", given, " ")
    srand(42 + first)
    print "externalId,firstName,lastName,birthDate,email,phone"
    for (i = first; i < first + count; i++) {
      f = given[int(rand() * 50) + 1]; l = last[int(rand() * 50) + 1]
      y = 1930 + int(rand() * 95); m = 1 + int(rand() * 12); d = 1 + int(rand() * 28)
      printf "B-%07d,%s,%s,%04d-%02d-%02d,%s.%s.%d@example.com,+1416%07d\n", i, f, l, y, m, d, tolower(f), tolower(l), i, 2000000 + i
    }
  }'
}

echo "Importing $RECORDS synthetic patients in chunks of $CHUNK..."
start=$(date +%s%N)
for ((first = 0; first < RECORDS; first += CHUNK)); do
  count=$(( RECORDS - first < CHUNK ? RECORDS - first : CHUNK ))
  generate "$first" "$count" > "$workdir/chunk.csv"
  api POST /import -H 'Content-Type: text/csv' --data-binary "@$workdir/chunk.csv" > "$workdir/report.json"
  grep -q "\"created\":$count" "$workdir/report.json" || { echo "import failed: $(cat "$workdir/report.json")" >&2; exit 1; }
done
import_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "Imported $(api GET '/count') patients in $(( import_ms / 1000 )).$(( import_ms % 1000 / 100 ))s"

time_query() { # label query
  local label=$1 query=$2 tok times
  tok=$(token)
  for _ in 1 2 3; do curl -fs -o /dev/null "$URL/admin/realms/$REALM/patient-access/patients$query" -H "Authorization: Bearer $tok"; done
  times=$(for _ in $(seq 1 "$RUNS"); do
    curl -fs -o /dev/null -w '%{time_total}\n' "$URL/admin/realms/$REALM/patient-access/patients$query" -H "Authorization: Bearer $tok"
  done | sort -n)
  printf '%-44s median %6.1f ms   worst %6.1f ms\n' "$label" \
    "$(echo "$times" | awk -v n="$RUNS" 'NR == int((n + 1) / 2) { print $1 * 1000 }')" \
    "$(echo "$times" | tail -n 1 | awk '{ print $1 * 1000 }')"
}

echo "Search over $RECORDS records ($RUNS runs each, after 3 warm-up runs):"
time_query "first page, sorted by last name"           "?max=20"
time_query "name prefix 'gar'"                          "?search=gar&max=20"
time_query "first and last name 'maria garcia'"         "?search=maria%20garcia&max=20"
time_query "birth date"                                 "?birthDate=1984-06-02"
time_query "phone in local format"                      "?phone=416-200-5000"
time_query "email"                                      "?email=maria.garcia.77@example.com"
time_query "external id"                                "?externalId=B-0050000"
time_query "last page by birth date desc (first=99980)" "?sort=birthDate&order=desc&first=99980&max=20"
time_query "count of name prefix 'gar'"                 "/count?search=gar"
