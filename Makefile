# Two commands: `make run` installs and runs the bot (the playground without BOT_TOKEN),
# `make test` installs and runs the tests. Everything lives in ./.venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench playground migrate docker-test clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "KneeGuard needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot run

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .

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
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
