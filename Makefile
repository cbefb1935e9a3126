# Two commands on a fresh machine: `make demo` and `make test`. Each installs what it needs.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo demo-once test system-packages venv clean lock

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Re-install when pyproject.toml or the lock file changes. requirements.lock pins every package
# (and its dependencies) to the versions the suite last passed with; refresh it with `make lock`.
$(STAMP): pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/pip install -q -c requirements.lock -e '.[test,postgres-binary]'
	touch $(STAMP)

lock: venv
	$(BIN)/pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock

venv: $(STAMP)

# Debian packages the real-component tests use: Dovecot (IMAP), Chromium (web page tests),
# libical (iTIP restriction checks). Installed only when missing and running as root.
system-packages:
	@bash scripts/system-packages.sh

# The demo serves its web page (printing the address and a sign-in) until stopped, with or
# without a terminal; `make demo-once` processes the sample mail, prints the queue and exits.
demo: venv
	$(BIN)/stepbot demo

demo-once: venv
	$(BIN)/stepbot demo --no-web

# The suite runs on the machine's cores (pytest-xdist, at most 4 workers): about 9-10 minutes on 2 cores (568 s and 616 s, two runs of 4,880 tests with 7,587 labelled mails on a quiet machine, 8 December 2026; the slowest are the kill -9 loops, 69 s and 45 s; 440 s for 4,720 tests with 7,107 mails on the previous session's machine, 7 December; 672 s before configuration was read with libyaml).
test: venv system-packages
	$(BIN)/python -m pytest -q -n auto --maxprocesses=4 --dist worksteal

clean:
	rm -rf $(VENV) var
