"""A Microsoft Sway story as the browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Article, Fragment, Source

from fragments import texts


def read(html: str) -> tuple[Article, list[Fragment]]:
    return parse_source(Source("sway.html", "sway", html, "html", "0"))


# Sway's player: the top bar, the title card's <h1>, the cards of each part in a section.Section, a heading
# card's heading a div.HeadingText marked role="heading" aria-level="2", a numbered list card, the footer
PAGE = (
    "<!DOCTYPE html><html lang='zh-TW'><head><title>門號登記指南</title></head><body class='{player} ms-Fabric'>"
    "<div id='swayTopBar' class='TopBar' role='banner'><span class='TopBarBrand'>Sway</span>"
    "<button class='TopBarButton'>導覽</button><button class='TopBarButton'>共用</button></div>"
    "<main id='swayStoryContainer' class='StoryContainer' role='main'>"
    "<div class='Card TitleCard' data-card-type='Title'><h1 class='TitleText'>門號登記指南</h1></div>"
    "<div class='Card TextCard' data-card-type='Text'><div class='TextContent'>"
    "<p>預約和提醒都用簡訊通知，所以登記的門號一定要正確。</p></div></div>"
    "<section class='Section' data-section-level='1'>"
    "<div class='Card HeadingCard' data-card-type='Heading1'>"
    "<div class='HeadingText' role='heading' aria-level='2'>註冊帳號</div></div>"
    "<div class='Card TextCard'><div class='TextContent'><p>註冊時系統會寄送 6 位數驗證碼。</p></div></div>"
    "<div class='Card ListCard' data-card-type='NumberedList'><ol class='NumberedList'>"
    "<li><p>下載 App，選擇「註冊」。</p></li><li><p>輸入手機號碼，收到驗證碼後在 2 分鐘內輸入。</p></li>"
    "<li><p>選擇時段，預約成功後會收到簡訊。</p></li></ol></div></section>"
    "<section class='Section' data-section-level='1'>"
    "<div class='Card HeadingCard' data-card-type='Heading1'><div class='HeadingText'>收不到簡訊時</div></div>"
    "<div class='Card TextCard'><div class='TextContent'><p>簡訊偶爾會延遲，可以在 App 裡查看預約。</p>"
    "<p>雙卡手機只會收到登記的那個門號的簡訊。</p></div></div></section></main>"
    "<footer class='SwayFooter' role='contentinfo'><div class='FooterAttribution'>使用 Sway 建立</div>"
    "<a href='#' class='FooterLink'>檢舉濫用</a></footer></body></html>")


def test_a_sway_storys_heading_cards_head_their_parts_and_a_numbered_list_is_its_parts_steps():
    article, frags = read(PAGE.format(player="SwayPlayer"))
    assert article.title == "門號登記指南"
    assert texts(frags) == [
        ("section", "門號登記指南", "預約和提醒都用簡訊通知，所以登記的門號一定要正確。"),
        ("section", "註冊帳號", "註冊時系統會寄送 6 位數驗證碼。"),
        ("step", "下載 App，選擇「註冊」", "下載 App，選擇「註冊」。"),
        ("step", "輸入手機號碼，收到驗證碼後在 2 分鐘內輸入", "輸入手機號碼，收到驗證碼後在 2 分鐘內輸入。"),
        ("step", "選擇時段，預約成功後會收到簡訊", "選擇時段，預約成功後會收到簡訊。"),
        # a heading text without its aria marks: its level by its card's kind (Heading1 under the title)
        ("section", "收不到簡訊時", "簡訊偶爾會延遲，可以在 App 裡查看預約。\n雙卡手機只會收到登記的那個門號的簡訊。"),
    ]
    assert [f.procedure.title for f in frags if f.type == "step"] == ["註冊帳號"] * 3


def test_the_same_markup_outside_sways_player_is_read_as_any_pages():
    _, frags = read(PAGE.format(player="Player"))
    assert "註冊帳號" not in {f.title for f in frags}
