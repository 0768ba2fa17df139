"""The codes of every refusal the equipment services make (cards, support tools, tool plans).

Code and tests use the members, never the strings: the codes are the API's error contract.
"""

from enum import StrEnum


class EquipmentError(StrEnum):
    # Cards (Art. 73).
    NO_CARD = "no_card"  # passed on from the rule `card.kind`
    HAS_CARD = "has_card"
    CARD_NOT_VALID = "card_not_valid"
    # Support tools (Art. 74–77).
    NOT_EQUIPPED = "not_equipped"
    NOT_ENFORCEMENT_OFFICER = "not_enforcement_officer"  # from `support_tool.recipient`
    RECIPIENT_ELSEWHERE = "recipient_elsewhere"
    NOT_IN_STOCK = "not_in_stock"
    SHORT = "short"
    ALREADY_RETURNED = "already_returned"
    NOT_BEYOND_REPAIR = "not_beyond_repair"
    # The annual plan (Art. 75.1) and the disposal report (Art. 77.1).
    NOT_PROVINCE = "not_province"
    PLAN_STATE = "plan_state"
    EMPTY_PLAN = "empty_plan"
    NOT_DIRECTOR_GENERAL = "not_director_general"
