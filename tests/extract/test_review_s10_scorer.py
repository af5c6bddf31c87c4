"""Review of the two session-10 scorer changes (evaluate.title_key: ccf9550 bare issuing notices,
9683263 approvals of a text): they identify a notice (or an approval) of ONE document with that
document, as the corpus README's convention says — and must not let a wrong title pass: a notice
issuing several documents is not any one of them, a cited policy is not the plan made under it, an
approval of a zone is not the zone. Both changes found to follow the convention (no narrowing made)."""

from medgraph.evaluate import title_key


def same(a: str, b: str) -> bool:
    return title_key(a) == title_key(b)


def test_one_issued_document_is_identified():
    assert same("遵义市人民政府办公室关于印发遵义市2031年重点任务分工方案的通知", "遵义市2031年重点任务分工方案")
    assert same("关于下达2031年市级重点项目计划的通知", "2031年市级重点项目计划")
    assert same("关于印发《健康遵义行动》实施方案的通知", "《健康遵义行动》实施方案")
    assert same("贵州省人民政府关于同意建立贵州省中医药工作联席会议制度的批复", "贵州省中医药工作联席会议制度")


def test_wrong_titles_do_not_pass():
    assert not same("关于印发《甲市促进办法》《甲市实施细则》的通知", "甲市促进办法")   # several documents
    assert not same("关于印发甲市促进办法和甲市实施细则的通知", "甲市促进办法")
    assert not same("关于印发《健康遵义行动》实施方案的通知", "健康遵义行动")             # the cited policy
    assert not same("关于同意设立遵义综合保税区的批复", "遵义综合保税区")                 # a zone, not a text
    assert not same("关于印发遵义市2031年重点任务分工方案的通知", "关于遵义市2031年重点任务分工方案")
