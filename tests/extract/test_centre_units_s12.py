"""Session 12 body rule (README: public-service centres are bodies when the text names them as a
responsible unit): a 事业发展中心 after a unit label (责任单位：市文化事业发展中心), and a service or command
centre listed in a bracket of responsible units after another unit and its 、 (（县城管局、县城管指挥中心、
县住建局负责）) are bodies; the same centre in prose stays none.

Written for this test (Jiangxi and Henan texts, other punctuation), not corpus texts; the corpus
documents it serves: xianning-2023-govreport-task-division-p7 (责任单位:市体育事业发展中心) and
bj-haidian-2018-govaffairs-points-trad (（…区城管委、区城管指挥中心、区商务委…）)."""

from body_support import bureau_mentions


def _names(text: str) -> set[str]:
    return {n for _, n in bureau_mentions(text, "t.txt")}


def test_a_development_centre_after_a_unit_label():
    text = ("九江市人民政府办公室关于印发任务分工的通知\n"
            "12.推进文旅融合发展。牵头单位：市文广新旅局；责任单位：市文化事业发展中心、各县（市、区）政府\n")
    assert "九江市文化事业发展中心" in _names(text)


def test_a_command_centre_in_a_bracket_of_units():
    text = ("鄢陵县人民政府办公室关于印发政务公开工作要点的通知\n"
            "3.做好城市管理信息公开。（县城管局、县城管指挥中心、县住建局负责）全县推进。\n")
    names = _names(text)
    assert "鄢陵县城管指挥中心" in names or "鄢陵县城市管理指挥中心" in names


def test_a_centre_in_prose_is_no_body():
    text = ("九江市人民政府办公室关于印发任务分工的通知\n"
            "12.推进文旅融合发展。加快建设市文化事业发展中心大楼。（市文广新旅局负责）\n")
    assert "九江市文化事业发展中心" not in _names(text)
