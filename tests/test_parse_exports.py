"""Markdown and plain-text exports of other tools: what a reader gets from each, fragment by fragment."""
from __future__ import annotations

from pathlib import Path

from indexer.fragment import MAX_PASSAGE_CHARS, parse_source, split_passages
from indexer.load import load
from indexer.model import Fragment, Procedure, Source
from indexer.parse import parse_article

from fragments import texts

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def cut(text: str, path: str = "doc.md") -> list[Fragment]:
    return parse_source(Source(path, "doc", text, "markdown", "0"))[1]


def fixture(name: str) -> list[Fragment]:
    return parse_source(load(FIXTURES / name, FIXTURES))[1]


def test_codes_show_without_the_escapes_added_for_markdown() -> None:
    # an HTML table typed into Markdown and an indented code block are not read inline:
    # the backslashes that keep *119* from being emphasis must not reach them
    markdown = ("---\ntitle: 拨 *100# 查余额\n---\n\n正文 *111*。\n\n"
                "<table>\n<tr><td>自动设置</td><td>拨 <code>*119*2#</code></td></tr>\n</table>\n\n"
                "    拨 *100*1# 查流量\n\n```\n作者自己的 \\*100#\n```\n")
    article = parse_article(Source("doc.md", "doc", markdown, "markdown", "0"))
    assert article.title == "拨 *100# 查余额"
    assert [b.text for b in article.root.blocks] == [
        "正文 *111*。", "自动设置 | 拨 *119*2#", "拨 *100*1# 查流量", "作者自己的 \\*100#"]


def test_mkdocs_admonitions() -> None:
    # a note is a callout in its section, led by its own title (not by the type name MkDocs
    # shows when there is none), never a code block; a collapsible question is a Q&A
    assert texts(fixture("mkdocs-admonitions.md")) == [
        ("section", "停机保号", "适用范围：适用于预付费号码，月结合约号码不能保号。"),
        ("section", "怎么办理", "办理前先结清欠费。\n保号期间不能打电话，也不能上网。\n注意：\n保号最长 6 个月；\n到期自动恢复。"),
        ("section", "更多说明", "以上规则适用于全部运营商。"),     # a collapsible that asks nothing titles its text
        ("qa", "保号要收费吗？", "每月 100 坚戈，从余额里扣。"),
        ("qa", "可以提前恢复吗？", "可以，拨 *100*2# 即可。"),
    ]


def test_mkdocs_content_tabs() -> None:
    # each tab's label leads its content as a sub-heading: a numbered list under a tab is a
    # procedure named by its heading and the tab (the operator), as HTML tab panels are;
    # text after the tabs is its heading's again
    kc, bl = "补卡流程（Kcell / Activ）", "补卡流程（Beeline）"
    kcell, beeline = (lambda i: Procedure(kc, i, 2)), (lambda i: Procedure(bl, i, 2))  # noqa: E731
    assert [(f.type, f.title, f.text, f.path[1:], f.procedure) for f in fixture("mkdocs-tabs.md")] == [
        ("step", "带护照到营业厅", "带护照到营业厅。", ("补卡流程", kc), kcell(1)),
        ("step", "缴纳 500 坚戈补卡费，拨 *111# 查余额", "缴纳 500 坚戈补卡费，拨 *111# 查余额。", ("补卡流程", kc), kcell(2)),
        ("section", kc, "补卡后原号码不变。", ("补卡流程", kc), None),
        ("step", "在 My Beeline 里申请补卡", "在 My Beeline 里申请补卡。", ("补卡流程", bl), beeline(1)),
        ("step", "到营业厅取卡", "到营业厅取卡。", ("补卡流程", bl), beeline(2)),
        ("section", "补卡流程", "补卡后旧卡立即失效。", ("补卡流程",), None),
        ("section", "补卡要多久", "当场就能拿到新卡。", ("补卡要多久",), None),
    ]


def test_a_content_tab_inside_a_list_leads_its_content_as_a_line() -> None:
    markdown = "# 文\n\n- 查余额\n\n    === \"Kcell\"\n\n        拨 *100#\n"
    assert texts(cut(markdown)) == [("section", "文", "查余额\nKcell：\n拨 *100#")]


def test_footnotes_are_a_part_of_their_own_without_markers() -> None:
    # kept (they carry facts) but not glued to the last answer; 「[^1]」 never reaches the text
    markdown = ("# 彩信\n\n## 资费\n\n最大 300 KB[^1]，超过会压缩。\n\n## 常见问题\n\n**能发给国内吗？**\n\n"
                "能发，但多数收不到[^2]。\n\n[^1]: 300 KB 约一张截图。\n[^2]: 国内运营商不收境外彩信。\n")
    assert [(f.type, f.title, f.text, f.path[1:]) for f in cut(markdown)] == [
        ("section", "资费", "最大 300 KB，超过会压缩。", ("资费",)),
        ("qa", "能发给国内吗？", "能发，但多数收不到。", ("常见问题",)),
        ("section", "注释", "300 KB 约一张截图。\n国内运营商不收境外彩信。", ("注释",)),
    ]
    # without sections, a rule sets them apart
    assert texts(cut("# 文\n\n正文[^a]。\n\n[^a]: 注。\n")) == [("section", "文", "正文。"), ("section", "文", "注。")]


def test_plain_text_rules_and_bracketed_part_titles() -> None:
    # a line of ==== or ──── is a rule, not the underline of a heading (the line above it
    # would title every fragment); a 【…】 line heads the part under it
    frags = fixture("script.txt")
    assert {f.article_title for f in frags} == {"换卡话术（对内版）"}
    assert [(f.type, f.title, f.text, f.path[1:]) for f in frags] == [
        ("section", "换卡话术（对内版）", "文档编号 CS-0417 适用：全部运营商", ()),
        ("section", "适用范围", "用户要换新卡时按本话术处理。", ("适用范围",)),
        ("section", "办理时限", "当场办结。", ("办理时限",)),
        ("section", "办理时限", "结束语：感谢您的耐心。", ("办理时限",)),
    ]
    # in Markdown, text over a rule's characters is a heading
    markdown = "# 文\n\n办理时限\n---\n\n当场办结。\n"
    assert texts(cut(markdown, "doc.md")) == [("section", "办理时限", "当场办结。")]
    assert texts(cut(markdown, "doc.txt")) == [("section", "文", "办理时限"), ("section", "文", "当场办结。")]


def test_circled_numbers_are_steps_in_any_format() -> None:
    # ① ② ③ lines (a script, a WeChat post's <p> run) number steps as 1、 2、 3、 do
    proc = lambda i, n=3: Procedure("换卡", i, n)  # noqa: E731
    steps = [("step", "重启手机", "重启手机。", proc(1)), ("step", "换一部手机，再试一次", "换一部手机，再试一次。", proc(2)),
             ("step", "拨 *100#", "拨 *100#", proc(3))]
    plain = "# 换卡\n\n① 重启手机。\n② 换一部手机，再试一次。\n③ 拨 *100#\n"
    html = "<h1>换卡</h1><p>❶ 重启手机。</p><p>❷ 换一部手机，再试一次。</p><p>❸ 拨 *100#</p>"
    enclosed = "# 换卡\n\n⑴重启手机。\n\n⑵换一部手机，再试一次。\n\n⑶ 拨 *100#\n"
    for frags in (cut(plain, "doc.txt"), parse_source(Source("doc.html", "doc", html, "html", "0"))[1], cut(enclosed)):
        assert [(f.type, f.title, f.text, f.procedure) for f in frags] == steps


def test_question_and_answer_lines_pair_up_in_any_format() -> None:
    # Q：/A：, 问：/答： lines typed one under the other (one Markdown paragraph, one <p>
    # with <br>s), even quoted whole as a script's dialogue, are pairs: each answer ends
    # where the next question starts
    pairs = [("qa", "能退吗？", "不能，已用的话费不退。"), ("qa", "多久到账？", "三天。\n到账后有短信。")]
    markdown = "# 文\n\n## 常见问答\n\nQ：能退吗？\nA：不能，已用的话费不退。\nQ：多久到账？\nA：三天。\n\n到账后有短信。\n"
    chinese = "# 文\n\n问：能退吗？\n答：不能，已用的\n话费不退。\n问: 多久到账？\n答: 三天。\n\n到账后有短信。\n"
    script = "文\n\n「Q：能退吗？」\n「A：不能，已用的话费不退。」\n「Q：多久到账？」\n「A：三天。」\n\n到账后有短信。\n"
    html = "<h1>文</h1><p>Q: 能退吗？<br>A: 不能，已用的话费不退。<br>Q: 多久到账？<br>A: 三天。</p><p>到账后有短信。</p>"
    for frags in (cut(markdown), cut(chinese), cut(script, "doc.txt"),
                  parse_source(Source("doc.html", "doc", html, "html", "0"))[1]):
        assert texts(frags) == pairs


def test_long_passages_are_cut_between_rows_clauses_and_words() -> None:
    # a long table is cut between rows (each piece under the header row), a long sentence after a
    # clause mark, and a run without either never inside a Latin word or number (「不要写成 d」|「efault」)
    rows = [f"参数{i} | http://mms{i}.example.kz/post | 8080 | 拨 *119*{i}#" for i in range(12)]
    table = f"# 文\n\n## 参数\n\n| {rows[0]} |\n|---|---|---|---|\n" + "".join(f"| {r} |\n" for r in rows[1:])
    passages = [f.text for f in cut(table)]
    assert len(passages) > 1 and all(len(p) <= MAX_PASSAGE_CHARS for p in passages)
    assert all(p.split("\n")[0] == rows[0] for p in passages)
    assert [rows[0]] + [line for p in passages for line in p.split("\n")[1:]] == rows
    clauses = "，".join(["彩信只走移动数据不走无线网络"] * 40) + "。"
    assert all(p.endswith(("，", "。")) for p in split_passages([clauses]))
    words = "设default,mms" * 40
    pieces = split_passages([words])
    assert len(pieces) > 1 and "".join(pieces) == words
    assert all(a.endswith("设") and b.startswith("default") for a, b in zip(pieces, pieces[1:]))


def test_a_line_that_only_says_faq_heads_a_part_in_a_page_without_headings() -> None:
    # beside 「一、」 parts, 「常见问题」 on its own line is a part too, not text of the part before
    text = "给国内打电话\n\n一、资费\n\n每分钟 120 坚戈。\n\n常见问题\n\n问：能打香港吗？\n\n答：能，拨 +852。\n"
    assert [(f.type, f.title, f.text, f.path[1:]) for f in cut(text, "doc.txt")] == [
        ("section", "资费", "每分钟 120 坚戈。", ("一、资费",)),
        ("qa", "能打香港吗？", "能，拨 +852。", ("常见问题",)),
    ]


def test_static_site_template_tags_go_and_what_they_hold_stays() -> None:
    # Hexo's {% note %}, GitBook's {% hint %}, {% stepper %} and {% code %}: the site shows what
    # they hold, never the tags; a hint is text of its section, code stays code; an image tag and
    # a card linking another page go, the card with its link
    markdown = ("# 停机保号\n\n{% hint style=\"info\" %}\n适用于预付费号码。\n{% endhint %}\n\n## 怎么办理\n\n"
                "{% note warning %}\n办理前先结清欠费。\n{% endnote %}\n\n{% stepper %}\n{% step %}\n### 拨号申请\n\n"
                "拨 *120*1# 申请。\n{% endstep %}\n{% endstepper %}\n\n{% code title=\"代码\" %}\n```\n*120*0#  恢复\n```\n"
                "{% endcode %}\n\n{% asset_img block.png 申请页面 %}\n\n{% content-ref url=\"restore.md\" %}\n"
                "[restore.md](restore.md)\n{% endcontent-ref %}\n")
    assert [(f.type, f.title, f.text, f.path[1:]) for f in cut(markdown)] == [
        ("section", "停机保号", "适用于预付费号码。", ()),
        ("section", "怎么办理", "办理前先结清欠费。", ("怎么办理",)),
        ("section", "拨号申请", "拨 *120*1# 申请。\n*120*0#  恢复", ("怎么办理", "拨号申请")),
    ]


def test_hugo_shortcodes_and_liquid_whitespace_control_go_too() -> None:
    markdown = ("# 漫游\n\n{{< hint info >}}\n出国前开通漫游。\n{{< /hint >}}\n\n{%- raw -%}\n到达后重启手机。\n{%- endraw -%}\n\n"
                "{{% notice tip %}}\n拨 *111# 查余额。\n{{% /notice %}}\n\n{{< figure src=\"roam.png\" >}}\n")
    assert texts(cut(markdown)) == [("section", "漫游", "出国前开通漫游。\n到达后重启手机。\n拨 *111# 查余额。")]


def test_template_tabs_are_content_tabs() -> None:
    # GitBook's {% tab title="…" %} and Hugo's {{< tab "…" >}} are named as MkDocs tabs are:
    # 「heading（tab）」, a numbered list under one a procedure; text after the tabs is its heading's
    gitbook = ("# 文\n\n## 合并通话\n\n{% tabs %}\n{% tab title=\"iPhone\" %}\n1. 点「添加通话」。\n2. 点「合并通话」。\n"
               "{% endtab %}\n\n{% tab title=\"Android\" %}\n1. 点「添加通话」。\n2. 点「合并」。\n{% endtab %}\n{% endtabs %}\n\n"
               "合并后最多 6 方。\n")
    hugo = gitbook.replace("{% tabs %}", "{{< tabs >}}").replace("{% endtabs %}", "{{< /tabs >}}") \
        .replace('{% tab title="iPhone" %}', '{{< tab "iPhone" >}}').replace('{% tab title="Android" %}', "{{% tab name=Android %}}") \
        .replace("{% endtab %}", "{{< /tab >}}")
    ios, android = "合并通话（iPhone）", "合并通话（Android）"
    for markdown in (gitbook, hugo):
        assert [(f.type, f.title, f.path[1:], f.procedure) for f in cut(markdown)] == [
            ("step", "点「添加通话」", ("合并通话", ios), Procedure(ios, 1, 2)),
            ("step", "点「合并通话」", ("合并通话", ios), Procedure(ios, 2, 2)),
            ("step", "点「添加通话」", ("合并通话", android), Procedure(android, 1, 2)),
            ("step", "点「合并」", ("合并通话", android), Procedure(android, 2, 2)),
            ("section", "合并通话", ("合并通话",), None),
        ]


def test_template_tags_in_code_are_code() -> None:
    # a page that documents the tags keeps them where they are code: in a fence, in {% highlight %}
    markdown = ("# 写法\n\n```liquid\n{% hint style=\"info\" %}\n提示\n{% endhint %}\n```\n\n"
                "{% highlight liquid %}\n{% note %}\n{% endhighlight %}\n")
    assert texts(cut(markdown)) == [("section", "写法", "{% hint style=\"info\" %}\n提示\n{% endhint %}\n{% note %}")]


def test_a_plain_text_newsletter_mail() -> None:
    # a forwarded newsletter saved as .txt: the header lines go and the subject titles it; a
    # 「** 」 line over a rule heads a part, a lone rule still ends one; the table of contents
    # titles nothing; dotted leaders and checklist boxes keep their lines; signature and footer go
    frags = fixture("newsletter.txt")
    assert {f.article_title for f in frags} == {"出国前怎么开漫游"}
    assert [(f.type, f.title, f.text, f.path[1:]) for f in frags] == [
        ("section", "出国前怎么开漫游", "李娜，你下周出差，这期正好有用。", ()),
        ("section", "漫游怎么开", "拨 *111*5# 开通国际漫遊，开通后重启手机。", ("一、漫游怎么开",)),
        ("section", "漫游资费", "每天包价如下：\n土耳其 ............ 990 坚戈\n格鲁吉亚 .......... 1 290 坚戈\n"
                               "超出后按 10 坚戈/MB 计费。", ("二、漫游资费",)),
        ("section", "出发前清单", "[x] 开通国际漫游\n[ ] 账户余额充到 3 000 坚戈以上\n[ ] 在 App 里打开流量提醒",
         ("三、出发前清单",)),
        ("section", "出发前清单", "有问题直接回复本邮件。", ("三、出发前清单",)),
    ]


def test_mail_headers_only_at_the_top_and_a_footer_without_a_signature() -> None:
    # one 「日期：」 line opening a note is its text; a mailing list's footer after the last rule
    # goes even without a 「-- 」 line; without a subject the first line still titles the text
    note = "通知\n\n日期：3 月 1 日起\n\n充值送流量。\n\n=====\n© 2026 某某\nunsubscribe: https://example.org/u\n"
    assert texts(cut(note, "doc.txt")) == [("section", "通知", "日期：3 月 1 日起\n充值送流量。")]
    english = "From: news@example.org\nTo: a@example.com\nSubject: Re: Fwd: Roaming prices\n\nDaily pass: 990 KZT.\n"
    assert [(f.article_title, f.text) for f in cut(english, "doc.txt")] == [("Roaming prices", "Daily pass: 990 KZT.")]
    # in Markdown none of this applies: a header-like line is text
    assert texts(cut("# 文\n\nFrom: a\nTo: b\n\n正文\n")) == [("section", "文", "From: a To: b\n正文")]


def test_plain_text_lines_that_only_look_like_mail() -> None:
    # 「时间：」「主题：」 without a sender or recipient head a note, not a mail; a Chinese
    # ellipsis inside a sentence is no dotted leader, the sentence stays one line
    note = "时间: 周一至周五\n主题: 客服排班\n\n来电先核对号码，\n等一下……再转接。\n"
    assert [(f.article_title, f.text) for f in cut(note, "doc.txt")] == [
        ("时间: 周一至周五主题: 客服排班", "来电先核对号码，等一下……再转接。")]


def test_note_editors_callouts_wikilinks_and_markers() -> None:
    # Obsidian / GitHub callouts: a question titles a Q&A, another title leads its text;
    # wikilinks show their alias, highlights their text; embeds, comments, tag lines and [TOC]
    # show nothing; a task's box, in a note Obsidian wrote (a titled callout, an embed, a comment),
    # shows its state (test_render_editors: boxes of other editors show nothing)
    markdown = ("# 限速\n\n[TOC]\n\n#流量 #限速\n\n> [!note] 这一页讲什么\n> 流量用完后会被 ==限速==。\n\n"
                "![[speed.png|300]]\n\n%% 编辑备注：核对价格 %%\n\n- [x] 见 [[查询余额|余额页面]]\n\n"
                "## 常见问题\n\n> [!faq]- 能关掉限速吗？\n> 只有 Kcell 可以：拨 *515*0#。\n")
    assert texts(cut(markdown)) == [
        ("section", "限速", "这一页讲什么：流量用完后会被 限速。\n☑ 见 余额页面"),
        ("qa", "能关掉限速吗？", "只有 Kcell 可以：拨 *515*0#。")]


def test_a_pdfs_text_reads_as_the_document_not_its_pages() -> None:
    # pdftotext: pages split by form feeds, each with the running header and footer, a page
    # number, a sentence cut by the page break, a hyphenated word, Symbol-font bullets, a
    # space-aligned table and codes with stars
    header, footer = "员工手机指南（第 7 册）          2026 年 10 月", "www.kcell.kz · tele2.kz          — {} —"
    pages = [
        f"{header}\n────────\n\n        通话限制使用说明\n\n1 什么是通话限制\n\n通话限制是 GSM 的补充业务，"
        f"公司配发的工作卡可以禁止拨打国际长途。详情请联系企业客\n\n{footer.format(1)}",
        f"{header}　　通话限制\n户经理。\n\n2 用代码开启\n\n类型    开启    关闭\n全部呼出    *33*密码#    #33*密码#\n\n"
        f"修改密码拨 **03*330*旧密码*新密码*新密码# 即可，适用于 inter-\nnational 号码。\n\uf0b7 Kcell 默认 0000\n"
        f"\uf0b7 Tele2 默认 1111\n\n{footer.format(2)}",
    ]
    frags = cut("\f".join(pages), "brochure.txt")
    assert [(f.type, f.title) for f in frags] == [("section", "什么是通话限制"), ("section", "用代码开启")]
    first, second = frags[0].text, frags[1].text
    assert first.endswith("详情请联系企业客户经理。") and "2026" not in first + second and "kcell.kz" not in first + second
    assert "类型 | 开启 | 关闭\n全部呼出 | *33*密码# | #33*密码#" in second
    assert "**03*330*旧密码*新密码*新密码#" in second and "international" in second
    assert second.endswith("• Kcell 默认 0000\n• Tele2 默认 1111")


def test_a_word_document_converted_by_pandoc() -> None:
    # the % title block titles it over its H1 parts; bookmarks, [spans]{.mark} and image
    # attributes show nothing of their markup; a grid table is a table; bold closing on a number
    markdown = ("% 方案內含的電視服務\n% 客戶服務部\n% 2026 年 11 月\n\n**文件編號：KZ-011　版本 3.2**\\\n"
                "[內部審閱後可對外發布]{.mark}\n\n# []{#_Toc1 .anchor}一、哪些方案內含電視\n\n"
                "+--------+-------------+\n| 業者   | 方案        |\n+========+=============+\n"
                "| Kcell  | Kcell Plus（5 990 |\n|        | ₸／月）     |\n+--------+-------------+\n\n"
                "![電視](tv.png){width=\"5.5in\"}\n")
    frags = cut(markdown)
    assert {f.article_title for f in frags} == {"方案內含的電視服務"}
    assert texts(frags) == [
        ("section", "方案內含的電視服務", "文件編號：KZ-011 版本 3.2\n內部審閱後可對外發布"),
        ("section", "哪些方案內含電視", "業者 | 方案\nKcell | Kcell Plus（5 990 ₸／月）")]


def test_a_plain_text_banner_between_two_rules_heads_the_part_under_it() -> None:
    # a chatbot's FAQ exported as text: 「====⏎【第一部分】…⏎====」 over its questions
    text = ("適用：Kcell、Beeline 的預付號碼。\n\n" + "=" * 40 + "\n【第一部分】儲值額有效期\n" + "=" * 40 + "\n\n"
            "1. Q：儲值額可以用幾耐？\n   A：號碼有效就一直保留。\n")
    frags = parse_source(Source("faq.txt", "faq", text, "markdown", "0"))[1]
    assert [(f.type, f.title, f.path[-1]) for f in frags][-1] == ("qa", "儲值額可以用幾耐？", "【第一部分】儲值額有效期")
