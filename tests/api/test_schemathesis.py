"""Property-based run of the read API (schemathesis over the ASGI app, no network):
whatever the OpenAPI schema allows must never produce a server error (a documented
501 aside).

Bounded (25 examples per operation, no deadline). Writes are excluded: the app here has
no token, and uploads are covered by test_documents.py.

The schema is loaded at import time (``schemathesis.pytest.from_fixture`` breaks on
pytest >= 9.2, which renamed the node attribute it rewrites), so the app is built over a
stand-in store that the ``loaded`` fixture points at the real one before each example.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.checks import not_a_server_error  # noqa: E402

from medgraph.api.app import create_app  # noqa: E402
from medgraph.settings import Settings  # noqa: E402


class _CurrentStore:
    """Delegates everything to the store the running test loaded."""

    target = None

    def __getattr__(self, name):
        if self.target is None:
            raise RuntimeError("no store bound: the test must request the `loaded` fixture")
        return getattr(self.target, name)


_STORE = _CurrentStore()
_APP = create_app(_STORE, Settings().model_copy(update={"api_token": ""}))
schema = schemathesis.openapi.from_asgi("/openapi.json", _APP)


def no_undocumented_server_error(ctx, response, case):
    """not_a_server_error, except a 501 the operation documents (POST /cypher on the
    embedded store, the browse placeholders): that is the designed answer, not a crash."""
    if response.status_code == 501 and "501" in (case.operation.definition.raw.get("responses") or {}):
        return None
    return not_a_server_error(ctx, response, case)


@schema.exclude(path_regex="^/documents").parametrize()
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture])
def test_no_server_errors(case, loaded):
    _STORE.target = loaded[0]
    case.call_and_validate(checks=[no_undocumented_server_error])
