"""When a policy (and so each of its measures) is in force, and which source says so.

A policy starts on its stated entry into force (``effective_from``), else its issue date
(``issued``, 成文日期, the notice's date line), else the ``date`` a curated catalog entry
gives, else 1 January of its edition year; it ends on its stated end (``effective_to``,
有效期至…, the last year of a (2024—2026年) period), else the day before a later edition
that SUPERSEDES it starts, else it is open. Each bound says what it rests on, so an
answer can tell a reader why a measure is or is not shown ``as_of`` a date.

Measures are in force while their policy is. A policy with no date at all is
"unknown": it is kept in ``as_of`` answers (dropping it would hide facts) and says so.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from medgraph.store.base import GraphStore

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_as_of(value: str | None) -> str | None:
    """``YYYY-MM-DD`` (validated) or None; anything else is a BadRequest for the caller."""
    if value is None or value == "":
        return None
    v = value.strip()
    if not _ISO.match(v):
        raise ValueError(f"as_of must be a date YYYY-MM-DD, got {value!r}")
    try:
        date.fromisoformat(v)
    except ValueError as exc:
        raise ValueError(f"as_of must be a real date YYYY-MM-DD, got {value!r}") from exc
    return v


def _start(props: dict[str, Any]) -> tuple[str | None, str]:
    if props.get("effective_from"):
        return str(props["effective_from"]), "effective_from"
    if props.get("issued"):
        return str(props["issued"]), "issued"
    d = str(props.get("date") or "")
    if _ISO.match(d):
        return d, "date"
    if props.get("year"):
        return f"{int(props['year'])}-01-01", "edition year"
    return None, "unknown"


class Validity:
    """Validity of policies in one store, memoised for one answer (a request)."""

    def __init__(self, store: GraphStore):
        self.store = store
        self._cache: dict[str, dict[str, Any]] = {}
        self._nodes: dict[str, Any] = {}
        self._successors: dict[str, list] = {}

    def prime(self, policy, successors) -> None:
        """Use a policy node and the nodes of the policies superseding it that the caller
        already holds (the Neo4j owners bundle), instead of asking the store."""
        if policy is None or successors is None:
            return
        self._nodes[policy.id] = policy
        self._successors[policy.id] = list(successors)

    def _node(self, policy_id: str):
        if policy_id not in self._nodes:
            self._nodes[policy_id] = self.store.get_node(policy_id) if policy_id else None
        return self._nodes[policy_id]

    def _successor_nodes(self, policy_id: str) -> list:
        if policy_id not in self._successors:
            self._successors[policy_id] = [n for e in self.store.edges(target=policy_id, type="SUPERSEDES")
                                           if (n := self._node(e.source)) is not None]
        return self._successors[policy_id]

    def policy(self, policy_id: str) -> dict[str, Any]:
        if policy_id in self._cache:
            return self._cache[policy_id]
        node = self._node(policy_id)
        props = node.props if node is not None else {}
        start, start_basis = _start(props)
        end, end_basis = None, "open"
        if props.get("effective_to"):
            end, end_basis = str(props["effective_to"]), "effective_to"
        elif node is not None:
            # the earliest later edition that supersedes this one ends it (its start: its own dates)
            succ = []
            for n in self._successor_nodes(policy_id):
                s = _start(n.props)[0]
                if s:
                    succ.append((s, n.id))
            if succ:
                s, sid = min(succ)
                end = (date.fromisoformat(s) - timedelta(days=1)).isoformat()
                end_basis = f"superseded by {sid}"
        v = {"policy": policy_id, "from": start, "to": end, "from_basis": start_basis, "to_basis": end_basis,
             "evidence": (props.get("dates_evidence") or {})}
        self._cache[policy_id] = v
        return v

    def in_force(self, policy_id: str, as_of: str | None) -> bool:
        """True when in force on ``as_of`` (or when no date says otherwise)."""
        if not as_of:
            return True
        v = self.policy(policy_id)
        if v["from"] and as_of < v["from"]:
            return False
        if v["to"] and as_of > v["to"]:
            return False
        return True

    def brief(self, policy_id: str, as_of: str | None = None) -> dict[str, Any]:
        """What an answer shows of a measure's validity."""
        v = self.policy(policy_id)
        out = {"from": v["from"], "to": v["to"], "from_basis": v["from_basis"], "to_basis": v["to_basis"]}
        if as_of:
            out["as_of"] = as_of
            out["in_force"] = self.in_force(policy_id, as_of) if v["from"] or v["to"] else None
        return out
