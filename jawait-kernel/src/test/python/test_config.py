"""Kernel configuration: every `jawait kernel install` option and the JAWAIT_* variables reach a live kernel.

JupyterClientsIT installs the kernelspec JAWAIT_CONFIGURED_KERNEL with `jawait kernel install` (relative
--class-path and --startup, --jvm-option, --compiler-option, --env, --display-name) and passes the class
folder and a second start-up script in JAWAIT_IT_CLASSES and JAWAIT_IT_ENV_STARTUP.
"""
import os

import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import start_new_kernel

from conftest import KERNEL_NAME

CONFIGURED = os.environ.get("JAWAIT_CONFIGURED_KERNEL", "jawait-configured")
CLASSES = os.environ.get("JAWAIT_IT_CLASSES")
ENV_STARTUP = os.environ.get("JAWAIT_IT_ENV_STARTUP")
# the line a class compiled by the session sees itself on: -1 under `-g:none` (no line numbers)
LINE_NUMBER = ('class Q { int line() { return new Throwable().getStackTrace()[0].getLineNumber(); } }\n'
               'new Q().line() > 0 ? "line numbers" : "none"')


def run(kc, code):
    """What the cell showed (results, streams, errors as `ERROR name: value`) and its status."""
    shown = []

    def hook(m):
        kind, content = m["msg_type"], m["content"]
        if kind == "stream":
            shown.append(content["text"])
        elif kind in ("execute_result", "display_data"):
            shown.append(content["data"].get("text/plain", "") + "\n")
        elif kind == "error":
            shown.append(f"ERROR {content['ename']}: {content['evalue']}\n")

    reply = kc.execute_interactive(code, timeout=120, output_hook=hook)
    return "".join(shown), reply["content"]["status"]


def started(name, **variables):
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=60, env={**os.environ, **variables})
    return km, kc


def stop(km, kc):
    kc.stop_channels()
    km.shutdown_kernel(now=False)


def test_every_install_option_reaches_the_kernel():
    assert KernelSpecManager().get_kernel_spec(CONFIGURED).display_name == "Java (configured)"
    km, kc = started(CONFIGURED)
    try:
        assert run(kc, "cfg.Greeter.hello()") == ('"hello from the class path"\n', "ok")  # --class-path (relative)
        assert run(kc, "startupTwice(21)") == ("42\n", "ok")  # --startup (relative)
        assert run(kc, 'java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()'
                       '.contains("-Djawait.it.marker=from-install")') == ("true\n", "ok")  # --jvm-option
        assert run(kc, LINE_NUMBER) == ('"none"\n', "ok")  # --compiler-option -g:none
        assert run(kc, 'System.getenv("JAWAIT_IT_GREETING")') == ('"hello from the kernelspec"\n', "ok")  # --env
    finally:
        stop(km, kc)


def test_the_environment_variables_reach_a_kernel():
    km, kc = started(KERNEL_NAME, JAWAIT_CLASS_PATH=CLASSES, JAWAIT_STARTUP=ENV_STARTUP,
                     JAWAIT_COMPILER_OPTS="-g:none", JAWAIT_JVM_OPTS="-Djawait.it.unreachable=1")
    try:
        first, status = run(kc, "cfg.Greeter.hello()")
        assert status == "ok" and first.endswith('"hello from the class path"\n'), first
        # a JVM option cannot reach a JVM Jupyter started: the kernel says so, and what to do instead
        assert "JAWAIT_JVM_OPTS (-Djawait.it.unreachable=1) does not reach this kernel" in first, first
        assert "--jvm-option" in first, first
        assert run(kc, "fromEnvStartup()") == ('"the environment\'s start-up script"\n', "ok")
        assert run(kc, LINE_NUMBER) == ('"none"\n', "ok")
    finally:
        stop(km, kc)


def test_without_configuration_none_of_it_is_there():
    km, kc = started(KERNEL_NAME)
    try:
        assert run(kc, LINE_NUMBER) == ('"line numbers"\n', "ok")  # javac's default
        shown, status = run(kc, "cfg.Greeter.hello()")
        assert status == "error", shown
    finally:
        stop(km, kc)


def test_the_kernelspecs_options_win_over_the_environment():
    km, kc = started(CONFIGURED, JAWAIT_STARTUP=ENV_STARTUP)
    try:
        assert run(kc, "startupTwice(21)") == ("42\n", "ok")  # the kernelspec's --startup
        shown, status = run(kc, "fromEnvStartup()")
        assert status == "error", shown
    finally:
        stop(km, kc)
