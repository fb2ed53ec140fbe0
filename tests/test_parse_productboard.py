"""A Productboard public portal with a feature card open, as the browser saves it: what a reader gets from it."""
from __future__ import annotations

from indexer.sites.blogs import COMMENTS_TITLE

from fragments import all_text, cut, texts


def portal(card_class: str = "FeatureCardModal") -> str:
    """The portal's frame (cookie banner, header, the board's columns) with one card open over it."""
    return ("<html><head><title>双卡切换 | Care Portal</title></head><body class='pb-portal'>"
            "<div id='onetrust-banner-sdk' role='dialog'><p>We use cookies.</p><button>Accept All Cookies</button></div>"
            "<header class='PortalHeader'><h1 class='PortalHeader__title'>Care 产品路线图</h1>"
            "<p class='PortalHeader__description'>告诉我们下一步该做什么。</p></header>"
            "<main class='PortalBoard'><div class='PortalColumns'>"
            "<section class='PortalColumn'><h3 class='PortalColumn__title'>Planned</h3><span>6</span></section>"
            "<section class='PortalColumn'><h3 class='PortalColumn__title'>In progress</h3><span>3</span></section></div>"
            f"<div class='{card_class}' role='dialog' aria-modal='true'><div class='FeatureCardModal__header'>"
            "<span class='StatusBadge'>In progress</span><span class='FeatureCardModal__component'>Hardware › SIM</span>"
            "<h2 class='FeatureCardModal__title'>信号差时切换到第二张 SIM 卡</h2></div>"
            "<div class='FeatureCardModal__description pb-rich-text'><h3>现在的情况</h3><p>吊坠里插一张 nano-SIM。</p>"
            "<h3>FAQ</h3><p><strong>Q: 什么时候发布？</strong><br>A: 2027 年第一季度。</p></div>"
            "<div class='FeatureCardModal__importance'><p>How important is this to you?</p><button>Critical</button>"
            "<p class='VoteCount'>217 votes</p></div>"
            "<div class='FeatureCardModal__insights'><h4>Insights (2)</h4>"
            "<div class='Insight'><span class='Insight__author'>Айгерим Н.</span><span>Oct 2, 2026</span>"
            "<p>我妈住在山上的村子，信号只有一格。</p></div>"
            "<div class='Insight'><span class='Insight__author'>Care Team</span><span>Nov 4, 2026</span>"
            "<p>测试版固件已经开放给 200 位用户。</p></div></div>"
            "<div class='FeatureCardModal__footer'>Powered by <a href='https://www.productboard.com'>productboard</a>"
            "</div></div></main></body></html>")


def test_a_productboard_card_is_titled_by_its_own_title_and_its_insights_are_its_last_part() -> None:
    # holdout108: the board's column headings were the page's, the card's title was nowhere, the importance prompt
    # closed the last answer and the insights were one part of bare dates
    assert texts(cut(portal())) == [
        ("section", "现在的情况", "吊坠里插一张 nano-SIM。"),
        ("qa", "什么时候发布？", "2027 年第一季度。"),
        ("section", COMMENTS_TITLE, "我妈住在山上的村子，信号只有一格。\n测试版固件已经开放给 200 位用户。")]
    assert {f.path[0] for f in cut(portal())} == {"信号差时切换到第二张 SIM 卡"}


def test_a_portal_page_without_an_open_card_is_left_alone() -> None:
    assert "Insights (2)" in all_text(cut(portal(card_class="FeatureCard")))
