"""Beijing's districts and zones by the short names texts use, derived from the catalog's
District entries (graph/catalog.yaml, the gazetteer of Beijing's places): one list for
entities.py (a name found by its shape starts at a known place: 海淀…园, 亦庄…中心) and
bodies.py (a text that names no city but a Beijing district is Beijing's). Before, each
module kept its own hand-written list and the lists differed (16, 12 and 12 districts).

- ``DISTRICT_STEMS``: every ``kind: district`` entry's name without 区 (海淀, 东城 …).
- ``SHARED_STEMS``: the districts whose entry states ``shared_name`` — the same district name
  is used elsewhere (长春市朝阳区, 南通市通州区; a town's 东城区/西城区), so the name alone does
  not make a text Beijing's.
- ``ZONE_STEMS``: the zones' own names, a zone word stripped (亦庄新城 → 亦庄, 中关村科学城 →
  中关村), when that is no district stem already and the name does not start with 北京.

The catalog read is the bundled one (``load_catalog()``): the gazetteer describes Beijing,
not a user's catalog."""

from __future__ import annotations

from medgraph.catalog import load_catalog
from medgraph.documents import to_simplified
from medgraph.extract.place_kinds import ZONE_ENDS


def _derive() -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    districts: list[str] = []
    shared: set[str] = set()
    zone_names: list[str] = []
    for e in load_catalog().by_label("District"):
        if e.props.get("kind") == "district" and e.name.endswith("区"):
            stem = e.name[:-1]
            districts.append(stem)
            if e.props.get("shared_name"):
                shared.add(stem)
        else:
            zone_names.extend(to_simplified(n) for n in (e.name, *e.aliases))
    zones: list[str] = []
    for name in zone_names:
        if name.startswith("北京"):
            continue   # qualified by 北京 already (北京经济技术开发区, 北京城市副中心)
        end = next((z for z in ZONE_ENDS if name.endswith(z)), "")
        stem = name[: len(name) - len(end)]
        if len(stem) >= 2 and stem not in districts and stem not in zones:
            zones.append(stem)
    return tuple(districts), frozenset(shared), tuple(zones)


DISTRICT_STEMS, SHARED_STEMS, ZONE_STEMS = _derive()
# a Beijing place by its own name: the 16 districts and the zones (亦庄, 中关村)
PLACE_STEMS: tuple[str, ...] = (*DISTRICT_STEMS, *ZONE_STEMS)
