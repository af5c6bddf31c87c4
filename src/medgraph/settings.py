"""All configuration, from environment variables, in one object."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", extra="ignore")

    store: str = Field("embedded", alias="MEDGRAPH_STORE", pattern="^(embedded|neo4j)$")
    data_dir: Path = Field(
        default_factory=lambda: Path(platformdirs.user_data_dir("medgraph")), alias="MEDGRAPH_DATA_DIR"
    )
    api_token: str = Field("", alias="MEDGRAPH_API_TOKEN")
    neo4j_uri: str = Field("bolt://127.0.0.1:7687", alias="NEO4J_URI")
    neo4j_user: str = Field("neo4j", alias="NEO4J_USER")
    neo4j_password: str = Field("medgraph-dev", alias="NEO4J_PASSWORD")
    neo4j_database: str = Field("neo4j", alias="NEO4J_DATABASE")
    load_batch_documents: int = Field(1000, alias="MEDGRAPH_LOAD_BATCH", ge=1)  # documents per embedded write
    # processes reading + extracting files during a load; 0 = one per CPU, 1 = in-process
    load_workers: int = Field(0, alias="MEDGRAPH_LOAD_WORKERS", ge=0)
    neo4j_batch_size: int = Field(1000, alias="MEDGRAPH_NEO4J_BATCH")
    cypher_timeout_s: float = Field(5.0, alias="MEDGRAPH_CYPHER_TIMEOUT")
    cypher_max_rows: int = Field(1000, alias="MEDGRAPH_CYPHER_MAX_ROWS")
    # POST /cypher: the rows of one answer stop at this many bytes of JSON (a row cap alone let
    # 200 rows of 1 MB through), and at most this many queries run at once (the rest get 429)
    cypher_max_bytes: int = Field(8 * 1024 * 1024, alias="MEDGRAPH_CYPHER_MAX_BYTES", ge=1024)
    cypher_concurrency: int = Field(2, alias="MEDGRAPH_CYPHER_CONCURRENCY", ge=1)
    # every built-in Neo4j query has a server-side time limit: reads (API, CLI queries) and
    # load/unload transactions; a query past it is stopped by the server, not retried
    neo4j_query_timeout_s: float = Field(30.0, alias="MEDGRAPH_NEO4J_QUERY_TIMEOUT", gt=0)
    neo4j_write_timeout_s: float = Field(600.0, alias="MEDGRAPH_NEO4J_WRITE_TIMEOUT", gt=0)
    # failing fast when Neo4j is down: a refused or silent server costs at most about
    # connect + retry seconds before the caller hears "unavailable" (the API: 503 + Retry-After)
    neo4j_connect_timeout_s: float = Field(2.0, alias="MEDGRAPH_NEO4J_CONNECT_TIMEOUT", gt=0)
    neo4j_acquire_timeout_s: float = Field(4.0, alias="MEDGRAPH_NEO4J_ACQUIRE_TIMEOUT", gt=0)
    neo4j_retry_s: float = Field(2.0, alias="MEDGRAPH_NEO4J_RETRY_TIME", ge=0)
    max_upload_bytes: int = Field(20 * 1024 * 1024, alias="MEDGRAPH_MAX_UPLOAD_BYTES")
    max_file_bytes: int = Field(64 * 1024 * 1024, alias="MEDGRAPH_MAX_FILE_BYTES")
    catalog_path: Path | None = Field(None, alias="MEDGRAPH_CATALOG")  # default: the bundled graph/catalog.yaml
    host: str = Field("127.0.0.1", alias="MEDGRAPH_HOST")
    port: int = Field(8000, alias="MEDGRAPH_PORT")
    # one log line per request (uvicorn's access log): ~0.1 ms of CPU per request, a fifth of an /owners answer
    access_log: bool = Field(True, alias="MEDGRAPH_ACCESS_LOG")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
