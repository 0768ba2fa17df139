"""thads demo [--people N] [--seed S] [--reset]: build the demo service."""

import time

from django.core.management.base import BaseCommand, CommandError

from thads.demo.build import DEMO_PASSWORD, build
from thads.organization.models import Authority


class Command(BaseCommand):
    help = "Build the demo service: real authorities, generated staff, demo users."

    def add_arguments(self, parser):
        parser.add_argument("--people", type=int, default=10_000)
        parser.add_argument("--seed", type=int, default=2015)
        parser.add_argument("--reset", action="store_true", help="delete the registry first")

    def handle(self, *args, people, seed, reset, **options):
        if people < 1 or people > 1_000_000:
            raise CommandError("--people must be between 1 and 1000000")
        if Authority.objects.exists():
            if not reset:
                raise CommandError(
                    "The database already holds authorities; use --reset to rebuild."
                )
            from thads.demo.reset import reset_registry

            reset_registry()
        started = time.perf_counter()
        summary = build(seed=seed, people=people)
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"Demo built in {elapsed:.1f} s: {summary['authorities']} authorities, "
            f"{summary['people']} people, {summary['posts']} leadership posts."
        )
        act = summary["act"]
        self.stdout.write(
            f"Reorganised on 01/07/2025 (1898/QĐ-BTP): {act['authorities_ended']} authorities "
            f"ended, {act['posting']} postings and "
            f"{act['post_carried'] + act['post_to_deputy']} leadership posts carried across "
            f"({act['post_to_deputy']} heads became deputies), {summary['regional']} regional "
            f"offices (demo data); then {summary['hired_after']} hires and "
            f"{summary['moved_after']} transfers."
        )
        print_logins(self.stdout, summary["users"])


def print_logins(out, users) -> None:
    out.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
    for username, role, authority in users:
        out.write(f"  {username:<16} {role} — {authority}")
