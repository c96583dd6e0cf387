#!/usr/bin/env bash
# The whole test suite, run by `make test` (and so by CI). Expects the venv's bin first on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== 1/5 the library is exactly what the notebooks export"
nbdev_export
if [ -n "$(git status --porcelain -- fte_workbench)" ]; then
  git status --porcelain -- fte_workbench; git diff --stat -- fte_workbench
  echo "FAIL: nbdev_export changed fte_workbench/: edit the notebook, export, commit both"; exit 1
fi

echo "== 2/5 notebooks are clean (nbdev_clean changes nothing)"
nbdev_clean
if [ -n "$(git status --porcelain -- nbs)" ]; then
  git status --porcelain -- nbs; echo "FAIL: run nbdev_clean and commit the notebooks"; exit 1
fi

python tools/build_docs.py --readme >/dev/null
if [ -n "$(git status --porcelain -- README.md)" ]; then
  echo "FAIL: README.md is not what nbs/index.ipynb generates: python tools/build_docs.py --readme, then commit"; exit 1
fi

echo "== 3/5 notebook tests (nbdev_test; cells flagged slow are skipped)"
nbdev_test --n_workers 2 --timing

echo "== 4/5 the main job, smoke preset"
rm -rf artifacts/smoke-run
fte run --preset smoke --data-dir "$FTE_DATA_DIR" --out artifacts/smoke-run
for f in report.json report.md team/config.json team/team.safetensors perplexity.png; do
  test -s "artifacts/smoke-run/$f" || { echo "FAIL: the smoke run did not write $f"; exit 1; }
done

echo "== 5/5 docs site (offline build) and browser tests"
python tools/build_docs.py
python -m pytest -q -p no:cacheprovider tests
