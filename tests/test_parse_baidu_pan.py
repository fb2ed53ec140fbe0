"""A 百度网盘 share page, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def share(site: str = "https://pan.baidu.com/") -> str:
    """A share page: header, title box, the file list, the description box with its label, the comments (a
    reader's question, the sharer's badged reply, a remark)."""
    def comment(name: str, text: str, badge: str = "", reply: bool = False) -> str:
        mark = f"<span class='comment-badge'>{badge}</span>" if badge else ""
        kind = "comment-item comment-reply" if reply else "comment-item"
        return (f"<div class='{kind}'><span class='comment-user'>{name}</span>{mark}"
                f"<span class='comment-time'>2026-06-03</span><p class='comment-text'>{text}</p></div>")
    return (f"<html><head><title>大巴乘车须知_免费高速下载|百度网盘-分享无限制</title></head><body><div id='layoutHeader' class='header-wrapper'><div class='header-logo'><a href='{site}' title='百度网盘'><img src='logo.png' alt='百度网盘'></a></div></div><div class='share-list-wrapper'>"
            "<div class='share-file-title'><h2 class='file-name'>大巴乘车须知</h2><div class='share-info'>"
            "<span class='share-user'>分享者：小刘</span></div></div><div class='share-file-list'>"
            "<div class='list-header'><span class='col-name'>文件名</span><span class='col-size'>大小</span></div>"
            "<dd class='file-item'><span class='file-name'>乘车须知2026.pdf</span><span class='file-size'>1.2M</span>"
            "<span class='file-time'>2026-05-10 18:20</span></dd><dd class='file-item'><span class='file-name'>"
            "发车时刻表.xlsx</span><span class='file-size'>36K</span><span class='file-time'>2026-05-09 11:02</span>"
            "</dd></div><div class='share-desc'><div class='desc-title'>分享描述</div><div class='desc-content'>"
            "<p>我们是车站的中方调度，这里把乘客问得最多的手机问题写出来。</p><h3>车票</h3><p>车票在 3 号窗口或者 WhatsApp 订票都可以买，单程票价 32 000 ₸。</p><h3>路上</h3><p>车上没有 Wi-Fi，也没有 USB 充电口，带好充电宝。</p></div></div>"
            "<div class='share-comment'><div class='comment-title'>评论（3）</div>"
            + comment("阿里", "取票码短信没收到，是因为我留的是中国号吗？")
            + comment("小刘", "是的，短信只发哈萨克斯坦号码。", badge="分享者", reply=True)
            + comment("Gulnara", "Tele2 过了口岸没信号，供参考。")
            + "</div></div></body></html>")


def test_a_baidu_pan_shares_files_are_lines_and_its_description_has_no_label() -> None:
    # holdout202: the file list was dropped whole, the label 「分享描述」 opened the first fragment
    assert texts(cut(share()))[0] == ("section", "大巴乘车须知",
                                      "乘车须知2026.pdf 1.2M 2026-05-10 18:20\n发车时刻表.xlsx 36K 2026-05-09 11:02\n"
                                      "我们是车站的中方调度，这里把乘客问得最多的手机问题写出来。")


def test_the_sharers_badged_reply_answers_the_question_it_is_under() -> None:
    # holdout202: the three comments were one part 「评论」, the sharer's answer between its question and a remark
    assert texts(cut(share()))[3:] == [("section", "评论", "Tele2 过了口岸没信号，供参考。"),
                                       ("qa", "取票码短信没收到，是因为我留的是中国号吗？", "是的，短信只发哈萨克斯坦号码。")]


def test_the_share_pages_classes_on_a_page_not_linking_baidu_pan_are_read_as_they_were() -> None:
    assert "分享描述" in all_text(cut(share(site="https://example.com/")))
