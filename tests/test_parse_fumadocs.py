"""A Fumadocs docs page as the browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

NEXT = "/_next/static/chunks/main-app-0a4f6b1d2c7e3981.js"


def step(title: str, body: str) -> str:
    """A <Step> as Fumadocs draws one: its h3 (a self-link inside) over its content."""
    return (f"<div class='fd-step'><h3 class='flex scroll-m-28' id='{title}'><a data-card='' href='#{title}' "
            f"class='peer'>{title}</a></h3>{body}</div>")


CODE = ("<figure dir='ltr' class='my-4 bg-fd-card rounded-xl shiki'><div class='flex text-fd-muted-foreground items-center'>"
        "<svg viewBox='0 0 24 24'><path d='M4 17'></path></svg><figcaption class='flex-1 truncate'>Terminal</figcaption>"
        "<button type='button' aria-label='Copy Text'><svg viewBox='0 0 24 24'></svg></button></div>"
        "<div role='region' class='fd-scroll-container'><pre><code><span class='line'>curl -X POST /v2/orders</span>"
        "</code></pre></div></figure>")


def page(assets: str = NEXT) -> str:
    """The page: banner, navbar, sidebar, the article (breadcrumb, h1, description, page actions, content, footer,
    previous / next cards) and the 「On this page」 column."""
    return ("<html><head><title>下单与激活 | Nomadsim</title>"
            f"<script src='{assets}' async=''></script></head><body>"
            "<div id='nd-banner'>API v2 已上线 <a href='/docs/api/migration'>迁移指南</a></div>"
            "<header id='nd-nav'><nav><a href='/'>Nomadsim Docs</a><button data-search-full=''>Search</button></nav></header>"
            "<main id='nd-home-layout'><div id='nd-docs-layout' class='flex'>"
            "<aside id='nd-sidebar'><a href='/docs/api'>简介</a><a href='/docs/api/orders'>下单与激活</a></aside>"
            "<div id='nd-page' class='flex w-full'><article class='flex flex-col'>"
            "<nav aria-label='Breadcrumb'><span>订单</span><a href='/docs/api/orders'>下单与激活</a></nav>"
            "<h1 class='text-3xl'>下单与激活</h1><p class='text-lg text-fd-muted-foreground'>通过 API 购买旅行 eSIM。</p>"
            "<div class='flex flex-row gap-2 border-b'><button data-copy-page=''>Copy Markdown</button>"
            "<a href='https://github.com/x/docs/blob/main/orders.mdx' target='_blank'>Open in GitHub</a></div>"
            "<div class='prose flex-1'><p>所有请求发往 api.nomadsim.io。</p>"
            "<div class='flex gap-2 rounded-xl border' style='--callout-color:var(--color-fd-warning)'>"
            "<div role='none' class='w-0.5'></div><svg viewBox='0 0 24 24'></svg><div class='flex flex-col'>"
            "<p class='font-medium !my-0'>余额与限流</p><div class='text-fd-muted-foreground'><p>每个 API Key 限 60 次请求/分钟。</p>"
            "</div></div></div>"
            "<h2 id='下单流程'><a data-card='' href='#下单流程' class='peer'>下单流程</a></h2><div class='fd-steps'>"
            + step("查询可用套餐", "<p>调用 GET /packages 取得套餐列表。</p>")
            + step("创建订单", "<p>发送 POST /orders，一次最多 50 张。</p>" + CODE)
            + step("轮询订单状态", "<p>通常 30 秒内变为 READY。</p>")
            + "</div><h2 id='激活与有效期'><a data-card='' href='#激活与有效期'>激活与有效期</a></h2>"
            "<p>套餐天数从第一次连上当地网络时开始计算。</p></div>"
            "<div class='flex flex-row flex-wrap'><a href='https://github.com/x/docs/edit/main/orders.mdx'>Edit on GitHub</a>"
            "<p class='text-sm text-fd-muted-foreground'>Last updated on 2026年11月3日</p></div>"
            "<div class='grid grid-cols-2 gap-4'><a href='/docs/api/packages'><div><p>查询套餐</p></div>"
            "<p class='truncate'>按国家和地区列出可售 eSIM 套餐</p></a><a href='/docs/api/topup'><div><p>流量加油包</p></div>"
            "<p class='truncate'>为已激活的 eSIM 追加流量</p></a></div></article></div>"
            "<div id='nd-toc'><h3 id='toc-title'>On this page</h3><a href='#下单流程'>下单流程</a></div>"
            "</div></main></body></html>")


def test_fumadocs_steps_are_steps_of_the_heading_over_them() -> None:
    # holdout290: each fd-step was a section titled by its h3 and the h2 「下单流程」 titled nothing
    frags = cut(page())
    steps = [f for f in frags if f.type == "step"]
    assert [f.title for f in steps] == ["查询可用套餐", "创建订单", "轮询订单状态"]
    assert {f.procedure.title for f in steps if f.procedure} == {"下单流程"}


def test_a_fumadocs_code_figure_stays_in_its_step_without_its_caption() -> None:
    # holdout290: the figure was cut into the step's text, 「Terminal」 alone, and the command
    frags = texts(cut(page()))
    created = next(text for kind, title, text in frags if title == "创建订单")
    assert "curl -X POST /v2/orders" in created
    assert "Terminal" not in all_text(cut(page()))


def test_fumadocs_frame_actions_footer_and_cards_are_gone_and_the_callout_title_leads_its_text() -> None:
    # holdout290: 「Open in GitHub」 and the bare callout title were lines of the first passage; 「Last updated on」
    # and the previous / next cards a last passage titled by the page
    frags = texts(cut(page()))
    assert frags[0] == ("section", "下单与激活", "通过 API 购买旅行 eSIM。\n所有请求发往 api.nomadsim.io。\n"
                        "余额与限流：每个 API Key 限 60 次请求/分钟。")
    assert frags[-1] == ("section", "激活与有效期", "套餐天数从第一次连上当地网络时开始计算。")
    words = all_text(cut(page()))
    for chrome in ("Open in GitHub", "Copy Markdown", "Last updated", "按国家和地区列出可售", "Edit on GitHub", "迁移指南"):
        assert chrome not in words


def test_fumadocs_marks_on_a_page_without_a_next_build_are_read_as_before() -> None:
    # (no /_next/static/ asset: not a Fumadocs site's page, its reader does not run)
    frags = cut(page(assets="/js/site.js"))
    assert not any(f.type == "step" for f in frags)


def test_a_fumadocs_page_whose_nd_page_is_the_article_is_read_the_same() -> None:
    # (later Fumadocs versions give the <article> itself the id 「nd-page」)
    html = page().replace("<div id='nd-page' class='flex w-full'><article class='flex flex-col'>",
                          "<article id='nd-page' class='flex flex-col'>").replace("</article></div>", "</article>")
    assert texts(cut(html)) == texts(cut(page()))


def test_a_fumadocs_image_figure_keeps_its_caption() -> None:
    # (review of session 28: every <figure>'s caption went, an image's too; only a code figure's header is chrome)
    figure = ("<figure><img src='/img/topup.png' alt=''><figcaption>图 1：在 App 首页点「充值」</figcaption></figure>")
    html = page().replace("<p>套餐天数从第一次连上当地网络时开始计算。</p>",
                          "<p>套餐天数从第一次连上当地网络时开始计算。</p>" + figure)
    assert "图 1：在 App 首页点「充值」" in all_text(cut(html))
