"""thads token create USERNAME [--name NAME] | thads token revoke PREFIX."""

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from thads.accounts.models import ApiToken


class Command(BaseCommand):
    help = "Create or revoke API bearer tokens."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["create", "revoke"])
        parser.add_argument("target", help="user name (create) or token prefix (revoke)")
        parser.add_argument("--name", default="cli")

    def handle(self, *args, action, target, name, **options):
        if action == "create":
            try:
                user = User.objects.get(username=target)
            except User.DoesNotExist:
                raise CommandError(f"No user named {target!r}.") from None
            _token, raw = ApiToken.issue(user=user, name=name)
            self.stdout.write(raw)
            return
        count = ApiToken.objects.filter(prefix=target, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
        if not count:
            raise CommandError(f"No active token starts with {target!r}.")
        self.stdout.write(f"Revoked {count} token(s).")
