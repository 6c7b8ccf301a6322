# Two entry points: `make run` starts the bot, `make test` runs the suite.
# Each bootstraps .venv on a fresh machine (Python 3.11+), so nothing else is needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test system-packages lint migrate bench clean constraints

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
	  echo "make: '$(PYTHON) -m venv' failed: on Debian or Ubuntu, install python3-venv first (sudo apt install python3-venv)"; \
	  exit 1; }
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# Pin what is installed now (after changing pyproject.toml on purpose), then run make test.
constraints: $(STAMP)
	{ echo "# Every package \`make\` installs, pinned to the versions CI last ran (pip freeze)."; \
	  echo "# pyproject.toml keeps ranges; this file makes two installs the same. Refresh it on"; \
	  echo "# purpose: make constraints (then run make test)."; \
	  $(BIN)/pip freeze --exclude-editable | grep -v '^tansiq'; } > constraints.txt

run: $(STAMP)
	$(BIN)/python -m bot run

migrate: $(STAMP)
	$(BIN)/python -m bot migrate

test: $(STAMP) system-packages
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

# Debian packages: Chromium and its driver for the sandbox page's test (no browser download from
# the web), poppler-utils to turn the PDF report into pictures in its test, and Pango, which
# WeasyPrint needs to write the PDF report. Installed when missing (root, or sudo); otherwise
# this says what is missing, and the tests that need it are skipped.
# TANSIQ_SKIP_BROWSER=1 leaves Chromium out.
SYSTEM_PACKAGES := poppler-utils libpango-1.0-0 libpangoft2-1.0-0
ifneq ($(TANSIQ_SKIP_BROWSER),1)
SYSTEM_PACKAGES += chromium chromium-driver
endif

system-packages:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; elif sudo -n true 2>/dev/null; then SUDO=sudo; else SUDO=none; fi; \
	  if [ "$$SUDO" = none ]; then \
	    echo "make: missing Debian packages:$$missing (apt-get install them as root); the tests that need them are skipped"; \
	  else \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing >/dev/null 2>&1 || \
	    { $$SUDO apt-get update -q >/dev/null && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing >/dev/null; }; \
	  fi; \
	fi

bench: $(STAMP)
	$(BIN)/python bench/compare.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist
