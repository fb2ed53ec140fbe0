"""A GitBook docs site page (the Next.js app GitBook serves), saved by the browser: what a reader gets from it,
fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

GITBOOK = "https://static.gitbook.com/_next/static/chunks/main-app.js"


def gitbook_page(assets: str = GITBOOK) -> str:
    """A GitBook page: the site header, the table of contents, the page's header (breadcrumbs, h1, description), a
    section, an expandable, the 「Last updated」 line, the previous / next links and 「Was this helpful?」."""
    return ("<html><head><title>激活与停用 SIM 卡 | IoT 文档</title>"
            f"<script src='{assets}' async></script></head><body>"
            "<header id='site-header'><a href='/'>SteppeLink IoT</a><button>搜索…</button></header>"
            "<aside class='table-of-contents'><ul><li><a class='toclink' href='/a'>鉴权</a></li>"
            "<li><a class='toclink' href='/b'>激活与停用 SIM 卡</a></li></ul></aside>"
            "<main><header><nav aria-label='Breadcrumbs'><ol><li><a href='/api'>API 参考</a></li></ol></nav>"
            "<h1 class='text-4xl'>激活与停用 SIM 卡</h1><p class='text-lg'>通过 REST API 激活、暂停和恢复 SIM 卡。</p></header>"
            "<div class='whitespace-pre-wrap grid'><h2 id='zt'><div class='hash'><a href='#zt'>#</a></div>"
            "<div>卡的状态</div></h2><p>每张卡有四种状态：INVENTORY、ACTIVE、SUSPENDED、TERMINATED。</p>"
            "<h2 id='faq'><div>常见问题</div></h2><details><summary>可以批量激活吗？</summary>"
            "<div><p>可以，一次最多 500 个 ICCID。</p></div></details></div>"
            "<div class='flex mt-6'><p class='text-sm'>Last updated <time datetime='2026-10-14'>1 month ago</time></p></div>"
            "<div class='flex flex-col md:flex-row'><a href='/a'><span class='flex flex-col'><span class='text-xs'>Previous"
            "</span><span>鉴权与 API Key</span></span></a><a href='/c'><span class='flex flex-col'><span class='text-xs'>"
            "Next</span><span>流量用量查询</span></span></a></div>"
            "<div class='was-this-helpful'><p>Was this helpful?</p><button>👍</button><button>👎</button></div>"
            "</main></body></html>")


def test_gitbook_keeps_its_description_and_drops_the_dating_line_and_pager() -> None:
    # holdout270: the description went with the page's header; 「Last updated」 and 「Previous…Next…」 were a last part
    # titled by the h1
    frags = cut(gitbook_page())
    assert texts(frags) == [
        ("section", "激活与停用 SIM 卡", "通过 REST API 激活、暂停和恢复 SIM 卡。"),
        ("section", "卡的状态", "每张卡有四种状态：INVENTORY、ACTIVE、SUSPENDED、TERMINATED。"),
        ("qa", "可以批量激活吗？", "可以，一次最多 500 个 ICCID。")]
    assert not any(word in all_text(frags) for word in ("Last updated", "Previous", "Next", "流量用量查询"))


def test_gitbook_reader_needs_gitbooks_assets() -> None:
    # the same markup elsewhere is read as before: the description goes with the header
    assert "通过 REST API" not in all_text(cut(gitbook_page("https://cdn.example.com/app.js")))
