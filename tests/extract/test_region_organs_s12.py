"""Session 12 body rules for the special administrative regions' own texts:

- a head that names the region with its own word (澳门特别行政区公报…, 香港特别行政区政府新闻公报) places
  the document there, before a province it names after (…广东省横琴…): the place pattern of the head
  knew 市/省/自治区 but not 特别行政区;
- the organs its government's texts name without the region (创新科技及工业局局长在立法会工商事务委员会…,
  经科局, 新闻局) are the region's, from the gazetteer's special_administrative_regions: a bureau is
  named 香港特别行政区政府X, the council's panel 香港特别行政区立法会X事务委员会; only in the region's own
  document (a mainland city's 教育局 stays the city's).

Written for this test (press-release wording of other bureaus), not corpus texts; the corpus documents
they serve: macau-2010-tcm-park-preparatory-office-dispatch-trad, macau-2022-gcs-tcm-big-health-industry-trad,
hk-2024-health-bureau-innovation-hub-legco-remarks-trad, hongkong-2023-hhb-legco-policy-address-briefing."""

from body_support import bureau_mentions


def _names(text: str) -> set[str]:
    return {n for _, n in bureau_mentions(text, "t.txt")}


def test_a_macau_release_names_its_bureaus():
    text = ("來源：澳門特別行政區政府新聞局 https://www.gcs.gov.mo/x\n"
            "經科局推動中醫藥產業\n"
            "澳門特別行政區公報今日刊登批示。經科局與廣東省橫琴粵澳深度合作區執行委員會合作，"
            "推動產業園發展。\n")
    names = _names(text)
    assert "澳门特别行政区政府经济及科技发展局" in names
    assert not any(n.startswith("广东省") and n.endswith("经济及科技发展局") for n in names)


def test_a_hong_kong_speech_names_the_bureau_and_the_panel():
    text = ("來源：香港特別行政區政府新聞公報 https://www.info.gov.hk/x\n"
            "創新科技及工業局局長在立法會工商事務委員會會議的開場發言\n"
            "以下是創新科技及工業局局長今日在立法會工商事務委員會會議的開場發言全文：\n"
            "主席、各位委員：特區政府會繼續推動創科發展。\n")
    names = _names(text)
    assert "香港特别行政区政府创新科技及工业局" in names
    assert "香港特别行政区立法会工商事务委员会" in names


def test_a_mainland_citys_education_bureau_is_its_own():
    text = ("襄阳市人民政府关于印发方案的通知\n"
            "市教育局、市卫健委负责。教育局要加强统筹。\n")
    names = _names(text)
    assert not any("特别行政区" in n for n in names)
