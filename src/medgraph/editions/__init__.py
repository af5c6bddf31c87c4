"""Policy editions: what changed between two policies, and by how much.

A cross-document step over the STORE (extraction stays per-document and pure), in four
modules with one job each:

* ``scoring`` — how alike two measures are (``match_measures``) and which of their targets
  correspond (``pair_targets``), from the measures' own words;
* ``linking`` — ``PRECEDED_BY`` edges Measure→Measure between the measures of a policy and
  those of its predecessor (policies joined by ``SUPERSEDES``, nearest edition that has loaded
  measures; and a multi-year plan vs a later policy inside its years), and ``REPORTS_ON``
  edges Document→Measure for the figures a press conference or article reports;
* ``refresh`` — both, upserted as the pseudo-document ``editions`` (recomputed after a load or
  unload that changed the stored documents). Edges die with their endpoints: reloading or
  unloading a policy document removes its measure nodes and their edges, and the next refresh
  recomputes the links;
* ``diff`` — measures added, removed and changed, targets side by side (baseline → goal),
  each backed by quotes; for an edition known only from what other documents say about it,
  the figures those documents attribute to it.

``from medgraph import editions; editions.diff(store, "plan", "2026")`` and
``editions.refresh(store)`` are the entry points.
"""

from __future__ import annotations

from medgraph.editions.scoring import (  # noqa: F401
    MATCH_MIN, format_target, match_measures, pair_targets, similarity_matrix, target_change, unit_family)
from medgraph.editions.linking import (  # noqa: F401
    REPORT_CAP, REPORT_MARGIN, REPORT_MIN, edition_pairs, link_predecessors, link_reports)
from medgraph.editions.refresh import (  # noqa: F401
    EDITIONS_DOC_ID, LINKS_VERSION, current_links, extraction, inputs_fingerprint, refresh)
from medgraph.editions.diff import PolicyNotFound, diff, resolve_policy  # noqa: F401  (last: `diff` is the function)

__all__ = ["EDITIONS_DOC_ID", "LINKS_VERSION", "MATCH_MIN", "PolicyNotFound", "current_links", "diff",
           "edition_pairs", "extraction", "format_target", "inputs_fingerprint", "link_predecessors",
           "link_reports", "match_measures", "pair_targets", "refresh", "resolve_policy", "similarity_matrix",
           "target_change", "unit_family"]
