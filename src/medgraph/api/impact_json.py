"""``GET /impact`` answered off the event loop, its JSON written once per distinct node and edge.

Why: the largest page the API allows (1,000 paths of 6 hops) is ~2.5 MB of JSON in which a
few hundred distinct edges, each with its evidence quotes, appear ~5,000 times. Encoding it
whole took longer than finding the paths, and answering on the event loop (as the other hot
reads do) stalled every other request, /health included, while three such pages were built.
So the answer is computed in a worker thread, and ``queries.impact`` hands out one dict per
distinct node and edge (``queries._path_dicts``), each encoded once here and joined: the bytes
are exactly ``json.dumps(answer, ensure_ascii=False, separators=(",", ":"))``, what
``JSONResponse`` would send.
"""

from __future__ import annotations

import json
from typing import Any

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
