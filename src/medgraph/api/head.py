"""``HEAD`` answered wherever ``GET`` is: the GET answer's status and headers, no body.

Why a middleware: FastAPI registers ``@app.get`` routes for GET only, so ``HEAD /`` was a
405, and link checkers, monitors and ``curl -I`` saw a broken site. Running the GET route
and dropping its body gives every route, present and future, the same answer (RFC 9110
§9.3.2), ``Content-Length`` included. A path without GET still answers 405.
"""

from __future__ import annotations

from typing import Any


class HeadAsGet:
    """ASGI middleware: a HEAD request runs as GET and its response body is not sent."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method") != "HEAD":
            return await self.app(scope, receive, send)

        async def headers_only(msg: dict) -> None:
            if msg["type"] == "http.response.body":
                if not msg.get("more_body", False):
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            await send(msg)

        await self.app({**scope, "method": "GET"}, receive, headers_only)
