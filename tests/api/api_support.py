"""Shared constants and helpers of the API tests (a uniquely named module, importable
from the tests because pytest puts this folder on sys.path)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "loaders" / "corpus"
TOKEN = "api-test-token-3f9a"


def original_text(name: str) -> str:
    """A corpus file exactly as stored (no newline translation): evidence offsets index this."""
    return (CORPUS / name).read_bytes().decode("utf-8-sig")


