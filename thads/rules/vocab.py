"""The public vocabularies of the rules contract (rules.md)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from thads.rules.engine import Bilingual

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
Appointer = Literal["minister_of_justice", "director_general", "provincial_director"]
Employment = Literal[
    "civil_servant", "public_employee", "indefinite_contract", "fixed_term_contract"
]

OFFICER_GRADES = ("officer_junior", "officer_intermediate", "officer_senior")
INSPECTOR_GRADES = ("inspector", "inspector_principal", "inspector_senior")
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
