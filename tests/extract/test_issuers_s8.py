"""Issuers in a session-8 layout, on a small document written for it: a notice that issues a plan
(…现印发给你们, signed and dated to the day) followed by the plan's cover, whose drafting body
and month (X局 / 2021年10月) stand under the plan's title — the drafter is no issuer (README: a
notice that issues a document: issuers are the notice's). Evidence quotes are checked."""

from issuer_support import issued

NOTICE = ("各乡镇人民政府，县政府各部门：\n"
          "《“十四五”时期岚皋县中医药和康养产业发展规划》已经县政府审议通过，现印发给你们，请认真贯彻落实。\n"
          "岚皋县人民政府\n2022年3月8日\n(此件公开发布)\n"
          "“十四五”时期岚皋县中医药和康养产业发展规划\n"
          "岚皋县卫生健康局\n{cover}\n目 录\n一、发展基础\n“十三五”期间，全县中医药产业稳步发展。\n")


def test_the_cover_of_an_issued_plan_names_its_drafter_not_an_issuer():
    got = issued(NOTICE.format(cover="2022年1月"), "langao.txt")
    assert [n for n, _ in got] == ["岚皋县人民政府"]
    assert got[0][1] == "岚皋县人民政府"


def test_a_body_dated_to_the_day_under_the_notice_still_signs():
    # with the day written, the line is a signature like any other (a joint notice's second signatory)
    got = issued(NOTICE.format(cover="2022年3月8日"), "langao2.txt")
    assert "岚皋县卫生健康局" in [n for n, _ in got]
