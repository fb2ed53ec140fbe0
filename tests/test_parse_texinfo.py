"""A node of a Texinfo manual as `makeinfo --html` writes it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Article, Fragment, Source

from fragments import texts

GENERATOR = "<meta name='Generator' content='makeinfo'>"


def read(html: str) -> tuple[Article, list[Fragment]]:
    return parse_source(Source("node.html", "node", html, "html", "0"))


def nav(up: str) -> str:
    """makeinfo 6's navigation line over each node (Texinfo 7 writes `div.nav-panel`)."""
    return ("<div class='header'><p>Next: <a href='#APN' accesskey='n' rel='next'>APN</a>, "
            f"Up: <a href='#{up}' accesskey='u' rel='up'>{up}</a> &nbsp; "
            "[<a href='index.html#SEC_Contents' title='Table of contents' rel='contents'>Contents</a>]"
            "[<a href='Index.html' title='Index' rel='index'>Index</a>]</p></div>")


# makeinfo 6.8: a node page with a subnode, an @table (dl compact) and a footnote (its <h5>…</h3> as 6.8 writes it)
TEXINFO_6 = (
    "<!DOCTYPE html><html><!-- Created by GNU Texinfo 6.8, https://www.gnu.org/software/texinfo/ -->"
    "<head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"
    "<title>Vending SIM (物联网 SIM 卡手册)</title>{generator}</head><body lang='zh'>"
    "<span id='Vending-SIM'></span>" + nav("Business-Devices") + "<hr>"
    "<span id='g_t4_002e3'></span><h3 class='section'>4.3 售货机的 SIM 卡</h3>"
    "<span id='index-vending'></span>"
    "<p>本节写给经营自动售货机的老板。</p>"
    "<table class='menu' border='0' cellspacing='0'>"
    "<tr><td align='left' valign='top'>&bull; <a href='#Troubleshooting' accesskey='1'>Troubleshooting</a>:</td>"
    "<td>&nbsp;&nbsp;</td><td align='left' valign='top'>机器离线、卡被盗用</td></tr></table>"
    "<hr><span id='Troubleshooting'></span>" + nav("Vending-SIM") +
    "<span id='g_t4_002e3_002e1'></span><h4 class='subsection'>4.3.1 机器离线、卡被盗用</h4>"
    "<p>物联网卡只能以公司的名义签合同<a id='DOCF1' href='#FOOT1'><sup>1</sup></a>。</p>"
    "<dl compact='compact'>"
    "<dt><span>机器放在地下一层，经常离线</span></dt>"
    "<dd><p>用 <code>AT+CSQ</code> 看信号，低于 10 就加外接天线。</p></dd>"
    "<dt><span>账单突然多了几万坚戈</span></dt>"
    "<dt><span>卡被人拆走</span></dt>"
    "<dd><p>立即打企业热线 1400 冻结这张卡。</p></dd>"
    "<dt><span>发票怎么拿？</span></dt>"
    "<dd><p>企业卡按月出电子发票（ЭСФ）。</p></dd>"
    "</dl>"
    "<p>以后所有卡都要绑定 IMEI。</p>"
    "<div class='footnote'><hr><h4 class='footnotes-heading'>Footnotes</h4>"
    "<h5><a id='FOOT1' href='#DOCF1'>(1)</a></h3>"
    "<p>个体户（ИП）也可以签，每个 ИИН 最多 50 张。</p></div>"
    "<hr>" + nav("Business-Devices") + "</body></html>")

# makeinfo 7: dl.table, a.footnote, div.footnotes-segment of h5.footnote-body-heading, div.nav-panel
TEXINFO_7 = (
    "<!DOCTYPE html><html><!-- Created by GNU Texinfo 7.1, https://www.gnu.org/software/texinfo/ -->"
    "<head><title>APN (物联网 SIM 卡手册)</title><meta name='Generator' content='makeinfo'></head><body lang='zh'>"
    "<div class='section-level-extent' id='APN'><div class='nav-panel'><p>Up: <a href='index.html' accesskey='u' "
    "rel='up'>Top</a> &nbsp; [<a href='index.html#SEC_Contents' title='Table of contents' rel='contents'>Contents</a>]"
    "</p></div><hr><h3 class='section' id='APN-1'><span>4.4 接入点<a class='copiable-link' href='#APN-1'> &para;"
    "</a></span></h3>"
    "<p>调制解调器必须填对 APN：</p>"
    "<dl class='table'>"
    "<dt><code class='code'>internet.beeline.kz</code></dt>"
    "<dd><p>Beeline 的公共 APN，用户名 <code class='code'>beeline</code>。</p></dd>"
    "<dt><code class='code'>m2m.kcell.kz</code></dt>"
    "<dd><p>Kcell 的企业专用 APN，开通费 15 000 ₸<a class='footnote' id='DOCF1' href='#FOOT1'><sup>1</sup></a>。</p></dd>"
    "</dl></div>"
    "<div class='footnotes-segment'><hr><h4 class='footnotes-heading'>Footnotes</h4>"
    "<h5 class='footnote-body-heading'><a id='FOOT1' href='#DOCF1'>(1)</a></h5>"
    "<p>一次性收取，按月另付 500 ₸。</p></div></body></html>")


def test_a_makeinfo_node_is_titled_by_its_heading_and_its_table_entries_are_apart():
    article, frags = read(TEXINFO_6.format(generator=GENERATOR))
    assert article.title == "售货机的 SIM 卡"
    assert texts(frags) == [
        ("section", "售货机的 SIM 卡", "本节写给经营自动售货机的老板。"),
        # the footnote follows the sentence citing it, its marker gone
        ("section", "机器离线、卡被盗用", "物联网卡只能以公司的名义签合同。\n个体户（ИП）也可以签，每个 ИИН 最多 50 张。"),
        ("section", "机器放在地下一层，经常离线", "用 AT+CSQ 看信号，低于 10 就加外接天线。"),
        ("section", "账单突然多了几万坚戈 / 卡被人拆走", "立即打企业热线 1400 冻结这张卡。"),     # an @itemx
        ("qa", "发票怎么拿？", "企业卡按月出电子发票（ЭСФ）。"),
        ("section", "机器离线、卡被盗用", "以后所有卡都要绑定 IMEI。"),
    ]


def test_makeinfo_7s_tables_and_footnotes_are_read_the_same_way():
    article, frags = read(TEXINFO_7)
    assert article.title == "接入点"
    assert texts(frags) == [
        ("section", "接入点", "调制解调器必须填对 APN："),
        ("section", "internet.beeline.kz", "Beeline 的公共 APN，用户名 beeline。"),
        ("section", "m2m.kcell.kz", "Kcell 的企业专用 APN，开通费 15 000 ₸。\n一次性收取，按月另付 500 ₸。"),
    ]


def test_the_same_markup_without_makeinfos_generator_is_read_as_any_pages():
    article, frags = read(TEXINFO_6.format(generator=""))
    assert article.title == "Vending SIM (物联网 SIM 卡手册)"
    assert not any(f.title == "账单突然多了几万坚戈 / 卡被人拆走" for f in frags)
    assert any("Footnotes" in f.path for f in frags)
