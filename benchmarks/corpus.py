"""Deterministic synthetic corpus in the style of the seed documents.

    python -m benchmarks.corpus --docs 1000 --out DIR [--seed 20260407]

Document ``i`` depends only on (seed, i), so the first 1,000 documents of a 10,000-document
corpus are the 1,000-document corpus, and two runs write byte-identical files.

What the documents look like (mixed, as in loaders/corpus/):
- policy notices (发文字号 京X发〔YYYY〕N号, issuer signature block, 关于印发《…》的通知,
  sections 一、… behind Markdown headings, measures numbered (一)…, 1.…, or 第一条…, with
  牵头单位/责任单位/配合单位 annotations on some and none on others);
- action plans (1.…N. under 一、… sections), press-conference transcripts (主持人/记者),
  and news articles;
- bureau full names and short aliases (from graph/catalog.yaml when present, else a
  built-in list), districts (亦庄, 昌平, 大兴…), funds with 亿元 amounts, products
  (…注射液, …单抗, …手术机器人), platforms (北京…中心/平台/产业园);
- entity reuse follows a skewed distribution over a pool that grows with the corpus,
  plus names new to each document;
- ~10% of documents in traditional script (OpenCC s2t), ~25% with page breaks in the
  middle of a sentence and a running footer (— 3 —).
"""

from __future__ import annotations

import argparse
import os
import random
from functools import lru_cache
from pathlib import Path

DEFAULT_SEED = 20260407

# ---------------------------------------------------------------------------- vocabulary

FALLBACK_BUREAUS: list[tuple[str, list[str]]] = [
    ("北京市医疗保障局", ["市医保局"]),
    ("北京市卫生健康委员会", ["市卫生健康委"]),
    ("北京市药品监督管理局", ["市药监局"]),
    ("北京市科学技术委员会、中关村科技园区管理委员会", ["市科委、中关村管委会"]),
    ("北京市发展和改革委员会", ["市发展改革委"]),
    ("北京市经济和信息化局", ["市经济和信息化局"]),
    ("北京市财政局", ["市财政局"]),
    ("北京市商务局", ["市商务局"]),
    ("北京市知识产权局", ["市知识产权局"]),
    ("北京市人力资源和社会保障局", ["市人力资源社会保障局"]),
    ("北京市规划和自然资源委员会", ["市规划自然资源委"]),
    ("中共北京市委金融委员会办公室", ["市委金融办"]),
    ("国家金融监督管理总局北京监管局", ["北京金融监管局"]),
    ("中华人民共和国北京海关", ["北京海关"]),
]
DISTRICTS = ["北京经济技术开发区", "北京亦庄", "亦庄", "北京经开区", "昌平区", "昌平", "大兴区", "海淀区",
             "朝阳区", "丰台区", "通州区", "顺义区", "房山区", "怀柔区", "密云区", "石景山区"]
DISTRICT_SHORT = ["亦庄", "昌平", "大兴", "海淀", "朝阳", "丰台", "通州", "顺义", "房山", "怀柔"]
CORE_PLATFORMS = ["国际医药创新公园", "中关村生命科学园", "北京生物医药产业园", "北京国际医疗器械创新中心",
                  "北京市医药健康知识产权运营中心", "国家药监局京津冀分中心", "北京脑科学与类脑研究中心",
                  "北京医疗机器人产业园", "北京中试服务平台", "北京临床研究数据平台"]
CORE_FUNDS = [("北京市医药健康产业投资基金", 100), ("北京市生物医药产业发展基金", 50),
              ("北京亦庄生命健康产业基金", 30), ("北京市科技创新基金", 200), ("中关村前沿技术创新基金", 20)]
SYL = list("康瑞恒泽安和信达诺华迈远博创明德圣元睿宁益生源普云海天正泰百佳优赛")
DRUG_SUFFIX = ["注射液", "单抗", "单抗注射液", "胶囊", "缓释片", "口服液", "疫苗"]
DEVICE_SUFFIX = ["手术机器人", "骨科手术机器人", "血管介入机器人", "检测试剂盒", "射频消融仪", "脉冲消融导管", "心脏起搏器"]
PLATFORM_SUFFIX = ["创新中心", "服务平台", "产业园", "概念验证中心", "中试基地", "孵化器", "临床研究中心"]
PLATFORM_TOPIC = ["细胞与基因治疗", "合成生物", "医疗器械", "高端制剂", "核酸药物", "脑机接口", "人工智能医药",
                  "医疗机器人", "放射性药物", "生物样本", "真实世界数据", "罕见病药物"]
TOPICS = ["创新药", "创新医疗器械", "医疗机器人", "细胞治疗", "基因治疗", "合成生物", "人工智能", "脑机接口",
          "高端医疗器械", "中医药", "罕见病用药", "儿童用药"]
HEADINGS = ["提升临床试验能力", "加快创新药械上市", "支持创新药入院使用", "完善医保支付政策", "强化知识产权保护",
            "加大金融支持力度", "推进产业平台建设", "促进成果转化", "优化审评审批服务", "推动医药工业数智化转型",
            "扩大商业健康保险覆盖", "支持手术机器人入院", "加强人才引育", "深化京津冀协同", "推进数据要素流通",
            "优化挂网采购服务", "支持企业跨区设立生产场地", "建设研究型病房", "促进医药贸易便利化", "加强监管科学研究"]
SECTION_TITLES = ["提升创新医药临床研究水平", "优化创新药械审评审批", "提升创新医药生产流通", "促进创新医药临床应用",
                  "加大要素保障力度", "营造良好产业生态", "强化组织实施", "深化开放合作"]
REMIT_WORDS = ["医保支付", "挂网", "商业健康保险", "价格项目", "入院", "临床试验", "医疗机构", "研究型病房",
               "审评审批", "注册检验", "知识产权", "专利", "融资", "上市", "进口", "通关", "人才", "中试", "用地"]
CN = "一二三四五六七八九十"


def cn_num(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens - 1]) + "十" + (CN[ones - 1] if ones else "")


def _catalog_path() -> Path | None:
    env = os.environ.get("MEDGRAPH_CATALOG")
    if env and Path(env).is_file():
        return Path(env)
    here = Path(__file__).resolve().parent.parent / "graph" / "catalog.yaml"
    return here if here.is_file() else None


@lru_cache(maxsize=1)
def bureaus() -> list[tuple[str, list[str]]]:
    """(full name, short aliases) of Beijing bureaus: from the catalog when it is there."""
    path = _catalog_path()
    if path is not None:
        try:
            import yaml

            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            out = []
            for b in data.get("bureaus") or []:
                if b.get("kind", "bureau") != "bureau" or b.get("jurisdiction", "beijing") != "beijing":
                    continue
                shorts = [s for s in (b.get("short_aliases") or []) if str(s).startswith("市")] or list(b.get("aliases") or [])
                out.append((str(b["name"]), [str(s) for s in shorts] or [str(b["name"])]))
            if len(out) >= 4:
                return out
        except Exception:  # noqa: BLE001 - the catalog is optional input here
            pass
    return FALLBACK_BUREAUS


# ---------------------------------------------------------------------------- pools


def _name(rng: random.Random, k: int = 2) -> str:
    return "".join(rng.choice(SYL) for _ in range(k))


@lru_cache(maxsize=64)
def _pool(kind: str, seed: int, size: int) -> tuple[str, ...]:
    rng = random.Random(f"{seed}-{kind}")
    out: list[str] = []
    seen: set[str] = set()
    for _ in range(size * 50):  # name spaces are large; the bound only guards against a loop
        if len(out) >= size:
            break
        if kind == "drug":
            n = _name(rng, rng.choice((2, 3))) + rng.choice(DRUG_SUFFIX)
        elif kind == "device":
            n = _name(rng, 2) + rng.choice(DEVICE_SUFFIX)
        elif kind == "platform":
            n = "北京" + _name(rng, 2) + rng.choice(PLATFORM_TOPIC) + rng.choice(PLATFORM_SUFFIX)
        elif kind == "org":
            n = "北京" + _name(rng, 2) + rng.choice(("生物科技有限公司", "医药有限公司", "医疗器械有限公司"))
        else:  # fund
            n = "北京" + rng.choice(DISTRICT_SHORT + PLATFORM_TOPIC) + _name(rng, 2) + rng.choice(("产业投资基金", "创新发展基金", "天使基金"))
        if n not in seen:
            seen.add(n)
            out.append(n)
    return tuple(out)


class Entities:
    """Entity picks for one document: skewed reuse from pools that grow with the corpus
    (document i sees a pool of ~ 40 + i/5 names) plus a few names new to this document."""

    def __init__(self, rng: random.Random, seed: int, index: int):
        self.rng = rng
        self.seed = seed
        self.index = index
        self.pool_size = 40 + index // 5

    def _reuse(self, kind: str) -> str:
        pool = _pool(kind, self.seed, 40 + 2000)  # fixed pool; visible prefix grows with index
        k = min(self.pool_size, len(pool)) - 1
        i = min(k, int(self.rng.paretovariate(1.1)) - 1)
        if self.rng.random() < 0.5:
            i = self.rng.randint(0, k)
        return pool[i]

    def _new(self, kind: str) -> str:
        r = random.Random(f"{self.seed}-new-{kind}-{self.index}-{self.rng.random()}")
        if kind == "drug":
            return _name(r, 3) + r.choice(DRUG_SUFFIX)
        if kind == "device":
            return _name(r, 3) + r.choice(DEVICE_SUFFIX)
        if kind == "platform":
            return "北京" + _name(r, 2) + r.choice(PLATFORM_TOPIC) + r.choice(PLATFORM_SUFFIX)
        if kind == "org":
            return "北京" + _name(r, 3) + "生物科技有限公司"
        return "北京" + _name(r, 2) + "产业投资基金"

    def pick(self, kind: str) -> str:
        if kind == "platform" and self.rng.random() < 0.3:
            return self.rng.choice(CORE_PLATFORMS)
        if kind == "fund" and self.rng.random() < 0.4:
            return self.rng.choice(CORE_FUNDS)[0]
        return self._new(kind) if self.rng.random() < 0.2 else self._reuse(kind)

    def product(self) -> str:
        return self.pick("drug" if self.rng.random() < 0.6 else "device")

    def district(self) -> str:
        return self.rng.choice(DISTRICTS)

    def amount(self) -> str:
        r = self.rng.random()
        if r < 0.7:
            return f"{self.rng.choice((5, 10, 20, 30, 50, 100, 200))}亿元"
        if r < 0.9:
            return f"{self.rng.randint(1, 99)}.{self.rng.randint(1, 9)}亿元"
        return f"{self.rng.choice((500, 1000, 3000, 5000))}万元"


# ---------------------------------------------------------------------------- sentences


def sentence(rng: random.Random, ent: Entities) -> str:
    t = rng.randrange(14)
    if t == 0:
        return f"支持{ent.district()}建设{ent.pick('platform')}，推动{ent.product()}等创新产品加快上市。"
    if t == 1:
        return f"设立{ent.pick('fund')}，总规模{ent.amount()}，重点支持{ent.pick('platform')}和{ent.pick('org')}发展。"
    if t == 2:
        return f"在{ent.district()}设立{ent.pick('platform')}，为企业提供临床试验、注册检验和中试服务。"
    if t == 3:
        return f"推动{ent.product()}、{ent.product()}纳入医保目录，完善医保支付政策，支持创新药械挂网采购。"
    if t == 4:
        return f"{ent.pick('org')}位于{ent.district()}，其研发的{ent.product()}已获批上市。"
    if t == 5:
        return f"鼓励医疗机构开展{rng.choice(TOPICS)}临床试验，支持建设研究型病房不少于{rng.randint(5, 60)}个。"
    if t == 6:
        return f"发挥{ent.pick('fund')}作用，撬动社会资本投资{rng.choice(TOPICS)}领域，规模达到{ent.amount()}。"
    if t == 7:
        return f"加快{ent.product()}入院使用，对符合条件的{rng.choice(TOPICS)}产品开通挂网绿色通道。"
    if t == 8:
        return f"依托{ent.pick('platform')}开展{rng.choice(TOPICS)}关键技术攻关，累计服务企业不少于{rng.randint(20, 500)}家。"
    if t == 9:
        return f"探索{rng.choice(REMIT_WORDS)}改革，推进{rng.choice(REMIT_WORDS)}和{rng.choice(REMIT_WORDS)}协同，提升服务效率。"
    if t == 10:
        return f"{ent.district()}的{ent.pick('platform')}正式启用，首批引进项目{rng.randint(3, 40)}个。"
    if t == 11:
        return f"支持商业健康保险将{ent.product()}纳入保障范围，减轻患者负担。"
    if t == 12:
        return f"对新获批的{rng.choice(TOPICS)}品种，给予最高{rng.randint(1, 30)}00万元奖励。"
    return f"加强{rng.choice(TOPICS)}人才引育，推动京津冀{rng.choice(TOPICS)}产业协同发展，2026年产业规模突破{rng.randint(1, 3)}.{rng.randint(0, 9)}万亿元。"


def annotation(rng: random.Random, style: str) -> str:
    bs = bureaus()
    r = rng.random()
    if r < 0.35:
        return ""  # owner left to the remit rule
    lead = rng.choice(bs)[1][0]
    sup = [rng.choice(bs)[1][0] for _ in range(rng.randint(0, 3))]
    sup = [s for s in dict.fromkeys(sup) if s != lead]
    if r < 0.7:
        tail = f"；配合单位：{'、'.join(sup)}" if sup else ""
        return f"(牵头单位：{lead}{tail})"
    if r < 0.85:
        return f"(责任单位：{'、'.join([lead, *sup])})"
    return f"({'、'.join([lead, *sup])})"


# ---------------------------------------------------------------------------- documents


def _measure_marker(style: str, n: int) -> str:
    if style == "paren_cn":
        return f"({cn_num(n)})"
    if style == "arabic_dot":
        return f"{n}."
    return f"第{cn_num(n)}条 "


def policy(rng: random.Random, ent: Entities, index: int, plan: bool) -> str:
    bs = bureaus()
    year = rng.choice((2023, 2024, 2025, 2026))
    issuers = rng.sample(bs, k=min(len(bs), rng.randint(1, 6)))
    topic = rng.choice(TOPICS)
    if plan:
        title = f"北京市{topic}产业高质量发展行动计划（{year}-{year + 2}年）"
        style = "arabic_dot"
    else:
        title = f"北京市支持{topic}高质量发展若干措施（{year}年）第{index}版"
        style = rng.choice(("paren_cn", "paren_cn", "arabic_dot", "article"))
    prefix = rng.choice(("京医保发", "京卫发", "京药监发", "京科发", "京政办发", "京发改"))
    docno = f"{prefix}〔{year}〕{rng.randint(1, 99)}号"
    sig = "  \n".join(b[0] for b in issuers)
    out = [sig, "", f"## 关于印发《{title}》的通知", "", docno, "", "各有关单位：", "",
           f"经市政府同意，现将《{title}》印发给你们，请认真执行。", "", sig, "",
           f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "", f"# {title}", "",
           f"为加快推动本市{topic}产业创新发展，{sentence(rng, ent)}现提出如下工作举措：", ""]
    n_measures = rng.randint(8, 34)
    n_sections = max(2, min(len(SECTION_TITLES), n_measures // rng.randint(4, 6)))
    per = -(-n_measures // n_sections)
    n = 0
    for s in range(n_sections):
        if n >= n_measures:
            break
        out += [f"{rng.choice(('##', '###', ''))} {cn_num(s + 1)}、{SECTION_TITLES[s % len(SECTION_TITLES)]}".strip(), ""]
        for _ in range(per):
            if n >= n_measures:
                break
            n += 1
            heading = rng.choice(HEADINGS)
            body = "".join(sentence(rng, ent) for _ in range(rng.randint(2, 5)))
            out += [f"{_measure_marker(style, n)}{heading}。{body}{annotation(rng, style)}", ""]
    out += ["各区、各有关部门要按照职责分工抓好落实。本措施自印发之日起施行，此前发布的有关规定与本措施不一致的，以此为准。", ""]
    return "\n".join(out)


def press(rng: random.Random, ent: Entities) -> str:
    bs = bureaus()
    out = ["主持人", f"主持人：各位媒体朋友，大家下午好！欢迎出席北京市人民政府新闻办公室新闻发布会。今天介绍{rng.choice(TOPICS)}有关政策。"]
    for _ in range(rng.randint(4, 10)):
        b = rng.choice(bs)
        out.append(f"{b[0]}负责同志：{''.join(sentence(rng, ent) for _ in range(rng.randint(2, 5)))}")
        out.append(f"记者：请问{b[1][0]}在{rng.choice(REMIT_WORDS)}方面有哪些新举措？")
    out.append("主持人：今天的发布会到此结束，谢谢大家！")
    return "\n".join(out)


def news(rng: random.Random, ent: Entities) -> str:
    d = ent.district()
    title = f"{d}{rng.choice(TOPICS)}产业加速集聚"
    paras = [f"# {title}", ""]
    for _ in range(rng.randint(3, 9)):
        paras += ["".join(sentence(rng, ent) for _ in range(rng.randint(2, 4))), ""]
    return "\n".join(paras)


def _page_breaks(rng: random.Random, text: str) -> str:
    """Break lines in mid-sentence (as PDF exports do) and add a running footer."""
    out = []
    page = 1
    i = 0
    while i < len(text):
        step = rng.randint(900, 2200)
        j = min(len(text), i + step)
        out.append(text[i:j])
        if j < len(text):
            page += 1
            out.append(rng.choice(("\n\n", f"\n\n— {page} —\n\n", "\n")))
        i = j
    return "".join(out)


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def document(seed: int, index: int) -> tuple[str, str]:
    """(file name, text) of document ``index``."""
    rng = random.Random(f"{seed}:{index}")
    ent = Entities(rng, seed, index)
    r = rng.random()
    if r < 0.55:
        kind, text = "measures", policy(rng, ent, index, plan=False)
    elif r < 0.75:
        kind, text = "plan", policy(rng, ent, index, plan=True)
    elif r < 0.85:
        kind, text = "press", press(rng, ent)
    else:
        kind, text = "news", news(rng, ent)
    if rng.random() < 0.25:
        text = _page_breaks(rng, text)
    if rng.random() < 0.10:
        text = _s2t().convert(text)
        kind += "-trad"
    return f"{index:06d}_{kind}.txt", text + "\n"


def generate(n: int, out: str | Path, seed: int = DEFAULT_SEED) -> tuple[int, int]:
    """Write ``n`` documents to ``out``; returns (files, bytes)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        name, text = document(seed, i)
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        total += len(data)
    return n, total


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.corpus", description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1000, help="number of documents (default 1000)")
    ap.add_argument("--out", required=True, help="output folder (created)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"seed (default {DEFAULT_SEED})")
    a = ap.parse_args(argv)
    files, size = generate(a.docs, a.out, a.seed)
    print(f"wrote {files} documents, {size / 1e6:.1f} MB, to {a.out}")


if __name__ == "__main__":
    main()
