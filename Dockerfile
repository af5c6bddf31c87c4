# medgraph API image: `docker compose up -d` builds it (see docker-compose.yml), or
#   docker build -t medgraph . && docker run -p 8000:8000 medgraph
# The package is installed non-editable, so graph/, cypher/, loaders/ and viz/ come from the
# wheel (medgraph/_assets), exactly as for `pip install .`.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    MEDGRAPH_DATA_DIR=/data \
    MEDGRAPH_HOST=0.0.0.0 \
    MEDGRAPH_PORT=8000

WORKDIR /build
COPY . /build
RUN pip install . \
 && rm -rf /build \
 && useradd --create-home --uid 10001 medgraph \
 && mkdir -p /data && chown medgraph:medgraph /data

USER medgraph
WORKDIR /home/medgraph
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=5 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4).status == 200 else 1)"
CMD ["medgraph", "serve", "--host", "0.0.0.0"]
