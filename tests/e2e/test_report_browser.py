"""The relations report and the Data Docs as people see them: opened from disk in headless
Chromium (Debian's ``chromium`` package, driven by Playwright; `make chromium` installs it),
charts and tables drawn, no console error, no request leaving the page.

Without a browser these tests skip, unless DYAD_REQUIRE_BROWSER=1 (set by .ci/run): then they
fail. DYAD_REPORT_SCREENSHOT=path also saves the seeds report's screenshot there
(`make report-screenshot` writes docs/report.png).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from flows.report import write_report
from flows.settings import load_settings

pytestmark = pytest.mark.slow

CHROMIUM = Path(os.environ.get("DYAD_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DRAW_TIMEOUT_MS = 60_000


def _unavailable(reason: str) -> None:
    if os.environ.get("DYAD_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (DYAD_REQUIRE_BROWSER=1: the browser test must run; `make chromium`)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Checked first (session scope, first argument): skip or fail before any warehouse is built."""
    if not CHROMIUM.exists():
        _unavailable(f"no Chromium at {CHROMIUM}: `make chromium` installs Debian's package")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("playwright is not installed (`make install`)")
    return CHROMIUM


@pytest.fixture(scope="module")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


class Opened:
    """A report page and everything that went wrong while it loaded."""

    def __init__(self, browser, path: Path, color_scheme: str = "light"):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 900}, color_scheme=color_scheme)
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri(), wait_until="load")

    def _console(self, msg) -> None:
        if msg.type == "error":
            self.errors.append(f"console error: {msg.text}")

    def _dialog(self, dialog) -> None:
        self.errors.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "blob:", "about:")):
            route.continue_()
        else:  # the report must open without a network
            self.requests.append(url)
            route.abort()

    def wait_drawn(self, condition: str) -> None:
        """Wait until the JavaScript condition holds; on time-out, fail with what went wrong."""
        from playwright.sync_api import TimeoutError as PlaywrightTimeout

        try:
            self.page.wait_for_function(condition, timeout=DRAW_TIMEOUT_MS)
        except PlaywrightTimeout:
            pytest.fail(f"charts not drawn ({condition}); errors: {self.errors}; blocked: {self.requests}")

    def count(self, selector: str) -> int:
        return self.page.locator(selector).count()

    def close(self) -> None:
        self.page.close()


def _settings(wh: Path):
    return load_settings({"warehouse": str(wh)}, environ={})


def test_seeds_report_draws_in_chromium(chromium, browser, seeds_warehouse, tmp_path):
    wh, _ = seeds_warehouse
    report = write_report(_settings(wh), out=tmp_path / "report.html")
    opened = Opened(browser, report)
    page = opened.page
    try:
        opened.wait_drawn(
            "document.querySelectorAll('.js-plotly-plot .main-svg').length >= 4 * 2"
            " && document.querySelectorAll('#fig-network .scatterlayer .point').length > 0"
        )
        assert opened.count(".js-plotly-plot") == 4  # network, articles, key facts, indicators
        # The network: 3 pair lines, their 3 hover points, 4 country nodes labelled by name.
        assert opened.count("#fig-network .scatterlayer .js-line") == 3
        assert all(
            len(d or "") > 5
            for d in page.eval_on_selector_all(
                "#fig-network .scatterlayer .js-line", "els => els.map(e => e.getAttribute('d'))"
            )
        )
        assert opened.count("#fig-network .scatterlayer .point") == 3 + 4
        labels = page.eval_on_selector_all("#fig-network .textpoint", "els => els.map(e => e.textContent)")
        assert sorted(labels) == ["Беларусь (BY)", "Казахстан (KZ)", "Китай (CN)", "Россия (RU)"]
        # The timelines: one bar per pair-month, one point per key fact (2 trade turnover, 1 agreements).
        assert opened.count("#fig-articles .barlayer .point") == 3
        assert opened.count("#fig-facts .scatterlayer .point") == 3
        # Hovering a key fact shows its exact quote and source.
        point = page.locator("#fig-facts .scatterlayer .point").first
        point.scroll_into_view_if_needed()
        box = point.bounding_box()
        assert box is not None
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_selector("#fig-facts .hoverlayer .hovertext", timeout=10_000)
        hover = page.locator("#fig-facts .hoverlayer .hovertext").first.text_content() or ""
        assert "БЕЛТА" in hover and "«" in hover and "valid" in hover
        # The facts table and the validation status.
        assert opened.count("#facts-table tbody tr") == 10
        assert opened.count("#facts-table tbody tr .badge.valid") == 10
        assert "All checks passed" in (page.locator("#validation").text_content() or "")

        assert opened.errors == [], opened.errors
        assert opened.requests == [], opened.requests
        shot = tmp_path / "report.png"
        page.mouse.move(0, 0)
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 50_000
        target = os.environ.get("DYAD_REPORT_SCREENSHOT")
        if target:
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shot, target)
    finally:
        opened.close()


def test_failed_checks_and_hostile_text_in_chromium(chromium, browser, flagged_warehouse, tmp_path):
    wh, _ = flagged_warehouse
    report = write_report(_settings(wh), out=tmp_path / "flagged.html")
    opened = Opened(browser, report)
    page = opened.page
    try:
        opened.wait_drawn("document.querySelectorAll('.js-plotly-plot .main-svg').length >= 3 * 2")
        failed_rows = page.locator("#facts-table tbody tr.failed")
        assert failed_rows.count() == 2
        failed_text = " ".join(failed_rows.all_text_contents())
        assert "money_within_ceiling" in failed_text and "share_within_0_100" in failed_text
        assert failed_rows.first.evaluate("e => getComputedStyle(e.cells[0]).backgroundColor") != (
            "rgba(0, 0, 0, 0)"
        )
        assert opened.count("#failed-checks tbody tr") == 2
        assert "2" in (page.locator('.card[data-metric="facts failing validation"] .n').text_content() or "")
        # The hostile title is shown as text, and nothing of it ran.
        table = page.locator("#facts-table").text_content() or ""
        assert '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">' in table
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert opened.count("#facts-table img") == 0
        assert opened.errors == [], opened.errors
        assert opened.requests == [], opened.requests
    finally:
        opened.close()


def test_empty_report_in_chromium(chromium, browser, seeds_warehouse, tmp_path):
    wh, _ = seeds_warehouse
    report = write_report(_settings(wh), "US", None, tmp_path / "empty.html")
    opened = Opened(browser, report)
    try:
        assert "No articles match these filters" in (opened.page.locator("#empty").text_content() or "")
        assert opened.count(".js-plotly-plot") == 0
        assert opened.errors == [] and opened.requests == []
    finally:
        opened.close()


def test_data_docs_render_offline_in_chromium(chromium, browser, seeds_warehouse, tmp_path):
    """The Data Docs index lists the validations of the seeds run with every request that is not
    a local file blocked (and counted as a failure), in light and dark mode; so do the pages of
    a validation and of a suite it links to.

    Other workers' audits write to the same site at the same time: the site is copied while the
    store is held, so the pages opened are finished ones (GX's own, then made local)."""
    from flows.validation import DATA_DOCS_DIR, SUITES, store_lock

    site = tmp_path / "local_site"
    with store_lock():
        shutil.copytree(DATA_DOCS_DIR, site)
    index = site / "index.html"
    assert index.is_file()
    rows = "table.ge-index-page-validation-results-table tbody tr[data-index]"
    for scheme in ("light", "dark"):
        opened = Opened(browser, index, color_scheme=scheme)
        try:
            opened.wait_drawn(f"document.querySelectorAll({rows!r}).length > 0")
            text = " ".join(opened.page.locator(rows).all_text_contents())
            assert all(suite in text for suite in SUITES), text
            assert opened.page.locator(".navbar-brand img").evaluate("e => e.naturalWidth") > 0
            assert opened.errors == [], opened.errors
            assert opened.requests == [], opened.requests
        finally:
            opened.close()
    pages = [
        next((site / "validations").rglob("*.html")),
        next((site / "expectations").rglob("*.html")),
    ]
    for page_path in pages:
        opened = Opened(browser, page_path)
        try:
            opened.wait_drawn("document.querySelectorAll('.card').length > 0 && typeof jQuery === 'function'")
            assert opened.errors == [], (page_path, opened.errors)
            assert opened.requests == [], (page_path, opened.requests)
        finally:
            opened.close()
