"""What the title tests share: a document's own heading read from its normalised text, its span
checked to quote the title as written (line breaks and spaces aside)."""

import re

from medgraph.extract.identity import own_heading
from medgraph.textnorm import normalize


def own_title(text: str) -> str:
    norm = normalize(text)[0]
    t = own_heading(norm)
    if t.title:
        assert t.span is not None
        assert re.sub(r"\s+", "", norm[t.span[0]:t.span[1]]) == t.title
    return t.title
