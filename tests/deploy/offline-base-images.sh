#!/bin/sh
# For machines that reach Debian's and PyPI's mirrors but no container registry: builds local
# stand-ins for the two images deploy/ pulls, so `make docker-test` can run there.
#   python:3.11-slim   -> Debian bookworm (debootstrap) with python3.11, venv and this host's
#                         CA bundle (and PIP_CERT) for a proxy that re-signs TLS
#   postgres:16-alpine -> that image plus Debian's PostgreSQL 15, honouring POSTGRES_USER,
#                         POSTGRES_PASSWORD and POSTGRES_DB on first start, as the real one does
# Needs root, debootstrap and a running Docker engine. Never use these images in production.
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

debootstrap --variant=minbase --include=python3,python3-venv,python-is-python3,ca-certificates \
    bookworm "$work/rootfs" http://deb.debian.org/debian >/dev/null
cp /etc/ssl/certs/ca-certificates.crt "$work/rootfs/etc/ssl/certs/ca-certificates.crt"
tar -C "$work/rootfs" -c . | docker import \
    -c 'ENV PIP_CERT=/etc/ssl/certs/ca-certificates.crt' -c 'CMD ["python3"]' - python:3.11-slim

mkdir "$work/postgres"
cat > "$work/postgres/entrypoint.sh" <<'SCRIPT'
#!/bin/sh
set -eu
PGDATA=/var/lib/postgresql/data
BIN=/usr/lib/postgresql/15/bin
mkdir -p "$PGDATA" && chown postgres:postgres "$PGDATA" && chmod 700 "$PGDATA"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  printf '%s' "$POSTGRES_PASSWORD" > /tmp/pw && chown postgres /tmp/pw
  runuser -u postgres -- "$BIN/initdb" -D "$PGDATA" -U "$POSTGRES_USER" --pwfile=/tmp/pw \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm /tmp/pw
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  echo "CREATE DATABASE \"$POSTGRES_DB\" OWNER \"$POSTGRES_USER\";" | \
    runuser -u postgres -- "$BIN/postgres" --single -D "$PGDATA" postgres >/dev/null
fi
exec runuser -u postgres -- "$BIN/postgres" -D "$PGDATA" -c listen_addresses='*'
SCRIPT
cat > "$work/postgres/Dockerfile" <<'DOCKERFILE'
FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-15 \
    && rm -rf /var/lib/apt/lists/*
COPY entrypoint.sh /entrypoint.sh
RUN chmod +x /entrypoint.sh
ENV PATH=/usr/lib/postgresql/15/bin:$PATH
STOPSIGNAL SIGINT
ENTRYPOINT ["/entrypoint.sh"]
DOCKERFILE
docker build -q --network host -t postgres:16-alpine "$work/postgres"
