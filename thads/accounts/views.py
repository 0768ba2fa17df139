"""Users of the system, scoped like everything else, with the history of their accounts."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_safe

from thads.accounts.selectors import access_user, account_history, users_search
from thads.core.access import require
from thads.core.pagination import paginate


@require_safe
@login_required
def user_list(request):
    require(request.user, "auth.view_user")
    q = request.GET.get("q", "").strip()
    page = paginate(users_search(request.user, q=q), request.GET.get("page"))
    return render(
        request, "accounts/user_list.html", {"page": page, "rows": page.object_list, "q": q}
    )


@require_safe
@login_required
def user_detail(request, pk):
    account = access_user(request.user, pk)
    return render(
        request,
        "accounts/user_detail.html",
        {"account": account, "history": account_history(account)},
    )
