#!/usr/bin/env bash
# Starts SQL Server and its Launchpad (which runs Python for sp_execute_external_script), turns
# external scripts on and checks that Python runs. The container is healthy once that is done
# (docker-compose.yml). The steps are those of Microsoft's "Install SQL Server 2022 Machine Learning
# Services (Python and R) on Linux", "Configure Python runtime with SQL Server".
set -euo pipefail

: "${MSSQL_SA_PASSWORD:?Set MSSQL_SA_PASSWORD in .env (copy .env.example); the image holds no password.}"
export SQLCMDPASSWORD="$MSSQL_SA_PASSWORD"   # sqlcmd reads it from here, not from its command line
ready=/tmp/sqlml-python-ready                # the healthcheck looks for it
rm -f "$ready"

# mssql-conf writes /var/opt/mssql/mssql.conf, which is on the data volume: set everything at every
# start, before SQL Server and Launchpad read it, so a volume made by an older image gets it too.
# Page, "Install mssql-server-extensibility package": accept the ML Services EULA.
mssql-conf set EULA accepteulaml Y >/dev/null
# Page, "Configure Python runtime": the Python binary, and the folders it may read: the page's
# /usr/lib and /usr/lib/python3.10/dist-packages (revoscalepy), plus the site folder where pip put
# requirements.txt's packages as root.
mssql-conf set extensibility pythonbinpath /usr/bin/python3.10 >/dev/null
mssql-conf set extensibility datadirectories \
    /usr/lib:/usr/lib/python3.10/dist-packages:/usr/local/lib/python3.10/dist-packages >/dev/null
# mssql-conf's "outboundnetworkaccess" (off by default): the course's scripts read only what SQL
# Server hands them, so Python inside SQL Server gets no network. Said here so that nobody has to guess.
mssql-conf set extensibility outboundnetworkaccess 0 >/dev/null

# The page restarts the mssql-launchpadd service; a container has no systemd, so Launchpad starts
# here, as root like SQL Server. Microsoft's container example for ML Services, to which its page
# "Install SQL Server Machine Learning Services on Docker" sends readers (mssql-docker,
# linux/preview/examples/mssql-mlservices, supervisord.conf), starts it as `launchpadd -usens=false`.
# The other options are those of Microsoft's own root container with ML Services (Azure SQL Edge's
# start command), not documented on a page: no user namespace (containers have none to give,
# -usens=false), run the Python satellites as Launchpad's own user instead of per-user accounts
# (-usesameuser=true), accept a SQL Server process whose group is root (-sqlGroup root; the default
# is the mssql group of a systemd install), and, after --, reap the satellites' orphaned children
# (-reparentOrphanedDescendants=true). Edge's -enableOutboundAccess is left out (see above).
/opt/mssql/bin/launchpadd -usens=false -usesameuser=true -sqlGroup root -- -reparentOrphanedDescendants=true &
launchpad=$!
/opt/mssql/bin/sqlservr &
server=$!
trap 'kill -TERM "$server" "$launchpad" 2>/dev/null; wait "$server"' TERM INT

# The first start creates the system databases and can take a minute or more on a small machine:
# retry until external scripts are on. Page, last steps: sp_configure, then a Python script.
enabled=no
for _ in $(seq 1 300); do
    if sqlcmd -C -S localhost -U sa -l 2 -b -i /opt/sqlml/enable-external-scripts.sql >/dev/null 2>&1; then
        enabled=yes
        echo "sqlml: external scripts enabled"
        break
    fi
    kill -0 "$server" 2>/dev/null || break
    sleep 2
done
if [ "$enabled" = no ]; then
    echo "sqlml: could not enable external scripts; see the SQL Server log above" >&2
elif sqlcmd -C -S localhost -U sa -l 10 -b -i /opt/sqlml/verify-python.sql; then
    touch "$ready"
    echo "sqlml: Python runs inside SQL Server"
else
    echo "sqlml: SQL Server could not run Python (sp_execute_external_script failed above);" \
         "see /var/opt/mssql/log and /var/opt/mssql-extensibility/log" >&2
fi

wait "$server"
