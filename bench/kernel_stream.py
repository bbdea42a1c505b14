#!/usr/bin/env python3
"""Stream throughput of a Jupyter kernel: print N lines in one cell, read every IOPub message.

Run with Debian's python3 (python3-jupyter-client); bench/kernel-stream.sh runs it for ipykernel
and jawait in the same run. For each N and round: time from execute_request sent until the cell's
`status: idle` arrived (every line was read by then: the reader consumes IOPub as it comes),
lines delivered, stream messages, and whether idle arrived at all (no IOPub message for --quiet
seconds counts as lost).

    kernel_stream.py --kernel python3 --lines 50000 1000000 --rounds 3 --json out.json
"""
import argparse
import json
import queue
import statistics
import sys
import time

from jupyter_client.manager import KernelManager

CODE = {
    "python": 'for i in range({n}): print("line", i)',
    "java": 'for (int i = 0; i < {n}; i++) System.out.println("line " + i);',
}


def one_cell(kc, code, quiet):
    t0 = time.perf_counter()
    msg_id = kc.execute(code)
    lines = messages = chars = 0
    first = None
    while True:
        try:
            m = kc.get_iopub_msg(timeout=quiet)
        except queue.Empty:
            return {"idle": False, "seconds": None, "lines": lines, "messages": messages, "chars": chars,
                    "first_output_s": first}
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        if m["msg_type"] == "stream":
            if first is None:
                first = time.perf_counter() - t0
            messages += 1
            chars += len(m["content"]["text"])
            lines += m["content"]["text"].count("\n")
        elif m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            return {"idle": True, "seconds": time.perf_counter() - t0, "lines": lines, "messages": messages,
                    "chars": chars, "first_output_s": first}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kernel", required=True)
    ap.add_argument("--lines", type=int, nargs="+", default=[50_000, 1_000_000])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--quiet", type=float, default=60.0, help="seconds without IOPub traffic that count as idle lost")
    ap.add_argument("--json")
    args = ap.parse_args()

    km = KernelManager(kernel_name=args.kernel)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    language = None
    kc.kernel_info()
    while language is None:
        m = kc.get_shell_msg(timeout=60)
        if m["msg_type"] == "kernel_info_reply":
            language = m["content"]["language_info"]["name"]
    template = CODE[language]
    results = {"kernel": args.kernel, "language": language, "runs": {}}
    try:
        one_cell(kc, template.format(n=1000), args.quiet)  # warm up (JIT, JShell's compiler)
        for n in args.lines:
            runs = [one_cell(kc, template.format(n=n), args.quiet) for _ in range(args.rounds)]
            results["runs"][str(n)] = runs
            times = [r["seconds"] for r in runs if r["idle"]]
            print(f"{args.kernel:>14} {n:>9} lines: median {statistics.median(times) if times else float('nan'):7.3f} s"
                  f" to idle | delivered {min(r['lines'] for r in runs):>9}..{max(r['lines'] for r in runs):<9}"
                  f" | stream messages {statistics.median(r['messages'] for r in runs):>7}"
                  f" | idle {sum(r['idle'] for r in runs)}/{len(runs)}", flush=True)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    sys.exit(main())
