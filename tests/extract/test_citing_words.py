"""One list of citing words for identity and issuers (identity.CITING_WORDS): a number or a
maker named after 遵照 or 转发 belongs to the document cited or forwarded, not to the text.
Documents written for the test."""

from medgraph.catalog import load_catalog
from medgraph.extract import issuers as iss
from medgraph.extract.entities import find_entities
from medgraph.extract.identity import own_number, title_key
from medgraph.textnorm import normalize


def test_a_number_in_a_clause_that_complies_with_it_is_cited():
    text = normalize("各乡镇人民政府：\n遵照“阜府发〔2021〕3号”文件精神，现将有关事项通知如下。\n")[0]
    assert own_number(text)[0] == ""
    own = normalize("阜府发〔2021〕3号\n各乡镇人民政府：\n现将有关事项通知如下。\n")[0]
    assert own_number(own)[0] == "阜府发〔2021〕3号"


def test_the_bodies_whose_text_is_forwarded_are_not_its_makers():
    title = "安徽省中药材产业提升行动方案"
    for lead, makers in (("现转发", []), ("为做好中药材工作，", ["安徽省卫生健康委员会", "安徽省财政厅"])):
        text = normalize(f"{lead}安徽省卫生健康委员会、安徽省财政厅制定的《{title}》，请认真执行。\n")[0]
        ents = find_entities(text, load_catalog(), "doc-cite")
        found = iss.made_by(text, ents.mentions, title_key, title_key(title), len(text))
        names = [ents.nodes[m.entity_id].name if m.entity_id in ents.nodes else m.entity_id for m in found]
        assert names == makers, lead
