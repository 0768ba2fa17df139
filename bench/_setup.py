"""Shared set-up of the benchmarks: a scratch database, migrated, with the demo built."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def scratch_django() -> None:
    """Point Django at a scratch database (SQLite in a temp dir unless DATABASE_URL is set)."""
    if "DATABASE_URL" not in os.environ:
        os.environ["THADS_VAR_DIR"] = tempfile.mkdtemp(prefix="thads-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thads.settings")
    os.environ.setdefault("THADS_DEBUG", "1")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    from thads.organization.models import Authority

    if Authority.objects.exists():
        from thads.demo.reset import reset_registry

        reset_registry()


def best_of(n: int, fn) -> float:
    """The best of n timings of fn(), in seconds (the least disturbed run)."""
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def machine() -> str:
    import platform

    cpus = os.cpu_count()
    return f"{platform.machine()}, {cpus} cores, Python {platform.python_version()}"
