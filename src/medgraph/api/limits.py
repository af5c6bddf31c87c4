"""Request bodies are counted while they arrive and refused (413) the moment they pass their cap.

Why here, in plain ASGI, and not in the endpoints: a ``Content-Length`` check alone misses
chunked bodies (a 60 MB chunked POST /cypher was accepted; a 100 MB chunked upload was
written to a temporary file before its 413), and the endpoints only see a body once the
framework has parsed, and for multipart spooled, it. This middleware reads every body first,
keeping it in memory and counting bytes, answers 413 as soon as the count passes the cap of
the endpoint (a declared ``Content-Length`` above it is refused before reading a byte), and
hands the app the whole body only when it is within the cap. So nothing touches the disk
before the check, and no endpoint can forget it.

Caps: uploads (``POST``/``PUT`` under ``/documents``) get ``MEDGRAPH_MAX_UPLOAD_BYTES`` plus
room for the multipart envelope; every other body (``/cypher`` and other JSON) a small cap.
A plain ASGI class, not ``@app.middleware("http")``: BaseHTTPMiddleware costs ~0.1 ms on every
request, and the read endpoints carry no body at all.
"""

from __future__ import annotations

import json
from typing import Any

MULTIPART_ROOM = 64 * 1024  # boundary lines and part headers around an upload of the maximum size
_BODYLESS = ("GET", "HEAD", "OPTIONS")


def _too_large(cap: int, what: str, got: str) -> tuple[dict, dict]:
    body = json.dumps({"error": f"request body too large: {got}, the limit for this endpoint is {cap} bytes{what}",
                       "close_matches": []}).encode()
    start = {"type": "http.response.start", "status": 413,
             "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                         (b"connection", b"close")]}
    return start, {"type": "http.response.body", "body": body, "more_body": False}


class BodyLimit:
    """ASGI middleware: every request body counted against its endpoint's cap (see module doc)."""

    def __init__(self, app: Any, upload_cap: int, json_cap: int, upload_prefix: str = "/documents"):
        self.app, self.upload_cap, self.json_cap, self.upload_prefix = app, upload_cap, json_cap, upload_prefix

    def cap_for(self, method: str, path: str) -> tuple[int, str]:
        """(bytes allowed, the setting that says so) for a request."""
        if method in ("POST", "PUT") and (path == self.upload_prefix or path.startswith(self.upload_prefix + "/")):
            return self.upload_cap + MULTIPART_ROOM, " (MEDGRAPH_MAX_UPLOAD_BYTES plus the multipart envelope)"
        return self.json_cap, ""

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        method = scope.get("method", "GET")
        declared: str | None = None
        chunked = False
        for k, v in scope.get("headers", ()):
            if k == b"content-length":
                declared = v.decode("latin-1").strip()
            elif k == b"transfer-encoding":
                chunked = True
        if method in _BODYLESS and declared in (None, "0") and not chunked:
            return await self.app(scope, receive, send)  # the read path: nothing to count
        cap, what = self.cap_for(method, scope.get("path", ""))
        if declared is not None and declared.isdigit() and int(declared) > cap:
            for msg in _too_large(cap, what, f"Content-Length {int(declared)}"):
                await send(msg)
            return
        chunks: list[bytes] = []
        total = 0
        while True:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return  # the client left before finishing its body: nobody to answer
            part = msg.get("body", b"")
            total += len(part)
            if total > cap:
                for out in _too_large(cap, what, f"more than {cap} bytes received"):
                    await send(out)
                return
            chunks.append(part)
            if not msg.get("more_body", False):
                break
        body = b"".join(chunks)
        chunks.clear()
        sent = False

        async def replay() -> dict:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
