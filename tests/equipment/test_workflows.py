"""The states of cards (Art. 73), support tools (Art. 75.2, 77.1) and tool plans (Art. 75.1) move
only along their transition tables — whoever saves: a service, the admin (`full_clean`), a shell.
A refused move changes nothing and leaves no history row."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from thads.core.errors import CoreError, DomainError
from thads.equipment import services, tools
from thads.equipment.models import (
    CARD_WORKFLOW,
    PLAN_WORKFLOW,
    TOOL_WORKFLOW,
    Card,
    CardStatus,
    PlanStatus,
    ToolItem,
    ToolPlan,
    ToolStatus,
)

ON = date(2026, 4, 6)


@pytest.fixture
def card(people, users):
    return services.card_issue(actor=users.bob, person=people.d001, on=ON)


@pytest.fixture
def baton(service, users):
    return tools.tool_receive(
        actor=users.bob, authority=service.d001, kind="rubber_baton", serial="CS-1"
    )


@pytest.fixture
def plan(service, users):
    return tools.tool_plan_line(
        actor=users.alice,
        province=service.p01,
        year=2027,
        authority=service.d001,
        kind="rubber_baton",
        requested=2,
    ).plan


def _force(model, pk, status):
    """Put a record in a state without the guard (as a data fix would), to start a test there."""
    model.objects.filter(pk=pk).update(status=status)
    return model.objects.get(pk=pk)


def _refused_everywhere(record, new_status):
    """The move is refused by save() and by full_clean(), and nothing changes."""
    model = type(record)
    old = model.objects.get(pk=record.pk).status
    rows = record.history.count()
    record.status = new_status
    with pytest.raises(DomainError) as exc:
        record.save()
    assert exc.value.code == CoreError.TRANSITION_NOT_ALLOWED and exc.value.field == "status"
    with pytest.raises(ValidationError) as invalid:
        record.full_clean()
    assert "status" in invalid.value.message_dict
    assert model.objects.get(pk=record.pk).status == old
    assert record.history.count() == rows


# ---------------------------------------------------------------- cards


@pytest.mark.parametrize(
    ("start", "new"),
    [
        (CardStatus.RETURNED, CardStatus.VALID),
        (CardStatus.LOST, CardStatus.VALID),
        (CardStatus.EXCHANGED, CardStatus.VALID),
        (CardStatus.LOST, CardStatus.RETURNED),
        (CardStatus.RETURN_DUE, CardStatus.EXCHANGED),
        (CardStatus.RETURN_DUE, CardStatus.VALID),
        (CardStatus.EXCHANGE_DUE, CardStatus.VALID),
    ],
    ids=lambda s: str(s),
)
def test_a_card_move_not_in_the_table_is_refused(card, start, new):
    _refused_everywhere(_force(Card, card.pk, start), new)


def test_a_card_cannot_be_created_other_than_valid(people):
    card = Card(
        person=people.d001,
        kind="officer",
        number="CHV-999999",
        issued_on=ON,
        valid_until=ON,
        status=CardStatus.RETURNED,
    )
    with pytest.raises(DomainError):
        card.save()
    assert not Card.objects.exists()


def test_a_listed_card_move_passes(card, users):
    card.status = CardStatus.RETURN_DUE
    card.full_clean()
    card.save()
    assert Card.objects.get(pk=card.pk).status == CardStatus.RETURN_DUE
    services.card_return(actor=users.bob, card=card, on=ON)
    assert Card.objects.get(pk=card.pk).status == CardStatus.RETURNED


def test_the_card_services_make_only_listed_moves(people, users):
    """Issue → flag for exchange → exchange; issue → loss; the history shows only listed moves."""
    from thads.people import services as people_services

    card = services.card_issue(actor=users.alice, person=people.d001, on=ON)
    people_services.person_change_grade(
        actor=users.alice, person=people.d001, grade="officer_intermediate", on=ON
    )
    new = services.card_exchange(actor=users.alice, card=card, on=ON)
    services.card_report_loss(
        actor=users.alice, card=new, lost_on=ON, police_station="CA", authority_notified_on=ON
    )
    for c in (card, new):
        states = [h.status for h in c.history.order_by("history_date", "history_id")]
        assert CARD_WORKFLOW.allows(None, states[0])
        for old, nxt in zip(states, states[1:], strict=False):
            assert CARD_WORKFLOW.allows(old, nxt), (old, nxt)


# ---------------------------------------------------------------- support tools


@pytest.mark.parametrize(
    ("start", "new"),
    [
        (ToolStatus.DISPOSED, ToolStatus.IN_STOCK),
        (ToolStatus.DISPOSED, ToolStatus.ISSUED),
        (ToolStatus.ISSUED, ToolStatus.DISPOSED),
    ],
    ids=lambda s: str(s),
)
def test_a_tool_move_not_in_the_table_is_refused(baton, start, new):
    _refused_everywhere(_force(ToolItem, baton.pk, start), new)


def test_a_tool_is_received_only_into_stock(service):
    with pytest.raises(DomainError):
        ToolItem(authority=service.d001, kind="gun", serial="G-9", status=ToolStatus.ISSUED).save()
    assert not ToolItem.objects.exists()


def test_a_listed_tool_move_passes(baton, people, users):
    handover = tools.tool_handover(
        actor=users.bob,
        authority=baton.authority,
        recipient=people.d001,
        on=ON,
        purpose="x",
        items=[baton],
    )
    assert ToolItem.objects.get(pk=baton.pk).status == ToolStatus.ISSUED
    tools.tool_return(actor=users.bob, handover=handover, on=ON)
    item = ToolItem.objects.get(pk=baton.pk)
    assert item.status == ToolStatus.IN_STOCK
    item.status = ToolStatus.DISPOSED
    item.full_clean()
    item.save()
    states = [h.status for h in item.history.order_by("history_date", "history_id")]
    assert states == ["in_stock", "issued", "in_stock", "disposed"]
    assert all(TOOL_WORKFLOW.allows(a, b) for a, b in zip(states, states[1:], strict=False))


# ---------------------------------------------------------------- tool plans


@pytest.mark.parametrize(
    ("start", "new"),
    [
        (PlanStatus.DRAFT, PlanStatus.DECIDED),
        (PlanStatus.SUBMITTED, PlanStatus.DRAFT),
        (PlanStatus.DECIDED, PlanStatus.DRAFT),
        (PlanStatus.DECIDED, PlanStatus.SUBMITTED),
    ],
    ids=lambda s: str(s),
)
def test_a_plan_move_not_in_the_table_is_refused(plan, start, new):
    _refused_everywhere(_force(ToolPlan, plan.pk, start), new)


def test_a_plan_starts_as_a_draft(service):
    with pytest.raises(DomainError):
        ToolPlan(province=service.p01, year=2028, status=PlanStatus.SUBMITTED).save()
    assert not ToolPlan.objects.filter(year=2028).exists()


def test_a_listed_plan_move_passes(plan, users):
    tools.tool_plan_submit(actor=users.alice, plan=plan, on=ON)
    tools.tool_plan_decide(actor=users.admin, plan=plan, on=ON, decided={})
    plan.refresh_from_db()
    assert plan.status == PlanStatus.DECIDED
    states = [h.status for h in plan.history.order_by("history_date", "history_id")]
    assert states == ["draft", "submitted", "decided"]
    assert all(PLAN_WORKFLOW.allows(a, b) for a, b in zip(states, states[1:], strict=False))


@pytest.mark.parametrize(
    ("workflow", "choices"),
    [(CARD_WORKFLOW, CardStatus), (TOOL_WORKFLOW, ToolStatus), (PLAN_WORKFLOW, PlanStatus)],
    ids=["card", "tool", "plan"],
)
def test_every_state_of_the_tables_is_a_choice_of_the_field(workflow, choices):
    assert workflow.states() == set(choices.values)
