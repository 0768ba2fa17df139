"""The codes of the refusals the career procedures make (`DomainError.code`).

Code and tests use the members, never the strings; the API returns the string value.
"""

from enum import StrEnum


class CareersError(StrEnum):
    # The register of decisions (thads.careers.decisions).
    WRONG_SIGNER = "wrong_signer"
    NO_CENTRAL = "no_central"
    # A transfer or a relief dossier already decided.
    DECIDED = "decided"
    # Transfers (Art. 70).
    CONSULTATION_REQUIRED = "consultation_required"
    MOVED = "moved"
    NOT_SECONDED = "not_seconded"
    # Leadership posts (Art. 72).
    STANDARDS_NOT_MET = "standards_not_met"
    HOLDS_POST = "holds_post"
    NO_POST = "no_post"
    OTHER_POST = "other_post"
    # Relief (Art. 64), removal (Art. 65), inspector and secretary grades (Art. 69, 71).
    DOSSIER_INCOMPLETE = "dossier_incomplete"
    GRADE_CHANGED = "grade_changed"
