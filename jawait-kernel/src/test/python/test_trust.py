"""Nothing lost, nothing run twice, nothing left behind (issue 12, findings 1, 4 and 5).

Every wait here ends on a message, a process exit or a line of output, never on a sleep; the
timeouts only turn a hang into a failure.
"""
import os
import select
import signal
import subprocess
import sys
import uuid

import pytest
from jupyter_client import BlockingKernelClient
from jupyter_client.connect import write_connection_file
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from jupyter_client.session import Session

from conftest import KERNEL_NAME, until_idle

TIMEOUT = 120


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


# --- 5. replayed messages -------------------------------------------------------------------------

@pytest.fixture
def logged_kernel(tmp_path):
    """A kernel whose log (its standard error) goes to a file: (manager, client, log path)."""
    log = tmp_path / "kernel.log"
    km = KernelManager(kernel_name=KERNEL_NAME)
    with open(log, "w") as sink:
        km.start_kernel(stderr=sink)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=TIMEOUT)
    yield km, kc, log
    kc.stop_channels()
    if km.is_alive():
        km.shutdown_kernel(now=True)


def test_a_replayed_request_is_refused_and_logged(logged_kernel):
    _, kc, log = logged_kernel
    assert run(kc, "int replays = 0;")[0]["content"]["status"] == "ok"
    msg = kc.session.msg("execute_request", {"code": "replays++;", "silent": False, "store_history": True,
                                             "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    frames = kc.session.serialize(msg)
    kc.shell_channel.socket.send_multipart(frames)
    kc.shell_channel.socket.send_multipart(frames)  # the same signed bytes again: a replay
    check = kc.execute("replays")
    replies = []
    while True:
        m = kc.get_shell_msg(timeout=TIMEOUT)
        replies.append(m["parent_header"].get("msg_id"))
        if replies[-1] == check:
            break
    assert replies.count(msg["header"]["msg_id"]) == 1, replies
    result = [m for m in until_idle(kc, check) if m["msg_type"] == "execute_result"]
    assert result[0]["content"]["data"]["text/plain"] == "1"
    assert "refused a replayed message" in log.read_text()


def test_a_flood_of_forged_messages_leaves_a_bounded_log(logged_kernel):
    km, kc, log = logged_kernel
    forger = Session(key=b"not-the-key")
    for _ in range(1000):
        forger.send(kc.shell_channel.socket, forger.msg("execute_request", {"code": "1"}))
    assert run(kc, '"after the flood"')[0]["content"]["status"] == "ok"  # shell answers in order: all were read
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    text = log.read_text()
    assert text.count("invalid signature") <= 11, text  # 10 lines, then one summary at shutdown
    assert "left out 990 repeated log lines" in text, text


# --- 4. the kernel follows its launcher -----------------------------------------------------------

LAUNCHER = """
import subprocess, sys, threading
from jupyter_client.manager import KernelManager
from jupyter_client.session import Session
km = KernelManager(kernel_name=sys.argv[1])
km.start_kernel(stdout=subprocess.DEVNULL, stderr=open(sys.argv[2], "w"))
kc = km.client()
kc.start_channels()
kc.wait_for_ready(timeout=120)
print(km.provisioner.process.pid, flush=True)
threading.Event().wait()
"""


def wait_for_exit(pid, timeout):
    """Whether process pid (not our child) ended within timeout seconds: waits on a pidfd."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        readable, _, _ = select.select([fd], [], [], timeout)
        return bool(readable)
    finally:
        os.close(fd)


def test_the_kernel_exits_when_the_process_that_started_it_is_killed(tmp_path):
    log = tmp_path / "kernel.log"
    launcher = subprocess.Popen([sys.executable, "-c", LAUNCHER, KERNEL_NAME, str(log)], stdout=subprocess.PIPE, text=True)
    try:
        pid = int(launcher.stdout.readline())
    finally:
        launcher.send_signal(signal.SIGKILL)  # as `kill -9` of jupyter console: no shutdown request
        launcher.wait()
    if not wait_for_exit(pid, TIMEOUT):
        os.kill(pid, signal.SIGKILL)
        pytest.fail(f"the kernel {pid} kept running after its launcher was killed:\n{log.read_text()}")
    assert "the process that started the kernel" in log.read_text()


def kernel_argv(connection_file):
    spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    return [connection_file if a == "{connection_file}" else a for a in spec.argv]


def test_a_kernel_without_launcher_exits_once_its_clients_have_left(tmp_path):
    connection_file = str(tmp_path / f"kernel-{uuid.uuid4().hex}.json")
    write_connection_file(connection_file, key=uuid.uuid4().hex.encode())
    env = {k: v for k, v in os.environ.items() if k != "JPY_PARENT_PID"}
    env["JAWAIT_KERNEL_ABANDONED_AFTER"] = "1"
    log = tmp_path / "kernel.log"
    with open(log, "w") as sink:
        kernel = subprocess.Popen(kernel_argv(connection_file), env=env, stdout=subprocess.DEVNULL, stderr=sink)
    try:
        kc = BlockingKernelClient(connection_file=connection_file)
        kc.load_connection_file()
        kc.start_channels(hb=False)  # without a manager, a heartbeat not yet answered would count as death
        kc.wait_for_ready(timeout=TIMEOUT)
        # connected for three grace periods: the kernel stays
        reply, msgs = run(kc, 'await sleep(3000); System.out.println("still here");')
        assert reply["content"]["status"] == "ok"
        assert stdout_text(msgs) == "still here\n"
        kc.stop_channels()
        assert kernel.wait(timeout=TIMEOUT) == 0
        assert "no client has been connected for 1 s" in log.read_text()
    finally:
        if kernel.poll() is None:
            kernel.kill()
