"""The `thads` command: one entry point for users and scripts."""

import subprocess
import sys

from thads.cli import main


def test_thads_runs_django_commands(capsys):
    assert main(["check"]) == 0
    assert "no issues" in capsys.readouterr().out


def test_thads_entry_point_is_installed():
    result = subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-c",
            "from importlib.metadata import entry_points; "
            "print([e.value for e in entry_points(group='console_scripts') if e.name == 'thads'])",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "thads.cli:main" in result.stdout


def test_token_command_creates_a_working_token(users, client, capsys):
    from django.core.management import call_command

    call_command("token", "create", "carol")
    raw = capsys.readouterr().out.strip()
    assert raw.startswith("thads_")
    assert client.get("/api/v1/people", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200
