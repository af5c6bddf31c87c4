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


# --- source_kind: guarded whole-text searches

def _spans(ms):
    return [(m.span(), m.group(0)) for m in ms]


def test_source_kind_guards_equal_the_searches():
    from medgraph.extract import source_kind as S

    pieces = ["主持人", "记者", "问", "答", "：", ":", " ", "\n", "\u3000", "据", "新华社", "报道", "责任编辑", "编辑", "来源",
              "日报", "近日", "日前", "昨天", "今天", "昨日", "，", ",", "新闻发布会", "答记者问", "记者提问", "政策吹风会",
              "发布会", "吹风会", "本文", "笔者", "作者简介", "本", "文", "字", "。", "|"]
    texts = random_texts(pieces, 40000, 25, seed=35) + seed_texts()
    hits = {rx.pattern: 0 for rx in (S._NEWS_WEAK, S._ANALYSIS_STRONG, S._PRESS, S._SPEAKER)}
    for t in texts:
        for rx in (S._NEWS_WEAK, S._ANALYSIS_STRONG, S._PRESS):
            want = rx.search(t)
            assert _spans([S._search(rx, t)] if S._search(rx, t) else []) == _spans([want] if want else []), (rx.pattern, t)
            hits[rx.pattern] += want is not None
        turns = list(S._SPEAKER.finditer(t))
        assert _spans(S._speaker_turns(t)) == _spans(turns), t
        hits[S._SPEAKER.pattern] += bool(turns)
    assert min(hits.values()) > 300, hits


# --- tables: task cards only in a text with an owner field

_TABLE_PIECES = ["单位", "部门", "责任主体", "牵头单位", "配合单位", "责任单位（部门）", "责任人", "负责人", "重点任务", "工作任务",
                 "完成时限", "序号", "：", ":", " ", "\u3000", "\t", "|", "\n", "\n\n", "市卫健委", "市医保局", "(", ")", "（", "）",
                 "2024年底", "1", "推进", "。"]


def test_card_tables_need_an_owner_field(monkeypatch):
    from medgraph.extract import tables as TB

    texts = random_texts(_TABLE_PIECES, 5000, 30, seed=37)
    # field lines: a label (a task's, an owner's with or without a note, another), a colon, a value
    labels = ["重点任务", "工作任务", "任务名称", "牵头单位", "责任单位（部门）", "配合部门(处室)", "责任主体", "责任人", "负责人",
              "完成时限", "主要内容", "单位", "牵头单位 （部门）", "联系人"]
    rng = random.Random(38)
    for _ in range(6000):
        lines = []
        for _ in range(rng.randint(1, 8)):
            lines.append(rng.choice(["", " ", "\u3000"]) + rng.choice(labels) + rng.choice(["", " "]) + rng.choice(["：", ":", ""])
                         + rng.choice(["", " "]) + rng.choice(["市卫健委", "推进试点工作", "", "2024年底", "市医保局、市财政局"]))
            if rng.random() < 0.2:
                lines.append("")
        texts.append("\n".join(lines))
    texts += ["重点任务：建设临床研究平台\n牵头单位（部门）：市卫健委\n配合单位：市医保局\n完成时限：2024年底\n",
              "工作任务：推进试点\n\n责任单位 ：市医保局\n", "工作任务：推进试点\n责任人：张三\n"]
    cards = 0
    for t in texts:
        guarded = TB._card_tables(t)
        with monkeypatch.context() as mp:
            mp.setattr(TB, "_OWNER_FIELD", re.compile(""))   # the guard always passes: the old scan
            unguarded = TB._card_tables(t)
        assert guarded == unguarded, t
        cards += bool(unguarded)
    assert cards > 100
