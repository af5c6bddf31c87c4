"""Values a document states about an entity, kept per document so that sources can disagree.

A park's area, a fund's size, the year something was founded: two documents may give two
values, and an analyst must see both, each with its quote and the kind of source it comes
from (medgraph.conflicts). The graph's node props hold one value; the claims hold what each
document said. Only a value the sentence ties to an entity named in the same clause is a
claim (规划面积5.5平方公里 after 国际医药创新公园; 设立规模200亿元的X基金); a figure with no
named subject is not attributed to anything.

Pure: text (normalized) and the document's mentions in, claims out (offsets in the text
given; the caller maps them to the original).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter

from medgraph.textutil import sentence_ends

_CLAUSE_END = re.compile(r"[。；;！？!?\n]")
_AREA = re.compile(r"(?:规划|占地|总|建设|用地|建筑)?面积(?:约|达|为|近|超过|共|约为)?\s*"
                   r"(\d+(?:\.\d+)?)\s*(平方公里|平方千米|km²|km2|公顷|万平方米|亩)")
_AREA_BEFORE = re.compile(r"(\d+(?:\.\d+)?)\s*(平方公里|平方千米|km²|km2|公顷|万平方米)(?:的)?$")
_KM2 = {"平方公里": 1.0, "平方千米": 1.0, "km²": 1.0, "km2": 1.0, "公顷": 0.01, "万平方米": 0.01, "亩": 1 / 1500}
_FUND_AFTER = re.compile(r"(?:总)?规模(?:为|达|达到|约|共|超过)?\s*(\d+(?:\.\d+)?)\s*(亿|万)元")
_FUND_BEFORE = re.compile(r"(\d+(?:\.\d+)?)\s*(亿|万)元(?:规模)?(?:的)?\s*$")
_FOUNDED_AFTER = re.compile(r"(?:于|在)?\s*((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*(?:正式)?"
                            r"(?:成立|设立|组建|创立|揭牌|挂牌|落成|开园)")
_FOUNDED_VERB = re.compile(r"成立|设立|组建|创立|揭牌|挂牌|落成|开园")
_FOUNDED_SUFFIX = re.compile(r"(?:成立|设立|组建|创立|揭牌|挂牌|落成|开园)(?:于)\s*((?:19|20)\d{2})\s*年")

SUBJECTS = {"area_km2": {"Platform", "District"}, "size_yi": {"Fund"},
            "founded_year": {"Fund", "Platform", "Organization"}}
_ANY_SUBJECT = frozenset().union(*SUBJECTS.values())
_START = attrgetter("start")


@dataclass(frozen=True)
class Claim:
    entity: str          # entity id
    attribute: str       # area_km2 | size_yi | founded_year
    value: float | int
    start: int           # span of the words stating the value (and its subject, when adjacent)
    end: int
    text: str            # the value as written (5.5平方公里, 200亿元, 2019年)


def _clause(text: str, pos: int, ends: list[int] | None = None) -> tuple[int, int]:
    """The clause around ``pos``: from after the last clause end before it to the next one.
    ``ends`` (every clause end of ``text``, ascending) saves a scan per call."""
    if ends is None:
        ends = [m.start() for m in _CLAUSE_END.finditer(text)]
    i = bisect_left(ends, pos)   # ends[i - 1] < pos <= ends[i]
    return (ends[i - 1] + 1 if i else 0), (ends[i] if i < len(ends) else len(text))


def _subject(mentions, labels: set[str], lo: int, pos: int):
    """The nearest mention of one of ``labels`` in [lo, pos): the entity the clause is about."""
    best = None
    for m in mentions:
        if m.label in labels and lo <= m.start and m.end <= pos:
            if best is None or m.start > best.start:
                best = m
    return best


def find_claims(text: str, mentions) -> list[Claim]:
    """Every (entity, attribute, value) the text states, in text order."""
    out: list[Claim] = []
    # every _AREA match holds 面积 (a str search, not the pattern's optional prefixes tried at
    # every position); only the mentions of a subject label can be claimed for
    area = "面积" in text
    # (filtered, then sorted stably by start: the order filtering the sorted mentions gives)
    subjects = [m for m in mentions if m.label in _ANY_SUBJECT]
    if not area and not subjects:
        return out
    subjects.sort(key=_START)
    by_start = sorted(mentions, key=_START)
    # one scan per text, shared with sentence_bounds (the same end characters as _CLAUSE_END);
    # each clause by bisect
    ends = sentence_ends(text)

    for m in _AREA.finditer(text) if area else ():
        lo, _ = _clause(text, m.start(), ends)
        # a park's clause often names its district too (位于昌平区，规划面积…): the park is the subject
        subj = _subject(by_start, {"Platform"}, lo, m.start()) or _subject(by_start, {"District"}, lo, m.start())
        if subj is not None:
            v = round(float(m.group(1)) * _KM2[m.group(2)], 4)
            out.append(Claim(subj.entity_id, "area_km2", v, m.start(), m.end(), m.group(1) + m.group(2)))
    for subj in subjects:
        lo, hi = _clause(text, subj.start, ends)
        if subj.label in SUBJECTS["area_km2"]:
            b = _AREA_BEFORE.search(text, max(lo, subj.start - 14), subj.start)
            if b:
                v = round(float(b.group(1)) * _KM2[b.group(2)], 4)
                out.append(Claim(subj.entity_id, "area_km2", v, b.start(), b.end(), b.group(1) + b.group(2)))
        if subj.label in SUBJECTS["size_yi"]:
            b = _FUND_BEFORE.search(text, max(lo, subj.start - 16), subj.start)
            # every match holds 规模: a clause without it is not tried at every position
            a = _FUND_AFTER.search(text, subj.end, hi) if text.find("规模", subj.end, hi) != -1 else None
            hit = b or a
            if hit and not _LEVERAGED.search(text[lo:hit.start()] if hit is a else ""):
                v = float(hit.group(1)) / (10000 if hit.group(2) == "万" else 1)
                out.append(Claim(subj.entity_id, "size_yi", v, hit.start(), hit.end(), hit.group(0).strip()))
        if subj.label in SUBJECTS["founded_year"]:
            # both patterns end or start with a founding verb: a clause without one has no match
            a = (_FOUNDED_AFTER.search(text, subj.end, hi) or _FOUNDED_SUFFIX.search(text, subj.end, hi)) \
                if _FOUNDED_VERB.search(text, subj.end, hi) else None
            if a and not _subject(by_start, SUBJECTS["founded_year"], subj.end, a.start()):
                out.append(Claim(subj.entity_id, "founded_year", int(a.group(1)), a.start(), a.end(), a.group(0).strip()))
    uniq = {(c.entity, c.attribute, c.start): c for c in out}
    return sorted(uniq.values(), key=lambda c: (c.start, c.entity, c.attribute))


# inline patterns compiled once (re.search(str, …) looked each up in re's cache per call)
_LEVERAGED = re.compile(r"(撬动|带动|投资额度|吸引)")
