"""/owners and /impact skip FastAPI's per-request response-model validation (they send the
query's dict as JSON, see medgraph.api.app ``read``); these tests pin that the bytes sent
are exactly what validating through the declared response model would give, for every
measure and a spread of /impact starts, on each backend."""

from __future__ import annotations

import json

from medgraph import queries
from medgraph.api import schemas


def _validated(model, data) -> object:
    return model.model_validate(data).model_dump(mode="json", by_alias=True, exclude_unset=True)


def _same_as_model(r, model) -> bool:
    """Byte-for-byte, so 1 vs 1.0 (int sent where the model says float) would show."""
    expected = json.dumps(_validated(model, r.json()), ensure_ascii=False, separators=(",", ":")).encode()
    return r.content == expected


def test_owners_sends_what_the_response_model_would(client, loaded):
    store, _ = loaded
    measures = store.nodes("Measure")
    assert len(measures) > 20
    for m in measures:
        r = client.get("/owners", params={"measure": m.id})
        assert r.status_code == 200
        assert _same_as_model(r, schemas.OwnersOut)
        assert r.json() == json.loads(json.dumps(queries.owners(store, m.id)))
    for m in measures[:10]:  # by number + policy id, and ambiguous numbers (candidates)
        for params in ({"measure": str(m.props["number"]), "policy": m.props["policy"]}, {"measure": "1"}):
            r = client.get("/owners", params=params)
            assert r.status_code == 200 and _same_as_model(r, schemas.OwnersOut)


def test_impact_sends_what_the_response_model_would(client, loaded):
    store, _ = loaded
    starts = [n.id for label in ("Fund", "Platform", "District", "Bureau") for n in store.nodes(label)[:5]]
    assert starts
    for s in starts:
        for params in ({"from": s}, {"from": s, "to": "Measure", "direction": "in", "max_hops": 2}):
            r = client.get("/impact", params=params)
            assert r.status_code == 200
            assert _same_as_model(r, schemas.ImpactOut)


def test_fast_read_errors_keep_their_shape(client):
    r = client.get("/owners", params={"measure": "no such measure words at all"})
    assert r.status_code == 404 and set(r.json()) >= {"error", "close_matches"}
    r = client.get("/impact", params={"from": "district-yizhuang", "max_hops": 9})
    assert r.status_code == 422 and "error" in r.json()


def test_access_log_setting_silences_uvicorns_access_logger(loaded):
    import logging

    from fastapi.testclient import TestClient

    from medgraph.api.app import create_app

    store, settings = loaded
    access = logging.getLogger("uvicorn.access")
    was = access.disabled
    try:
        access.disabled = False
        with TestClient(create_app(store, settings.model_copy(update={"access_log": True}))) as c:
            assert c.get("/owners", params={"measure": store.nodes("Measure")[0].id}).status_code == 200
            assert not access.disabled
        with TestClient(create_app(store, settings.model_copy(update={"access_log": False}))) as c:
            assert c.get("/owners", params={"measure": store.nodes("Measure")[0].id}).status_code == 200
            assert access.disabled
    finally:
        access.disabled = was
