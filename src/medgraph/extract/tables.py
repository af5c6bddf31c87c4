"""Task-division tables flattened to text: each row is a measure, its owner columns say who
leads and who supports.

Documents that divide tasks among bodies (重点任务分工表, 责任清单) print a table with columns
such as ``序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限``. Copied from a page or a word
processor the table reaches us in one of two shapes:

- one row per line, cells split by ``|`` / ``｜`` or tabs (Markdown-like pages, spreadsheets),
  or by runs of blanks (text copied from a PDF), where each row opens with its number and a
  task written with blanks in it keeps the extra pieces;
- one cell per line (HTML tables turned into text): the header's labels on consecutive lines,
  then each row's cells on as many lines, its first cell the row number;
- task cards: ``重点工作：…`` then its fields one per line (``牵头单位：…``, ``配合单位：…``).

Cells wrap: a row runs from its number to the next row's, its lines joined where a cell was
broken (units one per line, a task over the page width, a ``|`` or tab cell holding a line
break); a blank-split row short of one cell with a deadline last had its supporting cell
empty; a second header line under merged cells (责任单位 over 牵头 | 配合) names the owner
columns.

A table counts only when its header names a task column and at least one owner column
(牵头单位, 责任单位, 配合部门 … — the labels owners.py reads); a row is taken only while it has
the header's shape. Pure functions over normalized text; spans index that text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medgraph.textutil import lines_holding, strip_span
from medgraph.extract.owners import OTHER_FIELD_LABEL, KIND_LABEL, LEVEL_CHARS, OWNER_LABELS, ROLE_WORDS, kind_role

# the header cell of the task column (重点任务, 工作任务, 主要措施, 工作内容, 2030年预期目标 …)
# (推动策略, 执行策略: a Taiwan plan's task column)
_TASK_LABEL = re.compile(r"[\u4e00-\u9fff\d]{0,8}(?:任务|工作|措施|举措|内容|事项|项目|目标|指标|策略)[\u4e00-\u9fff]{0,4}")
# a header label's note in brackets (责任单位（部门）, 牵头单位(领导)) does not change the column
_LABEL_NOTE = re.compile(r"\s*[(（][^()（）]{1,8}[)）]\s*$")
_NUMBER_LABEL = re.compile(r"序号|编号|序|项次")   # (项次: 項次, a Taiwan table's item number)
# a role word alone as a sub-header under a merged owner header (责任单位 over 牵头 | 配合 | 责任)
_ROLE_WORD = re.compile("|".join((*ROLE_WORDS, "责任")))
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九", 0)}
# a column of persons (责任领导, 分管领导, 责任人, 联系人): names of people, never owners
_PERSON_LABEL = re.compile(r"[\u4e00-\u9fff]{0,4}(?:领导|责任人|联系人|负责人|人员)")
# owner columns the owner labels of owners.py do not spell: 主办/承办单位 lead, 经办单位 supports
_OTHER_OWNER_LABEL = re.compile(r"(?P<lead>主办|承办)?(?P<support>经办)?(?:单位|部门)")
# a column of bodies that are not owners (评分部门, 考核单位, 督查部门: who checks the task)
_UNITS_LABEL = re.compile(r"[\u4e00-\u9fff]{1,6}(?:单位|部门|处室)")


# (compiled once: a module-level re.sub looks its pattern up in re's cache on every call)
_LABEL_BLANKS = re.compile(r"[\s|｜]+")
_BLANK_RUN = re.compile(r"\s+")


def column_kind(label: str) -> tuple[str, str]:
    """What a header label names: (kind, role). kind is ``number``, ``task``, ``owner`` (role
    ``lead``/``support``/``""`` as owners.kind_role reads it: 牵头单位 leads, 配合/协办/经办单位
    support, 责任单位 leaves it to the document's convention), ``person`` (责任领导: people, never
    owners), ``time`` (完成时限), ``units`` (评分部门: bodies that are not owners) or ``other``.
    Blanks inside the label (主  要  任  务) and a bracketed note do not change it."""
    s = _LABEL_NOTE.sub("", _LABEL_BLANKS.sub("", label))
    if _NUMBER_LABEL.fullmatch(s):
        return "number", ""
    if _PERSON_LABEL.fullmatch(s):
        return "person", ""
    if KIND_LABEL.fullmatch(s):
        return "owner", kind_role(s)
    m = _OTHER_OWNER_LABEL.fullmatch(s)
    if m and (m.group("lead") or m.group("support")):
        return "owner", "lead" if m.group("lead") else "support"
    if _TIME_LABEL.fullmatch(s):
        return "time", ""
    if _TASK_LABEL.fullmatch(s):
        return "task", ""
    if _UNITS_LABEL.fullmatch(s):
        return "units", ""
    return "other", ""


@dataclass(frozen=True, slots=True)
class Column:
    label: str
    role: str            # lead | support | "" (责任单位: the first listed leads)


@dataclass(frozen=True, slots=True)
class Row:
    start: int           # the row's span in the text
    end: int
    number: int
    number_text: str
    task: tuple[int, int]                        # the task cell
    owners: tuple[tuple[Column, int, int], ...]  # each owner column's cell


@dataclass(frozen=True, slots=True)
class Table:
    start: int
    end: int
    rows: tuple[Row, ...]
    cards: bool = False  # task cards (one task and its fields per block), not a grid


def _number(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if not s or any(c not in _CN_DIGITS and c != "十" for c in s):
        return None
    if "十" not in s:
        return _CN_DIGITS[s] if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


def _header(labels: list[str]) -> tuple[int | None, int, list[tuple[int, Column]]] | None:
    """(number column, task column, owner columns) of a header row, or None."""
    kinds = [column_kind(s) for s in labels]
    owners = [(k, Column(_LABEL_NOTE.sub("", labels[k]), role)) for k, (kind, role) in enumerate(kinds) if kind == "owner"]
    task = next((k for k, (kind, _) in enumerate(kinds) if kind == "task"), None)
    if not owners or task is None:
        return None
    number = next((k for k, (kind, _) in enumerate(kinds) if kind == "number"), None)
    return number, task, owners


def _cells(text: str, ls: int, le: int, split: re.Pattern) -> list[tuple[int, int]]:
    """The cells of a line split by ``split``, stripped; the empty cells outside a leading and
    a trailing ``|`` dropped."""
    out = []
    pos = ls
    for m in split.finditer(text, ls, le):
        out.append(strip_span(text, pos, m.start(), _BLANKS))
        pos = m.end()
    out.append(strip_span(text, pos, le, _BLANKS))
    if out and out[0][0] == out[0][1]:
        out = out[1:]
    if out and out[-1][0] == out[-1][1]:
        out = out[:-1]
    return out


_BLANKS = " \u3000\t"
# cells split by | or tabs; in text copied from a PDF or a word processor, by runs of blanks
_PIPES = re.compile(r"[|｜\t]")
_SPACES = re.compile(r"[ \u3000\t]+")
# a line that may be a header: it names an owner column
_HEADER_CANDIDATE = re.compile(r"(?m)^[^\n]*(?:单位|部门|机关|责任主体)[^\n]*$")
_HEADER_WORDS = ("单位", "部门", "机关", "责任主体")   # one of which every _HEADER_CANDIDATE line holds
_SEPARATOR_ROW = re.compile(r"[\s|｜:：\-—]*")
_ANY_SPLIT = re.compile(r"[|｜\t \u3000]")   # what _PIPES or _SPACES split at

# a merged row that names a group of the rows below it (一、强化创新策源 / （二）壮大产业集群 /
# 第三部分 …): a heading marker, then the group's words; the rows under it may number from 1 again
_SECTION_CELL = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]"
                           r"|第[一二三四五六七八九十]{1,3}(?:部分|章|节|篇|类|方面))[ \t\u3000]*[^\s|｜][^\n|｜]{0,60}")


def _spaced_label(text: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cells of a blank-split header whose number label is spaced out to its column's
    width (序  号  重点任务  牵头单位): 序 and 号 are one cell."""
    if len(cells) < 2 or text[cells[1][0]:cells[1][1]] != "号" or text[cells[0][0]:cells[0][1]] not in ("序", "编"):
        return cells
    return [(cells[0][0], cells[1][1])] + cells[2:]


# the first line of a header label wrapped in its cell (牵头 / 单位), set apart from the rest by
# blanks once the table is copied as text: a role word, or 主体 / 主要 / 责任 / 分管
_LABEL_HEAD = re.compile("|".join((*ROLE_WORDS, "主体", "主要", "责任", "分管")))


def _wrapped_labels(text: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cells of a blank-split header whose labels wrapped in their cells (``牵头  领导  牵头
    责任单位  配合  单位``, a PDF's narrow columns): a role word that is no label alone, followed
    by a piece it makes an owner or person label with (牵头 + 责任单位 → 牵头责任单位, 牵头 + 领导
    → 牵头领导), is one cell with it."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(cells):
        a, b = cells[i]
        if i + 1 < len(cells) and _LABEL_HEAD.fullmatch(text, a, b) and column_kind(text[a:b])[0] == "other":
            c, d = cells[i + 1]
            if column_kind(text[a:b] + text[c:d])[0] in ("owner", "person"):
                out.append((a, d))
                i += 2
                continue
        out.append((a, b))
        i += 1
    return out


def _repeats_header(text: str, ls: int, le: int, split: re.Pattern, labels: list[str]) -> bool:
    """The line ``text[ls:le]`` is the table's header again (each page of a long table prints
    it): the same labels, cell for cell."""
    if text.find(labels[-1], ls, le) == -1:
        return False
    cells = _cells(text, ls, le, split)
    if split is _SPACES:
        cells = _wrapped_labels(text, _spaced_label(text, cells))
    return len(cells) == len(labels) and all(text[a:b] == s for (a, b), s in zip(cells, labels))


def _opens_group(text: str, pos: int, split: re.Pattern, shape: "_Shape", number: int | None) -> bool:
    """The line at ``pos`` opens a row numbered 1 or the one after ``number`` — the first row
    under a group heading."""
    if pos >= len(text):
        return False
    cells = _cells(text, pos, _line_end(text, pos), split)
    return _opens_row(text, cells, shape, None) and (
        _opens_row(text, cells, shape, 0) or (number is not None and _opens_row(text, cells, shape, number)))


def _section_row(text: str, ls: int, le: int, split: re.Pattern) -> bool:
    """The line ``text[ls:le]`` is a merged row of a table split by ``split``: one cell holds
    words, every other cell on it is empty — a group heading (一、…, （二）…), or, in a table
    whose cells are split by | or tabs, any words in the line's first cell but a row number
    (``| 创新策源 | | | |``: a row that holds a task also holds its number)."""
    if ls >= le:
        return False
    cells = [(a, b) for a, b in _cells(text, ls, le, split) if a < b]
    if len(cells) != 1:
        return False
    a, b = cells[0]
    if _SECTION_CELL.fullmatch(text, a, b):
        return True
    return (split is _PIPES and _PIPES.search(text, b, le) is not None and _number(text[a:b].rstrip(".、．")) is None
            and text[ls:a].strip(_BLANKS + "|｜") == "")


def _split_tables(text: str) -> list[Table]:
    tables: list[Table] = []
    pos = 0
    for ls in lines_holding(text, _HEADER_WORDS, 0, len(text)):
        # (a _HEADER_CANDIDATE match is the whole line holding the word: its end is the line's,
        # found without matching the pattern over the line)
        if ls < pos:
            continue
        le = text.find("\n", ls)
        le = len(text) if le == -1 else le
        if _ANY_SPLIT.search(text, ls, le) is None:
            continue   # one cell: no header (of three or more)
        split = _PIPES if _PIPES.search(text, ls, le) else _SPACES
        cells = _cells(text, ls, le, split)
        if split is _SPACES:
            cells = _wrapped_labels(text, _spaced_label(text, cells))
        if len(cells) < 3:
            continue
        labels = [text[a:b] for a, b in cells]
        head = _header(labels)
        if head is None:
            continue
        number_col, task_col, owner_cols = head
        shape = _Shape(len(cells), number_col, task_col, {c for c, _ in owner_cols},
                       bool(_TIME_LABEL.fullmatch(_LABEL_NOTE.sub("", labels[-1]))), _closes(text, ls, le),
                       next((c for c, s in enumerate(labels) if c > task_col and column_kind(s)[0] == "person"), None))
        rows: list[Row] = []
        rs = le + 1
        while rs < len(text):
            re_ = _line_end(text, rs)
            if not rows and rs != re_ and _SEPARATOR_ROW.fullmatch(text, rs, re_):
                rs = re_ + 1  # |---|---|
                continue
            if _section_row(text, rs, re_, split) and _opens_group(text, re_ + 1, split, shape, rows[-1].number if rows else None):
                rs = re_ + 1  # a group's heading over its rows (the group's first row follows it)
                continue
            if rows and _repeats_header(text, rs, re_, split, labels):
                rs = re_ + 1  # the header printed again (a page break inside the table)
                continue
            more = _continued(text, rs, re_, shape) if rows and split is _PIPES else None
            if rows and split is _SPACES and text[rs:rs + 1] in _BLANKS:
                more = _spaced_continued(text, rs, re_, shape, rows[-1])
            if more is not None:
                # the row above continues: its owner cells' further lines are more cells of theirs
                last = rows[-1]
                extra = tuple((col, *more[c]) for c, col in owner_cols if more[c][0] < more[c][1] and col.role)
                rows[-1] = Row(last.start, re_, last.number, last.number_text, last.task, last.owners + extra)
                rs = re_ + 1
                continue
            got = _row(text, rs, split, shape, rows[-1].number if rows else None)
            if got is None:
                break
            row, re_ = got
            if not rows and row[task_col][0] == row[task_col][1]:
                # a second header line under merged cells (责任单位 over 牵头 | 配合): its role
                # words name the owner columns
                sub = [(c, _LABEL_NOTE.sub("", text[a:b])) for c, (a, b) in enumerate(row)]
                named = [(c, Column(w, kind_role(w))) for c, w in sub if w and (KIND_LABEL.fullmatch(w) or _ROLE_WORD.fullmatch(w))]
                if named:
                    owner_cols = named
                rs = re_ + 1
                continue
            if rows and number_col is not None and _NUMBER_LABEL.fullmatch(_BLANK_RUN.sub("", text[slice(*row[number_col])])):
                break  # another table's header (序号 | 项目名称 | …): that table is read on its own
            if rows and row[task_col][0] == row[task_col][1]:
                rs = re_ + 1  # a row of the table's shape without a task (a note across it): no task
                continue
            n = len(rows) + 1
            ntext = ""
            if number_col is not None:
                a, b = row[number_col]
                ntext = text[a:b]
                n = _number(ntext.rstrip(".、．")) or n
            owners = tuple((col, *row[c]) for c, col in owner_cols)
            rows.append(Row(rs, re_, n, ntext, row[task_col], owners))
            rs = re_ + 1
        if len(rows) >= 2:
            tables.append(Table(ls, rows[-1].end, tuple(rows)))
            pos = rows[-1].end
    return tables


def _continued(text: str, rs: int, re_: int, shape: "_Shape") -> list[tuple[int, int]] | None:
    """The cells of a line that continues the row above it (a row whose cells wrap, exported
    with tabs or |: the number cell empty, the wrapped pieces under their columns —
    ``\t优质资源扩容\t\t市财政局\t``), or None. A continued owner cell of a column that
    states a role (牵头/配合) adds its units with that role; one of a 责任单位 column is left out
    (its first unit would read as a second lead)."""
    if shape.number_col is None or rs == re_:
        return None
    if _closes(text, rs, re_) or text[rs:re_].lstrip(_BLANKS)[:1] in ("|", "｜"):
        cells = _cells(text, rs, re_, _PIPES)
    else:
        cells, pos = [], rs
        for m in _PIPES.finditer(text, rs, re_):
            cells.append(strip_span(text, pos, m.start(), _BLANKS))
            pos = m.end()
        cells.append(strip_span(text, pos, re_, _BLANKS))
    if len(cells) != shape.k or cells[shape.number_col][0] < cells[shape.number_col][1]:
        return None
    if all(a == b for a, b in cells):
        return None
    return cells


def _width(text: str, a: int, b: int) -> int:
    """How wide ``text[a:b]`` prints: a Chinese character or full-width sign takes two columns."""
    return sum(2 if "\u2e80" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" or c == "\u3000" else 1 for c in text[a:b])


def _spaced_continued(text: str, rs: int, re_: int, shape: "_Shape", last: "Row") -> list[tuple[int, int]] | None:
    """The cells of an indented line that continues the row above it in a table whose cells are
    set apart by blanks (a PDF's table copied as text: a task or a list of units wrapped in its
    cell — ``      质资源扩容下沉        市财政局``), each piece under the column it stands under
    (by printed width, against the cells of the row's first line), or None. Only between rows:
    the line (and any such lines after it) must be followed by the next row, so an indented
    paragraph after the table is never read into its last row; a piece is an owner column's
    only when it lists bodies."""
    k = shape.k
    pieces = _cells(text, rs, re_, _SPACES)
    if not pieces or len(pieces) >= k or shape.number_col is None:
        return None
    # the next row (its number the one after the row above) follows, past further such lines
    nxt, seen = re_ + 1, 0
    while nxt < len(text) and seen < 3:
        ne = _line_end(text, nxt)
        cells = _cells(text, nxt, ne, _SPACES)
        if cells and _opens_row(text, cells, shape, last.number):
            break
        if not cells or text[nxt] not in _BLANKS or len(cells) >= k:
            return None
        nxt, seen = ne + 1, seen + 1
    else:
        return None
    ls = last.start
    first = _cells(text, ls, _line_end(text, ls), _SPACES)
    if len(first) > k:   # blanks inside the task's words (as _row reads them)
        t, extra = shape.task_col, len(first) - k
        first = first[:t] + [(first[t][0], first[t + extra][1])] + first[t + extra + 1:]
    if len(first) != k:
        return None
    starts = [_width(text, ls, a) for a, _ in first]
    out = [(rs, rs)] * k
    for a, b in pieces:
        col = _width(text, rs, a)
        j = max((c for c in range(k) if starts[c] <= col + 1), default=None)
        if j is None or j == shape.number_col:
            return None
        if j in shape.owner_cols and not _UNIT_CELL.fullmatch(text, a, b):
            continue
        out[j] = (a, b)
    return out


@dataclass(frozen=True, slots=True)
class _Shape:
    """What a row must look like: the header's number of cells and where its columns are."""
    k: int
    number_col: int | None
    task_col: int
    owner_cols: set[int]
    time_last: bool      # the last column is a deadline (完成时限, 完成时间, 时间节点)
    closed: bool = False  # the header's line closes with | (so does every row's last line)
    person_col: int | None = None  # a column of persons (牵头领导) after the task


# the header of a deadline column, and what a deadline cell holds
_TIME_LABEL = re.compile(r"[\u4e00-\u9fff]{0,4}(?:时限|时间|期限|时间节点|进度安排|进度)")
_TIME_CELL = re.compile(r".{0,12}(?:\d{4}年|\d{1,2}月|年底|年内|季度|长期|持续|常态|每年|逐年|\d{4}[-./]\d{1,2})")
# how many lines a row's wrapped cells may take
_ROW_LINES = 8


def _closes(text: str, ls: int, le: int) -> bool:
    """The line ``text[ls:le]`` ends with a cell separator | (a Markdown-like row)."""
    while le > ls and text[le - 1] in _BLANKS:
        le -= 1
    return le > ls and text[le - 1] in "|｜"


def _line_end(text: str, pos: int) -> int:
    e = text.find("\n", pos)
    return len(text) if e == -1 else e


def _opens_row(text: str, cells: list[tuple[int, int]], shape: _Shape, after: int | None) -> bool:
    """The line whose ``cells`` these are opens a row: it starts with the row number (the one
    after ``after``, the previous row's, when there is one)."""
    if shape.number_col is None or not cells:
        return False
    # the number opens the line, or stands after the row's group cells (类别 | 序号 | …)
    for c in {0, shape.number_col if shape.number_col < len(cells) else 0}:
        num = _number(text[cells[c][0]:cells[c][1]].rstrip(".、．"))
        if num is not None and (after is None or num == after + 1):
            return True
    return False


def _pad_groups(text: str, cells: list[tuple[int, int]], shape: _Shape) -> list[tuple[int, int]]:
    """The cells of a row whose group cells (the columns before 序号, merged over the group's
    rows) left no trace: the line opens with the number, the group cells are empty."""
    nc = shape.number_col
    if not nc or not cells or len(cells) > shape.k - nc + 2 or _number(text[cells[0][0]:cells[0][1]].rstrip(".、．")) is None:
        return cells
    return [(cells[0][0], cells[0][0])] * nc + cells


def _row(text: str, rs: int, split: re.Pattern, shape: _Shape, after: int | None):
    """The cells of the row that opens at ``rs`` and where it ends, or None when no row of the
    header's shape opens there. A row is one line of ``shape.k`` cells (blanks inside the task
    take its extra pieces); or one line short of a cell left empty (a deadline table whose last
    owner cell is blank); or the line and the lines after it up to the next row when cells
    wrap (a task or a list of units broken over lines: the lines are joined, a line holding one
    piece continuing the cell before it)."""
    k = shape.k
    re_ = _line_end(text, rs)
    first = _pad_groups(text, _cells(text, rs, re_, split), shape)
    if split is _SPACES and shape.person_col is not None:
        first = _names(text, first, shape)
    if split is _PIPES and len(first) > k and all(a == b for a, b in first[k:]):
        first = first[:k]   # empty cells past the header's last column (| 2031年底 | | |): no cells of the table
    if shape.number_col is not None and split is _SPACES and (not first or not _opens_row(text, first, shape, None)):
        return None  # without separators, a row must open with its number
    # a row of a table whose lines close with | goes on until a line closes
    closed = shape.closed and split is _PIPES
    if closed and _closes(text, rs, re_):
        return (first, re_) if len(first) == k else None
    if len(first) == k and not closed:
        return first, re_
    if split is _PIPES and len(first) < k:
        tabbed = _tab_row(text, rs, re_, shape)
        if tabbed is not None:
            return tabbed, re_
    if split is _SPACES and len(first) > k:
        # blanks inside the task's words: the task cell takes the extra pieces
        extra = len(first) - k
        t = shape.task_col
        return first[:t] + [(first[t][0], first[t + extra][1])] + first[t + extra + 1:], re_
    # the lines after it, up to the next row (or the table's end)
    lines = [first]
    end = re_
    nxt = end + 1
    number = _number(text[first[0][0]:first[0][1]].rstrip(".、．")) if first and shape.number_col is not None else None
    while nxt < len(text) and len(lines) < _ROW_LINES:
        ne = _line_end(text, nxt)
        cells = _cells(text, nxt, ne, split)
        if not cells:
            break
        if _opens_row(text, cells, shape, number) or (number is None and len(cells) == k):
            break
        if split is _SPACES and _later_row(text, cells, shape, number):
            break   # the next row of a table of some rows of a longer list (81, 85, 87)
        if len(cells) == 1 and _SECTION_CELL.fullmatch(text, *cells[0]) and _opens_group(text, ne + 1, split, shape, number):
            break  # the next group's heading (a numbered line inside a task cell is no heading: no row follows it)
        lines.append(cells)
        end = ne
        if closed and _closes(text, nxt, ne):
            break  # the line that closes with | ends the row
        nxt = ne + 1
        if number is None and sum(map(len, lines)) >= k:
            break  # no numbers to tell rows apart: the row ends as soon as its cells are there
    if len(lines) == 1:
        short = _short_row(text, first, shape) if split is _SPACES else None
        return (short, re_) if short is not None else None
    joined = _join_lines(lines, k)
    if joined is None:
        return None
    return joined, end


_NAME_PIECE = re.compile(r"[\u4e00-\u9fff]{1,3}")


def _names(text: str, cells: list[tuple[int, int]], shape: _Shape) -> list[tuple[int, int]]:
    """The cells of a blank-split row whose person cell holds a name spaced out to its width or
    several names (``汪  峰   吴蓓蓓  县卫健委``): the short pieces from the person column up to
    the owner cell right after it (one that lists bodies) are the one person cell."""
    p = shape.person_col
    if p + 1 not in shape.owner_cols or len(cells) <= p + 2:
        return cells
    j = p
    while j < len(cells) and _NAME_PIECE.fullmatch(text, *cells[j]) and not _UNIT_CELL.fullmatch(text, *cells[j]):
        j += 1
    if j - p < 2 or j >= len(cells) or not _UNIT_CELL.fullmatch(text, *cells[j]):
        return cells
    return cells[:p] + [(cells[p][0], cells[j - 1][1])] + cells[j:]


# how far the next row's number may run past the row above's in a table of some rows of a list
_ROW_GAP = 20


def _later_row(text: str, cells: list[tuple[int, int]], shape: _Shape, number: int | None) -> bool:
    """The blank-split line whose ``cells`` these are is a whole row numbered past ``number``
    (not only the one after it: a table of some rows of a longer list, 81, 85, 87): it opens
    with a greater number and holds the row's cells, at least up to its owners, each in place (a
    numbered line inside a wrapped task cell holds one piece)."""
    if number is None or not cells:
        return False
    num = _number(text[cells[0][0]:cells[0][1]].rstrip(".、．"))
    if num is None or num <= number or num > number + _ROW_GAP:
        return False
    return len(cells) == shape.k or _trailing_short(text, cells, shape) is not None


def _tab_row(text: str, rs: int, re_: int, shape: _Shape) -> list[tuple[int, int]] | None:
    """The cells of a tab-split line (a spreadsheet's row: no | on it) whose last cells are
    empty — each still written as its tab (``3\t培育龙头企业\t市经信局\t\t``), which the
    reading of |-framed lines drops —, when the tabs make the header's number of cells and the
    row's number and task are there; else None."""
    if text[re_ - 1:re_] != "\t" or text.find("|", rs, re_) != -1 or text.find("｜", rs, re_) != -1:
        return None
    cells, pos = [], rs
    while True:
        e = text.find("\t", pos, re_)
        if e == -1:
            cells.append(strip_span(text, pos, re_, _BLANKS))
            break
        cells.append(strip_span(text, pos, e, _BLANKS))
        pos = e + 1
    if len(cells) != shape.k or cells[shape.task_col][0] == cells[shape.task_col][1]:
        return None
    if shape.number_col is not None and _number(text[slice(*cells[shape.number_col])].rstrip(".、．")) is None:
        return None
    return cells


def _short_row(text: str, cells: list[tuple[int, int]], shape: _Shape):
    """A row one cell short, on a table copied with blanks between its cells (an empty cell
    leaves no trace): the empty one is a supporting owner column — the deadline (when the last
    column is one and the last cell reads as a date) and the task and first owner cells are
    there. None for anything else."""
    if len(cells) < shape.k - 1 or (len(cells) == shape.k - 1 and not shape.time_last):
        return _trailing_short(text, cells, shape)
    if len(cells) != shape.k - 1 or not _TIME_CELL.match(text, *cells[-1]):
        return None
    owners = sorted(shape.owner_cols)
    if len(owners) < 2 or owners[-1] != shape.k - 2:
        return None
    # the last owner column (right before the deadline) is the empty one
    return cells[:-1] + [(cells[-1][0], cells[-1][0])] + cells[-1:]


def _trailing_short(text: str, cells: list[tuple[int, int]], shape: _Shape):
    """A row on one line short of cells at its end, on a table copied with blanks between its
    cells: the columns past the last owner column (进展情况, 进度安排, 备注 — no task, no owners)
    were left empty. Read only when the row's cells up to its owners stand in place: every owner
    cell lists bodies, no other cell before them does, and the cell after them does not (a cell
    left empty earlier in the row would shift bodies into the wrong column). None otherwise."""
    last = max(shape.owner_cols)
    if shape.task_col > last or len(cells) <= last or len(cells) >= shape.k:
        return None
    for c in range(last + 1):
        if c != shape.number_col and c != shape.task_col and \
                (c in shape.owner_cols) != bool(_UNIT_CELL.fullmatch(text, *cells[c])):
            return None
    if len(cells) > last + 1 and _UNIT_CELL.fullmatch(text, *cells[last + 1]):
        return None
    return cells + [(cells[-1][1], cells[-1][1])] * (shape.k - len(cells))


def _join_lines(lines: list[list[tuple[int, int]]], k: int) -> list[tuple[int, int]] | None:
    """The ``k`` cells of a row whose cells wrap over ``lines`` (each a list of pieces): a line
    break inside a cell joins its two pieces. Which breaks are inside a cell: first those before
    a line holding a single piece (a wrapped task, a list of units one per line), then the
    earliest others. None when the pieces cannot make ``k`` cells."""
    total = sum(map(len, lines))
    merges = total - k
    breaks = len(lines) - 1
    if merges < 0 or merges > breaks:
        return None
    order = [i for i in range(breaks) if len(lines[i + 1]) == 1] + [i for i in range(breaks) if len(lines[i + 1]) != 1]
    join = set(order[:merges])
    out: list[tuple[int, int]] = []
    for i, pieces in enumerate(lines):
        for j, (a, b) in enumerate(pieces):
            if j == 0 and i > 0 and (i - 1) in join:
                if not out:
                    return None   # a join into lines without pieces (an empty first cell): no row
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
    return out if len(out) == k else None


# a cell that lists bodies (区发展改革委 / 市卫健委、市财政局 / 发改局(服务业发展局) / 各镇人民政府,
# 开发区管委会): names ending in a body's suffix, with separators between them or none
_UNIT_SUFFIX = (r"(?:局|委|办|厅|府|部|会|处|科|室|中心|院|所|队|站|组|街道|单位|部门"
                r"|公司|集团|团|联|协|社|行|署)")
# a place alone stands for its government (海淀区, 各镇): a short name, not a task (推进…进社区); a
# level word alone with its bracketed alternates (各区、县(市)政府: 县(市) the second of a class's levels)
_UNIT = (r"(?:[^\s、，,；;。：:()（）|｜]{1,24}?" + _UNIT_SUFFIX + r"|[^\s、，,；;。：:()（）|｜]{1,4}?(?:区|县|市|镇|乡|旗)"
         r"|[区县市镇乡旗](?=[(（]))(?:[(（][^()（）\n]{1,16}[)）])?")
_UNIT_CELL = re.compile(_UNIT + r"(?:[、，,；;/\s]*(?:和|及|与)?\s*" + _UNIT + r")*[。.]?")
# a cell that lists bodies each with its role word after it (市卫健委牵头，市财政局、市医保局配合):
# the owner cell of a 责任单位 column that states the roles itself; the role word may take a verb
# after it (配合落实, 牵头负责, 负责落实)
_ROLE = r"(?:牵头|负责|配合|协办|参与)(?:负责|落实|实施)?"
_UNIT_RUN = _UNIT + r"(?:[、，,/\s]*(?:和|及|与)?\s*" + _UNIT + r")*"   # units one role word closes (A、B和C)
_ROLE_UNIT_CELL = re.compile(_UNIT_RUN + _ROLE + r"(?:[、，,；;\s]+" + _UNIT_RUN + _ROLE + r")*[。.]?")
# a cell that gives every unit it lists one role, stated once after the last (A、B配合落实, A、B负责):
# that role is the cell's, whatever its column's label says (README: A、B负责 → all lead; A、B、C配合落实 →
# all support)
_ONE_ROLE_CELL = re.compile(_UNIT_RUN + r"(?P<role>" + _ROLE + r")[。.]?")
# a relative department named with its level word (县农业农村局, 区发改局): a cell no column of
# targets, places or subjects holds (县城关镇, 县中医院 may be a site or a subject; a department
# is a body that acts)
_DEPARTMENT_CELL = re.compile(r"[" + LEVEL_CHARS + r"][^\s、，,；;。：:()（）|｜]{1,20}?(?:局|委|办|厅|委员会|办公室|办公厅)"
                              r"(?:[(（][^()（）\n]{1,16}[)）])?")
# a line of a table written one cell per line: its text without the blanks and | around it
_CELL_LINE = re.compile(r"[ \t\u3000|｜]*(?P<s>[^\n]*?)[ \t\u3000|｜]*$")
# a label of such a header: short, no sentence in it
_LABEL_MAX = 12
# a header label after the last column that is a group cell of the first row (农业发展), not a
# column: the labels of columns that hold neither tasks nor bodies
_NOTE_LABEL = re.compile(r".*(?:备注|说明|情况|进度|要求|标准|依据|方式|分值|数|额|量|期|级|值|率|单位)")
# how far a row's cells may run past the header's number of columns (lists one unit a line)
_ROW_SLACK = 6


def _cell_lines(text: str, lo: int, hi: int):
    """The non-empty lines of ``text[lo:hi]`` as (start, end) of their text without the
    blanks and ``|`` around it."""
    pos = lo
    while pos < hi:
        e = text.find("\n", pos, hi)
        e = hi if e == -1 else e
        m = _CELL_LINE.match(text, pos, e)
        a, b = m.start("s"), m.end("s")
        if a < b and (text.find("：", a, b) != -1 or text.find(":", a, b) != -1):
            # a contact or deadline field the reader joined to a long cell's line (…管委会联系人：…)
            glued = OTHER_FIELD_LABEL.search(text, a + 1, b)
            if glued is not None:
                b = glued.start()
        if a < b:
            yield a, b
        pos = e + 1


def _is_number(text: str, a: int, b: int) -> int | None:
    if b - a > 2 and text[a] in "(（" and text[b - 1] in ")）":
        a, b = a + 1, b - 1   # a number in brackets on its line: （12）
    return _number(text[a:b].rstrip(".、．")) if b - a <= 4 else None


def _align(text: str, cells: list[tuple[int, int]], kinds: list[str]) -> list[tuple[int, int] | None]:
    """Which cells of a row (its lines after the row number) fill which columns (``kinds`` of
    the header's columns after the number one). A row of a flattened table is uneven: a cell
    left empty leaves no line (or a line the reader dropped), a list of units may take a line
    per unit, a task may wrap. So the cells are matched by what they hold: the task column
    takes the first cell (and the next lines while there are more lines than other columns
    can take, when a cell listing bodies follows); a column of bodies (owners, or bodies that
    check: 评分部门) takes a cell that lists bodies, and is empty when the cell is anything else;
    any other column takes a cell that lists no bodies while a column of bodies still follows
    (a full row whose body columns hold bodies is read cell by cell). A run of cells listing
    bodies longer than the run of such columns: one owner column among them takes the extra
    lines (a column that only checks names its body on one line); two owner columns or more
    cannot tell which took them — their cells stay empty, not guessed."""
    out: list[tuple[int, int] | None] = [None] * len(kinds)
    unit = [bool(_UNIT_CELL.fullmatch(text, a, b) or _ROLE_UNIT_CELL.fullmatch(text, a, b)) for a, b in cells]
    # a full row whose body columns hold bodies: cell by cell (a cell of other words may end
    # like a body: 建设乡镇卫生院; a site: 县城关镇, 县中医院) — unless a column of other words before
    # the owner column would take a department named with its level word (县农业农村局): the row is short of a cell
    # before its owners and as long as the header only by a second owner line
    # (指标 | 目标 | 县A局 | 县B局 | 市C局 under 指标 | 单位 | 目标 | 责任部门 | 评分部门)
    if len(cells) == len(kinds) and all(unit[c] for c, k in enumerate(kinds) if k in ("owner", "units")) \
            and not any(_DEPARTMENT_CELL.fullmatch(text, *cells[c]) for c, k in enumerate(kinds)
                        if k == "other" and "owner" in kinds[c + 1:]):
        return list(cells)
    i = j = 0
    while j < len(kinds) and i < len(cells):
        kind = kinds[j]
        if kind == "task":
            take = 1
            rest_cols = sum(1 for k in kinds[j + 1:] if k not in ("owner", "units"))
            while i + take < len(cells) and not unit[i + take] and any(unit[i + take:]) and \
                    sum(1 for u in unit[i + take:] if not u) > rest_cols:
                take += 1
            out[j] = (cells[i][0], cells[i + take - 1][1])
            i += take
        elif kind in ("owner", "units"):
            if unit[i]:
                run = next((r for r in range(i, len(cells)) if not unit[r]), len(cells)) - i
                cols = next((c for c in range(j, len(kinds)) if kinds[c] not in ("owner", "units")), len(kinds)) - j
                if run > cols and kinds[j:j + cols].count("owner") > 1:
                    i += run
                    j += cols
                    continue
                take = max(1, run - cols + 1) if kind == "owner" or "owner" not in kinds[j:j + cols] else 1
                out[j] = (cells[i][0], cells[i + take - 1][1])
                i += take
        elif not (unit[i] and any(k in ("owner", "units") for k in kinds[j + 1:])):
            out[j] = cells[i]
            i += 1
        j += 1
    return out


def _line_header(text: str, anchor: int):
    """The header of a table written one cell per line whose 序号 line starts at ``anchor``:
    (labels' kinds after the number column, task index, owner columns, where the header
    ends), or None."""
    labels: list[tuple[int, int]] = []
    for a, b in _cell_lines(text, anchor, min(len(text), anchor + 400)):
        s = _BLANK_RUN.sub("", text[a:b])
        if len(s) > _LABEL_MAX or (labels and (_is_number(text, a, b) is not None or _GLUED_NUMBER.match(text, a, b))) or "。" in s:
            break
        labels.append((a, b))
    kinds = [column_kind(text[a:b]) for a, b in labels]
    # group cells of the first row read as labels: none names a column
    while kinds and kinds[-1][0] == "other" and not _NOTE_LABEL.fullmatch(_BLANK_RUN.sub("", text[slice(*labels[-1])])):
        kinds.pop()
        labels.pop()
    if len(kinds) < 3 or kinds[0][0] != "number":
        return None
    kinds, labels = kinds[1:], labels[1:]
    task = next((k for k, (kind, _) in enumerate(kinds) if kind == "task"), None)
    owners = [(k, Column(_LABEL_NOTE.sub("", _LABEL_BLANKS.sub("", text[slice(*labels[k])])), role))
              for k, (kind, role) in enumerate(kinds) if kind == "owner"]
    if task is None or not owners:
        return None
    # only the first task column holds the task; later ones (年度目标 beside 考核指标) are other cells
    names = [kind if kind != "task" or k == task else "other" for k, (kind, _) in enumerate(kinds)]
    return names, task, owners, labels[-1][1]


# the 序号 line that opens a header written one cell per line; a label spaced out to the
# cell's width (序  号, 编 号) is the same label
_LINE_NUMBER_LABEL = re.compile(r"(?m)^[ \t\u3000]*(?:序|编)[ \t\u3000]*号[ \t\u3000|｜]*$")
_SPACED_NUMBER_LABEL = re.compile(r"[序编][ \t\u3000]+号")


# a row's number and its task on one line, a blank between them (``1 建设区域医疗中心``: the
# first two cells of an HTML row joined when the page was turned into text)
_GLUED_NUMBER = re.compile(r"(?P<n>\d{1,3})[ \t\u3000]+(?=[\u4e00-\u9fff])")


def _unglue_numbers(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines after a one-cell-per-line header, a line that opens with a row number and a
    blank before its task (``1 建设…``) taken as two cells — when the table's first row is
    written so (its line within the first lines, numbered 1)."""
    first = next((k for k in range(min(3, len(lines))) if _is_number(text, *lines[k]) is not None
                  or _GLUED_NUMBER.match(text, *lines[k])), None)
    if first is None or _is_number(text, *lines[first]) is not None:
        return lines
    m = _GLUED_NUMBER.match(text, *lines[first])
    if m.group("n") != "1":
        return lines
    out: list[tuple[int, int]] = []
    for a, b in lines:
        g = _GLUED_NUMBER.match(text, a, b)
        if g is not None:
            out += [(a, g.end("n")), (g.end(), b)]
        else:
            out.append((a, b))
    return out


def _before_section(text: str, window: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of ``window`` before the first group heading (一、…) that stands before a row
    number: a row's cells end at the next group's heading."""
    for c in range(len(window) - 1):
        if _SECTION_CELL.fullmatch(text, *window[c]) and _is_number(text, *window[c + 1]) is not None:
            return window[:c]
    return window


def _squashed(text: str, a: int, b: int) -> str:
    return _BLANK_RUN.sub("", text[a:b])


def _header_at(text: str, lines: list[tuple[int, int]], i: int, header: list[str], n: int) -> bool:
    """Do ``lines[i:]`` repeat the first ``n`` labels of the table's ``header`` (a long table's
    header printed again at a page break)?"""
    if n < 2 or i + n > len(lines):
        return False
    for k in range(n):
        a, b = lines[i + k]
        # (a line far shorter or longer than the label is none of it: no squashing)
        if not len(header[k]) <= b - a <= 3 * len(header[k]) + 4 or _squashed(text, a, b) != header[k]:
            return False
    return True


def _before_header(text: str, window: list[tuple[int, int]], header: list[str]) -> list[tuple[int, int]]:
    """The lines of ``window`` before the table's header printed again (its first two labels):
    a row's cells end there."""
    for c in range(len(window) - 1):
        if _header_at(text, window, c, header, 2):
            return window[:c]
    return window


def _skipped_row(text: str, lines: list[tuple[int, int]], i: int, n: int, ncols: int, reach: int) -> int | None:
    """How many lines the row numbered ``n`` at ``lines[i]`` takes when the next row's number
    skips some (a unit's extract of a longer table: 14, 80, 135 …): the first line within
    ``reach`` after about as many cells as the header has columns (so a figure in a cell of the
    row is no row number) that holds a higher number alone, followed by a line that is neither a
    number nor a list of units (the next row's task) and, before any other number line, by a
    cell listing units (that row's owners); None when there is none."""
    for c in range(max(2, ncols - 1), reach):
        k = _is_number(text, *lines[i + 1 + c]) if i + 2 + c < len(lines) else None
        if k is None or k <= n or k > _ROW_NUMBER_MAX:
            continue   # (2031 alone in a deadline cell is a year, no row number)
        a, b = lines[i + 2 + c]
        if _is_number(text, a, b) is not None or _lists_units(text, a, b):
            continue
        for a, b in lines[i + 3 + c:i + 3 + c + ncols + _ROW_SLACK]:
            if _is_number(text, a, b) is not None:
                break
            if _lists_units(text, a, b):
                return c
    return None


_ROW_NUMBER_MAX = 999   # a row number has at most three digits


def _lists_units(text: str, a: int, b: int) -> bool:
    return bool(_UNIT_CELL.fullmatch(text, a, b) or _ROLE_UNIT_CELL.fullmatch(text, a, b))


def _line_tables(text: str) -> list[Table]:
    """Tables written one cell per line (HTML tables turned into text, with or without a | after
    each cell): a header of short labels opening with 序号 (columns that hold a row's group may
    stand before it), then the rows, each opening with its number on a line of its own. A row
    runs to the line holding the next number — where several lines do, the one that gives the
    row the header's number of cells — and its cells are matched to the columns by what they
    hold (``_align``): a cell may be missing, a list of units may take a line per unit."""
    tables: list[Table] = []
    for m in _LINE_NUMBER_LABEL.finditer(text):
        if tables and m.start() < tables[-1].end:
            continue
        head = _line_header(text, m.start())
        if head is None:
            continue
        kinds, task_col, owner_cols, hend = head
        ncols = len(kinds)
        header = [_squashed(text, a, b) for a, b in _cell_lines(text, m.start(), hend)]
        lines = []
        for a, b in _cell_lines(text, hend, len(text)):
            lines.append((a, b))
            if len(lines) > 4000:
                break
        lines = _unglue_numbers(text, lines)
        # the first row's number: within the first lines (a group cell may come before it)
        i = next((k for k in range(min(3, len(lines))) if _is_number(text, *lines[k]) is not None), None)
        rows: list[Row] = []
        grouped = False   # a group's heading stands right before this row (its numbers may restart)
        jumped = False    # this row's number skips some (an extract of a longer table's rows)
        while i is not None and i < len(lines):
            n = _is_number(text, *lines[i])
            if n is None and rows and _SECTION_CELL.fullmatch(text, *lines[i]):
                i, grouped = i + 1, True   # a group's heading between rows
                continue
            if n is None and rows and _header_at(text, lines, i, header, len(header)):
                i += len(header)   # the header printed again (a page break inside the table)
                continue
            if n is None or (rows and n != rows[-1].number + 1 and not (grouped and n == 1)
                             and not (jumped and n > rows[-1].number)):
                break
            grouped = False
            full = lines[i + 1:i + 2 + ncols + _ROW_SLACK]
            window = _before_header(text, _before_section(text, full), header)
            # the next row's number line; one that would leave this row short of cells must be
            # followed by a task (not by a cell listing bodies: then it is a cell of this row)
            cands = [c for c in range(1, len(window)) if _is_number(text, *window[c]) == n + 1
                     and not (abs(c - ncols) > 1 and c + 1 < len(window) and _UNIT_CELL.fullmatch(text, *window[c + 1]))]
            was_jumped, jumped = jumped, False
            # (a table numbered 1, 2, 3 … without a gap so far is a whole table: after its last row a page
            # number or a figure alone on its line opens no row)
            whole = (rows[0].number if rows else n) == 1 and n == len(rows) + 1
            skip = None if cands or whole or len(window) < len(full) else _skipped_row(text, lines, i, n, ncols, len(window))
            if cands:
                count = min(cands, key=lambda c: (abs(c - ncols), c))
                nxt = i + 1 + count
            elif skip is not None:
                # the next row of an extract: its number skips some
                count, jumped = skip, True
                nxt = i + 1 + count
            elif len(window) < len(full):
                # the last row of its group: its lines run to the next group's heading
                count = len(window)
                nxt = i + 1 + count
            else:
                # the last row: as many lines as there are columns, not past another header
                count = 0
                while count < min(ncols, len(window)) and not _NUMBER_LABEL.fullmatch(text[slice(*window[count])]):
                    count += 1
                nxt = None
            cells = lines[i + 1:i + 1 + count]
            if not cells:
                break
            # blank lines part the cells when they make the header's number of groups (a cell
            # holding a list of units one per line, single-spaced, between double-spaced cells)
            groups = [[cells[0]]]
            for prev, cur in zip(cells, cells[1:]):
                if text.count("\n", prev[1], cur[0]) > 1:
                    groups.append([])
                groups[-1].append(cur)
            if 1 < len(groups) == ncols < len(cells):
                cells = [(g[0][0], g[-1][1]) for g in groups]
            got = _align(text, cells, kinds)
            if got[task_col] is None or (was_jumped and all(got[c] is None for c, _ in owner_cols)):
                break   # (a row reached over skipped numbers is one only with an owner cell)
            owners = tuple((col, *(got[c] or (cells[-1][1], cells[-1][1]))) for c, col in owner_cols)
            ns, ne = lines[i]
            rows.append(Row(ns, cells[-1][1], n, text[ns:ne], got[task_col], owners))
            i = nxt
        # one row is a table only when the text ends inside it (an excerpt cut in the table)
        if len(rows) >= 2 or (rows and not text[rows[-1].end:].strip()):
            tables.append(Table(m.start(), rows[-1].end, tuple(rows)))
    return tables


# a header whose cells were run together (类别序号重点督办内容牵头单位全年完成情况: a page's table
# copied without a separator between its cells): the number column, the task column and right
# after it an owner column
_GLUED_HEADER = re.compile(r"(?m)^[ \t\u3000]*(?P<before>[\u4e00-\u9fff]{0,8}?)(?:序号|编号)(?P<task>[\u4e00-\u9fff\d]{2,12}?)"
                           r"(?P<owner>" + OWNER_LABELS + r")[\u4e00-\u9fff]{0,12}[ \t\u3000]*$")
# its rows: the cells before the number (a category), the number, the task up to its 。, then
# the owner cell glued to what follows it (区发展改革委西城区地区生产总值…)
_GLUED_ROW = re.compile(r"[ \t\u3000]*(?P<pre>[^\d\n。]{0,24}?)(?P<n>\d{1,3})(?P<task>[^\n。]{2,200}?。)")
# a body's name that ends where the next cell's words start: only the suffixes of organs
_GLUED_UNIT = re.compile(r"(?:[^\s、，,；;。：:()（）\d]{1,16}?(?:局|委|办|厅|府|部|会|中心|室))"
                         r"(?:[、，,](?:[^\s、，,；;。：:()（）\d]{1,16}?(?:局|委|办|厅|府|部|会|中心|室)))*")
_GLUED_MORE = "局委办厅府部会室"


def _glued_tables(text: str) -> list[Table]:
    """Tables whose cells were run together on each line (``_GLUED_HEADER``): rows are the
    lines after the header that open with the next number (after the row's category when the
    header has a column before 序号), the task runs to its first 。 and the owner cell is the
    body's name glued right after it, cut where the name's organ suffix ends (a task without
    its 。, or no name after it, ends the table)."""
    tables: list[Table] = []
    for h in _GLUED_HEADER.finditer(text):
        if not _TASK_LABEL.fullmatch(h.group("task")):
            continue
        col = Column(h.group("owner"), kind_role(h.group("owner")))
        rows: list[Row] = []
        pos = h.end() + 1
        while pos < len(text):
            m = _GLUED_ROW.match(text, pos)
            le = _line_end(text, pos)
            if m is None or m.end() > le or (bool(m.group("pre")) != bool(h.group("before"))):
                break
            n = int(m.group("n"))
            if n != (rows[-1].number + 1 if rows else 1):
                break
            u = _GLUED_UNIT.match(text, m.end(), le)
            if u is None:
                break
            ue = u.end()
            while ue < le and text[ue] in _GLUED_MORE:
                ue += 1
            rows.append(Row(m.start("n"), le, n, m.group("n"), m.span("task"), ((col, u.start(), ue),)))
            pos = le + 1
        if len(rows) >= 2:
            tables.append(Table(h.start(), rows[-1].end, tuple(rows)))
    return tables


# a task card: the task on a field line of its own (重点工作：…, 工作任务：…, 任务名称：…), then its
# fields one per line (牵头单位：…, 配合单位：…, 完成时限：…) — a supervision page for one task, or
# a list of them
_CARD_TASK = re.compile(r"(?m)^[ \t\u3000]*(?P<label>[\u4e00-\u9fff]{2,8})[ \t\u3000]*[:：][ \t\u3000]*(?P<task>[^\s:：][^\n]*?)[ \t\u3000]*$")
_CARD_FIELD = re.compile(r"[ \t\u3000]*(?P<label>[\u4e00-\u9fff()（）]{2,12})[ \t\u3000]*[:：][ \t\u3000]*(?P<value>[^\n]*?)[ \t\u3000]*(?:\n|$)")
_CARD_FIELDS = 6     # how many field lines a card holds at most
# what every owner field of a card holds: its label's last word (KIND_LABEL's labels end so),
# perhaps a bracketed note (_LABEL_NOTE), then its colon — a text without it has no card
_OWNER_FIELD = re.compile(r"(?:单位|部门|责任主体|责任人|负责人)[ \t\u3000]*(?:[(（][^()（）]{1,8}[)）][ \t\u3000]*)?[:：]")


# an owner field glued after the sentence end of the field before it on the same line
_GLUED_FIELD = re.compile(r"[。；;][ \t\u3000]*(?P<label>" + OWNER_LABELS + r")[ \t\u3000]*[:：][ \t\u3000]*")


def _glued_fields(text: str, label: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """The fields of one card line (label, value start, value end): the line's own field, cut
    where an owner field glued after its 。 starts (``责任处室：技术创新处。经办单位：A、B。``), then
    each glued owner field, its value up to the next one (a closing 。 left out)."""
    out: list[tuple[str, int, int]] = []
    for g in _GLUED_FIELD.finditer(text, a, b):
        out.append((label, a, g.start()))
        label, a = _LABEL_NOTE.sub("", g.group("label")), g.end()
    vb = b
    while vb > a and text[vb - 1] in "。；; \t\u3000":
        vb -= 1
    out.append((label, a, vb if out else b))
    return out


# the opening of a _CARD_TASK line after its line break: blanks, a label of 2-8 Chinese characters, blanks and the
# colon (a literal-led scan: the engine jumps from line break to line break)
_CARD_TASK_OPENING = re.compile(r"\n[ \t\u3000]*[\u4e00-\u9fff]{2,8}[ \t\u3000]*[:：]")


def _card_task_lines(text: str) -> list[re.Match]:
    """``list(_CARD_TASK.finditer(text))``: the pattern tried only at the text's start and at the line starts
    whose line opens as a task field line does (``_CARD_TASK_OPENING``), in text order — a match starts at a
    line's start and lies on that line, so matches never overlap and no other line can hold one."""
    out = []
    m = _CARD_TASK.match(text, 0)
    if m is not None:
        out.append(m)
    for o in _CARD_TASK_OPENING.finditer(text):
        m = _CARD_TASK.match(text, o.start() + 1)
        if m is not None:
            out.append(m)
    return out


def _card_tables(text: str) -> list[Table]:
    """Task cards (``_CARD_TASK``): a task field line whose next field lines (blank lines
    between allowed) name at least one owner column. All cards of the text make one table,
    numbered in order; a single card counts (a page for one task)."""
    if _OWNER_FIELD.search(text) is None:
        return []   # no owner field line (its label, its bracketed note, its colon): no card
    rows: list[Row] = []
    for m in _card_task_lines(text):
        label = _LABEL_NOTE.sub("", m.group("label"))
        if not _TASK_LABEL.fullmatch(label) or KIND_LABEL.fullmatch(label) or (rows and m.start() < rows[-1].end):
            continue
        owners: list[tuple[Column, int, int]] = []
        pos = end = m.end() + 1
        seen = 0
        while pos < len(text) and seen < _CARD_FIELDS:
            while pos < len(text) and text[pos] == "\n":
                pos += 1
            f = _CARD_FIELD.match(text, pos)
            if f is None:
                break
            flabel = _LABEL_NOTE.sub("", f.group("label"))
            if _TASK_LABEL.fullmatch(flabel) and not KIND_LABEL.fullmatch(flabel):
                break  # the next card's task
            fields = [(flabel, f.start("value"), f.end("value"))]
            if "。" in f.group("value") or "；" in f.group("value"):
                # 责任处室：技术创新处。经办单位：A、B — fields a flattened page glued onto one line
                fields = _glued_fields(text, flabel, f.start("value"), f.end("value"))
            for flabel, va, vb in fields:
                if KIND_LABEL.fullmatch(flabel):
                    owners.append((Column(flabel, kind_role(flabel)), va, vb))
                    end = vb
            seen += 1
            pos = f.end()
        if owners:
            rows.append(Row(m.start(), end, len(rows) + 1, "", m.span("task"), tuple(owners)))
    return [Table(rows[0].start, rows[-1].end, tuple(rows), cards=True)] if rows else []


def find_tables(text: str) -> list[Table]:
    """The task-division tables of ``text`` with at least two rows (task cards: one), in text order."""
    # (each two-character test behind a one-character one for the character the pair cannot lack — a memchr,
    # ten times faster than the pair's search; a text without it holds no pair; every pair holds 号 but 项次)
    numbered = "号" in text and ("序号" in text or "编号" in text or (
        (" 号" in text or "\u3000号" in text or "\t号" in text) and _SPACED_NUMBER_LABEL.search(text) is not None)) \
        or "项" in text and "项次" in text
    units = "单位" in text or "部门" in text or "机" in text and "机关" in text
    if not numbered and not units:
        return []
    tables = _split_tables(text) if units else []
    if numbered:
        tables += _line_tables(text)
        if not tables:
            tables = _glued_tables(text)
    if not tables:
        tables = _card_tables(text)
    return sorted((_own_roles(text, t) for t in tables), key=lambda t: t.start)


def _own_roles(text: str, table: Table) -> Table:
    """``table`` with each owner cell that states one role for all its units (``_ONE_ROLE_CELL``:
    A、B配合落实 in a 责任单位 column) read in that role: 配合/协办/参与 support, 牵头/负责 lead. A
    column whose label states support (配合单位 beside 牵头单位) keeps it: 负责 closing its cell
    (市发改委、市财政局负责) is the generic duty word, no lead."""
    rows = []
    changed = False
    for r in table.rows:
        owners = []
        for col, a, b in r.owners:
            m = _ONE_ROLE_CELL.fullmatch(text, a, b) if a < b and text[b - 1] not in _UNIT_ENDS else None
            if m is not None:
                role = "lead" if m.group("role")[:2] in ("牵头", "负责") else "support"
                if role != col.role and col.role != "support":
                    col, changed = Column(col.label, role), True
            owners.append((col, a, b))
        rows.append(Row(r.start, r.end, r.number, r.number_text, r.task, tuple(owners)))
    return Table(table.start, table.end, tuple(rows), table.cards) if changed else table


# the last characters of a cell that lists units with no role word after them (a quick no for most cells)
_UNIT_ENDS = frozenset("局委办厅府部会处科室心院所队站组道位门司团联协社行署区县市镇乡旗)）")
