"""Card pages (Art. 73): the list, issue, return, exchange, report a loss — one view per step —
and the public verification page.

The steps are buttons on the person's page: they answer with a redirect back to it, the
refusal or the success as a message.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from thads.core.access import require
from thads.core.errors import DomainError
from thads.core.pagination import paginate
from thads.equipment import services
from thads.equipment.forms import LossForm, errors_text
from thads.equipment.models import CardStatus
from thads.equipment.selectors import access_card, card_by_token, cards_filter, cards_visible_to
from thads.people.selectors import access_person

VERIFY_LIMIT_PER_MINUTE = 20


def _back(person_id) -> HttpResponse:
    return redirect(reverse("person-detail", args=[person_id]) + "#cards")


def _refused(request, exc: DomainError | ValidationError, person_id) -> HttpResponse:
    if isinstance(exc, DomainError):
        messages.error(request, exc.message + (f" ({exc.citation})" if exc.citation else ""))
    else:
        messages.error(request, " ".join(str(m) for m in exc.messages))
    return _back(person_id)


@login_required
@require_safe
def card_list(request):
    """Cards in the user's scope, with their status."""
    require(request.user, "equipment.view_card")
    status = request.GET.get("status", "")
    page = paginate(
        cards_filter(cards_visible_to(request.user), status=status), request.GET.get("page")
    )
    return render(
        request,
        "equipment/card_list.html",
        {
            "page": page,
            "cards": page.object_list,
            "statuses": CardStatus.choices,
            "status": status,
            "query": f"status={status}",
        },
    )


@login_required
@require_POST
def card_issue(request, person_pk):
    person = access_person(request.user, person_pk, perm="equipment.add_card")
    try:
        card = services.card_issue(actor=request.user, person=person, on=timezone.localdate())
    except DomainError as exc:
        return _refused(request, exc, person.pk)
    messages.success(request, _("Card %(n)s issued.") % {"n": card.number})
    return _back(person.pk)


@login_required
@require_POST
def card_return(request, pk):
    card = access_card(request.user, pk, perm="equipment.change_card")
    try:
        services.card_return(actor=request.user, card=card, on=timezone.localdate())
    except DomainError as exc:
        return _refused(request, exc, card.person_id)
    messages.success(request, _("Changes saved."))
    return _back(card.person_id)


@login_required
@require_POST
def card_exchange(request, pk):
    card = access_card(request.user, pk, perm="equipment.change_card")
    try:
        services.card_exchange(actor=request.user, card=card, on=timezone.localdate())
    except DomainError as exc:
        return _refused(request, exc, card.person_id)
    messages.success(request, _("Changes saved."))
    return _back(card.person_id)


@login_required
@require_POST
def card_report_loss(request, pk):
    card = access_card(request.user, pk, perm="equipment.change_card")
    form = LossForm(request.POST)
    if not form.is_valid():
        messages.error(request, errors_text(form))
        return _back(card.person_id)
    try:
        services.card_report_loss(actor=request.user, card=card, **form.cleaned_data)
    except (DomainError, ValidationError) as exc:
        return _refused(request, exc, card.person_id)
    messages.success(request, _("Changes saved."))
    return _back(card.person_id)


@never_cache
@require_safe
def card_verify(request, token: str):
    """Public: is this card valid? Only name, grade, authority and validity; rate-limited."""
    ip = request.META.get("REMOTE_ADDR", "?")
    key = f"verify:{ip}:{timezone.now():%Y%m%d%H%M}"
    count = cache.get_or_set(key, 0, 70) or 0
    cache.incr(key)
    if count >= VERIFY_LIMIT_PER_MINUTE:
        return render(request, "equipment/verify.html", {"limited": True}, status=429)
    card = card_by_token(token)
    if card is None:
        return render(request, "equipment/verify.html", {"card": None}, status=404)
    valid = card.is_valid and card.valid_until >= timezone.localdate()
    return render(request, "equipment/verify.html", {"card": card, "valid": valid})
