"""End to end: the real page, served by uvicorn on 127.0.0.1, driven in headless Chromium.

Uses Debian's /usr/bin/chromium through Playwright's Python package (no browser download). Skips
when either is missing. Screenshots go to $KIKFACTS_ARTIFACTS (if set) or the test's tmp_path.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from .conftest import ROOT, serve_in_thread

CHROMIUM = os.environ.get("KIKFACTS_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
UDKAST = (ROOT / "examples" / "udkast.txt").read_text(encoding="utf-8")

if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")
pytest.importorskip("fastapi", reason="the web extra is not installed")
pytest.importorskip("uvicorn", reason="the web extra is not installed")
docx = pytest.importorskip("docx")

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect, sync_playwright


@pytest.fixture(scope="module")
def server():
    yield from serve_in_thread()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=60_000)
        except PlaywrightError as exc:
            pytest.skip(f"Chromium does not start: {str(exc).splitlines()[0]}")
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1300, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    problems: list[str] = []
    pg.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    pg.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    # the page must not reach anything but its own server
    pg.on("request", lambda r: r.url.startswith((server, "data:", "blob:"))
          or problems.append(f"external request: {r.url}"))
    pg.problems = problems
    yield pg
    context.close()


@pytest.fixture
def artifacts(tmp_path) -> Path:
    out = Path(os.environ.get("KIKFACTS_ARTIFACTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    return out


def _assert_findings(page):
    sop = page.locator("#findings li[data-rule=sum-of-parts]")
    expect(sop).to_have_count(1)
    expect(sop).to_have_class("sev-error")
    expect(sop).to_contain_text("8,5 + 5 = 13,5 mio. kr.")
    share = page.locator("#findings li[data-rule=unlabelled-share]")
    expect(share).to_have_count(1)
    expect(share).to_have_class("sev-warning")
    expect(page.locator("#verified li.verified[data-rule=stock-flow]")).to_contain_text(
        "640 + 85 − 575 = 150 ✓")
    # highlighted in the draft: the total and both parts (error), the bare share (warning)
    marked = page.locator('#doc mark.sev-error[data-rules~="sum-of-parts"]')
    assert {t.strip() for t in marked.all_text_contents()} == {"12,5 mio. kr.", "8,5 mio. kr.",
                                                               "5 mio. kr."}
    expect(page.locator('#doc mark.sev-warning[data-rules~="unlabelled-share"]',
                        has_text="ca. 60%")).to_have_count(1)
    title = marked.first.get_attribute("title")
    assert "KF101" in title and "13,5" in title
    # clicking a highlight opens the finding's detail
    marked.first.click()
    expect(page.locator("#detail")).to_be_visible()
    expect(page.locator("#detail")).to_contain_text("8,5 + 5 = 13,5 mio. kr. ≠ 12,5 mio. kr.")
    expect(page.locator("#findings li.sel[data-rule=sum-of-parts]")).to_have_count(1)


def test_paste_and_check(page, server, artifacts):
    page.goto(server + "/")
    expect(page.locator("#check")).to_have_text("Tjek")
    page.fill("#draft", UDKAST)
    page.click("#check")
    _assert_findings(page)
    expect(page.locator("#summary")).to_contain_text("2021-05-03")
    assert page.locator("#facts tbody tr").count() >= 10
    shot = artifacts / "web-paste.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    assert page.problems == []


def test_upload_docx(page, server, artifacts, tmp_path):
    d = docx.Document()
    for para in UDKAST.split("\n\n"):
        d.add_paragraph(para.strip())
    path = tmp_path / "udkast.docx"
    d.save(path)
    page.goto(server + "/?lang=en")
    expect(page.locator("#check")).to_have_text("Check")
    page.set_input_files("#file", str(path))
    _assert_findings(page)
    expect(page.locator("#findings li[data-rule=sum-of-parts]")).to_contain_text("total")
    assert "Vejle Kommune" in page.input_value("#draft")  # the upload's text, ready to edit
    page.screenshot(path=str(artifacts / "web-docx-en.png"), full_page=True)
    assert page.problems == []


def test_script_in_the_draft_shows_as_text(page, server):
    evil = UDKAST.replace("Kontakt:", "<script>alert(1)</script><img src=x onerror=alert(2)>\n\n"
                                      "Kontakt:")
    page.goto(server + "/")
    page.fill("#draft", evil)
    page.click("#check")
    expect(page.locator("#findings li[data-rule=sum-of-parts]")).to_have_count(1)
    assert "<script>alert(1)</script><img src=x onerror=alert(2)>" in page.text_content("#doc")
    assert page.locator("#doc script, #doc img, #results img").count() == 0
    page.wait_for_timeout(300)
    assert page.problems == []  # no alert dialog, no request for "x"


def test_oversize_upload_is_refused_in_the_page(page, server, tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"12 " * (2 * 1024 * 1024))
    page.goto(server + "/")
    page.set_input_files("#file", str(big))
    # refused before upload (the page knows the limit), or by the server's 413
    expect(page.locator("#error")).to_be_visible()
    expect(page.locator("#error")).to_contain_text("for stor")
    assert page.problems == []
