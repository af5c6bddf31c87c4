"""Session 12 body rule: a town written after its district's or county's name (嘉定区南翔镇人民政府,
青阳县杨田镇人民政府) in that district's or county's own text is the town's government, named under the
district (before, only a catalogued Beijing district opened a town's name; the district's own name before
the town left none).

Written for this test (a Chengdu district's and a Hunan county's signatures), not corpus texts; the corpus
documents it serves: sh-jiading-nanxiang-2021-cppcc-proposal-cohandling-precision-medicine,
chizhou-qingyang-yangtian-2023-health-town-plan-jiedu (both also gain their issuer)."""

from body_support import bureau_mentions


def _names(text: str) -> set[str]:
    return {n for _, n in bureau_mentions(text, "t.txt")}


def test_a_town_after_its_district_in_the_districts_text():
    text = ("成都市郫都区人民政府办公室关于提案办理的函\n"
            "以上意见供参考。\n"
            "郫都区安德街道办事处\n"
            "郫都区团结镇人民政府\n"
            "2022年5月\n")
    assert "成都市郫都区团结镇人民政府" in _names(text)


def test_a_town_after_its_county_in_the_countys_text():
    text = ("桃江县人民政府办公室关于创建卫生乡镇的通知\n"
            "全县各乡镇要对照标准抓好落实。\n"
            "桃江县灰山港镇人民政府负责本镇创建工作。\n")
    assert any(n.endswith("桃江县灰山港镇人民政府") for n in _names(text))
