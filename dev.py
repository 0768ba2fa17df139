#!/usr/bin/env python3
"""Set up and run THADS with nothing but Python 3.11+.

    python3 dev.py run     virtual environment, install, migrate, demo data, server on :8000
    python3 dev.py test    virtual environment with dev tools, lint, migrations check, tests

Extra arguments after `test` go to pytest (e.g. `python3 dev.py test tests/rules -x`);
the fast run while working: `python3 dev.py test -m "not slow" --reuse-db`.
`--no-lint` skips ruff and mypy (CI's second pass on PostgreSQL uses it).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("THADS_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")


def run(*cmd: str | os.PathLike, check: bool = True) -> int:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    result = subprocess.run([str(c) for c in cmd], cwd=ROOT)  # noqa: S603 - our own tools
    if check and result.returncode != 0:
        sys.exit(result.returncode)
    return result.returncode


def ensure_env(extras: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - says so clearly on an older Python
        sys.exit(f"THADS needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not (BIN / "python").exists():
        print(f"Creating the virtual environment in {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    spec = (ROOT / "pyproject.toml").read_bytes() + extras.encode()
    stamp = VENV / f".thads-installed-{hashlib.sha256(spec).hexdigest()[:16]}"
    if not stamp.exists():
        target = f".[{extras}]" if extras else "."
        run(
            BIN / "python",
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-e",
            target,
        )
        for old in VENV.glob(".thads-installed-*"):
            old.unlink()
        stamp.touch()


def cmd_run(args: list[str]) -> int:
    ensure_env("")
    return run(BIN / "thads", "quickstart", *args, check=False)


def cmd_test(args: list[str]) -> int:
    ensure_env("dev")
    lint = "--no-lint" not in args
    args = [a for a in args if a != "--no-lint"]
    if lint:
        run(BIN / "ruff", "check", ".")
        run(BIN / "ruff", "format", "--check", ".")
        run(BIN / "mypy")
    run(BIN / "thads", "makemigrations", "--check", "--dry-run")
    # Tests close connections after each request, so the test database can be dropped.
    os.environ.setdefault("THADS_CONN_MAX_AGE", "0")
    code = run(BIN / "pytest", *args, check=False)
    if code == 5:
        print("pytest collected no tests: that is a failure, not a pass.", flush=True)
        return 1
    return code


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test"):
        print(__doc__)
        return 2
    command, args = sys.argv[1], sys.argv[2:]
    return cmd_run(args) if command == "run" else cmd_test(args)


if __name__ == "__main__":
    sys.exit(main())
