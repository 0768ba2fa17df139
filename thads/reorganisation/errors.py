"""Codes of the refusals of the reorganisation act."""

from enum import StrEnum


class ReorganisationError(StrEnum):
    # The act of that day has already been recorded: it runs once.
    ALREADY_DONE = "already_done"
    # The structure is not ready for the act: nothing is written, every problem is listed.
    PARTIAL_RUN = "partial_run"


class Problem(StrEnum):
    """Why the act cannot run yet (each listed with the record it is about)."""

    NOTHING_ENDS = "nothing_ends"
    NO_SUCCESSOR = "no_successor"
    SEVERAL_SUCCESSORS = "several_successors"
    SUCCESSOR_HAS_POSTINGS = "successor_has_postings"
    FORMER_STILL_OPEN = "former_still_open"
    RECORD_STARTS_LATE = "record_starts_late"
    RECORD_ENDS_LATE = "record_ends_late"
    HEADS_UNKNOWN_PERSON = "heads_unknown_person"
    HEADS_NO_POST = "heads_no_post"
    HEADS_WRONG_AUTHORITY = "heads_wrong_authority"
    NO_CENTRAL_UNIT = "no_central_unit"
