# Two commands set everything up on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck pytest install migrate messages bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/memocrm migrate

# Start the bot: against Telegram when TELEGRAM_BOT_TOKEN is set (env or .env),
# otherwise offline in this terminal (`memocrm chat`).
run: migrate
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ] || grep -qs '^TELEGRAM_BOT_TOKEN=.\+' .env; then \
		$(BIN)/memocrm run; \
	else \
		echo "No TELEGRAM_BOT_TOKEN: starting the offline terminal chat."; \
		$(BIN)/memocrm chat; \
	fi

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports

typecheck: install
	$(BIN)/mypy

pytest: install
	$(BIN)/pytest -q

test: lint typecheck pytest

# Re-extract messages and merge them into the catalogs (then translate zh_Hans by hand).
messages: install
	$(BIN)/pybabel extract -k t -k N_ -k InputError -k NotFoundError -k ForbiddenError --no-location \
		--sort-output --project memocrm --version 0.1 -o locale/memocrm.pot bot handlers
	$(BIN)/pybabel update -i locale/memocrm.pot -d locale -D memocrm --width 10000 \
		--no-fuzzy-matching --ignore-obsolete

bench: install
	$(BIN)/python bench/parse_bench.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
