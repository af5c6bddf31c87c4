"""Start a real `medgraph serve` for the browser tests and wait for /health (one copy)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest


def get(url: str, timeout: float = 5.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def start_serve(env: dict, port: int, logdir: Path, timeout: float = 120) -> tuple[subprocess.Popen, object, str]:
    """(process, log file, base URL) once /health answers with measures loaded; fails the test otherwise."""
    log = (logdir / "serve.log").open("w+b")
    proc = subprocess.Popen([sys.executable, "-m", "medgraph.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            log.seek(0)
            pytest.fail(f"medgraph serve exited with {proc.returncode}:\n{log.read().decode(errors='replace')[-3000:]}")
        try:
            status, body = get(base + "/health", 2)
            if status == 200 and json.loads(body)["counts"]["labels"].get("Measure"):
                return proc, log, base
        except OSError:
            pass
        if time.monotonic() > deadline:
            proc.kill()
            log.seek(0)
            pytest.fail(f"medgraph serve did not answer /health within {timeout:g} s:\n{log.read().decode(errors='replace')[-3000:]}")
        time.sleep(0.3)


def stop(proc: subprocess.Popen, log) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)
    log.close()
