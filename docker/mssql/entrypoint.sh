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

## The first start creates the system databases and can take a minute or more on a small machine:
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

!# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

b# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

b# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

## The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

Q# The first start creates the system databases and can take a minute or more on a small machine:
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

L# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

L# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

(# The first start creates the system databases and can take a minute or more on a small machine:
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

w# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

P# The first start creates the system databases and can take a minute or more on a small machine:
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

y# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

f# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

_# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

x# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

_# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

x# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

_# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

)# The first start creates the system databases and can take a minute or more on a small machine:
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

,# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

## The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

x# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

.# The first start creates the system databases and can take a minute or more on a small machine:
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

T# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

y# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

(# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

k# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

.# The first start creates the system databases and can take a minute or more on a small machine:
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

y# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

)# The first start creates the system databases and can take a minute or more on a small machine:
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

.# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

f# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

:# The first start creates the system databases and can take a minute or more on a small machine:
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

"# The first start creates the system databases and can take a minute or more on a small machine:
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

$# The first start creates the system databases and can take a minute or more on a small machine:
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

{# The first start creates the system databases and can take a minute or more on a small machine:
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

M# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

Q# The first start creates the system databases and can take a minute or more on a small machine:
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

L# The first start creates the system databases and can take a minute or more on a small machine:
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

_# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

A# The first start creates the system databases and can take a minute or more on a small machine:
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

_# The first start creates the system databases and can take a minute or more on a small machine:
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

P# The first start creates the system databases and can take a minute or more on a small machine:
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

A# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

W# The first start creates the system databases and can take a minute or more on a small machine:
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

O# The first start creates the system databases and can take a minute or more on a small machine:
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

R# The first start creates the system databases and can take a minute or more on a small machine:
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

D# The first start creates the system databases and can take a minute or more on a small machine:
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

:# The first start creates the system databases and can take a minute or more on a small machine:
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

?# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

M# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

Q# The first start creates the system databases and can take a minute or more on a small machine:
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

L# The first start creates the system databases and can take a minute or more on a small machine:
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

_# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

A# The first start creates the system databases and can take a minute or more on a small machine:
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

_# The first start creates the system databases and can take a minute or more on a small machine:
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

P# The first start creates the system databases and can take a minute or more on a small machine:
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

A# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

W# The first start creates the system databases and can take a minute or more on a small machine:
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

O# The first start creates the system databases and can take a minute or more on a small machine:
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

R# The first start creates the system databases and can take a minute or more on a small machine:
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

D# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

.# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

(# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

y# The first start creates the system databases and can take a minute or more on a small machine:
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

.# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

.# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

x# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

)# The first start creates the system databases and can take a minute or more on a small machine:
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

;# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

g# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

w# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

.# The first start creates the system databases and can take a minute or more on a small machine:
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

}# The first start creates the system databases and can take a minute or more on a small machine:
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

"# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

x# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

Q# The first start creates the system databases and can take a minute or more on a small machine:
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

L# The first start creates the system databases and can take a minute or more on a small machine:
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

C# The first start creates the system databases and can take a minute or more on a small machine:
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

M# The first start creates the system databases and can take a minute or more on a small machine:
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

D# The first start creates the system databases and can take a minute or more on a small machine:
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

P# The first start creates the system databases and can take a minute or more on a small machine:
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

A# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

W# The first start creates the system databases and can take a minute or more on a small machine:
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

O# The first start creates the system databases and can take a minute or more on a small machine:
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

R# The first start creates the system databases and can take a minute or more on a small machine:
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

D# The first start creates the system databases and can take a minute or more on a small machine:
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

=# The first start creates the system databases and can take a minute or more on a small machine:
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

"# The first start creates the system databases and can take a minute or more on a small machine:
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

$# The first start creates the system databases and can take a minute or more on a small machine:
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

M# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

Q# The first start creates the system databases and can take a minute or more on a small machine:
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

L# The first start creates the system databases and can take a minute or more on a small machine:
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

_# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

A# The first start creates the system databases and can take a minute or more on a small machine:
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

_# The first start creates the system databases and can take a minute or more on a small machine:
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

P# The first start creates the system databases and can take a minute or more on a small machine:
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

A# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

W# The first start creates the system databases and can take a minute or more on a small machine:
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

O# The first start creates the system databases and can take a minute or more on a small machine:
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

R# The first start creates the system databases and can take a minute or more on a small machine:
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

D# The first start creates the system databases and can take a minute or more on a small machine:
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

"# The first start creates the system databases and can take a minute or more on a small machine:
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

## The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

q# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

f# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

,# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

f# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

## The first start creates the system databases and can take a minute or more on a small machine:
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

T# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

'# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

g# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

q# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

q# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

.# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

f# The first start creates the system databases and can take a minute or more on a small machine:
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

,# The first start creates the system databases and can take a minute or more on a small machine:
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

w# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

:# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

## The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

y# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

b# The first start creates the system databases and can take a minute or more on a small machine:
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

y# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

g# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

g# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

.# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

q# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

f# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

E# The first start creates the system databases and can take a minute or more on a small machine:
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

U# The first start creates the system databases and can take a minute or more on a small machine:
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

L# The first start creates the system databases and can take a minute or more on a small machine:
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

A# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

Y# The first start creates the system databases and can take a minute or more on a small machine:
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

># The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

q# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

f# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

x# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

b# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

y# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

y# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

b# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

b# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

y# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

3# The first start creates the system databases and can take a minute or more on a small machine:
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

.# The first start creates the system databases and can take a minute or more on a small machine:
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

1# The first start creates the system databases and can take a minute or more on a small machine:
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

0# The first start creates the system databases and can take a minute or more on a small machine:
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

># The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

q# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

f# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

x# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

b# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

y# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

\# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

b# The first start creates the system databases and can take a minute or more on a small machine:
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

:# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

b# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

y# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

3# The first start creates the system databases and can take a minute or more on a small machine:
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

.# The first start creates the system databases and can take a minute or more on a small machine:
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

1# The first start creates the system databases and can take a minute or more on a small machine:
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

0# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

k# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

g# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

:# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

b# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

y# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

3# The first start creates the system databases and can take a minute or more on a small machine:
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

.# The first start creates the system databases and can take a minute or more on a small machine:
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

1# The first start creates the system databases and can take a minute or more on a small machine:
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

0# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

k# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

g# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

># The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

## The first start creates the system databases and can take a minute or more on a small machine:
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

C# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

f# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

L# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

'# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

b# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

x# The first start creates the system databases and can take a minute or more on a small machine:
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

:# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

=# The first start creates the system databases and can take a minute or more on a small machine:
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

f# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

,# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

M# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

f# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

'# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

.# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

q# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

b# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

=# The first start creates the system databases and can take a minute or more on a small machine:
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

f# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

&# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

=# The first start creates the system databases and can take a minute or more on a small machine:
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

$# The first start creates the system databases and can take a minute or more on a small machine:
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

!# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

q# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

b# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

q# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

&# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

=# The first start creates the system databases and can take a minute or more on a small machine:
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

$# The first start creates the system databases and can take a minute or more on a small machine:
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

!# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

'# The first start creates the system databases and can take a minute or more on a small machine:
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

k# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

T# The first start creates the system databases and can take a minute or more on a small machine:
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

E# The first start creates the system databases and can take a minute or more on a small machine:
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

R# The first start creates the system databases and can take a minute or more on a small machine:
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

M# The first start creates the system databases and can take a minute or more on a small machine:
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

"# The first start creates the system databases and can take a minute or more on a small machine:
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

$# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

"# The first start creates the system databases and can take a minute or more on a small machine:
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

"# The first start creates the system databases and can take a minute or more on a small machine:
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

$# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

"# The first start creates the system databases and can take a minute or more on a small machine:
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

2# The first start creates the system databases and can take a minute or more on a small machine:
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

># The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

;# The first start creates the system databases and can take a minute or more on a small machine:
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

w# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

"# The first start creates the system databases and can take a minute or more on a small machine:
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

$# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

"# The first start creates the system databases and can take a minute or more on a small machine:
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

'# The first start creates the system databases and can take a minute or more on a small machine:
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

T# The first start creates the system databases and can take a minute or more on a small machine:
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

E# The first start creates the system databases and can take a minute or more on a small machine:
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

R# The first start creates the system databases and can take a minute or more on a small machine:
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

M# The first start creates the system databases and can take a minute or more on a small machine:
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

I# The first start creates the system databases and can take a minute or more on a small machine:
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

N# The first start creates the system databases and can take a minute or more on a small machine:
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

T# The first start creates the system databases and can take a minute or more on a small machine:
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

f# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

_# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

$# The first start creates the system databases and can take a minute or more on a small machine:
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

(# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

q# The first start creates the system databases and can take a minute or more on a small machine:
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

1# The first start creates the system databases and can take a minute or more on a small machine:
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

1# The first start creates the system databases and can take a minute or more on a small machine:
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

2# The first start creates the system databases and can take a minute or more on a small machine:
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

0# The first start creates the system databases and can take a minute or more on a small machine:
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

)# The first start creates the system databases and can take a minute or more on a small machine:
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

;# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

f# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

q# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

C# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

U# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

2# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

b# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

Q# The first start creates the system databases and can take a minute or more on a small machine:
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

"# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

E# The first start creates the system databases and can take a minute or more on a small machine:
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

L# The first start creates the system databases and can take a minute or more on a small machine:
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

E# The first start creates the system databases and can take a minute or more on a small machine:
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

C# The first start creates the system databases and can take a minute or more on a small machine:
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

T# The first start creates the system databases and can take a minute or more on a small machine:
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

1# The first start creates the system databases and can take a minute or more on a small machine:
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

"# The first start creates the system databases and can take a minute or more on a small machine:
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

># The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

u# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

2# The first start creates the system databases and can take a minute or more on a small machine:
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

># The first start creates the system databases and can take a minute or more on a small machine:
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

&# The first start creates the system databases and can take a minute or more on a small machine:
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

1# The first start creates the system databases and can take a minute or more on a small machine:
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

;# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

b# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

k# The first start creates the system databases and can take a minute or more on a small machine:
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

f# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

1# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

q# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

d# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

C# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

S# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

h# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

U# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

b# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

o# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

q# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

m# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

/# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

b# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

x# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

n# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

-# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

c# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

p# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

.# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

q# The first start creates the system databases and can take a minute or more on a small machine:
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

l# The first start creates the system databases and can take a minute or more on a small machine:
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

w# The first start creates the system databases and can take a minute or more on a small machine:
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

a# The first start creates the system databases and can take a minute or more on a small machine:
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

i# The first start creates the system databases and can take a minute or more on a small machine:
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

t# The first start creates the system databases and can take a minute or more on a small machine:
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

"# The first start creates the system databases and can take a minute or more on a small machine:
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

$# The first start creates the system databases and can take a minute or more on a small machine:
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

s# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

v# The first start creates the system databases and can take a minute or more on a small machine:
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

e# The first start creates the system databases and can take a minute or more on a small machine:
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

r# The first start creates the system databases and can take a minute or more on a small machine:
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

"# The first start creates the system databases and can take a minute or more on a small machine:
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

