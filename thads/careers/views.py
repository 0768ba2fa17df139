"""Career pages: the register of decisions, transfers, and a person's career procedures.

Each procedure posts to its own URL and view: the access funnel, the form, one service call,
then a redirect, or the page again with the form's errors (status 400).
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from thads.careers import forms, selectors, services
from thads.careers.decisions import decision_pdf
from thads.careers.models import DecisionKind, Signer, TransferStatus
from thads.core.access import require
from thads.core.errors import DomainError
from thads.core.history import entries
from thads.core.pagination import paginate
from thads.people.selectors import access_person

PENDING_SHOWN = 50


def _attempt(form, call: Callable):
    """The service call's result, or None when it refuses (the refusal is put on the form)."""
    try:
        return call()
    except (DomainError, ValidationError) as exc:
        forms.add_refusal(form, exc)
        return None


# --- The register of decisions --------------------------------------------------------------


@login_required
@require_safe
def decision_list(request):
    require(request.user, "careers.view_decision")
    g = request.GET
    year = g.get("year") or ""
    qs = selectors.decisions_filter(
        selectors.decisions_visible_to(request.user),
        kind=g.get("kind"),
        signer=g.get("signer"),
        year=int(year) if year.isdigit() and len(year) <= 4 else None,
        q=g.get("q") or "",
    )
    page = paginate(qs, g.get("page"))
    return render(
        request,
        "careers/decision_list.html",
        {
            "page": page,
            "decisions": page.object_list,
            "pending_dossiers": selectors.relief_dossiers_awaiting_decision(request.user)[
                :PENDING_SHOWN
            ],
            "pending_transfers": selectors.transfers_awaiting_decision(request.user)[
                :PENDING_SHOWN
            ],
            "kinds": DecisionKind.choices,
            "signers": Signer.choices,
            "filters": g,
        },
    )


@login_required
@require_safe
def decision_detail(request, pk):
    decision = selectors.access_decision(request.user, pk)
    return render(
        request,
        "careers/decision_detail.html",
        {"decision": decision, "history": entries(decision.history.all(), _("Decision"))},
    )


@login_required
@require_safe
def decision_pdf_view(request, pk):
    decision = selectors.access_decision(request.user, pk)
    response = HttpResponse(decision_pdf(decision), content_type="application/pdf")
    name = decision.number.replace("/", "-")
    response["Content-Disposition"] = f'inline; filename="QD-{name}.pdf"'
    return response


# --- Transfers (Art. 70) ----------------------------------------------------------------------


@login_required
@require_safe
def transfer_list(request):
    require(request.user, "careers.view_transfer")
    status = request.GET.get("status", TransferStatus.PROPOSED)
    qs = selectors.transfers_filter(selectors.transfers_visible_to(request.user), status=status)
    page = paginate(qs, request.GET.get("page"))
    return render(
        request,
        "careers/transfer_list.html",
        {"page": page, "transfers": page.object_list, "status": status},
    )


def _transfer_page(request, transfer, *, consult_form=None, decide_form=None, status=200):
    profile = getattr(request.user, "profile", None)
    return render(
        request,
        "careers/transfer_detail.html",
        {
            "transfer": transfer,
            "consult_form": consult_form or forms.ConsultForm(),
            "decide_form": decide_form or forms.DecideForm(),
            "records_for": profile.signs_for if profile else "",
        },
        status=status,
    )


@login_required
@require_safe
def transfer_detail(request, pk):
    return _transfer_page(request, selectors.access_transfer(request.user, pk))


@login_required
@require_POST
def transfer_consult(request, pk):
    transfer = selectors.access_transfer(request.user, pk, perm=selectors.CHANGE_TRANSFER)
    form = forms.ConsultForm(request.POST)
    if form.is_valid() and _attempt(
        form,
        lambda: services.transfer_consult(
            actor=request.user,
            transfer=transfer,
            consulted_on=form.cleaned_data["consulted_on"],
            note=form.cleaned_data["consultation_note"],
        ),
    ):
        messages.success(request, _("The consultation is recorded."))
        return redirect("transfer-detail", pk=transfer.pk)
    return _transfer_page(request, transfer, consult_form=form, status=400)


@login_required
@require_POST
def transfer_decide(request, pk):
    transfer = selectors.access_transfer(request.user, pk, perm=selectors.CHANGE_TRANSFER)
    form = forms.DecideForm(request.POST)
    if form.is_valid() and (
        decision := _attempt(
            form,
            lambda: services.transfer_decide(
                actor=request.user, transfer=transfer, **form.cleaned_data
            ),
        )
    ):
        messages.success(request, _("Decision %(n)s recorded.") % {"n": decision.number})
        return redirect("decision-detail", pk=decision.pk)
    return _transfer_page(request, transfer, decide_form=form, status=400)


@login_required
@require_POST
def transfer_return(request, pk):
    transfer = selectors.access_transfer(request.user, pk, perm=selectors.CHANGE_TRANSFER)
    try:
        services.transfer_return(actor=request.user, transfer=transfer)
    except DomainError as exc:
        messages.error(request, exc.message)
        return _transfer_page(request, transfer, status=400)
    messages.success(request, _("The secondment has ended."))
    return redirect("transfer-detail", pk=transfer.pk)


# --- A person's career procedures -------------------------------------------------------------


def _career_page(request, person, *, action: str | None = None, form=None, status=200):
    """The career page with every procedure's form; `form` (the one of `action`) shown with
    its errors."""
    built = forms.career_forms(person)
    if action:
        built[action] = form
    return render(
        request,
        "careers/person_career.html",
        {
            "person": person,
            "forms": built,
            "action": action,
            "decisions": selectors.person_decisions(person),
            "transfers": selectors.person_transfers(person),
            "dossiers": selectors.person_pending_dossiers(person),
        },
        status=status,
    )


def _decided(request, decision):
    messages.success(request, _("Decision %(n)s recorded.") % {"n": decision.number})
    return redirect("decision-detail", pk=decision.pk)


def _person_decision(request, pk, action: str, form_class, service: Callable):
    """A decision on the person taken with the form's data by `service`."""
    person = access_person(request.user, pk, perm=selectors.RECORD_CAREER)
    form = form_class(request.POST)
    if form.is_valid() and (
        decision := _attempt(
            form, lambda: service(actor=request.user, person=person, **form.cleaned_data)
        )
    ):
        return _decided(request, decision)
    return _career_page(request, person, action=action, form=form, status=400)


@login_required
@require_safe
def person_career(request, pk):
    """The career procedures for one person, each refusal shown with its reason and clause."""
    return _career_page(request, access_person(request.user, pk))


@login_required
@require_POST
def career_transfer(request, pk):
    """Propose a mobilization, rotation or secondment (Art. 70)."""
    person = access_person(request.user, pk, perm=selectors.RECORD_CAREER)
    form = forms.TransferForm(request.POST, person=person)
    if form.is_valid() and (
        transfer := _attempt(
            form,
            lambda: services.transfer_propose(
                actor=request.user, person=person, **form.cleaned_data
            ),
        )
    ):
        messages.success(request, _("The transfer is proposed."))
        return redirect("transfer-detail", pk=transfer.pk)
    return _career_page(request, person, action="transfer", form=form, status=400)


@login_required
@require_POST
def career_leadership(request, pk):
    """Appoint, re-appoint, relieve, accept the resignation of, demote or remove (Art. 72)."""
    return _person_decision(
        request, pk, "leadership", forms.LeadershipForm, services.leadership_decide
    )


@login_required
@require_POST
def career_relief_dossier(request, pk):
    """Record a relief dossier (Art. 64.2), checked by `relief.dossier`."""
    person = access_person(request.user, pk, perm=selectors.RECORD_RELIEF)
    form = forms.ReliefDossierForm(request.POST)
    if form.is_valid() and (
        dossier := _attempt(
            form,
            lambda: services.relief_dossier_submit(
                actor=request.user,
                person=person,
                submitted_on=form.cleaned_data["submitted_on"],
                documents=form.documents(),
            ),
        )
    ):
        messages.success(request, _("The relief dossier is recorded."))
        return redirect(f"{reverse('person-career', args=[person.pk])}#dossier-{dossier.pk}")
    return _career_page(request, person, action="relief_dossier", form=form, status=400)


@login_required
@require_POST
def relief_decide(request, pk):
    """The Minister's relief decision on a dossier (Art. 64)."""
    dossier = selectors.access_relief_dossier(request.user, pk, perm=selectors.RECORD_RELIEF)
    form = forms.DecideForm(request.POST)
    if form.is_valid() and (
        decision := _attempt(
            form,
            lambda: services.relief_decide(
                actor=request.user, dossier=dossier, **form.cleaned_data
            ),
        )
    ):
        return _decided(request, decision)
    return _career_page(request, dossier.person, action="relief", form=form, status=400)


@login_required
@require_POST
def career_removal(request, pk):
    """Removal from the post of enforcement officer (Art. 65)."""
    return _person_decision(request, pk, "removal", forms.RemovalForm, services.removal_decide)


@login_required
@require_POST
def career_inspector(request, pk):
    """Designation into an inspector grade or promotion (Art. 69)."""
    return _person_decision(
        request, pk, "inspector", forms.InspectorForm, services.inspector_decide
    )


@login_required
@require_POST
def career_secretary(request, pk):
    """Designation of an enforcement secretary (Art. 71)."""
    return _person_decision(
        request, pk, "secretary", forms.SecretaryForm, services.secretary_decide
    )
