"""The kind of a zone-like place from the end of its name: one table shared by discovery
(entities.py, which names zones it finds) and the located-in rules (places.py, which names
the zones a statement is about), so a new area found either way gets the same kind."""

from __future__ import annotations

_KIND_BY_END = (
    ("高新技术产业开发区", "development_zone"), ("经济技术开发区", "development_zone"),
    ("经济开发区", "development_zone"), ("开发区", "development_zone"), ("高新区", "development_zone"),
    ("经开区", "development_zone"), ("新区", "new_area"), ("自由贸易试验区", "zone"), ("自贸区", "zone"),
    ("综合保税区", "zone"), ("保税区", "zone"), ("示范区", "zone"), ("试验区", "zone"), ("实验区", "zone"),
    ("合作区", "zone"), ("先行区", "zone"), ("工业园区", "zone"), ("新城", "new_town"), ("小镇", "town"), ("科学城", "area"),
    ("科技城", "area"),
)


def place_kind(name: str, default: str = "development_zone") -> str:
    """南京江北新区 → new_area, 天津滨海高新区 → development_zone, 中国(上海)自由贸易试验区 →
    zone; a name none of the ends fits → ``default``."""
    for end, kind in _KIND_BY_END:
        if name.endswith(end):
            return kind
    return default
