#!/usr/bin/env bash
# Real PostGIS: starts a throw-away PostgreSQL server on a Unix socket, loads the sample county's GeoPackage
# into it with ogr2ogr, and checks that `worksmap report PG:...` (rolled up on the server) gives the figures of
# the GeoPackage (counts exactly, lengths and areas within 1 mm per km and 1 m² per km²); then runs the server
# roll-up's own tests and the desk's background roll-up (DB_TESTS, given the connections and the commands that
# stop and start the server), and compares the server roll-up with the in-memory one on
# a 10,000-works benchmark county (GENCOUNTY writes it).
# Usage: postgis_report_test.sh WORKSMAP_BINARY GEODATA_DIR [DB_TESTS GENCOUNTY]
set -euo pipefail
worksmap=$1
gpkg=$2/county.gpkg
db_tests=${3:-}
gencounty=${4:-}
# Figures compared within the measuring tolerance: the server's geodesic against the grid's (same_figures.py).
same_figures="$(dirname "$0")/same_figures.py"

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
  echo "PostgreSQL server binaries not found (scripts/install-deps.sh installs postgresql)" >&2
  exit 1
fi

work=$(mktemp -d /tmp/worksmap-pg.XXXXXX)
chmod 755 "$work"
run() { "$@"; }
# initdb refuses to run as root: run the server as the postgres system user then.
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$work"
  run() { runuser -u postgres -- "$@"; }
fi
port=$((20000 + RANDOM % 20000))
cleanup() {
  run "$pgbin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

run "$pgbin/initdb" -D "$work/data" -A trust -U worksmap -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; exit 1; }
run "$pgbin/pg_ctl" -D "$work/data" -w -l "$work/server.log" \
  -o "-k $work -p $port -c listen_addresses=''" start >/dev/null \
  || { cat "$work/server.log" >&2; exit 1; }
psql_cmd=(psql -X -q -h "$work" -p "$port" -U worksmap)
"${psql_cmd[@]}" -d postgres -c "CREATE DATABASE county" >/dev/null
"${psql_cmd[@]}" -d county -c "CREATE EXTENSION postgis" >/dev/null

conn="PG:host=$work port=$port dbname=county user=worksmap"
GDAL_PAM_ENABLED=NO ogr2ogr -f PostgreSQL "$conn" "$gpkg" -lco GEOMETRY_NAME=geom -lco FID=fid >/dev/null

for args in "--as-of 2023-06-30 --format csv" "--year 2022 --format csv"; do
  # shellcheck disable=SC2086
  expected=$(WORKSMAP_LANG=en "$worksmap" report "$gpkg" $args)
  # shellcheck disable=SC2086
  actual=$(WORKSMAP_LANG=en "$worksmap" report "$conn" $args)
  if ! python3 "$same_figures" <(echo "$expected") <(echo "$actual"); then
    echo "PostGIS report differs from the GeoPackage report for: $args" >&2
    diff <(echo "$expected") <(echo "$actual") >&2 || true
    exit 1
  fi
  rows=$(echo "$actual" | wc -l)
  if [ "$rows" -lt 10 ]; then
    echo "PostGIS report has only $rows lines:" >&2
    echo "$actual" >&2
    exit 1
  fi
done
echo "PostGIS reports match the GeoPackage ($rows lines for 2022)"

# A server that is not there: exit code 2 and a message naming the connection without its password.
set +e
message=$(WORKSMAP_LANG=en "$worksmap" report "PG:host=$work/absent port=$port dbname=county password=hunter2" \
  --year 2022 2>&1 >/dev/null)
status=$?
set -e
if [ "$status" -ne 2 ] || [[ "$message" != *"dbname=county password=***: cannot be opened as vector data"* ]] \
  || [[ "$message" == *hunter2* ]]; then
  echo "An unreachable server gave exit code $status and: $message" >&2
  exit 1
fi

if [ -n "$db_tests" ]; then
  "${psql_cmd[@]}" -d postgres -c "CREATE DATABASE rollup_tests" >/dev/null
  "${psql_cmd[@]}" -d rollup_tests -c "CREATE EXTENSION postgis" >/dev/null
  # The desk's test stops the server and starts it again, as the same user as above (fast stop: the sessions of
  # a server going away are cut).
  as_server=""
  if [ "$(id -u)" -eq 0 ]; then as_server="runuser -u postgres --"; fi
  printf '#!/bin/sh\nexec %s "%s" -D "%s" -m fast -w stop >/dev/null\n' "$as_server" "$pgbin/pg_ctl" "$work/data" \
    >"$work/stop-server"
  printf '#!/bin/sh\nexec %s "%s" -D "%s" -w -l "%s" -o "-k %s -p %s -c listen_addresses=%s" start >/dev/null\n' \
    "$as_server" "$pgbin/pg_ctl" "$work/data" "$work/server.log" "$work" "$port" "''" >"$work/start-server"
  chmod 755 "$work/stop-server" "$work/start-server"
  WORKSMAP_TEST_PG="PG:host=$work port=$port dbname=rollup_tests user=worksmap" WORKSMAP_TEST_PG_COUNTY="$conn" \
    WORKSMAP_TEST_PG_STOP="$work/stop-server" WORKSMAP_TEST_PG_START="$work/start-server" "$db_tests"
fi

if [ -n "$gencounty" ]; then
  # The server roll-up and the works read into memory, the same figures, on 10,000 generated works (every status,
  # dates as text in four spellings and as Date columns, districts by attribute and by polygon).
  "$gencounty" --works 10000 --seed 16 --out "$work/bench" >/dev/null
  "${psql_cmd[@]}" -d postgres -c "CREATE DATABASE bench" >/dev/null
  "${psql_cmd[@]}" -d bench -c "CREATE EXTENSION postgis" >/dev/null
  bench="PG:host=$work port=$port dbname=bench user=worksmap"
  GDAL_PAM_ENABLED=NO ogr2ogr -f PostgreSQL "$bench" "$work/bench" -lco GEOMETRY_NAME=geom -lco FID=fid >/dev/null
  started=$SECONDS
  # Each format, each kind of date and both groupings once (the whole test stays near a minute on 2 cores).
  for args in "--as-of 2023-06-30 --format csv" "--year 2022 --format json" \
              "--from 2021-03-01 --to 2022-02-28 --by kind --format md"; do
    # shellcheck disable=SC2086
    expected=$(WORKSMAP_SERVER_ROLLUP=0 WORKSMAP_LANG=en "$worksmap" report "$bench" $args)
    # shellcheck disable=SC2086
    actual=$(WORKSMAP_LANG=en "$worksmap" report "$bench" $args 2>"$work/stderr.txt")
    if ! python3 "$same_figures" <(echo "$expected") <(echo "$actual"); then
      echo "Server roll-up differs from the in-memory report on 10,000 works for: $args" >&2
      diff <(echo "$expected") <(echo "$actual") >&2 || true
      exit 1
    fi
    if grep -q "counted in memory" "$work/stderr.txt"; then
      echo "The 10,000-works register was not rolled up on the server for: $args" >&2
      cat "$work/stderr.txt" >&2
      exit 1
    fi
  done
  echo "Server roll-ups match the in-memory reports on 10,000 works ($((SECONDS - started)) s for 3 pairs)"
fi
