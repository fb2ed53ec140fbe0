"""Markdown dialects of documentation tools and online editors (Docsify, Feishu / Lark, Outline,
Hugo's shortcodes, Mintlify's components): what a reader of the page sees, fragment by fragment."""
from __future__ import annotations

import re

from indexer.fragment import parse_source
from indexer.model import Fragment, Procedure, Source
from indexer.render import CONTAINER_DEPTH, render
from indexer.render_markup import (CALLOUT_DEPTH, COMPONENT_DEPTH, TABS_DEPTH, TEMPLATE_DEPTH, docsify_tabs, mdx_components,
                                    template_tags)

from fragments import texts


def cut(text: str, path: str = "doc.md") -> list[Fragment]:
    return parse_source(Source(path, "doc", text, "markdown", "0"))[1]


def test_docsify_heading_attributes_and_notes() -> None:
    # 「:id=move」 names the anchor and :docsify-ignore keeps a heading out of the sidebar: Docsify
    # shows neither; 「?> 」 (a tip) and 「!> 」 (important) paragraphs are notes of their section,
    # shown without the marker, whatever follows on their lines
    markdown = ("# 座机指南 :id=landline\n\n?> 有宽带的可以一起办，见 [家庭宽带](home/broadband.md)。\n\n"
                "## 搬家移机 :id=move :docsify-ignore\n\n移机费 3 000 ₸。\n\n!> 跨城市不能移机，\n号码不能带走。\n\n"
                "## 时间 {docsify-ignore-all}\n\n营业时间 10:30:00 起，`?> 代码` 照写。\n")
    frags = cut(markdown)
    assert {f.article_title for f in frags} == {"座机指南"}
    assert [(f.type, f.title, f.text, f.path) for f in frags] == [
        ("section", "座机指南", "有宽带的可以一起办，见 家庭宽带。", ("座机指南",)),
        ("section", "搬家移机", "移机费 3 000 ₸。\n跨城市不能移机，号码不能带走。", ("座机指南", "搬家移机")),
        ("section", "时间", "营业时间 10:30:00 起，?> 代码 照写。", ("座机指南", "时间")),
    ]


def test_emoji_shortcodes_and_docsify_embeds_show_nothing() -> None:
    # 「:bulb:」 is a picture, never its name; times, URLs, Russian and code keep their colons;
    # a Docsify embed (':include') is replaced by the file it names: its link text never shows
    markdown = (":telephone: 座机\n===\n\n:bulb: 安装费 **5 000 ₸**，营业时间 10:30:00 起 :warning:\n\n"
                "[最后更新](../_snippets/last-updated.md ':include')\n\n"
                "Время:да: 见 <https://telecom.kz/a:b:c> 或 [编辑](https://g.com/x ':target=_blank')，"
                "拨 `:bulb:` 代码照写。\n\n```\n:telephone: 10:30:00\n```\n")
    assert texts(cut(markdown)) == [
        ("section", "座机", ("安装费 5 000 ₸，营业时间 10:30:00 起\n"
                             "Время:да: 见 https://telecom.kz/a:b:c 或 编辑，拨 :bulb: 代码照写。\n:telephone: 10:30:00"))]


def test_docsify_tabs_are_named_as_content_tabs_and_what_follows_is_the_sections() -> None:
    # docsify-tabs: a tab opens at a heading all in bold or a 「<!-- tab:… -->」 comment; a tab is
    # named 「heading（tab）」 as MkDocs tabs are, a numbered list under it is its procedure, and
    # the note after 「<!-- tabs:end -->」 is its section's, not the last tab's
    markdown = ("# 座机\n\n## 怎么交费\n\n<!-- tabs:start -->\n\n#### **Kaspi.kz**\n\n1. 打开 Kaspi.kz。\n2. 输入座机号码。\n\n"
                "<!-- tab:营业厅 -->\n\n现金交，报号码即可。\n\n```\n#### **代码里的标题**\n```\n\n<!-- tabs:end -->\n\n"
                "?> 每月 25 日前交清。\n\n## 销户\n\n<!-- tabs:start -->\n\n#### **不成对的标签**\n\n带护照去营业厅。\n")
    kaspi = "怎么交费（Kaspi.kz）"
    assert [(f.type, f.title, f.text, f.path[1:], f.procedure and f.procedure.title) for f in cut(markdown)] == [
        ("step", "打开 Kaspi.kz", "打开 Kaspi.kz。", ("怎么交费", kaspi), kaspi),
        ("step", "输入座机号码", "输入座机号码。", ("怎么交费", kaspi), kaspi),
        ("section", "怎么交费（营业厅）", "现金交，报号码即可。\n#### **代码里的标题**", ("怎么交费", "怎么交费（营业厅）"), None),
        ("section", "怎么交费", "每月 25 日前交清。", ("怎么交费",), None),
        ("section", "不成对的标签", "带护照去营业厅。", ("销户", "不成对的标签"), None),
    ]


def test_feishu_callouts_hold_markdown() -> None:
    # Feishu / Lark's <callout emoji=…> wraps Markdown that CommonMark would leave raw (an HTML
    # block): its link shows its text, its bold no stars, and it stays a callout of its section;
    # the emoji is its icon. Highlight spans show their text, a mention its name, an image nothing.
    markdown = ('# 学生套餐\n\n<callout emoji="💡" background-color="light-yellow" border-color="yellow">\n'
                '一句话总结：Kcell 看<span style="background-color: rgb(255, 246, 122)">学生证</span>，'
                "**Activ 只看年龄**。\n</callout>\n\n## 怎么办理\n\n1. 打开 My Kcell。\n2. 上传学生证照片。\n\n"
                "![](https://internal-api-drive-stream.feishu.cn/space/api/box/stream/download/asynccode/?code=Nz)\n\n"
                '<callout emoji="📌" background-color="light-blue" border-color="blue">\n'
                "@刘洋 整理了一张表：[2026 秋季学生卡办理登记表](https://kzcsa.feishu.cn/sheets/Vb3)\n</callout>\n\n"
                "```html\n<callout emoji=\"⚠️\">\n[代码](x)\n</callout>\n```\n")
    assert texts(cut(markdown)) == [
        ("section", "学生套餐", "一句话总结：Kcell 看学生证，Activ 只看年龄。"),
        ("step", "打开 My Kcell", "打开 My Kcell。"),
        ("step", "上传学生证照片", "上传学生证照片。"),
        ("section", "怎么办理", ("@刘洋 整理了一张表：2026 秋季学生卡办理登记表\n"
                               '<callout emoji="⚠️">\n[代码](x)\n</callout>')),
    ]


def test_notion_asides_hold_markdown_too() -> None:
    # Notion's Markdown export writes its callout as <aside> around Markdown, its emoji typed as
    # text: the same raw HTML block, the same reading
    markdown = ("# 网络模式\n\n<aside>\n💡 APN 填错请看 [APN 手动设置](APN%20%E6%89%8B.md)，本页只讲**网络制式**。\n\n</aside>\n\n"
                "## 查询代码\n\nKcell: *100#\n")
    assert texts(cut(markdown)) == [
        ("section", "网络模式", "💡 APN 填错请看 APN 手动设置，本页只讲网络制式。"),
        ("section", "查询代码", "Kcell: *100#")]


def test_callouts_nested_deep_or_never_closed_still_read() -> None:
    # a hostile file: 3 000 callouts one inside the other render without running out of
    # recursion (the deepest stay raw HTML), and one never closed stays as it was
    deep = "# 文\n\n" + "<callout>\n" * 3000 + "最里面 [链接](x)\n" + "</callout>\n" * 3000
    html, _ = render(Source("doc.md", "doc", deep, "markdown", "0"))
    assert html.count("<div>") == CALLOUT_DEPTH and "最里面 [链接](x)" in html
    assert texts(cut("# 文\n\n<callout>\n没有结束 [链接](x)\n")) == [("section", "文", "没有结束 [链接](x)")]


def test_docsify_tab_sets_nested_deep_are_read_only_so_deep() -> None:
    # a hostile file: 3 000 tab sets one inside the other would indent the last line by 12 000
    # spaces; only TABS_DEPTH of them are tabs, the rest are lines of the deepest tab
    deep = "# 文\n\n" + "<!-- tabs:start -->\n#### **T**\n" * 3000 + "最里面\n" + "<!-- tabs:end -->\n" * 3000
    assert max(map(len, docsify_tabs(deep).split("\n"))) <= 4 * TABS_DEPTH + len("<!-- tabs:start -->")
    assert "最里面" in render(Source("doc.md", "doc", deep, "markdown", "0"))[0]


def test_outline_callouts_are_text_of_their_section() -> None:
    # Outline (and Yuque) write a callout as 「:::info」 … 「:::」 on lines of their own: the page shows
    # a coloured box without its kind, so its text is its section's, the colons nowhere; a kind
    # alone titles nothing (「Info：」 would be a word no reader sees)
    markdown = ("# 查信号覆盖\n\n:::info\n这篇文档属于「通讯」合集，最后核对 2026-10-21。\n:::\n\n找房子之前先查信号。\n\n"
                "## 看地图\n\n几家运营商都有覆盖地图。\n\n:::warning\n地图是**计算**出来的，拨 *100# 也查不到。\n:::\n\n"
                ":::tip\n白天测一次。\n:::\n\n:::success\n测完了。\n:::\n")
    assert texts(cut(markdown)) == [
        ("section", "查信号覆盖", "这篇文档属于「通讯」合集，最后核对 2026-10-21。\n找房子之前先查信号。"),
        ("section", "看地图", "几家运营商都有覆盖地图。\n地图是计算出来的，拨 *100# 也查不到。\n白天测一次。\n测完了。"),
    ]


def test_docusaurus_and_vuepress_containers_lead_with_their_titles() -> None:
    # Docusaurus 「:::note 标题」 / 「:::tip[标题]」 and VuePress / VitePress 「::: tip 标题」: a titled
    # callout is led by its title as MkDocs' are; 「::: details 标题」 is collapsible, so it heads its
    # own text, and one titled by a question is a Q&A. An outer container has more colons.
    markdown = ("# 改语言\n\n:::note 适用范围\nKcell 和 Activ 的号码。\n:::\n\n:::tip[改之前]\n先拨 *100# 看余额。\n:::\n\n"
                ":::caution\n促销短信不跟着改。\n:::\n\n## 操作\n\n::: tip 提示\n免费，不扣余额。\n:::\n\n"
                "::: warning\n改完要重启。\n:::\n\n::: details 旧 SIM 卡\n2019 年以前的卡在 SIM 菜单里改。\n:::\n\n"
                "::: details 能改成中文吗？\n不能，只有三种语言。\n:::\n\n::::info 外层\n:::danger\n内层\n:::\n外层的话\n::::\n")
    assert [(f.type, f.title, f.text, f.path[1:]) for f in cut(markdown)] == [
        ("section", "改语言", "适用范围：Kcell 和 Activ 的号码。\n改之前：先拨 *100# 看余额。\n促销短信不跟着改。", ()),
        ("section", "操作", "提示：免费，不扣余额。\n改完要重启。", ("操作",)),
        ("section", "旧 SIM 卡", "2019 年以前的卡在 SIM 菜单里改。", ("操作", "旧 SIM 卡")),
        ("qa", "能改成中文吗？", "不能，只有三种语言。", ("操作",)),
        ("section", "操作", "外层：\n内层\n外层的话", ("操作",)),
    ]


def test_colon_lines_that_open_no_container_stay_as_written() -> None:
    # colons in fenced code are code, a bare line of colons opens nothing, and a container never
    # closed runs to the end of the page (as the tools themselves render it)
    markdown = "# 文\n\n```\n:::info\n代码\n:::\n```\n\n:::\n不是容器\n\n:::warning 没有结束\n最后一段。\n"
    assert texts(cut(markdown)) == [
        ("section", "文", ":::info\n代码\n:::\n::: 不是容器\n没有结束：最后一段。")]


def test_containers_nested_deep_or_never_closed_keep_their_text() -> None:
    # a hostile file: 3 000 「:::info」 lines one inside the other would pass markdown-it's nesting
    # limit, past which it drops the rest of the page; only CONTAINER_DEPTH of them are containers
    deep = "# 文\n\n" + ":::info\n" * 3000 + "最里面\n" + ":::\n" * 3000
    html, _ = render(Source("doc.md", "doc", deep, "markdown", "0"))
    assert html.count("<div>") == CONTAINER_DEPTH and "最里面" in html
    unclosed = "# 文\n\n" + "".join(f":::warning\n第{i}段\n\n" for i in range(3000))
    assert all(f"第{i}段" in text for text in ["\n".join(f.text for f in cut(unclosed))] for i in range(3000))


def test_outline_backslash_lines_show_nothing() -> None:
    # Outline writes an empty paragraph as a line holding only 「\」 (CommonMark shows it) and a
    # hard break as a line ending with 「\」: no backslash of it reaches the reader, one the writer
    # typed does (「C:\」)
    markdown = ("# 查信号\n\n开头一段。\n\n\\\n## 地图\n\n深色是室内也稳定，\\\n浅色是室外能用。\n\n\\\n\n"
                "**村子**\\\n\n只有 2G。\n\n\\\n*相关文档：报障*\\\n*公路部分由老陈补充。*\n\n文件在 C:\\\n")
    assert texts(cut(markdown)) == [
        ("section", "查信号", "开头一段。"),
        ("section", "地图", "深色是室内也稳定，\n浅色是室外能用。\n村子\n只有 2G。\n"
                          "相关文档：报障\n公路部分由老陈补充。\n文件在 C:\\"),
    ]


def test_outline_bold_lines_over_their_text_are_sub_headings() -> None:
    # 「**主要公路**\」 over its lines is a writer's sub-heading (a bold line of its own, as the
    # parser reads two or more of them in a part); a bold question over its answer stays a Q&A,
    # and a list item keeps its bold line
    markdown = ("# 出远门\n\n## 六、公路和景点\n\n看三件事。\n\n**主要公路**\\\n阿拉木图—阿斯塔纳大部分有 4G。\\\n"
                "阿特劳附近经常没有信号。\n\n**热门景点**\\\n恰伦峡谷底部没有信号。\n\n## 常见问题\n\n"
                "**问：为什么只显示 4G？**\\\n答：多半因为在室内。\n\n- **双卡**\\\n  两张都插上\n")
    assert [(f.type, f.title, f.text, f.path[1:]) for f in cut(markdown)] == [
        ("section", "公路和景点", "看三件事。", ("六、公路和景点",)),
        ("section", "主要公路", "阿拉木图—阿斯塔纳大部分有 4G。\n阿特劳附近经常没有信号。", ("六、公路和景点", "主要公路")),
        ("section", "热门景点", "恰伦峡谷底部没有信号。", ("六、公路和景点", "热门景点")),
        ("qa", "为什么只显示 4G？", "多半因为在室内。\n双卡\n两张都插上", ("常见问题",)),
    ]


def test_a_code_in_bold_shows_as_typed() -> None:
    # Hugo's writers escape a code's stars inside bold (「**\*444\*0#**」), others do not (「**拨 *111#**」):
    # either way the site shows the code in bold; the bold's own stars used to be escaped with the
    # code's and showed (「撥 ***444*0#**」)
    markdown = "# 推廣\n\n撥 **\\*444\\*0#**，或者 **拨 *111#** 查；***808*0#** 亦得，**3 天**內生效。\n"
    assert texts(cut(markdown)) == [("section", "推廣", "撥 *444*0#，或者 拨 *111# 查；*808*0# 亦得，3 天內生效。")]


def test_hugo_collapsibles_are_questions_and_callouts_lead_with_their_titles() -> None:
    # Hugo Book's {{< details "…" >}} and {{< expand "…" >}} fold their text under a title: a title
    # that asks is a question with its answer, another titles its text (they lost their titles, and
    # their text ran into the part above); a callout is text of its section, led by its title when it
    # has one (Relearn's notice, Docsy's alert), and LoveIt's admonition that opens closed folds too
    markdown = ("# 私隱\n\n{{< hint info >}}\n**本頁適用於**：Kcell、Beeline。\n{{< /hint >}}\n\n喺哈薩克斯坦開卡要登記。\n\n"
                '{{% notice warning "唔好講驗證碼" %}}\n自稱職員要你講 ИИН 嘅，一定係騙案。\n{{% /notice %}}\n\n'
                '{{% alert title="Warning" color="warning" %}}\n騙案好多。\n{{% /alert %}}\n\n'
                '## 點樣查閱\n\n{{< details "書面申請要寫啲乜？" >}}\n- 全名同 ИИН；\n- 日期同簽名。\n{{< /details >}}\n\n'
                '{{< expand "俄文範本" "↕" >}}\nПрошу предоставить сведения.\n{{< /expand >}}\n\n'
                '{{< admonition tip "可唔可以郵寄？" false >}}\n可以，寄去總部。\n{{< /admonition >}}\n\n'
                "## 常見問題\n\n{{< details title=\"可唔可以用中文寫？\" open=true >}}\n唔得。\n{{< /details >}}\n\n"
                '{{< details "點樣更正名？" >}}\n帶護照去門市。\n{{< /details >}}\n')
    assert [(f.type, f.title, f.text, f.path[1:]) for f in cut(markdown)] == [
        ("section", "私隱", "本頁適用於：Kcell、Beeline。\n喺哈薩克斯坦開卡要登記。\n唔好講驗證碼：自稱職員要你講 ИИН 嘅，一定係騙案。\n"
         "騙案好多。", ()),
        ("qa", "書面申請要寫啲乜？", "全名同 ИИН；\n日期同簽名。", ("點樣查閱",)),
        ("section", "俄文範本", "Прошу предоставить сведения.", ("點樣查閱", "俄文範本")),
        ("qa", "可唔可以郵寄？", "可以，寄去總部。", ("點樣查閱",)),
        ("qa", "可唔可以用中文寫？", "唔得。", ("常見問題",)),
        ("qa", "點樣更正名？", "帶護照去門市。", ("常見問題",)),
    ]


def test_hugo_columns_tabs_and_buttons_read_as_the_site_shows_them() -> None:
    # Hugo Book's columns stand side by side: their text in order, never the 「<--->」 between them;
    # a column led by a bold line is named by it as a tab is, so the text after the columns is its
    # heading's again (it ran into the last column); a button links another page and shows nothing;
    # Hextra names its tabs in their set (items=) and writes a tab on one line
    markdown = ("# 通話紀錄\n\n## 邊個有權睇？\n\n{{< columns >}}\n**可以睇**\n\n- 你本人（機主）。\n- 執法機關。\n\n<--->\n\n"
                "**唔可以睇**\n\n- 你嘅家人。\n{{< /columns >}}\n\n未滿 18 歲子女嘅號碼，父母可以查。\n\n## 收費\n\n"
                "{{< columns >}}\nApp 入面下載：免費。\n<--->\n門市申請：每月 500 ₸。\n{{< /columns >}}\n\n"
                '{{< button relref="/docs/sms/spam" >}}垃圾短訊點處理{{< /button >}} {{< button href="https://x.kz" >}}註銷{{< /button >}}\n\n'
                '## 停收推廣\n\n{{< tabs items="Kcell,Beeline" >}}\n  {{< tab >}}撥 *444*0#{{< /tab >}}\n'
                "  {{< tab >}}撥 *808*0#{{< /tab >}}\n{{< /tabs >}}\n\n```\n{{< tab >}}代碼{{< /tab >}} {{< button >}}x{{< /button >}}\n```\n")
    assert [(f.type, f.title, f.text) for f in cut(markdown)] == [
        ("qa", "邊個有權睇？（可以睇）", "你本人（機主）。\n執法機關。"),
        ("qa", "邊個有權睇？（唔可以睇）", "你嘅家人。"),
        ("qa", "邊個有權睇？", "未滿 18 歲子女嘅號碼，父母可以查。"),
        ("section", "收費", "App 入面下載：免費。\n門市申請：每月 500 ₸。"),
        ("section", "停收推廣（Kcell）", "撥 *444*0#"),
        ("section", "停收推廣（Beeline）", "撥 *808*0#"),
        ("section", "停收推廣", "{{< tab >}}代碼{{< /tab >}} {{< button >}}x{{< /button >}}"),
    ]


def test_hugo_containers_never_closed_or_nested_deep_keep_their_text() -> None:
    # a closing tag closes the latest tag of its name still open: one never closed holds nothing (it
    # would fold the rest of the page into its answer), and the one after it is still a question;
    # containers are read TEMPLATE_DEPTH deep: 3 000 hints one inside the other would indent the page
    # 12 000 spaces a line
    unclosed = ('# 文\n\n## 問題\n\n{{< details "可以退錢嗎？" >}}\n可以。\n\n## 之後\n\n'
                '{{< details "點樣退？" >}}\n去門市。\n{{< /details >}}\n\n別的話。\n')
    assert texts(cut(unclosed)) == [("section", "問題", "可以。"), ("qa", "點樣退？", "去門市。"), ("section", "之後", "別的話。")]
    deep = "# 文\n\n" + '{{< hint warning >}}\n' * 3000 + "最里面\n" + "{{< /hint >}}\n" * 3000
    assert max(map(len, template_tags(deep).split("\n"))) <= 4 * TEMPLATE_DEPTH + len("!!! warning")
    assert texts(cut(deep)) == [("section", "文", "最里面")]


def test_mintlify_components_hold_markdown_and_name_their_parts() -> None:
    # Mintlify's components in a .md page were raw HTML to CommonMark: the Markdown they hold showed as
    # typed (「**Twin SIM**」), tabs and code blocks lost their titles, accordions their questions, and
    # the cards linking other pages ran into the text. A callout is text of its section; a tab and a
    # titled code block are named parts; an accordion that asks is a Q&A; a card linking another page
    # is navigation (its text describes that page), one linking nowhere a callout led by its title.
    markdown = ("---\ntitle: 一號多卡\n---\n\n一號多卡：同一個號碼兩張卡。\n\n<Note>\n  不需要 eSIM，見 [智能手錶](/watch)。\n</Note>\n\n"
                '## 哪些電訊商提供\n\n<Tabs>\n  <Tab title="Kcell">\n    服務名稱：**Twin SIM**。\n\n    - 最多 **2 張**附加卡。\n  </Tab>\n'
                '  <Tab title="Tele2">\n    **不提供**。\n  </Tab>\n</Tabs>\n\n## 響鈴\n\n<CodeGroup>\n\n```text Kcell / Activ\n'
                "*720*1#    同時響鈴\n```\n\n```text Beeline\n*110*2711#  同時響鈴\n```\n\n</CodeGroup>\n\n<Tip>\n  設定對整個號碼生效。\n"
                '</Tip>\n\n## 常見問題\n\n<AccordionGroup>\n  <Accordion title="附加卡有自己的餘額嗎？">\n    沒有，都從主卡扣。\n'
                '  </Accordion>\n  <Accordion title="主卡停機">\n    附加卡一起停用。\n  </Accordion>\n</AccordionGroup>\n\n'
                '<CardGroup cols={2}>\n  <Card title="智能手錶 eSIM" icon="watch" href="/devices/watch">\n    手錶共用一個號碼。\n  </Card>\n'
                '  <Card title="免費" icon="gift">\n    附加卡開卡免費。\n  </Card>\n  <Card title="補卡" href="/lost" />\n</CardGroup>\n')
    assert [(f.type, f.title, f.text) for f in cut(markdown)] == [
        ("section", "一號多卡", "一號多卡：同一個號碼兩張卡。\n不需要 eSIM，見 智能手錶。"),
        ("section", "哪些電訊商提供（Kcell）", "服務名稱：Twin SIM。\n最多 2 張附加卡。"),
        ("section", "哪些電訊商提供（Tele2）", "不提供。"),
        ("section", "響鈴（Kcell / Activ）", "*720*1#    同時響鈴"),
        ("section", "響鈴（Beeline）", "*110*2711#  同時響鈴"),
        ("section", "響鈴", "設定對整個號碼生效。"),
        ("qa", "附加卡有自己的餘額嗎？", "沒有，都從主卡扣。"),
        ("qa", "主卡停機", "附加卡一起停用。"),         # any collapsible of a FAQ part asks
        # the text after the FAQ's last pair closes the article, titled by it (holdout209, holdout213), not 「常見問題」
        ("section", "一號多卡", "免費：附加卡開卡免費。"),
    ]


def test_mintlify_steps_are_a_procedure_titled_by_their_steps() -> None:
    # each <Step title="…"> is a step titled so, under any heading (an ordered list whose items all
    # led in bold would be steps only under a heading naming them), in a tab too; an opening tag may
    # spread its attributes over lines, a step be written on one line; text after the steps is the
    # section's, and a JSX comment shows nothing
    markdown = ('# 一號多卡\n\n## 開通\n\n{/* 2026-11 核對 */}\n\n<Steps>\n  <Step title="帶護照去門市">\n    到**自營門市**辦理。\n'
                '  </Step>\n  <Step\n    title="回覆確認短訊"\n    icon="message"\n  >\n    10 分鐘內回覆 «ДА»。\n  </Step>\n'
                '  <Step title="重新開機">一般 30 分鐘內可以用。</Step>\n</Steps>\n\n<Warning>\n  附加卡遺失等於號碼遺失。\n</Warning>\n\n'
                '## 設定\n\n<Tabs>\n  <Tab title="iPhone">\n    <Steps>\n      <Step title="打開設定">\n        點「行動服務」。\n'
                '      </Step>\n      <Step title="加入 SIM">\n        掃描 QR 碼。\n      </Step>\n    </Steps>\n  </Tab>\n</Tabs>\n')
    assert [(f.type, f.title, f.text, f.procedure) for f in cut(markdown)] == [
        ("step", "帶護照去門市", "帶護照去門市\n到自營門市辦理。", Procedure("開通", 1, 3)),
        ("step", "回覆確認短訊", "回覆確認短訊\n10 分鐘內回覆 «ДА»。", Procedure("開通", 2, 3)),
        ("step", "重新開機", "重新開機\n一般 30 分鐘內可以用。", Procedure("開通", 3, 3)),
        ("section", "開通", "附加卡遺失等於號碼遺失。", None),
        ("step", "打開設定", "打開設定\n點「行動服務」。", Procedure("設定（iPhone）", 1, 2)),
        ("step", "加入 SIM", "加入 SIM\n掃描 QR 碼。", Procedure("設定（iPhone）", 2, 2)),
    ]


def test_mintlify_components_never_closed_or_in_code_stay_as_written() -> None:
    # a component never closed is what CommonMark makes of it (its text shows), one in fenced code is
    # code, and a closed one after them is still read; components are read COMPONENT_DEPTH deep
    markdown = ("# 文\n\n```mdx\n<Note>\n  **代碼**\n</Note>\n```\n\n<Warning>\n  沒有結束\n\n<Note>\n  **已結束**\n</Note>\n")
    assert texts(cut(markdown)) == [("section", "文", "<Note>\n  **代碼**\n</Note>\n沒有結束\n已結束")]
    deep = "# 文\n\n" + "<Note>\n" * 3000 + "最里面\n" + "</Note>\n" * 3000
    assert max(map(len, mdx_components(deep).split("\n"))) <= 4 * COMPONENT_DEPTH + len("!!! note")
    assert "最里面" in render(Source("doc.md", "doc", deep, "markdown", "0"))[0]



def siyuan(markdown: str) -> str:
    """A note as SiYuan exports it: each 「@」 an IAL naming a block of its own (the second one
    「20260302210002-abcde02」, which the references name)."""
    count = iter(range(1, 100))
    return re.sub("@", lambda _: f'{{: id="202603022100{(n := next(count)):02d}-abcde{n:02d}" updated="20260318094512"}}',
                  markdown)


def test_siyuan_notes_lose_their_attribute_lists_super_blocks_and_filing_tags() -> None:
    # SiYuan writes kramdown: an IAL under every block and at the start of every list item, a
    # super-block's 「{{{row」 … 「}}}」 around blocks, references 「((id 'anchor'))」, tags 「#标签#」;
    # they showed in every fragment, titled each step 「{」 and made a table row of the IAL under a
    # table. The note shows its text: a reference its anchor (a bare one its block's first line),
    # a tag filing a line nothing, one inside a sentence its word, and no space pads a mark between
    # Chinese characters; the text after a super-block titled inside is its heading's again; the
    # document's IAL titles a note without an H1
    markdown = siyuan("#网络# #运营商#\n@\n\n## 私人 DNS\n@\n\n必须在 ==24 小时内== 执行，结果就是 #私人DNS# 连不上。\n@\n\n"
                      "{{{row\n**Android 关掉**\n@\n\n1. @设置 → 私人 DNS。\n   @\n2. @选「关闭」。\n   @\n@\n\n"
                      "**iPhone 删描述文件**\n@\n\n设置 → 通用 → VPN。\n@\n}}}\n@\n\n路由器里的 DNS 只影响 Wi-Fi。\n@\n\n"
                      "## 查询\n@\n\n|现象|看哪一节|\n| ---| ---|\n|网页打不开|((20260302210002-abcde02 '私人 DNS'))|\n@\n\n"
                      "见 ((20260302210002-abcde02))，拨 `#21#` 或 #21#。\n@\n\n"
                      '{: id="20260302210000-abcde00" title="流量打不开" type="doc"}\n')
    frags = cut(markdown)
    assert {f.article_title for f in frags} == {"流量打不开"}
    assert [(f.type, f.title, f.text, f.path[1:], f.procedure and f.procedure.title) for f in frags] == [
        ("section", "私人 DNS", "必须在 24 小时内执行，结果就是 私人DNS 连不上。", ("私人 DNS",), None),
        ("step", "设置 → 私人 DNS", "设置 → 私人 DNS。", ("私人 DNS", "Android 关掉"), "Android 关掉"),
        ("step", "选「关闭」", "选「关闭」。", ("私人 DNS", "Android 关掉"), "Android 关掉"),
        ("section", "iPhone 删描述文件", "设置 → 通用 → VPN。", ("私人 DNS", "iPhone 删描述文件"), None),
        ("section", "私人 DNS", "路由器里的 DNS 只影响 Wi-Fi。", ("私人 DNS",), None),
        ("section", "查询", "现象 | 看哪一节\n网页打不开 | 私人 DNS\n见 私人 DNS，拨 #21# 或 #21#。", ("查询",), None),
    ]
    # kramdown's IALs elsewhere (「{: .note}」) are no SiYuan export: the page stays as written, its
    # codes and words between hashes included
    markdown = "# 呼叫转移\n\n拨 #21# 查询，#62# 取消。\n{: .note}\n\n#标签# 不是标签。\n"
    assert texts(cut(markdown)) == [("section", "呼叫转移", "拨 #21# 查询，#62# 取消。 {: .note}\n#标签# 不是标签。")]


def test_bear_marks_show_their_text_and_ranges_stay() -> None:
    # Bear marks with 「::…::」 and underlines (GitHub strikes) with one tilde each side: the reader sees
    # the text, never the marks, struck text included (the sentence says it is past); a range
    # (「1~3 天」, 「周一~周五」), C++'s 「std::string」, a 「key:: value」 line and code keep theirs
    markdown = ("# 报警器的卡\n\n只用短信，::完全不需要流量::。~以前是 180 天~，现在 90 天，~~旧资费~~作废。\n\n"
                "到账 1~3 天，周一~周五，周六~周日；`::代码::` 与 std::string::npos 照写。\n\nkey:: value\n\n```\n~x~ ::y::\n```\n")
    assert texts(cut(markdown)) == [
        ("section", "报警器的卡", "只用短信，完全不需要流量。以前是 180 天，现在 90 天，旧资费作废。\n"
                                  "到账 1~3 天，周一~周五，周六~周日；::代码:: 与 std::string::npos 照写。\nkey:: value\n~x~ ::y::")]


def test_bold_labels_name_their_lists_and_a_note_app_footer_is_no_text() -> None:
    # a Youdao note: a bold label alone over a list names that list (its procedure, a sub-part);
    # the note after the last labelled list is about all of them, the part's again (it was
    # Tele2's); a label numbered 「一、」 opens a part of the writer's, which runs on to the next
    # heading; 「来自有道云笔记 · 分类：…」 under the rule only says where the note was kept
    markdown = ("# 短信转发\n\n## 运营商的转发\n\n**Kcell**\n\n1. 拨 *148*1*号码#。\n2. 关闭拨 *148*0#。\n\n**Tele2**\n\n"
                "1. 拨 *162*号码#。\n2. 关闭拨 *162*0#。\n\n> 💡 验证码也会被转走。\n\n## 排查\n\n**一、先看设置**\n\n"
                "1. 打开转发开关。\n2. 重启。\n\n**二、再看余额**\n\n1. 拨 *100#。\n2. 充值。\n\n余额够也不行就打客服。\n\n"
                "&nbsp;\n\n---\n来自有道云笔记 · 分类：在哈萨克斯坦生活 / 手机与通信\n")
    assert [(f.type, f.title, f.text, f.path[1:]) for f in cut(markdown) if f.type != "step"] == [
        ("section", "运营商的转发", "💡 验证码也会被转走。", ("运营商的转发",)),
        ("section", "再看余额", "余额够也不行就打客服。", ("排查", "二、再看余额")),
    ]
    assert [(f.title, f.procedure.title) for f in cut(markdown) if f.procedure][:3] == [
        ("拨 *148*1*号码#", "Kcell"), ("关闭拨 *148*0#", "Kcell"), ("拨 *162*号码#", "Tele2")]


OBSIDIAN_NOTE = (
    "---\ntitle: 运营商定位\naliases:\n  - Локатор\ncssclasses:\n  - wide-page\n---\n\n# 运营商定位\n\n"
    "费用从查询的人的余额里扣。 ^loc-price\n\n%%价格是营业厅问的%%\n\n"
    "## Kcell 开通步骤\n\n1. 拨 *566*1# 开通。\n2. 查位置：拨 *566*3#。\n\n"
    "- [x] 自己的号码开通\n- [ ] 教妈妈回复 ДА\n\n"
    "## 孩子的号码\n\n> [!warning]- 未成年人（点开看）\n> 家长可以直接添加。 ^kids-note\n\n"
    "| 运营商 | 价格 |\n| --- | --- |\n| Beeline | 35 ₸ |\n\n^price-table\n\n"
    "```\n拨 2^10 ^not-an-id\n```\n"
)


def test_an_obsidian_notes_block_ids_go_and_its_tasks_keep_their_state() -> None:
    # a block id (「… ^loc-price」, a line of its own under a table) is a link target Obsidian never
    # shows; a task's box says whether it is done (☑) or still to do (☐); code keeps its text
    frags = cut(OBSIDIAN_NOTE, "locator.md")
    assert texts(frags) == [
        ("section", "运营商定位", "费用从查询的人的余额里扣。"),
        ("step", "拨 *566*1# 开通", "拨 *566*1# 开通。"),
        ("step", "查位置：拨 *566*3#", "查位置：拨 *566*3#。"),
        ("section", "Kcell 开通步骤", "☑ 自己的号码开通\n☐ 教妈妈回复 ДА"),
        ("section", "孩子的号码", "未成年人（点开看）：家长可以直接添加。\n运营商 | 价格\nBeeline | 35 ₸\n拨 2^10 ^not-an-id"),
    ]


def test_block_ids_and_task_boxes_of_other_markdown_stay_as_before() -> None:
    # GitHub's untitled alert and a wiki's link are no Obsidian note: its boxes show nothing, as
    # every editor's did, and a 「^」 closing a line is its text
    markdown = "# 清单\n\n> [!NOTE]\n> 见 [[套餐]]。\n\n- [x] 带护照\n- [ ] 带旧卡\n\n面积按 m ^2\n"
    assert texts(cut(markdown)) == [("section", "清单", "见 套餐。\n带护照\n带旧卡\n面积按 m ^2")]


def test_a_google_docs_by_line_typed_as_lines_of_the_first_paragraph_goes_and_its_scope_stays() -> None:
    # Google Docs' 「Download as Markdown」: the header's labelled lines are one paragraph (two trailing
    # spaces break them); the credit and date, on one line with an ideographic space between them, went
    # into the introduction, while 「适用范围：…」 says what the page covers
    text = ("# 国外拨短号\n\n**适用范围：** Kcell / Activ、Beeline 的预付费号码  \n"
            "**整理：** 华人商会 通讯小组\u3000**更新：** 2026 年 11 月 14 日\n\n出国以后短号都打不通。\n")
    assert texts(cut(text)) == [("section", "国外拨短号", "适用范围： Kcell / Activ、Beeline 的预付费号码\n出国以后短号都打不通。")]
    # a paragraph that is a by-line whole, its fields typed one after another, goes too
    assert texts(cut("# 换新手机\n\n整理：林宥廷 更新日期：2026/11/19\n\n先备份通讯录。\n")) == [
        ("section", "换新手机", "先备份通讯录。")]
