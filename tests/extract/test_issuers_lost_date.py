"""A signature printed on the date's line whose 年/月/日 glyphs a page lost (X人民政府 2021316):
the body still signs. Written for this test; issuers asserted exactly, with evidence quotes
checked against the source."""

from issuer_support import issued



def _issued(text: str) -> list[tuple[str, str]]:
    return issued(text, "lost-date.txt", match_document=False)


TEXT = """    宁夏回族自治区“十四五”中医药发展规划
    各市、县（区）人民政府，自治区政府各部门、各直属机构：
    现将《宁夏回族自治区“十四五”中医药发展规划》印发给你们，请认真贯彻执行。
    宁夏回族自治区人民政府　{date}
    宁夏回族自治区“十四五”中医药发展规划
    为推进中医药传承创新发展，制定本规划。
"""


def test_a_signature_beside_a_date_whose_glyphs_were_lost():
    assert _issued(TEXT.format(date="2021316")) == [("宁夏回族自治区人民政府", "宁夏回族自治区人民政府")]
    assert _issued(TEXT.format(date="2021年3月16日")) == [("宁夏回族自治区人民政府", "宁夏回族自治区人民政府")]


def test_a_body_beside_a_number_that_is_no_date_does_not_sign():
    assert _issued(TEXT.format(date="3号楼")) == []


# a reprint's running header "date  issue   author:title   page": the author is the issuer
HEADER = """2024 年 5 月 第 3 期          {author}:全民健身行动2024年工作要点            12
一、推广全民健身活动。
(一)持续开展全民健身日活动。(国家体育总局牵头负责)
(二)推进体育公园建设。(住房城乡建设部负责)
"""


def test_a_running_header_names_its_author_before_a_colon_and_the_title():
    assert _issued(HEADER.format(author="健康中国行动推进委员会办公室")) == [
        ("健康中国行动推进委员会办公室", "健康中国行动推进委员会办公室")]
    # a body glued to another word before the colon is not the header's author
    assert _issued(HEADER.format(author="转发健康中国行动推进委员会办公室")) == []
