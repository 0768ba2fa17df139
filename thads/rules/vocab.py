"""The public vocabularies of the rules contract (rules.md)."""

from __future__ import annotations

from datetime import date
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

from thads.rules.engine import Bilingual
from thads.rules.offices import title

# Each vocabulary's values are written once, here, as a Literal (what mypy and the facts models
# check); the tuple beside it is derived from it for code that iterates. The Django choices
# and the API schemas carry the same values (tests/rules/test_vocabulary_agreement.py).

Grade = Literal[
    "officer_junior",
    "officer_intermediate",
    "officer_senior",
    "inspector",
    "inspector_principal",
    "inspector_senior",
    "secretary",
    "secretary_intermediate",
    "specialist",
    "specialist_principal",
    "specialist_senior",
    "other",
]
GRADES: tuple[Grade, ...] = get_args(Grade)
OfficerGrade = Literal["officer_junior", "officer_intermediate", "officer_senior"]
OFFICER_GRADES: tuple[OfficerGrade, ...] = get_args(OfficerGrade)
InspectorGrade = Literal["inspector", "inspector_principal", "inspector_senior"]
INSPECTOR_GRADES: tuple[InspectorGrade, ...] = get_args(InspectorGrade)
SecretaryGrade = Literal["secretary", "secretary_intermediate"]
SECRETARY_GRADES: tuple[SecretaryGrade, ...] = get_args(SecretaryGrade)

Post = Literal[
    "director_general",
    "deputy_director_general",
    "head_central_unit",
    "deputy_head_central_unit",
    "provincial_director",
    "deputy_provincial_director",
    "head_provincial_unit",
    "deputy_head_provincial_unit",
    "district_head",
    "deputy_district_head",
]
POSTS: tuple[Post, ...] = get_args(Post)

# Who appoints to a leadership post (the `appointed_by` of a post, Art. 70.1.c, 72.3).
Appointer = Literal["minister_of_justice", "director_general", "provincial_director"]
APPOINTERS: tuple[Appointer, ...] = get_args(Appointer)
# Who signs a career decision: an appointer, or the Ministry of National Defence for military
# staff. A rule's outcome says `ministry_of_defence_rules` (the MoD's own rules apply); the
# decision register records the signer `ministry_of_defence`.
Signer = Literal[
    "minister_of_justice", "director_general", "provincial_director", "ministry_of_defence"
]
SIGNERS: tuple[Signer, ...] = get_args(Signer)
DecidedBy = Literal[
    "minister_of_justice", "director_general", "provincial_director", "ministry_of_defence_rules"
]

Employment = Literal[
    "civil_servant", "public_employee", "indefinite_contract", "fixed_term_contract"
]
EMPLOYMENTS: tuple[Employment, ...] = get_args(Employment)

# The grounds of removal of an enforcement officer (cách chức, Art. 65.1 and 65.2).
RemovalGround = Literal["violation_in_enforcement", "serious_breach_art21"]
REMOVAL_GROUNDS: tuple[RemovalGround, ...] = get_args(RemovalGround)
# The seats of the provincial selection board, in the order of Art. 63.4.
BoardRole = Literal["chair", "vice_chair", "home_affairs", "justice", "jurists", "secretary"]
BOARD_ROLES: tuple[BoardRole, ...] = get_args(BoardRole)
# Incidents against enforcement staff or their relatives (Regulation 183-QĐ/TW, Art. 4).
IncidentKind = Literal["threat", "obstruction", "violence", "property", "crowd", "hazard"]
INCIDENT_KINDS: tuple[IncidentKind, ...] = get_args(IncidentKind)

GRADE_LABELS_VI = {
    "officer_junior": "Chấp hành viên sơ cấp",
    "officer_intermediate": "Chấp hành viên trung cấp",
    "officer_senior": "Chấp hành viên cao cấp",
    "inspector": "Thẩm tra viên",
    "inspector_principal": "Thẩm tra viên chính",
    "inspector_senior": "Thẩm tra viên cao cấp",
    "secretary": "Thư ký thi hành án",
    "secretary_intermediate": "Thư ký trung cấp thi hành án",
    "specialist": "Chuyên viên",
    "specialist_principal": "Chuyên viên chính",
    "specialist_senior": "Chuyên viên cao cấp",
    "other": "công chức, người lao động khác",
}


GRADE_LABELS_EN = {
    "officer_junior": "junior enforcement officer",
    "officer_intermediate": "intermediate enforcement officer",
    "officer_senior": "senior enforcement officer",
    "inspector": "enforcement inspector",
    "inspector_principal": "principal enforcement inspector",
    "inspector_senior": "senior enforcement inspector",
    "secretary": "enforcement secretary",
    "secretary_intermediate": "intermediate enforcement secretary",
    "specialist": "specialist",
    "specialist_principal": "principal specialist",
    "specialist_senior": "senior specialist",
    "other": "other staff",
}


class Facts(BaseModel):
    """Facts are closed (an unknown field is an error, not something silently ignored) and
    strict (`evaluate` validates JSON in strict mode: no "5" for 5, no true for 1, dates as
    `YYYY-MM-DD` only); numbers are finite."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


def grade_label(grade: str) -> Bilingual:
    return Bilingual(GRADE_LABELS_VI[grade], GRADE_LABELS_EN[grade])


def post_label(post: str, on: date) -> Bilingual:
    """The title of a leadership post on `on` (params/titles.yaml)."""
    found = title(post, on)
    return Bilingual(found["vi"], found["en"])


def signer_label(signer: str, on: date) -> Bilingual:
    """The title of a signer (an appointer, the Minister, the MoD) on `on`."""
    found = title(signer, on)
    return Bilingual(found["vi"], found["en"])
