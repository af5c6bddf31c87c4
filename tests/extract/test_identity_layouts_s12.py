"""Document identity on layouts met in session 12 (held-10 opened): each test a small
document written here, in another city's style than the corpus page that showed the layout."""

from __future__ import annotations

from issuer_support import issued

from medgraph.extract.dates import policy_dates


def test_a_chinese_numeral_year_typed_with_a_zero_or_a_letter_o_dates_a_signature():
    # 二0一0年 / 二O一二年: a typist's 0 or O for 〇 (the glued signature of a joint notice, one line)
    text = ("关于印发《临沂市农村卫生服务能力提升方案》的通知\n各县区卫生局、财政局：\n"
            "市卫生局、市财政局联合制定了《临沂市农村卫生服务能力提升方案》，现印发给你们，请遵照执行。\n"
            "临沂市卫生局临沂市财政局二0一一年三月九日\n")
    assert [n for n, _ in issued(text)] == ["临沂市卫生局", "临沂市财政局"]
    zero = "现将《方案》印发给你们。\n临沂市卫生局\n二0一一年三月九日\n"
    assert policy_dates(zero)["issued"].value == "2011-03-09"
    letter_o = "现将《方案》印发给你们。\n淄博市人民政府\n二O一二年十月八日\n"
    assert policy_dates(letter_o)["issued"].value == "2012-10-08"
