# Presales Studio — developer commands. `make help` lists them.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-test
SAMPLE := resources/samples/mes_rollout_zh.json
export QT_QPA_PLATFORM ?= offscreen

.PHONY: help run demo test bench package lint clean

help: ## list the commands
	@echo "Presales Studio"
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP) ## open the app on the bundled sample deal (needs a display; else see `make demo`)
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ] && [ "$$(uname)" = "Linux" ]; then \
	  echo "make run: no display found (DISPLAY is not set). Run 'make demo' to export the sample deal headless into ./out/, or start an X server (e.g. xvfb-run make run)." >&2; exit 1; fi
	QT_QPA_PLATFORM= $(VENV)/bin/presales-studio $(SAMPLE)

demo: $(STAMP) ## headless: export the samples' proposal (docx, pdf), Excel model, deck and results into ./out/
	@mkdir -p out
	@for f in resources/samples/*.json; do \
	  name=$$(basename $$f .json); \
	  $(VENV)/bin/presales-studio validate $$f || exit 1; \
	  $(VENV)/bin/presales-studio calc $$f > out/$$name.key-figures.txt || exit 1; \
	  $(VENV)/bin/presales-studio calc $$f --json > out/$$name.results.json || exit 1; \
	  pdf=""; if command -v soffice >/dev/null 2>&1; then pdf="--pdf out/$$name.pdf"; fi; \
	  $(VENV)/bin/presales-studio export $$f --force --docx out/$$name.docx --xlsx out/$$name.xlsx \
	    --pptx out/$$name.pptx $$pdf || exit 1; \
	done
	@echo "wrote the documents into ./out/ (PDF only when LibreOffice is installed)"

test: $(STAMP) ## install with the test extra and run every test (offscreen Qt) + import contracts
	$(VENV)/bin/lint-imports
	$(PY) -m pytest --cov --cov-report=term --cov-fail-under=100 -q

bench: $(STAMP) ## run the benchmarks in tests/benchmarks and write bench-results.json
	$(PY) -m tests.benchmarks.run --output bench-results.json

package: $(STAMP) ## build the desktop executables into build/dist/presales-studio/ and smoke-test them
	$(PY) -m pip install --quiet 'pyinstaller>=6.3'
	$(PY) -m PyInstaller packaging/presales_studio.spec --noconfirm --distpath build/dist --workpath build/work
	$(PY) packaging/smoke_test.py

clean: ## remove the venv, build output and caches
	rm -rf $(VENV) build dist out .pytest_cache .coverage bench-results.json
