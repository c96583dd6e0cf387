"The Gradio demo in a real browser: a tiny team served on 127.0.0.1; a query, a role toggle, the compare and dataset tabs."
import json, os, re
import pytest

os.environ.setdefault('HF_HUB_OFFLINE', '1'); os.environ.setdefault('TRANSFORMERS_OFFLINE', '1')

Q = 'Operating profit rose to EUR 13.1 mn from EUR 8.7 mn in the corresponding period in 2007.'
Q2 = 'The company reported a net loss of EUR 2.3 mn, compared to a profit a year earlier.'

@pytest.fixture(scope='module')
def demo_url(tmp_path_factory):
    from fte_workbench.inspect import toy_team
    from fte_workbench.tune import save_team
    from fte_workbench.serve import TeamServer
    from fte_workbench.demo import serve, dataset_contributions
    run = tmp_path_factory.mktemp('run')
    model, tok, meta = toy_team(seed=0)
    save_team(model, tok, run/'team', meta)            # the demo loads it back from disk, as `fte demo` does
    dc = dataset_contributions(TeamServer(model, tok), 'fpb', 6)     # a run report's routing section, as `fte run` writes it
    w = lambda row: {r: float(dc.loc[row, f'weight {r}']) for r in model.config.roles}
    (run/'report.json').write_text(json.dumps({'routing': {'fpb': {'mean': w('all'), 'per_label': {l: w(l) for l in dc.index[1:]}}}}))
    app = serve(run, block=False, quiet=True)
    assert app.local_url.startswith('http://127.0.0.1:'), app.local_url
    yield app.local_url
    app.close()

def weights(page, sel='#role-weights'):
    from fte_workbench.demo import parse_weights
    return parse_weights(page.locator(sel).inner_text())

def wait_weights(page, pred, timeout=30_000):
    "Wait until the role weights shown on the page satisfy `pred`; return them."
    page.wait_for_function("""() => { const e = document.querySelector('#role-weights'); return e && /=\\d/.test(e.innerText); }""",
                           timeout=timeout)
    w = None
    for _ in range(timeout // 200):
        w = weights(page)
        if w and pred(w): return w
        page.wait_for_timeout(200)
    raise AssertionError(f'role weights never satisfied the condition: {w}')

def contributions(page):
    from fte_workbench.demo import parse_weights
    line = page.locator('#contributions .contrib-line').inner_text()
    return parse_weights(re.search(r'contributions: (.*?) \(sum', line).group(1)), line

def new_page(browser):
    page = browser.new_page(viewport={'width': 1280, 'height': 1100})
    errors = []
    page.on('pageerror', lambda e: errors.append(str(e)))
    return page, errors

def test_query_then_toggle_a_role(browser, demo_url, artifacts):
    from fte_workbench.tasks import TASKS
    page, errors = new_page(browser)
    page.goto(demo_url)
    page.locator('#query textarea').fill(Q)
    page.locator('#submit').click()

    w = wait_weights(page, lambda w: True)
    assert set(w) == {'macro', 'micro', 'quant'}, w
    assert abs(sum(w.values()) - 1) < 2e-3 and all(v > 0 for v in w.values()), w
    status = page.locator('#status').inner_text()
    ans = re.search(r'answer (\w+)', status).group(1)
    assert ans in TASKS['fpb'].labels, status
    assert ans in page.locator('#answer').inner_text()             # the gr.Label shows the same answer
    assert 'profit' in page.locator('#tokens').inner_text()        # the query's tokens, coloured by role
    c, line = contributions(page)                                  # Shapley contributions beside the gate weights
    p = float(re.search(rf'P\({ans}\) ([0-9.]+)', line).group(1))
    assert set(c) == set(w) and abs(sum(c.values()) - (p - 1 / 3)) < 2e-3, line
    page.screenshot(path=str(artifacts/'demo-query.png'), full_page=True)

    page.locator('#drop').get_by_label('quant').check()             # what-if: drop the quant role
    w2 = wait_weights(page, lambda v: v.get('quant') == 0)
    assert abs(sum(w2.values()) - 1) < 2e-3, w2
    assert w2['macro'] > 0 and w2['micro'] > 0 and (w2['macro'], w2['micro']) != (w['macro'], w['micro']), (w, w2)
    page.wait_for_function("() => document.querySelector('#status').innerText.includes('without quant')", timeout=30_000)
    status = page.locator('#status').inner_text()
    assert 'from the cache' in status, status                      # the toggle ran the gate and the head only
    assert re.search(r'server time \d+ ms', status), status         # shown to the user; its target is met in `fte bench demo`, not here
    assert contributions(page)[0]['quant'] == 0
    page.screenshot(path=str(artifacts/'demo-dropped.png'), full_page=True)

    page.locator('#query textarea').fill('   ')                     # bad input: a message, the page keeps working
    page.locator('#submit').click()
    page.wait_for_function("() => document.querySelector('#status').innerText.includes('type a query')", timeout=30_000)
    assert not errors, errors
    page.close()

def test_compare_tab(browser, demo_url, artifacts):
    page, errors = new_page(browser)
    page.goto(demo_url)
    page.get_by_role('tab', name='Compare').click()
    page.locator('#compare-a textarea').fill(Q)
    page.locator('#compare-b textarea').fill(Q2)
    page.locator('#compare-go').click()
    page.wait_for_selector('#compare-table table', timeout=30_000)
    table = page.locator('#compare-table').inner_text()
    for row in ('answer', 'gate weight macro', 'contribution quant', 'B − A'): assert row in table, table
    assert 'loss' in page.locator('#compare-tokens-b').inner_text() and 'profit' in page.locator('#compare-tokens-a').inner_text()
    assert 'server time' in page.locator('#compare-status').inner_text()
    page.screenshot(path=str(artifacts/'demo-compare.png'), full_page=True)
    page.locator('#compare-b textarea').fill('\x00\x01')            # a bad query B: a message, no table
    page.locator('#compare-go').click()
    page.wait_for_function("() => document.querySelector('#compare-status').innerText.includes('B:')", timeout=30_000)
    assert not errors, errors
    page.close()

def test_dataset_tab(browser, demo_url, artifacts):
    page, errors = new_page(browser)
    page.goto(demo_url)
    page.get_by_role('tab', name='Dataset').click()
    routing = page.locator('#routing').inner_text()                # the run's report: mean weights per task and label
    assert 'fpb' in routing and 'macro' in routing and 'all' in routing, routing
    page.locator('#dataset-go').click()
    page.wait_for_selector('#dataset-table table', timeout=60_000)
    table = page.locator('#dataset-table').inner_text()
    for col in ('weight macro', 'contribution quant', 'accuracy', 'negative'): assert col in table, table
    page.screenshot(path=str(artifacts/'demo-dataset.png'), full_page=True)
    assert not errors, errors
    page.close()
