"""The evaluator's scoring, on small documents written here (not the real corpus: the
corpus's own scores are printed by tests/test_real_corpus.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from medgraph import evaluate as ev
from medgraph.models import Node


def _node(name: str, *aliases: str, label: str = "Bureau") -> Node:
    return Node(id="x", label=label, name=name, aliases=list(aliases))


def test_key_ignores_script_space_and_brackets():
    assert ev.key("《天津市 促进（生物）醫藥》") == "天津市促进生物医药"


def test_heading_match_prefix_and_near_miss():
    assert ev._same_heading("加大研发投入", "加大研发投入支持力度")
    assert ev._same_heading("支持创新药首发上市", "支持创新药首發上市")
    assert not ev._same_heading("加大研发投入", "优化审评审批")
    assert not ev._same_heading("研发", "研发投入")   # too short for a prefix match


def test_doc_number_normalised_brackets():
    assert ev._norm_number("津政办规[2023]5号") == ev._norm_number("津政办规〔2023〕5号")
    assert ev._norm_number("京政发（2019）3号") == "京政发〔2019〕3号"


def test_amount_in_yi():
    assert ev._yi("100亿元") == 100.0
    assert ev._yi("5000万元") == 0.5
    assert ev._yi(None) is None


def test_resolver_never_matches_a_bare_surface_form():
    """Beijing's bureau (aliases include 市科技局-like short forms) must not count as Tianjin's."""
    r = ev.Resolver({"jurisdiction": "天津市", "bodies": [
        {"name": "天津市科学技术局", "accept": ["天津市科技局"], "surface": ["市科技局"]}]})
    assert r.body_of(_node("天津市科技局")) == "天津市科学技术局"
    assert r.body_of(_node("北京市科学技术委员会", "市科技局", "市科委")) is None
    assert r.name(_node("北京市科学技术委员会")) == "≠北京市科学技术委员会"


def test_hide_annotations_removes_owner_lists_only():
    text = "一、加大研发投入。对创新药给予奖励。（责任单位：市科技局、市财政局）\n二、牵头单位：市卫健委；配合单位：市医保局\n"
    hidden = ev.hide_annotations(text)
    assert "市科技局" not in hidden and "市卫健委" not in hidden and "市医保局" not in hidden
    assert "对创新药给予奖励。" in hidden


# owners stated in three styles the labelled-note regex does not know: a 牵头/配合 note, a duty
# list (A、B负责落实), and a task table's owner column (its own document: a document's measures
# come from one list, so a table beside numbered items would not be read as owners)
NOTE_AND_DUTY_LIST = """江门市促进医疗器械产业发展若干措施

一、重点措施
（一）加快创新产品注册。对首次取得三类医疗器械注册证的企业给予奖励。（市市场监管局牵头，市财政局配合）
（二）建设产业集聚园区。支持各县（市、区）布局医疗器械专业园区，完善配套设施。（市发展改革局、市自然资源局负责落实）

江门市人民政府办公室
2025年3月1日
"""
TASK_TABLE = """江门市医疗器械产业重点任务分工

序号 | 重点任务 | 牵头单位
1 | 引进高端医疗器械项目 | 市商务局
2 | 培育本地龙头企业 | 市工业和信息化局

江门市人民政府办公室
2025年3月1日
"""


def _explicit_and_measures(text: str) -> tuple[set[tuple[str, str, str]], list[str]]:
    from medgraph.documents import read_bytes
    from medgraph.extract import extract

    ex = extract(read_bytes(text.encode("utf-8"), "hide-test.txt"))
    names = {n.id: n.name for n in ex.nodes}
    owners = {(names[e.target], names[e.source], e.props.get("role", "lead")) for e in ex.edges
              if e.type == "LEADS" and any(v.method == "explicit" for v in e.evidence)}
    return owners, sorted(n.name for n in ex.nodes if n.label == "Measure")


@pytest.mark.parametrize("text, owners, kept", [
    (NOTE_AND_DUTY_LIST,
     {("加快创新产品注册", "江门市市场监督管理局", "lead"), ("加快创新产品注册", "江门市财政局", "support"),
      ("建设产业集聚园区", "江门市发展和改革局", "lead"), ("建设产业集聚园区", "江门市自然资源局", "lead")},
     ["对首次取得三类医疗器械注册证的企业给予奖励。", "支持各县（市、区）布局医疗器械专业园区，完善配套设施。"]),
    (TASK_TABLE,
     {("引进高端医疗器械项目", "江门市商务局", "lead"), ("培育本地龙头企业", "江门市工业和信息化局", "lead")},
     ["1 | 引进高端医疗器械项目 | ", "2 | 培育本地龙头企业 | "]),
])
def test_hide_annotations_hides_what_the_explicit_owner_extraction_reads(text, owners, kept):
    """Hiding follows the extractor: every unit it reads as an explicit owner is gone, the hidden
    text yields no explicit owner at all, and the measures (and their words) stay the same, so
    the remit rule is asked about the same measures. The regex-only hiding left all of these."""
    before, measures = _explicit_and_measures(text)
    assert before == owners   # the document really states these owners, in these styles
    hidden = ev.hide_annotations(text)
    for unit in ("市市场监管局", "市财政局", "市发展改革局", "市自然资源局", "市商务局", "市工业和信息化局"):
        assert unit not in hidden
    for words in kept:
        assert words in hidden
    after, measures_after = _explicit_and_measures(hidden)
    assert after == set()
    assert measures_after == measures
    assert hidden.count("\n") == text.count("\n")   # lines (and table rows) keep their shape


def test_place_and_entity_matching():
    assert ev._place_match("北京市昌平区", _node("昌平区", "昌平", label="District"))
    assert not ev._place_match("北京市昌平区", _node("大兴区", label="District"))
    assert ev._entity_match("中关村生命科学园", _node("中关村生命科学园", label="Platform"))
    assert not ev._entity_match("中关村生命科学园", _node("中关村", label="Platform"))


def test_score_counts_and_missing_denominators():
    s = ev._score(["a", "b", "c"], ["a", "x"], lambda g, p: g == p)
    assert (s.tp, s.fp, s.fn) == (1, 1, 2)
    assert s.precision == 0.5 and abs(s.recall - 1 / 3) < 1e-9
    assert ev.Score().precision is None and ev.Score().recall is None


def test_cli_runs_on_a_gold_folder(tmp_path: Path, capsys):
    """End to end on one document written here: the table prints and the JSON carries every kind."""
    (tmp_path / "t.txt").write_text("来源：测试\n关于印发某市促进产业发展若干措施的通知\n某政发〔2024〕1号\n", encoding="utf-8")
    (tmp_path / "t.gold.yaml").write_text(yaml.safe_dump({
        "document": "t", "split": "dev", "jurisdiction": "某市", "bodies": [], "measures": [],
        "policy": {"title": "某市促进产业发展若干措施", "doc_number": "某政发〔2024〕1号", "issuers": []}},
        allow_unicode=True), encoding="utf-8")
    assert ev.main(["--corpus", str(tmp_path), "--json"]) == 0
    import json
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 1
    assert set(out["totals"]["all"]) == set(ev.KINDS)
    assert out["totals"]["all"]["doc_number"]["tp"] + out["totals"]["all"]["doc_number"]["fn"] == 1


def test_missing_document_file_is_reported(tmp_path: Path, capsys):
    (tmp_path / "lost.gold.yaml").write_text("document: lost\n", encoding="utf-8")
    assert ev.main(["--corpus", str(tmp_path)]) == 2
    assert "lost" in capsys.readouterr().err


def test_title_status_marker_stripped_on_both_sides():
    """（征求意见稿）/（送审稿）/（草案） say where a draft stands, not what it is called; （试行）,
    （暂行） and year ranges are part of the official title and must still tell titles apart."""
    base = "某省促进医疗器械产业发展行动方案"
    for draft in (f"{base}（征求意见稿）", f"{base}(征求意见稿)", f"《{base}（送审稿）》",
                  f"{base}（草案）", f"{base}（修订草案）", f"{base}（草案）（征求意见稿）"):
        assert ev.title_key(draft) == ev.title_key(base), draft
    assert ev.strip_title_status(f"{base}（征求意见稿）") == base
    assert ev.title_key(f"{base}（试行）") != ev.title_key(base)
    assert ev.title_key(f"{base}（暂行）（征求意见稿）") == ev.title_key(f"{base}（暂行）")
    assert ev.title_key(f"{base}（暂行）（征求意见稿）") != ev.title_key(base)
    assert ev.title_key(f"{base}（2024-2026年）") != ev.title_key(base)
    assert ev.title_key("关于征求意见稿的说明") == ev.key("关于征求意见稿的说明")   # not bracketed, not trailing


def test_title_score_counts_either_form(tmp_path: Path, capsys):
    """Gold written with the marker, extraction naming the policy without it: the title scores
    as found (the status marker is stripped on the gold side as well as the predicted side)."""
    (tmp_path / "t.txt").write_text(
        "来源：测试\n某市促进生物医药产业发展若干措施（征求意见稿）\n一、加大研发投入。对新药给予奖励。\n二、优化审评服务。提升效率。\n",
        encoding="utf-8")
    (tmp_path / "t.gold.yaml").write_text(yaml.safe_dump({
        "document": "t", "split": "dev", "jurisdiction": "某市", "bodies": [], "measures": [],
        "policy": {"title": "某市促进生物医药产业发展若干措施（征求意见稿）", "doc_number": None, "issuers": []}},
        allow_unicode=True), encoding="utf-8")
    assert ev.main(["--corpus", str(tmp_path), "--json"]) == 0
    import json
    t = json.loads(capsys.readouterr().out)["totals"]["all"]["title"]
    assert (t["tp"], t["fn"]) == (1, 0)


def test_title_key_identifies_a_notice_with_the_one_document_it_issues():
    """README Conventions: a notice issuing exactly one document and that document are one policy;
    a notice issuing two, or a title that merely cites one, stays itself."""
    y = "某市促进生物医药产业发展若干措施"
    assert ev.title_key(f"某市人民政府办公室关于印发《{y}》的通知") == ev.title_key(y)
    assert ev.title_key(f"关于转发《{y}（征求意见稿）》的通知") == ev.title_key(y)
    assert ev.title_key(f"关于印发《{y}》《另一办法》的通知") != ev.title_key(y)
    assert ev.title_key(f"关于落实《{y}》的通知") != ev.title_key(y)
    assert ev.title_key(f"关于印发《{y}》的通知") != ev.title_key("某市促进医疗器械产业发展若干措施")


def test_title_key_identifies_a_notice_naming_its_document_without_marks():
    """A heading often writes the issued document without 《》 or with marks around part of it
    (关于印发X方案的通知, 关于下达X计划的通知, 关于印发《A》分工方案的通知): the same identification."""
    y = "2025年县政府工作报告重点任务分工方案"
    assert ev.title_key(f"某县人民政府关于印发{y}的通知") == ev.title_key(y)
    assert ev.title_key(f"关于印发 {y}的通知") == ev.title_key(y)
    assert ev.title_key("某州人民政府关于下达2026年国民经济和社会发展计划的通知") == ev.title_key("2026年国民经济和社会发展计划")
    part = "《某市促进中医药发展实施意见》重点任务分工方案"
    assert ev.title_key(f"某市领导小组关于印发{part}的通知") == ev.title_key(part)
    assert ev.title_key(f"关于落实{y}的通知") != ev.title_key(y)   # a notice about it, not issuing it
    assert ev.title_key(f"关于印发{y}的通知") != ev.title_key("2025年县政府工作报告重点任务考核办法")


def test_title_key_identifies_an_approval_with_the_text_it_approves():
    """关于同意建立X制度的批复 followed by X: one policy (writers recorded either)."""
    x = "某省中医药工作联席会议制度"
    assert ev.title_key(f"某省人民政府关于同意建立{x}的批复") == ev.title_key(x)
    assert ev.title_key("某省人民政府关于同意印发《某市国土空间总体规划》的批复") == ev.title_key("某市国土空间总体规划")
    # approving something that is no text (设立 a zone, a name) stays the approval itself
    assert ev.title_key("国务院关于同意设立某某高新技术产业开发区的批复") != ev.title_key("某某高新技术产业开发区")
    assert ev.title_key(f"某省人民政府关于{x}有关问题的批复") != ev.title_key(x)


def test_title_key_folds_big5_gateway_vocabulary():
    """A Big5 gateway writes 高品质 where the policy says 高质量: the same title."""
    assert ev.title_key("國際醫藥創新公園高品質建設實施方案") == ev.title_key("国际医药创新公园高质量建设实施方案")
    assert ev.title_key("国际医药创新公园高质量建设实施方案") != ev.title_key("国际医药创新公园建设实施方案")


def test_title_key_folds_the_issuer_before_guanyu():
    """A heading's issuer prefix is the same title as the bare 关于… form, on both sides."""
    bare = "关于支持生物医药产业发展的若干措施"
    assert ev.title_key("绵阳市人民政府办公室" + bare) == ev.title_key(bare)
    assert ev.title_key("中共某县委 某县人民政府" + bare) == ev.title_key(bare)
    # the rest of the title still decides
    assert ev.title_key("绵阳市人民政府" + bare) != ev.title_key("关于支持医疗器械产业发展的若干措施")
    # a title without 关于 keeps its first words
    assert ev.title_key("天津市生物医药产业发展三年行动方案") != ev.title_key("生物医药产业发展三年行动方案")


def test_blind_shows_nothing_computed_from_held_documents(tmp_path: Path, capsys):
    """--blind is for rule writers while a held split is kept unread: the dev document's numbers
    print, the held document's place, totals and the all column do not."""
    def doc(stem: str, split: str, city: str, number: str) -> None:
        (tmp_path / f"{stem}.txt").write_text(
            f"来源：测试\n{city}人民政府关于印发{city}促进产业发展若干措施的通知\n{number}\n", encoding="utf-8")
        (tmp_path / f"{stem}.gold.yaml").write_text(yaml.safe_dump({
            "document": stem, "split": split, "jurisdiction": city,
            "bodies": [{"name": f"{city}人民政府", "surface": [f"{city}人民政府"]}], "measures": [],
            "policy": {"title": f"{city}促进产业发展若干措施", "doc_number": number, "issuers": [f"{city}人民政府"]}},
            allow_unicode=True), encoding="utf-8")
    doc("d", "dev", "甲市", "甲政发〔2024〕1号")
    doc("h", "held", "乙市", "乙政发〔2024〕2号")
    assert ev.main(["--corpus", str(tmp_path)]) == 0
    assert "乙市" in capsys.readouterr().out           # the default output names held places
    assert ev.main(["--corpus", str(tmp_path), "--blind"]) == 0
    out = capsys.readouterr().out
    assert "| doc_number | 1.00 | 1.00 | 1/0/0 |" in out
    assert "乙市" not in out and "held P" not in out and "all P" not in out
    assert ev.main(["--corpus", str(tmp_path), "--blind", "--details"]) == 0
    assert "## h " not in capsys.readouterr().out
