"""Security headers: ``nosniff`` on every response; on every HTML page a Content-Security-Policy
that lets the page run only its own files and its own inline code, and frame protection.

Why computed per page: the pages medgraph serves (the browse page, the pyvis views, Swagger
UI at /docs) carry a few inline ``<script>``/``<style>`` blocks and ``style="…"`` attributes
written by the server. Allowing inline code wholesale ('unsafe-inline') would let any
injected markup run; listing the SHA-256 of exactly the inline code the server wrote allows
that code and nothing else. So HTML responses are read whole here (they are small, and only
HTML is buffered), their inline code hashed, and the policy built from the hashes:

    default-src 'self'; script-src 'self' 'sha256-…'; style-src 'self' 'unsafe-hashes' 'sha256-…';
    img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self';
    form-action 'self'; frame-ancestors 'none'

('unsafe-hashes' only appears when the page has ``style="…"`` attributes: it lets exactly
those hashed attribute values apply.) Frames: ``X-Frame-Options: DENY`` and
``frame-ancestors 'none'``, except for the pages the browse page itself shows in its frame
(``/viz/…``): ``SAMEORIGIN`` / ``'self'``. A plain ASGI middleware (no per-request task).
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from typing import Any

_SCRIPT = re.compile(rb"<script\b(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script\s*>", re.S | re.I)
_STYLE = re.compile(rb"<style\b[^>]*>(.*?)</style\s*>", re.S | re.I)
_STYLE_ATTR = re.compile(rb"""\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_HANDLER_ATTR = re.compile(rb"""\son[a-z]+\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_TAG = re.compile(rb"<[a-zA-Z][^>]*>")


def _sha(data: bytes) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode() + "'"


def _attr_values(pattern: re.Pattern[bytes], page: bytes) -> list[bytes]:
    """Attribute values as the browser hashes them: entity-decoded, taken from tags only
    (not from the text of scripts)."""
    out = []
    bare = _SCRIPT.sub(b"", page)
    for tag in _TAG.findall(bare):
        for m in pattern.finditer(tag):
            raw = m.group(1) if m.group(1) is not None else m.group(2)
            out.append(html.unescape(raw.decode("utf-8", "replace")).encode())
    return out


def content_security_policy(page: bytes, framed_by_self: bool = False) -> str:
    """The policy for one HTML page: its own files, and its inline code by hash."""
    scripts = [_sha(s) for s in _SCRIPT.findall(page)]
    handlers = [_sha(v) for v in _attr_values(_HANDLER_ATTR, page)]
    styles = [_sha(s) for s in _STYLE.findall(page)]
    style_attrs = [_sha(v) for v in _attr_values(_STYLE_ATTR, page)]
    script_src = ["'self'", *(["'unsafe-hashes'"] if handlers else []), *dict.fromkeys(scripts + handlers)]
    style_src = ["'self'", *(["'unsafe-hashes'"] if style_attrs else []), *dict.fromkeys(styles + style_attrs)]
    return "; ".join([
        "default-src 'self'",
        "script-src " + " ".join(script_src),
        "style-src " + " ".join(style_src),
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors " + ("'self'" if framed_by_self else "'none'"),
    ])


class SecurityHeaders:
    """ASGI middleware adding the headers above; ``framed_prefixes``: paths whose pages the
    site frames itself (same-origin framing allowed there, nowhere else)."""

    def __init__(self, app: Any, framed_prefixes: tuple[str, ...] = ("/viz/",)):
        self.app, self.framed_prefixes = app, framed_prefixes

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        framed = scope.get("path", "").startswith(self.framed_prefixes)
        start: dict | None = None
        chunks: list[bytes] = []

        async def wrapped(msg: dict) -> None:
            nonlocal start
            if msg["type"] == "http.response.start":
                headers = [(k, v) for k, v in msg.get("headers", ()) if k.lower() != b"x-content-type-options"]
                headers.append((b"x-content-type-options", b"nosniff"))
                ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                msg = {**msg, "headers": headers}
                if not ctype.lower().startswith(b"text/html"):
                    return await send(msg)
                start = msg  # an HTML page: hold it until the body is whole, to hash its inline code
                return None
            if start is None or msg["type"] != "http.response.body":
                return await send(msg)
            chunks.append(msg.get("body", b""))
            if msg.get("more_body", False):
                return None
            page = b"".join(chunks)
            csp = content_security_policy(page, framed)
            headers = [(k, v) for k, v in start["headers"]
                       if k.lower() not in (b"content-security-policy", b"x-frame-options", b"referrer-policy")]
            headers += [(b"content-security-policy", csp.encode()),
                        (b"x-frame-options", b"SAMEORIGIN" if framed else b"DENY"),
                        (b"referrer-policy", b"no-referrer")]
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": page, "more_body": False})

        await self.app(scope, receive, wrapped)
