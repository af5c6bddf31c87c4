"""A document's own identity versus what it only cites.

- Its own 发文字号 stands on a line of its own in the head (or right after the issuer's
  name); a number in brackets after a cited title or after 根据/按照/贯彻… (``根据《…》
  (国办发〔2024〕53号)``) is cited, never the document's own.
- A repost headline ``《X》发布`` / ``《X》全文`` is about policy X: its title is X, so the
  repost and X are one policy, not two.

structure.py finds the first number and title of the head; these functions only decide
whether they are the document's own.
"""

from __future__ import annotations

import re

from medgraph.extract.structure import DOC_NUMBER

_CITING = re.compile(r"(根据|按照|依据|依照|贯彻|落实|执行|参照|对照|转发|《[^《》\n]{2,80}》\s*$)")
_REPOST = re.compile(r"^《(?P<t>[^《》]{4,80})》\s*(?:正式)?(?:发布|印发|出台|公布|全文|出炉|解读|政策解读|来了)?[!！]?$")


def _cited(text: str, start: int) -> bool:
    """True when the number at ``start`` is a citation: bracketed after a title, or in a
    sentence that opens with 根据/按照/贯彻…"""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if not before.strip(" \t\u3000#"):
        return False  # alone at the start of its line: the document's own
    b = before.rstrip(" \t\u3000(（[【〔")
    if b.endswith("》"):
        return True
    clause = re.split(r"[。；;\n]", before)[-1]
    return bool(_CITING.search(clause))


_NUMBER_LABEL = re.compile(r"(?:发文字号|文号|字号|文件编号)\s*[|｜:：\]】]?\s*$")


def stands_alone(text: str, start: int, end: int) -> bool:
    """True when a number is the only thing on its line, or follows a 文号/发文字号 label (the
    way a notice or a page's metadata block states its own number)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before = text[line_start:start].strip(" \t\u3000#|｜[]【】")
    after = text[end:line_end].strip(" \t\u3000|｜")
    return (not before or bool(_NUMBER_LABEL.search(before))) and (not after or after.startswith(("|", "｜", "发文日期", "成文日期")))


def own_number(text: str, found: str, found_span: tuple[int, int] | None, head_len: int = 4000) -> tuple[str, tuple[int, int] | None]:
    """The document's own number: ``found`` unless it is cited, then the first number of the
    head that is not cited (or none). When nothing was found, a number standing alone on its
    line in the head is the document's own whatever its letters (苏府〔2022〕33号)."""
    if found and found_span is not None and not _cited(text, found_span[0]):
        return found, found_span
    for m in DOC_NUMBER.finditer(text, 0, min(len(text), head_len)):
        g = m.group(0)
        if _cited(text, m.start()):
            continue
        if "发" in g or "办" in g or "字" in g or stands_alone(text, m.start(), m.end()):
            return re.sub(r"\s+", "", g), m.span()
    return "", None


def own_title(title: str) -> str:
    """``《X》发布`` (a repost headline) → X; any other title unchanged."""
    m = _REPOST.match(title.strip())
    return m.group("t") if m else title
