"""Simple paths out of one node, shortest first, within a budget: the one walk both stores run.

Why one walk: the number of simple paths grows exponentially with the hop count. From a
hub such as a district, 6 hops both ways are millions of paths; enumerating them all froze
the embedded API for ~30 s per request and took a Neo4j-backed API to 12 GB. So the walk
counts every step it considers (an *expansion*) and stops at ``Budget.expansions`` or after
``Budget.seconds``, and says so (``PathSearch.truncated``). The embedded store feeds it its
in-memory adjacency; the Neo4j store feeds it the relationships of each level's end nodes,
fetched with one query per level (cypher/path_steps_*.cypher), so the server's work is
bounded by the graph's size, never by the number of paths.

Order: paths of 1 hop, then 2, …; within a length by node ids, then edge keys (what the
stores promised before). Steps out of a node are tried in (neighbour, key) order, so where a
budget cuts a level, it cuts it the same way on both stores.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field

Step = tuple[str, Hashable]  # (neighbour id, edge key) — the key may carry more (Neo4j: (key, element id))
Found = tuple[tuple[str, ...], tuple[Hashable, ...]]  # (node ids, edge keys) of one path

# Tuned on the bundled corpus (tests/reliability/test_attack_http.py): the worst request the
# API allows (a district, 6 hops, both ways) costs ~0.2 s of CPU at this budget, and any
# request whose answer fits in it (every ordinary one) is answered in full. The clock is
# the safety net for a slow or loaded machine (and for Neo4j round trips).
DEFAULT_EXPANSIONS = 200_000
DEFAULT_SECONDS = 1.0
_CLOCK_EVERY = 2048  # expansions between two looks at the clock (~1 ms of walking)


@dataclass(frozen=True)
class Budget:
    """How much a path search may do: steps considered, and wall-clock seconds."""

    expansions: int = DEFAULT_EXPANSIONS
    seconds: float = DEFAULT_SECONDS


# what plain ``GraphStore.paths`` uses (no truncation flag to report, so a generous bound that
# only a runaway search reaches; callers that face the network, queries.impact, use ``Budget()``)
LENIENT = Budget(expansions=5_000_000, seconds=20.0)


@dataclass
class PathSearch:
    """The paths found (shortest first) and whether the budget stopped the walk early
    (``truncated``: longer or further paths than those returned may exist)."""

    found: list[Found] = field(default_factory=list)
    truncated: bool = False
    expansions: int = 0


@dataclass
class PathResult:
    """What ``path_search`` (both stores) answers: the paths as ``GraphStore.paths`` gives
    them (alternating Node, Edge, Node, …) and whether the budget cut the walk short."""

    paths: list[list]
    truncated: bool = False
    has_more: bool = False  # more paths than offset + limit were found


class OutOfTime(Exception):
    """Raised by a ``prefetch`` that ran out of the search's time: the walk stops, truncated."""


def walk(
    source: str,
    steps: Callable[[str], Sequence[Step]],
    wanted: Callable[[str], bool],
    max_hops: int,
    limit: int,
    budget: Budget | None = None,
    prefetch: Callable[[Iterable[str], float], None] | None = None,
) -> PathSearch:
    """Simple paths from ``source`` of 1..``max_hops`` hops ending at a node ``wanted``
    accepts, the first ``limit`` of them in the stores' order.

    ``steps(n)``: the (neighbour, key) pairs out of ``n`` in the direction asked, sorted.
    ``prefetch(nodes, deadline)``: called before each level with the end nodes of the
    level's partial paths, so a store can load their steps in one round trip; it may raise
    ``OutOfTime``."""
    budget = budget or Budget()
    out = PathSearch()
    if limit <= 0 or max_hops < 1:
        return out
    deadline = time.monotonic() + budget.seconds
    cap = budget.expansions
    n = 0
    frontier: list[Found] = [((source,), ())]
    found = out.found
    for hop in range(max_hops):
        last = hop == max_hops - 1
        if prefetch is not None:
            try:
                prefetch(list(dict.fromkeys(ns[-1] for ns, _ in frontier)), deadline)
            except OutOfTime:
                out.truncated = True
                break
        nxt: list[Found] = []
        level: list[Found] = []
        stop = False
        for ns, ks in frontier:
            here = steps(ns[-1])
            n += len(here)
            if n > cap or (n // _CLOCK_EVERY != (n - len(here)) // _CLOCK_EVERY and time.monotonic() > deadline):
                stop = True
                break
            for m, k in here:
                if m in ns:  # simple paths only (ns holds at most 7 ids: a tuple scan beats a set)
                    continue
                p = (ns + (m,), ks + (k,))
                if not last:
                    nxt.append(p)
                if wanted(m):
                    level.append(p)
        level.sort()
        found.extend(level)
        if stop:
            out.truncated = True
            break
        if len(found) >= limit or not nxt:
            break
        frontier = nxt
    out.expansions = n
    del found[limit:]
    return out
