"""The codes of the refusals the designation-without-examination services make (Art. 63); the
API returns them as `error.code`, and code and tests use the members, never the strings."""

from enum import StrEnum


class SelectionError(StrEnum):
    BOARD_COMPOSITION = "board_composition"  # 63.4: each seat held exactly once
    DECIDED = "decided"  # the dossier already has its decision
    ALREADY_PASSED = "already_passed"  # 63.4: the board already passed the proposal
    NO_PROPOSAL = "no_proposal"  # 63.3: the Minister decides on a passed proposal
    ALREADY_OFFICER = "already_officer"
    NOT_ALLOWED = "not_allowed"  # 63.1, 63.2: `designation.without_exam` says no
    GRADE_CHANGED = "grade_changed"
    MOVED = "moved"  # 63.1.b: the person left the office of the commitment
