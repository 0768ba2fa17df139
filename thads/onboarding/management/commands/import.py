"""thads import people FILE [--apply] | thads import authorities FILE [--apply] [--replace-demo]

A dry run by default: the file is checked row by row through the same services as the pages,
the report is printed (line numbers, keys and messages; never a value of a protected column)
and nothing is written. `--apply` writes everything or nothing. `--report OUT.xlsx` writes the
input rows with an error column beside each; `--template OUT.xlsx` writes the workbook to fill.
Bad input (no such file, an unreadable file, a row with an error) ends with exit status 2.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from thads.onboarding import authorities, people
from thads.onboarding.report import Action, ImportReport
from thads.onboarding.tables import TableError, read_table

BAD_INPUT = 2
PERMISSION = {
    "people": "onboarding.import_people",
    "authorities": "onboarding.import_authorities",
}


class Command(BaseCommand):
    help = "Import a staff list (people) or the regional offices with their communes (authorities)."

    def add_arguments(self, parser):
        kinds = parser.add_subparsers(dest="kind", required=True, metavar="{people,authorities}")
        staff = kinds.add_parser(
            "people", help="a staff list (.xlsx or .csv) with grades, postings and posts"
        )
        offices = kinds.add_parser(
            "authorities", help="the regional offices and the communes each covers (.csv or .xlsx)"
        )
        for sub in (staff, offices):
            sub.add_argument("file", nargs="?", help="the file to import")
            sub.add_argument("--apply", action="store_true", help="write (default: a dry run)")
            sub.add_argument("--report", metavar="OUT.xlsx", help="write the validation report")
            sub.add_argument(
                "--template", metavar="OUT.xlsx", help="write the workbook to fill, and stop"
            )
            sub.add_argument(
                "--user",
                metavar="USERNAME",
                help="act as this user (history, and their scope); default: the whole service",
            )
        offices.add_argument(
            "--replace-demo",
            action="store_true",
            help="replace the demo's regional offices of the provinces in the file",
        )

    def handle(self, *args, kind, file, apply, report, template, user, **options):
        module = people if kind == "people" else authorities
        if template:
            Path(template).write_bytes(module.template_workbook())
            self.stdout.write(f"Template written to {template}.")
            return
        if not file:
            raise CommandError("Give the file to import (or --template OUT.xlsx).", returncode=2)
        actor = self._user(user, kind)
        path = Path(file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}.", returncode=2) from exc
        try:
            table = read_table(data, path.name)
        except TableError as exc:
            raise CommandError(f"{file}: {exc.message}", returncode=BAD_INPUT) from exc
        common = {
            "actor": actor,
            "table": table,
            "apply": apply,
            "file_name": path.name,
            "file_sha256": hashlib.sha256(data).hexdigest(),
        }
        if kind == "people":
            result = people.people_import(scope_user=actor, **common)
        else:
            result = authorities.regional_offices_import(
                replace_demo=options["replace_demo"], **common
            )
        self._print(result)
        if report:
            Path(report).write_bytes(result.workbook())
            self.stdout.write(f"Report written to {report}.")
        if not result.ok:
            raise CommandError("The file has errors: nothing was written.", returncode=BAD_INPUT)
        if not result.applied:
            self.stdout.write("Dry run: nothing was written. Run again with --apply to write.")

    def _user(self, username: str | None, kind: str):
        if not username:
            return None
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"No active user {username}.", returncode=BAD_INPUT)
        if not user.has_perm(PERMISSION[kind]):
            raise CommandError(f"User {username} may not import {kind}.", returncode=BAD_INPUT)
        return user

    def _print(self, result: ImportReport) -> None:
        """Counts, then each problem by line and key: the messages quote no value of the file."""
        counts = result.counts
        done = result.applied
        self.stdout.write(
            f"{counts['rows']} rows, {counts['errors']} with errors; "
            f"{'created' if done else 'to create'} {counts[Action.CREATED]}, "
            f"{'updated' if done else 'to update'} {counts[Action.UPDATED]}, "
            f"unchanged {counts[Action.UNCHANGED]}."
        )
        for problem in result.problems:
            self.stderr.write(f"error [{problem.code}]: {problem}")
        for row in result.rows_with_errors:
            for problem in row.errors:
                self.stderr.write(f"line {row.line} {row.key}: [{problem.code}] {problem}")
        for problem in result.warnings:
            self.stdout.write(f"warning [{problem.code}]: {problem}")
        for row in result.rows:
            for problem in row.warnings:
                self.stdout.write(f"line {row.line} {row.key}: warning [{problem.code}] {problem}")
