"""Cut an `Article` into answer-sized `Fragment`s: questions with answers, procedure steps, passages.

Pure: no I/O. Sections are visited in document order; each yields fragments by
these rules (first match wins):

qa — a question and its whole answer
  * A heading that is a question (ends in ？/? once a "Q:"/"问：" prefix is
    stripped, or has such a prefix), has no sub-headings and whose blocks are
    not a procedure: title = the question without prefix, text = all its blocks
    one per line (list items included), an "A:"/"答：" prefix stripped. A FAQ
    heading's sub-heading without sub-headings, beside others that ask, is a
    question too (「换卡后收不到验证码短信」): a FAQ's headings are its questions.
  * Inside a section's blocks: a block led by "Q:"/"Q："/"问："/"问:" (plain or
    bold) starts a question; the answer runs over the following blocks up to
    the next question. An all-bold paragraph ending in ？/? is a question too
    (how editors write questions without headings), in any section; so is a
    paragraph led by a bold question with its answer run in, in a FAQ section
    or in a run of two or more such paragraphs (a mail's 「您问到的其他几点」).
  * <dt>/<dd>: a dt ending in ？/? (or any dt in a FAQ section, title with
    FAQ/常见问题/问题解答/Q&A/问答) and its dd's; an HTML accordion
    <details><summary> arrives here as summary/dd (see indexer.parse): a row
    asking without its mark among rows that ask is a question too.
step — one step of a procedure (Procedure(title, index, count), 1-based)
  * Sub-headings all numbered "（1）", "(1)", "步骤1", "第一步", "Step 1" (at
    least two) are the steps of their parent heading, unless the parent is a
    list of notes (注意/事项/提示/建议/技巧). Sub-headings numbered "1." or "1、"
    are steps only when the parent says it is a procedure (步骤/流程/操作/
    教程/如何/怎么) and not a list of options (方式/方法/选择); otherwise they
    are ordinary sections ("常见的充值方式" → 4 alternative methods).
    Step title = the sub-heading without its number; text = its content.
  * An <ol> of at least two items is a procedure unless every item starts with
    a bold lead ("**网络覆盖**：…" is a list of points, not actions) or the
    section is a FAQ, or its heading or lead-in names conditions, documents,
    causes or things to know (「出發前先知道的三件事」). Step title = the item's bold lead, else its first
    sentence when it fits a title (up to 。；！？, 30 characters), else its first clause
    (up to ，。：；！？, a bare name labelling the step, 「iPhone：」, leading the clause after it; an ASCII mark
    only before a space or Chinese text: 「7:00」, 「10,000」
    and 「https://…」 go on, and an address is never cut; too long, it loses its bracketed asides
    unless they say whose each thing it lists is), else "第N步"; text = the whole item.
  * An accordion's question (<summary>, not one labelled 问：) whose answer holds
    such an <ol> is a procedure named by the question, as under a question heading.
  * Two or more consecutive paragraphs/bullets starting "第一步"/"第1步"/"步骤一"
    are steps titled by their bold lead or the clause after the marker.
  * Procedure title = the owning heading (article title for the intro); when
    a section holds several procedures, a short paragraph ending in "："
    right before a list names it instead.
section — everything else, per run of consecutive plain blocks, title = the
  owning heading without its number (intro → article title; the writer's closing
  words after a Q&A's last answer → article title too: they close the article), split at block
  boundaries (a longer block at 。！？； or a line break, else at ，、：, never inside
  a Latin word or number: `cut_point`; a long list or table into even pieces, a table's each under
  its header and a passage of its own: `list_pieces`, `table_pieces`) into passages of at most
  MAX_PASSAGE_CHARS. A heading with only sub-headings yields nothing itself.

Anchors derive from the owning heading's anchor only, so they are stable under
edits elsewhere: heading qa/first passage `<anchor>`, further passages
`<anchor>-p2`…, in-section questions `<anchor>-q1`…, list steps
`<anchor>-step-1`…, heading steps the sub-heading's own anchor.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from indexer.analysis import width
from indexer.html_text import CJK
from indexer.model import Article, Block, Fragment, FragmentType, Procedure, Section, Source
from indexer.parse import ANSWER_PREFIX, QUESTION_PREFIX, parse_article
from indexer.render_text import PROCEDURE_TITLE

MAX_PASSAGE_CHARS = 400

_CN_NUM = "一二三四五六七八九十百"
_A_INLINE = re.compile(r"\n\s*(?:A|答)\s*\d{0,3}\s*[:：]|\s(?:A|答)\s*\d{0,3}\s*[:：]\s*|(?<=[？?])\s*(?:A|答)\s*\d{0,3}\s*[:：]",
                       re.IGNORECASE)
_STRONG_STEP = re.compile(
    rf"^\s*(?:[（(]\s*\d+\s*[)）]|步[骤驟]\s*[\d{_CN_NUM}]+|第\s*[\d{_CN_NUM}]+\s*步|step\s*\d+)\s*[:：.、．]?\s*",
    re.IGNORECASE,
)
# 「1.」「2、」, a section number 「2.1」「1.2.3」 and a WeChat badge 「01 」
_WEAK_STEP = re.compile(r"^\s*(?:\d+(?:[.．]\d+)+\s*[.、．)）]?|\d+\s*[.、．)）]|0[1-9](?=\s))\s*")
# a section inserted between two numbered ones and lettered after the first (「4a. 申请被退回的常见原因」 between
# 「4.」 and 「5.」 in a SysAid article): one lowercase letter, so 「5G. …」 keeps its name
_LETTERED_NUMBER = re.compile(r"^\s*\d{1,2}[a-z]\s*[.、．)）]\s*(?=\S)")
_ORDINAL = re.compile(rf"^\s*(?:[{_CN_NUM}]{{1,3}}\s*[、.．]|[（(]\s*[{_CN_NUM}]{{1,3}}\s*[)）])\s*")   # 「一、」「（二）」
# 「步驟一」 as traditional-Chinese pages write it (Hostinger's 「<p><strong>步驟一</strong>　…」 paragraphs of
# 「送修流程」, holdout149, stayed one section of five lines)
# (its number may be set off by a comma too: a Google Groups reply's 「第一步，发「8888#60#10086#YE#」给主机…」, holdout260,
# titled 「，发…」)
# … and 「STEP 1」 as graphic-article editors (秀米) badge a step's paragraph (「<span><strong>STEP 1</strong></span>　报到
# 当天…」, holdout261's 「办理流程」 stayed one section of five lines)
_STEP_PARAGRAPH = re.compile(rf"^\s*(?:第\s*[\d{_CN_NUM}]+\s*步|步[骤驟]\s*[\d{_CN_NUM}]+|(?i:step)\s*\d{{1,2}}(?!\d|[.．]\d)"
                             rf")\s*[:：.、．，,]?\s*")
_NOTES_TITLE = re.compile(r"注意|事项|提示|建议|技巧|\btips?\b|\bnotes?\b", re.IGNORECASE)
_OPTIONS_TITLE = re.compile(r"方式|方法|选择|選擇|途径|渠道|options?|ways", re.IGNORECASE)
# (not one situation pointed back at: 「遇到這種情況：」 after the words describing it leads what to do then — Apple
# Support's 「網站一直要求驗證…」 over its three <ol> steps, holdout213, stayed lines of the section)
_CONDITIONS_LEAD = re.compile(r"(?<![这這此该該][种種个個])(?<![此该該])(?:条件|條件|要求|情况|情況|情形|前提)\w{0,6}[：:]\s*$"
                              r"|[两兩二三四五几幾多][种種]\w{0,8}(?:办法|辦法|方法|方式|选择|選擇|做法|情况|情況)[：:—\-\s]*$"
                              # 「一起问几个问题，…」 asks them; 「很多问题…就能解决：」 (很, 许, 好, 太 or 诸 before the count)
                              # speaks of how many problems there are, asking none, and may lead steps
                              r"|(?<![很许許好太诸諸])[两兩二三四五几幾多个個]\w{0,2}(?:问题|問題)"
                              # 「什么时候本地卡明显更好，我总结一下：」 lists the occasions
                              r"|(?:什么时候|什麼時候|何时|何時|哪些情况|哪些情況)(?![都也])[^。！？]*[：:]\s*$"
                              # 「可通过以下方式办理：」 (a 12306 notice over its <p> 1.–3. ticket windows and the KTZ
                              # app, holdout204): the ways or channels one may go through, each enough alone
                              r"|(?:通过|通過|经由|經由)(?:以下|下列|下面)\w{0,4}(?:方式|渠道|途径|途徑)\w{0,6}[：:]\s*$")
# … and a heading that names them (「任职要求」「申请条件」「系统要求」: a job ad's requirements 1.–4. under its bold
# name, holdout220), unless it names steps too (「办理条件」 is 办理's); or the terms of an offer (「條款及細則」: 3香港's
# two terms 「通行證只適用於…」「3香港保留…」 were its steps 1/2 and 2/2, holdout237); or a job's duties (「岗位职责」: a
# BOSS直聘 ad's 1.–4. 「负责…换屏」「负责主板级维修」 were the steps of a procedure, holdout249: what the job is, done in
# no order); or the rules of an event or offer (「活动规则」: a 人人秀 H5 page's 1.–4. 「旧手机按回收评估价折价…」「每位顾客
# …限换 1 台」 were the steps of a procedure, holdout267: what holds, kept in no order)
_CONDITIONS_TITLE = re.compile(r"(?:条件|條件|要求|条款|條款|细则|細則|职责|職責|规则|規則"
                               r"|terms(?: (?:and|&) conditions)?|\brules)\s*$",
                               re.IGNORECASE)
# … but not one that says to make or set them up (「设置自动分配规则」「创建触发条件」, a help centre's h2 over its
# <ol> of six clicks stayed one flat section, holdout279): doing something to the rules is a procedure. A word
# that only opens with the verb names no doing (「Add-on terms and conditions」: the add-ons' conditions), nor does one
# naming what the doing needs (「修改套餐的条件」「修改资料需满足的要求」: the conditions for changing a plan, in no order)
_SETS_UP = re.compile(r"^(?:如何|怎么|怎麼|怎样|怎樣)?(?:设置|設置|设定|設定|配置|创建|創建|建立|新建|添加|新增|编辑|編輯|修改)"
                      r"(?!.*(?:的|需满足|需滿足|须满足|須滿足)\w{0,4}(?:条件|條件|要求)\s*$)"
                      r"|^(?:how to )?(?:set up|create|add|configure|edit)\b(?!-)", re.IGNORECASE)
# one question of several named by its number (「回答第 1 个问题，…iPhone 上这样操作：」, a forum reply taking the asker's
# questions in turn) counts none: it is no 「几个问题」 asked, and the list after it may be its answer's steps
_ORDINAL_QUESTION = re.compile(rf"第\s*[\d{_CN_NUM}]+\s*[个個]?\s*(?:问题|問題)")
# what to bring: a heading or lead-in naming documents (「需要准备的材料」「请带上以下证件：」) lists them
# (or asking what is needed: 「办卡需要什么」 over 「1. 个体户（ИП）：身份证件、ИИН…」)
_DOCUMENTS_TITLE = re.compile(r"(?:材料|證件|证件|清单|清單|documents?)\s*[)）]?\s*$|带什么|帶什麼|要带|要帶|准备什么|準備什麼"
                              r"|需要(?:什么|什麼|哪些)|what to bring|what (?:do )?(?:i|you) need", re.IGNORECASE)
_DOCUMENTS_LEAD = re.compile(r"(?:材料|證件|证件|文件|清单|清單|documents?)\w{0,6}[：:]\s*$|带上|帶上|要带|要帶", re.IGNORECASE)
# a lead-in naming the things listed (「下列物品中通快遞一律不予收寄…：」 over 「1. 槍支…；<br>2. 爆炸物品…」, ZTO's
# prohibited categories, holdout285: five steps of 「禁止寄遞物品」): a list of things, not of what to do
_THINGS_LEAD = re.compile(r"(?:以下|下列|下面|如下)(?:的|这些|這些|几类|幾類|各类|各類)?"
                          r"(?:物品|商品|货物|貨物|东西|東西|品类|品類|类别|類別|items?\b)[^。！？]*[：:]\s*$",
                          re.IGNORECASE)
# where a lead-in's sentences end: only its last one introduces the list (`_last_sentence`)
_SENTENCE_END = re.compile(r"(?<=[。！？!?])")
# why something happens: a heading that asks why (「为什么手机和运营商的数字对不上」) or a lead-in
# naming causes (「原因有这几个：」) lists them — no steps, unless the heading also says how to (怎么办)
_REASONS_TITLE = re.compile(r"为什么|為什麼|为啥|為啥|原因|\bwhy\b|\breasons?\b", re.IGNORECASE)
_REASONS_LEAD = re.compile(r"(?:原因|理由)\w{0,8}[：:]\s*$", re.IGNORECASE)
# a lead-in that is only 「建议：」 (a feedback board's request, holdout99's Nolt post) lists what the writer wishes
# for, not what to do: 「建议按下面的步骤：」 says more and still leads steps
_PROPOSALS_LEAD = re.compile(r"^\s*(?:我的|我们的|我們的|几点|幾點|一些|以下)?(?:建议|建議|提议|提議|诉求|訴求)(?:如下|是|有)?\s*[：:]\s*$")
_ACTION_LEAD = re.compile(r"(?:先|再|然后|然後|接着|接著|最后|最後|马上|馬上|立即|立刻|尽快|盡快|赶紧|趕緊)?"
                          r"(?:打开|打開|输入|輸入|按|点击|點擊|点|點|选择|選擇|拨打|撥打|拨|撥|登录|登錄|登入|进入|進入|"
                          r"开通|開通|挂断|掛斷|申请|申請|联系|聯繫|打给|打給|打客服|记下|記下|截图|截圖|备份|備份|检查|檢查|核对|核對|"
                          r"发送|發送|发|發|填写|填寫|上传|上傳|提交|确认|確認|等待|查看|下载|下載|安装|安裝|重启|重啟|关闭|關閉|"
                          r"开启|開啟|插入|取出|带上|帶上|携带|攜帶|扫描|掃描|扫码|掃碼|复制|複製|设置|設置|設定|切换|切換|前往|去|"
                          r"open|enter|tap|click|press|select|dial|log ?in|go to|send|install|restart)", re.IGNORECASE)
# what to know: a heading or lead-in naming facts (「出發前先知道的三件事」「办卡须知」「先了解这几点：」「补充两件营业厅的事：」)
# lists them, unless it also names steps or asks how (「如何知道…」)
_KNOWING = re.compile(r"(?:知道|了解|明白)(?:的|这|這|以下|下面|几|幾)|须知|須知|常识|常識"
                      r"|(?:补充|補充|提醒|注意)[^，,。：:]{0,6}?[两兩二三四五六七八九十几幾]\s*(?:件|点|點|条|條)"
                      r"|\b(?:need|good|should|things) to know\b", re.IGNORECASE)
# a lead-in that says the items are done in order (「按下面的顺序做：」)
# (or to follow them: 「下次停電照住做：」「照着做就行：」)
_STEPS_LEAD = re.compile(r"按(?:照)?(?:下面|以下|下列|这个|這個)?的?(?:顺序|順序|步骤|步驟)|依次|依序|step by step"
                         r"|照(?:住|着|著)?(?:下面|以下|这些|這些|呢啲)?(?:做|去做)", re.IGNORECASE)
# what to choose from: a heading asking which to pick (「手机怎么选」「选哪家」) or naming offers
# (「优惠和补贴」, not 「如何申请补贴」) lists alternatives, each a thing of its own, not a step after another; one
# choosing a setting it names in quotes (「下单时如何选择「可带宠物」」, holdout131) asks how to switch it on, not which;
# one choosing while doing something (「在 Туту.ру 買票時怎麼選」 over 「輸入出發站…」「打開篩選器…」, holdout145) asks how
# to go through that task, choosing on the way: its list is the task's steps
_CHOICE_TITLE = re.compile(r"(?<![时時])(?:怎么|怎麼|如何|咋)(?:选|選|挑)(?![择擇]?\s*[「『“\"])|(?:选|選|挑)哪|哪(?:款|家|个|個|种|種)(?:好|合适|合適|划算|劃算)"
                           r"|which (?:one|to choose)", re.IGNORECASE)
_OFFERS_TITLE = re.compile(r"优惠|優惠|补贴|補貼|福利|折扣|减免|減免|discounts?|benefits?", re.IGNORECASE)
_STEPS_TITLE = re.compile(r"步骤|步驟|流程|办理|辦理|教程|\bsteps?\b", re.IGNORECASE)     # names steps, not options
# (a shop's questions tab: 「商品咨询」「购买咨询」, JD's and Gmarket's; 「Questions & Answers」, Best Buy's and Walmart's,
# whose buyers ask without the question mark as often as not; 「Frequently Asked Questions」 spelt out, Mobitel's h2 over
# its accordion, holdout284: its help box after the last pair was a part titled so, answering none of them)
_FAQ_TITLE = re.compile(r"FAQ|常见问题|常見問題|问题解答|問題解答|Q\s*&\s*A|Questions\s*(?:&|and)\s*Answers|Frequently Asked Questions|问答|問答"
                        r"|(?:商品|购买|購買)(?:咨询|諮詢)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[，,。：:；;！!？?]")
# where a long block is cut, best first: sentence ends (ASCII ones only before a space or
# a CJK character: 「a.php?x=1」 goes on), clause marks, spaces
_CUTS = (re.compile(r"[。！？；]|[!?;](?=\s|[^\x00-\x7f])|\n"), re.compile(r"[，、：]|,(?=\s)"), re.compile(r"\s"))
_LATIN_RUN = re.compile(r"[\x21-\x7e\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]+")   # a word, number, code or address
_STEP_TITLE_MAX = 30        # how long a step title reads (`width`), in Chinese characters
_CUT_MIN = 2               # a title is cut only to leave out more than this width: its 「…」 and one character say less
_BARE_MOVE_MAX = 2         # a first clause this short (「开机」) is joined to the next in a step's title
URL_TITLE_MAX = 60          # a step's title may run past _STEP_TITLE_MAX to keep an address whole (a code or quotation
                            # too, when cutting before it leaves a stub), in characters
LABELLED_TITLE_MAX = 80     # … or the asides labelling the things it lists (`_labels_items`), the clause whole
_ADDRESS = re.compile(r"(?:https?://|www\.)[!-~]+", re.IGNORECASE)     # a web address, up to a space or CJK text
# (「提交申请前」 says when as 「收到短信后」 does; not 「往前」「目前」「提前」; 「如需…」「如只需…」 say if as 「如果」 does, not
# 「如何」「如下」「如图」: Microsoft Learn's 「如只需听讲，可在 设置 > … 设为“低”」 was titled 「如只需听讲」, holdout191)
# 「熄火狀態下」「没有信号的情况下」 say when as 「…时」 does (Takealot's step 「熄火狀態下，把分享器插進 OBD-II 孔，…」 was
# titled 「熄火狀態下」, holdout198); not 「按一下」「往下」; 「如沒有…」「如遇…」「如发现…」 say if too (Raiffeisen's step 「如沒有任何記錄，
# 按 «Скопировать ID операции»，…」 was titled 「如沒有任何記錄」, holdout247)
_WHEN_CLAUSE = re.compile(r"^(?:如果|如(?=[需要只有未不无無没沒遇]|发现|發現)|若|假如|要是|万一|萬一)|(?:时|時|的话|的話|后|後|(?<![往向目眼提])前"
                          r"|(?:状态|狀態|情况|情況|条件|條件)下)$")
# a first clause naming only for whom the step is (「没有智能手机的用户」「已经转账的人」): a noun ending in its reader
_WHO_CLAUSE = re.compile(r"^[^，,：:]{2,16}的(?:用户|用戶|人|客户|客戶|顾客|顧客|乘客|旅客|朋友)$")
# … of them, one that says what the reader wants done (「若要改期」「如需退款」「如果想换号」): the step's purpose, the
# words a reader searches with; the clause after it only how (「請在看診前 48 小時以前於 App 裡修改」, holdout184's
# Zocdoc step lost 「若要改期」)
_PURPOSE_CLAUSE = re.compile(r"^(?:如果|若|假如|要是|如)(?:要|想|需|需要|想要)(?!是)")
# a clause that says what the reader then gets or sees, no act of theirs: 「你會收到…」「系统会显示…」, also after how
# long it takes and where it shows (「1–3 分钟内这条样线的 Updates 里会出现消息和坐标」: the when-clause before it,
# 「在野外发送预设短信后」, is the act, and the title lost it; holdout163's monday.com page)
_OUTCOME = re.compile(r"^(?:(?:[\d.]+\s*[–~\-—至到]\s*)?[\d.几幾数數]+\s*(?:秒|分钟|分鐘|小时|小時|个小时|個小時|天|个工作日|個工作日)"
                      r"(?:之?内|之?內|后|後)\s*)?"
                      r"(?:[^，,。；;：:「」]{0,16}?(?:里|裡|裏|上|中))?"
                      r"(?:你|您|妳|系统|系統)?(?:就|便)?(?:会|會|將|将)(?:收到|看到|显示|顯示|弹出|彈出|出现|出現)")
# the writer's wish that the post helps: 「希望幫到大家」, 「希望对大家有用」
_WISH = (r"希望(?:这篇|這篇|本文|以上|(?:能|可以)?(?:帮到|幫到|帮助到|幫助到)(?:大家|你|您)"
         r"|(?:能|可以)?(?:对|對)(?:大家|你|您)有(?:用|所?帮助|所?幫助))")
# questions before the last answered in one block each (「Q：…<br>A：…」, the 「A：」 line alone) with none running on:
# the writer's way, so a paragraph after the last pair is not its answer (one pair before it could be a one-off)
WHOLE_PAIRS_MIN = 2
_CLOSING = re.compile(r"^(?:总之|總之|总而言之|總而言之|总的来说|總的來說|综上|綜上|最后祝|最後祝"
                      r"|以上就是|以上就係|以上[，,]"        # 「以上，希望有幫到你」 (a forum post's sign-off)
                      # a closing remark the writer labels so (「最後碎念：」「最后说一句，」「最後一個小心得：」
                      # after the Q&A)
                      r"|最[后後](?:碎碎念|碎念|[说說]一?句|想[说說]的|的[话話]|(?:一[个個])?小?心得)\s*[:：，,]"
                      # 「希望幫到大家，有新資料我會再更新。」, also after a short word on the post itself
                      # (知乎's 「写得有点长，希望对大家有用。…评论区别吵架。」)
                      rf"|(?:[^，。！？,!?\n]{{1,12}}[，。！,!]\s*)?{_WISH}"
                      # 「就这些，祝大家都能看到一次成功的发射」: that's all, and a wish to the readers
                      r"|就(?:这|這)(?:些|么多|麼多)(?:了|吧)?\s*[，,。！!]"
                      r"|祝(?:大家|各位|你们|你們)"
                      # an editor's note labelled by who writes it (「编者注：」「译者注：」, IT之家's 「IT之家注：」 closing its
                      # news, holdout185): the newsroom's word on the story, not the last answer's (a bare 「注：」 or
                      # 「备注：」 is the answer's own footnote)
                      r"|(?:[A-Za-z]{0,8}[\u4e00-\u9fff]{2,6}|[A-Za-z]{2,8})注\s*[:：]"
                      # the writer's word on the next post (Write.as's 「以后有空再写水泵变频器的事。」, Bear
                      # Blog's 「下一篇写我们怎么给机器做无盘系统。」 after the last Q&A, holdout92)
                      r"|(?:下一篇|下篇|下一期|下期|下次|下回|以后有空|以後有空|有空)再?(?:来|來)?(?:写|寫|聊|讲|講|分享)"
                      # the writer's invitation to ask under the post (「有问题可以在评论区问，看到都会回。」), or
                      # where they answer (「有其他問題可以喺我 Telegram 頻道留言。」: a name of Latin letters one word)
                      r"|有(?:其他|其它|别的|別的|任何)?(?:问题|問題|疑问|疑問|不懂的?)"
                      r"(?:\s*[A-Za-z0-9@_][\w@.\-]*\s*|[^。！？\n]){0,8}(?:评论|評論|留言|私信|私訊))")
# a box's name on a line of its own over its text (「客服中心」, 「Contact us」): a few words, no sentence, figure or label
_BOX_TITLE = re.compile(r"^\s*[^\d\s，。！？；：、,.!?;:()（）「」\n][^\d，。！？；：、,.!?;:()（）「」\n]{1,15}\s*$")
PROCEDURE_NAME_MAX = 40    # a lead line naming the procedure below it (「在 App 里开通（Beeline）：」)
# a lead line that only says steps follow (「操作步骤：」「步骤如下：」「具體步驟：」), no words of the procedure's own
_STEPS_LABEL = re.compile(r"^(?:操作|具体|具體|详细|詳細|设置|設定|办理|辦理)?(?:步骤|步驟|方法|流程)(?:如下)?\s*[:：]$"
                          r"|^(?:请|請)?(?:按|依)(?:照)?(?:以下|下面|下列)(?:步骤|步驟)(?:操作|進行|进行)?\s*[:：]$")
_WORD_CHAR = re.compile(r"[0-9A-Za-z\u00c0-\u024f\u0400-\u04ff]")    # letters of words spaces separate


@dataclass(frozen=True)
class _Draft:
    anchor: str
    type: FragmentType
    title: str
    text: str
    path: tuple[str, ...]
    procedure: Procedure | None = None
    by_writer: bool = False


# a heading drawn inside 【】 whole (「【参数】」: Qoo10's and Taobao's descriptions) or behind a glyph (「◆ 規格與配件」:
# Ruten's): the brackets and the glyph frame the title, as on the bold lines `parse` makes headings of
_BRACKETED_TITLE = re.compile(r"^\s*【([^【】]+)】\s*$")
_GLYPH_TITLE = re.compile(r"^\s*[■□◆◇●○▲△▶►]\s*(?=[^\s■□◆◇●○▲△▶►★☆])")


# a question its writer labelled one (「問：」「Q:」), not a FAQ's item numbered (「Q1.」「Q2：」)
_LABELLED_QUESTION = re.compile(r"^(?!\s*Q\s*\d)" + QUESTION_PREFIX.pattern.lstrip("^"), re.IGNORECASE)


def strip_numbering(title: str) -> str:
    """Remove a leading "（1）", "1.", "4a.", "一、", "第一步", "Q:" style marker from a heading title, and the
    【】 or the glyph it is drawn in."""
    title = _GLYPH_TITLE.sub("", _BRACKETED_TITLE.sub(r"\1", title), count=1)
    for pattern in (QUESTION_PREFIX, _STRONG_STEP, _WEAK_STEP, _LETTERED_NUMBER, _ORDINAL):
        stripped = pattern.sub("", title, count=1)
        if stripped != title and stripped:
            return stripped
    return title


# a question may end with a remark in brackets: 「为什么只有一张卡能用 5G？（点开看）」
_QUESTION_END = re.compile(r"[？?]\s*(?:[（(][^（）()]{1,12}[）)]\s*)?$")


# a question typed without its mark: a question particle closing it (「停电时还能收到告警吗」) or a verb asked
# both ways (「能不能用中国的物联网卡」「有没有…」): read as one among a FAQ's headings only
_ASKS_UNMARKED = re.compile(r"[吗嗎]\s*$|([能要是会會可有])[不没沒]\1")


# the label 「问题：」/「問題：」 alone (not 「Q：」 or 「问：」, which only ever ask)
_STATED_TROUBLE = re.compile(r"^\s*(?:问题|問題)\s*[:：]")


_ASKING_WORD = re.compile(r"怎|如何|为什么|為什麼|为何|為何|什么|什麼|哪|多少|是否|能否|可否|how|what|why|when|where|can\b",
                          re.IGNORECASE)


def _labelled_asks(text: str) -> bool:
    """Whether a labelled line asks: a question mark, a particle or an A-not-A verb, or a question word at its
    start (「问题：如何更换套餐」, a FAQ's question typed without its mark)."""
    return _is_question(text) or _ASKS_UNMARKED.search(text) is not None \
        or _ASKING_WORD.search(text[:12]) is not None


def _is_question(text: str) -> bool:
    return bool(QUESTION_PREFIX.match(text)) or _QUESTION_END.search(text) is not None


# the letters a FAQ's question and its answer are each typed after, with a full stop, when both are: Toss's
# accordion 「Q. 家人說沒收到簡訊…？」 over 「A. 不一定。…」, PayPay's 「dt Q. …」 over 「dd A. …」 (holdout229: every title
# opened with 「Q. 」 and every answer with 「A. 」). Not 「Q:」 or 「A:」, which `QUESTION_PREFIX` and `ANSWER_PREFIX` take
# wherever they stand; a line 「A. …」 alone may be an option of a list, so the pair is taken only together
_LETTERED_QUESTION = re.compile(r"^\s*Q\s*[.．]\s*(?=\S)")
_LETTERED_ANSWER = re.compile(r"^\s*A\s*[.．]\s*(?=\S)")


def _unlettered(question: str, answer: Sequence[Block]) -> tuple[str, tuple[Block, ...]]:
    """A question over its answer (a term over its definitions, a summary over its panel) without the 「Q.」 and
    「A.」 both are typed after.

    >>> _unlettered("Q. 可以退款吗？", [Block(kind="dd", text="A. 可以。")])
    ('可以退款吗？', (Block(kind='dd', text='可以。', ordered=False, list_id=-1, strong_lead=''),))
    >>> _unlettered("Q. 可以退款吗？", [Block(kind="dd", text="可以。")])[0]
    'Q. 可以退款吗？'
    """
    if not answer or not _LETTERED_QUESTION.match(question) or not _LETTERED_ANSWER.match(answer[0].text):
        return question, tuple(answer)
    first = replace(answer[0], text=_LETTERED_ANSWER.sub("", answer[0].text, count=1))
    return _LETTERED_QUESTION.sub("", question, count=1), (first, *answer[1:])


def _answer(blocks: list[Block]) -> str:
    lines = [block.text for block in blocks]
    if lines:
        lines[0] = ANSWER_PREFIX.sub("", lines[0], count=1)
    return "\n".join(line for line in lines if line)


def _table_lead(lines: list[str]) -> tuple[int, str] | None:
    """How many of a table block's first lines lead it (its caption and header row: `parse.table_caption`)
    and the head its later pieces repeat ("" when too long to repeat); None when the block is no table
    (every line after the caption a row of cells, three lines at least)."""
    titled = len(lines) > 3 and " | " not in lines[0]
    if len(lines) <= 2 or not all(" | " in line for line in lines[titled:]):
        return None
    heads = ("\n".join(lines[:2]), lines[1]) if titled else (lines[0],)
    return 1 + titled, next((head for head in heads if len(head) <= MAX_PASSAGE_CHARS // 4), "")


def _split_long(text: str) -> list[str]:
    """Split one over-long block into pieces of at most MAX_PASSAGE_CHARS, each cut where `cut_point`
    says. A table is cut between its rows into even pieces (`table_pieces`)."""
    lines = text.split("\n")
    if (lead := _table_lead(lines)) is not None:
        return table_pieces(lines, *lead)
    return _cut(text)


def _cut(text: str, header: str = "", limit: int = MAX_PASSAGE_CHARS) -> list[str]:
    """`text` cut where `cut_point` says into pieces of at most `limit`, each after the first led by `header`."""
    pieces: list[str] = []
    while len(text) > limit:
        cut = cut_point(text, limit - (len(header) + 1 if pieces and header else 0))
        piece, text = text[:cut].strip(), text[cut:].strip()
        if piece:
            pieces.append(f"{header}\n{piece}" if pieces and header else piece)
    if text:
        pieces.append(f"{header}\n{text}" if pieces and header else text)
    return pieces


def table_pieces(lines: list[str], leading: int, header: str) -> list[str]:
    r"""A long table's rows as even pieces (`list_pieces`, as a long list's items are), each under the
    table's header row (and caption), which says what its cells are: filling each piece in turn left
    the last row alone under its header (Kayako's six rows cut 5 + 1, holdout50). A row too long
    for a piece is cut at `cut_point` and its later parts repeat the header too.

    >>> rows = ["应用 | 下载"] + [f"App {k} | " + "官网" * 30 for k in range(6)]
    >>> [piece.count("\n") for piece in table_pieces(rows, 1, rows[0])]
    [3, 3]
    """
    lead = "\n".join(lines[:leading])
    room = MAX_PASSAGE_CHARS - max(len(lead), len(header)) - 1
    if room < MAX_PASSAGE_CHARS // 2:
        return _cut("\n".join(lines), header)
    pieces: list[str] = []
    for group in list_pieces(lines[leading:], room):
        for part in (_cut(group, limit=room) if len(group) > room else [group]):
            head = header if pieces else lead
            pieces.append(f"{head}\n{part}" if head else part)
    return pieces


def cut_point(text: str, limit: int) -> int:
    """Where to cut a text longer than `limit`: after its last line break in the second half of the
    limit (a table's row stays whole), else after its last sentence end (。！？；), else its last
    clause mark (，、：), else its
    last space, else at the limit moved back to the start of the Latin word, number or
    address it would split (「不要写成 d|efault」); only a run longer than the limit is cut inside.

    >>> cut_point("只填 mms，不要写成 default,mms，否则上网也走彩信。", 20)      # after 「只填 mms，」
    7
    >>> cut_point("APN类型只填mms不要写成default,mms", 16)                   # before 「default,mms」
    14
    """
    window = text[:limit]
    row = window.rfind("\n")
    if row >= limit // 2:          # a line break late enough: a table's row, a list's line, kept whole
        return row + 1
    for marks in _CUTS:
        ends = [match.end() for match in marks.finditer(window)]
        if ends:
            return ends[-1]
    for run in _LATIN_RUN.finditer(text, 0, limit + 1):
        if 0 < run.start() < limit < run.end():
            return run.start()
    return limit


def _units(blocks: list[Block]) -> tuple[list[str], set[int], set[int]]:
    """Block texts to pack into passages, the items of a list that fits one passage as one text:
    a passage cut in the middle of 「需要同时满足三个条件：」 would answer with half of them. A list
    only a few characters over a passage (up to `LIST_WHOLE_CHARS`) stays one text too: cut, holdout193's
    403-character list of three limits under 「开始之前：海外使用 Paytm 的限制」 answered with two of them,
    its third alone in the next passage under the same title. A longer list is cut into even pieces
    (`list_pieces`). With them, which texts title the one after them (a line alone in bold, `_titles`)
    and which are never split (a code's pieces, such a list)."""
    units: list[str] = []
    titles: set[int] = set()
    codes: set[int] = set()
    i = 0
    while i < len(blocks):
        end = _list_end(blocks, i) if blocks[i].kind == "li" else i + 1
        if end < len(blocks) and _titles(blocks[i]):
            titles.add(len(units))
        if blocks[i].kind == "pre":
            pieces = _code_pieces(blocks[i].text)
            codes.update(range(len(units), len(units) + len(pieces)))
            units += pieces
        elif blocks[i].kind == "li" and len(whole := "\n".join(b.text for b in blocks[i:end])) <= LIST_WHOLE_CHARS:
            codes.add(len(units))
            units.append(whole)
        else:
            units += list_pieces([b.text for b in blocks[i:end]])
        i = end
    return units, titles, codes


CODE_WHOLE_CHARS = 2 * MAX_PASSAGE_CHARS
# a list this long still reads as one passage: cut for a few characters over one, it answered with part of its items
LIST_WHOLE_CHARS = MAX_PASSAGE_CHARS + MAX_PASSAGE_CHARS // 10


def _code_pieces(code: str) -> list[str]:
    r"""A code block as the texts to pack: whole up to CODE_WHOLE_CHARS, a longer one cut only between
    its paragraphs (at its blank lines: between statements, functions), each line's indentation kept.
    Cut at any line break past a passage's length, holdout132's 468-character Python snippet broke inside
    its `requests.post(…)` call, the second half opening with a stripped 「"from": "FOODAPP",」 — neither
    half the code a reader would copy.

    >>> [len(piece) for piece in _code_pieces("x = 1\n" * 100)]
    [599]
    >>> [piece.count("\n") for piece in _code_pieces(("def f():\n    return 1\n" * 30 + "\n") * 2)]
    [59, 59]
    """
    code = code.strip("\n")
    if len(code) <= CODE_WHOLE_CHARS:
        return [code]
    paragraphs = [part.strip("\n") for part in re.split(r"\n[ \t]*\n", code) if part.strip()]
    pieces: list[str] = []
    for paragraph in paragraphs:
        if pieces and len(pieces[-1]) + 2 + len(paragraph) <= CODE_WHOLE_CHARS:
            pieces[-1] += "\n\n" + paragraph
        else:
            pieces.append(paragraph)
    return [part for piece in pieces for part in ([piece] if len(piece) <= CODE_WHOLE_CHARS else _cut(piece))]


def _titles(block: Block) -> bool:
    """A paragraph that is one bold line (「**第三，VPN 为什么费流量。**」 over its list) titles what
    follows it as a lead-in's colon does: cut from it, it was a passage's last line answering nothing."""
    return block.kind == "p" and bool(block.strong_lead) and block.strong_lead == block.text and "\n" not in block.text


def list_pieces(items: list[str], limit: int = MAX_PASSAGE_CHARS) -> list[str]:
    """A list's items as texts of at most `limit`: the whole list when it fits, else as few pieces
    of consecutive items as it takes, as even as they can be. Filling each piece in turn left the
    last item alone (holdout47's 407-character list: its sixth item, 「漫游：…免流一律不适用」, went
    with the quote under the list, apart from its five siblings). An item longer than `limit` is
    a piece of its own (`split_passages` cuts it).

    >>> [len(piece) for piece in list_pieces(["甲" * 76, "乙" * 68, "丙" * 86, "丁" * 70, "戊" * 83, "己" * 19])]
    [232, 174]
    >>> [len(piece) for piece in list_pieces(["甲" * 50, "乙" * 500, "丙" * 30, "丁" * 30], 100)]
    [50, 500, 61]
    """
    pieces: list[str] = []
    run: list[str] = []
    for item in [*items, None]:
        if item is not None and len(item) <= limit:
            run.append(item)
            continue
        if run:
            pieces += _even_pieces(run, limit)
            run = []
        if item is not None:
            pieces.append(item)
    return pieces


def _even_pieces(items: list[str], limit: int) -> list[str]:
    """Items, each within `limit`, as the fewest pieces within it, the longest piece as short as can be."""
    def packed(room: int) -> list[list[str]]:
        groups: list[list[str]] = []
        for item in items:
            if groups and len("\n".join([*groups[-1], item])) <= room:
                groups[-1].append(item)
            else:
                groups.append([item])
        return groups

    fewest = len(packed(limit))
    low, high = max(len(item) for item in items), limit
    while low < high:           # the narrowest room that still takes no more pieces
        room = (low + high) // 2
        low, high = (low, room) if len(packed(room)) <= fewest else (room + 1, high)
    return ["\n".join(group) for group in packed(low)]


def split_passages(texts: list[str], titles: Collection[int] = (), codes: Collection[int] = ()) -> list[str]:
    """Pack block texts into passages of at most MAX_PASSAGE_CHARS, splitting only where needed (a code,
    one of `codes`, is never split: `_code_pieces` already cut it where it may be);
    a line that leads into the next block (「三家运营商的情况：」 over a table, or one of `titles`,
    the indices of texts that title the next one) goes with it, over the limit if need be, whether
    text came before it or not (a lead-in alone, 「名字一变，麻烦就一串一串来：」, was a passage
    answering nothing, its list the next one).

    >>> [passage[:6] for passage in split_passages(["甲" * 300, "三家的情况：", "乙" * 200])]
    ['甲甲甲甲甲甲', '三家的情况：']
    >>> [len(passage) for passage in split_passages(["三家的情况：", "乙" * 398])]
    [405]
    >>> [passage[:4] for passage in split_passages(["甲" * 300, "第三，费流量。", "乙" * 200], titles={1})]
    ['甲甲甲甲', '第三，费']
    """
    passages: list[str] = []
    current: list[str] = []
    leading: list[bool] = []        # whether each text in `current` leads into the next
    for index, text in enumerate(texts):
        long = len(text) > MAX_PASSAGE_CHARS and index not in codes
        # a table cut into pieces: each piece a passage of its own, as its later ones are (its last
        # piece glued to the paragraphs after it answered with rows cut from their siblings)
        apart = long and _table_lead(text.split("\n")) is not None
        for piece in _split_long(text) if long else [text]:
            if current and (apart or len("\n".join([*current, piece])) > MAX_PASSAGE_CHARS) \
                    and not (len(current) == 1 and leading[0]):
                carried = len(current) > 1 and leading[-1]
                kept = ([current.pop()], [leading.pop()]) if carried else ([], [])
                passages.append("\n".join(current))
                current, leading = kept
            current.append(piece)
            leading.append(_leads_in(piece) or index in titles)
        if apart:
            passages.append("\n".join(current))
            current, leading = [], []
    if current:
        passages.append("\n".join(current))
    return passages


def _leads_in(text: str) -> bool:
    """A line that leads into the block after it: it ends in a colon."""
    return text.rstrip().endswith(("：", ":"))


def _step_title(block: Block, index: int, marker: re.Pattern[str] | None = None) -> str:
    if marker is None and _STEP_PARAGRAPH.match(block.text):
        # an <ol> item that numbers itself too (「<li>第二步：向上推开导烟板…</li>」, Fotile's FAQ, holdout306): its
        # 「第二步」 read as a label, the step titled by it alone while its neighbours kept the whole line
        marker = _STEP_PARAGRAPH
    if block.strong_lead:
        lead = marker.sub("", block.strong_lead, count=1) if marker else block.strong_lead
        lead = lead.rstrip("：:，,。. ")
        if lead:
            return lead
    text = marker.sub("", block.text, count=1) if marker else block.text
    # the first line: a step's sub-points follow it on lines of their own
    if labels := _labels(text.split("\n", 1)[0]):
        return labels
    first_line = text.split("\n", 1)[0]
    clauses = _clauses(first_line)
    clause = clauses[0].strip()
    if asked := _asked_first(first_line):
        return asked
    label = ""      # the name a step is done on (`_labels_step`), kept whole before what to do
    # the first sentence, when a title's length: its first clause alone said where or when (「同一个位置」), or
    # only the first of the actions the sentence chains (「重启手机」 of 「重启手机，再连电脑，熄屏 20 分钟测试一次」)
    if not _ASIDE.fullmatch(clause) and (sentence := _first_sentence(text.split("\n", 1)[0])) \
            and len(sentence) <= _STEP_TITLE_MAX:
        return sentence
    if _WHEN_CLAUSE.search(clause) and len(clauses) > 1 and clauses[1].strip():
        # 「收不到时」 says when, not what to do: the title is both, or what to do alone when both are too long
        # (「在 eGov 上提交「Запись на экзамен」申请前，要先在驾校完成…」 was cut to 「…申请前，要先…」)
        # (the clause after it to its aside when the comma cut inside it: 「截图保存并拨打客服（Kcell 和 activ 为 456，
        # Beeline 为 0611…）」 read too long, and holdout211's Straits Times step lost 「如果发现涨幅超过4%」)
        joined = f"{clause}，{_unclosed_aside(clauses[1].strip())}"
        # (as long as it reads without its asides, which go from a title too long below)
        # — unless the clause after it only says what comes of it (「…之後，你會收到一個預約編號」): the act is
        # the when-clause's, and the title both, cut to a title's length; but not when what comes is quoted
        # (「客服确认后，你会收到短信「Заявка…отменена」」): the message's words are what a reader looks for,
        # and the cut would drop them
        # — nor when the when-clause quotes what the screen shows (「若閘門顯示「Введите код」，請輸入…驗證碼」): the
        # message is what a reader who sees it searches for, and the act alone (「請輸入…驗證碼」) lost it
        outcome = clauses[1].strip()
        clause = joined if width(_ASIDE.sub(_aside_gap, joined)) <= _STEP_TITLE_MAX \
            or (_OUTCOME.match(outcome) and not any(mark in outcome for mark in _QUOTES)) \
            or _SHOWS_QUOTED.search(clause) or _PURPOSE_CLAUSE.match(clause) else outcome
    elif _WHO_CLAUSE.match(clause) and len(clauses) > 1 and clauses[1].strip() \
            and width(joined := f"{clause}，{_unclosed_aside(clauses[1].strip())}") <= _STEP_TITLE_MAX:
        # 「没有智能手机的用户，可拨打 USSD 代码查询：…」 says for whom, as a when-clause says when: the title is both
        # (holdout211's Straits Times step was titled 「没有智能手机的用户」), or the clause alone when both are too long
        clause = joined
    elif 0 < len(clause) <= _BARE_MOVE_MAX and len(clauses) > 1 and clauses[1].strip() \
            and first_line[len(clauses[0]):len(clauses[0]) + 1] in ("，", ","):
        # 「开机，连接手机上的 DJI Fly，进入…」: a bare move everyone makes first (开机, 关机) says nothing of the
        # step alone, the clause after it what the step does (a label before a colon, 「签合同：」, still titles it)
        clause = f"{clause}，{clauses[1].strip()}"
    elif _labels_step(first_line, clauses):
        # 「iPhone：「设置 → 电话 → 在其他设备上通话」，打开…」: the label says where or on what, the clause
        # after it what to do (the step was titled 「iPhone」, its neighbour 「iPhone：「设置 → 信息 → 短信转发」…」);
        # the label's aside says which one (「Android（小米 HyperOS）：…」 beside 「Android（三星）：…」) and stays
        # when the asides of what to do go from a title too long
        label, clause = f"{clause}：", clauses[1].strip()
    elif _labels_code(first_line, clauses):
        # 「编辑短信：LADYA 姓名拉丁拼写 FIDE号，例如…」: the label says only to write a message, the code after its
        # colon what — the step was titled 「编辑短信」, the command only in its text
        clause = f"{clause}：{clauses[1].strip()}"
    if not label and _ASIDE.fullmatch(clause) and len(clauses) > 1 and clauses[1].strip():
        # 「第四步（安卓）：在拨号盘输入…」: the aside says for whom, the clause after it what to do
        clause = clauses[1].strip() + (clause if width(clauses[1].strip() + clause) <= _STEP_TITLE_MAX else "")
    clause = _unclosed_aside(clause)
    if _STEP_TITLE_MAX < len(label + clause) <= LABELLED_TITLE_MAX and _labels_items(clause):
        return label + clause       # its asides say whose each thing it lists is: words a title cannot lose
    if width(label + clause) > _STEP_TITLE_MAX:
        # too long for a title: without its asides (「拿到无欠款证明（справка об отсутствии задолженности）
        # 才算办完」), so that it is not cut inside one
        clause = _without_asides(clause).strip() or clause
    if not label + clause:
        return f"第{index}步"
    return shorten(label + clause, _STEP_TITLE_MAX)


_CJK_END = re.compile(f"[{CJK}]$")


def _asked_first(line: str) -> str:
    """A step opening with a short question that only says when (「仍然收不到？選擇「改用電郵接收驗證碼」，…」: if
    still nothing comes) is titled by the question and the act after it, as a when-clause's step is; "" for any
    other step, or when both are too long for a title. Titled by the question alone, the step said what went wrong
    but not what to do (holdout225's Zalando step 「仍然收不到」).

    >>> _asked_first("仍然收不到？選擇「改用電郵接收驗證碼」，驗證碼會發送到電郵。"), _asked_first("打开设置。再重启。")
    ('仍然收不到？選擇「改用電郵接收驗證碼」', '')
    """
    asked, line = _first_sentence(line), line.strip()
    mark, rest = line[len(asked):len(asked) + 1], line[len(asked) + 1:].strip()
    # (a question in Chinese words: 「执行 AT+COPS? 确认…」 ends a command, not a question)
    if not _CJK_END.search(asked) or mark not in ("？", "?") or not rest:
        return ""
    act = _unclosed_aside(_clauses(_first_sentence(rest))[0].strip())
    joined = f"{asked}{mark}{act}"
    return joined if act and width(joined) <= _STEP_TITLE_MAX else ""


def _labels_step(line: str, clauses: list[str]) -> bool:
    """The line's first clause, up to its colon, only names on what the step is done (a device, an operator, an
    app: 「iPhone：」「Beeline：」, a name in Latin or Cyrillic letters), a clause after it says what to do.
    A label in words (「签合同：」「查剩余流量：」) says what to do itself and titles its step alone.

    >>> [_labels_step(line, _clauses(line)) for line in ("iPhone：「设置 → 电话」，打开。", "签合同：用 ЭЦП 在线签。",
    ...                                                  "Tele2 / Altel：拨 *130*0# 关闭，或者在应用里关闭。")]
    [True, False, True]
    """
    label = clauses[0]
    return (len(clauses) > 1 and bool(clauses[1].strip()) and line[len(label):len(label) + 1] in ("：", ":")
            and _NAME_LABEL.fullmatch(_ASIDE.sub("", label).strip()) is not None)


def _labels_code(line: str, clauses: list[str]) -> bool:
    """The line's first clause is a short label in words up to its colon that names a message to write
    (「编辑短信：」「編輯簡訊：」「短信格式：」, at most `_CODE_LABEL_MAX` characters) and the clause after it opens
    with a code in Latin or Cyrillic letters or digits: the message's words, which the label alone leaves out
    (holdout98/100: Directus's and Bolt's steps titled 「编辑短信」「編輯簡訊」, their commands 「LADYA 姓名拉丁拼写
    FIDE号」「SU 3100458821 125 088」 only in the text). Any other label in words still titles its step alone: a label
    over ways per operator (「激活：Kcell 拨 *191*1#，Beeline 拨…」) would be titled by the first way only.

    >>> [_labels_code(line, _clauses(line)) for line in ("编辑短信：SU 3100458821 125 088，依序是帳號。",
    ...                                                  "激活：Kcell 拨 *191*1#，Beeline 拨 *180*7#。", "编辑短信：写姓名")]
    [True, False, False]
    """
    label = clauses[0].strip()
    return (len(clauses) > 1 and line[len(clauses[0]):len(clauses[0]) + 1] in ("：", ":")
            and 0 < len(label) <= _CODE_LABEL_MAX and _MESSAGE_LABEL.fullmatch(label) is not None
            and _CODE_START.match(clauses[1].strip()) is not None)


_CODE_LABEL_MAX = 6
# a label in words naming a message or command to write: 「编辑短信」「發簡訊」「短信格式」「輸入指令」
_MESSAGE_LABEL = re.compile(r"[\u4e00-\u9fff]*(?:短信|簡訊|简讯|訊息|讯息|內容|内容|格式|指令|命令)")
_CODE_START = re.compile(r"[0-9A-Za-z\u00c0-\u024f\u0400-\u04ff]")


def _first_sentence(line: str) -> str:
    """The line up to its first sentence end (。！？；, an ASCII one only as `_ends_clause` reads it), not inside quotes.

    >>> _first_sentence("同一个位置，带壳测一次。相差 5 dB 以上就说明壳有影响。"), _first_sentence("说“好。”再挂断")
    ('同一个位置，带壳测一次', '说“好。”再挂断')
    """
    closing: list[str] = []
    for i, ch in enumerate(line):
        if ch in _QUOTES:
            closing.append(_QUOTES[ch])
        elif closing and ch == closing[-1]:
            closing.pop()
        elif not closing and ch in "。！？；!?;" and _ends_clause(line, i):
            return line[:i].strip()
    return line.strip().rstrip("。.：:，,")


_ASIDE = re.compile(r"\s*[（(][^（）()]{1,60}[)）]")      # a bracketed aside in a clause
# what joins one listed thing to the next: 「、」, 「或」, 「和」, 「/」, 「or」…, then the next thing
_NEXT_ITEM = re.compile(r"\s*(?:[、,，/]|或者?|和|及|与|與|跟|\bor\b|\band\b)\s*[^\s、,，/（）()]")


def _aside_gap(aside: re.Match[str]) -> str:
    """What stands where an aside is taken out of a title: a space between a Latin word or number and the text
    after it (「拨 +7 727 355 18 00（24 小时）或在本门户点…」 read 「…18 00或在本…」), nothing between Chinese.

    >>> _ASIDE.sub(_aside_gap, "打 18 00（24 小时）或点报告"), _ASIDE.sub(_aside_gap, "拿到证明（справка）才算办完")
    ('打 18 00 或点报告', '拿到证明才算办完')
    >>> _ASIDE.sub(_aside_gap, "發 APN#internet#（Beeline 卡另設）到模組")
    '發 APN#internet# 到模組'
    """
    text, start, end = aside.string, aside.start(), aside.end()
    before, after = text[start - 1:start], text[end:end + 1]
    latin = lambda ch: ch.isascii() and (ch.isalnum() or ch in "+#*")     # (「+7 727…」 a number too)
    # (a code's end as well: 「發簡訊 APN#internet.kcell.kz#（Beeline 卡用…）到模組」 read 「…kcell.kz#到模組」)
    return " " if (before.isalnum() or before in "#*") and (after.isalnum() or after == "+") \
        and (latin(before) or latin(after)) else ""


def _without_asides(clause: str) -> str:
    """`clause` without its bracketed asides, but for those inside a quotation: a quoted name is what the screen
    shows, its bracket and all (Kursiv's step 「在「設定 → 流動網絡 → 首選網絡類型」選擇「5G/4G/3G/2G（自動）」」 was
    titled by an option no menu lists, 「…選擇「5G/4G/3G/2G」」, holdout212).

    >>> _without_asides("选择「5G/4G（自动）」（安卓）再重启"), _without_asides("拿到证明（справка）才算办完")
    ('选择「5G/4G（自动）」再重启', '拿到证明才算办完')
    """
    quoted = [(start, end) for start, end in _whole_spans(clause) if clause[start] in _QUOTES]
    return _ASIDE.sub(lambda aside: aside.group(0) if any(start < aside.start() and aside.end() < end
                                                          for start, end in quoted) else _aside_gap(aside), clause)


def _labels_items(clause: str) -> bool:
    """Two or more asides, one after each thing the clause lists: they say whose each is, and the clause
    without them lists codes for nobody (「拿起听筒拨 *100#（Kcell / Activ）、*102#（Beeline）或 *111#（Tele2 /
    Altel）查一下余额」 was titled 「拿起听筒拨 *100#、*102#或 *111#查一下余额」). One aside is a gloss.

    >>> _labels_items("拨 *100#（Kcell）、*102#（Beeline）或 *111#（Tele2）查余额"), _labels_items("出现运营商名称（Kcell、Tele2）和信号格")
    (True, False)
    """
    asides = list(_ASIDE.finditer(clause))
    return len(asides) >= 2 and all(_NEXT_ITEM.match(clause, a.end()) is not None
                                    and not _ASIDE.search(clause[a.end():b.start()])
                                    for a, b in zip(asides, asides[1:]))
_LABELLED = re.compile(r"^\s*([^：:，,。；;“”「」\s][^：:，,。；;“”「」]{0,11})[：:]\S")     # 「三星：“信息”→…」
_LABEL_SEP = re.compile(r"[；;]")
# a name in Latin or Cyrillic letters labelling a step (「iPhone」「My Kcell」「Tele2」), up to 12 characters; or
# two or more such names a slash apart that share the way (「Kcell / activ：拨 *771*2*77003#…」「Tele2 / Altel：…」,
# an operator and its brand), each up to 12 (holdout234's Yandex Таксометр steps were titled by their label alone)
_NAME = r"[A-Za-z\u00c0-\u024f\u0400-\u04ff][0-9A-Za-z\u00c0-\u024f\u0400-\u04ff .+&/_-]{0,11}"
_NAME_LABEL = re.compile(rf"{_NAME}(?:\s*/\s*{_NAME})*")


def _labels(line: str) -> str:
    """A step that says how, one way per label (「三星：…；华为：…；小米和红米：…」): titled by its labels,
    not by the first (「三星」 named a step that covers three brands).

    >>> _labels("三星：“信息”→“设置”；华为：“信息”→“高级”；小米和红米：“短信”→“设置”。")
    '三星 / 华为 / 小米和红米'
    >>> _labels("拨 *100#：查余额；拨 *102#。"), _labels("注意：先备份。")
    ('', '')
    """
    parts = [part for part in _LABEL_SEP.split(line) if part.strip(" 。.")]
    labels = [match.group(1).strip() for part in parts if (match := _LABELLED.match(part))]
    if len(parts) < 2 or len(labels) != len(parts):
        return ""
    title = " / ".join(labels)
    return title if len(title) <= _STEP_TITLE_MAX else ""


_QUOTES = {"“": "”", "「": "」", "『": "』", "«": "»"}


def _clauses(line: str) -> list[str]:
    """The line's first two clauses and the rest, not cut inside quotes: 「说明是“机主去世，申请终止
    合同”」 says what to say in one clause.

    >>> _clauses("说明是“机主去世，申请终止合同”，工作人员复印证明。")
    ['说明是“机主去世，申请终止合同”', '工作人员复印证明', '']
    """
    cuts, closing = [], []
    for i, ch in enumerate(line):
        if ch in _QUOTES:
            closing.append(_QUOTES[ch])
        elif closing and ch == closing[-1]:
            closing.pop()
        elif not closing and _ends_clause(line, i):
            cuts.append(i)
            if len(cuts) == 2:
                break
    bounds = [-1, *cuts, len(line)]
    parts = [line[a + 1:b] for a, b in zip(bounds, bounds[1:])]
    return parts if len(cuts) < 2 else parts[:2] + [line[cuts[1] + 1:]]


def _ends_clause(line: str, i: int) -> bool:
    """The mark at `i` ends a clause: a Chinese one always, an ASCII one only before a space, a
    CJK character or the line's end, as a writer sets it after a clause. Inside an address, a
    time or a number (「https://…」「16:22」「10,000」「a.php?x=1」) it goes on, and so it does at the second colon of
    「::」 (IPv6's any address in 「--bind ::」, a C++ scope): the pair is one token, and a step was titled with one colon.

    >>> [_ends_clause(text, text.index(mark)) for text, mark in
    ...  (("打开 http://x", ":"), ("注意:先备份", ":"), ("每月 10,000 ₸", ","), ("Note: ok", ":"), ("好，走", "，"))]
    [False, True, False, True, True]
    >>> _ends_clause("--bind ::，再打开", 8)
    False
    """
    if not _CLAUSE_END.match(line[i]):
        return False
    if line[i] == ":" and i > 0 and line[i - 1] == ":":
        return False
    after = line[i + 1:i + 2]
    return not line[i].isascii() or not after or after.isspace() or not after.isascii()


def _unclosed_aside(clause: str) -> str:
    """A clause cut inside brackets (「抄下号码（卡托上印的」, cut at the comma within them) ends
    before its aside.

    >>> _unclosed_aside("把号码抄下来（卡托上印的"), _unclosed_aside("拨 *100#（免费）")
    ('把号码抄下来', '拨 *100#（免费）')
    """
    opened = max(clause.rfind("（"), clause.rfind("("))
    if opened > 0 and clause.find("）", opened) < 0 and clause.find(")", opened) < 0:
        return clause[:opened].rstrip()
    return clause


def shorten(text: str, limit: int) -> str:
    """`text` cut to about `limit` wide (`width`) with "…", not inside a Latin word.

    >>> shorten("也可以在另一台手机上登录我的 Kcell 账户或者 My Beeline 应用里的余额页面", 30)
    '也可以在另一台手机上登录我的 Kcell 账户或者 My Beeline 应用…'
    >>> shorten("也可以在另一台手机上登录我的账户或者打开运营商官方的 Mobile Beeline 应用", 30)
    '也可以在另一台手机上登录我的账户或者打开运营商官方的 Mobile…'

    Nor inside what reads only whole (`_whole_spans`): a quotation, a code, an aside end the cut before them
    (「…点击该记录选择「Оспорить…」 took a step's title from holdout79's Kustomer page), or are kept whole
    when the cut before them would leave a stub (「再發…」 from holdout80's Doxygen page).

    >>> shorten("取号后告诉工作人员要“补卡”，再交给柜台的工作人员看一下「замена SIM-карты по паспорту」", 30)
    '取号后告诉工作人员要“补卡”，再交给柜台的工作人员看一下…'
    >>> shorten("再發 SERVER#meter.hongming.kz#9100#/config/set?id=2&mode=push 設定抄錶平台位址與上報週期", 30)
    '再發 SERVER#meter.hongming.kz#9100#/config/set?id=2&mode=push…'

    A quotation after a word of receiving or replying is the message's words, kept whole too (holdout98's
    Directus step 「一分钟内会收到回复…」):

    >>> shorten("一分钟内会收到回复「Вы зарегистрированы, стартовый номер 17」和一个四位确认码", 30)
    '一分钟内会收到回复「Вы зарегистрированы, стартовый номер 17」…'

    An address is never cut (「…打开 https」 took a step's title from holdout52's XWiki page):
    kept whole when the text up to its end is `URL_TITLE_MAX` characters at most, else left out.

    A cut that would leave out only a word (two characters at most) is none:

    >>> shorten("在手機的「設定 → 數位健康與家長監護」關閉應用程式商店的付費購買", 30)
    '在手機的「設定 → 數位健康與家長監護」關閉應用程式商店的付費購買'
    >>> shorten("用手机或电脑浏览器打开网页上的 https://www.mnp.kz/check/number/status", 30)
    '用手机或电脑浏览器打开网页上的 https://www.mnp.kz/check/number/status'
    >>> shorten("打开 https://example.com/" + "a" * 80 + " 登录", 30)
    '打开…'
    """
    wide, limit_at = 0.0, len(text)
    for i, ch in enumerate(text):
        wide += width(ch)
        if wide > limit:
            limit_at = i
            break
    if limit_at == len(text) or width(text[limit_at:].rstrip("。.；;！!")) <= _CUT_MIN:
        # a cut leaving out no more than its 「…」 and one character says less and saves no room (「…關閉應用程式
        # 商店的付費…」 lost only 「購買」: holdout92's ProcessWire page)
        return text
    limit = limit_at
    for address in _ADDRESS.finditer(text):
        end = address.start() + len(address.group(0).rstrip(".,;:!?)]'\""))
        if address.start() < limit < end:
            if end <= URL_TITLE_MAX:        # an address is kept whole, or left out
                return text if not text[end:].strip() else text[:end] + "…"
            limit = address.start()
            break
    else:
        for start, end in _whole_spans(text):
            if start < limit < end:
                if (len(text[:start].strip()) > _BARE_MOVE_MAX and not _QUOTES_MESSAGE.search(text[:start])
                        and not _QUOTES_CHOICE.search(text[:start])) \
                        or end > URL_TITLE_MAX:
                    limit = start
                else:
                    return text if not text[end:].strip() else text[:end].rstrip() + "…"
                break
    cut = text[:limit]
    if _WORD_CHAR.match(text[limit:limit + 1]) and " " in cut:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" /，,、") + "…"


# a quotation after a word of receiving or replying is the message's words (「…会收到回复「Вы зарегистрированы, …」」):
# what a reader looks for, kept whole in a title as a stub's quotation is (holdout98's Directus step was 「一分钟内会收到回复…」)
# a when-clause saying what a screen shows, quoted (「若閘門顯示「Введите код」」「状态变成「Прибыло в отделение」以后」);
# not the name of what is done (「在 eGov 上提交「Запись на экзамен」申请前」, titled by the act after it)
_SHOWS_QUOTED = re.compile(r"(?:显示|顯示|提示|出现|出現|变成|變成|弹出|彈出|报错|報錯)\s*[「“『«]")
_QUOTES_MESSAGE = re.compile(r"(?:回复|回覆|收到|显示|顯示|提示)[「“『«]?$")
# a quotation after a word of tapping, choosing or opening names what to tap (「…里打开「助听器兼容性」」「在模板列表中选择
# 「移动通信补贴申请」」): the step's object, kept whole as a message's words are; cut before it, the title 「…里打开…」
# said to open or choose, not what
_QUOTES_CHOICE = re.compile(r"(?:点|點|点击|點擊|点选|點選|轻点|輕點|选|選|选择|選擇|打开|打開|开启|開啟|进入|進入)$")
_CODE = re.compile(r"[!-~]*[#*@_.:/\d][!-~]*")     # a run of ASCII with a digit or a sign: *100#, a host, a command


def _whole_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` has what reads only whole, outermost first: quotations (「…」“…”), bracketed asides, codes.

    >>> _whole_spans("选择「Оспорить платёж」（App 里 *100#）")
    [(2, 19), (19, 32)]
    >>> _whole_spans("拨 *100# 查询")
    [(2, 7)]
    """
    spans, opened = [], []      # (closing mark, start) of the quotations and brackets open at each character
    for i, ch in enumerate(text):
        if opened and ch == opened[-1][0]:
            _, start = opened.pop()
            if not opened:
                spans.append((start, i + 1))
        elif ch in _QUOTES or ch in "（(":
            opened.append((_QUOTES.get(ch) or {"（": "）", "(": ")"}[ch], i))
    spans += [match.span() for match in _CODE.finditer(text)
              if not any(start <= match.start() < end for start, end in spans)]
    return sorted(spans)


def _is_faq(section: Section) -> bool:
    return bool(_FAQ_TITLE.search(section.title))


def _opens_question(block: Block, faq: bool) -> bool:
    if block.kind in ("p", "li", "quote") and QUESTION_PREFIX.match(block.text):
        # a label alone (「問題：」 over a list of them) asks nothing itself: it leads into what follows
        asked = QUESTION_PREFIX.sub("", block.text, count=1).strip()
        # 「问题：」 is also 「the trouble:」 — a forum question's account of what went wrong (「问题：卡插进网关后
        # 第 3～5 天就陆续被封…解封后过几天又封。」) states, it does not ask: a question under that label asks
        return bool(asked) and (not _STATED_TROUBLE.match(block.text) or _labelled_asks(asked))
    if block.kind == "li" and block.strong_lead and _is_question(block.strong_lead):
        return True                  # 「1. **怎么查余额？** 拨打 *100#。」
    if block.kind != "p" or not block.strong_lead or not _is_question(block.strong_lead):
        return False
    # the bold question is the paragraph, or its first line (「<b>问题？</b><br>答案」), or, in a
    # FAQ, leads it (「**问题？** 答案」)
    return block.strong_lead == block.text or block.text.startswith(block.strong_lead + "\n") \
        or (faq and block.text.startswith(block.strong_lead))


def _run_in_questions(blocks: Sequence[Block]) -> set[int]:
    """Paragraphs led by a bold question with its answer run in after it (「**手动选网会不会多收钱？**选网
    本身不收任何费用…」), two or more one after another: the writer's FAQ, under whatever heading (a
    mail's 「八、您问到的其他几点」), not a question a paragraph happens to open with."""
    out: set[int] = set()
    run: list[int] = []
    for k, block in enumerate([*blocks, None]):
        if block is not None and block.kind == "p" and block.strong_lead and _is_question(block.strong_lead) \
                and block.text.startswith(block.strong_lead) and block.text[len(block.strong_lead):].strip():
            run.append(k)
            continue
        if len(run) >= 2:
            out.update(run)
        run = []
    return out


# a clause mark inside a line: it is a sentence (「打座机一直没人接，或者提示…」), not a label naming a topic (「更多说明」);
# so is a question mark with more after it, a question then why it is asked (「可以接几个探头？卫生间和洗衣机各放一个。」)
_SENTENCE = re.compile(r"\S[，,；;？]\s*\S")
# an accordion row that asks, then says why (a shop's buyer question 「小熊可以插 eSIM 吗？我们的 Beeline 只给了 eSIM。」):
# its first sentence a question, a sentence of context after it
_ASKS_THEN_SAYS = re.compile(r"^[^。！!？?\n]{2,}[？?]\s*[^\s。！!？?][^\n]*[。！!.]\s*$")


def _unmarked_rows(blocks: Sequence[Block]) -> list[Block]:
    """The collapsible rows that ask without a question mark among rows that ask: an accordion's rows are its
    questions, as a FAQ's headings are (`_asks`), some written as the problem (Shopify's collapsible
    content, 「打座机一直没人接，或者提示「абонент недоступен」」 among 「停电了还能打电话吗？」) — a sentence, or a
    question typed without its mark (`_ASKS_UNMARKED`); a label (「更多说明」 after the questions) still titles its
    text. Two other rows at least ask, and more of them ask than not."""
    rows = [block for block in blocks if block.kind == "summary"]
    asking = [row for row in rows if _is_question(row.text) or _ASKS_UNMARKED.search(row.text) is not None]
    unmarked = [row for row in rows if not _is_question(row.text)
                and (_SENTENCE.search(row.text) is not None or _ASKS_UNMARKED.search(row.text) is not None)]
    return [row for row in unmarked
            if sum(other is not row for other in asking) >= 2
            and 2 * sum(other is not row for other in asking) > len(rows) - 1]


def _ordered_run(blocks: tuple[Block, ...], start: int) -> int:
    """Return the end index of the ordered list starting at start (start itself if none)."""
    first = blocks[start]
    if first.kind != "li" or not first.ordered:
        return start
    return _list_end(blocks, start)


def _list_end(blocks: Sequence[Block], start: int) -> int:
    """The end index of the list whose item blocks[start] is."""
    end = start + 1
    while end < len(blocks) and blocks[end].kind == "li" and blocks[end].list_id == blocks[start].list_id:
        end += 1
    return end


def _lead_in(blocks: tuple[Block, ...], start: int) -> str:
    """The line before the list that blocks[start] belongs to (「满足下面全部条件：」), if any."""
    first = start
    while first > 0 and blocks[start].kind == "li" and blocks[first - 1].kind == "li" \
            and blocks[first - 1].list_id == blocks[start].list_id:
        first -= 1
    return blocks[first - 1].text if first > 0 else ""


def _is_procedure_list(items: tuple[Block, ...], faq: bool, title: str = "", lead: str = "") -> bool:
    """An ordered list of actions. One whose every item leads with bold text is a list of
    options or bold questions (「**Kaspi**：…」), unless its heading names a procedure
    (「办理步骤」 over 「**选机型。**…」「**出示证件。**…」); one its lead-in line calls
    conditions, occasions or alternatives (「满足下面全部条件的手机：」「什么时候本地卡更好：」「有两种处理办法——」「可通过以下方式办理：」)
    is a list of them (unless it says to follow them in order), as is one under a heading naming requirements
    (「任职要求」, not 「办理条件」 nor 「设置自动分配规则」, which sets them up) or duties (「岗位职责」), and
    one under 「需要准备的材料」 or 「办卡需要什么」 (or after 「请带上：」) is what to bring, not what to do (a checklist, 「停電通訊清單」,
    whose lead-in says to follow it, 「下次停電照住做：」, is what to do); one under a
    heading that asks why (「为什么…对不上」, not 「为什么…怎么办」) or after 「原因有：」 lists causes (not after a lead-in naming steps: an
    answer headed by its cause, 「原因：西里尔字母让短信变成 UCS-2」, goes on 「修复步骤：」 over what to do); one under a heading or
    after a lead-in naming what to know (「出發前先知道的三件事」「办卡须知」「先了解这几点：」, not 「怎么知道…」) lists
    facts; one under a heading asking which to pick (「手机怎么选」) or naming offers (「优惠和补贴」, not 「如何申请补贴」)
    lists alternatives; one after a lead-in that is only 「建议：」 lists wishes. Questions asked in a row are no steps; bold leads that all say what to do (「**打开拨号盘**」) are, under any heading."""
    if len(items) < 2 or faq or (_CONDITIONS_LEAD.search(_ORDINAL_QUESTION.sub("", lead)) and not _STEPS_LEAD.search(lead)) \
            or (_CONDITIONS_TITLE.search(title) and not _SETS_UP.search(strip_numbering(title)) and not _names_steps(title)
                and not _names_steps(lead)) \
            or _DOCUMENTS_LEAD.search(_last_sentence(lead)) \
            or (_THINGS_LEAD.search(_last_sentence(lead)) and not _names_steps(lead)) \
            or (_DOCUMENTS_TITLE.search(title) and not _STEPS_TITLE.search(title) and not _STEPS_LEAD.search(lead)) \
            or (_REASONS_TITLE.search(title) and not PROCEDURE_TITLE.search(title) and not _names_steps(lead)) \
            or _REASONS_LEAD.search(lead) \
            or _PROPOSALS_LEAD.search(_last_sentence(lead)) \
            or any(_KNOWING.search(line) and not _names_steps(line) for line in (title, lead)) \
            or (_CHOICE_TITLE.search(title) or _OFFERS_TITLE.search(title) and not _names_steps(title)) \
            and not _STEPS_TITLE.search(title) and not _STEPS_LEAD.search(lead) \
            or all(_asks_first(item.text) for item in items):      # questions asked in a row
        return False
    if not all(item.strong_lead for item in items):
        return True
    if any(_is_question(i.strong_lead) for i in items):
        return False
    # bold leads that say what to do (「**打开拨号盘**：…」「**输入 *100#**」) are steps under any heading
    return _STEPS_TITLE.search(title) is not None or _STEPS_LEAD.search(lead) is not None \
        or all(_ACTION_LEAD.match(i.strong_lead) for i in items)


def _asks_first(item: str) -> bool:
    """An item that asks: the whole of it, or its first sentence, the rest saying why it is asked (a forum
    post's 「2. 打 112 要不要钱？我的卡是 Kcell 预付费的，余额不多。」 among its numbered questions).

    >>> _asks_first("打 112 要不要钱？我的卡是预付费的。"), _asks_first("打开「设置」。要不要关？看情况。")
    (True, False)
    """
    item = item.strip()
    return _is_question(item) or item[len(_first_sentence(item)):][:1] in ("？", "?")


def _last_sentence(lead: str) -> str:
    """The lead-in's last sentence, the one that introduces the list: a paragraph's sentences before it
    say other things (「领取时需要带身份证。」 mid-paragraph is no 「请带上：」 over a checklist).

    >>> _last_sentence("领取时需要带身份证。押金 15 000 ₸，离职后退还。")
    '押金 15 000 ₸，离职后退还。'
    >>> _last_sentence("请带上：")
    '请带上：'
    """
    sentences = [sentence.strip() for sentence in _SENTENCE_END.split(lead) if sentence.strip()]
    return sentences[-1] if sentences else ""


def _names_steps(line: str) -> bool:
    """A heading or lead-in that names steps, a procedure or says to do them in order."""
    return bool(_STEPS_TITLE.search(line) or PROCEDURE_TITLE.search(line) or _STEPS_LEAD.search(line))


def _step_paragraph_run(blocks: tuple[Block, ...], start: int) -> int:
    end = start
    while end < len(blocks) and blocks[end].kind in ("p", "li") and _STEP_PARAGRAPH.match(blocks[end].text):
        end += 1
    return end if end - start >= 2 else start


def _has_procedure(section: Section) -> bool:
    blocks, faq = section.blocks, _is_faq(section)
    for i in range(len(blocks)):
        end = _ordered_run(blocks, i)
        if end > i and _is_procedure_list(blocks[i:end], faq, section.title, _lead_in(blocks, i)):
            return True
        if _step_paragraph_run(blocks, i) > i:
            return True
    return False


def _holds_procedure(blocks: tuple[Block, ...], title: str) -> bool:
    """An answer's blocks hold an ordered list of actions (`_is_procedure_list`) under `title`, its question."""
    faq = bool(_FAQ_TITLE.search(title))
    return any(_ordered_run(blocks, i) > i and _is_procedure_list(blocks[i:_ordered_run(blocks, i)], faq, title,
                                                                  _lead_in(blocks, i))
               for i in range(len(blocks)))


def _step_children(section: Section) -> bool:
    children = section.children
    if len(children) < 2 or _NOTES_TITLE.search(section.title):
        return False
    if all(_STRONG_STEP.match(child.title) for child in children):
        return True
    # 「二、逐项排查（按顺序做）」 over 「1. 有没有信号」「2. …」: the heading says to do them in order
    return (all(_WEAK_STEP.match(child.title) for child in children)
            and bool(PROCEDURE_TITLE.search(section.title) or _STEPS_LEAD.search(section.title))
            and not _OPTIONS_TITLE.search(section.title))


def _subtree_text(section: Section) -> str:
    lines = [block.text for block in section.blocks]
    for child in section.children:
        lines.append(child.title)
        lines.append(_subtree_text(child))
    return "\n".join(line for line in lines if line)


# a page's call to its support line, a heading asking nothing of the subject: Smartfren's 「需要帮助？」 over its hotline,
# WhatsApp and hours was a Q&A answered by them (holdout277); its text is a section of its own
_CALL_FOR_HELP = re.compile(r"^\s*(?:需要|需要更多|需要其他|需要其它)(?:帮助|幫助|协助|協助)[？?]\s*$"
                            r"|^\s*(?:still )?(?:need (?:more |any )?help|need assistance)\s*\?\s*$"
                            # … or whether questions are left (ForteBank's contact box aside.fb-faq__contacts 「Остались
                            # вопросы?」 over 「Позвоните 7575…」, kept since holdout288 as a contact box giving a number is,
                            # `clean._contact_asides`)
                            r"|^\s*(?:还有|還有|仍有)(?:其他|其它)?(?:问题|問題|疑问|疑問)[？?]\s*$"
                            r"|^\s*(?:still have (?:any |more )?questions|остались вопросы)\s*\?\s*$", re.IGNORECASE)


def _asks(section: Section, parent: Section | None) -> bool:
    """The heading is a question: it asks (「…吗？」), or it is one of a FAQ's own sub-headings beside
    others that ask, none under it — a FAQ's headings are its questions, some written as the problem
    without a question mark (「换卡后收不到 Kaspi 的验证码短信」 among 「…会被退回吗？」; among 「停电时还能收到告警吗」
    or 「能不能用中国的物联网卡」, questions typed without their mark, too)."""
    if _is_question(section.title):
        return _CALL_FOR_HELP.match(section.title) is None
    return (parent is not None and parent.level > 0 and _is_faq(parent) and not section.children
            and not _is_faq(section)
            and any(_is_question(other.title) or _ASKS_UNMARKED.search(other.title) is not None
                    for other in parent.children if other is not section))


def _is_qa_heading(section: Section, parent: Section | None = None) -> bool:
    """A question heading whose own text answers it (sub-headings, if any, stand apart)."""
    return (section.level > 0 and _asks(section, parent)
            and bool(section.blocks) and not _has_procedure(section)
            and not any(_opens_question(b, _is_faq(section)) for b in section.blocks))


def _heading_answer(section: Section, parent: Section | None = None) -> int:
    """How many leading blocks answer a question heading before in-section questions begin (0: none)."""
    if section.level == 0 or not _asks(section, parent) or _has_procedure(section):
        return 0
    faq = _is_faq(section)
    for i, block in enumerate(section.blocks):
        if _opens_question(block, faq):
            return i
    return 0


def _closing_after_pairs(section: Section, parent: Section | None, end: int) -> tuple[Block, ...]:
    """The paragraphs after the one 「答：」 block answering the last question heading of a FAQ whose every other
    question heading (at least `WHOLE_PAIRS_MIN`) is answered by one 「答：」 block, nothing after it: the writer
    answers each question in one block, so what follows the last is the page's closing words (US Mobile's Intercom
    article: 「还有问题？在 App 右下角点 Chat，或发邮件到 help@usmobile.com…」 after its h3 「问：删除了 eSIM 怎么办？」,
    holdout305, was glued into that answer), as `WHOLE_PAIRS_MIN` reads such pairs set in blocks."""
    blocks = section.blocks[:end]
    if parent is None or not parent.children or parent.children[-1] is not section or len(blocks) < 2 \
            or not ANSWER_PREFIX.match(blocks[0].text) or any(b.kind != "p" for b in blocks[1:]) \
            or any(ANSWER_PREFIX.match(b.text) for b in blocks[1:]):
        return ()
    others = parent.children[:-1]
    whole = [other for other in others if len(other.blocks) == 1 and not other.children
             and ANSWER_PREFIX.match(other.blocks[0].text) and _is_qa_heading(other, parent)]
    return tuple(blocks[1:]) if len(whole) >= WHOLE_PAIRS_MIN and len(whole) == len(others) else ()


class _Cutter:
    def __init__(self, article: Article):
        self.article = article
        self.drafts: list[_Draft] = []
        self.writer = ""            # the title of the part being cut when its heading names its writer

    def visit(self, section: Section, trail: tuple[str, ...], parent: Section | None = None) -> None:
        path = trail if section.level == 0 else (*trail, section.title)
        title = self.article.title if section.level == 0 else strip_numbering(section.title)
        self.writer = title if section.by_writer else ""
        if _is_qa_heading(section, parent):
            # the answer ends at a rule (a footer follows) or at the next question of a toggle
            # list under it (<details><summary>…？</summary>, BookStack's FAQ after its heading ones)
            end = next((i for i, b in enumerate(section.blocks) if b.kind == "hr"
                        or (i and b.kind in ("dt", "summary") and _is_question(b.text))), len(section.blocks))
            closing = _closing_after_pairs(section, parent, end)
            answer = [b for b in section.blocks[:end - len(closing)] if b.kind != "caption"]
            self.add(section.anchor, "qa", title, _answer(answer), path)
            if closing:
                # the page's closing words after its last pair close the article, not that answer
                self.blocks(replace(section, blocks=closing), self.article.title, path[:1])
            # a picture's caption in the answer is a passage of its own after it (see `blocks`)
            rest = tuple(b for b in section.blocks[:end] if b.kind == "caption")
            if end < len(section.blocks):
                rest += section.blocks[end + 1:] if section.blocks[end].kind == "hr" else section.blocks[end:]
            if rest:
                self.blocks(replace(section, blocks=rest), title, path)
        elif (lead := _heading_answer(section, parent)):
            # 「### Q1：…？」 answered, then 「**Q2：…？**」 questions under the same heading
            self.add(section.anchor, "qa", title, _answer(list(section.blocks[:lead])), path)
            self.blocks(replace(section, blocks=section.blocks[lead:]), title, path)
        else:
            self.blocks(section, title, path)
        if _step_children(section):
            count = len(section.children)
            for index, child in enumerate(section.children, start=1):
                child_title = strip_numbering(child.title)
                self.add(child.anchor, "step", child_title, _subtree_text(child) or child_title,
                         (*path, child.title), Procedure(title, index, count))
            return
        for child in section.children:
            self.visit(child, path, section)

    def add(self, anchor: str, kind: FragmentType, title: str, text: str, path: tuple[str, ...],
            procedure: Procedure | None = None) -> None:
        self.drafts.append(_Draft(anchor, kind, title, text, path, procedure,
                                  by_writer=kind == "section" and title == self.writer != ""))

    def blocks(self, section: Section, title: str, path: tuple[str, ...]) -> None:
        """Cut a section's own blocks into questions, steps and passages, in document order."""
        blocks, faq, anchor = section.blocks, _is_faq(section), section.anchor
        run_in = _run_in_questions(blocks)
        rows = _unmarked_rows(blocks)
        procedures = self._procedures(blocks, faq, title)
        plain: list[Block] = []
        passages = questions = steps = collapsibles = 0
        closing = False             # the writer's closing words ended the last answer: what follows is theirs
        whole = 0                   # questions so far whose own block held their whole answer, nothing after it
        spread = False              # … and whether one's answer was (or ran on into) the blocks after it

        def flush() -> None:
            nonlocal passages
            # closing words after the Q&A (「希望對大家有幫助，有問題歡迎在下面留言。」) close the article, not the
            # FAQ: the questions carry their own titles, and the heading over them titled only that line
            own_title, own_path = (self.article.title, path[:1]) if closing else (title, path)
            if closing and len(plain) > 1 and plain[0].kind == "p" and _BOX_TITLE.match(plain[0].text) \
                    and not _BOX_TITLE.match(plain[1].text):
                # … unless they open with a title line of their own: a box after the FAQ headed by its name (MUJI's
                # div.c-contact-box 「客服中心」 over its phone line, holdout281, was titled by the page's h1, its name
                # the passage's first line): the name titles the box, as a heading would. Not a form's labels after
                # its FAQ (Jotform's 「认养人姓名」 over 「手机号」): a line like it under it says it names no box
                own_title, own_path = plain[0].text.strip(), (*path[:1], plain[0].text.strip())
                del plain[0]
            pieces = split_passages(*_units(plain))
            # the text after a section's steps (Dyson's 「注意：濾網未完全乾透就裝回…」 notice, holdout278; the
            # Fluid Topics page's printhead life after its steps, holdout279) is a passage of its own after them,
            # as the reader meets it: glued to the passage before the list (the holdout91 rule, until session 27)
            # it was read before the steps, and the intro and the closing words made one passage the page keeps apart
            for text in pieces:
                passages += 1
                self.add(anchor if passages == 1 else f"{anchor}-p{passages}", "section", own_title, text, own_path)
            plain.clear()

        i = 0
        while i < len(blocks):
            block = blocks[i]
            if _opens_question(block, faq or i in run_in):
                question, answer = self._split_question(block)
                end = i + 1
                # the answer runs to the next question, a rule, or the writer's closing words
                # (「总之，…」 after the last answer sums up the article, not that answer)
                while end < len(blocks) and not _opens_question(blocks[end], faq or end in run_in) \
                        and blocks[end].kind not in ("hr", "caption") \
                        and not ((answer or end > i + 1) and _CLOSING.match(blocks[end].text)):
                    end += 1
                if not answer and end == i + 1:
                    # a question nobody answers here (a forum reply asking back 「问：那如果没信号呢？」, answered
                    # in the next post): the writer's text, not a Q&A pair with no answer, which was dropped
                    plain.append(block)
                    i += 1
                    continue
                # where the answer's own block ends: the question's (「**Q？** A」), or the one 「A：」 line under it
                own = i + 1 if answer else i + 2 if i + 1 < end and ANSWER_PREFIX.match(blocks[i + 1].text) else -1
                if own > 0 and end > own and whole >= WHOLE_PAIRS_MIN and not spread \
                        and all(b.kind in ("p", "table") for b in blocks[own:end]):
                    # the writer answers each question in one block (「<b>Q：…？</b><br>A：…」, one <p> a pair):
                    # the paragraphs after the last pair are not more of its answer (a product description's
                    # closing note under its FAQ) but the writer's own words after the Q&A; a table there
                    # too (Zendesk Guide's article ending 「城市 | 默认开启 | 可否关闭」 after its last 问：/答： pair)
                    end = own
                if own > 0 and end == own:
                    whole += 1
                else:
                    spread = True
                flush()
                questions += 1
                text = "\n".join(t for t in [answer, _answer(list(blocks[i + 1:end]))] if t)
                self.add(f"{anchor}-q{questions}", "qa", question, text, path)
                closing = end < len(blocks) and blocks[end].kind not in ("hr", "caption") \
                    and not _opens_question(blocks[end], faq or end in run_in)
                i = end
                continue
            if block.kind in ("dt", "summary"):
                end = i + 1
                while end < len(blocks) and blocks[end].kind == "dd":
                    end += 1
                asks = faq or _is_question(block.text) \
                    or block.kind == "summary" and _ASKS_THEN_SAYS.match(block.text) is not None
                inner = tuple(replace(b, kind="p") if b.kind == "dd" else b for b in blocks[i + 1:end])
                if block.kind == "summary" and not asks and sum(_opens_question(b, faq) for b in inner) >= 2:
                    # a collapsible FAQ (「<summary>常见问题（点开）</summary>」 over 「**问：…**⏎答：…」
                    # lines): its questions are read as the section's own, each with its answer
                    flush()
                    blocks = blocks[:i] + inner + blocks[end:]
                    continue
                asks = asks or any(block is row for row in rows)
                question, said = _unlettered(QUESTION_PREFIX.sub("", block.text), blocks[i + 1:end])
                listed = tuple(replace(b, kind="li" if b.ordered else "p") if b.kind == "dd" else b for b in said)
                if asks and block.kind == "summary" and not _LABELLED_QUESTION.match(block.text) \
                        and _holds_procedure(listed, question):
                    # an accordion's question answered by numbered steps (Homebank's 「怎样把 Halyk 设为默认收款银行？」
                    # over its ol, holdout212): a procedure named by the question, as under a question heading
                    # (`_has_procedure`), not a Q&A whose answer holds the steps as lines. Not a question its
                    # writer labelled one (「<summary>問：…</summary>」, as `render_chat` writes a chat's member
                    # asking and the agent answering): a Q&A by their word, its answer's numbered lines often
                    # the options or causes a reply lists. A FAQ's item number is no such label: 街口支付's
                    # 「Q1. 如何綁定銀行帳戶？」 over its five <ol> steps (holdout302) kept them as lines of its answer
                    flush()
                    questions += 1
                    self.blocks(replace(section, level=section.level + 1, title=question, anchor=f"{anchor}-q{questions}",
                                        blocks=listed, children=()), question, path + (question,))
                    i = end
                    continue
                if end > i + 1 and (asks or block.kind == "summary"):
                    flush()
                    answer = _answer(list(said))
                    if asks:
                        questions += 1
                        self.add(f"{anchor}-q{questions}", "qa", question, answer, path)
                        # the text after a collapsible FAQ's last pair closes the article, as after a
                        # question's answer (支付宝's 「温馨提示：如果手机丢失…」 under its p.cs-faq-q / p.cs-faq-a
                        # pairs, read as <details>, holdout209, and pCloud's 「还有问题？…」 after its <details>,
                        # holdout213, were parts titled 「常见问题」 holding no question).
                        # Only under a FAQ (its heading, or its shape, `shaped` below): after a manual's table of
                        # terms (Texinfo's @table, one entry asking) the text is the section's. Nor a question nobody
                        # answered after them (an audience's Q&A: Slido's, Mentimeter's questions without a reply):
                        # one more of its own.
                        # A FAQ by its shape is one too, its heading in no words `_FAQ_TITLE` knows: a section of
                        # nothing but two or more asked pairs (O!'s h2 「Часто задаваемые вопросы」 over its <details>,
                        # holdout288, titled the closing 「客服：О! 号码拨 0 (免费)…」 after them, where a FAQ named in
                        # Chinese or English, 139 云盘's 「三、常见问题」 in the same set, gave it the page's title). Not
                        # where more pairs follow (a comments part's comment between answered questions)
                        shaped = questions >= 2 and not passages and not collapsibles and not steps \
                            and not any(b.kind in ("dt", "summary") or _opens_question(b, True) for b in blocks[end:])
                        closing = (faq or shaped) and end < len(blocks) \
                            and blocks[end].kind not in ("hr", "caption", "dt", "summary") \
                            and not _opens_question(blocks[end], True) and not _is_question(blocks[end].text)
                    else:
                        # a collapsible that asks nothing (「??? tip "旧号码怎么再留一个月"」): its title
                        # heads its text, as a sub-heading would
                        collapsibles += 1
                        self.add(f"{anchor}-d{collapsibles}", "section", block.text, answer, path + (block.text,))
                    i = end
                    continue
            end, marker = _ordered_run(blocks, i), None
            if not (end > i and _is_procedure_list(blocks[i:end], faq, title, _lead_in(blocks, i))):
                end, marker = _step_paragraph_run(blocks, i), _STEP_PARAGRAPH
            if end > i:
                name = title
                before = blocks[i - 1] if i else None
                if (procedures > 1 or section.level == 0) and before is not None and before.kind == "p" \
                        and before.text.endswith(("：", ":")) and len(before.text) <= PROCEDURE_NAME_MAX:
                    name = before.text.rstrip("：:")
                    if plain and plain[-1] is before:
                        plain.pop()         # the line names the procedure: no passage of its own
                elif before is not None and before.kind == "p" and _STEPS_LABEL.match(before.text.strip()) \
                        and plain and plain[-1] is before:
                    # a bare 「操作步骤：」 over the steps (Xiaomi's HyperOS help, holdout246) says only that steps
                    # follow: it was a passage of its own, five characters titled by the section's heading. It
                    # names no procedure either: the steps keep their heading's name
                    plain.pop()
                flush()
                for index, item in enumerate(blocks[i:end], start=1):
                    steps += 1
                    self.add(f"{anchor}-step-{steps}", "step", _step_title(item, index, marker), item.text,
                             path, Procedure(name, index, end - i))
                i = end
                continue
            if block.kind == "hr":
                flush()                     # a rule separates passages too
            elif block.kind == "caption":
                # a picture's caption (「拍照備份時，把卡框正反面都拍下來」): a passage of its own, glued
                # neither to the text above the picture nor to the text under it
                flush()
                plain.append(block)
                flush()
            else:
                plain.append(block)
            i += 1
        flush()

    @staticmethod
    def _procedures(blocks: tuple[Block, ...], faq: bool, title: str) -> int:
        count, i = 0, 0
        while i < len(blocks):
            end = _ordered_run(blocks, i)
            if not (end > i and _is_procedure_list(blocks[i:end], faq, title, _lead_in(blocks, i))):
                end = _step_paragraph_run(blocks, i)
            count += end > i
            i = max(end, i + 1)
        return count

    @staticmethod
    def _split_question(block: Block) -> tuple[str, str]:
        """Split "Q: question" (maybe with its "A: answer" in the same block) into question and answer."""
        lead = block.strong_lead
        question = QUESTION_PREFIX.sub("", lead, count=1).strip()
        if question and lead != block.text and _is_question(lead) and block.text.startswith(lead):
            return question, ANSWER_PREFIX.sub("", block.text[len(lead):].strip(), count=1)    # 「**Q？** A」
        text = QUESTION_PREFIX.sub("", block.text, count=1)
        first, _, rest = text.partition("\n")
        if rest.strip() and _is_question(first):        # 「Q：问题？⏎答案」: a line each
            return first.strip(), ANSWER_PREFIX.sub("", rest.strip(), count=1)
        match = _A_INLINE.search(text)
        if match:
            return text[:match.start()].strip(), text[match.end():].strip()
        return text.strip(), ""


def fragment_article(article: Article) -> list[Fragment]:
    """Cut an article into its fragments, in document order."""
    cutter = _Cutter(article)
    cutter.visit(article.root, (article.title,))
    fragments: list[Fragment] = []
    taken: set[str] = set()
    for order, draft in enumerate(d for d in cutter.drafts if d.text or d.type == "step"):
        anchor, n = draft.anchor, 1
        while anchor in taken:      # only when a heading slug collides with a local suffix
            n += 1
            anchor = f"{draft.anchor}-{n}"
        taken.add(anchor)
        fragments.append(Fragment(
            id=f"{article.id}#{anchor}",
            article_id=article.id,
            article_title=article.title,
            anchor=anchor,
            type=draft.type,
            title=draft.title,
            text=draft.text,
            path=draft.path,
            order=order,
            procedure=draft.procedure,
            by_writer=draft.by_writer,
        ))
    return fragments


def parse_source(source: Source) -> tuple[Article, list[Fragment]]:
    """Parse a source and cut it into fragments."""
    article = parse_article(source)
    return article, fragment_article(article)
