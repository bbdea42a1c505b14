"""Turns the raw figures of one bench/run-core run into the table (terminal, markdown, JSON).

Usage: python3 report.py RAW_DIR OUT_DIR JAVA
RAW_DIR holds *.jsonl lines written by the benchmarks and jmh.json; writes OUT_DIR/results.md and
OUT_DIR/results.json and prints the table.
"""
import glob
import json
import os
import platform
import subprocess
import sys
import time


def load(raw_dir):
    figures = {}
    for path in sorted(glob.glob(os.path.join(raw_dir, "*.jsonl"))):
        with open(path) as f:
            for line in f:
                if line.strip():
                    rec = json.loads(line)
                    figures[rec["id"]] = rec
    jmh = []
    jmh_path = os.path.join(raw_dir, "jmh.json")
    if os.path.exists(jmh_path):
        with open(jmh_path) as f:
            jmh = json.load(f)
    return figures, jmh


def fmt(value, unit):
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.3f} ms" if value < 10 else f"{value:.1f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ns":
        return f"{value:,.1f} ns"
    return f"{value} {unit}"


def ns(value):
    return f"{value:,.2f} ns" if value < 100 else f"{value:,.0f} ns"


def med(figures, ident):
    rec = figures.get(ident)
    return rec["median"] if rec and rec.get("n") else None


def rows_for(figures, jmh):
    rows = []

    def row(figure, what, measured, anchor_name, anchor, ratio, target, result):
        rows.append({"figure": figure, "what": what, "measured": measured, "anchor_name": anchor_name,
                     "anchor": anchor, "ratio": ratio, "target": target, "result": result})

    # 1. warm latency
    for name, label in (("trivial", "`1 + 1`"), ("await", "`await completedFuture(1)`"),
                        ("three-snippets", "3-snippet cell"), ("six-lines", "6-line cell")):
        j, s, ip = (med(figures, f"latency.{name}.{x}") for x in ("jawait", "jshell", "ipython"))
        if j is not None and s is not None:
            overhead = j - s
            ok = overhead <= max(0.10 * s, 1.0)
            context = name in ("three-snippets", "six-lines")
            row("1", f"warm {label}: Session.execute (overhead {overhead:+.2f} ms, {overhead / s:+.1%})",
                fmt(j, "ms"), "JShell API, local engine" + ({"three-snippets": " (3 evals)", "six-lines": " (6 evals)"}.get(name, "")), fmt(s, "ms"),
                f"{j / s:.2f}×", "context" if context else "overhead ≤ 10% or ≤ 1 ms",
                "—" if context else ("PASS" if ok else "FAIL"))
        if j is not None and ip is not None:
            row("1", f"warm {label}: jawait vs IPython run_cell", fmt(j, "ms"), "IPython run_cell",
                fmt(ip, "ms"), f"{j / ip:.0f}×", "context", "—")
    # 2. JMH
    scores = {b["benchmark"].rsplit(".", 1)[1]: b["primaryMetric"] for b in jmh}
    for prefix, label in (("completed", "completed future"), ("handoff", "handoff from another thread")):
        get = scores.get(prefix + "Get")
        for method in ("Await", "Get", "Join"):
            m = scores.get(prefix + method)
            if not m:
                continue
            call = {"Await": "Await.await(f)", "Get": "f.get()", "Join": "f.join()"}[method]
            err = m["scoreError"] if isinstance(m["scoreError"], (int, float)) else float("nan")
            row("2", f"JMH {label}: {call}", f"{ns(m['score'])} ± {ns(err)}",
                "f.get()", ns(get["score"]) if get else "—",
                f"{m['score'] / get['score']:.2f}×" if get else "—", "context", "—")
    # 3. gather
    j, ip = med(figures, "gather.jawait"), med(figures, "gather.ipython")
    if j is not None and ip is not None:
        row("3", "100k tasks × await sleep(10), gathered: jawait cell", fmt(j, "s"), "IPython asyncio.gather",
            fmt(ip, "s"), f"{ip / j:.1f}× faster", "≥ 5× faster than IPython",
            "PASS" if ip / j >= 5 else "FAIL")
    jf, ipf = med(figures, "gather.jawait.first"), med(figures, "gather.ipython.first")
    if jf is not None and ipf is not None:
        row("3", "same, first run in a fresh process (cold; 1 sample)", fmt(jf, "s"), "IPython, first run",
            fmt(ipf, "s"), f"{ipf / jf:.1f}× faster", "context", "—")
    for ident, name in (("gather.node", "Node REPL Promise.all"), ("gather.node-script", "Node script Promise.all")):
        a = med(figures, ident)
        if j is not None and a is not None:
            row("3", "100k tasks gathered: jawait vs " + name, fmt(j, "s"), name, fmt(a, "s"),
                f"{j / a:.2f}× the time", "context", "—")
    vt, jd = med(figures, "gather.vthreads"), med(figures, "gather.jawait-declared")
    for label, value in (("jawait cell (javac included)", j), ("jawait cell calling a method declared before", jd)):
        if value is not None and vt is not None:
            row("3", "100k tasks gathered: " + label, fmt(value, "s"), "plain virtual threads", fmt(vt, "s"),
                f"{value / vt:.2f}× the time", "≤ 1.5× virtual threads", "PASS" if value / vt <= 1.5 else "FAIL")
    floor = med(figures, "gather.jshell-vthreads")
    if floor is not None and vt is not None:
        row("3", "the JShell floor: the virtual-thread code typed into stock JShell (4 snippets)", fmt(floor, "s"),
            "plain virtual threads", fmt(vt, "s"), f"{floor / vt:.2f}× the time", "context", "—")
    # 4. interrupt
    for kind in ("loop", "recursion", "sleep", "get", "join", "await", "wait", "for-await", "finally-loop",
                 "catch-Throwable-loop", "swallowed-InterruptedException", "accept", "read", "lock"):
        rec = figures.get(f"interrupt.{kind}.jawait")
        stock = figures.get(f"interrupt.{kind}.jshell")
        zombies = figures.get(f"interrupt.{kind}.zombies")
        if not rec:
            continue
        if not rec.get("n"):
            row("4", f"interrupt → result, {kind}", rec["note"], "", "", "", "< 100 ms", "FAIL")
            continue
        clean = zombies is not None and zombies.get("n") and zombies["max"] == 0
        if stock and stock.get("n"):
            anchor = f"{fmt(stock['median'], 'ms')} (max {fmt(stock['max'], 'ms')})"
            ratio = f"{rec['median'] / stock['median']:.2f}×"
        else:
            anchor, ratio = (stock["note"] if stock else "—"), "—"
        row("4", f"interrupt → result, {kind} (median; max; zombies)",
            f"{fmt(rec['median'], 'ms')} (max {fmt(rec['max'], 'ms')}; {'0' if clean else 'some'})",
            "JShell.stop(), local engine", anchor, ratio, "max < 100 ms, 0 zombies",
            "PASS" if rec["max"] < 100 and clean else "FAIL")
    # 5. startup
    j = med(figures, "startup.jawait")
    for ident, name in (("startup.jshell", "jshell -q"), ("startup.jshell-local", "jshell -q --execution local"),
                        ("startup.ipython", "ipython -c")):
        a = med(figures, ident)
        if j is None or a is None:
            continue
        if ident == "startup.jshell":
            target, ok = "sooner than jshell (later issue)", j < a
        elif ident == "startup.ipython":
            target, ok = "≤ 2× IPython (later issue)", j <= 2 * a
        else:
            target, ok = "context", None
        row("5", "start → first result, `./jawait` (piped one-liner)", fmt(j, "s"), name, fmt(a, "s"),
            f"{j / a:.2f}×", target, "—" if ok is None else ("(would pass)" if ok else "(would fail)"))
    return rows


def machine(java):
    def cmd(argv):
        try:
            r = subprocess.run(argv, capture_output=True, text=True, timeout=30)
            return (r.stdout + r.stderr).strip().splitlines()[0]
        except Exception as e:  # noqa: BLE001 - informational only
            return f"unknown ({e})"
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    try:
        import IPython
        ipython = IPython.__version__
    except ImportError:
        ipython = "missing"
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"date": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "cpus": os.cpu_count(), "cpu": cpu,
            "memory_gib": round(mem, 1), "os": platform.platform(), "java": cmd([java, "-version"]),
            "python": platform.python_version(), "ipython": ipython, "node": cmd(["node", "--version"])}


def table(rows, markdown):
    head = ["fig", "what", "measured", "anchor", "anchor figure", "ratio", "target", "result"]
    cells = [[r["figure"], r["what"], r["measured"], r["anchor_name"], r["anchor"], r["ratio"], r["target"],
              r["result"]] for r in rows]
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in cells]
        return "\n".join(lines)
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(head)]
    fmt_row = lambda c: "  ".join(x.ljust(w) for x, w in zip(c, widths))  # noqa: E731
    return "\n".join([fmt_row(head), fmt_row(["-" * w for w in widths])] + [fmt_row(c) for c in cells])


def main():
    raw_dir, out_dir, java = sys.argv[1], sys.argv[2], sys.argv[3]
    figures, jmh = load(raw_dir)
    rows = rows_for(figures, jmh)
    info = machine(java)
    info_line = (f"{info['date']}; {info['cpus']} CPUs ({info['cpu']}), {info['memory_gib']} GiB; {info['os']}; "
                 f"{info['java']}; Python {info['python']}, IPython {info['ipython']}; Node {info['node']}")
    md = ["# jawait benchmark results (bench/run-core)", "", "Machine: " + info_line, "",
          "Medians; anchors measured in the same run. See BENCHMARKS.md for what each figure means.", "",
          table(rows, markdown=True), "", "## Raw figures", "", "| id | median | min | max | n | note |",
          "|---|---|---|---|---|---|"]
    for ident, rec in figures.items():
        if rec.get("n"):
            unit = rec["unit"]
            md.append(f"| {ident} | {fmt(rec['median'], unit)} | {fmt(rec['min'], unit)} | {fmt(rec['max'], unit)}"
                      f" | {rec['n']} | {rec['note']} |")
        else:
            md.append(f"| {ident} | — | — | — | 0 | {rec['note']} |")
    with open(os.path.join(out_dir, "results.md"), "w") as f:
        f.write("\n".join(md) + "\n")
    with open(os.path.join(out_dir, "results.json"), "w") as f:
        json.dump({"machine": info, "rows": rows, "figures": figures, "jmh": jmh}, f, indent=2)
    print("\nMachine: " + info_line + "\n")
    print(table(rows, markdown=False))
    print(f"\nWritten: {os.path.join(out_dir, 'results.md')}, {os.path.join(out_dir, 'results.json')}")


if __name__ == "__main__":
    main()
