"""structure.OWNER_NOTE as one flat alternation (every branch opening with a literal character,
so ``re`` scans for those characters in C) must find exactly what the guarded pattern it
replaced found: same matches, spans and groups, on every line and every whole text of the
dev real documents and on 20,000+ random strings built from the pattern's own pieces."""

import re

import pytest

from medgraph.documents import read_document
from medgraph.evaluate import default_corpus, load_gold
from medgraph.extract import structure as S

from equivalence_support import random_texts

# the pattern as it was before the flattening (session 7), kept verbatim as the reference
_GUARDED = re.compile(
    r"(?=[责牵配负主实协参（(])(?:"
    r"(?:主要)?(?:牵头责任|责任|牵头|配合|负责|主责|协办|参与)(?:单位|部门)(?:[和及、/](?:单位|部门))?[ \t]*[:：]"
    r"|(?:责任主体|实施主体)[ \t]*[:：]"
    r"|[（(][^（）()\n]{2,80}?(?:牵头|负责|主办)[^（）()\n]{0,60}[）)]"  # 主办 added in session 9 (A主办，B协办)
    r"|(?<=[。；;])[ \t]*[（(](?:[\u4e00-\u9fff]{1,14}?" + S._UNIT_END + r"[、，,][ \t]*){1,}[\u4e00-\u9fff])"
)


def _all(p: re.Pattern, text: str, pos: int = 0) -> list[tuple]:
    return [(m.span(), m.group(0), m.groups()) for m in p.finditer(text, pos)]


@pytest.fixture(scope="module")
def dev_texts() -> list[str]:
    # dev documents only: the held split is never read by whoever writes rules
    return [read_document(txt).normalized for txt, gold in load_gold(default_corpus())
            if (gold.get("split") or "dev") != "held"]


def test_flat_owner_note_equals_the_guarded_one_on_the_dev_corpus(dev_texts):
    assert len(dev_texts) > 300
    hits = 0
    for text in dev_texts:
        want = _all(_GUARDED, text)
        assert _all(S.OWNER_NOTE, text) == want
        hits += len(want)
        for line in text.split("\n"):
            assert _all(S.OWNER_NOTE, line) == _all(_GUARDED, line), line
    assert hits > 200


def test_flat_owner_note_equals_the_guarded_one_on_random_strings():
    pieces = ["主要", "牵头", "责任", "配合", "负责", "主责", "协办", "参与", "单位", "部门", "和", "及", "、", "/",
              "责任主体", "实施主体", "主", "责", "实", "协", "参", "(", ")", "（", "）", "：", ":", " ", "\t", "\n",
              "。", "；", ";", "，", ",", "市", "发展改革委", "财政局", "厅", "委员会", "中心", "政府", "x", "1"]
    texts = random_texts(pieces, 25000, 14, 7)
    hits = 0
    for t in texts:
        for pos in (0, 1, 2):
            want = _all(_GUARDED, t, pos)
            assert _all(S.OWNER_NOTE, t, pos) == want, (t, pos)
            hits += len(want)
    # every branch is exercised, including the bare unit list after 。；; and the blank before it
    assert hits > 1000
    kinds = {m.group(0)[-1] in ":：" for t in texts for m in _GUARDED.finditer(t)}
    assert kinds == {True, False}
    for probe in ("。（市财政局、市发展改革委）", "；(省教育厅，省卫生健康委)", "。 （市财政局、市委）",
                  "主要责任单位和部门：", "（市发改委牵头）", "实施主体 ："):
        assert _all(S.OWNER_NOTE, probe) == _all(_GUARDED, probe)
    assert _all(S.OWNER_NOTE, "。（市财政局、市发展改革委）") == [((1, 8), "（市财政局、市", ())]
    assert _all(S.OWNER_NOTE, "。 （市财政局、市委）") == []
