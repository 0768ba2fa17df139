"""thads quickstart: migrate, build the demo if the database is empty, print logins, serve."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from thads.demo.build import create_demo_users
from thads.demo.management.commands.demo import print_logins
from thads.organization.models import Authority


class Command(BaseCommand):
    help = "Set up the embedded database with the demo and start the server."

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
        parser.add_argument("--no-serve", action="store_true")

    def handle(self, *args, addrport, no_serve, **options):
        call_command("migrate", verbosity=0, interactive=False)
        if not Authority.objects.exists():
            self.stdout.write("Building the demo service (about 10,000 staff)…")
            call_command("demo")
        elif not Authority.objects.filter(code="CQLTHADS").exists():
            self.stdout.write(
                "This database holds a demo built before the 2025 structure: "
                "rebuild it with `thads demo --reset`."
            )
        else:
            print_logins(self.stdout, create_demo_users())
        if no_serve:
            return
        self.stdout.write(f"THADS is running at http://{addrport}/  (Ctrl+C to stop)")
        call_command("runserver", addrport, use_reloader=False)
