"""The codes of every refusal the uniforms services make (Art. 83).

Code and tests use the members, never the strings: the codes are the API's error contract.
"""

from enum import StrEnum


class UniformsError(StrEnum):
    NOT_DUE = "not_due"
    TOO_MANY = "too_many"
    ALREADY_ISSUED = "already_issued"
    NO_CHANGE = "no_change"
    NOTHING_HELD = "nothing_held"
