"""Who issued a document: every body that signs or heads it, never one it only names.

A document states its issuers in a few places, all read here from the body mentions
entities.py already found (no new scan of the text):

- its own heading: the bodies that open ``X关于印发…的通知`` / ``国务院关于同意…的批复`` (a joint
  notice names several, glued or separated: ``省发展改革委省经信厅省科技厅关于…``) — only the
  heading the title came from, not a repost headline above it;
- lines made of nothing but body names in the head (a joint notice lists its bodies one per
  line, or several on a line), a letterhead ``X文件`` (with its number) or a decree's ``X令``;
- a page's metadata row labelled as the issuer (``发文机关：``, ``[制定机关]``, ``发布机构``);
  other labels (``来源``, ``备注``, ``公开责任部门``) name a site or an office, not the issuer;
- the signature block next to the date (one body per line, several on a line, blank lines
  between them);
- the promulgation line of a decree (``2003年8月18日 X、Y第4号令公布``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medgraph.extract.bodies import place_stem, session_after
from medgraph.extract.entities import Mention
from medgraph.extract.identity import BYLINE, CITING_WORDS, dateline_end, issued_in
from medgraph.extract.source_kind import INTERPRETS_HEADLINE

# the day's 日 may be lost (2018年8月14) or the day left unfilled in a template (2017年4月 日);
# a year in Chinese numerals may be typed with a zero or a letter O for 〇 (二0一0年, 二O一一年)
_DATE = (r"(?:(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4}|[一二][〇○零一二三四五六七八九0OＯ０]{3})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
         r"\s*(?:[\d一二三四五六七八九十]{1,3}\s*日?|日)?|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})")
# a date alone on its line; also one whose 年/月/日 glyphs a page lost (2017年323, 2020  1  22, 202634)
_LOST_DATE = r"(?:19|20)\d{2}(?:\s*年\s*\d{3,4}|\s+\d{1,2}\s+\d{1,2}|[01]?\d[0-3]?\d)"
# (| after it: the bar of a table cell the signature was pasted into)
_DATE_ONLY = re.compile(r"^[\s#]*(?:" + _DATE + "|" + _LOST_DATE + r")[\s|｜]*$")
# 湖州市科学技术局  2021年3月8日: signed on the date's line (its glyphs lost too: 陕西省人民政府 2017821)
_DATE_END = re.compile(r"[ \t\u3000](?:" + _DATE + "|" + _LOST_DATE + r")[\s|｜]*$")
_SIGNATURE_NOISE = re.compile(r"^[\s#]*(?:[(（][^()（）]{0,20}[)）]|-\s*\d+\s*-|第?\s*\d+\s*页)?\s*$")
# a metadata label that names the issuer, and any label (where the issuer's value ends)
_ISSUER_LABEL = re.compile(r"(?:发文机关|发文机构|发文单位|发布机构|发布机关|发布部门|发布单位|制定机关|制发机关|制发单位|颁布机关|公布机关|成文单位|印发机关)"
                           r"\s*[\]】]?\s*[:：]?")
_ANY_LABEL = re.compile(r"[\[【][^\]】\n]{1,8}[\]】]|[\u4e00-\u9fff]{2,6}\s*[:：]")


def _any_label(text: str, pos: int, endpos: int) -> re.Match | None:
    """``_ANY_LABEL.search(text, pos, endpos)``, the same match, searched from where the first one
    can start (its second branch, a run of name characters, tried at each of them, was slow on a
    long line): a bracketed label at its first [ or 【; a worded one ends at a colon, the first
    colon or a later one, and starts at most 6 characters and the blanks before its colon ahead
    of it (a match ending at a later colon starts after the first)."""
    starts = [i for i in (text.find("[", pos, endpos), text.find("【", pos, endpos)) if i != -1]
    colons = [i for i in (text.find(":", pos, endpos), text.find("：", pos, endpos)) if i != -1]
    if colons:
        j = min(colons)
        while j > pos and text[j - 1].isspace():
            j -= 1
        starts.append(j - 6)
    if not starts:
        return None
    return _ANY_LABEL.search(text, max(pos, min(starts)), endpos)


_CELL = re.compile(r"[\s|｜:：\]】]*[^|｜\n]*")   # a table row's value cell after its label
# a letterhead's number (深圳市人民政府办公厅文件 深府办〔2020〕2号): not a word of the line
_LETTER_NUMBER = re.compile(r"(?<=文件)\s+[\u4e00-\u9fff]{1,10}[〔\[【(（﹝](?:19|20)\d{2}[〕\]】)）﹞]第?\d{1,4}号\s*$")
_SEPARATORS = re.compile(r"[\s、，,#*•·]")   # not | : a table row of bodies is no signature
# letters, digits and signs a forum's anti-copy filter sprinkles on a line (国家卫生健康委办公厅 0 }' R% t5 d)
_ASCII_NOISE = re.compile(r"[!-~]+")


def _unseparated(s: str) -> str:
    """``_SEPARATORS.sub("", s)``: blanks dropped by one split (re's \\s and str.split agree on
    what a blank is), then each separator by a replace (faster than the regex's substitution)."""
    return ("".join(s.split()).replace("、", "").replace("，", "").replace(",", "").replace("#", "")
            .replace("*", "").replace("•", "").replace("·", ""))


def _words_left(raw: str) -> int:
    """``len(_SEPARATORS.sub("", _ASCII_NOISE.sub("", raw)))``: the characters that are no blank,
    separator or printable ASCII, counted (no second string built): what stays once the
    separators go, less its ASCII (a control character among it, no printable one: as written)."""
    s = _unseparated(raw)
    if s.isascii():
        b = s.encode()
    else:
        b = s.encode("ascii", "ignore")
    if b and (min(b) < 0x21 or max(b) > 0x7e):
        return len(_SEPARATORS.sub("", _ASCII_NOISE.sub("", raw)))
    return len(s) - len(b)
# the lines after a signature that name whom a copy goes to (抄送：…) or who printed it
_CC = re.compile(r"[\s#]*(?:抄送|抄报|主送|报送|分送|发送|送)\s*[:：]")
# a word labelling what follows (抄送: / 印发机关：): ASCII colons count only next to a CJK word,
# since anti-copy letters carry them too (j- l, J: F+)
_LABEL_COLON = re.compile(r"[：]|(?<=[\u4e00-\u9fff])\s*:")
_CLAUSE_PUNCT = re.compile(r"[。；，：]|(?<=[\u4e00-\u9fff])\s*[;,:]|[;,:]\s*(?=[\u4e00-\u9fff])")
# (国家中医药管理局代章): a body lending its seal to a signatory is not one
_SEAL = re.compile(r"代章|代印|代盖")
_GLUED_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:司|处|科|室|办公室|中心)(?=[\s\u3000、，,]|$)", re.M)
_DECREE = re.compile(r"第\s*\d{1,4}\s*号令|令\s*第\s*\d{1,4}\s*号")


# a name that holds a space after a complete body's name (X卫生健康委员会 X发展和改革委员会, read
# as one by a page that separates signatories with single spaces): two names, signing as neither
_TWO_NAMES = re.compile(r"(?:委员会|局|厅|办公室|政府|委)[ \t\u3000]+[\u4e00-\u9fff]")


def _one_name(text: str, m: Mention) -> bool:
    # (every _TWO_NAMES match holds a blank: a name without one, most, is not searched)
    seg = text[m.start:m.end]
    return not (" " in seg or "\t" in seg or "\u3000" in seg) or _TWO_NAMES.search(text, m.start, m.end) is None


# a signatory no gazetteer knows, alone on its line in a signature block (中国人民银行X中心支行):
# it holds its place in the block without signing
_UNKNOWN_SIGNATORY = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,24}(?:局|厅|委员会|办公室|办公厅|支行|分行|分局|管委会|政府)[ \t\u3000]*")


def _head_bureaus(text: str, mentions: list[Mention], hi: int) -> list[Mention]:
    """The body mentions that sign as one name (``_one_name``), read only as far as
    ``_lines_with(…, hi)`` reads them: up to the first such mention at or after ``hi`` (the
    rest of a long text was filtered, one regex per mention, for nothing)."""
    out = []
    for m in mentions:
        if m.label == "Bureau" and _one_name(text, m):
            out.append(m)
            if m.start >= hi:
                break
    return out


def _lines_with(text: str, bureaus: list[Mention], lo: int, hi: int) -> dict[int, list[Mention]]:
    """The body mentions in ``[lo, hi)`` grouped by the start of their line."""
    lines: dict[int, list[Mention]] = {}
    for m in bureaus:
        if m.start >= hi:
            break
        if m.start >= lo:
            lines.setdefault(text.rfind("\n", 0, m.start) + 1, []).append(m)
    return lines


_PLACE_STEM = re.compile(r"[\u4e00-\u9fff]{2,4}$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _rest(text: str, ls: int, le: int, inside: list[Mention]) -> str:
    """The line without its body names. A mention that starts at its level word (市卫生健康委员会
    after 丽水) takes the place stem glued before it: 丽水市卫生健康委员会 is one name."""
    # (what is kept joined once, not the line rebuilt around each name: the text of the line
    # outside the union of the names' spans, which may overlap)
    spans = []
    prev = ls
    for m in inside:
        s = m.start
        if text[s:s + 1] in "省市区县州盟旗":
            stem = _PLACE_STEM.search(text, max(prev, s - 4), s)
            if stem:
                s = stem.start()
        spans.append((s, m.end))
        prev = m.end
    spans.sort()
    keep = []
    pos = ls   # the end of the names read so far
    for s, e in spans:
        if s > pos:
            keep.append(text[pos:min(s, le)])
        if e > pos:
            pos = e
    if pos < le:
        keep.append(text[pos:le])
    return "".join(keep).replace("\0", "")   # (a NUL in the line itself went with the blanks before)


# words of a heading between two bodies that make the second one the object, not a co-issuer
# (青岛市人民政府批转市发展改革委关于…, X转发省卫生健康委…, X会同市财政局…)
_HEADING_VERB = re.compile(r"关于|批转|转发|印发|转批|会同|联合|同意|委托|授权|通知|批复")
_GLUED_STEM = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]?){2,4}")
# a department glued after a body's name, before the heading's verb (国家卫生健康委科教司关于…,
# X局综合处印发…): the named body is only its parent
_UNIT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:司|处|科|室|办公室|办|中心)(?=\s*(?:关于|印发|转发|发布))")
# what follows a site's banner line (北京市西城区人民政府 / 当前位置：首页 > …): the page's navigation
_NAVIGATION = re.compile(r"[ \t\u3000#]*(?:(?:您|你)?(?:当前|现在)(?:所在)?的?位置|(?:您|你)(?:所在)?的位置|所在位置|信息详情|首页(?:\s|[>＞»/|｜]|$)|网站首页)", re.M)
_NEXT_LINES = 12


def _heading_bodies(text: str, inside: list[Mention], ls: int) -> list[Mention]:
    """The bodies opening a heading, glued or separated by 、，和 (a joint notice)."""
    if session_after(text, inside[0].end):
        return []   # 市十四届人大五次会议3号议案…: a congress's session is the heading's subject
    lead = [inside[0]]
    for m in inside[1:]:
        gap = text[lead[-1].end:m.start]
        if re.fullmatch(r"[\s、，,和与及]*", gap) or text[m.start:m.start + 1] in "省市区县州盟旗" and _GLUED_STEM.fullmatch(gap) \
                and not _HEADING_VERB.search(gap) and place_stem(re.sub(r"\s", "", gap)):
            # (宁 波 + 市财政局: the place stem glued before a name that starts at its level word)
            lead.append(m)
        else:
            break
    if _UNIT_AFTER.match(text, lead[-1].end):
        lead.pop()   # 国家卫生健康委科教司关于…: the department issues it, not the commission it belongs to
    if lead and _GENRE.match(text, lead[-1].end - 2) and not _OWN_REPORT.match(text, lead[-1].end - 2):
        return []    # 市政府工作报告重点工作责任分解: 政府工作报告 names a genre, not who wrote this
    return lead


# names a heading lists before its known bodies, each ending as a body's name ends
# (对外贸易经济合作部、国土资源部、建设部关于…: a former ministry no gazetteer holds)
_UNKNOWN_NAMES = re.compile(r"[\s#]*(?:[\u4e00-\u9fff]{2,16}[部委局厅署办府会行室]\s*[、，,]\s*)+")


def _after_unknown(text: str, inside: list[Mention], heading: tuple[int, int]) -> list[Mention]:
    """The known bodies of a joint heading whose first names are not known (A、B、C关于…
    with A unknown): the run of bodies right before 关于, when only names separated by 、
    stand before it. (X转发Y关于…: 转发 before the run, no issuers from it.)"""
    about = text.find("关于", heading[0], heading[1])
    if about == -1:
        return []
    run: list[Mention] = []
    end = about
    for m in reversed([b for b in inside if b.end <= about]):
        if re.fullmatch(r"[\s、，,和与及]*" if run else r"\s*", text[m.end:end]):
            run.insert(0, m)
            end = m.start
        else:
            break
    prefix = text[heading[0]:end] if run else ""
    if not run or not _UNKNOWN_NAMES.fullmatch(prefix) or _HEADING_VERB.search(prefix):
        return []
    return run


def head_issuers(text: str, region: tuple[int, int], mentions: list[Mention],
                 heading: tuple[int, int] | None = None, lone: list[Mention] | None = None) -> list[Mention]:
    """Issuers stated in the head ``region``: body-only lines, a letterhead, issuer-labelled
    metadata, and the bodies opening the title's own ``heading`` (when the title came from
    one; else the first ``X关于…`` line of the head), in order, first occurrence each.
    ``lone`` (when given) receives the mentions read from lines of body names alone that no
    date signs: a site's banner reads like them (see ``banner_only``)."""
    lo, hi = region
    out: list[Mention] = []
    labelled: list[Mention] = []   # a page's metadata (发文机关: …)
    about_seen = False
    headed = False   # the title's own heading named its issuers (X关于…)
    lines = _lines_with(text, _head_bureaus(text, mentions, hi), lo, hi)
    listed = _listed_under(text, heading, lines, hi) if heading is not None else set()
    below: dict[int, int] = {}   # _signed's verdicts on the lines it reads, kept for this head
    for ls in sorted(lines):
        inside = lines[ls]
        le = text.find("\n", ls)
        le = len(text) if le == -1 else le
        if heading is not None and ls <= heading[0] and heading[1] < le:
            le = heading[1]   # a heading opening a page flattened into one line ends at its 的通知
        if le > hi:
            if "号" in text[ls:inside[0].start] and all(not x.strip() or x.lstrip().startswith("来源") for x in text[lo:ls].split("\n")):
                # a page flattened into one line (number, heading, addressees, text all run
                # together): the bodies opening its heading (某政办发〔2019〕24号X关于印发…)
                out.extend(_flat_heading(text, ls, inside))
            continue
        inside = [m for m in inside if m.end <= le]
        if not inside:
            continue
        rest = _rest(text, ls, le, inside)
        if rest.rstrip().endswith(("：", ":")) and not _ISSUER_LABEL.search(rest):
            continue  # 陕西省人民政府： addresses the notice (主送机关), it does not issue it
        # (every _LETTER_NUMBER match follows a 文件)
        bare = _unseparated(_LETTER_NUMBER.sub("", rest) if "文件" in rest else rest)
        # body names only, or a letterhead (X文件); any other word on the line (备注 X, X主办)
        # makes it something else than a list of signatories
        if not bare or bare in ("文件", "令"):
            # (the next line and _signed's verdict on this one are read once: the tests below
            # asked for them up to three times and twice)
            nxt = _next_line(text, le)
            signed: bool | None = None
            if not bare and (_NAVIGATION.match(nxt) or _menu_below(text, le)):
                continue   # a site's banner above its breadcrumbs or its menu: the site, not the issuer
            if not bare and _interpretation_below(text, le, nxt):
                continue   # X局 / 关于《Y》…的解读: the author of an interpretation page, not Y's issuer
            if heading is not None and ls >= heading[1] and text[ls:le].rstrip().endswith(_LIST_GOES_ON):
                continue   # 市商务局、市医保局、 / 市林业局： — a list going on to the next line
            if heading is not None and ls >= heading[1] and ls not in listed:
                signed = _signed(text, ls, le, lines, below)
                if not signed and not _ADDRESSEE.match(nxt) and not _ABOUT_LINE.match(nxt):
                    # bodies alone on a line below the title, far from any date: a table's cell —
                    # unless an addressee line follows (X局 / 市人大常委会：): the author of a report;
                    # or a line opening with 关于: the notice's heading broken after its issuers
                    continue
            if not bare and _COVER_DATE.match(nxt) and _notice_issues(text, ls):
                # below the notice that issues it (…现印发给你们), the issued text's cover:
                # the body that drafted it and the month (X局 / 2021年10月), not an issuer
                continue
            if lone is not None and not bare and not (_signed(text, ls, le, lines, below) if signed is None else signed):
                lone.extend(inside)
            out.extend(inside)
            continue
        # a line of body names signs when it is listed under the title or signed by a date (most
        # lines here are sentences naming a body: no line of names, so no date is looked for)
        # (a sentence naming a body is no line of names: told by its count of words alone)
        signing = None if _too_wordy(bare, inside) else _body_line(text, ls, le, inside)
        if signing and ls not in listed and not _signed(text, ls, le, lines, below):
            signing = None
        if signing:
            # a covering letter's signature with a stray character (北京市卫生和计划生育委会) or a
            # department glued to a known body (国家中医药局综合司: not the 局 itself)
            out.extend(signing)
            continue
        lab = _ISSUER_LABEL.search(text, ls, le)
        if lab:  # 发文机关: 盘锦市政府 成文日期: … → the bodies up to the next label (or table cell)
            nxt = _any_label(text, lab.end(), le)
            stop = nxt.start() if nxt else le
            cell = _CELL.match(text, lab.end(), stop)
            stop = cell.end() if cell else stop
            labelled.extend(m for m in inside if lab.end() <= m.start and m.end <= stop)
            continue
        if heading is not None:
            if heading[0] <= inside[0].start < heading[1] and inside[0].start - heading[0] <= 2 \
                    and not _CJK.search(text, heading[0], inside[0].start):
                # (a word before the body, 对县政协…提案的答复, makes it the heading's object)
                got = _heading_bodies(text, [m for m in inside if m.start < heading[1]], ls)
                headed = headed or bool(got)
                out.extend(got)
            elif heading[0] <= inside[0].start < heading[1]:
                out.extend(_after_unknown(text, [m for m in inside if m.start < heading[1]], heading))
            continue
        if not about_seen and rest.lstrip("# \t").startswith("关于") and inside[0].start - ls <= 2:
            about_seen = True   # the notice's own heading: 天津市人民政府办公厅关于印发…的通知
            got = _heading_bodies(text, inside, ls)
            headed = headed or bool(got)
            out.extend(got)
        elif not about_seen and "号" in text[ls:inside[0].start] and _FLAT_NUMBER.match(text, ls).end() == inside[0].start:
            run = _flat_heading(text, ls, inside)   # 某政办发〔2019〕24号X关于印发…: its number first
            about_seen = bool(run)
            out.extend(run)
    # a heading that spans lines (广东省人民政府办公厅关于印发…\n…的通知) is covered above by
    # its first line; an issuer label alone on its line gives the next line's bodies
    for lab in _ISSUER_LABEL.finditer(text, lo, hi):
        ls = text.rfind("\n", 0, lab.start()) + 1
        le = text.find("\n", lab.end())
        if le == -1 or text[ls:lab.start()].strip() or text[lab.end():le].strip():
            continue
        nxt = next((s for s in sorted(lines) if s > le), None)
        if nxt is not None and not text[le:nxt].strip("\n \t\u3000"):
            ne = text.find("\n", nxt)
            ne = len(text) if ne == -1 else ne
            inside = [m for m in lines[nxt] if m.end <= ne]
            if inside and not _unseparated(_rest(text, nxt, ne, inside)):
                labelled.extend(inside)
    # a page's metadata may name the government for its office's document (发文机关: X市政府
    # above X市人民政府办公室关于…): a labelled body whose office the document names is dropped
    labelled = [m for m in labelled if not any(o.entity_id != m.entity_id and o.entity_id.startswith(m.entity_id) for o in out)]
    # and the other way round (发布机构: 市政府办公室 above 台州市人民政府…关于印发…的通知): the general
    # office publishes its government's documents on the site; the heading names who issued it
    labelled = [m for m in labelled if not (m.entity_id.endswith(_OFFICE_ENDS) and any(
        o.entity_id != m.entity_id and m.entity_id.startswith(o.entity_id) for o in out))]
    if labelled and _department_replies(text, hi):
        # a reply that speaks as a department (市人民政府已交由我局办理…现答复如下): a 发布机构 field naming
        # a government names the site's publisher, never the department that answers
        labelled = [m for m in labelled if not m.surface.endswith("政府")]
    if headed and not any(o.entity_id == m.entity_id for m in labelled for o in out):
        # a page's 发布机构 field that names none of the bodies the title's own heading names is
        # the page's publisher (a department's site reposting its leading group's notice): it
        # adds no second issuer (README, session 11 conventions); a field that lists the
        # heading's issuer and another body lists a joint document's issuers
        labelled = []
    return _unique(out + labelled)


# a reply's answer (收悉，现答复如下 / 现将我厅意见函告如下) and a department speaking of itself in it
_REPLY_ANSWERS = re.compile(r"(?:答复|函复|回复|函告)如下")
_DEPARTMENT_SELF = re.compile(r"我(?:局|厅|委(?!员)|办(?![理事公]))")


def _department_replies(text: str, hi: int) -> bool:
    """Is the head a reply whose author speaks as a department (我局/我厅/我委/我办 … 答复如下)?
    (我委员会 and 我办理 are other words.)"""
    hi = min(len(text), hi)
    return text.find("如下", 0, hi) != -1 and _REPLY_ANSWERS.search(text, 0, hi) is not None \
        and _DEPARTMENT_SELF.search(text, 0, hi) is not None


# a year and month alone on a line (2021年10月): a cover's date, not a signature's (dated to the day)
_COVER_DATE = re.compile(r"[ \t\u3000]*(?:19|20)\d{2}[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月[ \t\u3000]*$")
_OFFICE_ENDS = ("办公室", "办公厅")


# what may open a flattened page before its heading: a 来源 line's words aside, its own number
_FLAT_NUMBER = re.compile(r"[ \t\u3000#(（]*(?:[\u4e00-\u9fff]{1,10}[〔\[【(（﹝](?:19|20)\d{2}[〕\]】)）﹞]?第?\d{1,4}号[)）]?)?[ \t\u3000]*")


def _flat_heading(text: str, ls: int, inside: list[Mention]) -> list[Mention]:
    """The bodies that open a flattened page's heading right after its number (X关于…)."""
    at = _FLAT_NUMBER.match(text, ls).end()
    if not inside or inside[0].start != at:
        return []
    run = _heading_bodies(text, inside[:8], ls)
    return run if run and _HEADING_FORM.match(text, run[-1].end) else []


# a page's field line between a title and what follows it (发布日期:2021-05-26  浏览次数:)
_FIELD_LINE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,6}[ \t\u3000]*[:：]")
_LISTED_MIN = 2   # lines of names under a title: one line is an author's byline, read as before


def _listed_under(text: str, heading: tuple[int, int], lines: dict[int, list[Mention]], hi: int) -> set[int]:
    """The lines of body names listed right under the title (blank lines and a page's field
    lines between), two lines or more of them, the text's prose after them: the bodies of a
    joint document, listed under its heading (省商务厅  省发展改革委  省科技厅 / 省财政厅  …),
    each line names only (one unknown name among known ones at most, as in a signature)."""
    out: list[int] = []
    pos = text.find("\n", heading[1])
    while pos != -1 and pos < hi:
        a = pos + 1
        b = text.find("\n", a)
        b = len(text) if b == -1 else b
        pos = -1 if b == len(text) else b
        if not text[a:b].strip():
            continue
        inside = lines.get(a)
        if inside and _body_line(text, a, b, inside) is not None:
            if text[a:b].rstrip().endswith(_LIST_GOES_ON):
                return set()   # 市发展改革委、市财政局、 / 市卫生健康委： — addressees over lines
            out.append(a)
            continue
        if not out and _FIELD_LINE.match(text, a, b) and not _ADDRESSEE.match(text[a:b]):
            continue   # 发布日期:… between the title and the list
        break
    return set(out) if len(out) >= _LISTED_MIN else set()


_LIST_GOES_ON = ("、", "，", ",")


# a heading's line that opens with 关于 (X办公厅 / 关于印发…的通知: the heading broken after its issuer)
_ABOUT_LINE = re.compile(r"[ \t\u3000#]*关于")


def banner_only(issuers: list[Mention], lone: list[Mention], signed: list[Mention]) -> list[Mention]:
    """``issuers`` without those read only from a line of body names alone in the head that the
    signature does not name: a document signed X, under a line X办公室 above its heading, was
    issued by X — the line is the site's banner (the office publishing the government's
    documents). A banner tops the page: a line below a signatory's own line is the rest of a
    joint header (X卫生健康委员会 / X财政局 / 关于…, a page that shows one signature only) and
    stands. Without a signature the head's lines stand."""
    if not signed:
        return issuers
    signed_ids = {m.entity_id for m in signed}
    top = min((m.start for m in lone if m.entity_id in signed_ids), default=None)
    banner = {id(m) for m in lone if m.entity_id not in signed_ids and (top is None or m.start < top)}
    return [m for m in issuers if id(m) not in banner]


# a report's or letter's addressee on a line of its own (市人大常委会：)
_ADDRESSEE = re.compile(r"^[ \t\u3000]*(?!附件|附|抄送|抄报|联系人|备注|主题词|关键词)[\u4e00-\u9fff、，,（）()]{2,40}[:：][ \t\u3000]*$")


# a site's menu entry (  • 登录个人中心 / · 政务公开): a bullet and a short label
_MENU_ENTRY = re.compile(r"[ \t\u3000]*[•·●▪◆][ \t\u3000]*[^\s，。；,;]{2,10}[ \t\u3000]*$")
_MENU_REACH = 2   # non-empty lines below a banner (its site's name may come first: 首都之窗)


_BULLET = re.compile(r"[•·●▪◆]")   # every _MENU_ENTRY holds one


def _menu_below(text: str, le: int) -> bool:
    """Does a site's menu (bulleted entries) start within the next lines below ``le``? (Read
    only when a bullet stands in the stretch at all: most body lines have none below them.)"""
    if _BULLET.search(text, le, le + 300) is None:
        return False
    seen = 0
    for line in text[le:le + 300].split("\n"):
        if not line.strip():
            continue
        if _MENU_ENTRY.fullmatch(line):
            return True
        seen += 1
        if seen >= _MENU_REACH:
            return False
    return False


# the end of an interpretation page's headline (关于《Y》的政策解读, …相关实施细则的解读, …答记者问)
_INTERPRETATION_END = re.compile(r"(?:政策|文件)?解读(?:文本|材料)?[ \t\u3000]*$|答记者问[ \t\u3000]*$|起草说明[ \t\u3000]*$")
_HEADLINE_START = re.compile(r"[ \t\u3000#]*(?:关于|对)?[《〈]|[ \t\u3000#]*关于")


def _interpretation_below(text: str, le: int, nxt: str) -> bool:
    """Is the heading under the line ending at ``le`` (its next line ``nxt``, perhaps broken over
    one more line) an interpretation's headline (X局 / 关于支持…若干措施》相关实施细则的解读)?"""
    if not _HEADLINE_START.match(nxt):
        return False
    if _INTERPRETATION_END.search(nxt):
        return True
    a = text.find(nxt, le)
    after = _next_line(text, a + len(nxt)) if a != -1 else ""
    return bool(after) and _INTERPRETATION_END.search(after) is not None


def _next_line(text: str, le: int) -> str:
    """The next non-empty line after the line ending at ``le`` (within 400 characters): the
    lines of ``text[le:le + 400].split("\n")`` read one ``find`` at a time, up to the first
    non-empty one (most often the first or second), without splitting the whole stretch."""
    end = min(len(text), le + 400)
    a = le
    while True:
        b = text.find("\n", a, end)
        line = text[a:end] if b == -1 else text[a:b]
        if line.strip():
            return line
        if b == -1:
            return ""
        a = b + 1


# the characters a date ends with (the non-ASCII ones of _DATE/_LOST_DATE — 年月日, numerals in
# words — besides digits): a line ending otherwise (most do: 。, a name) holds no date at its end
_DATE_LAST = frozenset(ch for ch in _DATE + _LOST_DATE if not ch.isascii())


def _may_end_date(text: str, a: int, b: int) -> bool:
    """False when no _DATE_ONLY/_DATE_END match can end the line ``[a, b)``: its last character
    is none a date ends with, nor a blank or a table's bar (after which they look further back)."""
    if b <= a:
        return False
    ch = text[b - 1]
    return ch in _DATE_LAST or ch.isdecimal() or ch.isspace() or ch in "|｜"


def _is_date_line(text: str, a: int, b: int) -> bool:
    return _may_end_date(text, a, b) and bool(_DATE_ONLY.match(text[a:b]) or _DATE_END.search(text, a, b))


def _signed(text: str, ls: int, le: int, lines: dict[int, list[Mention]], memo: dict[int, int] | None = None) -> bool:
    """Is the line ``[ls, le)`` part of a signature: a date on it, on the non-empty line just
    above, or below it after other lines of body names (one signatory per line)."""
    if _may_end_date(text, ls, le) and _DATE_END.search(text, ls, le):
        return True
    above = text.rfind("\n", 0, max(ls - 1, 0))
    while above > 0 and not text[above + 1:ls].strip():   # skip blank lines upwards
        above = text.rfind("\n", 0, above)
    if above >= -1 and text[above + 1:ls].strip() and _is_date_line(text, above + 1, ls - 1 if ls else 0):
        return True
    pos, seen = le, 0
    while pos < len(text) and seen < _NEXT_LINES:
        a = pos + 1
        b = text.find("\n", a)
        b = len(text) if b == -1 else b
        pos = b
        if not text[a:b].strip():
            continue
        seen += 1
        # what the line says of the lines above: the verdict depends on the line alone (and the
        # head's lines), so one call of head_issuers reads each line once (``memo``), not once
        # per signatory line above it
        verdict = memo.get(a) if memo is not None else None
        if verdict is None:
            verdict = _below(text, a, b, lines)
            if memo is not None:
                memo[a] = verdict
        if verdict:
            return verdict > 0
    return False


def _below(text: str, a: int, b: int, lines: dict[int, list[Mention]]) -> int:
    """For ``_signed``: 1 when the non-empty line ``[a, b)`` below a line of bodies is a date
    (it signs them), 0 when it may stand between signatories and date (a seal, another
    signatory), -1 when it ends the block unsigned."""
    if _is_date_line(text, a, b):
        return 1
    if _SIGNATURE_NOISE.match(text[a:b]) or _SEAL.search(text, a, b):
        return 0   # (国家中医药管理局代章): the seal a body lends, between signatory and date
    inside = lines.get(a)
    if not inside and _UNKNOWN_SIGNATORY.fullmatch(text, a, b):
        return 0   # 中国人民银行X中心支行: a signatory no gazetteer holds
    if not inside or (_body_line(text, a, b, inside) is None and not _department_line(text, a, b, inside)):
        return -1
    return 0


# a government's name that is the first word of a genre (政府工作报告, 人民政府工作规则: any
# government's yearly report, its rules of procedure), not the author of the text at hand
_GENRE = re.compile(r"政府(?:工作报告|工作规则)")
# …unless the title is that government's report itself (X区人民政府工作报告, …(2022年) after it, the
# line ending there): the report a government delivers is its own (README: a report's issuer is
# the body whose report it is)
_OWN_REPORT = re.compile(r"政府工作报告[ \t\u3000]*(?:[(（](?:19|20)\d{2}年?度?[)）])?[ \t\u3000]*(?:\n|$)")
# what follows the bodies that open a heading in which they speak (X关于…, X印发…, X等九部门关于…,
# X令/公告/通告); any other word makes them part of a name (市政府工作报告…, X人民政府工作规则)
_HEADING_FORM = re.compile(r"\s*(?:关于|印发|转发|批转|转批|令|公告|通告|决定|通知|等[\u4e00-\u9fff\d]{0,6}?(?:关于|印发|转发))")
# a title transmitted by the text (关于印发X的通知, 现将《X》转发): X's issuers are not the notice's
_TRANSMITTED = re.compile(r"(?:印发|转发|批转|颁布|发布|公布|现将|现把)\s*[《〈<“\"]?\s*$")
_QUOTED = re.compile(r"[《〈<“\"]\s*$")


def title_opener(text: str, title_start: int, mentions: list[Mention]) -> list[Mention]:
    """The bodies that open the document's own title in a heading's form (国务院关于同意设立…
    的批复, 附：《北京市人民政府关于…的实施意见》, 《A、B关于…》). Not when the text transmits
    the title (X转发Y关于…的通知, 现将《Y关于…》印发: the notice's issuers are the policy's,
    README "A notice that issues a document"), nor when a quoted title is a document's name
    (《国家医疗保障局医药价格管理工作规程》): a body opening a name is part of the name."""
    ls = text.rfind("\n", 0, title_start) + 1
    if _TRANSMITTED.search(text, ls, title_start):
        # the notice issues or forwards it: its issuers are the notice's — named here only by an
        # interpretation's headline (关于《X印发Y的通知》的政策解读: the page states no other issuer)
        return _interpreted_notice_makers(text, ls, title_start, mentions) if "《" in text[ls:title_start] else []
    bureaus = [m for m in mentions if m.label == "Bureau" and m.start >= title_start]
    bureaus.sort(key=lambda m: m.start)
    if not bureaus or bureaus[0].start != title_start or session_after(text, bureaus[0].end):
        return []   # 市十四届人大五次会议3号议案办理工作方案: a congress's session is the subject
    run = _heading_bodies(text, bureaus[:8], title_start)
    if not run:
        return []   # (国家卫生健康委科教司关于…: a department no rule knows)
    if _HEADING_FORM.match(text, run[-1].end):
        return run
    if _QUOTED.search(text, ls, title_start):
        return []
    if _GENRE.match(text, run[-1].end - 2):
        return run[-1:]   # X区人民政府工作报告 alone on its line (_heading_bodies kept it): its author
    return run[:1]   # a body's own plan or report (X管委会2022年度工作报告): its author


_INTERPRETED = re.compile(r"[ \t\u3000#]*" + INTERPRETS_HEADLINE + r"[ \t\u3000]*$", re.M)
_NOTICE_VERB = re.compile(r"\s*(?:关于)?\s*印发\s*《?\s*$")


def _interpreted_notice_makers(text: str, ls: int, title_start: int, bureaus: list[Mention]) -> list[Mention]:
    """The bodies opening the notice an interpretation headline names, before its 印发 (关于《瓦房店市
    人民政府印发关于Y的通知》的政策解读, 解读《X关于印发Y的通知》): they issued the policy Y the page
    interprets (README: a notice's issuers are its policy's)."""
    m = _INTERPRETED.match(text, ls)
    if m is None:
        return []
    g = "t" if m.group("t") else "u"
    if not m.start(g) < title_start < m.end(g):
        return []
    run: list[Mention] = []
    end = m.start(g)
    for b in sorted((b for b in bureaus if b.label == "Bureau" and ls <= b.start < title_start), key=lambda b: b.start):
        gap = text[end:b.start]
        if b.start >= end and (b.start == end or run and re.fullmatch(r"[\s、，,和与及]*", gap)
                               or not run and text[b.start:b.start + 1] in "省市区县州盟旗" and _GLUED_STEM.fullmatch(gap)
                               and place_stem(re.sub(r"\s", "", gap))):
            # (瓦房店 + 市人民政府: the place stem glued before a name that starts at its level word)
            run.append(b)
            end = b.end
    return run if run and _NOTICE_VERB.fullmatch(text, end, title_start) else []


_YEAR_AFTER = re.compile(r"\s*(?:19|20)\d{2}\s*年")


def periodic_author(text: str, title_start: int, mentions: list[Mention]) -> list[Mention]:
    """The body whose name opens the document's own title right before a year (北京市药品监督管理局
    2020年度绩效管理工作总结, X2020年第三季度…完成情况): a body's own periodic report or summary,
    its author named by its title."""
    run = title_opener(text, title_start, mentions)
    return run[:1] if run and _YEAR_AFTER.match(text, run[0].end) else []


# a body set before the title as its author, a colon between (a reprint's running header
# "2023 年 3 月 第 1 期    X办公室:X工作要点"): at a line's start or after a column's spaces
_AUTHOR_COLON = re.compile(r"[ \t\u3000]*[:：][ \t\u3000]*$")
_COLUMN_BEFORE = re.compile(r"(?:^|[ \t\u3000]{2,})$")


def colon_author(text: str, title_start: int, mentions: list[Mention]) -> list[Mention]:
    """The body written ``X:`` right before the document's own title (a journal's or a
    reprint's ``author:title`` header), when it opens its line or a column of it."""
    ls = text.rfind("\n", 0, title_start) + 1
    colon = _AUTHOR_COLON.search(text, ls, title_start)
    if colon is None:
        return []
    for m in mentions:
        if m.label == "Bureau" and m.end == colon.start() and m.start >= ls:
            return [m] if _COLUMN_BEFORE.search(text, ls, m.start) else []
    return []


# a congress's or its standing committee's session that deliberated (…第六次会议,认真审议了 /
# 听取和审议了 / 审查和批准了): the session speaks the text that follows (its resolution or its
# review opinions)
# (not …会议审议通过的《政府工作报告》: the report the session adopted, named by a later text)
_SESSION_SPEAKS = re.compile(r"第?[一二三四五六七八九十百零〇\d]{1,4}次(?:全体)?会议[,，]?\s*(?:认真|在)?"
                             r"(?:听取(?:和|并)?|审查(?:和|并)?)?(?:审议|讨论)(?!通过的|批准的|并?通过了?《)")
_DATE_OPENING = re.compile(r"[ \t\u3000]*(?:" + _DATE + r")?[ \t\u3000]*[,，]?[ \t\u3000]*$")
_SESSION_REACH = 600


def session_speaker(text: str, mentions: list[Mention]) -> list[Mention]:
    """The congress (人民代表大会) or its standing committee whose session opens a text that has
    no title or number of its own (…人民代表大会第六次会议,认真审议了…; 2025年7月22日,…常务委员会
    第三十六次会议,听取和审议了…): the text is that session's resolution or opinions, and the
    congress issues it. Only when the session opens a line of the head (a date before it at most)."""
    for m in mentions:
        if m.start >= _SESSION_REACH:
            break
        if m.label != "Bureau" or "人民代表大会" not in m.entity_id:
            continue
        ls = text.rfind("\n", 0, m.start) + 1
        if _DATE_OPENING.fullmatch(text, ls, m.start) and _SESSION_SPEAKS.match(text, m.end):
            return [m]
        return []   # the first congress named in the head does not open a session's text
    return []


# the sentence by which a notice states its own matters (…，(现将)有关事项通知如下), and the clause
# opening with its makers in that sentence (工业和信息化部、国家药监局联合开展X工作，有关事项通知如下)
_OWN_MATTERS = re.compile(r"有关(?:事项|事宜)通知如下")
_MAKERS_VERB = re.compile(r"\s*(?:联合|共同|决定|拟|将|定于|组织|开展|启动|举办)")
_CLAUSE_OPEN = frozenset("。；;，,：:\n")
_MATTERS_REACH = 1500
_MATTERS_ALONE = re.compile(r"\s*(?:现将|现就|特将|现)?\s*")


def notice_makers(text: str, mentions: list[Mention]) -> list[Mention]:
    """The bodies a headless notice names as the makers of what it announces, in the sentence
    that states its matters (X、Y联合开展…工作，有关事项通知如下): the run of bodies opening a clause
    of that sentence, a verb of acting right after them. The page lost the notice's heading and
    signature (an excerpt, a repost), its opening sentence still says who speaks."""
    m = _OWN_MATTERS.search(text, 0, min(len(text), _MATTERS_REACH)) if text.find("通知如下", 0, _MATTERS_REACH) != -1 else None
    if m is None:
        return []
    ss = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    if _MATTERS_ALONE.fullmatch(text, ss, m.start()) and ss > 0 and text[ss - 1] == "。":
        # the sentence is the bare 现将有关事宜通知如下: its makers stand in the sentence before
        # (…，旗政府决定建立X工作机制。现将有关事宜通知如下。)
        ss = max(text.rfind("。", 0, ss - 1), text.rfind("\n", 0, ss - 1)) + 1
    bureaus = [b for b in mentions if b.label == "Bureau" and ss <= b.start and b.end <= m.start()]
    if not bureaus and ss > 0 and text[ss - 1] == "。" and text.startswith(("现将", "现就", "特将"), ss):
        # 现将X启用的有关事项通知如下: a sentence of its matters naming no one; its makers stand in
        # the sentence before (…，上海市药品监督管理局组织开发了X。)
        ss = max(text.rfind("。", 0, ss - 1), text.rfind("\n", 0, ss - 1)) + 1
        bureaus = [b for b in mentions if b.label == "Bureau" and ss <= b.start and b.end <= m.start()]
    for i, b in enumerate(bureaus):
        if b.start > ss and text[b.start - 1] not in _CLAUSE_OPEN:
            continue   # inside a clause (根据X部署, 经Y同意): not its subject
        run = [b]
        for nb in bureaus[i + 1:]:
            if re.fullmatch(r"[\s、，,和与及]*", text[run[-1].end:nb.start]) and "，" not in text[run[-1].end:nb.start] \
                    and "," not in text[run[-1].end:nb.start]:
                run.append(nb)
            else:
                break
        if _MAKERS_VERB.match(text, run[-1].end):
            return run
        return []   # the first clause opened by a body decides
    return []


_HEAD_LINES = 4


# a class of addressees opening a page flattened into one line, its text glued after the colon
# (区内各有关单位:接市科技局通知,… / 各县区人民政府：为…): only the 各… form, never a label (来源:)
_GLUED_ADDRESSEE = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{0,4}各[\u4e00-\u9fff、，,（）()]{1,40}?(?:单位|部门|政府|委员会|办公室|局|委|办)[:：]")


def addressed(text: str, after: int = 0, lines: int = 0) -> bool:
    """Does an addressee line (各镇人民政府、区有关部门： / 市人大常委会：) stand among the first
    lines of the text (a page's 来源 line aside)? Then the text is a letter, a notice or a report
    to that addressee: an official document of its own even with no title on the page.
    ``after``/``lines``: the first ``lines`` lines after that position instead (below a heading
    that a page's metadata rows may follow: 关于…的答复 / 发布机构… / 文号… / 田某代表：)."""
    seen = 0
    for line in text[after:after + 1500].split("\n"):
        if not line.strip() or line.lstrip().startswith("来源"):
            continue
        if _ADDRESSEE.match(line) or _GLUED_ADDRESSEE.match(line):
            return True
        seen += 1
        if seen >= (lines or _HEAD_LINES):
            return False
    return False


def _unique(ms: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    uniq = []
    for m in ms:
        if m.entity_id not in seen:
            seen.add(m.entity_id)
            uniq.append(m)
    return uniq


class _Span:
    """A stretch of a line read as one name (a body with the department glued after it)."""
    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def _names(text: str, inside: list[Mention]) -> tuple[list[Mention], list[_Span]]:
    """The line's bodies that sign as themselves, and every name span on it: a known body with a
    department glued after it (国家中医药局综合司) signs as that department (unknown here),
    not as itself — its span covers the department."""
    signing: list[Mention] = []
    spans: list[_Span] = []
    for m in inside:
        dep = _GLUED_DEPARTMENT.match(text, m.end)
        if dep and dep.end() > m.end and not any(m.end <= o.start < dep.end() for o in inside):
            # (not another body glued after it: 市科委市政务服务中心 are two signatories)
            spans.append(_Span(m.start, dep.end()))
        else:
            signing.append(m)
            spans.append(_Span(m.start, m.end))
    return signing, spans


def _body_line(text: str, ls: int, le: int, bureaus: list[Mention]) -> list[Mention] | None:
    """The bodies of a line made of nothing but body names (separated by spaces, 、 or ，)."""
    inside = [m for m in bureaus if ls <= m.start and m.end <= le]
    if not inside:
        return None
    signing, spans = _names(text, inside)
    if not signing:
        return None
    raw = _rest(text, ls, le, spans)
    # (the tests in the order that fails most lines soonest — a sentence naming a body leaves
    # many words: the count first; each test alone says None)
    left = _words_left(raw)
    # a signature line is body names; with several of them, one unknown signatory may sit
    # among them (国家中医药管理局 中央军委后勤保障部)
    if not (left <= 2 or (len(spans) >= 2 and left <= 10 and not _CLAUSE_PUNCT.search(raw))):
        return None
    # (every _LABEL_COLON match holds a colon: its lookbehind branch, tried at every position of a
    # long line, is not tried on a line without one)
    if _SEAL.search(raw) or _CC.match(raw) or ("：" in raw or ":" in raw) and _LABEL_COLON.search(raw):
        return None   # (X代章), 抄送：X、Y — a seal lent, the bodies a copy goes to
    return signing


# the most characters _body_line's department glued after a body adds to its name (_GLUED_DEPARTMENT:
# six and 办公室)
_GLUED_MAX = 9
_BODY_LINE_LEFT = 10   # the most words besides the names _body_line lets a line of names hold


def _too_wordy(bare: str, inside: list[Mention]) -> bool:
    """True when ``_body_line`` must say None for a line whose ``_rest`` without separators is
    ``bare``: its non-ASCII characters, less what glued departments may still take of them,
    exceed the words a line of names may hold (one count, before the line is read again)."""
    n = len(bare) if bare.isascii() is False else 0
    if n:
        n -= len(bare.encode("ascii", "ignore"))
    return n - _GLUED_MAX * len(inside) > _BODY_LINE_LEFT


def _department_line(text: str, ls: int, le: int, bureaus: list[Mention]) -> bool:
    """A line made only of departments glued to known bodies (国家中医药局综合司): it holds its
    place in a signature block, naming nobody."""
    inside = [m for m in bureaus if ls <= m.start and m.end <= le]
    if not inside:
        return False
    signing, spans = _names(text, inside)
    return not signing and not _words_left(_rest(text, ls, le, spans))


def _trailing_bodies(text: str, ls: int, le: int, bureaus: list[Mention]) -> list[Mention]:
    """The run of body names that ends a line (nothing after them)."""
    inside = [m for m in bureaus if ls <= m.start and m.end <= le]
    if not inside or text[inside[-1].end:le].strip():
        return []
    run = [inside[-1]]
    for m in reversed(inside[:-1]):
        if re.fullmatch(r"[\s、，,]*", text[m.end:run[0].start]):
            run.insert(0, m)
        else:
            break
    return run


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The lines of ``text[lo:hi]`` (``lo`` at a line start) as (start, end) offsets (the
    spans of ``re.finditer(r"^[^\n]*$", text[lo:hi], re.M)``, from one split)."""
    out = []
    a = lo
    for line in text[lo:hi].split("\n"):
        b = a + len(line)
        out.append((a, b))
        a = b + 1
    return out


def _block(text: str, lines: list[tuple[int, int]], d: int, bureaus: list[Mention]) -> list[Mention]:
    """The signatories around the date line ``lines[d]``: on its own line, the body-only lines
    above it (blank lines, seals and unknown departments between), else the lines below it."""
    block: list[Mention] = []
    a, b = lines[d]
    same = _DATE_END.search(text, a, b)
    if same and text[a:same.start()].strip():   # the signatories on the date's own line
        found = _body_line(text, a, same.start(), bureaus)
        if not found:
            return []
        block = found
    i = d - 1
    first = True
    while i >= 0:  # upwards from the date: the signatories
        a, b = lines[i]
        found = _body_line(text, a, b, bureaus)
        if not found and first and text[a:b].strip():
            # a signature a page glued to the paragraph above (…提出意见北京市科学技术委员会)
            found = _trailing_bodies(text, a, b, bureaus)
            if found:
                block = found + block
                break
        if text[a:b].strip():
            first = False
        if found:
            block = found + block
        elif text[a:b].strip() and not _SIGNATURE_NOISE.match(text[a:b]) and not _department_line(text, a, b, bureaus) \
                and not _UNKNOWN_SIGNATORY.fullmatch(text, a, b):
            break
        i -= 1
    if not block:  # the date may come first, the signatories after it
        for a, b in lines[d + 1:]:
            found = _body_line(text, a, b, bureaus)
            if found:
                block += found
            elif text[a:b].strip():
                break
    return block


# a signature date glued to the end of the text's last line (…附件:企业需求调研表石家庄高新区科技局2022年4月12日。)
_GLUED_DATE = re.compile(r"(?:" + _DATE + r")[。.]?[\s|｜]*$")


def _glued_signature(text: str, lines: list[tuple[int, int]], bureaus: list[Mention]) -> list[Mention]:
    """The signatories of a page flattened into paragraphs whose last line ends with the body's
    name and the date (…附件:调研表 X科技局 2022年4月12日, or glued: …调研表X科技局2022年4月12日。;
    the line breaks between them lost): the run of body names right before the date, when the
    date ends the text's last line and other words open it (a mixed line)."""
    last = next(((a, b) for a, b in reversed(lines) if text[a:b].strip()), None)
    if last is None:
        return []
    d = _GLUED_DATE.search(text, max(last[0], last[1] - _DATE_WINDOW), last[1])   # a date is short: its window only
    if d is None or not text[last[0]:d.start()].strip():
        return []
    e = d.start()
    while e > last[0] and text[e - 1] in " \t\u3000":   # the blanks between name and date (a few)
        e -= 1
    return _trailing_bodies(text, last[0], e, bureaus)


_DATE_WINDOW = 40   # characters at a line's end that can hold a date with its blanks and a 。


# what ends a covering letter and opens the document it issues: a publicity note (（此件公开发布）,
# (信息公开形式：主动公开)) or an attachment's label alone on its line (附件1)
_LETTER_END = re.compile(r"^[ \t\u3000#]*(?:[(（](?:此件|本件|信息公开)[^()（）\n]{0,14}[)）]|附件\s*\d{0,2}\s*[:：]?)[ \t\u3000]*$", re.M)


def signature(text: str, mentions: list[Mention], lo: int) -> list[Mention]:
    """Issuers in the signature block at the end (joint notices sign there, one body per
    line or several on a line, next to the date, blank lines between them): the body-only
    lines next to the last date line after ``lo`` (the first measure), in order. A covering
    letter signed in the middle of the text (its date followed by （此件公开发布） or 附件1, the
    issued document after it) counts when the end has no signature."""
    tail = max(lo, text.rfind("\n", 0, max(lo, len(text) - 1500)) + 1)  # the signature sits in the last lines
    # the bodies the tail's lines can hold (each line reads only the mentions inside it); those
    # from ``lo`` on only for a covering letter's signature above the tail
    bureaus = [m for m in mentions if m.label == "Bureau" and m.start >= tail and _one_name(text, m)]
    lines = _lines(text, tail, len(text))
    # the last date line, read upwards (most tails end with it: the lines above it are not read)
    last = next((i for i in range(len(lines) - 1, -1, -1) if _is_date_line(text, *lines[i])), None)
    if last is not None and _COVER_DATE.match(text, *lines[last]):
        # a year and month only (X局 / 2021年10月 under an issued plan's title) dates a cover, the
        # body above it drafted the plan; a signature dated to the day above it signs the page
        full = [i for i in range(last) if _is_date_line(text, *lines[i]) and not _COVER_DATE.match(text, *lines[i])]
        if full:
            last = full[-1]
    block = _block(text, lines, last, bureaus) if last is not None else []
    if block:
        return block
    block = _glued_signature(text, lines, bureaus)
    if block:
        return block
    above: list[Mention] | None = None
    for end in _LETTER_END.finditer(text, lo, tail):
        start = text.rfind("\n", 0, max(lo, end.start() - 600)) + 1
        lines = _lines(text, max(start, text.rfind("\n", 0, lo) + 1), end.start())
        dates = [i for i, (a, b) in enumerate(lines) if text[a:b].strip()]
        if dates and _is_date_line(text, *lines[dates[-1]]):
            if above is None:
                above = [m for m in mentions if m.label == "Bureau" and m.start >= lo and _one_name(text, m)]
            bureaus = above
            block = _block(text, lines, dates[-1], bureaus)
            if block:
                return block
    return []


def decree(text: str, mentions: list[Mention], hi: int) -> list[Mention]:
    """The bodies promulgating a decree in the head: ``X、Y第4号令公布`` / ``X令第4号``."""
    m = _DECREE.search(text, 0, hi) if text.find("令", 0, hi) != -1 else None   # (every match holds 令)
    if not m:
        return []
    ls = text.rfind("\n", 0, m.start()) + 1
    inside = [b for b in mentions if b.label == "Bureau" and ls <= b.start and b.end <= m.start()]
    if not inside or not re.fullmatch(r"[\s、，,和与及令]*", text[inside[-1].end:m.start()]):
        return []
    return inside


# a regulation's adoption note under its title: （2024年1月25日北京市第十六届人民代表大会第二次会议
# 通过）: the congress (or its standing committee) whose session adopted it issues it
_CONGRESS = re.compile(r"人民代表大会|人大")
_ADOPTED = re.compile(r"[(（][^()（）\n]{0,60}?会议(?:审议)?(?:通过|批准|修订|修正)[^()（）\n]{0,40}[)）]")


def adopted_by(text: str, mentions: list[Mention], hi: int) -> list[Mention]:
    """The congress whose session adopted the document, from the bracketed adoption note in the
    head (its last adoption when it lists several: 修订/修正 later)."""
    notes = list(_ADOPTED.finditer(text, 0, hi)) if text.find("会议", 0, hi) != -1 else []   # (every match holds 会议)
    for note in reversed(notes):
        congress = [m for m in mentions if m.label == "Bureau" and note.start() <= m.start and m.end <= note.end()
                    and _CONGRESS.search(text, m.start, m.end)]
        if congress:
            return congress[-1:]
    return []


_ON_BEHALF = re.compile(r"我代表")
_OFFICE_HOLDER = re.compile(r"\s*副?(?:主任|局长|区长|市长|县长|省长|州长|旗长|主席|厅长|部长|署长|行长|镇长|乡长|委员长|院长)")


def speaker(text: str, mentions: list[Mention], hi: int) -> list[Mention]:
    """Who delivers a report to a congress: the body the speaker represents (我代表X), else the
    body of the speaker's office line under the title (X主任 某某)."""
    bureaus = [m for m in mentions if m.label == "Bureau" and m.start < hi]
    for w in _ON_BEHALF.finditer(text, 0, hi):
        m = next((b for b in bureaus if b.start == w.end()), None)
        if m is not None:
            return [m]
    for m in bureaus:
        ls = text.rfind("\n", 0, m.start) + 1
        if not text[ls:m.start].strip() and _OFFICE_HOLDER.match(text, m.end):
            return [m]
        if not text[ls:m.start].strip():
            le = text.find("\n", m.end)
            if BYLINE.match("".join(text[ls:len(text) if le == -1 else le].split())):
                return [m]   # 市科委党委书记、主任某某在…会议上的报告: the byline opens with the body
    end = dateline_end(text, hi) if bureaus else -1
    if end != -1:
        # the body alone on the first line under the dateline: the report's presenter named
        # without an office holder (——date在X会议上 / X区发展和改革局 / 各位代表：)
        nxt = next((b for b in bureaus if b.start > end), None)
        if nxt is not None and not text[end:nxt.start].strip() and _alone(text, nxt):
            return [nxt]
    return []


def _alone(text: str, m: Mention) -> bool:
    """Is the mention all its line holds (spaces aside)?"""
    ls = text.rfind("\n", 0, m.start) + 1
    le = text.find("\n", m.end)
    return not text[ls:m.start].strip() and not text[m.end:len(text) if le == -1 else le].strip()


_CITING = re.compile(r"(?:" + CITING_WORDS + r")[\s“\"]*$")   # (X转发Y关于印发《…》: Y made what X forwards)
# (?=[…]): the first characters a match can have (every part before the verb is optional, so
# without it the engine tries all the optional words at every position of the head)
# (起草 alone — 市卫生健康委会同有关部门研究起草了《X》 — drafts a text another body issues: the
# drafter is no maker; 起草制定, 制定 and 印发 make it)
_MADE_BY = re.compile(r"(?=[近日正共联会研关制编修发印出])(?:近日|日前|近期|正式)?(?:共同|联合|会同(?P<co>[^《。；\n]{0,40}?))?(?:研究|关于)?"
                      r"(?:制定|制订|编制|修订发布|发布实施|发布|印发|出台)[了的]?\s*《")


_MADE_BY_REACH = 51   # the most characters a _MADE_BY match holds before the blanks ahead of its 《


def _made_by_matches(text: str, hi: int) -> Iterator[re.Match]:
    """``_MADE_BY.finditer(text, 0, hi)``, the same matches, searched only in the few characters
    before each 《 of the head: a match holds one 《, its last character, and at most
    ``_MADE_BY_REACH`` characters before the blanks ahead of it (the pattern opens with a
    lookahead, so a scan tried it at every position). A match ending at an earlier 《 would
    hold this one, so each window's leftmost match is the scan's next."""
    last_end = 0
    k = text.find("《", 0, hi)
    while k != -1:
        p = k
        while p > 0 and text[p - 1].isspace():
            p -= 1
        m = _MADE_BY.search(text, max(last_end, p - _MADE_BY_REACH), k + 1)
        if m is not None:
            yield m
            last_end = m.end()
        k = text.find("《", k + 1, hi)


# the rest of a 印发 notice's sentence after the title it issues (…》和《…》，现印发给你们)
_NOTICE_ISSUES = re.compile(r"[^。；\n]{0,80}?(?:现|特)?(?:予以?)?(?:印发|转发)给你们")
_NOTICE_ISSUES_VERB = re.compile(r"(?:印发|转发)给你们")
_NOTICE_ISSUES_BACK = 83   # the lazy run (80) and 现予以 (3) a _NOTICE_ISSUES match holds before its verb


def _notice_issues(text: str, hi: int) -> re.Match | None:
    """``_NOTICE_ISSUES.search(text, 0, hi)``, the same match: every match ends with a verb phrase
    (印发给你们/转发给你们) at most 83 characters after its start, so none starts before the first
    verb phrase less 83; the pattern is searched from there, and not at all without one (its lazy
    run made a search try up to 80 lengths at every position of the text)."""
    v = _NOTICE_ISSUES_VERB.search(text, 0, hi)
    if v is None:
        return None
    return _NOTICE_ISSUES.search(text, max(0, v.start() - _NOTICE_ISSUES_BACK), hi)


# the date between the makers and their verb (X于2025年3月17日正式印发, a page's lost glyphs too: 于2025317日)
_MADE_ON = re.compile(r"\s*于\s*(?:(?:19|20)\d{2}\s*年?\s*\d{1,2}\s*月?\s*\d{0,2}|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{0,3})\s*日?\s*")


_SUBJECT_REACH = 200
# what may stand between a sentence's subject and its 会同: nothing, or a clause saying in what
# capacity it acts (市科技局作为…的牵头部门，会同…)
_AS_CLAUSE = re.compile(r"[ \t]*(?:作为[^，,。；;\n]{0,40}[，,])?[ \t]*会同")


def _subject_with(text: str, bureaus: list[Mention], verb: int) -> tuple[list[Mention], list[Mention]]:
    """The body that opens the sentence's clause and works 会同 others before the verb (市科技局作为
    …牵头部门，会同市财政局、高新区管委在…基础上，起草制定了《X》): ([subject], [the bodies listed
    after 会同]), or ([], []). Same sentence only; the subject opens a clause."""
    ss = max(text.rfind("。", 0, verb), text.rfind("\n", 0, verb), verb - _SUBJECT_REACH) + 1
    inside = [b for b in bureaus if ss <= b.start and b.end <= verb]
    for i, b in enumerate(inside):
        if b.start > ss and text[b.start - 1] not in "，,；;：:":
            continue
        a = _AS_CLAUSE.match(text, b.end, verb)
        if a is None:
            continue
        co: list[Mention] = []
        end = a.end()
        for nb in inside[i + 1:]:
            if nb.start >= end and re.fullmatch(r"[\s、，,和与及]*", text[end:nb.start]):
                co.append(nb)
                end = nb.end
            elif nb.start >= end:
                break
        return ([b], co) if co else ([], [])
    return [], []


def made_by(text: str, mentions: list[Mention], title_key, own_key: str, hi: int) -> list[Mention]:
    """The bodies a sentence names as the makers of the document's own policy
    (市药监局、市科委、北京海关共同研究制定了《X》, X关于发布实施《X》的通告): the run of bodies
    right before the verb, and those named after its 会同 (X会同Y、Z制定了《X》)."""
    bureaus = [m for m in mentions if m.label == "Bureau" and m.start < hi]
    for v in _made_by_matches(text, hi):
        close = text.find("》", v.end())
        if close == -1 or title_key(issued_in(text[v.end():close])) != own_key:   # (《<Y>的通知》 issues Y)
            continue
        if _NOTICE_ISSUES.match(text, close + 1):
            continue   # X制定了《Y》，现印发给你们: X drafted Y, the notice that issues it is its author's
        run: list[Mention] = []
        end = v.start()
        for m in reversed([b for b in bureaus if b.end <= end]):
            if re.fullmatch(r"[\s、，,和与及]*", text[m.end:end]) or not run and _MADE_ON.fullmatch(text, m.end, end):
                run.insert(0, m)   # (X于2025年3月17日正式印发《Y》: the date the makers issued it between)
                end = m.start
            else:
                break
        if not run and "会同" in text[max(0, v.start() - _SUBJECT_REACH):v.end()]:
            run, co = _subject_with(text, bureaus, v.end())
            if run:
                return run + co
        if run and not _CITING.search(text, max(0, run[0].start - 6), run[0].start):
            # (根据X关于印发《…》的通知: a document the text follows, not its own maker); the
            # bodies X works with (X会同Y、Z研究制定了《…》) made it too
            co = [b for b in bureaus if v.start("co") <= b.start and b.end <= v.end("co")] if v.group("co") else []
            return run + co
    return []


def cover_author(text: str, span: tuple[int, int], catalog, doc_id: str, head: str = "") -> tuple[list[Mention], dict]:
    """The body that wrote a flattened cover (identity._COVER: title, author and month glued
    on one line). Flattening lost the line break before the author, so the name reads as the
    tail of the title; it is read again with that break restored (same offsets): its
    Bureau mentions inside ``span`` and the nodes they need."""
    from medgraph.extract.entities import find_entities   # entities imports nothing from here

    s, e = span
    if s < 1:
        return [], {}
    res = find_entities(text[:s - 1] + "\n" + text[s:e], catalog, doc_id, head=head)
    found = [m for m in res.mentions if m.label == "Bureau" and s <= m.start and m.end <= e]
    return found, {m.entity_id: res.nodes[m.entity_id] for m in found if m.entity_id in res.nodes}


# a government written with its office in brackets in a page's metadata cell (发布机构: 宣城市人民政府(办公室),
# 谯城区政府（办公室）): the general office, the way a disclosure platform names it
_QUALIFIED_OFFICE = re.compile(r"(?:人民政府|政府)[(（](?P<o>办公室|办公厅)[)）]")


def qualified_offices(text: str, mentions: list[Mention], catalog, doc_id: str, hi: int,
                      head: str = "") -> tuple[list[Mention], dict]:
    """``mentions`` with each government written ``X政府(办公室)`` in ``text[:hi]`` read as its
    office (the mention spans the brackets), and the nodes those offices need. The name is read
    again with the brackets removed (a second entity pass, only on a text that holds the form)."""
    from medgraph.extract.entities import find_entities   # entities imports nothing from here

    hits = list(_QUALIFIED_OFFICE.finditer(text, 0, hi))
    if not hits:
        return mentions, {}
    out = list(mentions)
    nodes: dict = {}
    for q in hits:
        gov = next((i for i, m in enumerate(out) if m.label == "Bureau" and m.end == q.start("o") - 1), None)
        if gov is None:
            continue
        m = out[gov]
        bare = text[:m.end] + q.group("o") + text[q.end():]   # X政府办公室, two characters shorter after it
        res = find_entities(bare, catalog, doc_id, head=head)
        office = next((x for x in res.mentions if x.label == "Bureau" and x.start == m.start
                       and x.end == m.end + len(q.group("o"))), None)
        if office is None or office.entity_id == m.entity_id:
            continue
        out[gov] = Mention(office.entity_id, "Bureau", m.start, q.end(), text[m.start:q.end()], office.source)
        if office.entity_id in res.nodes:
            nodes[office.entity_id] = res.nodes[office.entity_id]
    return out, nodes


# a heading issued in an area's own name (陕西省西咸新区沣东新城关于…办法): new areas, new towns and
# zones issue through their management committee
_AREA_HEADING = re.compile(r"(?P<z>[\u4e00-\u9fff]{2,24}?(?:新城|新区|开发区|高新区|园区|示范区|试验区|合作区|保税区))关于")
_COMMITTEE_SURFACE = re.compile(r"(?P<z>[\u4e00-\u9fff]{2,24}?)(?:管理委员会|管委会)$")


def area_heading(text: str, title_start: int, mentions: list[Mention]) -> list[Mention]:
    """The management committee of the area whose name opens the document's own heading
    (X新城关于…), when the text itself names that committee (经X新城管委会批准): the area
    issues through it. Never a committee the text does not name."""
    m = _AREA_HEADING.match(text, title_start)
    if m is None:
        return []
    area = "".join(m.group("z").split())
    for x in mentions:
        if x.label != "Bureau":
            continue
        c = _COMMITTEE_SURFACE.match("".join(x.surface.split()))
        if c is not None and len(c.group("z")) >= 3 and area.endswith(c.group("z")):
            return [x]
    return []
