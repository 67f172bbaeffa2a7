# Shared by the deploy scripts: where the loopback set-up lives and how to reach it.
# shellcheck shell=bash
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PY="$ROOT/.venv/bin/python"
# The loopback set-up (deploy/up); outside the project so the postgres user can reach it.
NC_RUN=${NC_RUN:-/tmp/newham-connect-deploy}
NC_PG_PORT=${NC_PG_PORT:-54325}
NC_REDIS_PORT=${NC_REDIS_PORT:-63795}
NC_NGINX_PORT=${NC_NGINX_PORT:-8180}
NC_APP_PORTS=${NC_APP_PORTS:-"8101 8102"}
PGBIN=/usr/lib/postgresql/15/bin

say() { printf '\n== %s\n' "$*"; }

need_apt() {  # install Debian packages that are missing (root on these machines)
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing ${missing[*]} (apt)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

load_env() {  # the set-up's environment (production settings), for manage.py and gunicorn
  # shellcheck disable=SC1091
  set -a; . "$NC_RUN/env"; set +a
}

manage() { (cd "$ROOT" && load_env && "$PY" manage.py "$@"); }

seed() {  # seed seed_demo|seed_bulk [ARGS]: the demo app is not in the production settings'
  # INSTALLED_APPS (it must never be on a council's site), so its command is run by its class.
  local command=$1; shift
  manage shell -c "from django.core.management import call_command
from demo.management.commands.$command import Command
call_command(Command(), *'$*'.split())"
}

wait_healthy() {  # wait_healthy URL [SECONDS]
  local url=$1 deadline=$((SECONDS + ${2:-30}))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || { echo "not healthy in time: $url" >&2; return 1; }
    sleep 0.3
  done
}

start_redis() {  # Redis for the cache, rate limits and session copies (deploy/up, deploy/prove)
  if [ -f "$NC_RUN/redis.pid" ] && kill -0 "$(cat "$NC_RUN/redis.pid")" 2>/dev/null; then
    return 0  # already running
  fi
  redis-server --bind 127.0.0.1 --port "$NC_REDIS_PORT" --save "" --appendonly no \
    --daemonize yes --pidfile "$NC_RUN/redis.pid" --logfile "$NC_RUN/redis.log" --maxmemory 256mb \
    --maxmemory-policy allkeys-lru
}

start_app() {  # start_app PORT: one gunicorn app server, as systemd's newham-connect@PORT
  local port=$1
  if [ -f "$NC_RUN/app-$port.pid" ] && kill -0 "$(cat "$NC_RUN/app-$port.pid")" 2>/dev/null; then
    return 0  # already running
  fi
  (cd "$ROOT" && load_env && NC_BIND="127.0.0.1:$port" APP_SERVER_NAME="app-$port" \
    "$ROOT/.venv/bin/gunicorn" --config deploy/gunicorn.conf.py --daemon \
    --pid "$NC_RUN/app-$port.pid" --error-logfile "$NC_RUN/app-$port.log" \
    --capture-output)
  wait_healthy "http://127.0.0.1:$port/healthz" 60
}

stop_pidfile() {  # stop_pidfile FILE: SIGTERM (graceful), then wait for it to go
  local file=$1 pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -TERM "$pid" 2>/dev/null; then
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  fi
  rm -f "$file"
}

render_site() {  # render_site OUT_DIR LISTEN_LINES SERVER_NAME STATIC_ROOT CACHE_DIR ACCESS_LOG PROTO
  # Fills deploy/nginx's templates into OUT_DIR/site.conf and OUT_DIR/proxy_params.conf.
  local out=$1 listen=$2 name=$3 static=$4 cache=$5 log=$6 proto=$7 upstreams="" port
  for port in $NC_APP_PORTS; do upstreams+="    server 127.0.0.1:$port max_fails=1 fail_timeout=10s;\n"; done
  sed -e "s#@@FORWARDED_PROTO@@#$proto#" "$ROOT/deploy/nginx/proxy_params.conf" > "$out/proxy_params.conf"
  sed -e "s#@@UPSTREAM_SERVERS@@#${upstreams%\\n}#" -e "s#@@CACHE_DIR@@#$cache#" \
      -e "s#@@LISTEN@@#$listen#" -e "s#@@SERVER_NAME@@#$name#" -e "s#@@ACCESS_LOG@@#$log#" \
      -e "s#@@STATIC_ROOT@@#$static#" -e "s#@@PROXY_PARAMS@@#$out/proxy_params.conf#" \
      "$ROOT/deploy/nginx/newham-connect.conf.in" > "$out/site.conf"
}
