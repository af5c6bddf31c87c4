"""The places of China a policy text names without saying what they are, read once from
graph/china_places.yaml: one list for bodies.py (a city's province, a province's level),
entities.py (the jurisdiction of a document) and places.py (place nodes). Before, each module
kept its own copy and the copies drifted."""

from __future__ import annotations

import yaml

from medgraph.resources import asset

_DATA = yaml.safe_load(asset("graph", "china_places.yaml").read_text(encoding="utf-8"))

MUNICIPALITIES: tuple[str, ...] = tuple(_DATA["municipalities"])   # 天津, 上海, 重庆 (北京 apart)
CITY_PROVINCE: dict[str, str] = dict(_DATA["cities"])             # 广州 → 广东
PROVINCES: frozenset[str] = frozenset(_DATA["provinces"])         # 河北 … 内蒙古, 台湾
REGIONS: tuple[str, ...] = tuple(_DATA["regions"])                 # 香港, 澳门
# every other prefecture-level city → its province: known as a place only when written with 市
PREFECTURES: dict[str, str] = {c: prov for prov, cs in (_DATA.get("prefectures") or {}).items() for c in cs}
# autonomous prefectures: short name (黔东南) → (official name, province)
AUTONOMOUS_PREFECTURES: dict[str, tuple[str, str]] = {
    k: (v["name"], v["province"]) for k, v in (_DATA.get("autonomous_prefectures") or {}).items()}
# every place known by name except 北京: municipalities, cities, provinces, regions (in file order)
# the counties named by one character before 县 (沁县, 歙县): a closed list, since X县 after any
# character is mostly a word (对大县政府, 全县)
ONE_CHARACTER_COUNTIES: frozenset[str] = frozenset(_DATA.get("one_character_counties") or ())
OTHER_CITIES: tuple[str, ...] = (*MUNICIPALITIES, *CITY_PROVINCE, *_DATA["provinces"], *REGIONS)
