"""Career pages: the register of decisions, transfers, and a person's career procedures."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from thads.careers import forms, services
from thads.careers.decisions import decision_pdf
from thads.careers.models import Decision, DecisionKind, ReliefDossier, Signer, Transfer
from thads.core.access import require, visible
from thads.core.errors import DomainError
from thads.core.history import entries
from thads.core.pagination import paginate
from thads.core.text import fold
from thads.organization.models import Authority
from thads.people.selectors import access_person


def decisions_visible_to(user):
    return visible(
        Decision.objects.select_related("person", "authority"),
        user,
        "person__authority",
        "authority",
    )


def _decision(user, pk) -> Decision:
    require(user, "careers.view_decision")
    decision = decisions_visible_to(user).filter(pk=pk).first()
    if decision is None:
        raise Http404
    return decision


@login_required
def decision_list(request):
    require(request.user, "careers.view_decision")
    qs = decisions_visible_to(request.user)
    g = request.GET
    if g.get("kind") in DecisionKind.values:
        qs = qs.filter(kind=g["kind"])
    if g.get("signer") in Signer.values:
        qs = qs.filter(signer=g["signer"])
    if (g.get("year") or "").isdigit():
        qs = qs.filter(year=int(g["year"]))
    if q := (g.get("q") or "").strip():
        number = q.split("/")[0]
        qs = qs.filter(
            Q(person__search_name__contains=fold(q))
            | (Q(seq=int(number)) if number.isdigit() else Q(pk__in=[]))
        )
    page = paginate(qs.distinct(), g.get("page"))
    pending_dossiers = visible(
        ReliefDossier.objects.filter(decision__isnull=True).select_related("person"),
        request.user,
        "person__authority",
    )
    pending_transfers = visible(
        Transfer.objects.filter(status="proposed").select_related("person"),
        request.user,
        "from_authority",
        "to_authority",
    ).distinct()
    return render(
        request,
        "careers/decision_list.html",
        {
            "page": page,
            "decisions": page.object_list,
            "pending_dossiers": pending_dossiers[:50],
            "pending_transfers": pending_transfers[:50],
            "kinds": DecisionKind.choices,
            "signers": Signer.choices,
            "filters": g,
        },
    )


@login_required
def decision_detail(request, pk):
    decision = _decision(request.user, pk)
    return render(
        request,
        "careers/decision_detail.html",
        {"decision": decision, "history": entries(decision.history.all(), _("Decision"))},
    )


@login_required
def decision_pdf_view(request, pk):
    decision = _decision(request.user, pk)
    response = HttpResponse(decision_pdf(decision), content_type="application/pdf")
    name = decision.number.replace("/", "-")
    response["Content-Disposition"] = f'inline; filename="QD-{name}.pdf"'
    return response


def _refusal(form, exc: DomainError) -> None:
    text = f"{exc.message} ({exc.citation})" if exc.citation else exc.message
    form.add_error(exc.field if exc.field in form.fields else None, text)


def _validation(form, exc: ValidationError) -> None:
    for field, errors in exc.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)


@login_required
def transfer_list(request):
    require(request.user, "careers.view_transfer")
    qs = visible(
        Transfer.objects.select_related("person", "from_authority", "to_authority"),
        request.user,
        "from_authority",
        "to_authority",
    )
    status = request.GET.get("status", "proposed")
    if status in ("proposed", "decided", "ended"):
        qs = qs.filter(status=status)
    page = paginate(qs.distinct(), request.GET.get("page"))
    return render(
        request,
        "careers/transfer_list.html",
        {"page": page, "transfers": page.object_list, "status": status},
    )


@login_required
def transfer_detail(request, pk):
    require(request.user, "careers.view_transfer")
    transfer = (
        visible(
            Transfer.objects.select_related("person", "from_authority", "to_authority", "decision"),
            request.user,
            "from_authority",
            "to_authority",
        )
        .filter(pk=pk)
        .first()
    )
    if transfer is None:
        raise Http404
    decide_form = forms.DecideForm(initial={"signed_on": timezone.localdate()})
    consult_form = forms.ConsultForm(initial={"consulted_on": timezone.localdate()})
    if request.method == "POST":
        require(request.user, "careers.change_transfer")
        action = request.POST.get("action")
        try:
            if action == "consult":
                consult_form = forms.ConsultForm(request.POST)
                if consult_form.is_valid():
                    services.transfer_consult(
                        actor=request.user,
                        transfer=transfer,
                        consulted_on=consult_form.cleaned_data["consulted_on"],
                        note=consult_form.cleaned_data["consultation_note"],
                    )
                    messages.success(request, _("The consultation is recorded."))
                    return redirect("transfer-detail", pk=pk)
            elif action == "decide":
                decide_form = forms.DecideForm(request.POST)
                if decide_form.is_valid():
                    decision = services.transfer_decide(
                        actor=request.user, transfer=transfer, **decide_form.cleaned_data
                    )
                    messages.success(
                        request, _("Decision %(n)s recorded.") % {"n": decision.number}
                    )
                    return redirect("decision-detail", pk=decision.pk)
            elif action == "return":
                services.transfer_return(actor=request.user, transfer=transfer)
                messages.success(request, _("The secondment has ended."))
                return redirect("transfer-detail", pk=pk)
        except DomainError as exc:
            _refusal(consult_form if action == "consult" else decide_form, exc)
        except ValidationError as exc:
            _validation(consult_form if action == "consult" else decide_form, exc)
    profile = getattr(request.user, "profile", None)
    return render(
        request,
        "careers/transfer_detail.html",
        {
            "transfer": transfer,
            "decide_form": decide_form,
            "consult_form": consult_form,
            "records_for": profile.signs_for if profile else "",
        },
        status=400 if request.method == "POST" else 200,
    )


ACTIONS = (
    "transfer",
    "leadership",
    "relief_dossier",
    "relief",
    "removal",
    "inspector",
    "secretary",
)


def _career_forms(request, person, data=None, which=None):
    today = {"signed_on": timezone.localdate()}
    # A destination anywhere in the same system: who decides is the rule's to say (Art. 70).
    authorities = Authority.objects.filter(valid_to__isnull=True).exclude(pk=person.authority_id)
    military = ("military_central", "military_region")
    authorities = (
        authorities.filter(level__in=military)
        if person.military
        else authorities.exclude(level__in=military)
    )
    built = {
        "transfer": forms.TransferForm(
            initial={"starts_on": timezone.localdate()}, authorities=authorities.order_by("path")
        ),
        "leadership": forms.LeadershipForm(initial=today),
        "relief_dossier": forms.ReliefDossierForm(initial={"submitted_on": timezone.localdate()}),
        "removal": forms.RemovalForm(initial=today),
        "inspector": forms.GradeDecisionForm(initial=today, grades=forms.INSPECTOR_CHOICES),
        "secretary": forms.GradeDecisionForm(initial=today, grades=forms.SECRETARY_CHOICES),
        "relief": forms.DecideForm(initial=today),
    }
    if data is not None and which:
        form = built[which]
        kwargs = {}
        if which == "transfer":
            kwargs["authorities"] = form.fields["to_authority"].queryset
        if which in ("inspector", "secretary"):
            kwargs["grades"] = [c[0] for c in form.fields["grade"].choices]
        built[which] = type(form)(data, **kwargs)
    return built


@login_required
def person_career(request, pk):
    """The career procedures for one person, each refusal shown with its reason and clause."""
    person = access_person(request.user, pk)
    action = request.POST.get("action") if request.method == "POST" else None
    if action is not None and action not in ACTIONS:
        raise Http404
    if action:
        require(request.user, "careers.add_transfer")
    built = _career_forms(request, person, request.POST if action else None, action)
    if action:
        form = built[action]
        if form.is_valid():
            data = dict(form.cleaned_data)
            try:
                result = _run(request, person, action, data, form)
            except DomainError as exc:
                _refusal(form, exc)
            except ValidationError as exc:
                _validation(form, exc)
            else:
                return result
    dossiers = person.relief_dossiers.filter(decision__isnull=True)
    return render(
        request,
        "careers/person_career.html",
        {
            "person": person,
            "forms": built,
            "action": action,
            "decisions": person.decisions.select_related("authority"),
            "transfers": person.transfers.select_related("from_authority", "to_authority"),
            "dossiers": dossiers,
        },
        status=400 if action else 200,
    )


def _run(request, person, action, data, form):
    user = request.user
    if action == "transfer":
        transfer = services.transfer_propose(actor=user, person=person, **data)
        messages.success(request, _("The transfer is proposed."))
        return redirect("transfer-detail", pk=transfer.pk)
    if action == "relief_dossier":
        dossier = services.relief_dossier_submit(
            actor=user,
            person=person,
            submitted_on=data["submitted_on"],
            documents=form.documents(),
        )
        messages.success(request, _("The relief dossier is recorded."))
        return redirect(f"{request.path}#dossier-{dossier.pk}")
    if action == "leadership":
        decision = services.leadership_decide(actor=user, person=person, **data)
    elif action == "relief":
        dossier = ReliefDossier.objects.filter(
            person=person, pk=request.POST.get("dossier"), decision__isnull=True
        ).first()
        if dossier is None:
            raise ValidationError({"__all__": [_("Choose a relief dossier.")]})
        decision = services.relief_decide(actor=user, dossier=dossier, **data)
    elif action == "removal":
        decision = services.removal_decide(actor=user, person=person, **data)
    elif action == "inspector":
        decision = services.inspector_decide(actor=user, person=person, **data)
    else:
        decision = services.secretary_decide(actor=user, person=person, **data)
    messages.success(request, _("Decision %(n)s recorded.") % {"n": decision.number})
    return redirect("decision-detail", pk=decision.pk)
