#!/bin/sh
# Times `column-planner lint` and Squawk on the same 10,000-statement migration.
#   tests/bench/lint-vs-squawk.sh BUILD_DIR [SQUAWK]
# SQUAWK defaults to the squawk on PATH; install it with: npm install --prefix /tmp/squawk squawk-cli
set -eu
build=${1:?usage: lint-vs-squawk.sh BUILD_DIR [SQUAWK]}
squawk=${2:-squawk}
runs=5
script=$(mktemp --suffix=.sql)
trap 'rm -f "$script"' EXIT

"$build/bin/bench_lint" --out "$script" --runs "$runs"

best() { # best wall time in ms of running "$@" $runs times (exit status ignored: findings exit 1)
    best_ms=
    i=0
    while [ $i -lt $runs ]; do
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        ms=$(( ($(date +%s%N) - start) / 1000000 ))
        if [ -z "$best_ms" ] || [ "$ms" -lt "$best_ms" ]; then best_ms=$ms; fi
        i=$((i + 1))
    done
    echo "$best_ms"
}

statements=$(grep -c ';$' "$script")
cp_ms=$(best "$build/bin/column-planner" lint "$script" --format json)
sq_ms=$(best "$squawk" --reporter json "$script")
echo "column-planner lint (process, best of $runs): ${cp_ms} ms = $(( statements * 1000 / (cp_ms > 0 ? cp_ms : 1) )) statements/s"
echo "squawk $("$squawk" --version 2>&1 | awk '{print $2}') (process, best of $runs): ${sq_ms} ms = $(( statements * 1000 / (sq_ms > 0 ? sq_ms : 1) )) statements/s"
