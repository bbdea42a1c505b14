"""Shared setup for the jawait kernel's Jupyter tests.

The Java side (JupyterClientsIT) installs the kernelspec into a temporary prefix and points
JUPYTER_PATH (and the other Jupyter directories) there, then runs pytest with Debian's python3.
Run by hand the same way:  JAWAIT_KERNEL=jawait /usr/bin/python3 -m pytest jawait-kernel/src/test/python
"""
import os

import pytest

KERNEL_NAME = os.environ.get("JAWAIT_KERNEL", "jawait")


def until_idle(kc, msg_id, timeout=120):
    """The IOPub messages of request msg_id up to its idle status (which must come)."""
    out = []
    while True:
        m = kc.get_iopub_msg(timeout=timeout)
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            return out
        out.append(m)


def execute(kc, code, timeout=120, **kw):
    """Runs code; returns (its execute_reply, its IOPub messages up to idle)."""
    return collect(kc, kc.execute(code, **kw), timeout)


def collect(kc, msg_id, timeout=120):
    """The shell reply to request msg_id (other replies skipped) and its IOPub messages up to idle."""
    reply = None
    while reply is None:
        m = kc.get_shell_msg(timeout=timeout)
        if m["parent_header"].get("msg_id") == msg_id:
            reply = m
    return reply, until_idle(kc, msg_id, timeout)


@pytest.fixture(scope="module")
def kernel():
    """A started kernel and a blocking client: (manager, client)."""
    from jupyter_client.manager import start_new_kernel

    km, kc = start_new_kernel(kernel_name=KERNEL_NAME, startup_timeout=60)
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=False)
