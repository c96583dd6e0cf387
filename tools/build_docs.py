#!/usr/bin/env python
"""Build the docs site offline: every notebook in nbs/ rendered into one static site (mkdocs-material +
mkdocs-jupyter), with navigation and search. `nbdev_docs` (Quarto) keeps working where Quarto exists;
this is the path that needs nothing but PyPI packages. Usage: python tools/build_docs.py [--out _site]"""
import argparse, json, os, shutil, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def notebook_title(nb_path):
    "The first markdown `# heading` of a notebook, else its file name."
    for cell in json.loads(nb_path.read_text(encoding='utf-8'))['cells']:
        if cell['cell_type'] != 'markdown': continue
        for line in ''.join(cell['source']).splitlines():
            if line.startswith('# '): return line[2:].strip()
    return nb_path.stem

def pages():
    "(title, file name) for index.ipynb first, then the numbered notebooks in order."
    nbs = sorted((ROOT/'nbs').glob('*.ipynb'), key=lambda p: (p.name != 'index.ipynb', p.name))
    return [(notebook_title(p), p.name) for p in nbs]

def docs_notebook(src, dst):
    "Copy a notebook for the site the way nbdev's docs show it: `#| hide` and `#| default_exp` cells dropped, directive lines removed."
    nb = json.loads(src.read_text(encoding='utf-8'))
    cells = []
    for c in nb['cells']:
        lines = ''.join(c['source']).splitlines(keepends=True)
        directives = [l for l in lines if l.startswith('#|')]
        if c['cell_type'] == 'code' and any(d.split()[1:2] in (['hide'], ['default_exp']) for d in directives if len(d.split()) > 1): continue
        if c['cell_type'] == 'code': c['source'] = [l for l in lines if not l.startswith('#|')]
        cells.append(c)
    nb['cells'] = cells
    dst.write_text(json.dumps(nb), encoding='utf-8')

def config(docs_dir, site_dir, nav):
    nav_yaml = '\n'.join(f'  - {json.dumps(t)}: {f}' for t, f in nav)
    return f"""site_name: fte_workbench
site_description: Build, train, evaluate and inspect FinTeamExperts
docs_dir: {docs_dir}
site_dir: {site_dir}
use_directory_urls: false
theme:
  name: material
  font: false
  features: [navigation.instant, navigation.top, toc.follow]
plugins:
  - search
  - mkdocs-jupyter:
      execute: false
      include_source: true
      ignore_h1_titles: false
markdown_extensions: [tables, admonition]
nav:
{nav_yaml}
"""

def readme():
    "README.md from nbs/index.ipynb (what `nbdev_readme` does, without Quarto)."
    import nbformat
    from nbconvert import MarkdownExporter
    tmp = ROOT/'_docs_build'/'index.ipynb'
    tmp.parent.mkdir(exist_ok=True)
    docs_notebook(ROOT/'nbs'/'index.ipynb', tmp)
    nb = nbformat.read(tmp, as_version=4)
    nb.cells = [c for c in nb.cells if c.cell_type == 'markdown' or c.outputs]
    md, _ = MarkdownExporter().from_notebook_node(nb)
    import re                                 # images next to the notebooks: README.md sits one folder up
    md = re.sub(r'(!\[[^\]]*\]\()(?!https?:|/|nbs/)([^)]+\.(?:png|jpg|svg)\))', r'\1nbs/\2', md)
    (ROOT/'README.md').write_text('<!-- generated from nbs/index.ipynb by `python tools/build_docs.py --readme`; edit the notebook -->\n\n' + md.strip() + '\n', encoding='utf-8')
    print('README.md written from nbs/index.ipynb')

def main(out='_site'):
    build = ROOT/'_docs_build'
    shutil.rmtree(build, ignore_errors=True)
    (build/'docs').mkdir(parents=True)
    nav = pages()
    for _, f in nav: docs_notebook(ROOT/'nbs'/f, build/'docs'/f)
    for img in (ROOT/'nbs').glob('*.png'): shutil.copy(img, build/'docs'/img.name)
    site = (ROOT/out).resolve()
    (build/'mkdocs.yml').write_text(config('docs', str(site), nav), encoding='utf-8')
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    r = subprocess.run([sys.executable, '-m', 'mkdocs', 'build', '--clean', '-q', '-f', str(build/'mkdocs.yml')], env=env)
    if r.returncode: sys.exit(f'docs build failed (mkdocs exit {r.returncode})')
    (site/'pages.json').write_text(json.dumps([{'title': t, 'page': f.replace('.ipynb', '.html')} for t, f in nav], indent=1))
    print(f'docs site: {len(nav)} pages -> {out}/index.html')

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default='_site')
    ap.add_argument('--readme', action='store_true', help='only regenerate README.md from nbs/index.ipynb')
    a = ap.parse_args()
    readme() if a.readme else main(a.out)
