from django.http import HttpRequest

from thads.core.roles import role_of


def role(request: HttpRequest) -> dict[str, str | None]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"user_role": role_of(user)}
