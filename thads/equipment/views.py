"""Card pages: issue, exchange, return, report a loss — and the public verification page."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from thads.core.errors import DomainError
from thads.equipment import services
from thads.equipment.forms import LossForm
from thads.equipment.models import Card
from thads.people.selectors import access_person, people_visible_to

VERIFY_LIMIT_PER_MINUTE = 20
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _card(user, pk) -> Card:
    """A card through the access funnel of its holder (404 outside the scope)."""
    try:
        card = Card.objects.select_related("person").get(pk=pk)
    except (Card.DoesNotExist, ValueError):
        raise Http404 from None
    access_person(user, card.person_id, perm="equipment.change_card")
    return card


def _back(card_or_person_id) -> HttpResponse:
    return redirect(reverse("person-detail", args=[card_or_person_id]) + "#cards")


def _refused(request, exc: Exception, person_id) -> HttpResponse:
    if isinstance(exc, DomainError):
        messages.error(request, exc.message + (f" ({exc.citation})" if exc.citation else ""))
    else:
        messages.error(request, " ".join(str(m) for m in getattr(exc, "messages", [exc])))
    return _back(person_id)


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
def card_action(request, pk, action):
    card = _card(request.user, pk)
    today = timezone.localdate()
    try:
        if action == "return":
            services.card_return(actor=request.user, card=card, on=today)
        elif action == "exchange":
            services.card_exchange(actor=request.user, card=card, on=today)
        elif action == "loss":
            form = LossForm(request.POST)
            if not form.is_valid():
                raise ValidationError(
                    [f"{form.fields[k].label}: {' '.join(v)}" for k, v in form.errors.items()]
                )
            services.card_report_loss(actor=request.user, card=card, **form.cleaned_data)
        else:
            raise Http404
    except (DomainError, ValidationError) as exc:
        return _refused(request, exc, card.person_id)
    messages.success(request, _("Changes saved."))
    return _back(card.person_id)


@never_cache
def card_verify(request, token: str):
    """Public: is this card valid? Only name, grade, authority and validity; rate-limited."""
    ip = request.META.get("REMOTE_ADDR", "?")
    key = f"verify:{ip}:{timezone.now():%Y%m%d%H%M}"
    count = cache.get_or_set(key, 0, 70)
    cache.incr(key)
    if count >= VERIFY_LIMIT_PER_MINUTE:
        return render(request, "equipment/verify.html", {"limited": True}, status=429)
    card = Card.objects.select_related("person__authority").filter(token=token).first()
    if card is None:
        return render(request, "equipment/verify.html", {"card": None}, status=404)
    today = timezone.localdate()
    valid = card.is_valid and card.valid_until >= today
    return render(request, "equipment/verify.html", {"card": card, "valid": valid})


@login_required
def card_list(request):
    """Cards in the user's scope, with their status."""
    from thads.core.pagination import paginate

    people = people_visible_to(request.user).values("id")
    qs = Card.objects.select_related("person__authority").filter(person__in=people)
    status = request.GET.get("status", "")
    if status:
        qs = qs.filter(status=status)
    page = paginate(qs, request.GET.get("page"))
    from thads.equipment.models import CardStatus

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
