"""In a real headless Chromium: the authority tree as of 2024 shows the decree's Cục and Chi
cục, and as of today the THADS tỉnh and the regional offices (Decision 1898/QĐ-BTP)."""

from datetime import date

import pytest

from tests.e2e.test_browser import CHROMIUM, browser  # noqa: F401 - the shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def test_the_tree_switches_between_2024_and_today(browser, live_server, users, people):  # noqa: F811
    from tests.factories import PASSWORD
    from thads.organization.services import RegionalOfficeSpec, two_level_structure_create
    from thads.reorganisation.services import reorganise

    assert CHROMIUM.exists()
    office = RegionalOfficeSpec(
        "01", 1, "Phòng Thi hành án dân sự khu vực 1 – Hà Nội", ("001", "002"), "01"
    )
    hcm = RegionalOfficeSpec(
        "79", 1, "Phòng Thi hành án dân sự khu vực 1 – Hồ Chí Minh", ("760",), "79"
    )
    two_level_structure_create(actor=None, regional=[office, hcm], demo=True)
    reorganise(actor=None, effective_on=date(2025, 7, 1), apply=True)

    page = browser.new_page()
    page.goto(f"{live_server.url}/login/")
    page.fill("input[name=username]", "alice")  # Hà Nội: P01 until 30/06/2025, then T01
    page.fill("input[name=password]", PASSWORD)
    page.click("form button[type=submit]:not([name])")
    page.wait_for_url(f"{live_server.url}/")

    page.goto(f"{live_server.url}/authorities/")
    page.fill("input[name=on]", "2024-06-01")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("ul.tree >> text=Cục Thi hành án dân sự thành phố Hà Nội")
    page.click("ul.tree summary")
    page.wait_for_selector("text=Chi cục Thi hành án dân sự quận Ba Đình")
    assert "khu vực" not in page.inner_text("ul.tree")

    page.fill("input[name=on]", "")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("ul.tree >> text=Thi hành án dân sự thành phố Hà Nội")
    assert "Cục Thi hành án dân sự thành phố Hà Nội" not in page.inner_text("ul.tree")
    page.click("ul.tree summary")
    page.wait_for_selector("text=Phòng Thi hành án dân sự khu vực 1 – Hà Nội")
    assert page.locator("ul.tree .badge.demo").count() == 1
    assert "Chi cục" not in page.inner_text("ul.tree")
