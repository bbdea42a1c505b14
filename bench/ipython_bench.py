"""IPython anchors, in-process: warm run_cell latency and the 100k-task asyncio.gather cell.

Usage: python3 ipython_bench.py latency OUT.jsonl WARM ROUNDS  (appends JSON lines, as the Java benchmarks do)
       python3 ipython_bench.py gather-serve                  (a server for bench/interleave.py)
"""
import gc
import json
import os
import statistics
import sys
import time

from IPython.core.interactiveshell import InteractiveShell
from traitlets.config import Config


def shell():
    config = Config()
    config.HistoryManager.hist_file = ":memory:"  # no sqlite file on disk
    return InteractiveShell.instance(config=config)


def run(ip, cell):
    result = ip.run_cell(cell)
    if not result.success:
        raise SystemExit(f"IPython: {cell!r} failed: {result.error_before_exec or result.error_in_exec}")
    return result


def record(out, ident, unit, samples, note):
    samples = sorted(samples)
    line = {"id": ident, "unit": unit, "n": len(samples), "median": statistics.median(samples),
            "min": samples[0], "max": samples[-1], "note": note}
    print(f"  {ident:34} median {line['median']:10.3f} {unit}  (min {samples[0]:.3f}, max {samples[-1]:.3f},"
          f" n={len(samples)}) {note}", file=sys.stderr)
    with open(out, "a") as f:
        f.write(json.dumps(line) + "\n")


def timed(ip, cell, sink):
    sys.stdout = sink  # displayhook writes Out[...] here
    try:
        t0 = time.perf_counter()
        run(ip, cell)
        return time.perf_counter() - t0
    finally:
        sys.stdout = sys.__stdout__


def latency(out, warm, rounds):
    ip = shell()
    run(ip, "import asyncio")
    cells = {"trivial": "1+1", "await": "await asyncio.sleep(0)"}
    samples = {name: [] for name in cells}
    with open(os.devnull, "w") as sink:
        for i in range(warm + rounds):
            for name, cell in cells.items():
                t = timed(ip, cell, sink)
                if i >= warm:
                    samples[name].append(t * 1e3)
    for name, cell in cells.items():
        record(out, f"latency.{name}.ipython", "ms", samples[name], f"run_cell({cell!r}) in-process")


def gather_serve():
    """Server for bench/interleave.py: prints ready, answers each `gather` line with seconds."""
    ip = shell()
    run(ip, "import asyncio")
    cell = "len(await asyncio.gather(*[asyncio.sleep(0.01) for _ in range(100_000)]))"
    print("ready", flush=True)
    with open(os.devnull, "w") as sink:
        for line in sys.stdin:
            if line.strip() != "gather":
                break
            gc.collect()
            print(f"{timed(ip, cell, sink):.6f}", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "gather-serve":
        gather_serve()
    else:
        latency(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
