#!/usr/bin/env bash
# Kernel stream throughput, jawait against ipykernel in the same run: one cell prints N lines
# ("line 0" … "line N-1"), a jupyter_client reader counts every line and waits for the cell's idle.
#   bench/kernel-stream.sh [ROUNDS] [LINES…]      default: 3 rounds of 50,000 and 1,000,000 lines
# Figures print as they come; JSON goes to bench-results/kernel/stream-*.json.
set -euo pipefail
ROUNDS="${1:-3}"
shift || true
LINES=("${@:-50000 1000000}")
# shellcheck source=kernel-spec.sh
source "$(dirname "${BASH_SOURCE[0]}")/kernel-spec.sh"

echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2068
/usr/bin/python3 "$ROOT/bench/kernel_stream.py" --kernel python3 --rounds "$ROUNDS" --lines ${LINES[@]} \
  --json "$OUT/stream-ipykernel.json"
# shellcheck disable=SC2068
/usr/bin/python3 "$ROOT/bench/kernel_stream.py" --kernel jawait-bench --rounds "$ROUNDS" --lines ${LINES[@]} \
  --json "$OUT/stream-jawait.json"
/usr/bin/python3 - "$OUT/stream-ipykernel.json" "$OUT/stream-jawait.json" <<'PY'
import json, statistics, sys
ipy, jw = (json.load(open(p)) for p in sys.argv[1:3])
print("\n| lines | ipykernel: to idle (p50) | msgs | delivered, idle | jawait: to idle (p50) | msgs | delivered, idle | ratio |")
print("|---|---|---|---|---|---|---|---|")
for n in ipy["runs"]:
    row = [f"{int(n):,}"]
    medians = []
    for res in (ipy, jw):
        runs = res["runs"][n]
        times = [r["seconds"] for r in runs if r["idle"]]
        med = statistics.median(times) if times else float("nan")
        medians.append(med)
        all_lines = all(r["lines"] == int(n) for r in runs)
        row += [f"{med:.3f} s", f"{statistics.median(r['messages'] for r in runs):g}",
                f"{'all' if all_lines else 'LOST ' + str(min(r['lines'] for r in runs))}, "
                f"{sum(r['idle'] for r in runs)}/{len(runs)}"]
    row.append(f"{medians[1] / medians[0]:.2f}x")
    print("| " + " | ".join(row) + " |")
PY
