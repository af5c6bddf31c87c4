"""``/docs`` (Swagger UI) served from files installed with medgraph: no CDN, works offline.

Why: FastAPI's default /docs page loads Swagger UI's script and stylesheet from a CDN (and
its favicon from another site), so on a machine without internet it is a blank page. The
assets come from the ``fastapi-offline`` distribution (pinned in pyproject.toml), which ships
Swagger UI 5's ``swagger-ui-bundle.js`` / ``swagger-ui.css`` as package data; medgraph only
uses its files, served under ``/static/docs/``, and renders the page with FastAPI's own
``get_swagger_ui_html``. ``/redoc`` sends callers to ``/docs``: ReDoc injects its styles at
run time, which the pages' Content-Security-Policy (no inline styles) does not allow.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse

ASSET_PACKAGE = "fastapi_offline"
STATIC = "/static/docs"
FILES = {"swagger-ui-bundle.js": "application/javascript", "swagger-ui.css": "text/css", "favicon.png": "image/png"}


@lru_cache(maxsize=1)
def asset_dir() -> Path:
    """The folder holding the Swagger UI files of the installed asset package."""
    return Path(str(resources.files(ASSET_PACKAGE).joinpath("static")))


def install(app: FastAPI) -> None:
    """Add /docs, its OAuth2 redirect page, /redoc (→ /docs) and the asset route to ``app``
    (created with ``docs_url=None, redoc_url=None``)."""
    redirect_url = app.swagger_ui_oauth2_redirect_url or "/docs/oauth2-redirect"

    @app.get("/docs", include_in_schema=False)
    def swagger_ui(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_swagger_ui_html(
            openapi_url=f"{root}{app.openapi_url}",
            title=f"{app.title} — API",
            swagger_js_url=f"{root}{STATIC}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{STATIC}/swagger-ui.css",
            swagger_favicon_url=f"{root}{STATIC}/favicon.png",
            oauth2_redirect_url=f"{root}{redirect_url}",
            # no badge fetched from validator.swagger.io
            swagger_ui_parameters={"validatorUrl": None, **(app.swagger_ui_parameters or {})},
        )

    @app.get(redirect_url, include_in_schema=False)
    def swagger_ui_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @app.get("/redoc", include_in_schema=False)
    def redoc(request: Request) -> RedirectResponse:
        return RedirectResponse(f"{request.scope.get('root_path', '')}/docs", status_code=307)

    @app.get(STATIC + "/{name}", include_in_schema=False)
    def docs_asset(name: str):
        if name not in FILES:
            return JSONResponse({"error": f"no docs asset {name!r}; have {', '.join(FILES)}", "close_matches": []},
                                status_code=404)
        path = asset_dir() / name
        if not path.is_file():
            return JSONResponse({"error": f"the Swagger UI files are not installed ({ASSET_PACKAGE} is missing "
                                          f"its static/{name}): reinstall medgraph with `pip install .`",
                                 "close_matches": []}, status_code=503)
        return FileResponse(path, media_type=FILES[name], headers={"Cache-Control": "public, max-age=86400"})
