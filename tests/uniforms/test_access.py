"""The uniforms app's access funnel and its steps on a person's page: issue what is due,
re-issue with a reason and an approver, hand insignia back — one URL each, scoped."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse

from thads.uniforms import selectors, services
from thads.uniforms.models import IssueReason, UniformIssue

FIRST_YEAR_DAY = date(2015, 9, 1)  # the personas' first issue


@pytest.fixture
def issue(people, users):
    return services.uniform_issue(
        actor=users.alice, person=people.d001, item="insignia_set", quantity=2, on=FIRST_YEAR_DAY
    )


def test_in_scope_the_issue_is_returned(issue, users):
    assert selectors.access_uniform_issue(users.alice, issue.pk) == issue
    assert selectors.access_uniform_issue(users.bob, str(issue.pk)) == issue
    assert selectors.access_uniform_issue(users.admin, issue.pk) == issue


def test_another_provinces_user_gets_404(issue, users):
    with pytest.raises(Http404):
        selectors.access_uniform_issue(users.carol, issue.pk)
    assert not selectors.uniform_issues_visible_to(users.carol).exists()


@pytest.mark.parametrize("pk", [999_999, "abc", "", None, 0, 2**70])
def test_a_missing_or_absurd_id_is_404(issue, users, pk):
    with pytest.raises(Http404):
        selectors.access_uniform_issue(users.admin, pk)


def test_a_read_only_role_gets_403_on_a_write(issue, users):
    assert selectors.access_uniform_issue(users.audrey, issue.pk) == issue
    with pytest.raises(PermissionDenied):
        selectors.access_uniform_issue(users.audrey, issue.pk, perm="uniforms.add_uniformissue")


STEPS = ["uniform-issue", "uniform-reissue", "insignia-hand-back"]


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize(("persona", "status"), [("carol", 404), ("audrey", 403), ("ivan", 403)])
def test_steps_are_scoped_and_write_nothing(client, issue, people, users, step, persona, status):
    client.force_login(getattr(users, persona))
    body = {
        "item": "raincoat",
        "quantity": 1,
        "reason": "lost",
        "explanation": "Bị mất khi cưỡng chế ngày 03/01/2020",
        "approved_by": users.admin.pk,
    }
    assert client.post(reverse(step, args=[people.d001.pk]), body).status_code == status
    assert client.post(reverse(step, args=[999_999]), body).status_code == 404
    assert UniformIssue.objects.get() == issue
    assert UniformIssue.objects.get().handed_back_on is None


def test_reissue_from_the_persons_page(client, people, users):
    client.force_login(users.alice)
    url = reverse("uniform-reissue", args=[people.d001.pk])
    body = {"item": "raincoat", "quantity": 1, "reason": "lost", "explanation": "mất"}
    r = client.post(url, {**body, "approved_by": users.admin.pk})
    assert r.status_code == 302 and r["Location"].endswith("#uniform")
    assert not UniformIssue.objects.exists()  # the explanation is too short
    r = client.post(
        url,
        {**body, "explanation": "Bị mất khi cưỡng chế ngày 03/01/2020", "approved_by": 999_999},
    )
    assert not UniformIssue.objects.exists()  # nobody may approve under that id
    client.post(
        url,
        {
            **body,
            "explanation": "Bị mất khi cưỡng chế ngày 03/01/2020",
            "approved_by": users.admin.pk,
        },
    )
    record = UniformIssue.objects.get()
    assert (record.reason, record.approved_by) == (IssueReason.LOST, users.admin)
    assert record.history.get().history_user == users.alice


def test_issue_from_the_persons_page_needs_an_item_and_a_quantity(client, people, users):
    client.force_login(users.alice)
    url = reverse("uniform-issue", args=[people.d001.pk])
    for body in ({}, {"item": "spaceship", "quantity": 1}, {"item": "raincoat", "quantity": 0}):
        r = client.post(url, body, follow=True)
        assert any(m.level_tag == "error" for m in r.context["messages"])
    assert not UniformIssue.objects.exists()


def test_the_persons_page_posts_each_form_to_its_own_step(client, people, users):
    client.force_login(users.alice)
    html = client.get(reverse("person-detail", args=[people.d001.pk])).content.decode()
    assert reverse("uniform-reissue", args=[people.d001.pk]) in html
    assert reverse("insignia-hand-back", args=[people.d001.pk]) in html
