// One arm of the union that finds relationship `k` by its key whatever its type (template:
// __TYPE__ is filled from the fixed whitelist medgraph.models.REL_TYPES, one arm per type, joined
// with UNION ALL into the __SEEK__ placeholder of retract_edges_delete / retract_edges_trim).
// A unique-index seek on that type's key constraint.
MATCH ()-[r:__TYPE__ {key: k}]->() RETURN r
