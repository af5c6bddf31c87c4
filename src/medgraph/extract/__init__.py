"""Extraction: a pure function from a Document (plus the catalog) to nodes and edges.

    extract(document, catalog) -> Extraction

It never touches a store. See structure.py (measures), entities.py (mentions) and
relations.py (edges with evidence).
"""

from __future__ import annotations

import re

from medgraph.catalog import Catalog, load_catalog
from medgraph.documents import Document
from medgraph.extract import places
from medgraph.extract import relations as rel
from medgraph.extract.claims import find_claims
from medgraph.extract.dates import policy_dates
from medgraph.extract.source_kind import infer_source_kind
from medgraph.extract import targets as tg
from medgraph.extract.identity import own_number, own_title, stands_alone
from medgraph.extract.owners import convention
from medgraph.extract.entities import Mention, find_entities, policy_key
from medgraph.extract.structure import parse
from medgraph.models import DocumentRecord, Extraction, Node, trusted_node
from medgraph.textutil import slug

__all__ = ["extract"]


def _issuers(text: str, region: tuple[int, int], mentions: list[Mention]) -> list[Mention]:
    """Bureaus listed as issuers: lines in the head made of nothing but body names
    (the signature block of a 通知), and the bodies opening the notice's own heading
    (天津市人民政府办公厅关于印发…的通知), in order, first occurrence each."""
    lo, hi = region
    out: list[Mention] = []
    # only lines holding a body are looked at: the bodies grouped by their line
    lines: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.start >= hi:
            break
        if m.label == "Bureau" and m.start >= lo:
            ls = text.rfind("\n", 0, m.start) + 1
            lines.setdefault(ls, []).append(m)
    for ls, inside in lines.items():
        le = text.find("\n", ls)
        le = len(text) if le == -1 else le
        if le > hi:
            continue
        inside = [m for m in inside if m.end <= le]
        if not inside:
            continue
        rest = text[ls:le]
        for m in reversed(inside):
            rest = rest[: m.start - ls] + rest[m.end - ls:]
        if rest.rstrip().endswith(("：", ":")):
            continue  # 陕西省人民政府： addresses the notice (主送机关), it does not issue it
        if len(re.sub(r"[\s、，,#]", "", rest)) <= 2:
            out.extend(inside)
        elif rest.lstrip("# \t").startswith("关于") and inside[0].start - ls <= 2:
            # the notice's own heading: 天津市人民政府办公厅关于印发…的通知 names its issuers
            lead = [inside[0]]
            for m in inside[1:]:
                if re.fullmatch(r"[\s、，,和]*", text[lead[-1].end:m.start]):
                    lead.append(m)
            out.extend(lead)
    seen: set[str] = set()
    uniq = []
    for m in out:
        if m.entity_id not in seen:
            seen.add(m.entity_id)
            uniq.append(m)
    return uniq


def _source_kind(document: Document, text: str, title: str) -> dict:
    """The document's source kind and the original words that decided it."""
    k = infer_source_kind(text, title)
    s, e = document.to_original(k.start, k.end) if k.end > k.start else (0, 0)
    return {"source_kind": k.kind, "source_evidence": {
        "quote": document.original[s:e], "start": s, "end": e, "basis": k.basis,
        "confidence": k.confidence, "method": "rule"}}


def _claims(document: Document, text: str, mentions) -> list[dict]:
    """What this document states about its entities (area, fund size, founding year), each
    with the original words, kept on the Document node so that documents can disagree."""
    out = []
    for c in find_claims(text, mentions):
        s, e = document.to_original(c.start, c.end)
        out.append({"entity": c.entity, "attribute": c.attribute, "value": c.value, "text": c.text,
                    "quote": document.original[s:e], "start": s, "end": e})
    return out


def _dates(document: Document, text: str, st) -> dict:
    """issued / effective_from / effective_to of the policy, each with its quote
    (``dates_evidence`` keeps {field: {quote, start, end, basis}} in original offsets)."""
    found = policy_dates(text, st.title or "", st.title_span)
    if not found:
        return {}
    out: dict = {}
    ev: dict = {}
    for field_name, d in found.items():
        s, e = document.to_original(d.start, d.end)
        out[field_name] = d.value
        ev[field_name] = {"quote": document.original[s:e], "start": s, "end": e, "basis": d.basis}
    out["dates_evidence"] = ev
    return out


_DATE_ONLY = re.compile(r"^[\s#]*(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$")
_SIGNATURE_NOISE = re.compile(r"^[\s#]*(?:[(（][^()（）]{0,20}[)）]|-\s*\d+\s*-|第?\s*\d+\s*页)?\s*$")


def _body_line(text: str, ls: int, le: int, bureaus: list[Mention]) -> list[Mention] | None:
    """The bodies of a line made of nothing but body names (separated by spaces, 、 or ，)."""
    inside = [m for m in bureaus if ls <= m.start and m.end <= le]
    if not inside:
        return None
    rest = text[ls:le]
    for m in reversed(inside):
        rest = rest[: m.start - ls] + rest[m.end - ls:]
    left = len(re.sub(r"[\s、，,#]", "", rest))
    # a signature line is body names; with several of them, one unknown signatory may sit
    # among them (国家中医药管理局 中央军委后勤保障部)
    return inside if left <= 2 or (len(inside) >= 2 and left <= 10 and not re.search(r"[。；;，,：:]", rest)) else None


def _signature(text: str, mentions: list[Mention], lo: int) -> list[Mention]:
    """Issuers in the signature block at the end (joint notices sign there, one body per
    line or several on a line, next to the date): the body-only lines next to the last date
    line after ``lo`` (the first measure), in order."""
    tail = max(lo, text.rfind("\n", 0, max(lo, len(text) - 1500)) + 1)  # the signature sits in the last lines
    lines = [(m.start(), m.end()) for m in re.finditer(r"^[^\n]*$", text[tail:], re.M)]
    lines = [(a + tail, b + tail) for a, b in lines]
    dates = [i for i, (a, b) in enumerate(lines) if _DATE_ONLY.match(text[a:b])]
    if not dates:
        return []
    bureaus = [m for m in mentions if m.label == "Bureau" and m.start >= lo]
    d = dates[-1]
    block: list[Mention] = []
    i = d - 1
    while i >= 0:  # upwards from the date: the signatories
        a, b = lines[i]
        found = _body_line(text, a, b, bureaus)
        if found:
            block = found + block
        elif not _SIGNATURE_NOISE.match(text[a:b]) or block and not text[a:b].strip():
            if block or text[a:b].strip():
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


def _heading_quote(original_body: str) -> str:
    """The measure's numbering and first sentence as written (to 。, at most 80 characters,
    else its first 40): the original slice at the measure's ``start``."""
    stop = original_body.find("。")
    n = stop if 0 < stop <= 80 else min(len(original_body), 40)
    return original_body[:n].rstrip()


def extract(document: Document, catalog: Catalog | None = None) -> Extraction:
    catalog = catalog or load_catalog()
    text = document.normalized
    st = parse(text)
    # the document's own number and title, not the ones it cites or reposts (identity.py)
    st.doc_number, st.doc_number_span = own_number(text, st.doc_number, st.doc_number_span)
    st.title, st.title_span = own_title(text, st.title, st.title_span)
    ents = find_entities(text, catalog, document.id, head=st.title or "")
    ctx = rel.Ctx(text=text, spans=rel.Spans(document), catalog=catalog, ents=ents, edges={},
                  convention=convention(text))
    nodes: dict[str, Node] = {}
    warnings: list[str] = []

    def node_for(entity_id: str) -> Node:
        if entity_id in nodes:
            return nodes[entity_id]
        if entity_id in catalog.entries:
            n = catalog.entries[entity_id].node([document.id])
        else:
            n = ents.nodes[entity_id]
        own = ents.props.get(entity_id)
        extra = {k: v for k, v in own.items() if not k.startswith("_")} if own else None
        if extra:
            n = n.model_copy(update={"props": {**n.props, **extra}})
        nodes[entity_id] = n
        return n

    for entity_id in dict.fromkeys(m.entity_id for m in [*ents.mentions, *ents.in_titles]):
        node_for(entity_id)

    source = _source_kind(document, text, st.title or "")
    own_doc = st.is_policy
    numbered = bool(st.doc_number_span and stands_alone(text, *st.doc_number_span))
    if not st.is_policy and (st.title or numbered) and source["source_kind"] == "official":
        # an official document whose measures structure did not find (a plan, a work report,
        # a decision) is still its own policy when its head says so: its own number or its
        # issuing bodies (a repost or an article about a policy never gets here: not official)
        head_issuers = _issuers(text, (0, min(len(text), 3000)), ents.mentions)
        own_doc = bool(st.doc_number or head_issuers)
        issuers = head_issuers if own_doc else []
    else:
        issuers = _issuers(text, st.issuer_region, ents.mentions) if own_doc else []
    if own_doc and st.title_span:
        # the document's own title opens with its issuer (国务院关于同意设立…的批复)
        ts = st.title_span[0]
        lead = next((m for m in [*ents.mentions, *ents.in_titles] if m.start == ts and m.label == "Bureau"), None)
        if lead is not None and all(i.entity_id != lead.entity_id for i in issuers):
            issuers.append(lead)
    if own_doc:
        known = {i.entity_id for i in issuers}
        issuers += [m for m in _signature(text, ents.mentions, st.measures[0].start if st.measures else 0)
                    if m.entity_id not in known and not known.add(m.entity_id)]
    policy_id = ""
    if own_doc:
        entry = catalog.find_policy(st.title) if st.title else None
        if entry is None and st.doc_number:
            entry = next((e for e in catalog.by_label("Policy") if e.props.get("doc_number") == st.doc_number), None)
        policy_id = entry.id if entry else f"policy-{slug(policy_key(st.title) if st.title else (st.doc_number or document.id))}"
        base = node_for(policy_id) if entry else trusted_node(
            id=policy_id, label="Policy", name=st.title or document.id, aliases=[], documents=[document.id], props={})
        props = {**base.props, "kind": st.kind, "mentioned_only": False}
        if st.doc_number:
            props["doc_number"] = st.doc_number
        if st.date:
            props["date"] = st.date
        props.update(_dates(document, text, st))
        # edition year: (2026年) → 2026; a plan for (2024-2026年) is the 2024 edition
        year = re.search(r"((?:19|20)\d{2})(?:\s*[-—–至]\s*((?:19|20)\d{2}))?\s*年", st.title or "")
        if year and "year" not in props:
            props["year"] = int(year.group(1))
            if year.group(2):
                props["years"] = f"{year.group(1)}-{year.group(2)}"
        nodes[policy_id] = base.model_copy(update={"props": props, "documents": [document.id]})
        # the policy's own title mention is the policy itself, not a mention of another one
        measure_ids = {}
        for m in st.measures:
            mid = f"{policy_id}-m{m.key}"  # key: the number, or <section>-<number> when numbering restarts
            measure_ids[m.key] = mid
            os_, oe = document.to_original(m.start, m.end)
            nodes[mid] = trusted_node(  # str/int/list values built here: nothing to validate
                id=mid, label="Measure", name=m.heading, aliases=[], documents=[document.id],
                props={
                    "number": m.number, "number_text": m.number_text, "heading": m.heading,
                    # body: what a person reads (page breaks joined); heading_quote: the
                    # verbatim original opening that evidence about the measure quotes
                    "body": document.display(m.start, m.end), "heading_quote": _heading_quote(document.original[os_:oe]),
                    "policy": policy_id, "section": m.section,
                    "start": os_, "end": oe, "targets": tg.as_records(document, text, m.body_start, m.end),
                },
            )
        for i in issuers:
            rel._add(ctx, i.entity_id, policy_id, "ISSUED", [ctx.spans.ev(i.start, i.end, "explicit", 0.95)])
        if not issuers and st.title_span:
            warnings.append(f"{document.path}: no issuing bodies found in the head of the document")
        rel.measure_relations(ctx, st, policy_id, measure_ids, issuers, ents.jurisdiction)
        rel.supersedes(ctx, policy_id, st.title)
        rel.reports_to(ctx, issuers)
    measure_spans = [(m.start, m.end) for m in st.measures]
    rel.sentence_relations(ctx, measure_spans)
    rel.titled_issuers(ctx)
    rel.name_locations(ctx)
    rel.body_links(ctx)
    places.locate(ctx, rel._add)  # 位于/范围包括/在此落地 and the places they name (places.py)
    if not st.is_policy:
        rel.paragraph_topic_locations(ctx, measure_spans)

    # every edge endpoint must be a node of this extraction; a catalog entity the text
    # does not mention (a bureau inferred from its remit) is credited to the catalog, not
    # to this document
    for e in list(ctx.edges.values()):
        for end in (e.source, e.target):
            if end not in nodes:
                if end in catalog.entries:
                    nodes[end] = catalog.entries[end].node(["catalog"])
                elif end in ents.nodes:
                    nodes[end] = ents.nodes[end]
                else:
                    del ctx.edges[e.key]
                    break
    # quantitative targets of the policy as a whole (到2026年…达到1.25万亿元) and the
    # figures articles/press conferences report (see extract/targets.py)
    if st.is_policy and st.measures:
        pre = tg.as_records(document, text, (st.title_span or (0, 0))[1], st.measures[0].start)
        if pre:
            nodes[policy_id] = nodes[policy_id].model_copy(update={"props": {**nodes[policy_id].props, "targets": pre}})
    facts = [] if st.is_policy else tg.facts(
        document, text, [(m.start, m.end, m.entity_id) for m in ents.mentions if m.label == "Policy"])
    record = DocumentRecord(
        id=document.id, path=str(document.path), title=st.title or document.id, kind=st.kind,
        sha256=document.sha256, date=st.date, doc_number=st.doc_number if own_doc else "",
        issuers=[i.entity_id for i in issuers], chars=len(document.original),
        **source,
    )
    claims = _claims(document, text, ents.mentions)
    if facts or claims:
        props = {"facts": facts} if facts else {}
        if claims:
            props["claims"] = claims
        nodes[document.id] = Node(id=document.id, label="Document", name=record.title, documents=[document.id],
                                  props=props)
    return Extraction(
        document=record,
        nodes=[nodes[k] for k in sorted(nodes)],  # each node is stored under its id
        edges=[ctx.edges[k] for k in sorted(ctx.edges)],  # each edge is stored under its Edge.key
        warnings=warnings,
    )
