"""Structure layouts of session 8, each on a small document written for its test (other cities,
numberings and punctuation than the corpus texts).

* A task list flattened onto one line (a scraped page that lost its line breaks): the item markers
  follow the closing bracket of the previous item's owner note or the last word of a group heading
  run into the line, and an excerpt may leave items out. Each item is closed by its owner note;
  those items are the measures (layout seen in meishan-pengshan-nd-tcm-strong-district-tasks-excerpt;
  scraped pages flattened to one line are common)."""

from measure_support import measures, shape

_FLAT = ("来源：某县政务网（摘录） https://example.gov.cn/a/1.html\n"
         "桐梓县推进中药材产业提质增效工作方案\n"
         "三、主要任务（一）实施种苗繁育工程1、建设县级良种繁育基地，年内新建良种圃200亩，"
         "（牵头单位：县农业农村局；配合单位：县财政局）2、完善种苗质量检测体系，"
         "（牵头单位：县市场监管局）（二）实施加工提升工程4、引进精深加工企业2家，"
         "（牵头单位：县投资促进局、县工业和信息化局）5、培育区域公用品牌，"
         "（牵头单位：县农业农村局）四、保障措施各乡镇要加强组织领导。\n")


def test_a_flattened_owner_noted_list_gives_its_items():
    # 1、 follows the group heading's last word (…工程), 2、 and 5、 the bracket closing a note; 3 is left
    # out by the excerpt. Each heading stops at its owner note (the comma before it dropped).
    assert shape(_FLAT) == [("1、", "建设县级良种繁育基地，年内新建良种圃200亩"),
                            ("2、", "完善种苗质量检测体系"),
                            ("4、", "引进精深加工企业2家"),
                            ("5、", "培育区域公用品牌")]
    # through extract: each measure's span ends at the group heading run in after its note ((二)…)
    assert measures(_FLAT) == [("1、", "1、建设县级良种繁育基地，年内新建良种圃200亩，（牵头单位：县农业农村局；配合"),
                               ("2、", "2、完善种苗质量检测体系，（牵头单位：县市场监管局）"),
                               ("4、", "4、引进精深加工企业2家，（牵头单位：县投资促进局、县工业和信息化局）"),
                               ("5、", "5、培育区域公用品牌，（牵头单位：县农业农村局）")]


def test_the_same_list_with_its_line_breaks_reads_the_same():
    whole = _FLAT.replace("4、", "3、").replace("5、", "4、")   # (no item left out)
    broken = whole.replace("）2、", "）\n2、").replace("）（二）", "）\n（二）").replace("工程1、", "工程\n1、") \
        .replace("工程3、", "工程\n3、").replace("）4、", "）\n4、").replace("）四、", "）\n四、")
    assert shape(whole) == shape(broken) == [("1、", "建设县级良种繁育基地，年内新建良种圃200亩"),
                                             ("2、", "完善种苗质量检测体系"),
                                             ("3、", "引进精深加工企业2家"),
                                             ("4、", "培育区域公用品牌")]


def test_figures_on_a_long_noted_line_that_do_not_rise_make_no_list():
    # a long paragraph with owner notes whose figures are amounts, not item numbers (20.5亿元 is no
    # marker; 3、 then 1、 then 2、 do not rise): nothing numbered to read
    text = ("来源：某市政务网 https://example.gov.cn/b/2.html\n"
            "渝北区2024年重点民生项目推进情况\n"
            "全年安排资金20.5亿元，其中3、4季度集中拨付，（责任单位：区财政局）各街道完成改造任务，"
            "1、2号楼已交付使用，（责任单位：区住房城乡建委）老旧小区加装电梯工作持续推进，"
            "涉及2、3期工程，（责任单位：区城市管理局）全区共完成投资，" + "项目进展总体顺利，" * 20 + "\n")
    assert shape(text) == []
