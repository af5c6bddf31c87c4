"""Library code leaves the process's garbage collector as it found it (issue 16.6): a
``paused(freeze=True)`` block freezes only inside ``allowing_freeze()`` (the medgraph command,
which owns its process), and leaving that block unfreezes what it froze."""

from __future__ import annotations

import gc

from medgraph.gcpause import allowing_freeze, paused


def test_library_code_never_leaves_the_gc_frozen(tmp_path):
    from medgraph.pipeline import load
    from medgraph.store.embedded import EmbeddedStore

    gc.unfreeze()
    s = EmbeddedStore(tmp_path / "data")
    try:
        load(s, workers=1)  # the embedded store asks to freeze after each write and read
        assert s.counts()["labels"]["Measure"] == 66
    finally:
        s.close()
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_freeze_only_inside_allowing_freeze_and_undone_after():
    gc.unfreeze()
    keep = [object() for _ in range(100)]
    with paused(freeze=True):
        pass
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    with allowing_freeze():
        with paused(freeze=True):
            assert not gc.isenabled()
        assert gc.get_freeze_count() >= len(keep) and gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_allowing_freeze_keeps_what_the_application_froze_itself():
    gc.unfreeze()
    gc.freeze()
    mine = gc.get_freeze_count()
    try:
        with allowing_freeze():
            with paused(freeze=True):
                pass
        assert gc.get_freeze_count() >= mine > 0   # not unfrozen behind the application's back
    finally:
        gc.unfreeze()
