"""The decree's text, article by article, and citations that link into it."""

import pytest

from thads.legal.text import article, article_numbers, citation_url


def test_all_articles_of_chapter_three():
    assert article_numbers() == list(range(52, 84))


@pytest.mark.parametrize(
    ("number", "anchor", "starts"),
    [
        (63, "k1-a", "a) Cơ quan thi hành án dân sự cấp huyện, không phải là đơn vị thủ phủ"),
        (68, "k4-c", "c) Cháu ruột mà Thẩm tra viên là ông, bà, bác, chú, cậu, cô, dì"),
        (72, "k2-a", "a) Là Chấp hành viên trung cấp trở lên"),
        (83, "k1-dd", "đ) Áo sơ mi dài tay: 01 cái 01 năm"),
        (74, "k2-c", "c) Các loại súng dùng để bắn đạn nhựa"),
    ],
)
def test_clauses_and_points_are_anchored(number, anchor, starts):
    paragraphs = {p.anchor: p.text for p in article(number).paragraphs if p.anchor}
    assert paragraphs[anchor].startswith(starts)


@pytest.mark.parametrize(
    ("citation", "url"),
    [
        ("điểm a khoản 1 Điều 63 Nghị định số 62/2015/NĐ-CP", "/law/nd62-2015/63/#k1-a"),
        ("điểm đ khoản 1 Điều 83 Nghị định số 62/2015/NĐ-CP", "/law/nd62-2015/83/#k1-dd"),
        ("khoản 3 Điều 72 Nghị định số 62/2015/NĐ-CP", "/law/nd62-2015/72/#k3"),
        ("Điều 81 Nghị định số 62/2015/NĐ-CP", "/law/nd62-2015/81/"),
        ("điểm a khoản 2 Điều 18 Luật Thi hành án dân sự", None),
        ("Điều 17 Nghị định số 62/2015/NĐ-CP", None),
        ("Căn cứ điểm c khoản 1 Điều 70 Nghị định số 62/2015/NĐ-CP", "/law/nd62-2015/70/#k1-c"),
        ("Căn cứ Điều 74 và khoản 2 Điều 75 Nghị định số 62/2015/NĐ-CP", "/law/nd62-2015/75/#k2"),
    ],
)
def test_citation_links(citation, url):
    assert citation_url(citation) == url


@pytest.mark.parametrize(
    ("citation", "url"),
    [
        ("Điều 63 khoản 1 điểm a Nghị định 62/2015/NĐ-CP", "/law/nd62-2015/63/#k1-a"),
        ("Điều 83 khoản 1 điểm đ Nghị định 62/2015/NĐ-CP", "/law/nd62-2015/83/#k1-dd"),
        ("Điều 72 khoản 3 Nghị định 62/2015/NĐ-CP", "/law/nd62-2015/72/#k3"),
        ("Điều 81 Nghị định 62/2015/NĐ-CP", "/law/nd62-2015/81/"),
        ("Căn cứ Điều 70 khoản 1 điểm c Nghị định 62/2015/NĐ-CP", "/law/nd62-2015/70/#k1-c"),
        ("Điều 18 khoản 2 điểm a Luật Thi hành án dân sự", None),
    ],
)
def test_decisions_issued_before_keep_their_old_order_citations_linked(citation, url):
    # rules.md: the older `Điều 70 khoản 1 điểm b Nghị định 62/2015/NĐ-CP` form is retired, but
    # the decisions issued with it keep their text, and their citations still link.
    assert citation_url(citation) == url


def test_article_page_is_public_and_shows_the_text(client, db):
    r = client.get("/law/nd62-2015/68/")
    assert r.status_code == 200
    assert 'id="k4-b"' in r.content.decode()
    assert client.get("/law/nd62-2015/99/").status_code == 404
