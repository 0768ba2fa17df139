"""The codes of the refusals the examination services make (Art. 56–62); the API returns them
as `error.code`, and code and tests use the members, never the strings."""

from enum import StrEnum


class ExamsError(StrEnum):
    # who takes the step
    NOT_EXAMINING_AUTHORITY = "not_examining_authority"  # 60: General/Military Department
    NOT_SUBMITTER = "not_submitter"  # 58.1: district office head, or the province (58.2)
    NOT_YOUR_OFFICE = "not_your_office"  # 58.1, 58.2: only one's own staff
    NOT_PROVINCE = "not_province"  # 58.2, 58.3: the candidate's provincial department
    PROPOSAL_BY_DIRECTOR = "proposal_by_director"  # 59.2
    # where the round or the candidacy stands
    ROUND_STATE = "round_state"
    CANDIDACY_STATE = "candidacy_state"
    NOT_LISTED = "not_listed"  # 58.2
    NOTHING_TO_COMPILE = "nothing_to_compile"  # 58.2
    NOTHING_TO_CHECK = "nothing_to_check"  # 60
    NO_BOARD = "no_board"  # 61.1
    RESULTS_MISSING = "results_missing"  # 62.1
    NOT_REPORTED = "not_reported"  # 62.1
    NOT_PASSED = "not_passed"  # 62.1
    ALREADY_DESIGNATED = "already_designated"  # 62.1
    # the candidate
    NO_EXAM_FOR_GRADE = "no_exam_for_grade"  # 56.1
    MILITARY_MISMATCH = "military_mismatch"
    ALREADY_IN_GRADE = "already_in_grade"
    NOT_QUALIFIED = "not_qualified"  # 60
    GRADE_CHANGED = "grade_changed"
