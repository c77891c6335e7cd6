# A machine with systemd for tests/deploy/test_docker.py: deploy/README.md's systemd steps run
# in it as written, with deploy/kneeguard.service (hardening options included).
FROM python:3.11-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends systemd systemd-sysv \
    && rm -rf /var/lib/apt/lists/*
STOPSIGNAL SIGRTMIN+3
CMD ["/sbin/init"]
