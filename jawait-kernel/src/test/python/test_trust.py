"""Nothing lost (issue 12, finding 1).

Every wait here ends on a message, a process exit or a line of output, never on a sleep; the
timeouts only turn a hang into a failure.
"""

TIMEOUT = 120


def until_idle(kc, msg_id):
    """The IOPub messages of request msg_id up to its idle status (which must come)."""
    out = []
    while True:
        m = kc.get_iopub_msg(timeout=TIMEOUT)
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            return out
        out.append(m)


def reply_to(kc, msg_id):
    while True:
        m = kc.get_shell_msg(timeout=TIMEOUT)
        if m["parent_header"].get("msg_id") == msg_id:
            return m


def run(kc, code):
    msg_id = kc.execute(code)
    reply = reply_to(kc, msg_id)
    return reply, until_idle(kc, msg_id)


def stdout_text(msgs):
    return "".join(m["content"]["text"] for m in msgs if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")


# --- 1. output: every line, and idle, in few messages ------------------------------------------

def test_a_million_printed_lines_all_arrive_in_order_and_idle_too(kernel):
    _, kc = kernel
    n = 1_000_000
    msg_id = kc.execute(f'for (int i = 0; i < {n}; i++) System.out.println("line " + i);')
    msgs = until_idle(kc, msg_id)  # the idle status came, or this raised
    assert reply_to(kc, msg_id)["content"]["status"] == "ok"
    streams = [m for m in msgs if m["msg_type"] == "stream"]
    lines = stdout_text(msgs).splitlines()
    assert len(lines) == n, f"{len(lines)} of {n} lines arrived"
    assert lines == [f"line {i}" for i in range(n)]
    assert len(streams) <= n // 100, f"{len(streams)} stream messages for {n} lines: output is not coalesced"


def test_stdout_and_stderr_keep_their_order_within_a_cell(kernel):
    _, kc = kernel
    _, msgs = run(kc, 'System.out.println("a"); System.err.println("b"); System.out.println("c");')
    streams = [(m["content"]["name"], m["content"]["text"]) for m in msgs if m["msg_type"] == "stream"]
    assert streams == [("stdout", "a\n"), ("stderr", "b\n"), ("stdout", "c\n")]


def test_output_printed_before_a_display_comes_before_it(kernel):
    _, kc = kernel
    _, msgs = run(kc, 'System.out.println("before"); display("shown"); System.out.println("after");')
    kinds = [(m["msg_type"], m["content"].get("text")) for m in msgs if m["msg_type"] in ("stream", "display_data")]
    assert kinds == [("stream", "before\n"), ("display_data", None), ("stream", "after\n")]
