"""One-character counties (沁县, 费县) come from a closed list in graph/china_places.yaml: X县
after any other character is a word (对大县政府, 全县), on documents written for this test."""

from owner_support import extract_text

from medgraph.extract import gazetteer


def _bodies(text: str) -> set[str]:
    doc, ex = extract_text(text, "county.txt")
    return {n.name for n in ex.nodes if n.label == "Bureau"}


def test_a_listed_one_character_county():
    assert {"沁县", "费县", "歙县"} <= gazetteer.ONE_CHARACTER_COUNTIES
    names = _bodies("费县人民政府关于加强农村供水保障的通知\n各乡镇人民政府：\n一、加强水源保护。（责任单位：县水利局）\n")
    assert "费县人民政府" in names, names


def test_a_word_before_county_is_no_county():
    names = _bodies("某市人民政府关于支持产业发展的意见\n对大县政府要加大转移支付力度，对小县政府给予奖励。\n")
    assert not any(n.startswith(("大县", "小县")) for n in names), names
