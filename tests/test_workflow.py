"""The GitHub Actions workflow cannot run here; check what can be: its shape and its commands."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml

from sqlml.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "course.yml"


def _workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text())


def _readme_command(marker: str) -> str:
    readme = (ROOT / "README.md").read_text()
    match = re.search(rf"<!-- {marker} -->\s*```bash\n(.+?)\n```", readme, re.S)
    assert match, f"README.md has no command under <!-- {marker} -->"
    return match.group(1).strip()


def _runs(job: str) -> list[str]:
    return [step["run"].strip() for step in _workflow()["jobs"][job]["steps"] if "run" in step]


def test_workflow_has_the_three_jobs():
    jobs = _workflow()["jobs"]
    assert {"test", "sqlserver", "pages"} <= set(jobs)
    assert jobs["pages"]["needs"] == ["test"]


def test_test_job_runs_the_readme_test_command():
    assert _readme_command("test-command") in _runs("test")


def test_pages_job_builds_with_the_readme_main_command_and_publishes_the_html():
    assert _readme_command("main-command") in _runs("pages")
    uploads = [s for s in _workflow()["jobs"]["pages"]["steps"] if "upload-pages-artifact" in s.get("uses", "")]
    assert uploads and uploads[0]["with"]["path"] == "_build/html"


def test_sqlserver_job_uses_services_the_compose_file_defines():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    readme = (ROOT / "README.md").read_text()
    for command in _runs("sqlserver"):
        if not command.startswith("docker compose"):
            continue
        words = shlex.split(command)
        named = [w for w in words if w in services]
        assert named or words[2] == "down", f"{command!r} names no service of docker-compose.yml"
        for service in named:
            profiles = services[service].get("profiles", [])
            for profile in profiles:
                assert f"--profile {profile}" in command, f"{service} needs --profile {profile}"
        assert command in readme, f"README.md should show the instructors {command!r}"


def test_every_sqlml_command_in_the_workflow_exists():
    subcommands = build_parser()._subparsers._group_actions[0].choices
    for job in _workflow()["jobs"]:
        for command in _runs(job):
            for match in re.finditer(r"\bsqlml (\w+)", command):
                assert match.group(1) in subcommands
