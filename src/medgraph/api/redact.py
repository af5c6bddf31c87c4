"""Server filesystem paths out of error messages: a path under a folder of this server keeps
its file name only.

Why: error messages are written for a person (``cannot read the graph file …/graph.pkl``,
``lock …/graph.lock is held``), and the stores put the full path in them, which is right on
the command line and wrong over HTTP: it tells any caller where the service's data,
packages and home folder live. Only paths under the server's own folders (data directory,
installed package and assets, Python prefix, home, temp, working directory) are shortened,
so request paths quoted back in a message (``no such endpoint '/entities/x'``) stay intact.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from functools import lru_cache
from pathlib import Path, PureWindowsPath


def _forms(p: str | os.PathLike | None) -> set[str]:
    if not p:
        return set()
    out = {str(p).rstrip("/\\")}
    try:
        out.add(str(Path(p).resolve()).rstrip("/\\"))
    except OSError:
        pass
    # "/" or a drive root would match every absolute path, request paths included
    return {f for f in out if f and len(Path(f).parts) > 1}


_EXTRA: set[str] = set()


def add_root(path: str | os.PathLike | None) -> None:
    """Also shorten paths under ``path`` (an app's data directory, given at create_app)."""
    new = _forms(path) - _EXTRA
    if new:
        _EXTRA.update(new)
        _pattern.cache_clear()


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str] | None:
    import medgraph

    roots: set[str] = set(_EXTRA)
    for p in (Path(medgraph.__file__).parent.parent, sys.prefix, sys.base_prefix, sys.exec_prefix,
              Path.home(), tempfile.gettempdir(), os.getcwd()):
        roots |= _forms(p)
    try:
        from medgraph.resources import asset_dir

        for name in ("graph", "loaders", "cypher", "viz"):
            roots |= _forms(asset_dir(name).parent)
    except Exception:  # noqa: BLE001 - a missing asset folder must not break error answers
        pass
    if not roots:
        return None
    alts = "|".join(re.escape(r) for r in sorted(roots, key=len, reverse=True))
    return re.compile(rf"(?:{alts})(?:[/\\][^\s'\"<>|]*)?")


def redact(message: str) -> str:
    """``message`` with every path under a server folder replaced by its file name."""
    pat = _pattern()
    if pat is None or not message:
        return message
    return pat.sub(lambda m: PureWindowsPath(m.group(0).rstrip("/\\")).name or "(server path)", message)
