"""Owners a measure's text states, in every style policy texts use.

- ``（牵头单位：A；配合单位：B、C）`` and the same with 牵头部门/责任单位/主责单位/配合部门/参与单位/
  协同单位…, full-width or ASCII punctuation, with or without brackets, cut at the end of the file;
- ``（责任单位：A、B）``: the first listed unit leads, the others support — the common convention,
  stated by many documents (``列第一位者为牵头单位``); a document that says its lists are in no
  order (``排名不分先后``) makes every listed unit a lead;
- ``A牵头，B、C配合`` (配合/参与/协同/协助);
- ``A、B按职责分工负责``: every listed unit is co-responsible (lead);
- a bare trailing list ``（A、B）`` made of nothing but bodies: the first leads.

Every unit listed is returned with its role, a confidence and the span to quote (the
annotation itself). Pure functions over normalized text and the document's mentions; the
caller maps a listed place (海淀区) to its government.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ANNOTATION = re.compile(
    r"(?=[(（\s牵责主配参协负支])[(（]?\s*"
    r"(?P<kind>牵头单位|牵头部门|责任单位|责任部门|主责单位|主责部门|负责单位|配合单位|配合部门|参与单位|参与部门|"
    r"协同单位|协同部门|协办单位|支持单位)\s*[:：]\s*(?P<list>[^)）\n。；;]+)"
)
# A牵头，B配合 (inside a measure; the lead list is the clause right before 牵头)
LEAD_THEN_SUPPORT = re.compile(
    r"(?<=[。；;，,：:()（）\n\s])(?P<lead>[^。；;，,：:()（）\n]{2,80}?)牵头(?:负责)?(?:[，,、]\s*(?P<sup>[^。；;，,()（）\n]{2,120}?)(?:配合|参与|协同|协助))?")
DUTY = re.compile(r"(?<=[。；;，,：:()（）\n\s])(?P<list>[^。；;，,：:()（）\n]{2,160}?)(?:按职责分工负责|按照职责分工负责|按职责分工落实|按职责负责|分工负责)")
BARE_LIST = re.compile(r"[(（](?P<list>[^()（）。]{3,160})[)）]\s*[。；;]?\s*$")
# what may sit between the names of a list besides the names themselves
_FILLER = re.compile(r"各区(?:[(（]县[)）])?(?:人民)?政府|各(?:有关|相关)?(?:部门|单位)|有关部门|相关部门|有关单位|相关单位|"
                     r"[(（]县[)）]|由|[、，,；;\s等和及与]")
CONVENTION_FIRST = re.compile(r"(?:列|排)(?:在)?第一位(?:的|者)?(?:单位)?为牵头(?:单位|部门)|第一(?:个)?(?:单位|部门)为牵头(?:单位|部门)")
CONVENTION_NONE = re.compile(r"(?:排名|排序)不分先后")


@dataclass(frozen=True, slots=True)
class Convention:
    """How a document's 责任单位 lists are to be read; ``span``: where it says so."""
    first_leads: bool = True
    stated: bool = False
    span: tuple[int, int] | None = None


def convention(text: str) -> Convention:
    m = CONVENTION_FIRST.search(text)
    if m:
        return Convention(True, True, m.span())
    m = CONVENTION_NONE.search(text)
    if m:
        return Convention(False, True, m.span())
    return Convention()


@dataclass(frozen=True, slots=True)
class Owner:
    index: int          # index of the mention in the caller's list
    role: str           # lead | support
    confidence: float
    quote: tuple[int, int]


def _units(mentions, lo: int, hi: int, unit) -> list[int]:
    return [i for i, x in enumerate(mentions) if lo <= x.start and x.end <= hi and unit(x)]


def _only_units(text: str, lo: int, hi: int, mentions, idx: list[int]) -> bool:
    rest = text[lo:hi]
    for i in sorted(idx, key=lambda i: -mentions[i].start):
        x = mentions[i]
        rest = rest[: x.start - lo] + rest[x.end - lo:]
    return not _FILLER.sub("", rest)


def owners(text: str, lo: int, hi: int, mentions: list, unit, conv: Convention = Convention()) -> list[Owner]:
    """Owners stated in text[lo:hi]. ``mentions``: the mentions inside (sorted by start);
    ``unit(m)``: True for a mention that can own a measure (a body, or a place standing for
    its government)."""
    out: list[Owner] = []
    if text.find("单位", lo, hi) != -1 or text.find("部门", lo, hi) != -1:
        found = list(ANNOTATION.finditer(text, lo, hi))
        # 牵头单位：A；责任单位：B、C — beside a stated lead, the 责任单位 are the others (support)
        named_lead = any(a.group("kind").startswith(("牵头", "主责")) for a in found)
        for a in found:
            idx = _units(mentions, a.start("list"), a.end("list"), unit)
            kind = a.group("kind")
            for k, i in enumerate(idx):
                if kind.startswith(("配合", "参与", "协同", "协办", "支持")) or (named_lead and not kind.startswith(("牵头", "主责"))):
                    role, conf = "support", 0.95
                elif kind.startswith(("牵头", "主责")):
                    role, conf = "lead", 1.0
                elif not conv.first_leads:  # 责任单位, lists in no order
                    role, conf = "lead", 0.95
                else:  # 责任单位: the first listed unit leads
                    role, conf = ("lead", 1.0 if conv.stated else 0.95) if k == 0 else ("support", 0.9)
                out.append(Owner(i, role, conf, a.span()))
        if out:
            return out
    if text.find("牵头", lo, hi) != -1:
        for a in LEAD_THEN_SUPPORT.finditer(text, lo, hi):
            lead = _units(mentions, a.start("lead"), a.end("lead"), unit)
            # the lead clause must be nothing but units (由A、B牵头), else 牵头 is a verb in prose
            if not lead or not _only_units(text, a.start("lead"), a.end("lead"), mentions, lead):
                continue
            out += [Owner(i, "lead", 0.95, a.span()) for i in lead]
            if a.group("sup"):
                sup = _units(mentions, a.start("sup"), a.end("sup"), unit)
                if sup and _only_units(text, a.start("sup"), a.end("sup"), mentions, sup):
                    out += [Owner(i, "support", 0.9, a.span()) for i in sup]
        if out:
            return out
    if text.find("负责", lo, hi) != -1 or text.find("落实", lo, hi) != -1:
        for a in DUTY.finditer(text, lo, hi):
            idx = _units(mentions, a.start("list"), a.end("list"), unit)
            if idx and _only_units(text, a.start("list"), a.end("list"), mentions, idx):
                out += [Owner(i, "lead", 0.9, a.span()) for i in idx]
        if out:
            return out
    for a in BARE_LIST.finditer(text, lo, hi):
        idx = _units(mentions, a.start("list"), a.end("list"), unit)
        if idx and _only_units(text, a.start("list"), a.end("list"), mentions, idx):
            for k, i in enumerate(idx):
                lead = k == 0 or not conv.first_leads
                out.append(Owner(i, "lead" if lead else "support", 0.9 if lead else 0.85, a.span("list")))
    return out
