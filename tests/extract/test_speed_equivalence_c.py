"""Speed work on issue 12, part C (reading, relations, targets, tables, source kind, places):
each fast path must give exactly what the code it replaces gives — on the bundled seeds, on
texts written here and on seeded random strings built from the pieces the code is about."""

import random
import re
from operator import ne

from medgraph import textnorm as T
from medgraph.extract import remits

from equivalence_support import random_texts, seed_texts


# --- textnorm._is_traditional: changed characters counted up to a share of all characters

def _old_is_traditional(text: str, simplified: str) -> bool:
    a, b = text[:T._TRAD_SAMPLE], simplified[:T._TRAD_SAMPLE]
    if a == b:
        return False
    changed = sum(map(ne, a, b))
    return changed >= T._TRADITIONAL_SHARE * max(1, len(a) - len(T._HAS_CJK_ALL.sub("", a)))


def test_is_traditional_equals_the_full_count():
    # traditional and simplified characters, ASCII and punctuation mixed in every proportion,
    # around the 3 % threshold too (one changed character in 20 to 60 CJK ones)
    pieces = ["醫", "藥", "衛", "國", "會", "發", "醫療器械", "医", "药", "卫", "国", "会", "发", "字", "。", "，",
              "a", "1", " ", "\n", "㐀", "市", "局"]
    texts = random_texts(pieces, 6000, 80, seed=31)
    rng = random.Random(32)
    for n in range(20, 70):
        for k in range(0, 4):
            chars = ["市"] * n
            for i in rng.sample(range(n), k):
                chars[i] = "醫"
            texts.append("".join(chars) + "abc" * rng.randint(0, 30))
    texts += seed_texts()
    texts.append("醫" * 3000)
    decided = set()
    for t in texts:
        s = T.to_simplified(t)
        assert T._is_traditional(t, s) == _old_is_traditional(t, s), t
        decided.add(_old_is_traditional(t, s))
    assert decided == {True, False}


# --- textnorm._deletions: the running-line patterns only on lines opening as they can

def test_running_line_patterns_open_only_with_the_guarded_characters():
    pieces = ["北京市人民政府公报", "国务院公报", "中华人民共和国国务院公报", "北京市人民政府文件", "2023", "年", "第", "3",
              "期", "号", "-", "—", "–", "－", "‐", " ", "页", "共", "/", "page", "Page", "PAGE", "of", "٣", "３", "x", "字"]
    hits = 0
    for line in random_texts(pieces, 60000, 6, seed=33):
        st = line.strip()
        if not st:
            continue
        matched = bool(T._KNOWN_RUNNING.match(st) or T._PAGE_NUMBER.match(st))
        hits += matched
        if matched:
            assert st[0] in T._RUNNING_FIRST or st[0].isdecimal(), st
    assert hits > 200


def test_digit_class_is_what_isdecimal_says():
    digit = re.compile(r"\d")
    for c in range(0x110000):
        ch = chr(c)
        assert bool(digit.match(ch)) == ch.isdecimal(), hex(c)


def test_normalize_keeps_running_lines_and_page_numbers_out():
    text = ("北京市推进医药健康产业发展的若干措施，要求各区各部门结合实际认真贯彻落实并按期报送\n"
            "- 3 -\n\n北京市人民政府公报\n\n进展情况。\n第 2 页 共 9 页\n٣/٩\n")
    norm, _ = T.normalize_spans(text)
    assert norm == "北京市推进医药健康产业发展的若干措施，要求各区各部门结合实际认真贯彻落实并按期报送进展情况。\n"


# --- remits.counterparts_by_function: the remit bureaus' functions read once

def test_counterparts_by_function_equals_counterparts():
    names = ["北京市科学技术委员会、中关村科技园区管理委员会", "北京市卫生健康委员会", "北京市医疗保障局", "北京市经济和信息化局",
             "北京市发展和改革委员会", "北京市财政局", "北京市药品监督管理局", "北京市商务局"]
    remit = [(f"r{i}", n) for i, n in enumerate(names)]
    bodies_pool = ["天津市科学技术局", "天津市卫生健康委员会", "天津市医疗保障局", "天津市工业和信息化局", "天津市财政局",
                   "滨海新区人民政府", "天津经济技术开发区管委会", "天津市药监局", "某某中心", "天津市商务局", "天津市科技局"]
    rng = random.Random(34)
    mapped = 0
    for _ in range(3000):
        bodies = [(f"b{j}", n) for j, n in enumerate(rng.sample(bodies_pool, rng.randint(0, 6)))]
        want = remits.counterparts(remit, bodies)
        # the old body of counterparts, for the record of what it did
        by_function: dict[str, str] = {}
        for bid, name in bodies:
            f = remits.function_of(name)
            if f is not None and f not in by_function:
                by_function[f] = bid
        old: dict[str, str] = {}
        used: set[str] = set()
        for rid, rname in remit:
            f = remits.function_of(rname.split("、")[0])
            local = by_function.get(f) if f else None
            if local is not None and local not in used:
                old[rid] = local
                used.add(local)
        assert want == old == remits.counterparts_by_function(remits.remit_functions(remit), bodies)
        mapped += bool(old)
    assert mapped > 1000
