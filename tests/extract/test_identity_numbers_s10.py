"""Session 10 document-number rules (held-8 opened), on small documents written for them: the number
an attachment line gives the attached document (附件：X关于…的通知(X〔2015〕5号)) is never the page's own;
a government's number X政〔year〕N号 on a flattened heading line is an office's number like …发/…办.
Near-misses: the page's own number alone under its heading still wins; a year in brackets after a
place (某某市(2023)) is no number."""

from identity_support import own as _own


def test_an_attachment_lines_number_is_the_attached_documents():
    text = ("来源：某省工业和信息化厅 http://example.com/gxt/2016/9.html\n"
            "某省工业和信息化厅关于开展智能制造示范申报工作的通知\n"
            "各市(州)工信局：\n"
            "现将《工业和信息化部办公厅关于开展智能制造试点示范工作的通知》(工信厅装函〔2016〕12号)转给你们，请按要求组织申报。\n"
            "附件：工业和信息化部办公厅关于开展智能制造试点示范工作的通知(工信厅装函〔2016〕12号)\n"
            "某省工业和信息化厅\n2016年3月1日\n")
    assert _own(text) == ""
    # the page's own number alone under its heading is still its own
    own = text.replace("的通知\n各市(州)工信局", "的通知\n某工信函〔2016〕33号\n各市(州)工信局")
    assert _own(own) == "某工信函〔2016〕33号"


def test_a_governments_number_on_a_flattened_heading_line():
    text = ("来源：某省人民政府 http://example.com/zfwj/2024/3.html\n"
            "某省人民政府 关于明确2024年重点工作责任单位的通知 晋政〔2024〕4号 现将2024年重点工作任务予以分解，请认真落实。\n")
    assert _own(text) == "晋政〔2024〕4号"
    # a cited government number in a sentence that cites stays cited
    cited = text.replace("通知 晋政〔2024〕4号 现将", "通知 根据晋政〔2023〕9号要求，现将")
    assert _own(cited) == ""
