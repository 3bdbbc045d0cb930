# Two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the packaging changes.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/marker demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	@for b in bench/bench_*.py; do $(BIN)/python $$b; done

clean:
	rm -rf $(VENV) build *.egg-info
