"""Layout and accessibility of every page, in Debian's headless Chromium (issue 18).

Each page (sign-in, queue, request, reports, needs review and one message in it) is opened at a 1366×768 laptop and a
390 px phone, and also at 320 px (WCAG 2.2 reflow, 1.4.10): nothing may scroll sideways, and
axe-core (vendored from npm under tests/vendor/axe-core, MPL-2.0) must find no violation of the
WCAG 2.2 A/AA rules or its best practices. Screenshots go to docs/screenshots/<page>-<width>.png.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.web import start_server
from tests.conftest import reference_of
from tests.test_browser_queue import SCREENSHOTS, _sign_in, browser, ingest_samples  # noqa: F401 (fixture)
from tests.support.web_kit import email_bytes, make_user, seed_inbound

AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
WIDTHS = {1366: 768, 390: 844, 320: 640}
SHOT_WIDTHS = (1366, 390)


@pytest.fixture
def site(tmp_app):
    ingest_samples(tmp_app)
    failed = seed_inbound(tmp_app, raw=email_bytes(text="unreadable", sender="x@example.org",
                                          to="MASH-StepUP@richmondandwandsworth.gov.uk",
                                          message_id="<failed-layout@x>"), status="failed")
    make_user(tmp_app, "bea", authorities=("richmond_wandsworth", "knowsley", "torbay"))
    server = start_server(tmp_app, "127.0.0.1", 0)
    yield tmp_app, server.url, failed
    server.stop()


def _pages(app, failed: int):
    ref = reference_of(app, "richmond_wandsworth", 1)
    return {"queue": "/", "request": f"/requests/{ref}", "reports": "/reports", "review": "/review",
            "review-item": f"/review/{failed}"}


def _check(page, name: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": WIDTHS[width]})
    page.wait_for_load_state("load")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    if overflow > 0:
        wide = page.evaluate("""() => {
            const clipped = e => { for (let a = e.parentElement; a; a = a.parentElement)
                if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return true; return false; };
            return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(e))
                .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').trim().slice(0, 40)); }""")
        culprits = page.evaluate("""() => { const out = []; const base = document.documentElement.scrollWidth;
            for (const e of document.querySelectorAll('main section, main > *, header > *')) {
                const d = e.style.display; e.style.display = 'none';
                const w = document.documentElement.scrollWidth; e.style.display = d;
                if (w < base) out.push((e.id || e.tagName + '.' + e.className) + ' ' + base + '->' + w); }
            return out; }""")
        wide += culprits
        pytest.fail(f"{name} at {width} px scrolls sideways by {overflow} px: {wide}")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values:
            ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}});
        return r.violations.map(v => v.id + ': ' + v.help + ' — ' +
            v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
    }""")
    assert result == [], f"{name} at {width} px: axe-core found {result}"
    if width in SHOT_WIDTHS:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_every_page_fits_and_passes_axe(browser, site, width):  # noqa: F811
    app, url, failed = site
    # bypass_csp lets the test inject axe-core; the pages keep their Content-Security-Policy.
    context = browser.new_context(viewport={"width": width, "height": WIDTHS[width]}, bypass_csp=True)
    page = context.new_page()
    page.goto(url + "/signin")
    _check(page, "signin", width)
    _sign_in(page, url, "bea")
    for name, path in _pages(app, failed).items():
        page.goto(url + path)
        _check(page, name, width)
    context.close()
