"""Jupyter Notebook on 127.0.0.1, driven by headless Chromium: run a notebook with await cells, check the page."""
import os
import pathlib
import secrets
import socket
import subprocess
import threading

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import KERNEL_NAME

# kept as build artefacts (jawait-kernel/target/screenshots), to look at what a person would see
SCREENSHOTS = pathlib.Path(os.environ.get("JAWAIT_SCREENSHOTS",
                                          pathlib.Path(__file__).resolve().parents[3] / "target" / "screenshots"))

CELLS = [
    "var f = CompletableFuture.supplyAsync(() -> 21 * 2);",
    "await f",
    'spawn(() -> { await sleep(200); System.out.println("background " + (await f)); });\nawait sleep(600)',
    'record Badge(String name) { public String toHtml() { return "<b class=\'jw-badge\'>" + name + "</b>"; } }\n'
    'new Badge("jawait")',
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def notebook_server(tmp_path):
    """Starts Jupyter Notebook on a notebook of the given cells: cells -> (page URL, server log path)."""
    servers = []

    def start(cells):
        url, server = start_notebook(tmp_path, cells)
        servers.append(server)
        return url, tmp_path / "server.log"

    yield start
    for server in servers:
        server.terminate()
        server.wait(timeout=30)


def start_notebook(tmp_path, cells):
    nb = new_notebook(cells=[new_code_cell(c) for c in cells])
    nb.metadata["kernelspec"] = {"name": KERNEL_NAME, "display_name": "Java (jawait)", "language": "java"}
    nbformat.write(nb, tmp_path / "await.ipynb")
    port, token = free_port(), secrets.token_hex(16)
    server = subprocess.Popen(["/usr/bin/jupyter", "notebook", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
                               f"--NotebookApp.token={token}", f"--notebook-dir={tmp_path}",
                               "--NotebookApp.open_browser=False", "--allow-root"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log = open(tmp_path / "server.log", "w")
    # Notebook logs this line once its port listens: wait for it rather than retrying to connect
    for line in server.stderr:
        log.write(line)
        if "is running at" in line:
            break
    else:
        server.kill()
        log.close()
        pytest.fail("Jupyter Notebook did not start: " + (tmp_path / "server.log").read_text())
    log.flush()
    threading.Thread(target=lambda: [log.write(rest) or log.flush() for rest in server.stderr], daemon=True).start()
    base = f"http://127.0.0.1:{port}"
    return f"{base}/notebooks/await.ipynb?token={token}", server


def chromium(tmp_path):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def screenshot(driver, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def open_notebook(driver, url):
    driver.set_window_size(1280, 900)
    driver.get(url)
    wait = WebDriverWait(driver, 240, poll_frequency=0.2)
    wait.until(lambda d: d.execute_script(
        "return window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()"
        " && Jupyter.notebook.kernel_busy === false"))
    return wait


def run_cell(driver, wait, index):
    """Runs cell `index` from the page and waits for its prompt number and the kernel's idle status.

    Notebook 6 does not ask a busy kernel for completions at all (its completer skips the kernel
    between a `busy` and an `idle` status), so Tab must wait for the idle indicator, as a person does.
    """
    driver.execute_script(f"Jupyter.notebook.get_cell({index}).execute()")
    wait.until(lambda d: d.execute_script(
        f"var c = Jupyter.notebook.get_cell({index});"
        " return c.input_prompt_number && c.input_prompt_number !== '*' && Jupyter.notebook.kernel_busy === false"))


def type_at_end_of(driver, index, *keys):
    """Puts the cursor at the end of cell `index` in edit mode and presses `keys` there, as a person would."""
    driver.execute_script(f"""
        var cell = Jupyter.notebook.get_cell({index});
        Jupyter.notebook.select({index});
        cell.focus_editor();
        var cm = cell.code_mirror;
        cm.setCursor(cm.lineCount() - 1, cm.getLine(cm.lineCount() - 1).length);""")
    driver.switch_to.active_element.send_keys(*keys)


def run_all_cells(driver, url):
    wait = open_notebook(driver, url)
    driver.execute_script("Jupyter.notebook.execute_all_cells()")
    wait.until(lambda d: d.execute_script(
        "return Jupyter.notebook.get_cells().every(c => c.get_text() === '' || (c.input_prompt_number && c.input_prompt_number !== '*'))"))


def test_notebook_in_headless_chromium(notebook_server, tmp_path):
    url, _ = notebook_server(CELLS)
    driver = chromium(tmp_path)
    try:
        run_all_cells(driver, url)
        outputs = driver.find_elements(By.CSS_SELECTOR, ".cell .output_area")
        text = "\n".join(o.text for o in outputs)
        assert "42" in text
        assert "background 42" in text
        assert driver.find_element(By.CSS_SELECTOR, ".output_area b.jw-badge").text == "jawait"
        errors = driver.find_elements(By.CSS_SELECTOR, ".output_error")
        assert errors == [], [e.text for e in errors]
    finally:
        driver.quit()


def test_a_100000_line_loop_reaches_the_page_whole_without_rate_limit(notebook_server, tmp_path):
    """Issue 12: one stream message per line made the server drop output ("IOPub message rate exceeded")."""
    n = 100_000
    url, server_log = notebook_server([f'for (int i = 0; i < {n}; i++) System.out.println("line " + i);'])
    driver = chromium(tmp_path)
    try:
        run_all_cells(driver, url)
        shown = driver.execute_script(
            "return Jupyter.notebook.get_cell(0).output_area.outputs"
            ".map(o => o.output_type === 'stream' ? o.text : JSON.stringify(o)).join('')")
        assert "rate exceeded" not in shown, shown[-2000:]
        lines = shown.splitlines()
        assert len(lines) == n, f"{len(lines)} of {n} lines reached the page"
        assert lines == [f"line {i}" for i in range(n)]
    finally:
        driver.quit()
    assert "rate exceeded" not in server_log.read_text()


def test_tab_shows_the_completion_popup(notebook_server, tmp_path):
    url, _ = notebook_server(["var f = CompletableFuture.supplyAsync(() -> 21 * 2);", "await f.th"])
    driver = chromium(tmp_path)
    try:
        wait = open_notebook(driver, url)
        run_cell(driver, wait, 0)
        type_at_end_of(driver, 1, Keys.TAB)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#complete select option"))
        screenshot(driver, "completion-popup")
        shown = [o.text for o in driver.find_elements(By.CSS_SELECTOR, "#complete select option")]
        assert "thenApply" in " ".join(shown), shown
        assert all(s.startswith("then") for s in shown), shown
    finally:
        driver.quit()


def test_shift_tab_shows_the_documentation_tooltip(notebook_server, tmp_path):
    url, _ = notebook_server(["var f = CompletableFuture.supplyAsync(() -> 21 * 2);", "f.thenApply"])
    driver = chromium(tmp_path)
    try:
        wait = open_notebook(driver, url)
        run_cell(driver, wait, 0)
        type_at_end_of(driver, 1, Keys.SHIFT, Keys.TAB)
        wait.until(lambda d: d.find_element(By.ID, "tooltip").is_displayed()
                   and "thenApply" in d.find_element(By.CSS_SELECTOR, "#tooltip .tooltiptext").text)
        screenshot(driver, "documentation-tooltip")
    finally:
        driver.quit()


def test_the_interrupt_button_stops_a_running_cell(notebook_server, tmp_path):
    url, _ = notebook_server(['int kept = 7;',
                              'System.out.println("looping"); while (true) { await sleep(10); }',
                              'System.out.println("after " + kept);'])
    driver = chromium(tmp_path)
    try:
        wait = open_notebook(driver, url)
        run_cell(driver, wait, 0)
        driver.execute_script("Jupyter.notebook.get_cell(1).execute()")
        wait.until(lambda d: "looping" in d.execute_script("return Jupyter.notebook.get_cell(1).output_area.element.text()"))
        screenshot(driver, "interrupt-running")
        driver.find_element(By.CSS_SELECTOR, "button[data-jupyter-action='jupyter-notebook:interrupt-kernel']").click()
        wait.until(lambda d: d.execute_script(
            "var c = Jupyter.notebook.get_cell(1); return c.input_prompt_number && c.input_prompt_number !== '*'"))
        screenshot(driver, "interrupt-stopped")
        assert "Interrupted" in driver.execute_script("return Jupyter.notebook.get_cell(1).output_area.element.text()")
        run_cell(driver, wait, 2)  # the session goes on, with its state
        assert "after 7" in driver.execute_script("return Jupyter.notebook.get_cell(2).output_area.element.text()")
    finally:
        driver.quit()


def test_the_restart_button_starts_a_fresh_session(notebook_server, tmp_path):
    """Notebook's restart nudges the new kernel on transient sockets it closes at the first answer;
    a reply to such a socket used to wait forever and hang the kernel (test_protocol.py has the
    jupyter_client-level case)."""
    url, _ = notebook_server(['int kept = 7;', 'System.out.println("after " + kept);'])
    driver = chromium(tmp_path)
    try:
        wait = open_notebook(driver, url)
        run_cell(driver, wait, 0)
        driver.execute_script("window.jwRestarted = false;"
                              " Jupyter.notebook.events.one('kernel_restarting.Kernel', () => {"
                              "   Jupyter.notebook.events.one('kernel_ready.Kernel', () => { window.jwRestarted = true; }); })")
        driver.find_element(By.CSS_SELECTOR,
                            "button[data-jupyter-action='jupyter-notebook:confirm-restart-kernel']").click()
        # Bootstrap's dialog fades in: a click before it is shown whole is lost
        wait.until(lambda d: d.execute_script(
            "var m = document.querySelector('.modal.in'); return m && getComputedStyle(m).opacity === '1'"))
        screenshot(driver, "restart-confirm")
        driver.find_element(By.CSS_SELECTOR, ".modal-dialog .btn-danger").click()
        WebDriverWait(driver, 90, poll_frequency=0.2).until(
            lambda d: d.execute_script("return window.jwRestarted && Jupyter.notebook.kernel_busy === false"))
        run_cell(driver, WebDriverWait(driver, 90, poll_frequency=0.2), 1)
        screenshot(driver, "restarted")
        text = driver.execute_script("return Jupyter.notebook.get_cell(1).output_area.element.text()")
        assert "kept" in text and "after 7" not in text, text  # a fresh session: `kept` is gone
    finally:
        driver.quit()
