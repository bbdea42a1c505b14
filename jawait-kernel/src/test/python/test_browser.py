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
    nb = new_notebook(cells=[new_code_cell(c) for c in CELLS])
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
    yield f"{base}/notebooks/await.ipynb?token={token}"
    server.terminate()
    server.wait(timeout=30)


def chromium(tmp_path):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def test_notebook_in_headless_chromium(notebook_server, tmp_path):
    driver = chromium(tmp_path)
    try:
        driver.get(notebook_server)
        wait = WebDriverWait(driver, 90, poll_frequency=0.2)
        wait.until(lambda d: d.execute_script(
            "return window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()"))
        driver.execute_script("Jupyter.notebook.execute_all_cells()")
        wait.until(lambda d: d.execute_script(
            "return Jupyter.notebook.get_cells().every(c => c.get_text() === '' || (c.input_prompt_number && c.input_prompt_number !== '*'))"))
        outputs = driver.find_elements(By.CSS_SELECTOR, ".cell .output_area")
        text = "\n".join(o.text for o in outputs)
        assert "42" in text
        assert "background 42" in text
        assert driver.find_element(By.CSS_SELECTOR, ".output_area b.jw-badge").text == "jawait"
        errors = driver.find_elements(By.CSS_SELECTOR, ".output_error")
        assert errors == [], [e.text for e in errors]
    finally:
        driver.quit()
