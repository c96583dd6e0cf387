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

echo "== 4/5 the main job, smoke preset (its output: artifacts/smoke-run.log)"
rm -rf artifacts/smoke-run; mkdir -p artifacts
fte run --preset smoke --data-dir "$FTE_DATA_DIR" --out artifacts/smoke-run 2>&1 | tee artifacts/smoke-run.log
for f in report.json report.md team/config.json team/team.safetensors team/README.md team_adapted/team.safetensors team_adapted/report.json team_adapted/README.md tasks/adapted.json experts/macro/README.md perplexity.png; do
  test -s "artifacts/smoke-run/$f" || { echo "FAIL: the smoke run did not write $f"; exit 1; }
done
grep -q "^## Stage two: the experts' top block adapted" artifacts/smoke-run/report.md || { echo "FAIL: report.md has no stage-two section"; exit 1; }
python -c "import json; a = json.load(open('artifacts/smoke-run/report.json'))['adapted']; assert a['test'] and a['control_test'] and a['diff_vs_control'] and a['routing'] and a['routing_heldout'] and a['obvious_queries'], a" || { echo "FAIL: report.json has no stage-two result"; exit 1; }
grep -q "^== fte run finished" artifacts/smoke-run.log || { echo "FAIL: the smoke run printed no closing summary"; exit 1; }
grep -q "fte demo --model artifacts/smoke-run  *the Gradio demo of the adapted team" artifacts/smoke-run.log || { echo "FAIL: the summary does not name the demo command"; exit 1; }
grep -q "fte demo --model artifacts/smoke-run/team" artifacts/smoke-run.log || { echo "FAIL: the summary does not name the frozen team's demo command"; exit 1; }
python -c "from fte_workbench.demo import find_team; d = find_team('artifacts/smoke-run'); assert d.name == 'team_adapted', d" || { echo "FAIL: the run folder does not serve its adapted team"; exit 1; }
fte parts artifacts/smoke-run --quiet > artifacts/smoke-parts.log 2>&1 || { cat artifacts/smoke-parts.log; echo "FAIL: fte parts failed on the smoke run"; exit 1; }
grep -q "^## Stage two: the adapted team against its parts" artifacts/smoke-run/report.md || { echo "FAIL: fte parts did not add its section to report.md"; exit 1; }
python -c "import json; p = json.load(open('artifacts/smoke-run/report.json'))['adapted_parts']; assert set(p['parts']) == {'expert_macro', 'expert_micro', 'expert_quant', 'uniform'} and p['verdict']['against'], p" || { echo "FAIL: report.json has no parts study"; exit 1; }
fte curve artifacts/smoke-run --quiet --scales 0.5 2 > artifacts/smoke-curve.log 2>&1 || { cat artifacts/smoke-curve.log; echo "FAIL: fte curve failed on the smoke run"; exit 1; }
grep -q "^## The tasks stage's team against its training rows" artifacts/smoke-run/report.md || { echo "FAIL: fte curve did not add its section to report.md"; exit 1; }
python -c "import json; c = json.load(open('artifacts/smoke-run/report.json'))['rows_curve']; assert [p['scale'] for p in c['points']] == [0.5, 1.0, 2.0] and c['reproduces_stage'], c" || { echo "FAIL: report.json has no curve, or its scale 1 is not the tasks stage's team"; exit 1; }
# the smoke preset's stage two tunes fpb and fomc only: its parts study cannot judge the three tasks, so the frozen baselines do
python -c "import json; b = json.load(open('artifacts/smoke-run/report.json'))['scoreboard']; assert len(b) == 9 and all(r['met'] is not None for r in b) and b[4]['measured'].endswith('(the tasks stage\'s frozen baselines, same tuning; paired 95 % intervals)'), b" || { echo "FAIL: report.json has no complete scoreboard of the targets, or it judges the parts on a study of other tasks"; exit 1; }
sed -n 3p artifacts/smoke-run/report.md | grep -q "^## Targets" || { echo "FAIL: report.md does not open with the targets"; exit 1; }
grep -q "^targets: [0-9] of 9 met" artifacts/smoke-run.log || { echo "FAIL: the closing summary has no targets line"; exit 1; }
grep -q "^expert macro: 100% " artifacts/smoke-run.log || { echo "FAIL: expert training showed no progress"; exit 1; }
for bar in "data: 100% " "perplexity: 100% " "tune + score: 100% "; do grep -q "^$bar" artifacts/smoke-run.log || { echo "FAIL: no progress line \"$bar\" in the smoke run"; exit 1; }; done
python - <<'PY'
import json
from fte_workbench.card import read_card, METRIC_TYPES
from fte_workbench.tasks import get_task
meta, text = read_card('artifacts/smoke-run/team')
rep = json.load(open('artifacts/smoke-run/report.json'))
got = {(r['dataset']['type'], m['name']): m for r in meta['model-index'][0]['results'] for m in r['metrics']}
n = 0
for t, m in rep['tasks'].items():
    for k in ('acc', 'weighted_f1'):                      # accuracy and FOMC's headline metric, with their intervals
        if m.get(k) is None: continue
        c = got[(get_task(t).dataset, METRIC_TYPES[k][1])]
        assert c['value'] == m[k] and c['args'].get('ci95') == m.get(f'{k}_ci'), (t, k, c, m); n += 1
assert meta['license'] == 'other' and '## How to load' in text
print(f"model card: {len(got)} metrics; {n} accuracies and weighted F1s of {len(rep['tasks'])} tasks equal to report.json")
PY

echo "== 5/5 docs site (offline build) and browser tests"
python tools/build_docs.py
python -m pytest -q -p no:cacheprovider tests
