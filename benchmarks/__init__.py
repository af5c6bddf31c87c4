"""Benchmarks for medgraph: a synthetic corpus generator and one benchmark runner.

    python -m benchmarks.corpus --docs 1000 --out DIR
    python -m benchmarks.run [--quick] [--neo4j-uri URI]
"""
