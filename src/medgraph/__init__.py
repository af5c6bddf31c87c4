"""medgraph: a knowledge graph of Beijing's innovative-medicine policy.

Every fact in the graph points at the words in a document that support it; see
``medgraph.models`` for the shapes and ``../DESIGN.md`` for the contract.
"""

__version__ = "0.1.0"
