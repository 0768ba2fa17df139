"""Issuing a decision: only by a user recording for the competent signer, numbered in the
issuer's register for the year, and committed together with its effect on the person's record
(or not at all). The person's row is locked first, so two decisions on the same person at the
same moment are applied one after the other, the second checked against the first's result."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from thads.careers.errors import CareersError
from thads.careers.models import Decision, Signer
from thads.core.errors import DomainError
from thads.core.history import save_with_history
from thads.core.numbering import next_number
from thads.documents.wording import render_parts
from thads.organization.models import Authority
from thads.people.models import Person
from thads.rules.citations import DECREE_TITLE

ERR_WRONG_SIGNER = _(
    "This decision is for the %(signer)s to make; your account records decisions for %(yours)s."
)
ERR_NO_CENTRAL = _("There is no General Department in the registry on that day.")

# The Law in force on the day of the decision (domain.md §1: Law 106/2025/QH15 from 01/07/2026);
# the decision's legal bases name it (documents/decision/_common.html).
LAWS_IN_FORCE = [
    (date(2026, 7, 1), "106/2025/QH15"),
    (date(1900, 1, 1), "26/2008/QH12"),
]
# The wording of decisions: documents/decision/<kind>.html, and the parts all decisions share.
WORDING = "documents/decision/{kind}.html"
COMMON_WORDING = "documents/decision/_common.html"


def law_in_force(on: date) -> str:
    return next(law for start, law in LAWS_IN_FORCE if on >= start)


def decision_wording(kind: str, **context) -> dict:
    """The summary, articles and proposal line of a decision of `kind`, rendered in Vietnamese
    from its template with the data in `context` (passed to `decision_issue`)."""
    parts = render_parts(WORDING.format(kind=kind), context)
    return {
        "summary": parts["summary"][0],
        "articles": parts.get("article", []),
        "proposal": next(iter(parts.get("proposal", [])), ""),
    }


def central_authority(on: date) -> Authority:
    central = (
        Authority.objects.filter(level="central", valid_from__lte=on)
        .exclude(valid_to__lt=on)
        .order_by("-valid_from")
        .first()
    ) or Authority.objects.filter(level="central").order_by("-valid_from").first()
    if central is None:
        raise DomainError(CareersError.NO_CENTRAL, str(ERR_NO_CENTRAL))
    return central


def province_of(authority: Authority) -> Authority:
    """The provincial department an authority belongs to (itself if provincial)."""
    node: Authority | None = authority
    while node is not None and node.level not in ("provincial", "central", "military_central"):
        node = node.parent
    return node or authority


def issuer_for(signer: str, authority: Authority) -> dict:
    """The register, symbol and header lines of the decisions a signer issues."""
    if signer == Signer.MINISTER_OF_JUSTICE:
        return {"issuer": "BTP", "symbol": "QĐ-BTP", "parent": "", "name": "BỘ TƯ PHÁP"}
    if signer == Signer.MINISTRY_OF_DEFENCE:
        return {"issuer": "BQP", "symbol": "QĐ-BQP", "parent": "", "name": "BỘ QUỐC PHÒNG"}
    if signer == Signer.DIRECTOR_GENERAL:
        return {
            "issuer": "TCTHADS",
            "symbol": "QĐ-TCTHADS",
            "parent": "BỘ TƯ PHÁP",
            "name": "TỔNG CỤC THI HÀNH ÁN DÂN SỰ",
        }
    return {
        "issuer": f"A{authority.pk}",
        "symbol": "QĐ-CTHADS",
        "parent": "TỔNG CỤC THI HÀNH ÁN DÂN SỰ",
        "name": authority.name,
    }


def place_of(decision: Decision) -> str:
    if decision.signer == Signer.PROVINCIAL_DIRECTOR:
        name = decision.authority.province_name or decision.authority.name
        for prefix in ("Thành phố ", "thành phố ", "Tỉnh ", "tỉnh ", "TP "):
            name = name.removeprefix(prefix)
        return name
    return "Hà Nội"


def signer_label(signer: str, authority: Authority | None = None) -> str:
    label = str(Signer(signer).label) if signer in Signer.values else gettext("nobody")
    if signer == Signer.PROVINCIAL_DIRECTOR and authority is not None:
        label = f"{label} — {authority.name}"
    return label


def check_signer(actor, signer: str, authority: Authority, citation: str | None = None) -> None:
    """Only a user recording for the competent signer (and, for a provincial director, for
    that province) may record the decision; otherwise say who must decide and why."""
    profile = getattr(actor, "profile", None)
    yours = signer_label(profile.signs_for, profile.authority) if profile else gettext("nobody")
    if (
        profile is None
        or profile.signs_for != signer
        or (signer == Signer.PROVINCIAL_DIRECTOR and profile.authority_id != authority.pk)
    ):
        raise DomainError(
            CareersError.WRONG_SIGNER,
            ERR_WRONG_SIGNER % {"signer": signer_label(signer, authority), "yours": yours},
            citation=citation,
        )


def _next_number(issuer: str, year: int) -> int:
    """Numbers restart on 1 January for each issuer (Decree 30/2020: from 01 each year)."""
    return next_number(f"decision:{issuer}", period=year)


def rule_citations(answers: list[dict]) -> list[str]:
    """The clauses the rule answers cite, each once, in order."""
    seen: list[str] = []
    for answer in answers:
        for citation in answer.get("citations", []):
            if citation not in seen:
                seen.append(citation)
    return seen


@transaction.atomic
def decision_issue(
    *,
    actor,
    kind: str,
    person: Person,
    signer: str,
    authority: Authority,
    signed_on: date,
    effective_on: date | None = None,
    summary: str,
    articles: list[str],
    rule_answers: list[dict],
    apply: Callable[[Person], dict],
    proposal: str = "",
    recipients: list[str] | None = None,
    signer_name: str = "",
    signer_citation: str | None = None,
) -> Decision:
    """Record a decision and apply it. `apply` receives the locked person and returns the
    effect to keep with the decision; any refusal it raises undoes everything.

    `summary`, `articles` and `proposal` are the decision's own wording (`decision_wording`);
    the legal bases and the recipients every decision shares are rendered here from
    `documents/decision/_common.html`."""
    check_signer(actor, signer, authority, signer_citation)
    locked = Person.objects.select_for_update().get(pk=person.pk)
    effect = apply(locked)
    head = issuer_for(signer, authority)
    common = render_parts(
        COMMON_WORDING,
        {
            "law": law_in_force(signed_on),
            "decree": DECREE_TITLE,
            "citations": rule_citations(rule_answers),
            "proposal": proposal,
            "person": locked,
        },
    )
    decision = Decision(
        issuer=head["issuer"],
        authority=authority,
        year=signed_on.year,
        seq=_next_number(head["issuer"], signed_on.year),
        symbol=head["symbol"],
        signer=signer,
        signer_name=signer_name,
        kind=kind,
        person=locked,
        signed_on=signed_on,
        effective_on=effective_on or signed_on,
        summary=summary,
        bases=common["basis"],
        articles=articles,
        recipients=recipients or common["recipient"],
        rule_answers=rule_answers,
        effect=effect,
        recorded_by=actor,
    )
    save_with_history(decision, actor)
    return decision


def decision_pdf(decision: Decision) -> bytes:
    from thads.documents.pdf import render_pdf, vietnamese_date

    head = issuer_for(decision.signer, decision.authority)
    return render_pdf(
        "documents/decision.html",
        {
            "decision": decision,
            "parent_authority": head["parent"],
            "authority": head["name"],
            "number": decision.number,
            "place_date": vietnamese_date(place_of(decision), decision.signed_on),
            "bases": decision.bases,
        },
    )
