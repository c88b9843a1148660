#!/usr/bin/env bash
# Warm runs of two builds of the plugin, side by side: interleaves, round after round, Maven with
# the goal skipped, a warm analysis with build A and a warm analysis with build B (each with a
# cache of its own, made by one run first), and prints the medians and each build's warm/skip ratio.
#
#   A=<local repository holding build A> B=<local repository holding build B> [N=11] \
#     warm-side-by-side.sh PROJECT_DIR
#
# Install each build into its own local repository first (`mvn -B install -DskipTests -DskipITs
# -Dmaven.repo.local=<repo>`). Runs offline, with the project's tests included.
set -euo pipefail
project=${1:?usage: A=repo B=repo [N=11] $0 PROJECT_DIR}
: "${A:?A must name build A's local repository}" "${B:?B must name build B's local repository}"
rounds=${N:-11}
goal=io.github.rustfit:rust-fit-maven-plugin:0.1.0-SNAPSHOT:analyze
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$project"

run() { # label repository cache-name [extra]
  local start end
  start=$(date +%s.%N)
  mvn -B -o "$goal" -Dmaven.repo.local="$2" -Drustfit.includeTests=true \
    -Drustfit.cacheFile="$work/$3.zip" -Drustfit.outputDirectory="$work/$3" ${4:-} > "$work/$1.log" 2>&1
  end=$(date +%s.%N)
  echo "$1 $(echo "$end - $start" | bc)" >> "$work/times"
}

run warmup-A "$A" A
run warmup-B "$B" B
for _ in $(seq "$rounds"); do
  run skip "$A" A -Drustfit.skip=true
  run A "$A" A
  run B "$B" B
done
grep -q "parsed 0 changed file" "$work/A.log" && grep -q "parsed 0 changed file" "$work/B.log" \
  || { echo "a warm run parsed files: the cache was not used" >&2; exit 1; }
python3 - "$work/times" <<'PY'
import statistics, sys
times = {}
for line in open(sys.argv[1]):
    name, seconds = line.split()
    if not name.startswith("warmup"):
        times.setdefault(name, []).append(float(seconds))
m = {name: statistics.median(values) for name, values in times.items()}
print("medians: skip %.2fs, A %.2fs, B %.2fs; A/skip %.3f, B/skip %.3f"
      % (m["skip"], m["A"], m["B"], m["A"] / m["skip"], m["B"] / m["skip"]))
PY
