"""Session 11 body rules for offices named by their short form.

1. An office's short name before its head's title (省委金融办副主任张某) names the office; before, any
   short suffix before a person's title (党委委员) was a person's post and the office was lost.
2. 军民融合办 is the party committee's 军民融合发展委员会办公室 (融合办 is no verb 合办), an entry of the
   general table of party organs' short forms.
3. 至 (to: 报送至市X办) opens a name as 到 does.
Written for this test (a Sichuan provincial text and a Hunan city's notice), not corpus texts."""

from body_support import bureau_mentions


def test_office_before_its_heads_title():
    text = ("四川省人民政府新闻办公室新闻发布会\n"
            "出席发布会的有：省委金融办副主任李某，省财政厅副厅长王某。\n")
    names = {n for _, n in bureau_mentions(text, "sc.txt")}
    assert "中共四川省委金融委员会办公室" in names


def test_military_civil_fusion_office():
    text = ("四川省人民政府办公厅关于印发重点工作分工的通知\n"
            "1.推进军民融合产业发展。（牵头单位：省委军民融合办；配合单位：省经济和信息化厅）\n")
    names = {n for _, n in bureau_mentions(text, "sc2.txt")}
    assert "中共四川省委军民融合发展委员会办公室" in names
    assert "中共四川省委员会" not in names


def test_zhi_opens_a_name():
    text = ("株洲市人民政府办公室关于开展爱国卫生月活动的通知\n"
            "请各单位于5月10日前将总结报送至市爱卫办。\n")
    names = {n for _, n in bureau_mentions(text, "zz.txt")}
    assert "株洲市爱国卫生运动委员会办公室" in names
    assert not any(n.startswith("送至") for n in names)


def test_zhixing_opens_a_name():
    text = ("恩施州人民政府关于印发工作要点的通知\n"
            "坚决执行省委省政府决策部署，抓好落实。\n")
    names = {n for _, n in bureau_mentions(text, "es.txt")}
    assert "中共湖北省委员会" in names
