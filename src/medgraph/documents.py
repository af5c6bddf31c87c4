"""Reading policy documents: bytes → decoded original text → normalized text + offset map.

``read_document(path)`` / ``read_bytes(data, name)`` return a :class:`Document` whose
``normalized`` text (simplified script, page breaks re-joined, running footers removed,
full-width ASCII folded) is what extraction matches against, and whose ``to_original``
maps any span of it back to the ``original`` text that evidence quotes.

Formats: .txt .md (as is), .html/.htm (main text), .pdf (pdfminer.six), .docx (python-docx).
Encodings (text formats): BOM, UTF-8, else GB18030 vs Big5 picked by plausibility.
Every failure is a :class:`DocumentError` whose message names the file and the reason.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import os
import re
import stat
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from medgraph.textnorm import OffsetMap, normalize, normalize_spans, to_simplified

__all__ = [
    "Document",
    "DocumentError",
    "SUPPORTED_SUFFIXES",
    "normalize",
    "read_bytes",
    "read_document",
    "to_simplified",
]

SUPPORTED_SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
DOCX_MAX_UNCOMPRESSED = 200 * 1024 * 1024
DOCX_MAX_RATIO = 100


class DocumentError(Exception):
    """Bad input: the message names the file and the reason (no traceback needed)."""


_ID_BAD = re.compile(r"[^A-Za-z0-9_.\-\u4e00-\u9fff]")


def _file_name(name: str) -> str:
    """``Path(name).name`` without building a Path for the usual name (its last component,
    neither empty nor ``.``, is the name as it is): every document asks twice."""
    base = name[name.rfind("/") + 1:]
    return base if base and base != "." else Path(name).name


def _stem_suffix(name: str) -> tuple[str, str]:
    """``(Path(name).stem, Path(name).suffix)`` (pathlib's rule: the last dot, not the first
    character nor the last)."""
    base = _file_name(name)
    i = base.rfind(".")
    return (base[:i], base[i:]) if 0 < i < len(base) - 1 else (base, "")


def document_id(name: str | Path) -> str:
    """``doc-`` + the file stem, URL-safe (anything else becomes ``-``)."""
    stem = _stem_suffix(str(name))[0] or "document"
    return "doc-" + _ID_BAD.sub("-", stem)


@dataclass(frozen=True)
class Document:
    id: str
    path: str
    original: str
    normalized: str
    sha256: str
    encoding: str
    format: str
    # kept spans of `original` that make up `normalized` (internal; recomputed when omitted)
    spans: tuple[tuple[int, int], ...] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        spans = self.spans
        if spans is None:
            if len(self.normalized) == len(self.original):
                spans = ((0, len(self.original)),) if self.original else ()
            else:
                norm, sp = normalize_spans(self.original)
                if norm != self.normalized:
                    raise ValueError("Document.normalized is not normalize(original); pass spans explicitly")
                spans = tuple(sp)
            object.__setattr__(self, "spans", spans)
        object.__setattr__(self, "_map", OffsetMap(list(spans), len(self.original)))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of ``normalized`` to the span of ``original`` covering the
        same characters (a span across a joined page break includes the break)."""
        return self._map.span(start, end)  # type: ignore[attr-defined]

    def quote(self, start: int, end: int) -> str:
        """The verbatim original words behind ``normalized[start:end]``."""
        s, e = self.to_original(start, end)
        return self.original[s:e]

    def display(self, start: int, end: int) -> str:
        """What a person reads for ``normalized[start:end]``: the original characters (script
        and punctuation as written) without what normalization removed between them, so a
        page break inside a word is joined (``临床应\\n\\n用`` → ``临床应用``) and a running
        footer or inserted pinyin is gone. Evidence quotes ``quote`` (the verbatim slice), not this."""
        return "".join(self.original[a:b] for a, b in self._map.pieces(start, end))  # type: ignore[attr-defined]

    def original_index(self, i: int) -> int:
        """Index in ``original`` of ``normalized[i]``."""
        return self._map.index(i)  # type: ignore[attr-defined]

    @property
    def chars(self) -> int:
        return len(self.original)


# --------------------------------------------------------------------------- decoding

def _codec_block(codec: str, leads: range, trails: list[int], last: bytes | None = None) -> set[str]:
    """The characters a codec assigns to a block of double-byte codes (up to ``last``)."""
    out = set()
    for lead in leads:
        for trail in trails:
            code = bytes((lead, trail))
            if last is not None and code > last:
                break
            try:
                out.add(code.decode(codec))
            except UnicodeDecodeError:
                pass
    return out


@lru_cache(maxsize=1)
def _char_weights() -> dict[str, float]:
    """How typical a character is of Chinese text in either script, from general sources only
    (no document of ours):

    * weight 1: charset-normalizer's frequency table for Chinese (the 100 most frequent
      characters of general text) and their traditional forms (OpenCC s2t, s2tw, s2hk);
    * weight 0.3: the frequently-used blocks of the two national standards, read from
      Python's codecs: GB2312 level 1 (3,755 characters, rows 16-55) and Big5's 常用字
      (5,401 characters, 0xA440-0xC67E);
    * weight 0.5: CJK punctuation (，。、：；“”《》（）).

    A right decoding is mostly made of these; a wrong one (GBK bytes read as Big5, Big5
    bytes read as GB18030) lands on rare characters, kana, symbols and private-use codes.
    """
    from charset_normalizer.constant import FREQUENCIES
    import opencc

    top = "".join(FREQUENCIES["Chinese"])
    frequent = set(top)
    for cfg in ("s2t", "s2tw", "s2hk"):
        frequent.update(opencc.OpenCC(cfg).convert(top))
    gb_level1 = _codec_block("gb2312", range(0xB0, 0xD8), list(range(0xA1, 0xFF)))
    big5_common = _codec_block("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)), b"\xc6\x7e")
    weights = {c: 0.3 for c in gb_level1 | big5_common}
    weights.update({c: 0.5 for c in "，。、：；！？“”‘’《》（）〔〕【】"})
    weights.update({c: 1.0 for c in frequent if len(c) == 1})
    return weights


_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_PUA_RE = re.compile(r"[\ue000-\uf8ff\ufffd]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_META_CHARSET = re.compile(rb"""(?:charset|<\?xml[^>]*encoding)\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_SAMPLE = 256 * 1024
_SCORE_SAMPLE = 64 * 1024
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _plausibility(text: str) -> float:
    """Mean typicality (``_char_weights``) of the non-ASCII characters of a decoding; a rare
    CJK character (in neither standard's common block) or a private-use / replacement
    character counts -1 (names in a right decoding have a few; a wrong one is full of them)."""
    chars = _NON_ASCII.findall(text[:_SCORE_SAMPLE])
    if not chars:
        return 0.0
    w = _char_weights()
    bad = len(_PUA_RE.findall(text[:_SCORE_SAMPLE]))
    rare = sum(1 for c in chars if c not in w and "\u4e00" <= c <= "\u9fff")  # outside both standards' common blocks
    return (sum(w.get(c, 0.0) for c in chars) - rare - bad) / len(chars)


def _canonical(enc: str) -> str:
    name = codecs.lookup(enc).name
    return {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "cp950": "big5"}.get(name, name)


def decode_bytes(data: bytes, name: str, hint: str | None = None) -> tuple[str, str]:
    """(text, encoding) for text formats; raises DocumentError for binary/undecodable data."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise DocumentError(f"{name}: has a UTF-8 byte-order mark but is not valid UTF-8 ({e.reason} at byte {e.start + 3})") from None
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise DocumentError(f"{name}: has a {enc} byte-order mark but does not decode ({e.reason})") from None
    if b"\x00" in data[:_SAMPLE] or b"\x00" in data[-1024:]:
        raise DocumentError(f"{name}: binary data (NUL bytes) in a text file; expected UTF-8, GB18030/GBK or Big5 text")
    try:
        text = data.decode("utf-8")
        # UTF-8 Chinese has Chinese characters; a short GBK text can be valid UTF-8 by chance
        # (通知 = CD A8 D6 AA reads as two combining marks): then a legacy reading may be it
        if _CJK_RE.search(text[:_SAMPLE]) or not _NON_ASCII.search(text[:_SAMPLE]):
            return text, "utf-8"
        legacy = _legacy_reading(data)
        return legacy if legacy is not None else (text, "utf-8")
    except UnicodeDecodeError:
        pass
    if hint:  # a declared charset (HTML <meta>) wins when the bytes agree with it
        try:
            enc = _canonical(hint)
            if enc != "utf-8":
                return data.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            pass
    candidates: dict[str, str] = {}
    for enc in ("gb18030", "big5", "cp950", "big5hkscs"):  # cp950/big5hkscs: Big5 with extensions
        key = "big5" if enc in ("cp950", "big5hkscs") else enc
        if key in candidates:
            continue
        try:
            candidates[key] = data.decode(enc)
        except UnicodeDecodeError:
            pass
    if not candidates:
        best = _charset_normalizer_guess(data)
        if best is None:
            _fail_decode(name)
        return best
    scored = sorted(((_plausibility(t), enc) for enc, t in candidates.items()), reverse=True)
    if len(scored) > 1 and scored[0][0] - scored[1][0] < 0.05:
        guess = _charset_normalizer_guess(data)
        if guess is not None and guess[1] in candidates:
            return guess
    score, enc = scored[0]
    if score < 0.05:
        guess = _charset_normalizer_guess(data)
        if guess is not None:
            return guess
    return candidates[enc], enc


def _legacy_reading(data: bytes) -> tuple[str, str] | None:
    """The plausible GB18030 or Big5 reading of bytes that are also valid UTF-8 without any
    Chinese character in it, if one reads as Chinese text."""
    best: tuple[float, str, str] | None = None
    for enc in ("gb18030", "big5"):
        try:
            t = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausibility(t)
        if _CJK_RE.search(t) and score >= 0.2 and (best is None or score > best[0]):
            best = (score, t, enc)
    return (best[1], best[2]) if best else None


def _fail_decode(name: str):
    raise DocumentError(
        f"{name}: cannot decode the text (tried UTF-8, GB18030/GBK, Big5); save it as UTF-8 and retry"
    )


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover
        return None
    best = from_bytes(data[:_SAMPLE]).best()
    if best is None or not best.encoding:
        return None
    enc = _canonical(best.encoding)
    try:
        return data.decode(enc), enc
    except (UnicodeDecodeError, LookupError):
        return None


def _check_text(text: str, name: str) -> str:
    sample = text[:_SAMPLE]
    if sample and len(_CONTROL_RE.findall(sample)) > max(8, len(sample) // 100):
        raise DocumentError(f"{name}: looks like binary data, not text (many control characters)")
    return text


_MOJIBAKE_CODECS = ("cp1252", "latin-1")


def _check_chinese(text: str, name: str, enc: str) -> None:
    """Refuse a text with no Chinese in it: medgraph reads Chinese policy documents, and a
    file that decodes to none (Latin-1 bytes, UTF-8 Chinese read as Latin-1 and saved again,
    random bytes read as GB18030) would be stored as an empty document without a word."""
    sample = text[:_SAMPLE]
    if not _CJK_RE.search(sample):
        for codec in _MOJIBAKE_CODECS:
            try:
                fixed = sample.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            if _CJK_RE.search(fixed):
                raise DocumentError(
                    f"{name}: no Chinese text: it is UTF-8 Chinese that was read as {codec} and saved again "
                    f"(mojibake such as {sample.strip()[:12]!r} for {fixed.strip()[:4]!r}); re-save the original as UTF-8"
                )
        raise DocumentError(
            f"{name}: no Chinese text (read as {enc}, it has no Chinese characters at all); medgraph reads Chinese "
            "policy documents in UTF-8, GB18030/GBK or Big5"
        )
    if enc in ("gb18030", "big5") and _plausibility(sample) < 0:
        raise DocumentError(
            f"{name}: no readable Chinese text (read as {enc}, it is mostly rare characters and private-use codes: "
            "not Chinese text in a known encoding); save it as UTF-8 and retry"
        )


# --------------------------------------------------------------------------- formats

_DROP_TAGS = ("script", "style", "nav", "header", "footer", "aside", "noscript", "template", "iframe",
              "svg", "canvas", "head", "form", "button", "select")
_BLOCK_TAGS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table thead tbody tfoot tr "
    "blockquote pre figure figcaption caption address hr center title body".split()
)
_CELL_TAGS = frozenset(("td", "th"))
_WS_RUN = re.compile(r"[ \t\r\f\v\u00a0]+")
_SPACE_NL = re.compile(r" *\n *")
_MANY_NL = re.compile(r"\n{2,}")


_CHROME_TOKENS = frozenset(
    "nav navbar menu topmenu breadcrumb breadcrumbs crumb crumbs header footer sidebar share "
    "copyright topbar toolbar skip-link".split()
)


def _is_chrome(tag) -> bool:
    attrs = tag.attrs if isinstance(tag.attrs, dict) else {}
    classes = attrs.get("class") or []
    if isinstance(classes, str):
        classes = classes.split()
    tokens = {c.lower() for c in classes}
    ident = attrs.get("id")
    if isinstance(ident, str):
        tokens.add(ident.lower())
    if attrs.get("role") in ("navigation", "banner", "contentinfo"):
        return True
    return bool(tokens & _CHROME_TOKENS)


def _html_text(data: bytes, name: str) -> tuple[str, str]:
    m = _META_CHARSET.search(data[:4096])
    raw, enc = decode_bytes(data, name, hint=m.group(1).decode("ascii", "ignore") if m else None)
    try:
        from bs4 import BeautifulSoup, Comment
        from bs4.element import NavigableString, Tag
    except ImportError as e:  # pragma: no cover
        raise DocumentError(f"{name}: HTML support needs beautifulsoup4 and lxml ({e})") from None
    try:
        soup = BeautifulSoup(raw, "lxml")
    except Exception as e:  # noqa: BLE001 - parser complaint goes to the user
        raise DocumentError(f"{name}: cannot parse HTML ({type(e).__name__}: {e})") from None
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        c.extract()
    root = soup.body or soup
    total = len(root.get_text(strip=True))
    # site chrome marked by class/id (<div class="nav">, id="footer"), unless it holds most of the text
    chrome = [t for t in root.find_all(True) if _is_chrome(t)]
    for tag in chrome:
        if not tag.decomposed and len(tag.get_text(strip=True)) < 0.5 * total:
            tag.decompose()
    total = len(root.get_text(strip=True))
    for cand in soup.find_all(("main", "article")):
        if len(cand.get_text(strip=True)) >= 0.3 * total:
            root = cand
            break
    parts: list[str] = []

    def walk(node) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString or child.__class__.__name__ == "CData":
                    parts.append(_WS_RUN.sub(" ", str(child).replace("\n", " ")))
            elif isinstance(child, Tag):
                nm = child.name
                if nm == "br":
                    parts.append("\n")
                elif nm == "pre":
                    parts.append("\n" + child.get_text() + "\n")
                elif nm in _BLOCK_TAGS:
                    parts.append("\n")
                    walk(child)
                    parts.append("\n")
                elif nm in _CELL_TAGS:
                    walk(child)
                    parts.append("\t")
                else:
                    walk(child)

    walk(root)
    text = "".join(parts)
    text = _SPACE_NL.sub("\n", text)
    text = re.sub(r"[ \t]*\t[ \t]*", "\t", text)
    text = re.sub(r"\t\n", "\n", text)
    text = _MANY_NL.sub("\n", text).strip()
    return text, enc


_PDF_CID = re.compile(r"\(cid:\d+\)")


def _pdf_text(data: bytes, name: str) -> str:
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise DocumentError(f"{name}: not a PDF file (no %PDF header)")
    try:
        from pdfminer.high_level import extract_text
    except ImportError as e:  # pragma: no cover
        raise DocumentError(f"{name}: PDF support needs pdfminer.six ({e})") from None
    import logging

    log = logging.getLogger("pdfminer")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        text = extract_text(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - any parser failure is a bad input
        raise DocumentError(
            f"{name}: cannot read PDF, the file is damaged or truncated ({type(e).__name__}: {e or 'no detail'})"
        ) from None
    finally:
        log.setLevel(level)
    if not text.strip():
        tail = data.rstrip()[-1024:]
        if b"%%EOF" not in tail:
            raise DocumentError(f"{name}: cannot read PDF (truncated: no %%EOF marker and no extractable text)")
        raise DocumentError(f"{name}: empty document (no extractable text; a scanned PDF needs OCR first)")
    cids = _PDF_CID.findall(text)
    if cids and sum(map(len, cids)) > 0.5 * len("".join(text.split())):
        raise DocumentError(
            f"{name}: PDF text is not extractable (its fonts have no Unicode mapping: {len(cids)} '(cid:N)' glyphs); "
            "export the PDF again with embedded Unicode fonts, or OCR it"
        )
    return text


def _check_zip(data: bytes, name: str) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as e:
        raise DocumentError(f"{name}: not a valid .docx (zip) file ({e}); re-save it from Word as .docx") from None
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if total > DOCX_MAX_UNCOMPRESSED:
        raise DocumentError(
            f"{name}: refused, unpacks to {total / 2**20:.0f} MB (> {DOCX_MAX_UNCOMPRESSED // 2**20} MB limit; zip bomb?)"
        )
    if total > 0 and total / max(1, packed) > DOCX_MAX_RATIO:
        raise DocumentError(
            f"{name}: refused, compression ratio {total / max(1, packed):.0f}:1 exceeds {DOCX_MAX_RATIO}:1 (zip bomb?)"
        )
    if "word/document.xml" not in zf.namelist():
        raise DocumentError(f"{name}: not a Word .docx file (no word/document.xml inside the zip)")
    return zf


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN_DIGITS = "零一二三四五六七八九"


def _cn_number(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    tail = "" if not rest else ("零" + _cn_number(rest) if rest < 10 else (_cn_number(rest) if rest >= 20 else "一" + _cn_number(rest)))
    return _CN_DIGITS[hundreds] + "百" + tail


def _roman(n: int) -> str:
    out = ""
    for v, r in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                 (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + r, n - v
    return out


def _format_number(n: int, fmt: str) -> str:
    """One level of a Word list number (w:numFmt)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "ideographTraditional",
               "japaneseCounting", "chineseLegalSimplified", "taiwaneseCountingThousand"):
        return _cn_number(n) if fmt != "ideographTraditional" else "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10]
    if fmt in ("lowerLetter", "upperLetter"):
        c = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return c.upper() if fmt == "upperLetter" else c
    if fmt in ("lowerRoman", "upperRoman"):
        r = _roman(n)
        return r.lower() if fmt == "lowerRoman" else r
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt in ("decimalEnclosedParen", "decimalEnclosedFullstop"):
        return f"({n})" if fmt == "decimalEnclosedParen" else f"{n}."
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class _Numbering:
    """Renders Word automatic list numbers ("（一）", "1.", "第一条") that python-docx leaves out
    of ``paragraph.text``; policy documents often number their measures this way."""

    def __init__(self, doc) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (fmt, text, start)
        self.counters: dict[str, dict[int, int]] = {}
        self.abstract_of: dict[str, str] = {}
        try:
            root = doc.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.iter(f"{_W}abstractNum"):
            lv = {}
            for lvl in an.iter(f"{_W}lvl"):
                ilvl = int(lvl.get(f"{_W}ilvl", "0"))
                fmt = lvl.find(f"{_W}numFmt")
                txt = lvl.find(f"{_W}lvlText")
                start = lvl.find(f"{_W}start")
                lv[ilvl] = (
                    fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
                    txt.get(f"{_W}val", "") if txt is not None else "",
                    int(start.get(f"{_W}val", "1")) if start is not None else 1,
                )
            abstract[an.get(f"{_W}abstractNumId")] = lv
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None and ref.get(f"{_W}val") in abstract:
                aid = ref.get(f"{_W}val")
                self.levels[num.get(f"{_W}numId")] = abstract[aid]
                self.abstract_of[num.get(f"{_W}numId")] = aid

    @staticmethod
    def _num_pr(paragraph):
        ppr = paragraph._p.pPr
        if ppr is not None and ppr.numPr is not None:
            return ppr.numPr
        style = paragraph.style
        while style is not None:
            spr = style.element.pPr
            if spr is not None and spr.numPr is not None:
                return spr.numPr
            style = style.base_style
        return None

    def prefix(self, paragraph) -> str:
        if not self.levels:
            return ""
        try:
            npr = self._num_pr(paragraph)
        except (AttributeError, KeyError, ValueError):
            return ""
        if npr is None or npr.numId is None:
            return ""
        num_id = str(npr.numId.val)
        ilvl = int(npr.ilvl.val) if npr.ilvl is not None else 0
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        fmt, text, start = levels[ilvl]
        if fmt in ("bullet", "none") or not text:
            return ""
        key = self.abstract_of.get(num_id, num_id)  # lists sharing an abstract definition continue
        counters = self.counters.setdefault(key, {})
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]

        def level_value(m: re.Match[str]) -> str:
            lv = int(m.group(1)) - 1
            f, _, st = levels.get(lv, ("decimal", "", 1))
            return _format_number(counters.get(lv, st), f)

        return re.sub(r"%(\d)", level_value, text)


def _docx_text(data: bytes, name: str) -> str:
    _check_zip(data, name)
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as e:  # pragma: no cover
        raise DocumentError(f"{name}: DOCX support needs python-docx ({e})") from None
    try:
        d = docx.Document(io.BytesIO(data))
        numbering = _Numbering(d)
        out: list[str] = []

        def table_lines(tbl: Table) -> None:
            for row in tbl.rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat
                        continue
                    seen.add(id(cell._tc))
                    cells.append(cell.text.strip())
                line = "\t".join(c for c in cells if c)
                if line:
                    out.append(line)

        def blocks(parent) -> None:
            for child in parent.iterchildren():
                tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
                if tag == "p":
                    para = Paragraph(child, d)
                    text = para.text
                    out.append(numbering.prefix(para) + text if text.strip() else text)
                elif tag == "tbl":
                    table_lines(Table(child, d))
                elif tag in ("sdt", "sdtContent", "customXml"):  # content controls wrap blocks
                    blocks(child)

        blocks(d.element.body)
    except DocumentError:
        raise
    except Exception as e:  # noqa: BLE001 - any parser failure is a bad input
        raise DocumentError(f"{name}: cannot read DOCX ({type(e).__name__}: {e})") from None
    return "\n".join(out)


# --------------------------------------------------------------------------- entry points


def _format_of(name: str) -> str:
    suffix = _stem_suffix(name)[1].lower()
    fmt = SUPPORTED_SUFFIXES.get(suffix)
    if fmt is None:
        supported = ", ".join(sorted(set(SUPPORTED_SUFFIXES)))
        what = f"suffix {suffix!r}" if suffix else "no suffix"
        raise DocumentError(f"{name}: unsupported file type ({what}); supported: {supported}")
    return fmt


DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024  # = Settings.max_file_bytes' default (MEDGRAPH_MAX_FILE_BYTES)


def read_bytes(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> Document:
    """Read an uploaded document; the format comes from ``name``'s suffix. ``max_bytes``: the
    caller's limit (the pipeline passes ``Settings.max_file_bytes``); nothing here reads the
    environment."""
    name = str(name)
    fmt = _format_of(name)
    limit = max_bytes
    if len(data) > limit:
        raise DocumentError(f"{name}: too large ({len(data):,} bytes > limit {limit:,}; set MEDGRAPH_MAX_FILE_BYTES)")
    if not data.strip():
        raise DocumentError(f"{name}: empty document")
    if fmt in ("txt", "md"):
        text, enc = decode_bytes(data, name)
    elif fmt == "html":
        text, enc = _html_text(data, name)
    elif fmt == "pdf":
        text, enc = _pdf_text(data, name), "binary"
    else:
        text, enc = _docx_text(data, name), "utf-8"
    if fmt != "pdf":
        _check_text(text, name)
    if not text.strip():
        raise DocumentError(f"{name}: empty document")
    _check_chinese(text, name, enc)
    norm, spans = normalize_spans(text)
    if not norm.strip():
        raise DocumentError(f"{name}: empty document (only page numbers and running headers/footers)")
    return Document(
        id=document_id(name),
        path=name,
        original=text,
        normalized=norm,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=enc,
        format=fmt,
        spans=tuple(spans),
    )


def read_document(path: str | Path, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> Document:
    """Read a file from disk (see module docstring); raises :class:`DocumentError`. A file
    over ``max_bytes`` is refused before it is read."""
    name = str(path)
    _format_of(name)
    try:
        # one open, and the size and kind from its descriptor (a stat, a Path and pathlib's own
        # open cost twice the system calls); a directory fails to open (IsADirectoryError)
        with open(path, "rb", buffering=0) as fh:
            refused = _refused(name, os.fstat(fh.fileno()), max_bytes)
            if refused:
                raise DocumentError(refused)
            data = fh.readall()
    except FileNotFoundError:
        raise DocumentError(f"{name}: no such file") from None
    except PermissionError:
        # what the path's stat says comes first, as it did when the stat preceded the open
        # (a directory, a file over the limit); then the refused read
        try:
            st = os.stat(path)
        except OSError:
            st = None
        refused = _refused(name, st, max_bytes) if st is not None else ""
        raise DocumentError(refused or f"{name}: permission denied") from None
    except IsADirectoryError:
        raise DocumentError(f"{name}: is a directory, not a document") from None
    except OSError as e:
        raise DocumentError(f"{name}: cannot read ({e.strerror or e})") from None
    return read_bytes(data, name, max_bytes)


def _refused(name: str, st: os.stat_result, max_bytes: int) -> str:
    """Why a file is refused before it is read (a directory, over ``max_bytes``), "" if not."""
    if stat.S_ISDIR(st.st_mode):
        return f"{name}: is a directory, not a document"
    if st.st_size > max_bytes:
        return f"{name}: too large ({st.st_size:,} bytes > limit {max_bytes:,}; set MEDGRAPH_MAX_FILE_BYTES)"
    return ""
