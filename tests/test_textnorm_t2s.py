"""to_simplified skips OpenCC for a text holding no character its t2s dictionaries rewrite
(textnorm._t2s_may_change): the skip must never change the result."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
from pathlib import Path

import opencc
import pytest

from medgraph import textnorm
from medgraph.textnorm import to_simplified

may_change = textnorm._t2s_may_change()
pytestmark = pytest.mark.skipif(may_change is None, reason="another OpenCC version: no skip list, nothing to check")


def _converted(text: str) -> str:
    """to_simplified without the skip (the code before it)."""
    textnorm._t2s_may_change.cache_clear()
    saved = textnorm._T2S_VERSION
    textnorm._T2S_VERSION = "none"
    try:
        return to_simplified(text)
    finally:
        textnorm._T2S_VERSION = saved
        textnorm._t2s_may_change.cache_clear()


def test_every_unlisted_bmp_character_converts_to_itself():
    conv = textnorm._t2s().convert
    chars = [chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c < 0xE000 and chr(c) != "\n"]
    free = [c for c in chars if may_change.search(c) is None]
    assert len(free) > 50000
    # one call: no dictionary key holds a line break, so each character converts on its own
    assert conv("\n".join(free)) == "\n".join(free)


def _dictionary_changes() -> set[str] | None:
    """The characters the installed t2s dictionaries rewrite (under any value), read with the
    opencc_dict tool shipped in the wheel; None when it is not there."""
    clib = Path(opencc.__file__).parent / "clib"
    tool, share = clib / "bin" / "opencc_dict", clib / "share" / "opencc"
    if not tool.exists() or not shutil.which(str(tool)):
        return None
    env = dict(os.environ, LD_LIBRARY_PATH=str(clib / "lib64"))
    changed: set[str] = set()
    for name in ("TSPhrases", "TSCharactersExt", "TSCharacters", "CJK_Compatibility_Ideographs"):
        out = Path(os.environ.get("TMPDIR", "/tmp")) / f"medgraph_t2s_{os.getpid()}_{name}.txt"
        try:
            subprocess.run([str(tool), "-i", str(share / f"{name}.ocd2"), "-o", str(out), "-f", "ocd2", "-t", "text"],
                           env=env, check=True, capture_output=True, timeout=60)
            lines = out.read_text(encoding="utf-8").splitlines()
        except (OSError, subprocess.SubprocessError):
            return None
        finally:
            out.unlink(missing_ok=True)
        for line in lines:
            if not line:
                continue
            key, values = line.split("\t")
            for value in values.split(" "):
                changed |= set(key) if len(value) != len(key) else {a for a, b in zip(key, value) if a != b}
    return changed


def test_the_list_is_what_the_installed_dictionaries_rewrite():
    changed = _dictionary_changes()
    if changed is None:
        pytest.skip("no opencc_dict tool to read the dictionaries with")
    main = {c for c in changed if "\u4e00" <= c <= "\u9fff"}
    assert set(textnorm._T2S_CHANGED) == main
    assert all(may_change.search(c) for c in changed)


@pytest.mark.parametrize("seed", range(5))
def test_random_texts_convert_as_before(seed):
    rng = random.Random(seed)
    listed = textnorm._T2S_CHANGED
    pool = "中华人民共和国的了在是发展改革委员会关于印发通知市区局一二三，。、；：\n 　ABC123（）覆像沈么"
    for _ in range(300):
        n = rng.randint(0, 40)
        text = "".join(rng.choice(listed) if rng.random() < 0.03 else rng.choice(pool) for _ in range(n))
        assert to_simplified(text) == _converted(text)


def test_phrase_only_changes_are_listed():
    # 覆 keeps its form alone (覆盖) but a phrase rewrites it (反覆 → 反复): it is listed
    assert "覆" in textnorm._T2S_CHANGED
    assert to_simplified("反覆") == _converted("反覆") == "反复"
    assert to_simplified("覆盖") == "覆盖"


def test_surrogates_still_reach_opencc():
    with pytest.raises(UnicodeEncodeError):
        to_simplified("中\ud800文")
