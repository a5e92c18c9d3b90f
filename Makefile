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

.PHONY: install run dev test lint typecheck pytest browser bench bench-app bench-scale eval index screenshots clean

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
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.address 127.0.0.1

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

lint: install
	$(BIN)/ruff check .

typecheck: install
	$(BIN)/mypy coach

pytest: install browser
	$(BIN)/pytest

test: lint typecheck pytest

eval: install
	$(BIN)/coach eval

# Refresh the README's pictures from the browser test.
screenshots: install browser
	COACH_UPDATE_SCREENSHOTS=1 $(BIN)/pytest -m e2e tests/e2e

bench: install
	$(BIN)/python -m coach.bench

# The CLI as a whole process, and search at 48 versus 2,000 documents.
bench-scale: install
	$(BIN)/python -m coach.bench_scale

# The app as users see it: `streamlit run` as `make run` starts it, driven by a real Chromium.
bench-app: install browser
	$(BIN)/python -m coach.bench_app

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache test-artifacts
