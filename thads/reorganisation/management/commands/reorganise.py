"""thads reorganise DATE [--heads FILE.csv] [--apply]: the reorganisation act of a day.

A dry run by default: prints what the act would carry across and every problem. With
`--apply` it writes the act, or nothing when there is a problem. It runs once per day.
"""

from __future__ import annotations

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from thads.core.errors import DomainError
from thads.reorganisation.heads import HeadsFileError, read_heads
from thads.reorganisation.selectors import Plan
from thads.reorganisation.services import ReorganisationRefused, reorganise


class Command(BaseCommand):
    help = "The reorganisation act of a day: a dry run, or --apply to record it."

    def add_arguments(self, parser):
        parser.add_argument("effective_on", help="the day the new structure starts, YYYY-MM-DD")
        parser.add_argument("--heads", help="CSV of 'staff code,authority code' lines")
        parser.add_argument("--apply", action="store_true", help="record the act")

    def handle(self, *args, effective_on, heads, apply, **options):
        try:
            day = date.fromisoformat(effective_on)
        except ValueError:
            raise CommandError(f"Not a date (YYYY-MM-DD): {effective_on}", returncode=2) from None
        named: dict[str, str] = {}
        if heads:
            try:
                with open(heads, "rb") as fh:
                    named = read_heads(fh.read())
            except OSError as exc:
                raise CommandError(f"Cannot read {heads}: {exc.strerror}", returncode=2) from None
            except HeadsFileError as exc:
                raise CommandError(f"{heads}: {exc}", returncode=2) from None
        try:
            plan, act = reorganise(actor=None, effective_on=day, heads=named, apply=apply)
        except ReorganisationRefused as exc:
            self._problems(exc.problems)
            raise CommandError(f"[{exc.code}] {exc.message} Nothing was written.") from None
        except DomainError as exc:
            raise CommandError(f"[{exc.code}] {exc.message}") from None
        self._plan(plan)
        if act is not None:
            self.stdout.write(f"Recorded: {act} (reference {act.reference}).")
        elif plan.problems:
            self._problems(plan.problems)
            raise CommandError(f"Dry run: {len(plan.problems)} problem(s); --apply would refuse.")
        else:
            self.stdout.write("Dry run: nothing written. Run again with --apply to record it.")

    def _plan(self, plan: Plan) -> None:
        out = self.stdout.write
        out(f"Reorganisation of {plan.effective_on:%d/%m/%Y}:")
        for kind, n in plan.summary().items():
            out(f"  {kind:<20} {n}")
        for successor, predecessors, staff in plan.by_successor():
            codes = ", ".join(p.code for p in predecessors)
            out(f"  {successor.code:<10} {successor.name} ← {codes} ({staff} postings)")

    def _problems(self, problems) -> None:
        self.stderr.write(f"{len(problems)} problem(s):")
        for problem in problems:
            self.stderr.write(f"  {problem}")
