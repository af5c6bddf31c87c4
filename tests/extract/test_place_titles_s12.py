"""Session 12 body rules: a document's own place read from its title line when the city is a
prefecture-level city the gazetteer knows only with 市 (宜昌市, 遂宁市, 咸宁市, 池州市).

- A title that opens with such a city and one of its districts or counties (宜昌市夷陵区2021年…工作
  要点) is that district's own document: its 区卫健局 is the district's bureau (before, only the known
  large cities were read so, and a page's source remark could name the district wrongly).
- A title line that opens with its province and then names one of the province's cities
  (【四川省】2024年遂宁市…, (湖北省)2023年咸宁市…) is the city's document, filed under the province:
  its 市卫健委 is the city's. A city named further into a province's own line (湖北省人民政府关于同意
  咸宁市…) leaves the document the province's.

Written for this test (Hubei and Sichuan notices, simplified, other numbering), not corpus texts;
the corpus documents they serve: chizhou-guichi-2020-food-safety-key-work-trad and
xianning-2023-govreport-task-division-p7."""

from body_support import bureau_mentions


def _names(text: str) -> set[str]:
    return {n for _, n in bureau_mentions(text, "t.txt")}


def test_title_with_a_prefecture_and_its_district_names_the_district():
    text = ("宜昌市夷陵区2021年卫生健康工作要点\n"
            "一、完善基层医疗服务体系。（区卫健局负责）\n"
            "二、推进中医药发展。（区财政局、区卫健局负责）\n")
    names = _names(text)
    assert "宜昌市夷陵区卫生健康局" in names
    assert "宜昌市夷陵区财政局" in names


def test_a_source_remark_does_not_rename_the_title_district():
    text = ("来源：mirror.example（镜像夷陵区小溪塔街道办事处政务公开页面，非政府网站） http://mirror.example/x.html\n"
            "    发布机构: 夷陵区小溪塔街道办事处\n"
            "宜昌市夷陵区2021年卫生健康工作要点\n"
            "一、完善基层医疗服务体系。（区卫健局负责）\n")
    names = _names(text)
    assert "宜昌市夷陵区卫生健康局" in names
    assert not any("镜像" in n for n in names)


def test_province_filed_title_line_names_the_city():
    text = ("【四川省】2024年遂宁市卫生健康重点任务分工方案\n"
            "1.提升基层医疗服务能力。牵头单位：市卫健委；配合单位：市财政局、市人社局。\n")
    names = _names(text)
    assert {"遂宁市卫生健康委员会", "遂宁市财政局", "遂宁市人力资源和社会保障局"} <= names


def test_a_city_named_inside_a_province_line_leaves_it_the_province():
    text = ("湖北省人民政府关于同意咸宁市创建卫生城市的批复\n"
            "省卫生健康委、省财政厅：\n")
    names = _names(text)
    assert "湖北省卫生健康委员会" in names
    assert not any(n.startswith("咸宁市") for n in names)
