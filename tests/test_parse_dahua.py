"""Dahua (大华) 服务与支持 FAQ pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def dahua_page() -> str:
    """An FAQ detail: the h1, the info line, a section, a Q：/A： list, the counted feedback bar and the pager."""
    return ("<html><head><title>常见问题 - 大华</title></head><body><div class='faq-detail'>"
            "<h1 class='detail-tit'>4G电池摄像机常见问题</h1>"
            "<div class='detail-info'><span>发布时间：2026-09-18</span><span>浏览次数：3872</span></div>"
            "<div class='detail-con'><p>设备只支持 Micro SIM 卡。</p><h2>一、APN设置</h2><p>物联网卡需手动填写 APN。</p>"
            "<h2>二、常见问题</h2><div class='faq-list'>"
            "<div class='faq-item'><div class='faq-q'>Q：电池充满一次能用多久？</div><div class='faq-a'>A：约 3 个月。</div></div>"
            "</div></div>"
            "<div class='detail-useful'>以上内容是否对您有帮助？<a class='yes' href='javascript:;'>有帮助（126）</a>"
            "<a class='no' href='javascript:;'>没帮助（9）</a></div>"
            "<div class='detail-page'><p>上一篇：<a href='/faq/2381.html'>NVR 硬盘不识别怎么办</a></p>"
            "<p>下一篇：<a href='/faq/2383.html'>太阳能板安装角度建议</a></p></div></div></body></html>")


def test_a_counted_feedback_bar_and_its_pager_are_no_part_of_the_page() -> None:
    # holdout273: 「以上内容是否对您有帮助？有帮助（126）没帮助（9）」 and 上一篇 / 下一篇 were a last part titled by the page
    frags = texts(cut(dahua_page()))
    assert ("qa", "电池充满一次能用多久？", "约 3 个月。") in frags
    assert frags[-1] == ("qa", "电池充满一次能用多久？", "约 3 个月。")
    text = all_text(cut(dahua_page()))
    assert "有帮助" not in text and "上一篇" not in text and "太阳能板安装角度建议" not in text
