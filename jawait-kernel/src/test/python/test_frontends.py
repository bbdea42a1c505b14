"""Real Jupyter front ends against the jawait kernel: nbconvert --execute and jupyter console."""
import os
import subprocess
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from conftest import KERNEL_NAME, execute

JUPYTER = "/usr/bin/jupyter"

ASYNC_CELLS = [
    "var f = CompletableFuture.supplyAsync(() -> 21 * 2);",
    "await f",
    # for await over a Flow.Publisher: the items are submitted once the loop has subscribed
    "var pub = new java.util.concurrent.SubmissionPublisher<Integer>();\n"
    "spawn(() -> { while (pub.getNumberOfSubscribers() == 0) await sleep(5);"
    " for (int i = 1; i <= 3; i++) pub.submit(i); pub.close(); });\n"
    "int sum = 0;\n"
    "for await (int x : pub) { System.out.println(\"item \" + x); sum += x; }\n"
    "sum",
    "var img = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);\n"
    "display(img);\n"
    "record Badge(String name) { public String toHtml() { return \"<span class='badge'>\" + name + \"</span>\"; } }\n"
    "new Badge(\"jawait\")",
]

TIME_CELL = "%time await sleep(100)"


def execute_notebook(tmp_path, cells, name):
    nb = new_notebook(cells=[new_code_cell(c) for c in cells])
    nb.metadata["kernelspec"] = {"name": KERNEL_NAME, "display_name": "Java (jawait)", "language": "java"}
    source = tmp_path / f"{name}.ipynb"
    nbformat.write(nb, source)
    done = subprocess.run([JUPYTER, "nbconvert", "--to", "notebook", "--execute", f"--ExecutePreprocessor.kernel_name={KERNEL_NAME}",
                           "--ExecutePreprocessor.timeout=120", "--output", f"{name}.out.ipynb", str(source)],
                          capture_output=True, text=True, timeout=300)
    return done, tmp_path / f"{name}.out.ipynb"


def texts(cell):
    out = []
    for o in cell.outputs:
        if o.output_type == "stream":
            out.append(o.text)
        elif o.output_type in ("execute_result", "display_data"):
            out.append(o.data.get("text/plain", ""))
    return "".join(out)


def test_nbconvert_executes_await_for_await_and_rich_display(tmp_path):
    done, result = execute_notebook(tmp_path, ASYNC_CELLS, "async")
    assert done.returncode == 0, done.stderr
    cells = nbformat.read(result, as_version=4).cells
    assert texts(cells[1]) == "42"
    assert texts(cells[2]) == "item 1\nitem 2\nitem 3\n6"
    rich = cells[3].outputs
    assert [o.output_type for o in rich] == ["display_data", "execute_result"]
    assert "image/png" in rich[0].data
    assert rich[1].data["text/html"] == "<span class='badge'>jawait</span>"


def test_nbconvert_time_magic_over_await(tmp_path):
    done, result = execute_notebook(tmp_path, [TIME_CELL], "time")
    assert done.returncode == 0, done.stderr
    cell = nbformat.read(result, as_version=4).cells[0]
    assert "Wall time:" in texts(cell)


def executed_example(name, tmp_path):
    """The code cells of examples/NAME after nbconvert executed the notebook in the jawait kernel."""
    nb = nbformat.read(Path(__file__).resolve().parents[4] / "examples" / name, as_version=4)
    source = tmp_path / name
    nb.metadata["kernelspec"]["name"] = KERNEL_NAME
    nbformat.write(nb, source)
    out = name.replace(".ipynb", ".out.ipynb")
    done = subprocess.run([JUPYTER, "nbconvert", "--to", "notebook", "--execute",
                           f"--ExecutePreprocessor.kernel_name={KERNEL_NAME}", "--ExecutePreprocessor.timeout=600",
                           "--output", out, str(source)], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    return [c for c in nbformat.read(tmp_path / out, as_version=4).cells if c.cell_type == "code"]


def test_the_libraries_example_notebook_runs(tmp_path):
    """examples/libraries.ipynb: %maven the libraries, then await each one's own types."""
    code = executed_example("libraries.ipynb", tmp_path)
    results = [next((o.data["text/plain"] for o in c.outputs if o.output_type == "execute_result"), None) for c in code]
    assert results[1:] == ['"hello from the server"', '"hi"', "[1, 4, 9, 16, 25]", '"42 [for, await]"',
                           '"from a Uni"', "7", '"from a ListenableFuture"'], results


def test_jupyter_console_runs_an_await_cell():
    done = subprocess.run([JUPYTER, "console", "--kernel", KERNEL_NAME, "--simple-prompt",
                           "--ZMQTerminalInteractiveShell.confirm_exit=False",
                           "--ZMQTerminalInteractiveShell.kernel_timeout=60"],
                          input="await CompletableFuture.completedFuture(6 * 7)\n", capture_output=True, text=True,
                          timeout=120)
    assert "Out[1]: 42" in done.stdout, done.stdout + done.stderr


def test_jupyter_console_shows_a_widgets_text():
    # console 6.4 prints only the IOPub messages already there when the reply comes: the widget's
    # comm messages come before its display, so a second cell makes sure the console reads them all
    done = subprocess.run([JUPYTER, "console", "--kernel", KERNEL_NAME, "--simple-prompt",
                           "--ZMQTerminalInteractiveShell.kernel_timeout=60"],
                          input="new dev.jawait.widgets.IntSlider(0, 10, 3)\n1 + 1\n", capture_output=True,
                          text=True, timeout=120)
    assert 'IntSlider(value=3, min=0, max=10, description="")' in done.stdout, done.stdout + done.stderr
    assert "Out[2]: 2" in done.stdout, done.stdout + done.stderr


NURSERY = """import java.util.concurrent.StructuredTaskScope;
try (var scope = StructuredTaskScope.open()) {
    var child1 = scope.fork(() -> { await sleep(100); return "child1 done"; });
    var child2 = scope.fork(() -> { await sleep(50); return "child2 done"; });
    scope.join();
    System.out.println(child1.get() + ", " + child2.get());
}
"""


def test_a_kernel_installed_with_preview_runs_the_autoawait_docs_nursery():
    """StructuredTaskScope (a preview API on JDK 25) with await inside the forked tasks, in a live kernel."""
    from jupyter_client.manager import start_new_kernel

    km, kc = start_new_kernel(kernel_name=os.environ.get("JAWAIT_PREVIEW_KERNEL", "jawait-preview"), startup_timeout=60)
    try:
        reply, messages = execute(kc, NURSERY)
        out = "".join(m["content"]["text"] for m in messages
                      if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")
        errors = [m["content"] for m in messages if m["msg_type"] == "error"]
        assert reply["content"]["status"] == "ok", (reply["content"], errors)
        assert out == "child1 done, child2 done\n", (out, errors)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_the_rich_output_example_notebook_runs(tmp_path):
    """examples/rich-output.ipynb: a table, a chart from a library added with %maven, a widget, raw HTML."""
    code = executed_example("rich-output.ipynb", tmp_path)

    def bundles(cell):
        return [o.data for o in cell.outputs if o.output_type in ("execute_result", "display_data")]

    table = bundles(code[1])
    assert any("<table" in b.get("text/html", "") and "Nantes" in b["text/html"] for b in table), table
    assert any("image/png" in b for b in bundles(code[2])), bundles(code[2])
    assert any("application/vnd.jupyter.widget-view+json" in b for b in bundles(code[3])), bundles(code[3])
    assert [b["text/plain"] for b in bundles(code[4])] == ["7"], bundles(code[4])
    assert any(b.get("text/html") == "<b>3 cities</b>" for b in bundles(code[5])), bundles(code[5])
