"""holdout285's generic rules: a lead-in naming the things listed makes its numbered lines no steps (ZTO's
prohibited categories), and a FAQ's 「Was this information helpful?」 box and a site's app teaser are chrome
(Telenor Pakistan)."""
from __future__ import annotations

from fragments import all_text, cut, texts


def test_a_numbered_list_of_things_after_a_lead_in_naming_them_is_no_procedure() -> None:
    # ZTO's 「下列物品中通快遞一律不予收寄…：」 over 「1. 槍支…；<br>2. 爆炸物品…」 was five steps of 「禁止寄遞物品」
    # and the paragraph after it a second part of that name
    page = ("<html><body><h1>寄件禁寄物品與理賠標準</h1><h3>一、禁止寄遞物品</h3>"
            "<p>依據規定，下列物品中通快遞一律不予收寄，收件員驗視時發現將當場退回：</p>"
            "<p>1. 槍支、彈藥、管制刀具；<br>2. 爆炸物品，包括煙花爆竹；<br>3. 易燃液體，如汽油。</p>"
            "<p>鋰電池單獨寄遞不收。</p><h3>二、線上申請理賠步驟</h3>"
            "<ol><li>打開「中通快遞」App。</li><li>輸入 12 位運單號。</li></ol></body></html>")
    frags = cut(page)
    assert [(f.type, f.title) for f in frags] == [
        ("section", "禁止寄遞物品"), ("step", "打開「中通快遞」App"), ("step", "輸入 12 位運單號")]
    assert "槍支、彈藥、管制刀具" in frags[0].text and frags[0].text.endswith("鋰電池單獨寄遞不收。")


def test_a_numbered_list_after_a_lead_in_naming_steps_stays_a_procedure() -> None:
    page = ("<html><body><h1>寄件</h1><h2>寄件</h2><p>寄下列物品前請按以下步驟操作：</p>"
            "<ol><li>打開 App。</li><li>填寫寄件人。</li></ol></body></html>")
    assert [f.type for f in cut(page)].count("step") == 2


def test_a_faq_s_helpful_box_and_an_app_promo_are_chrome() -> None:
    # Telenor Pakistan: 「Frequently Asked Questions」 with only 「Was this information helpful?」 as its text, and
    # 「Download My Telenor App」 a part of its own
    page = ("<html><body><h1>Easypaisa 充值</h1><p>通过 Easypaisa App 充值不收手续费。</p>"
            "<h2 class='faq-heading'>Frequently Asked Questions</h2>"
            "<h3>套餐会自动续订吗？</h3><p>默认自动续订，发送 unsub 到 345 取消。</p>"
            "<div class='helpful-box'><span>Was this information helpful?</span><button class='btn'>Yes</button>"
            "<button class='btn'>No</button></div>"
            "<section class='app-promo container'><h3>Download My Telenor App</h3>"
            "<p>Check balance, buy bundles and get exclusive offers.</p></section></body></html>")
    frags = cut(page)
    text = all_text(frags)
    assert "helpful" not in text and "Download My Telenor App" not in text and "exclusive offers" not in text
    assert ("qa", "套餐会自动续订吗？", "默认自动续订，发送 unsub 到 345 取消。") in texts(frags)
