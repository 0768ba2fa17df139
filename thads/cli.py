"""The `thads` command: the one command users and scripts call.

thads serve [ADDR:PORT]      run the web server (development server)
thads quickstart             migrate, load the demo if empty, print logins, serve
thads demo [--people N]      build the demo service (deterministic from --seed)
thads migrate                apply database migrations
thads rules list | eval ...  the legal rules catalogue
thads import people FILE.xlsx [--apply]        a staff list (dry run unless --apply)
thads import authorities FILE.csv [--apply]    the regional offices and their communes
thads <any manage.py command>
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["rules"]:
        # Pure rules: no database, no Django start-up.
        from thads.rules.cli import main as rules_main

        return rules_main(argv[1:], sys.stdin, sys.stdout)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thads.settings")
    if argv[:1] == ["serve"]:
        argv = ["runserver", *(argv[1:] or ["127.0.0.1:8000"])]
    from django.core.management import execute_from_command_line

    execute_from_command_line(["thads", *argv])
    return 0


if __name__ == "__main__":
    sys.exit(main())
