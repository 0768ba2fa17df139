"""What an import answers: the problems of the file, and for each row its problems and what
was (or, in a dry run, would be) done with it.

Messages never carry a value of the file: a row is named by its line and its key (staff code,
office code), so a report can be logged or printed without personal data. The report workbook
alone shows the input cells, to the user who gave them.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from thads.onboarding.tables import Cell, Table, report_workbook

log = logging.getLogger("thads.ops")


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    column: str = ""

    def __str__(self) -> str:
        return f"{self.column}: {self.message}" if self.column else self.message


class Action:
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass
class RowResult:
    line: int
    cells: list[Cell]
    key: str = ""
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    action: str = ""
    changes: list[str] = field(default_factory=list)

    def error(self, code: str, message: str, column: str = "") -> None:
        self.errors.append(Problem(str(code), str(message), column))

    def warn(self, code: str, message: str, column: str = "") -> None:
        self.warnings.append(Problem(str(code), str(message), column))


@dataclass
class ImportReport:
    kind: str
    headers: list[str] = field(default_factory=list)
    rows: list[RowResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # of the file as a whole
    warnings: list[Problem] = field(default_factory=list)
    applied: bool = False
    # What the import did (or would do) by key, for a kind whose rows group into records
    # (an office is several rows): {"created": n, "updated": n, "unchanged": n}.
    records: Counter[str] = field(default_factory=Counter)

    @classmethod
    def for_table(cls, kind: str, table: Table) -> ImportReport:
        return cls(
            kind=kind,
            headers=list(table.headers),
            rows=[RowResult(line=r.line, cells=list(r.cells)) for r in table.rows],
        )

    @property
    def ok(self) -> bool:
        return not self.problems and not any(r.errors for r in self.rows)

    @property
    def rows_with_errors(self) -> list[RowResult]:
        return [r for r in self.rows if r.errors]

    @property
    def counts(self) -> dict[str, int]:
        counts = Counter(r.action for r in self.rows if r.action and not r.errors)
        if self.records:
            counts = Counter(self.records)
        return {
            "rows": len(self.rows),
            "errors": len(self.rows_with_errors),
            Action.CREATED: counts[Action.CREATED],
            Action.UPDATED: counts[Action.UPDATED],
            Action.UNCHANGED: counts[Action.UNCHANGED],
        }

    def error_codes(self) -> list[str]:
        return sorted(
            {p.code for p in self.problems} | {p.code for r in self.rows for p in r.errors}
        )

    def workbook(self) -> bytes:
        """The input rows with an error column (and a warning column) beside each."""
        counts = self.counts
        summary = [
            (_("Summary"), ""),
            (_("Rows"), str(counts["rows"])),
            (_("Rows with errors"), str(counts["errors"])),
            (_("To create") if not self.applied else _("Created"), str(counts[Action.CREATED])),
            (_("To update") if not self.applied else _("Updated"), str(counts[Action.UPDATED])),
            (_("Unchanged"), str(counts[Action.UNCHANGED])),
            *((_("Error"), str(p)) for p in self.problems),
            *((_("Warning"), str(p)) for p in self.warnings),
        ]
        return report_workbook(
            self.headers,
            [
                (r.cells, "; ".join(map(str, r.errors)), "; ".join(map(str, r.warnings)))
                for r in self.rows
            ],
            summary,
        )


def log_report(report: ImportReport, actor) -> None:
    """The outcome on the operations log: counts, line numbers, keys (staff or office codes)
    and problem codes only, never a value of the file."""
    counts = report.counts
    log.info(
        "%s import by user=%s: rows=%d errors=%d created=%d updated=%d unchanged=%d applied=%s",
        report.kind,
        getattr(actor, "pk", None),
        counts["rows"],
        counts["errors"],
        counts[Action.CREATED],
        counts[Action.UPDATED],
        counts[Action.UNCHANGED],
        report.applied,
    )
    for problem in report.problems:
        log.info("%s import refused: %s", report.kind, problem.code)
    for row in report.rows_with_errors:
        log.info(
            "%s import line %d key=%s: %s",
            report.kind,
            row.line,
            row.key,
            ",".join(sorted({p.code for p in row.errors})),
        )
