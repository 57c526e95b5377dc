#!/usr/bin/env bash
# Benchmark: stock Keycloak 26.7.3 against Keycloak 26.7.3 with this plugin, side by side.
# Builds the plugin, unpacks the distribution twice under benchmarks/target/token-benchmark (stock,
# and plugin with our JARs in providers/), builds both the same way, then measures them one at a time
# on 127.0.0.1:8180 (management 9180), so it runs beside the demo and the tests. Prints a table of
# throughput, p50/p99 and server CPU per operation with ratios plugin/stock, the SQL statements per
# operation (warm and cold) and the bytes per token; the tables are also written to
# benchmarks/target/token-benchmark/results.md. --jfr true records the first round's login phase with
# Java Flight Recorder on both servers and prints each server's hottest methods. The SMART phases (a
# SMART app's login with the patient picker, and its FHIR reads, against stock's plain login and
# userinfo) run after the token phases; --only smart (or --only tokens) runs one part alone.
#   benchmarks/token-benchmark.sh [--users 10000] [--threads 4] [--warmup 10] [--seconds 20] [--rounds 2]
#                                 [--sql-samples 10] [--port 8180] [--fresh true] [--jfr true] [--only tokens|smart]
#                                 [--db postgres [--db-url jdbc:postgresql://127.0.0.1:5432/] [--db-username keycloak] [--db-password keycloak]]
# The first run imports the users (and seeds the dependents on the plugin server) once and keeps a copy
# of each database; every measured run starts from that copy. --fresh true prepares them again.
# Without --db the servers use Keycloak's embedded H2 files; with --db postgres, databases bench_stock
# and bench_plugin (and their *_prepared templates) on that server, whose user needs CREATEDB.
set -euo pipefail
cd "$(dirname "$0")/.."

KEYCLOAK_VERSION=26.7.3
WORK=benchmarks/target/token-benchmark
DB_KIND=dev-file
previous=
for arg in "$@"; do
  if [ "$previous" = --db ] && [ "$arg" = postgres ]; then DB_KIND=postgres; fi
  previous=$arg
done

./mvnw -q -B install -DskipTests
mkdir -p "$WORK"
./mvnw -q -B -N dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$WORK"
for variant in stock plugin; do
  home="$WORK/$variant/keycloak-$KEYCLOAK_VERSION"
  if [ ! -d "$home" ]; then
    mkdir -p "$WORK/$variant"
    unzip -q "$WORK/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$WORK/$variant"
  fi
  rm -f "$home"/providers/patient-access-*.jar
  if [ "$variant" = plugin ]; then
    cp providers/target/patient-access-providers-*.jar themes/target/patient-access-themes-*.jar "$home/providers/"
  fi
  # The same build options for both.
  "$home/bin/kc.sh" build --db="$DB_KIND" >"$WORK/$variant-build.log" 2>&1
done

./mvnw -q -B -pl benchmarks exec:java@token \
  -Dexec.args="--work $WORK $*"
