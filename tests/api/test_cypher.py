"""POST /cypher: read-only, refused before sending when it reaches outside the graph,
row-capped and time-limited on Neo4j; 501 with directions on the embedded store."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from medgraph.api.cypher_guard import refusal, strip_comments

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


def test_strip_comments_keeps_strings():
    assert strip_comments("RETURN '/* not a comment */' AS s // gone") .strip() == "RETURN '/* not a comment */' AS s"
    assert "gone" not in strip_comments("MATCH (n) /* gone */ RETURN n")
    assert strip_comments("RETURN 'it\\'s' // x") .strip() == "RETURN 'it\\'s'"


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
