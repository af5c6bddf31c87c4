"""Speed work on issue 12, part A (bodies, entities, places, relations, reading): each fast
path must find exactly what the code it replaces finds — the bundled seeds and random strings
built from the pieces the patterns are about."""

import random
import re

import pytest

from medgraph import textnorm as T
from medgraph.documents import read_document

from equivalence_support import random_texts, seed_texts


@pytest.fixture(scope="module")
def seeds() -> list[str]:
    return seed_texts()


def _span(m: re.Match | None):
    return None if m is None else (m.span(), m.group(0))


def _old_national_at(head: str) -> int:
    from medgraph.extract.bodies import _ISSUER_START, _NATIONAL_CORE

    if _NATIONAL_CORE.match(head):
        return 0
    for b in _ISSUER_START.finditer(head):
        if _NATIONAL_CORE.match(head, b.end()):
            return b.end()
    return -1


def test_national_at_equals_the_loop_over_line_starts(seeds):
    from medgraph.extract.bodies import _MINISTRIES, _national_at

    pieces = ["国务院", "国家", "卫生健康", "委员会", "中华人民共和国", "海关总署", "总局", "市", "局", "署", "委", "部",
              " ", "\n", ":", "：", "#", "|", ">", "“", '"', "国", "中", "海", "关于", "印发", "x", "1",
              *(short for short, _ in _MINISTRIES[:12]), *(short[:2] for short, _ in _MINISTRIES[:6])]
    texts = [t[:1000] for t in seeds] + random_texts(pieces, 30000, 12, 11)
    assert sum(_old_national_at(t) > 0 for t in texts) > 3000   # national bodies after a line start
    assert sum(_old_national_at(t) == 0 for t in texts) > 1000
    for t in texts:
        assert _national_at(t) == _old_national_at(t), t


def test_prefecture_issuer_equals_the_search(seeds):
    from medgraph.extract import gazetteer
    from medgraph.extract.bodies import _PREFECTURE_ISSUER, _prefecture_issuer

    names = sorted(gazetteer.AUTONOMOUS_PREFECTURES)[:10]
    pieces = [*names, *(n[:1] for n in names[:3]), "州", "州", "自治州", "藏族", "人民政府", "政府", "局", "委", "办公室",
              " ", "\n", "\n", ":", "：", "（", "(", "【", "|", "#", ">", "关于", "x"]
    texts = [t[:1000] for t in seeds] + random_texts(pieces, 40000, 20, 12)
    assert sum(_PREFECTURE_ISSUER.search(t) is not None for t in texts) > 500
    for t in texts:
        assert _span(_prefecture_issuer(t)) == _span(_PREFECTURE_ISSUER.search(t)), t


def test_owner_column_equals_the_search(seeds):
    from medgraph.extract.bare_names import _OWNER_COLUMN, _owner_column

    pieces = ["牵", "头", "责", "任", "配", "合", "单", "位", "部", "门", "牵头单位", "责任部门", " ", " ", "\t", "\u3000",
              "\n", "\n", "|", "x", "字", "、", "\r"]
    texts = seeds + random_texts(pieces, 40000, 16, 13)
    assert sum(_OWNER_COLUMN.search(t) is not None for t in texts) > 2000
    for t in texts:
        assert _owner_column(t) == (_OWNER_COLUMN.search(t) is not None), t


def test_duty_brackets_equal_the_finditer(seeds):
    from medgraph.extract.bare_names import _DUTY, _duties

    pieces = ["（", "(", "）", ")", "负责", "牵头", "落实", "负", "等", "单位", "部门", "按职责分工", "发改局", "财政局",
              "、", "\n", "。", "字" * 30, "负责）", "牵头)", "（发改局", "(财政局"]
    texts = seeds + random_texts(pieces, 40000, 14, 14)
    assert sum(_DUTY.search(t) is not None for t in texts) > 2000
    for t in texts:
        assert [_span(m) for m in _duties(t)] == [_span(m) for m in _DUTY.finditer(t)], t


def test_head_bodies_for_the_district_are_the_same_with_places_only(seeds):
    """entities._doc_district reads only the district/county/zone bodies of a document's head:
    the body finder's places_only pass (no campaign committees, no bare departments) gives
    exactly those of the full pass."""
    from medgraph.catalog import load_catalog
    from medgraph.extract import bodies as bd
    from medgraph.extract.entities import PROVINCES, _finder

    finder = _finder(load_catalog())

    def heads(found, cut):
        return {(b.jurisdiction, b.district_id) for b in found if b.start < 400 and b.end < cut and b.kind != "committee"
                and (b.level in ("district", "county") or b.level == "zone" and b.district_id)}

    pieces = ["海淀区", "区", "县", "市", "省", "发改局", "财政局", "人民政府", "政府", "办公室", "牵头单位：", "责任单位：", "、",
              "（", "）", "负责", "健康", "江苏", "推进委员会", "领导小组", "凤阳县", "卫生健康委员会", "天津市", "滨海新区",
              "管委会", "镇", "街道", "\n", "，", "。", "各", "经济技术开发区", "工委", "市场监管局", "住建局", " "]
    texts = seeds + random_texts(pieces, 3000, 40, 15)
    differs = 0
    for t in texts:
        for city in ("", "天津", "北京", bd.NATIONAL):
            scope = bd.scope_for(city, PROVINCES)
            cut = min(len(t), 460)
            full = finder.find(t[:cut], scope, bytearray(cut))
            assert heads(finder.find(t[:cut], scope, bytearray(cut), places_only=True), cut) == heads(full, cut), t
            differs += len(full) != len(finder.find(t[:cut], scope, bytearray(cut), places_only=True))
    assert differs > 100   # the pass does skip bodies (bare departments, campaign committees)


def _old_can_join(a: str, b: str) -> bool:
    """Is the break between stripped lines ``a`` and ``b`` a page/line break inside a paragraph?

    Both sides must be CJK at the break, ``a`` a long (≥ 20 chars) body line (not a heading,
    with sentence punctuation inside unless very long) and ``b`` not a heading nor a short title.
    """
    if len(a) < 20 or not b or "\t" in a or "\t" in b:  # table rows are not paragraphs
        return False
    if T._TABLE_ROW.match(a) or T._TABLE_ROW.match(b):  # nor rows whose cells blanks split (a PDF's table)
        return False
    if T._ROW_START.match(b) and T._SPACED_CELLS.search(a):  # a row after a row's last line (…市财政局 2031年底 / 3 引进…)
        return False
    last, first = a[-1], b[0]
    if last in T._END_CLOSERS:  # 》”) closing a name mid-sentence, unless a sentence ended inside
        core = a.rstrip(T._END_CLOSERS_STR)
        if not core or not T._is_cjk(core[-1]):
            return False
    elif last.isascii() and (last.isalnum() or last == "%"):  # "不少于120\n项" (PDF line wrap)
        core = a.rstrip(T._ASCII_WORD)
        if not core or not T._is_cjk(core[-1]) or not T._is_cjk(first):
            return False
    elif not (T._is_cjk(last) or last in T._OPENERS):
        return False
    if T._is_cjk(first):
        pass
    elif first in T._CLOSERS:
        if last in T._OPENERS or last in T._END_CLOSERS:
            return False
    elif first.isascii() and first.isalnum():  # "不少于\n120 项", "方面\nAI 模型" (PDF line wraps)
        if not T._is_cjk(last) or T._DATE_START.match(b):
            return False
        if T._ROW_NUMBER.match(b) and (len(T._CELL_GAP.findall(a)) >= 2 or T._CELL_AFTER_STOP.search(a)):
            return False   # a borderless table: a row of spaced cells, then the next row's number
    else:
        return False
    if T._looks_like_title(a) or T.HEADING.match(b):
        return False
    # titles, name lists and captions (no sentence punctuation) are not paragraph lines
    if not T._PUNCT_BODY.search(a) and (len(a) < 50 or T.TITLE_END.search(a) and a.count("《") == a.count("》")):
        return False
    # a short line that does not end a sentence is a title, not a continuation
    if len(b) <= 20 and b[-1] not in T._FINAL:
        return False
    return True


def test_can_join_equals_the_old_order_of_tests():
    """textnorm._can_join tries the characters at the break before its regexes: the same answers."""
    pieces = ["字", "市财政局", "。", "，", "》", "”", ")", "（", "12", "3", " ", "  ", "\t", "%", "AI", "2031年底",
              "一、", "(一)", "第三条", "关于印发X的通知", "《", "；", "项", "#", "附件", "—", "a"]
    rng = random.Random(16)
    joined = 0
    for _ in range(60000):
        a = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        b = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert T._can_join(a, b) == _old_can_join(a, b), (a, b)
        joined += _old_can_join(a, b)
    assert joined > 500


def test_read_document_refuses_as_before(tmp_path):
    """read_document opens a file once (its descriptor's stat gives size and kind): the same
    refusals, in the same order, as the stat-then-read it replaced."""
    import os

    from medgraph.documents import DocumentError

    good = tmp_path / "a.txt"
    good.write_text("北京市卫生健康委员会关于印发试点措施的通知\n（一）推进医院建设。\n", encoding="utf-8")
    assert read_document(good).original.startswith("北京市卫生健康委员会")
    (tmp_path / "d.txt").mkdir()
    cases = [(tmp_path / "d.txt", {}, "is a directory, not a document"), (tmp_path / "none.txt", {}, "no such file"),
             (good, {"max_bytes": 10}, "too large (")]
    if hasattr(os, "geteuid") and os.geteuid() != 0:   # root reads anything
        locked = tmp_path / "locked.txt"
        locked.write_bytes(good.read_bytes())
        locked.chmod(0)
        cases += [(locked, {}, "permission denied"), (locked, {"max_bytes": 10}, "too large (")]
    for path, kw, message in cases:
        with pytest.raises(DocumentError) as e:
            read_document(path, **kw)
        assert str(e.value).startswith(f"{path}: {message}")


def test_lines_ending_a_sentence_never_join():
    """textnorm._deletions skips _can_join after a line ending with _ENDS_NO_JOIN: it would say no."""
    pieces = ["字", "，", "》", "12", " ", "（", "市财政局", "%", "AI", "一、"]
    rng = random.Random(17)
    for _ in range(20000):
        a = "".join(rng.choice(pieces) for _ in range(rng.randint(10, 30)))
        b = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for end in T._ENDS_NO_JOIN:
            assert not T._can_join(a + end, b), (a + end, b)
