"""``GET /impact`` answered off the event loop, its JSON written once per distinct node and edge.

Why: the largest page the API allows (1,000 paths of 6 hops) is ~2.5 MB of JSON in which a
few hundred distinct edges, each with its evidence quotes, appear ~5,000 times. Encoding it
whole took longer than finding the paths, and answering on the event loop (as the other hot
reads do) stalled every other request, /health included, while three such pages were built.
So the answer is computed in a worker thread, and ``queries.impact`` hands out one dict per
distinct node and edge (``queries._path_dicts``), each encoded once here and joined: the bytes
are exactly ``json.dumps(answer, ensure_ascii=False, separators=(",", ":"))``, what
``JSONResponse`` would send.

And few at a time (``Gate``): on the embedded store a walk is CPU in one process, so parallel
walks only split the CPU (and the GIL) among themselves and with /health; one at a time,
waiting on the event loop (no worker thread held), keeps the rest of the API answering.
Neo4j walks mostly wait on the server, so four run at once. A queue longer than
``MAX_WAITING`` answers 503 with ``Retry-After`` instead of growing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import anyio.to_thread
from anyio import CapacityLimiter
from starlette.exceptions import HTTPException
from starlette.responses import Response

from medgraph import queries
from medgraph.store.base import GraphStore


def _dumps(x: Any) -> str:
    return json.dumps(x, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def render(answer: dict[str, Any]) -> bytes:
    """The JSON of an impact answer; each dict shared between paths is encoded once."""
    memo: dict[int, str] = {}

    def one(d: dict[str, Any]) -> str:
        s = memo.get(id(d))
        if s is None:
            s = memo[id(d)] = _dumps(d)
        return s

    paths = "[" + ",".join("[" + ",".join(one(x) for x in p) + "]" for p in answer["paths"]) + "]"
    parts = [f"{_dumps(k)}:{paths if k == 'paths' else _dumps(v)}" for k, v in answer.items()]
    # memo is keyed by id(): every dict it names is still referenced by ``answer``
    return ("{" + ",".join(parts) + "}").encode("utf-8")


def impact_response(store: GraphStore, *args: Any) -> Response:
    """``queries.impact(store, *args)`` over one state of the store, as a JSON response.
    Meant for a worker thread: the store's lock is held for the search only, not the encoding."""
    pin = getattr(store, "pinned", None)
    if pin is None:
        answer = queries.impact(store, *args)
    else:
        with pin():
            answer = queries.impact(store, *args)
    return Response(render(answer), media_type="application/json")


MAX_WAITING = 16


class Gate:
    """At most ``slots`` impact answers computed at once per app; the rest wait their turn."""

    def __init__(self, slots: int) -> None:
        self.slots = slots
        self.limiter: CapacityLimiter | None = None

    async def answer(self, get_store: Callable[[], GraphStore], *args: Any) -> Response:
        """The impact answer for ``args``; the store is fetched (opened, on first use) in the worker."""
        if self.limiter is None:  # created inside the event loop
            self.limiter = CapacityLimiter(self.slots)
        if self.limiter.statistics().tasks_waiting >= MAX_WAITING:
            raise HTTPException(503, f"too many /impact requests at once ({MAX_WAITING} waiting): retry in a second",
                                headers={"Retry-After": "1"})
        return await anyio.to_thread.run_sync(lambda: impact_response(get_store(), *args), limiter=self.limiter)
