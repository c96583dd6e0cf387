"The batched serving path over HTTP: many concurrent clients, good and bad requests mixed, each gets its own answer or message."
import os, re
from concurrent.futures import ThreadPoolExecutor
import pytest

os.environ.setdefault('HF_HUB_OFFLINE', '1'); os.environ.setdefault('TRANSFORMERS_OFFLINE', '1')

@pytest.fixture(scope='module')
def served():
    from fte_workbench.inspect import toy_team
    from fte_workbench.serve import TeamServer
    from fte_workbench.demo import launch
    model, tok, meta = toy_team(seed=0)
    server = TeamServer(model, tok, meta)
    app = launch(server)
    yield app.local_url, server
    app.close()

def test_mixed_batch_over_http(served):
    from gradio_client import Client
    from gradio_client.exceptions import AppError
    from fte_workbench.serve import BAD_INPUTS, BAD_EXPECT
    url, server = served
    good = [f'Net sales rose {i} percent in the third quarter.' for i in range(16)]
    jobs = [('fpb', t, 'good') for t in good] + [('fpb', t, name) for name, t in BAD_INPUTS.items()] + [('nope', 'Sales rose.', 'task')]
    ref = {t: r['answer'] for t, r in zip(good, TeamServerRef(server).answers(good))}
    def one(job):
        task, text, kind = job
        c = Client(url, verbose=False, analytics_enabled=False)
        try: return job, c.predict(task, text, [], api_name='/predict')[0]
        except AppError as e: return job, f'AppError: {e}'        # rejected by Gradio's own input check
        finally: c.close()
    before = server.stats['expert_batches']
    with ThreadPoolExecutor(12) as ex: results = list(ex.map(one, jobs))
    for (task, text, kind), st in results:
        if kind == 'good': assert re.search(r'answer \*\*(\w+)', st).group(1) == ref[text], st
        elif kind == 'task': assert 'Unknown task' in st, st                        # a task the page does not offer: its own message, the batch is answered
        else: assert BAD_EXPECT[kind] in st, (kind, st)
    assert server.stats['expert_batches'] - before < len(good), server.stats   # requests were batched together

class TeamServerRef:
    "The answers of `tune.predict` (no server, no cache) for comparison."
    def __init__(self, server): self.server = server
    def answers(self, texts):
        from fte_workbench.tune import predict
        return predict(self.server.model, self.server.tok, 'fpb', texts, max_tokens=self.server.prompt_tokens['fpb'])
