"""The tour in a real browser: JupyterLab (headless, token-less, its own root,
settings and kernelspec) driven in headless Chromium with selenium. Runs every
cell, then checks what a reader sees: every chart drawn with a size and no error
output, the live `fit` replacing its outputs in place, Tab completion, the stop
button, charts shrinking to a narrow output area, and the dark theme.

Screenshots of each step (and of any failure) go to the folder named in the
failure message (LOUPE_BROWSER_SHOTS, by default .build/browser-screenshots)."""
import json
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import pytest

from conftest import KERNEL_NAME, ROOT

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (requirements.txt)")
pytest.importorskip("jupyterlab", reason="JupyterLab is not installed (requirements.txt)")
from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(CHROMIUM is None or CHROMEDRIVER is None,
                                reason="chromium and chromium-driver are not installed (scripts/bootstrap.sh)")

SHOTS = pathlib.Path(os.environ.get("LOUPE_BROWSER_SHOTS") or ROOT / ".build" / "browser-screenshots")
# Generous: the machine running the tests may be loaded; every wait ends as soon as its condition holds.
STARTUP = 90
RUN_ALL = 240


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _write_json(path: pathlib.Path, value) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value))


class Lab:
    """A JupyterLab server in a temporary root holding a copy of the tour."""

    def __init__(self):
        self.home = pathlib.Path(tempfile.mkdtemp(prefix="loupe-lab-"))
        root = self.home / "root"
        root.mkdir()
        tour = json.loads((ROOT / "notebooks" / "tour.ipynb").read_text())
        tour["metadata"]["kernelspec"] = {"name": KERNEL_NAME, "display_name": "Loupe (test build)",
                                          "language": "swift"}
        (root / "tour.ipynb").write_text(json.dumps(tour))
        settings = self.home / "settings"
        # Every cell stays in the DOM (no windowing), so each output can be measured; no news pop-up.
        _write_json(settings / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings",
                    {"windowingMode": "none"})
        _write_json(settings / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings",
                    {"fetchNews": "false", "checkForUpdates": False})
        env = dict(os.environ, JUPYTER_CONFIG_DIR=str(self.home / "config"),
                   JUPYTER_DATA_DIR=str(self.home / "data"), JUPYTER_RUNTIME_DIR=str(self.home / "runtime"),
                   JUPYTERLAB_SETTINGS_DIR=str(settings), JUPYTERLAB_WORKSPACES_DIR=str(self.home / "workspaces"))
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(self.home / "lab.log", "w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1",
             f"--ServerApp.port={self.port}", "--ServerApp.port_retries=0", f"--ServerApp.root_dir={root}",
             "--IdentityProvider.token=", "--ServerApp.password=", "--LabApp.expose_app_in_browser=True",
             "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
             "--LabApp.extension_manager=readonly", "--ServerApp.terminals_enabled=False", "--allow-root"],
            env=env, stdout=self.log, stderr=subprocess.STDOUT, cwd=root)
        deadline = time.monotonic() + STARTUP
        while True:
            try:
                with urllib.request.urlopen(self.url + "/api/status", timeout=5):
                    return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    log = (self.home / "lab.log").read_text()[-3000:]
                    self.close()
                    raise RuntimeError("JupyterLab did not start:\n" + log)
                time.sleep(0.2)

    def close(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()
        shutil.copy(self.home / "lab.log", SHOTS / "lab.log")
        shutil.rmtree(self.home, ignore_errors=True)


class Browser:
    """Headless Chromium on one JupyterLab page, with helpers that wait for a
    condition (never for a fixed time) and leave a screenshot when one fails."""

    def __init__(self, url: str):
        from selenium.webdriver.chrome.service import Service
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                         "--window-size=1280,1000", "--force-device-scale-factor=1", "--hide-scrollbars"):
            options.add_argument(argument)
        self.driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
        self.driver.set_script_timeout(60)
        self.driver.get(url)

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def shot(self, name: str) -> pathlib.Path:
        path = SHOTS / f"{name}.png"
        self.driver.save_screenshot(str(path))
        return path

    def fail(self, what: str, shot: str):
        self.shot(shot)
        pytest.fail(f"{what} (screenshots and lab.log in {SHOTS})", pytrace=False)

    def wait(self, condition, what: str, shot: str, timeout: float = 60):
        """Polls `condition(driver)` until it returns something truthy, which is returned."""
        try:
            return WebDriverWait(self.driver, timeout, poll_frequency=0.2).until(condition)
        except TimeoutException:
            self.fail(f"timed out after {timeout:.0f} s waiting for {what}", shot)

    def wait_js(self, script: str, what: str, shot: str, timeout: float = 60):
        return self.wait(lambda d: d.execute_script(script), what, shot, timeout)

    def close(self):
        self.driver.quit()


# The notebook panel, its cells and its kernel, from JupyterLab's own objects.
PANEL = "const panel = window.jupyterapp.shell.currentWidget; const nb = panel.content;"
KERNEL_IDLE = PANEL + """
    const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
    return !!kernel && kernel.status === 'idle';"""
ALL_RUN = PANEL + """
    const kernel = panel.sessionContext.session.kernel;
    const cells = nb.widgets.filter(c => c.model.type === 'code');
    return kernel.status === 'idle' && cells.every(c => c.model.executionCount !== null
        && c.node.querySelector('.jp-InputPrompt').innerText.indexOf('*') < 0);"""
# Records every distinct state of the live fit's outputs (the browser sees each update, however
# slowly the test polls): the text shown and each image's source, and how many outputs there are.
WATCH_FIT = PANEL + """
    const cell = nb.widgets.find(c => c.model.sharedModel.getSource().includes('model.fit('));
    const area = cell.outputArea.node;
    window.loupeFitStates = [];
    const record = () => {
        const images = Array.from(area.querySelectorAll('img')).map(i => i.src.length + ':' + i.src.slice(-64));
        const key = area.innerText + '|' + images.join(',');
        const states = window.loupeFitStates;
        if (states.length && states[states.length - 1].key === key) return;
        states.push({key: key, outputs: cell.model.outputs.length, images: images.length});
    };
    new MutationObserver(record).observe(area, {subtree: true, childList: true, attributes: true,
                                                characterData: true});"""


@pytest.fixture(scope="module")
def lab():
    if SHOTS.exists():
        shutil.rmtree(SHOTS)
    SHOTS.mkdir(parents=True)
    server = Lab()
    yield server
    server.close()


@pytest.fixture(scope="module")
def tour(lab):
    """The tour open in Chromium with every cell run, the fit watched while it ran."""
    browser = Browser(lab.url + "/lab/tree/tour.ipynb")
    try:
        browser.wait_js("return !!window.jupyterapp && !!window.jupyterapp.shell.currentWidget"
                        " && !!window.jupyterapp.shell.currentWidget.sessionContext",
                        "the notebook to open", "open", STARTUP)
        browser.wait_js(KERNEL_IDLE, "the Loupe kernel to start", "kernel", STARTUP)
        browser.js(WATCH_FIT)
        browser.js(PANEL + "window.jupyterapp.commands.execute('notebook:run-all-cells');")
        browser.wait_js(ALL_RUN, "every cell to run", "run-all", RUN_ALL)
        browser.shot("tour-run")
        yield browser
    finally:
        browser.close()


def _charts(browser):
    """Every image in an output: cell index, rendered size, natural size, whether loaded."""
    return browser.js(PANEL + """
        const out = [];
        nb.widgets.forEach((cell, index) => {
            if (cell.model.type !== 'code') return;
            cell.outputArea.node.querySelectorAll('.jp-OutputArea-output img').forEach(img => {
                img.scrollIntoView();
                const box = img.getBoundingClientRect();
                const area = cell.outputArea.node.getBoundingClientRect();
                out.push({cell: index, width: box.width, height: box.height, natural: img.naturalWidth,
                          loaded: img.complete && img.naturalWidth > 0, area: area.width,
                          visible: getComputedStyle(img).visibility === 'visible'});
            });
        });
        return out;""")


def test_every_chart_is_drawn_with_a_size_and_no_cell_fails(tour):
    expected = tour.js(PANEL + """
        let n = 0;
        nb.widgets.forEach(c => { if (c.model.type === 'code') for (let i = 0; i < c.model.outputs.length; i++)
            if ('image/svg+xml' in c.model.outputs.get(i).data) n++; });
        return n;""")
    assert expected >= 14, f"the tour's outputs hold {expected} charts (screenshots in {SHOTS})"
    charts = tour.wait(lambda d: (lambda cs: cs if len(cs) >= expected and all(c["loaded"] for c in cs) else None)(
        _charts(tour)), f"{expected} chart images to load", "charts")
    for chart in charts:
        if not (chart["visible"] and chart["width"] > 50 and chart["height"] > 50):
            tour.fail(f"chart in cell {chart['cell']} is not visible with a size: {chart}", "chart-size")
    errors = tour.js(PANEL + """
        return nb.widgets.flatMap((c, index) => c.model.type !== 'code' ? [] :
            Array.from({length: c.model.outputs.length}, (_, i) => c.model.outputs.get(i))
                .filter(o => o.type === 'error' || (o.type === 'stream' && o.toJSON().name === 'stderr'))
                .map(o => index + ': ' + JSON.stringify(o.toJSON()).slice(0, 300)));""")
    if errors or tour.driver.find_elements(By.CSS_SELECTOR, ".jp-OutputArea-output[data-mime-type="
                                           "'application/vnd.jupyter.stderr']"):
        tour.fail(f"error output in the tour: {errors}", "errors")


def test_the_live_fit_replaces_its_outputs_in_place(tour):
    states = tour.js("return window.loupeFitStates;")
    final = tour.js(PANEL + """
        const cell = nb.widgets.find(c => c.model.sharedModel.getSource().includes('model.fit('));
        return cell.model.outputs.length;""")
    assert final == 2, f"fit ends with {final} outputs, expected its progress bar and loss chart"
    drawn = [s for s in states if s["images"] == final]
    assert len(drawn) >= 2, f"fit showed {len(drawn)} complete states, expected it to update: {states[:3]}"
    assert max(s["outputs"] for s in states) == final, \
        f"fit appended outputs instead of replacing them: {[s['outputs'] for s in states]}"


def test_tab_after_hist_offers_histogram(tour):
    tour.js(PANEL + """
        nb.activeCellIndex = nb.widgets.length - 1;
        window.jupyterapp.commands.execute('notebook:insert-cell-below');""")
    editor = tour.wait(lambda d: d.execute_script(PANEL + """
        const cell = nb.activeCell;
        return cell.model.sharedModel.getSource() === '' && cell.model.type === 'code'
            ? cell.node.querySelector('.cm-content') : null;"""), "a new code cell", "new-cell")
    editor.click()
    editor.send_keys("Hist")
    editor.send_keys(Keys.TAB)
    offered = tour.wait(lambda d: d.execute_script(PANEL + """
        const items = Array.from(document.querySelectorAll('.jp-Completer-item .jp-Completer-match'))
            .map(e => e.innerText.trim());
        const source = nb.activeCell.model.sharedModel.getSource();
        return items.length ? items : (source !== 'Hist' ? [source] : null);"""),
        "Tab to complete `Hist`", "completion")
    tour.shot("completion")
    if "Histogram" not in offered:
        tour.fail(f"Tab after Hist offered {offered}", "completion-wrong")
    editor.send_keys(Keys.ESCAPE)


def _run_in_new_cell(browser, source: str) -> int:
    """Inserts a code cell at the end holding `source`, runs it, returns its index."""
    return browser.js(PANEL + """
        nb.activeCellIndex = nb.widgets.length - 1;
        window.jupyterapp.commands.execute('notebook:insert-cell-below');
        const index = nb.widgets.length - 1;
        nb.widgets[index].model.sharedModel.setSource(arguments[0]);
        nb.activeCellIndex = index;
        window.jupyterapp.commands.execute('notebook:run-cell');
        return index;""", source)


def _finished_output(browser, index: int, what: str, shot: str) -> str:
    return browser.wait(lambda d: d.execute_script(PANEL + """
        const cell = nb.widgets[arguments[0]];
        const kernel = panel.sessionContext.session.kernel;
        return kernel.status === 'idle' && cell.model.executionCount !== null
            ? cell.outputArea.node.innerText + ' ' : null;""", index), what, shot)


def test_the_stop_button_interrupts_an_endless_loop_and_keeps_state(tour):
    keep = _run_in_new_cell(tour, "var survivor = 41")
    _finished_output(tour, keep, "`var survivor = 41` to run", "survivor")
    loop = _run_in_new_cell(tour, "while true {}")
    tour.wait_js(PANEL + "return panel.sessionContext.session.kernel.status === 'busy';",
                 "the loop to run", "loop-busy")
    stop = tour.driver.find_element(By.CSS_SELECTOR, "jp-button[data-command='notebook:interrupt-kernel'],"
                                    " button[data-command='notebook:interrupt-kernel']")
    stop.click()
    shown = _finished_output(tour, loop, "the stop button to interrupt `while true {}`", "interrupt")
    tour.shot("interrupted")
    if "nterrupt" not in shown:
        tour.fail(f"the interrupted cell shows {shown!r}", "interrupt-output")
    after = _run_in_new_cell(tour, "survivor + 1")
    shown = _finished_output(tour, after, "`survivor + 1` to run after the interrupt", "after-interrupt")
    if "42" not in shown:
        tour.fail(f"after the interrupt `survivor + 1` shows {shown!r}", "after-interrupt-output")


def test_charts_shrink_to_a_narrow_output_area(tour):
    index = _run_in_new_cell(tour, 'Grid([Histogram([1.0, 2, 2, 3]), Histogram([1.0, 1, 2, 3])], columns: 2,'
                                   ' width: 960, height: 320)')
    _finished_output(tour, index, "a 960 px Grid to be drawn", "wide-grid")
    tour.driver.set_window_size(640, 1000)
    try:
        tour.wait(lambda d: (lambda cs: cs if cs and all(c["loaded"] for c in cs) else None)(_charts(tour)),
                  "the charts to load in a narrow window", "narrow")
        charts = _charts(tour)
        tour.shot("narrow")
        wide = [c for c in charts if c["cell"] == index]
        if not wide or wide[0]["natural"] < 960 or not wide[0]["width"] < 960:
            tour.fail(f"the 960 px Grid is drawn {wide} in a 640 px window", "narrow-grid")
        for chart in charts:
            if chart["width"] > chart["area"] + 0.5:
                tour.fail(f"chart in cell {chart['cell']} overflows its output area: {chart}", "narrow-overflow")
    finally:
        tour.driver.set_window_size(1280, 1000)


def _corner_colours(browser):
    """The top-left pixel of every chart image as drawn on screen (each is the chart's paper)."""
    import io

    from PIL import Image
    colours = []
    for k, img in enumerate(browser.driver.find_elements(By.CSS_SELECTOR, ".jp-OutputArea-output img")):
        browser.driver.execute_script("arguments[0].scrollIntoView();", img)
        shot = Image.open(io.BytesIO(img.screenshot_as_png)).convert("RGB")
        colours.append(shot.getpixel((2, 2)))
    return colours


def test_charts_follow_jupyterlabs_theme_not_the_systems(tour):
    # A dark system setting alone leaves JupyterLab's light theme, and its charts, light.
    tour.driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    try:
        light = _corner_colours(tour)
        if not light or any(min(c) < 200 for c in light):
            tour.fail(f"charts under JupyterLab's light theme on a dark system: corners {light}", "light-theme")
        tour.js("window.jupyterapp.commands.execute('apputils:change-theme', {theme: 'JupyterLab Dark'});")
        tour.wait_js("return document.body.dataset.jpThemeLight === 'false'"
                     " && getComputedStyle(document.body).colorScheme === 'dark';", "the dark theme", "dark-theme")
        # All but the neuron picture, which stays a light card (ModelDiagram.darkVariant).
        dark = tour.wait(lambda d: (lambda cs: cs if cs and sum(max(c) >= 60 for c in cs) == 1 else None)(
            _corner_colours(tour)), "every chart but the neuron picture to turn dark with JupyterLab's dark theme",
            "dark-charts")
        for k, img in enumerate(tour.driver.find_elements(By.CSS_SELECTOR, ".jp-OutputArea-output img")):
            tour.driver.execute_script("arguments[0].scrollIntoView();", img)
            img.screenshot(str(SHOTS / f"dark-{k:02d}.png"))
        assert len(dark) == len(light)
    finally:
        tour.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        tour.js("window.jupyterapp.commands.execute('apputils:change-theme', {theme: 'JupyterLab Light'});")


def test_charts_fit_the_printed_page_of_nbconvert_html(lab, tour, tmp_path):
    # Last: it leaves JupyterLab for nbconvert's page.
    # The notebook as JupyterLab saves it, outputs included.
    tour.driver.execute_async_script(PANEL + "panel.context.save().then(arguments[arguments.length - 1]);")
    notebook = tmp_path / "tour.ipynb"
    shutil.copy(lab.home / "root" / "tour.ipynb", notebook)
    converted = subprocess.run([sys.executable, "-m", "nbconvert", "--to", "html", str(notebook)],
                               capture_output=True, text=True, timeout=120)
    assert converted.returncode == 0, converted.stderr[-2000:]
    page = tour.driver
    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    # An A4 page's printable width at 96 dpi is about 700 CSS px.
    page.set_window_size(700, 1000)
    try:
        page.get((tmp_path / "tour.html").as_uri())
        pictures = """
            return Array.from(document.querySelectorAll('.jp-OutputArea-output img, .jp-OutputArea-output svg'))
                .filter(e => !e.parentElement.closest('svg')).map(e => {
                    e.scrollIntoView();
                    const box = e.getBoundingClientRect(), area = e.closest('.jp-OutputArea-output');
                    return {tag: e.tagName, width: box.width, height: box.height,
                            loaded: e.tagName !== 'IMG' || (e.complete && e.naturalWidth > 0),
                            area: area.getBoundingClientRect().width, page: document.documentElement.clientWidth};
                });"""
        shown = tour.wait(lambda d: (lambda ps: ps if len(ps) >= 14 and all(p["loaded"] for p in ps) else None)(
            d.execute_script(pictures)), "nbconvert's HTML to show the charts", "print-html")
        tour.shot("print-html")
        for picture in shown:
            if not (0 < picture["width"] <= min(picture["area"], picture["page"]) + 0.5 and picture["height"] > 0):
                tour.fail(f"a chart in nbconvert's HTML does not fit the printed page: {picture}", "print-overflow")
    finally:
        page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        page.set_window_size(1280, 1000)
