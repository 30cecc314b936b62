# journeymap: `make run` starts the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench lint bundle clean install-desktop uninstall-desktop

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the project's metadata changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $(VENV)/.installed $(VENV)/.installed-test $@

$(VENV)/.installed-bundle: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[bundle]'
	touch $(VENV)/.installed $@

run: $(VENV)/.installed
	$(BIN)/journeymap --sample installation

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/lint-imports

bench: $(VENV)/.installed-bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# dist/journeymap/: the application folder, started as dist/journeymap/journeymap
bundle: $(VENV)/.installed-bundle
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/journeymap.spec

# The menu entry, icons and .jmap file type for the current user (tools/install_desktop.py);
# the entry starts PROGRAM if given (a copied application folder's journeymap), else
# dist/journeymap/journeymap when the bundle is built, else the venv's script.
install-desktop: $(VENV)/.installed
	$(BIN)/python tools/install_desktop.py install $(if $(PROGRAM),--program "$(PROGRAM)")

uninstall-desktop: | $(BIN)/python
	$(BIN)/python tools/install_desktop.py uninstall

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
