#!/usr/bin/env bash
# Kernel latency, jawait against ipykernel in the same run, measured by the shared tool
# ../shared/tools/kernel_latency.py with Debian's python3 (python3-jupyter-client, python3-ipykernel).
#   bench/kernel-latency.sh [STARTS] [N]       figures and JSON go to bench-results/kernel/
set -euo pipefail
STARTS="${1:-5}"
N="${2:-200}"
# shellcheck source=kernel-spec.sh
source "$(dirname "${BASH_SOURCE[0]}")/kernel-spec.sh"
TOOL="${KERNEL_LATENCY:-$ROOT/../shared/tools/kernel_latency.py}"

echo "== ipykernel"
/usr/bin/python3 "$TOOL" --kernel python3 --starts "$STARTS" --n "$N" --code '1+1' --json "$OUT/ipykernel.json"
echo "== jawait"
/usr/bin/python3 "$TOOL" --kernel jawait-bench --starts "$STARTS" --n "$N" --code 'int x = 1 + 1;' --json "$OUT/jawait.json"
/usr/bin/python3 - "$OUT/ipykernel.json" "$OUT/jawait.json" <<'PY'
import json, sys
ipy, jw = (json.load(open(p)) for p in sys.argv[1:3])
ratio = jw["start_to_ready_ms"]["p50"] / ipy["start_to_ready_ms"]["p50"]
rt = jw["execute_reply_ms"]["p50"]
print(f"ready (wait_for_ready) p50: jawait {jw['start_to_ready_ms']['p50']:.0f} ms, ipykernel "
      f"{ipy['start_to_ready_ms']['p50']:.0f} ms, ratio {ratio:.2f} (target <= 1.5)")
print(f"first kernel_info_reply p50: jawait {jw['first_kernel_info_reply_ms']['p50']:.0f} ms, ipykernel "
      f"{ipy['first_kernel_info_reply_ms']['p50']:.0f} ms")
print(f"execute_request -> execute_reply p50: jawait {rt:.2f} ms, ipykernel {ipy['execute_reply_ms']['p50']:.2f} ms"
      f" (target < 25 ms)")
PY
