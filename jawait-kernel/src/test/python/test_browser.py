"""Jupyter Notebook on 127.0.0.1, driven by headless Chromium: run a notebook with await cells, check the page."""
import os
import secrets
import socket
import subprocess
import time
import urllib.request

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import KERNEL_NAME

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
                              stdout=subprocess.DEVNULL, stderr=open(tmp_path / "server.log", "w"))
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        server.kill()
        pytest.fail("Jupyter Notebook did not start: " + (tmp_path / "server.log").read_text())
    return f"{base}/notebooks/await.ipynb?token={token}", server


def chromium(tmp_path):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def run_all_cells(driver, url):
    driver.get(url)
    wait = WebDriverWait(driver, 240, poll_frequency=0.2)
    wait.until(lambda d: d.execute_script(
        "return window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()"))
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
