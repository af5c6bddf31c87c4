"""The HTTP API: a thin translation of requests into ``medgraph.queries`` and store calls.

    uvicorn --factory medgraph.api.app:create_app      (or: medgraph serve)

Every answer is the JSON the matching query function returns (the CLI prints the same
with ``--json``). Every error is JSON ``{"error": "...", "close_matches": [...]}``:
404 when nothing matched (with close matches to pick from), 422 for bad parameters,
401/403 for writes without the right token, 501 where this store cannot do it (and how
to get one that can), 503 when the store is unreachable.
"""

from __future__ import annotations

import hmac
import json
import importlib
import importlib.util
import logging
import threading
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, FastAPI, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from medgraph import queries
from medgraph.api import docs as api_docs
from medgraph.api import schemas
from medgraph.api import neo4j_errors
from medgraph.api.cypher_guard import refusal
from medgraph.api.cypher_run import CypherRefused, CypherRunner, run_query
from medgraph.api.head import HeadAsGet
from medgraph.api.impact_json import Gate
from medgraph.api.limits import BodyLimit
from medgraph.api.redact import add_root, redact
from medgraph.api.security_headers import SecurityHeaders
from medgraph.models import LABELS
from medgraph.settings import Settings, get_settings
from medgraph.store.base import GraphStore

try:
    from medgraph.store.errors import StoreUnavailable
except ImportError:  # the store package predates errors.py: nothing raises it yet
    class StoreUnavailable(RuntimeError):  # type: ignore[no-redef]
        pass

log = logging.getLogger("medgraph.api")

NEO4J_HINT = ("POST /cypher needs the Neo4j store: start one with `python -m medgraph.neo4j_local start` "
              "(or `docker compose up -d neo4j`), then restart the API with MEDGRAPH_STORE=neo4j")
MAX_JSON_BODY_BYTES = 1024 * 1024  # /cypher: a 20,000-character query plus parameters fits many times over
WRITES_DISABLED = "writes are disabled: set MEDGRAPH_API_TOKEN"

ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": schemas.ErrorResponse, "description": "nothing matched; `close_matches` lists what did come close"},
    422: {"model": schemas.ErrorResponse, "description": "a parameter is out of range or malformed"},
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": schemas.ErrorResponse, "description": "missing or wrong `Authorization: Bearer <token>`"},
    403: {"model": schemas.ErrorResponse, "description": "writes are disabled (no MEDGRAPH_API_TOKEN configured)"},
}


class HTTPError(Exception):
    """An error answer with a status; rendered as the standard error JSON."""

    def __init__(self, status: int, message: str, close: list[dict] | None = None, headers: dict | None = None):
        super().__init__(message)
        self.status, self.message, self.close, self.headers = status, message, close or [], headers


def _error(status: int, message: str, close: list | None = None, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": redact(message), "close_matches": close or []}, status_code=status, headers=headers)


def _readable(errors: list[dict]) -> str:
    parts = []
    for e in errors:
        loc = [str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body", "header")]
        where = ".".join(loc) or "request"
        got = e.get("input")
        shown = "" if got is None or isinstance(got, (dict, list)) else f" (got {str(got)[:60]!r})"
        parts.append(f"{where}: {e.get('msg', 'invalid')}{shown}")
    return "invalid request: " + "; ".join(parts)


def _install_error_handlers(app: FastAPI, settings: Settings) -> None:
    @app.exception_handler(queries.NotFound)
    async def _not_found(request: Request, exc: queries.NotFound) -> JSONResponse:
        return _error(404, exc.message, exc.close)

    @app.exception_handler(queries.BadRequest)
    async def _bad_request(request: Request, exc: queries.BadRequest) -> JSONResponse:
        return _error(422, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errs = list(exc.errors())
        body = {"error": _readable(errs), "close_matches": [],
                "details": [{"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", ""))} for e in errs]}
        return JSONResponse(body, status_code=422)

    @app.exception_handler(HTTPError)
    async def _http_error(request: Request, exc: HTTPError) -> JSONResponse:
        return _error(exc.status, exc.message, exc.close, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _starlette(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such endpoint {request.url.path!r}: see /docs for the API"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}: see /docs"
        return _error(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(StoreUnavailable)
    async def _unavailable(request: Request, exc: StoreUnavailable) -> JSONResponse:
        return _error(503, f"the graph store is unavailable: {exc}; retry", headers={"Retry-After": "5"})

    @app.exception_handler(CypherRefused)
    async def _cypher_refused(request: Request, exc: CypherRefused) -> JSONResponse:
        a = exc.answer
        return _error(a.status, a.message, headers=a.headers or None)

    try:  # any Neo4j error of a built-in query: a 4xx or a 503 with Retry-After, never a bare 500
        from neo4j.exceptions import DriverError, Neo4jError

        @app.exception_handler(DriverError)
        @app.exception_handler(Neo4jError)
        async def _neo4j_error(request: Request, exc: Exception) -> JSONResponse:
            a = neo4j_errors.classify(exc, timeout_s=settings.neo4j_query_timeout_s,
                                      timeout_setting="MEDGRAPH_NEO4J_QUERY_TIMEOUT")
            log.warning("Neo4j error on %s %s: %s", request.method, request.url.path, type(exc).__name__)
            return _error(a.status, a.message, headers=a.headers or None)
    except ImportError:  # pragma: no cover
        pass

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        if type(exc).__name__ == "StoreLockedError":  # embedded store: another writer holds the file lock
            return _error(503, f"the graph store is unavailable: {exc}; retry", headers={"Retry-After": "5"})
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _error(500, f"internal error ({type(exc).__name__}); it has been logged — please report it with the request you made")


def _never() -> bool:
    return False


def _pinned_query(store: GraphStore, query: Any, args: tuple) -> Any:
    """``query(store, *args)`` over one state of the store when it can pin one (embedded)."""
    pin = getattr(store, "pinned", None)
    if pin is None:
        return query(store, *args)
    with pin():
        return query(store, *args)


class _StoreHolder:
    """Opens the configured store on first use (so a down Neo4j gives 503s, not a dead
    process) and serializes writes."""

    def __init__(self, store: GraphStore | None, settings: Settings):
        self.store, self.settings, self.owned = store, settings, store is None
        self.lock = threading.Lock()
        self.write_lock = threading.Lock()

    def get(self) -> GraphStore:
        if self.store is None:
            with self.lock:
                if self.store is None:
                    from medgraph.store import open_store

                    # the stores raise StoreUnavailable for what a retry can fix (Neo4j down or
                    # refusing us, the embedded file locked or unreadable): 503. Anything else is
                    # a fault of this build or its configuration, answered and logged as such (500)
                    self.store = open_store(self.settings)
        return self.store

    def close(self) -> None:
        if self.owned and self.store is not None:
            self.store.close()
            self.store = None


def _browse_router() -> APIRouter:
    """The browse page and /viz belong to medgraph.api.browse; in a build without it these
    placeholders answer 501. A browse module that is there but fails to import is a broken
    build: the error propagates (it is not dressed up as "not available")."""
    reason = "the browse page is not installed in this build (medgraph.api.browse is missing)"
    if importlib.util.find_spec("medgraph.api.browse") is not None:
        return importlib.import_module("medgraph.api.browse").router
    router = APIRouter(tags=["browse"])
    unavailable = {501: {"model": schemas.ErrorResponse, "description": "browse page not available"}}

    @router.get("/", responses=unavailable, summary="Browse page (not available)")
    def browse_index() -> JSONResponse:
        return _error(501, reason + "; use /docs and the JSON endpoints meanwhile")

    @router.get("/viz/{id}", responses=unavailable, summary="pyvis view of an entity (not available)")
    def viz(id: str) -> JSONResponse:
        return _error(501, reason + f"; `medgraph viz {id} -o graph.html` draws the same view")

    return router


def create_app(store: GraphStore | None = None, settings: Settings | None = None) -> FastAPI:
    """The API over ``store`` (opened from ``settings`` on first use when None; a store
    passed in stays the caller's to close)."""
    settings = settings or get_settings()
    holder = _StoreHolder(store, settings)
    cypher_runner = CypherRunner(settings)
    add_root(settings.data_dir)  # error messages never show where the data lives

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if not settings.access_log:  # here, not at import: the server configures its loggers before startup
            logging.getLogger("uvicorn.access").disabled = True
        yield
        cypher_runner.close()
        holder.close()

    app = FastAPI(
        title="medgraph",
        version="0.1.0",
        summary="Knowledge graph of Beijing's innovative-medicine policy",
        description=(
            "Who owns each measure (with the responsibility chain and the words of the documents "
            "as evidence), what an entity reaches, search in simplified or traditional script.\n\n"
            "Every error is JSON `{\"error\": \"…\", \"close_matches\": […]}`. Writes "
            "(`POST /documents`, `DELETE /documents/{id}`) need `Authorization: Bearer <MEDGRAPH_API_TOKEN>`."
        ),
        lifespan=lifespan,
        docs_url=None, redoc_url=None,  # medgraph.api.docs serves /docs from installed files (no CDN)
    )
    app.state.store_holder = holder
    app.state.settings = settings
    _install_error_handlers(app, settings)

    def st() -> GraphStore:
        return holder.get()

    async def read(query: Any, *args: Any) -> JSONResponse:
        """Hot read endpoints (/owners, /impact): ``query(store, *args)`` answered on the event
        loop when the store says its reads are in-memory and current (the embedded store between
        loads: sub-millisecond, no I/O), else in the thread pool (Neo4j round trips, an embedded
        store that must re-read its file first). The dict is sent as is: it is built to the
        response model's shape (tests/api check the two agree), so validating it again per
        request would only cost time."""
        s = holder.store
        if s is not None and getattr(s, "reads_inline", _never)():
            data = _pinned_query(s, query, args)
        else:
            data = await run_in_threadpool(lambda: _pinned_query(st(), query, args))
        return JSONResponse(data)

    # outermost last: HEAD → GET, then security headers, then body caps (413 before any endpoint reads)
    impact_gate = Gate(1 if settings.store == "embedded" else 4)  # embedded walks are CPU: one at a time
    app.add_middleware(BodyLimit, upload_cap=settings.max_upload_bytes, json_cap=MAX_JSON_BODY_BYTES)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)
    api_docs.install(app)

    # --- reads -------------------------------------------------------------------------
    @app.get("/health", response_model=schemas.HealthOut, tags=["service"],
             summary="Store, counts and loaded documents")
    def health() -> dict:
        s = st()
        # documents and counts are two reads; a load committing in between would mix two
        # states, so read until the counts on both sides of the document list agree
        for _ in range(5):
            counts = s.counts()
            docs = list(s.documents())
            if s.counts() == counts:
                break
        return {"status": "ok", "store": s.name, "counts": counts,
                "documents": [{"id": d.id, "title": d.title, "kind": d.kind, "date": d.date, "chars": d.chars}
                              for d in sorted(docs, key=lambda d: d.id)],
                "writes_enabled": bool(settings.api_token)}

    @app.get("/measures", response_model=list[schemas.MeasureRow], response_model_exclude_unset=True,
             tags=["measures"], summary="Every measure with its lead bureaus")
    def measures(
        policy: Annotated[str, Query(description="policy id, year or words of its title", examples=["2026"],
                                     max_length=200)] = "",
        as_of: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="answer as on this date (YYYY-MM-DD): only measures in force then",
                                           examples=["2024-06-01"])] = None,
    ) -> list:
        return queries.measure_table(st(), policy, as_of)

    @app.get("/owners", response_model=schemas.OwnersOut, response_model_exclude_unset=True,
             responses=ERRORS, tags=["measures"], summary="Which bureau owns a measure",
             description=(
                 "`measure` may be an id, a number in any form (17, 十七, (十七), 第十七条) or words "
                 "from the heading (手术机器人入院), in simplified or traditional script.\n\n"
                 "**Ambiguous input** (e.g. `17` when two policies have a measure 17) answers **200** "
                 "with `measure: null`, empty `lead`/`support`/`chain`, and the matching measures in "
                 "`candidates`: ask again with a candidate's id or with `policy`. Nothing matching "
                 "answers 404 with `close_matches`."))
    async def owners(
        measure: Annotated[str, Query(min_length=1, max_length=200, description="id, number or heading words",
                                      examples=["十七"])],
        policy: Annotated[str, Query(max_length=200, description="policy id, year or title words",
                                     examples=["2026"])] = "",
        as_of: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="answer as on this date (YYYY-MM-DD): only measures in force then",
                                           examples=["2024-06-01"])] = None,
    ) -> Any:
        return await read(queries.owners, measure, policy, as_of)

    @app.get("/impact", response_model=schemas.ImpactOut, response_model_exclude_unset=True,
             responses=ERRORS, tags=["graph"], summary="Paths from an entity to a label or another entity",
             description=("Shortest first, a page at a time (`offset + limit` at most "
                          f"{queries.MAX_PATH_WINDOW}). The search stops at a budget of steps and time: "
                          "`truncated: true` then says longer or further paths may exist — add `to` or "
                          "lower `max_hops` to ask a narrower question."))
    async def impact(
        from_: Annotated[str, Query(alias="from", min_length=1, max_length=200, description="entity id or name",
                                    examples=["district-yizhuang"])],
        to: Annotated[str | None, Query(max_length=200, description="a label (District, Product, …) or an entity id/name",
                                        examples=["Product"])] = None,
        max_hops: Annotated[int, Query(ge=1, le=queries.MAX_HOPS)] = 3,
        direction: Annotated[Literal["out", "in", "both"] | None, Query(
            description="follow edges out of, into, or both ways; default `out`, or `in` for an entity no "
                        "relationship starts from (a District: what reaches it)")] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
        offset: Annotated[int, Query(ge=0, le=100_000, description=f"offset + limit at most {queries.MAX_PATH_WINDOW} "
                                                                        "(beyond: 422 naming the limit)")] = 0,
        as_of: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", examples=["2026-05-01"],
                                           description="answer as on this date (YYYY-MM-DD): paths through measures "
                                                       "not in force then are left out")] = None,
    ) -> Any:
        # in a worker thread, few at a time: a large page costs ~0.1 s even with its budget (api/impact_json.py)
        return await impact_gate.answer(st, from_, to or None, max_hops, limit, offset, direction, as_of)

    @app.get("/entities", response_model=list[schemas.SearchHit], responses=ERRORS, tags=["graph"],
             summary="Search entities by name or alias (either script)")
    def entities(
        q: Annotated[str, Query(min_length=1, max_length=200, examples=["亦莊"])],
        label: Annotated[Literal[LABELS] | None, Query(description="only this label")] = None,  # type: ignore[valid-type]
        limit: Annotated[int, Query(ge=1, le=500)] = 20,
    ) -> list:
        return queries.search(st(), q, label, limit)

    @app.get("/overview", tags=["graph"], summary="Policies with their measure counts, the busiest places, counts")
    def overview_() -> dict:
        return queries.overview(st())

    @app.get("/conflicts", tags=["graph"], responses=ERRORS,
             summary="Facts on which documents disagree, most authoritative value first",
             description=("A park's area, a fund's size, a founding year, where something is: each value with its "
                          "sources (document, source_kind, quote). Nested or overlapping places are not conflicts."))
    def conflicts_(
        entity: Annotated[str | None, Query(max_length=200, description="only this entity id",
                                            examples=["platform-biopark"])] = None,
    ) -> dict:
        from medgraph import conflicts as cf

        return cf.conflicts(st(), entity)

    @app.get("/entities/{id}", response_model=schemas.EntityOut, response_model_exclude_unset=True,
             responses=ERRORS, tags=["graph"], summary="One entity with its relationships, evidence and degree")
    def entity(id: Annotated[str, Path(description="entity id", examples=["district-yizhuang"])]) -> dict:
        return queries.entity(st(), id)

    @app.get("/graph/neighborhood/{id}", response_model=schemas.NeighborhoodOut, response_model_exclude_unset=True,
             responses=ERRORS, tags=["graph"], summary="Nodes within N hops and the edges among them")
    def neighborhood(
        id: Annotated[str, Path(description="entity id", examples=["district-yizhuang"])],
        depth: Annotated[int, Query(ge=1, le=3)] = 1,
        limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    ) -> dict:
        return queries.neighborhood(st(), id, depth=depth, limit=limit)

    # --- Cypher ------------------------------------------------------------------------
    @app.get("/policies/{a}/diff/{b}", response_model=schemas.PolicyDiffOut, responses=ERRORS, tags=["graph"],
             summary="what changed from policy a to policy b (ids, edition years such as 2025, or 'plan')")
    def policy_diff(a: Annotated[str, Path(description="earlier policy: id, year or 'plan'", examples=["plan"])],
                    b: Annotated[str, Path(description="later policy: id, year or 'plan'", examples=["2026"])]) -> dict:
        from medgraph import editions

        return editions.diff(st(), a, b)

    @app.post("/cypher", response_model=schemas.CypherOut, tags=["cypher"],
              summary="Run a read-only Cypher query (Neo4j store)",
              responses={403: {"model": schemas.ErrorResponse, "description": "not a read over the graph: a write, "
                                                                             "LOAD CSV, a procedure outside the allow-list, "
                                                                             "an admin command, USE, IN TRANSACTIONS"},
                         408: {"model": schemas.ErrorResponse, "description": "ran longer than MEDGRAPH_CYPHER_TIMEOUT"},
                         422: {"model": schemas.ErrorResponse, "description": "not valid Cypher, a parameter is missing, "
                                                                             "or more memory than one query may use"},
                         429: {"model": schemas.ErrorResponse, "description": "MEDGRAPH_CYPHER_CONCURRENCY queries "
                                                                             "are running; retry after Retry-After"},
                         501: {"model": schemas.ErrorResponse, "description": "the embedded store has no Cypher"},
                         503: {"model": schemas.ErrorResponse, "description": "Neo4j is down or busy; retry after Retry-After"}},
              description=(
                  "Decided by the database: the query is first `EXPLAIN`ed in a READ transaction and runs only "
                  "when the server classifies it as a read whose plan uses graph-read operators only (no LOAD CSV, "
                  "no administration commands, no USE; procedures only db.labels, db.relationshipTypes, "
                  "db.propertyKeys, db.schema.*), else 403. It then runs in that READ transaction with a "
                  "server-side timeout (MEDGRAPH_CYPHER_TIMEOUT seconds, 408 past it), never retried. The answer "
                  "holds at most MEDGRAPH_CYPHER_MAX_ROWS rows and MEDGRAPH_CYPHER_MAX_BYTES bytes of rows: "
                  "`truncated` and `truncated_reason` say when and why it stopped. At most "
                  "MEDGRAPH_CYPHER_CONCURRENCY queries run at once (429 with Retry-After beyond)."))
    async def cypher(body: Annotated[schemas.CypherIn, Body()]) -> Response:
        s = holder.store if holder.store is not None else await run_in_threadpool(st)
        driver = getattr(s, "driver", None)
        if driver is None:
            raise HTTPError(501, f"the {getattr(s, 'name', 'current')} store has no Cypher. {NEO4J_HINT}")
        why = refusal(body.query)  # a fast first filter only: the plan check in the runner decides
        if why:
            raise HTTPError(403, why)
        data = await cypher_runner.run(driver, getattr(s, "database", None), body.query, body.params)
        return Response(content=data, media_type="application/json")

    @app.get("/ask", tags=["ask"], responses=ERRORS,
             summary="A question in Chinese (either script), answered without a language model",
             description=("Maps the question onto one of the service's queries. Answers `{question, interpretation, "
                          "answer, evidence, query}`: `answer` is exactly the JSON of the endpoint it maps to, `query` "
                          "the named Cypher query and parameters (GET /queries). Not understood: 422 with what was "
                          "understood and example questions; an ambiguous measure: `answer.candidates`, as /owners. "
                          "`certain` is true only when the question mapped unambiguously and the answer rests on "
                          "explicit text or catalog facts; `certainty` says why not (mapping / facts, reasons, "
                          "candidates with scores)."))
    def ask_(
        q: Annotated[str, Query(min_length=1, max_length=300, examples=["手术机器人入院由哪个部门牵头？"])],
        as_of: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", examples=["2026-05-01"])] = None,
    ) -> Any:
        from medgraph import ask as asking

        try:
            return JSONResponse(asking.ask(st(), q, as_of))
        except asking.NotUnderstood as exc:
            return JSONResponse({"error": exc.message, "close_matches": exc.understood.get("close", []),
                                 "understood": exc.understood, "examples": exc.examples}, status_code=422)

    # --- named queries (cypher/*.cypher with a header) ---------------------------------
    @app.get("/queries", tags=["cypher"], summary="The named researcher queries: title, description, parameters")
    def named_queries_list() -> list:
        from medgraph import named_queries as nq

        return [q.listing() for q in nq.catalogue().values()]

    @app.post("/queries/{name}", tags=["cypher"], responses=ERRORS,
              summary="Run a named query with parameters (Neo4j; the embedded store answers through its functions)",
              description=("Body: a JSON object of the query's parameters (see GET /queries). On Neo4j the query's "
                           "Cypher runs read-only with the /cypher limits and answers `{columns, rows, truncated}`; "
                           "on the embedded store a query with a store function answers `{answer}`, the others 501."))
    def named_query_run(
        name: Annotated[str, Path(max_length=100, description="a query name from GET /queries", examples=["owner_of_measure"])],
        params: Annotated[dict[str, Any], Body(examples=[{"policy": "policy-bj-measures-2026", "number": 17}])] = {},  # noqa: B006
    ) -> dict:
        from medgraph import named_queries as nq

        try:
            q = nq.get(name)
        except KeyError:
            raise HTTPError(404, f"no named query {name!r}; GET /queries lists them",
                            [{"id": n, "name": x.title} for n, x in nq.catalogue().items()]) from None
        try:
            typed = q.coerce(params or {})
        except nq.QueryError as exc:
            raise HTTPError(422, str(exc)) from None
        s = st()
        driver = getattr(s, "driver", None)
        if driver is not None:
            out = _run_cypher(driver, getattr(s, "database", None), q.text, typed, settings)
            return {"name": name, "params": typed, "answered_by": "cypher", **out}
        fn = nq.EMBEDDED.get(name)
        if fn is None:
            raise HTTPError(501, f"the {getattr(s, 'name', 'current')} store cannot run {name}. {NEO4J_HINT}")
        try:
            answer = fn(s, typed)
        except nq.QueryError as exc:
            raise HTTPError(422, str(exc)) from None
        return {"name": name, "params": typed, "answered_by": f"the {s.name} store's functions", "answer": answer}

    # --- writes ------------------------------------------------------------------------
    def require_token(request: Request) -> None:
        if not settings.api_token:
            raise HTTPError(403, WRITES_DISABLED)
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), settings.api_token.encode()):
            raise HTTPError(401, "missing or wrong API token: send `Authorization: Bearer <MEDGRAPH_API_TOKEN>`",
                            headers={"WWW-Authenticate": "Bearer"})

    upload_body = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
        "type": "object", "required": ["file"],
        "properties": {"file": {"type": "string", "format": "binary",
                                "description": "a policy document: .txt, .md, .html, .pdf or .docx"}}}}}}}

    @app.post("/documents", response_model=schemas.UploadOut, tags=["documents"], openapi_extra=upload_body,
              summary="Upload a document: read, extract, add to the graph (as `medgraph load` does)",
              description=(
                  "The document goes through the same pipeline as `medgraph load` (bundled manifest, "
                  "editions links recomputed). Its id comes from the file name's stem; a different "
                  "document already loaded under that id is not replaced (409) unless `replace=true`."),
              responses={**WRITE_ERRORS,
                         400: {"model": schemas.ErrorResponse, "description": "the file cannot be read, or the jurisdiction is unknown (reason given)"},
                         409: {"model": schemas.ErrorResponse,
                               "description": "another document with the same id (file stem) is loaded"},
                         413: {"model": schemas.ErrorResponse, "description": "larger than MEDGRAPH_MAX_UPLOAD_BYTES"},
                         422: {"model": schemas.ErrorResponse, "description": "no file in the `file` field"}})
    async def upload(request: Request, replace: Annotated[bool, Query(
            description="replace a different document already loaded under the same id")] = False,
            source_kind: Annotated[Literal["official", "interpretation", "news", "analysis"] | None, Query(
                description="what kind of source the document is; default: inferred from the text "
                            "(the inference is kept beside the given kind)")] = None,
            jurisdiction: Annotated[str | None, Query(
                max_length=40,
                description="the place the document belongs to (上海市, 广东省, 十堰市, 国家), for texts that "
                            "never name their own: resolves 市科技局 and the like only when the text names no "
                            "place itself")] = None) -> dict:
        require_token(request)
        from medgraph.extract.given_place import UnknownJurisdiction, normalize

        try:
            normalize(jurisdiction)
        except UnknownJurisdiction as exc:
            raise HTTPError(400, str(exc))
        try:
            form = await request.form(max_files=1, max_fields=10)
        except Exception as exc:
            raise HTTPError(422, f"expected a multipart/form-data body with the document in the field 'file' ({exc})")
        try:
            upload = form.get("file")
            if upload is None or isinstance(upload, str) or not hasattr(upload, "read"):
                raise HTTPError(422, "upload the document as a file in the multipart field 'file'")
            filename = upload.filename or "upload.txt"
            data = await upload.read(settings.max_upload_bytes + 1)
        finally:
            await form.close()
        if len(data) > settings.max_upload_bytes:
            raise HTTPError(413, f"{filename} is larger than the upload limit of {settings.max_upload_bytes} bytes "
                                 "(MEDGRAPH_MAX_UPLOAD_BYTES)")
        return await run_in_threadpool(_ingest, holder, data, filename, replace, source_kind, jurisdiction)

    @app.delete("/documents/{id}", response_model=schemas.UnloadOut, tags=["documents"],
                responses={**WRITE_ERRORS, 404: ERRORS[404],
                           409: {"model": schemas.ErrorResponse,
                                 "description": "a pseudo-document (catalog, editions): not removable"}},
                summary="Remove a document and whatever only it supported (as `medgraph unload` does)")
    def delete_document(request: Request, id: Annotated[str, Path(description="document id from POST /documents or /health")]) -> dict:
        require_token(request)
        from medgraph import pipeline

        s = st()
        try:
            with holder.write_lock:
                out = pipeline.unload(s, id, settings=settings)
        except pipeline.NotLoaded as exc:
            raise HTTPError(404, str(exc), [{"id": k} for k in exc.known[:20]])
        except pipeline.UnloadRefused as exc:
            raise HTTPError(409, str(exc))
        except pipeline.LoadAborted as exc:
            raise StoreUnavailable(str(exc)) from exc
        return {"document": out["document"], "removed": out["removed"]}

    app.include_router(_browse_router())
    return app


def _ingest(holder: _StoreHolder, data: bytes, filename: str, replace: bool = False,
            source_kind: str | None = None, jurisdiction: str | None = None) -> dict:
    """An upload through the one ingest path (``pipeline.load``), answered as UploadOut."""
    from medgraph import pipeline

    s = holder.get()
    try:
        with holder.write_lock:
            report = pipeline.load(s, [pipeline.Upload(filename, data, source_kind, jurisdiction)], workers=1, replace=replace,
                                   settings=holder.settings)
    except pipeline.LoadAborted as exc:
        raise StoreUnavailable(str(exc)) from exc
    if report.failed:
        (_, reason), = report.failed
        if report.conflicts:
            raise HTTPError(409, f"{filename}: {reason} (or upload again with ?replace=true)")
        if report.unreadable:
            raise HTTPError(400, f"cannot read {filename}: {reason}")
        raise HTTPError(500, f"could not add {filename}: {reason}; please report it with the file")
    if report.unchanged:
        return {"document": report.unchanged[0], "filename": filename, "unchanged": True,
                "counts": {"nodes": 0, "edges": 0, "labels": {}, "types": {}}, "warnings": []}
    doc_id = report.loaded[0]
    return {"document": doc_id, "filename": filename, "unchanged": False,
            "counts": report.extracted[doc_id], "warnings": list(report.warnings)}


def _run_cypher(driver: Any, database: str | None, text: str, params: dict, settings: Settings) -> dict:
    """A named query (POST /queries/{name}) with the same checks and limits as POST /cypher (plan
    check, READ transaction, time, row and byte caps), as a dict; refusals raise CypherRefused."""
    return json.loads(run_query(driver, database, text, params, settings))
