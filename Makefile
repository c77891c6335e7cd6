# Two commands: `make run` installs and runs the bot (the playground without BOT_TOKEN),
# `make test` installs and runs the tests. Everything lives in ./.venv, installed from the
# hash-locked requirements-dev.txt (`make lock` updates the lock after pyproject.toml changes).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LOCKED := $(VENV)/.locked
STAMP := $(VENV)/.installed
# One resolution for every platform and Python >= 3.11 (one version of each package),
# from PyPI only (uv reads no pip configuration), with the hash of every file.
LOCK_COMPILE = $(BIN)/uv pip compile pyproject.toml --quiet --universal --python-version 3.11 \
	--fork-strategy fewest --generate-hashes --custom-compile-command 'make lock' $(LOCK_FLAGS)

.PHONY: run test lint typecheck lock bench playground migrate docker-test clean

# .venv holds exactly the lock: when requirements-dev.txt changes it is built anew, so a
# package dropped from the lock cannot linger and hide a missing dependency.
$(LOCKED): requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "KneeGuard needs Python 3.11 or newer")'
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.txt
	@touch $(LOCKED)

# The project itself, editable, without dependencies (the lock brought them).
$(STAMP): pyproject.toml $(LOCKED)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot run

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

typecheck: $(STAMP)
	$(BIN)/mypy

# Re-resolve the locks from pyproject.toml, keeping current pins where they still fit;
# `make lock LOCK_FLAGS=--upgrade` moves everything to the newest releases.
# requirements.txt (runtime, for Docker and systemd) comes first; requirements-dev.txt adds the
# dev extra on top of exactly those pins. A lock that comes out unchanged keeps its time stamp,
# so .venv is not rebuilt for nothing.
LOCKS := requirements.txt requirements-dev.txt
lock: $(STAMP)
	@for f in $(LOCKS); do cp -p $$f $(VENV)/$$f.before 2>/dev/null || true; done
	$(LOCK_COMPILE) -o requirements.txt
	$(LOCK_COMPILE) --extra dev -c requirements.txt -o requirements-dev.txt
	@for f in $(LOCKS); do \
	  cmp -s $$f $(VENV)/$$f.before && touch -r $(VENV)/$$f.before $$f; rm -f $(VENV)/$$f.before; \
	done

playground: $(STAMP)
	$(BIN)/python -m bot playground

migrate: $(STAMP)
	$(BIN)/python -m bot migrate

bench: $(STAMP)
	$(BIN)/python -m bench

# Builds the image and runs deploy/docker-compose.yml for real (needs a Docker engine).
docker-test: $(STAMP)
	KNEEGUARD_DOCKER_TESTS=1 $(BIN)/python -m pytest -q tests/deploy

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache *.egg-info
