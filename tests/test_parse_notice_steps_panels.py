"""Generic rules met on holdout261's pages: 「STEP n」 paragraphs (a 秀米 graphic article's), a notice's 落款 at its
end, and Bootstrap 3's collapsible panels (中國移動香港's FAQ): what a reader gets, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def page(body: str) -> str:
    return f"<html><head><title>t</title></head><body><article><h1>新生办卡须知</h1>{body}</article></body></html>"


STEPS = ("<p><strong>一、办理流程</strong></p>"
         + "".join(f"<p><span style='color: rgb(30, 144, 255);'><strong>STEP {k}</strong></span>　{text}</p>"
                   for k, text in enumerate(("带身份证到 5 号窗口排队。", "完成实名登记。", "发送“KTYZ”到 10086 激活。"), 1)))


def test_step_n_paragraphs_are_a_procedure_in_order() -> None:
    # holdout261: the 秀米 page's 「STEP 1」…「STEP 5」 paragraphs stayed one section of five lines
    frags = texts(cut(page(STEPS)))
    assert [(kind, title) for kind, title, _ in frags if kind == "step"] == [
        ("step", "带身份证到 5 号窗口排队"), ("step", "完成实名登记"), ("step", "发送“KTYZ”到 10086 激活")]


def test_step_n_with_a_full_stop_is_a_step_too() -> None:
    frags = texts(cut(page("<h2>操作步骤</h2><p>Step 1. 打开设置。</p><p>Step 2. 选择网络。</p>")))
    assert [title for kind, title, _ in frags if kind == "step"] == ["打开设置", "选择网络"]


def test_a_step_number_in_a_version_or_a_word_is_no_step() -> None:
    frags = texts(cut(page("<h2>说明</h2><p>Step 1.5 版已停用。</p><p>Step 2.0 版可用。</p>")))
    assert not any(kind == "step" for kind, _, _ in frags)


def test_a_notices_dated_issuer_and_closing_disclaimer_are_no_passage() -> None:
    # holdout261: 「河滨职业技术学院网络信息中心 · 2026年8月 / 本通知最终解释权归网络信息中心所有」 was a fragment of its own
    # titled by the page's title
    sign_off = "<p>河滨职业技术学院网络信息中心 · 2026年8月</p><p>本通知最终解释权归网络信息中心所有</p>"
    text = all_text(cut(page(STEPS + "<p><strong>二、报修</strong></p><p>报修电话 6600。</p>" + sign_off)))
    assert "解释权" not in text and "2026年8月" not in text
    assert "报修电话 6600。" in text


def test_a_disclaimer_in_a_paragraph_saying_more_stays() -> None:
    text = all_text(cut(page("<h2>活动</h2><p>充值 50 元送 5GB。</p><p>活动咨询：10010　本活动最终解释权归联通所有</p>")))
    assert "活动咨询：10010" in text


def panel(k: int, question: str, answer: str) -> str:
    return (f"<div class='panel panel-default'><div class='panel-heading'><h4 class='panel-title'><a data-toggle="
            f"'collapse' href='#faq{k}'>{question}</a></h4></div><div id='faq{k}' class='panel-collapse collapse'>"
            f"<div class='panel-body'>{answer}</div></div></div>")


def test_bootstrap3_collapsible_panels_are_qas_ending_with_their_panel() -> None:
    # holdout261: 中國移動香港's contact box after the accordion was glued to the last answer
    body = ("<h2>常見問題</h2><div class='panel-group' id='faqAccordion'>" + panel(1, "可以轉移餘額嗎？", "可以，發送至 1331。")
            + panel(2, "外遊時可以增值嗎？", "可以透過 App 增值。") + "</div><div class='contact-box'><p>仍需協助？請致電 "
            "<strong>1703</strong>。</p></div>")
    frags = texts(cut(page(body)))
    assert ("qa", "外遊時可以增值嗎？", "可以透過 App 增值。") in frags
    assert ("qa", "可以轉移餘額嗎？", "可以，發送至 1331。") in frags
    assert any(text == "仍需協助？請致電 1703。" for kind, _, text in frags if kind == "section")


def test_a_plain_bootstrap_panel_is_no_toggle() -> None:
    body = ("<div class='panel panel-default'><div class='panel-heading'>營業時間</div><div class='panel-body'>"
            "每日 10:00–22:00。</div></div>")
    assert not any(kind == "qa" for kind, _, _ in texts(cut(page("<h2>門市</h2>" + body))))
