"""Run a function over many tasks in worker processes, results in task order.

Why a module of its own: the loader's read + extract is pure CPU per file, so on N cores
N worker processes give ~N× the throughput, but three costs have to be kept in check:

* Unpickling results. A document's Extraction is ~200 small pydantic objects; unpickling
  them with the cyclic GC on costs ~4 ms per document (the GC rescans the growing heap of
  the loader, which holds the graph), with it paused ~0.7 ms. So workers pickle their
  results themselves and the caller unpickles them with the GC paused.
* Memory. At most ``2 × workers`` chunks are in flight, so a 10k-document load never holds
  more than a few dozen finished extractions the store has not consumed yet.
* Start-up. Small jobs (fewer than ``MIN_PARALLEL`` tasks) run in-process: a pool costs
  more than it saves for a handful of files, and an API upload stays in its own process.

Workers are forked (Linux) when the caller has no other thread, so they start in
milliseconds with the catalog already loaded; otherwise they are spawned (fork with live
threads can deadlock). On Linux a worker asks the kernel to kill it when the loader dies
(``PR_SET_PDEATHSIG``): a SIGKILLed ``medgraph load`` leaves no orphan workers behind.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from medgraph.gcpause import paused as gc_paused

MIN_PARALLEL = 16  # fewer tasks than this run in-process
CHUNK = 8  # tasks per round trip to a worker: amortises IPC, keeps the order-buffer small


def default_workers(configured: int = 0) -> int:
    """``configured`` (the caller's ``Settings.load_workers``, ``MEDGRAPH_LOAD_WORKERS``) if
    set, else the number of CPUs this process may use."""
    if configured:
        return configured
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except Exception:  # pragma: no cover - no prctl: orphans finish their chunk and exit
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    gc.freeze()  # what the fork inherited is never rescanned (nor copied by the GC's writes)


def _run_chunk(fn: Callable[..., Any], chunk: list[tuple]) -> bytes:
    return pickle.dumps([fn(*args) for args in chunk], protocol=pickle.HIGHEST_PROTOCOL)


def _unpickle(data: bytes) -> list[Any]:
    with gc_paused():
        return pickle.loads(data)


def ordered_map(fn: Callable[..., Any], tasks: Sequence[tuple], workers: int) -> Iterator[Any]:
    """``fn(*task)`` for each task, yielded in task order, in ``workers`` processes (1 =
    in-process; see ``default_workers``). ``fn`` must be a module-level function and must
    not raise for expected failures (an exception aborts the map)."""
    n = workers
    if n <= 1 or len(tasks) < MIN_PARALLEL:
        for args in tasks:
            yield fn(*args)
        return
    yield from _pooled(fn, tasks, min(n, (len(tasks) + CHUNK - 1) // CHUNK))


def _pooled(fn: Callable[..., Any], tasks: Sequence[tuple], n: int) -> Iterator[Any]:
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1 else "spawn"
    chunks = [list(tasks[i:i + CHUNK]) for i in range(0, len(tasks), CHUNK)]
    pool = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context(method),
                               initializer=_die_with_parent, initargs=(os.getpid(),))
    pending: deque[tuple[list[tuple], Future]] = deque()
    try:
        todo = iter(chunks)
        for chunk in todo:
            pending.append((chunk, pool.submit(_run_chunk, fn, chunk)))
            if len(pending) >= 2 * n:
                break
        while pending:
            chunk, future = pending.popleft()
            try:
                results = _unpickle(future.result())
            except BrokenProcessPool:  # a worker died (killed, out of memory): finish in-process
                for c in [chunk, *(c for c, _ in pending), *todo]:
                    for args in c:
                        yield fn(*args)
                pending.clear()
                return
            nxt = next(todo, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(_run_chunk, fn, nxt)))
            yield from results
    finally:
        for _, f in pending:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
