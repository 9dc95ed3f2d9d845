"""The built book in a real browser: Debian's Chromium driven by Playwright (nothing downloads a browser).

Every chapter loads with no console errors, next/previous navigation and search work, and the
modeling figures are visible. A screenshot of each chapter is kept in _build/screenshots/.
"""
from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
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
                                reason="Debian's chromium is not installed (.ci/run installs it)")


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
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    chapters = _chapters(built_book)
    assert len(chapters) >= 9, chapters
    for chapter in chapters:
        response = page.goto(f"{book_server}/{chapter}", wait_until="networkidle")
        assert response.ok, f"{chapter}: HTTP {response.status}"
        assert page.locator("article h1").first.is_visible(), f"{chapter} shows no title"
        assert page.locator(".output.traceback, .output.error, div.output pre.ansi-red-fg").count() == 0, \
            f"{chapter} shows error output"
        page.screenshot(path=str(SCREENSHOTS / (Path(chapter).stem + ".png")), full_page=True)
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
