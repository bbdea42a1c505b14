"""Figure 5: start to first result of a one-line cell, per command, interleaved round-robin.

Usage: python3 startup.py OUT.jsonl WARM ROUNDS ROOT JSHELL
Times each process from spawn until its stdout shows 4242 (first result) and until it exits.
Appends JSON lines in the same format as the Java benchmarks.
"""
import json
import os
import statistics
import subprocess
import sys
import time


def commands(root, jshell):
    line = b"System.out.println(4242)\n"
    return [
        ("startup.jawait", [os.path.join(root, "jawait")], line, "printf 'System.out.println(4242)\\n' | ./jawait"),
        ("startup.jshell", [jshell, "-q"], line, "... | jshell -q (JDK 25, default JDI engine)"),
        ("startup.jshell-local", [jshell, "-q", "--execution", "local"], line, "... | jshell -q --execution local"),
        ("startup.ipython", ["ipython", "-c", "print(4242)"], b"", "ipython -c 'print(4242)' (pyenv)"),
    ]


def once(argv, stdin_bytes):
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(stdin_bytes)
    proc.stdin.close()
    seen, first = b"", None
    while True:
        chunk = os.read(proc.stdout.fileno(), 65536)
        if not chunk:
            break
        seen += chunk
        if first is None and b"4242" in seen:
            first = time.perf_counter() - t0
    err = proc.stderr.read()
    proc.wait()
    total = time.perf_counter() - t0
    if first is None or proc.returncode != 0 or b"building" in err:
        raise SystemExit(f"{argv}: rc={proc.returncode} stdout={seen!r} stderr={err[-500:]!r}")
    return first, total


def record(out, ident, samples, note):
    samples = sorted(samples)
    line = {"id": ident, "unit": "s", "n": len(samples), "median": statistics.median(samples),
            "min": samples[0], "max": samples[-1], "note": note}
    print(f"  {ident:34} median {line['median']:10.3f} s  (min {samples[0]:.3f}, max {samples[-1]:.3f},"
          f" n={len(samples)}) {note}", file=sys.stderr)
    with open(out, "a") as f:
        f.write(json.dumps(line) + "\n")


def main():
    out, warm, rounds, root, jshell = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
    cmds = commands(root, jshell)
    first = {c[0]: [] for c in cmds}
    total = {c[0]: [] for c in cmds}
    for i in range(warm + rounds):
        for ident, argv, stdin_bytes, _ in cmds:
            f, t = once(argv, stdin_bytes)
            if i >= warm:
                first[ident].append(f)
                total[ident].append(t)
    for ident, _, _, note in cmds:
        record(out, ident, first[ident], "first result: " + note)
        record(out, ident + ".exit", total[ident], "until exit: " + note)


if __name__ == "__main__":
    main()
