"""A Scribe guide shared as a page, as the browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import cut, texts


def card(n: int, text: str, caption: str) -> str:
    """A step card as Scribe draws one: the number badge and description, then the screenshot and its caption."""
    return (f"<div class='StepCard_card__9Rk2c' data-testid='step-card' id='step-{n}'><div class='StepCard_header__kP1dW'>"
            f"<span class='StepCard_number__sT8vq'>{n}</span><div class='StepCard_description__b0Qx4' "
            f"data-testid='step-description'>{text}</div></div><div class='StepCard_screenshot__wX3eA'>"
            f"<img src='https://colony-recorder.s3.amazonaws.com/t{n}.jpeg' alt='Screen'>"
            f"<div class='StepCard_caption__mZ4oP'>{caption}</div></div></div>")


def page(site: str = "Scribe") -> str:
    """The viewer: its header, the title and meta line, the description, a heading block over three cards, an alert."""
    return ("<html><head><title>预约年检 | Scribe</title>"
            f"<meta property='og:site_name' content='{site}'></head><body><div id='__next'>"
            "<header class='ViewerHeader_header__a91Kd'><nav><a href='/tools'>Tools</a></nav></header>"
            "<main class='DocumentViewer_main__L2kdx'><div class='DocumentViewer_titleBlock__7vBd2'>"
            "<h1 data-testid='document-title'>预约年检</h1><div class='DocumentViewer_meta__uT0s9'>"
            "<span>Ruslan T.</span><span data-testid='step-count'>3 steps</span></div></div>"
            "<div data-testid='document-description'><p>怎样在 App 里预约年检。</p></div><div class='StepList_list__Tq2bX'>"
            "<div class='HeadingBlock_heading__1xK0v' data-testid='heading-block'><h2>在 App 里预约</h2></div>"
            + card(1, "打开 App，用手机号登录。", "登录页")
            + card(2, "点 <strong>\"Мои авто\"</strong>，添加车辆。", "加号按钮")
            + card(3, "点 \"Подтвердить\"，会收到短信。", "预约成功的提示")
            + "<div class='AlertBlock_alert__Zq6nT' data-testid='alert-block'><span class='AlertBlock_icon__e1'>⚠️</span>"
            "<p>回复短号 5070 免费。</p></div></div></main></div></body></html>")


def test_a_scribe_guides_step_cards_are_its_steps_without_badges_or_screenshot_captions() -> None:
    # holdout113: no card was a step — the part was one passage of bare numbers 「1」「2」, descriptions and
    # captions, and the alert's icon 「⚠️」 was a line of its own
    frags = cut(page())
    assert texts(frags) == [
        ("section", "预约年检", "怎样在 App 里预约年检。"),
        ("step", "打开 App，用手机号登录", "打开 App，用手机号登录。"),
        ("step", "点 \"Мои авто\"，添加车辆", "点 \"Мои авто\"，添加车辆。"),
        ("step", "点 \"Подтвердить\"，会收到短信", "点 \"Подтвердить\"，会收到短信。"),
        ("section", "在 App 里预约", "回复短号 5070 免费。")]
    assert {f.procedure.title for f in frags if f.procedure} == {"在 App 里预约"}


def test_step_cards_on_a_page_scribe_did_not_serve_are_left_alone() -> None:
    assert not [f for f in cut(page(site="Tango")) if f.type == "step"]
