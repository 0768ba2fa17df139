"""Bearer tokens for the API (`thads token create USERNAME`)."""

from __future__ import annotations

from django.utils import timezone
from ninja.security import HttpBearer

from thads.accounts.models import ApiToken, hash_token


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        try:
            api_token = ApiToken.objects.select_related("user__profile__authority").get(
                key_hash=hash_token(token), revoked_at__isnull=True
            )
        except ApiToken.DoesNotExist:
            return None
        if not api_token.user.is_active:
            return None
        ApiToken.objects.filter(pk=api_token.pk).update(last_used_at=timezone.now())
        request.user = api_token.user
        return api_token.user
