"The Gradio demo in a real browser: a tiny team served on 127.0.0.1, a query, then a role dropped."
import os, re
import pytest

os.environ.setdefault('HF_HUB_OFFLINE', '1'); os.environ.setdefault('TRANSFORMERS_OFFLINE', '1')

@pytest.fixture(scope='module')
def demo_url(tmp_path_factory):
    from fte_workbench.inspect import toy_team
    from fte_workbench.tune import save_team
    from fte_workbench.demo import serve
    run = tmp_path_factory.mktemp('run')
    model, tok, meta = toy_team(seed=0)
    save_team(model, tok, run/'team', meta)            # the demo loads it back from disk, as `fte demo` does
    app = serve(run, block=False, quiet=True)
    assert app.local_url.startswith('http://127.0.0.1:'), app.local_url
    yield app.local_url
    app.close()

def weights(page):
    from fte_workbench.demo import parse_weights
    return parse_weights(page.locator('#role-weights').inner_text())

def wait_weights(page, pred, timeout=30_000):
    "Wait until the role weights shown on the page satisfy `pred`; return them."
    page.wait_for_function("""() => { const e = document.querySelector('#role-weights'); return e && /=\\d/.test(e.innerText); }""",
                           timeout=timeout)
    for _ in range(timeout // 200):
        w = weights(page)
        if w and pred(w): return w
        page.wait_for_timeout(200)
    raise AssertionError(f'role weights never satisfied the condition: {w}')

def test_query_then_drop_a_role(browser, demo_url, artifacts):
    from fte_workbench.tasks import TASKS
    page = browser.new_page(viewport={'width': 1280, 'height': 1100})
    errors = []
    page.on('pageerror', lambda e: errors.append(str(e)))
    page.goto(demo_url)
    page.locator('#query textarea').fill('Operating profit rose to EUR 13.1 mn from EUR 8.7 mn in the corresponding period in 2007.')
    page.locator('#submit').click()

    w = wait_weights(page, lambda w: True)
    assert set(w) == {'macro', 'micro', 'quant'}, w
    assert abs(sum(w.values()) - 1) < 2e-3 and all(v > 0 for v in w.values()), w
    status = page.locator('#status').inner_text()
    ans = re.search(r'answer (\w+)', status).group(1)
    assert ans in TASKS['fpb'].labels, status
    assert ans in page.locator('#answer').inner_text()             # the gr.Label shows the same answer
    assert 'profit' in page.locator('#tokens').inner_text()        # the query's tokens, coloured by role
    page.screenshot(path=str(artifacts/'demo-query.png'), full_page=True)

    page.locator('#drop').get_by_label('quant').check()             # what-if: drop the quant role
    w2 = wait_weights(page, lambda v: v.get('quant') == 0)
    assert abs(sum(w2.values()) - 1) < 2e-3, w2
    assert w2['macro'] > 0 and w2['micro'] > 0 and (w2['macro'], w2['micro']) != (w['macro'], w['micro']), (w, w2)
    assert 'without quant' in page.locator('#status').inner_text()
    page.screenshot(path=str(artifacts/'demo-dropped.png'), full_page=True)

    page.locator('#query textarea').fill('   ')                     # bad input: a message, the page keeps working
    page.locator('#submit').click()
    page.wait_for_function("() => document.querySelector('#status').innerText.includes('type a query')", timeout=30_000)
    assert not errors, errors
    page.close()
