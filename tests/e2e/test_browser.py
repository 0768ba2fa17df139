"""In a real headless Chromium: log in, search a person without diacritics, open their page,
switch the language."""

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("THADS_REQUIRE_BROWSER") == "1":
            pytest.fail("THADS_REQUIRE_BROWSER=1 but /usr/bin/chromium is missing")
        pytest.skip("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


def test_login_search_open_and_switch_language(browser, live_server, users, people):
    from tests.factories import PASSWORD

    page = browser.new_page()
    page.goto(f"{live_server.url}/login/")
    page.fill("input[name=username]", "alice")
    page.fill("input[name=password]", PASSWORD)
    page.click("form button[type=submit]:not([name])")
    page.wait_for_url(f"{live_server.url}/")
    assert "Cán bộ theo ngạch" in page.content()

    page.click("nav >> text=Cán bộ")
    page.fill("input[name=q]", "nguyen van an")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("table.list")
    page.click("text=Nguyễn Văn An")
    page.wait_for_selector("h1")
    assert "Nguyễn Văn An" in page.inner_text("h1")
    assert "Chấp hành viên trung cấp" in page.content()
    assert "001090012345" not in page.content()

    page.click("button[data-lang=en]")
    page.wait_for_selector("text=Intermediate enforcement officer")
    assert "History of changes" in page.content()
    page.click("button[data-lang=vi]")
    page.wait_for_selector("text=Lịch sử thay đổi")


def test_incident_chart_renders_in_the_browser(browser, live_server, users, service):
    from datetime import date

    from tests.factories import PASSWORD
    from thads.protection.incidents import incident_report

    incident_report(
        actor=users.admin,
        authority=service.d001,
        data={
            "occurred_on": date.today(),
            "place": "Xã Tân Dân",
            "kind": "hazard",
            "description": "Dây điện",
        },
    )
    page = browser.new_page()
    page.goto(f"{live_server.url}/login/")
    page.fill("input[name=username]", "alice")
    page.fill("input[name=password]", PASSWORD)
    page.click("form button[type=submit]:not([name])")
    page.wait_for_url(f"{live_server.url}/")
    page.goto(f"{live_server.url}/incidents/dashboard/")
    bar = page.locator("svg.incident-chart rect.bar-hazard")
    assert bar.count() == 1
    box = bar.bounding_box()
    assert box is not None and box["height"] > 10 and box["width"] > 5


def test_transfer_workflow_in_the_browser(browser, live_server, users, people, service):
    """A provincial director's office proposes a move within the province, THADS says who
    decides and why, the decision is recorded and its PDF is served."""
    from tests.factories import PASSWORD
    from thads.accounts.models import Profile

    Profile.objects.filter(user=users.alice).update(signs_for="provincial_director")
    page = browser.new_page()
    page.goto(f"{live_server.url}/login/")
    page.fill("input[name=username]", "alice")
    page.fill("input[name=password]", PASSWORD)
    page.click("form button[type=submit]:not([name])")
    page.wait_for_url(f"{live_server.url}/")

    page.goto(f"{live_server.url}/people/{people.d001.pk}/career/")
    page.click("text=Đề xuất điều động, luân chuyển, biệt phái (Điều 70)")
    page.select_option("select[name=kind]", "rotation")
    page.select_option("select[name=to_authority]", str(service.d002.pk))
    page.fill("input[name=starts_on]", "2026-09-01")
    page.click("form[action$='/career/transfer/'] button")
    page.wait_for_selector("text=điểm c khoản 1 Điều 70 Nghị định số 62/2015/NĐ-CP")
    # 2026: the provincial_director is the Trưởng THADS tỉnh (QĐ 1898/QĐ-BTP, from 01/07/2025).
    assert "Trưởng Thi hành án dân sự tỉnh, thành phố" in page.inner_text("dl")

    page.fill("input[name=signed_on]", "2026-08-25")
    page.click("form[action$='/decision/'] button")
    page.wait_for_selector("text=1/QĐ-THADS")
    assert "Luân chuyển Ông/Bà Trần Đức Bình" in page.content()
    href = page.locator("text=Tải quyết định (PDF)").get_attribute("href")
    pdf = page.request.get(f"{live_server.url}{href}")
    assert pdf.status == 200 and pdf.body().startswith(b"%PDF")

    page.click("main p >> text=Trần Đức Bình")
    page.wait_for_selector("text=Quyết định về cán bộ")
    assert "Chi cục Thi hành án dân sự quận Hoàn Kiếm" in page.content()
