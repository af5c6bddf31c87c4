"""POST /cypher: decided by the server's EXPLAIN plan (the text filter only answers the obvious
cases first), row-, byte- and time-limited on Neo4j; 501 with directions on the embedded store.
The attacks of issue 13 are replayed against a real server in tests/reliability/test_attack_cypher.py."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from medgraph.api.cypher_guard import plan_refusal, refusal, strip_comments

YIZHUANG = "district-yizhuang"


# --- the text check (no server needed) -----------------------------------------------------
@pytest.mark.parametrize("query", [
    "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "load csv with headers from 'http://x' as row return row",
    "LOAD/* hidden */CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "LOAD // line comment\n CSV FROM 'file:///x' AS l RETURN l",
    "CALL dbms.components()",
    "CALL `dbms`.`components`()",
    "CALL DBMS . components() YIELD name RETURN name",
    "// harmless?\nCALL dbms.listConfig()",
    "RETURN apoc.version()",
    "CALL apoc.cypher.run('CREATE (n)', {})",
    "CALL { MATCH (n) SET n.x = 1 } IN TRANSACTIONS OF 10 ROWS",
    "MATCH (n) CALL (n) { SET n.y = 2 } IN CONCURRENT TRANSACTIONS",
    "RETURN '//' + 'x' AS s LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "USE system SHOW USERS",
    "SHOW DATABASES",
])
def test_refused_before_sending(query):
    assert refusal(query), query


@pytest.mark.parametrize("query", [
    "MATCH (m:Measure) RETURN m.name AS name LIMIT 5",
    "MATCH (b {id: $id})-[r]->(m) RETURN type(r) AS t, m.name AS name",
    "MATCH (n) // nodes, not apoc\nRETURN count(n) AS n",
    "MATCH (n) /* no dbms. here */ RETURN n.id AS id LIMIT 1",
    "MATCH (user:Bureau) RETURN user.name AS name",
])
def test_reads_pass_the_text_check(query):
    assert refusal(query) is None, query


@pytest.mark.parametrize("query,what", [
    # issue 13: deleting backticks glued the keyword to the next word (``calldbms``)
    ("CALL`dbms`.listConfig()", "dbms.*"),
    ("CALL`db`.clearQueryCaches()", "db.* maintenance"),
    ("USE`neo4j`SHOW TRANSACTIONS", "USE"),
    ("WITH 1 AS `x`LOAD CSV FROM 'file:///x.csv' AS l RETURN l", "LOAD CSV"),
    ("MATCH (n) RETURN n UNION USE neo4j MATCH (n) RETURN n", "USE"),
])
def test_backticks_are_word_boundaries(query, what):
    assert what in (refusal(query) or ""), query


def test_strip_comments_pads_backticked_names():
    assert strip_comments("CALL`dbms`.listConfig()") == "CALL dbms .listConfig()"
    assert strip_comments("MATCH (`a``b`)") == "MATCH ( a`b )"
    assert refusal("MATCH (n:`use`) RETURN n.`load` AS csv") is None


def test_strip_comments_keeps_strings():
    assert strip_comments("RETURN '/* not a comment */' AS s // gone") .strip() == "RETURN '/* not a comment */' AS s"
    assert "gone" not in strip_comments("MATCH (n) /* gone */ RETURN n")
    assert strip_comments("RETURN 'it\\'s' // x") .strip() == "RETURN 'it\\'s'"


# --- the plan check (the defence; plans as the server sends them) ------------------------------
def _plan(*ops: str, details: str = "") -> dict:
    """A Bolt plan dict: ProduceResults over the given operators, innermost last."""
    node: dict = {}
    for op in reversed(ops):
        node = {"operatorType": f"{op}@neo4j", "args": {"Details": details} if op == "ProcedureCall" else {},
                "children": [node] if node else []}
    return {"operatorType": "ProduceResults@neo4j", "args": {}, "children": [node] if node else []}


@pytest.mark.parametrize("qtype,plan,expected", [
    ("r", _plan("Limit", "Expand(All)", "NodeByLabelScan"), None),
    ("r", _plan("Projection", "VarLengthExpand(All)", "AllNodesScan"), None),
    ("r", _plan("EagerAggregation", "NodeIndexSeek"), None),
    ("r", _plan("ProcedureCall", details="db.labels() :: (label :: STRING)"), None),
    ("r", _plan("ProcedureCall", details="db.schema.visualization() :: (nodes :: LIST<NODE>)"), None),
    ("r", _plan("LoadCSV", "Projection"), "LOAD CSV"),
    ("s", _plan("ProcedureCall", details="dbms.listConfig() :: (name :: STRING)"), "procedure dbms.listConfig"),
    ("s", _plan("ProcedureCall", details="db.clearQueryCaches() :: (value :: STRING)"), "procedure db.clearQueryCaches"),
    ("r", _plan("ProcedureCall", details="db.labelsX() :: (label :: STRING)"), "procedure db.labelsX"),
    ("r", _plan("ShowTransactions"), "administration commands"),
    ("r", _plan("TerminateTransactions"), "administration commands"),
    ("r", _plan("ShowSettings"), "administration commands"),
    ("r", _plan("TransactionApply", "EmptyRow", "AllNodesScan"), "IN TRANSACTIONS"),
    ("r", _plan("SomeOperatorFromNeo4j6"), "the plan operator SomeOperatorFromNeo4j6"),
    ("w", _plan("EmptyResult", "Create"), "writes"),
    ("rw", _plan("Filter", "AllNodesScan"), "read-write"),
    ("s", _plan("Filter", "AllNodesScan"), "schema change"),
])
def test_plan_refusal(qtype, plan, expected):
    why = plan_refusal(qtype, plan, "neo4j", "neo4j")
    if expected is None:
        assert why is None, why
    else:
        assert why and why.startswith("refused:") and expected in why, why


def test_plan_refusal_names_the_allowed_procedures_and_the_database():
    why = plan_refusal("s", _plan("ProcedureCall", details="dbms.killConnection(id :: STRING) :: (x :: STRING)"))
    assert why == ("refused: the procedure dbms.killConnection is not allowed through the API; only the read-only "
                   "introspection procedures db.labels, db.relationshipTypes, db.propertyKeys, db.schema.* are")
    assert "USE" in plan_refusal("r", _plan("AllNodesScan"), "system", "neo4j")
    assert plan_refusal("r", _plan("AllNodesScan"), "neo4j", None) is None
    assert plan_refusal("r", None) and plan_refusal("r", {})


def test_neo4j_errors_never_show_server_paths():
    from neo4j.exceptions import Neo4jError

    from medgraph.api.neo4j_errors import classify, scrub

    assert scrub("at file:/var/lib/neo4j/import/x.csv, /home/u/.neo4j/import/y.csv and C:\\n\\i.csv; a/b 1/2") == \
        "at <server path>, <server path> and <server path>; a/b 1/2"
    cases = [
        ("Neo.ClientError.Statement.ExternalResourceFailed", "Couldn't load the external resource at: "
         "file:/srv/neo4j/import/secret.csv", 403),
        ("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "terminated", 408),
        ("Neo.TransientError.General.MemoryPoolOutOfMemoryError", "The allocation of an extra 2.0 MiB would use "
         "more than the limit 256.0 MiB. db.memory.transaction.max threshold reached", 422),
        ("Neo.TransientError.General.MemoryPoolOutOfMemoryError", "db.memory.transaction.total.max threshold reached", 503),
        ("Neo.TransientError.General.OutOfMemoryError", "Java heap space", 503),
        ("Neo.TransientError.Transaction.Terminated", "The transaction has been terminated.", 503),
        ("Neo.ClientError.Statement.SyntaxError", "Invalid input ')'", 422),
        ("Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed", 403),
        ("Neo.DatabaseError.General.UnknownError", "boom at /opt/neo4j/lib/x.jar", 503),
    ]
    for code, message, status in cases:
        answer = classify(Neo4jError._hydrate_neo4j(code=code, message=message))
        assert answer.status == status, (code, answer)
        assert "/srv/" not in answer.message and "/opt/" not in answer.message, answer.message
        assert (answer.headers.get("Retry-After") is not None) == (status == 503), (code, answer)


# --- the endpoint ----------------------------------------------------------------------------
def test_embedded_store_answers_501_with_directions(client, backend):
    if backend != "embedded":
        pytest.skip("embedded store only")
    r = client.post("/cypher", json={"query": "MATCH (n) RETURN n LIMIT 1"})
    assert r.status_code == 501, r.text
    msg = r.json()["error"]
    assert "medgraph.neo4j_local start" in msg and "docker compose up -d neo4j" in msg and "MEDGRAPH_STORE=neo4j" in msg


@pytest.fixture()
def neo(client, backend):
    if backend != "neo4j":
        pytest.skip("needs the Neo4j store")
    return client


def test_read_with_parameters(neo):
    r = neo.post("/cypher", json={"query": "MATCH (n {id: $id}) RETURN n.name AS name", "params": {"id": YIZHUANG}})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["columns"] == ["name"]
    assert body["rows"] == [{"name": neo.get(f"/entities/{YIZHUANG}").json()["name"]}]
    assert body["truncated"] is False


@pytest.mark.parametrize("query", [
    "CREATE (n)",
    "CREATE (n:Intruder {id: 'x'}) RETURN n",
    "MATCH (n) WITH n LIMIT 1 SET n.hacked = true",
    "MATCH (n {id: 'district-yizhuang'}) DETACH DELETE n",
    "MERGE (n:Intruder {id: 'y'})",
    "CALL { CREATE (:Intruder) } RETURN 1 AS one",
])
def test_writes_are_refused_by_the_server(neo, query):
    r = neo.post("/cypher", json={"query": query})
    assert r.status_code == 403, r.text
    assert r.json()["error"]
    check = neo.post("/cypher", json={"query": "MATCH (n) WHERE n:Intruder OR n.hacked IS NOT NULL RETURN count(n) AS c"})
    assert check.json()["rows"] == [{"c": 0}]
    assert neo.get(f"/entities/{YIZHUANG}").status_code == 200


@pytest.mark.parametrize("query", [
    "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "CALL dbms.components()",
    "CALL dbms.components() YIELD name RETURN name",
])
def test_outside_the_graph_is_refused(neo, query):
    r = neo.post("/cypher", json={"query": query})
    assert r.status_code == 403, r.text
    # the standard error answer and nothing else: no rows, no columns, no file content
    body = r.json()
    assert set(body) == {"error", "close_matches"} and body["error"].strip(), body
    assert "root:" not in r.text and "Neo4j Kernel" not in r.text


def test_row_cap_is_honoured(loaded, backend):
    if backend != "neo4j":
        pytest.skip("needs the Neo4j store")
    from medgraph.api.app import create_app

    store, settings = loaded
    capped = TestClient(create_app(store, settings.model_copy(update={"cypher_max_rows": 5})))
    over = capped.post("/cypher", json={"query": "UNWIND range(1, 50) AS i RETURN i"}).json()
    assert [r["i"] for r in over["rows"]] == [1, 2, 3, 4, 5]
    assert over["truncated"] is True and over["max_rows"] == 5
    exact = capped.post("/cypher", json={"query": "UNWIND range(1, 5) AS i RETURN i"}).json()
    assert len(exact["rows"]) == 5 and exact["truncated"] is False


def test_byte_cap_is_honoured(loaded, backend):
    if backend != "neo4j":
        pytest.skip("needs the Neo4j store")
    import json

    from medgraph.api.app import create_app

    store, settings = loaded
    capped = TestClient(create_app(store, settings.model_copy(update={"cypher_max_bytes": 2048})))
    r = capped.post("/cypher", json={"query": "UNWIND range(10, 99) AS i RETURN i, $s AS s", "params": {"s": "数" * 40}})
    body = r.json()
    row = json.dumps({"i": 10, "s": "数" * 40}, ensure_ascii=False, separators=(",", ":")).encode()
    assert len(row) == 135  # 40 × 3 bytes of 数 + 15
    assert body["row_count"] == 2048 // (135 + 1) == 15 and [x["i"] for x in body["rows"]] == list(range(10, 25))
    assert body["truncated"] is True and body["max_bytes"] == 2048
    assert body["truncated_reason"].startswith("the rows reached the answer's size cap of 2048 bytes (MEDGRAPH_CYPHER_MAX_BYTES) after 15 rows")
    small = capped.post("/cypher", json={"query": "UNWIND range(10, 13) AS i RETURN i"}).json()
    assert small["truncated"] is False and small["truncated_reason"] is None and small["row_count"] == 4


def test_timeout_is_enforced_by_the_server(loaded, backend):
    if backend != "neo4j":
        pytest.skip("needs the Neo4j store")
    from medgraph.api.app import create_app

    store, settings = loaded
    quick = TestClient(create_app(store, settings.model_copy(update={"cypher_timeout_s": 0.5})))
    r = quick.post("/cypher", json={"query": "UNWIND range(1, 2000000000) AS i WITH i WHERE i < 0 RETURN count(i) AS c"})
    assert r.status_code == 408, r.text


def test_bad_cypher_is_422(neo):
    r = neo.post("/cypher", json={"query": "MATCH (n RETURN n"})
    assert r.status_code == 422, r.text
    assert r.json()["error"]


def test_empty_query_is_422(client):
    assert client.post("/cypher", json={"query": ""}).status_code == 422
    assert client.post("/cypher", json={"params": {}}).status_code == 422
