"Shared fixtures for the browser tests: Debian chromium driven by Playwright, artifacts folder."
import os, shutil
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT/'artifacts'
# Without these flags chromium keeps trying to reach Google's hosts, which this closed network refuses.
CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
                 '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']

def chromium_path():
    return os.environ.get('FTE_CHROMIUM') or shutil.which('chromium') or shutil.which('chromium-browser')

@pytest.fixture(scope='session')
def browser():
    exe = chromium_path()
    if not exe: pytest.fail('Debian chromium is not installed: run `make browser` (apt-get install chromium)')
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()

@pytest.fixture(scope='session')
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
