"""Every error the Neo4j driver raises, as an HTTP answer a person can act on.

Why one table: a Neo4j error that reached the generic handler used to answer a bare 500
(a failed LOAD CSV, a transaction terminated by an administrator, a memory limit). Here each
class of error gets a 4xx when the query itself is the problem (and how to change it) or a
503 with ``Retry-After`` when the server is down, busy or short of memory (retrying later
may work). Never a 500, and never a server filesystem path: Neo4j quotes file URLs and
paths in some messages (LOAD CSV, plugins, logs), so every message is scrubbed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

RETRY_AFTER = "5"

# file: URLs and absolute POSIX / Windows paths with at least two components
_PATHS = re.compile(r"(?:file:/+[^\s'\"`),;]*)|(?<![\w/.:])(?:/[\w.@%+~-]+){2,}/?|\b[A-Za-z]:\\[^\s'\"`),;]+")


def scrub(message: str) -> str:
    """``message`` with file URLs and filesystem paths replaced by ``<server path>``."""
    return _PATHS.sub("<server path>", message)


@dataclass
class Answer:
    status: int
    message: str
    headers: dict[str, str] = field(default_factory=dict)


def _busy(message: str) -> Answer:
    return Answer(503, message, {"Retry-After": RETRY_AFTER})


CYPHER_ADVICE = "add a LIMIT, narrow the MATCH or bound variable-length patterns (e.g. [*1..3])"
BUILTIN_ADVICE = "ask for less (fewer hops, a smaller limit or depth)"


def classify(exc: BaseException, *, timeout_s: float | None = None, timeout_setting: str = "",
             advice: str = BUILTIN_ADVICE) -> Answer:
    """The HTTP answer for a driver or server error. ``timeout_s``/``timeout_setting`` name the
    time limit that applied and ``advice`` says how to ask for less (for the messages when the
    server stopped the query)."""
    from neo4j import exceptions as ex

    code = getattr(exc, "code", None) or ""
    raw = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    msg = scrub(" ".join(str(raw).split()))[:600]
    limit = (f"{timeout_s:g} s" if timeout_s else "its time limit") + (f" ({timeout_setting})" if timeout_setting else "")

    down = (ex.ServiceUnavailable, ex.SessionExpired, getattr(ex, "ConnectionAcquisitionTimeoutError", ex.ServiceUnavailable))
    if isinstance(exc, down):
        return _busy(f"the graph store is unavailable: Neo4j does not answer ({type(exc).__name__}: {msg}); retry")
    if isinstance(exc, ex.AuthError):
        return _busy("the graph store is unavailable: Neo4j rejected the API's credentials "
                     "(NEO4J_USER / NEO4J_PASSWORD); an administrator must fix the configuration, then retry")
    if "TransactionTimedOut" in code or "TransactionTimedOutClientConfiguration" in code:
        return Answer(408, f"the query ran longer than {limit} and the server stopped it: {advice}")
    if "MemoryPoolOutOfMemoryError" in code or "TransactionMemoryLimit" in code:
        if "db.memory.transaction.max" in raw or "TransactionMemoryLimit" in code:
            return Answer(422, "the query needs more memory than one query may use on this server "
                               f"(db.memory.transaction.max): {advice}, collect() fewer values [{msg}]")
        return _busy(f"the graph store is short of memory for queries right now ({msg}); retry")
    if code.endswith("General.OutOfMemoryError"):
        return _busy("the graph store ran out of heap memory running this query; it is refused rather than "
                     "retried: build smaller values (e.g. no string or list doubling) and retry later")
    if code.startswith("Neo.TransientError.Transaction.Terminated") or "LockClientStopped" in code \
            or "Transaction.Terminated" in code:
        return _busy("the query's transaction was terminated on the server (an administrator, a shutdown "
                     f"or a resource limit stopped it): {msg}; retry")
    if code.startswith("Neo.ClientError.Statement.ExternalResourceFailed"):
        return Answer(403, f"refused by the server: reading external resources (LOAD CSV from files or URLs) "
                           f"is not allowed [{msg}]")
    if isinstance(exc, ex.CypherSyntaxError) or code.endswith("Statement.SyntaxError"):
        return Answer(422, f"not valid Cypher: {msg}")
    if any(k in code for k in ("AccessMode", "Forbidden", "Security.", "ReadOnly", "NotALeader")):
        return Answer(403, f"refused: the API runs Cypher read-only and the server rejected this query ({msg})")
    if code.startswith("Neo.ClientError"):
        return Answer(422, f"the query failed: {msg} [{code}]")
    if code.startswith("Neo.TransientError") or isinstance(exc, ex.TransientError):
        return _busy(f"the graph store is busy ({msg}); retry")
    if code.startswith("Neo.DatabaseError") or isinstance(exc, ex.DatabaseError):
        return _busy(f"the graph store failed internally ({msg}); retry later, and report it if it persists")
    if isinstance(exc, (ex.DriverError, ex.Neo4jError)):
        return _busy(f"the connection to the graph store failed ({type(exc).__name__}: {msg}); retry")
    return _busy(f"the graph store failed ({type(exc).__name__}); retry")
