#!/usr/bin/env bash
# The McnHub benchmark in one go, on this machine (see docs/benchmarks.md):
#   builds the benchmark and publishes the app in Release, generates a national-scale network into a fresh SQLite
#   file (and, with --postgres, into a throwaway PostgreSQL server), starts the published app from its own folder on
#   that database, waits for /health, then measures each endpoint with wrk (warm-up first) and prints the table.
#
# Usage: bench/run.sh [--postgres] [--db FILE] [--organisations 10000] [--services 50000] [--areas 300] [--seed 1]
#                     [--connections 32] [--threads 2] [--duration 20s] [--warm-up 5s] [--markdown FILE] [--keep] [--app DIR]
#   --db FILE   use this SQLite file, generating it only if it does not exist yet (saves the generation on re-runs)
#   --keep      keep the work folder (published app, database, logs) instead of deleting it
#   --app DIR   measure an app already published in DIR (e.g. an older version, for before/after figures)
#   --evaluation  also generate monthly returns (--eval-organisations 1000 --elements 40 --years 10) into a newly generated
#               database and measure the evaluation pages against the raw SQL (run-evaluation; docs/benchmarks.md, "Evaluation")
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

postgres=0 keep=0 db="" markdown="" app=""
gen=(--organisations 10000 --services 50000 --areas 300 --seed 1)
load=(--connections 32 --threads 2 --duration 20s --warm-up 5s)
evaluation=0 evalgen=(--organisations 1000 --elements 40 --years 10)
set_opt() { local -n arr=$1; local key=$2 value=$3 i; for i in "${!arr[@]}"; do if [ "${arr[$i]}" = "$key" ]; then arr[$((i + 1))]=$value; return; fi; done; arr+=("$key" "$value"); }
while [ $# -gt 0 ]; do
  case "$1" in
    --postgres) postgres=1; shift ;;
    --keep) keep=1; shift ;;
    --evaluation) evaluation=1; shift ;;
    --eval-organisations) set_opt evalgen --organisations "$2"; shift 2 ;;
    --elements|--years) set_opt evalgen "$1" "$2"; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --markdown) markdown=$2; shift 2 ;;
    --app) app=$(cd "$2" && pwd); shift 2 ;;
    --organisations|--services|--areas|--seed) set_opt gen "$1" "$2"; shift 2 ;;
    --connections|--threads|--duration|--warm-up) set_opt load "$1" "$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "Unknown option $1 (see --help)"; exit 2 ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if ! command -v wrk >/dev/null; then
  echo "Installing wrk…"
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get install -y -qq wrk >/dev/null 2>&1 || { $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null; }
fi

work=$(mktemp -d /tmp/mcnhub-bench.XXXXXX)
app_pid="" pg_stop=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [ -n "$pg_stop" ]; then eval "$pg_stop" || true; fi
  if [ "$keep" = 1 ]; then echo "Work folder kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

echo "Building the benchmark and publishing the app (Release)…"
dotnet build bench/McnHub.Bench -c Release --nologo -v q -clp:ErrorsOnly
if [ -n "$app" ]; then cp -r "$app" "$work/app"; else dotnet publish src/McnHub -c Release --no-build --nologo -v q -clp:ErrorsOnly -o "$work/app"; fi
bench=(dotnet "$root/bench/McnHub.Bench/bin/Release/net10.0/McnHub.Bench.dll")

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# Starts the published app from its own folder (so it finds its appsettings.json) on the given database, and waits for /health.
start_app() {
  local provider=$1 connection=$2
  port=$(free_port)
  mkdir -p "$work/data"
  (cd "$work/app" && exec env \
    ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider="$provider" Database__ConnectionString="$connection" Database__DataFolder="$work/data" \
    Email__PickupFolder="$work/data/mail" Files__Folder="$work/data/files" \
    Seed__Demo=false Bench__Enabled=true Directory__ReminderCheckInterval=00:00:00 \
    Logging__LogLevel__Default=Warning \
    ./McnHub >"$work/app-$provider.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 120); do
    if curl -sf "http://127.0.0.1:$port/health" >/dev/null; then return 0; fi
    if ! kill -0 "$app_pid" 2>/dev/null; then break; fi
    sleep 1
  done
  echo "The app did not become healthy; its log:"; cat "$work/app-$provider.log"; exit 1
}

stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

measure() {
  local provider=$1 connection=$2 out=$3
  start_app "$provider" "$connection"
  echo "App (pid $app_pid) on $provider at http://127.0.0.1:$port"
  "${bench[@]}" run --url "http://127.0.0.1:$port" --pid "$app_pid" "${load[@]}" --markdown "$out"
  if [ "$evaluation" = 1 ]; then
    "${bench[@]}" run-evaluation --url "http://127.0.0.1:$port" --pid "$app_pid" --provider "${provider,,}" --connection "$connection" --markdown "${out%.md}-evaluation.md"
  fi
  stop_app
}

# SQLite
sqlite_db=${db:-$work/bench.db}
if [ ! -f "$sqlite_db" ]; then
  echo "Generating the network into $sqlite_db…"
  "${bench[@]}" generate --provider sqlite --connection "Data Source=$sqlite_db" "${gen[@]}"
  if [ "$evaluation" = 1 ]; then "${bench[@]}" generate-evaluation --provider sqlite --connection "Data Source=$sqlite_db" "${evalgen[@]}"; fi
else
  echo "Using the existing database $sqlite_db"
fi
measure Sqlite "Data Source=$sqlite_db" "$work/results-sqlite.md"
if [ -n "$markdown" ]; then { echo "### SQLite"; echo; cat "$work/results-sqlite.md"; } >"$markdown"; fi

# PostgreSQL (optional): a throwaway cluster, as scripts/test starts one.
if [ "$postgres" = 1 ]; then
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "PostgreSQL is not installed (apt-get install postgresql)"; exit 1; }
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
  pgdata="$work/pg" pgport=$(free_port)
  mkdir -p "$pgdata"
  if [ "$(id -u)" = 0 ]; then chown postgres "$work" "$pgdata"; chmod 755 "$work"; as_pg=(runuser -u postgres --); else as_pg=(); fi
  "${as_pg[@]}" "$pgbin/initdb" -D "$pgdata" -A trust -U postgres >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log"; exit 1; }
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -o "-c listen_addresses=127.0.0.1 -p $pgport -k $pgdata -c fsync=off" -w start >/dev/null
  pg_stop="${as_pg[*]} $pgbin/pg_ctl -D $pgdata -m fast -w stop >/dev/null 2>&1"
  "${as_pg[@]}" "$pgbin/createdb" -h 127.0.0.1 -p "$pgport" -U postgres mcnhub_bench
  pg="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=mcnhub_bench"
  echo "Generating the network into PostgreSQL…"
  "${bench[@]}" generate --provider postgres --connection "$pg" "${gen[@]}"
  if [ "$evaluation" = 1 ]; then "${bench[@]}" generate-evaluation --provider postgres --connection "$pg" "${evalgen[@]}"; fi
  measure Postgres "$pg" "$work/results-postgres.md"
  if [ -n "$markdown" ]; then { echo; echo "### PostgreSQL"; echo; cat "$work/results-postgres.md"; } >>"$markdown"; fi
fi
