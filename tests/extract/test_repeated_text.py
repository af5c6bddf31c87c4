"""A text that repeats one sentence many times on one line (a pasted title run, a scraper's loop):
each repetition states the same facts again; an edge keeps a bounded number of quotes instead of
re-merging every one (found by benchmarks/extract_differential: 400 repeats took minutes)."""

from __future__ import annotations

from medgraph.catalog import load_catalog
from medgraph.documents import read_document
from medgraph.extract import extract

TITLE = "科技部 国家中医药管理局关于印发《“十三五”中医药科技创新专项规划》的通知"


def test_a_title_line_repeated_on_one_line_keeps_its_issuers_with_bounded_evidence(tmp_path):
    f = tmp_path / "repeated.txt"
    f.write_text(TITLE * 30 + "\n\n一、加强中医药科技创新。\n", encoding="utf-8")
    ex = extract(read_document(f), load_catalog())
    issued = [e for e in ex.edges if e.type == "ISSUED"]
    assert {e.source for e in issued} == {"bureau-科学技术部", "bureau-cn-tcm"}   # the two issuers, nothing else
    text = f.read_text(encoding="utf-8")
    for e in ex.edges:
        assert 1 <= len(e.evidence) <= 64
        for ev in e.evidence:
            assert text[ev.start:ev.end] == ev.quote
