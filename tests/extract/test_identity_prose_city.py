"""A city named in running text before its bureau (建议梧州市经济和信息化局) is that city's,
whether or not any list knows it — never the document's own city (nor Beijing). Documents
written for these tests."""

from __future__ import annotations

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract

CAT = load_catalog()


def _bureaus(text: str) -> set[str]:
    ex = extract(read_bytes(text.encode("utf-8"), "prose-city.txt"), CAT)
    return {n.name for n in ex.nodes if n.label == "Bureau"}


def test_another_city_named_in_prose_keeps_its_name():
    text = """丽江市科学技术局关于印发《丽江市科技成果转化三年行动方案》的通知
丽科发〔2030〕3号
各县（区）科技局，市直有关单位：
现将《丽江市科技成果转化三年行动方案》印发给你们，请认真贯彻执行。
一、加快科技成果转化平台建设。鼓励企业与高校共建中试基地，会议建议梧州市经济和信息化局与本市共建产业园区。（牵头单位：市科技局）
二、完善成果转化激励机制。由北海市工业和信息化局协同推进。（牵头单位：市财政局）
丽江市科学技术局
2030年5月6日
"""
    assert _bureaus(text) == {"丽江市科学技术局", "丽江市财政局", "梧州市经济和信息化局", "北海市工业和信息化局"}


def test_in_a_beijing_document_the_other_city_is_not_beijing():
    text = """北京市经济和信息化局关于印发《京桂产业协作工作要点》的通知
京经信发〔2030〕12号
各区经济和信息化主管部门：
现将《京桂产业协作工作要点》印发给你们，请认真贯彻落实。
一、深化产业协作。会议建议梧州市经济和信息化局牵头组织对接活动。（牵头单位：市经济和信息化局）
北京市经济和信息化局
2030年6月1日
"""
    names = _bureaus(text)
    assert "梧州市经济和信息化局" in names
    assert names - {"梧州市经济和信息化局"} == {"北京市经济和信息化局"}


def test_a_verb_or_a_word_before_the_relative_city_is_no_city():
    text = """丽江市科学技术局关于印发《丽江市科技服务业工作要点》的通知
丽科发〔2030〕9号
现将《丽江市科技服务业工作要点》印发给你们，请认真贯彻执行。
一、完善服务体系。会议建议市经济和信息化局加快推进，切实加强市财政局资金保障，支持超大城市人民政府经验交流。（牵头单位：市科技局）
丽江市科学技术局
2030年7月1日
"""
    assert _bureaus(text) == {"丽江市科学技术局", "丽江市经济和信息化局", "丽江市财政局"}
