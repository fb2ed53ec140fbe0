"""A page Doxygen writes (a related page): what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Article, Fragment, Source

from fragments import texts

GENERATOR = "<meta name='generator' content='Doxygen 1.9.8'/>"


def read(html: str) -> tuple[Article, list[Fragment]]:
    return parse_source(Source("page_sim.html", "page-sim", html, "html", "0"))


# Doxygen 1.9's frame (title area, menu, tree view, navigation path) around a related page: its title in
# div.headertitle, its \section an <h1>, a \note and a \warning dl.section boxes
PAGE = (
    "<!DOCTYPE html><html><head>{generator}<title>HM-300 模組: 通訊手冊</title></head><body>"
    "<div id='top'><div id='titlearea'><table><tr><td id='projectalign'><div id='projectname'>HM-300 模組"
    "<span id='projectnumber'>&#160;v2.4</span></div><div id='projectbrief'>安裝文件</div></td></tr></table></div>"
    "<div id='main-nav'><ul id='main-menu' class='sm sm-dox'><li><a href='index.html'>首頁</a></li>"
    "<li><a href='pages.html'>相關頁面</a></li><li><a href='files.html'>檔案</a></li></ul></div></div>"
    "<div id='side-nav' class='ui-resizable side-nav-resizable'><div id='nav-tree'><div id='nav-tree-contents'><ul>"
    "<li><a class='el' href='index.html'>HM-300 模組</a></li><li><a class='el' href='page_a.html'>安裝</a></li>"
    "<li><a class='el' href='page_sim.html'>通訊手冊</a></li></ul></div></div></div>"
    "<div id='doc-content'><div><div class='header'><div class='headertitle'><div class='title'>通訊手冊 </div></div>"
    "</div><div class='contents'><div class='toc'><h3>目錄</h3><ul><li class='level1'><a href='#sec_choose'>選卡</a>"
    "</li></ul></div><div class='textblock'><p>HM-300 每天把電錶讀數上傳到抄錶平台，本頁說明 SIM 卡的選擇。</p>"
    "<h1><a class='anchor' id='sec_choose'></a>選卡</h1><p>模組使用 Mini-SIM 卡座，請勿使用剪過的卡加卡套。</p>"
    "<dl class='section note'><dt>注意</dt><dd>SIM 卡必須以屋主名義登記。</dd></dl>"
    "<dl class='section warning'><dt>Warning</dt><dd><p>老版本韌體只支援 2G。</p><ul><li>先升級到 2.4。</li>"
    "</ul></dd></dl></div></div></div></div>"
    "<div id='nav-path' class='navpath'><ul><li class='navelem'><a class='el' href='pages.html'>相關頁面</a></li>"
    "<li class='footer'>產生者 <a href='https://www.doxygen.org/index.html'>doxygen</a> 1.9.8 </li></ul></div>"
    "</body></html>")


def test_a_doxygen_page_is_titled_by_its_header_title_and_a_notes_label_leads_its_text():
    article, frags = read(PAGE.format(generator=GENERATOR))
    assert article.title == "通訊手冊"
    assert texts(frags) == [
        # the introduction is the title's, not the first section's
        ("section", "通訊手冊", "HM-300 每天把電錶讀數上傳到抄錶平台，本頁說明 SIM 卡的選擇。"),
        # the note's label leads its text; an English kind name alone (「Warning」) leads nothing
        ("section", "選卡", "模組使用 Mini-SIM 卡座，請勿使用剪過的卡加卡套。\n注意：SIM 卡必須以屋主名義登記。\n"
                          "老版本韌體只支援 2G。\n先升級到 2.4。"),
    ]


def test_a_reference_pages_groups_are_no_words_of_its_title():
    page = PAGE.format(generator=GENERATOR).replace(
        "通訊手冊 </div>", "通訊手冊<div class='ingroups'><a class='el' href='group__sim.html'>SIM</a></div></div>")
    assert read(page)[0].title == "通訊手冊"


def test_the_same_markup_without_doxygens_generator_is_read_as_any_pages():
    article, frags = read(PAGE.format(generator=""))
    assert article.title == "選卡"
    assert not any("注意：" in f.text for f in frags)
