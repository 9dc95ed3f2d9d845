#!/usr/bin/env bash
# Starts SQL Server and its Launchpad (which runs Python for sp_execute_external_script), then turns
# external scripts on. The container is healthy once that is done (see docker-compose.yml).
set -euo pipefail

: "${MSSQL_SA_PASSWORD:?Set MSSQL_SA_PASSWORD in .env (copy .env.example); the image holds no password.}"
export SQLCMDPASSWORD="$MSSQL_SA_PASSWORD"   # sqlcmd reads it from here, not from its command line

# The runtime's settings live in /var/opt/mssql/mssql.conf, which is on the data volume: set them at
# every start so that a volume made by an older image gets them too.
mssql-conf set EULA accepteulaml Y >/dev/null
mssql-conf set extensibility pythonbinpath /usr/bin/python3.10 >/dev/null
mssql-conf set extensibility datadirectories \
    /usr/lib:/usr/lib/python3.10/dist-packages:/usr/local/lib/python3.10/dist-packages >/dev/null

# Containers have no user namespaces for Launchpad's sandbox: -usens=false, as Microsoft's samples do.
/opt/mssql/bin/launchpadd -usens=false &
launchpad=$!
/opt/mssql/bin/sqlservr &
server=$!
trap 'kill -TERM "$server" "$launchpad" 2>/dev/null; wait "$server"' TERM INT

# The first start creates the system databases and can take a minute or more on a small machine:
# retry until external scripts are on (the healthcheck waits for exactly that).
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
fi

wait "$server"
