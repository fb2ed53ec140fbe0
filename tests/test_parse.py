"""indexer.parse: Markdown/HTML to a section tree of clean blocks."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from indexer.clean import clean_tree, content_root
from indexer.model import Article, Block, Link, Section, Source
from indexer.parse import parse_article, read_html, slugify
from indexer.render import escape_codes

from fragments import all_text, cut, drive2_comment, texts

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def source(text: str, fmt: str = "markdown", path: str = "doc.md") -> Source:
    return Source(path=path, article_id="doc", text=text, format=fmt, sha256="0")  # type: ignore[arg-type]


def blocks(text: str, fmt: str = "markdown") -> list[Block]:
    root = parse_article(source(text, fmt)).root
    out = list(root.blocks)
    stack = list(root.children)
    while stack:
        section = stack.pop(0)
        out.extend(section.blocks)
        stack[:0] = section.children
    return out


@pytest.mark.parametrize(("markdown", "expected"), [
    ("- 对于Kcell：*111*", "- 对于Kcell：\\*111\\*"),
    ("拨 *#06# 或 *100# 查询", "拨 \\*#06# 或 \\*100# 查询"),
    ("**重点** 和 *强调*", "**重点** 和 *强调*"),
    ("**10** 美元", "**10** 美元"),
    ("- 保留 **3 天**，过期释放", "- 保留 **3 天**，过期释放"),      # bold that starts with a number
    ("`*111*` 不变", "`*111*` 不变"),
    ("```\n*111*\n```\n*111*", "```\n*111*\n```\n\\*111\\*"),
])
def test_escape_codes(markdown: str, expected: str) -> None:
    assert escape_codes(markdown) == expected


@pytest.mark.parametrize(("markdown", "text"), [
    ("- 对于Kcell：*111*", "对于Kcell：*111*"),
    ("拨打 *#06# 查看，*100# 查余额，*151* 充值", "拨打 *#06# 查看，*100# 查余额，*151* 充值"),
    ("点击**退款**按钮", "点击退款按钮"),
    ("第一行\n第二行", "第一行第二行"),
    ("Kcell\nBeeline", "Kcell Beeline"),
    ("网址是 www.kcell.kz 。", "网址是 www.kcell.kz 。"),
    ("看图 ![Image](https://i.postimg.cc/x.png) 完", "看图 完"),
    ("祝顺利！[[TG💪+ @esim1088](https://t.me/s/esim1088)]  ", "祝顺利！"),
    ("打开[设置](/settings)页面", "打开设置页面"),
])
def test_inline_text(markdown: str, text: str) -> None:
    assert [b.text for b in blocks(markdown)] == [text]


def test_a_numbered_list_nested_in_a_bullet_stays_a_list_of_its_own() -> None:
    markdown = "- 方法一：拨号\n  1. 拨 *100#\n  2. 等待短信\n- 方法二：App\n"
    assert blocks(markdown) == [
        Block("li", "方法一：拨号", ordered=False, list_id=0),
        Block("li", "拨 *100#", ordered=True, list_id=1),
        Block("li", "等待短信", ordered=True, list_id=1),
        Block("li", "方法二：App", ordered=False, list_id=0),
    ]


def test_a_numbered_list_deep_in_a_bullets_layout_is_kept() -> None:
    # a forum post laid out as a bullet of its thread: wrappers of wrappers around its <ol>
    html = ("<html><body><ul class='posts'><li><div class='row'><div class='col'><div class='content'>"
            "<p>想请教几个问题：</p><ol><li>游戏包多少钱？</li><li>更新算不算流量？</li></ol></div></div></div></li>"
            "</ul></body></html>")
    assert [(b.kind, b.text, b.ordered) for b in blocks(html, "html")] == [
        ("li", "想请教几个问题：", False), ("li", "游戏包多少钱？", True), ("li", "更新算不算流量？", True)]


def test_a_lists_items_wrapped_in_divs_and_lists_beside_them_are_kept() -> None:
    # Instagram's comment list: a <ul> of `div[role=button] > li`, the replies a <ul> beside the
    # items holding `div > li`, and a stray line typed into the list itself
    html = ("<html><body><ul class='_a9z6'><div role='button'><li><span>抽奖规则</span></li></div>"
            "<ul class='_a9ym'><div><li><span>eSIM 可以充吗？</span></li>"
            "<ul class='_a9yo'><div><li><span>可以的</span></li></div></ul></div></ul>"
            "<div>共 3 条评论</div></ul></body></html>")
    assert [(b.kind, b.text) for b in blocks(html, "html")] == [
        ("li", "抽奖规则"), ("li", "eSIM 可以充吗？"), ("li", "可以的"), ("p", "共 3 条评论")]


def test_paragraph_of_only_noise_is_dropped() -> None:
    markdown = "正文\n\n[[TG💪+ @esim1088](https://t.me/s/esim1088) ![Image](https://i.postimg.cc/a.png)]\n"
    assert blocks(markdown) == [Block("p", "正文")]


def test_blocks_kinds() -> None:
    markdown = (
        "1. **第一**：甲\n2. 乙\n   - 乙的子项\n\n- 丙\n\n"
        "```\ncode  *1*\n```\n\n> 引用\n\n| 名称 | 代码 |\n|---|---|\n| Kcell | *111* |\n"
    )
    assert blocks(markdown) == [
        Block("li", "第一：甲", ordered=True, list_id=0, strong_lead="第一"),
        Block("li", "乙\n乙的子项", ordered=True, list_id=0),      # a sub-point belongs to its step
        Block("li", "丙", ordered=False, list_id=1),
        Block("pre", "code  *1*"),
        Block("quote", "引用"),
        Block("table", "名称 | 代码\nKcell | *111*"),
    ]


@pytest.mark.parametrize(("text", "fmt", "title"), [
    ("# 标题 *一*\n\n正文", "markdown", "标题 一"),
    ("**全部加粗的标题[[TG](https://t.me/x)]**\n\n正文", "markdown", "全部加粗的标题"),
    ("<title>修改密码 - 帮助中心</title><p>正文</p>", "html", "修改密码"),
    ("<title>FAQ | Site</title><h1>真正的<b>标题</b></h1><p>正文</p>", "html", "真正的标题"),
    ("正文而已", "markdown", "doc"),
    ("**部分加粗**其余不是", "markdown", "doc"),
])
def test_title(text: str, fmt: str, title: str) -> None:
    assert parse_article(source(text, fmt)).title == title


def test_bold_title_paragraph_is_not_body() -> None:
    article = parse_article(source("**标题？好的**\n\n正文"))
    assert (article.title, article.root.blocks) == ("标题？好的", (Block("p", "正文"),))


def test_section_tree_and_anchors() -> None:
    markdown = "# 文\n\n前言\n\n## 甲 A\n\n一\n\n### 子\n\n二\n\n## 甲 A\n\n三\n\n<h2 id=\"custom\">自定义</h2>\n\n四\n"
    assert parse_article(source(markdown)) == Article(
        id="doc", title="文", path="doc.md", sha256="0", format="markdown",
        root=Section(0, "", "intro", (Block("p", "前言"),), (
            Section(2, "甲 A", "甲-a", (Block("p", "一"),), (Section(3, "子", "子", (Block("p", "二"),)),)),
            Section(2, "甲 A", "甲-a-2", (Block("p", "三"),)),
            Section(2, "自定义", "custom", (Block("p", "四"),)),
        )),
    )


@pytest.mark.parametrize(("text", "slug"), [("（1）找到充值点", "1-找到充值点"), ("Q: 多久到账？", "q-多久到账"), ("!!", "section"),
                                                 # holdout128: a Russian heading's anchor was 「section」
                                                 ("Отзывы покупателей", "отзывы-покупателей")])
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_cms_page_keeps_only_the_article() -> None:
    path = FIXTURES / "cms-export.html"
    article = parse_article(source(path.read_text("utf-8"), "html", "cms-export.html"))
    assert article.title == "如何修改登录密码"
    assert article.links == (Link("账户设置", "/settings"),)
    texts = [b.text for b in blocks(path.read_text("utf-8"), "html")]
    assert texts == ["登录后可以在账户设置里修改密码。", "打开账户设置页面。",
                     "点击“修改密码”，输入旧密码和新密码。", "点击保存。", "新密码至少 8 位。"]


def test_body_with_chrome_like_class_substring_is_kept() -> None:
    html = '<div class="has-header-image content"><h1>标题</h1><p>正文</p></div><div class="header">页眉</div>'
    assert blocks(html, "html") == [Block("p", "正文")]


def test_a_restaurants_menu_of_dishes_is_text_and_a_sites_menu_of_links_chrome() -> None:
    # Chocofood's shape (CSS-module classes): the site's menu is links, the restaurant's menu headings over dish cards
    dish = ("<div class='DishCard_card__3H'><div class='DishCard_name__1x'>{}</div>"
            "<div class='DishCard_price__2w'>{}</div><button>+</button></div>")
    about = "营业时间每天 10:00–22:00，外卖最后接单 21:30。配送费 590 ₸，订单满 15 000 ₸ 免配送费。"  # most of the page
    html = ("<div class='Menu_root__9z'><a href='/about'>О нас</a> <a href='/faq'>Помощь</a></div>"
            "<section id='menu' class='Menu_root__1z'><h2>Лагман 拉条子</h2>"
            + dish.format("Гуйру лагман", "2 900 ₸") + dish.format("Суйру лагман", "2 700 ₸") + "</section>"
            "<section><h2>关于餐厅</h2><p>{}</p></section>".format(about))
    assert texts(cut(html)) == [("section", "Лагман 拉条子", "Гуйру лагман\n2 900 ₸\nСуйру лагман\n2 700 ₸"),
                                ("section", "关于餐厅", about)]


def test_a_menu_named_by_its_id_keeps_its_table_of_dishes() -> None:
    # holdout176's Zomato page: section#menu (no class) with a table.menu-notes under its h2 went whole as chrome
    html = ("<nav id='nav-menu'><a href='/'>Home</a></nav><section><h2>About</h2><p>印度家常菜馆。</p></section>"
            "<section id='menu'><h2>Menu</h2><table class='menu-notes'><tr><th>菜品</th><th>价格</th></tr>"
            "<tr><td>Butter Chicken 黄油鸡</td><td>₸4,200</td></tr></table><p>周三素食自助 ₸5,500／位。</p></section>")
    assert texts(cut(html))[1:] == [
        ("section", "Menu", "菜品 | 价格\nButter Chicken 黄油鸡 | ₸4,200\n周三素食自助 ₸5,500／位。")]


def test_a_sites_menu_named_as_a_kind_of_nav_is_chrome() -> None:
    # holdout242's bank page: div.logo_nav (a logo and a list of menu items) was a first part of its own
    html = ("<title>银行 - 常见问题</title><div class='logo_nav'><img alt='银行'><ul><li>首页</li><li>客户服务</li></ul></div>"
            "<div class='page-with-nav'><h2>领卡</h2><p>携带护照到网点领卡。</p></div>")
    assert texts(cut(html)) == [("section", "领卡", "携带护照到网点领卡。")]


@pytest.mark.parametrize(("html", "title"), [
    # holdout242's TRS editor body: the article's title an h3.title over bold parts, no h1; the <title> names the site
    ("<title>银行 - 常见问题 - 吞卡</title><div class='TRS_Editor'><h3 class='title'>银行卡被 ATM 吞了如何处理？</h3>"
     "<p><strong>一、原因</strong></p><p>连续三次输错密码。</p><p><strong>二、领卡</strong></p><p>携带护照到网点。</p></div>",
     "银行卡被 ATM 吞了如何处理？"),
    # a listing's cards each hold an h3.title: they stay headings, and the <title> titles the page
    ("<title>银行 - 常见问题</title><h3 class='title'>吞卡</h3><p>携带护照到网点。</p>"
     "<h3 class='title'>挂失</h3><p>拨打客服。</p>", "银行"),
    # the <title> holds the heading's words: it titles the page, without the heading's emoji (Xiaohongshu's h2.title)
    ("<title>给娃办手机卡 - 小红书</title><h2 class='title'>给娃办手机卡🧒</h2><p>带护照。</p>", "给娃办手机卡"),
])
def test_a_pages_one_heading_of_class_title_before_the_others_titles_it(html: str, title: str) -> None:
    assert parse_article(source(html, "html", "page.html")).title == title


def test_a_list_after_a_definition_list_whose_last_answer_announces_it_is_that_answers() -> None:
    # holdout242's 云闪付 FAQ: 「<dd>按以下步骤：</dd></dl><ol>…」, the steps were the part's procedure, apart from Q4
    html = ("<h1>闪付</h1><h2>NFC</h2><dl><dt>如何开通闪付？</dt><dd>按以下步骤：</dd></dl>"
            "<ol><li>添加银联卡。</li><li>打开 NFC。</li></ol><dl><dt>免密额度是多少？</dt><dd>1000 元。</dd></dl>"
            "<h2>其他</h2><dl><dt>能退款吗？</dt><dd>可以。</dd></dl><ol><li>这是本节自己的列表。</li><li>第二项。</li></ol>")
    frags = texts(cut(html))
    assert frags[:2] == [("qa", "如何开通闪付？", "按以下步骤：\n添加银联卡。\n打开 NFC。"),
                         ("qa", "免密额度是多少？", "1000 元。")]
    assert ("qa", "能退款吗？", "可以。") in frags


def test_the_title_box_just_before_a_main_without_a_title_opens_it() -> None:
    # holdout176's Zomato page: section.sc-res-header (the h1, cuisines, address, hours) stood before <main>, and went
    html = ("<html><body><div class='sc-breadcrumb'><a href='/'>Home</a></div><section class='sc-res-header'>"
            "<h1>Tandoor Spice House</h1><div class='sc-cuisines'>North Indian, Biryani</div>"
            "<div class='sc-address'>Кабанбай батыра 83</div></section>"
            "<main><section><h2>About this place</h2><p>印度家常菜馆。</p></section></main></body></html>")
    assert texts(cut(html)) == [("section", "Tandoor Spice House", "North Indian, Biryani\nКабанбай батыра 83"),
                                ("section", "About this place", "印度家常菜馆。")]


def test_cms_by_lines_votes_and_related_articles_are_chrome() -> None:
    # the shape of a Zendesk / WordPress export: the title in an article-header with its
    # by-line, then the body, then a vote box, related articles and comments
    html = """<article>
      <header class="article-header"><h1>如何补办手机卡</h1>
        <div class="article-meta"><span class="article-author">帮助中心编辑部</span> 更新于 2025-04-18</div></header>
      <div class="post-meta">阅读约 3 分钟</div>
      <div class="article-body"><p>带护照到营业厅补办。</p></div>
      <div class="article-votes"><span>这篇文章有帮助吗？</span><a>是</a><a>否</a></div>
      <section class="article-relatives"><h3>相关文章</h3><ul><li>如何充值</li></ul></section>
      <div class="article-more-questions">还有其他问题？<a href="/requests/new">提交请求</a></div>
      <footer class="article-footer"><p>分享到微信</p></footer><div class="post-footer">上一篇 / 下一篇</div>
      <div id="article-comments"><p>评论 0 条</p></div>
    </article>"""
    article = parse_article(source(html, "html", "zendesk.html"))
    assert article.title == "如何补办手机卡"
    assert blocks(html, "html") == [Block("p", "带护照到营业厅补办。")]


def test_br_and_definition_list() -> None:
    html = "<p>第一行<br>第二行</p><dl><dt>问题？</dt><dd>答案</dd></dl>"
    assert blocks(html, "html") == [Block("p", "第一行\n第二行"), Block("dt", "问题？"), Block("dd", "答案")]


def test_a_dating_paragraph_at_the_start_or_end_of_the_article_is_furniture():
    html = ("<h1>补卡</h1><p>更新于 2025-04-18 · 阅读约 3 分钟</p><h2>费用</h2><p>更新于2025年的费用如下：</p>"
            "<p>补卡 500 坚戈。</p><p>本文更新于2025年9月，费用以营业厅公布为准。</p>")
    assert [b.text for b in blocks(html, "html")] == ["更新于2025年的费用如下：", "补卡 500 坚戈。"]


def test_a_dating_line_under_a_title_shown_as_a_plain_line_is_furniture() -> None:
    # holdout204's 12306 notice: its title a div.article-tit (no heading) over div.article-info 「发布时间：… 来源：…」,
    # which opened the title's part; a first line that is no title keeps a dating line after it as text
    html = ("<title>补卡公告 - 12306</title><div class='article-tit'>补卡公告</div>"
            "<div class='article-info'>发布时间：2026-10-28 &nbsp; 来源：中国铁路乌鲁木齐局集团有限公司</div>"
            "<p>补卡 500 坚戈。</p>")
    assert [(f.title, f.text) for f in cut(html)] == [("补卡公告", "补卡 500 坚戈。")]
    html = "<p>补卡要带护照，费用如下。</p><p>更新于 2026-10-28</p><p>补卡 500 坚戈。</p>"
    assert [b.text for b in blocks(html, "html")][1] == "更新于 2026-10-28"


def test_a_news_cmss_source_and_date_line_under_the_title_is_furniture() -> None:
    # holdout207's 189.cn help article: p.art-info 「来源：中国电信新疆公司 日期：2025-08-05」 under the h1 (its 「打印」
    # link dropped) was the first line of the title's part; 「日期：」 is a dating label as 「发布时间：」 is
    html = ("<h1>入境畅联卡</h1><p class='art-info'>来源：中国电信新疆公司 &nbsp; 日期：2025-08-05 &nbsp; "
            "<a class='art-print' href='javascript:window.print();'>打印</a></p><p>持外国护照可以办理。</p>")
    assert texts(cut(html)) == [("section", "入境畅联卡", "持外国护照可以办理。")]
    html = "<h1>入境畅联卡</h1><p>持外国护照可以办理。</p><p>办理日期：2025-08-05 之后</p><p>到期自动停用。</p>"
    assert "办理日期：2025-08-05 之后" in cut(html)[0].text


def test_a_russian_date_alone_under_the_title_is_furniture() -> None:
    # Boosty (holdout91) sets the post's date 「14 окт 2026 в 21:40」 under its title: it was the first line of the text
    html = "<h1>补卡</h1><p>14 окт 2026 в 21:40</p><p>补卡 500 坚戈。</p><p>12 окт. 2026 г.</p>"
    assert [b.text for b in blocks(html, "html")] == ["补卡 500 坚戈。"]


def test_a_russian_help_desks_dating_line_under_the_title_is_furniture() -> None:
    # Omnidesk's div.kb_item_info and Okdesk's div.kb-article__info (holdout136) name their box 「info」, which names
    # an info box too: the line, with Okdesk's author and its links to the PDF and the printout, was the first line
    # of the title's fragment
    omnidesk = ("<h1 class='kb_item_title'>磨刀</h1>"
                "<div class='kb_item_info'>Последнее обновление: 18 ноября 2026 г.</div>"
                "<div class='kb_article_text'><p>快递上门取刀。</p></div>")
    assert texts(cut(omnidesk)) == [("section", "磨刀", "快递上门取刀。")]
    body = "「ТазаСу Сервис」在卡拉干达及周边的别墅区提供抽污服务，无论打电话还是在门户下单都会得到订单号。"
    okdesk = ("<div class='kb-article'><div class='kb-article__header'><h1 class='kb-article__title'>抽污车</h1>"
              "<div class='kb-article__info'>Автор: Диспетчерская · Изменена 20.11.2026 09:41 · "
              "<a href='/knowledge_base/articles/57.pdf'>Скачать PDF</a> · "
              "<a href='javascript:window.print()'>Печать</a></div></div>"
              f"<div class='kb-article__content wysiwyg'><p>{body}</p></div></div>")
    assert texts(cut(okdesk)) == [("section", "抽污车", body)]
    # a line that goes on past its date is text
    kept = "<h1>抽污车</h1><p>Обновлено 12.11.2026: тарифы выросли</p><p>卡拉干达的抽污服务。</p>"
    assert texts(cut(kept)) == [("section", "抽污车", "Обновлено 12.11.2026: тарифы выросли\n卡拉干达的抽污服务。")]


def test_a_help_centres_team_named_beside_the_date_under_the_title_is_furniture() -> None:
    # Chocotravel's div.hc-article__info (holdout196) names the team that keeps the page beside the date: the line
    # was the first line of the title's fragment, while a dated line alone under another help centre's h1 went
    info = ("<h1>改手机号</h1><div class='hc-article__info'>Служба поддержки Chocotravel · обновлено 3 октября 2026</div>"
            "<p>在订单里修改联系电话。</p>")
    assert texts(cut(info)) == [("section", "改手机号", "在订单里修改联系电话。")]
    # a name beside a figure is no by-line: the line says what the page tells
    kept = "<h1>改手机号</h1><p>新套餐 30 GB · 2026-03-12</p><p>在订单里修改联系电话。</p>"
    assert texts(cut(kept)) == [("section", "改手机号", "新套餐 30 GB · 2026-03-12\n在订单里修改联系电话。")]


def test_the_glyph_drawn_before_a_bold_part_title_is_no_words_of_it() -> None:
    # DCinside (holdout91) draws 「■」 before each bold paragraph titling a part: the titles kept it
    html = ("<h1>打猎</h1><p>整理一下。</p><p><b>■ 狩猎许可证</b></p><p>先办狩猎证。</p>"
            "<p><b>▶ 猎场有没有信号</b></p><p>只有 Kcell 的 2G。</p>")
    article = parse_article(source(html, "html", "page.html"))
    assert [section.title for section in article.root.children] == ["狩猎许可证", "猎场有没有信号"]


def test_a_numbered_list_nested_in_a_numbered_item_holds_its_sub_steps() -> None:
    markdown = "1. 准备证件\n   1. 护照\n   2. 主门号\n2. 到门市办理\n"
    assert blocks(markdown) == [
        Block("li", "准备证件\n护照\n主门号", ordered=True, list_id=0),
        Block("li", "到门市办理", ordered=True, list_id=0),
    ]


def test_a_line_pointing_to_related_pages_is_no_text() -> None:
    markdown = ("# 收不到验证码\n\n先检查拦截设置。相关费用：详见[资费表](fees.md)。\n\n---\n\n"
                "相关页面：[垃圾短信](spam.md) · [国际漫游开通](roaming.md)\n")
    assert [b.text for b in blocks(markdown) if b.text] == ["先检查拦截设置。相关费用：详见资费表。"]


def test_a_sign_off_under_the_last_rule_is_no_part_of_the_last_answer() -> None:
    markdown = ("# 流量結轉\n\n## 常見問題\n\n**Q：可以加副門號嗎？**\n\nA：可以。\n\n---\n\n"
                "*如果這篇有幫到你，歡迎留言；資費以各家官網最新公告為準。*\n")
    assert [b.text for b in blocks(markdown) if b.text][-1] == "A：可以。"
    # a rule before a real closing part keeps it
    kept = "# 流量\n\n正文。\n\n---\n\n下一期 Beeline 会把结转改成三期，费用不变。\n"
    assert [b.text for b in blocks(kept) if b.text][-1] == "下一期 Beeline 会把结转改成三期，费用不变。"


def test_bold_that_closes_on_chinese_punctuation_shows_no_stars() -> None:
    markdown = "# 短代码\n\n**说明：**最近更新。点**「设置」**进入。\n\n`**代码：**原样`\n"
    assert [b.text for b in blocks(markdown) if b.text] == ["说明：最近更新。点「设置」进入。", "**代码：**原样"]


def test_a_title_header_of_counts_and_an_author_card_ends_at_the_first_part() -> None:
    html = ("<h1>提示音</h1><p>1.6万阅读·742点赞</p><p>阿拉木图的老叶</p><p>2.3万粉丝86文章</p>"
            "<h2>空号</h2><p>2.3万粉丝86文章是他的。</p><p>号码不存在。</p>")
    assert [b.text for b in blocks(html, "html")] == ["2.3万粉丝86文章是他的。", "号码不存在。"]


def test_a_pages_closing_question_about_itself_and_what_follows_it_are_no_text() -> None:
    # GitBook names nothing by class: 「Last updated」, 「Was this helpful?」, the Previous / Next pager
    html = ("<h1>借卡</h1><h2>常见问题</h2><p>不合法，这份合同也保护不了你。</p><p>Last updated 6 days ago</p>"
            "<p>Was this helpful?</p><p>Previous常见骗局一览Next冒充客服的电话</p>")
    assert [b.text for b in blocks(html, "html")] == ["不合法，这份合同也保护不了你。"]
    html = "<h1>借卡</h1><p>这篇文章有帮助吗？我们来看第一个问题。</p><p>不合法。</p>"
    assert len(blocks(html, "html")) == 2        # a sentence that only begins so is text


def test_a_feedback_bar_between_the_text_and_its_comments_is_no_text() -> None:
    # SolarWinds Service Desk: 「Was this solution helpful?」 👍/👎 stands between the solution and its comments,
    # and was a part of its own titled by the page title (holdout152)
    html = ("<h1>值班呼叫</h1><div class='solution-description'><p><b>背景</b></p><p>寻呼机 12 月停用。</p></div>"
            "<div class='solution-actions'><span>Was this solution helpful?</span> <button>👍 Yes</button>"
            "<button>👎 No</button></div><div class='sw-comments'><h3>Comments (2)</h3>"
            "<div class='comment'><span class='comment-author'>Aliya M.</span>"
            "<div class='comment-body'><p>小米手机要把省电模式设为无限制。</p></div></div>"
            "<div class='comment'><span class='comment-author'>Dana K.</span>"
            "<div class='comment-body'><p>华为手机还要允许自启动才行。</p></div></div></div>")
    frags = texts(cut(html))
    assert not any("helpful" in text for _, _, text in frags)
    assert frags[-1][1] == "评论" and "华为手机还要允许自启动才行。" in frags[-1][2]


def test_a_closing_feedback_heading_over_its_two_links_is_no_question() -> None:
    # AEM's cmp-teaser: an <h3> 「这篇文章有帮助吗？」 over 「有帮助」「没有帮助」 was a Q&A answered
    # 「有帮助没有帮助」 (holdout110)
    html = ("<h1>预约</h1><h2>费用</h2><p>上门诊断费 6 500 ₸。</p>"
            "<div class='cmp-teaser'><h3 class='cmp-teaser__title'>这篇文章有帮助吗？</h3>"
            "<div><a href='#'>有帮助</a><a href='#'>没有帮助</a></div></div>")
    assert texts(cut(html)) == [("section", "费用", "上门诊断费 6 500 ₸。")]


def test_a_closing_feedback_question_with_its_two_buttons_in_one_block_goes() -> None:
    # Fliggy's help page: div.article-useful 「这篇文章对您有帮助吗？」 with its links 「有帮助」「没帮助」 in the same
    # block, read as one line, was a part of its own titled by the FAQ heading above it (holdout178)
    html = ("<h1>凭证</h1><h2>常见问题</h2><dl><dt>问：凭证短信收不到怎么办？</dt><dd>答：以 App 订单里的凭证为准。</dd></dl>"
            "<div class='article-useful'>这篇文章对您有帮助吗？<a class='useful-yes'>有帮助</a>"
            "<a class='useful-no'>没帮助</a></div>")
    frags = texts(cut(html))
    assert not any("有帮助" in title + text for _, title, text in frags)
    assert frags[-1] == ("qa", "凭证短信收不到怎么办？", "以 App 订单里的凭证为准。")


@pytest.mark.parametrize("feedback", [
    # 哈啰客服中心: its div.cs-article-ft, then 「猜你想问」 over links and 「在线客服」 beside the article
    "<div class='cs-article-ft'><span>以上内容是否解决了您的问题？</span><a href='#'>已解决</a><a href='#'>未解决</a></div>"
    "<div class='cs-guess'><div class='cs-guess-title'>猜你想问</div><ul><li><a href='#'>扫码后车锁没有打开怎么办？</a>"
    "</li></ul></div><div class='cs-online'><a href='/chat'>在线客服</a></div>",
    # 高德地圖 (zh-HK): div.faq-useful in Traditional characters
    "<div class='faq-useful'><p>以上回答對你有幫助嗎？</p><a href='#'>有用</a><a href='#'>沒用</a></div>"])
def test_a_help_centres_closing_question_whether_it_solved_the_problem_goes(feedback: str) -> None:
    # holdout209: the question (and what the site sets after it) was the page's last part, titled by the page
    html = f"<h1>还车</h1><h2>先把车锁上</h2><p>手动关锁后车锁会自己上报。</p>{feedback}"
    assert texts(cut(html)) == [("section", "先把车锁上", "手动关锁后车锁会自己上报。")]


def test_a_closing_question_whether_the_information_solved_the_problem_goes_with_its_count() -> None:
    # 腾讯客服 kf.qq.com: div.help-eval 「以上信息是否解决了您的问题？」 over its links 已解决 / 未解决 and its count
    # 「12,408 人觉得有帮助」 was the page's last part, titled by the page (holdout274)
    html = ("<h1>QQ号码被冻结了怎么解冻？</h1><div class='qa-item'><p>问：解冻后又被冻结了？</p><p>答：先查杀木马。</p></div>"
            "<div class='help-eval'><p class='eval-title'>以上信息是否解决了您的问题？</p>"
            "<a href='javascript:;' class='btn-yes'>已解决</a><a href='javascript:;' class='btn-no'>未解决</a>"
            "<span class='eval-num'>12,408 人觉得有帮助</span></div>")
    frags = texts(cut(html))
    assert not any("解决了您的问题" in title + text or "觉得有帮助" in text for _, title, text in frags)
    assert frags[-1] == ("qa", "解冻后又被冻结了？", "先查杀木马。")


def test_a_closing_feedback_question_asked_again_in_english_goes() -> None:
    # Metfone's zh-TW FAQ: div.helpful-box 「這篇文章對您有幫助嗎？ Was this helpful?」 over its Yes / No buttons was a
    # last part titled by the FAQ's heading (holdout279)
    html = ("<h1>流量包</h1><h2>常見問題 FAQ</h2><p>可以用 ABA 儲值，最低 US$0.50。</p>"
            "<div class='helpful-box'><span>這篇文章對您有幫助嗎？ Was this helpful?</span>"
            "<button class='btn btn-yes'>Yes</button><button class='btn btn-no'>No</button></div>")
    assert texts(cut(html)) == [("section", "常見問題 FAQ", "可以用 ABA 儲值，最低 US$0.50。")]


def test_a_hotline_after_the_closing_feedback_question_stays_the_pages() -> None:
    # 饿了么 客服中心: div.contact-bar 「在线客服」「客服电话 10105757」 under 「以上内容是否解决了您的问题？」 went with
    # it, the only place the page gives its hotline (holdout228); after the last answer it closes the page
    html = ("<h1>还车</h1><h2>常见问题</h2><dl><dt>问：车锁没关上怎么办？</dt><dd>答：手动关锁后车锁会自己上报。</dd></dl>"
            "<div class='helpful'><span>以上内容是否解决了您的问题？</span><button>已解决</button><button>未解决</button></div>"
            "<div class='contact-bar'><a href='/im'>在线客服</a> <a href='tel:10105757'>客服电话 10105757</a></div>")
    assert texts(cut(html)) == [("qa", "车锁没关上怎么办？", "手动关锁后车锁会自己上报。"),
                                ("section", "还车", "在线客服 客服电话 10105757")]


def test_a_closing_feedback_question_about_the_content_above_goes() -> None:
    # 同程旅行's help page: div.faq-useful 「以上内容对您是否有帮助？」 (its counted buttons 「有帮助(215)」 gone as
    # buttons) was a last part titled by the page's title (holdout216)
    html = ("<h1>下载</h1><h2>流量</h2><p>安装包约 186 MB。</p><div class='faq-useful'><span>以上内容对您是否有帮助？</span>"
            "<a href='javascript:;' class='btn-useful'>有帮助(215)</a></div>")
    assert texts(cut(html)) == [("section", "流量", "安装包约 186 MB。")]


@pytest.mark.parametrize("feedback", ["以上資料對您有幫助嗎？<a href='#'>有</a> <a href='#'>沒有</a>",
                                      "以上信息对您有帮助吗？<a href='#'>有</a><a href='#'>没有</a>"])
def test_a_closing_feedback_question_about_the_information_with_bare_yes_no_links_goes(feedback: str) -> None:
    # 順豐's zh-HK FAQ: div.faq-useful 「以上資料對您有幫助嗎？」 over its links 「有」「沒有」 (neither class word known to
    # the cleaner) was a last part titled by the page's title (holdout243)
    html = ("<h1>保價</h1><div class='faq-item'><h3 class='faq-q'>Q1. 保價服務收費多少？</h3>"
            f"<div class='faq-a'><p>保價費為聲明價值的 1%。</p></div></div><div class='faq-useful'>{feedback}</div>")
    assert texts(cut(html)) == [("qa", "保價服務收費多少？", "保價費為聲明價值的 1%。")]


# (Kaspi Гид's div.guide__useful asks whether the information was: glued to the last answer, holdout249)
@pytest.mark.parametrize("question", ["Был ли ответ полезен?", "Статья была полезна?", "Была ли информация полезной?"])
def test_a_closing_question_in_russian_whether_the_answer_helped_goes(question: str) -> None:
    # ForteBank's FAQ: div.fb-faq__helpful 「Был ли ответ полезен?」 over its Да / Нет buttons (no class word the
    # cleaner knows) was a last part titled by the last group's heading (holdout230)
    html = ("<h1>Junior</h1><h2>丢手机</h2><h3>手机丢了怎么办？</h3><p>拨打 7575 锁卡。</p>"
            f"<div class='fb-faq__helpful'>{question} <button>Да</button> <button>Нет</button></div>")
    assert texts(cut(html)) == [("qa", "手机丢了怎么办？", "拨打 7575 锁卡。")]


# (澳門電訊's FAQ asks about 「這個答案」: glued to the last answer, holdout254)
@pytest.mark.parametrize("question", ["這個答案對您有幫助嗎？", "这个答案对你有帮助吗？", "此答案對您有幫助嗎？"])
def test_a_closing_question_whether_this_answer_helped_goes(question: str) -> None:
    # CTM's Bootstrap FAQ: div.faq-helpful 「這個答案對您有幫助嗎？」 over its buttons 「有」「沒有」 (no class word the
    # cleaner knows) after the accordion was read as the last answer's last line
    html = ("<h1>儲值卡</h1><h2>其他問題</h2><div class='panel'><h4 class='panel-title'><a href='#f3'>問：要實名登記嗎？</a>"
            "</h4><div id='f3' class='panel-collapse collapse'><div class='panel-body'>答：需要，15 日內登記。</div></div>"
            f"</div><div class='faq-helpful'>{question} <button>有</button> <button>沒有</button></div>")
    assert texts(cut(html)) == [("qa", "要實名登記嗎？", "需要，15 日內登記。")]


def test_a_views_count_under_the_text_goes_and_the_comments_part_stays() -> None:
    # Drive2: 「3 418 просмотров」 beside the like and share buttons was glued to the last part; the comments
    # part after it had kept the lines under the text from being looked at
    html = ("<h1>Магнитола</h1><h2>总结</h2><p>主机插卡比开热点方便。</p>"
            "<div class='c-post__actions'><button>Нравится 57</button> <span>3 418 просмотров</span></div>"
            "<section class='c-comments'><h3>Комментарии 2</h3>"
            + drive2_comment("a", "Arman", "Спасибо, полезно.") + drive2_comment("b", "Lena", "Хорошая запись.")
            + "</section>")
    frags = texts(cut(html))
    assert frags[0] == ("section", "总结", "主机插卡比开热点方便。")
    assert "Спасибо, полезно." in frags[-1][2]


@pytest.mark.parametrize("chrome", [
    # Pelican's notmyidea theme: the previous / next post links under the post
    "<div class='neighbors'><a href='a.html'>« 霍爾果斯過關記</a><a href='b.html'>恰倫峽谷一日來回 »</a></div>",
    # Thinkific's course player: the lesson's type and reading time
    "<div class='course-player__content-header'><span>文本课</span> <span>阅读约 12 分钟</span></div>"])
def test_a_blog_themes_post_links_and_a_course_players_lesson_header_are_chrome(chrome: str) -> None:
    text = "從霍爾果斯口岸入境，騎了 1,380 公里到奇姆肯特，中間經過阿拉木圖、塔拉茲。"
    assert texts(cut(f"<h1>單車</h1><p>{text}</p>{chrome}")) == [("section", "單車", text)]


def test_a_phabricator_headers_status_tag_under_the_title_is_chrome() -> None:
    # a Phriction document's header: the status tag 「已發佈」 beside the title opened the first part (holdout138)
    text = "會員可以預約雷射切割機，每小時 3 500 ₸。"
    page = ("<div class='phui-header-shell'><div class='phui-header-view'><div class='phui-header-col2'>"
            "<h1 class='phui-header-header'>預約須知</h1><div class='phui-header-subheader'><span class='phui-tag-view "
            "phui-tag-type-shade phui-tag-green'><span class='phui-tag-core'>已發佈</span></span></div></div></div></div>"
            f"<div class='phui-document-content'><p>{text}</p></div>")
    assert texts(cut(page)) == [("section", "預約須知", text)]


def test_a_learndash_lessons_progress_widget_is_no_text() -> None:
    # holdout147: 「已完成 43%」 「7/16 步」 were the first two lines of the lesson's first part
    text = "每年 5 月底是剪羊毛季。"
    page = ("<div class='learndash-wrapper'><div class='ld-course-status'><div class='ld-progress ld-progress-inline'>"
            "<div class='ld-progress-heading'><div class='ld-progress-stats'><div class='ld-progress-percentage'>已完成 "
            "43%</div><div class='ld-progress-steps'>7/16 步</div></div></div><div class='ld-progress-bar'></div></div>"
            f"</div><h1 class='entry-title'>第 4 课：预约剪羊毛队</h1><div class='ld-tab-content'><p>{text}</p></div></div>")
    assert texts(cut(page)) == [("section", "第 4 课：预约剪羊毛队", text)]


@pytest.mark.parametrize("poster", ["video-player__poster", "vjs-poster"])
def test_a_video_players_poster_is_no_text(poster: str) -> None:
    # holdout162: Bilimland's 「▶ Бейнесабақ (12:40)」 over the lesson was its first part's only text
    text = "这一课讲 6 个带符号的字母。"
    page = (f"<main><h1>第 5 课：特殊字母</h1><div class='video-player'><div class='{poster}'>▶ Бейнесабақ (12:40)</div>"
            f"</div><p>{text}</p></main>")
    assert texts(cut(page)) == [("section", "第 5 课：特殊字母", text)]


def test_a_forum_posters_block_is_no_player() -> None:
    # 「poster」 alone names a post's writer, not a player's frame: only a player's poster goes
    assert "王强" in texts(cut("<main><h1>帖子</h1><div class='poster'>王强</div><p>正文说了什么。</p></main>"))[0][2]


def test_the_cleaning_stage_drops_chrome_and_hands_the_walker_the_article() -> None:
    soup = read_html("<body><nav>首页 · 帮助</nav><main><h1>充值</h1><p>拨 *100#</p>"
                     "<div class='share-bar'>分享到微信</div></main><footer>版权所有</footer></body>")
    clean_tree(soup, page=True)
    root = content_root(soup)
    assert root.name == "main" and root.get_text(" ", strip=True) == "充值 拨 *100#"


def test_a_role_main_holding_the_title_and_little_else_leaves_the_text_beside_it_in_the_article() -> None:
    # holdout219, as first written: Amazon's #dp-container (role="main") closed after the title and 「关于此商品」;
    # the description and the questions beside it were dropped without a word
    page = ("<body><header>Amazon 首页 · 登录</header><div id='dp'><div id='dp-container' role='main'>"
            "<h1>某阅读器 4G 版</h1><p>US$99.99</p></div><div id='desc'><h2>在哈萨克斯坦使用 4G</h2>"
            "<p>开机后自动连接当地的合作网络，不能开热点，也不能给手机或电脑上网，只能下载电子书和同步进度。</p>"
            "<h2>购买与收货</h2><p>Amazon.com 目前不直接配送到哈萨克斯坦，常见做法是经转运公司空运到阿拉木图。</p></div></div>"
            "<footer>© Amazon</footer></body>")
    assert [title for _, title, _ in texts(cut(page))] == ["某阅读器 4G 版", "在哈萨克斯坦使用 4G", "购买与收货"]


def test_parts_a_stray_end_tag_pushed_out_of_main_stay_in_the_article() -> None:
    # a </div> closing a <section> closes the <div> around <main>: the sections written before </main> are
    # still the article's; the footer written after it is not
    page = ("<body><div id='app'><main><h1>寻物挂牌</h1><section class='desc'><p>扫码联系失主。</p></div>"
            "<section class='gallery'><h3>How it works</h3><ul><li>挂牌防水防刮。</li></ul></section>"
            "<section class='pricing'><h3>Pricing</h3><p>一套 5 枚 4 990 ₸。</p></section></main>"
            "<footer><a href='/about'>About</a> © 2026</footer></body>")
    assert texts(cut(page)) == [
        ("section", "寻物挂牌", "扫码联系失主。"),
        ("section", "How it works", "挂牌防水防刮。"),
        ("section", "Pricing", "一套 5 枚 4 990 ₸。"),
    ]


def test_the_cleaning_stage_stands_without_the_walker() -> None:
    # clean.py runs before parse.py's walk and must not import it (parse imports clean)
    code = "import sys, indexer.clean; sys.exit('indexer.parse' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False, cwd=Path(__file__).parents[1]).returncode == 0


def test_a_long_bold_part_title_is_a_heading_only_when_numbered_in_turn_with_the_others() -> None:
    long_two = "二、网络列表里的名称和 401 01、401 02、401 77 这些数字是什么意思"
    long_five = "五、网络列表里的名称和 460 00、460 01、460 11 这些数字又是什么意思"
    page = ("<html><head><title>选网</title></head><body>"
            "<p><b>一、为什么会连到中国的网络</b></p><p>信号更强。</p>"
            f"<p><b>{long_two}</b></p><p>PLMN 代码。</p>"
            "<p><b>三、怎样手动选网</b></p><p>关掉自动。</p>"
            f"<p><b>{long_five}</b></p><p>中国的代码。</p></body></html>")
    root = parse_article(source(page, "html", "doc.html")).root
    assert [(s.title, [b.text for b in s.blocks]) for s in root.children] == [
        ("一、为什么会连到中国的网络", ["信号更强。"]),
        (long_two, ["PLMN 代码。"]),
        ("三、怎样手动选网", ["关掉自动。", long_five, "中国的代码。"]),
    ]


FANDOM = ("<html><head><title>滑雪卡 | 滑雪 Wiki | Fandom</title></head><body><main class='page__main'>"
          "<h1 class='page-header__title'>滑雪卡</h1><div class='mw-parser-output'>"
          "<aside role='region' class='portable-infobox pi-background pi-theme-wikia'>"
          "<h2 class='pi-item pi-title' data-source='title'>Shymbulak 滑雪卡</h2>"
          "<div class='pi-item pi-data' data-source='price'><h3 class='pi-data-label'>押金</h3>"
          "<div class='pi-data-value'>2 000 ₸</div></div></aside><p>用手机给滑雪卡充值。</p>"
          "<h2><span class='mw-headline'>价格</span></h2><table class='wikitable'><tbody>"
          "<tr><th>票种</th><th>平日</th><th>周末</th><th>说明</th></tr>"
          "<tr><td>一日票</td><td>16 000 ₸</td><td>21 000 ₸</td><td>不限次</td></tr>"
          "<tr><td>夜场</td><td colspan='2'>9 500 ₸</td><td>周五、周六</td></tr>"
          "<tr><td colspan='4'>儿童票只在窗口卖</td></tr></tbody></table></div></main></body></html>")


def test_a_mediawiki_infobox_table_is_read_as_its_rows_without_the_repeated_title_or_the_picture() -> None:
    # holdout178 (Wikipedia): the infobox's title row 「KazSat」, the page's title again, and its picture's caption
    # opened the lead part before the rows
    html = ("<html><body><h1 id='firstHeading'>KazSat</h1><div class='mw-parser-output'>"
            "<table class='infobox'><tbody><tr><th colspan='2' class='infobox-above'>KazSat</th></tr>"
            "<tr><td colspan='2' class='infobox-image'><img src='k.jpg' alt=''>"
            "<div class='infobox-caption'>KazSat-3 在工廠測試時的模型</div></td></tr>"
            "<tr><th scope='row' class='infobox-label'>國家</th><td class='infobox-data'>哈薩克</td></tr>"
            "<tr><th scope='row' class='infobox-label'>頻段</th><td class='infobox-data'>Ku 頻段</td></tr>"
            "</tbody></table><p>KazSat 是哈薩克的通訊衛星系列。</p></div></body></html>")
    assert texts(cut(html)) == [
        ("section", "KazSat", "國家 | 哈薩克\n頻段 | Ku 頻段\nKazSat 是哈薩克的通訊衛星系列。")]


def test_a_wikis_portable_infobox_is_read_as_its_fields_and_a_spanning_cell_holds_for_each_column() -> None:
    # holdout101 (Fandom): the infobox was dropped as an <aside>, and 「夜场 | 9 500 ₸ | 周五、周六」 put the days
    # under 「周末」; a row's only cell across the table stands once
    assert texts(cut(FANDOM)) == [
        ("section", "滑雪卡", "Shymbulak 滑雪卡\n押金：2 000 ₸\n用手机给滑雪卡充值。"),
        ("section", "价格", "票种 | 平日 | 周末 | 说明\n一日票 | 16 000 ₸ | 21 000 ₸ | 不限次\n"
                          "夜场 | 9 500 ₸ | 9 500 ₸ | 周五、周六\n儿童票只在窗口卖")]


def test_a_share_strips_label_left_alone_under_the_text_goes() -> None:
    # holdout123: Webnode's 「<p>分享：<a class="wnd-share-fb">Facebook</a> …</p>」: the buttons went as chrome and
    # the label was a last fragment of its own, titled by the page
    page = ("<html><body><main><h1>靶道预约</h1><p>用短信预约靶道。</p><h2>常见问题</h2><p>周末要提前预约。</p>"
            "<div><p>分享：<a class='wnd-share-fb' href='#'>Facebook</a> <a class='wnd-share-tw' href='#'>Twitter</a></p>"
            "</div></main></body></html>")
    assert texts(cut(page)) == [("section", "靶道预约", "用短信预约靶道。"), ("section", "常见问题", "周末要提前预约。")]


def test_a_news_pages_datelines_under_its_standfirst_and_its_section_tag_over_the_title_go() -> None:
    # holdout211: The Straits Times' 「Published Nov 21, 2026, 05:00 AM」 and 「Updated …」 lines under the standfirst
    # stayed in the first fragment; Inquirer's section tag (div#inq_section_tag beside the h1's own box) and its
    # dateline 「Inquirer.net / 08:15 PM November 22, 2026」 were a first fragment of chrome only
    straits = ("<html><body><article><h1>增值税升至16%</h1><p class='st-standfirst'>运营商已公布新价格；余额不会缩水。</p>"
               "<div class='group-info'><div class='story-postdate'>Published Nov 21, 2026, 05:00 AM</div>"
               "<div class='story-postdate'>Updated Nov 21, 2026, 10:42 AM</div></div>"
               "<h2>涨多少</h2><p>月费平均上调约4%。</p></article></body></html>")
    assert texts(cut(straits)) == [("section", "增值税升至16%", "运营商已公布新价格；余额不会缩水。"),
                                   ("section", "涨多少", "月费平均上调约4%。")]
    inquirer = ("<html><body><div id='inq_wrap'><div id='inq_section_tag'><a href='/asia'>Asia &amp; Pacific</a></div>"
                "<div id='landing-headline'><h1 class='entry-title'>銅纜被偷</h1></div>"
                "<div id='art_plat'><span>Inquirer.net / 08:15 PM November 22, 2026</span></div>"
                "<div id='article_content'><p>三個村莊的市話全部中斷。</p></div></div></body></html>")
    assert texts(cut(inquirer)) == [("section", "銅纜被偷", "三個村莊的市話全部中斷。")]


def test_a_news_pages_links_to_other_stories_and_channel_invites_in_the_text_go() -> None:
    # holdout211: Inquirer's 「READ: …」 glued to the lead and 「READ NEXT: …」 a last passage of its own, Liputan6's
    # 「Baca Juga」 box glued to the lead, The Straits Times' Telegram embed glued to the intro
    page = ("<html><body><article><h1>企业卡被停用</h1><p>一万多张企业卡被停机。</p>"
            "<p class='inq-read-link'><strong>READ:</strong> <a href='/1'>OFWs send home more via e-wallets</a></p>"
            "<div class='baca-juga-collections'><p class='baca-juga-collections__title'>Baca Juga</p><ul>"
            "<li><a href='/2'>eSIM untuk wisata Asia Tengah</a></li><li><a href='/3'>Waspada modus penipuan</a></li>"
            "</ul></div><div class='st-embed-telegram'><a href='https://t.me/st'>Join ST's Telegram channel and get "
            "the latest breaking news delivered to you.</a></div><h2>怎么查</h2><p>登录 eGov 查看。</p>"
            "<p><strong>READ NEXT:</strong> <a href='/4'>Pinoy nurses fill gaps</a></p></article></body></html>")
    assert texts(cut(page)) == [("section", "企业卡被停用", "一万多张企业卡被停机。"), ("section", "怎么查", "登录 eGov 查看。")]


def test_a_pictures_credit_leaves_its_caption_and_a_caption_only_crediting_goes() -> None:
    # holdout211: 「… PHOTO: REUTERS」, 「(Liputan6.com/Agustin Setyo)」 closed the captions kept as passages, and
    # Rappler's 「ILLUSTRATION BY GUIA ABOGADO」 was a passage of its own
    page = ("<html><body><article><h1>AI 克隆声音诈骗</h1><figure><img src='a.jpg'>"
            "<figcaption>ILLUSTRATION BY GUIA ABOGADO</figcaption></figure><p>骗子只需要几秒钟的语音。</p>"
            "<figure><img src='b.jpg'><figcaption>阿拉木图一家手机营业厅。 PHOTO: REUTERS</figcaption></figure>"
            "<figure><img src='c.jpg'><figcaption>OLX 上的 SIM 卡广告。(Liputan6.com/Agustin Setyo)</figcaption></figure>"
            "</article></body></html>")
    assert texts(cut(page)) == [("section", "AI 克隆声音诈骗", "骗子只需要几秒钟的语音。"),
                                ("section", "AI 克隆声音诈骗", "阿拉木图一家手机营业厅。"),
                                ("section", "AI 克隆声音诈骗", "OLX 上的 SIM 卡广告。")]


def test_a_news_sites_mood_meter_and_pager_with_the_editors_initials_go() -> None:
    # holdout211: Rappler's mood meter 「How does this make you feel? Happy Sad …」 was glued to the last answer,
    # Liputan6's 「(Ags/Isk)」 in its div.read-page--paging a last passage of its own
    page = ("<html><body><article><h1>常见问题</h1><div class='entry-content'>"
            "<p><strong>问：被骗的钱能追回吗？</strong><br>答：一小时内报警，机会较大。</p></div>"
            "<div class='read-page--paging'><span>(Ags/Isk)</span></div>"
            "<div class='rappler-moodmeter'><p class='moodmeter__question'>How does this make you feel?</p>"
            "<ul class='moodmeter__moods'><li>Happy</li><li>Sad</li></ul></div></article></body></html>")
    assert texts(cut(page)) == [("qa", "被骗的钱能追回吗？", "一小时内报警，机会较大。")]


def test_a_news_sites_by_line_with_its_comment_count_is_furniture() -> None:
    # Vlast.kz (holdout212): div.article__info holds the author, date, views and the comment count
    # (span.article__comments-count 「💬 3」); the date and the views stayed, the first two lines of the text
    page = ("<article><h1>手机</h1><div class='article__info'><span class='article__author'>Айгерим</span>"
            "<span class='article__date'>07.03.2025 09:15</span><span class='article__views'>5 317</span>"
            "<span class='article__comments-count'>💬 3</span></div><p>手机常常是控制工具。</p></article>")
    assert texts(cut(page)) == [("section", "手机", "手机常常是控制工具。")]


def test_a_help_centres_info_line_keeps_what_the_article_applies_to() -> None:
    # OPPO (holdout239): div.answer-meta, named for a by-line, held 「适用机型：…」 beside the date and the views, and
    # the models went with them; Honor's div.kb-attr, one line 「文章编号：… | 适用产品：… | 更新：…」, was kept whole
    oppo = ("<article><h1 class='answer-title'>通话时黑屏</h1><div class='answer-meta'><span class='update-time'>"
            "更新时间：2026-09-18</span><span class='views'>浏览量：23,481</span><span class='applies'>适用机型："
            "ColorOS 13 及以上</span></div><div class='answer-content'><p>传感器被遮挡。</p></div></article>")
    honor = ("<div class='kb-body'><h1 class='kb-title'>网络加速</h1><div class='kb-attr'>文章编号：KB2026081437　|　"
             "适用产品：荣耀 Magic 系列　|　更新：2026-10-11</div><div class='kb-text'><h2>原因</h2>"
             "<p>两者默认开启。</p></div></div>")
    assert texts(cut(oppo)) == [("section", "通话时黑屏", "适用机型：ColorOS 13 及以上\n传感器被遮挡。")]
    assert texts(cut(honor)) == [("section", "网络加速", "适用产品：荣耀 Magic 系列"), ("section", "原因", "两者默认开启。")]


def test_a_help_centres_info_line_of_bare_text_keeps_what_the_article_applies_to() -> None:
    # 腾讯会议 (holdout249): div.help-meta, one line of text 「更新时间：…　适用版本：…」 (its fields set apart by a wide
    # space, no spans), went whole as a by-line box, the versions with the date
    page = ("<h1 class='help-title'>来电</h1><div class='help-meta'>更新时间：2025-09-18　适用版本：腾讯会议 iOS / "
            "Android 3.28 及以上</div><div class='help-article'><p>系统来电会抢占麦克风。</p></div>")
    assert texts(cut(page)) == [("section", "来电", "适用版本：腾讯会议 iOS / Android 3.28 及以上\n系统来电会抢占麦克风。")]


def test_a_help_centres_info_line_of_dotted_fields_keeps_what_the_article_applies_to() -> None:
    # Zong (holdout258): p.help-meta 「更新日期：… · 适用：…」, its fields set apart by a 「 · 」, went whole as a by-line,
    # and with it the only line saying the page covers prepaid and postpaid alike
    page = ("<article><h1>国际漫游</h1><p class='help-meta'>更新日期：2026-11-10 · 适用：Zong 预付费 / 后付费</p>"
            "<p>在巴基斯坦工作的中国同事回国探亲、去沙特朝觐或去迪拜出差时，可以继续使用 Zong 号码接听电话和上网。</p></article>")
    assert texts(cut(page)) == [("section", "国际漫游", "适用：Zong 预付费 / 后付费\n在巴基斯坦工作的中国同事回国探亲、去沙特"
                                 "朝觐或去迪拜出差时，可以继续使用 Zong 号码接听电话和上网。")]


def test_a_help_centres_info_line_of_labelled_fields_keeps_what_the_article_applies_to() -> None:
    # realme (holdout246): p.faq-detail-date types its fields one after another, apart by an ideographic space
    # (「適用機型：…　更新日期：…」), and was kept whole, the date the first part's text beside the models
    page = ("<div class='rm-faq-detail'><h1 class='faq-detail-title'>雙卡鈴聲</h1><p class='faq-detail-date'>適用機型："
            "realme GT 7（realme UI 6.0）　更新日期：2026/07/21</p><div class='faq-detail-body'><h2>原因</h2>"
            "<p>兩張卡鈴聲相同。</p></div></div>")
    assert texts(cut(page)) == [("section", "雙卡鈴聲", "適用機型：realme GT 7（realme UI 6.0）"),
                                ("section", "原因", "兩張卡鈴聲相同。")]


def test_a_rule_centres_info_line_keeps_the_rules_number_and_when_it_takes_effect() -> None:
    # 快手小店规则中心 (holdout289): div.rule-detail__meta held 「规则编号：…」 and 「生效时间：…」 beside the page's update
    # date and views, and the rule's number and start went with them; the learning centre's 「适用：…」 (holdout287)
    # was kept, its 「更新时间」 and 「阅读」 counter not
    rule = ("<article class='rule-detail'><h1 class='rule-detail__title'>售后退款时效规则</h1><div class='rule-detail__meta'>"
            "<span>规则编号：KS-SH-2026-017</span><span>生效时间：2026-09-01 00:00:00</span><span>更新时间：2026-08-18"
            "</span><span>浏览 38.6w</span></div><div class='rule-detail__body'><h2>第一章 概述</h2><p>本规则适用于全部商家。"
            "</p></div></article>")
    doc = ("<article class='doc-detail'><h1 class='doc-detail__title'>商品上架审核</h1><div class='doc-detail__meta'>"
           "<span>更新时间：2026-10-18</span><span>阅读 12.6w</span><span>适用：个人店 / 企业店</span></div>"
           "<div class='doc-detail__content'><p>商品会进入平台审核。</p></div></article>")
    assert texts(cut(rule)) == [("section", "售后退款时效规则", "规则编号：KS-SH-2026-017\n生效时间：2026-09-01 00:00:00"),
                                ("section", "第一章 概述", "本规则适用于全部商家。")]
    assert texts(cut(doc)) == [("section", "商品上架审核", "适用：个人店 / 企业店\n商品会进入平台审核。")]


def test_a_news_sites_appeal_for_money_under_the_article_is_no_text() -> None:
    # Vlast.kz (holdout212): div.article__donate 「Если вам важна независимая журналистика — поддержите…」 over its
    # button was a part titled by the article
    text = "在家庭暴力案件里，手机常常不是求助工具，而是控制工具：丈夫是号码的登记人、能看通话详单、在 App 里开着定位。"
    page = (f"<article><h1>手机</h1><p>{text}</p><p>{text}</p><div class='article__donate'><p>Если вам важна "
            "независимая журналистика — поддержите нас.</p>"
            "<a class='btn' href='/support/'>Поддержать</a></div></article>")
    assert texts(cut(page)) == [("section", "手机", f"{text}\n{text}")]


def test_a_news_posts_cover_picture_caption_is_no_text() -> None:
    # Kursiv (holdout212): figure.article__cover's caption 「阿斯塔納左岸的 5G 基站。攝影：…」 was a passage of its
    # own between the lead and the first paragraph; a picture's caption inside the text stays one
    page = ("<article><h1>5G</h1><p class='lead'>拍賣兩年後。</p><figure class='article__cover'><img src='a.jpg'>"
            "<figcaption>阿斯塔納左岸的 5G 基站。攝影：Kursiv</figcaption></figure><div class='article__body'>"
            "<p>三家電訊商各買一塊。</p><figure><img src='b.jpg'><figcaption>基站的光纖回傳</figcaption></figure>"
            "<p>單站成本約 4 500 萬堅戈。</p></div></article>")
    assert texts(cut(page)) == [("section", "5G", "拍賣兩年後。\n三家電訊商各買一塊。"), ("section", "5G", "基站的光纖回傳"),
                                ("section", "5G", "單站成本約 4 500 萬堅戈。")]


def test_a_figure_between_the_title_and_the_texts_box_is_the_cover() -> None:
    # CNA (holdout203): figure.image, named for nothing, stands under the <h1>, by-line and share bar, above
    # div.text-long: its caption 「… 滑雪场。(Photo: iStock)」 was a passage of its own under the title
    page = ("<article class='article'><h1>滑雪回来收到账单</h1><div class='article-byline'>By Rachel Lim</div>"
            "<figure class='image'><img src='a.jpg'><figcaption>阿拉木图郊外的滑雪场。(Photo: iStock)</figcaption></figure>"
            "<div class='text-long'><p>陈先生去阿拉木图滑雪 6 天。</p><figure><img src='b.jpg'>"
            "<figcaption>账单上的数据漫游一项</figcaption></figure><p>他以为套餐亚洲都能用。</p></div></article>")
    assert "阿拉木图郊外的滑雪场" not in all_text(cut(page))
    assert "账单上的数据漫游一项" in all_text(cut(page))


def test_a_row_of_tab_labels_without_panels_goes_and_a_row_of_table_cells_stays() -> None:
    switcher = ("<div class='FaqPage__Tabs'><span class='tab'>Registration</span><span class='tab active'>Account &amp; "
                "Phone</span><span class='tab'>Orders</span><span class='tab'>Payments</span></div>")
    body = "<h2>更换注册手机号</h2><p>在 Supplier Panel 里点「账户」→「更换手机号」，输入新号码收到的 OTP。</p>"
    frags = cut(f"<html><body><main><h1>供应商常见问题</h1>{switcher}{body}</main></body></html>")
    assert "Registration" not in all_text(frags) and "Orders" not in all_text(frags)
    assert any("更换手机号" in f.text for f in frags)
    # a class word only beginning 「tab」 (a row of table-like spans) is no tab: its cells are the page's text
    cells = ("<div class='specs'><span class='table-cell'>重量 25 g</span><span class='table-cell'>续航 14 天</span>"
             "<span class='table-cell'>防水 5 ATM</span></div>")
    frags = cut(f"<html><body><main><h1>手环</h1><p>一款防水手环，支持来电提醒。</p>{cells}</main></body></html>")
    assert "续航 14 天" in all_text(frags)
