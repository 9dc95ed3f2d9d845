"""The built book in a real browser: Debian's Chromium driven by Playwright (nothing downloads a browser).

Every chapter loads with no console errors, next/previous navigation and search work, and the
modeling figures are visible. The reader's-eye tests open every built page and read what a reader
sees: no MyST markup printed as text, no Markdown table printed as text, no table cell cut with an
ellipsis, no empty output box, no traceback or warning, every figure loaded, nothing wider than
the page. A screenshot of every page is kept in _build/screenshots/.
"""
from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import threading
from pathlib import Path

import pytest

#: SQLML_CHROMIUM names another build (the workflow's test job sets it to Playwright's Chromium:
#: on Ubuntu, the `chromium` package is only a snap stub).
CHROMIUM = os.environ.get("SQLML_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# Without these, Chromium tries Google's services, which this closed network refuses.
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# pydata-sphinx-theme logs this as an error on a reader's first visit (nothing saved in
# localStorage yet), then picks the automatic mode; the page is fine. Nothing else is excused.
FIRST_VISIT_THEME_NOTICE = "Got invalid theme mode: . Resetting to auto."
SCREENSHOTS = Path(__file__).resolve().parents[1] / "_build" / "screenshots"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason=f"No Chromium at {CHROMIUM}: .ci/run installs Debian's; or set SQLML_CHROMIUM")


@pytest.fixture(scope="module")
def book_server(built_book: Path):
    """Serve the built book on a free localhost port for the module's tests."""
    handler = functools.partial(_QuietHandler, directory=str(built_book))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and message.text != FIRST_VISIT_THEME_NOTICE
            and page.console_errors.append(message.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    yield page
    context.close()


def _chapters(built_book: Path) -> list[str]:
    """The chapter pages in reading order, as the book's own navigation lists them."""
    from html.parser import HTMLParser

    class Links(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.in_nav, self.links = 0, []

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "nav" and "bd-links" in (attrs.get("class") or ""):
                self.in_nav += 1
            if self.in_nav and tag == "a" and attrs.get("href", "").endswith(".html"):
                self.links.append(attrs["href"].lstrip("./"))

        def handle_endtag(self, tag):
            if tag == "nav" and self.in_nav:
                self.in_nav -= 1

    parser = Links()
    parser.feed((built_book / "content" / "intro.html").read_text())
    pages = ["content/intro.html"] + [link if link.startswith("content/") else f"content/{link}"
                                      for link in parser.links]
    return list(dict.fromkeys(pages))  # each page once, in the navigation's order


def test_every_chapter_loads_without_console_errors(built_book, book_server, page):
    chapters = _chapters(built_book)
    assert len(chapters) >= 9, chapters
    for chapter in chapters:
        response = page.goto(f"{book_server}/{chapter}", wait_until="networkidle")
        assert response.ok, f"{chapter}: HTTP {response.status}"
        assert page.locator("article h1").first.is_visible(), f"{chapter} shows no title"
        assert page.locator(".output.traceback, .output.error, div.output pre.ansi-red-fg").count() == 0, \
            f"{chapter} shows error output"
        assert page.console_errors == [], f"{chapter}: {page.console_errors}"


def test_next_and_previous_buttons_walk_the_chapters_in_order(built_book, book_server, page):
    chapters = _chapters(built_book)
    page.goto(f"{book_server}/{chapters[0]}")
    for expected in chapters[1:]:
        page.locator("a.right-next").first.click()
        page.wait_for_load_state()
        assert page.url.endswith(expected), (page.url, expected)
    for expected in reversed(chapters[:-1]):
        page.locator("a.left-prev").first.click()
        page.wait_for_load_state()
        assert page.url.endswith(expected), (page.url, expected)


def test_search_finds_a_modeling_term(book_server, page):
    page.goto(f"{book_server}/search.html?q=silhouette", wait_until="networkidle")
    results = page.locator("#search-results ul.search li")
    results.first.wait_for(timeout=15000)
    links = " ".join(results.locator("a").evaluate_all("links => links.map(a => a.href)"))
    assert "05-modeling" in links


@pytest.mark.parametrize("figure_id", ["fig-elbow", "fig-profiles"])
def test_modeling_figures_are_visible(book_server, page, figure_id):
    page.goto(f"{book_server}/content/05-modeling.html", wait_until="networkidle")
    image = page.locator(f"#{figure_id} img")
    assert image.count() == 1, f"figure {figure_id} is missing from 05-modeling"
    image.scroll_into_view_if_needed()
    assert image.is_visible()
    assert image.evaluate("img => img.complete && img.naturalWidth > 100"), f"{figure_id} did not render"
    box = image.bounding_box()
    assert box["width"] > 200 and box["height"] > 100, f"{figure_id} is drawn too small to read: {box}"


# -- the reader's eye -------------------------------------------------------------------------------
# What a reader sees on a page, gathered in the browser: the visible text outside the code a cell
# shows as its source, table cells, output boxes, images and the boxes wider than the page.
READ_PAGE = r"""() => {
  const main = document.querySelector("article") || document.body;
  const visible = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const text = el => (el.innerText || "").trim();
  const short = s => s.replace(/\s+/g, " ").trim().slice(0, 160);
  // The reader's text: the page without the code cells' sources and the prose's code blocks
  // (those show code on purpose); outputs stay, however they were printed.
  const copy = main.cloneNode(true);
  copy.querySelectorAll(".cell_input, .highlight").forEach(el => {
    if (!el.closest(".cell_output")) el.remove();
  });
  document.body.appendChild(copy);
  copy.style.position = "absolute"; copy.style.left = "-99999px"; copy.style.width = main.clientWidth + "px";
  const prose = copy.innerText;
  copy.remove();
  const outputs = [...main.querySelectorAll(".cell_output")];
  // An output area, or one output inside it (such as a blank line a library printed), drawn empty.
  const emptyOutputs = [...main.querySelectorAll(".cell_output, .cell_output > *")]
      .filter(el => visible(el) && !text(el) && !el.matches("img, svg, canvas, iframe, table") &&
                    // (the copy button's icon is no content)
                    ![...el.querySelectorAll("img, svg, canvas, iframe, table")].some(x => !x.closest("button")));
  const outputTexts = outputs.map(text);
  const width = document.documentElement.clientWidth;
  const right = main.getBoundingClientRect().right;
  // Content past the article's right edge, or cut by a box that scrolls or clips it sideways.
  const clipping = el => { const x = getComputedStyle(el).overflowX; return x !== "visible" && x !== "clip"; };
  const overflowing = [...main.querySelectorAll("*")]
      .filter(el => visible(el) && ((clipping(el) && el.scrollWidth > el.clientWidth + 1) ||
                                    el.getBoundingClientRect().right > right + 1))
      .filter(el => !el.closest(".headerlink"))
      .map(el => el.tagName.toLowerCase() + ": " + short(text(el) || el.getAttribute("src") || ""));
  if (document.documentElement.scrollWidth > width + 1)
    overflowing.push("the page scrolls sideways (" + document.documentElement.scrollWidth + " > " + width + " px)");
  return {
    prose: prose,
    cut_cells: [...main.querySelectorAll("td, th")].map(text).filter(t => /(\.\.\.|\u2026)$/.test(t)).map(short),
    empty_outputs: emptyOutputs.map(el => {
      const cell = el.closest(".cell"); const source = cell && cell.querySelector(".cell_input");
      return "output of: " + short(source ? text(source) : "?").slice(0, 80);
    }),
    outputs: outputTexts,
    error_outputs: [...main.querySelectorAll(".output.traceback, .output.error, .output.stderr")].map(el => short(text(el))),
    broken_images: [...main.querySelectorAll("img")].filter(img => !(img.complete && img.naturalWidth > 0))
        .map(img => img.getAttribute("src")),
    overflowing: overflowing,
    // A bare value left by a cell's last expression (such as the 1 a helper returned).
    stray_outputs: outputTexts.filter(t => /^(-?\d+(\.\d+)?|None|True|False)$/.test(t)),
    next_without_link: [...main.querySelectorAll("p")].filter(p => /^Next:/.test(text(p)) && !p.querySelector("a"))
        .map(p => short(text(p))),
    // The parameters a notebook ran with, shown once (not the parameters cell and papermill's copy).
    parameter_cells: [...main.querySelectorAll(".cell_input")].filter(el => /^\s*scale_factor\s*=/m.test(text(el)))
        .map(el => short(text(el))),
  };
}"""

MYST_MARKUP = re.compile(r"\{(?:glue|glue:text|glue:figure|glue:any|glue:md|eval|doc|ref|numref|download|eq|term|"
                         r"dropdown|note|warning|figure|code-cell)[:}]|^\s*(?:```|:::)\{", re.M)
MARKDOWN_TABLE_RULE = re.compile(r"\|\s*:?(?:-{3,}|[\u2013\u2014]+):?\s*\|")  # smart quotes turn --- into a dash
TRACEBACK_OR_WARNING = re.compile(r"Traceback \(most recent call last\)|\b[A-Z][A-Za-z]*Warning\b:|"
                                  r"^\s*warnings\.warn\(|^\s*File \"[^\"]+\", line \d+", re.M)


def _all_pages(built_book: Path) -> list[str]:
    """Every HTML page the book built, the chapters first in reading order."""
    from sqlml.course import book_pages

    every = [page for page in book_pages(built_book) if not page.startswith(("_sources", "_static"))]
    chapters = [page for page in _chapters(built_book) if page in every]
    return chapters + [page for page in every if page not in chapters]


@pytest.fixture(scope="module")
def read_pages(built_book, book_server, browser) -> dict[str, dict]:
    """Open every built page once, as a reader would, keep its screenshot and what it shows."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    seen: dict[str, dict] = {}
    try:
        for name in _all_pages(built_book):
            response = page.goto(f"{book_server}/{name}", wait_until="networkidle")
            assert response.ok, f"{name}: HTTP {response.status}"
            page.wait_for_load_state("load")  # every image fetched (or failed)
            shot = SCREENSHOTS / (name.removesuffix(".html").replace("/", "__") + ".png")
            page.screenshot(path=str(shot), full_page=True)  # as the reader first sees it
            # A reader unfolds the folded answers and outputs: read them too.
            page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
            seen[name] = page.evaluate(READ_PAGE)
    finally:
        context.close()
    return seen


def _problems(read_pages: dict[str, dict], kind: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name, seen in read_pages.items():
        if kind == "myst_markup":
            hits = [m.group(0) + " ..." + seen["prose"][max(m.start() - 40, 0): m.end() + 40].replace("\n", " ")
                    for m in MYST_MARKUP.finditer(seen["prose"])]
        elif kind == "markdown_table_as_text":
            hits = [seen["prose"][max(m.start() - 60, 0): m.end() + 20].replace("\n", " ")
                    for m in MARKDOWN_TABLE_RULE.finditer(seen["prose"])]
        elif kind == "parameter_cells":
            hits = seen[kind] if len(seen[kind]) > 1 else []
        elif kind == "traceback_or_warning":
            hits = seen["error_outputs"] + [m.group(0) for m in TRACEBACK_OR_WARNING.finditer(seen["prose"])]
        else:
            hits = seen[kind]
        if hits:
            found[name] = hits[:5] + ([f"... and {len(hits) - 5} more"] if len(hits) > 5 else [])
    return found


@pytest.mark.parametrize("kind, what", [
    ("myst_markup", "MyST markup printed as text ({glue}, {doc}, a directive)"),
    ("markdown_table_as_text", "a Markdown table printed as text instead of a table"),
    ("cut_cells", "table cells cut with an ellipsis"),
    ("empty_outputs", "empty output boxes"),
    ("stray_outputs", "a stray value printed under a cell"),
    ("parameter_cells", "the parameters shown more than once"),
    ("next_without_link", "a \"Next:\" that is not a link"),
    ("traceback_or_warning", "a traceback, an error or a warning in an output"),
    ("broken_images", "figures that did not load"),
    ("overflowing", "content wider than the page or hidden behind a scroll bar"),
])
def test_every_page_reads_clean(read_pages, kind, what):
    assert len(read_pages) >= 11, sorted(read_pages)
    found = _problems(read_pages, kind)
    assert not found, f"{what} on {len(found)} page(s):\n" + "\n".join(
        f"  {name}: {hits}" for name, hits in found.items())
