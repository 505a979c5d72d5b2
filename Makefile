# The edition's commands. `make serve` and `make test` set up everything they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CHROMIUM ?= /usr/bin/chromium
SITE   := site
# Builds are reproducible: one fixed timestamp for everything MkDocs dates.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export NO_MKDOCS_2_WARNING := 1
export CHROMIUM

.PHONY: install install-dev chromium serve build test test-fast lint golden bench bench-search bench-themes review bench-clean review-clean export offline screenshots check clean

# The site's packages, then the project itself (editable), which registers the MkDocs plugin.
# The pins hold for Python 3.11.2 and newer (Debian 12's python3); pymdown-extensions stays at 12.3
# because 13 needs 3.11.5.
$(VENV)/.site: requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Makefile: $(PYTHON) is Python " + sys.version.split()[0] + "; the pinned packages need 3.11 or newer: run with PYTHON=/path/to/python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-build-isolation --no-deps -e .
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.site
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(VENV)/.site
install-dev: $(VENV)/.dev

# Browser tests use Debian's Chromium and a Korean font (layout checks measure real glyphs);
# install what is missing when we are root.
chromium:
	@missing=""; test -x "$(CHROMIUM)" || missing="chromium"; \
	fc-list :lang=ko 2>/dev/null | grep -q . || missing="$$missing fonts-noto-cjk"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Missing: $$missing; run 'sudo apt-get install -y $$missing'" >&2; exit 1; fi; fi

serve: install
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# The plugin builds into a staging folder under a lock and swaps it in only when the build
# succeeded: a failed build leaves site/ untouched, and two builds at once never mix.
build: install
	$(BIN)/mkdocs build --strict

lint: install-dev
	$(BIN)/ruff check scripts tests bench
	$(BIN)/ruff format --check scripts tests bench

test: install-dev chromium lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The unit tests alone: no browser, no site build, no corpus evaluation (under 30 s).
test-fast: install-dev lint
	$(BIN)/python -m pytest -m "not browser and not build and not slow" $(PYTEST_ARGS)

# Rewrite the golden Markdown of the five seeds; review the diff before committing.
golden: install-dev
	$(BIN)/python -m pytest tests/test_golden.py tests/test_editorial_cases.py --update-goldens

# Reproducibility and atomicity: two builds are byte-identical, and a failed build leaves site/ as it was.
check: install-dev
	$(BIN)/python -m pytest tests/test_build.py -k "identical or intact" $(PYTEST_ARGS)

clean:
	rm -rf $(SITE) .$(SITE).building-* export .export.building-* offline offline.tmp .pytest_cache .ruff_cache

# The search benchmark: the edition vs stock Material, Zensical and Pagefind on the same pages, per
# query class (prints tables). BENCH_ARGS="--queries tests/search/dev.yaml --engines edition,stock" narrows it.
bench-search: install-dev chromium
	$(BIN)/python bench/search.py $(BENCH_ARGS)

# The build at 5, 100 and 1,000 essays (synthetic, bench/corpus.py) against plain MkDocs (prints a table).
bench: install-dev
	$(BIN)/python bench/build.py

# Theme matching against the gold set: precision and recall per theme, the analyser alone and with the editors' tags.
bench-themes: install
	$(BIN)/python bench/themes.py

# What a human must check in the editors' layer (labels their quotes do not carry, links backwards in time,
# currencies the text does not give, notes without a marker, theme passages off the gold). Silent when all is in order.
review: install
	$(BIN)/python -m scripts.review

# The edition as a project any Material-compatible engine builds (export/: mkdocs.yml with no plugin of ours,
# docs/ with every generated page). Build it with `mkdocs build -f export/mkdocs.yml` or
# `zensical build -f export/mkdocs.yml`, then `python -m scripts.csp SITE_DIR` puts the policy on every page.
export: install
	$(BIN)/python -m scripts.export

# A copy read from the file system with its search (offline/index.html), e.g. to hand on a USB stick.
offline: build
	$(BIN)/python -m scripts.offline site offline

# Every page at 375 and 1280 px, light and dark, as PNGs in screenshots/ for review (builds the site first).
screenshots: build install-dev chromium
	$(BIN)/python bench/screenshots.py site
# The cleaning benchmark: clean + structure on tests/corpus/ (dev and held-out, per text and in
# total) and the five seeds against their goldens (prints tables).
bench-clean: install-dev
	$(BIN)/python bench/clean.py

# Lines kept in the reading text although they look like platform chrome, per seed, for the editors.
review-clean: install
	$(BIN)/python -m scripts.review_clean
