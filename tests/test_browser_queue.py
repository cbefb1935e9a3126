"""End to end in Debian's headless Chromium (Playwright): sign in, work a request to a recorded
outcome, see its deadlines, export the monthly log, stay inside one's authorities, and show a
hostile HTML email inert, and process a failed message again from "Needs review". Saves
docs/screenshots/queue.png, request.png and review.png."""
from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from bot import intake
from bot.demo import SAMPLES, render_sample
from bot.models import Deadline, Request
from bot.web import start_server
from tests.conftest import reference_of
from tests.support.requires import require
from tests.support.web_kit import PASSWORD, email_bytes, make_user, seed_inbound, seed_request

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture
def browser():
    require(os.path.exists(CHROMIUM), "Chromium", "apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


SAMPLE_MAIL = (("01_torbay_step_up_complete.eml", "torbay", "mash_step_up"),
               ("02_richmond_step_up_incomplete.eml", "richmond_wandsworth", "mash_step_up"),
               ("03_knowsley_step_up_urgent.eml", "knowsley", "mash_step_up"),
               ("04_knowsley_step_down_complete.eml", "knowsley", "early_help_duty"))


def ingest_samples(app) -> None:
    """The demo's sample mail through real intake: an urgent, a complete and an incomplete request."""
    for name, authority, role in SAMPLE_MAIL:
        intake.ingest(app, authority, role, render_sample(SAMPLES / name, app))


@pytest.fixture
def site(tmp_app):
    """Real sample mail through intake, a hostile HTML email, two users, the app on 127.0.0.1."""
    ingest_samples(tmp_app)
    hostile = seed_request(tmp_app, authority="richmond_wandsworth", seq=900, raw=email_bytes(
        text=None, sender="someone@example.org", to="MASH-StepUP@richmondandwandsworth.gov.uk",
        message_id="<hostile@x>",
        html='<p id="bait" onmouseover="alert(1)" onclick="alert(2)">Please step up</p>'
             '<script>alert(3)</script><img src="http://tracker.example/pixel.gif" onerror="alert(4)">'
             '<iframe src="http://tracker.example/frame"></iframe>'
             '<a href="javascript:alert(5)" id="jslink">details</a>'))
    make_user(tmp_app, "rita", authorities=("richmond_wandsworth",))
    make_user(tmp_app, "kate", authorities=("knowsley",))
    server = start_server(tmp_app, "127.0.0.1", 0)
    yield tmp_app, server.url, hostile
    server.stop()


def _sign_in(page, url, username):
    page.goto(url + "/")
    assert "/signin" in page.url
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(url + "/")


def test_work_a_request_to_an_outcome_and_export_the_log(browser, site):
    app, url, _ = site
    ref = reference_of(app, "richmond_wandsworth", 1)
    ctx = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    page = ctx.new_page()
    _sign_in(page, url, "rita")
    rows = page.locator("table.queue tbody tr")
    assert rows.count() == 2  # Richmond's sample and the hostile one; no other authority's
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "queue.png"), full_page=False)

    page.get_by_role("link", name=ref, exact=True).click()
    page.wait_for_url(re.compile(rf".*/requests/{ref}$"))
    assert page.get_by_role("heading", name="What stepbot understood").is_visible()
    # what is missing, with the rule and its source
    missing = page.locator("#missing")
    assert missing.locator("ul.missing").get_by_text("rationale for the request", exact=True).is_visible()
    assert missing.locator("cite").first.inner_text().startswith("Richmond & Wandsworth step-up/step-down protocol")
    page.get_by_role("button", name="Mark rationale for the request received").click()
    page.wait_for_url(re.compile(rf".*/requests/{ref}#missing$"))
    assert page.get_by_role("status").filter(has_text="Marked rationale for the request received").is_visible()
    # complete now: stepbot booked the case discussion and sent invitations
    assert page.locator("#booking").get_by_text("invitation version").is_visible()
    with app.Session() as s:
        req = s.scalar(select(Request).where(Request.authority == "richmond_wandsworth", Request.seq == 1))
        assert req.state == "booked"
        before = {d.id for d in s.scalars(select(Deadline)).all()}

    page.get_by_label("Agreed", exact=True).check()
    page.get_by_label("Rationale").fill("Risks have increased; threshold for social care met.")
    page.get_by_label("Who decided (name and role)").fill("Jo Reed, MASH manager")
    page.get_by_role("button", name="Record the outcome").click()
    page.wait_for_url(re.compile(rf".*/requests/{ref}(#[a-z-]+)?$"))
    assert page.get_by_role("status").filter(has_text="Outcome recorded").is_visible()

    with app.Session() as s:
        req = s.scalar(select(Request).where(Request.authority == "richmond_wandsworth", Request.seq == 1))
        assert req.state == "decided" and req.outcome == "agreed"
        new = [d for d in s.scalars(select(Deadline).where(Deadline.request_id == req.id)).all()
               if d.id not in before]
    assert new, "recording the outcome started no deadline"
    table = page.locator("#deadlines table")
    for d in new:
        assert table.get_by_text(d.title, exact=True).count() >= 1
    page.screenshot(path=str(SCREENSHOTS / "request.png"), full_page=False)
    assert "Outcome: agreed" in page.locator("#note-Mosaic").input_value()

    page.get_by_role("link", name="Reports").click()
    page.get_by_label("Month").fill("2026-11")
    page.get_by_role("button", name="Show").click()
    with page.expect_download() as dl:
        page.locator("#export-log-csv").click()
    data = Path(dl.value.path()).read_bytes().decode("utf-8-sig")
    log_rows = list(csv.DictReader(io.StringIO(data)))
    assert [r["Reference"] for r in log_rows] == [ref, "SB-richmond_wandsworth-900"]
    assert log_rows[0]["Outcome"] == "agreed" and log_rows[0]["Decided by"] == "Jo Reed, MASH manager"
    assert dl.value.suggested_filename == "step-up-log-richmond_wandsworth-2026-11.csv"
    ctx.close()


def test_a_user_cannot_open_another_authoritys_request(browser, site):
    app, url, _ = site
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    _sign_in(page, url, "kate")
    assert page.get_by_role("link", name=re.compile(r"KNO-\d{4}-")).count() == 2
    assert page.get_by_role("link", name=re.compile(r"(TOR|RAW)-\d{4}-|SB-(torbay|richmond)")).count() == 0
    for other in (reference_of(app, "torbay", 1), reference_of(app, "richmond_wandsworth", 1)):
        resp = page.goto(f"{url}/requests/{other}")
        assert resp.status == 404
        assert page.get_by_role("heading", name="Not found").is_visible()
    page.goto(url + "/?authority=torbay")
    assert page.get_by_role("link", name=re.compile(r"TOR-\d{4}-")).count() == 0
    ctx.close()


def test_hostile_html_email_renders_inert(browser, site):
    app, url, hostile = site
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    dialogs, remote = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: remote.append(r.url) if "tracker.example" in r.url else None)
    _sign_in(page, url, "rita")
    page.goto(f"{url}/requests/{hostile}")
    mail = page.locator("#mail-html")
    assert mail.get_by_text("Please step up").is_visible()
    bait = mail.get_by_text("Please step up")
    bait.hover()
    bait.click()
    mail.get_by_text("details").click()
    page.wait_for_timeout(300)
    assert dialogs == []
    assert remote == []
    assert mail.locator("script, iframe, object, embed").count() == 0
    assert page.evaluate("document.querySelectorAll('#mail-html [onclick], #mail-html [onmouseover], "
                         "#mail-html [onerror]').length") == 0
    assert page.evaluate("Array.from(document.scripts).map(s => s.src)") == [url + "/static/app.js"]
    ctx.close()


def test_process_a_failed_message_again_from_needs_review(browser, site, monkeypatch):
    import handlers

    app, url, _ = site

    def boom(*args, **kwargs):
        raise RuntimeError("handlers down")

    with monkeypatch.context() as m:  # the pipeline raises: the message is kept as failed
        m.setattr(handlers, "run", boom)  # (the parser runs in a worker process, out of reach)
        failed = intake.ingest(app, "tower_hamlets", "early_help_duty",
                               render_sample(SAMPLES / "05_tower_hamlets_step_down_incomplete.eml", app))
    make_user(app, "tom", authorities=("tower_hamlets",))
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    _sign_in(page, url, "tom")
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name=re.compile(r"Needs review"))).to_contain_text("1")
    nav.get_by_role("link", name=re.compile(r"Needs review")).click()
    page.wait_for_url(url + "/review")
    rows = page.locator("table.review tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("an error inside stepbot")
    rows.first.get_by_role("link").click()
    page.wait_for_url(f"{url}/review/{failed.inbound_id}")
    assert page.locator("#mail-text").inner_text().startswith("Hi Early Help Hub")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "review.png"), full_page=False)
    page.get_by_role("button", name="Process again").click()
    page.wait_for_url(re.compile(r".*/requests/TWH-0001-[0-9A-Z]{3}(#[a-z-]+)?$"))
    expect(page.get_by_role("status").filter(has_text="Processed again")).to_be_visible()
    expect(page.locator("#sent table tbody tr").first).to_be_visible()  # the acknowledgement, queued
    page.get_by_role("link", name=re.compile(r"Needs review")).click()
    expect(page.get_by_text("Nothing waits for review.")).to_be_visible()
    ctx.close()


UNLABELLED = """() => Array.from(document.querySelectorAll('input, select, textarea'))
    .filter(el => el.type !== 'hidden' && el.labels.length === 0 && !el.getAttribute('aria-label'))
    .map(el => el.name || el.id)"""


def test_keyboard_only_sign_in_and_every_control_is_labelled(browser, site):
    app, url, _ = site
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    page.goto(url + "/")
    expect(page.get_by_label("User name")).to_be_focused()  # the user name field has focus on arrival
    page.keyboard.type("rita")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    assert page.evaluate(UNLABELLED) == []
    waiting = seed_inbound(app, authority="richmond_wandsworth", kind="meeting_reply")
    richmond = "/requests/" + reference_of(app, "richmond_wandsworth", 1)
    for path in (richmond, "/reports", "/review", f"/review/{waiting}"):
        page.goto(url + path)
        assert page.evaluate(UNLABELLED) == [], path
    # the case-note copy button works from the keyboard (our one script, /static/app.js)
    page.goto(url + richmond)
    page.get_by_role("button", name="Copy Mosaic text").focus()
    page.keyboard.press("Enter")
    note = page.locator(".casenote", has=page.locator("#note-Mosaic"))
    expect(note.get_by_role("status")).to_have_text("Copied.")  # the clipboard write is asynchronous
    ctx.close()
