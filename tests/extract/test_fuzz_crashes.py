"""Inputs on which extract() raised IndexError before session 13 (found by the differential fuzzer,
benchmarks/extract_differential.py, minimised): a document is never lost to a crash."""

from __future__ import annotations

from medgraph.catalog import load_catalog
from medgraph.documents import read_document
from medgraph.extract import extract


def _extract(tmp_path, text: str):
    f = tmp_path / "doc.txt"
    f.write_text(text, encoding="utf-8")
    return extract(read_document(f), load_catalog())


def _bureaus(ex) -> set[str]:
    return {n.name for n in ex.nodes if n.label == "Bureau"}


def test_a_listed_bureau_ending_the_text_two_characters_after_the_list_mark(tmp_path):
    # 、 then a two-character name at the very end: the shared-level check read one character
    # past the text
    ex = _extract(tmp_path, "广州市障局、统计局")
    assert "广州市统计局" in _bureaus(ex)   # the listed bureau shares the city before it


def test_a_markdown_row_whose_first_cell_is_empty_and_wraps(tmp_path):
    # a table header with empty cells (||), then lines without pieces: the row joiner merged a
    # wrapped cell into nothing
    ex = _extract(tmp_path, "部门||措施|责任主体||\n\n健\n：\n/\n本\n计|優")
    assert not [e for e in ex.edges if e.type == "LEADS"]
