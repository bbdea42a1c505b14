"""Comms (messaging spec, "Custom Messages") and widgets over a real jupyter_client: both directions."""
import uuid

from conftest import until_idle
from test_protocol import run, collect

TIMEOUT = 60


def send(kc, msg_type, content):
    """Sends a message on shell (no reply expected); returns its msg_id."""
    msg = kc.session.msg(msg_type, content)
    kc.shell_channel.send(msg)
    return msg["header"]["msg_id"]


def comm_info(kc, target=None):
    msg_id = kc.comm_info(target)
    reply = None
    while reply is None:
        m = kc.get_shell_msg(timeout=TIMEOUT)
        if m["parent_header"].get("msg_id") == msg_id:
            reply = m
    until_idle(kc, msg_id)
    assert reply["content"]["status"] == "ok", reply["content"]
    return reply["content"]["comms"]


def iopub_of(kc, msg_id):
    """The IOPub messages whose parent is msg_id, up to its idle status."""
    return until_idle(kc, msg_id, TIMEOUT)


def until_comm(kc, msg_type, pred=lambda m: True):
    """IOPub messages until one of msg_type matching pred; returns that one."""
    while True:
        m = kc.get_iopub_msg(timeout=TIMEOUT)
        if m["msg_type"] == msg_type and pred(m):
            return m


def stdout(msgs):
    return "".join(m["content"]["text"] for m in msgs if m["msg_type"] == "stream")


def ok(kc, code):
    reply, msgs = run(kc, code)
    assert reply["content"]["status"] == "ok", (reply["content"], msgs)
    return msgs


def test_a_comm_opened_by_the_front_end_round_trips(kernel):
    km, kc = kernel
    ok(kc, "import dev.jawait.comm.*;")
    assert comm_info(kc) == {}
    ok(kc, 'Comms.registerTarget("echo", (comm, data) -> {\n'
           '    comm.onMessage(d -> comm.send(Map.of("echo", d, "opened_with", data)));\n'
           '    comm.onClose(d -> System.out.println("closed " + d));\n'
           '});')
    cid = uuid.uuid4().hex
    open_id = send(kc, "comm_open", {"comm_id": cid, "target_name": "echo", "data": {"a": 1}})
    iopub_of(kc, open_id)
    assert comm_info(kc) == {cid: {"target_name": "echo"}}
    assert comm_info(kc, "echo") == {cid: {"target_name": "echo"}}
    assert comm_info(kc, "other") == {}
    msg_id = send(kc, "comm_msg", {"comm_id": cid, "data": {"x": [1, "two", None]}})
    answer = until_comm(kc, "comm_msg", lambda m: m["content"]["comm_id"] == cid)
    assert answer["content"]["data"] == {"echo": {"x": [1, "two", None]}, "opened_with": {"a": 1}}
    assert answer["parent_header"]["msg_id"] == msg_id, "a reply from a handler belongs to the comm_msg it handles"
    close_id = send(kc, "comm_close", {"comm_id": cid, "data": {"bye": True}})
    iopub_of(kc, close_id)
    assert comm_info(kc) == {}


def test_a_comm_to_an_unknown_target_is_closed(kernel):
    km, kc = kernel
    cid = uuid.uuid4().hex
    open_id = send(kc, "comm_open", {"comm_id": cid, "target_name": "no.such.target", "data": {}})
    closed = until_comm(kc, "comm_close", lambda m: m["content"]["comm_id"] == cid)
    assert closed["parent_header"]["msg_id"] == open_id
    assert comm_info(kc) == {}


def test_a_comm_opened_from_java_sends_receives_and_closes(kernel):
    km, kc = kernel
    ok(kc, "import dev.jawait.comm.*;")
    reply, msgs = run(kc, 'var c = Comms.open("from.java", Map.of("n", 1));\n'
                          'var got = new java.util.concurrent.CompletableFuture<Map<String, Object>>();\n'
                          'c.onMessage(got::complete);\nc.send(Map.of("hello", "front end"));')
    cell = reply["parent_header"]["msg_id"]
    opened = [m for m in msgs if m["msg_type"] == "comm_open"]
    assert len(opened) == 1 and opened[0]["content"]["target_name"] == "from.java", msgs
    assert opened[0]["content"]["data"] == {"n": 1}
    assert opened[0]["parent_header"]["msg_id"] == cell, "a comm opened by a cell belongs to that cell"
    cid = opened[0]["content"]["comm_id"]
    sent = [m for m in msgs if m["msg_type"] == "comm_msg"]
    assert [m["content"] for m in sent] == [{"comm_id": cid, "data": {"hello": "front end"}}]
    assert comm_info(kc, "from.java") == {cid: {"target_name": "from.java"}}
    send(kc, "comm_msg", {"comm_id": cid, "data": {"answer": 42}})
    msgs = ok(kc, 'System.out.println(await got); c.close();')
    assert "{answer=42}" in stdout(msgs)
    assert [m["content"]["comm_id"] for m in msgs if m["msg_type"] == "comm_close"] == [cid]
    assert comm_info(kc, "from.java") == {}


def widget_opens(msgs, model):
    return [m for m in msgs if m["msg_type"] == "comm_open" and m["content"]["data"].get("_model_name") == model]


def test_a_slider_syncs_both_ways_without_echo(kernel):
    km, kc = kernel
    ok(kc, "import dev.jawait.widgets.*;")
    reply, msgs = run(kc, 'var s = new IntSlider(0, 10, 3);\nvar seen = new java.util.ArrayList<Integer>();\n'
                          's.onChange(seen::add);\ndisplay(s);')
    assert reply["content"]["status"] == "ok", reply["content"]
    [slider] = widget_opens(msgs, "IntSliderModel")
    state = slider["content"]["data"]
    assert slider["content"]["target_name"] == "jupyter.widget"
    assert state["_view_name"] == "IntSliderView" and state["_model_module"] == "jupyter-js-widgets"
    assert state["_model_module_version"] == "~2.1.4"
    assert (state["value"], state["min"], state["max"], state["description"]) == (3, 0, 10, "")
    layout = state["layout"].removeprefix("IPY_MODEL_")
    assert widget_opens(msgs, "LayoutModel")[0]["content"]["comm_id"] == layout, "the layout model opens first"
    sid = slider["content"]["comm_id"]
    after = msgs[msgs.index(slider):]
    assert any(m["msg_type"] == "comm_msg" and m["content"]["data"] == {"method": "display"} for m in after)
    shown = [m for m in msgs if m["msg_type"] == "display_data"]
    assert [m["content"]["data"]["application/vnd.jupyter.widget-view+json"]["model_id"] for m in shown] == [sid]
    # the front end moves it: Java sees the value, no update is echoed back
    update_id = send(kc, "comm_msg", {"comm_id": sid, "data": {"method": "backbone", "sync_data": {"value": 7}}})
    echoed = iopub_of(kc, update_id)
    assert [m for m in echoed if m["msg_type"] == "comm_msg"] == [], echoed
    msgs = ok(kc, 'System.out.println(s.value() + " " + seen);')
    assert stdout(msgs) == "7 [7]\n"
    # Java moves it: one update to the front end, under the cell
    reply, msgs = run(kc, "s.setValue(9);")
    updates = [m for m in msgs if m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == sid]
    assert [m["content"]["data"] for m in updates] == [{"method": "update", "state": {"value": 9}, "buffers": []}]
    assert updates[0]["parent_header"]["msg_id"] == reply["parent_header"]["msg_id"]


def test_awaiting_a_click_while_the_cell_runs(kernel):
    """The shell loop reads comm messages while a cell awaits: a click completes await button.nextClick()."""
    km, kc = kernel
    ok(kc, "import dev.jawait.widgets.*;")
    msgs = ok(kc, 'var b = new Button("Go");\nb')
    [button] = widget_opens(msgs, "ButtonModel")
    bid = button["content"]["comm_id"]
    assert [m["content"]["data"] for m in msgs if m["msg_type"] == "display_data"] == [
        {"text/plain": 'Button(description="Go")',  # no widget front end has checked the version yet
         "application/vnd.jupyter.widget-view+json": {"model_id": bid, "version_major": 2, "version_minor": 0}}]
    msg_id = kc.execute('var click = b.nextClick(); System.out.println("waiting for a click");\n'
                        'await click; System.out.println("clicked");')
    until_comm(kc, "stream", lambda m: "waiting for a click" in m["content"]["text"])
    send(kc, "comm_msg", {"comm_id": bid, "data": {"method": "custom", "content": {"event": "click"}}})
    reply, msgs = collect(kc, msg_id)
    assert reply["content"]["status"] == "ok", reply["content"]
    assert "clicked" in stdout(msgs)
    # requests that came during the cell are still answered, in order
    assert stdout(ok(kc, 'System.out.println("after")')) == "after\n"


def test_a_widget_has_text_until_a_widget_front_end_checks_the_version(kernel):
    """jupyter console draws no widgets: it gets the text. Notebook's widget manager opens
    jupyter.widget.version when it connects; after that the text would show under the widget."""
    km, kc = kernel
    msgs = ok(kc, "display(new dev.jawait.widgets.IntSlider(0, 10, 3));")
    [data] = [m["content"]["data"] for m in msgs if m["msg_type"] == "display_data"]
    assert data["text/plain"] == 'IntSlider(value=3, min=0, max=10, description="")', data
    assert "application/vnd.jupyter.widget-view+json" in data
    cid = uuid.uuid4().hex
    send(kc, "comm_open", {"comm_id": cid, "target_name": "jupyter.widget.version", "data": {}})
    answer = until_comm(kc, "comm_msg", lambda m: m["content"]["comm_id"] == cid)
    assert answer["content"]["data"] == {"version": "~2.1.4"}
    msgs = ok(kc, "new dev.jawait.widgets.IntSlider(0, 10, 4)")
    [data] = [m["content"]["data"] for m in msgs if m["msg_type"] == "display_data"]
    assert list(data) == ["application/vnd.jupyter.widget-view+json"], data


def test_metadata_and_binary_buffers_travel_both_ways(kernel):
    """comm_open/comm_msg/comm_close metadata and buffers reach Java (CommMessage) and come back."""
    km, kc = kernel
    ok(kc, "import dev.jawait.comm.*;")
    ok(kc, 'var closedWith = new java.util.concurrent.CompletableFuture<CommMessage>();\n'
           'Comms.registerTarget("bytes", (comm, data) -> {\n'
           '    comm.onCommMessage(m -> {\n'
           '        byte[] in = m.bytes(0), back = new byte[in.length];\n'
           '        for (int i = 0; i < in.length; i++) back[in.length - 1 - i] = in[i];\n'
           '        comm.send(CommMessage.of(Map.of("sizes", m.buffers().stream().map(b -> b.remaining()).toList(),\n'
           '                "metadata", m.metadata(), "opened_with", comm.opening().metadata()))\n'
           '            .withMetadata(Map.of("from", "java")).withBuffers(back, new byte[0]));\n'
           '    });\n'
           '    comm.onCommClose(closedWith::complete);\n'
           '});')
    cid = uuid.uuid4().hex
    session, socket = kc.session, kc.shell_channel.socket
    session.send(socket, "comm_open", {"comm_id": cid, "target_name": "bytes", "data": {}}, metadata={"opened": 1})
    payload = bytes([0, 1, 2, 255, 10])
    msg = session.send(socket, "comm_msg", {"comm_id": cid, "data": {}}, metadata={"k": "v"},
                       buffers=[payload, b"\x07"])
    answer = until_comm(kc, "comm_msg", lambda m: m["content"]["comm_id"] == cid)
    assert answer["parent_header"]["msg_id"] == msg["header"]["msg_id"]
    assert answer["content"]["data"] == {"sizes": [5, 1], "metadata": {"k": "v"}, "opened_with": {"opened": 1}}
    assert answer["metadata"] == {"from": "java"}
    assert [bytes(b) for b in answer["buffers"]] == [payload[::-1], b""]
    close = session.send(socket, "comm_close", {"comm_id": cid, "data": {"bye": 1}}, metadata={"why": "done"},
                         buffers=[b"last"])
    iopub_of(kc, close["header"]["msg_id"])
    msgs = ok(kc, 'var c = await closedWith;\n'
                  'System.out.println(c.data() + " " + c.metadata() + " " + new String(c.bytes(0)));')
    assert stdout(msgs) == "{bye=1} {why=done} last\n", msgs


def test_an_image_widget_sends_its_bytes(kernel):
    km, kc = kernel
    msgs = ok(kc, 'var picture = new dev.jawait.widgets.Image(new byte[] {(byte) 0x89, 80, 78, 71});\npicture')
    [image] = widget_opens(msgs, "ImageModel")
    state = image["content"]["data"]
    assert (state["_view_name"], state["format"], state["_b64value"]) == ("ImageView", "png", "iVBORw==")
    msgs = ok(kc, "picture.setValue(new byte[] {1, 2});")
    updates = [m["content"]["data"] for m in msgs if m["msg_type"] == "comm_msg"]
    assert updates == [{"method": "update", "state": {"_b64value": "AQI="}, "buffers": []}], updates
