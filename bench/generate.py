"""Generate a deterministic corpus of realistic synthetic help-center articles.

    python -m bench.generate --count 10000 --out bench/generated/corpus-10000

Article i depends only on (seed, i), so a smaller corpus is a prefix of a larger
one and two runs with the same seed write byte-identical files. Articles vary in
topic, operator, city, length and shape (guide, how-to, FAQ, notice), mix
Simplified with Traditional sentences, and carry numbered procedures with USSD
codes and Q&A blocks in both the `### Q:`/`A:` and `问：`/`答：` forms, so that
the index sees realistic term statistics rather than one text repeated.
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import opencc

DEFAULT_SEED = 20250513
REPO = Path(__file__).resolve().parent.parent
KB_DIR = REPO / "corpus" / "_kb"     # dictionaries/synonyms shipped with the real corpus, if any

_S2T = opencc.OpenCC("s2t")


@dataclass(frozen=True)
class Operator:
    name: str
    site: str
    balance: str        # USSD code to check the balance
    topup: str          # USSD prefix to redeem a top-up code (充值码)
    data: str           # USSD code to check or buy data
    apn: str
    hotline: str


OPERATORS = (
    Operator("Kcell", "www.kcell.kz", "*100#", "*111*", "*515#", "internet", "411"),
    Operator("Beeline", "www.beeline.kz", "*102#", "*100*", "*767#", "internet.beeline.kz", "0611"),
    Operator("Tele2", "tele2.kz", "*111#", "*151*", "*155#", "internet.tele2.kz", "611"),
    Operator("Altel", "altel.kz", "*111#", "*151*", "*120#", "internet.altel.kz", "611"),
    Operator("Activ", "www.activ.kz", "*100#", "*111*", "*515#", "internet", "411"),
)
OPERATOR_WEIGHTS = (30, 28, 20, 12, 10)

CITIES = (
    "阿拉木图", "阿斯塔纳", "努尔苏丹", "奇姆肯特", "卡拉干达", "阿克托别", "塔拉兹", "巴甫洛达尔",
    "厄斯克门", "塞米伊", "阿特劳", "阿克套", "克孜勒奥尔达", "科斯塔奈", "乌拉尔斯克",
    "彼得罗巴甫尔", "图尔克斯坦", "霍尔果斯", "扎尔肯特", "麦迪奥", "卡普恰盖", "突厥斯坦",
)
PLACES = ("机场到达大厅", "火车站", "购物中心", "超市", "便利店", "营业厅", "加油站", "酒店前台", "地铁站", "大巴车站")
PRODUCTS = ("远游卡", "上网卡", "充值码", "eSIM", "流量包", "SIM卡", "预付费卡", "充值卡", "无限流量套餐", "话费")
DEVICES = ("iPhone 15", "iPhone 13", "华为 Mate 60", "小米 14", "三星 Galaxy S23", "OPPO Find X6", "vivo X100",
           "Pixel 8", "iPad", "随身WiFi", "平板电脑", "笔记本电脑")
PAYMENTS = ("Kaspi", "Visa", "MasterCard", "银联卡", "支付宝", "微信支付", "现金", "Apple Pay", "Halyk", "PayPal")
AMOUNTS = ("500", "1000", "1500", "2000", "3000", "5000", "10000")
DAYS = ("1", "3", "7", "10", "15", "30")
GIGS = ("1", "3", "5", "10", "20", "30", "50")
PERSONAS = ("小李", "王先生", "张女士", "留学生小陈", "刘阿姨", "出差的赵经理", "背包客阿杰", "周同学")
REASONS = ("信号弱", "欠费停机", "充值码输错", "APN 没有配置", "流量包过期", "SIM卡没有插好", "没有开启数据漫游",
           "手机锁网", "余额不足", "实名登记未完成")

# Topic: slug, title templates, section headings, topic sentences, procedure
# (title, steps), and Q&A pairs. {op} {code} {city} ... are filled per article.
TOPICS = (
    dict(
        slug="top-up",
        titles=("{op}{product}怎么充值？{year}最新充值方法", "哈萨克斯坦{product}充值指南（{op}）",
                "在{city}给{op}{product}充值的几种方式", "{op}充值码使用说明"),
        sections=("常见的充值方式", "线下充值", "在线充值", "使用充值码充值", "充值到账时间"),
        sentences=(
            "购买{op}的充值卡后，刮开涂层即可看到十六位充值码。",
            "打开拨号盘，输入 {topup}充值码# 然后按拨打键，系统会提示充值结果。",
            "在{city}的{place}，通常可以买到面值 {amount} 坚戈的充值卡。",
            "通过 {site} 官网或官方 App 充值，可以使用 {pay} 付款。",
            "充值成功后会收到短信通知，余额一般在几分钟内到账。",
            "如果充值码已经被使用过，系统会提示“充值码无效”。",
            "自助终端支持现金充值，输入手机号码和金额即可，手续费一般不超过 {fee} 坚戈。",
            "{persona}在{city}用{pay}给{op}的{product}充了 {amount} 坚戈，不到五分钟就到账了。",
        ),
        procedure=("用充值码给{op}充值", ("购买充值卡", "刮开充值码", "拨打 {topup}充值码#", "等待短信确认", "查询余额确认到账")),
        qa=(("充值后多久能到账？", "一般几分钟内到账，网络繁忙时可能延迟到半小时，可以拨打 {balance} 查询。"),
            ("充值码输错了怎么办？", "充值码连续输错五次会被锁定二十四小时，请仔细核对后再输入 {topup}充值码#。"),
            ("可以给别人的号码充值吗？", "可以，在 {site} 或自助终端输入对方号码即可，{op}号码都支持。"),
            ("充值失败但扣款了怎么办？", "请保留付款凭证，联系{op}客服 {hotline}，一般三个工作日内退回。")),
    ),
    dict(
        slug="balance",
        titles=("{op}余额怎么查？", "查询{op}{product}余额和流量的方法", "{op}余额查询代码大全"),
        sections=("用短代码查询余额", "在 App 里查询", "查询剩余流量", "余额不足提醒"),
        sentences=(
            "拨打 {balance} 可以查询{op}号码的话费余额，结果会以短信形式发送。",
            "剩余流量可以通过 {data} 查询，显示的单位是 MB。",
            "登录 {site} 的个人中心，也能看到余额、流量和套餐到期时间。",
            "当余额低于 {fee} 坚戈时，{op}会发送提醒短信。",
            "{persona}发现{product}的余额一下子少了很多，原来是开通了付费订阅服务。",
            "查询余额本身是免费的，在漫游状态下也可以使用 {balance}。",
        ),
        procedure=("查询{op}余额", ("打开拨号盘", "输入 {balance}", "按拨打键", "查看屏幕或短信中的余额")),
        qa=(("查询余额收费吗？", "不收费，拨打 {balance} 查询余额是免费的。"),
            ("为什么余额突然变少了？", "可能订阅了增值服务，拨打客服 {hotline} 可以查询并退订。"),
            ("怎么查剩余流量？", "拨打 {data} 或登录 {site} 查看剩余流量。")),
    ),
    dict(
        slug="data-package",
        titles=("{op}流量包怎么买？", "{op} {days}天 {gb}GB 流量包介绍", "{product}流量用完了怎么办"),
        sections=("流量包种类", "购买流量包", "流量包有效期", "无限流量套餐"),
        sentences=(
            "{op}提供 {days} 天 {gb}GB 的流量包，价格约 {amount} 坚戈。",
            "拨打 {data} 按提示选择流量包，扣费成功后立即生效。",
            "流量包到期后未用完的流量不会结转到下个周期。",
            "在{city}市区 4G 信号很好，但在郊外可能只有 3G。",
            "{persona}买了 {gb}GB 的流量包，刷视频两天就用完了。",
            "无限流量套餐在使用超过一定额度后会限速，速度降到 512Kbps 左右。",
            "如果同时购买了多个流量包，会优先扣除先到期的那一个。",
        ),
        procedure=("购买{op}流量包", ("确认余额充足", "拨打 {data}", "选择 {days} 天 {gb}GB 套餐", "回复 1 确认", "收到开通短信")),
        qa=(("流量包可以叠加吗？", "可以叠加购买，先到期的先扣除。"),
            ("流量用完了会自动扣话费吗？", "{op}在流量用完后会按量计费，建议及时再买一个流量包。"),
            ("怎么退订自动续费的流量包？", "拨打 {data} 选择“退订”，或联系客服 {hotline}。")),
    ),
    dict(
        slug="esim",
        titles=("{op} eSIM 怎么激活？", "在{device}上安装 eSIM 的步骤", "eSIM 和实体{product}有什么区别"),
        sections=("支持 eSIM 的设备", "扫码安装 eSIM", "eSIM 激活失败", "转移 eSIM 到新手机"),
        sentences=(
            "购买 eSIM 后会收到一张二维码，用{device}扫码即可安装。",
            "安装 eSIM 时手机需要连接 WiFi，否则无法下载配置文件。",
            "拨打 *#06# 可以查看 EID 和 IMEI，确认手机是否支持 eSIM。",
            "{op}的 eSIM 在{city}落地后自动激活，无需实名。",
            "一张二维码只能安装一次，删除 eSIM 后需要联系{op}重新发码。",
            "{persona}的{device}是国行版本，不支持 eSIM，只好在{place}买了实体卡。",
        ),
        procedure=("在{device}上安装 eSIM", ("连接 WiFi", "打开设置 > 蜂窝网络", "点击添加 eSIM", "扫描二维码", "设置为主要数据线路", "开启数据漫游")),
        qa=(("eSIM 二维码扫不出来怎么办？", "可以手动输入 SM-DP+ 地址和激活码，或截图后从相册识别。"),
            ("国行手机支持 eSIM 吗？", "大多数国行手机不支持 eSIM，请先拨打 *#06# 查看是否有 EID。"),
            ("换手机后 eSIM 还能用吗？", "需要联系{op}客服 {hotline} 重新申请二维码。")),
    ),
    dict(
        slug="apn",
        titles=("{op} APN 设置方法", "{product}能打电话但不能上网？检查 APN", "{device} APN 配置教程"),
        sections=("APN 参数", "安卓手机设置", "苹果手机设置", "设置后仍然无法上网"),
        sentences=(
            "{op}的 APN 是 {apn}，用户名和密码留空即可。",
            "在{device}上进入设置 > 移动网络 > 接入点名称，新建一个 APN。",
            "修改 APN 后请重启手机，让设置生效。",
            "如果能打电话却不能上网，多半是 APN 没有设置正确。",
            "{persona}在{city}换了{op}的{product}，改完 APN 就能上网了。",
            "APN 类型填写 default,supl，MCC 为 401。",
        ),
        procedure=("设置{op} APN", ("打开设置", "进入移动网络", "选择接入点名称 (APN)", "新建 APN 并填写 {apn}", "保存并重启手机")),
        qa=(("APN 要填用户名吗？", "不需要，{op}的 APN {apn} 用户名和密码都留空。"),
            ("苹果手机找不到 APN 设置？", "iPhone 在 设置 > 蜂窝网络 > 蜂窝数据网络 里修改 APN。")),
    ),
    dict(
        slug="roaming",
        titles=("去哈萨克斯坦旅游用什么{product}？", "{city}旅行上网攻略", "出国漫游还是买当地{product}更划算"),
        sections=("国内手机卡漫游", "购买当地{product}", "机场买卡", "各运营商信号对比"),
        sentences=(
            "国内手机卡在哈萨克斯坦漫游，流量每天要几十元，买当地{product}更划算。",
            "在{city}的{place}就能买到{op}的{product}，需要出示护照。",
            "{op}在{city}的信号覆盖比较好，偏远地区建议选 Kcell 或 Beeline。",
            "入境前可以在国内网上先买好 eSIM，落地即可上网。",
            "{persona}在{city}机场买了{op}的{product}，{days}天 {gb}GB 只要 {amount} 坚戈。",
            "霍尔果斯口岸附近信号复杂，手机可能自动连接到国内网络。",
        ),
        procedure=("在机场购买{product}", ("到达大厅找到{op}柜台", "出示护照", "选择套餐并付款", "工作人员帮忙插卡激活", "测试上网")),
        qa=(("在哈萨克斯坦买卡需要护照吗？", "需要，购买{op}{product}必须出示护照进行实名登记。"),
            ("国内的卡在哈萨克斯坦能用吗？", "可以漫游使用，但费用较高，建议开通国际漫游前先了解资费。")),
    ),
    dict(
        slug="registration",
        titles=("{op}{product}实名登记", "外国人在哈萨克斯坦办理{product}需要什么证件", "{product}未实名被停机怎么办"),
        sections=("需要的证件", "登记流程", "IIN 号码", "未登记的后果"),
        sentences=(
            "外国人办理{product}需要护照和入境卡，部分营业厅还要求临时登记证明。",
            "哈萨克斯坦要求 SIM 卡在 30 天内完成 IMEI 登记，否则会被限制使用。",
            "IIN 是个人识别号码，长期居留的外国人可以在公共服务中心申请。",
            "在{city}的{op}营业厅办理登记，大约需要十五分钟。",
            "{persona}因为没有登记 IMEI，手机在第三十一天突然没有信号了。",
        ),
        procedure=("登记手机 IMEI", ("拨打 *#06# 查看 IMEI", "前往{op}营业厅", "出示护照和手机", "填写登记表", "等待短信确认")),
        qa=(("短期旅游需要登记 IMEI 吗？", "停留不超过 30 天一般不需要，超过后需要登记。"),
            ("没有 IIN 能办卡吗？", "可以，游客用护照就能购买{op}的{product}。")),
    ),
    dict(
        slug="troubleshooting",
        titles=("{product}没有信号怎么办？", "{op}无法上网的 {n} 个原因", "{device}插卡后显示无服务"),
        sections=("检查信号", "重启与飞行模式", "检查余额和套餐", "联系客服"),
        sentences=(
            "先打开再关闭飞行模式，让手机重新搜索网络。",
            "在设置中把网络模式改为 4G/3G/2G 自动，可以解决部分机型无服务的问题。",
            "{reason}是无法上网最常见的原因之一。",
            "如果 SIM 卡被锁，需要输入 PUK 码解锁，PUK 码印在卡托背面。",
            "{persona}的{device}在{city}一直显示无服务，最后发现是{reason}。",
            "拨打{op}客服 {hotline} 时可以选择英语或俄语服务。",
        ),
        procedure=("排查{product}无法上网", ("确认余额充足（拨打 {balance}）", "开启并关闭飞行模式", "检查 APN 是否为 {apn}", "开启数据漫游", "重启手机", "联系客服 {hotline}")),
        qa=(("SIM卡被锁了怎么办？", "输入卡托背面的 PUK 码解锁，连续输错十次卡会永久失效。"),
            ("为什么显示 E 而不是 4G？", "当前位置 4G 覆盖弱，换到开阔地点或重启手机试试。"),
            ("手机提示“无 SIM 卡”？", "关机后重新插拔 SIM 卡，检查卡托是否变形。")),
    ),
    dict(
        slug="refund",
        titles=("{op}充值退款流程", "{product}多充了钱能退吗？", "{op}套餐退订与退款说明"),
        sections=("可以退款的情况", "申请退款", "退款到账时间"),
        sentences=(
            "充值成功后的话费一般不支持退款，但重复扣款可以申请退回。",
            "在线支付失败但已扣款的，通常会在 3 到 7 个工作日内自动退回到{pay}。",
            "申请退款时需要提供付款截图、手机号码和交易时间。",
            "{persona}用{pay}付款时网络中断，被扣了两次 {amount} 坚戈，后来联系客服退回了一笔。",
        ),
        procedure=("申请{op}退款", ("准备付款凭证", "登录 {site} 提交工单", "填写手机号码和金额", "等待客服审核", "查收退款")),
        qa=(("话费余额能提现吗？", "不能，话费余额只能用于通信消费。"),
            ("退款多久到账？", "审核通过后 3 到 7 个工作日退回原支付渠道。")),
    ),
    dict(
        slug="hotspot",
        titles=("{product}能开热点吗？", "用{op}{product}给{device}共享网络", "个人热点耗流量吗"),
        sections=("开启个人热点", "热点限速", "省流量技巧"),
        sentences=(
            "大部分{op}套餐允许开启个人热点，但无限流量套餐的热点流量可能单独计算。",
            "给笔记本电脑开热点时，系统更新会在后台消耗大量流量。",
            "在{city}的酒店 WiFi 不稳定时，可以用{product}开热点应急。",
            "{persona}用{device}开热点给三个人用，一天用掉了 {gb}GB。",
        ),
        procedure=("开启个人热点", ("打开设置", "进入个人热点", "设置热点密码", "开启允许其他人加入", "在另一台设备上连接")),
        qa=(("开热点会额外收费吗？", "不会额外收费，按套餐流量扣除。"),),
    ),
    dict(
        slug="calls",
        titles=("用{op}{product}打国际长途", "从哈萨克斯坦打电话回中国怎么拨号", "{op}国际通话资费"),
        sections=("拨号格式", "国际通话资费", "接听费用"),
        sentences=(
            "从哈萨克斯坦打回中国，拨 +86 加手机号码即可。",
            "{op}打中国的资费约每分钟 {fee} 坚戈，建议用微信语音通话更省钱。",
            "哈萨克斯坦的国家代码是 +7，本地号码一般以 70、77 或 747 开头。",
            "{persona}在{city}用{op}的{product}给家里打了十分钟电话，花了不到 {amount} 坚戈。",
        ),
        procedure=("拨打中国号码", ("打开拨号盘", "输入 +86", "输入对方手机号码", "按拨打键")),
        qa=(("接听国内来电收费吗？", "在哈萨克斯坦用本地卡接听免费，漫游的国内卡接听要收费。"),),
    ),
)
TOPIC_WEIGHTS = (22, 14, 14, 12, 9, 10, 6, 8, 4, 3, 3)

# Generic sentences (any topic) that give the corpus a long tail of common words.
FILLER = (
    "对于初次使用的朋友来说，这些步骤可能有点陌生，但操作起来并不复杂。",
    "不同运营商的资费经常调整，以官网公布的最新价格为准。",
    "建议出发前截图保存本文，以便在没有网络时查看。",
    "如果遇到语言不通的问题，可以用翻译软件和店员沟通。",
    "在大城市里，营业厅一般营业到晚上八点，周末也开门。",
    "请妥善保管充值凭证和购卡收据，以备日后查询。",
    "哈萨克斯坦的官方语言是哈萨克语和俄语，营业厅工作人员大多会说俄语。",
    "如果你计划长期居住，选择合约套餐可能更划算。",
    "很多读者在评论区反馈了类似的问题，我们整理在下面。",
    "以上信息整理于{year}年，仅供参考。",
    "网络高峰时段（晚上七点到十一点）速度可能会变慢。",
    "出门在外，手机电量和网络同样重要，建议随身带上充电宝。",
    "遇到自称客服要求提供验证码的电话，请立即挂断。",
    "偏远地区和山区的信号覆盖有限，出发前最好下载离线地图。",
    "{city}冬天气温很低，手机电池掉电快，可能导致频繁掉线。",
    "选择运营商时，信号覆盖、价格和售后服务都要考虑。",
)
NOTICE = (
    "{op}将于{month}月{day}日凌晨进行系统维护，期间充值和查询服务暂停。",
    "即日起，{op}在{city}新开设一家营业厅，地址在{place}附近。",
    "{op}调整了 {days} 天流量包的价格，新价格为 {amount} 坚戈。",
)


def _corpus_sentences() -> tuple[str, ...]:
    """Return the plain sentences of the real articles (corpus/*.md): natural prose for the long tail."""
    found: set[str] = set()
    for path in sorted((REPO / "corpus").glob("*.md")):
        text = re.sub(r"\[\[.*?\]\]|!\[.*?\]\(.*?\)|[#*>`|\[\]]", "", path.read_text(encoding="utf-8"))
        for sentence in re.findall(r"[^。！？\n]+[。！？]", text):
            sentence = re.sub(r"^\d+\.\s*", "", sentence.strip(" -"))
            if 10 <= len(sentence) <= 80 and "{" not in sentence and "http" not in sentence:
                found.add(sentence)
    return tuple(sorted(found))


REAL_SENTENCES = _corpus_sentences()


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format_map(slots)


def _maybe_traditional(text: str, rng: random.Random, share: float) -> str:
    return _S2T.convert(text) if rng.random() < share else text


def _slots(rng: random.Random) -> dict[str, str]:
    op = rng.choices(OPERATORS, OPERATOR_WEIGHTS)[0]
    return {
        "op": op.name, "site": op.site, "balance": op.balance, "topup": op.topup, "data": op.data,
        "apn": op.apn, "hotline": op.hotline,
        "city": rng.choice(CITIES), "place": rng.choice(PLACES), "product": rng.choice(PRODUCTS),
        "device": rng.choice(DEVICES), "pay": rng.choice(PAYMENTS), "amount": rng.choice(AMOUNTS),
        "days": rng.choice(DAYS), "gb": rng.choice(GIGS), "persona": rng.choice(PERSONAS),
        "reason": rng.choice(REASONS), "fee": str(rng.choice((10, 20, 25, 30, 50, 100, 150))),
        "year": str(rng.choice((2023, 2024, 2025))), "n": str(rng.randint(3, 9)),
        "month": str(rng.randint(1, 12)), "day": str(rng.randint(1, 28)),
    }


def _paragraph(rng: random.Random, topic: dict, slots: dict[str, str], trad: float) -> str:
    count = rng.choice((1, 2, 2, 3, 3, 4))
    pools = (topic["sentences"], FILLER, REAL_SENTENCES)
    picked = [rng.choice(topic["sentences"] if k == 0 else rng.choices(pools, (4, 2, 4))[0]) for k in range(count)]
    # re-draw slots within a paragraph now and then, so entities co-occur in many combinations
    return "".join(_maybe_traditional(_fill(s, _slots(rng) if rng.random() < 0.25 else slots), rng, trad)
                   for s in picked)


def _procedure(rng: random.Random, topic: dict, slots: dict[str, str], trad: float) -> list[str]:
    title, steps = topic["procedure"]
    lines = [f"## {_fill(title, slots)}", ""]
    sentences = topic["sentences"]
    if rng.random() < 0.6:      # numbered list with bold step heads, as most help centres write them
        for n, step in enumerate(steps, 1):
            detail = _maybe_traditional(_fill(rng.choice(sentences), slots), rng, trad)
            lines.append(f"{n}. **{_fill(step, slots)}**：{detail}")
        lines.append("")
    else:                       # one heading per step, as in corpus/kazakhstan-travel-sim-top-up.md
        for n, step in enumerate(steps, 1):
            lines += [f"### （{n}）{_fill(step, slots)}", "",
                      _maybe_traditional(_fill(rng.choice(sentences), slots), rng, trad), ""]
    return lines


def _qa(rng: random.Random, topic: dict, slots: dict[str, str], trad: float, how_many: int) -> list[str]:
    pairs = list(topic["qa"])
    other = TOPICS[rng.randrange(len(TOPICS))]["qa"]
    pairs += [p for p in other if p not in pairs]
    rng.shuffle(pairs)
    lines = [rng.choice(("## 常见问题", "## 常见问题解答", "## FAQ", "## 充值常见问题解答")), ""]
    style = rng.random()
    for question, answer in pairs[:how_many]:
        q = _maybe_traditional(_fill(question, slots), rng, trad)
        a = _maybe_traditional(_fill(answer, slots), rng, trad)
        if style < 0.55:
            lines += [f"### Q: {q}", f"A: {a}", ""]
        elif style < 0.8:
            lines += [f"**问：**{q}", "", f"**答：**{a}", ""]
        else:
            lines += [f"问：{q}", f"答：{a}", ""]
    return lines


def _table(slots: dict[str, str]) -> list[str]:
    lines = ["| 运营商 | 余额查询 | 充值 | 流量 | APN |", "|---|---|---|---|---|"]
    lines += [f"| {o.name} | `{o.balance}` | `{o.topup}充值码#` | `{o.data}` | {o.apn} |" for o in OPERATORS]
    return lines + [""]


def article(index: int, seed: int = DEFAULT_SEED) -> tuple[str, str]:
    """Return (relative path, Markdown text) of synthetic article number index."""
    rng = random.Random(seed * 1_000_003 + index)
    topic = rng.choices(TOPICS, TOPIC_WEIGHTS)[0]
    slots = _slots(rng)
    shape = rng.choices(("guide", "howto", "faq", "notice"), (40, 30, 22, 8))[0]
    # most articles are Simplified with a few Traditional sentences; some are wholly Traditional
    trad = 1.0 if rng.random() < 0.07 else rng.choice((0.0, 0.05, 0.1, 0.2))
    lines = [f"# {_maybe_traditional(_fill(rng.choice(topic['titles']), slots), rng, trad)}", ""]
    if shape == "notice":
        lines += [_maybe_traditional(_fill(rng.choice(NOTICE), slots), rng, trad),
                  _paragraph(rng, topic, slots, trad), ""]
    else:
        lines += [_paragraph(rng, topic, slots, trad), ""]
    if shape in ("guide", "howto"):
        sections = list(topic["sections"])
        rng.shuffle(sections)
        for heading in sections[: rng.randint(1, 3) if shape == "howto" else rng.randint(2, len(sections))]:
            lines += [f"## {_fill(heading, slots)}", ""]
            for _ in range(rng.randint(1, 3)):
                lines += [_paragraph(rng, topic, slots, trad), ""]
            if rng.random() < 0.2:
                lines += [f"- {_paragraph(rng, topic, slots, trad)}" for _ in range(rng.randint(2, 4))] + [""]
            if rng.random() < 0.08:
                lines += _table(slots)
        lines += _procedure(rng, topic, slots, trad)
        if topic["slug"] == "apn" and rng.random() < 0.7:
            lines += ["```", f"APN: {slots['apn']}", "用户名: (留空)", "密码: (留空)", "MCC: 401", "```", ""]
    if shape in ("guide", "faq") or rng.random() < 0.3:
        lines += _qa(rng, topic, slots, trad, rng.randint(2, 4) if shape != "faq" else rng.randint(4, 7))
    if shape != "notice" and rng.random() < 0.7:
        lines += [rng.choice(("## 总结", "## 结语", "## 小贴士")), "", _paragraph(rng, topic, slots, trad), ""]
    path = f"{topic['slug']}/{slots['op'].lower()}-{topic['slug']}-{index:05d}.md"
    return path, "\n".join(lines)


def generate(count: int, out: Path, seed: int = DEFAULT_SEED) -> dict:
    """Write count synthetic articles under out (emptied first); copy corpus/_kb/ beside them."""
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    made: set[Path] = set()
    size = 0
    for index in range(count):
        rel, text = article(index, seed)
        path = out / rel
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        data = text.encode("utf-8")
        path.write_bytes(data)
        size += len(data)
    if KB_DIR.is_dir():
        shutil.copytree(KB_DIR, out / "_kb")
    return {"count": count, "seed": seed, "bytes": size, "out": str(out)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    summary = generate(args.count, args.out, args.seed)
    print(f"{summary['count']} articles, {summary['bytes'] / 1e6:.1f} MB in {args.out} "
          f"({time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
