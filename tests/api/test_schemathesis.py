"""Property-based run of the read API (schemathesis over the ASGI app, no network):
whatever the OpenAPI schema allows must never produce a server error.

Bounded (25 examples per operation, no deadline). Writes are excluded: the app here has
no token, and uploads are covered by test_documents.py.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.checks import not_a_server_error  # noqa: E402


@pytest.fixture(scope="session")
def api_schema(loaded):
    from medgraph.api.app import create_app

    store, cfg = loaded
    app = create_app(store, cfg.model_copy(update={"api_token": ""}))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.exclude(path_regex="^/documents").parametrize()
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture])
def test_no_server_errors(case):
    case.call_and_validate(checks=[not_a_server_error])
