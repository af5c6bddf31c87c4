"""Session 10 gazetteer: every one-character county (攸县, 佳县, 房县, 忠县 … a closed list of China's
divisions) is a place, so a county's own notice that names itself only in its source line or
signature (来源：攸县人民政府) reads its 县政府 and 县X局 as that county's. Written for this test
(a Hunan county notice in traditional script, ①② numbering), not a corpus text; near misses: a
word ending in the same character (最佳县级) names no county, and a county not on the list stays
unresolved rather than guessed."""

from body_support import bureau_mentions

from medgraph.extract import gazetteer


_TEXT = ("來源：攸縣人民政府 https://example.org/zwgk/2024/1.html\n"
         "各鄉鎮人民政府，縣直各單位：\n"
         "《關於降低企業用電成本的若干措施》已經縣政府同意，現印發給你們。\n"
         "①推行電力接入“零上門”。（牽頭單位：縣發改局，責任單位：縣行政審批局）\n"
         "②壓減用電報裝時限。（牽頭單位：縣市場監管局）\n")


def test_a_one_character_countys_own_bodies():
    got = bureau_mentions(_TEXT, "youxian.txt")
    assert ("县政府", "攸县人民政府") in got
    assert ("县发改局", "攸县发展和改革局") in got
    assert ("县行政审批局", "攸县行政审批局") in got
    assert ("县市场监管局", "攸县市场监督管理局") in got


def test_the_list_holds_the_closed_set_not_words():
    for county in ("房县", "佳县", "忠县", "攸县", "沁县", "歙县"):
        assert county in gazetteer.ONE_CHARACTER_COUNTIES
    text = ("來源：某網 https://example.org/2.html\n"
            "打造全國最佳縣級醫院，縣政府負責。\n")
    names = [n for _, n in bureau_mentions(text, "word.txt")]
    assert not any(n.startswith("佳县") for n in names)


def test_a_county_not_on_the_list_is_not_guessed():
    # 曲 is no county of the list: its 县政府 and 县发改局 stay unnamed (no guessed place)
    text = ("來源：曲縣人民政府 https://example.org/3.html\n"
            "縣政府同意。（牽頭單位：縣發改局）\n")
    assert bureau_mentions(text, "unknown.txt") == []
