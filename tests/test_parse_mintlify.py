"""A Mintlify docs page as the browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source

from fragments import texts


def cut(html: str) -> list[Fragment]:
    return parse_source(Source("mintlify.html", "mintlify", html, "html", "0"))[1]


def step(n: int, title: str, text: str, tag: str = "p") -> str:
    """A <Step> as Mintlify draws one: the number badge, the title (a <p>, or a heading by `titleSize`), the content."""
    return ("<div role='listitem' class='relative flex items-start pb-5'><div class='absolute w-px'></div>"
            f"<div class='absolute ml-[-13px] py-2'><div class='w-7 h-7 shrink-0 rounded-lg'>{n}</div></div>"
            f"<div class='w-full overflow-hidden pl-8 pr-px'><{tag} class='mt-2 font-semibold prose' "
            f"data-component-part='step-title'>{title}</{tag}><div class='mt-1 prose' data-component-part='step-content'>"
            f"<p>{text}</p></div></div></div>")


def steps(*items: str) -> str:
    return "<div role='list' class='ml-3.5 mt-10 mb-6'>" + "".join(items) + "</div>"


def page(*blocks: str, generator: bool = True) -> str:
    """The page: generator meta, banner, navbar, sidebar, 「On this page」, the header (eyebrow, title, Copy page,
    description), the MDX content, 「Was this page helpful?」, the pagination and 「Powered by Mintlify」."""
    meta = "<meta name='generator' content='Mintlify'/>" if generator else ""
    powered = ("<a href='https://mintlify.com/preview-request?utm_campaign=poweredBy'>Powered by Mintlify</a>"
               if generator else "")
    return ("<html><head><title>Kcell Card 联名卡 - KZ 手机卡中文帮助</title>" + meta + "</head><body><div id='__next'>"
            "<div id='banner' class='relative h-10 flex'><p>新页面上线：离境前怎么处理余额？<a href='/money/leaving'>查看 →</a>"
            "</p><button aria-label='Dismiss banner'>✕</button></div>"
            "<div id='navbar' class='z-30 fixed'><a href='/'><span class='sr-only'>home page</span></a>"
            "<a class='link nav-tabs-item' href='/quickstart'>入门</a><a class='link nav-tabs-item' href='/money'>钱和账户</a>"
            "<button id='search-bar-entry'>Search...<span>⌘K</span></button></div>"
            "<div id='sidebar' class='hidden lg:block fixed'><h5 id='sidebar-title'>充值与余额</h5><ul id='sidebar-group'>"
            "<li><a href='/money/top-up'>充值方式一览</a></li><li><a href='/money/kcell-card'>Kcell Card 联名卡</a></li></ul>"
            "</div><div class='flex flex-row-reverse'><div id='content-side-layout'><div id='table-of-contents'>"
            "<span>On this page</span><ul class='toc'><li><a href='#怎么申请'>怎么申请</a></li></ul></div></div>"
            "<div id='content-area' class='relative grow'><header id='header' class='relative'><div class='eyebrow h-5'>"
            "充值与余额</div><h1 id='page-title' class='inline-block text-2xl'>Kcell Card 联名卡</h1>"
            "<div class='contextual-menu'><button id='page-context-menu-button'><span>Copy page</span></button></div>"
            "<div class='mt-2 text-lg prose prose-gray'><p>Kcell 与 Freedom Bank 的联名借记卡：返现每月充到号码上。</p></div>"
            "</header><div class='mdx-content relative mt-8 prose' id='content'>" + "".join(blocks) + "</div>"
            "<div class='feedback-toolbar pb-16'><p>Was this page helpful?</p><button><small>Yes</small></button>"
            "<button><small>No</small></button><a href='https://github.com/x/docs/edit/main/money/kcell-card.mdx'>"
            "<small>Suggest edits</small></a></div><div id='pagination' class='mb-12'><a href='/money/top-up'>"
            "<span>充值方式一览</span></a><a href='/money/bonus'><span>积分与优惠</span></a></div><footer id='footer'>"
            + powered + "</footer></div></div></div></body></html>")


def heading(title: str) -> str:
    return (f"<h2 class='flex whitespace-pre-wrap group' id='{title}'><div class='absolute'><a href='#{title}' "
            f"aria-label='Navigate to header'>\u200b</a></div><span class='cursor-pointer'>{title}</span></h2>")


APPLY = (heading("怎么申请") + "<p>外国人也可以办，但必须已经有 ИИН。</p>"
         + steps(step(1, "在 My Kcell 里找到入口", "首页下拉到「Финансы」。"),
                 step(2, "完成身份核验", "拍一张自拍做人脸比对。"),
                 step(3, "领取虚拟卡或实体卡", "虚拟卡能加到 Apple Pay。"))
         + heading("返现什么时候到账") + "<p>每月 10 日前充到绑定号码。</p>")


def test_a_mintlify_page_keeps_its_description_and_reads_its_steps_without_the_sites_frame() -> None:
    # holdout64: the banner 「新页面上线：…查看 →」 was the lead passage while the description went with the
    # <header>, and the steps' numbers 「1」「2」「3」 were lines of one passage with the part's text
    assert texts(cut(page(APPLY))) == [
        ("section", "Kcell Card 联名卡", "Kcell 与 Freedom Bank 的联名借记卡：返现每月充到号码上。"),
        ("section", "怎么申请", "外国人也可以办，但必须已经有 ИИН。"),
        ("step", "在 My Kcell 里找到入口", "在 My Kcell 里找到入口\n首页下拉到「Финансы」。"),
        ("step", "完成身份核验", "完成身份核验\n拍一张自拍做人脸比对。"),
        ("step", "领取虚拟卡或实体卡", "领取虚拟卡或实体卡\n虚拟卡能加到 Apple Pay。"),
        ("section", "返现什么时候到账", "每月 10 日前充到绑定号码。")]
    assert {f.procedure.title for f in cut(page(APPLY)) if f.procedure} == {"怎么申请"}


def test_a_mintlify_step_titled_by_a_heading_is_a_step_too() -> None:
    # <Steps titleSize="h3">: the step's title is an <h3>, no heading of the page's parts
    html = page(heading("怎么申请"), steps(step(1, "打开 App", "点「Финансы」。", "h3"), step(2, "核验", "自拍。", "h3")))
    assert [(f.type, f.title) for f in cut(html)][1:] == [("step", "打开 App"), ("step", "核验")]


def test_mintlifys_marks_on_a_page_that_does_not_name_it_are_read_as_before() -> None:
    # (the generator meta and 「Powered by Mintlify」 missing: some other site's classes)
    frags = cut(page(APPLY, generator=False))
    assert frags[0].text == "新页面上线：离境前怎么处理余额？查看 →"
    assert not any(f.type == "step" for f in frags)
