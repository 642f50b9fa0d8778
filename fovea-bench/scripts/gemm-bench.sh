#!/usr/bin/env bash
# SGEMM benchmark: Fovea's vector kernels against OpenBLAS (Debian libopenblas, AVX-512 kernel
# forced with OPENBLAS_CORETYPE=SkylakeX), 1 and 2 threads, plus the measured clock and FMA
# peak. Prints a markdown table of GFLOPS (median of REPS timed repetitions after WARMUP seconds).
#
# Usage (from anywhere; do not run it under the CPU lock, it takes the lock for each run):
#   fovea-bench/scripts/gemm-bench.sh [WARMUP_SECONDS=4] [REPS=9]
set -euo pipefail

WARMUP=${1:-4}
REPS=${2:-9}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/fovea-bench/target/gemm-bench
LOCK=/tmp/fovea-cpu.lock
SHAPES=(256x256x256 512x512x512 1024x1024x1024 2048x2048x2048 12544x64x288 64x12544x288)
locked() { flock "$LOCK" "$@"; }

if ! [ -e /usr/include/x86_64-linux-gnu/cblas.h ] && ! [ -e /usr/include/cblas.h ] \
    || ! ldconfig -p | grep -q libopenblas; then
  apt-get update -qq
  apt-get install -y -qq libopenblas-dev >/dev/null
fi

mkdir -p "$OUT"
locked mvn -q -B -f "$ROOT/pom.xml" -pl fovea-core,fovea-bench -am package -DskipTests
locked gcc -O2 -pthread -o "$OUT/peak_probe" "$ROOT/fovea-bench/native/peak_probe.c"
locked gcc -O2 -o "$OUT/gemm_openblas" "$ROOT/fovea-bench/native/gemm_openblas.c" -lopenblas -lm

JAR=$ROOT/fovea-bench/target/fovea-bench.jar
: >"$OUT/results.txt"
for t in 1 2; do
  locked "$OUT/peak_probe" "$t" | tee -a "$OUT/results.txt"
done
for t in 1 2; do
  # The environment of this machine may select another core type; force the AVX-512 kernel for
  # this command alone and let OpenBLAS read the cache sizes itself.
  locked env -u OPENBLAS_L2_SIZE OPENBLAS_CORETYPE=SkylakeX OPENBLAS_NUM_THREADS=$t \
    "$OUT/gemm_openblas" "$WARMUP" "$REPS" "${SHAPES[@]}" | tee -a "$OUT/results.txt"
  locked java --add-modules jdk.incubator.vector -Dfovea.threads=$t -cp "$JAR" \
    io.fovea.bench.GemmBenchmark "$WARMUP" "$REPS" "${SHAPES[@]}" 2>/dev/null \
    | tee -a "$OUT/results.txt"
done

awk -v shapes="${SHAPES[*]}" '
  /^RESULT/ { g[$2, $3, $4] = $5 }
  /^threads=/ {
    for (i = 1; i <= NF; i++) { split($i, kv, "="); p[kv[1]] = kv[2] }
    peak[p["threads"]] = p["zmm_gflops"]; clock[p["threads"]] = p["clock_ghz"]
  }
  END {
    printf "Clock under load: %.2f GHz (1 thread), %.2f GHz (2 threads). ", clock[1], clock[2]
    printf "Measured FP32 FMA peak: %.1f GFLOPS (1 thread), %.1f GFLOPS (2 threads).\n\n", peak[1], peak[2]
    print "| M x N x K | Fovea 1T | OpenBLAS 1T | ratio 1T | Fovea 2T | OpenBLAS 2T | ratio 2T | Fovea 2T % of peak |"
    print "|---|---|---|---|---|---|---|---|"
    n = split(shapes, s, " ")
    for (i = 1; i <= n; i++) {
      f1 = g["fovea-vector", s[i], 1]; o1 = g["openblas", s[i], 1]
      f2 = g["fovea-vector", s[i], 2]; o2 = g["openblas", s[i], 2]
      printf "| %s | %.1f | %.1f | %.2f | %.1f | %.1f | %.2f | %.0f%% |\n", s[i], f1, o1, f1 / o1, f2, o2, f2 / o2, 100 * f2 / peak[2]
    }
  }' "$OUT/results.txt"
