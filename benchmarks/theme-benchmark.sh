#!/usr/bin/env bash
# Benchmark: the clinic's login and account themes against Keycloak's own, side by side on one running
# Keycloak with the plugin (start ./demo.sh first). Installs playwright-core from the committed lockfile
# (it drives Debian's Chromium, /usr/bin/chromium, or $CHROMIUM; it downloads no browser) and prints a
# table of p50/p90 times and bytes with the ratios clinic/stock.
#   benchmarks/theme-benchmark.sh [--url http://127.0.0.1:8080] [--rounds 15] [--user admin] [--password admin]
set -euo pipefail
cd "$(dirname "$0")/themes"
npm ci --no-audit --no-fund --silent
node theme-benchmark.mjs "$@"
