"""A post of a Payload CMS website-template site (Next.js), as the browser saves it: what a reader gets from it."""
from __future__ import annotations

from fragments import cut, texts


def post(richtext_class: str = "rich-text payload-richtext") -> str:
    return ("<html><head><title>押金怎么付 | KadrRent</title></head><body>"
            "<header class='container'><nav><a href='/posts'>租赁指南</a></nav></header>"
            "<article class='pt-16 pb-16'><div class='relative -mt-[10.4rem] flex items-end'><div class='container'>"
            "<div class='col-start-1'><div class='uppercase text-sm mb-6'><a href='/posts?category=guides'>租赁指南</a>"
            "</div><div class=''><h1 class='mb-6 text-3xl'>押金怎么付</h1></div><div class='flex flex-col md:flex-row'>"
            "<div class='flex flex-col gap-4'><div class='flex flex-col gap-1'><p class='text-sm'>Author</p>"
            "<p>Timur B.</p></div></div><div class='flex flex-col gap-1'><p class='text-sm'>Date Published</p>"
            "<time dateTime='2026-10-05T08:00:00.000Z'>October 5, 2026</time></div></div></div></div></div>"
            f"<div class='container'><div class='{richtext_class}'><p>押金只在 Kaspi Gold 上冻结。</p>"
            "<h3>常见问题</h3></div>"
            "<details class='faq-item'><summary>问：冻结的押金能用吗？</summary><p>答：不能用来付款。</p></details>"
            "<div class='my-8 p-4 border rounded bg-card'><h4>需要帮忙挑器材？</h4><p>加我们的 WhatsApp。</p>"
            "<a class='btn btn-primary' href='https://wa.me/77273118800'>WhatsApp 咨询</a></div></div></article>"
            "<footer><a href='/admin'>Admin</a></footer></body></html>")


def test_a_payload_posts_hero_gives_its_title_alone_and_its_call_to_action_is_no_question() -> None:
    # holdout103: 「租赁指南 Author Timur B. Date Published October 5, 2026」 opened the text, and the call-to-action
    # card's heading 「需要帮忙挑器材？」 was a question answered by the card's sentence
    assert texts(cut(post())) == [
        ("section", "押金怎么付", "押金只在 Kaspi Gold 上冻结。"),
        ("qa", "冻结的押金能用吗？", "不能用来付款。")]


def test_a_page_without_payloads_rich_text_is_left_alone() -> None:
    assert "Author" in texts(cut(post("rich-text")))[0][2]
