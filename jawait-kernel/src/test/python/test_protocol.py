"""Own-client tests of the jawait kernel: interrupts, output routing, bad input, stdin, stop_on_error."""
import json
import re
import uuid

import pytest
from jupyter_client.session import Session

from conftest import collect as wait_for

TIMEOUT = 60


def run(kc, code, **kw):
    """Executes code; returns (reply, iopub messages of that request until idle)."""
    msg_id = kc.execute(code, **kw)
    return collect(kc, msg_id)


def collect(kc, msg_id, timeout=TIMEOUT):
    """conftest's collect with this file's shorter timeout."""
    return wait_for(kc, msg_id, timeout)



def until_stream(kc, text, timeout=TIMEOUT):
    """Every IOPub message up to and including the stream message that contains `text`."""
    got = []
    while True:
        m = kc.get_iopub_msg(timeout=timeout)
        got.append(m)
        if m["msg_type"] == "stream" and text in m["content"]["text"]:
            return got


def stdout(msgs):
    return "".join(m["content"]["text"] for m in msgs if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")


def test_maven_then_await_a_mono(kernel):
    """As a new user: %maven Reactor (progress streamed), then await a Mono."""
    km, kc = kernel
    import os
    coordinates = "io.projectreactor:reactor-core:" + os.environ.get("JAWAIT_REACTOR_VERSION", "3.8.8")
    reply, msgs = run(kc, "%maven " + coordinates)
    assert reply["content"]["status"] == "ok", reply["content"]
    text = "".join(m["content"]["text"] for m in msgs if m["msg_type"] == "stream")
    assert "Resolving " + coordinates in text, text
    assert "reactor-core-" in text, text
    reply, msgs = run(kc, 'import reactor.core.publisher.*;\nawait Mono.just("hi").delayElement(Duration.ofMillis(100))')
    assert reply["content"]["status"] == "ok", reply["content"]
    results = [m["content"]["data"]["text/plain"] for m in msgs if m["msg_type"] == "execute_result"]
    assert results == ['"hi"'], msgs


def test_interrupt_pending_await_cancels_it_and_leaves_no_zombie(kernel):
    km, kc = kernel
    run(kc, "1")  # warm up
    msg_id = kc.execute('System.out.println("waiting"); await sleep(1500); System.out.println("zombie");')
    until_stream(kc, "waiting")
    km.interrupt_kernel()
    reply, out = collect(kc, msg_id)
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "Interrupted"
    assert [m["msg_type"] for m in out if m["msg_type"] == "error"] == ["error"]
    # a task started after the interrupt prints when the zombie would have printed, and later
    run(kc, 'spawn(() -> { await sleep(2500); System.out.println("later"); });')
    later = until_stream(kc, "later")
    assert "zombie" not in stdout(later)
    reply, out = run(kc, "1 + 1")
    assert reply["content"]["status"] == "ok"
    assert [m["content"]["data"]["text/plain"] for m in out if m["msg_type"] == "execute_result"] == ["2"]


def test_interrupt_busy_loop(kernel):
    km, kc = kernel
    msg_id = kc.execute('System.out.println("looping"); long n = 0; while (true) { n++; }')
    until_stream(kc, "looping")
    km.interrupt_kernel()
    reply, _ = collect(kc, msg_id)
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "Interrupted"
    reply, out = run(kc, '"next"')
    assert reply["content"]["status"] == "ok"
    assert [m["content"]["data"]["text/plain"] for m in out if m["msg_type"] == "execute_result"] == ['"next"']


def test_later_interrupts_say_what_a_cell_that_cannot_stop_waits_for_then_abandon_it(kernel):
    km, kc = kernel
    reply, _ = run(kc, "var monitor = new Object(); var held = new java.util.concurrent.CountDownLatch(1);\n"
                       "Thread.ofPlatform().daemon().start(() -> { synchronized (monitor) { held.countDown();"
                       " while (true) { try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) { } } } });\n"
                       "held.await();")
    assert reply["content"]["status"] == "ok", reply["content"]
    # one block: no stop check between the marker and the wait for the monitor
    msg_id = kc.execute('{ System.out.println("entering"); synchronized (monitor) { System.out.println("zombie"); } }')
    until_stream(kc, "entering")
    km.interrupt_kernel()  # asks the cell to stop: a thread waiting for a monitor cannot
    km.interrupt_kernel()  # says what it waits for, under the cell
    km.interrupt_kernel()  # abandons it
    reply, out = collect(kc, msg_id)
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "Interrupted"
    stderr = "".join(m["content"]["text"] for m in out if m["msg_type"] == "stream" and m["content"]["name"] == "stderr")
    assert "is blocked entering a synchronized block" in stderr, out
    assert "Interrupt again to abandon it" in stderr, out
    assert "Abandoned the cell: the session goes on." in stdout(out), out
    assert "zombie" not in stdout(out)
    reply, out = run(kc, "1 + 1")
    assert [m["content"]["data"]["text/plain"] for m in out if m["msg_type"] == "execute_result"] == ["2"]


def test_background_output_goes_to_the_cell_that_spawned_it(kernel):
    _, kc = kernel
    first = kc.execute('spawn(() -> { await sleep(1200); System.out.println("from the first cell"); });')
    reply, _ = collect(kc, first)
    assert reply["content"]["status"] == "ok"
    second = kc.execute('await sleep(2500); System.out.println("from the second cell");')
    seen = []
    while True:
        m = kc.get_iopub_msg(timeout=TIMEOUT)
        seen.append(m)
        if (m["parent_header"].get("msg_id") == second and m["msg_type"] == "status"
                and m["content"]["execution_state"] == "idle"):
            break
    kc.get_shell_msg(timeout=TIMEOUT)
    streams = [(m["parent_header"].get("msg_id"), m["content"]["text"]) for m in seen if m["msg_type"] == "stream"]
    assert (first, "from the first cell\n") in streams, streams
    assert (second, "from the second cell\n") in streams, streams
    # it arrived while the second cell was busy
    order = [(m["parent_header"].get("msg_id"), m["msg_type"], m["content"].get("text")) for m in seen]
    busy = order.index((second, "status", None))
    background = next(i for i, o in enumerate(order) if o[2] == "from the first cell\n")
    assert background > busy


def test_forged_signature_is_ignored(kernel, tmp_path):
    _, kc = kernel
    marker = tmp_path / "forged"
    forged = Session(key=b"not-the-key", username="attacker")
    msg = forged.msg("execute_request", {"code": f'java.nio.file.Files.writeString(java.nio.file.Path.of("{marker}"), "x");',
                                         "silent": False, "store_history": True, "user_expressions": {},
                                         "allow_stdin": False, "stop_on_error": True})
    forged.send(kc.shell_channel.socket, msg)
    reply, _ = run(kc, '"still here"')  # a signed request after it is answered, and nothing else
    assert reply["content"]["status"] == "ok"
    assert not marker.exists()  # the shell answers in order: the forged message was dropped before


def send_raw(kc, header, content_bytes, parent=b"{}", metadata=b"{}"):
    s = kc.session
    parts = [json.dumps(header).encode() if isinstance(header, dict) else header, parent, metadata, content_bytes]
    kc.shell_channel.socket.send_multipart([b"<IDS|MSG>", s.sign(parts)] + parts)


def header(msg_type):
    return {"msg_id": uuid.uuid4().hex, "msg_type": msg_type, "username": "test", "session": kc_session_id,
            "date": "2024-01-01T00:00:00Z", "version": "5.3"}


kc_session_id = uuid.uuid4().hex


def reply_to(kc, msg_id):
    while True:
        m = kc.get_shell_msg(timeout=TIMEOUT)
        if m["parent_header"].get("msg_id") == msg_id:
            return m


def test_malformed_messages_get_errors_and_the_kernel_stays_up_and_in_order(kernel):
    _, kc = kernel
    send_raw(kc, b"{this is not json", b"{}")  # no header: logged, nothing to answer
    bad_json = header("execute_request")
    send_raw(kc, bad_json, b'{"code": "1 +')
    missing = header("execute_request")
    send_raw(kc, missing, b"{}")
    unknown = header("frobnicate_request")
    send_raw(kc, unknown, b"{}")
    huge = header("execute_request")
    send_raw(kc, huge, json.dumps({"code": "x" * (65 << 20)}).encode())
    fine = kc.execute("40 + 2")
    replies = [reply_to(kc, h["msg_id"]) for h in (bad_json, missing, unknown, huge)]
    assert [r["msg_type"] for r in replies] == ["execute_reply", "execute_reply", "frobnicate_reply", "execute_reply"]
    assert [r["content"]["status"] for r in replies] == ["error"] * 4
    assert [r["content"]["ename"] for r in replies] == ["BadMessage", "BadRequest", "UnknownMessageType", "BadMessage"]
    last = reply_to(kc, fine)
    assert last["content"]["status"] == "ok"


def test_input_request_round_trip(kernel):
    _, kc = kernel
    msg_id = kc.execute('var sc = new java.util.Scanner(System.in); System.out.println("got " + sc.nextLine());',
                        allow_stdin=True)
    request = kc.get_stdin_msg(timeout=TIMEOUT)
    assert request["msg_type"] == "input_request"
    assert request["parent_header"]["msg_id"] == msg_id
    kc.input("hello")
    reply, out = collect(kc, msg_id)
    assert reply["content"]["status"] == "ok"
    assert stdout(out) == "got hello\n"


def test_stdin_not_allowed_reads_end_of_input(kernel):
    _, kc = kernel
    reply, out = run(kc, "System.in.read()", allow_stdin=False)
    assert reply["content"]["status"] == "ok"
    assert [m["content"]["data"]["text/plain"] for m in out if m["msg_type"] == "execute_result"] == ["-1"]


def test_stop_on_error_aborts_queued_cells(kernel):
    _, kc = kernel
    failing = kc.execute('await sleep(300); throw new RuntimeException("first");')
    queued = [kc.execute('System.out.println("must not run");') for _ in range(2)]
    assert reply_to(kc, failing)["content"]["status"] == "error"
    assert [reply_to(kc, q)["content"]["status"] for q in queued] == ["aborted", "aborted"]
    reply, out = run(kc, '"runs again"')
    assert reply["content"]["status"] == "ok"


def test_error_names(kernel):
    _, kc = kernel
    reply, _ = run(kc, "int x = ;")
    assert reply["content"]["ename"] == "CompileError"
    reply, _ = run(kc, "await CompletableFuture.failedFuture(new java.io.IOException(\"disk\"))")
    assert reply["content"]["ename"] == "java.io.IOException"
    assert reply["content"]["evalue"] == "disk"
    assert any("IOException" in line for line in reply["content"]["traceback"])


def test_display_update_by_id_and_html(kernel):
    _, kc = kernel
    reply, out = run(kc, 'display("first", "counter"); updateDisplay("second", "counter");')
    assert reply["content"]["status"] == "ok"
    shown = [(m["msg_type"], m["content"]["data"]["text/plain"], m["content"]["transient"].get("display_id"))
             for m in out if m["msg_type"] in ("display_data", "update_display_data")]
    assert shown == [("display_data", '"first"', "counter"), ("update_display_data", '"second"', "counter")]


def test_silent_and_user_expressions(kernel):
    _, kc = kernel
    count = run(kc, "int base = 20;")[0]["content"]["execution_count"]
    reply, out = run(kc, "base + 1", silent=True)
    assert [m["msg_type"] for m in out] == ["status"]  # busy, then nothing: no execute_input, no result
    assert reply["content"]["execution_count"] == count
    reply, _ = run(kc, "int more = 2;", user_expressions={"sum": "base + more", "bad": "nope("})
    exprs = reply["content"]["user_expressions"]
    assert exprs["sum"]["data"]["text/plain"] == "22"
    assert exprs["bad"]["status"] == "error"


def test_is_complete_indent(kernel):
    _, kc = kernel
    reply = reply_to(kc, kc.is_complete("if (true) {\n    int a = 1;\n    while (a < 3) {"))
    assert reply["content"] == {"status": "incomplete", "indent": "        "}


def test_restart_then_shutdown():
    from jupyter_client.manager import start_new_kernel
    from conftest import KERNEL_NAME

    km, kc = start_new_kernel(kernel_name=KERNEL_NAME, startup_timeout=60)
    try:
        assert run(kc, "int kept = 1;")[0]["content"]["status"] == "ok"
        km.restart_kernel(now=False)
        kc.wait_for_ready(timeout=60)
        reply, _ = run(kc, "kept")
        assert reply["content"]["status"] == "error"  # a fresh session
        assert reply["content"]["execution_count"] == 1
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    assert not km.is_alive()


def test_a_failure_nobody_awaited_is_reported_once_under_the_cell_that_spawned_it(kernel):
    _, kc = kernel
    first = kc.execute('var gate = new CompletableFuture<Void>();\n'
                       'var doomed = spawn(() -> { await gate; throw new IllegalStateException("kaboom"); });')
    reply, _ = collect(kc, first)
    assert reply["content"]["status"] == "ok"
    second = kc.execute('gate.complete(null); while (!doomed.isDone()) Thread.onSpinWait();')
    seen = []
    while not any(m["msg_type"] == "stream" and "kaboom" in m["content"]["text"] for m in seen):
        seen.append(kc.get_iopub_msg(timeout=TIMEOUT))
    report = next(m for m in seen if m["msg_type"] == "stream" and "kaboom" in m["content"]["text"])
    assert report["parent_header"]["msg_id"] == first, "under the spawning cell"
    assert report["content"]["name"] == "stderr"
    text = report["content"]["text"]
    assert "failed, and nobody awaited it:\njava.lang.IllegalStateException: kaboom\n    at <lambda> (In[" in text, text
    assert "dev.jawait" not in text
    collect(kc, second)
    reply, out = run(kc, "doomed")
    shown = [m["content"]["data"]["text/plain"] for m in out if m["msg_type"] == "execute_result"]
    assert len(shown) == 1 and re.fullmatch(r"Task-\d+\[failed: IllegalStateException: kaboom]", shown[0]), shown
    assert not any("kaboom" in m["content"].get("text", "") for m in out if m["msg_type"] == "stream"), "reported once"


def test_tasks_is_an_html_table_in_jupyter(kernel):
    _, kc = kernel
    reply, _ = run(kc, 'var pending = spawn(() -> await new CompletableFuture<String>());')
    assert reply["content"]["status"] == "ok"
    reply, out = run(kc, "%tasks")
    shown = [m["content"]["data"] for m in out if m["msg_type"] == "display_data"]
    assert len(shown) == 1, out
    assert shown[0]["text/html"].startswith('<table class="jawait-tasks">'), shown
    assert "await CompletableFuture" in shown[0]["text/html"] or "pending" in shown[0]["text/html"], shown
    assert "waiting on" in shown[0]["text/plain"], shown
    run(kc, "%tasks cancel all")



def test_a_client_that_leaves_before_its_replies_does_not_stall_the_kernel(kernel):
    """Notebook 6's restart: it nudges the new kernel with kernel_info_requests on transient shell
    and control sockets and closes both at the first answer, while the kernel is still answering.
    A reply to a client that has left used to wait for it forever, and the kernel read nothing more."""
    km, kc = kernel
    for connect in (km.connect_shell, km.connect_control):
        transient = connect(identity=uuid.uuid4().hex.encode())
        for _ in range(50):
            km.session.send(transient, "kernel_info_request")
        transient.close(linger=5000)  # the requests go out; the client does not wait for the replies
    reply = kc.kernel_info(reply=True, timeout=TIMEOUT)  # shell still answers the clients that stayed
    assert reply["content"]["status"] == "ok"
    control = km.connect_control()
    try:
        km.session.send(control, "kernel_info_request")
        assert control.poll(TIMEOUT * 1000), "control did not answer after a client left it"
    finally:
        control.close(linger=0)


def test_complete_reply_says_what_each_match_is(kernel):
    """metadata._jupyter_types_experimental, as IPython sends it: JupyterLab and Notebook 7 show the type."""
    _, kc = kernel
    reply, _ = run(kc, 'String greeting = "hi";\nrecord Point(int x) {}')
    assert reply["content"]["status"] == "ok", reply["content"]

    def types(code):
        content = reply_to(kc, kc.complete(code, len(code)))["content"]
        found = content["metadata"]["_jupyter_types_experimental"]
        assert [t["text"] for t in found] == content["matches"]
        assert all((t["start"], t["end"]) == (content["cursor_start"], content["cursor_end"]) for t in found)
        return {t["text"]: t["type"] for t in found}

    assert types("greeting.len")["length()"] == "method"
    assert types("gree")["greeting"] == "variable"
    assert types("Poi")["Point"] == "class"
    assert types("String.cla")["class"] == "keyword"  # JShell offers no other keyword
    assert types("new Stri")["String("] == "class"  # a constructor
    assert types("Integer.MAX_")["MAX_VALUE"] == "field"
    assert types("greeting.chars().cou")["count()"] == "method"
    assert types("%mave")["maven"] == "magic"
