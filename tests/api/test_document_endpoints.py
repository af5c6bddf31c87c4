"""POST /documents and DELETE /documents/{id}: token-protected writes. Each test
removes what it added, so the shared corpus store is left as it was."""

from __future__ import annotations

from fastapi.testclient import TestClient

# A policy nobody has seen: a notice head and three measures in (一)… style; measure 2
# names its lead explicitly.
TITLE = "昌平区支持合成生物制造中试平台建设若干措施"
HEADING = "建设合成生物制造中试验证平台"
NEW_DOC = f"""关于印发《{TITLE}》的通知
昌经信发〔2027〕9号
各有关单位：
现将《{TITLE}》印发给你们，请认真执行。
2027年5月8日

一、重点任务
（一）培育合成生物菌种设计能力。支持企业开展菌种设计与筛选，形成一批自主知识产权成果。
（二）{HEADING}。在昌平区建设合成生物制造中试验证平台，为企业提供放大工艺验证服务。牵头单位：市经济和信息化局。
（三）完善合成生物人才引进服务。做好高端人才引进服务保障，落实住房和子女入学等支持政策。
""".encode("utf-8")


def _upload(client, data=NEW_DOC, name="changping-synbio-2027.txt", headers=None):
    return client.post("/documents", files={"file": (name, data, "text/plain")}, headers=headers or {})


def test_writes_disabled_without_a_configured_token(readonly_client):
    r = _upload(readonly_client, headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403, r.text
    assert r.json()["error"] == "writes are disabled: set MEDGRAPH_API_TOKEN"
    r = readonly_client.delete("/documents/whatever")
    assert r.status_code == 403
    assert readonly_client.get("/health").json()["writes_enabled"] is False


def test_missing_or_wrong_token_is_401(client):
    assert _upload(client).status_code == 401
    r = _upload(client, headers={"Authorization": "Bearer wrong-token"})
    assert r.status_code == 401, r.text
    assert r.headers.get("www-authenticate") == "Bearer"
    assert _upload(client, headers={"Authorization": "Basic YTpi"}).status_code == 401
    assert client.delete("/documents/whatever", headers={"Authorization": "Bearer wrong"}).status_code == 401
    # nothing was written
    assert client.get("/entities", params={"q": HEADING}).json() == []


def test_upload_then_delete(client, auth):
    before = client.get("/health").json()
    r = _upload(client, headers=auth)
    assert r.status_code == 200, r.text
    up = r.json()
    doc_id = up["document"]
    assert up["filename"] == "changping-synbio-2027.txt"
    assert up["unchanged"] is False
    # what the text states (the remit rule's bureaus for measures 1 and 3 are not pinned here)
    labels, types = up["counts"]["labels"], up["counts"]["types"]
    assert (labels["Policy"], labels["Measure"], labels["District"]) == (1, 3, 1), labels
    assert (types["PART_OF"], types["TARGETS"]) == (3, 1), types
    assert up["counts"]["nodes"] == sum(labels.values()) and up["counts"]["edges"] == sum(types.values())
    try:
        assert doc_id in {d["id"] for d in client.get("/health").json()["documents"]}
        # the new measure is in the graph and answers an owner question
        hits = client.get("/entities", params={"q": HEADING, "label": "Measure"}).json()
        assert hits, "the uploaded measure should be searchable"
        owner = client.get("/owners", params={"measure": HEADING}).json()
        assert owner["measure"] is not None and owner["measure"]["number"] == 2
        text = NEW_DOC.decode("utf-8")
        # 牵头单位：市经济和信息化局 → Beijing's bureau of economy and IT, explicit, quoted exactly
        assert [(o["id"], o["basis"]) for o in owner["lead"]] == [("bureau-bj-economy-it", "explicit")], owner["lead"]
        (ev,) = owner["lead"][0]["evidence"]
        assert (ev["document"], ev["quote"]) == (doc_id, "牵头单位：市经济和信息化局")
        assert text[ev["start"]:ev["end"]] == ev["quote"]
        # the same bytes again change nothing
        again = _upload(client, headers=auth).json()
        assert again["document"] == doc_id and again["unchanged"] is True
    finally:
        d = client.delete(f"/documents/{doc_id}", headers=auth)
    assert d.status_code == 200, d.text
    assert d.json()["document"] == doc_id
    assert d.json()["removed"]["nodes"] > 0
    assert client.get("/entities", params={"q": HEADING, "label": "Measure"}).json() == []
    after = client.get("/health").json()
    assert doc_id not in {x["id"] for x in after["documents"]}
    assert after["counts"] == before["counts"]


def test_delete_unknown_document_is_404(client, auth):
    r = client.delete("/documents/no-such-document", headers=auth)
    assert r.status_code == 404, r.text
    assert r.json()["close_matches"], "the loaded documents are offered"


def test_unreadable_file_is_400_with_name_and_reason(client, auth):
    r = _upload(client, data=b"%PDF-1.4\nthis is not really a pdf\n", name="broken-scan.pdf", headers=auth)
    assert r.status_code == 400, r.text
    msg = r.json()["error"]
    assert "broken-scan.pdf" in msg and len(msg) > len("cannot read broken-scan.pdf: ")


def test_no_file_field_is_422(client, auth):
    r = client.post("/documents", data={"note": "no file"}, headers=auth)
    assert r.status_code == 422, r.text


def test_upload_over_the_limit_is_413(loaded, auth):
    from medgraph.api.app import create_app

    from api_support import TOKEN

    store, settings = loaded
    small = TestClient(create_app(store, settings.model_copy(update={"api_token": TOKEN, "max_upload_bytes": 1000})))
    r = _upload(small, data=NEW_DOC * 5, headers=auth)
    assert r.status_code == 413, r.text
    assert "1000" in r.json()["error"]


def test_upload_states_its_source_kind_and_the_inference_is_kept(client, auth):
    """The uploader says it is a news story; the text reads as an official notice (its own
    发文字号): the given kind wins, the inference stays beside it, and evidence says news."""
    r = client.post("/documents?source_kind=news", files={"file": ("synbio-repost-2027.txt", NEW_DOC, "text/plain")},
                    headers=auth)
    assert r.status_code == 200, r.text
    doc = r.json()["document"]
    try:
        ent = client.get(f"/entities/{doc}").json()
        assert ent["props"]["source_kind"] == "news"
        assert ent["props"]["source_evidence"]["method"] == "upload"
        assert ent["props"]["source_evidence"]["inferred"] == "official"
        bad = client.post("/documents?source_kind=rumour", files={"file": ("x.txt", NEW_DOC, "text/plain")}, headers=auth)
        assert bad.status_code == 422
    finally:
        assert client.delete(f"/documents/{doc}", headers=auth).status_code == 200


# a bureau's measure list that never names its city (the page's site would): ASCII brackets
PLACELESS = """关于支持创新医疗器械加快发展的若干措施

1.支持首台(套)创新医疗器械推广应用,对进入创新通道的产品给予辅导。(牵头单位:市科技局;配合单位:市财政局)
""".encode("utf-8")


def test_upload_with_a_given_jurisdiction_resolves_a_placeless_text_s_bureaus(client, auth):
    """Without ?jurisdiction the text's 市科技局 is nobody's (no owner is guessed); with
    ?jurisdiction=杭州市 it is Hangzhou's, the document records the place as given, and
    re-uploading the same bytes with another place re-extracts instead of answering unchanged."""
    name = "placeless-device-measures.txt"
    r = client.post("/documents", files={"file": (name, PLACELESS, "text/plain")}, headers=auth)
    assert r.status_code == 200, r.text
    doc = r.json()["document"]
    try:
        assert "LEADS" not in r.json()["counts"]["types"]
        r = client.post("/documents?jurisdiction=杭州市",
                        files={"file": (name, PLACELESS, "text/plain")}, headers=auth)
        assert r.status_code == 200, r.text
        assert r.json()["unchanged"] is False and r.json()["counts"]["types"]["LEADS"] == 2
        assert client.get(f"/entities/{doc}").json()["props"]["jurisdiction_given"] == "杭州"
        hits = client.get("/entities", params={"q": "杭州市科学技术局", "label": "Bureau"}).json()
        assert any(h["name"] == "杭州市科学技术局" for h in hits), hits
        again = client.post("/documents?jurisdiction=杭州市", files={"file": (name, PLACELESS, "text/plain")},
                            headers=auth)
        assert again.status_code == 200 and again.json()["unchanged"] is True
        bad = client.post("/documents?jurisdiction=火星市", files={"file": (name, PLACELESS, "text/plain")},
                          headers=auth)
        assert bad.status_code == 400 and "火星市" in bad.json()["error"]
    finally:
        assert client.delete(f"/documents/{doc}", headers=auth).status_code == 200
