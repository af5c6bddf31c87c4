"""Running a researcher's Cypher (``POST /cypher``): decided by the server's plan, bounded in
time, rows, bytes and concurrency, never retried.

One query = one explicit READ transaction with the server-side timeout
MEDGRAPH_CYPHER_TIMEOUT, opened by us (not the driver's retrying managed transaction: a
timeout or a memory error must fail once, not be repeated for a minute):

1. ``EXPLAIN <query>`` in that transaction; :func:`medgraph.api.cypher_guard.plan_refusal`
   decides from the server's query type and plan (403 when refused).
2. The query itself in the same transaction, read record by record (``fetch_size`` keeps
   at most a few dozen records in flight), each row encoded to JSON at once; reading stops
   at MEDGRAPH_CYPHER_MAX_ROWS rows or MEDGRAPH_CYPHER_MAX_BYTES bytes of rows, and the
   answer says which (``truncated``, ``truncated_reason``). The transaction is rolled back.

At most MEDGRAPH_CYPHER_CONCURRENCY queries run at once, each on a thread of this module's
own pool (never the pool that serves /health and the other endpoints); one more is answered
429 with ``Retry-After`` at once. The request waits at most the timeout plus a grace period:
a server that stops answering costs the caller a 408, not a hung request.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from medgraph.api.cypher_guard import plan_refusal, to_json
from medgraph.api.neo4j_errors import CYPHER_ADVICE, Answer, classify
from medgraph.settings import Settings

FETCH_SIZE = 50  # records per PULL: what the server may have sent beyond a cap
GRACE_S = 3.0  # the request's own deadline beyond the server-side timeout


class CypherRefused(Exception):
    """An answer other than 200, with its status, message and headers."""

    def __init__(self, answer: Answer):
        super().__init__(answer.message)
        self.answer = answer


def _dumps(value: Any) -> bytes:
    # the same encoding as FastAPI's JSONResponse
    return json.dumps(value, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")).encode("utf-8")


def _bigger_than(value: Any, budget: int) -> bool:
    """True when ``value``'s JSON is certainly longer than ``budget`` bytes; a lower bound walked
    with an early exit, so a 200 MB string is refused without encoding it."""
    stack, seen = [value], 0
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            seen += len(v) + 2
        elif isinstance(v, dict):
            seen += 2 + 4 * len(v)
            for k, x in v.items():
                seen += len(str(k))
                stack.append(x)
        elif isinstance(v, (list, tuple)):
            seen += 2 + len(v)
            stack.extend(v)
        else:
            seen += 1
        if seen > budget:
            return True
    return False


_INT64 = (-(2**63), 2**63 - 1)


def _param_problem(params: dict) -> str | None:
    """Why ``params`` (parsed JSON) cannot be sent to Neo4j, or None. Bolt integers are 64-bit:
    a larger JSON number would fail inside the driver."""
    stack: list[tuple[str, Any]] = [(f"${k}", v) for k, v in params.items()]
    while stack:
        where, v = stack.pop()
        if isinstance(v, bool) or v is None or isinstance(v, (str, float)):
            continue
        if isinstance(v, int):
            if not _INT64[0] <= v <= _INT64[1]:
                return f"parameter {where} is {v}, outside Neo4j's 64-bit integer range: send it as a string or a float"
        elif isinstance(v, dict):
            stack.extend((f"{where}.{k}", x) for k, x in v.items())
        elif isinstance(v, list):
            stack.extend((f"{where}[{i}]", x) for i, x in enumerate(v))
        else:
            return f"parameter {where} has an unsupported type {type(v).__name__}"
    return None


def run_query(driver: Any, database: str | None, text: str, params: dict, settings: Settings) -> bytes:
    """The JSON body of the answer to ``text``; raises :class:`CypherRefused` otherwise."""
    import neo4j

    problem = _param_problem(params)
    if problem:
        raise CypherRefused(Answer(422, problem))

    max_rows = max(1, int(settings.cypher_max_rows))
    max_bytes = max(1024, int(settings.cypher_max_bytes))
    timeout = float(settings.cypher_timeout_s)
    try:
        with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS, fetch_size=FETCH_SIZE) as session:
            tx = session.begin_transaction(timeout=timeout)
            try:
                summary = tx.run("EXPLAIN " + text, params).consume()
                why = plan_refusal(summary.query_type, summary.plan, getattr(summary, "database", None), database)
                if why:
                    raise CypherRefused(Answer(403, why))
                result = tx.run(text, params)
                columns = list(result.keys())
                rows: list[bytes] = []
                size = 0
                reason = None
                for record in result:
                    if len(rows) >= max_rows:
                        reason = f"more than {max_rows} rows (MEDGRAPH_CYPHER_MAX_ROWS); the first {max_rows} are shown"
                        break
                    row = {k: to_json(v) for k, v in record.items()}
                    left = max_bytes - size
                    encoded = None if _bigger_than(row, left) else _dumps(row)
                    if encoded is None or len(encoded) + 1 > left:
                        reason = (f"the rows reached the answer's size cap of {max_bytes} bytes "
                                  f"(MEDGRAPH_CYPHER_MAX_BYTES) after {len(rows)} rows: return fewer or smaller values")
                        break
                    rows.append(encoded)
                    size += len(encoded) + 1
            except BaseException:
                try:
                    tx.close()
                except Exception:  # noqa: BLE001 - the first error is the one to report
                    pass
                raise
            tx.close()  # rolls back; a stream stopped at a cap is discarded, not read on
    except CypherRefused:
        raise
    except Exception as exc:
        from neo4j.exceptions import DriverError, Neo4jError

        if not isinstance(exc, (DriverError, Neo4jError)):
            raise
        raise CypherRefused(classify(exc, timeout_s=timeout, timeout_setting="MEDGRAPH_CYPHER_TIMEOUT",
                                     advice=CYPHER_ADVICE)) from exc
    head = {"columns": columns}
    tail = {"row_count": len(rows), "truncated": reason is not None, "truncated_reason": reason,
            "max_rows": max_rows, "max_bytes": max_bytes}
    return b"".join([_dumps(head)[:-1], b',"rows":[', b",".join(rows), b"],", _dumps(tail)[1:]])


class CypherRunner:
    """At most ``settings.cypher_concurrency`` queries at once, on a pool of that many threads."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.limit = max(1, int(settings.cypher_concurrency))
        self._slots = threading.BoundedSemaphore(self.limit)
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()

    def _executor(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=self.limit, thread_name_prefix="medgraph-cypher")
            return self._pool

    async def run(self, driver: Any, database: str | None, text: str, params: dict) -> bytes:
        if not self._slots.acquire(blocking=False):
            raise CypherRefused(Answer(429, f"busy: {self.limit} Cypher queries are running already "
                                            "(MEDGRAPH_CYPHER_CONCURRENCY); retry in a few seconds",
                                       {"Retry-After": "2"}))
        try:
            fut: Future = self._executor().submit(run_query, driver, database, text, params, self.settings)
        except BaseException:
            self._slots.release()
            raise
        # the slot is freed when the query really ends, even if the caller stopped waiting
        fut.add_done_callback(lambda _f: self._slots.release())
        wait = float(self.settings.cypher_timeout_s) + GRACE_S
        t0 = time.monotonic()
        waiting = asyncio.wrap_future(fut)
        try:
            return await asyncio.wait_for(asyncio.shield(waiting), timeout=wait)
        except asyncio.TimeoutError:
            waiting.add_done_callback(lambda f: f.cancelled() or f.exception())  # retrieved: no warning
            raise CypherRefused(Answer(408, f"the query did not finish within {time.monotonic() - t0:.0f} s "
                                            f"(MEDGRAPH_CYPHER_TIMEOUT is {self.settings.cypher_timeout_s:g} s): "
                                            f"{CYPHER_ADVICE}")) from None

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
