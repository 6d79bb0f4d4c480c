"""The web page in a real headless Chromium, against the real server."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def page(live_server: str):  # type: ignore[no-untyped-def]
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (scripts/test.sh installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        tab = browser.new_page()
        tab.goto(live_server + "/")
        yield tab
        browser.close()


def ask(page, question: str, ready: str = "#answer-box") -> str:  # type: ignore[no-untyped-def]
    """Ask in the page; the answer box's text once `ready` shows."""
    page.fill("#q", question)
    page.click("#go")
    page.wait_for_selector(ready)
    return page.inner_text("#answer-box")


def test_asking_shows_the_answer_owners_and_cited_paragraph(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    answer = ask(page, "co quan nao chu tri nghien cuu phuong an bai do xe tai thi xa sa pa")
    assert "Sở Xây dựng chủ trì" in answer
    assert "Chủ trì: Sở Xây dựng" in answer and "Thời hạn" in answer
    first = page.locator(".hit").first
    assert "bãi đỗ xe" in first.inner_text()
    assert first.locator("mark").count() > 0  # matched words are highlighted
    page.screenshot(path=str(tmp_path / "ask.png"), full_page=True)


def test_a_task_framed_by_its_heading_shows_the_period(page) -> None:  # type: ignore[no-untyped-def]
    question = "Sở Tài chính Lâm Đồng theo dõi việc khắc phục kiến nghị thanh tra, kiểm toán đến khi nào?"
    assert "trong kỳ: TRONG THÁNG 12/2025 (đến 2025-12-31)" in ask(page, question, "#answer-box .period")


def test_a_refusal_shows_the_closest_paragraph_apart(page) -> None:  # type: ignore[no-untyped-def]
    ask(page, "Chuyện bán tín chỉ carbon từ rừng, tỉnh giao ai báo cáo?", "#answer-box.none")
    nearest = page.inner_text(".nearest")
    assert "chưa đủ căn cứ" in nearest and "chứng chỉ các bon" in nearest


def test_unanswerable_question_says_so(page) -> None:  # type: ignore[no-untyped-def]
    assert "Không tìm thấy" in ask(page, "Dự án sân bay Long Thành do ai chủ trì?", "#answer-box.none")
    assert page.locator(".hit").count() == 0


def test_search_mode_lists_paragraphs(page) -> None:  # type: ignore[no-untyped-def]
    page.select_option("#mode", "search")
    page.fill("#q", "giải phóng mặt bằng")
    page.click("#go")
    page.wait_for_function("document.querySelectorAll('.hit').length >= 5")
    assert "kết quả" in page.inner_text("#status")


def test_search_mode_says_how_the_query_was_read(page) -> None:  # type: ignore[no-untyped-def]
    page.select_option("#mode", "search")
    page.fill("#q", "dep hang nhai va san golf")
    page.click("#go")
    page.wait_for_function("document.querySelector('#restored').textContent.includes('golf')")
    notes = page.inner_text("#restored")
    assert "Đã hiểu là: dẹp hàng nhái" in notes
    assert "Tìm cả: " in notes and "hàng giả" in notes
    assert "Không thông báo nào nhắc đến: golf" in notes
