"""Start, stop and inspect a local, real Neo4j 5.26 Community server without Docker.

For SOURCE CHECKOUTS (development and CI): it builds and runs the Maven project in
``tools/neo4j-launcher`` of the repository (Java 17 + Maven 3.8 and Maven Central access
needed once; later builds come from ``~/.m2``). An installed wheel does not contain that
project, so the launcher folder is looked up in this order: ``$MEDGRAPH_NEO4J_LAUNCHER``,
the source tree this module lives in, the current directory and its parents. Users with
Docker should prefer ``docker compose up -d neo4j``.

    python -m medgraph.neo4j_local start [--port N] [--http-port N] [--data DIR] [--auth]
    python -m medgraph.neo4j_local status [--data DIR]
    python -m medgraph.neo4j_local stop [--data DIR]

``start`` picks a free Bolt port when none is given, starts the server in the background
(its own session, so it outlives this command), waits until Bolt answers (at most
``--timeout`` seconds, 180 by default), records ``{pid, uri, ...}`` in ``DIR/state.json``
and prints ``export NEO4J_URI=bolt://127.0.0.1:PORT`` on stdout (everything else goes to
stderr), so ``eval "$(python -m medgraph.neo4j_local start)"`` works. Starting when a
server from the same DIR is already up just prints its URI again.

Authentication is OFF by default: this is a throw-away local test server bound to
127.0.0.1, and it accepts any credentials (so the default NEO4J_USER/NEO4J_PASSWORD of
medgraph's settings work unchanged). ``--auth`` turns it on with the password from
``$NEO4J_PASSWORD`` (default ``medgraph-dev``, at least 8 characters).

The server is hardened for an API that lets callers without a token run read queries
(``POST /cypher``; the API checks each query's plan first, this is the second line):
``LOAD CSV`` cannot read ``file:`` URLs, no plugin procedure outside the read-only
introspection ones loads or runs unrestricted, every transaction ends within 600 s, and one
transaction may use at most half the heap (all of them 70%), so a single query fails with a
memory-limit error instead of taking the heap. See ``Launcher.harden`` in tools/neo4j-launcher.

The data folder defaults to ``$MEDGRAPH_NEO4J_HOME`` or ``<user data dir>/medgraph-neo4j``;
data survives restarts; ``start --clean`` wipes it first. The server log is
``DIR/launcher.log`` (Neo4j's own logs are in ``DIR/logs``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

LAUNCHER_ENV = "MEDGRAPH_NEO4J_LAUNCHER"
HOME_ENV = "MEDGRAPH_NEO4J_HOME"
READY_MARK = "MEDGRAPH-NEO4J READY"
FAILED_MARK = "MEDGRAPH-NEO4J FAILED"
JAR = Path("target") / "neo4j-launcher.jar"


class LocalNeo4jError(RuntimeError):
    """Something a person must fix (missing Java/Maven, build failure, server did not start)."""


def _log(msg: str) -> None:
    print(f"neo4j_local: {msg}", file=sys.stderr, flush=True)


# -- locating things -------------------------------------------------------------------


def launcher_dir() -> Path:
    candidates: list[Path] = []
    if os.environ.get(LAUNCHER_ENV):
        candidates.append(Path(os.environ[LAUNCHER_ENV]))
    here = Path(__file__).resolve()
    candidates.append(here.parents[2] / "tools" / "neo4j-launcher")  # src/medgraph/ -> repo
    cwd = Path.cwd().resolve()
    for folder in (cwd, *cwd.parents):
        candidates.append(folder / "tools" / "neo4j-launcher")
    for c in candidates:
        if (c / "pom.xml").is_file():
            return c
    raise LocalNeo4jError(
        "tools/neo4j-launcher/pom.xml not found: this helper runs from a medgraph source "
        f"checkout (run it inside the repository, or set {LAUNCHER_ENV}=/path/to/tools/neo4j-launcher). "
        "With Docker, use `docker compose up -d neo4j` instead."
    )


def default_home() -> Path:
    if os.environ.get(HOME_ENV):
        return Path(os.environ[HOME_ENV]).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("medgraph-neo4j"))


def _state_file(home: Path) -> Path:
    return home / "state.json"


def _log_file(home: Path) -> Path:
    return home / "launcher.log"


def read_state(home: Path) -> dict | None:
    try:
        return json.loads(_state_file(home).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


# -- building --------------------------------------------------------------------------


def _newest_source(ldir: Path) -> float:
    newest = (ldir / "pom.xml").stat().st_mtime
    for p in (ldir / "src").rglob("*"):
        if p.is_file():
            newest = max(newest, p.stat().st_mtime)
    return newest


def build(ldir: Path, force: bool = False) -> Path:
    """``mvn package`` the launcher unless its jar is newer than its sources."""
    jar = ldir / JAR
    if not force and jar.is_file() and (ldir / "target" / "lib").is_dir() and jar.stat().st_mtime >= _newest_source(ldir):
        return jar
    for tool in ("java", "mvn"):
        if not shutil.which(tool):
            raise LocalNeo4jError(f"`{tool}` not found on PATH: the local Neo4j needs Java 17+ and Maven 3.8+")
    _log(f"building the launcher (mvn package in {ldir}; first run downloads ~125 MB into ~/.m2)")
    t0 = time.monotonic()
    proc = subprocess.run(
        ["mvn", "-q", "-B", "-f", str(ldir / "pom.xml"), "package"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    if proc.returncode != 0 or not jar.is_file():
        tail = "\n".join(proc.stdout.splitlines()[-30:])
        raise LocalNeo4jError(f"building the Neo4j launcher failed (mvn exit {proc.returncode}):\n{tail}")
    _log(f"built {jar} in {time.monotonic() - t0:.1f}s")
    return jar


# -- processes -------------------------------------------------------------------------


def free_port(preferred: int | None = None) -> int:
    if preferred:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("127.0.0.1", preferred))
                return preferred
            except OSError:
                pass
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        # SO_REUSEADDR like the server's own listener: connections of a just-stopped server
        # linger in TIME_WAIT and must not block a restart on the same port (a listener still does)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def _is_our_process(pid: int) -> bool:
    """True when ``pid`` is alive and is a neo4j-launcher JVM (guards against pid reuse)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
    except OSError:
        return True  # no /proc (macOS): trust the state file
    return b"neo4j-launcher" in cmdline


def bolt_answers(uri: str, auth: tuple[str, str] | None = None, timeout: float = 5.0) -> bool:
    from neo4j import GraphDatabase

    try:
        with GraphDatabase.driver(uri, auth=auth, connection_timeout=timeout) as driver:
            driver.verify_connectivity()
        return True
    except Exception:  # noqa: BLE001 - any failure means "not yet"
        return False


def _tail(path: Path, lines: int = 25) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def start(
    port: int | None = None,
    http_port: int | None = None,
    home: Path | None = None,
    auth: bool = False,
    timeout: float = 180.0,
    heap: str = "1g",
    clean: bool = False,
) -> dict:
    home = (home or default_home()).resolve()
    state = read_state(home)
    if state and _is_our_process(state["pid"]):
        if clean:
            stop(home)
        elif bolt_answers(state["uri"], _auth(state)):
            _log(f"already running (pid {state['pid']}) with data in {home}")
            return state
        else:
            raise LocalNeo4jError(
                f"a launcher (pid {state['pid']}) from {home} is running but Bolt does not answer at "
                f"{state['uri']}; see {_log_file(home)} or run `python -m medgraph.neo4j_local stop`"
            )
    if clean and home.exists():
        _log(f"wiping {home}")
        shutil.rmtree(home)
    home.mkdir(parents=True, exist_ok=True)

    jar = build(launcher_dir())
    port = port or free_port()
    if not _port_free(port):
        raise LocalNeo4jError(f"port {port} on 127.0.0.1 is already in use; pass another --port or none")
    if http_port is None:
        http_port = free_port(7474)
    uri = f"bolt://127.0.0.1:{port}"
    password = os.environ.get("NEO4J_PASSWORD", "medgraph-dev") if auth else ""
    cmd = [
        "java",
        "-Xms256m",
        f"-Xmx{heap}",
        "-XX:+UseG1GC",
        "-Dfile.encoding=UTF-8",
        "-jar",
        str(jar),
        "--port",
        str(port),
        "--http-port",
        str(http_port),
        "--home",
        str(home),
        "--auth",
        "true" if auth else "false",
    ]
    if auth:
        cmd += ["--password", password]
    log = _log_file(home)
    t0 = time.monotonic()
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True, cwd=home
        )
    state = {
        "pid": proc.pid,
        "uri": uri,
        "port": port,
        "http": f"http://127.0.0.1:{http_port}" if http_port else "",
        "home": str(home),
        "log": str(log),
        "auth": auth,
        "user": "neo4j",
        "password": password,
        "started": time.time(),
    }
    _write_state(home, state)
    creds = _auth(state)
    deadline = t0 + timeout
    while True:
        if proc.poll() is not None:
            _state_file(home).unlink(missing_ok=True)
            raise LocalNeo4jError(
                f"Neo4j exited with code {proc.returncode} before Bolt answered; log {log}:\n{_tail(log)}"
            )
        text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
        if FAILED_MARK in text:
            _kill(proc.pid, grace=20)
            _state_file(home).unlink(missing_ok=True)
            raise LocalNeo4jError(f"Neo4j failed to start; log {log}:\n{_tail(log)}")
        if READY_MARK in text and bolt_answers(uri, creds):
            break
        if time.monotonic() > deadline:
            _kill(proc.pid, grace=20)
            _state_file(home).unlink(missing_ok=True)
            raise LocalNeo4jError(
                f"Neo4j did not answer on {uri} within {timeout:.0f}s; log {log}:\n{_tail(log)}"
            )
        time.sleep(0.5)
    state["startup_s"] = round(time.monotonic() - t0, 1)
    _write_state(home, state)
    _log(f"Neo4j 5.26 up in {state['startup_s']}s: {uri} {state['http']} (pid {proc.pid}, data {home}, log {log})")
    return state


def _write_state(home: Path, state: dict) -> None:
    path = _state_file(home)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # may hold the password
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(state, fh, indent=2)


def _auth(state: dict) -> tuple[str, str] | None:
    return (state.get("user", "neo4j"), state["password"]) if state.get("auth") else None


def _kill(pid: int, grace: float = 60.0) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)  # reap if it is our child
            if done == pid:
                return
        except ChildProcessError:
            pass
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.25)
    _log(f"pid {pid} ignored SIGTERM for {grace:.0f}s; killing it")
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def stop(home: Path | None = None) -> bool:
    """Stop the server recorded in ``home``; True when one was running."""
    home = (home or default_home()).resolve()
    state = read_state(home)
    if not state:
        return False
    running = _is_our_process(state["pid"])
    if running:
        _log(f"stopping Neo4j (pid {state['pid']})")
        _kill(state["pid"])
    _state_file(home).unlink(missing_ok=True)
    return running


def status(home: Path | None = None) -> dict | None:
    home = (home or default_home()).resolve()
    state = read_state(home)
    if state and _is_our_process(state["pid"]) and bolt_answers(state["uri"], _auth(state)):
        return state
    return None


def _exports(state: dict) -> str:
    lines = [f"export NEO4J_URI={state['uri']}"]
    if state.get("auth"):
        lines += [f"export NEO4J_USER={state.get('user', 'neo4j')}", f"export NEO4J_PASSWORD={state['password']}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m medgraph.neo4j_local", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("start", "stop", "status"):
        p = sub.add_parser(name)
        p.add_argument("--data", type=Path, default=None, help=f"server folder (default ${HOME_ENV} or a per-user folder)")
        if name == "start":
            p.add_argument("--port", type=int, default=None, help="Bolt port (default: a free one)")
            p.add_argument("--http-port", type=int, default=None, help="HTTP port (default 7474 if free, else a free one; 0 = off)")
            p.add_argument("--auth", action="store_true", help="require neo4j/$NEO4J_PASSWORD (default: auth off)")
            p.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for Bolt (default 180)")
            p.add_argument("--heap", default="1g", help="JVM max heap (default 1g)")
            p.add_argument("--clean", action="store_true", help="wipe the data folder first")
            p.add_argument("--build", action="store_true", help="only build the launcher jar")
    args = ap.parse_args(argv)
    try:
        if args.cmd == "start":
            if args.build:
                print(build(launcher_dir(), force=True))
                return 0
            state = start(args.port, args.http_port, args.data, args.auth, args.timeout, args.heap, args.clean)
            print(_exports(state), flush=True)
            return 0
        if args.cmd == "stop":
            if not stop(args.data):
                _log("no running server recorded")
            return 0
        state = status(args.data)
        if state is None:
            _log(f"not running (data folder {(args.data or default_home()).resolve()})")
            return 3
        _log(f"running: pid {state['pid']}, {state['uri']} {state.get('http', '')}, data {state['home']}")
        print(_exports(state))
        return 0
    except LocalNeo4jError as e:
        _log(f"ERROR: {e}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
