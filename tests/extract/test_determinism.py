"""Extraction is a pure function: the same document gives byte-identical nodes, edges and
evidence, in one process and across processes with different hash seeds (so ids, edge
order and evidence order can be relied on by stores and reloads)."""

import os
import subprocess
import sys

from medgraph.documents import read_document
from medgraph.extract import extract
from medgraph.pipeline import bundled_files

SCRIPT = """
import hashlib
from medgraph.documents import read_document
from medgraph.extract import extract
from medgraph.pipeline import bundled_files
h = hashlib.sha256()
for p in bundled_files():
    h.update(extract(read_document(p)).model_dump_json().encode())
print(h.hexdigest())
"""


def test_same_document_same_extraction():
    for p in bundled_files():
        doc = read_document(p)
        assert extract(doc).model_dump_json() == extract(read_document(p)).model_dump_json()


def test_identical_across_hash_seeds():
    digests = set()
    for seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True)
        digests.add(out.stdout.strip())
    assert len(digests) == 1
