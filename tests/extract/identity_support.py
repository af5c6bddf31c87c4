"""Shared helper for the own-number tests: the number a text gives as its own, with its span
checked against the source text (the span quotes the number as written, spaces aside)."""

from __future__ import annotations

from medgraph.extract.identity import own_number


def own(text: str) -> str:
    number, span = own_number(text)
    if number:
        assert span is not None
        assert text[span[0]:span[1]].replace(" ", "") == number
    return number
