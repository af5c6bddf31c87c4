"""Owners a measure's text states, in every style policy texts use.

- ``（牵头单位：A；配合单位：B、C）`` and every label built of a role word and a duty word
  (牵头部门, 主要责任单位, 责任单位, 主责单位, 牵头责任单位, 配合责任部门, 主要协作单位, 参与单位,
  责任主体…), full-width or ASCII punctuation, with or without brackets, on the item's line or
  on the lines after it (task-division tables), cut at the end of the file; several kinds
  inside one bracket (``（牵头单位：A，配合单位：B、C，各区、县级市）``) each open their own list;
- ``（责任单位：A（牵头）、B、C）``: the marked unit leads, the others support;
  ``（责任单位：A、B牵头；C、D等配合）``: the list marks its own clauses;
- ``（责任单位：A、B）``: the first listed unit leads, the others support — the common convention,
  stated by many documents (``列第一位者为牵头单位``, ``排名第一的为牵头单位``, ``第一个为牵头单位``);
  a document that says its lists are in no order (``排名不分先后``) makes every listed unit a lead;
- ``A牵头，B、C配合`` (配合/参与/协同/协助/协作; also after ；, and ``B、C按职责分工负责`` beside a
  lead), ``A负责，B配合``; ``A会同B…`` (A leads, B supports); ``A为牵头单位，B为配合单位``;
- ``A、B按职责分工负责`` (按职责分别负责, 按各自职责负责…) and ``由A、B负责…``: every listed unit
  is co-responsible (lead); so are the units of a bracketed list with its duty word wherever it
  stands in the item (``…规划信息。（A负责落实）推进…。（B、C分别负责落实，完成时限：…）``), and a
  list the end of the file cuts before its duty word in a document whose lists carry one;
- role words alone as labels (``（牵头：A；配合：B）``); beside a list or column labelled support,
  a 责任单位 list's units all lead;
- the body a sentence of the item opens with, as its grammatical subject
  (``陕西省人民政府要切实加强…``, ``市发展改革委负责…``, ``由你委严格审定…`` where 你委 is the
  addressee of the document's salutation ``国家科委：``): that body leads;
- a bare trailing list ``（A、B）`` made of nothing but bodies: the first leads; ``（A、B负责）``
  all lead, unless the document states that the first leads (``（A、B负责。列第一位者为牵头
  部门，下同）``);
- owner notes in brackets at the edges of an item's sentences (``…名录。（A、B、C。）坚持…``,
  ``…情况（A牵头，相关单位负责落实）。…（B、C分别负责落实）``): each read on its own as above,
  the item's owners their union — also a single note inside the item, and the note the end of
  the file cuts, even inside its duty word (``（D、E等相关部门负责落``);
- owners stated once for a list: its introducing line (``X的主要职责：``, ``X负责以下工作：``)
  or an annotated group heading (``（一）…（牵头单位：A）`` over ``1.`` ``2.``) own the items
  under it that name none of their own (list_intro, heading_owners; relations.py keeps the run);
- the owner cells of a task-division table's row (cell_owners; tables.py finds the rows), and
  the trailing lines of bare unit names that close an item when the table survives only as
  owner labels on lines of their own (cell_lines);
- ``望你市…`` / ``请X…``: the body a request opens a sentence with owns the item;
- the unnumbered paragraphs after the text's last item whose sentences close with owner notes
  (a division-of-work text: ``（五）充分释放…潜能。`` over ``着力实施…。（A牵头，B、C等按职责分工
  负责）``): the item's tasks, their notes its owners (noted_paragraphs_end, paragraph_notes).

Classes (``各区、县级市``, ``各有关单位``, ``各区人民政府〈含开发区管委会，下同〉``) are never
owners: a list item that opens with 各/有关/相关 is dropped whole, whatever it names, and so is
one that names a body's departments (``县政府有关部门``, ``市直各单位``, ``X成员单位``) — only
from its 等 on when units come first (``区财政局等区政府有关部门``). Classes, enterprises
(``区国投公司``) and a unit's other name in brackets (``县发改局（粮食局）``) sit in a list
without making it prose.

Every unit listed is returned with its role, a confidence and the span to quote (the
annotation itself). Pure functions over normalized text and the document's mentions; the
caller maps a listed place (海淀区) to its government.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from operator import attrgetter

from medgraph.extract.bodies import place_stem
from medgraph.textutil import matches_before, strip_span, word_starts

# the words a label of owners is built from: a role word (牵头/配合/协作…), optionally a
# responsibility word after it (牵头责任单位, 配合责任部门), then 单位/部门 — 牵头单位, 责任部门,
# 主要责任单位, 牵头责任单位, 主要协作单位, 责任部门和单位, 配合单位/部门 …
_LEAD_WORDS = ("牵头", "主责", "主办", "承办")
_SUPPORT_WORDS = ("配合", "参与", "协同", "协办", "协助", "协作", "支持", "会办", "经办")
# (机关: the organs of a Taiwan or Macau text — 主辦機關, 協辦機關, 權責機關 — and of some mainland lists;
# 主体责任单位: beside a 牵头单位 list or column it lists the supporting units — README, session 11)
_KINDS = (r"(?:(?:(?:主要|次要|其他|其它|具体|牵头|配合|协作|协同|第一|第二|第三|主体)?(?:牵头|主责|主办|承办|责任|负责|实施|落实|主管|配合|参与|协同|协办|协助|协作|支持|会办|经办|权责)(?:领导)?(?:责任)?(?:单位|部门|机关)"
          r"(?:(?:和|及|与|、|/)(?:单位|部门|机关))?|责任主体)(?:(?:和|及|与|、|/)(?:责任人|负责人))?)")
# a list runs to the closing bracket, the end of the line or sentence, or the next kind
# (``牵头单位：A，配合单位：B`` is two lists), or a field of another kind glued to it when the
# reader joined a long list line with the next (``…、市卫健委联系人：市商务局王某，电话：…``:
# contacts, deadlines and persons are no owners)
_OTHER_FIELD = r"(?:联系人|联系电话|联系方式|电话|手机|邮箱|完成时限|完成时间|时间节点|时限|责任领导|牵头领导|分管领导|责任人|备注)[ \t\u3000]*[:：]"
# the labels of owner lists, for other modules' patterns (an annotation line continues an item)
OWNER_LABELS = _KINDS
# a table's header cell naming an owner column (牵头单位, 责任部门, 主要协作单位)
KIND_LABEL = re.compile(_KINDS)
# the role words that stand alone as a label (（牵头：A；配合：B、C）) or as a table's sub-header
# cell under a merged owner header (责任单位 over 牵头 | 配合; tables.py)
ROLE_WORDS = ("牵头", "主责", "配合", "协同", "协办", "协助", "协作", "参与")
_ROLE_WORD = "(?:" + "|".join(ROLE_WORDS) + ")"
# a role word alone as a label, always with its colon
_SHORT_KINDS = _ROLE_WORD + r"(?=\s*[:：])"
SHORT_KIND = re.compile(_SHORT_KINDS)
ANNOTATION = re.compile(
    r"(?=[(（【\[\s牵责主配参协负支具实落会经第权次其])[(（【\[]?\s*"
    r"(?<![\u4e00-\u9fff])"  # not the tail of a longer label (公开责任部门 of a page's metadata)
    r"(?P<kind>" + _KINDS + "|" + _SHORT_KINDS + r")\s*(?:[:：]|[】\]]\s*[:：]?|为(?!准|主|依据|基础|重点|" + _KINDS + r"))\s*"  # 牵头单位： / 【牵头单位】 / 牵头单位为
    # (not 第一责任单位为牵头单位: a list's note on its order, the convention — no label of units)
    r"(?P<list>(?:" + r"[(（\[［【〔](?:牵头|主责)(?:单位|部门)?[)）\]］】〕]|"  # 市发展改革委（牵头）/[牵头]、市财政局
    r"[(（][^()（）\n。；;]{1,10}[)）]|"  # a short bracket inside the list: 各县(市、区)政府, 县发改局（粮食局）
    r"(?![\[［](?:" + _KINDS + "|" + _ROLE_WORD + r"))[\[［][^\[\]［］()（）\n。；;:：]{1,6}[\]］]|"  # 各市[州]人民政府 (no label: 【牵头单位】)
    r"(?![，,、\s]*[【\[]?(?:(?:" + _KINDS + r")\s*(?:[:：]|[】\]]|为)|" + _SHORT_KINDS + r")|" + _OTHER_FIELD + r")[^)）\n。；;【\[\]】])+)"
)
# what closes a list that gives every listed unit one role, support (A、B、C配合落实, A、B参与, A、B等配合):
# all its units support, no lead (README, session 11: a cell that gives every listed unit one role).
# Not 协同/协作 (A、B协同推进, A、B协同负责): the units work jointly, co-responsible — no supporting role
_SUPPORT_WORD = r"(?:配合|参与|协助|协办|会办)"
_ONE_ROLE_END = re.compile(r"[ \t\u3000]*(?:等(?:有关|相关)?(?:部门|单位)?)?(?:共同|积极|全力)?" + _SUPPORT_WORD
                           + r"(?:落实|实施|推进|完成)?[ \t\u3000。；;]*")
# a role word right before a list's duty word (A、B、C配合落实): no duty list
_ROLE_BEFORE_DUTY = re.compile(_SUPPORT_WORD + r"[ \t\u3000]*$")
# a unit marked as the lead inside a list: 市发展改革委（牵头）
_LEAD_MARK = re.compile(r"\s*[(（\[［【〔](?:牵头|主责)(?:单位|部门)?[)）\]］】〕]")
# …and one marked as supporting (市财政局（配合）): beside a marked lead or not, it supports
_SUPPORT_MARK = re.compile(r"\s*[(（\[［【〔](?:配合|参与|协办|协助|会办)(?:单位|部门)?[)）\]］】〕]")


@lru_cache(maxsize=1024)   # a pure function of the label (a few dozen labels, read per list)
def kind_role(kind: str) -> str:
    """What a label says of the units it lists: ``lead`` (牵头单位, 牵头责任单位, 主责部门),
    ``support`` (配合单位, 主要协作单位, 参与部门, 次要责任单位 beside 主要责任单位) or ``""`` (责任单位, 主要负责部门: the
    document's convention decides)."""
    if any(w in kind for w in _LEAD_WORDS) or kind.startswith("第一"):
        return "lead"
    if any(w in kind for w in _SUPPORT_WORDS) or kind.startswith(("第二", "第三", "次要", "其他", "其它")):
        return "support"
    return ""


# 按职责分工负责, 按照职责分工负责, 按职责分工落实, 按职责负责, 分工负责, 按各自职责负责,
# 按职责分别负责, 根据职责分工负责, 依职责负责, 分别负责, 按职责分工抓好落实, 按职责做好相关工作
_DUTY_PHRASE = (r"(?:(?:按照?|依照?|根据)(?:各自)?(?:职责|职能)(?:分工)?(?:分别)?"
                r"(?:负责|落实|抓好落实|抓落实|推进落实|组织实施|做好(?:相关|有关)工作)|"
                r"(?:分工|分别)(?:负责|落实))")
# A牵头，B配合 (inside a measure; the lead list is the clause right before 牵头); the
# supporting clause may follow after ；(``A、B牵头；C、D等配合``) and may say its units work
# by their duties (``A牵头，B、C按职责分工负责``: beside a lead, the others support);
# ``A负责，B配合`` only with the supporting clause (alone, A负责 is the duty rule's)
# ``A主办，B、C协办`` (the division-of-work wording of 主办单位/协办单位, also 会办), ``A主责，B协同``,
# ``A负总责，B、C按职责分工负责``, ``A统筹/主抓，B配合``: 主办/主责/主抓/统筹 lead only inside an owner
# note's bracket (主办 in prose hosts an event: 由A主办的论坛; 统筹 in prose is a verb of the task),
# and 统筹/主抓 only beside a supporting clause; 负总责 (overall responsibility) leads like 牵头
_SUPPORT_VERB = (r"(?:(?:等)?(?:(?:按照?|依照?|根据)(?:各自)?(?:职责|职能)(?:分工)?)?(?:共同|积极|全力)?(?:支持)?"
                 r"(?:配合|参与|参加|协同|协助|协作|协办|会办)|" + _DUTY_PHRASE + ")")
LEAD_THEN_SUPPORT = re.compile(
    r"(?<=[。；;，,：:()（）\n\s])(?P<lead>[^。；;，,：:()（）\n]{2,80}?)(?:分别|共同)?"
    r"(?P<verb>牵头(?:负责|落实|实施|推进)?(?!的)|负总责|主办(?![的单部方])|主责(?![的单部任])|主抓(?!的)"
    r"|(?:负责)?统筹(?=[，,；;])|负责(?=[，,；;]))"
    r"(?:[，,、；;]\s*(?P<sup>(?:[^。；;()（）\n]|[(（][^()（）\n]{1,10}[)）]){2,120}?)" + _SUPPORT_VERB + r")?")
# the verbs that lead alone (（A牵头）, （A主办）, （A负总责）); the others need a supporting clause
_LEAD_ALONE = ("牵头", "主办", "主责", "负总责")
# the verbs that lead only inside an owner note
_NOTE_ONLY = ("主办", "主责", "主抓", "统筹", "负责统筹")
# A、B为牵头单位，C为配合单位 / 由A作为责任单位: a list of units, then the label it is
ROLE_IS = re.compile(r"(?<=[。；;，,：:()（）\n\s])(?P<list>[^。；;，,：:()（）\n]{2,120}?)(?:为|作为|是)(?P<kind>" + _KINDS + ")")
# the verbs of a clause that states roles besides 牵头 (A牵头，B配合 / A主办，B协办): a cheap guard
_ROLE_VERBS = re.compile(r"配合|参与|参加|协同|协助|协作|协办|会办|主办|主责|主抓|负总责|会同")
DUTY = re.compile(r"(?<=[。；;，,：:()（）\n\s])(?P<list>[^。；;，,：:()（）\n]{2,160}?)" + _DUTY_PHRASE)
# （A、B）, （A、B负责）, and a list whose duty word is followed by a note inside the same
# bracket: （A、B、C负责。列第一位者为牵头部门，下同）, （A、B负责，下同）
_BARE_DUTY = r"(?P<duty>牵头负责|负责落实|牵头落实|负责|落实)(?:[。；;，,][^()（）\n]{0,80})?"
BARE_LIST = re.compile(r"[(（](?P<list>[^()（）。\n]{3,160}?)(?:(?:具体|共同|分别)?" + _BARE_DUTY + r")?(?:[)）]\s*[。；;]?\s*$|$)")
# （A、B负责落实）, （A负责落实，完成时限：…）: a bracketed list that states its units' duty is an
# annotation wherever it stands in the item — items of work-point documents carry one after
# each of their sentences (``…规划信息。（A负责落实）推进…。（B、C分别负责落实）``)
DUTY_LIST = re.compile(r"[(（](?P<list>[^()（）。\n]{2,160}?)(?:分别|共同|具体)?" + _BARE_DUTY + r"[)）]")
# what may sit between the names of a list besides the names themselves
_FILLER = re.compile(r"各区(?:[(（]县[)）])?(?:人民)?政府|各(?:有关|相关)?(?:部门|单位)|有关部门|相关部门|有关单位|相关单位|"
                     r"[(（]县[)）]|由|等(?:有关|相关)?(?:部门|单位)|[、，,；;\s等和及与]")
# 列第一位者为牵头单位, 排在首位的为牵头单位, 排名第一的为牵头单位, 位列第一的为牵头部门,
# 第一个为牵头单位, 第一个单位为牵头单位, 首位单位为牵头单位, 排第一位的部门为牵头部门
_FIRST = r"(?:第一位|第一个|第一|首位|首个)"
CONVENTION_FIRST = re.compile(r"(?:(?:列|排)(?:名|序|在)?|位列|名列)" + _FIRST + r"(?:的|者)?(?:单位|部门)?为牵头(?:单位|部门)?|"
                              r"(?<![列排名在序])" + _FIRST + r"(?:责任)?(?:单位|部门)?(?:的|者)?为牵头(?:单位|部门)?")
# the convention said the other way round: 牵头单位列第一位, 牵头单位排在首位, 牵头部门列在前面
CONVENTION_LEAD_FIRST = re.compile(r"牵头(?:单位|部门)(?:均)?(?:列|排)(?:在|于)?(?:第一位|首位|第一|最前面|前面|前)")
CONVENTION_NONE = re.compile(r"(?:排名|排序)不分先后")
# a list item that names a class of bodies, not one body (also 地方人民政府 / 地方各级人民政府: the
# local governments, all of them — never 地方金融监管局, a body, nor 地方政府专项债券, a thing)
_CLASS_ITEM = re.compile(r"\s*(?:各|有关|相关|其他|其它|所属|市直各|市级各|区级各|地方(?:各级)?(?:人民)?政府(?!债|专项|投|融|隐|财|性))")
# an item that names the departments of a body, not the body: 县政府有关部门, 市直各单位,
# 区政府所属部门
_CLASS_TAIL = re.compile(r"(?:(?:有关|相关|各|所属|直属|其他|其它|成员)(?:职能)?(?:部门|单位|机构)"
                         # a body's parts: 市疫情防控指挥部各工作组, 领导小组各成员单位, 区委各专项组
                         r"|各(?:工作|专项|专班|成员|责任)?[组处室科股队])(?:等)?\s*$")
_SEPARATORS = "、，,；;和及与 \t\u3000"
# the level word a relative name opens with (县农业农村局, 省药监局, 区发改局)
LEVEL_CHARS = "省市州县区旗"
_OPEN, _CLOSE = "(（〈<《[［【", ")）〉>》]］】"
_ITEM_CHAR = re.compile("[" + re.escape(_SEPARATORS + _OPEN + _CLOSE) + "]")
_PUNCT_ITEM_CHAR = re.compile("[" + re.escape("、，,；;" + _OPEN + _CLOSE) + "]")

# the subject of a sentence: body name(s), then what a subject does
_SUBJECT_VERB = re.compile(
    r"\s*(?:要|应当|应|须|必须|负责|牵头|会同|联合|统筹|组织|按照|严格|切实|抓紧|尽快|加快|加强|积极|继续|进一步|依法|将|可|对|在|与"
    # (a body doing the item by a means: A、B依托…平台加强…, A通过…方式组织…, A委托…机构开展…)
    r"|依托|通过|委托)")
# work done or proposed (A已建成…, A、B提出…3项实事; not A提出的… nor A提出，/A提出要… — a body whose
# words or demands are cited): only a department's name opens such a sentence as its owner — a
# place (2019年，海淀区已建成…) says where more often than who
# (nor A提出了明确要求 / A提出新的工作部署: a demand or deployment of A's cited, no work A proposes — review s11)
_DONE_VERB = re.compile(r"[ \t\u3000]*(?:已经|已|提出(?![的，,：:]|要|了要|了?[^，,。；;\n]{0,6}?(?:要求|部署|指示)))")
_AGENT = "由"
# a subject that helps another body (A将积极配合B… / A协助B… / 下一步，A将参与B…): the work is B's
# (the words prose_owners reads the same way after a lead-in)
_HELPS = re.compile(r"[ \t\u3000]*(?:积极|主动|全力|认真|继续|持续|将|要|已){0,3}(?:配合|协助|协同|协办|参与|支持配合)")
# "A leads, with B": what joins a lead to the units it works with, however the lead is written —
# a subject (A会同B / A将会同B / A要联合B / A牵头，会同B), the agent of 由 (由A会同B / 由A牵头，联合B)
# or a lead clause (A牵头，并会同B): one pattern for the three (shared with prose_owners, whose
# first person 我局将会同B… reads the same)
WITH_OTHERS = re.compile(r"[，,、]?[ \t\u3000]*(?:牵头[，,、]?[ \t\u3000]*)?(?:并|负责)?"
                         r"(?:将|要|应|须|已|还将|将继续|继续|积极|主动|进一步){0,2}(?:会同|联合)")
# a request that opens a sentence of an approval or a notice (望你市…, 请各区…, 希望你们…)
_REQUEST = re.compile(r"[ \t\u3000]*(?:望|请|希望)")
# what makes the body after 请 the object of a phrase, not the one asked (请示, 请市科技局的…)
_REQUEST_OBJECT = re.compile(r"的|[，,。；;]")
# the short verb phrase and 的 after 由X that make it an attribute (由X认定的, 由X牵头的)
_ATTRIBUTE = re.compile(r"[^，,。；;的]{0,4}的")
# 你委/你部/你省…: the addressee of the document (its salutation line 国家科委：)
_YOU = re.compile(r"你(?P<suffix>[委部省局厅办院市区县会署行])")
_SALUTATION_END = re.compile(r"[:：]\s*$")


@dataclass(frozen=True, slots=True)
class Convention:
    """How a document's 责任单位 lists are to be read; ``span``: where it says so."""
    first_leads: bool = True
    stated: bool = False
    span: tuple[int, int] | None = None
    # the document's bracketed lists state their units' duty (（A、B负责落实）): a list the end of
    # the file cuts before its duty word is read as one of them (all co-responsible)
    duty_lists: bool = False
    # a table flattened one cell per line whose header survives as owner labels alone on their
    # lines (牵头单位 / 责任单位): what each column says of its units (kind_role), in order; an
    # item's trailing lines of bare unit names are its cells (cell_lines)
    cell_columns: tuple[str, ...] = ()
    # whether blank lines part that header's labels, and so the cells of its rows: a page copied
    # without blank lines has one cell per line (a wrapped cell cannot be told from the next)
    cell_spaced: bool = True
    # the header's other columns right before and after its owner labels (责任领导, 完成时限…):
    # their cells (a person, a date) stand beside the owner cells of each row
    cell_before: int = 0
    cell_after: int = 0
    # the mark the document says its lead units carry in a list (注：标*的为牵头单位): "" when none
    lead_mark: str = ""


# a note stating the mark of lead units: 标*的为牵头单位 / 带★号者为牵头部门 / 加※的单位为牵头单位
_MARK_CONVENTION = re.compile(r"(?:标|带|加|有|注)[ \t\u3000]*[“\"]?(?P<mark>[*＊★☆※△▲])[”\"]?[ \t\u3000]*号?"
                              r"(?:的|者)?(?:单位|部门)?[ \t\u3000]*(?:为|是)牵头(?:单位|部门)")


# the close of a bracketed list that states its duty: 负责）, 负责落实，完成时限：…）
_DUTY_CLOSE = re.compile(r"(?:负责|落实)(?:[，,][^()（）\n]{0,40})?[)）]")


def convention(text: str) -> Convention:
    conv = _convention(text)
    star = _MARK_CONVENTION.search(text) if "为牵头" in text or "是牵头" in text else None
    return dataclasses.replace(conv, lead_mark=star.group("mark")) if star else conv


def _convention(text: str) -> Convention:
    # every match holds 为牵头 / 不分先后: a text without them is not scanned at every position
    m = CONVENTION_FIRST.search(text) if "为牵头" in text else None
    if m is None and ("牵头单位" in text or "牵头部门" in text):
        m = CONVENTION_LEAD_FIRST.search(text)
    if m:
        return Convention(True, True, m.span())
    m = CONVENTION_NONE.search(text) if "不分先后" in text else None
    if m:
        return Convention(False, True, m.span())
    # (every _DUTY_CLOSE match closes with a bracket: a text without one has no duty list)
    duty = ("负责" in text or "落实" in text) and (")" in text or "）" in text)
    columns, spaced, before, after = _cell_columns(text)
    # (two closes decide: the search stops at the second)
    return Convention(duty_lists=duty and sum(1 for _ in islice(_DUTY_CLOSE.finditer(text), 2)) >= 2,
                      cell_columns=columns, cell_spaced=spaced, cell_before=before, cell_after=after)


# an owner label alone on its line (a table's header cell, one per line)
_LABEL_LINE = re.compile(r"(?m)^[ \t\u3000]*(" + _KINDS + r")[ \t\u3000]*$")


def _cell_columns(text: str) -> tuple[tuple[str, ...], bool, int, int]:
    """The roles of the first block of two or more owner labels alone on consecutive lines
    (blank lines between): ``牵头单位`` / ``责任单位`` → (lead, support) — beside a lead column,
    the other columns support; whether blank lines part the labels (the cells are spaced like
    their header); how many other columns' labels (责任领导, 完成时限) stand right before and
    right after the block."""
    if "单位" not in text and "部门" not in text and "机关" not in text:
        return (), True, 0, 0
    block: list[tuple[int, int, str]] = []
    for m in _label_lines(text):
        if block and text[block[-1][1]:m[0]].strip():
            if len(block) >= 2:
                break
            block = []
        block.append(m)
    if len(block) < 2:
        return (), True, 0, 0
    roles = [kind_role(m[2]) for m in block]
    lead = "lead" in roles
    spaced = any(text.count("\n", a[1], b[0]) >= 2 for a, b in zip(block, block[1:]))
    return (tuple(r or ("support" if lead else "lead" if k == 0 else "support") for k, r in enumerate(roles)), spaced,
            _side_labels(text, block[0][0], -1), _side_labels(text, block[-1][1], 1))


# _LABEL_LINE at the start of every line but the first: the line break opens the pattern, so re
# jumps from one line break to the next in C (^ under re.M is tried at every position), and
# (?=\n|\Z) is $ under re.M; group 1 is the line's _LABEL_LINE match, group 2 its label
_LABEL_AFTER_BREAK = re.compile(r"\n([ \t\u3000]*(" + _KINDS + r")[ \t\u3000]*)(?=\n|\Z)")


def _label_lines(text: str):
    """(start, end, label) of each ``_LABEL_LINE`` match, in text order, lazily (the matches of
    ``line_matches(_LABEL_LINE, text, ("单位", "部门", "机关", "责任主体"))``: every label holds
    one of those words, and no match crosses a line)."""
    m = _LABEL_LINE.match(text)
    if m is not None:
        yield m.start(), m.end(), m.group(1)
    for m in _LABEL_AFTER_BREAK.finditer(text):
        yield m.start(1), m.end(1), m.group(2)


# a header cell of a column beside the owner columns whose cells name no owner (a person, a date)
_SIDE_LABEL = re.compile(r"[ \t\u3000]*(?:完成时限|完成时间|完成期限|时间节点|时限|时间|责任领导|牵头领导|分管领导|联系领导"
                         r"|责任人|负责人|联系人|备注)[ \t\u3000]*")


def _side_labels(text: str, pos: int, step: int) -> int:
    """How many lines that are nothing but a side column's label (_SIDE_LABEL) follow ``pos`` (a
    header line's end, ``step`` 1) or precede it (a header line's start, ``step`` -1), blank lines
    between them allowed."""
    n = 0
    while True:
        if step > 0:
            s = _next_line(text, pos)
            if s >= len(text):
                return n
            e = text.find("\n", s)
            e = len(text) if e == -1 else e
        else:
            s, e = line_before(text, pos)
            if e <= s:
                return n
        if not _SIDE_LABEL.fullmatch(text, s, e):
            return n
        n += 1
        pos = e if step > 0 else s


@dataclass(frozen=True, slots=True)
class Owner:
    mention: object     # the caller's mention (a body, a place, or the addressee for 你委)
    role: str           # lead | support
    confidence: float
    quote: tuple[int, int]


def addressees(text: str, mentions: list, unit, hi: int) -> list:
    """The bodies a document is addressed to: the first line before ``hi`` made of body
    names and a closing colon (``国家科委：``, ``国家发展改革委、四川省人民政府:``), the
    主送机关 of a notice or approval — whom 你委/你省 in its items refer to."""
    by_line: dict[int, list] = {}
    for x in mentions:
        if x.start >= hi:
            break
        if unit(x):
            by_line.setdefault(text.rfind("\n", 0, x.start) + 1, []).append(x)
    for ls, xs in by_line.items():
        le = text.find("\n", ls)
        le = len(text) if le == -1 else le
        if not _SALUTATION_END.search(text, xs[-1].end, le):
            continue
        rest = text[ls:le]
        for x in reversed(xs):
            rest = rest[: x.start - ls] + rest[x.end - ls:]
        if not _LIST_FILLER.sub("", rest):
            return xs
    return []


def _you(suffix: str, bodies: list):
    """The addressee 你<suffix> means: 你委 the commission, 你部 the ministry, 你省/你市 the
    government of that place; None when no addressee, or more than one, fits."""
    if suffix in "省市区县":
        fit = [x for x in bodies if re.search(suffix + "(?:人民)?政府$", x.surface)]
    elif suffix == "委":
        fit = [x for x in bodies if x.surface.endswith(("委", "委员会"))]
    else:
        fit = [x for x in bodies if x.surface.endswith(suffix)]
    if len(fit) != 1 and len(bodies) == 1:
        fit = bodies  # 你们 / an addressee written in a form the suffix does not show
    return fit[0] if len(fit) == 1 else None


_LABEL = attrgetter("label")
_MEMO: tuple[str, dict] = ("", {})   # the last text seen and its memo (see _memo)


def _memo(text: str) -> dict:
    """A dict of pure results about ``text`` (the items of a span, …), kept while the same text
    object is read: an item's owner rules split the same lists several times. Values are
    immutable (tuples; the text's stripped length under "text_end")."""
    global _MEMO
    cached = _MEMO
    if cached[0] is text:
        return cached[1]
    memo: dict = {}
    _MEMO = (text, memo)
    return memo


def _items(text: str, lo: int, hi: int, item_char: re.Pattern = _ITEM_CHAR) -> tuple[tuple[int, int], ...]:
    """The items of a list in ``text[lo:hi]``, split at top-level separators (a bracket's
    content stays with its item: ``各区人民政府〈含开发区管委会，下同〉`` is one item).
    ``item_char``: the brackets and the separators (``_PUNCT_ITEM_CHAR``: punctuation only, so a
    name holding 和/及/与 — 中国铁路呼和浩特局集团 — stays whole). Memoised per text (_memo)."""
    memo = _memo(text)
    key = (lo, hi, item_char)
    got = memo.get(key)
    if got is None:
        got = memo[key] = _split_items(text, lo, hi, item_char)
    return got


def _split_items(text: str, lo: int, hi: int, item_char: re.Pattern) -> tuple[tuple[int, int], ...]:
    out = []
    depth = 0
    start = lo
    for m in item_char.finditer(text, lo, hi):   # only brackets and separators matter
        i = m.start()
        c = text[i]
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            if i > start:
                out.append((start, i))
            start = i + 1
    if hi > start:
        out.append((start, hi))
    return tuple(out)


def _class_items(text: str, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """``_class_run(text, _items(text, lo, hi))``, memoised per text (_memo)."""
    memo = _memo(text)
    key = ("class", lo, hi)
    got = memo.get(key)
    if got is None:
        got = memo[key] = tuple(_class_run(text, _items(text, lo, hi)))
    return got


# a class of the governments (or departments) of every place of some levels, its level words
# listed with 、 and the suffix written once: 各州、市人民政府, 各县、市、区政府, 各市、县有关部门
_BARE_LEVELS = re.compile(r"[ \t\u3000]*各?(?:县级市|自治州|自治县|[省市州县区旗盟乡镇])[ \t\u3000]*")
_LEVEL_START = re.compile(r"[ \t\u3000]*(?:县级市|自治州|自治县|[省市州县区旗盟乡镇])")


def _class_run(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``items`` with the items that continue a class of places (``各州`` then ``市人民政府``)
    marked by a negative start: after an item that is 各 and a level word alone, the items that
    open with a level word belong to it, up to the first that carries the suffix."""
    out = []
    open_class = False
    after_class = False
    for a, b in items:
        if open_class and _LEVEL_START.match(text, a, b):
            out.append((-a, b))
            open_class = bool(_BARE_LEVELS.fullmatch(text, a, b))
            continue
        if after_class and _LEVEL_GOVERNMENT.fullmatch(text, a, b):
            # 各盟行政公署、市人民政府: the governments of a level right after a class are the
            # class's too (each city's government), not the one of the document's own place
            out.append((-a, b))
            continue
        out.append((a, b))
        open_class = text.find("各", a, b) != -1 and bool(_BARE_LEVELS.fullmatch(text, a, b))
        after_class = _CLASS_ITEM.match(text, a, b) is not None and text.find("各", a, b) != -1
    return out


# a level's government written with no place (市人民政府, 县政府, 盟行政公署)
# (the list's duty word may close the item: …、市人民政府负责)
_LEVEL_GOVERNMENT = re.compile(r"[ \t\u3000]*(?:县级市|自治州|自治县|[市州县区旗盟])(?:人民政府|政府|行政公署)"
                               r"(?:等|分别|共同|牵头|负责|落实){0,3}[ \t\u3000]*")


# a post right after a body's name: the name is a person's title (市工信局局长 李某某, 区委书记),
# not the body — a person is never an owner
_POST = re.compile(r"[ \t\u3000]*(?:常务)?副?(?:局长|主任|书记|部长|厅长|处长|科长|区长|市长|县长|镇长|乡长|州长|省长"
                   r"|主席|组长|秘书长|院长|署长|行长|关长|委员长|负责同志|负责人(?![才员口力事民身]))")
# (负责人才/负责人员/负责人口…: the verb 负责 before its object, a duty — no person)


# a body's leaders as a group (市政府主要领导, 分管领导): persons, as a _POST is
# (负责领导 alone is the verb: 由市政府负责领导全市中医药工作 — a duty; 领导小组 is a body's name)
_LEADER = re.compile(r"[ \t\u3000]*(?:(?:主要|分管|有关|相关|班子)(?:负责)?)?领导(?!小组)")


# an internal division right after its body's name (市药监局器械注册处, 区卫健委医政科, 市财政局经建处):
# the division is named, not the body — and a division is never an owner (README, 责任处室)
# The run never opens with an action verb (由市卫健委加强儿科、产科服务: the body acts on clinical
# specialties) and a clinical specialty (儿科, 产科, 专科, 学科 …) is no division.
_DIVISION = re.compile(r"(?!加强|推动|推进|支持|建设|发展|开展|做好|负责|牵头|会同|指导|组织|完善|提升|提高|鼓励|设立"
                       r"|扶持|强化|落实|统筹|协调|配合|做强|打造|培育|新增|重点)"
                       r"[\u4e00-\u9fff]{2,8}?(?:处|(?<![儿产专学妇全外内眼骨牙])科|股)"
                       r"(?=[或和及与、，,。；;：:()（）\s]|$|负责|牵头|进行|要|将|会同)")


def _post_after(text: str, x) -> bool:
    """The name at ``x`` opens a person's post (市工信局局长) or one of the body's internal
    divisions (市药监局器械注册处): what is named is not the body."""
    return _POST.match(text, x.end) is not None or (text[x.end:x.end + 1] not in _NOT_NAME_START
                                                    and _DIVISION.match(text, x.end) is not None)


# what cannot open a division's name after a body's (a separator, a bracket, a blank)
_NOT_NAME_START = frozenset("、，,。；;：:()（）〈〉《》“”\"' \t\u3000\n")


def _units(text: str, mentions, lo: int, hi: int, unit) -> list:
    """The units listed in ``text[lo:hi]``, in order, once each; those inside a class item
    (各有关单位, 各区人民政府〈含开发区管委会〉) are not owners, nor a name that is a person's
    title (市工信局局长 李某某)."""
    inside = [x for x in mentions if lo <= x.start and x.end <= hi and unit(x)]
    if not inside:
        return []
    classes = _classes(text, lo, hi)
    out, seen = [], set()
    ends = {x.end for x in inside}
    level = _list_level(text, lo, hi)
    for x in inside:
        if (classes and any(a <= x.start < b for a, b in classes)) or x.entity_id in seen:
            continue
        if (level or x.surface[:1] in "市区县") and _province_body(x, level):
            continue  # 市行政审批局、住建局、司法局: a bare name in a city's list is no province's bureau
        if x.start - 1 >= lo and text[x.start - 1] in "(（" and x.start - 1 in ends:
            continue  # 县发改局（粮食局）, 区商务局（区药发中心）: the unit's other name or its centre
        if _NOT_BODY_ITEM.fullmatch(x.surface) and "人民银行" not in x.surface:
            continue  # 省科学院, 市第一人民医院: an institution or an enterprise listed beside the owners
        if _post_after(text, x):
            continue  # 市工信局局长 李某某: a person with a post
        if _name_goes_on(text, x, hi, mentions):
            continue  # 省委|军民融合办, 中国铁路X局|集团有限公司: the head of a longer name, not its body
        seen.add(x.entity_id)
        out.append(x)
    return out


def _classes(text: str, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """The spans of the class items of the list ``text[lo:hi]`` (各有关单位, 各区人民政府…), whose
    units are no owners (see _units); memoised per text (_memo)."""
    memo = _memo(text)
    key = ("classes", lo, hi)
    got = memo.get(key)
    if got is not None:
        return got
    classes = []
    for a, b in _class_items(text, lo, hi):
        if a < 0:
            classes.append((-a, b))   # 各州、市人民政府: 市人民政府 is the class's, not one body
        elif _CLASS_ITEM.match(text, a):
            classes.append((a, b))
        elif _CLASS_TAIL.search(text, a, b):
            # 区财政局等区政府有关部门: the units before 等 are listed, the class is what follows it
            k = text.find("等", a, b)
            classes.append((k if k != -1 else a, b))
    got = memo[key] = tuple(classes)
    return got


# the rest of a list item that makes the mention before it the head of a longer name: a body's
# or a company's name ending where the item ends (省委|军民融合办, X局|集团有限公司, 市政府|督查室)
_NAME_GOES_ON = re.compile(r"(?!等|各|有关|相关|所属|直属|牵头|负责|配合|参与|协同|协助|协作|协办|主办|会办|承办|督办|经办|主责|会同|联合|分别|共同|按|依|根据|落实)"
                           r"[\u4e00-\u9fff]{1,16}?(?:公司|集团|办|局|委|厅|部|署|室|中心|委员会|总队|支队|大队)")
# a tail that joins the unit to others (及/和/与…) or names a class (各/其/所属…) is no rest of its name:
# 市科技局及各县区科技局, 市财政局和各区财政局, 市人社局及其所属单位 (review s11)
_JOINED = re.compile(r"及|和|与|以及|暨|并|或|同")
_CLASS_WORD = re.compile(r"各|其|所属|下属|有关|相关")
# where a list item ends after a mention (a bracket holds the unit's other name or mark: 市发改委（牵头）)
_ITEM_END = re.compile(r"[、，,；;。:：()（）〔〕\[\]【】\n \t\u3000]")


def _name_goes_on(text: str, x, hi: int, mentions) -> bool:
    """The list item the mention ``x`` opens goes on past it, to its end, as one longer name that
    holds no other mention: ``x`` is that name's head (省委 of 省委军民融合办) — the finder did not
    know the whole (a committee's office, a company), and the item is no owner ``x`` is."""
    if x.end >= hi or not ("\u4e00" <= text[x.end] <= "\u9fff"):
        return False
    m = _ITEM_END.search(text, x.end, hi)
    e = m.start() if m else hi
    tail = _NAME_GOES_ON.fullmatch(text, x.end, e)
    if tail is None or _JOINED.match(text, x.end, e) or _CLASS_WORD.search(text, x.end, e):
        return False   # 市科技局及各县区科技局, 市人社局及其所属单位: a unit and a class, no longer name
    return not any(x.end <= y.start < e for y in mentions)


def _list_level(text: str, lo: int, hi: int) -> str:
    """The level word a list's first item opens with when it is a city's, district's or county's
    (``市行政审批局、住建局…`` → 市), else ""."""
    while lo < hi and text[lo] in " \t\u3000":
        lo += 1
    return text[lo] if lo < hi and text[lo] in "市区县" else ""


def _province_body(x, level: str) -> bool:
    """``x`` is a city's, district's or county's unit the finder resolved to a province's body: a
    bare name (no level word of its own: 住建局, 江苏省住房和城乡建设局) in a list of the level
    ``level`` (市/区/县) — the list's later items share its first item's level, as official lists
    write them (市发改委、财政局、商务局) — or a name that opens with its own level (市发展和改革委员会
    read as 浙江省发展和改革委员会 in a text that names only its province)."""
    own = x.surface[:1]
    if own in "市区县":
        level = own
    elif own in LEVEL_CHARS or x.surface.startswith(("国家", "国务院", "中国", "中共", "全国")):
        return False
    if not level:
        return False
    name = getattr(x, "entity_id", "").partition("-")[2]
    return "省" in name and level not in name


def _only_units(text: str, lo: int, hi: int, units: list, cut: bool = False) -> bool:
    """``text[lo:hi]`` holds nothing but the units and list filler; with ``cut`` (a list the
    end of the file cuts) the last item may be an unfinished name."""
    if cut:
        last = max(text.rfind(c, lo, hi) for c in "、，,")
        if last != -1 and all(x.end <= last for x in units):
            hi = last
    # the units and the class items (区级相关部门, 各县区政府) out; filler may remain
    cut_out = [(x.start, x.end) for x in units]
    cut_out += [(abs(a), b) for a, b in _class_items(text, lo, hi)
                if a < 0 or ((_CLASS_ITEM.match(text, a) or _CLASS_TAIL.search(text, a, b)
                              or _NOT_BODY_ITEM.fullmatch(text, a, b))
                             and not any(a <= x.start < b for x in units))]
    # 省药监局 read as 药监局: the level word the name opens with is the unit's
    cut_out += [(x.start - 1, x.start) for x in units
                if x.start > lo and text[x.start - 1] in LEVEL_CHARS and (x.start - 1 == lo or text[x.start - 2] in _SEPARATORS)]
    # 义乌市财政局 read as 市财政局 of 义乌市财政局 (the finder's span left the place out): the place
    # before it is the unit's when the body it resolved to is named so
    cut_out += [(x.start - len(p), x.start) for x in units for p in (_place_left_out(text, x, lo),) if p]
    rest = text[lo:hi]
    for a, b in sorted(cut_out, key=lambda ab: -ab[0]):
        rest = rest[: a - lo] + rest[b - lo:]
    return not _FILLER.sub("", rest)


def _place_left_out(text: str, x, lo: int) -> str:
    """The place name right before the mention ``x`` that the name of the body it resolved to
    opens with (``义乌`` before ``市财政局`` → bureau-义乌市财政局), or ""."""
    name = getattr(x, "entity_id", "").partition("-")[2]
    k = len(name) - len(x.surface)
    if k <= 0 or not name.endswith(x.surface) or x.start - k < lo:
        return ""
    return name[:k] if text.startswith(name[:k], x.start - k) else ""


# a list item naming an enterprise or an institution that a list of owners may include
# (区国投公司, 市城投集团): never an owner itself, and no reason to drop the units beside it
_NOT_BODY_ITEM = re.compile(r"\s*[\u4e00-\u9fff（）()]{1,20}(?:公司|集团|银行|大学|学院|医院|协会|商会)(?:等)?\s*")


# a list item that is a place alone (越秀区, 江夏区 of ``江夏区、汉阳区人民政府``): its government
_PLACE_ITEM = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:新区|区|县)")


def _place_units(text: str, lo: int, hi: int, units: list, place_body) -> list:
    """``units`` plus the governments of the places listed alone (``配合单位：…、越秀区``;
    ``硚口区、江夏区、汉阳区人民政府``, where the suffix of the last is shared) and the
    committees of the zones listed alone (``责任单位：某某经济技术开发区``), in list order."""
    if place_body is None:
        return units
    extra = []
    for a, b in _items(text, lo, hi):
        while a < b and text[a] in " \t\u3000":
            a += 1
        if not _PLACE_ITEM.fullmatch(text, a, b) or any(a <= x.start < b for x in units):
            continue
        x = place_body(a, b)
        if x is not None and all(x.entity_id != y.entity_id for y in units + extra):
            extra.append(x)
    return sorted(units + extra, key=lambda x: x.start) if extra else units


def _annotations(text: str, lo: int, hi: int, mentions, unit, conv: Convention, place_body=None) -> list[Owner]:
    out: list[Owner] = []
    found = list(ANNOTATION.finditer(text, lo, hi))
    roles = [kind_role(a.group("kind")) for a in found]
    # 牵头单位：A；责任单位：B、C — beside a stated lead, the 责任单位 are the others (support)
    named_lead = "lead" in roles
    # 责任单位：A、B；配合单位：C — beside a list of supporting units, the responsible units all lead
    named_support = not named_lead and "support" in roles
    for a, role in zip(found, roles):
        kind = role or ("lead" if named_support else "")
        q0 = a.start()
        while text[q0].isspace():  # the match may open on the blank before a field line
            q0 += 1
        if not kind and (text.find("牵头", a.start("list"), a.end("list")) != -1
                         or text.find("负责", a.start("list"), a.end("list")) != -1):
            # 责任单位：A、B牵头；C、D等配合 (A负责，B配合) — the list says itself who leads
            close = _bracket_end(text, a.end("list"), hi)
            marked_lists = _lead_then_support(text, a.start("list"), close, mentions, unit)
            if marked_lists:
                # 责任单位：A牵头，B、C — the other units of the list support the lead, listed
                # after its clause or before it (责任单位：A、B，B牵头)
                have = {o.mention.entity_id for o in marked_lists}
                rest = [x for x in _units(text, mentions, a.start("list"), close, unit) if x.entity_id not in have]
                marked_lists += [Owner(x, "support", 0.9, (q0, close)) for x in rest]
                out += [Owner(o.mention, o.role, o.confidence, (q0, o.quote[1])) for o in marked_lists]
                continue
        ls, le = a.start("list"), a.end("list")
        if text.rfind("\n", a.start("kind"), ls) != -1:
            # 责任单位：\n市卫健委\n市医保局 — the label alone on its line, its units one per line below:
            # the list runs on over the lines that are nothing but a unit's relative name
            for v in _VALUE_LINE.finditer(text, le, hi):
                if v.start() != le:
                    break
                le = v.end("name")
        out += _list_owners(text, kind, named_lead, ls, le, hi, (q0, max(a.end(), le)),
                            mentions, unit, conv, place_body)
    return out


# a line below a label's line that is nothing but a unit's relative name (市医保局, 区财政局)
_VALUE_LINE = re.compile(r"\n[ \t\u3000]*(?P<name>[" + LEVEL_CHARS + r"][^\s:：。，,；;()（）、]{1,20}?"
                         r"(?:局|委|办|厅|院|中心|政府|管委会|委员会|办公室|分局))[ \t\u3000]*(?=\n|$)")


def _list_owners(text: str, kind: str, named_lead: bool, lo: int, hi: int, limit: int, quote: tuple[int, int],
                 mentions, unit, conv: Convention, place_body) -> list[Owner]:
    """The units of one labelled list ``text[lo:hi]`` with their roles: ``kind`` is what its
    label says (kind_role), ``named_lead`` whether another list of the item is labelled lead."""
    units = _place_units(text, lo, hi, _units(text, mentions, lo, hi, unit), place_body)
    marked = {x.entity_id for x in units if _LEAD_MARK.match(text, x.end, hi)
              or (conv.lead_mark and text.startswith(conv.lead_mark, x.end))}
    # the first listed leads — but not when the first item is a body no rule could name (义乌市人民政府
    # in a Jinhua list): the second listed is no lead then, only the first stays unknown
    first_unknown = bool(units) and _unnamed_first(text, lo, hi, units)
    # 市发改委、市人力社保局配合落实: the list gives every unit one role (and states no lead)
    one_role = bool(units) and not marked and kind != "lead" and text.find("牵头", lo, hi) == -1 \
        and _ONE_ROLE_END.fullmatch(text, units[-1].end, hi) is not None
    # （责任单位：A、B，按职责分工负责）: the duty phrase closes the list, every unit co-responsible
    # (asked once, and only of a list the order convention would read)
    by_order = bool(units) and not marked and not one_role and kind == "" and not named_lead and conv.first_leads
    duty_closes = by_order and (_duty_after(text, units[-1].end, limit)
                                or (not conv.stated and _duty_closes_list(text, units[-1].end, hi)))
    out = []
    for k, x in enumerate(units):
        if marked and kind != "support":  # the list marks its lead
            role, conf = ("lead", 1.0) if x.entity_id in marked else ("support", 0.95)
        elif kind == "support" or (named_lead and kind != "lead") or one_role:
            role, conf = "support", 0.95
        elif kind == "lead":
            role, conf = "lead", 1.0
        elif not conv.first_leads:  # 责任单位, lists in no order
            role, conf = "lead", 0.95
        elif duty_closes:
            role, conf = "lead", 0.95
        else:  # 责任单位: the first listed unit leads
            role, conf = ("lead", 1.0 if conv.stated else 0.95) if k == 0 and not first_unknown else ("support", 0.9)
        out.append(Owner(x, role, conf, quote))
    return out


def _unnamed_first(text: str, lo: int, hi: int, units: list) -> bool:
    """The first item of the list ``text[lo:hi]`` is shaped like a body's name but holds none of
    ``units`` (a body the finder does not know)."""
    for a, b in _items(text, lo, hi):
        while a < b and text[a] in " \t\u3000":
            a += 1
        if a == b:
            continue
        if any(x.start < b and a < x.end for x in units) or _CLASS_ITEM.match(text, a) or _CLASS_TAIL.search(text, a, b):
            return False
        level = _LEVEL_WORD.match(text, a, b)
        if level is not None and not place_stem(level.group(1)):
            return False   # 设区市人民政府, 县级市卫生健康委, 所在市人民政府: a class of places' bodies
        return bool(_BODY_SHAPED.fullmatch(text, a, b) or _GOVERNMENT_ITEM.fullmatch(text, a, b))
    return False


# a government's name (义乌市人民政府, 某某县政府): _BODY_SHAPED ends in a department's suffix; it
# names a place (a stem + its level), not a class of places (当地政府, 属地政府)
_GOVERNMENT_ITEM = re.compile(r"[\u4e00-\u9fff]{1,12}(?:市|县|区|州|旗|盟)(?:人民政府|政府)")
# the words before an item's first level character (设区|市…, 县级|市…, 义乌|市…)
_LEVEL_WORD = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:市|县|区|州|旗|盟)")


def cell_owners(text: str, cells: list[tuple[str, int, int]], mentions: list, unit, conv: Convention = Convention(),
                place_body=None) -> list[Owner]:
    """Owners in the owner cells of a table row: ``cells`` holds (role its column's label
    states — kind_role —, start, end) per owner column; each cell is read as a labelled list
    and quoted alone."""
    named_lead = any(role == "lead" for role, _, _ in cells)
    # 主要责任单位 | 协同配合单位: beside a column of supporting units, the responsible column lists leads
    named_support = any(role == "support" for role, a, b in cells)
    out: list[Owner] = []
    for role, a, b in cells:
        if a < b:
            role = "lead" if not role and named_support and not named_lead else role
            out += _list_owners(text, role, named_lead, a, b, b, (a, b), [x for x in mentions if a <= x.start and x.end <= b],
                                unit, conv, place_body)
    return _dedup(out)


# a class listed last with 、 (…A、B、各区政府按职责分工负责) is one more item of the list: the
# phrase still closes the whole list (after ，, the class's own clause, as below)
_DUTY_TAIL = re.compile(r"(?:、[ \t\u3000]*(?:各|有关|相关|其他|其它)(?:[^。；;，,、()（）\n]|[(（][^()（）\n]{1,10}[)）]){0,24}?)?"
                        r"[，,、\s(（]*" + _DUTY_PHRASE)


def _duty_after(text: str, pos: int, hi: int) -> bool:
    """``…A、B按职责分工负责`` / ``…A、B（按职责分工负责）``: the duty phrase right after the
    last listed unit makes every listed unit co-responsible, also after a class listed last
    with 、 (``…A、B、各旗县人民政府按职责分工落实``); after a class set off by ，— ``…，各区政府按职责
    分工负责`` — it is the class's own clause."""
    return bool(_DUTY_TAIL.match(text, pos, hi))


# a list item that names no unit: a class, an enterprise or institution, the governments of several
# places (四市人民政府, 两区政府)
_SEVERAL_GOVERNMENTS = re.compile(r"[ \t\u3000]*[两二三四五六七八九十\d]{1,2}个?(?:县级市|自治州|自治县|[市州县区旗盟])"
                                  r"(?:人民政府|政府|行政公署)(?:等)?[ \t\u3000]*")
_DUTY_IN_ITEM = re.compile(r"(?:等(?:有关|相关)?(?:部门|单位)?)?(?:分别|共同)?" + _DUTY_PHRASE)


def _duty_closes_list(text: str, pos: int, hi: int) -> bool:
    """The items of a labelled list after its last unit (``text[pos:hi]``), set off by ，or 、, name
    no unit — a class, a company, the governments of several places — and the last of them closes
    with the duty phrase (``责任单位：A、B，C集团有限公司，四市人民政府按职责分工负责``): the phrase
    closes the whole list, every unit co-responsible (README: …按职责分工负责 → every listed unit
    leads). An item naming anything else (a body the finder does not know) decides nothing."""
    for a, b in _items(text, pos, hi, _PUNCT_ITEM_CHAR):
        duty = _DUTY_IN_ITEM.search(text, a, b)
        e = duty.start() if duty is not None else b
        a, e = strip_span(text, a, e)
        if a < e and not (_CLASS_ITEM.match(text, a, e) or _CLASS_TAIL.search(text, a, e)
                          or _NOT_BODY_ITEM.fullmatch(text, a, e) or _SEVERAL_GOVERNMENTS.fullmatch(text, a, e)):
            return False
        if duty is not None:
            return True
    return False


def leading_units(text: str, pos: int, hi: int, by_start: dict, unit, seps: str = "、和及与",
                  institutions: bool = False) -> tuple[list, int]:
    """The units a clause opens with at ``pos`` (``A、B和C``; blanks after a separator too:
    ``A、 B``), and where they end. ``seps``: what may part two units. ``institutions``: an
    institution the finder named (a hospital, a university, a company: an ``Organization``) may
    stand among the units as an item of its own (市卫健委、市人民医院提出…) — it does the work beside
    them: passed over, never one of them (a list of nothing but institutions has no units)."""
    units = []
    while pos < hi and text[pos] in " \t\u3000":
        pos += 1
    while True:
        x = by_start.get(pos)
        if x is not None and unit(_real(x)) and not _post_after(text, x):
            units.append(x)
            pos = x.end
        elif institutions and x is not None and getattr(_real(x), "label", "") == "Organization":
            pos = x.end   # (where the caller looks for the verb when the list ends here)
        else:
            break
        if pos < hi and text[pos] in seps:
            nxt = pos + 1
            while nxt < hi and text[nxt] in " \t\u3000":
                nxt += 1
            if by_start.get(nxt) is not None:
                pos = nxt
                continue
        break
    return units, pos


def _subjects(text: str, lo: int, hi: int, mentions, unit, you, heading_end: int | None) -> list[Owner]:
    """Bodies that open the item's own sentence as its subject (``X要…``, ``X负责…``,
    ``X会同Y…``) — its first sentence, or the first after a heading (``三、加强督导。市发展
    改革委负责…``); a body named as subject further on (``…。国务院办公厅将对…进行抽查``) is
    an actor of one step, not the item's owner — and agents of ``由X…`` (``由你委严格审定``,
    ``坐标由A、B负责发布``) unless X only qualifies a noun (``由X牵头的机制``)."""
    by_start = {x.start: x for x in mentions}
    if you:  # 你委 / 你省 stand for an addressee
        for m in _YOU.finditer(text, lo, hi):
            x = _you(m.group("suffix"), you)
            if x is not None:
                by_start[m.start()] = _Alias(x, m.start(), m.end())
    out: list[Owner] = []
    # sentence subjects
    for s in sentence_starts(text, lo, hi, heading_end):
        units, end = leading_units(text, s, hi, by_start, unit, institutions=True)
        timed = False
        if not units:
            # 围绕《方案》的推进实施，市政府督考办要…: an adverbial clause (围绕/按照/根据…，) may come
            # before the sentence's subject; a time (2020年，/ 下一步，) may come first, then one
            # clause (2020年，根据…要求，A…) — past a time only a department's name reads as the
            # subject (as in prose_owners: 2019年，海淀区… says where more often than who)
            p = s
            for _ in range(2):
                lead_in = _LEAD_IN_CLAUSE.match(text, p, hi)
                if lead_in is None:
                    lead_in = _INTRO_TIME.match(text, p, hi)
                    timed = timed or lead_in is not None
                if lead_in is None or lead_in.end() == p:
                    break
                p = lead_in.end()
                units, end = leading_units(text, p, hi, by_start, unit, institutions=True)
                if units:
                    break
        by_name = all(getattr(x, "label", "") == "Bureau" for x in units)
        asked = None if units else _REQUEST.match(text, s, hi)
        if asked:
            # 望你市…, 请市科技局…: the body a request opens with is asked to act — it owns the item
            units, end = leading_units(text, asked.end(), hi, by_start, unit)
            if units and not _REQUEST_OBJECT.match(text, end, hi):
                e = _sentence_end(text, end, hi)
                out += [Owner(_real(x), "lead", 0.85, (asked.start(), e)) for x in units]
            continue
        if units and text.startswith("等", end):
            etc = _ETC_CLASS.match(text, end, hi)   # 市发展改革委等部门要…: the class after 等 names nobody
            end = etc.end() if etc else end
        if not units or (timed and not by_name) or _PAST_APPROVAL.match(text, end, hi) \
                or not (_SUBJECT_VERB.match(text, end, hi) or (by_name and _DONE_VERB.match(text, end, hi))):
            continue
        e = _sentence_end(text, end, hi)
        helps = _HELPS.match(text, end, hi)
        if helps is not None:
            # A将积极配合B…: the work is B's — B leads, A supports (nothing when B is no named body)
            helped, _ = leading_units(text, helps.end(), hi, by_start, unit)
            if helped:
                q = (s if text[s] not in " \t\u3000" else units[0].start, e)
                out += [Owner(_real(x), "lead", 0.85, q) for x in helped]
                out += [Owner(_real(x), "support", 0.85, q) for x in units]
            continue
        out += [Owner(_real(x), "lead", 0.85, (s if text[s] not in " \t\u3000" else x.start, e)) for x in units]
        with_ = WITH_OTHERS.match(text, end, hi)
        if with_ is not None:
            # A会同B… / A将会同B… / A要联合B…: A leads, the units it works with support
            sup, sup_end = leading_units(text, with_.end(), hi, by_start, unit, "、和及与，,")
            e = max(e, _sentence_end(text, sup_end, hi)) if sup else e
            out += [Owner(_real(x), "support", 0.85, (units[0].start, e)) for x in sup]
    # 由X… (not 由X认定的…, an attribute)
    i = text.find(_AGENT, lo, hi)
    while i != -1:
        units, end = leading_units(text, i + 1, hi, by_start, unit)
        jointly = WITH_OTHERS.match(text, end, hi) if units else None
        if jointly is not None:
            # 由A会同B负责… / 由A牵头，会同B、C…: A leads, B supports (as for the subject A会同B…)
            sup, sup_end = leading_units(text, jointly.end(), hi, by_start, unit, "、和及与，,")
            e = _sentence_end(text, sup_end, hi)
            if sup and not _ATTRIBUTE.match(text, end, e) and text.find("的", sup_end, e) == -1 \
                    and not _issued(text, i, sup_end, e):
                out += [Owner(_real(x), "lead", 0.85, (i, e)) for x in units]
                out += [Owner(_real(x), "support", 0.85, (i, e)) for x in sup]
                i = text.find(_AGENT, i + 1, hi)
                continue
            if sup:
                # 建立由A牵头，会同B的联席会议制度: the whole 由… qualifies a noun, it names no owner
                i = text.find(_AGENT, i + 1, hi)
                continue
        agents = _AGENT_LIST.match(text, i + 1, hi)
        if agents is not None and jointly is None:
            # (由A会同B、C负责 with B unknown: A会同B is no item of a list of agents)
            # 由A、B、C负责…: a list of bodies, some of them perhaps unknown (a former ministry)
            listed = [x for x in mentions if agents.start(1) <= x.start and x.end <= agents.end(1) and unit(x)
                      and not _post_after(text, x)]
            if len(listed) > len(units) and _only_bodies(text, agents.start(1), agents.end(1), listed):
                units, end = listed, agents.end(1)
        if units:
            e = _sentence_end(text, end, hi)
            # 由X…的Y (建立由X牵头的机制, 由X认定的企业): X qualifies a noun, it owns nothing; nor does
            # X whose post follows it (成立由市政府主要领导为组长的领导小组: a person chairs)
            # nor X that issued or approved a document (已由市政府印发实施): how the document came
            # out, not who carries the item
            if not _ATTRIBUTE.match(text, end, e) and not _POST.match(text, end) and not _LEADER.match(text, end) \
                    and not _issued(text, i, end, e):
                out += [Owner(_real(x), "lead", 0.85, (i, e)) for x in units]
        i = text.find(_AGENT, i + 1, hi)
    return out


# a document's issuing or approval, done: 已由市政府印发实施, 已由省政府批准 — X issued or approved a
# document, it does not carry the item (由X批准 alone states X's duty: 由县卫生局批准, 由X初审后;
# 由X负责发布 X's work)
_ISSUED_VERB = re.compile(r"[ \t\u3000]*(?:联合|正式|统一|审议)?(?:印发|发布|公布|颁布|批准|批复|同意|通过)")


# A已批复…方案 / A已经印发…: an approval or an issuing already given — how a document came out, not
# work A carries (A已建成… / A已经完成… are)
_PAST_APPROVAL = re.compile(r"[ \t\u3000]*已经?" + _ISSUED_VERB.pattern)


def _issued(text: str, agent: int, pos: int, hi: int) -> bool:
    """``已由X印发…`` (``由`` at ``agent``, X ending at ``pos``): how a document came out."""
    return text[agent - 1:agent] == "已" and _ISSUED_VERB.match(text, pos, hi) is not None


# the class a subject's list closes with (市发展改革委等部门要…, A、B等有关单位负责…)
_ETC_CLASS = re.compile(r"等(?:有关|相关|其他|其它)?(?:部门|单位)")
# an adverbial clause that opens a sentence before its subject (围绕…，/ 按照…要求，/ 为…，)
_LEAD_IN_CLAUSE = re.compile(r"[ \t\u3000]*(?:(?:围绕|按照|依照|根据|依据|结合|针对|对照|为了|为|对于)[^，,。；;：:！？\n]{1,40}"
                             # a time clause (企业完成攻关任务后（原则上三年内），A将…; 每年年底前，A…)
                             r"|[^，,。；;：:！？\n]{2,30}(?:之后|以后|后|之前|以前|前|以来)(?:[(（][^()（）\n]{1,30}[)）])?"
                             r")[，,][ \t\u3000]*")
# 由A、B、C负责/牵头: the agents listed before the verb
_AGENT_LIST = re.compile(r"([^，,。；;：:()（）\n]{2,80}?)(?:牵头负责|负责|牵头)")
# (people's organisations listed among owners, by their spelled-out endings: 市残联, 市总工会,
# 市科协, 市红十字会; a bare 会/联/协 also ends 推进会, 博览会, 座谈会, which are no bodies)
_BODY_SHAPED = re.compile(r"[\u4e00-\u9fff]{2,14}(?:部|局|委|厅|办|署|院|委员会|办公室|办公厅|管委会"
                          r"|联合会|工会|妇联|残联|科协|工商联|侨联|文联|社科联|协会|红十字会|爱卫会)"
                          # the two-character short names of a list's later items (省发改委、农委、金融办,
                          # 侨办, 编办): one character and the unit's suffix, not a pronoun (本局, 我委, 该办)
                          r"|(?![本我该此其你贵各全两])[\u4e00-\u9fff](?:委|办|局|厅)")


def _only_bodies(text: str, lo: int, hi: int, units: list) -> bool:
    """Every item of the list ``text[lo:hi]`` is a unit or shaped like a body's name."""
    for a, b in _items(text, lo, hi):
        if any(a <= x.start and x.end <= b for x in units):
            continue
        if not _BODY_SHAPED.fullmatch(text, a, b):
            return False
    return True


def _sentence_end(text: str, pos: int, hi: int) -> int:
    ends = [j for j in (text.find(c, pos, hi) for c in "。；;，,\n") if j != -1]
    return min(ends) if ends else hi


@dataclass(frozen=True, slots=True)
class _Alias:
    """你委: stands for the addressee mention at this place of the text."""
    target: object
    start: int
    end: int


def _real(x):
    return x.target if isinstance(x, _Alias) else x



def sentence_starts(text: str, lo: int, hi: int, heading_end: int | None) -> list[int]:
    """Where an item's first sentence starts, and the first after its heading: the two places a
    sentence subject (the unit that does the item) stands. Shared with prose_owners."""
    out = [lo]
    if heading_end is not None and lo < heading_end < hi:
        after = heading_end
        while after < hi and text[after] in "。；;！？ \t\u3000\n":
            after += 1
        out.append(after)
    return out

def owners(text: str, lo: int, hi: int, mentions: list, unit, conv: Convention = Convention(),
           you: list | None = None, heading_end: int | None = None, place_body=None) -> list[Owner]:
    """Owners stated in text[lo:hi]. ``mentions``: the mentions inside (sorted by start);
    ``unit(m)``: True for a mention that can own a measure (a body, or a place standing for
    its government); ``you``: the addressees (see ``addressees``) that 你委/你省 refer to;
    ``heading_end``: where the item's heading ends (its subject may open the next sentence);
    ``place_body(start, end)``: the government mention of a place an annotation lists alone
    (越秀区), or None. ``unit.labels`` (optional): labels that every mention ``unit`` accepts has
    (an item with no mention of them skips the rules that need one)."""
    if text.find("单位", lo, hi) != -1 or text.find("部门", lo, hi) != -1 or text.find("责任主体", lo, hi) != -1 \
            or text.find("机关", lo, hi) != -1 \
            or SHORT_KIND.search(text, lo, hi):
        out = _annotations(text, lo, hi, mentions, unit, conv, place_body) or _role_is(text, lo, hi, mentions, unit, conv)
        if out:
            return out
    if conv.cell_columns:
        out = cell_lines(text, lo, hi, mentions, unit, conv.cell_columns, spaced=conv.cell_spaced,
                         before=conv.cell_before, after=conv.cell_after)
        if out:
            return out
    labels = getattr(unit, "labels", None)
    if labels is not None and not you and not any(map(labels.__contains__, map(_LABEL, mentions))):
        # ``unit`` declares the labels of every mention it accepts and none of the item's mentions
        # has one (nor does 你委 stand for an addressee): every rule below needs a unit among the
        # mentions (notes, lead clauses, duty and bare lists, list lines, subjects) and finds none
        return []
    notes = _bracket_notes(text, lo, hi, mentions, unit, conv)
    if len(notes) >= 1:
        # several owner notes in one item (…信息。（A、B。）推进…。（C牵头，D负责落实）): their union
        return _dedup([o for note in notes for o in note])
    out = []
    if text.find("牵头", lo, hi) != -1 or _ROLE_VERBS.search(text, lo, hi):
        out = _lead_then_support(text, lo, hi, mentions, unit)
        if out:
            return out
    if text.find("负责", lo, hi) != -1 or text.find("落实", lo, hi) != -1 or text.find("职责", lo, hi) != -1:
        for a in DUTY.finditer(text, lo, hi):
            s_ = _comma_items_before(text, a.start("list"), lo, mentions, unit)
            idx = _units(text, mentions, s_, a.end("list"), unit)
            if idx and _only_units(text, s_, a.end("list"), idx):
                out += [Owner(x, "lead", 0.9, (s_, a.end())) for x in idx]
        out += _duty_lists(text, lo, hi, mentions, unit, conv)
        end = _DUTY_SENTENCE.search(text, lo, hi) if not out else None
        if end is not None and (not text[end.end():hi].strip() or _only_fields(text, end.end(), hi)):
            # the item closes with a sentence of its owners: 市发展改革委、市财政局负责。 (perhaps
            # with field lines after it: 责任领导：…, 完成时限：…)
            s_, e_ = end.start("list"), end.end("list")
            s_ = _comma_items_before(text, s_, lo, mentions, unit)   # 市科技局，市财政局负责。
            units = _units(text, mentions, s_, e_, unit)
            if units and _only_units(text, s_, e_, units):
                out = [Owner(x, "lead", 0.9, (s_, end.end("duty"))) for x in units]
        if out:
            return _dedup(out)
    # a bare list closes the item, or its first line when paragraphs follow (1.建设平台（A、B）\n…)
    first_line = text.find("\n", lo, hi)
    ends = [hi] + ([first_line] if first_line != -1 and text[first_line:hi].strip() else [])
    for a in (a for e in ends for a in BARE_LIST.finditer(text, lo, e)):
        if out:
            break
        closed = any(c in ")）" for c in text[a.end("list"):a.end()])
        cut = not closed and a.end("list") >= _text_end(text)  # the file ends inside the list
        if not closed and not cut:
            continue
        units = _units(text, mentions, a.start("list"), a.end("list"), unit)
        if units and not _only_units(text, a.start("list"), a.end("list"), units, cut=cut) and a.group("duty") \
                and _only_bodies(text, a.start("list"), a.end("list"), units):
            # （A、B、某某部卫生局负责）: a body the finder does not know (or reads only in part)
            # does not hide the others; only units that are a whole item of the list are kept
            items = _items(text, a.start("list"), a.end("list"))
            units = [x for x in units if (x.start, x.end) in items]
        if units and (_only_units(text, a.start("list"), a.end("list"), units, cut=cut)
                      or (a.group("duty") and _only_bodies(text, a.start("list"), a.end("list"), units))):
            for k, x in enumerate(units):
                # （A、B负责）: all co-responsible, unless the document states that the first
                # listed leads (（A、B负责。列第一位者为牵头部门…）)
                lead = k == 0 or not conv.first_leads or (bool(a.group("duty") or (cut and conv.duty_lists))
                                                          and not conv.stated)
                out.append(Owner(x, "lead" if lead else "support", 0.9 if lead else 0.85, a.span("list")))
    if out:
        return out
    if text.find("\n", lo, hi) != -1:
        out = _list_line(text, lo, hi, mentions, unit, conv)
        if out:
            return out
    if heading_end is not None and lo < heading_end <= hi:
        # an item headed by nothing but units (（一）区民政局 then 1.负责… 2.负责…): a division of
        # duties by unit, the item is the unit's list — it leads. Bodies named as bodies only: a
        # place alone heading a group (（一）海淀区 / 1.建设中关村生命科学园三期) says where, not who
        units, end = leading_units(text, lo, heading_end, {x.start: x for x in mentions}, unit)
        if units and all(x.label == "Bureau" for x in units) and not text[end:heading_end].strip(" \t\u3000:：。"):
            return [Owner(_real(x), "lead", 0.85, (units[0].start, end)) for x in units]
    return _dedup(_subjects(text, lo, hi, mentions, unit, you, heading_end))


# a line that may be a bare list of owners: no sentence or label punctuation, no bracket
_LIST_LINE = re.compile(r"(?:[^。；;：:！？!?()（）\n]|[(（][^()（）\n]{1,6}[)）]){2,200}")
# a signature's date line (2025年3月18日), after which a line of bodies is the signature
_DATE_LINE = re.compile(r"[ \t\u3000]*(?:\d{4}|[一二〇○零]{4})[ \t\u3000]*年[ \t\u3000]*[\d一二三四五六七八九十]{1,3}[ \t\u3000]*月")


# (tables.py cuts a one-cell-per-line table's cell there too)
OTHER_FIELD_LABEL = re.compile(_OTHER_FIELD)


def _next_line(text: str, pos: int) -> int:
    """Where the first non-blank line after ``pos`` (a line's end) starts; len(text) at the end."""
    while pos < len(text) and text[pos] in " \t\u3000\r\n":
        pos += 1
    return text.rfind("\n", 0, pos) + 1 if pos < len(text) else len(text)


def _list_line(text: str, lo: int, hi: int, mentions, unit, conv: Convention) -> list[Owner]:
    """A line that is nothing but a list of bodies right after the item's prose (``…审批时限。``
    then ``市科技局、市工信局、市卫健委``): the item's owners stated bare, the first leading as
    in a 责任单位 list (every unit leads in a document whose lists are in no order). Precision:
    only a line after a line the item's prose closes (。；）), holding nothing but units and list
    filler; a single unit only when a numbered item follows (a joint signature's line is one
    body, and a line of two or more is a signature when a date follows it)."""
    pos = text.find("\n", lo, hi)
    while pos != -1 and pos < hi:
        ls = pos + 1
        le = text.find("\n", ls, hi)
        le = hi if le == -1 else le
        a, b = strip_span(text, ls, le, " \t\u3000\r")
        if a < b:
            glued = OTHER_FIELD_LABEL.search(text, a, b)   # a contact field the reader joined to the line
            b = glued.start() if glued else b
            pe = pos
            while pe > 0 and text[pe - 1] in " \t\u3000\r\n":
                pe -= 1
            if pe == 0 or text[pe - 1] not in "。；;)）":
                return []   # the line before is not closed prose: a heading's or a list's line
            if not _LIST_LINE.fullmatch(text, a, b):
                pos = le if le < hi else -1
                continue
            units = _units(text, mentions, a, b, unit)
            if not units or not _only_units(text, a, b, units):
                pos = le if le < hi else -1
                continue
            nxt = _next_line(text, le)
            if _DATE_LINE.match(text, nxt) or (len(units) == 1 and (nxt >= len(text) or marker_rank(text, nxt) is None)):
                return []
            return [Owner(x, "lead" if k == 0 or not conv.first_leads else "support", 0.85 if k == 0 else 0.8, (a, b))
                    for k, x in enumerate(units)]
        pos = le if le < hi else -1
    return []


# an owner note in brackets: its list, perhaps closed by 。 inside the bracket (（A、B、C。）), then
# the bracket's close — or the end of the file (a list the excerpt cuts)
_NOTE = re.compile(r"[(（](?P<list>(?:[^()（）\n]|[(（][^()（）\n]{1,10}[)）]){2,200}?)[ \t\u3000]*[。；;]?[ \t\u3000]*(?:[)）]|$)"
                   # a square-bracketed note, perhaps round the other name of a unit ([区发展改革委(粮食和储备
                   # 局)负责], 〔市发展改革委（市粮食局）负责〕: the nesting official texts write), perhaps cut
                   r"|[【\[［〔](?P<list2>(?:[^【】\[\]［］〔〕()（）\n]|[(（][^()（）\n]{1,10}[)）]){2,160}?)[ \t\u3000]*[。；;]?"
                   r"[ \t\u3000]*(?:[】\]］〕]|$)")
# what closes a note's list: a class (等有关部门), 分别/共同, the units' duty — in a list the end of
# the file cuts, perhaps only the first characters of it (负责落…, 牵…)
_NOTE_TAIL = re.compile(r"(?:等(?:有关|相关)?(?:部门|单位))?(?:分别|共同|具体)?"
                        r"(?:(?P<duty>牵头负责|负责落实|牵头落实|负责|落实|牵头)(?:[。；;，,][^()（）\n]{0,80})?)?[ \t\u3000]*$")
_CUT_DUTY = re.compile(r"(?:等(?:有关|相关)?(?:部门|单位)?|等有?相?|分别?|共同?)?(?P<duty>负责落|牵头负|负责?|牵头?|落)?[ \t\u3000]*$")
# where a note stands: at a sentence's edge, not an aside inside it (市发展改革委（粮食局）). At a
# clause's edge (a comma before or after it) only a note that states its units' duty (（A负责），
# （A牵头，B配合）): a bare list there (按照国家要求（国家卫生健康委、国家医保局），做好…; 建立联席会议
# 制度（A、B为成员单位），每季度召开) names its clause's sources or members, not the item's owners
_NOTE_BEFORE = "。；;！？\n"
# (or where an item's heading ends at its colon: 1.医联体建设（A、B）：年内…)
_NOTE_AFTER = re.compile(r"[ \t\u3000]*(?:[。；;！？\n:：]|$)")
_CLAUSE_BEFORE = "，,"
_CLAUSE_AFTER = re.compile(r"[ \t\u3000]*[，,]")


# an institution of a government named by its level (区城管指挥中心, 市政务服务中心)
_LOCAL_CENTRE = re.compile(r"[ \t\u3000]*[省市区县州旗][\u4e00-\u9fff]{2,12}中心[ \t\u3000]*")


# the unit's other name in brackets right after it (发展改革委(粮食和储备局), 商务局（市粮食局）)
_UNIT_OTHER_NAME = re.compile(r"[(（][^()（）\n、，,。；;]{1,12}[)）]")


def _whole_unit(text: str, a: int, b: int, units: list) -> bool:
    """``text[a:b]`` (a list item, blanks around it allowed) is one of ``units`` and nothing else
    (the level word it opens with aside: 省药监局 read as 药监局; its other name in brackets after
    it: 区发展改革委(粮食和储备局) is that one unit)."""
    a, b = strip_span(text, a, b)
    return any((x.start == a or (x.start == a + 1 and text[a] in LEVEL_CHARS)
                or (x.start > a and x.start - len(_place_left_out(text, x, a)) == a))
               and (x.end == b or (text[b - 1] in ")）" and _UNIT_OTHER_NAME.fullmatch(text, x.end, b) is not None))
               for x in units)


def _listed(text: str, lo: int, hi: int, units: list, cut: bool = False) -> list:
    """The units of the list ``text[lo:hi]`` when it is a list of bodies: ``units`` when it holds
    nothing but them and filler; else, when every item is a unit or shaped like a body's name,
    the units that are a whole item — a body the finder does not know (区城管指挥中心, 福建出入境
    检验检疫局) or reads in pieces (规划国土委|海淀分局) does not hide the others; else []."""
    if not units or _only_units(text, lo, hi, units, cut=cut):
        return units
    items = _items(text, lo, hi)
    if cut and items and not any(x.start >= items[-1][0] for x in units):
        items = items[:-1]   # the unfinished last name
    # the last item may close the list with 等 (…、公安部、侨办等按职责分工负责)
    items = [(a, b - 1) if b - a > 2 and text[b - 1] == "等" else (a, b) for a, b in items]
    if not all(_whole_unit(text, a, b, units) or _BODY_SHAPED.fullmatch(text, a, b)
               or _LOCAL_CENTRE.fullmatch(text, a, b) for a, b in items):
        return []
    return [x for x in units if any(_whole_unit(text, a, b, [x]) for a, b in items)]


# the citation an owner note of a policy list opens with: document numbers (皖发〔2021〕9号, also
# with the year's closing bracket lost in copying: 皖发〔20219号) or titles in 《》, perhaps after
# 依据/根据/政策依据：, then the clause's separator
_CITED_FIRST = re.compile(r"[ \t\u3000]*(?:(?:政策)?(?:依据|根据|来源|出处)[:：]?[ \t\u3000]*)?"
                          r"(?:(?:[\u4e00-\u9fff]{1,10}[〔\[［【(（][ \t\u3000]*(?:19|20)\d{2}[ \t\u3000]*[〕\]］】)）]?[ \t\u3000]*\d{1,4}[ \t\u3000]*号"
                          r"|《[^《》()（）\n]{2,80}》)[、，,和及 \t\u3000]*)+[，,；;][ \t\u3000]*")


# the time a note closes with, after its units: ，2031年底前完成 / ；完成时限：2031年6月 / ，长期坚持 / ，每年
# (a time and a completion word only: （市财政局，2031年安排资金500万元） states money, its unit is no
# owner list — the old tail took any 16 characters after 年)
_WHEN = (r"(?:(?:19|20)\d{2}[ \t\u3000]*年(?:[底末初中内]|[上下]半年|\d{1,2}[ \t\u3000]*月(?:[底末份中]|\d{1,2}[ \t\u3000]*日)?)?"
         r"|长期|持续|常态化|每年|年内|年底|年末|[上下]半年|\d{1,2}[ \t\u3000]*月(?:[底末份中]|\d{1,2}[ \t\u3000]*日)?)")
_TIME_REMARK = re.compile(r"[，,；;][ \t\u3000]*(?:(?:完成)?(?:时限|时间)[ \t\u3000]*[:：]?[ \t\u3000]*)?"
                          r"(?:(?:19|20)\d{2}[ \t\u3000]*年?[ \t\u3000]*[—\-－~～至到][ \t\u3000]*)?"   # (2031—2032年)
                          + _WHEN + r"(?:[—\-－~～至到][ \t\u3000]*" + _WHEN + r")?(?:前|以前|之前|起|开始)?"
                          r"(?:完成|启动|建成|实现|见效|开工|投用|落实|推进|开展|实施|坚持|推动|办结|出台|基本完成|全面完成){0,2}"
                          r"[ \t\u3000。；;]*$")


_NOTE_OPEN = re.compile(r"[(（【\[［〔]")   # every _NOTE opens with one of these
def _text_end(text: str) -> int:
    """``len(text.rstrip())``, once per text (a copy of the whole text per item was the cost)."""
    memo = _memo(text)
    n = memo.get("text_end")
    if n is None:
        n = memo["text_end"] = len(text.rstrip())
    return n


def _bracket_notes(text: str, lo: int, hi: int, mentions, unit, conv: Convention) -> list[list[Owner]]:
    """The owner notes in brackets anywhere in the item ``text[lo:hi]``, each read on its own:
    ``（A牵头，B配合）`` (and ``（A牵头，相关单位负责落实）``: the class names nobody), a list with
    its duty word ``（A、B分别负责落实）`` (all co-responsible unless the document states that the
    first leads), a bare list ``（A、B、C。）`` (the first leads). A note stands at a sentence's or
    clause's edge, holds nothing but units, and may be the list the end of the file cuts (its
    duty word cut too: ``（A、B等相关部门负责落``). Work-point documents close each sentence of
    an item with one; every note's units own the item."""
    if _NOTE_OPEN.search(text, lo, hi) is None:
        return []
    end_of_file = _text_end(text)
    ends = {x.end for x in mentions}
    out: list[list[Owner]] = []
    duty_seen = False
    for a in _NOTE.finditer(text, lo, hi):
        s, e = a.span("list") if a.group("list") is not None else a.span("list2")
        # a policy list's note names the entry's source document before its owners
        # (（皖发〔2021〕9号，省经济和信息化厅等负责）, （依据《X办法》；A、B负责）): the owners are
        # what follows the citation, and only with their duty word
        cited = _CITED_FIRST.match(text, s, e) if ("号" in text[s:e] or "》" in text[s:e]) else None
        if cited is not None:
            s = cited.end()
        closed = a.end() > 0 and text[a.end() - 1] in ")）】]］〕"
        cut = not closed and e >= end_of_file
        if not closed and not cut:
            continue
        after = _NOTE_AFTER.match(text, a.end(), hi)
        sentence_edge = cut or a.start() <= lo or text[a.start() - 1] in _NOTE_BEFORE or after is not None
        # at a heading's colon only a note that is nothing but units (and their duty) — 建立联席
        # 会议制度（A、B为成员单位）：… names the meeting's members, not the item's owners
        colon_only = (after is not None and after.group().strip() in (":", "：")
                      and not (cut or a.start() <= lo or text[a.start() - 1] in _NOTE_BEFORE))
        clause_edge = not sentence_edge and (text[a.start() - 1] in _CLAUSE_BEFORE
                                             or _CLAUSE_AFTER.match(text, a.end(), hi) is not None)
        if a.start() in ends or not (sentence_edge or clause_edge):
            continue   # an aside (another name of the unit before it), not a note
        units = _units(text, mentions, s, e, unit)
        if not units:
            continue
        if closed and any(c in text[units[-1].end:e] for c in "年月期续态"):
            # （A、B，2031年底前完成）/ （A牵头，B配合；持续推进）: the time the note closes with is no unit
            when = _TIME_REMARK.search(text, units[-1].end, e)
            if when is not None:
                e = when.start()
        if colon_only and _NOTE_TAIL.match(text, units[-1].end, e) is None:
            continue
        found = _lead_then_support(text, s, a.end(), mentions, unit) if closed else []
        if found:
            out.append(found)
            continue
        role = _ONE_ROLE_END.search(text, units[-1].end, e) if closed and text.find("牵头", s, e) == -1 else None
        if role is not None and role.end() == e:
            # （A、B、C配合落实）, （A、B参与）: every listed unit supports
            listed = _listed(text, s, role.start(), units)
            if listed:
                out.append([Owner(x, "support", 0.85, (s, role.end())) for x in listed])
            continue
        tail = (_CUT_DUTY if cut else _NOTE_TAIL).search(text, max(units[-1].end, s), e)
        t = tail.start() if tail is not None else e
        duty = bool(tail is not None and tail.group("duty"))
        if not duty and (cited is not None or not sentence_edge):
            continue   # a bare list at a clause's edge: the clause's sources or members; after a
            # citation, bodies with no duty word are the cited text's issuers
        units = _listed(text, s, t, units, cut)
        if not units:
            continue
        duty_seen = duty_seen or duty
        q = (s, tail.end("duty") if duty else e)   # the list and its duty word, not a remark after it
        note = []
        # units whose role the note marks in brackets after them (（A（牵头）、B（配合）负责）: the brackets are
        # no other names): a marked lead leads, the others support (review s12)
        led = {x.start for x in units if _LEAD_MARK.match(text, x.end, e)}
        backs = {x.start for x in units if _SUPPORT_MARK.match(text, x.end, e)}
        for k, x in enumerate(units):
            # a list the end of the file cuts reads like the item's (or the document's) other lists
            lead = k == 0 or not conv.first_leads or ((duty or (cut and (conv.duty_lists or duty_seen)))
                                                       and not conv.stated)
            if led or backs:
                lead = x.start in led or (not led and lead and x.start not in backs)
            note.append(Owner(x, "lead" if lead else "support", 0.9 if lead else 0.85, q))
        out.append(note)
    return out


_AT_END = re.compile(r"\s*\Z")   # nothing but blanks from here to the end of the text
# a line that may be a table cell: no sentence punctuation, short
_CELL_LINE = re.compile(r"[^。；;：:！？\n]{1,40}")
_CELL_FRAGMENT = 6   # a line naming no unit this short is a piece of a class cell (各县区 / 人民政府)


# a blank line between two lines of text
_BLANK_INSIDE = re.compile(r"\n[ \t\u3000\r]*\n")


def cell_lines(text: str, lo: int, hi: int, mentions, unit, columns: tuple[str, ...], whole: bool = False,
               spaced: bool = True, before: int = 0, after: int = 0) -> list[Owner]:
    """The owner cells that close an item of a table flattened one cell per line (see
    ``Convention.cell_columns``): the item's last lines, each nothing but units (``市农业农村局``
    / ``市林草局``) or a class or a piece of one (``各县区`` / ``人民政府``); blank lines part the
    cells, the n-th cell is the n-th owner column. Nothing unless some cell names a unit; with
    ``whole``, nothing unless every line of ``text[lo:hi]`` is a cell; with ``spaced`` False (the
    header's labels stood on consecutive lines: ``Convention.cell_spaced``) every line is a cell.
    ``before``/``after``: the header's columns right before/after the owner columns whose cells
    name no unit (责任领导, 完成时限: ``Convention.cell_before``/``cell_after``) — such cells at the
    row's edges are passed over."""
    cells: list[list[tuple[int, int]]] = [[]]   # bottom to top
    e = hi
    skip, skipping = after, False   # the trailing side columns' cells still to pass over
    while e > lo:
        s = max(text.rfind("\n", lo, e) + 1, lo)
        a, b = strip_span(text, s, e, " \t\u3000\r")
        if a == b:  # a blank line parts two cells
            if skipping and not cells[-1]:
                skip, skipping = skip - 1, False
            elif cells[-1]:
                cells.append([])
        else:
            units = _units(text, mentions, a, b, unit)
            if skip > 0 and not units and len(cells) == 1 and not cells[-1] and _CELL_LINE.fullmatch(text, a, b):
                # a side column's cell closing the row (2031年底前, 长期坚持, a person): no owner
                skipping = spaced
                skip -= 0 if spaced else 1
                e = s - 1
                continue
            # (the file ending inside a line may cut its last unit: 区投促局、多福湾工作专)
            if not _CELL_LINE.fullmatch(text, a, b) or (units and not _only_units(text, a, b, units)
                                                        and not (_AT_END.match(text, b) and _only_units(text, a, b, units, cut=True))) \
                    or (not units and not _CLASS_ITEM.match(text, a) and b - a > _CELL_FRAGMENT):
                break
            cells[-1].append((a, b))
            if not spaced:
                cells.append([])   # (a header on consecutive lines: every line is a cell)
        e = s - 1
    if whole and e > lo:
        return []   # (``whole``: every line of text[lo:hi] must be a cell)
    if not spaced and any(cells) and _BLANK_INSIDE.search(text, min(a for c in cells for a, _ in c),
                                                          max(b for c in cells for _, b in c)):
        # the header's labels stood on consecutive lines, but blank lines part this row's cells: the page
        # spaces its rows, and a cell's units one per line (市发展改革委\n市科技局) are one cell (review s11)
        return cell_lines(text, lo, hi, mentions, unit, columns, whole, True, before, after)
    cells = [c[::-1] for c in reversed(cells) if c]
    while before > 0 and len(cells) > len(columns) and not any(_units(text, mentions, a, b, unit) for a, b in cells[0]):
        cells, before = cells[1:], before - 1   # a side column's cell opening the row (a person)
    if len(cells) > len(columns) >= 2:
        # more cells than columns (a page that spaces every line: a cell's units one per line
        # look like cells of their own): the first cell is the first column's, the last the
        # last column's; which column took the lines between cannot be told — not guessed
        cells = [cells[0], *([[]] * (len(columns) - 2)), cells[-1]]
    named_lead = "lead" in columns
    out: list[Owner] = []
    for k, cell in enumerate(cells[:len(columns)]):
        if not cell:
            continue
        a, b = cell[0][0], cell[-1][1]
        out += _list_owners(text, columns[k], named_lead, a, b, b, (a, b),
                            [x for x in mentions if a <= x.start and x.end <= b], unit, Convention(), None)
    return _dedup(out)


# the item's closing sentence naming its owners: 。A、B负责。 / 。A牵头负责。
_DUTY_SENTENCE = re.compile(r"(?<=[。；;\n])[ \t\u3000]*(?P<list>[^。；;：:()（）\n]{2,120}?)(?:分别|共同)?"
                            r"(?P<duty>牵头负责|负责落实|牵头落实|负责)[。；;]?[ \t\u3000]*(?=\n|$)", re.M)


def _duty_lists(text: str, lo: int, hi: int, mentions, unit, conv: Convention) -> list[Owner]:
    """Every bracketed list of units with its duty word in ``text[lo:hi]`` (``（A、B负责落实）``,
    ``（A负责落实，完成时限：…）``), wherever it stands: all its units are co-responsible, unless
    the document states that the first listed leads. A list that holds anything but units
    (``（由A认定的企业负责）``) is prose, not an annotation."""
    out: list[Owner] = []
    for a in DUTY_LIST.finditer(text, lo, hi):
        s, e = a.start("list"), a.end("list")
        if _ROLE_BEFORE_DUTY.search(text, s, e):
            continue   # （A、B、C配合落实）: a role for every unit, not their duty (_bracket_notes)
        units = _units(text, mentions, s, e, unit)
        if not units or not (_only_units(text, s, e, units) or _only_bodies(text, s, e, units)):
            continue
        if not _only_units(text, s, e, units):
            units = [x for x in units if (x.start, x.end) in _items(text, s, e)]
        for k, x in enumerate(units):
            lead = k == 0 or not conv.stated or not conv.first_leads
            out.append(Owner(x, "lead" if lead else "support", 0.9 if lead else 0.85, (s, a.end("duty"))))
    return out


def _role_is(text: str, lo: int, hi: int, mentions, unit, conv: Convention) -> list[Owner]:
    """``A、B为牵头单位，C为配合单位``, ``由A作为责任单位``: the list before 为/作为 must be
    nothing but units; the label says their role (责任单位: the document's convention)."""
    found = [a for a in ROLE_IS.finditer(text, lo, hi)]
    lists = []
    for a in found:
        units = _units(text, mentions, a.start("list"), a.end("list"), unit)
        if units and _only_units(text, a.start("list"), a.end("list"), units):
            lists.append((a, kind_role(a.group("kind")), units))
    named_lead = any(kind == "lead" for _, kind, _ in lists)
    out: list[Owner] = []
    for a, kind, units in lists:
        for k, x in enumerate(units):
            if kind == "support" or (named_lead and kind != "lead"):
                role, conf = "support", 0.9
            elif kind == "lead" or not conv.first_leads:
                role, conf = "lead", 0.95
            else:
                role, conf = ("lead", 0.95) if k == 0 else ("support", 0.9)
            out.append(Owner(x, role, conf, a.span()))
    if named_lead and text.find("组成", lo, hi) != -1:
        # 联席会议由A、B、…、C等24个部门和单位组成，C为牵头单位: the members the item lists beside
        # its stated lead support it (README, session 10: a member list with a stated lead)
        leads = {o.mention.entity_id for o in out if o.role == "lead"}
        for m in _MEMBERS.finditer(text, lo, hi):
            ls, le = m.start("list"), m.end("list")
            members = _listed(text, ls, le, _units(text, mentions, ls, le, unit))
            out += [Owner(x, "support", 0.85, m.span()) for x in members if x.entity_id not in leads]
    return _dedup(out)


# the members a coordinating body is made of: 由A、B、…和C（等N个部门和单位）组成
_MEMBERS = re.compile(r"由(?P<list>[^。；;：:()（）\n]{2,800}?)(?:等)?(?:[\d一二三四五六七八九十]{1,3}个)?"
                      r"(?:成员单位|部门和单位|部门|单位)?(?:共同)?组成")


def _only_fields(text: str, pos: int, hi: int) -> bool:
    """``text[pos:hi]`` is nothing but ``label：value`` lines and blank lines (责任领导：…)."""
    while pos < hi:
        m = _FIELD_LINE.match(text, pos, hi)
        if m is None or m.end() == pos:
            return not text[pos:hi].strip()
        pos = m.end()
    return True


def _comma_items_before(text: str, pos: int, lo: int, mentions, unit) -> int:
    """Where a list written with commas (``A，B，有关部门按职责分工负责``, ``A,B,C``) that ends in the
    clause at ``pos`` starts: the clauses before it that are each nothing but one unit (or a class)
    belong to it; prose (``…给予资助，A按职责分工负责``) stops it. ``pos`` when none."""
    while pos - 1 > lo and text[pos - 1] in "，,":
        e = pos - 1
        s = e
        while s > lo and text[s - 1] not in "。；;，,：:()（）\n":
            s -= 1
        a, b = s, e
        while a < b and text[a] in " \t\u3000":
            a += 1
        if a == b:
            break
        units = [x for x in mentions if a <= x.start and x.end <= b and unit(x)]
        if not (_whole_unit(text, a, b, units) or _CLASS_ITEM.match(text, a)
                and (b - a) <= 12 and not units):
            break
        pos = s
    return pos


def _lead_then_support(text: str, lo: int, hi: int, mentions, unit) -> list[Owner]:
    """``A、B牵头，C、D配合`` (also ``…牵头；C等配合``) in ``text[lo:hi]``: the lead clause must
    be nothing but units (由A、B牵头), else 牵头 is a verb in prose (建立由A牵头的机制)."""
    out: list[Owner] = []
    for a in LEAD_THEN_SUPPORT.finditer(text, lo, hi):
        verb = a.group("verb")
        if not a.group("sup") and not verb.startswith(_LEAD_ALONE):
            continue  # A负责 / A统筹 with no supporting clause
        if verb in _NOTE_ONLY and not _in_note(text, a.start(), a.end()):
            continue  # 由A主办，B协办的论坛: hosts of an event, not a note of owners
        lead = _units(text, mentions, a.start("lead"), a.end("lead"), unit)
        if not lead or not _only_units(text, a.start("lead"), a.end("lead"), lead):
            continue
        out += [Owner(x, "lead", 0.95, a.span()) for x in lead]
        then_with = WITH_OTHERS.match(text, a.end(), hi) if not a.group("sup") and verb.startswith("牵头") else None
        if then_with is not None:
            # 由A牵头，会同B、C…: the units it works with support
            sup, sup_end = leading_units(text, then_with.end(), hi, {x.start: x for x in mentions}, unit, "、和及与")
            e = _sentence_end(text, sup_end, hi)
            if sup and text.find("的", sup_end, e) == -1:
                out += [Owner(_real(x), "support", 0.9, (a.start(), sup_end)) for x in sup]
        if a.group("sup"):
            sup = _listed(text, a.start("sup"), a.end("sup"), _units(text, mentions, a.start("sup"), a.end("sup"), unit))
            out += [Owner(x, "support", 0.9, a.span()) for x in sup]
        elif text[a.start() - 1] in "(（":
            # （A牵头，B、C）: the rest of the bracket, nothing but units, supports the lead
            close = _bracket_end(text, a.end(), hi)
            rest = _units(text, mentions, a.end(), close, unit)
            if close < len(text) and text[close] in ")）" and rest and _only_units(text, a.end(), close, rest):
                out += [Owner(x, "support", 0.9, (a.start(), close)) for x in rest]
    if not out and text.find("会同", lo, hi) != -1:
        # （A会同B、C负责）: A leads, the units it works with support
        for a in _JOINTLY.finditer(text, lo, hi):
            lead = _units(text, mentions, a.start("lead"), a.end("lead"), unit)
            if not lead or not _only_units(text, a.start("lead"), a.end("lead"), lead):
                continue
            sup = _listed(text, a.start("sup"), a.end("sup"), _units(text, mentions, a.start("sup"), a.end("sup"), unit))
            out += [Owner(x, "lead", 0.95, a.span()) for x in lead]
            out += [Owner(x, "support", 0.9, a.span()) for x in sup]
    return out


# an owner note's 会同 clause: （A会同B、C负责）, （A会同B共同推进） — a note's whole content only
_JOINTLY = re.compile(r"(?<=[(（【\[［])[ \t\u3000]*(?P<lead>[^。；;，,：:()（）\n]{2,80}?)会同(?P<sup>[^。；;，,：:()（）\n]{2,120}?)"
                      r"(?:共同|联合)?(?:负责落实|负责|落实|实施|推进)(?=[ \t\u3000]*[)）】\]］])")


def _in_note(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` is the start of a bracketed note (``（A主办，B协办）``) or of a labelled
    list's value (``责任单位：A主办，B协办``): an opening bracket or a colon right before it."""
    k = lo - 1
    while k >= 0 and text[k] in " \t\u3000":
        k -= 1
    return k >= 0 and text[k] in "(（【[［:："


def _bracket_end(text: str, pos: int, hi: int) -> int:
    """Where the annotation around ``pos`` closes: its bracket, or the line's end."""
    ends = [j for j in (text.find(c, pos, hi) for c in ")）\n") if j != -1]
    return min(ends) if ends else hi


# the line that introduces a list of duties and names whose they are: ``X的主要职责：``,
# ``X负责以下工作：``, ``X承担下列职责：`` (a 三定 text, a division of labour)
_INTRO_MARKER = re.compile(r"[ \t\u3000]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])?[ \t\u3000]*")
_INTRO_TAIL = re.compile(r"(?:的)?(?:主要|具体|工作|机构|部门)?(?:职责|职能)(?:职责)?(?:是|为|包括|如下|有)?|"
                         r"(?:主要|具体)?(?:负责|承担|履行)(?:以下|下列|如下)(?:工作|职责|事项|任务|职能)?|"
                         # X将重点做好以下几方面工作： (a reply's or a report's plan of work)
                         r"(?:将|要|还将|将继续)?(?:重点|主要|着力|继续|着重)?(?:做好|抓好|开展|推进|落实)"
                         r"(?:以下|下列|如下)(?:几|[一二三四五六七八九十\d]{1,2})?(?:个|项)?(?:方面)?(?:的)?(?:工作|任务|事项)?")
# a time that may open the sentence before its subject: 2017年，区大气办将… / 下一步，市卫健委将…
_INTRO_TIME = re.compile(r"[ \t\u3000]*(?:(?:19|20)\d{2}年(?:上半年|下半年|[一二三四]季度|\d{1,2}月)?(?:内|起)?|今年|明年|下一步|下步|今后)"
                         r"[ \t\u3000]*[，,]?[ \t\u3000]*")
_SENTENCE_END = re.compile(r"[。；;！？!?]")
_INTRO_END = re.compile(r"\s*[:：]\s*$")
# a functions page's heading line, no colon: 某区市场监督管理局主要职责 / X机构职能 / X职能职责
# (an official allocation of functions; the line is nothing but the body and these words)
_FUNCTIONS_TAIL = re.compile(r"(?:的)?(?:主要|机构|工作|部门)?(?:职能|职责)(?:职责|配置)?[ \t\u3000]*$")
# the duties announced after a clause whose subject the line opens with: “X”设在Y，其职责包括：
# (其 is the subject's; the clause holds no sentence's end)
_QI_DUTIES = re.compile(r"[^。；;！？!?\n]{0,40}?[，,][ \t\u3000]*其(?:主要)?职责(?:是|为|包括|如下|有)?\s*[:：]\s*$")
_OPEN_QUOTE = re.compile(r"[“「『\"]")
_CLOSE_QUOTE = re.compile(r"[”」』\"]")


def _functions_heading(text: str, ls: int, e: int) -> bool:
    """``text[ls:e]`` (a line, no colon) ends as a functions page's heading (…主要职责, …机构职能)."""
    return e - ls <= _HEADING_MAX and text[e - 2:e] in ("职能", "职责", "配置") \
        and _FUNCTIONS_TAIL.search(text, ls, e) is not None


def intro_line(text: str, hi: int) -> tuple[int, int] | None:
    """The line ending in a colon that may introduce the list whose first item is at ``hi``:
    the last non-blank line before it, or the one before that when an unnumbered paragraph
    stands between the introducing line and the items (``(一)X的主要职责：`` / ``X负责…的综合
    指导工作。`` / ``1.负责…``: a 三定 text states the general duty before the numbered ones);
    or a functions page's heading line right above the items (``X局机构职能``, no colon)."""
    ls, e = line_before(text, hi)
    if e > ls and text[e - 1] not in ":：" and _functions_heading(text, ls, e):
        return ls, e
    if e > ls and text[e - 1] not in ":：" and marker_rank(text, ls) is None:
        ls, e = line_before(text, ls)
    if e <= ls or text[e - 1] not in ":：":
        return None
    return ls, e


def list_intro(text: str, hi: int, mentions: list, unit) -> list[Owner]:
    """The owners of a list of duties stated once, on the line that introduces the item at
    ``hi`` (``(一)某某管委会的主要职责：`` then ``1.负责…`` ``2.负责…``; see ``intro_line``): the
    bodies that open that line lead every item of the list that names no owner of its own.
    ``mentions``: sorted, may be any superset of the line's."""
    span = intro_line(text, hi)
    if span is None:
        return []
    ls, e = span
    mentions = [x for x in mentions if ls <= x.start and x.end <= e]
    start = _INTRO_MARKER.match(text, ls, e).end()
    by_start = {x.start: x for x in mentions}
    # the line, or its last sentence (…空气质量得到持续改善。2017年，区大气办将重点做好以下几方面工作：)
    last = None
    for last in _SENTENCE_END.finditer(text, start, e):
        pass
    colon = text[e - 1] in ":："
    for s in (start,) if last is None else (start, last.end()):
        time = _INTRO_TIME.match(text, s, e)
        s2 = time.end() if time else s
        if colon and by_start.get(s2) is None:
            # 为了…，X将继续做好以下工作： — a purpose or basis clause before the subject
            lead_in = _LEAD_IN_CLAUSE.match(text, s2, e)
            s2 = lead_in.end() if lead_in else s2
        quote = _OPEN_QUOTE.match(text, s2, e)
        units, end = leading_units(text, quote.end() if quote else s2, e, by_start, unit)
        if not units:
            continue
        if quote:
            # “X”设在Y，其职责包括： — the quoted name must close right after the units
            close = _CLOSE_QUOTE.match(text, end, e)
            if close is None:
                continue
            end = close.end()
        if not colon:
            # a functions page's heading: the body, then its functions words, nothing else
            if _FUNCTIONS_TAIL.match(text, end, e):
                return [Owner(x, "lead", 0.85, (s, e)) for x in units]
            continue
        tail = _INTRO_TAIL.match(text, end, e)
        if (tail is not None and _INTRO_END.match(text, tail.end(), e)) \
                or _QI_DUTIES.match(text, end, e) and not _SETS_UP.search(text, end, e):
            return [Owner(x, "lead", 0.85, (s, e)) for x in units]
    return []


# the subject sets another body up in the clause before 其职责 (市人民政府决定组建X局，其主要职责包括：): 其 is the
# new body's, not the subject's (review s12)
_SETS_UP = re.compile(r"成立|组建|设立|设置|建立|新建|组成|挂牌|撤销|合并")


# a plan's opening paragraph that says who carries it and then announces the plan: 提案由A主办，
# B、C会办。为确保…，特制定本工作方案。 (a proposal's handling plan, a task's work plan)
_PLAN_SELF = re.compile(r"(?:制定|制订|拟定)(?:了)?本(?:工作|实施|行动)?方案|(?:制定|制订|拟定)(?:如下|以下)(?:工作|实施)?方案")
_PLAN_HANDLERS = re.compile(r"由(?P<lead>[^，,。；;\n由]{2,60}?)(?:主办|承办|牵头负责|牵头)[ \t\u3000]*[，,；;][ \t\u3000]*"
                            r"(?P<sup>[^，,。；;\n]{2,120}?)(?:会办|协办|配合)(?=[ \t\u3000]*[。；;，,])")


def plan_handlers(text: str, hi: int, mentions: list, unit) -> list[Owner]:
    """The owners a plan's opening paragraph states for the whole plan (``提案由A主办，B、C会办。
    为…，特制定本工作方案。``, the paragraph right before the first item at ``hi``): the line that
    introduces the list owns its items — A leads, B and C support. Only a paragraph that announces
    the plan itself (制定本方案): a reply that says who handles a suggestion (交A主办，B协办… 现答复
    如下) states who answers, not who carries each point. ``mentions``: sorted, any superset."""
    ls, e = line_before(text, hi)
    if e - ls < 8 or _PLAN_SELF.search(text, ls, e) is None:
        return []
    m = _PLAN_HANDLERS.search(text, ls, e)
    if m is None:
        return []
    inside = [x for x in mentions if ls <= x.start and x.end <= e]
    lead = _listed(text, m.start("lead"), m.end("lead"), _units(text, inside, m.start("lead"), m.end("lead"), unit))
    sup = _listed(text, m.start("sup"), m.end("sup"), _units(text, inside, m.start("sup"), m.end("sup"), unit))
    if not lead or not sup:
        return []
    return _dedup([Owner(x, "lead", 0.85, (m.start(), m.end())) for x in lead]
                  + [Owner(x, "support", 0.85, (m.start(), m.end())) for x in sup])


# a line (or the sentence after an item's last one, where a page break was joined) closing a
# group of items that names their owners: 以上工作由A牵头，B、C配合。 / 上述任务均由A负责。
_CLOSING = re.compile(r"(?m)(?:^|(?<=[。；;)）]))[ \t\u3000]*[(（]?[ \t\u3000]*(?:以上|上述)"
                      r"(?:各项|几项|[\d一二三四五六七八九十]{1,2}项|(?P<range>第?\d{1,3}(?:[—\-－~～至到、，,]第?\d{1,3})*项))?"
                      r"(?:工作|任务|措施|事项|内容|举措)?(?:均|统一)?[ \t\u3000]*(?=由)")
_RANGE_PART = re.compile(r"(\d{1,3})(?:[—\-－~～至到](?:第)?(\d{1,3}))?")


def _closing_matches(text: str) -> list[re.Match]:
    """``list(_CLOSING.finditer(text))``, the pattern tried only where a match can start: in the
    run of blanks and one opening bracket before each 以上/上述 (a match holds only those before
    its words), in text order (the pattern opens with ^ or a lookbehind: a whole-text scan
    tried it at every position)."""
    return matches_before(_CLOSING, text, word_starts(text, ("以上", "上述")), " \t\u3000(（".__contains__)


def closing_lines(text: str) -> list[tuple[int, int, int, frozenset[int] | None]]:
    """The lines that close a group of items by naming its owners (``以上工作由A牵头，B配合。``,
    ``（以上第1—3项由A负责）``): (where the closing words start, where the owners' words start, the
    line's end, the item numbers it names or None), in text order."""
    if "以上" not in text and "上述" not in text:
        return []
    out = []
    for m in _closing_matches(text):
        e = text.find("\n", m.end())
        numbers = None
        if m.group("range"):
            numbers = frozenset(n for a, b in _RANGE_PART.findall(m.group("range"))
                                for n in range(int(a), (int(b) if b else int(a)) + 1) if 0 <= int(b or a) - int(a) < 200)
        out.append((m.start() + len(m.group()) - len(m.group().lstrip(" \t\u3000")), m.end(),
                    len(text) if e == -1 else e, numbers))
    return out


# the lead's verb ends its clause (由A牵头，/ 由A负责。/ 由A负责组织实施。): 由A负责资金保障 / 负责解释
# / 负责受理 name what A does for the items (pays, interprets, receives), not who carries them
_CLOSING_ROLES = re.compile(r"由(?P<lead>[^，,。；;\n]{2,80}?)(?:分别|共同)?(?:牵头负责|牵头|负责|按职责分工负责)"
                            r"(?:组织实施|组织落实|抓好落实|推进落实|推进实施|督促落实|统筹推进|落实|实施|推进|统筹)?(?=[，,。；;）)\s]|$)"
                            r"(?:[，,；;]\s*(?P<sup>[^，,。；;\n]{2,120}?)(?:配合|参与|协助|协同|协作|按职责分工负责|分工负责))?")


def closing_owners(text: str, lo: int, hi: int, mentions: list, unit) -> list[Owner]:
    """The owners a closing line states after its 由 (``由A牵头，B、C配合`` / ``由A、B负责``):
    the lead clause leads, the supporting clause supports; each clause must be a list of bodies.
    Nothing when it names no unit."""
    m = _CLOSING_ROLES.match(text, lo, hi)
    if m is None:
        return []
    inside = [x for x in mentions if lo <= x.start and x.end <= hi]
    lead = _listed(text, m.start("lead"), m.end("lead"), _units(text, inside, m.start("lead"), m.end("lead"), unit))
    if not lead:
        return []
    out = [Owner(x, "lead", 0.85, (lo, m.end())) for x in lead]
    if m.group("sup"):
        sup = _listed(text, m.start("sup"), m.end("sup"), _units(text, inside, m.start("sup"), m.end("sup"), unit))
        out += [Owner(x, "support", 0.85, (lo, m.end())) for x in sup]
    return _dedup(out)


_HEADING_MAX = 80
# numbering styles from the outermost to the innermost, as policy texts nest them:
# 第一部分/第一章, 一、, （一）, 1., （1）, ①
_MARKER_RANKS = re.compile(
    r"[ \t\u3000#]*(?:(?P<r0>第[一二三四五六七八九十]+[部章篇编节])|(?P<r1>[一二三四五六七八九十]+、)|"
    r"(?P<r2>[(（][一二三四五六七八九十]+[)）])|(?P<r3>\d{1,3}[.．、](?!\d))|(?P<r4>[(（]\d{1,3}[)）])|(?P<r5>[①-⑳]))")


def marker_rank(text: str, pos: int) -> int | None:
    """How deep the numbering that opens the line at ``pos`` is (0: 第一部分, 1: 一、,
    2: （一）, 3: 1., 4: （1）, 5: ①), or None when no numbering opens it."""
    m = _MARKER_RANKS.match(text, pos)
    return int(m.lastgroup[1]) if m else None


def line_before(text: str, pos: int) -> tuple[int, int]:
    """The last non-blank line before ``pos`` (its start, its end)."""
    # the blanks before pos stripped from a short window in C (str.rstrip strips exactly the
    # characters str.isspace holds); a window of nothing but blanks: the walk back, per character
    e = pos
    if 0 < pos <= len(text):
        a = pos - 64 if pos > 64 else 0
        e = a + len(text[a:pos].rstrip())
    if e == pos or e == a:
        while e > 0 and text[e - 1].isspace():
            e -= 1
    return text.rfind("\n", 0, e) + 1, e


def heading_owners(text: str, lo: int, hi: int, mentions: list, unit, conv: Convention = Convention(),
                   place_body=None) -> list[Owner]:
    """Owners annotated on the heading line right before an item, between the items
    (``text[lo:hi]``: what lies between the previous item and this one): ``二、加快创新
    （牵头单位：市科技局）`` then ``（一）…`` ``（二）…`` — the heading's owners own the items under
    it that name none of their own. Only a short line (a heading, not a paragraph)."""
    e = hi
    while e > lo and text[e - 1].isspace():
        e -= 1
    ls = max(text.rfind("\n", lo, e) + 1, lo)
    named = _unit_heading(text, ls, e, mentions, unit)
    if named:
        return named
    if e - ls > _HEADING_MAX or (text.find("单位", ls, e) == -1 and text.find("部门", ls, e) == -1
                                 and text.find("机关", ls, e) == -1):
        return []
    if _FIELD_START.match(text, ls, e) and not _heading_above(text, ls):
        return []   # 协办单位：X closing the item before (a page cut above it), not a heading's owners
    return [Owner(o.mention, o.role, min(o.confidence, 0.85), o.quote)
            for o in _annotations(text, ls, e, mentions, unit, conv, place_body)]


def _unit_heading(text: str, ls: int, e: int, mentions: list, unit) -> list[Owner]:
    """A numbered heading that is nothing but the units whose duties follow (a division of
    labour by unit: ``（一）区委办公室`` then ``1、负责…`` ``2、…``): they lead the items under it."""
    if e - ls > _HEADING_MAX or marker_rank(text, ls) is None:
        return []
    start = _MARKER_RANKS.match(text, ls).end()
    units, end = leading_units(text, start, e, {x.start: x for x in mentions if ls <= x.start and x.end <= e}, unit)
    if not units:
        return []
    tail = _LEAD_TAIL.match(text, end, e)   # 一、县发改局牵头工作(8项): the items it leads follow
    if text[tail.end() if tail else end:e].strip(" \t\u3000:：") != "":
        return []
    return [Owner(x, "lead", 0.85, (start, e)) for x in units]


_LEAD_TAIL = re.compile(r"[ \t\u3000]*牵头(?:的|负责的?)?(?:重点)?(?:工作|任务|事项)?[ \t\u3000]*(?:[(（]\s*(?:共\s*)?\d{1,3}\s*项\s*[)）])?")


# an owner label opening a line, outside brackets: a field line (牵头单位：A), no heading text
_FIELD_START = re.compile(r"[ \t\u3000]*(?:" + _KINDS + "|" + _SHORT_KINDS + r")[ \t\u3000]*[:：]")


def _heading_above(text: str, ls: int) -> bool:
    """True when the owner field lines ending at line ``ls`` sit under a numbered heading
    (``二、加快创新\n牵头单位：市科技局``), not under the prose of an item (whose own fields they are)."""
    pos = ls
    for _ in range(4):
        ps, pe = line_before(text, pos)
        if pe <= ps:
            return False
        if not _FIELD_START.match(text, ps, pe):
            return marker_rank(text, ps) is not None and pe - ps <= _HEADING_MAX and text[pe - 1] not in "。；;"
        pos = ps
    return False


# a line of a task-division table: ``牵头领导：…``, ``主要责任单位：…``, ``完成时限：…``
_FIELD_LINE = re.compile(r"[ \t\u3000]*[^\s:：。，,；;()（）]{2,10}[ \t\u3000]*[:：][^\n]*(?:\n|$)|[ \t\u3000]*\n")


def fields_end(text: str, pos: int, hi: int) -> int:
    """End of the block of ``label：value`` lines (and blank lines) that follows an item at
    ``pos`` — the owner columns of a task-division table written one field per line
    (``1.地区生产总值增长7%。\n牵头领导：…\n主要责任单位：区发展改革委``); ``pos`` when none."""
    if pos >= hi:
        return pos   # no room for a field line (nor for a label's value line: it needs a character)
    end = pos
    i = pos
    if _label_before(text, pos) is not None:
        # the item's span took a label whose units are on the next line (责任单位：\n市科技局)
        nl = _NEXT_VALUE.match(text, pos + (text[pos:pos + 1] == "\n"), hi)
        if nl is not None:
            i = end = nl.end()
    while i < hi:
        m = _FIELD_LINE.match(text, i, hi) or _OWNER_LINE.match(text, i, hi)
        if m is None and end == pos:
            # a bare list of bodies on the line after the item (its owners, _list_line), unless a
            # date follows it (a signature)
            m = _BARE_LINE.match(text, i, hi)
            if m is not None and _DATE_LINE.match(text, _next_line(text, m.end())):
                m = None
        if m is None or m.end() == i:
            break
        i = m.end()
        if text[m.start():m.end()].strip():
            end = i
            if _EMPTY_VALUE.search(text, m.start(), m.end()):
                # 责任单位： with its units on the next line
                nl = _NEXT_VALUE.match(text, i, hi)
                if nl is not None:
                    i = end = nl.end()
    return end


# a line of names shaped like bodies' (or classes), the text-only check of fields_end
_UNIT_SHAPE = r"(?:[\u4e00-\u9fff]|[(（][\u4e00-\u9fff、]{1,4}[)）]){1,24}?(?:局|委|办|厅|府|部|会|署|院|中心|办事处|委员会|办公室|单位|部门|科协|妇联|残联|侨联|文联|工商联)"
_BARE_LINE = re.compile(r"\n?[ \t\u3000]*" + _UNIT_SHAPE + r"(?:[ \t\u3000]*[、，,；;和及][ \t\u3000]*" + _UNIT_SHAPE
                        + r")*[ \t\u3000]*(?:" + _OTHER_FIELD + r"[^\n]*)?(?=\n|$)")


# an owner label ending a line with nothing after its colon
_LABEL_AT_END = re.compile(r"(?:^|(?<=[\n。；;(（【\[]))[ \t\u3000]*[(（【\[]?(?:" + _KINDS + "|" + _ROLE_WORD
                           + r")[】\]]?[ \t\u3000]*[:：][ \t\u3000]*$")


def _label_before(text: str, pos: int) -> int | None:
    """Where the owner label that ends the line before ``pos`` with an empty value starts
    (``…\n责任单位：`` right before its units' line), or None."""
    ls = text.rfind("\n", 0, max(pos - 1, 0)) + 1 if pos and text[pos - 1] == "\n" else text.rfind("\n", 0, pos) + 1
    le = pos - 1 if pos and text[pos - 1] == "\n" else pos
    if le - ls > 40 or le <= ls or text[le - 1] not in ":：":
        return None
    m = _LABEL_AT_END.search(text, ls, le)
    return m.start() if m else None


# a line that is nothing but an owner note in brackets: （A牵头，B、C配合）, （A、B负责）
_OWNER_LINE = re.compile(r"[ \t\u3000]*[(（][^()（）\n]{2,120}?(?:牵头|负责|落实|配合|参与|协同|协助)[^()（）\n]{0,60}[)）][ \t\u3000。；;]*(?:\n|$)")
_EMPTY_VALUE = re.compile(r"[:：][ \t\u3000]*\n?$")
_NEXT_VALUE = re.compile(r"[ \t\u3000]*[^\s:：。][^\n:：。]{0,80}(?:\n|$)")


def field_owners(text: str, lo: int, hi: int, mentions: list, unit, conv: Convention = Convention(),
                 place_body=None) -> list[Owner]:
    """Owners in the field lines after an item (see ``fields_end``): labelled lists, or the
    owner notes in brackets on lines of their own."""
    label = _label_before(text, lo)
    if label is not None:
        lo = label  # 责任单位： closing the item, its units after it
    found = _annotations(text, lo, hi, mentions, unit, conv, place_body)
    if found:
        return found
    if not (_OWNER_LINE.search(text, lo, hi) or _ROLE_FIELD.search(text, lo, hi)):
        return _list_line(text, lo, hi, mentions, unit, conv) if text.find("\n", lo, hi) != -1 else []
    return _lead_then_support(text, lo, hi, mentions, unit) or _dedup(_duty_lists(text, lo, hi, mentions, unit, conv))


# a field line whose value states the units' roles in words (部门分工：省财政厅牵头，各地、各部门配合)
_ROLE_FIELD = re.compile(r"[:：][ \t\u3000]*[^\n:：]{2,80}?(?:牵头|配合|协同|参与)")


# an owner note in brackets closing a sentence that states its units' roles or duty:
# …再建设一批国家自主创新示范区。（A牵头，B、C等按职责分工负责）, …。（A、B负责落实）
_SENTENCE_NOTE = re.compile(r"(?<=[。；;])[ \t\u3000]*[(（](?:[^()（）\n]|[(（][^()（）\n]{1,10}[)）]){2,300}?"
                            r"(?:牵头|负责|落实|配合|参与|协同|协助)[^()（）\n]{0,60}[)）]")


def noted_paragraphs_end(text: str, pos: int, hi: int) -> int:
    """End of the unnumbered paragraphs right after the item that ends at ``pos`` whose sentences
    are closed by owner notes (``_SENTENCE_NOTE``) — the tasks of a division-of-work text written
    as paragraphs under a numbered heading (``（五）充分释放…潜能。`` / ``着力实施…。（A牵头，B、C等按
    职责分工负责）发挥…。（D牵头，…）``): they are the item's text, their notes its owners. Runs to
    the last note of each paragraph; a numbered line, a paragraph with no note, or text after a
    paragraph's last note ends it. ``pos`` when none. Only the item the text ends its list with
    needs it (an earlier item's span runs to the next item)."""
    end = i = pos
    while i < hi:
        while i < hi and text[i] in " \t\u3000\n":
            i += 1
        if i >= hi or marker_rank(text, i) is not None:
            break
        le = text.find("\n", i, hi)
        le = hi if le == -1 else le
        last = None
        for last in _SENTENCE_NOTE.finditer(text, i, le):
            pass
        if last is None:
            break
        end = last.end()
        if text[end:le].strip(" \t\u3000。；;"):
            break   # the paragraph goes on after its last note (an excerpt cut, or other text)
        i = le
    return end


def paragraph_notes(text: str, lo: int, hi: int, mentions: list, unit, conv: Convention = Convention()) -> list[Owner]:
    """The owners the notes of the paragraphs ``text[lo:hi]`` (see ``noted_paragraphs_end``)
    state, their union (a unit a note names as lead leads)."""
    return _dedup([o for note in _bracket_notes(text, lo, hi, mentions, unit, conv) for o in note])


def _dedup(found: list[Owner]) -> list[Owner]:
    """One owner per body: lead wins over support, the first quote is kept."""
    best: dict[str, Owner] = {}
    for o in found:
        k = o.mention.entity_id
        if k not in best or (o.role == "lead" and best[k].role != "lead"):
            best[k] = o
    return list(best.values())


def merged(first: list[Owner], more: list[Owner]) -> list[Owner]:
    """``first`` plus the owners of ``more`` whose body it does not already hold (an item's own
    annotation and the field lines after it name distinct units)."""
    have = {o.mention.entity_id for o in first}
    return first + [o for o in more if o.mention.entity_id not in have]


# inline patterns compiled once (re.search(str, …) looked each up in re's cache per call)
_LIST_FILLER = re.compile(r"[\s、，,:：#]")
