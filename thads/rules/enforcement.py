"""Rules of the enforcement procedure the case register relies on (seed summary of Chapter II)."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

from pydantic import Field

from thads.rules.engine import Result, cite, reason, rule
from thads.rules.params import value
from thads.rules.vocab import Facts


class RevaluationFacts(Facts):
    value_at_judgment: float = Field(gt=0, le=1e15)
    value_now: float = Field(ge=0, le=1e15)
    party_requested: bool


@rule(
    "enforcement.revaluation",
    title_vi="Định giá lại tài sản khi giá thay đổi",
    title_en="Revaluation of an asset whose value has changed",
    citations=[cite(17)],
    facts=RevaluationFacts,
    example={
        "value_at_judgment": 1_000_000_000,
        "value_now": 1_200_000_000,
        "party_requested": True,
    },
    example_on="2026-01-15",
)
def revaluation(facts: RevaluationFacts, on: date) -> Result:
    threshold = Fraction(str(value("enforcement.revaluation_threshold", on)))
    change = abs(
        Fraction(str(facts.value_now)) - Fraction(str(facts.value_at_judgment))
    ) / Fraction(str(facts.value_at_judgment))
    ratio = round(float(change), 6)
    moved = change >= threshold
    shown = {"ratio": f"{float(change):.2%}", "threshold": f"{float(threshold):.0%}"}
    reasons = [
        reason(
            "change_at_or_above_threshold" if moved else "change_below_threshold", cite(17), **shown
        )
    ]
    if not facts.party_requested:
        reasons.append(reason("no_request", cite(17)))
    return Result({"revalue": moved and facts.party_requested, "change_ratio": ratio}, reasons)


class AuctionFacts(Facts):
    demand_received_on: date
    paid_in_full: bool


@rule(
    "enforcement.auction_decision",
    title_vi="Quyết định bán đấu giá tài sản khi hết hạn nộp tiền",
    title_en="Decision to auction an asset after the payment period",
    citations=[cite(24), cite(27)],
    facts=AuctionFacts,
    example={"demand_received_on": "2026-01-01", "paid_in_full": False},
    example_on="2026-01-31",
)
def auction_decision(facts: AuctionFacts, on: date) -> Result:
    days = value("enforcement.payment_period_days", on)
    # Civil Code: the period starts the day after receipt; its last day is receipt + days.
    earliest = facts.demand_received_on + timedelta(days=days + 1)
    if facts.paid_in_full:
        return Result(
            {"may_decide": False, "earliest_on": earliest.isoformat()},
            [reason("paid_in_full", cite(24))],
        )
    if on < earliest:
        return Result(
            {"may_decide": False, "earliest_on": earliest.isoformat()},
            [
                reason(
                    "period_running", cite(24), days=days, earliest_on=earliest.strftime("%d/%m/%Y")
                )
            ],
        )
    return Result(
        {"may_decide": True, "earliest_on": earliest.isoformat()},
        [reason("period_ended", cite(24), days=days)],
        [cite(27)],
    )
