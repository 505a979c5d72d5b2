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

.PHONY: install install-dev chromium serve build test lint golden bench bench-search check clean

# The site's packages, then the project itself (editable), which registers the MkDocs plugin.
$(VENV)/.site: requirements.txt pyproject.toml
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

# Rewrite the golden Markdown of the five seeds; review the diff before committing.
golden: install-dev
	$(BIN)/python -m pytest tests/test_golden.py --update-goldens

# Reproducibility and atomicity: two builds are byte-identical, and a failed build leaves site/ as it was.
check: install-dev
	$(BIN)/python -m pytest tests/test_build.py -k "identical or intact" $(PYTEST_ARGS)

clean:
	rm -rf $(SITE) .$(SITE).building-* .pytest_cache .ruff_cache

# The search benchmark: the edition vs stock Material, Zensical and Pagefind on the same pages, per
# query class (prints tables). BENCH_ARGS="--queries tests/search/dev.yaml --engines edition,stock" narrows it.
bench-search: install-dev chromium
	$(BIN)/python bench/search.py $(BENCH_ARGS)

# The build at 5, 100 and 1,000 essays (synthetic, bench/corpus.py) against plain MkDocs (prints a table).
bench: install-dev
	$(BIN)/python bench/build.py
