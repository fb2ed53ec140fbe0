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


def chinese_gitbook_page() -> str:
    """A GitBook page of a Chinese site (holdout289): the site header without its id, the pager and the dating line
    in Chinese."""
    return ("<html><head><title>SIM 卡与 APN 配置 | 用户手册</title>"
            f"<script src='{GITBOOK}' async></script></head><body>"
            "<header class='flex'><a href='/'>NG300 用户手册</a><button>搜索…</button></header>"
            "<aside class='table-of-contents'><ul><li><a class='toclink' href='/a'>快速入门</a></li>"
            "<li><a class='toclink' href='/b'>SIM 卡与 APN 配置</a></li></ul></aside>"
            "<main><header><nav aria-label='Breadcrumb'><ol><li><a href='/n'>网络设置</a></li></ol></nav>"
            "<h1 class='text-4xl'>SIM 卡与 APN 配置</h1><p class='text-lg'>网关插卡、拨号和专网 APN 的设置说明</p></header>"
            "<div class='whitespace-pre-wrap grid'><h2 id='sim'><div><a href='#sim' class='hash'>#</a>支持的 SIM 卡</div>"
            "</h2><p>兼容中国移动、中国联通、中国电信的 4G 卡。</p></div>"
            "<div class='flex flex-col mt-6'><div class='page-feedback'><p>此页面对您有帮助吗？</p><button>😀</button></div>"
            "<div class='flex gap-2'><a href='/a'><span class='text-sm'>上一页</span><span>快速入门</span></a>"
            "<a href='/c'><span class='text-sm'>下一页</span><span>有线/4G 自动切换</span></a></div>"
            "<p class='text-sm'>最后更新于 3 个月前</p></div></main></body></html>")


def test_gitbook_without_the_site_headers_id_is_read_and_its_chinese_pager_dropped() -> None:
    # holdout289: the page was not read (no `#site-header`), so its description went and 「上一页快速入门下一页有线/4G
    # 自动切换」 was a last part titled by the h1
    frags = cut(chinese_gitbook_page())
    assert texts(frags) == [
        ("section", "SIM 卡与 APN 配置", "网关插卡、拨号和专网 APN 的设置说明"),
        ("section", "支持的 SIM 卡", "兼容中国移动、中国联通、中国电信的 4G 卡。")]
    assert not any(word in all_text(frags) for word in ("上一页", "下一页", "有线/4G", "最后更新"))
