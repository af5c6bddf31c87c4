"""Task-division tables flattened to text: each row is a measure, its owner columns say who
leads and who supports.

Documents that divide tasks among bodies (重点任务分工表, 责任清单) print a table with columns
such as ``序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限``. Copied from a page or a word
processor the table reaches us in one of two shapes:

- one row per line, cells split by ``|`` / ``｜`` or tabs (Markdown-like pages, spreadsheets),
  or by runs of blanks (text copied from a PDF), where each row opens with its number and a
  task written with blanks in it keeps the extra pieces;
- one cell per line (HTML tables turned into text): the header's labels on consecutive lines,
  then each row's cells on as many lines, its first cell the row number.

A table counts only when its header names a task column and at least one owner column
(牵头单位, 责任单位, 配合部门 … — the labels owners.py reads); a row is taken only while it has
the header's shape (same number of cells; in the one-cell-per-line shape, the next row number
first). Pure functions over normalized text; spans index that text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medgraph.extract.owners import KIND_LABEL, kind_role

# the header cell of the task column (重点任务, 工作任务, 主要措施, 工作内容, 具体事项 …)
_TASK_LABEL = re.compile(r"[\u4e00-\u9fff]{0,6}(?:任务|工作|措施|举措|内容|事项|项目|目标|指标)[\u4e00-\u9fff]{0,4}")
# a header label's note in brackets (责任单位（部门）, 牵头单位(领导)) does not change the column
_LABEL_NOTE = re.compile(r"\s*[(（][^()（）]{1,8}[)）]\s*$")
_NUMBER_LABEL = re.compile(r"序号|编号|序")
_ROW_NUMBER = re.compile(r"\d{1,3}|[一二三四五六七八九十]{1,3}")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九", 0)}


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
    labels = [_LABEL_NOTE.sub("", s) for s in labels]
    owners = [(k, Column(s, kind_role(s))) for k, s in enumerate(labels) if KIND_LABEL.fullmatch(s)]
    task = next((k for k, s in enumerate(labels) if _TASK_LABEL.fullmatch(s) and not KIND_LABEL.fullmatch(s)), None)
    if not owners or task is None:
        return None
    number = next((k for k, s in enumerate(labels) if _NUMBER_LABEL.fullmatch(s)), None)
    return number, task, owners


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _BLANKS:
        a += 1
    while b > a and text[b - 1] in _BLANKS:
        b -= 1
    return a, b


def _cells(text: str, ls: int, le: int, split: re.Pattern) -> list[tuple[int, int]]:
    """The cells of a line split by ``split``, stripped; the empty cells outside a leading and
    a trailing ``|`` dropped."""
    out = []
    pos = ls
    for m in split.finditer(text, ls, le):
        out.append(_strip(text, pos, m.start()))
        pos = m.end()
    out.append(_strip(text, pos, le))
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
_HEADER_CANDIDATE = re.compile(r"(?m)^[^\n]*(?:单位|部门|责任主体)[^\n]*$")
_SEPARATOR_ROW = re.compile(r"[\s|｜:：\-—]*")


def _split_tables(text: str) -> list[Table]:
    tables: list[Table] = []
    pos = 0
    for hm in _HEADER_CANDIDATE.finditer(text):
        ls, le = hm.span()
        if ls < pos:
            continue
        split = _PIPES if _PIPES.search(text, ls, le) else _SPACES
        cells = _cells(text, ls, le, split)
        if len(cells) < 3:
            continue
        labels = [text[a:b] for a, b in cells]
        head = _header(labels)
        if head is None:
            continue
        number_col, task_col, owner_cols = head
        shape = _Shape(len(cells), number_col, task_col, {c for c, _ in owner_cols},
                       bool(_TIME_LABEL.fullmatch(_LABEL_NOTE.sub("", labels[-1]))), _closes(text, ls, le))
        rows: list[Row] = []
        rs = le + 1
        while rs < len(text):
            re_ = _line_end(text, rs)
            if not rows and rs != re_ and _SEPARATOR_ROW.fullmatch(text, rs, re_):
                rs = re_ + 1  # |---|---|
                continue
            got = _row(text, rs, split, shape, rows[-1].number if rows else None)
            if got is None:
                break
            row, re_ = got
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


@dataclass(frozen=True, slots=True)
class _Shape:
    """What a row must look like: the header's number of cells and where its columns are."""
    k: int
    number_col: int | None
    task_col: int
    owner_cols: set[int]
    time_last: bool      # the last column is a deadline (完成时限, 完成时间, 时间节点)
    closed: bool = False  # the header's line closes with | (so does every row's last line)


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
    num = _number(text[cells[0][0]:cells[0][1]].rstrip(".、．"))
    return num is not None and (after is None or num == after + 1)


def _row(text: str, rs: int, split: re.Pattern, shape: _Shape, after: int | None):
    """The cells of the row that opens at ``rs`` and where it ends, or None when no row of the
    header's shape opens there. A row is one line of ``shape.k`` cells (blanks inside the task
    take its extra pieces); or one line short of a cell left empty (a deadline table whose last
    owner cell is blank); or the line and the lines after it up to the next row when cells
    wrap (a task or a list of units broken over lines: the lines are joined, a line holding one
    piece continuing the cell before it)."""
    k = shape.k
    re_ = _line_end(text, rs)
    first = _cells(text, rs, re_, split)
    if shape.number_col is not None and split is _SPACES and (not first or not _opens_row(text, first, shape, None)):
        return None  # without separators, a row must open with its number
    # a row of a table whose lines close with | goes on until a line closes
    closed = shape.closed and split is _PIPES
    if closed and _closes(text, rs, re_):
        return (first, re_) if len(first) == k else None
    if len(first) == k and not closed:
        return first, re_
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


def _short_row(text: str, cells: list[tuple[int, int]], shape: _Shape):
    """A row one cell short, on a table copied with blanks between its cells (an empty cell
    leaves no trace): the empty one is a supporting owner column — the deadline (when the last
    column is one and the last cell reads as a date) and the task and first owner cells are
    there. None for anything else."""
    if len(cells) != shape.k - 1 or not shape.time_last or not _TIME_CELL.match(text, *cells[-1]):
        return None
    owners = sorted(shape.owner_cols)
    if len(owners) < 2 or owners[-1] != shape.k - 2:
        return None
    # the last owner column (right before the deadline) is the empty one
    return cells[:-1] + [(cells[-1][0], cells[-1][0])] + cells[-1:]


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
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
    return out if len(out) == k else None


def _lines(text: str, lo: int, hi: int):
    pos = lo
    while pos < hi:
        e = text.find("\n", pos, hi)
        e = hi if e == -1 else e
        yield pos, e
        pos = e + 1


def _line_tables(text: str) -> list[Table]:
    """Tables written one cell per line: a header of labels opening with 序号, then rows of as
    many lines opening with the next row number."""
    tables: list[Table] = []
    for m in re.finditer(r"(?m)^[ \t\u3000]*(?:序号|编号)[ \t\u3000]*$", text):
        lines = []
        for ls, le in _lines(text, m.start(), len(text)):
            s = text[ls:le].strip()
            if s:
                lines.append((ls, le, s))
            if len(lines) > 12:
                break
        labels = []
        for _, _, s in lines:
            if len(s) > 10 or (labels and _ROW_NUMBER.fullmatch(s)):
                break
            labels.append(s)
        head = _header(labels)
        if head is None or head[0] != 0:
            continue
        _, task_col, owner_cols = head
        k = len(labels)
        rows: list[Row] = []
        cells: list[tuple[int, int, str]] = []
        hi = len(text)
        for ls, le in _lines(text, lines[k - 1][1] + 1, hi):
            s = text[ls:le].strip(" \t\u3000")
            if not s:
                continue
            if not cells and _number(s.rstrip(".、．")) != len(rows) + 1:
                break
            a = ls + (len(text[ls:le]) - len(text[ls:le].lstrip(" \t\u3000")))
            cells.append((a, a + len(s), s))
            if len(cells) == k:
                owners = tuple((col, cells[c][0], cells[c][1]) for c, col in owner_cols)
                rows.append(Row(cells[0][0], cells[-1][1], len(rows) + 1, cells[0][2],
                                (cells[task_col][0], cells[task_col][1]), owners))
                cells = []
        if len(rows) >= 2:
            tables.append(Table(m.start(), rows[-1].end, tuple(rows)))
    return tables


def find_tables(text: str) -> list[Table]:
    """The task-division tables of ``text`` with at least two rows, in text order."""
    if "单位" not in text and "部门" not in text:
        return []
    tables = _split_tables(text)
    if "序号" in text or "编号" in text:
        tables += _line_tables(text)
    return sorted(tables, key=lambda t: t.start)
