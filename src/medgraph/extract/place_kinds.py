"""The kind of a zone-like place from the end of its name: one table shared by discovery
(entities.py, which names zones it finds) and the located-in rules (places.py, which names
the zones a statement is about), so a new area found either way gets the same kind."""

from __future__ import annotations

import re

_KIND_BY_END = (
    ("高新技术产业开发区", "development_zone"), ("经济技术开发区", "development_zone"),
    ("经济开发区", "development_zone"), ("开发区", "development_zone"), ("高新区", "development_zone"),
    ("经开区", "development_zone"), ("新区", "new_area"), ("自由贸易试验区", "zone"), ("自由贸易港", "zone"),
    ("自贸区", "zone"), ("综合试验区", "zone"),
    ("综合保税区", "zone"), ("综保区", "zone"), ("保税区", "zone"), ("示范区", "zone"), ("试验区", "zone"), ("实验区", "zone"),
    ("合作区", "zone"), ("先行区", "zone"), ("工业园区", "zone"), ("新城", "new_town"), ("小镇", "town"), ("科学城", "area"),
    ("科技城", "area"), ("生物城", "area"),
)


# every end that makes a name a zone-like place, longest first (one list: bodies.py's zone
# committees and places.py's located-in rules build their patterns from it)
ZONE_ENDS: tuple[str, ...] = tuple(sorted((end for end, _ in _KIND_BY_END), key=len, reverse=True))


def place_kind(name: str, default: str = "development_zone") -> str:
    """南京江北新区 → new_area, 天津滨海高新区 → development_zone, 中国(上海)自由贸易试验区 →
    zone; a name none of the ends fits → ``default``."""
    for end, kind in _KIND_BY_END:
        if name.endswith(end):
            return kind
    return default


# words that describe a kind of zone rather than name one (化工园区, 特色小镇, 临空经济区 …):
# a zone whose whole stem is, or starts or ends with, one of them is a class, not a place
_MODIFIERS = frozenset(
    "国家 国家级 省级 市级 区级 县级 全国 全省 全市 本市 本区 重点 特色 示范 先行 试点 综合 经济 产业 工业 科技 高新 创新 "
    "数字 智能 智慧 健康 康养 生物 医药 化工 生态 物流 临空 临港 空港 保税 文化 旅游 农业 现代 绿色 低碳 国际 商务 金融 开放 "
    "边境 沿边 跨境 城乡 合作 中心 核心 周边 相关 有关 其他 现有 新建 一批 若干 同意 设立 批准 选择 确保 争取 争创 创建 探索 "
    "申报 申请 打造 建成 形成 发展 规划 鼓励 引导 推广 实施 开展 完善 优化 提升 深化 扩大 促进 加强 强化 落实 重大 主要 "
    # what a facility does (研发中心, 生产基地 …): a kind of facility, not a name
    "研发 生产 服务 数据 运营 总部 销售 结算 分拨 营销 培训 孵化 检测 检验 制造 加工 配送 展示 体验 交易 转化 中试 孵化".split())
# function words, pronouns, 好 of 建设好X, and level words (我市, 本区): never inside a short zone stem
_NOT_NAME_CHARS = re.compile("[的和与及或在于由为将把被对向从以等是了之其该各本全每两三四五六七八九十个我好省市区县0-9A-Za-z]")
ZONE_SUFFIXES_SHORT = ("新区", "高新区", "经开区", "开发区", "高新技术产业开发区", "经济技术开发区", "综合实验区", "先行区", "小镇")


def own_zone_name(name: str, suffix: str) -> bool:
    """A zone named by a short stem of its own (南沙新区, 辽东湾新区, 永川高新技术产业开发区,
    云溪小镇), not a class of zones (化工园区, 特色小镇, 国家级新区) nor a verb before a
    suffix (同意新区): a 2-3 character stem made of name characters that no modifier opens
    or closes."""
    if suffix not in ZONE_SUFFIXES_SHORT or not name.endswith(suffix):
        return False
    stem = name[: len(name) - len(suffix)]
    if not 2 <= len(stem) <= 3 or _NOT_NAME_CHARS.search(stem):
        return False
    return not is_modifier(stem)


_MODIFIER_ALT = "|".join(sorted(_MODIFIERS, key=len, reverse=True))
_MODIFIER_START = re.compile("(?:" + _MODIFIER_ALT + ")")
_MODIFIER_END = re.compile("(?:" + _MODIFIER_ALT + ")$")


def is_modifier(stem: str, end: bool = True) -> bool:
    """Does a modifier word (创新, 国家级, 特色 …) open ``stem`` (or close it, with ``end``)?
    (Two compiled patterns, not a loop over the words: it runs for every zone-like match.)"""
    return _MODIFIER_START.match(stem) is not None or end and _MODIFIER_END.search(stem) is not None
