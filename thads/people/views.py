"""People pages: list with search and filters, a person's page, forms, reveals, audit list."""

from __future__ import annotations

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from thads.core.access import require
from thads.core.errors import DomainError
from thads.core.history import merged
from thads.core.pagination import paginate
from thads.core.web import form_errors_from
from thads.organization.forms import AsOfForm
from thads.organization.selectors import authorities_current_for
from thads.people import sections, services
from thads.people.forms import (
    AppointForm,
    DelegationForm,
    GradeChangeForm,
    PersonCreateForm,
    PersonForm,
    PersonSearchForm,
    PostingForm,
    RelativeForm,
    RevealForm,
)
from thads.people.models import PROTECTED_FIELDS, Person
from thads.people.selectors import (
    access_person,
    delegation_history,
    delegations_by_post,
    mask,
    people_search,
    person_history,
    reveal_logs_visible_to,
    salary_category,
)

SERVICE_ERRORS = (ValidationError, DomainError)


def _searched_people(request):
    """The search form of the list and the export, and the people it selects: as of a day
    (`on`, today by default), among the authorities that existed that day."""
    today = timezone.localdate()
    as_of = AsOfForm(request.GET)
    day = (as_of.cleaned_data["on"] if as_of.is_valid() else None) or today
    form = PersonSearchForm(
        request.GET or None, authorities=authorities_current_for(request.user, day)
    )
    filters = dict(form.cleaned_data) if form.is_valid() else {}
    filters["on"] = None if filters.get("on") in (None, today) else filters["on"]
    return form, people_search(request.user, **filters)


@require_safe
@login_required
def person_list(request):
    require(request.user, "people.view_person")
    form, qs = _searched_people(request)
    page = paginate(qs, request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "people/person_list.html",
        {"form": form, "page": page, "people": page.object_list, "query": query.urlencode()},
    )


def _person_context(request, person: Person, **extra) -> dict:
    day = timezone.localdate()
    authorities = authorities_current_for(request.user, day)
    contributed = sections.context_for(request, person, day)
    contributed_history = contributed.pop("history")
    context = {
        "person": person,
        "salary": salary_category(person.grade, day),
        "grades": person.grades.all(),
        "postings": person.postings.select_related("authority"),
        "posts": person.posts.select_related("authority"),
        "protected": [
            (label, mask(f, getattr(person, f))) for f, label in PROTECTED_FIELDS.items()
        ],
        "relatives": person.relatives.all(),
        "history": merged(person_history(person), contributed_history),
        "can_change": request.user.has_perm("people.change_person"),
        "can_reveal": request.user.has_perm("people.reveal_personal_data"),
        "reveal_form": RevealForm(),
        "grade_form": GradeChangeForm(initial={"on": day}),
        "posting_form": PostingForm(authorities=authorities, initial={"on": day}),
        "appoint_form": AppointForm(initial={"on": day}),
        "relative_form": RelativeForm(),
        **contributed,
    }
    context.update(extra)
    return context


@require_safe
@login_required
def person_detail(request, pk):
    person = access_person(request.user, pk)
    return render(request, "people/person_detail.html", _person_context(request, person))


@login_required
def person_create(request):
    require(request.user, "people.add_person")
    authorities = authorities_current_for(request.user)
    form = PersonCreateForm(request.POST or None, authorities=authorities)
    if request.method == "POST" and form.is_valid():
        try:
            person = services.person_create(actor=request.user, **form.cleaned_data)
        except SERVICE_ERRORS as exc:
            form_errors_from(form, exc)
        else:
            messages.success(request, _("Person created."))
            return redirect("person-detail", pk=person.pk)
    return render(
        request, "people/person_form.html", {"form": form}, status=400 if form.errors else 200
    )


@login_required
def person_edit(request, pk):
    person = access_person(request.user, pk, perm="people.change_person")
    initial = {
        "full_name": person.full_name,
        "gender": person.gender,
        "employment": person.employment,
        "date_of_birth": person.date_of_birth or None,
        "national_id": person.national_id,
        "phone": person.phone,
        "home_address": person.home_address,
    }
    form = PersonForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        changed = {k: form.cleaned_data[k] for k in form.changed_data}
        try:
            services.person_update(actor=request.user, person=person, **changed)
        except SERVICE_ERRORS as exc:
            form_errors_from(form, exc)
        else:
            messages.success(request, _("Changes saved."))
            return redirect("person-detail", pk=person.pk)
    return render(
        request,
        "people/person_form.html",
        {"form": form, "person": person},
        status=400 if form.errors else 200,
    )


def _action(request, pk, form_class, form_key, call, **form_kwargs):
    person = access_person(request.user, pk, perm="people.change_person")
    form = form_class(request.POST, **form_kwargs)
    if form.is_valid():
        try:
            call(person, form.cleaned_data)
        except SERVICE_ERRORS as exc:
            form_errors_from(form, exc)
        else:
            messages.success(request, _("Changes saved."))
            return redirect("person-detail", pk=person.pk)
    context = _person_context(request, person, **{form_key: form, "open_form": form_key})
    return render(request, "people/person_detail.html", context, status=400)


@login_required
@require_POST
def person_change_grade(request, pk):
    return _action(
        request,
        pk,
        GradeChangeForm,
        "grade_form",
        lambda p, d: services.person_change_grade(actor=request.user, person=p, **d),
    )


@login_required
@require_POST
def person_posting(request, pk):
    return _action(
        request,
        pk,
        PostingForm,
        "posting_form",
        lambda p, d: services.person_record_posting(actor=request.user, person=p, **d),
        authorities=authorities_current_for(request.user),
    )


@login_required
@require_POST
def person_appoint(request, pk):
    return _action(
        request,
        pk,
        AppointForm,
        "appoint_form",
        lambda p, d: services.person_appoint(actor=request.user, person=p, **d),
    )


@login_required
@require_POST
def person_add_relative(request, pk):
    return _action(
        request,
        pk,
        RelativeForm,
        "relative_form",
        lambda p, d: services.relative_add(actor=request.user, person=p, **d),
    )


@login_required
@require_POST
def person_reveal(request, pk):
    person = access_person(request.user, pk, perm="people.reveal_personal_data")
    form = RevealForm(request.POST)
    revealed = None
    if form.is_valid():
        try:
            revealed = services.person_reveal(
                actor=request.user,
                person=person,
                fields=form.cleaned_data["fields_to_reveal"],
                reason=form.cleaned_data["reason"],
                ip_address=request.META.get("REMOTE_ADDR"),
            )
        except ValidationError as exc:
            form_errors_from(form, exc)
    context = _person_context(request, person, reveal_form=form, open_form="reveal_form")
    if revealed is not None:
        labels = dict(PROTECTED_FIELDS)
        context["revealed"] = [(labels[k], v) for k, v in revealed.items() if k in labels]
        context["revealed_family"] = revealed.get("family")
    response = render(
        request, "people/person_detail.html", context, status=200 if revealed is not None else 400
    )
    response["Cache-Control"] = "no-store"
    return response


@require_safe
@login_required
def reveal_log(request):
    require(request.user, "people.view_reveallog")
    page = paginate(reveal_logs_visible_to(request.user), request.GET.get("page"))
    return render(request, "people/reveal_log.html", {"page": page, "rows": page.object_list})


class _Echo:
    """A file that hands back what is written to it, so the CSV rows can be streamed."""

    def write(self, value):
        return value


@require_safe
@login_required
def person_export(request):
    """The filtered list as CSV, scoped like the list. Protected data is never exported here."""
    require(request.user, "people.view_person")
    _form, qs = _searched_people(request)
    writer = csv.writer(_Echo())
    header = [
        _("Staff code"),
        _("Full name"),
        _("Grade"),
        _("Leadership post"),
        _("Authority"),
        _("Employment"),
    ]

    def rows():
        yield "\ufeff" + writer.writerow(header)
        for p in qs.iterator(chunk_size=2000):
            yield writer.writerow(
                [
                    p.staff_code,
                    p.full_name,
                    p.get_grade_display(),
                    p.get_post_display(),
                    p.authority.name,
                    p.get_employment_display(),
                ]
            )

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="thads-people.csv"'
    return response


# ---------------------------------------------------------------- delegation of appointments


def _delegation_page(request, form: DelegationForm, *, status: int = 200) -> HttpResponse:
    return render(
        request,
        "people/delegation_list.html",
        {
            "posts": delegations_by_post(),
            "form": form,
            "can_change": request.user.has_perm("people.change_delegation"),
            "history": delegation_history(),
        },
        status=status,
    )


@require_safe
@login_required
def delegation_list(request):
    """Who appoints to each leadership post, dated, with the act that says so (Art. 52.3, 72.3)."""
    require(request.user, "people.view_delegation")
    return _delegation_page(request, DelegationForm(initial={"valid_from": timezone.localdate()}))


@login_required
@require_POST
def delegation_add(request):
    """A new dated row for a post; the row in force closes the day before."""
    require(request.user, "people.change_delegation")
    form = DelegationForm(request.POST)
    if form.is_valid():
        try:
            row = services.delegation_add(actor=request.user, **form.cleaned_data)
        except SERVICE_ERRORS as exc:
            form_errors_from(form, exc)
        else:
            messages.success(
                request,
                _("Delegation recorded: %(post)s from %(day)s.")
                % {"post": row.get_post_display(), "day": row.valid_from.strftime("%d/%m/%Y")},
            )
            return redirect("delegation-list")
    return _delegation_page(request, form, status=400)
