"""Session 12 body rule (README: a document number names no body — 国办发〔…〕 is not a mention of
国务院办公厅): a catalogued body's short form that is the letters of a cited number (国办发〔2019〕5号,
国办发〔2018104号 with its closing bracket lost) is no mention; the office named in words still is.

Written for this test (a Shaanxi city's notice, other punctuation), not a corpus text; the corpus
documents it serves: hainan-2025-biomed-policy-measures, jiangxi-2023-tcm-revitalization-major-projects-plan,
xiamen-2019-bizenv-enterprise-concerns-measures, yichun-yuanzhou-2017-tcm-opinions."""

from body_support import bureau_mentions


def _names(text: str) -> set[str]:
    return {n for _, n in bureau_mentions(text, "t.txt")}


def test_number_letters_name_no_office():
    text = ("汉中市人民政府关于促进中医药发展的实施意见\n"
            "根据《关于加快中医药特色发展的若干政策措施》[国办发(2021)3号]和《关于优化营商环境的通知》"
            "（国办发〔2018104号），结合我市实际，提出如下意见。\n")
    assert "国务院办公厅" not in _names(text)


def test_the_office_in_words_is_still_found():
    text = ("汉中市人民政府关于促进中医药发展的实施意见\n"
            "国务院办公厅印发《关于加快中医药特色发展的若干政策措施》（国办发〔2021〕3号）以来，我市积极落实。\n")
    assert "国务院办公厅" in _names(text)
