"""The hash-locked requirements agree with pyproject.toml, and .venv holds exactly them.

After changing a dependency in pyproject.toml, `make lock` rewrites both lock files; these tests
fail until it has been run (a merge that adds a dependency without re-locking, say).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
RUNTIME_LOCK = ROOT / "requirements.txt"
DEV_LOCK = ROOT / "requirements-dev.txt"


@dataclass
class Pin:
    requirement: Requirement
    hashes: list[str] = field(default_factory=list)

    @property
    def version(self) -> str:
        (specifier,) = self.requirement.specifier
        return specifier.version

    def applies_here(self) -> bool:
        marker = self.requirement.marker
        return marker is None or marker.evaluate()


def read_lock(path: Path) -> dict[str, Pin]:
    """`name==version ; marker` lines, each followed by its `--hash=sha256:...` lines."""
    pins: dict[str, Pin] = {}
    current: Pin | None = None
    for raw in path.read_text().splitlines():
        line = raw.strip().removesuffix("\\").strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("--hash="):
            assert current is not None, f"{path.name}: a hash before any requirement"
            current.hashes.append(line.removeprefix("--hash="))
            continue
        assert not line.startswith("-"), f"{path.name}: unexpected option {line!r}"
        current = Pin(Requirement(line))
        pins[canonicalize_name(current.requirement.name)] = current
    return pins


def declared(*, dev: bool) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = list(project["dependencies"])
    if dev:
        names += project["optional-dependencies"]["dev"]
    return [Requirement(name) for name in names]


@pytest.mark.parametrize(("lock", "dev"), [(RUNTIME_LOCK, False), (DEV_LOCK, True)])
def test_every_declared_dependency_is_pinned_within_its_range(lock: Path, dev: bool) -> None:
    pins = read_lock(lock)
    for requirement in declared(dev=dev):
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement} is not in {lock.name}: run `make lock`"
        assert requirement.specifier.contains(pins[name].version, prereleases=True), (
            f"{lock.name} pins {name}=={pins[name].version} outside {requirement}: run `make lock`"
        )


def test_every_pin_is_exact_and_hashed() -> None:
    for lock in (RUNTIME_LOCK, DEV_LOCK):
        for name, pin in read_lock(lock).items():
            assert str(pin.requirement.specifier).startswith("=="), f"{lock.name}: {name}"
            assert pin.hashes, f"{lock.name}: {name} has no hash"
            assert all(value.startswith("sha256:") for value in pin.hashes)


def test_dev_lock_adds_to_exactly_the_runtime_pins() -> None:
    runtime, dev = read_lock(RUNTIME_LOCK), read_lock(DEV_LOCK)
    for name, pin in runtime.items():
        assert name in dev, f"{name} is locked for runtime but not in {DEV_LOCK.name}"
        assert dev[name].version == pin.version, f"{name}: the two locks differ"
        assert dev[name].hashes == pin.hashes, f"{name}: the two locks differ in hashes"


def test_unused_telegram_extras_stay_out() -> None:
    """KneeGuard has its own rate limiter and aiohttp webhook server (see pyproject.toml)."""
    runtime = read_lock(RUNTIME_LOCK)
    assert "tornado" not in runtime and "aiolimiter" not in runtime


def test_the_environment_holds_the_locked_versions() -> None:
    """The tests run on exactly what the lock says (make builds .venv from it)."""
    for name, pin in read_lock(DEV_LOCK).items():
        if not pin.applies_here():
            continue
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            pytest.fail(f"{name}=={pin.version} is locked but not installed: run `make test`")
        assert Version(installed) == Version(pin.version), (
            f"{name} {installed} is installed, the lock says {pin.version}"
        )
