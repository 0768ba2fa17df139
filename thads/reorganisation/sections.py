"""The reorganisation's part of a person's page: what each recorded act carried across for them,
merged into the page's history (registered in `ReorganisationConfig.ready`)."""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _

from thads.core.history import Change, Entry
from thads.people.choices import Post
from thads.reorganisation.models import ReorganisationChange


def reorganisation_section(request, person, day: date) -> dict:
    labels = dict(Post.choices)
    history = []
    for change in ReorganisationChange.objects.filter(person_id=person.pk).select_related(
        "act", "act__recorded_by", "from_authority", "to_authority"
    ):
        moved = [Change(_("authority"), str(change.from_authority), str(change.to_authority))]
        if change.post_before:
            before = str(labels.get(change.post_before, change.post_before))
            after = str(labels.get(change.post_after, change.post_after))
            moved.append(Change(_("leadership post"), before, after))
        history.append(
            Entry(
                at=change.act.recorded_at,
                user=change.act.recorded_by,
                action=change.get_kind_display(),
                subject=f"{change.act.title} ({change.act.reference})",
                changes=moved,
            )
        )
    return {"history": history}
