"""Top-level test configuration: puts tests/ on sys.path (pytest's rootdir insertion) so
shared helpers such as neo4j_support import from every test package."""
