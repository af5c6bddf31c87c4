"""Owners an item states in its own prose, beyond the subjects owners.py already reads.

Replies to deputies' suggestions, a bureau's own progress reports and work summaries state
who does the work not in an annotation but as the subject of the item's sentence, and the
subject is often the issuing body itself, written in the first person — ``我局牵头组织…``,
``我委在…方面，加大对…的支持``, ``我厅将…``. Such an item gives the issuer a task of its own
(README, "What is a measure", session 7), so the issuer owns it. A named body does the same
after a time or sequence phrase (``2019年，市卫生健康委牵头…``, ``下一步，县医保局将…``),
which owners.py's sentence subjects do not pass over.

Precision first — a wrong owner is worse than none:
- only the subject of the item's FIRST sentence (or the first after its heading) counts, as
  for owners.py's subjects: a body acting later in the item is an actor of one step;
- ``我局/我委/我厅/我办/我部/我署`` resolve only to the one issuer whose name ends that way
  (a joint notice of a 局 and a 委 still resolves 我委; two 局 issuers leave 我局 unresolved);
  ``我们`` (a government's report speaks so of itself and everyone), ``我市/我区/我县/我省``
  (a place, not a body) never resolve;
- the first person followed by 的/与/和/及/、 (``我局的职能``, ``我厅与省林草局…``) is no
  subject of its own;
- a named body counts only when a verb of doing follows it (要/将/负责/牵头/…), never as
  the object of 向/与/经/由 (those are not at the sentence start this reads); not on 已…
  (``2022年，市政府已批复…``: a past step, often an approval or a document cited, not the
  item's task), nor the first person receiving (``我局收到…``, ``我委被评为…``).

Pure functions over normalized text; one compiled regex match per sentence start, no scan
of the whole text.
"""

from __future__ import annotations

import re
from operator import attrgetter
from typing import Callable, Iterable

from medgraph.extract.owners import WITH_OTHERS, Owner, leading_units, sentence_starts

# the first person of a body: 我局 / 我委 / 我厅 / 我办 / 我部 / 我署
# (never 本局/本委: 本办法, 本部 read the same way and are no body; never 我部门, a class)
# (nor the first person receiving: 我局收到/接到/获得/被…/受…, which says what reached it)
_FIRST_PERSON = re.compile(r"我(?P<suffix>局|委|厅|办|部|署)(?![的与和及、里内门被受获]|收到|接到)")
# what the issuer's name must end with for each first-person suffix
_ENDINGS = {
    "局": ("局",),
    "委": ("委", "委员会"),
    "厅": ("厅",),
    "办": ("办", "办公室"),
    "部": ("部",),
    "署": ("署",),
}
# a phrase of time or sequence that may open a sentence before its subject, closed by ，
# (2019年，/ 今年以来，/ 疫情发生后，/ 下一步，/ 近年来，/ 截至目前，/ 在资金保障方面，/ 经市政府同意，)
_LEAD_IN = re.compile(
    r"[ \t\u3000]*(?:"
    r"(?:\d{4}|[一二〇○零]{4})年(?:以来|来|初|底|上半年|下半年|[一二三四]季度|\d{1,2}月(?:份|以来)?)?"
    r"|今年(?:以来)?|去年(?:以来)?|近年来?|近几年来?|近期|目前|当前|截至目前|下一步|下步|同时|此外|另外|一直以来|多年来"
    r"|[^，,。；;：:！？\n]{2,24}(?:之后|以后|后|之前|以前|前|以来)(?:[(（][^()（）\n]{1,30}[)）])?"
    r"|(?:围绕|按照|依照|根据|依据|结合|针对|对照|为了|为)[^，,。；;：:！？\n]{1,40}"
    r"|在[^，,。；;：:！？\n]{1,24}(?:方面|工作中|过程中|基础上)"
    r"|经[^，,。；;：:！？\n]{0,12}(?:研究|同意|批准)"
    r")[ \t\u3000]*[，,][ \t\u3000]*")
# what a named subject does (as owners.py's subjects)
_SUBJECT_VERB = re.compile(
    r"[ \t\u3000]*(?:要|应当|应|须|必须|负责|牵头|会同|统筹|组织|严格|切实|抓紧|尽快|加快|加强|积极|继续|进一步|依法|将|持续|主动)")
_SENTENCE_END = re.compile(r"[。；;！？\n]")
# a subject that helps: 我局积极配合… / 市X局协助… — it supports, it does not lead
_HELPS = re.compile(r"[ \t\u3000]*(?:积极|主动|全力|认真|继续|持续|将|要|已){0,3}(?:配合|协助|协同|协办|参与|支持配合)")
# a reply a co-handling unit writes (现将协办意见反馈如下; 我局作为协办单位): the work it reports
# is its share of another unit's, so the first person supports
COHANDLER = re.compile(r"协办意见|会办意见|作为协办单位|协办单位意见|协办答复")


_LABEL = attrgetter("label")


def _sentence_end(text: str, pos: int, hi: int) -> int:
    m = _SENTENCE_END.search(text, pos, hi)
    return m.start() if m else hi


def _listed_at(text: str, pos: int, hi: int, by_start: dict, unit) -> list:
    """The bodies listed right at ``pos`` (``A、B和C``): whom a helping subject helps
    (``我委将积极配合市卫健委加快项目建设`` — the work is the helped body's, it leads)."""
    out = []
    while pos < hi:
        x = by_start.get(pos)
        if x is None or x.label != "Bureau" or not unit(x):
            break
        out.append(x)
        pos = x.end
        if pos < hi and text[pos] in "、和及与":
            pos += 1
            continue
        break
    return out


def first_person_issuer(suffix: str, issuers: Iterable[tuple[object, str]]):
    """The one issuer 我<suffix> means: its name ends as the suffix says; None when no
    issuer, or more than one, fits."""
    ends = _ENDINGS[suffix]
    fit = {id(m): m for m, name in issuers if name.endswith(ends)}
    return next(iter(fit.values())) if len(fit) == 1 else None


def prose_owners(text: str, lo: int, hi: int, heading_end: int | None, mentions: list,
                 unit: Callable[[object], bool], issuers: list[tuple[object, str]],
                 cohandler: bool = False) -> list[Owner]:
    """Owners the item ``text[lo:hi]`` states as the subject of its first sentence after a
    lead-in phrase, or in the first person of its issuer. ``mentions``: the mentions inside
    (sorted by start); ``unit(m)``: True for a mention that can own a measure; ``issuers``:
    the document's issuers as (mention, full name); ``cohandler``: the document is a
    co-handling unit's reply (``COHANDLER`` found in it), whose first person supports.
    Returns owners (lead, or support when the subject helps: ``我局积极配合…``, the bodies it
    helps then leading: ``我委将积极配合市卫健委…``) with the quote from the sentence's start to
    its end."""
    if (not issuers or text.find("我", lo, hi) == -1) and "Bureau" not in map(_LABEL, mentions):
        return []   # no first person of an issuer (_FIRST_PERSON opens with 我) and no body to be a subject
    by_start = {x.start: x for x in mentions}
    out: list[Owner] = []
    for s in sentence_starts(text, lo, hi, heading_end):
        while s < hi and text[s] in " \t\u3000":
            s += 1
        lead_in = _LEAD_IN.match(text, s, hi)
        pos = lead_in.end() if lead_in else s
        me = _FIRST_PERSON.match(text, pos, hi)
        if me is not None and issuers:
            x = first_person_issuer(me.group("suffix"), issuers)
            if x is not None:
                helps = _HELPS.match(text, me.end(), hi)
                e = _sentence_end(text, me.end(), hi)
                out.append(Owner(x, "support" if cohandler or helps else "lead", 0.8, (s, e)))
                if helps is not None:
                    out += [Owner(u, "lead", 0.8, (s, e)) for u in _listed_at(text, helps.end(), hi, by_start, unit)]
                elif not cohandler:
                    # 我局将会同市发展改革委… / 我委联合市人社局…: the units it works with support
                    with_ = WITH_OTHERS.match(text, me.end(), hi)
                    if with_ is not None:
                        out += [Owner(u, "support", 0.8, (s, e)) for u in _listed_at(text, with_.end(), hi, by_start, unit)]
            continue
        if lead_in is None:
            continue   # a subject with no lead-in is owners.py's (it already declined it)
        x = by_start.get(pos)
        if x is None or x.label != "Bureau" or not unit(x):
            continue   # a place after a lead-in (2019年，海淀区…) says where more often than who
        # X、Y要…: every listed body
        units = [x]
        end = x.end
        while end < hi and text[end] in "、和及" and getattr(by_start.get(end + 1), "label", "") == "Bureau" \
                and unit(by_start[end + 1]):
            units.append(by_start[end + 1])
            end = by_start[end + 1].end
        if not _SUBJECT_VERB.match(text, end, hi):
            continue
        e = _sentence_end(text, end, hi)
        helps = _HELPS.match(text, end, hi)
        out += [Owner(u, "support" if helps else "lead", 0.8, (s, e)) for u in units]
        if helps is not None:
            out += [Owner(u, "lead", 0.8, (s, e)) for u in _listed_at(text, helps.end(), hi, by_start, unit)]
        else:
            with_ = WITH_OTHERS.match(text, end, hi)
            if with_ is not None:
                out += [Owner(u, "support", 0.8, (s, e)) for u in _listed_at(text, with_.end(), hi, by_start, unit)]
    seen: set = set()
    kept = []
    for o in out:
        k = getattr(o.mention, "entity_id", id(o.mention))
        if k not in seen:
            seen.add(k)
            kept.append(o)
    return kept


# a duty a named subject is given: 要/将/应当/须/必须/负责 (never 已…: a step already taken, often an
# approval or a document cited; nor 可/对/在…, which open as often a circumstance as a task)
# (要求 is a demand on others — 市政府要求各县区… gives the requirement, not a task of its own; 负责人 /
# 负责同志 is a person; 也是/还有 describe)
_DUTY_MODAL = re.compile(r"[ \t\u3000]*(?:(?:还|也)(?![是有])|要(?![求点])|将|应当|应|须|必须|负责(?!人|同志))")
# what may stand right before a later sentence's subject: the end of the sentence before it
_LATER_START = "。；;！？!?\n"


def later_subjects(text: str, lo: int, hi: int, mentions: list, unit: Callable[[object], bool]) -> list[Owner]:
    """The named bodies given a task in a LATER sentence of an item that names no owner in its
    first one (README, "What is a measure": an item whose words give a named body a task of its
    own — ``以督查促进落实。各单位要…。区政府督查室将…通报。`` → that office leads): a body (or a
    list ``A、B``) opening a sentence, perhaps after a lead-in (``下一步，`` ``根据…要求，``), with a
    duty after it (要/将/应当/须/必须/负责). Only when ONE body (or one list) is so named in the
    whole item: several bodies each doing a step are the steps' actors, not the item's owners.
    ``mentions``: the mentions inside the item, sorted by start."""
    by_start = {x.start: x for x in mentions}
    found: list[Owner] = []
    for x in mentions:
        if x.label != "Bureau" or not unit(x) or x.start <= lo:
            continue
        k = x.start
        while k > lo and text[k - 1] in " \t\u3000":
            k -= 1
        if k <= lo:
            continue   # the item's first sentence: prose_owners' and owners.py's
        if text[k - 1] in _LATER_START:
            s = k
        elif text[k - 1] in "，,":
            # after a lead-in clause (下一步，/ 根据…要求，/ 对…的人和事，): the sentence it stands in
            s = max(text.rfind(c, lo, k) for c in _LATER_START) + 1
            if s <= lo:
                continue
        else:
            continue
        if found and any(o.mention is x for o in found):
            continue   # (the list's later units)
        if found and any(o.quote[0] <= x.start < o.quote[1] for o in found):
            s = k   # another subject after a comma in the same sentence (A将…，B负责…): a step of its own
        units, end = leading_units(text, x.start, hi, by_start, unit)
        if not units or not _DUTY_MODAL.match(text, end, hi) or _HELPS.match(text, end, hi):
            continue
        e = _sentence_end(text, end, hi)
        found += [Owner(u, "lead", 0.7, (s, e)) for u in units]
    per_sentence: dict[tuple[int, int], set] = {}
    for o in found:
        per_sentence.setdefault(o.quote, set()).add(getattr(o.mention, "entity_id", id(o.mention)))
    if len({frozenset(v) for v in per_sentence.values()}) != 1:
        return []   # none, or different subjects in several sentences: the steps' actors
    first = next(iter(per_sentence))
    return [o for o in found if o.quote == first]
