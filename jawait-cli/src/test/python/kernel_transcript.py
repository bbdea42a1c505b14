"""Runs cells in the jawait Jupyter kernel and prints what a text front end would show of them.

Usage: python3 kernel_transcript.py CELLS.json  (a JSON list of cell sources; the kernelspec
`jawait` is found through JUPYTER_PATH). For each cell, in order: its stdout stream text, the
text of a `page` payload, then `Out[N]: text/plain` of its result; errors go to stderr. That is
what the terminal and piped front ends print, so the transcripts can be compared line by line.
"""
import json
import sys

from jupyter_client.manager import start_new_kernel


def main():
    cells = json.load(open(sys.argv[1], encoding="utf-8"))
    manager, client = start_new_kernel(kernel_name="jawait", startup_timeout=120)
    try:
        for cell in cells:
            run(client, cell)
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def run(client, code):
    msg_id = client.execute(code)
    reply = client.get_shell_msg(timeout=120)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = client.get_shell_msg(timeout=120)
    out, result = [], None
    while True:
        msg = client.get_iopub_msg(timeout=120)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "stream" and content["name"] == "stdout":
            out.append(content["text"])
        elif kind == "stream":
            sys.stderr.write(content["text"])
        elif kind == "execute_result":
            result = "Out[%d]: %s\n" % (content["execution_count"], content["data"]["text/plain"])
        elif kind == "error":
            sys.stderr.write("\n".join(content["traceback"]) + "\n")
        elif kind == "status" and content["execution_state"] == "idle":
            break
    for payload in reply["content"].get("payload", []):
        if payload.get("source") == "page":
            out.append(payload["data"]["text/plain"] + "\n")
    sys.stdout.write("".join(out) + (result or ""))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
