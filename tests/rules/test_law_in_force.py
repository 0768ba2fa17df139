"""The law in force on each day and the dated titles of the offices (today.md; rules.md, the
`law` and `titles` fields): both sides of 01/07/2025 (Decision 1898/QĐ-BTP, two levels) and of
01/07/2026 (Law 106/2025/QH15), and no rule before 01/09/2015 (Decree 62/2015/NĐ-CP)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.rules.helpers import run_cli
from thads.rules.engine import REGISTRY, InvalidFacts, evaluate
from thads.rules.offices import issuer, title
from thads.rules.params import load
from thads.rules.vocab import POSTS, SIGNERS

LAW_2008 = "Luật Thi hành án dân sự 2008 (sửa đổi 2014)"
LAW_2025 = "Luật Thi hành án dân sự số 106/2025/QH15"
DECREE = "Nghị định 62/2015/NĐ-CP"
DECISION_1898 = "Quyết định 1898/QĐ-BTP"

# The first day each rule answers: the decree's (01/09/2015), or later where the rule rests on
# a later text (Regulation 183-QĐ/TW of 18/09/2024 for the operation's risk).
FIRST_DAY = {rule_id: "2015-09-01" for rule_id in REGISTRY} | {"operation.risk": "2024-09-18"}

# ---------------------------------------------------------------- no rule before the decree


@pytest.mark.parametrize("rule_id", sorted(REGISTRY))
def test_every_rule_refuses_a_day_before_the_decree_took_effect(rule_id):
    # Decree 62/2015/NĐ-CP is in force from 01/09/2015: no law of the catalogue before it.
    rule = REGISTRY[rule_id]
    with pytest.raises(InvalidFacts) as exc:
        evaluate(rule_id, rule.example, "2015-08-31")
    assert set(exc.value.fields) == {"on"} and "2015-09-01" in exc.value.fields["on"]


@pytest.mark.parametrize("rule_id", sorted(REGISTRY))
def test_every_rule_answers_from_its_first_day(rule_id):
    rule = REGISTRY[rule_id]
    answer = evaluate(rule_id, rule.example, FIRST_DAY[rule_id])
    assert answer["on"] == FIRST_DAY[rule_id]
    assert answer["law"]["organisation"] == "three_level" and answer["law"]["caveat"] is None


@pytest.mark.parametrize(
    "rule_id",
    [
        "transfer.authority",
        "card.kind",
        "leadership.standards",
        "inspection.recusal",
        "support_tool.recipient",
    ],
)
def test_rules_without_parameters_refuse_the_day_before_too(rule_id):
    code, body = run_cli(
        "eval", rule_id, "--on", "2015-08-31", stdin=json.dumps(REGISTRY[rule_id].example)
    )
    assert code == 2 and body["error"]["code"] == "invalid_facts"
    assert list(body["error"]["fields"]) == ["on"]


# ---------------------------------------------------------------- the law field


@pytest.mark.parametrize(
    ("on", "organisation", "instruments", "caveat_has", "caveat_lacks"),
    [
        pytest.param(
            "2015-09-01",
            "three_level",
            [LAW_2008, DECREE],
            None,
            None,
            id="Đ52.1 ND62 from 01/09/2015",
        ),
        pytest.param(
            "2025-06-30",
            "three_level",
            [LAW_2008, DECREE],
            None,
            None,
            id="Đ52.1 ND62 on 30/06/2025",
        ),
        pytest.param(
            "2025-07-01",
            "two_level",
            [LAW_2008, DECREE, DECISION_1898],
            "kế thừa",
            "106/2025/QH15",
            id="QĐ1898 two levels from 01/07/2025",
        ),
        pytest.param(
            "2026-06-30",
            "two_level",
            [LAW_2008, DECREE, DECISION_1898],
            "kế thừa",
            "106/2025/QH15",
            id="QĐ1898 the 2008 Law on 30/06/2026",
        ),
        pytest.param(
            "2026-07-01",
            "two_level",
            [LAW_2025, DECREE, DECISION_1898],
            "chưa được mã hoá",
            None,
            id="Luật 106/2025 from 01/07/2026",
        ),
    ],
)
def test_the_law_field_says_what_was_in_force(
    on, organisation, instruments, caveat_has, caveat_lacks
):
    law = evaluate("salary.category", {"grade": "secretary"}, on)["law"]
    assert law["organisation"] == organisation
    assert law["instruments"] == instruments
    if caveat_has is None:
        assert law["caveat"] is None
    else:
        assert set(law["caveat"]) == {"vi", "en"}
        assert caveat_has in law["caveat"]["vi"]
        assert "62/2015/NĐ-CP" in law["caveat"]["vi"] and "62/2015/NĐ-CP" in law["caveat"]["en"]
        if caveat_lacks:
            assert caveat_lacks not in law["caveat"]["vi"]


# ---------------------------------------------------------------- dated titles

BEFORE, AFTER = "2025-06-30", "2025-07-01"


@pytest.mark.parametrize(
    ("role", "before", "after"),
    [
        pytest.param(
            "director_general",
            "Tổng Cục trưởng Tổng cục Thi hành án dân sự",
            "Cục trưởng Cục Quản lý Thi hành án dân sự",
            id="Đ52.1.a Tổng cục → QĐ1898 Cục Quản lý",
        ),
        pytest.param(
            "deputy_director_general",
            "Phó Tổng Cục trưởng Tổng cục Thi hành án dân sự",
            "Phó Cục trưởng Cục Quản lý Thi hành án dân sự",
            id="Đ52.1.a deputies",
        ),
        pytest.param(
            "head_central_unit",
            "Vụ trưởng và tương đương thuộc Tổng cục Thi hành án dân sự",
            "Trưởng ban và tương đương thuộc Cục Quản lý Thi hành án dân sự",
            id="Đ53.2 Vụ → QĐ1898 Ban",
        ),
        pytest.param(
            "provincial_director",
            "Cục trưởng Cục Thi hành án dân sự",
            "Trưởng Thi hành án dân sự tỉnh, thành phố",
            id="Đ52.1.b Cục THADS → THADS tỉnh",
        ),
        pytest.param(
            "deputy_provincial_director",
            "Phó Cục trưởng Cục Thi hành án dân sự",
            "Phó Trưởng Thi hành án dân sự tỉnh, thành phố",
            id="Đ52.1.b deputies",
        ),
        pytest.param(
            "district_head",
            "Chi cục trưởng Chi cục Thi hành án dân sự",
            "Trưởng phòng Thi hành án dân sự khu vực",
            id="Đ52.1.c Chi cục → Phòng THADS khu vực",
        ),
        pytest.param(
            "deputy_district_head",
            "Phó Chi cục trưởng Chi cục Thi hành án dân sự",
            "Phó Trưởng phòng Thi hành án dân sự khu vực",
            id="Đ52.1.c deputies",
        ),
        pytest.param(
            "minister_of_justice",
            "Bộ trưởng Bộ Tư pháp",
            "Bộ trưởng Bộ Tư pháp",
            id="Minister unchanged",
        ),
    ],
)
def test_each_office_has_its_title_of_the_day(role, before, after):
    assert title(role, date.fromisoformat(BEFORE))["vi"] == before
    assert title(role, date.fromisoformat(AFTER))["vi"] == after
    # Law 106/2025/QH15 changes no title on 01/07/2026.
    assert (
        title(role, date(2026, 6, 30))
        == title(role, date(2026, 7, 1))
        == title(role, date(2025, 7, 1))
    )


@pytest.mark.parametrize(
    ("role", "on", "unit", "expected"),
    [
        pytest.param(
            "provincial_director",
            "2025-06-30",
            "Cục Thi hành án dân sự tỉnh Yên Bái",
            "Cục trưởng Cục Thi hành án dân sự tỉnh Yên Bái",
            id="Đ52.1.b the Cục trưởng of a province",
        ),
        pytest.param(
            "provincial_director",
            "2025-07-01",
            "Thi hành án dân sự tỉnh Lào Cai",
            "Trưởng Thi hành án dân sự tỉnh Lào Cai",
            id="QĐ1898 the Trưởng THADS of a province",
        ),
        pytest.param(
            "district_head",
            "2025-06-30",
            "Chi cục Thi hành án dân sự quận Ba Đình",
            "Chi cục trưởng Chi cục Thi hành án dân sự quận Ba Đình",
            id="Đ52.1.c the Chi cục trưởng of a district",
        ),
        pytest.param(
            "district_head",
            "2025-07-01",
            "Phòng Thi hành án dân sự khu vực 1 – Hà Nội",
            "Trưởng Phòng Thi hành án dân sự khu vực 1 – Hà Nội",
            id="QĐ1898 the Trưởng phòng of a regional office",
        ),
        pytest.param(
            "director_general",
            "2025-07-01",
            "Cục Quản lý Thi hành án dân sự",
            "Cục trưởng Cục Quản lý Thi hành án dân sự",
            id="QĐ1898 the central body names itself",
        ),
    ],
)
def test_a_title_names_the_unit_when_it_is_known(role, on, unit, expected):
    assert title(role, date.fromisoformat(on), unit)["vi"] == expected


@pytest.mark.parametrize(
    ("signer", "on", "register", "symbol", "name", "signature"),
    [
        pytest.param(
            "director_general",
            "2025-06-30",
            "TCTHADS",
            "QĐ-TCTHADS",
            "TỔNG CỤC THI HÀNH ÁN DÂN SỰ",
            "TỔNG CỤC TRƯỞNG TỔNG CỤC THI HÀNH ÁN DÂN SỰ",
            id="Đ52.1.a Tổng cục on 30/06/2025",
        ),
        pytest.param(
            "director_general",
            "2025-07-01",
            "QLTHADS",
            "QĐ-QLTHADS",
            "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ",
            "CỤC TRƯỞNG",
            id="QĐ1898 Cục Quản lý from 01/07/2025",
        ),
        pytest.param(
            "provincial_director",
            "2025-06-30",
            "A{pk}",
            "QĐ-CTHADS",
            "{authority}",
            "CỤC TRƯỞNG",
            id="Đ52.1.b Cục THADS tỉnh on 30/06/2025",
        ),
        pytest.param(
            "provincial_director",
            "2025-07-01",
            "A{pk}",
            "QĐ-THADS",
            "{authority}",
            "TRƯỞNG THI HÀNH ÁN DÂN SỰ",
            id="QĐ1898 THADS tỉnh from 01/07/2025",
        ),
        pytest.param(
            "minister_of_justice",
            "2025-07-01",
            "BTP",
            "QĐ-BTP",
            "BỘ TƯ PHÁP",
            "BỘ TRƯỞNG BỘ TƯ PHÁP",
            id="the Minister unchanged",
        ),
    ],
)
def test_the_issuer_of_a_decision_follows_its_date(signer, on, register, symbol, name, signature):
    found = issuer(signer, date.fromisoformat(on))
    assert (found["register"], found["symbol"], found["name"], found["signature"]) == (
        register,
        symbol,
        name,
        signature,
    )


# ---------------------------------------------------------------- titles in the answers

DG_TRANSFER = {
    "person": {
        "grade": "officer_intermediate",
        "leadership_post": None,
        "post_appointed_by": None,
        "military": False,
    },
    "from_unit": "74",
    "to_unit": "79",
}


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        pytest.param(
            "2025-06-30", "Tổng Cục trưởng Tổng cục Thi hành án dân sự", id="Đ70.1.b 30/06/2025"
        ),
        pytest.param(
            "2025-07-01", "Cục trưởng Cục Quản lý Thi hành án dân sự", id="Đ70.1.b 01/07/2025"
        ),
        pytest.param(
            "2026-08-01", "Cục trưởng Cục Quản lý Thi hành án dân sự", id="Đ70.1.b 01/08/2026"
        ),
    ],
)
def test_the_transfer_rule_names_the_office_of_its_day(on, expected):
    answer = evaluate("transfer.authority", DG_TRANSFER, on)
    assert answer["outcome"]["decided_by"] == "director_general"  # role ids never change
    assert answer["titles"] == {
        "director_general": title("director_general", date.fromisoformat(on))
    }
    assert answer["titles"]["director_general"]["vi"] == expected
    if on >= AFTER:
        assert "Tổng Cục trưởng" not in json.dumps(answer, ensure_ascii=False)


def test_the_consulted_appointer_is_named_by_its_title_of_the_day():
    facts = {
        "person": {
            "grade": "officer_junior",
            "leadership_post": "district_head",
            "post_appointed_by": "provincial_director",
            "military": False,
        },
        "from_unit": "79",
        "to_unit": "79",
    }
    before = evaluate("transfer.authority", facts, BEFORE)
    after = evaluate("transfer.authority", facts, AFTER)
    assert (
        before["outcome"]
        == after["outcome"]
        == {
            "decided_by": "provincial_director",
            "must_consult": "provincial_director",
            "point": "c",
        }
    )
    assert "(Cục trưởng Cục Thi hành án dân sự)" in before["reasons"][1]["vi"]
    assert "(Trưởng Thi hành án dân sự tỉnh, thành phố)" in after["reasons"][1]["vi"]
    assert list(after["titles"]) == ["provincial_director"]


@pytest.mark.parametrize(
    ("rule_id", "facts", "roles"),
    [
        pytest.param(
            "leadership.appointer", {"post": "district_head"}, {"provincial_director"}, id="Đ72.3"
        ),
        pytest.param(
            "leadership.appointer",
            {"post": "provincial_director"},
            {"minister_of_justice"},
            id="Đ72.3 Minister",
        ),
        pytest.param(
            "secretary.designation_authority",
            {"target_grade": "secretary", "military": False},
            {"provincial_director"},
            id="Đ52.3 secretary",
        ),
        pytest.param(
            "secretary.designation_authority",
            {"target_grade": "secretary", "military": True},
            set(),
            id="Đ71.3 MoD rules are not an office",
        ),
        pytest.param(
            "leadership.standards",
            {
                "post": "district_head",
                "grade": "officer_junior",
                "integrity": True,
                "experience": True,
                "capacity": True,
            },
            set(),
            id="Đ72.3 as delegated is not an office",
        ),
        pytest.param("card.kind", {"grade": "officer_junior"}, set(), id="Đ73 no office"),
    ],
)
def test_titles_name_exactly_the_offices_the_outcome_names(rule_id, facts, roles):
    for on in (BEFORE, AFTER):
        answer = evaluate(rule_id, facts, on)
        assert set(answer["titles"]) == roles
        for role in roles:
            assert answer["titles"][role] == title(role, date.fromisoformat(on))


def test_the_appointer_rule_words_its_reasons_with_the_titles_of_the_day():
    before = evaluate("leadership.appointer", {"post": "district_head"}, BEFORE)
    after = evaluate("leadership.appointer", {"post": "district_head"}, AFTER)
    assert before["outcome"] == after["outcome"]
    assert "Chi cục trưởng Chi cục Thi hành án dân sự" in before["reasons"][-1]["vi"]
    assert "Trưởng phòng Thi hành án dân sự khu vực" in after["reasons"][-1]["vi"]
    assert "Cục trưởng Cục Thi hành án dân sự" in before["reasons"][-1]["vi"]
    assert "Trưởng Thi hành án dân sự tỉnh, thành phố" in after["reasons"][-1]["vi"]


def test_the_standards_rule_titles_its_reasons_by_date():
    facts = {
        "post": "district_head",
        "grade": "officer_junior",
        "integrity": True,
        "experience": True,
        "capacity": True,
    }
    before = evaluate("leadership.standards", facts, BEFORE)
    after = evaluate("leadership.standards", facts, AFTER)
    assert before["outcome"] == after["outcome"]
    assert before["reasons"][0]["vi"].endswith("Chi cục trưởng Chi cục Thi hành án dân sự.")
    assert after["reasons"][0]["vi"].endswith("Trưởng phòng Thi hành án dân sự khu vực.")


def test_the_command_line_prints_the_law_and_the_titles():
    code, body = run_cli(
        "eval", "transfer.authority", "--on", "2026-08-01", stdin=json.dumps(DG_TRANSFER)
    )
    assert code == 0
    assert body["law"]["instruments"][0] == LAW_2025
    assert body["titles"]["director_general"]["vi"] == "Cục trưởng Cục Quản lý Thi hành án dân sự"


def _day(on: str):
    return date.fromisoformat(on)


def test_every_version_titles_every_office_and_every_signer_issues():
    params = load()
    for version in params["titles.roles"].versions:
        assert set(version.value) == set(POSTS) | set(SIGNERS), version.start
        for role, entry in version.value.items():
            assert entry["vi"] and entry["en"], (version.start, role)
            if "of" in entry:
                assert "{unit}" in entry["of"]["vi"] and "{unit}" in entry["of"]["en"], role
    for version in params["titles.issuers"].versions:
        assert set(version.value) == set(SIGNERS), version.start
        for signer, entry in version.value.items():
            assert set(entry) == {
                "register",
                "symbol",
                "parent",
                "name",
                "signature",
                "competence",
            }, (version.start, signer)
