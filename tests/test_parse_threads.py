"""Forum threads of Douban's groups, Baidu Tieba and LIHKG: the subject titles the thread, the
first post is its text, each reply a part of its own, and the post cards are no text."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Source


def parts(html: str) -> list[tuple[str, str]]:
    return [(f.title, f.text) for f in parse_source(Source("page.html", "page", html, "html", "0"))[1]]


def test_a_douban_group_topic_keeps_its_replies_without_names_times_quotes_or_pager() -> None:
    reply = ("<li class='clearfix comment-item reply-item'><div class='user-face'><img alt='老马'></div>"
             "<div class='reply-doc content'><div class='bg-img-green'><h4><a href='/people/1/'>老马</a>"
             "<span class='pubtime'>2026-11-14 22:58:40 哈萨克斯坦</span></h4></div>{}"
             "<div class='operation-div'><a class='lnk-reply'>回应</a><a class='comment-vote lnk-fav'>赞 (57)</a></div>"
             "</div></li>")
    page = ("<html><body><div id='content'><h1>断网能要补偿</h1><div class='article'>"
            "<div class='topic-content clearfix'><div class='topic-doc'><h3><span class='from'>来自: 小鱼干</span>"
            "<span class='create-time'>2026-11-14 21:36:08</span></h3><div class='topic-content'>"
            "<div class='rich-content topic-richtext'><p>周五断了一整天。</p></div></div>"
            "<div class='action-collect'><span class='collect-text'>收藏</span><span class='react-num'>41</span></div>"
            "</div></div><ul class='topic-reply' id='comments'>"
            + reply.format("<div class='reply-content'><p>打 455 登记编号。</p></div>")
            + reply.format("<div class='reply-quote-content'><div class='reply-quote'><span class='all'>打 455 登记编号。"
                           "</span></div><p class='reply-content'>谢谢，明天就打。</p></div>")
            + "</ul><div class='paginator'><span class='thispage'>1</span><span class='next'>后页&gt;</span></div>"
            "</div><div class='aside'><h2>小组信息</h2><p>12384 个 哈萨克斯坦华人</p></div></div></body></html>")
    assert parts(page) == [("断网能要补偿", "周五断了一整天。"), ("断网能要补偿（回复）", "打 455 登记编号。"),
                           ("断网能要补偿（回复）", "谢谢，明天就打。")]


def test_a_tieba_threads_floors_are_parts_without_tails_card_or_side_column() -> None:
    floor = ("<div class='l_post j_l_post'><div class='d_author'><a class='p_author_name'>哈萨老炮儿</a>"
             "<div class='d_badge_title'>草原老狼</div><div class='d_badge_lv'>8</div></div>"
             "<div class='d_post_content_main'><div class='p_content'><cc><div class='d_post_content j_d_post_content'>"
             "{}</div></cc></div><div class='core_reply'><div class='post-tail-wrap'><span class='tail-info'>来自"
             "<a>Android客户端</a></span><span class='tail-info'>{}楼</span><span class='tail-info'>2026-11-15 21:37"
             "</span></div>{}</div></div></div>")
    lzl = ("<ul class='j_lzl_m_w'><li class='lzl_single_post'><div class='lzl_cnt'><a class='at j_user_card'>阿强</a>:"
           "<span class='lzl_content_main'>回复 哈萨老炮儿 :现在换行吗？</span><div class='lzl_content_reply'>"
           "<a class='lzl_jb_in'>举报</a> | <span class='lzl_time'>2026-11-15 22:16</span><a>回复</a></div></div></li></ul>")
    page = ("<html><body><div id='com_userbar'><a>登录</a></div><div class='card_top'><a class='card_title_fname'>"
            "哈萨克斯坦吧</a><span class='card_num'>关注：21,530贴子：386,214</span></div><div class='left_section'>"
            "<h3 class='core_title_txt'>套餐涨价能不接受吗</h3><a class='l_lzonly'>只看楼主</a>"
            "<li class='l_reply_num'>37回复贴，共2页</li><div class='p_postlist' id='j_p_postlist'>"
            + floor.format("月费从3990涨到4590。", 1, "")
            + floor.format("统一回答一下。<br><br>【1】能不能单方面涨价<br>能，但要提前30天通知。<br><br>"
                           "【2】不接受会怎么样<br>不接受不会被停机。", 2, lzl)
            + "</div></div><div class='right_section'><div class='region_title'>本吧信息</div><p>吧主：哈萨吧主</p>"
            "<a>下载贴吧客户端，发贴更方便</a></div></body></html>")
    assert parts(page) == [("套餐涨价能不接受吗", "月费从3990涨到4590。"), ("套餐涨价能不接受吗（回复）", "统一回答一下。"),
                           ("【1】能不能单方面涨价", "能，但要提前30天通知。"),
                           ("【2】不接受会怎么样", "不接受不会被停机。\n现在换行吗？")]


def test_a_lihkg_threads_posts_are_parts_without_headers_counts_or_quotes() -> None:
    post = ("<div data-post-id='3871264:{0}' class='_36ZEk' id='{0}'><div class='_37XG6'><span>#{0}</span>"
            "<span><a href='/profile/1'>雪山打工仔</a></span><span data-tip='21/11/2026 14:08'>3 小時前</span></div>"
            "<div class='_2cNsJ'><div class='GAagi' data-ast-root='true'>{1}</div></div><div class='_1drI9'>"
            "<div><span>推</span><label>31</label></div><div><span>噓</span><label>0</label></div>"
            "<button>回覆</button></div></div>")
    page = ("<html><head><title>[求助] 成日有人扮大使館打嚟 | LIHKG 討論區</title></head><body><div id='app'>"
            "<div id='topbar'><a href='/category/1'>LIHKG連登</a><a>旅遊台</a><span>[求助] 成日有人扮大使館打嚟</span>"
            "<a href='/login'>登入</a></div><div id='rightPanel'><div><span>第 1 頁</span></div>"
            + post.format(1, "呢啲係咪詐騙？")
            + post.format(2, "<b>【點樣封鎖】</b><br>iPhone 喺「最近通話」封鎖。<br><b>【要唔要報警】</b><br>打 102。")
            + post.format(3, "<blockquote>打 102。</blockquote>多謝巴打！")
            + "<div><a>上一頁</a><span>第 1 頁</span><a>下一頁</a></div><div><button>回覆</button>"
            "<span>你需要登入先可以回覆</span></div></div></div></body></html>")
    assert parts(page) == [("成日有人扮大使館打嚟", "呢啲係咪詐騙？"), ("【點樣封鎖】", "iPhone 喺「最近通話」封鎖。"),
                           ("【要唔要報警】", "打 102。"), ("成日有人扮大使館打嚟（回复）", "多謝巴打！")]
