#!/usr/bin/env bash
# Benchmark of devopsflow-lint against a parse-only pass and checkov, on a
# generated corpus that scales and on real public modules fetched locally.
#
#   linter/bench/run.sh [SIZES...]        (default: 10 100 400)
#
# Environment:
#   BENCH_DIR   where corpora are generated (default /tmp/dfl-bench; never committed)
#   REAL_DIR    a tree of real modules to lint as well (optional)
#   CHECKOV     the checkov command (default: checkov); set CHECKOV=skip to skip it
#   CHECKOV_MAX largest corpus size checkov is run on (default 400)
#
# Prints a Markdown table: wall time (s) and peak RSS (MiB) per tool and tree.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-10 100 400}")
read -r -a sizes <<<"${sizes[*]}"
BENCH_DIR=${BENCH_DIR:-/tmp/dfl-bench}
CHECKOV=${CHECKOV:-checkov}
CHECKOV_MAX=${CHECKOV_MAX:-400}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/work/target-lint}
cargo build --release -q -p devopsflow-lint
BIN="$CARGO_TARGET_DIR/release/devopsflow-lint"

measure() { # prints "seconds peak_mib"
  local log
  log=$(mktemp)
  local start end
  start=$(date +%s%N)
  /usr/bin/time -o "$log" -f '%M' "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  # GNU time prefixes a status line when the command exits non-zero.
  tail -1 "$log" | awk -v ns=$((end - start)) '{printf "%.4f %.1f\n", ns / 1e9, $1 / 1024}'
  rm -f "$log"
}

row() { # tree files
  local tree=$1 files
  files=$(find "$tree" -name '*.tf' -not -path '*/.terraform/*' | wc -l)
  read -r pt pm < <(measure "$BIN" --parse-only "$tree")
  read -r lt lm < <(measure "$BIN" --fail-on never --format json "$tree")
  local ct="-" cm="-" speedup="-"
  if [[ "$CHECKOV" != skip && ( -z "${2:-}" || "${2:-0}" -le "$CHECKOV_MAX" ) ]]; then
    read -r ct cm < <(measure "$CHECKOV" -d "$tree" --framework terraform --skip-download --quiet --compact -o json)
    speedup=$(awk -v c="$ct" -v l="$lt" 'BEGIN{ if (l > 0) printf "%.0fx", c/l; else print "-" }')
  fi
  local ratio
  ratio=$(awk -v p="$pt" -v l="$lt" 'BEGIN{ if (p > 0) printf "%.2f", l/p; else print "-" }')
  printf '| %s | %s | %s / %s | %s / %s | %s | %s / %s | %s |\n' \
    "$3" "$files" "$pt" "$pm" "$lt" "$lm" "$ratio" "$ct" "$cm" "$speedup"
}

echo "| tree | .tf files | parse-only s / MiB | lint s / MiB | lint/parse | checkov s / MiB | checkov/lint |"
echo "|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  dir="$BENCH_DIR/corpus-$n"
  rm -rf "$dir"
  python3 linter/bench/gen_corpus.py "$n" "$dir"
  row "$dir" "$n" "generated, $n modules"
done
if [[ -n "${REAL_DIR:-}" && -d "${REAL_DIR}" ]]; then
  row "$REAL_DIR" "" "real modules ($(basename "$REAL_DIR"))"
fi

# A pre-commit style run: one module, best of 20.
one="$BENCH_DIR/corpus-${sizes[0]}/services/svc1"
best=$(for _ in $(seq 20); do
  s=$(date +%s%N); "$BIN" --fail-on never "$one" >/dev/null; e=$(date +%s%N)
  echo $(( (e - s) / 1000 ))
done | sort -n | head -1)
echo
echo "one-module run (pre-commit): best of 20 = $((best / 1000)).$(printf '%03d' $((best % 1000))) ms"
