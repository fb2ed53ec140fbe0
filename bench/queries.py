"""A deterministic mix of realistic reader questions for the latency and load figures.

Every question carries its category so latency can be broken down: short keywords,
long sentences, common words only, USSD codes, typos (homophones, Latin slips),
Traditional Chinese, mixed Latin, and questions nothing in the corpus answers.
Questions are unique within one mix, so a first pass over them is uncached.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from bench.generate import CITIES, DEVICES, OPERATORS, PAYMENTS, PRODUCTS

# category -> share of the mix
MIX = {
    "short": 0.20, "long": 0.18, "common": 0.08, "code": 0.12, "typo": 0.12,
    "traditional": 0.12, "latin": 0.08, "no_answer": 0.10,
}

_INTENTS = ("怎么充值", "余额查询", "流量包怎么买", "怎么激活", "APN 设置", "没有信号", "退款", "实名登记",
            "开热点", "打国际长途", "到账时间", "充值码无效", "停机了", "怎么查流量", "多少钱", "在哪里买")
_SHORT = ("充值", "余额", "流量包", "远游卡", "上网卡", "充值码", "eSIM", "APN", "漫游", "退款", "热点", "PUK",
          "IMEI", "实名", "信号", "套餐", "话费", "客服", "营业厅", "二维码", "飞行模式", "国际长途", "到账")
_LONG = (
    "我在{city}机场买的{op}{product}，流量用完了，怎么在手机上再买一个流量包？",
    "用{pay}给{op}充值扣款成功了但是余额没有变化，应该找谁退款？",
    "{device}插了{op}的卡能打电话但是上不了网，APN 应该怎么设置？",
    "第一次去哈萨克斯坦旅游，{city}哪里可以买到便宜的{product}，需要带护照吗？",
    "{op}的{product}提示充值码无效是什么原因，刮开的号码明明是对的",
    "请问从{city}打电话回中国怎么拨号，{op}每分钟多少钱？",
    "我的{device}是国行的，可以安装{op}的 eSIM 吗？扫码之后一直显示无法激活",
    "手机在{city}待了一个多月突然没有信号了，是不是要登记 IMEI？",
)
_COMMON = ("怎么办", "如何", "可以吗", "是什么", "为什么", "多少钱", "在哪里", "手机", "怎么用", "有没有",
           "什么时候", "需要吗", "不能用", "问题", "请问一下")
_CODE = ("*111*", "*100#", "*102#", "*#06#", "*515#", "*767#", "*151*", "*155#", "*120#", "411", "0611",
         "拨打{code}没反应", "{code}是什么", "{code}查余额", "输入{code}提示错误", "{op} {code}")
_TYPO = ("冲值", "流亮包", "于额查询", "上网咔", "远油卡", "充直码", "esmi", "Kcel", "Bealine", "Tele 2",
         "eSim激活", "冲值码", "余颜", "流量抱", "漫油", "{op}冲值", "远游咔怎么冲值", "上网卡没信好",
         "退宽", "实明登记", "apm设置", "热点开不了")
_TRADITIONAL = ("遠遊卡怎麼充值", "餘額查詢", "流量包怎麼買", "充值碼無效", "{op}上網卡", "沒有信號怎麼辦",
                "實名登記需要護照嗎", "國際長途怎麼撥", "個人熱點", "退款多久到賬", "eSIM 怎麼激活",
                "在{city}哪裡買卡", "話費餘額", "飛行模式")
_LATIN = ("{op} top up", "{op} balance", "eSIM QR code", "APN internet", "{op} tariff", "roaming Kazakhstan",
          "SIM card passport", "PUK code", "hotspot", "{op} 4G", "www.kcell.kz", "beeline.kz 充值", "Kaspi 充值")
_NO_ANSWER = ("天气预报", "签证延期", "火锅怎么做", "比特币价格", "高铁票改签", "股票开户", "how to cook rice",
              "房屋出租", "驾照考试", "宠物疫苗", "大学录取分数线", "离婚协议书", "健身房会员", "汽车保养",
              "足球比赛直播", "钢琴培训", "装修公司", "婚纱摄影", "考研英语", "失眠怎么办")


@dataclass(frozen=True)
class Question:
    category: str
    text: str


def _slot(rng: random.Random, template: str) -> str:
    op = rng.choice(OPERATORS)
    return template.format(
        op=op.name, city=rng.choice(CITIES), product=rng.choice(PRODUCTS), pay=rng.choice(PAYMENTS),
        device=rng.choice(DEVICES), code=rng.choice((op.balance, op.topup, op.data, "*#06#")),
    )


def _one(rng: random.Random, category: str) -> str:
    """Draw one question of category; combinations keep a large mix unique."""
    if category == "short":
        text = rng.choice(_SHORT)
        roll = rng.random()
        if roll < 0.35:
            return f"{rng.choice(OPERATORS).name} {text}"
        if roll < 0.7:
            return f"{rng.choice(PRODUCTS)}{rng.choice(_INTENTS)}"
        return text if roll < 0.8 else f"{rng.choice(CITIES)}{text}"
    if category == "long":
        return _slot(rng, rng.choice(_LONG))
    if category == "common":
        return "".join(rng.sample(_COMMON, rng.choice((1, 1, 2, 3))))
    if category == "code":
        text = _slot(rng, rng.choice(_CODE))
        return text if rng.random() < 0.6 else f"{text} {rng.choice(_INTENTS)}"
    if category == "typo":
        text = _slot(rng, rng.choice(_TYPO))
        return text if rng.random() < 0.5 else f"{rng.choice(OPERATORS).name}{text}"
    if category == "traditional":
        text = _slot(rng, rng.choice(_TRADITIONAL))
        return text if rng.random() < 0.6 else f"{rng.choice(OPERATORS).name} {text}"
    if category == "latin":
        return _slot(rng, rng.choice(_LATIN))
    if category == "no_answer":
        text = rng.choice(_NO_ANSWER)
        return text if rng.random() < 0.4 else f"{text}{rng.choice(('', '怎么办', '多少钱', '在哪里', '攻略', '流程'))}"
    raise ValueError(f"unknown category {category!r}")


def mix(count: int, seed: int = 7) -> list[Question]:
    """Return count unique questions, categories in the MIX shares, in a shuffled order."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[Question] = []
    for category, share in MIX.items():
        want = max(1, round(count * share))
        tries = 0
        got = 0
        while got < want and tries < want * 200:
            tries += 1
            text = _one(rng, category)
            if rng.random() < 0.15:   # readers pad questions
                text = f"{text}{rng.choice(('？', '?', '呢', '啊', ' ', '。', '吗'))}"
            if text in seen:
                continue
            seen.add(text)
            out.append(Question(category, text))
            got += 1
    rng.shuffle(out)
    return out[:count] if len(out) >= count else out
