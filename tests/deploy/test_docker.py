"""The Docker image and the Compose file, built and run for real: opt-in, needs a Docker engine.

    make docker-test        (KNEEGUARD_DOCKER_TESTS=1 .venv/bin/pytest tests/deploy)

Skipped unless KNEEGUARD_DOCKER_TESTS=1; with it set, a missing engine fails instead. The image
is built from the project's tracked files (copied as a fresh clone has them) with the command
deploy/README.md gives; Compose runs deploy/docker-compose.yml with a small override that only
publishes the PostgreSQL port for the checks. The bots in the containers talk to the project's
Bot API emulator on the host, through the Docker bridge; in webhook mode the emulator posts to a
round-robin balancer here, in front of the replicas, as a reverse proxy would.
"""

from __future__ import annotations

import asyncio
import ipaddress
import itertools
import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import asyncpg
import pytest
from aiohttp import web

from emulator import BotApiEmulator, RateLimits
from emulator.users import EmulatedUser

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("KNEEGUARD_DOCKER_TESTS") != "1",
        reason="builds and runs containers: set KNEEGUARD_DOCKER_TESTS=1 (make docker-test)",
    ),
    pytest.mark.timeout(900),
]

REPOSITORY = Path(__file__).resolve().parents[2]
TOKEN = "123456:DOCKER-VERIFY-TOKEN"
IMAGE = "kneeguard:latest"  # what deploy/docker-compose.yml runs
PROJECT = "kneeguard-verify"
POSTGRES_PASSWORD = "verify-password"
WEBHOOK_SECRET = "verify_secret-123"
ADMIN = 999
REPLICAS = 3
RUNNERS = 90
BOOT_SECONDS = 90.0
COMPOSE_OVERRIDE = """\
services:
  postgres:
    ports: ["127.0.0.1::5432"]
"""


@dataclass(frozen=True)
class Compose:
    """`docker compose` (or docker-compose) for the copied project, as one named project."""

    command: tuple[str, ...]
    folder: Path

    def arguments(self, *args: str, profile: bool = False) -> list[str]:
        files = ("-f", "docker-compose.yml", "-f", "docker-compose.verify.yml")
        profiles = ("--profile", "postgres") if profile else ()
        return [*self.command, "-p", PROJECT, *files, *profiles, *args]

    async def run(self, *args: str, profile: bool = False, check: bool = True) -> Result:
        return await run(*self.arguments(*args, profile=profile), cwd=self.folder, check=check)

    async def exec(self, service: str, *command: str, check: bool = True) -> Result:
        """`docker exec` in the service's container: `compose exec` reports exit code 0 for
        failed commands with some Compose/engine pairs (v2.40 against engine 20.10)."""
        container = (await self.run("ps", "-q", service)).output.strip()
        assert container, f"{service} is not running"
        return await run("docker", "exec", container, *command, check=check)


@dataclass(frozen=True)
class Result:
    returncode: int
    output: str


async def run(*args: str, cwd: Path | None = None, check: bool = True) -> Result:
    """Run a command without blocking the event loop (the emulator shares it)."""
    environment = {**os.environ, "POSTGRES_PASSWORD": POSTGRES_PASSWORD}
    process = await asyncio.create_subprocess_exec(
        *args, cwd=cwd, env=environment,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    output, _ = await process.communicate()
    result = Result(process.returncode or 0, output.decode(errors="replace"))
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(args)} exited {result.returncode}:\n{result.output}")
    return result


def run_now(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def bridge_gateway() -> str:
    """The host's address as containers see it (where the emulator listens)."""
    if shutil.which("docker") is None or run_now("docker", "info").returncode != 0:
        pytest.fail("KNEEGUARD_DOCKER_TESTS=1 but no Docker engine answers `docker info`")
    inspect = run_now("docker", "network", "inspect", "bridge", "--format", "{{json .IPAM.Config}}")
    assert inspect.returncode == 0, inspect.stderr
    config = json.loads(inspect.stdout)[0]
    # Docker gives the bridge the subnet's first address when no gateway is configured
    return config.get("Gateway") or str(next(ipaddress.ip_network(config["Subnet"]).hosts()))


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tracked and new files of the working tree (not ignored ones), as a clone has them."""
    target = tmp_path_factory.mktemp("kneeguard")
    listed = run_now("git", "ls-files", "-co", "--exclude-standard", "-z", cwd=REPOSITORY)
    assert listed.returncode == 0, listed.stderr
    for name in filter(None, listed.stdout.split("\0")):
        source = REPOSITORY / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    (target / "deploy" / "docker-compose.verify.yml").write_text(COMPOSE_OVERRIDE)
    return target


@pytest.fixture(scope="module")
def image(bridge_gateway: str, project_copy: Path) -> str:
    """Built with the documented command, from the repository root."""
    built = run_now(
        "docker", "build", "-f", "deploy/Dockerfile", "-t", IMAGE, ".", cwd=project_copy
    )
    assert built.returncode == 0, built.stdout[-4000:] + built.stderr[-4000:]
    return IMAGE


@pytest.fixture(scope="module")
def compose(image: str, project_copy: Path) -> Iterator[Compose]:
    for command in (("docker", "compose"), ("docker-compose",)):
        if shutil.which(command[0]) and run_now(*command, "version").returncode == 0:
            break
    else:
        pytest.fail("neither `docker compose` nor `docker-compose` is installed")
    tool = Compose(command, project_copy / "deploy")
    down = tool.arguments("down", "-v", "--remove-orphans", profile=True)
    run_now(*down, cwd=tool.folder)
    yield tool
    run_now(*down, cwd=tool.folder)


@pytest.fixture(autouse=True)
def container_logs(compose: Compose) -> Iterator[None]:
    """Prints the containers' logs after each test (pytest shows them when it fails)."""
    yield
    logs = run_now(*compose.arguments("logs", "--no-color", profile=True), cwd=compose.folder)
    print(logs.stdout[-20000:], logs.stderr[-2000:])


def write_settings(folder: Path, gateway: str, emulator_port: int, **extra: str) -> None:
    """The operator's .env, as `cp .env.example .env` and editing would leave it."""
    settings = {
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_BASE_URL": f"http://{gateway}:{emulator_port}/bot",
        "ADMIN_IDS": str(ADMIN),
        "DISPATCH_INTERVAL_SECONDS": "1",
        **extra,
    }
    (folder / ".env").write_text("".join(f"{key}={value}\n" for key, value in settings.items()))


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    """Listens on every address, so containers reach it through the bridge gateway."""
    async with BotApiEmulator(TOKEN, host="0.0.0.0", limits=RateLimits()) as running:
        yield running


async def first_reply(user: EmulatedUser, command: str, timeout: float) -> list[str]:  # noqa: ASYNC109
    await user.send_command(command)
    reply = await user.next_bot_message(timeout)
    return [button["text"] for row in reply.inline_buttons for button in row]


async def agree(user: EmulatedUser, timeout: float = 30.0) -> None:  # noqa: ASYNC109
    """/start and "I agree", as a new runner does."""
    await user.send_command("/start")
    welcome = await user.next_bot_message(timeout)
    await user.press_button(welcome, text="I agree")
    edited = await user.wait_for_edit(welcome, timeout)
    assert "/quiz" in (edited.text or "")


async def test_sqlite_service_runs_unprivileged_checks_backs_up_and_keeps_data(
    compose: Compose, bridge_gateway: str, emulator: BotApiEmulator
) -> None:
    write_settings(compose.folder.parent, bridge_gateway, emulator.port)
    await compose.run("up", "-d", "bot")
    runner = emulator.user(101)
    await agree(runner, timeout=BOOT_SECONDS)  # schema migrated at start, then polling

    whoami = await compose.exec("bot", "id", "-u")
    assert whoami.output.strip() == "10001"
    code_is_read_only = await compose.exec("bot", "touch", "/app/bot/x", check=False)
    assert code_is_read_only.returncode != 0
    check = await compose.exec("bot", "python", "-m", "bot", "check")
    assert check.output.count("ok ") == 3 and "FAIL" not in check.output, check.output
    health = await compose.exec("bot", "python", "-m", "bot", "check", "--local")
    assert health.output.count("ok ") == 2 and "Bot API" not in health.output, health.output
    configured = await run("docker", "inspect", "-f", "{{json .Config.Healthcheck}}", IMAGE)
    assert '"check","--local"' in configured.output.replace(" ", ""), configured.output
    no_emulator = await compose.exec("bot", "python", "-c", "import emulator", check=False)
    assert no_emulator.returncode != 0, "the emulator should not be in the image"
    await compose.exec("bot", "python", "-m", "bot", "backup", "/app/data/copy.db")
    consent_in_copy = await compose.exec(
        "bot", "python", "-c",
        "import sqlite3; print(sqlite3.connect('/app/data/copy.db')"
        ".execute('select consent from users where id = 101').fetchone()[0])",
    )  # fmt: skip
    assert consent_in_copy.output.strip() == "given"

    started = time.monotonic()
    await compose.run("stop", "bot")
    assert time.monotonic() - started < 15, "SIGTERM should stop the bot within seconds"
    container = (await compose.run("ps", "-a", "-q", "bot")).output.strip()
    exit_code = await run("docker", "inspect", "-f", "{{.State.ExitCode}}", container)
    assert exit_code.output.strip() == "0"
    logs = (await compose.run("logs", "--no-color", "bot")).output
    assert TOKEN.split(":")[1] not in logs and "I agree" not in logs

    await compose.run("rm", "-f", "bot")  # a new container on the same volume
    await compose.run("up", "-d", "bot")
    buttons = await first_reply(runner, "/start", BOOT_SECONDS)
    assert "I agree" not in buttons, "consent was lost with the container"
    await compose.run("down", "-v")


def test_postgres_profile_without_a_password_stops_with_one_clear_line(
    compose: Compose, bridge_gateway: str
) -> None:
    write_settings(compose.folder.parent, bridge_gateway, 9)  # no bot gets that far
    without_password = {k: v for k, v in os.environ.items() if k != "POSTGRES_PASSWORD"}

    def compose_now(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            compose.arguments(*args, profile=True), cwd=compose.folder, env=without_password,
            capture_output=True, text=True, check=False,
        )  # fmt: skip

    up = compose_now("up", "-d", "bot-pg")
    # Compose v2.40 against engine 20.10 (Debian's docker.io) exits 0 here; newer pairs exit 1.
    # Either way it names the failed step, the step says why, and nothing else starts.
    assert 'service "postgres-password" didn\'t complete successfully' in up.stdout + up.stderr
    logs = compose_now("logs", "--no-color", "postgres-password").stdout
    assert "kneeguard: set POSTGRES_PASSWORD in deploy/.env" in logs, logs
    for service in ("postgres", "bot-pg"):
        running = compose_now("ps", "-q", service).stdout  # running ones (created is fine)
        assert running.strip() == "", f"{service} should not start without a password"
    compose_now("down", "-v")


class RoundRobin:
    """A reverse proxy in front of the webhook replicas, as nginx's upstream block is."""

    def __init__(self, addresses: list[str]) -> None:
        self.targets = itertools.cycle(addresses)
        self.hits: dict[str, int] = dict.fromkeys(addresses, 0)
        self.client: aiohttp.ClientSession | None = None

    async def forward(self, request: web.Request) -> web.Response:
        assert self.client is not None
        target = next(self.targets)
        self.hits[target] += 1
        headers = {name: value for name, value in request.headers.items()
                   if name.lower() in {"content-type", "x-telegram-bot-api-secret-token"}}
        try:
            async with self.client.post(
                f"http://{target}:8443{request.path}", data=await request.read(), headers=headers
            ) as response:
                return web.Response(status=response.status, body=await response.read())
        except aiohttp.ClientError:  # a replica still starting: Telegram retries later
            return web.Response(status=502)


@pytest.fixture
async def balancer() -> AsyncIterator[tuple[RoundRobin, web.AppRunner]]:
    proxy = RoundRobin([])
    application = web.Application()
    application.router.add_post("/{path:.*}", proxy.forward)
    runner = web.AppRunner(application, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "0.0.0.0", 0).start()
    proxy.client = aiohttp.ClientSession()
    yield proxy, runner
    await proxy.client.close()
    await runner.cleanup()


async def replica_addresses(compose: Compose) -> list[str]:
    containers = (await compose.run("ps", "-q", "bot-pg", profile=True)).output.split()
    addresses = []
    for container in containers:
        inspect = await run(
            "docker", "inspect", "-f",
            "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", container,
        )  # fmt: skip
        addresses.append(inspect.output.strip())
    return addresses


async def test_postgres_profile_scales_out_behind_a_balancer_without_duplicates(
    compose: Compose,
    bridge_gateway: str,
    emulator: BotApiEmulator,
    balancer: tuple[RoundRobin, web.AppRunner],
) -> None:
    proxy, proxy_runner = balancer
    proxy_port = proxy_runner.addresses[0][1]
    write_settings(
        compose.folder.parent, bridge_gateway, emulator.port,
        MODE="webhook", WEBHOOK_URL=f"http://{bridge_gateway}:{proxy_port}/telegram/hook",
        WEBHOOK_SECRET=WEBHOOK_SECRET, WEBHOOK_LISTEN="0.0.0.0",
        MESSAGES_PER_SECOND=str(30 // REPLICAS),
    )  # fmt: skip
    await compose.run("up", "-d", "--scale", f"bot-pg={REPLICAS}", "bot-pg", profile=True)
    migrate = await compose.run("ps", "-a", "migrate", profile=True)
    assert "Exit 0" in migrate.output or "exited (0)" in migrate.output.lower(), migrate.output
    proxy.targets = itertools.cycle(addresses := await replica_addresses(compose))
    proxy.hits = dict.fromkeys(addresses, 0)
    assert len(set(addresses)) == REPLICAS

    runners = [emulator.user(2000 + index) for index in range(RUNNERS)]
    await agree(runners[0], timeout=BOOT_SECONDS)  # the replicas are up and registered
    await asyncio.gather(*(agree(runner) for runner in runners[1:]))
    assert all(hits > 0 for hits in proxy.hits.values()), proxy.hits

    admin = emulator.user(ADMIN)
    await admin.send_command("/broadcast")
    await admin.next_bot_message(30)
    await admin.send_text("Hip strength twice a week keeps knees happy")
    menu = await admin.next_bot_message(30)
    await admin.press_button(menu, text="All active users")
    await admin.next_bot_message(30)  # the preview
    when = await admin.next_bot_message(30)
    assert f"{RUNNERS} users right now" in (when.text or "")
    await admin.press_button(when, text="Now")
    confirm = await admin.wait_for_edit(when, 30)
    await admin.press_button(confirm, text="Send it")

    # 90 messages at 3 × 10/s: the report comes after the last one
    final = f"{RUNNERS}/{RUNNERS} done – {RUNNERS} delivered, 0 blocked, 0 failed"
    await admin.wait_for(
        lambda: any(final in (entry.text or "") for entry in admin.bot_messages()), timeout=120
    )
    for runner in runners:
        copies = [entry for entry in runner.bot_messages() if "Hip strength" in (entry.text or "")]
        assert len(copies) == 1, f"runner {runner.user_id} got {len(copies)} copies"

    port = (await compose.run("port", "postgres", "5432", profile=True)).output.strip()
    connection = await asyncpg.connect(
        f"postgresql://kneeguard:{POSTGRES_PASSWORD}@{port}/kneeguard", timeout=10
    )
    try:
        shares = await connection.fetch(
            "SELECT claimed_by, count(*) AS sent FROM deliveries"
            " WHERE kind = 'broadcast' AND state = 'sent' GROUP BY claimed_by"
        )
    finally:
        await connection.close()
    assert sum(row["sent"] for row in shares) == RUNNERS
    assert len(shares) == REPLICAS, f"every replica should send a share: {shares}"
    await compose.run("down", "-v", profile=True)


SYSTEMD_HOST = "kneeguard-systemd-host:verify"
SYSTEMD_CONTAINER = "kneeguard-verify-systemd"


def readme_systemd_steps(settings: str) -> str:
    """deploy/README.md's systemd commands, as root on a fresh machine: `sudo` dropped, the
    clone copied from /src, the editor replaced by the settings, the log follow left out."""
    readme = (REPOSITORY / "deploy" / "README.md").read_text()
    section = readme.split("## systemd", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None, "deploy/README.md lost its systemd commands"
    steps = []
    for line in block.group(1).splitlines():
        line = re.sub(r"(^|&& )sudo ", r"\1", line)
        line = re.sub(  # a clone's folder is 755 (umask 022), as mkdir makes it
            r"git clone \S+ /opt/kneeguard", "mkdir /opt/kneeguard && cp -r /src/. /opt/kneeguard",
            line,
        )
        line = line.replace("editor .env", f"printf '%s' '{settings}' >> .env")
        if not line.startswith("journalctl"):
            steps.append(line)
    return "\n".join(steps)


@pytest.fixture(scope="module")
def systemd_host(image: str, project_copy: Path) -> Iterator[str]:
    """A container running systemd as PID 1, with the project copied to /src."""
    built = run_now(
        "docker", "build", "-f", "tests/deploy/systemd-host.Dockerfile", "-t", SYSTEMD_HOST,
        "tests/deploy", cwd=project_copy,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout[-4000:] + built.stderr[-4000:]
    run_now("docker", "rm", "-f", SYSTEMD_CONTAINER)
    started = run_now(
        "docker", "run", "-d", "--name", SYSTEMD_CONTAINER, "--cgroupns=host",
        "--cap-add", "SYS_ADMIN", "--security-opt", "seccomp=unconfined",
        "--security-opt", "apparmor=unconfined", "-v", "/sys/fs/cgroup:/sys/fs/cgroup:rw",
        "--tmpfs", "/run", "--tmpfs", "/run/lock", SYSTEMD_HOST,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    copied = run_now("docker", "cp", f"{project_copy}/.", f"{SYSTEMD_CONTAINER}:/src")
    assert copied.returncode == 0, copied.stderr
    (project_copy / ".env").unlink(missing_ok=True)
    run_now("docker", "exec", SYSTEMD_CONTAINER, "rm", "-f", "/src/.env")
    yield SYSTEMD_CONTAINER
    journal = run_now("docker", "exec", SYSTEMD_CONTAINER, "journalctl", "-u", "kneeguard")
    print(journal.stdout[-20000:])
    run_now("docker", "rm", "-f", SYSTEMD_CONTAINER)


async def in_host(container: str, script: str, check: bool = True) -> Result:
    return await run("docker", "exec", container, "sh", "-ec", script, check=check)


async def test_readme_systemd_install_runs_hardened_stops_cleanly_and_restarts(
    systemd_host: str, bridge_gateway: str, emulator: BotApiEmulator
) -> None:
    settings = (
        f"\nBOT_TOKEN={TOKEN}\nTELEGRAM_BASE_URL=http://{bridge_gateway}:{emulator.port}/bot\n"
    )
    await in_host(systemd_host, "systemctl is-system-running --wait || true")
    await in_host(systemd_host, readme_systemd_steps(settings))
    runner = emulator.user(301)
    await agree(runner, timeout=BOOT_SECONDS)

    status = await in_host(systemd_host, "systemctl is-active kneeguard")
    assert status.output.strip() == "active"
    owner = await in_host(
        systemd_host, "stat -c %U /proc/$(systemctl show -p MainPID --value kneeguard)"
    )
    assert owner.output.strip() == "kneeguard"
    data = await in_host(systemd_host, "stat -c '%U %a' /opt/kneeguard/data/kneeguard.db")
    assert data.output.split()[0] == "kneeguard"

    await in_host(systemd_host, "systemctl stop kneeguard")
    stopped = await in_host(
        systemd_host, "systemctl show -p Result -p ExecMainStatus -p ActiveState kneeguard"
    )
    assert "Result=success" in stopped.output and "ActiveState=inactive" in stopped.output
    journal = (await in_host(systemd_host, "journalctl -u kneeguard --no-pager")).output
    assert TOKEN.split(":")[1] not in journal

    await in_host(systemd_host, "systemctl start kneeguard")
    buttons = await first_reply(runner, "/start", BOOT_SECONDS)
    assert "I agree" not in buttons, "consent was lost across the restart"

    # a token Telegram rejects: one line in the journal, and no restart loop
    await in_host(
        systemd_host,
        "sed -i 's/^BOT_TOKEN=.*/BOT_TOKEN=123456:REJECTED/' /opt/kneeguard/.env"
        " && systemctl restart kneeguard || true",
    )
    failed = await in_host(
        systemd_host,
        "for attempt in $(seq 300); do"
        " systemctl is-failed --quiet kneeguard && break; sleep 0.1; done;"
        " systemctl show -p ActiveState -p NRestarts -p ExecMainStatus kneeguard",
    )
    assert "ActiveState=failed" in failed.output and "NRestarts=0" in failed.output, failed.output
    assert "ExecMainStatus=2" in failed.output
    journal = (await in_host(systemd_host, "journalctl -u kneeguard --no-pager")).output
    assert "kneeguard: Telegram rejected BOT_TOKEN" in journal
