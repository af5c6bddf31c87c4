"""Errors a store raises that callers (CLI, API) turn into messages a person can act on."""

from __future__ import annotations


class StoreUnavailable(RuntimeError):
    """The backing service cannot be reached or refuses us (Neo4j down, wrong URI or
    credentials). The message says where we looked and how to get one running; the API
    answers 503 with it."""
