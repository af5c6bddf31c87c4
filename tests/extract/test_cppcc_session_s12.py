"""Session 12 body rule: the CPPCC committee named as proposals and their replies name it — 政协 before
the place and its term (政协贵州省第十三届委员会第一次会议, 政协黔东南州第十二届三次会议) — is the place's
中国人民政治协商会议X委员会, read as X政协 would be (before, the term after the place left no body).

Written for this test (Guizhou replies, other numbering), not corpus texts; the corpus documents it
serves: neimenggu-2020-wjw-mongolian-medicine-proposal-reply, sichuan-2024-jhj-cppcc-proposal-reply-investment,
yunnan-2021-wjw-cppcc-120400299-tcm-wellness-reply."""

from body_support import bureau_mentions


def _names(text: str) -> set[str]:
    return {n for _, n in bureau_mentions(text, "t.txt")}


def test_a_province_cppcc_named_with_its_term():
    text = ("贵州省卫生健康委员会\n"
            "关于政协贵州省第十三届委员会第一次会议第1047号提案的答复\n"
            "张明委员：您提出的关于加快中医药产业发展的提案收悉。\n")
    assert "中国人民政治协商会议贵州省委员会" in _names(text)


def test_a_prefecture_cppcc_named_with_its_session():
    text = ("黔东南州卫生健康局\n"
            "对政协黔东南州第十二届三次会议第28号提案的答复\n")
    assert "中国人民政治协商会议黔东南苗族侗族自治州委员会" in _names(text)
