#!/bin/sh
# Times `column-planner lint` and Squawk on the same 10,000-statement migration.
#   tests/bench/lint-vs-squawk.sh BUILD_DIR [SQUAWK]
# SQUAWK defaults to the squawk on PATH; install it with: npm install --prefix /tmp/squawk squawk-cli
set -eu
build=${1:?usage: lint-vs-squawk.sh BUILD_DIR [SQUAWK]}
squawk=${2:-squawk}
runs=5
script=$(mktemp --suffix=.sql)
timing=$(mktemp)
trap 'rm -f "$script" "$timing"' EXIT

"$build/bin/bench_lint" --out "$script" --runs "$runs"

best() { # best wall time in ms of running "$@" $runs times (exit status ignored: findings exit 1),
         # and the CPU time (user + system, ms) of that run: column-planner parses on several threads
    best_ms=
    best_cpu=
    i=0
    while [ $i -lt $runs ]; do
        start=$(date +%s%N)
        /usr/bin/time -f '%U %S' -o "$timing" "$@" >/dev/null 2>&1 || true
        ms=$(( ($(date +%s%N) - start) / 1000000 ))
        cpu=$(tail -n 1 "$timing" | awk '{printf "%d", ($1 + $2) * 1000}')
        if [ -z "$best_ms" ] || [ "$ms" -lt "$best_ms" ]; then best_ms=$ms; best_cpu=$cpu; fi
        i=$((i + 1))
    done
    echo "$best_ms $best_cpu"
}

statements=$(grep -c ';$' "$script")
set -- $(best "$build/bin/column-planner" lint "$script" --format json); cp_ms=$1; cp_cpu=$2
set -- $(best "$squawk" --reporter json "$script"); sq_ms=$1; sq_cpu=$2
echo "column-planner lint (process, best of $runs): ${cp_ms} ms = $(( statements * 1000 / (cp_ms > 0 ? cp_ms : 1) )) statements/s (CPU ${cp_cpu} ms)"
echo "squawk $("$squawk" --version 2>&1 | awk '{print $2}') (process, best of $runs): ${sq_ms} ms = $(( statements * 1000 / (sq_ms > 0 ? sq_ms : 1) )) statements/s (CPU ${sq_cpu} ms)"
