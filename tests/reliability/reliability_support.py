"""Shared helpers for the reliability suite: generated policy documents, the CLI as a
subprocess, graph snapshots, and a private real Neo4j (started with medgraph.neo4j_local
on free ports, so the fault tests may stop and restart it without touching anyone else's
server). Neo4j tests skip visibly when Java/Maven or the server is unavailable, and FAIL
instead when MEDGRAPH_REQUIRE_NEO4J=1."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
CORPUS = ROOT / "loaders" / "corpus"

BUREAUS = ["北京市医疗保障局", "北京市卫生健康委员会", "北京市药品监督管理局", "北京市经济和信息化局",
           "北京市科学技术委员会", "北京市发展和改革委员会", "北京市财政局", "北京市人力资源和社会保障局"]
NUMS = "一二三四五六七八九十"
TOPICS = ["完善创新药械入院使用", "支持临床试验加速", "推动手术机器人入院", "加大产业基金支持", "优化审评审批服务",
          "建设国际医药创新公园", "促进数据要素流通", "培育创新药企业"]
PLACES = ["北京经济技术开发区", "海淀区", "昌平区", "大兴区"]


def policy_text(i: int, measures: int = 4) -> str:
    """A small, plausible measures document; document i differs from every other one."""
    lines = [f"# 北京市关于支持创新医药发展的第{i}号措施", "", f"京医保发〔2026〕{i}号", ""]
    for m in range(measures):
        topic = TOPICS[(i + m) % len(TOPICS)]
        lead = BUREAUS[(i + m) % len(BUREAUS)]
        support = BUREAUS[(i + m + 3) % len(BUREAUS)]
        place = PLACES[(i + m) % len(PLACES)]
        lines.append(f"({NUMS[m % 10]}){topic}{i}。在{place}开展试点，支持企业{i}-{m}发展。"
                     f"牵头单位：{lead}；配合单位：{support}。")
    lines.append(f"{BUREAUS[i % len(BUREAUS)]}印发本措施。")
    return "\n".join(lines) + "\n"


def write_policies(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(start, start + n):
        p = folder / f"policy_{i:04d}.txt"
        p.write_text(policy_text(i), encoding="utf-8")
        out.append(p)
    return out


def cli_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MEDGRAPH_", "NEO4J_"))}
    env.update({"PYTHONPATH": str(SRC) + os.pathsep + env.get("PYTHONPATH", ""),
                "MEDGRAPH_DATA_DIR": str(data_dir), "MEDGRAPH_STORE": "embedded",
                "COLUMNS": "200", "PYTHONUNBUFFERED": "1",
                "MEDGRAPH_LOAD_BATCH": "200"})  # intermediate states for the crash/concurrency tests
    env.update(extra)
    return env


def run_cli(args: list[str], env: dict[str, str], timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "medgraph.cli", *args], env=env, capture_output=True,
                          text=True, timeout=timeout, **kw)


def popen_cli(args: list[str], env: dict[str, str], **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "medgraph.cli", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def snapshot(store) -> dict:
    """Counts plus the full JSON export: equal snapshots = the same graph."""
    from medgraph.export import export_json

    data = export_json(store)
    return {"counts": store.counts(), "export": json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalNeo4j:
    def __init__(self, home: Path, port: int):
        self.home, self.port = home, port
        self.uri = f"bolt://127.0.0.1:{port}"
        self.env = {**os.environ, "PYTHONPATH": str(SRC)}

    def _cmd(self, *args: str, timeout: float = 240) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "medgraph.neo4j_local", *args, "--data", str(self.home)],
                              env=self.env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)

    def start(self) -> None:
        r = self._cmd("start", "--port", str(self.port), "--http-port", "0", "--heap", "512m", "--timeout", "200")
        if r.returncode != 0 or self.uri not in r.stdout:
            raise RuntimeError(f"neo4j_local start failed (rc {r.returncode}): {r.stderr[-800:]}")

    def stop(self) -> None:
        self._cmd("stop", timeout=120)

    def crash(self) -> None:
        """SIGKILL the server (no clean shutdown: Neo4j recovers its transaction log on restart)."""
        import signal

        pid = json.loads((self.home / "state.json").read_text())["pid"]
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)

    def settings(self, data_dir: Path, **extra):
        from medgraph.settings import Settings

        return Settings(MEDGRAPH_STORE="neo4j", MEDGRAPH_DATA_DIR=str(data_dir), NEO4J_URI=self.uri,
                        NEO4J_USER="neo4j", NEO4J_PASSWORD="medgraph-dev", NEO4J_DATABASE="neo4j", **extra)

    def wipe(self) -> None:
        import neo4j

        with neo4j.GraphDatabase.driver(self.uri, auth=("neo4j", "medgraph-dev")) as d, d.session() as s:
            s.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


