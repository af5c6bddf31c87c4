"""Extraction: a pure function from a Document (plus the catalog) to nodes and edges.

    extract(document, catalog) -> Extraction

It never touches a store. See structure.py (measures), entities.py (mentions) and
relations.py (edges with evidence).
"""

from __future__ import annotations

import re
import weakref

from medgraph.catalog import Catalog, load_catalog
from medgraph.documents import Document
from medgraph.extract import given_place, places
from medgraph.extract import relations as rel
from medgraph.extract.claims import find_claims
from medgraph.extract.dates import policy_dates
from medgraph.extract.source_kind import infer_source_kind
from medgraph.extract import targets as tg
from medgraph.extract import issuers as iss
from medgraph.extract.identity import (delivered, interpreted_number, notifies, official_signs, own_document,
                                      own_heading, own_number, speaks_as_itself, title_key, to_delegates, weak_call)
from medgraph.extract.owners import convention
from medgraph.extract.entities import Mention, find_entities, policy_key
from medgraph.extract.structure import parse
from medgraph.models import DocumentRecord, Extraction, Node, trusted_node
from medgraph.textutil import slug

__all__ = ["extract"]


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


_BY_NUMBER: "weakref.WeakKeyDictionary[Catalog, tuple[int, dict[str, object]]]" = weakref.WeakKeyDictionary()


def _policy_by_number(catalog: Catalog) -> dict:
    """doc_number → the first catalogued policy with it (catalog order), once per catalog: the
    lookup was a scan of every catalog entry for each document whose title is not catalogued."""
    cached = _BY_NUMBER.get(catalog)
    if cached is None or cached[0] != len(catalog.entries):
        index: dict = {}
        for e in catalog.by_label("Policy"):
            number = e.props.get("doc_number")
            if number is not None:
                index.setdefault(number, e)
        cached = _BY_NUMBER[catalog] = (len(catalog.entries), index)
    return cached[1]


# lines below a reply's heading among which its addressee stands (the page's metadata rows between)
_BELOW_HEADING = 7
# a policy title's edition year: (2026年) → 2026; (2024-2026年) → 2024 and 2024-2026
_EDITION_YEAR = re.compile(r"((?:19|20)\d{2})(?:\s*[-—–至]\s*((?:19|20)\d{2}))?\s*年")


def _heading_quote(original_body: str) -> str:
    """The measure's numbering and first sentence as written (to 。, at most 80 characters,
    else its first 40): the original slice at the measure's ``start``."""
    stop = original_body.find("。")
    n = stop if 0 < stop <= 80 else min(len(original_body), 40)
    return original_body[:n].rstrip()


def extract(document: Document, catalog: Catalog | None = None, jurisdiction: str | None = None) -> Extraction:
    """What ``document`` contributes to the graph. ``jurisdiction``: the place the user says the
    document belongs to (上海市, 广东省, 国家; extract.given_place), for texts that never name their
    own: it resolves relative names (市科技局) only when the text names no place of its own, and
    the document's record keeps it as given (``jurisdiction_given``)."""
    given = given_place.normalize(jurisdiction)
    catalog = catalog or load_catalog()
    text = document.normalized
    st = parse(text)
    # the document's own number and title, not the ones it cites or reposts (identity.py)
    st.doc_number, st.doc_number_span = own_number(text, st.doc_number, st.doc_number_span)
    head = own_heading(text)
    st.title, st.title_span = head.title, head.span
    if head.kind in ("interprets", "about_page") and not st.doc_number:
        # an interpretation page: the number it gives the policy it interprets (《Y》(X〔2022〕36号))
        st.doc_number, st.doc_number_span = interpreted_number(text, head.title)
    ents = find_entities(text, catalog, document.id, head=st.title or "", given=given)
    if head.kind == "cover" and head.heading:
        # a flattened cover's author reads as the title's tail: read it as a name of its own
        have = {(m.start, m.end) for m in ents.mentions}
        found, new_nodes = iss.cover_author(text, head.heading, catalog, document.id, st.title or "")
        ents.mentions.extend(m for m in found if (m.start, m.end) not in have)
        ents.mentions.sort(key=lambda m: m.start)
        for k, v in new_nodes.items():
            ents.nodes.setdefault(k, v)
    if text.find("(办公", 0, 3000) != -1 or text.find("（办公", 0, 3000) != -1:   # (no copy of the head)
        # 发布机构: X人民政府(办公室) — a disclosure platform's name for the general office
        ents.mentions, new_nodes = iss.qualified_offices(text, ents.mentions, catalog, document.id, 3000, st.title or "")
        for k, v in new_nodes.items():
            ents.nodes.setdefault(k, v)
    ctx = rel.Ctx(text=text, spans=rel.Spans(document), catalog=catalog, ents=ents, edges={},
                  convention=convention(text))
    nodes: dict[str, Node] = {}
    warnings: list[str] = []
    if given and ents.jurisdiction != given:
        # its own city, province or (a county's text naming no city) its district
        warnings.append(f"{document.path}: the text names its own place ({ents.jurisdiction or ents.scope.district}), "
                        f"used instead of the given jurisdiction {jurisdiction}")

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

    for group in (ents.mentions, ents.in_titles):   # (node_for's seen test inlined: most ids repeat)
        for m in group:
            if m.entity_id not in nodes:
                node_for(m.entity_id)

    source = _source_kind(document, text, st.title or "")
    # who issued it, and whether it is its own policy at all (identity.py, issuers.py)
    region = st.issuer_region if st.is_policy else (0, min(len(text), 3000))
    # an interpretation page's metadata and signature are its publisher's, not the issuers of
    # the policy it interprets (README "Interpretation pages"): those come from the policy's
    # own title and the sentences that say who made it
    interprets = head.kind == "interprets"
    lone: list = []   # issuers read from lines of body names alone (a site's banner reads so)
    issuers = [] if interprets else iss.head_issuers(text, region, ents.mentions, head.heading, lone)
    own_doc = st.is_policy
    headless = False   # its own document only by the makers its opening sentence names (iss.notice_makers)
    ev = source["source_evidence"]
    if not own_doc:
        # an official document whose measures structure did not find (a plan, a work report,
        # a decision, a notice reposted on a page the source-kind rules took for news) is
        # still its own policy when its head says so; a report about a policy never is
        own_doc = own_document(text, head, st.doc_number, bool(issuers), source["source_kind"], ev["confidence"])
        if not own_doc and head.kind == "plain" and st.title_span \
                and iss.periodic_author(text, st.title_span[0], [*ents.mentions, *ents.in_titles]):
            # a body's own periodic report or summary, its title opening with its name and the year
            # (X2020年度绩效管理工作总结): its own document whatever the page around it looks like
            own_doc = True
        if not own_doc and head.kind == "about" and not to_delegates(text) and (
                iss.addressed(text) or head.heading is not None and head.title.endswith(("答复", "复函", "的函"))
                and iss.addressed(text, head.heading[1], _BELOW_HEADING)):
            # an official 关于 heading with its addressee right below (关于…提案办理情况的函 / 某某委员：):
            # a letter or notice of its own, though no issuer or number is on the page (a speech to
            # a congress's delegates, 各位代表：, is addressed too and is none)
            own_doc = True
        if not own_doc and not st.title and not st.doc_number:
            # a letter, notice or report to an addressee (市人大常委会：), signed by its author
            # above the addressee or at its end: its own document though the page has no title
            # (or a notice that says it issues or announces something: 现将…予以公布, 特此通知)
            said = iss.addressed(text) or speaks_as_itself(text) is not None or notifies(text)
            signed = said and bool(issuers or iss.signature(text, ents.mentions, 0))
            if said and not signed and iss.notice_makers(text, ents.mentions):
                # a headless notice whose opening sentence names its makers (X、Y联合开展…，有关事项通知如下):
                # its own document; the items structure did not take for measures stay none (the
                # page lost the heading that would tell a task list from a list of contents)
                signed = headless = True
            if not signed:   # a congress session's resolution or review opinions (…会议,认真审议了…)
                issuers = iss.session_speaker(text, ents.mentions)
            if not signed and not issuers and delivered(text):
                # a report delivered at a session, the page cut above its title (——date在…会议上 /
                # X主任 某某): its speaker's body (我代表X, the office line under the dateline)
                issuers = iss.speaker(text, ents.mentions, min(len(text), 3000))
            own_doc = signed or bool(issuers)
    if (own_doc and st.title_span and weak_call(source["source_kind"], ev["confidence"])
            and official_signs(text, head, st.doc_number, bool(issuers))):
        # the source-kind rules called it news/interpretation on weak signals (a 来源 line):
        # its own title and issuing words say it is the official text
        s, e = document.to_original(*st.title_span)
        source = {"source_kind": "official", "source_evidence": {
            "quote": document.original[s:e], "start": s, "end": e, "confidence": 0.6, "method": "rule",
            "basis": "its own official title, and words by which it issues or speaks as itself"}}
    if not own_doc:
        issuers = []
    else:
        signed = [] if interprets else iss.signature(text, ents.mentions, st.measures[0].start if st.measures else 0)
        # a task table's last row, one cell per line, ends like a signature (its units, then its
        # deadline 2024年10月): the units of a row are its owners, never the document's signers
        signed = [m for m in signed if not any(r.start <= m.start < r.end for tb in st.tables for r in tb.rows)]
        issuers = iss.banner_only(issuers, lone, signed)   # a banner the signature does not repeat
        known = {i.entity_id for i in issuers}
        if st.title_span:
            # the document's own title opens with its issuer (国务院关于同意设立…的批复)
            ts = st.title_span[0]
            for lead in (iss.title_opener(text, ts, [*ents.mentions, *ents.in_titles]) or iss.colon_author(text, ts, ents.mentions)
                         or ([] if issuers else iss.area_heading(text, ts, ents.mentions))):
                if lead.entity_id not in known:
                    issuers.append(lead)
                    known.add(lead.entity_id)
        more = list(signed)
        more += iss.decree(text, ents.mentions, region[1])
        more += iss.adopted_by(text, ents.mentions, region[1])
        if st.title:
            more += iss.made_by(text, ents.mentions, title_key, title_key(st.title), region[1])
        if head.kind == "report":
            # a report delivered to a congress is its speaker's (我代表X / X主任 某某 under its
            # dateline), though its title may open with the government that commissioned it
            # (X人民政府关于…的报告 delivered by a bureau's director 受区政府委托)
            spoke = iss.speaker(text, ents.mentions, region[1])
            if spoke and not more:
                issuers, known = [], set()
            more += spoke
        if not st.title and not issuers and not more:
            more += iss.session_speaker(text, ents.mentions)   # a session's untitled opinions
        if not st.title and not issuers and not more:
            more += iss.notice_makers(text, ents.mentions)   # a headless notice's makers (X、Y联合开展…，有关事项通知如下)
        issuers += [m for m in more if m.entity_id not in known and not known.add(m.entity_id)]
    policy_id = ""
    if own_doc and not st.measures and st.candidates and not headless:
        # its own official document although structure alone did not call it a policy: the
        # numbered items structure found are its measures
        st.measures = st.candidates
    if own_doc:
        entry = catalog.find_policy(st.title) if st.title else None
        if entry is None and st.doc_number:
            entry = _policy_by_number(catalog).get(st.doc_number)
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
        year = _EDITION_YEAR.search(st.title or "")
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
    if policy_id:
        # who issued the document's own policy is issuers.py's answer (its heading, signature,
        # metadata, 印发 sentence); a sentence that names the own title after some body's
        # 印发 (根据X关于印发《它》的通知, the notice a 转发 forwards) does not add an issuer
        own_issuers = {i.entity_id for i in issuers}
        for k in [k for k, e in ctx.edges.items() if e.type == "ISSUED" and e.target == policy_id and e.source not in own_issuers]:
            del ctx.edges[k]
    rel.body_links(ctx)
    places.locate(ctx, rel._add)  # 位于/范围包括/在此落地 and the places they name (places.py)
    if not st.is_policy:
        rel.paragraph_topic_locations(ctx, measure_spans)

    # every edge endpoint must be a node of this extraction; a catalog entity the text
    # does not mention (a bureau inferred from its remit) is credited to the catalog, not
    # to this document
    for e in [e for e in ctx.edges.values() if e.source not in nodes or e.target not in nodes]:
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
        issuers=[i.entity_id for i in issuers], chars=len(document.original), jurisdiction_given=given,
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
        nodes=list(map(nodes.__getitem__, sorted(nodes))),  # each node is stored under its id
        edges=list(map(ctx.edges.__getitem__, sorted(ctx.edges))),  # each edge is stored under its Edge.key
        warnings=warnings,
    )
