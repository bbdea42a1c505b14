"""Widgets in Jupyter Notebook 6 (jupyter-js-widgets 2.1, Debian's nbextension) in headless Chromium.

A slider moved with the keyboard changes the Java value the next cell prints; a click completes an await;
an Image widget shows Java's bytes.
Screenshots go to jawait-kernel/target/screenshots/.
"""
import pathlib

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from test_browser import chromium, notebook_server, run_all_cells  # noqa: F401 (fixture)

SHOTS = pathlib.Path(__file__).resolve().parents[3] / "target" / "screenshots"

CELLS = [
    'import dev.jawait.widgets.*;\nvar slider = new IntSlider(0, 100, 10).description("n");\nslider',
    'var button = new Button("Go");\nvar text = new Text("hello");\nnew HBox(button, text)',
]


def shot(driver, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / name))


def run_new_cell(driver, wait, code):
    """Appends a code cell, runs it, returns its index."""
    index = driver.execute_script(
        "var c = Jupyter.notebook.insert_cell_at_bottom('code'); c.set_text(arguments[0]);"
        "Jupyter.notebook.select(Jupyter.notebook.ncells() - 1); Jupyter.notebook.execute_selected_cells();"
        "return Jupyter.notebook.ncells() - 1;", code)
    return index


def output_text(driver, index):
    return driver.execute_script(
        "return Jupyter.notebook.get_cell(arguments[0]).output_area.outputs"
        ".map(o => o.output_type === 'stream' ? o.text : JSON.stringify(o)).join('')", index)


NBEXTENSION = pathlib.Path("/usr/share/jupyter/nbextensions/jupyter-js-widgets/extension.js")


def test_slider_and_button_in_notebook(notebook_server, tmp_path):  # noqa: F811
    assert NBEXTENSION.exists(), ("Notebook 6 renders widgets with Debian's nbextension:"
                                  " apt-get install -y python3-ipywidgets jupyter-nbextension-jupyter-js-widgets")
    url, server_log = notebook_server(CELLS)
    driver = chromium(tmp_path)
    driver.set_window_size(1000, 800)
    wait = WebDriverWait(driver, 120, poll_frequency=0.2)
    try:
        run_all_cells(driver, url)
        handle = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".widget-hslider .ui-slider-handle"))[0]
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "button.widget-button"))
        readout = driver.find_element(By.CSS_SELECTOR, ".widget-hslider .widget-readout")
        assert readout.text == "10"
        # the widget manager checked the version when it connected: no text under the slider
        assert "application/vnd.jupyter.widget-view+json" in output_text(driver, 0)
        assert "text/plain" not in output_text(driver, 0), output_text(driver, 0)
        shot(driver, "widgets-shown.png")
        # the user moves the slider with the keyboard (jQuery UI: one step per arrow key)
        handle.click()
        for _ in range(3):
            handle.send_keys(Keys.ARROW_RIGHT)
        wait.until(lambda d: readout.text != "10")
        moved = int(readout.text)
        assert moved > 10, readout.text
        shot(driver, "slider-moved.png")
        printed = run_new_cell(driver, wait, 'System.out.println("java sees " + slider.value())')
        wait.until(lambda d: "java sees" in output_text(d, printed))
        assert output_text(driver, printed) == f"java sees {moved}\n"
        # a click completes an await in a running cell
        waiting = run_new_cell(driver, wait, 'var click = button.nextClick();\nSystem.out.println("waiting for a click");\n'
                                             'System.out.println("clicked " + (await click).description());')
        wait.until(lambda d: "waiting for a click" in output_text(d, waiting))
        driver.find_element(By.CSS_SELECTOR, "button.widget-button").click()
        wait.until(lambda d: "clicked Go" in output_text(d, waiting))
        # Java sets the value: the page follows
        run_new_cell(driver, wait, "slider.setValue(77);")
        wait.until(lambda d: readout.text == "77")
        shot(driver, "button-clicked.png")
        # an Image widget: the page decodes the bytes Java sent
        run_new_cell(driver, wait, 'var png = new java.io.ByteArrayOutputStream();\n'
                                   'javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(37, 21,'
                                   ' java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);\n'
                                   'new Image(png.toByteArray())')
        picture = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "img.widget-image"))[0]
        wait.until(lambda d: d.execute_script("return arguments[0].naturalWidth", picture) == 37)
        shot(driver, "image-widget.png")
        errors = driver.find_elements(By.CSS_SELECTOR, ".output_error")
        assert errors == [], [e.text for e in errors]
    finally:
        shot(driver, "widgets-last.png")
        driver.quit()
