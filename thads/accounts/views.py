"""Users of the system, scoped like everything else, with the history of their accounts."""

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import Http404
from django.shortcuts import render

from thads.accounts.models import Profile
from thads.core.access import require, scope_path
from thads.core.history import entries, merged
from thads.core.pagination import paginate


def users_visible_to(user):
    path = scope_path(user)
    qs = User.objects.select_related("profile__authority").order_by("username")
    if path is None:
        return qs.none()
    return qs.filter(profile__authority__path__startswith=path) if path else qs


@login_required
def user_list(request):
    require(request.user, "auth.view_user")
    qs = users_visible_to(request.user)
    q = request.GET.get("q", "").strip()
    if q:
        qs = qs.filter(username__icontains=q)
    page = paginate(qs, request.GET.get("page"))
    return render(
        request, "accounts/user_list.html", {"page": page, "rows": page.object_list, "q": q}
    )


@login_required
def user_detail(request, pk):
    require(request.user, "auth.view_user")
    try:
        account = users_visible_to(request.user).get(pk=pk)
    except (User.DoesNotExist, ValueError):
        raise Http404 from None
    history = merged(
        entries(User.history.filter(id=account.pk)),
        entries(Profile.history.filter(user_id=account.pk)),
    )
    return render(request, "accounts/user_detail.html", {"account": account, "history": history})
