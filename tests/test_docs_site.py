"The offline docs site renders in a real browser: every notebook is linked from the index and its page renders."
import functools, http.server, json, threading
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT/'_site'

@pytest.fixture(scope='module')
def site_url():
    if not (SITE/'index.html').exists(): pytest.fail('docs site not built: run `python tools/build_docs.py` first')
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(SITE))
    handler.log_message = lambda *a, **k: None
    srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f'http://127.0.0.1:{srv.server_port}'
    srv.shutdown()

def test_every_notebook_is_linked_and_renders(browser, site_url, artifacts):
    notebooks = sorted(p.stem for p in (ROOT/'nbs').glob('*.ipynb'))
    page = browser.new_page(viewport={'width': 1280, 'height': 900})
    errors = []
    page.on('pageerror', lambda e: errors.append(str(e)))
    page.goto(f'{site_url}/index.html')
    page.wait_for_selector('nav')
    page.screenshot(path=str(artifacts/'docs-index.png'), full_page=False)
    # the picture of a run (progress and closing summary) is on the index page and loads
    img = page.locator('img[src$="run_progress.png"]')
    assert img.count() == 1, 'the index page does not show run_progress.png'
    img.scroll_into_view_if_needed()
    assert page.evaluate('() => document.querySelector(\'img[src$="run_progress.png"]\').naturalWidth') > 0, 'run_progress.png does not load'
    hrefs = {a.split('#')[0].split('/')[-1] for a in page.eval_on_selector_all('nav a[href]', 'els => els.map(e => e.getAttribute("href"))')}
    missing = [nb for nb in notebooks if f'{nb}.html' not in hrefs and not (nb == 'index' and ('index.html' in hrefs or '.' in hrefs or './' in hrefs))]
    assert not missing, f'notebooks not linked from the index navigation: {missing}'
    for nb in notebooks:
        resp = page.goto(f'{site_url}/{nb}.html')
        assert resp.status == 200, nb
        h1 = page.locator('article h1, .jp-RenderedMarkdown h1, h1').first.inner_text()
        assert h1.strip(), f'{nb}: empty title'
        n_cells = page.locator('.jp-Cell').count()
        assert n_cells > 0, f'{nb}: no notebook cells rendered'
    assert not errors, f'javascript errors: {errors}'
    titles = [p['title'] for p in json.loads((SITE/'pages.json').read_text())]
    assert len(titles) == len(notebooks)
