#!/usr/bin/env bash
# Copies the screenshots the browser tests took (integration-tests/target/screenshots/<name>.png)
# into docs/screenshots/ for README.md and docs/*.md. Run the console tests first, for example:
#   ./mvnw verify -pl integration-tests -am -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test='*Console*IT'
# With names (without .png) it copies those; without, every picture README.md and docs/*.md show that the tests took.
set -euo pipefail
cd "$(dirname "$0")/../.."
taken=integration-tests/target/screenshots

if [ $# -gt 0 ]; then
  names=("$@")
else
  mapfile -t names < <(grep -oh 'screenshots/[A-Za-z0-9_.-]*\.png' README.md docs/*.md | sed 's|^screenshots/||; s|\.png$||' | sort -u)
fi

copied=0
for name in "${names[@]}"; do
  if [ -f "$taken/$name.png" ]; then
    cp "$taken/$name.png" "docs/screenshots/$name.png"
    echo "docs/screenshots/$name.png"
    copied=$((copied + 1))
  elif [ $# -gt 0 ]; then
    echo "no $taken/$name.png: run the test that takes it first" >&2
    exit 1
  fi
done
echo "$copied screenshot(s) copied"
