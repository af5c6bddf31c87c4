"""Relations with evidence: who leads what, what a measure targets, what funds what,
what sits where, who issued and what supersedes.

Every edge carries at least one Evidence whose quote is the ORIGINAL document text at
[start, end): ``explicit`` when the text states it (牵头单位：…, 在北京亦庄挂牌成立),
``rule`` when inferred (a bureau's remit keywords in the measure, a paragraph's topic
district). Owners are never invented: a measure with no annotation and no remit hit
falls back to the policy's first issuer with low confidence, and says so.
"""

from __future__ import annotations

import dataclasses
import re
import weakref
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter

from medgraph.catalog import Catalog
from medgraph.extract import bodies as bd
from medgraph.extract import owners as owners_mod
from medgraph.extract import prose_owners
from medgraph.extract import remits
from medgraph.extract.entities import EntityResult, Mention
from medgraph.extract.entities import _find_by_name as find_by_name
from medgraph.extract.entities import _finder
from medgraph.extract.places import OUTSIDE
from medgraph.extract.remits import remit_index
from medgraph.extract.structure import Measure, Structure
from medgraph.models import Edge, Evidence, trusted_edge, trusted_evidence, trusted_node
from medgraph.textutil import sentence_bounds, sentence_ends


class Spans:
    """Turns spans of the normalized text into evidence quoting the original."""

    def __init__(self, document):
        self.doc = document
        self._id, self._original = document.id, document.original
        offsets = getattr(document, "_map", None)  # skip Document.to_original's extra call
        self._to_original = offsets.span if offsets is not None else document.to_original

    def ev(self, start: int, end: int, method: str, confidence: float = 1.0) -> Evidence:
        os_, oe = self._to_original(start, end)
        # a handful of confidences recur (1.0, 0.9, 0.95…): rounded once each
        rounded = _ROUNDED.get(confidence) if type(confidence) is float and confidence > 0 else None
        if rounded is None:
            rounded = float(round(confidence, 3))
            if type(confidence) is float and confidence > 0:
                if len(_ROUNDED) > 4096:
                    _ROUNDED.clear()
                _ROUNDED[confidence] = rounded
        # every field is set here from already-typed values (ints from the offset map, a
        # str slice, a float), so pydantic validation would only cost time
        return trusted_evidence(
            document=self._id, quote=self._original[os_:oe], start=os_, end=oe,
            method=method, confidence=rounded,
        )


_ROUNDED: dict[float, float] = {}   # positive float confidence → float(round(it, 3))


@dataclass
class Ctx:
    text: str
    spans: Spans
    catalog: Catalog
    ents: EntityResult
    edges: dict
    _starts: list[int] | None = field(default=None, repr=False)
    convention: owners_mod.Convention = field(default_factory=owners_mod.Convention)
    # measure id → keys of its LEADS edges (kept by _add: reading them back was a scan of all edges)
    leads_to: dict = field(default_factory=dict)
    # the owner_unit / place_government callables of this document, made once (see those functions)
    _unit: object = field(default=None, repr=False, compare=False)
    _place_body: object = field(default=None, repr=False, compare=False)
    # (lo, hi) → remit hits of text[lo:hi]: an item the rule reads twice (support-only annotation) is scanned once
    _remit_hits: dict = field(default_factory=dict, repr=False, compare=False)

    def mentions_in(self, lo: int, hi: int) -> list[Mention]:
        """``_in(self.ents.mentions, lo, hi)`` by bisection: mentions are sorted by start."""
        mentions = self.ents.mentions
        if self._starts is None:
            self._starts = [m.start for m in mentions]
        starts = self._starts
        # those starting in [lo, hi] (by two bisections), then ending by hi
        return [m for m in mentions[bisect_left(starts, lo):bisect_right(starts, hi)] if m.end <= hi]


def _add(ctx: Ctx, source: str, target: str, type_: str, evidence: list[Evidence], **props) -> None:
    if source == target or not evidence:
        return
    role = props.get("role")
    # = Edge.make_key(source, type_, target, role), formatted here (tests/extract/test_spe_speed_equivalence.py)
    key = f"{source}|{type_}|{target}|{role}" if role else f"{source}|{type_}|{target}"
    if type_ == "LEADS":
        # one role per bureau and measure: lead wins over support
        other = Edge.make_key(source, type_, target, "support" if role == "lead" else "lead")
        if other in ctx.edges:
            if role == "support":
                return
            del ctx.edges[other]
            ctx.leads_to[target].pop(other, None)
        ctx.leads_to.setdefault(target, {})[key] = None
    # trusted: ids are str, props a fresh kwargs dict, evidence a fresh list of Evidence
    # built by Spans.ev (validation would copy them and change nothing)
    old = ctx.edges.get(key)
    if old is None:
        ctx.edges[key] = trusted_edge(source=source, target=target, type=type_, props=props, evidence=evidence)
        return
    if len(old.evidence) >= _MAX_EVIDENCE and all(old.props.get(k) == v for k, v in props.items()
                                                  if v not in (None, "", [])):
        return   # enough quotes for this fact already, and nothing new to merge
    # = old.merged(new edge), built directly (every edge here is a trusted one with all its fields
    # set, so model_copy's shallow copy with the update is this same object; model_copy was most
    # of the cost of an edge stated again)
    seen = {e.key(): e for e in old.evidence}
    for e in evidence:
        seen.setdefault(e.key(), e)
    merged_props = {**old.props, **{k: v for k, v in props.items() if v not in (None, "", [])}}
    ctx.edges[key] = trusted_edge(source=old.source, target=old.target, type=old.type, props=merged_props,
                                  evidence=sorted(seen.values(), key=_EVIDENCE_ORDER))


# Quotes kept per edge and document. Real texts state a fact a few times (at most 6 quotes per edge
# over the 743 corpus texts and the synthetic corpus); a text that repeats one sentence hundreds of
# times on one line (a pasted title run: 400 titles and 800 bureaus in one clause) made every
# further quote re-merge and re-sort the edge's whole list — minutes of CPU for a 15k-character
# upload (found by benchmarks/extract_differential).
_MAX_EVIDENCE = 64


def _EVIDENCE_ORDER(e: Evidence) -> tuple:
    return (e.document, e.start, e.end, e.method)


def _in(mentions: list[Mention], lo: int, hi: int, label: str | None = None) -> list[Mention]:
    return [m for m in mentions if lo <= m.start and m.end <= hi and (label is None or m.label == label)]


def _is_beijing_bureau(ctx: Ctx, entity_id: str) -> bool:
    e = ctx.catalog.entries.get(entity_id)
    return bool(e and e.label == "Bureau" and e.props.get("jurisdiction") == "beijing" and e.props.get("kind", "bureau") == "bureau")


# --- LEADS -------------------------------------------------------------------------
def _owner_unit(ctx: Ctx):
    """A mention that can own a measure: a body, or a place (海淀区) standing for its government.
    (One closure per document, kept on ``ctx``: it holds nothing but ``ctx``.)"""
    if ctx._unit is not None:
        return ctx._unit

    def unit(x: Mention) -> bool:
        return x.label == "Bureau" or (x.label == "District" and _district_government(ctx, x.entity_id) is not None)
    unit.labels = _UNIT_LABELS   # every mention it accepts has one of these (owners.owners' pre-check)
    ctx._unit = unit
    return unit


_UNIT_LABELS = frozenset({"Bureau", "District"})


def _district_government(ctx: Ctx, district_id: str) -> str | None:
    """The government node of a catalogued district or zone (北京市海淀区人民政府), made a node
    of this document when first needed; None for places that are not districts."""
    entry = ctx.catalog.entries.get(district_id)
    if entry is None or entry.props.get("kind") not in ("district", "development_zone"):
        return None
    kind = entry.props.get("kind")
    name = ("北京市" + entry.name if kind == "district" else entry.name) + ("人民政府" if kind == "district" else "管理委员会")
    found = find_by_name(ctx.catalog, name)
    if found is not None:
        return found.id
    gid = _body_id(name)
    if gid not in ctx.ents.nodes:
        ctx.ents.nodes[gid] = trusted_node(
            id=gid, label="Bureau", name=name, aliases=[], documents=[ctx.spans._id],
            props={"jurisdiction": entry.name, "level": "district" if kind == "district" else "zone",
                   "kind": "government" if kind == "district" else "committee"})
    return gid


def _place_government(ctx: Ctx):
    """``place_body(start, end)`` for owners.owners: the government of a district or county an
    owner list names alone (越秀区 → 广州市越秀区人民政府), named by bodies.py's rules in the
    document's scope, a node of this document when first needed; None for anything else.
    (One closure per document, kept on ``ctx``: it holds nothing but ``ctx``.)"""
    if ctx._place_body is not None:
        return ctx._place_body

    def body(name: str, kind: str, levels: tuple[str, ...]):
        found = _finder(ctx.catalog).find(name, ctx.ents.scope)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(name) and found[0].kind == kind \
                and found[0].level in levels:
            return found[0]
        return None

    def place_body(start: int, end: int) -> Mention | None:
        place = ctx.text[start:end]
        b = body(place + "人民政府", "government", ("district", "county")) or body(place + "管理委员会", "committee", ("zone",))
        if b is None:
            return None
        return Mention(_body_node(ctx, b, written=False), "Bureau", start, end, place, source="pattern")
    ctx._place_body = place_body
    return place_body


def _body_node(ctx: Ctx, b: bd.Body, written: bool = True) -> str:
    """The node id of a body the finder named outside the entity pass (an owner list's place,
    a list's bare item read with its level): the catalog's entry, else a node of this document
    made when first needed — with the name as read as an alias when ``written`` (a place's
    government built from the place alone was never written so: no alias)."""
    entry = find_by_name(ctx.catalog, b.name)
    gid = entry.id if entry is not None else b.id
    if entry is None and gid not in ctx.ents.nodes:
        ctx.ents.nodes[gid] = trusted_node(
            id=gid, label="Bureau", name=b.name, aliases=[b.alias] if written and b.alias != b.name else [],
            documents=[ctx.spans._id], props={"jurisdiction": b.jurisdiction, "level": b.level, "kind": b.kind})
    return gid


def _explicit_leads(ctx: Ctx, m: Measure, measure_id: str, mentions: list[Mention], you: list[Mention] | None = None,
                    fields_to: int = 0, row=None, intro: list | None = None, next_item: int = 0,
                    notes_to: int = 0) -> bool:
    conv = ctx.convention
    found = False
    place_body = _place_government(ctx)
    if row is not None:
        # a task-division table's row: its owner cells, read by their columns' labels
        found_owners = owners_mod.cell_owners(ctx.text, [(col.role, a, b) for col, a, b in row.owners], mentions,
                                              _owner_unit(ctx), conv, place_body)
        fields_to = 0
    else:
        found_owners = owners_mod.owners(ctx.text, m.body_start, m.end, mentions, _owner_unit(ctx), conv, you,
                                         m.heading_end, place_body)
    if fields_to > m.end:
        # a task-division table's owner columns, one field per line after the item (also when
        # the item's span took the first of them: 牵头责任单位：A inside, 主要协作单位：B after)
        more = owners_mod.field_owners(ctx.text, m.end, fields_to, ctx.mentions_in(m.end, fields_to), _owner_unit(ctx),
                                       conv, place_body)
        if found_owners and more:
            found_owners = owners_mod.merged(found_owners, more)
        else:
            found_owners = found_owners or more
    if notes_to > m.end:
        # the unnumbered paragraphs after the text's last item, each closed by an owner note
        # (owners.noted_paragraphs_end): the item's tasks, their notes its owners
        more = owners_mod.paragraph_notes(ctx.text, m.end, notes_to, ctx.mentions_in(m.end, notes_to), _owner_unit(ctx), conv)
        found_owners = owners_mod.merged(found_owners, more) if found_owners else more
    if not found_owners and conv.cell_columns and row is None and next_item > m.end:
        # a table flattened one cell per line whose item ended at its task's 。: its owner cells
        # are the lines after it, up to the next item (every line of them a cell)
        found_owners = owners_mod.cell_lines(ctx.text, m.end, next_item, ctx.mentions_in(m.end, next_item),
                                             _owner_unit(ctx), conv.cell_columns, whole=True, spaced=conv.cell_spaced,
                                             before=conv.cell_before, after=conv.cell_after)
    if not found_owners and intro:
        # a list of duties whose owner the line before the list states (X的主要职责：)
        found_owners = intro
    for o in found_owners:
        x = o.mention
        source = x.entity_id
        evidence = [ctx.spans.ev(o.quote[0], o.quote[1], "explicit", o.confidence)]
        if x.label == "District":
            source = _district_government(ctx, x.entity_id)
            _add(ctx, source, x.entity_id, "LOCATED_IN", [ctx.spans.ev(x.start, x.end, "rule", 0.9)])
        if conv.stated and conv.span is not None:
            evidence.append(ctx.spans.ev(conv.span[0], conv.span[1], "explicit", o.confidence))
        _add(ctx, source, measure_id, "LEADS", evidence, role=o.role)
        found = True
    return found


def _name_of(ctx: Ctx, entity_id: str) -> str:
    """A body's name, from the document's own nodes first, then the catalog."""
    node = ctx.ents.nodes.get(entity_id)
    if node is not None:
        return node.name
    e = ctx.catalog.entries.get(entity_id)
    return e.name if e is not None else ""


def _prose_leads(ctx: Ctx, m: Measure, measure_id: str, mentions: list[Mention], issuers: list, cohandler: bool) -> bool:
    """An item with no annotated owners whose own prose names who acts (我局牵头…, 2019年，市X局将…):
    prose_owners reads it; those bodies lead, quoted by the sentence."""
    found = prose_owners.prose_owners(ctx.text, m.body_start, m.end, m.heading_end, mentions, _owner_unit(ctx), issuers,
                                      cohandler)
    if not found and len(mentions) > 0:
        # no subject in its first sentence: the one body a later sentence gives a task (…。市督查室将…)
        found = prose_owners.later_subjects(ctx.text, m.body_start, m.end, mentions, _owner_unit(ctx))
    for o in found:
        _add(ctx, o.mention.entity_id, measure_id, "LEADS", [ctx.spans.ev(o.quote[0], o.quote[1], "explicit", o.confidence)],
             role=o.role)
    return bool(found)


def _rule_leads(ctx: Ctx, m: Measure, measure_id: str, candidates: list[str], fallback: Mention | None, mentions: list[Mention],
                proxy: dict[str, str] | None = None) -> None:
    """Lead and supporting bureaus from the bureaus' mandate words (remits.py): the top
    scorer leads; when the words do not decide it (weak or close scores) the lead is
    marked ``uncertain`` with low confidence and the runner-ups as ``candidates``.
    ``proxy``: remit bureau → the document's own body of the same function (another
    jurisdiction's 市科技局 scores with the science commission's remit and gets its edges)."""
    proxy = proxy or {}
    span = (m.body_start, m.end)
    by_bureau = ctx._remit_hits.get(span)
    if by_bureau is None:   # (read only below: the same item's second reading shares it)
        by_bureau = ctx._remit_hits[span] = remit_index(ctx.catalog).hits(ctx.text, m.body_start, m.end)
    scores: dict[str, float] = {}
    support_scores: dict[str, float] = {}
    hits_by: dict[str, list[tuple[int, int, str]]] = {}
    first_named: dict[str, int] = {}   # entity id → index of its first mention in the measure
    for k, x in enumerate(mentions):
        first_named.setdefault(x.entity_id, k)
    no_hits = ((), ())
    for bid in candidates:
        if bid in scores:
            continue
        lead_hits, sup_hits = by_bureau.get(bid, no_hits)
        local = proxy.get(bid, bid)
        at = first_named.get(bid)
        if local != bid:
            at2 = first_named.get(local)
            if at2 is not None and (at is None or at2 < at):
                at = at2
        if at is None and not lead_hits and not sup_hits:
            # most bureaus: no mandate word and not named (the scores the loop below gives them)
            scores[bid] = 0.0
            support_scores[bid] = 0.0
            hits_by[bid] = []
            continue
        score = 0.0
        for h in lead_hits:
            score += remits.hit_score(h, m.heading_end)
        if at is not None:  # the measure names the bureau itself (市医保局…): strong signal
            score += remits.NAMED_BONUS
        scores[bid] = score
        support_scores[bid] = score + remits.SUPPORT_HIT * len(sup_hits)
        quoted = [(h.start, h.end, h.keyword) for h in lead_hits[:3]]
        if at is not None:
            x = mentions[at]   # the first mention of the bureau (or of its local counterpart)
            quoted.append((x.start, x.end, x.surface))
        if not lead_hits:
            quoted += [(h.start, h.end, h.keyword) for h in sup_hits[:2]]
        hits_by[bid] = quoted
    first_index: dict[str, int] = {}  # candidates.index(b), without a list scan per comparison key
    for k, b in enumerate(candidates):
        first_index.setdefault(b, k)
    ranked = sorted(scores, key=lambda b: (-scores[b], first_index[b]))
    decision = remits.Decision(ranked, scores, support_scores)
    if not ranked or decision.top <= 0:
        if fallback is not None:
            _add(ctx, fallback.entity_id, measure_id, "LEADS",
                 [ctx.spans.ev(fallback.start, fallback.end, "rule", 0.3)], role="lead", uncertain=True,
                 note="fallback: no annotation and no remit keyword in the measure")
        return
    top = decision.top
    props: dict = {"role": "lead"}
    if not decision.confident:
        props["uncertain"] = True
        cands = [proxy.get(b, b) for b in decision.candidates()]
        if cands:
            props["candidates"] = cands
        props["note"] = ("uncertain: the mandate words in the measure do not single out one bureau"
                         if cands else "uncertain: few mandate words in the measure")
    if proxy:
        props["basis"] = "remit of the functional counterpart " + ctx.catalog.entries[ranked[0]].name
    _add(ctx, proxy.get(ranked[0], ranked[0]), measure_id, "LEADS", _clause_evidence(ctx, hits_by[ranked[0]], m, decision.lead_confidence()), **props)
    for b in ranked[1:]:
        if support_scores[b] >= max(1.0, 0.2 * top) and hits_by[b]:
            conf = min(0.8, 0.3 + 0.5 * support_scores[b] / max(top, 1))
            _add(ctx, proxy.get(b, b), measure_id, "LEADS", _clause_evidence(ctx, hits_by[b], m, conf), role="support")


_CLAUSE_END = "，,。；;：:\n"
_CLAUSE_END_RX = re.compile(r"[，,。；;：:\n]")
_THROUGH_LAST_CLAUSE_END = re.compile(r"(?s:.*)[，,。；;：:\n]")   # greedy: the last one in range


def _clause_evidence(ctx: Ctx, hits: list[tuple[int, int, str]], m: Measure, conf: float) -> list[Evidence]:
    """Quote the clause around each trigger word (开展手术机器人应用临床效果评价), not the bare
    keyword, so a reader sees why; one evidence per clause."""
    text = ctx.text
    spans: list[tuple[int, int]] = []
    lo, hi = m.body_start, m.end
    for s, e, _ in hits:
        # the clause: just past the last clause end in [lo, s) (else lo), up to the first one in
        # [e, hi) (else hi); two C scans, not a walk per character
        if s > lo:
            before = _THROUGH_LAST_CLAUSE_END.match(text, lo, s)
            a = before.end() if before else lo
        else:
            a = s
        if e < hi:
            after = _CLAUSE_END_RX.search(text, e, hi)
            b = after.start() if after else hi
        else:
            b = e
        if (a, b) not in spans:
            spans.append((a, b))
    return [ctx.spans.ev(a, b, "rule", conf) for a, b in spans[:3]]


def _fallback(ctx: Ctx, issuers: list[Mention]) -> Mention | None:
    """Who answers for a measure nothing else assigns: the first issuer, else the
    coordinating body or government the document itself names (经市政府同意…)."""
    if issuers:
        return issuers[0]
    ranked = {"body": 0, "government": 1}
    cands = [m for m in ctx.ents.mentions if m.label == "Bureau" and m.entity_id in ctx.catalog.entries
             and ctx.catalog.entries[m.entity_id].props.get("kind") in ranked
             and ctx.catalog.entries[m.entity_id].props.get("jurisdiction") == "beijing"]
    cands.sort(key=lambda m: (ranked[ctx.catalog.entries[m.entity_id].props["kind"]], m.start))
    return cands[0] if cands else None


_REMITS: "weakref.WeakKeyDictionary[Catalog, tuple[int, list[str], list[tuple[str, str | None]]]]" = (
    weakref.WeakKeyDictionary())


def _remits(catalog: Catalog) -> tuple[int, list[str], list[tuple[str, str | None]]]:
    """(entries counted, remit bureau ids, their (id, function)) once per catalog — rebuilt when
    the catalog grows: a scan of every entry, and each name split and looked up, were per document."""
    cached = _REMITS.get(catalog)
    if cached is None or cached[0] != len(catalog.entries):
        ids = [e.id for e in catalog.by_label("Bureau") if e.remit_lead and e.props.get("jurisdiction") == "beijing"]
        fns = remits.remit_functions([(b, catalog.entries[b].name) for b in ids])
        cached = _REMITS[catalog] = (len(catalog.entries), ids, fns)
    return cached


def _remit_bureaus(catalog: Catalog) -> list[str]:
    """Beijing bureaus with remit keywords, in catalog order (cached per catalog: _remits)."""
    return _remits(catalog)[1]


def _remit_functions(catalog: Catalog) -> list[tuple[str, str | None]]:
    """(id, function) of the remit bureaus (remits.remit_functions; cached per catalog: _remits)."""
    return _remits(catalog)[2]


def _level(ctx: Ctx, bid: str) -> str:
    n = ctx.ents.nodes.get(bid)
    if n is not None:
        return n.props.get("level") or ""
    e = ctx.catalog.entries.get(bid)
    return (e.props.get("level") or "") if e is not None else ""


def _counterparts(ctx: Ctx, level: str | None = None, only_level: bool = False) -> dict[str, str]:
    """Remit bureau → the body of the same function this document names (remits.counterparts):
    bodies of the document's own level first (a district's document: its district's bureaus;
    a national document: ministries), then the most often named."""
    scope = ctx.ents.scope
    count: dict[str, int] = {}
    first: dict[str, int] = {}
    for x in ctx.ents.mentions:
        if x.label != "Bureau" or _is_beijing_bureau(ctx, x.entity_id):
            continue
        count[x.entity_id] = count.get(x.entity_id, 0) + 1
        first.setdefault(x.entity_id, x.start)
    if not count:
        return {}
    names = {b: _name_of(ctx, b) for b in count}
    if not any(map(remits.function_of, names.values())):
        return {}   # it names no body of any remit's function: nothing to rank

    def own_level(bid: str) -> bool:
        if level is not None:
            return _level(ctx, bid) == level
        n = ctx.ents.nodes.get(bid)
        j = (n.props.get("jurisdiction") or "") if n is not None else ""
        return bool(scope.district) == (n is not None and n.props.get("level") == "district") and (
            not scope.district or scope.district in j or scope.district in _name_of(ctx, bid))

    bodies = sorted(count, key=lambda b: (not own_level(b), -count[b], first[b]))
    if only_level:
        bodies = [b for b in bodies if own_level(b)]
    return remits.counterparts_by_function(_remit_functions(ctx.catalog), [(b, names[b]) for b in bodies])


def _remit_candidates(ctx: Ctx, issuer_ids: list[str], jurisdiction: str) -> tuple[list[str], dict[str, str]]:
    """(candidates, proxy) of the remit rule (_rule_leads) for this document: the bureaus whose
    mandate words may pick a lead, and remit bureau → the document's own body of its function."""
    proxy: dict[str, str] = {}
    national = bool(issuer_ids) and all(_level(ctx, b) == "national" for b in issuer_ids)
    if jurisdiction == "北京" and not national:
        remit_bureaus = _remit_bureaus(ctx.catalog)
        candidates = [b for b in issuer_ids if b in remit_bureaus] or remit_bureaus
        if ctx.ents.scope.district:
            # a district's own document: a district bureau it names (区发展改革委) takes the
            # place of the city bureau of the same function; the others stay city bureaus
            proxy = _counterparts(ctx, "district", only_level=True)
    else:
        # another jurisdiction (or a Beijing district's own document): the remits choose
        # among the document's own bodies of the same function
        proxy = _counterparts(ctx, "national" if national else None)
        local_issuers = set(issuer_ids)
        candidates = [b for b, local in proxy.items() if local in local_issuers] or list(proxy)
    return candidates, proxy


# a bare name listed after a body (…、农委、商务厅、金融办协办; not a pronoun or a class: 本局, 各委, 有关办): a department's short name up to the next
# separator, role word or 等 (the lazy match stops at the first suffix that closes the item)
# (nor a grassroots organisation — 村委, 居委会, 社区党委: one in every village or community, no level's body)
_BARE_ITEM = re.compile(r"(?![各有相其本我该此你贵全两村居]|社区)[\u4e00-\u9fff]{1,12}?(?:局|委|厅|办|委员会|办公室|管委会)"
                        r"(?=[、，,；;。()（）〔〕【】\[\]［］\n \t\u3000]|协办|配合|参与|负责|牵头|主办|等|分别|共同|$)")
_LIST_LEVELS = "省市区县"


def level_listed(ctx: Ctx) -> None:
    """Bare names in a list after a body whose name opens with its level (``省发改委主办，省工信委、
    国土资源厅、农委、商务厅、金融办协办``): official lists write the level once, so a later item the
    finder did not name is read with the level of the body before it (农委 → 省农委 → 黑龙江省农业委员会),
    by bodies.py's own rules in the document's scope — a mention and node of this document, only when
    that reading is one whole body. An autonomous region's lists write the level as 自治区 (自治区
    发展改革委、财政厅), and a unit's other name in brackets may stand before the next 、 (自治区农牧厅
    （乡村振兴局）、财政厅). One look per level-prefixed body mention followed by 、 (or a bracket); the
    finder runs only on the items it left unnamed."""
    text = ctx.text
    mentions = ctx.ents.mentions
    by_start = {m.start: m for m in mentions}
    added: list[Mention] = []
    n = len(text)
    for x in mentions:
        if x.label != "Bureau" or x.end >= n or text[x.end] not in "、(（":
            continue
        level = _REGION if x.surface.startswith(_REGION) else x.surface[0]
        if level not in _LIST_LEVELS and level != _REGION:
            continue
        pos = _after_other_name(text, x.end)
        while pos < n and text[pos] == "、":
            a = pos + 1
            named = by_start.get(a)
            if named is not None:
                if named.label != "Bureau" or named.surface[:1] in LEVEL_WORDS:
                    break   # a place, or a body with a level of its own: its own list from here
                pos = _after_other_name(text, named.end)   # a bare name the finder knew (国土资源厅): the list goes on past it
                continue
            item = _BARE_ITEM.match(text, a)
            if item is None or text[a] in LEVEL_WORDS:
                break
            found = _finder(ctx.catalog).find(level + item.group(), ctx.ents.scope)
            if len(found) != 1 or found[0].start != 0 or found[0].end != len(level) + len(item.group()):
                break
            b = found[0]
            if b.name.count(item.group()[:2]) > 1:
                break   # 宁波海事局 → 宁波市宁波海事局: the item names a place of its own, no level to lend
            added.append(Mention(_body_node(ctx, b), "Bureau", a, item.end(), item.group(), source="pattern"))
            pos = _after_other_name(text, item.end())
    if added:
        mentions.extend(added)
        mentions.sort(key=lambda m: m.start)
        ctx._starts = None


LEVEL_WORDS = "省市区县州旗盟乡镇"
# the level word of an autonomous region's own bodies (自治区发展改革委、财政厅)
_REGION = "自治区"
# a unit's other name in brackets right after it (市人社局（市外专局）、财政局): still the same item
_OTHER_NAME = re.compile(r"[(（][^()（）\n、，,。；;]{1,12}[)）]")


def _after_other_name(text: str, pos: int) -> int:
    """``pos``, or past the bracketed other name of the unit that ends there."""
    m = _OTHER_NAME.match(text, pos)
    return m.end() if m else pos


def measure_relations(ctx: Ctx, st: Structure, policy_id: str, measure_ids: dict[str, str], issuers: list[Mention], jurisdiction: str) -> None:
    if not st.measures:
        return   # every relation below is an item's (half the real texts have none: nothing to prepare)
    if "、" in ctx.text:
        level_listed(ctx)
    mentions = ctx.ents.mentions
    issuer_ids = list(dict.fromkeys(i.entity_id for i in issuers))
    fallback = _fallback(ctx, issuers)
    # the remit rule's bureaus, read when an item first needs the rule (most annotated lists never do)
    remit: list[tuple[list[str], dict[str, str]]] = []

    def remit_rule() -> tuple[list[str], dict[str, str]]:
        if not remit:
            remit.append(_remit_candidates(ctx, issuer_ids, jurisdiction))
        return remit[0]
    # the issuers by full name, whom 我局/我委 in an item's prose means (prose_owners)
    named_issuers = [(x, _name_of(ctx, x.entity_id)) for x in {i.entity_id: i for i in issuers}.values()]
    # a co-handling unit's reply (现将协办意见反馈如下): its first person supports (one search per document)
    # (every COHANDLER phrase holds 协办 or 会办: a str search first, not the pattern over the text)
    cohandler = bool(named_issuers) and ("协办" in ctx.text or "会办" in ctx.text) \
        and prose_owners.COHANDLER.search(ctx.text) is not None
    # the addressee of a notice or approval (国家科委：) is who 你委 in its items means
    # (only 你委/你省… in an item mean one: a text without 你 needs none)
    you = owners_mod.addressees(ctx.text, mentions, _owner_unit(ctx), st.measures[0].start) \
        if st.measures and "你" in ctx.text else []
    starts = sorted([x.start for x in st.measures])
    rows = {r.start: r for t in st.tables for r in t.rows}
    # the owners a list's introducing line states (X的主要职责：, X负责以下工作：) or a heading
    # annotates (（一）加快创新（牵头单位：市科技局）) before an item own the items of that list
    # that name none of their own, until another heading or text comes between the items
    unit = _owner_unit(ctx)
    text = ctx.text
    heads: list[tuple[int, int] | None] = []  # per item: the line before it when it introduces it
    befores: list[tuple[int, int]] = []   # per item: the line before it (read again below)
    for m in st.measures:
        ls, le = before = owners_mod.line_before(text, m.start)
        befores.append(before)
        rank, own = owners_mod.marker_rank(text, ls), owners_mod.marker_rank(text, m.start)
        colon = le > ls and text[le - 1] in ":："
        # a group heading the previous item's span may have taken: numbered outside the items' numbering
        heads.append((ls, le) if colon or (rank is not None and own is not None and rank < own) else None)
    # a line closing a group of items that names their owners (以上工作由A牵头，B配合。): the items
    # it closes — the one it stands in and those before it, back to a heading or the previous
    # closing line — that name none of their own are owned by it
    closing: dict[int, tuple[int, list]] = {}   # item index → (where its text ends, the line's owners)
    prev_close = -1
    for line_start, cs, ce, numbers in owners_mod.closing_lines(text):
        k = bisect_right(starts, cs) - 1
        if k < 0 or k <= prev_close or (st.measures[k].end < line_start and text[st.measures[k].end:line_start].strip()):
            continue   # no item right above it
        found = owners_mod.closing_owners(text, cs, ce, ctx.mentions_in(cs, ce), unit)
        if numbers is not None and not numbers:
            continue   # (以上第300—1项…: numbers that name no range of items)
        if not found:
            # 上述措施由市财政局负责资金保障: the line names no owner (it says who pays), yet it is
            # no text of the item it stands in — its 由X负责 must not make X that item's owner
            closing[k] = (line_start, [])
            prev_close = k
            continue
        for j in range(k, prev_close, -1):
            if numbers is not None:
                # （以上第1—3项由A负责）: the items of those numbers, back to the first of them
                if st.measures[j].number in numbers:
                    closing[j] = (line_start if j == k else st.measures[j].end, found)
                elif j == k:
                    closing[j] = (line_start, [])   # the line is still not this item's own text
                if st.measures[j].number <= min(numbers):
                    break
                continue
            closing[j] = (line_start if j == k else st.measures[j].end, found)
            if heads[j] is not None:
                break
        prev_close = k
    # a plan's opening paragraph that states who carries it (提案由A主办，B会办。…特制定本方案。)
    # owns every item that names no owner of its own (one look at the line before the first item)
    plan = owners_mod.plan_handlers(text, starts[0], ctx.mentions_in(*owners_mod.line_before(text, starts[0])),
                                    unit) if starts else []
    prev_end = 0
    intro: list = []
    for i, m in enumerate(st.measures):
        mid = measure_ids[m.key]
        ls, le = heads[i] or befores[i]
        if heads[i] is not None or (ls >= prev_end and le > prev_end):
            lines = ctx.mentions_in(ls, le)
            span = owners_mod.intro_line(text, m.start)  # may lie a paragraph above the item
            intro = owners_mod.list_intro(text, m.start, ctx.mentions_in(*span), unit) if span else []
            intro = intro or owners_mod.heading_owners(text, ls, le, lines, unit, ctx.convention,
                                                       _place_government(ctx))
        nxt = heads[i + 1] if i + 1 < len(heads) else None
        if nxt and m.start < nxt[0] < m.end:
            # the next list's introducing line or heading closes this item's span: not this item's text
            m = dataclasses.replace(m, end=nxt[0])
        item_intro = intro or plan
        if i in closing:
            # the line closing the group is not this item's text; its owners own the item
            end, found = closing[i]
            if m.body_start < end < m.end:
                m = dataclasses.replace(m, end=end)
            item_intro = intro or found or plan
        inside = ctx.mentions_in(m.start, m.end)
        _add(ctx, mid, policy_id, "PART_OF", [ctx.spans.ev(m.start, m.heading_end, "explicit", 1.0)])
        k = bisect_left(starts, m.end)
        fields_to = owners_mod.fields_end(ctx.text, m.end, starts[k] if k < len(starts) else len(ctx.text))
        notes_to = 0
        if k == len(starts) and fields_to == m.end and m.start not in rows:
            # the text's last item: unnumbered paragraphs after it may be its tasks (one check per document)
            notes_to = owners_mod.noted_paragraphs_end(text, m.end, len(text))
        prev_end = max(prev_end, m.end, fields_to, notes_to)
        if not _explicit_leads(ctx, m, mid, inside, you, fields_to, rows.get(m.start), item_intro,
                               starts[k] if k < len(starts) else len(ctx.text), notes_to) \
                and not _prose_leads(ctx, m, mid, inside, named_issuers, cohandler):
            candidates, proxy = remit_rule()
            _rule_leads(ctx, m, mid, candidates, fallback, inside, proxy)
        leads = [ctx.edges[k] for k in ctx.leads_to.get(mid, ())]
        lead_ids = {e.source for e in leads}
        if not any(e.props.get("role") == "lead" for e in leads):
            # support-only annotation: the lead still comes from the remit rule, among the
            # bureaus the text did not already name as supporting
            candidates, proxy = remit_rule()
            others = [b for b in candidates if proxy.get(b, b) not in lead_ids] if lead_ids else candidates
            _rule_leads(ctx, m, mid, others, fallback if fallback is None or fallback.entity_id not in lead_ids else None,
                        inside, proxy)
        seen: set[str] = set()
        for x in inside:
            if x.entity_id in lead_ids or x.entity_id == policy_id:
                continue
            if x.label == "Bureau" and _is_beijing_bureau(ctx, x.entity_id):
                continue
            if x.entity_id in seen:
                continue
            seen.add(x.entity_id)
            _add(ctx, mid, x.entity_id, "TARGETS", [ctx.spans.ev(x.start, x.end, "explicit", 0.9)])
            if x.label == "Fund":
                s, e = sentence_bounds(ctx.text, x.start, m.start, m.end)
                _add(ctx, x.entity_id, mid, "FUNDS", [ctx.spans.ev(s, e, "explicit", 0.8)])
        # a measure about one district places the platforms it builds there (action plans: 推进昌平区打造…)
        # (a district's name inside a park's name — 中关村科技园区海淀园 — is no district named)
        heading_districts = {x.entity_id for x in inside if x.label == "District" and x.start < m.heading_end
                             and not ctx.text.startswith("园", x.end)}
        if len(heading_districts) == 1:
            (d,) = heading_districts
            dm = next(x for x in inside if x.entity_id == d)
            for x in inside:
                if x.label == "Platform" and x.start >= m.heading_end:
                    _add(ctx, x.entity_id, d, "LOCATED_IN", [ctx.spans.ev(dm.start, dm.end, "rule", 0.6), ctx.spans.ev(x.start, x.end, "rule", 0.6)])


# --- sentence-level relations ------------------------------------------------------
PLACE_AFTER = re.compile(r"^[^。；]{0,12}?(挂牌成立|正式成立|成立|落地|落户|设立|建成|揭牌|开业|启用|投产|注册)")
PLACE_BEFORE = re.compile(r"(设立|推出|建设|打造|布局|启用|建成|成立|共同打造|建立|组建|筹建|新建|引进|落地|落户)")
ISSUE_VERB = re.compile(r"(联合发布|联合印发|联合出台|发布|印发|出台|制定)(?:了)?")
FUND_VERB = re.compile(r"(支持|投资|资助|投向|注资|撬动|出资)")
LOCATABLE = {"Platform", "Organization", "Product"}


def _after_zai(text: str, d: Mention, districts: list[Mention]) -> int | None:
    """Start of 在 governing district ``d``: 在D or 在D1、D2、D3 (a list of places)."""
    pos = d.start
    while True:
        if pos > 0 and text[pos - 1] == "在":
            return pos - 1
        if pos > 0 and text[pos - 1] in "、和及与":
            prev = [x for x in districts if x.end == pos - 1]
            if prev:
                pos = prev[0].start
                continue
        return None


_CLAUSE = re.compile(r"[，,；;]")


def _same_clause(text: str, a: int, b: int) -> bool:
    return not _CLAUSE.search(text, min(a, b), max(a, b))


def _clause_start(text: str, pos: int, lo: int) -> int:
    i = pos
    while i > lo and text[i - 1] not in "，,；;。！？\n":
        i -= 1
    return i


# X位于D / X落户D / X正式入驻D / X坐落在D: the verb alone between the thing and the place
_SITED_AT = re.compile(
    r"\s*(?:(?:已|已经|将|正式|成功|顺利|率先|首批|均|现)\s*)*"
    r"(?:位于|坐落于|坐落在|坐落|地处|落户|入驻|落地|扎根|设在|建在|选址|定址)(?:于|在|到)?\s*")
_BRANCH = ("分中心", "分部", "分院", "分所", "分公司", "分站", "分基地")
# parks and zones are places too: 入驻中关村生命科学园 / 在BioPark设立
_PARK = re.compile(r"(园|园区|科学城|产业园|基地|小镇|集聚区|示范区|新城|港|谷)$")
_JUST_DE = re.compile(r"\s*的?\s*")
_LEADING_DATE = re.compile(r"^\s*(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:以来|起|底)?\s*$")


def sentence_relations(ctx: Ctx, measures_span: list[tuple[int, int]]) -> None:
    text = ctx.text
    mentions = ctx.ents.mentions
    labels = {x.label for x in mentions}
    if labels.isdisjoint(LOCATABLE) and not ("Policy" in labels and "Bureau" in labels):
        return   # no sentence can hold a thing, or a policy and a bureau: no rule below applies
    # Every rule below needs a thing or a policy in the sentence: only the sentences of those
    # mentions are read, in text order. A sentence is ``sentence_bounds(text, pos)``, read from
    # the text's terminators directly (its mentions: those starting in it, by bisection).
    ends = sentence_ends(text)
    n_ends = len(ends)
    starts = [x.start for x in mentions]
    k = 0
    read_to = 0   # mentions before this index lie in sentences already read
    for j, anchor in enumerate(mentions):
        if j < read_to or (anchor.label not in LOCATABLE and anchor.label != "Policy"):
            continue
        k = bisect_left(ends, anchor.start, k)
        s = ends[k - 1] + 1 if k else 0
        e = ends[k] + 1 if k < n_ends else len(text)
        # the sentence's mentions by label, in text order (one pass)
        districts: list[Mention] = []
        things: list[Mention] = []
        policies: list[Mention] = []
        bureaus: list[Mention] = []
        funds: list[Mention] = []
        read_to = bisect_left(starts, e, j)
        for x in mentions[bisect_left(starts, s, 0, j):read_to]:
            label = x.label
            if label == "District":
                districts.append(x)
            elif label in LOCATABLE:
                things.append(x)
            elif label == "Policy":
                policies.append(x)
            elif label == "Bureau":
                bureaus.append(x)
            elif label == "Fund":
                funds.append(x)
        if not things and not (policies and bureaus):
            continue   # every rule below relates a thing, or a policy to a bureau: none here
        parks = [x for x in things if x.label == "Platform" and _PARK.search(x.surface)]
        for d in parks:
            # a park is the place of what the sentence says settles in it (verb or 在P设立)
            zai = _after_zai(text, d, parks)
            for x in things:
                if x is d or x.entity_id == d.entity_id or text.startswith(_BRANCH, x.end):
                    continue  # 在P设立X分中心: the branch is there, not X
                ev = None
                if (x.end <= d.start and _SITED_AT.fullmatch(text, x.end, d.start) and text[x.end:d.start].strip()
                        and not OUTSIDE.match(text, d.end)):   # 位于P附近: near P, not in it
                    ev = ctx.spans.ev(x.start, d.end, "explicit", 0.9)
                elif d.end <= x.start and zai is not None and _same_clause(text, d.end, x.start) \
                        and PLACE_BEFORE.search(text, d.end, x.start):
                    ev = ctx.spans.ev(zai, x.end, "explicit", 0.85)
                if ev is not None:
                    _add(ctx, x.entity_id, d.entity_id, "LOCATED_IN", [ev])
        for d in districts:
            zai = _after_zai(text, d, districts)
            after = PLACE_AFTER.match(text[d.end:e]) if things else None  # the same for every x
            for x in things:
                if x.entity_id == d.entity_id:
                    continue
                ev = None
                between_d = [y for y in districts if y is not d and min(x.end, d.end) <= y.start < max(x.start, d.start)]
                if x.end <= d.start and zai is not None and after:
                    ev = ctx.spans.ev(x.start, d.end + after.end(), "explicit", 0.9)
                elif (d.end <= x.start and zai is not None and not between_d and _same_clause(text, d.end, x.start)
                      and PLACE_BEFORE.search(text, d.end, x.start)):
                    # 在D建设X: X in the clause of 在D (not what a later clause of the sentence names)
                    ev = ctx.spans.ev(zai, x.end, "explicit", 0.85)
                elif x.end <= d.start and _SITED_AT.fullmatch(text, x.end, d.start) and not OUTSIDE.match(text, d.end):
                    ev = ctx.spans.ev(x.start, d.end, "explicit", 0.95)
                elif d.end <= x.start and _JUST_DE.fullmatch(text, d.end, x.start) and x.label != "Product":
                    ev = ctx.spans.ev(d.start, x.end, "explicit", 0.8)
                elif (d.end <= x.start and not between_d and _same_clause(text, d.end, x.start)
                      and _LEADING_DATE.match(text[_clause_start(text, d.start, s):d.start])
                      and PLACE_BEFORE.search(text, d.end, x.start)):
                    # the district is the subject: 北京亦庄宣布建设BioPark
                    ev = ctx.spans.ev(d.start, x.end, "explicit", 0.8)
                if ev is not None:
                    _add(ctx, x.entity_id, d.entity_id, "LOCATED_IN", [ev])
        # who issued a policy named in this sentence: bureau, verb and title in one clause
        for p in policies:
            verb = None
            for v in ISSUE_VERB.finditer(text, s, p.start):
                verb = v
            if verb is None or p.start - verb.end() > 3:
                continue
            for b in bureaus:
                if b.end <= verb.start() and _same_clause(text, b.end, verb.start()):
                    _add(ctx, b.entity_id, p.entity_id, "ISSUED", [ctx.spans.ev(b.start, p.end, "explicit", 0.8)])
        # funds that support a named platform/product/organisation: fund, verb, target in one clause
        for f in funds:
            for x in things:
                if x.start <= f.end:
                    continue
                v = FUND_VERB.search(text, f.end, x.start)
                if v is None:
                    continue
                # …基金支持X / …基金，支持X建设: the verb opens the clause that names X
                if _same_clause(text, f.end, x.start) or (
                    _same_clause(text, v.start(), x.start) and _same_clause(text, f.end, v.start() - 1)
                    and text[v.start() - 1] in "，,"
                ):
                    _add(ctx, f.entity_id, x.entity_id, "FUNDS", [ctx.spans.ev(f.start, x.end, "explicit", 0.7)])


def titled_issuers(ctx: Ctx) -> None:
    """《国务院办公厅关于…的意见》: a title that opens with a body's name says who issued it."""
    longest = _longest_name(ctx.catalog)
    for p in ctx.ents.mentions:
        if p.label != "Policy":
            continue
        title_start = p.start + 1 if ctx.text[p.start] == "《" else p.start
        best = None
        # only a name the title opens with counts: one no longer than the catalog's longest name,
        # so the scan stops there (the names at 0 of the prefix are those of the whole title)
        for end_idx, (form, owners) in ctx.catalog.automaton.iter(ctx.text[title_start:min(p.end, title_start + longest)]):
            if end_idx - len(form) + 1 != 0:
                continue   # only a name the title opens with
            bid = next((o for o, short in owners if not short), None)
            if bid and ctx.catalog.entries[bid].label == "Bureau":
                if best is None or len(form) > len(best[0]):
                    best = (form, bid)
        if best is None:
            # a body found by its shape (贵州省人民政府办公厅关于…)
            first = next((b for b in ctx.ents.in_titles if b.start == title_start), None)
            if first is not None and not bd.session_after(ctx.text, first.end):   # (市十四届人大五次会议…方案)
                best = (first.surface, first.entity_id)
        if best:
            _add(ctx, best[1], p.entity_id, "ISSUED", [ctx.spans.ev(title_start, title_start + len(best[0]), "explicit", 0.9)])


_LONGEST: tuple[object, int] = (None, 0)   # the last automaton read and its longest name


def _longest_name(catalog: Catalog) -> int:
    """The length of the longest name in the catalog's automaton, once per automaton (the cache
    holds the automaton itself, so ``is`` tells another or a rebuilt one)."""
    global _LONGEST
    automaton = catalog.automaton
    cached = _LONGEST
    if cached[0] is not automaton:
        cached = _LONGEST = (automaton, automaton.get_stats()["longest_word"])
    return cached[1]


_PLACE_OF: "weakref.WeakKeyDictionary[Catalog, tuple[int, dict[str, str | None]]]" = weakref.WeakKeyDictionary()


def _place_in_name(catalog: Catalog, surface: str) -> str | None:
    """The district whose longest-first alias occurs in ``surface``, memoised per catalog
    (the same platform names recur in every document; scanning all district aliases for
    each mention was ~6% of extraction)."""
    cached = _PLACE_OF.get(catalog)
    if cached is None or cached[0] != len(catalog.entries):
        cached = (len(catalog.entries), {})
        _PLACE_OF[catalog] = cached
    memo = cached[1]
    hit = memo.get(surface, memo)  # one lookup (thread-safe against a concurrent clear); memo = "missing"
    if hit is not memo:
        return hit
    aliases = _district_aliases(catalog)
    hit = next((did for a, did in aliases if a in surface), None)
    if len(memo) > 100_000:
        memo.clear()
    memo[surface] = hit
    return hit


_ALIASES: "weakref.WeakKeyDictionary[Catalog, tuple[int, list[tuple[str, str]]]]" = weakref.WeakKeyDictionary()


def _district_aliases(catalog: Catalog) -> list[tuple[str, str]]:
    """District names and aliases (≥ 2 characters), longest first (stable), once per catalog."""
    cached = _ALIASES.get(catalog)
    if cached is None or cached[0] != len(catalog.entries):
        aliases: list[tuple[str, str]] = []
        for e in catalog.by_label("District"):
            for a in e.all_names:
                if len(a) >= 2:
                    aliases.append((a, e.id))
        aliases.sort(key=lambda x: -len(x[0]))
        cached = (len(catalog.entries), aliases)
        _ALIASES[catalog] = cached
    return cached[1]


def name_locations(ctx: Ctx) -> None:
    """A park or organisation named after its place (大兴生物医药产业基地, 中关村(昌平)…,
    拜耳·亦庄开放创新中心) sits there (method=rule)."""
    for x in ctx.ents.mentions:
        if x.label not in ("Platform", "Organization"):
            continue
        did = _place_in_name(ctx.catalog, x.surface)
        if did is not None:
            _add(ctx, x.entity_id, did, "LOCATED_IN", [ctx.spans.ev(x.start, x.end, "rule", 0.7)])


def body_links(ctx: Ctx) -> None:
    """What a body's own name states: a district government (昌平区政府) sits in its District,
    a general office (天津市人民政府办公厅) reports to its government (method rule: the name
    says it, no sentence does)."""
    seen: set[str] = set()   # bodies looked up (their links do not change in this loop)
    props = ctx.ents.props
    for x in ctx.ents.mentions:
        if x.label != "Bureau" or x.entity_id in seen:
            continue
        seen.add(x.entity_id)
        links = props.get(x.entity_id)
        if not links:
            continue
        if links.get("_district"):
            _add(ctx, x.entity_id, links["_district"], "LOCATED_IN", [ctx.spans.ev(x.start, x.end, "rule", 0.9)])
        gov = links.get("_government")
        if gov:
            entry = find_by_name(ctx.catalog, gov)
            gid = entry.id if entry is not None else _body_id(gov)
            if entry is not None or gid in ctx.ents.nodes:
                _add(ctx, x.entity_id, gid, "REPORTS_TO", [ctx.spans.ev(x.start, x.end, "rule", 0.9)])


def _body_id(name: str) -> str:
    from medgraph.extract.bodies import Body

    return Body(0, 0, name, name, "", "", "").id


# paragraph ends: a line break (or a blank line), or the blank after a sentence end. The match
# ends are those of \n\s*\n|\n|(?<=[。！？])\s+(?=\S); the blank after 。/！/？ is matched from the
# mark itself (then what would match right after it), so every alternative opens with a literal
# character that the engine scans for, instead of trying a lookbehind at every position
_PARAGRAPH_ENDS = re.compile(r"\n\s*\n|\n|。(?:\n\s*\n|\n|\s+(?=\S))|！(?:\n\s*\n|\n|\s+(?=\S))|？(?:\n\s*\n|\n|\s+(?=\S))")


_OPENED = re.compile(r"(正式启动|正式启用|启用|启动|落地|落户|成立|开业|揭牌|投用|入驻|集聚|聚集)")


_TOPIC_LOCATED = ("Product", "Platform", "Organization")   # what paragraph_topic_locations places
_TOPIC_LOCATED_SET = frozenset(_TOPIC_LOCATED)
_LABEL = attrgetter("label")


def paragraph_topic_locations(ctx: Ctx, skip: list[tuple[int, int]]) -> None:
    """News about a district lists what is there: in a paragraph that names exactly one
    district, its products, and the platforms/organisations the paragraph says opened
    or gathered there after naming the district, sit there (method=rule)."""
    text = ctx.text
    mentions = ctx.ents.mentions
    if "District" not in map(_LABEL, mentions) or _TOPIC_LOCATED_SET.isdisjoint(map(_LABEL, mentions)):
        return   # no district, or nothing that could sit in one: no paragraph gives an edge
    bounds = [0] + [m.end() for m in _PARAGRAPH_ENDS.finditer(text)] + [len(text)]
    for lo, hi in zip(bounds, bounds[1:]):
        if any(a <= lo < b for a, b in skip):
            continue
        inside = ctx.mentions_in(lo, hi)
        districts = {m.entity_id for m in inside if m.label == "District"}
        if len(districts) != 1:
            continue
        (d,) = districts
        dm = next(m for m in inside if m.entity_id == d)
        for x in inside:
            if x.label == "Product":
                ok = True
            elif x.label in ("Platform", "Organization") and x.start > dm.end:
                s, e = sentence_bounds(text, x.start, lo, hi)
                ok = bool(_OPENED.search(text, x.end, e))
            else:
                ok = False
            if ok:
                _add(ctx, x.entity_id, d, "LOCATED_IN", [ctx.spans.ev(dm.start, dm.end, "rule", 0.5), ctx.spans.ev(x.start, x.end, "rule", 0.5)])


SUPERSEDE_CLAUSE = re.compile(r"(此前发布的有关规定与本[^。]{0,10}不一致的[,，]?以此为准|原[^。]{2,40}同时废止|以本[^。]{1,6}为准)")


def supersedes(ctx: Ctx, policy_id: str, title: str) -> None:
    """SUPERSEDES stated by the text: a repeal clause (原《X》同时废止, …以此为准) that itself names
    the earlier policy X (a Policy mention inside the clause) → ``explicit``. A generic clause
    (此前发布的有关规定与本文不一致的，以此为准) names no policy, so the text does not say WHICH
    one is replaced: no edge from it. Which edition a policy replaces, when only curated, is the
    catalog's fact (``supersedes:``), asserted by the ``catalog`` pseudo-document with the YAML
    line as its evidence — never relabelled as something this document states."""
    text = ctx.text
    if "为准" not in text and "同时废止" not in text:
        return   # every clause holds 以此为准 / 以本…为准 or 同时废止: no scan of a text without them
    for m in SUPERSEDE_CLAUSE.finditer(text):
        for x in ctx.mentions_in(m.start(), m.end()):
            if x.label == "Policy" and x.entity_id != policy_id:
                _add(ctx, policy_id, x.entity_id, "SUPERSEDES", [ctx.spans.ev(m.start(), m.end(), "explicit", 0.9)])


COORD = re.compile(r"(统筹|协调|联席会议?机制|联席会作用)")


def reports_to(ctx: Ctx, issuers: list[Mention]) -> None:
    """用好市医药健康统筹联席会议机制: the policy's bureaus coordinate through that body."""
    text = ctx.text
    if not issuers or ("统筹" not in text and "协调" not in text and "联席会" not in text):
        return   # no issuer to link, or no COORD word anywhere (each alternative holds one of those)
    entries = ctx.catalog.entries
    bodies = [m for m in ctx.ents.mentions if m.label == "Bureau" and (e := entries.get(m.entity_id)) is not None
              and e.props.get("kind") == "body"]
    for b in bodies:
        s, e = sentence_bounds(ctx.text, b.start)
        if not COORD.search(ctx.text, s, e):
            continue
        for i in dict.fromkeys(x.entity_id for x in issuers):
            if _is_beijing_bureau(ctx, i):
                _add(ctx, i, b.entity_id, "REPORTS_TO", [ctx.spans.ev(s, e, "rule", 0.6)])
