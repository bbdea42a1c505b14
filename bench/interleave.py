"""Figure 3, interleaved: alternates the jawait, IPython and Node gather runs round by round, so
that load on a shared machine hits every contender alike.

Usage: python3 interleave.py OUT.jsonl WARM RUNS JAVA CLASSPATH JVM_OPTION...
Each contender is a long-lived server process (see GatherBench, ipython_bench.py gather-serve,
node_gather.mjs) answering a command line with the seconds one run took.
"""
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NOTES = {
    "gather.jawait": "jawait Session, one cell: spawn 100k x (await sleep(10)), await gather",
    "gather.jawait-declared": "jawait Session, one cell calling gatherAll(100_000), the same code declared once as a method",
    "gather.vthreads": "plain Java: 100k Thread.ofVirtual() x Thread.sleep(10), joined",
    "gather.jshell-vthreads": "stock JShell (local engine): the plain virtual-thread code typed as 4 snippets (the JShell floor)",
    "gather.ipython": "IPython run_cell, autoawait: await asyncio.gather of 100k asyncio.sleep(0.01)",
    "gather.node": "Node REPL (repl module in-process, as node -i): await Promise.all of 100k setTimeout(10)",
    "gather.node-script": "Node, plain script code: the same Promise.all",
}


class Server:
    def __init__(self, argv):
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        line = self.proc.stdout.readline().strip()
        if line != "ready":
            raise SystemExit(f"{argv[0]}: did not start ({line!r})")

    def run(self, command):
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline().strip()
        if not line:
            raise SystemExit(f"{command}: server died (rc={self.proc.wait()})")
        return float(line)

    def close(self, command):
        try:
            self.proc.stdin.write(command + "\n")
            self.proc.stdin.close()
        except BrokenPipeError:
            pass
        self.proc.wait(timeout=30)


def main():
    out, warm, runs, java, classpath, jvm_options = (sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4],
                                                     sys.argv[5], sys.argv[6:])
    java_server = Server([java, *jvm_options, "-cp", classpath, "dev.jawait.bench.GatherBench"])
    python_server = Server([sys.executable, os.path.join(HERE, "ipython_bench.py"), "gather-serve"])
    node_server = Server(["node", os.path.join(HERE, "node_gather.mjs")])
    contenders = [("gather.jawait", java_server, "jawait"), ("gather.ipython", python_server, "gather"),
                  ("gather.node", node_server, "repl"), ("gather.vthreads", java_server, "vthreads"),
                  ("gather.jawait-declared", java_server, "jawait-declared"),
                  ("gather.jshell-vthreads", java_server, "jshell-vthreads"),
                  ("gather.node-script", node_server, "script")]
    samples = {ident: [] for ident, _, _ in contenders}
    first = {}
    for i in range(warm + runs):
        order = contenders[i % len(contenders):] + contenders[:i % len(contenders)]  # rotate the order
        for ident, server, command in order:
            seconds = server.run(command)
            if i >= warm:
                samples[ident].append(seconds)
            elif i == 0:
                first[ident] = seconds
    java_server.close("quit")
    python_server.close("quit")
    node_server.close("quit")
    with open(out, "a") as f:
        for ident, values in samples.items():
            values.sort()
            rec = {"id": ident, "unit": "s", "n": len(values), "median": statistics.median(values),
                   "min": values[0], "max": values[-1], "note": NOTES[ident]}
            print(f"  {ident:34} median {rec['median']:10.3f} s  (min {values[0]:.3f}, max {values[-1]:.3f},"
                  f" n={len(values)}) {rec['note']}", file=sys.stderr)
            f.write(json.dumps(rec) + "\n")
        for ident in ("gather.jawait", "gather.ipython"):
            if ident in first:
                rec = {"id": ident + ".first", "unit": "s", "n": 1, "median": first[ident], "min": first[ident],
                       "max": first[ident], "note": "first (warm-up) run in a fresh process: " + NOTES[ident]}
                print(f"  {rec['id']:34} {first[ident]:10.3f} s  {rec['note']}", file=sys.stderr)
                f.write(json.dumps(rec) + "\n")


if __name__ == "__main__":
    main()
