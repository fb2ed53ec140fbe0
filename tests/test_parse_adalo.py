"""An Adalo app screen published to the web, as the browser saves it: what a reader gets from it."""
from __future__ import annotations

from fragments import cut, texts


def text(body: str, style: str = "") -> str:
    return f'<div dir="auto" class="css-text-901oao" style="{style}">{body}</div>'


def view(body: str, extra: str = "", style: str = "") -> str:
    return f'<div class="css-view-1dbjc4n{extra}" style="{style}">{body}</div>'


def screen(*parts: str) -> str:
    return ("<html><head><title>ShinaGo — 帮助</title></head><body><div id='root'>"
            "<div class='css-view-1dbjc4n r-flex-13awgt0' data-adalo-screen='Help'>"
            + view(text("帮助中心", "font-size:20px") + '<div class="css-view-1dbjc4n" role="button">☰</div>',
                   " app-bar", "background-color:rgb(255,111,0);height:56px")
            + view("".join(parts), style="padding:16px")
            + view(text("Главная") + text("Профиль"), " tab-bar", "flex-direction:row;height:60px")
            + "</div></div><div class='adalo-badge'><a href='https://www.adalo.com'>Made with Adalo</a></div>"
            "</body></html>")


TITLE = text("换胎预约：短信和来电", "font-size:24px;font-weight:700")
INTRO = text("ShinaGo 是上门换胎 app。")
STEPS = (text("预约", "font-size:18px;font-weight:700") + text("1. 选好日期和地址。") + text("2. 输入手机号，填入验证码。"))
FAQ = (text("常见问题", "font-size:18px;font-weight:700")
       + view(text("问：验证码收不到怎么办？", "font-weight:700") + text("答：等 60 秒后重发。"), " faq-item")
       + view(text("问：能取消吗？", "font-weight:700") + text("答：出发前取消免费。"), " faq-item")
       + text("客服 WhatsApp：+7 707 000 00 00", "color:#888"))


def test_an_adalo_screen_is_titled_by_its_on_screen_title_without_its_bars() -> None:
    # holdout100: the app bar (「帮助中心」 「☰」) opened the first fragment, the page was titled by <title>
    # and the 24px bold title Text was a line of the intro
    assert texts(cut(screen(TITLE, INTRO)))[0] == ("section", "换胎预约：短信和来电", "ShinaGo 是上门换胎 app。")


def test_an_adalo_screens_bold_texts_head_its_parts_and_steps() -> None:
    # the 18px bold Texts were lines: the steps were 「of」 the app's name, the next parts glued together
    frags = cut(screen(TITLE, INTRO, STEPS, text("价格", "font-size:18px;font-weight:700"), text("每小时 7,000 ₸")))
    assert [(f.type, f.title) for f in frags] == [
        ("section", "换胎预约：短信和来电"), ("step", "选好日期和地址"), ("step", "输入手机号，填入验证码"),
        ("section", "价格")]
    assert all(f.path[-1] == "预约" for f in frags[1:3])


def test_an_adalo_faq_item_is_a_question_and_what_follows_is_not_its_answer() -> None:
    # the support line, the tab bar and 「Made with Adalo」 were glued to the last answer
    frags = texts(cut(screen(TITLE, INTRO, FAQ)))
    assert frags[1:3] == [("qa", "验证码收不到怎么办？", "等 60 秒后重发。"), ("qa", "能取消吗？", "出发前取消免费。")]
    assert all("Made with Adalo" not in t and "Главная" not in t for _, _, t in frags)
    assert frags[3][2] == "客服 WhatsApp：+7 707 000 00 00"
