"""The notebooks as a learner runs them: JupyterLab (with jupyterlab-myst) in Debian's Chromium.

03, 04, 05 and 06 are opened in turn and run with Run All, and no kernel is ever shut down: each
notebook's kernel keeps running while the next one works on the same database file; 04, 05 and 06
are opened as a learner opens them, with a click on the previous notebook's "Next:" link. Checked
as a learner sees it: every cell ran without an error, the figures of 04 and 05 are drawn, no
rendered Markdown shows a raw MyST role ({glue, {doc}, {eval}), the numbers of the prose are filled
in (the customer count read from the database itself), and the worked answers are folded.
Screenshots are kept in _build/screenshots/jupyterlab/.

The course runs in a temporary copy (SQLML_HOME) on the session's scale factor 0.01 data: the
pristine snapshot of the session's course run, then 01 and 02 (which 03 builds on) headless.
Every wait is on a condition (the server answers, a cell has run), none on a clock.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from conftest import SCALE_FACTOR, copy_course

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "_build" / "screenshots" / "jupyterlab"
NOTEBOOKS = ["03-business-understanding", "04-data-understanding", "05-modeling", "06-deployment"]
#: The figures each notebook draws (glued and shown under the cell that draws them).
FIGURES = {"04-data-understanding": 2, "05-modeling": 3}
#: Generous bounds for one notebook's Run All on a loaded 2-core machine; a normal run takes seconds.
RUN_ALL_LIMIT_MS = 300_000

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (.ci/run installs it)"),
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def lab_course(executed_course, tmp_path_factory) -> Path:
    """A course copy at the start of module 03: the session's pristine data, then 01 and 02 run."""
    executed_course.require_success()
    from sqlml.course import execute_notebook

    home = copy_course(tmp_path_factory.mktemp("lab") / "course")
    pristine = executed_course.home / "data" / "course.duckdb.snapshot"
    if not pristine.exists():
        pytest.fail(f"the session's course run kept no snapshot of its data ({pristine})", pytrace=False)
    (home / "data").mkdir()
    shutil.copyfile(pristine, home / "data" / "tpcxbb_1gb.duckdb")   # the default database of the notebooks
    from sqlml.environment import environment

    with environment({"SQLML_HOME": str(home), "SQLML_DATABASE_URL": None}):
        for name in ("01-architecture", "02-methodology"):
            execute_notebook(home / "content" / f"{name}.ipynb", database_url=None, scale_factor=SCALE_FACTOR)
    return home


@pytest.fixture(scope="module")
def jupyter_lab(lab_course, tmp_path_factory):
    """`jupyter lab` on a free localhost port with a token, in the course copy; stopped at the end."""
    pytest.importorskip("jupyterlab")
    pytest.importorskip("jupyterlab_myst")
    settings = tmp_path_factory.mktemp("jupyter")
    token = uuid.uuid4().hex
    port = _free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("JUPYTER", "JPY_"))}
    env.update(SQLML_HOME=str(lab_course), JUPYTER_CONFIG_DIR=str(settings / "config"),
               JUPYTER_RUNTIME_DIR=str(settings / "runtime"), JUPYTERLAB_WORKSPACES_DIR=str(settings / "workspaces"),
               JUPYTERLAB_SETTINGS_DIR=str(settings / "user-settings"))
    env.pop("SQLML_DATABASE_URL", None)
    # No "get Jupyter news?" pop-up over the screenshots (it would also ask the network).
    notification = settings / "user-settings" / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    notification.parent.mkdir(parents=True)
    notification.write_text('{"fetchNews": "false", "checkForUpdates": false}')
    command = [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
               f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={lab_course}",
               "--ServerApp.port_retries=0", "--LabApp.expose_app_in_browser=True", "--LabApp.news_url=None",
               "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
               "--LabApp.extension_manager=readonly"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")   # CI runs as root
    log = open(settings / "lab.log", "wb")
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=lab_course)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_serving(server, f"{base}/api/status?token={token}", settings / "lab.log")
        yield base, token
    finally:
        try:
            urllib.request.urlopen(urllib.request.Request(f"{base}/api/shutdown?token={token}", method="POST"),
                                   timeout=30)
        except OSError:
            pass
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=30)
        log.close()


def _wait_until_serving(server: subprocess.Popen, url: str, log: Path) -> None:
    while True:   # ends when the server answers, or when it has exited
        if server.poll() is not None:
            pytest.fail(f"jupyter lab exited ({server.returncode}):\n{log.read_text(errors='replace')[-3000:]}",
                        pytrace=False)
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)   # the process is starting: ask again


@pytest.fixture(scope="module")
def lab_page(jupyter_lab):
    playwright_api = pytest.importorskip("playwright.sync_api")
    base, token = jupyter_lab
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{base}/lab?token={token}")
        page.wait_for_function("() => window.jupyterapp && window.jupyterapp.started !== undefined", timeout=120_000)
        page.evaluate("async () => { await window.jupyterapp.started; return true; }")
        page.wait_for_function("() => document.querySelector('.jp-LabShell') !== null", timeout=120_000)
        yield page
        browser.close()


# What the page knows about the notebook in focus, read from JupyterLab's own models.
_NOTEBOOK_STATE = """
() => {
  const panel = window.jupyterapp.shell.currentWidget;
  if (!panel || !panel.content || !panel.content.model) return null;
  const cells = panel.content.model.cells;
  let pending = 0, errors = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells.get(i);
    if (cell.type !== 'code') continue;
    if (cell.executionCount === null) pending++;
    for (const output of cell.outputs.toJSON()) {
      if (output.output_type === 'error') errors.push(`cell ${i}: ${output.ename}: ${output.evalue}`);
    }
  }
  const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
  return {pending, errors, status: kernel ? kernel.status : 'none', path: panel.context.path};
}
"""

_RUN_FINISHED = f"""
() => {{
  const state = ({_NOTEBOOK_STATE})();
  return state !== null && state.status === 'idle' && (state.pending === 0 || state.errors.length > 0);
}}
"""

# Markdown as the learner reads it: each rendered Markdown cell's text, and the worked answers.
_RENDERED = """
(panelPath) => {
  const panel = window.jupyterapp.shell.currentWidget;
  const node = panel.content.node;
  const markdown = [...node.querySelectorAll('.jp-MarkdownCell .myst, .jp-MarkdownCell .jp-RenderedMarkdown')]
    .map(element => element.textContent);
  const dropdowns = [...node.querySelectorAll('.jp-MarkdownCell details')].map(d => ({open: d.open, text: d.textContent.slice(0, 60)}));
  const figures = [...node.querySelectorAll('.jp-OutputArea-output img')]
    .filter(img => img.complete && img.naturalWidth > 100 && img.getBoundingClientRect().width > 200).length;
  const foldedInputs = node.querySelectorAll('.jp-InputPlaceholder').length;
  return {markdown, dropdowns, figures, foldedInputs};
}
"""


# The numbers of the prose: every rendered Markdown cell whose source has an {eval} shows no
# expression text any more (jupyterlab-myst draws a value in its place once the kernel answered).
_NUMBERS_FILLED_IN = """
() => [...window.jupyterapp.shell.currentWidget.content.widgets]
  .filter(cell => cell.model.type === 'markdown' && cell.model.sharedModel.getSource().includes('{eval}'))
  .every(cell => [...cell.node.querySelectorAll('.myst')].some(el => el.textContent.trim())
    && ![...cell.node.querySelectorAll('.myst')].some(el => el.textContent.includes('glued.')))
"""
#: How long the values may take after the last code cell ran (they are asked right behind it).
FILL_IN_LIMIT_MS = 120_000

_CURRENT_PATH = "() => { const w = window.jupyterapp.shell.currentWidget; return w && w.context ? w.context.path : null; }"


def _follow_next_link(page, name: str) -> str | None:
    """Click the notebook's "Next:" link as a learner does; the path of the notebook that opens."""
    # Scrolled to first: a cell far off screen is not drawn (JupyterLab's content-visibility).
    page.evaluate("""() => { const p = [...window.jupyterapp.shell.currentWidget.content.node
        .querySelectorAll('.jp-MarkdownCell .myst p')].find(p => p.textContent.startsWith('Next:'));
      p.scrollIntoView({block: 'center', behavior: 'instant'}); return true; }""")
    page.locator(".jp-MarkdownCell .myst p", has_text="Next:").locator("a").filter(visible=True).first.click()
    try:
        page.wait_for_function(f"() => ({_CURRENT_PATH})() !== 'content/{name}.ipynb'", timeout=60_000)
    except Exception:  # noqa: BLE001 - Playwright's TimeoutError: nothing opened, reported by the test
        return None
    return page.evaluate(_CURRENT_PATH)


def _open_and_run_all(page, name: str) -> dict:
    began = time.perf_counter()
    path = f"content/{name}.ipynb"
    # Opened already by the previous notebook's "Next:" link, this only brings it to the front.
    page.evaluate("async (path) => { await window.jupyterapp.commands.execute('docmanager:open', "
                  "{path, factory: 'Notebook'}); return true; }", path)
    page.wait_for_function(
        "(path) => { const w = window.jupyterapp.shell.currentWidget; return w && w.context && w.context.path === path"
        " && w.sessionContext.session && w.sessionContext.session.kernel && w.sessionContext.session.kernel.status === 'idle'; }",
        arg=path, timeout=120_000)
    page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-all-cells'); return true; }")
    page.wait_for_function(_RUN_FINISHED, timeout=RUN_ALL_LIMIT_MS, polling=500)
    state = page.evaluate(_NOTEBOOK_STATE)
    # Each Markdown cell's {eval} values are asked for when Run All reaches it, behind the code
    # cells queued before (labextension/index.js): they arrive once those ran.
    try:
        page.wait_for_function(_NUMBERS_FILLED_IN, timeout=FILL_IN_LIMIT_MS, polling=500)
    except Exception:  # noqa: BLE001 - Playwright's TimeoutError: what shows is asserted by the tests
        pass
    rendered = page.evaluate(_RENDERED)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))
    # the first sentence with numbers, as the learner scrolls to it
    if page.evaluate("""() => { const cell = [...window.jupyterapp.shell.currentWidget.content.widgets]
          .find(c => c.model.type === 'markdown' && c.model.sharedModel.getSource().includes('{eval}'));
        if (cell) cell.node.scrollIntoView({block: 'center', behavior: 'instant'}); return !!cell; }"""):
        page.screenshot(path=str(SCREENSHOTS / f"{name}-numbers.png"))
    if name in FIGURES:   # and the first figure, as the learner scrolls to it
        page.evaluate("() => { window.jupyterapp.shell.currentWidget.content.node"
                      ".querySelector('.jp-OutputArea-output img').scrollIntoView({block: 'center', behavior: 'instant'}); "
                      "return true; }")
        page.screenshot(path=str(SCREENSHOTS / f"{name}-figure.png"))
    return {**state, **rendered, "seconds": round(time.perf_counter() - began, 1)}


@pytest.fixture(scope="module")
def learner_runs(lab_page) -> dict:
    """Run All in 03, 04, 05 and 06 in turn, every kernel left running; each next notebook opened
    with a click on the "Next:" link of the one before."""
    runs = {}
    for name, following in zip(NOTEBOOKS, [*NOTEBOOKS[1:], None]):
        runs[name] = _open_and_run_all(lab_page, name)
        if following is not None:
            runs[name]["next_opened"] = _follow_next_link(lab_page, name)
    print("Run All took (s):", {name: run["seconds"] for name, run in runs.items()})
    return runs


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_run_all_runs_every_cell_without_an_error(learner_runs, name):
    run = learner_runs[name]
    assert run["errors"] == [], f"{name}: {run['errors']}"
    assert run["pending"] == 0


def test_no_kernel_was_shut_down(jupyter_lab, learner_runs):
    import json

    base, token = jupyter_lab
    with urllib.request.urlopen(f"{base}/api/sessions?token={token}", timeout=30) as answer:
        sessions = json.load(answer)
    running = {Path(s["path"]).stem for s in sessions if s["kernel"]["execution_state"] != "dead"}
    assert set(NOTEBOOKS) <= running


@pytest.mark.parametrize("name, figures", sorted(FIGURES.items()))
def test_the_figures_show_in_the_notebook(learner_runs, name, figures):
    assert learner_runs[name]["figures"] >= figures


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_the_prose_shows_no_raw_myst(learner_runs, name):
    text = "\n".join(learner_runs[name]["markdown"])
    assert text.strip(), f"{name}: no rendered Markdown found"
    for raw in ("{glue", "{doc}", "{eval}", ":::"):
        assert raw not in text, f"{name}: the rendered Markdown shows {raw!r}"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_the_numbers_in_the_prose_are_filled_in(learner_runs, name):
    text = "\n".join(learner_runs[name]["markdown"])
    assert "glued." not in text, f"{name}: an {{eval}} expression shows its text, not its value"


def _read_course_database(lab_course: Path, query: str):
    """One value read from the course database by this process, as the next notebook would open it."""
    import duckdb

    database = lab_course / "data" / "tpcxbb_1gb.duckdb"
    try:
        with duckdb.connect(str(database), read_only=True) as con:
            return con.execute(query).fetchone()[0]
    except duckdb.IOException as error:
        notes = [note.read_text() for note in database.parent.glob(database.name + ".holder-*.json")]
        pytest.fail(f"a kernel still holds the database file: {error}; its notes: {notes}", pytrace=False)


def test_no_kernel_holds_the_database_file_once_the_notebooks_ran(learner_runs, lab_course):
    """Four kernels left running, none holds the file between statements (no transaction or #temp
    table left open by a notebook): the next notebook can open it."""
    assert _read_course_database(lab_course, "SELECT count(*) FROM duckdb_tables()") > 0


def test_the_prose_shows_the_databases_own_count(learner_runs, lab_course):
    """03's "the database holds N customers" is the count of the run's own dbo.customer."""
    customers = _read_course_database(lab_course, "SELECT count(*) FROM dbo.customer")
    text = " ".join(" ".join(learner_runs["03-business-understanding"]["markdown"]).split())
    assert f"the database holds {customers:,} customers" in text


@pytest.mark.parametrize("name, following", list(zip(NOTEBOOKS, NOTEBOOKS[1:])))
def test_the_next_link_opens_the_next_notebook(learner_runs, name, following):
    assert learner_runs[name]["next_opened"] == f"content/{following}.ipynb"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_worked_answers_are_folded(learner_runs, lab_course, name):
    import nbformat

    dropdowns = learner_runs[name]["dropdowns"]
    assert dropdowns, f"{name}: the worked answer is not a dropdown"
    assert not any(d["open"] for d in dropdowns), dropdowns
    # and the answer cells the book folds show folded (their input a placeholder) until opened
    notebook = nbformat.read(lab_course / "content" / f"{name}.ipynb", as_version=4)
    folded = sum(bool(c.metadata.get("jupyter", {}).get("source_hidden")) for c in notebook.cells)
    assert learner_runs[name]["foldedInputs"] == folded
