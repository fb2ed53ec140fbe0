"""Forum threads of Douban's groups, Baidu Tieba and LIHKG: the subject titles the thread, the
first post is its text, each reply a part of its own, and the post cards are no text."""
from __future__ import annotations

from fragments import cut, texts


def parts(html: str) -> list[tuple[str, str]]:
    return [(f.title, f.text) for f in cut(html)]


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
    assert parts(page) == [("成日有人扮大使館打嚟", "呢啲係咪詐騙？"), ("點樣封鎖", "iPhone 喺「最近通話」封鎖。"),
                           ("要唔要報警", "打 102。"), ("成日有人扮大使館打嚟（回覆）", "多謝巴打！")]


def _reddit_comment(name: str, author: str, text: str, children: str = "") -> str:
    return (f"<div class=' thing id-t1_{name} noncollapsed comment' data-fullname='t1_{name}' data-type='comment' "
            f"data-author='{author}'>"
            "<div class='midcol unvoted'><div class='arrow up' role='button'></div></div><div class='entry unvoted'>"
            f"<p class='tagline'><a class='expand'>[–]</a><a class='author'>{author}</a>"
            "<span class='score dislikes'>63 points</span><span class='score unvoted'>64 points</span>"
            "<time>4 hours ago</time><a class='numchildren'>(2 children)</a></p>"
            f"<form action='#' class='usertext warn-on-unload' id='form-t1_{name}'><input type='hidden' name='thing_id'>"
            f"<div class='usertext-body may-blank-within md-container'><div class='md'>{text}</div></div></form>"
            "<ul class='flat-list buttons'><li class='first'><a class='bylink'>permalink</a></li>"
            "<li><a class='embed-comment'>embed</a></li><li><a>reply</a></li></ul></div>"
            f"<div class='child'><div class='sitetable listing'>{children}</div></div></div>")


def test_an_old_reddit_threads_post_and_comments_are_parts_without_taglines_scores_or_buttons() -> None:
    # every body is wrapped in a <form class="usertext"> and every comment is a div.thing.comment:
    # read as a page, the whole thread was lost
    more = ("<div class=' thing morechildren'><div class='entry'><span class='morecomments'>"
            "<a class='button'>load more comments</a> <span class='gray'>(2 replies)</span></span></div></div>")
    page = ("<html><head><title>收到中獎短訊，係咪呃人？ : HongKongersInKZ</title></head><body>"
            "<div id='header' role='banner'><a href='/r/HongKongersInKZ/'>HongKongersInKZ</a></div>"
            "<div class='side'><form action='#' class='usertext'><div class='md'><p>香港人討論區，唔好賣廣告。</p></div></form></div>"
            "<div class='content' role='main'><div class='sitetable linklisting' id='siteTable'>"
            "<div class=' thing id-t3_1h8kq3x odd link self' data-fullname='t3_1h8kq3x' data-type='link' "
            "data-author='kowloon_in_almaty'>"
            "<div class='midcol unvoted'><div class='score unvoted'>87</div></div><div class='entry unvoted'>"
            "<div class='top-matter'><p class='title'><a class='title may-blank'>收到中獎短訊，係咪呃人？</a> "
            "<span class='linkflairlabel'>求助</span></p><p class='tagline'>submitted 5 hours ago by "
            "<a class='author'>kowloon_in_almaty</a></p><ul class='flat-list buttons'><li><a>23 comments</a></li></ul></div>"
            "<div class='expando'><form action='#' class='usertext warn-on-unload' id='form-t3_1h8kq3x'>"
            "<input type='hidden' name='thing_id'><div class='usertext-body md-container'><div class='md'>"
            "<p>個短訊話我中咗 iPhone，要俾手續費。</p><p>問題：</p><ol><li>Kcell 係咪有抽獎？</li><li>點舉報？</li></ol>"
            "</div></div></form></div></div></div></div>"
            "<div class='commentarea'><div class='panestack-title'><span class='title'>all 23 comments</span></div>"
            "<div class='menuarea'><span class='dropdown-title'>sorted by: </span><span class='selected'>best</span></div>"
            "<form action='#' class='usertext cloneable'><textarea name='text'></textarea><button>save</button></form>"
            "<div class='sitetable nestedlisting'>"
            + _reddit_comment("a1", "telecom_ex_kcell", "<p>100% 係呃人，運營商唔會收手續費。</p>",
                              _reddit_comment("a2", "kowloon_in_almaty", "<p>多謝，已經封咗個號碼。</p>") + more)
            + _reddit_comment("a3", "[deleted]", "<p>[deleted]</p>")
            + _reddit_comment("a4", "mongkok_mike", "<p>真嘅獎金係扣稅之後先俾你。</p>")
            + more + "</div></div></div><div class='footer-parent'><p class='bottommenu'>© 2026 reddit inc.</p></div>"
            "</body></html>")
    assert parts(page) == [("收到中獎短訊，係咪呃人？", "個短訊話我中咗 iPhone，要俾手續費。\n問題：\n1. Kcell 係咪有抽獎？\n2. 點舉報？"),
                           ("telecom_ex_kcell", "100% 係呃人，運營商唔會收手續費。"),
                           ("kowloon_in_almaty（楼主）", "多謝，已經封咗個號碼。"), ("mongkok_mike", "真嘅獎金係扣稅之後先俾你。")]
    # a reply headed by its writer is about the thread's subject, not about its writer (rank's gate)
    fragments = cut(page)
    assert [f.by_writer for f in fragments] == [False, True, True, True]


def test_a_form_with_no_field_around_a_pages_text_is_the_text() -> None:
    # a script wraps each post in a form to edit it in place (hidden inputs only); a search box
    # and a comment box beside it are controls and go
    page = ("<html><body><main><h1>中獎短訊</h1><form class='search'><input name='q'><button>搜索</button></form>"
            "<form action='#' class='usertext'><input type='hidden' name='thing_id'>"
            "<p>運營商嘅抽獎一定要自己報名，唔會收手續費。</p></form>"
            "<form class='reply'><p>發表你的看法，請遵守社區規則。</p><textarea></textarea></form></main></body></html>")
    assert parts(page) == [("中獎短訊", "運營商嘅抽獎一定要自己報名，唔會收手續費。")]


def test_a_baidu_zhidao_question_is_its_question_best_answer_and_answers_without_cards_or_counts() -> None:
    answer = ("<div class='answer line'><div class='line content'><div class='answer-text line' accuse='aContent'>"
              "<span class='con'>{}</span></div></div><div class='line info f-aid'><a class='user-name'>{}</a> "
              "<span class='answer-time'>2026-11-13 09:12</span><span class='evaluate'>点赞 <b>58</b></span> "
              "<span class='evaluate-bad'>踩 <b>1</b></span><span class='comment'><a>评论</a></span></div></div>")
    page = ("<html><head><title>流量对不上，是多扣了吗？_百度知道</title></head><body><div id='userbar'><a>登录</a></div>"
            "<div class='wgt-crumbs'><a>电脑/网络</a> &gt; <a>手机/数码</a> &gt; <a>运营商</a></div>"
            "<article class='grid qb-content'><div id='wgt-ask' class='wgt-ask'>"
            "<h1 accuse='qTitle'><span class='ask-title'>流量对不上，是多扣了吗？</span></h1>"
            "<div class='line q-content' accuse='qContent'><span class='con-all'>手机显示才用了6.2G。<br>运营商说10G用完了。</span></div>"
            "<div class='line f-aid ask-info'><span><a class='ask-info-ask'>提问者</a>：匿名用户</span>"
            "<span class='f-pening'>2026-11-12 21:40</span><span class='browse-times'>浏览 2138 次</span></div>"
            "<div class='line' accuse='qSupply'>主卡Kcell，副卡Tele2。</div></div>"
            "<div id='wgt-best' class='wgt-best'><div class='hd'><span class='best-title'>最佳答案</span></div>"
            "<div class='bd answer'><div class='line content'><div class='best-text mb-10' accuse='aContent'>"
            "先说结论：以运营商为准。<br><br><b>一、为什么数字对不上</b><br>1. 统计周期不一样。<br>2. 热点流量。<br><br>"
            "<b>二、什么时候值得申诉</b><br>差距超过20%打客服400。</div>"
            "<div class='wgt-best-showbtn'>展开全部</div></div><div class='wgt-replyer-best line'>"
            "<div class='carefree-info'><a class='user-name'>草原上的网管老周</a><span class='ikqb-usr-level'>知道达人</span>"
            "<span class='ikqb-level'>11级</span><p class='f-aid'>擅长：手机/数码</p><p class='f-aid'>采纳率：93%</p></div>"
            "<span class='answer-time f-aid'>2026-11-12 23:05</span></div><div class='line wgt-eva'>"
            "<span class='evaluate'>点赞 <b>327</b></span><span class='evaluate-bad'>踩 <b>6</b></span>"
            "<span class='accuse'><a>举报</a></span></div></div></div>"
            "<div class='wgt-ads line'><span class='ec-tuiguang'>广告</span><a>哈萨克斯坦流量卡 点击了解</a></div>"
            "<div id='wgt-answers'><div class='hd line'><h2 class='answer-title'>其他 2 条回答</h2></div>"
            + answer.format("是副卡的问题，关掉双卡智能切换。", "阿斯塔纳小橙子")
            + answer.format("iPhone的统计不是按月的！", "匿名用户")
            + "</div><div id='wgt-related'><h2>为你推荐</h2><ul><li><a>怎么查剩余流量？</a></li></ul></div></article>"
            "<div id='footer'><p class='copyright'>©2026 Baidu</p></div></body></html>")
    assert parts(page) == [("流量对不上，是多扣了吗？", "手机显示才用了6.2G。\n运营商说10G用完了。\n主卡Kcell，副卡Tele2。"),
                           ("流量对不上，是多扣了吗？（回复）", "先说结论：以运营商为准。"),
                           ("为什么数字对不上", "统计周期不一样。\n热点流量。"), ("什么时候值得申诉", "差距超过20%打客服400。"),
                           ("阿斯塔纳小橙子的回答", "是副卡的问题，关掉双卡智能切换。"), ("匿名用户的回答", "iPhone的统计不是按月的！")]


def test_zhidaos_current_page_keeps_the_other_answers_and_reads_a_follow_up_as_its_question_and_answer() -> None:
    # the current page marks only the best answer accuse='aContent' (the others are #wgt-answers'
    # .answer-text): the other answers were lost; the 追问 / 追答 exchange, written in the best
    # answer's text with its labels and times, was glued to its last part
    answer = ("<div class='answer line' id='answer-{0}'><div class='bd-wrap'><div class='line content'>"
              "<div class='answer-text line'><span class='con'>{1}</span></div></div><div class='line info f-aid'>"
              "<span class='user-name'>{2}</span><span class='answer-time'>2025-09-14 21:12</span>"
              "<span class='evaluate'><b class='evaluate-num'>12</b></span></div></div></div>")
    page = ("<html><head><title>是伪基站吗？_百度知道</title></head><body><div id='wgt-ask' class='wgt-ask'>"
            "<h1 accuse='qTitle'><span class='ask-title'>收到假的 Kaspi 短信，是伪基站吗？</span></h1>"
            "<div class='line mt-5 q-content' accuse='qContent'>信号变成了 E。</div></div>"
            "<div id='wgt-best' class='wgt-best'><div class='hd line other-hd'><span class='best-title'>最佳答案</span></div>"
            "<div class='bd answer'><div class='wgt-replyer-best line'><a class='user-name'>通信老兵张工</a>"
            "<span class='answer-time f-aid'>2025-09-14 20:47</span></div><div class='line content'>"
            "<div class='best-text mb-10' accuse='aContent'><p>基本可以确定是伪基站。</p><p><b>一、以后怎么防</b></p>"
            "<p>关掉「允许使用 2G 网络」。</p><p><b>二、家里老人的手机</b></p><p>给老人的卡设转账限额。</p>"
            "<div class='replyask-wrap'>"
            "<div class='replyask line'><span class='replyask-title'>追问</span><div class='replyask-content'>"
            "客服说他们没法拦截，是真的吗？</div><span class='replyask-time f-aid'>2025-09-14 21:05</span></div>"
            "<div class='replyask line replyer'><span class='replyask-title'>追答</span><div class='replyask-content'>"
            "运营商确实拦不住。</div><span class='replyask-time f-aid'>2025-09-14 21:30</span></div></div></div>"
            "<div class='wgt-best-showbtn'>展开全部</div></div></div></div>"
            "<div id='wgt-answers' class='wgt-answers'><div class='hd line'><span class='answer-title'>其他回答（2 条）</span></div>"
            + answer.format(1, "App 里「Уведомления」没有的就是假的。", "热心网友")
            + answer.format(2, "锁定模式不建议一直开。", "mmmxjj") + "</div></body></html>")
    assert parts(page) == [("收到假的 Kaspi 短信，是伪基站吗？", "信号变成了 E。"),
                           ("收到假的 Kaspi 短信，是伪基站吗？（回复）", "基本可以确定是伪基站。"),
                           ("以后怎么防", "关掉「允许使用 2G 网络」。"), ("家里老人的手机", "给老人的卡设转账限额。"),
                           ("客服说他们没法拦截，是真的吗？", "运营商确实拦不住。"),
                           ("热心网友的回答", "App 里「Уведомления」没有的就是假的。"), ("mmmxjj的回答", "锁定模式不建议一直开。")]


def _xenforo_post(author: str, title: str, text: str) -> str:
    return (f"<article class='message message--post js-post' data-author='{author}'><div class='message-inner'>"
            "<div class='message-cell message-cell--user'><section class='message-user'>"
            f"<div class='message-avatar'><img alt='{author}'></div><div class='message-userDetails'>"
            f"<h4 class='message-name'><a class='username'>{author}</a></h4><h5 class='userTitle'>{title}</h5></div>"
            "<div class='message-userExtras'><dl class='pairs'><dt>Joined</dt><dd>Mar 2, 2026</dd></dl>"
            "<dl class='pairs'><dt>Messages</dt><dd>4,812</dd></dl></div></section></div>"
            "<div class='message-cell message-cell--main'><header class='message-attribution'><time>Nov 10, 2026</time>"
            "<a>#1</a></header><div class='message-content js-messageContent'><article class='message-body'>"
            f"<div itemprop='text'><div class='bbWrapper'>{text}</div></div></article></div>"
            "<footer class='message-footer'><div class='actionBar'><a class='reaction'><bdi>Like</bdi></a><a>Reply</a>"
            "<a>Report</a></div><div class='reactionsBar'><a class='reactionsBar-link'>Reactions: 小雲 and 2 others</a>"
            "</div></footer></div></div></article>")


def _xenforo_quote(author: str, text: str) -> str:
    return (f"<blockquote data-quote='{author}' class='bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote'>"
            f"<div class='bbCodeBlock-title'><a class='bbCodeBlock-sourceJump'>{author} said:</a></div>"
            f"<div class='bbCodeBlock-content'><div class='bbCodeBlock-expandContent'>{text}</div>"
            "<div class='bbCodeBlock-expandLink'><a role='button'>Click to expand...</a></div></div></blockquote>")


def test_a_xenforo_threads_replies_are_parts_headed_by_their_authors_without_user_cells_quotes_or_reactions() -> None:
    # read as a page, every post was titled by its member title (「Well-known member」), its
    # 「Joined / Messages」 were its first lines, the subject went with its 「求助」 label, a quote
    # ran into the reply and the numbered cases of the question were cut out of it as steps
    page = ("<html><head><title>求助 - 講幾分鐘就斷線 | 哈薩克香港人討論區</title></head><body>"
            "<div class='p-pageWrapper'><ul class='p-breadcrumbs'><li><a>Forums</a></li><li><a>手機 / 電訊</a></li></ul>"
            "<div class='p-title'><h1 class='p-title-value'><span class='label label--orange'>求助</span>"
            "<span class='label-append'>&nbsp;</span>講幾分鐘就斷線</h1></div><div class='p-description'>"
            "Discussion in '手機 / 電訊' started by 阿Ken仔 · Nov 10, 2026</div>"
            "<div class='block block--messages'><div class='pageNav'><a>1</a><a>2</a><a>Next</a></div>"
            + _xenforo_post("阿Ken仔", "New member", "最近成日斷線：<br>\n1. 打返內地，10 分鐘就斷<br>\n"
                            "2. 搭巴士就斷<br>\n<br>\n係咪張卡有問題？")
            + _xenforo_post("電訊老鬼", "Well-known member", "三個唔同原因。<br>\n<br>\n<b>1. 套餐有單次通話上限</b><br>\n"
                            "國際分鐘包每通最長 10 分鐘。<br>\n<br>\n<b>2. 移動中轉基站（切換小區）</b><br>\n要報障。")
            + _xenforo_post("阿Ken仔", "New member", _xenforo_quote("電訊老鬼", "國際分鐘包每通最長 10 分鐘。")
                            + "\n真係次次 10 分鐘！")
            + "<div class='block-outer-opposite'><a class='button'><span class='button-text'>"
            "You must log in or register to reply here.</span></a></div></div></div></body></html>")
    assert parts(page) == [("講幾分鐘就斷線", "最近成日斷線：\n1. 打返內地，10 分鐘就斷\n2. 搭巴士就斷\n係咪張卡有問題？"),
                           ("電訊老鬼", "三個唔同原因。"), ("套餐有單次通話上限", "國際分鐘包每通最長 10 分鐘。"),
                           ("移動中轉基站（切換小區）", "要報障。"), ("阿Ken仔（楼主）", "真係次次 10 分鐘！")]


def test_a_xenforo_reply_opening_with_a_quoted_question_is_headed_by_that_question() -> None:
    # the quote went with the reply's text under it, so the answer was headed by its writer's name alone and its
    # steps were 「of 電訊老鬼」; a quote that asks nothing, or one further down the reply, still just goes
    page = ("<html><body><h1 class='p-title-value'>喺阿拉木圖買 iPhone 抵唔抵</h1>"
            + _xenforo_post("阿Ken仔", "New member", "想問：1) 有冇退稅？2) 保修認唔認？")
            + _xenforo_post("電訊老鬼", "Well-known member", _xenforo_quote("阿Ken仔", "1) 有冇退稅？")
                            + "\n有，步驟：<br>\n1. 付款時出示護照，開退稅單。<br>\n2. 離境時去海關蓋章。")
            + _xenforo_post("小雲", "Member", _xenforo_quote("阿Ken仔", "保修")
                            + "\n全球聯保一年。")
            + _xenforo_post("阿Ken仔", "New member", "多謝！最後問下買邊間 SIM？<br>\n"
                            + _xenforo_quote("電訊老鬼", "有冇退稅？")) + "</body></html>")
    frags = cut(page)
    assert [(f.type, f.title) for f in frags[1:]] == [
        ("section", "有冇退稅？"), ("step", "付款時出示護照，開退稅單"), ("step", "離境時去海關蓋章"),
        ("section", "小雲"), ("section", "阿Ken仔（楼主）")]
    assert "有冇退稅" not in frags[-1].text and frags[-2].text == "全球聯保一年。"


def test_a_first_post_that_asks_nothing_keeps_its_steps() -> None:
    # the numbered lines of a question are the cases it asks about; a how-to's are steps
    page = ("<html><body><h1 class='p-title-value'>Kcell 換號教學</h1>"
            + _xenforo_post("電訊老鬼", "Well-known member", "換號咁做：<br>1. 打開 My Kcell<br>2. 揀「Смена номера」")
            + "</body></html>")
    assert [f.type for f in cut(page)] == ["step", "step"]


def test_xenforo_class_names_alone_make_no_thread() -> None:
    page = ("<html><body><h1 class='p-title-value'>講幾分鐘就斷線</h1><article class='message'>"
            "<div class='bbWrapper'>Joined<br>Mar 2, 2026</div><p>收訊明明有三四格。</p></article></body></html>")
    # (the date alone on the article's first lines goes as a by-line, an English one too since holdout92)
    assert parts(page) == [("講幾分鐘就斷線", "Joined\n收訊明明有三四格。")]


def test_a_zhihu_question_is_its_question_and_answers_without_cards_dates_or_counts() -> None:
    answer = ("<div class='List-item'><div class='ContentItem AnswerItem' itemprop='suggestedAnswer'>"
              "<div class='ContentItem-meta'><div class='AuthorInfo' itemprop='author'><meta itemprop='name' content='{0}'>"
              "<div class='AuthorInfo-content'><span class='UserLink AuthorInfo-name'><a>{0}</a></span>"
              "<div class='AuthorInfo-badgeText'>做了六年网优</div></div></div>"
              "<span class='Voters'>1,284 人赞同了该回答</span></div><meta itemprop='upvoteCount' content='1284'>"
              "<div class='RichContent'><span><div class='RichContent-inner'>"
              "<span class='RichText ztext CopyrightRichText-richText' itemprop='text'>{1}</span></div></span>"
              "<button class='Button ContentItem-more'>阅读全文</button>"
              "<div><div class='ContentItem-time'><a><span>发布于 2026-03-03 09:11・IP 属地新疆</span></a></div></div>"
              "<div class='ContentItem-actions'><span><button class='Button VoteButton'>赞同 1284</button></span>"
              "<button class='Button ContentItem-action'>96 条评论</button></div></div></div></div>")
    page = ("<html><head><title>状态栏里的 HD、R 是什么意思？ - 知乎</title></head><body><div id='root'>"
            "<header role='banner' class='AppHeader'><ul role='navigation'><li role='tab'>首页</li></ul></header>"
            "<main role='main' class='App-main'><div class='QuestionPage'><div class='QuestionHeader'>"
            "<div class='QuestionHeader-topics'><div class='Tag QuestionTopic'><span class='Tag-content'><a>手机</a></span></div></div>"
            "<h1 class='QuestionHeader-title'>状态栏里的 HD、R 是什么意思？</h1><div class='QuestionRichText'><div>"
            "<span class='RichText ztext' itemprop='text'><p>刚来阿拉木图，用的 Kcell 卡。</p></span>"
            "<button class='Button QuestionRichText-more'>收起</button></div></div>"
            "<div class='NumberBoard'><div class='NumberBoard-itemName'>关注者</div><strong>1,024</strong></div></div>"
            "<div class='Question-main'><div class='Question-mainColumn'><div class='List'><div class='List-header'>"
            "<h4 class='List-headerText'><span>2 个回答</span></h4><button class='Button'>默认排序</button></div><div>"
            + answer.format("阿斯塔纳网优老张", "<p>谢邀，按类别说。</p><p><b>一、HD 图标</b></p><p>HD 是高清语音。</p>"
                            "<p><b>二、R 图标</b></p><p>R 是漫游。</p>")
            + answer.format("匿名用户", "<p>边境附近会连到对面的基站。</p>")
            + "</div></div></div><div class='Question-sideColumn'><div class='Card-headerText'>相关问题</div>"
            "<a class='SimilarQuestions-itemLink'>哪家信号最好？</a> 42 个回答</div></div></div></main></div></body></html>")
    assert parts(page) == [("状态栏里的 HD、R 是什么意思？", "刚来阿拉木图，用的 Kcell 卡。"),
                           ("状态栏里的 HD、R 是什么意思？（回复）", "谢邀，按类别说。"),
                           ("HD 图标", "HD 是高清语音。"), ("R 图标", "R 是漫游。"),
                           ("匿名用户的回答", "边境附近会连到对面的基站。")]


def _github_comment(author: str, label: str, body: str) -> str:
    return ("<div class='TimelineItem js-comment-container'><div class='TimelineItem-avatar'><img alt='@{0}'></div>"
            "<div class='timeline-comment-group TimelineItem-body'><div class='timeline-comment unminimized-comment comment "
            "js-comment'><div class='timeline-comment-header'><div class='timeline-comment-actions'><span "
            "class='tooltipped'><span class='Label'>{1}</span></span></div><h3 class='f5 text-normal'><div><strong>"
            "<a class='author Link--primary'>{0}</a></strong> commented <a class='js-timestamp'><relative-time>"
            "Mar 2, 2026</relative-time></a> <span class='js-comment-edit-history'><span>•</span> <button>edited</button>"
            "</span></div></h3></div><div class='edit-comment-hide'><table><tbody><tr><td class='d-block comment-body "
            "markdown-body js-comment-body'>{2}</td></tr></tbody></table><div class='comment-reactions'><button>"
            "<g-emoji alias='+1'>👍</g-emoji><span>14</span></button></div></div></div></div></div>").format(author, label, body)


def test_a_github_issues_comments_are_parts_headed_by_their_authors_without_labels_events_or_sidebar() -> None:
    # read as a page, the classes 「comment」 and 「comment-body」 made every comment a comment section: all were lost
    page = ("<html><body><header class='HeaderMktg'><a>Product</a><a>Sign in</a></header><main>"
            "<div id='partial-discussion-header' class='gh-header'><h1 class='gh-header-title'>"
            "<bdi class='js-issue-title markdown-title'>不限流量套餐的 FUP 是多少？</bdi> <span>#214</span></h1>"
            "<div class='gh-header-meta'><span class='State'>Open</span><a class='author'>lao-wang</a> opened this issue"
            " · 3 comments</div></div><div class='Layout-main'><div class='js-discussion'>"
            + _github_comment("lao-wang", "Author", "<p>用到 40 GB 就限速了。</p>")
            + "<div class='TimelineItem'><div class='TimelineItem-body'><a class='author'>ermek</a> added the "
            "<a class='IssueLabel'><span>资费</span></a> labels <a><relative-time>Mar 2, 2026</relative-time></a></div></div>"
            + _github_comment("ermek", "Member", "<div class='markdown-heading'><h3 class='heading-element'>1. 门槛</h3>"
                              "<a class='anchor' aria-label='Permalink: 1. 门槛'></a></div><p>Kcell 每月 35 GB。</p>")
            + "<div class='TimelineItem'><div class='TimelineItem-body'><a class='author'>dinara</a> mentioned this issue"
            "<div><a class='markdown-title'>docs: fair-usage.md</a> <span>#215</span><span class='State'>Merged</span>"
            "</div></div></div>"
            + _github_comment("lao-wang", "Author", "<p>谢谢！</p>")
            + "<div class='discussion-timeline-actions'><a>Sign up for free</a><strong>to join this conversation on"
            " GitHub</strong>. Already have an account? <a>Sign in to comment</a></div></div></div>"
            "<div class='Layout-sidebar'><div class='discussion-sidebar-heading'>Labels</div><a class='IssueLabel'>资费</a>"
            "<div class='discussion-sidebar-heading'>Participants</div></div></main></body></html>")
    assert parts(page) == [("不限流量套餐的 FUP 是多少？", "用到 40 GB 就限速了。"), ("门槛", "Kcell 每月 35 GB。"),
                           ("lao-wang（楼主）", "谢谢！")]


def test_githubs_class_names_alone_make_no_thread() -> None:
    page = ("<html><body><h1 class='gh-header-title'>FUP 是多少？</h1><div class='timeline-comment'>"
            "<p>Kcell 每月 35 GB。</p></div><div class='markdown-body'><p>Beeline 每天 20 GB。</p></div></body></html>")
    assert parts(page) == [("FUP 是多少？", "Kcell 每月 35 GB。\nBeeline 每天 20 GB。")]


def _discussion_item(number: str, author: str, body: str, replies: list[tuple[str, str]] | None = None,
                     marked: bool = False) -> str:
    """A GitHub Discussion's timeline group: the post (「discussion-N」) or a comment (「discussioncomment-N」)."""
    reply = ("<div class='discussion-nested-comment-timeline-item js-comment-container' id='{0}{1}'>"
             "<div class='d-flex'><img alt='@{2}'><h4 class='f6'><a class='author'>{2}</a> <relative-time>Oct 11, 2026"
             "</relative-time></h4><span class='Label'>Author</span></div>"
             "<div class='comment-body markdown-body js-comment-body f6'>{3}</div></div>")
    nested = ("<div class='discussion-nested-comment-group js-comment-container'><button class='js-discussion-replies-"
              f"toggle'>{len(replies)} replies</button>"
              + "".join(reply.format(number, k, name, text) for k, (name, text) in enumerate(replies))
              + "<div class='px-3'><a>Sign in</a> to reply</div></div>") if replies else ""
    return (f"<div class='js-timeline-item'><div class='timeline-comment-group discussion-timeline-item TimelineItem-body' "
            f"id='{number}'><div class='d-flex'><div class='discussion-vote-form'><button aria-label='Upvote: 9'>"
            "<span class='js-upvote-count'>9</span></button></div><div class='timeline-comment unminimized-comment'>"
            f"<div class='timeline-comment-header'><img alt='@{author}'><h3 class='f5'><a class='author'>{author}</a> "
            "<a class='js-timestamp'><relative-time>Oct 10, 2026</relative-time></a></h3><span class='Label'>Author"
            "</span></div><div class='edit-comment-hide'><table><tbody><tr><td class='d-block comment-body markdown-body "
            f"js-comment-body'>{body}</td></tr></tbody></table></div><div class='comment-reactions'><button>"
            "<g-emoji alias='+1'>👍</g-emoji><span>24</span></button></div>"
            + ("<div class='f6'><span class='text-bold'>Marked as answer</span> by <a>lin-mama</a></div>" if marked else "")
            + nested + "</div></div></div></div>")


def _discussion(items: str, summary: str = "") -> str:
    return ("<html><body><header class='HeaderMktg'><a>Product</a><a>Sign in</a></header><main><nav class='UnderlineNav'>"
            "<a>Issues <span class='Counter'>14</span></a><a>Discussions</a></nav><div class='gh-header'>"
            "<h1 class='gh-header-title'><span class='js-issue-title markdown-title'>能在运营商那边挡掉成人网站吗？</span>"
            " <span>#87</span></h1><div class='gh-header-meta'><span class='State' title='Status: Answered'>Answered"
            "</span><a>lin-mama</a> asked this question in <a><span>Q&amp;A</span></a></div></div>"
            f"<div class='Layout-main'>{summary}<div class='js-discussion'>{items}</div><div class="
            "'discussion-timeline-actions'><a>Sign up for free</a><strong>to join this conversation on GitHub</strong>."
            "</div></div><div class='Layout-sidebar'><h3 class='discussion-sidebar-heading'>Category</h3><a>Q&amp;A</a>"
            "<h3 class='discussion-sidebar-heading'>5 participants</h3></div></main></body></html>")


def test_a_github_discussion_is_its_post_then_the_marked_answer_then_each_answer_by_author_with_their_replies() -> None:
    # read as an issue, every reply was lost and each comment titled by its author's login; the answer the
    # 「Marked as answer」 summary links to stands second (sorted by Top), its own <h3>s are parts of it, so its
    # replies are a part 「评论」
    summary = ("<section aria-label='Marked as answer' class='discussion-timeline-item js-discussion-answer-summary'>"
               "<div><span>Answered by</span><a class='author'>chen</a></div><div class='comment-body markdown-body'>"
               "<h3>先说结论</h3><p>按号码过滤。</p></div><a href='#discussioncomment-2'>View full answer</a></section>")
    page = _discussion(
        _discussion_item("discussion-7", "lin-mama", "<p>孩子 11 岁，用的 Kcell 卡。</p>")
        + "<div class='py-3'><h2><span>3 comments</span> · 3 replies</h2><nav aria-label='Sort comments'><span>Sort by:"
        "</span><a>Oldest</a><a>Top</a></nav></div>"
        + _discussion_item("discussioncomment-1", "aidos", "<p>Beeline 每周一生成「Отчёт」。</p>",
                           [("wangjing", "<p>能发到家长手机吗？</p>"), ("aidos", "<p>@wangjing 可以，填家长的号码。</p>")])
        + _discussion_item("discussioncomment-2", "chen", "<div class='markdown-heading'><h3 class='heading-element'>先说结论"
                           "</h3><a class='anchor' aria-label='Permalink: 先说结论'></a></div><p>按号码过滤。</p>"
                           "<h3>严格模式</h3><p>拨 *486*2# 切换。</p>",
                           [("lin-mama", "<p>Kündelik 打不开了。</p>"), ("chen", "<p>拨 *486*3# 切回标准模式。</p>")])
        + _discussion_item("discussioncomment-3", "dana", "<p>Tele2 发 OFF 就能关。</p>"), summary)
    assert parts(page) == [("能在运营商那边挡掉成人网站吗？", "孩子 11 岁，用的 Kcell 卡。"), ("先说结论", "按号码过滤。"),
                           ("严格模式", "拨 *486*2# 切换。"), ("评论", "Kündelik 打不开了。\n拨 *486*3# 切回标准模式。"),
                           ("aidos的回答", "Beeline 每周一生成「Отчёт」。\n能发到家长手机吗？\n可以，填家长的号码。"),
                           ("dana的回答", "Tele2 发 OFF 就能关。")]


def test_a_github_discussions_answer_is_told_by_its_marked_as_answer_line_without_the_summary() -> None:
    page = _discussion(_discussion_item("discussion-7", "lin-mama", "<p>孩子能自己关掉吗？</p>")
                       + _discussion_item("discussioncomment-1", "dana", "<p>Tele2 发 OFF 就能关。</p>")
                       + _discussion_item("discussioncomment-2", "chen", "<p>Kcell 要输 PIN。</p>",
                                          [("lin-mama", "<p>PIN 在哪里？</p>")], marked=True))
    assert parts(page) == [("能在运营商那边挡掉成人网站吗？", "孩子能自己关掉吗？"),
                           ("能在运营商那边挡掉成人网站吗？（回复）", "Kcell 要输 PIN。\nPIN 在哪里？"),
                           ("dana的回答", "Tele2 发 OFF 就能关。")]


def test_a_github_discussion_comment_whose_reply_is_marked_as_the_answer_answers_it() -> None:
    summary = ("<section aria-label='Marked as answer' class='discussion-timeline-item js-discussion-answer-summary'>"
               "<div class='comment-body markdown-body'><p>PIN 在开通短信里。</p></div>"
               "<a href='#discussioncomment-31'>View full answer</a></section>")
    page = _discussion(_discussion_item("discussion-7", "lin-mama", "<p>孩子能自己关掉吗？</p>")
                       + _discussion_item("discussioncomment-1", "dana", "<p>Tele2 发 OFF 就能关。</p>")
                       + _discussion_item("discussioncomment-3", "chen", "<p>Kcell 要输 PIN。</p>",
                                          [("lin-mama", "<p>PIN 在哪里？</p>"), ("chen", "<p>PIN 在开通短信里。</p>")]),
                       summary)
    assert parts(page) == [("能在运营商那边挡掉成人网站吗？", "孩子能自己关掉吗？"),
                           ("能在运营商那边挡掉成人网站吗？（回复）", "Kcell 要输 PIN。\nPIN 在哪里？\nPIN 在开通短信里。"),
                           ("dana的回答", "Tele2 发 OFF 就能关。")]


def test_githubs_discussion_class_names_alone_make_no_discussion() -> None:
    # a timeline group holding no comment box, or one whose first group is a comment, is no discussion
    page = ("<html><body><h1 class='gh-header-title'>FUP 是多少？</h1><div class='discussion-timeline-item'>"
            "<p>Kcell 每月 35 GB。</p></div><div class='markdown-body'><p>Beeline 每天 20 GB。</p></div></body></html>")
    assert parts(page) == [("FUP 是多少？", "Kcell 每月 35 GB。\nBeeline 每天 20 GB。")]
    page = _discussion(_discussion_item("discussioncomment-1", "dana", "<p>Tele2 发 OFF 就能关。</p>")
                       + _discussion_item("discussioncomment-2", "chen", "<p>Kcell 要输 PIN。</p>"))
    assert parts(page) == [("能在运营商那边挡掉成人网站吗？", "Tele2 发 OFF 就能关。"), ("chen", "Kcell 要输 PIN。")]


def _hkgolden_reply(floor: int, name: str, text: str) -> str:
    return (f"<div class='hkg-reply' id='reply-{floor}' data-floor='{floor}'><div class='hkg-reply-head'>"
            f"<a class='hkg-username hkg-male'>{name}</a><span class='hkg-reply-time'>22/11/2026 21:14</span>"
            f"<span class='hkg-floor'>#{floor}</span></div><div class='hkg-reply-content'>{text}</div>"
            "<div class='hkg-reply-foot'><span class='hkg-like'>正評 12</span> <span class='hkg-dislike'>負評 0</span>"
            "<button class='hkg-btn-quote'>引用</button> <button class='hkg-btn-reply'>回覆</button></div></div>")


def test_a_hkgolden_threads_replies_are_parts_without_headers_votes_quotes_or_ads() -> None:
    # read as a page, the thread was cut by length under its title, each reply's 「name time #n」 line and
    # quote ended the fragment before its text, the 【…】 lines were plain text and the 正評 / 負評 counts,
    # ad slots, pagers and 「登入後回覆」 were text
    page = ("<html><head><title>[求救] 部機成日好熱 - 電訊台 | 香港高登討論區</title></head><body><div id='root'>"
            "<header class='hkg-header'><span class='hkg-site-name'>高登討論區</span><nav><a>電訊台</a></nav></header>"
            "<div class='hkg-channel-bar'><a>電訊台</a><span class='hkg-channel-desc'>手機、上網、電訊商</span></div>"
            "<div class='hkg-ad hkg-ad-top'><span class='hkg-ad-label'>廣告</span></div><div class='hkg-thread-header'>"
            "<h1 class='hkg-thread-title'>[求救] 部機成日好熱</h1><div class='hkg-thread-meta'><span>正評 <b>47</b></span>"
            "<span>回覆 11</span></div></div><div class='hkg-pager'><a>上一頁</a> <a>下一頁</a></div>"
            "<div class='hkg-reply-list'>"
            + _hkgolden_reply(1, "阿拉木圖打工仔", "係咪 5G 搞鬼？")
            + _hkgolden_reply(2, "前線RF佬", "答你。<br>\n<b>【點解會熱】</b><br>\n訊號弱要用大功率發射。<br>\n<br>\n"
                              "<b>【點樣改善】</b><br>\n開 Wi-Fi 通話。")
            + "<div class='hkg-ad hkg-ad-inline'><span class='hkg-ad-label'>廣告</span></div>"
            + _hkgolden_reply(3, "Astana雪糕", "<blockquote>訊號弱要用大功率發射。</blockquote>\n正！關咗 5G 就冇咁熱。")
            + "</div><div class='hkg-pager'><a>上一頁</a> <a>下一頁</a></div>"
            "<div class='hkg-reply-box'><a>登入後回覆</a></div></div></body></html>")
    assert parts(page) == [("部機成日好熱", "係咪 5G 搞鬼？"), ("部機成日好熱（回覆）", "答你。"),
                           ("點解會熱", "訊號弱要用大功率發射。"), ("點樣改善", "開 Wi-Fi 通話。"),
                           ("部機成日好熱（回覆）", "正！關咗 5G 就冇咁熱。")]


def _mobile01_post(floor: int, name: str, text: str, signature: str = "") -> str:
    return (f"<div class='l-articlePage' id='post-{floor}'><div class='l-articlePage__author'><div class='c-authorInfo'>"
            f"<div class='c-authorInfo__pic'><img alt=''></div><div class='c-authorInfo__id'><a>{name}</a></div>"
            "<div class='c-authorInfo__level'>Lv.2</div><div class='c-authorInfo__info'>文章數 14 · 積分 26</div></div></div>"
            "<div class='l-articlePage__publish'><div class='l-navigation__item'><span class='o-fNotes'>2026-03-02 21:14"
            f"</span></div><div class='l-navigation__item'><span class='o-fNotes'>#{floor}</span></div></div>"
            f"<article class='c-articleLimit'><div itemprop='articleBody'>{text}</div></article>{signature}"
            "<div class='l-toolBar'><a class='c-iconLink'>分享</a> <a class='c-iconLink'>檢舉</a> "
            "<a class='c-iconLink'>引言回覆</a></div></div>")


def test_a_mobile01_topics_replies_are_parts_headed_by_their_authors_without_cards_quotes_or_ads() -> None:
    # read as a page, 「瀏覽 12,847 回覆 7 收藏」 titled the first post, the replies were all 「subject（回覆）」
    # with their quotes in them, the ad and the login line were glued to them, a bold line ended the part
    # before it and the line after a numbered list ran into its last step
    page = ("<html><head><title>買二手 iPhone 怎麼確認沒有啟用鎖？ - Mobile01</title></head><body>"
            "<header class='l-header'><a class='c-logo'>Mobile01</a><nav><a>手機</a></nav></header><main><div>"
            "<ul class='c-breadCrumb'><li><a>首頁</a></li><li><a>iPhone 使用心得</a></li></ul><div class='l-heading'>"
            "<h1 class='t2'>買二手 iPhone 怎麼確認沒有啟用鎖？</h1><div class='l-heading__info'><span class='o-fNotes'>"
            "瀏覽 12,847</span> <span class='o-fNotes'>回覆 7</span> <a class='c-iconLink'>收藏</a></div></div>"
            + _mobile01_post(1, "almaty_tw", "賣家說已經重置好了。<br>\n怎麼確認沒有鎖？")
            + _mobile01_post(2, "果粉老司機", "整理給你。<br>\n<br>\n<b>一、買之前怎麼檢查</b><br>\n1. 約在有 Wi-Fi 的地方面交。<br>\n"
                             "2. 請賣家當面登出。<br>\n查詢頁 2017 年就關了，當面設定最準。<br>\n<br>\n<b>二、已經買了才發現有鎖</b>"
                             "<br>\n先找賣家。", "<div class='c-articleSignature'>———— 不推坑，只推實測 ————</div>")
            + "<div class='l-ad l-ad--inArticle'><span class='o-fNotes'>廣告</span><a>【限時】iPhone 16 舊機換新</a></div>"
            + _mobile01_post(3, "Kevin_KZ", "<blockquote><a>果粉老司機 wrote:</a><br>\n請賣家當面登出。(恕刪)</blockquote>\n"
                             "攤位說 15,000 堅戈能解。")
            + _mobile01_post(4, "almaty_tw", "照 #2 的步驟做了，沒有鎖。")
            + "<div class='l-quickReply'><p class='o-fNotes'>請先 <a>登入</a> 後再回覆</p></div></div></main></body></html>")
    assert parts(page) == [("買二手 iPhone 怎麼確認沒有啟用鎖？", "賣家說已經重置好了。\n怎麼確認沒有鎖？"),
                           ("果粉老司機", "整理給你。"), ("約在有 Wi-Fi 的地方面交", "約在有 Wi-Fi 的地方面交。"),
                           ("請賣家當面登出", "請賣家當面登出。"), ("買之前怎麼檢查", "查詢頁 2017 年就關了，當面設定最準。"),
                           ("已經買了才發現有鎖", "先找賣家。"), ("Kevin_KZ", "攤位說 15,000 堅戈能解。"),
                           ("almaty_tw（楼主）", "照 #2 的步驟做了，沒有鎖。")]


def test_an_apple_community_thread_keeps_the_asked_cases_and_the_best_reply_once_by_author() -> None:
    reply = ("<div class='reply'><div class='post-header'><a class='author-name'>{0}</a><span class='post-date'>"
             "2026年3月3日 上午8:47</span>{1}</div><div class='post-body'><p>{2}</p></div><div class='post-footer'>"
             "<button>Helpful</button><span class='helpful-count'>有用的回覆 (6)</span></div></div>")
    page = ("<html><body><main><section class='thread-question'><h1 class='thread-title'>點樣加屋企人號碼？</h1>"
            "<div class='post-header'><a class='author-name'>Ken</a><span class='post-date'>發佈於 2026年3月2日</span></div>"
            "<div class='post-body'><p>想問：<br>1. 可唔可以加？<br>2. 最多幾多個？</p></div></section>"
            "<section class='best-reply'><h2>最佳回覆</h2><div class='post-header'><a class='author-name'>Sergei</a>"
            "<span class='post-date'>發佈於 2026年3月2日 下午10:03</span></div><div class='post-body'><p>可以，最多 5 個。"
            "</p><p>要對方回覆「1」。</p></div></section><section class='thread-replies'><h2>7 則回覆</h2>"
            "<div class='replies-sort'><label>排序方式：</label></div>"
            + reply.format("Sergei", "<span class='best-reply-badge'>最佳回覆</span>", "可以，最多 5 個。")
            + reply.format("Mei", "", "第 6 個加唔到。") + reply.format("Ken", "", "多謝！")
            + "</section><div class='thread-reply-prompt'><p>如要回覆這個問題，請 <a>登入</a>。</p></div></main></body></html>")
    assert parts(page) == [("點樣加屋企人號碼？", "想問：\n1. 可唔可以加？\n2. 最多幾多個？"),
                           ("Sergei", "可以，最多 5 個。\n要對方回覆「1」。"), ("Mei", "第 6 個加唔到。"),
                           ("Ken（楼主）", "多謝！")]


def test_a_v2ex_topic_is_its_content_and_postscripts_then_each_reply_by_author() -> None:
    reply = ("<div id='r_{0}' class='cell'><table><tbody><tr><td><img class='avatar' alt='{1}'></td><td>"
             "<div class='fr'><a class='thank'>感谢回复者</a> <span class='no'>{0}</span></div><strong><a class='dark'>{1}"
             "</a></strong> <span class='ago'>8 小时前</span> <span class='small fade'>❤️ 6</span>"
             "<div class='reply_content'>{2}</div></td></tr></tbody></table></div>")
    page = ("<html><head><title>V2EX</title></head><body><div id='Wrapper'><div id='Rightbar'><div class='box'>"
            "<div class='cell'>今日热议主题</div></div></div><div id='Main'><div class='box'><div class='header'>"
            "<a>V2EX</a> › <a>问与答</a><h1>PIN2 是什么东西？</h1><small class='gray'><a>dev</a> · 2876 次点击</small>"
            "</div><div class='cell'><div class='topic_content'><p>我已经试过：</p><ol><li>重启手机；</li>"
            "<li>换手机。</li></ol><p>怎么办？</p></div></div><div class='subtle'><span class='fade'>第 1 条附言</span>"
            "<div class='topic_content'><p>用卡托上的 PIN2 关掉了。</p></div></div><div class='topic_buttons'>"
            "<div class='topic_stats'>2876 次点击 ∙ 14 人收藏</div><a class='tb'>加入收藏</a></div></div>"
            "<div class='box'><div class='cell'><span class='gray'>15 条回复 • 2026-03-02</span></div>"
            + reply.format(1, "nerd", "FDN 是 SIM 卡的功能。<br>接听不受影响。") + reply.format(2, "dev", "谢谢！")
            + "</div></div></div><div id='Bottom'>关于 · 帮助文档</div></body></html>")
    assert parts(page) == [("PIN2 是什么东西？", "我已经试过：\n1. 重启手机；\n2. 换手机。\n怎么办？\n用卡托上的 PIN2 关掉了。"),
                           ("nerd", "FDN 是 SIM 卡的功能。\n接听不受影响。"), ("dev（楼主）", "谢谢！")]


def test_a_bahamut_thread_keeps_each_posts_comments_without_dates_counts_or_pager() -> None:
    post = ("<section class='c-section' id='post_{0}'><div class='c-section__side'><a class='username'>{1}</a>"
            "<div class='userlevel'>LV. 18</div></div><div class='c-section__main c-post'><div class='c-post__header'>"
            "<a class='floor'>#{0}</a><a class='username'>{1}</a><a class='edittime'>2026-04-02 22:41:37</a>"
            "<span class='postgp'>推168</span></div><div class='c-post__body'><article class='c-article'>"
            "<div class='c-article__content'><div>{2}</div></div></article></div><div class='c-post__footer c-reply'>"
            "<a class='gp'>推 GP 12</a><div class='c-reply__head'><a class='more-reply'>查看 1 則留言</a></div>"
            "<div class='c-reply__item'><div class='reply-content'><a class='reply-content__user'>{3}</a>"
            "<article class='reply-content__article c-article'><span>{4}</span></article><div class='edittime'>"
            "B1 04-02 21:20</div></div></div></div></div></section>")
    page = ("<html><body><div class='c-section'><div class='c-post__header'><h1 class='c-post__header__title'>"
            "【問題】每個月要多少流量？</h1></div></div>"
            + post.format(1, "社畜", "想請問要多少 GB？", "社畜", "補充：手機是 iPhone 15")
            + post.format(2, "計算機", "視訊每小時約 1 GB。", "社畜", "@datacounter 濾鏡會耗流量嗎？")
            + "<div class='BH-pagebtnA'><a class='pagenow'>1</a></div></body></html>")
    assert parts(page) == [("每個月要多少流量？", "想請問要多少 GB？\n補充：手機是 iPhone 15"),
                           ("計算機", "視訊每小時約 1 GB。\n濾鏡會耗流量嗎？")]


def test_a_bahamut_thread_of_author_lines_keeps_its_authors_and_its_inline_replies() -> None:
    # holdout189: a plainer layout, each floor's header a .c-post__header__author line and each comment a
    # p.c-reply__item 「<a>name</a>：text」; the replies had no author and the comments were lost
    post = ("<section class='c-section' id='post_{0}'><div class='c-post__header__author'><a class='floor'>{0}樓</a> "
            "<a class='username'>{1}</a> <span class='userid'>u{0}</span> 2026-10-02 21:14</div>"
            "<div class='c-article__content'><p>{2}</p></div>{3}<div class='c-post__footer'><span class='gp'>GP 12</span>"
            "</div></section>")
    reply = "<div class='c-reply'><p class='c-reply__item'><a>肝帝</a>：{}</p></div>"
    page = ("<html><body><h1 class='c-post__header__title'>【心得】日服手游在哈萨克</h1>"
            + post.format(1, "肝帝", "+7 号码收不到验证码。", "")
            + post.format(2, "夜猫子", "请问流量够吗？", reply.format("一天大概 80 MB。"))
            + "</body></html>")
    assert parts(page) == [("日服手游在哈萨克", "+7 号码收不到验证码。"), ("夜猫子", "请问流量够吗？\n一天大概 80 MB。")]


def _se_post(kind: str, post_id: int, body: str, author: str, comments: list[tuple[str, str]], extra: str = "") -> str:
    comment = ("<li class='comment js-comment' data-comment-id='{0}'><div class='comment-actions'><div "
               "class='comment-score'><span class='cool'>2</span></div></div><div class='comment-text'><div "
               "class='comment-body'><span class='comment-copy'>{1}</span><div>&ndash;&nbsp;<a class='comment-user'>{2}"
               "</a></div><span class='comment-date'><span class='relativetime-clean'>2026年10月28日 17:02</span>"
               "</span></div></div></li>")
    ids = "data-questionid" if kind == "question" else "data-answerid"
    return (f"<div class='{kind} js-{kind}{extra}' {ids}='{post_id}'><div class='post-layout'><div class='votecell "
            "post-layout--left'><div class='js-voting-container'><button class='js-vote-up-btn'>赞成</button>"
            f"<div class='js-vote-count' itemprop='upvoteCount'>27</div></div></div><div class='postcell "
            f"post-layout--right'><div class='s-prose js-post-body' itemprop='text'>{body}</div><div class='mt24'>"
            "<div class='js-post-menu'><a class='js-share-link'>分享</a><a class='js-suggest-edit-post'>改进这个回答</a>"
            "<button class='js-follow-post'>关注</button></div><div class='post-signature'><div class='user-info'>"
            "<div class='user-action-time'>回答于 <span class='relativetime'>2026年10月28日 19:20</span></div>"
            f"<div class='user-details' itemprop='author'><a>{author}</a><span class='d-none' itemprop='name'>{author}"
            "</span><div class='-flair'><span class='reputation-score'>8,942</span><span class='badgecount'>4</span>"
            f"</div></div></div></div></div></div><span class='d-none' itemprop='commentCount'>{len(comments)}</span>"
            "<div class='post-layout--right js-post-comments-component'><div class='comments'><ul class='comments-list'>"
            + "".join(comment.format(k, text, name) for k, (text, name) in enumerate(comments))
            + "</ul></div><a class='js-add-link comments-link'>添加评论</a></div></div></div>")


def test_a_stack_exchange_question_is_its_question_then_the_accepted_answer_then_each_answer_by_author() -> None:
    # the accepted answer stands second on the page (sorted by score); its own <h2>s are parts of it
    page = ("<html><head><title>充值 - 充错了号码还能要回来吗？ - 在哈生活问答</title></head><body>"
            "<header class='s-topbar'><a class='s-topbar--logo'>在哈生活问答</a><a>登录</a></header>"
            "<div id='left-sidebar'><ol class='nav-links'><li><a>主页</a></li><li><a>问题</a></li></ol></div>"
            "<div id='content'><div id='question-header'><h1 itemprop='name'><a class='question-hyperlink'>"
            "充错了号码还能要回来吗？</a></h1><a class='s-btn'>提问</a></div><div><span>浏览</span> 2k 次</div>"
            "<div id='mainbar'>"
            + _se_post("question", 1, "<p>最后一位输成了 8。</p>", "小周",
                       [("两个号码都是 Tele2 的吗？", "阿斯哈尔"), ("@阿斯哈尔 查了，也是 Tele2 的号。", "小周")])
            + "<div id='answers'><div id='answers-header'><h2 data-answercount='2'>2 个回答<span "
            "style='display:none;' itemprop='answerCount'>2</span></h2><label>排序方式：</label><select><option>"
            "最高分（默认）</option></select></div>"
            + _se_post("answer", 2, "<p>先充 100 ₸ 试一下。</p>", "tolik87",
                       [("更新：第四天收到“Платёж перенесён”。", "小周")])
            + _se_post("answer", 3, "<p>能要回来。</p><h2>时间限制</h2><p>30 个日历日内提出。</p>"
                       "<h3>Beeline</h3><p>营业厅说 14 天。</p>", "老马",
                       [("@Lena K. 以官网为准吧。", "老马"), ("Beeline 官网也是 30 天。", "Lena K.")],
                       " accepted-answer")
            + "<form id='post-form' class='post-form'><h2 id='your-answer-header'>你的回答</h2><textarea></textarea>"
            "<button>发布你的回答</button></form></div></div><div id='sidebar'><h4>相关问题</h4><a>号码注销了，余额怎么退？"
            "</a></div></div><footer id='footer'><p>网站设计/徽标 © 2026 Stack Exchange Inc</p></footer></body></html>")
    assert parts(page) == [("充错了号码还能要回来吗？", "最后一位输成了 8。\n两个号码都是 Tele2 的吗？\n查了，也是 Tele2 的号。"),
                           ("充错了号码还能要回来吗？（回复）", "能要回来。"), ("时间限制", "30 个日历日内提出。"),
                           ("Beeline", "营业厅说 14 天。"), ("评论", "以官网为准吧。\nBeeline 官网也是 30 天。"),
                           ("tolik87的回答", "先充 100 ₸ 试一下。\n更新：第四天收到“Платёж перенесён”。")]


def test_stack_exchange_class_names_alone_make_no_thread() -> None:
    page = ("<html><body><h1>充错了号码</h1><div class='question'><div class='s-prose js-post-body'><p>输错一位。</p></div>"
            "</div><div class='answer'><div class='s-prose js-post-body'><p>去营业厅。</p></div></div></body></html>")
    assert parts(page) == [("充错了号码", "输错一位。\n去营业厅。")]


def test_a_stack_exchange_answer_in_bold_parts_keeps_its_comments_out_of_its_last_part() -> None:
    page = ("<html><body><div id='question-header'><h1><a class='question-hyperlink'>怎么避免充错？</a></h1></div>"
            + _se_post("question", 1, "<p>上次输错了一位。</p>", "小周", [])
            + _se_post("answer", 2, "<p>两个建议。</p><p><strong>避免输错</strong></p><p>存成「Избранное」。</p>"
                       "<p><strong>小心骗局</strong></p><p>不要自己转钱。</p>", "tolik87",
                       [("更新：第四天钱回来了。", "小周")], " accepted-answer")
            + "</body></html>")
    assert parts(page) == [("怎么避免充错？", "上次输错了一位。"), ("怎么避免充错？（回复）", "两个建议。"),
                           ("避免输错", "存成「Избранное」。"), ("小心骗局", "不要自己转钱。"), ("评论", "更新：第四天钱回来了。")]


def test_a_page_marks_are_its_class_names_ids_and_attribute_names() -> None:
    from bs4 import BeautifulSoup

    from indexer.html_text import page_marks
    soup = BeautifulSoup('<div id="j_p_postlist" class="a b"><p accuse="qTitle">x</p></div>', "lxml")
    assert {"#j_p_postlist", "a", "b", "@accuse", "@id", "@class"} <= page_marks(soup)


def test_a_site_reader_is_tried_only_on_a_page_with_its_sites_mark(monkeypatch) -> None:
    # every page is offered to every reader: one that lacks the reader's mark is never searched
    from bs4 import BeautifulSoup

    from indexer.sites import threads
    tried = []
    monkeypatch.setattr(threads, "_READERS", ((lambda soup: tried.append("tieba"), "#j_p_postlist"),
                                              (lambda soup: tried.append("zhidao"), "@accuse")))
    threads.forum_thread(BeautifulSoup('<body><p accuse="qTitle">问题</p></body>', "lxml"))
    assert tried == ["zhidao"]


def _vb_post(number: int, author: str, title: str, text: str, after: str = "") -> str:
    return (f"<li class='postbitlegacy postbitim postcontainer old' id='post_{number}'><div class='posthead'>"
            f"<span class='postdate old'><span class='date'>03-02-2026,&nbsp;<span class='time'>09:14 PM</span></span>"
            f"</span><span class='nodecontrols'><a class='postcounter'>#{number}</a></span></div>"
            "<div class='postdetails'><div class='userinfo'><div class='username_container'>"
            f"<div class='popupmenu memberaction'><a class='username offline popupctrl'><strong>{author}</strong></a>"
            "<ul class='popupbody popuphover memberaction_body'><li><a>View Profile</a></li></ul></div></div>"
            "<span class='usertitle'>Junior Member</span><hr><dl class='userinfo_extra'><dt>Join Date</dt>"
            "<dd>Oct 2025</dd><dt>Posts</dt><dd>12</dd></dl></div><div class='postbody'>"
            f"<div class='postrow has_after_content'><h2 class='title icon'>{title}</h2><div class='content'>"
            f"<div id='post_message_{number}'><blockquote class='postcontent restore'>{text}</blockquote></div></div>"
            f"</div><div class='after_content'>{after}<blockquote class='signature restore'>"
            "<div class='signaturecontainer'>iPhone 15 Pro · Kcell</div></blockquote></div></div></div>"
            "<div class='postfoot'><div class='textcontrols'><span class='postcontrols'><a class='newreply'>"
            "<img alt='Reply With Quote'> Reply With Quote</a></span></div></div><hr></li>")


def test_a_vbulletin_threads_posts_are_parts_headed_by_their_authors_without_cards_quotes_or_furniture() -> None:
    # read as a page, ol#posts was a numbered list: every post a step titled by its date, with its
    # user column, header, own title and 「Reply With Quote」; a quote ran into its reply; the page
    # title was a section of 「+ Reply to Thread」, Similar Threads and Posting Permissions sections
    quote = ("<div class='bbcode_container'><div class='bbcode_quote'><div class='quote_container'>"
             "<div class='bbcode_quote_container'></div><div class='bbcode_postedby'><img alt='Quote'> Originally "
             "Posted by <strong>阿拉木图小陈</strong></div><div class='message'>重启了三次也没用</div></div></div></div>")
    page = ("<html><head><meta name='generator' content='vBulletin 4.2.5'><title> 升级后打不了电话</title></head><body>"
            "<div id='header'><form id='navbar_loginform'><input name='vb_login_username' value='User Name'></form></div>"
            "<div id='breadcrumb' class='breadcrumb'><ul><li class='navbit'><a>论坛首页</a></li>"
            "<li class='navbit lastnavbit'><span>升级后打不了电话</span></li></ul></div>"
            "<div id='pagetitle' class='pagetitle'><h1>Thread: <span class='threadtitle'><a>升级后打不了电话</a></span>"
            "</h1></div><div id='postlist' class='postlist'><div id='above_postlist'><a class='newcontent_textcontrol'>"
            "<span>+</span> Reply to Thread</a><div class='pagination_top'><span>Page 1 of 2</span></div></div>"
            "<ol id='posts' class='posts' start='1'>"
            + _vb_post(1, "阿拉木图小陈", "升级后打不了电话", "升级以后：<br>\n1. 拨出去就呼叫失败；<br>\n2. 4G 满格上不了网。"
                       "<br>\n<br>\n重启了三次也没用，是卡坏了吗？")
            + _vb_post(2, "老马识途", "Re: 升级后打不了电话", "先看运营商版本：设置 → 通用 → 关于本机。",
                       "<blockquote class='postcontent lastedited'>Last edited by 老马识途; 03-02-2026 at 09:40 PM.</blockquote>")
            + _vb_post(3, "老马识途", "Re: 升级后打不了电话", quote + "不是卡坏了。<br>\n<br>\n做法：<br>\n1. 连上 Wi-Fi；<br>\n"
                       "2. 在「关于本机」等 30 秒。")
            + _vb_post(4, "阿拉木图小陈", "Re: 升级后打不了电话", "更新以后能打了！")
            + "</ol></div><div id='below_postlist'><a class='newcontent_textcontrol'><span>+</span> Reply to Thread</a></div>"
            "<div id='thread_info' class='thread_info block'><div id='similar_threads'><h4 class='threadinfohead blockhead'>"
            "Similar Threads</h4><ul><li><div class='title'><a>Beeline 卡没有 5G 选项</a></div>"
            "<div class='starter'>By 雪豹 in forum 手机与通讯</div></li></ul></div><div class='options_block'>"
            "<h4 class='blockhead'>Posting Permissions</h4><ul class='youcandoblock'><li>You <strong>may not</strong> "
            "post new threads</li></ul><p class='rules_link'><a>Forum Rules</a></p></div></div>"
            "<div id='footer_copyright'>Powered by <a id='vbulletinlink'>vBulletin®</a> Version 4.2.5</div></body></html>")
    assert parts(page) == [("升级后打不了电话", "升级以后：\n1. 拨出去就呼叫失败；\n2. 4G 满格上不了网。\n重启了三次也没用，是卡坏了吗？"),
                           ("老马识途", "先看运营商版本：设置 → 通用 → 关于本机。"), ("老马识途", "不是卡坏了。\n做法："),
                           ("连上 Wi-Fi", "连上 Wi-Fi；"), ("在「关于本机」等 30 秒", "在「关于本机」等 30 秒。"),
                           ("阿拉木图小陈（楼主）", "更新以后能打了！")]


def test_vbulletin_class_names_alone_make_no_thread() -> None:
    # a list of li.postcontainer outside vBulletin's ol#posts is some other page's list
    page = ("<html><head><title>换卡步骤</title></head><body><h1>换卡步骤</h1><ol><li class='postcontainer'><blockquote class='postcontent'>带护照去营业厅"
            "</blockquote></li><li class='postcontainer'><blockquote class='postcontent'>换新卡</blockquote></li>"
            "</ol></body></html>")
    assert [f.type for f in cut(page)] == ["step", "step"]


def _shreddit_comment(thing: str, author: str, depth: int, text: str, replies: str = "", extra: str = "") -> str:
    op = "<span class='op-tag'>OP</span>" if "is-op" in extra else ""
    return (f"<shreddit-comment author='{author}' thingid='t1_{thing}' depth='{depth}' score='96' {extra}>"
            f"<div slot='commentMeta'><a class='font-bold'>{author}</a>{op}<span>•</span><time>9 mo. ago</time></div>"
            f"<div slot='comment' id='t1_{thing}-comment-rtjson-content' class='md text-14-scalable'>{text}</div>"
            f"<shreddit-comment-action-row slot='actionRow' score='96'><faceplate-number number='96'>96"
            "</faceplate-number><button slot='comment-reply'><span>Reply</span></button>"
            "<shreddit-post-share-button slot='comment-share-button'><button><span>Share</span></button>"
            f"</shreddit-post-share-button></shreddit-comment-action-row>{replies}</shreddit-comment>")


def test_a_new_reddit_threads_post_and_comments_are_parts_without_credit_bar_meta_lines_or_scores() -> None:
    # read as a page, each comment's author line (its 「OP」 badge fused to the name) was glued to the
    # comment above, the scores were lines, the sub's name, 「• 9 mo. ago」, the flair and 「Sort by:」
    # stood in the post, and the 「[deleted]」 comment was kept
    page = ("<html><head><title>旅行 eSIM 还是本地卡？ : r/ZhongYaHuaren</title></head><body><shreddit-app>"
            "<reddit-header-large><header><nav><a id='reddit-logo'>Reddit</a><a id='login-button'>Log In</a></nav>"
            "</header></reddit-header-large><main class='main' id='main-content'>"
            "<shreddit-post id='t3_1j8k2qx' post-title='旅行 eSIM 还是本地卡？' author='xiaoyu' score='148' "
            "subreddit-prefixed-name='r/ZhongYaHuaren'><div slot='credit-bar'><a class='subreddit-name'>r/ZhongYaHuaren"
            "</a><span>•</span><time>9 mo. ago</time><a class='author-name'>xiaoyu</a></div>"
            "<h1 slot='title'>旅行 eSIM 还是本地卡？</h1><shreddit-post-flair slot='post-flair'><span class='flair-content'>"
            "📶 通讯上网</span></shreddit-post-flair><div slot='text-body'><div class='md'><p>待三周。想问：</p>"
            "<ol><li>一个 G 多少钱？</li><li>能不能开热点？</li></ol></div></div>"
            "<award-button slot='award-button'><button><span>2</span></button></award-button></shreddit-post>"
            "<comment-body-header><span>Sort by:</span><shreddit-sort-dropdown><button>Best</button>"
            "</shreddit-sort-dropdown></comment-body-header><shreddit-comment-tree id='comment-tree'>"
            + _shreddit_comment("a1", "laowang", 0, "<p>本地卡便宜十倍。</p>",
                                _shreddit_comment("a2", "xiaoyu", 1, "<p>外国人能买吗？</p>",
                                                  _shreddit_comment("a3", "laowang", 2, "<p>能，只要护照。</p>"),
                                                  "is-op='true'"))
            + _shreddit_comment("a4", "[deleted]", 0, "<p>Comment deleted by user</p>", "", "deleted=''")
            + _shreddit_comment("a5", "hotspot_hater", 0, "<p>Holafly 热点每天只给 500MB。</p>")
            + "<faceplate-partial loading='action'><button slot='more-comments-button'><span>View more comments</span>"
            "</button></faceplate-partial></shreddit-comment-tree></main><aside><h2>R/ZHONGYAHUAREN RULES</h2>"
            "<p>禁止广告。</p></aside></shreddit-app></body></html>")
    assert parts(page) == [("旅行 eSIM 还是本地卡？", "待三周。想问：\n1. 一个 G 多少钱？\n2. 能不能开热点？"),
                           ("laowang", "本地卡便宜十倍。"), ("xiaoyu（楼主）", "外国人能买吗？"), ("laowang", "能，只要护照。"),
                           ("hotspot_hater", "Holafly 热点每天只给 500MB。")]


def test_a_post_title_attribute_without_a_shreddit_post_makes_no_thread() -> None:
    page = "<html><body><h1>旅行 eSIM</h1><div post-title='旅行 eSIM'><p>本地卡便宜。</p></div></body></html>"
    assert parts(page) == [("旅行 eSIM", "本地卡便宜。")]


def _nodebb_post(index: int, author: str, text: str, badge: str = "", owner: bool = False) -> str:
    return (f"<li component='post' class='pt-4{' topic-owner-post' * owner}' data-index='{index}' data-pid='88{index}'"
            f" data-username='{author}' itemprop='{'comment' if index else 'mainEntity'}'>"
            f"<a component='post/anchor' data-index='{index}' id='{index + 1}'></a><div class='d-flex'>"
            f"<div class='bg-body'><a href='/user/x'><span title='{author}' class='avatar' component='user/picture'>"
            f"{author[0]}</span><span component='user/status' class='status offline'><span class='visually-hidden'>"
            "Offline</span></span></a></div><div class='post-container'>"
            "<div class='post-header' itemprop='author'><meta itemprop='name' content='x'>"
            f"<a class='fw-bold' href='/user/x' data-username='{author}'>{author}</a>{badge}"
            "<div><a href='/post/1' class='timeago text-muted'>2 days ago</a></div></div>"
            f"<div class='content text-break' component='post/content' itemprop='text'>{text}</div>"
            "<div component='post/signature' class='text-xs text-muted'>Tele2 用户 · 阿拉木图</div>"
            "<div component='post/actions'><a component='post/reply' title='Reply'></a>"
            "<a component='post/vote-count' data-votes='3'>3</a></div></div></div></li>")


def test_a_nodebb_topics_posts_are_parts_headed_by_their_authors_without_cards_signatures_or_quotes() -> None:
    # read as a page, the posts were bullets of one list: the numbered lists in them were lost, each
    # avatar letter, name and 「2 days ago」 was a line, a group badge took the name's place, the
    # signatures ran into the next post and the site's h1 titled each reply 「论坛（回复）」
    badge = "<a href='/groups/veterans' class='badge'><i class='fa fa-star'></i><span class='badge-text'>老会员</span></a>"
    page = ("<html><body><nav component='sidebar/left'><ul><li><a>Categories</a></li></ul></nav><main id='panel'>"
            "<a component='siteTitle' href='/'><h1>华人论坛</h1></a><div class='d-flex' itemscope>"
            "<h1 component='post/header'><span class='topic-title' component='topic/title'>游戏包免不免流量</span></h1>"
            "<div class='topic-info'><span component='topic/labels'><span component='topic/watched'><span> Watching"
            "</span></span></span><a class='badge'>手机游戏</a><div component='topic/stats'><span>7</span> Posts "
            "<span>5</span> Posters</div></div><ul component='topic' class='posts timeline'>"
            + _nodebb_post(0, "ShuangWu", "<p>想请教：</p><ol><li>有没有游戏包？</li><li>更新算不算流量？</li></ol>", owner=True)
            + _nodebb_post(1, "laoli", "<p>延迟高这么查：</p><ol><li>在设置里锁定 4G。</li>"
                           "<li>避开晚上的高峰。</li></ol>"
                           "<pre><code class='language-bash'>traceroute -n 203.0.113.45\nmtr -rw 203.0.113.45\n</code></pre>",
                           badge)
            + _nodebb_post(2, "ShuangWu", "<p><a class='plugin-mentions-user' href='/uid/97'>@laoli</a> said in "
                           "<a href='/post/8843'>游戏包免不免流量</a>:</p><blockquote><p>避开晚上的高峰。</p></blockquote>"
                           "<p>原来如此，谢谢！</p>", owner=True)
            + "</ul><div component='topic/reply/container'><a>Log in to reply</a></div></div>"
            "<div data-widget-area='footer'><div>华人论坛 · <a>Powered by NodeBB</a> | <a>Contributors</a></div></div>"
            "</main></body></html>")
    found = cut(page)
    assert [(f.type, f.title, f.text) for f in found] == [
        ("section", "游戏包免不免流量", "想请教：\n1. 有没有游戏包？\n2. 更新算不算流量？"),
        ("section", "laoli", "延迟高这么查："), ("step", "在设置里锁定 4G", "在设置里锁定 4G。"),
        ("step", "避开晚上的高峰", "避开晚上的高峰。"),
        ("section", "laoli", "traceroute -n 203.0.113.45\nmtr -rw 203.0.113.45"),
        ("section", "ShuangWu（楼主）", "原来如此，谢谢！")]


def test_nodebb_marks_alone_make_no_thread() -> None:
    page = ("<html><body><h1>游戏包免不免流量</h1><ul><li data-pid='1'><p>这是一个普通列表。</p></li></ul>"
            "</body></html>")
    assert parts(page) == [("游戏包免不免流量", "这是一个普通列表。")]


def _flarum_post(number: int, author: str, body: str, classes: str = "", extra: str = "", badge: str = "") -> str:
    return (f"<div class='PostStream-item' data-index='{number - 1}' data-number='{number}' data-type='comment'>"
            f"<article class='Post CommentPost {classes}' aria-label='{author} 的帖子'><div><header class='Post-header'>"
            f"<ul><li class='item-user'><div class='PostUser'><h3 class='PostUser-name'><a href='/u/x'>"
            f"<span class='Avatar PostUser-avatar'>{author[0]}</span><span class='username'>{author}</span></a></h3>"
            f"<ul class='PostUser-badges badges'></ul></div></li><li class='item-meta'><div class='PostMeta'>"
            f"<a class='Dropdown-toggle'><time datetime='2026-03-03'>Mar 3</time></a></div></li>{badge}</ul></header>"
            f"<div class='Post-body'>{body}</div>{extra}<aside class='Post-footer'><ul><li class='item-liked'>"
            "<div class='Post-likedBy'><a>Dina</a> and <a>2 others</a> liked this.</div></li></ul></aside>"
            "<aside class='Post-actions'><ul><li class='item-like'><button class='Button'><span class='Button-label'>"
            "Like</span></button></li></ul></aside></div></article></div>")


def test_a_flarum_discussion_is_its_question_then_the_best_answer_then_each_post_by_author() -> None:
    # read as a page, the posts ran together with no author, 「Best answer by 老周」 was glued to the
    # question and the box's excerpt opened the next passage, and the tag event and the reply
    # placeholder were text
    box = ("<div class='Post-bestAnswer CommentPost--bestAnswer'><div class='BestAnswer-header'><span>Best answer by"
           "</span> <a href='/u/laozhou'>老周</a> <a class='BestAnswer-jump' href='/d/2318-vpn/3'>查看完整回复 →</a></div>"
           "<div class='BestAnswer-excerpt'>一个一个说。第一……</div></div>")
    event = ("<div class='PostStream-item' data-number='4' data-type='discussionTagged'><div class='Post EventPost'>"
             "<div class='EventPost-info'><a class='EventPost-user'><span class='username'>老周</span></a> added the "
             "<span class='TagLabel'><span class='TagLabel-name'>已解决</span></span> tag. <a class='EventPost-time'>"
             "<time>Mar 4</time></a></div></div></div>")
    page = ("<html><head><title>开了 VPN 银行 App 登不上 - 华人论坛</title></head><body><div id='app' class='App'>"
            "<header id='header' class='App-header'><div class='Header-title'><a>华人论坛</a></div>"
            "<ul class='Header-controls'><li class='item-logIn'><button>Log In</button></li></ul></header>"
            "<main class='App-content'><div class='DiscussionPage'><header class='Hero DiscussionHero'>"
            "<ul class='DiscussionHero-items'><li class='item-tags'><span class='TagLabel-name'>求助</span></li>"
            "<li class='item-title'><h2 class='DiscussionHero-title'>开了 VPN 银行 App 登不上</h2></li></ul></header>"
            "<nav class='DiscussionPage-nav'><ul><li><button><span class='Button-label'>Reply</span></button></li>"
            "</ul></nav><div class='PostStream' role='feed'>"
            + _flarum_post(1, "阿斯塔纳打工人", "<p>开了 VPN 以后 Kaspi 登不上，怎么办？</p>", "Post--by-start-user", box)
            + _flarum_post(2, "Nurlan", "<p>那个页面是依法限制访问。</p>")
            + _flarum_post(3, "老周", "<p>用银行之前先把 VPN 关掉。</p><blockquote><p>另外提醒一句：个人用 VPN 不违法。</p>"
                           "</blockquote>", "Post--bestAnswer",
                           badge="<li class='item-isBestAnswer'><span class='BestAnswer--badge'>Best Answer</span></li>")
            + event
            + _flarum_post(5, "阿斯塔纳打工人", "<blockquote><p><a class='PostMention' data-id='3'>老周</a> 用银行之前先把 VPN "
                           "关掉。</p></blockquote><p><a class='PostMention' data-id='19741'>老周</a> 太感谢了！</p>",
                           "Post--by-start-user")
            + "<div class='PostStream-item'><div class='ReplyPlaceholder'><article class='Post CommentPost editing'>"
            "<div class='Post-body'>写下你的回复……</div></article></div></div></div></div></main></div></body></html>")
    assert parts(page) == [("开了 VPN 银行 App 登不上", "开了 VPN 以后 Kaspi 登不上，怎么办？"),
                           ("开了 VPN 银行 App 登不上（回复）", "用银行之前先把 VPN 关掉。\n另外提醒一句：个人用 VPN 不违法。"),
                           ("Nurlan", "那个页面是依法限制访问。"), ("阿斯塔纳打工人（楼主）", "太感谢了！")]


def test_a_flarum_best_answer_is_found_by_the_boxs_link_without_its_mark() -> None:
    box = ("<div class='Post-bestAnswer'><div class='BestAnswer-header'>Best answer by <a>老周</a> "
           "<a class='BestAnswer-jump' href='/d/7-apn/3'>查看完整回复 →</a></div></div>")
    page = ("<html><body><h2 class='DiscussionHero-title'>APN 怎么设置</h2><div class='PostStream'>"
            + _flarum_post(1, "小王", "<p>APN 怎么设置？</p>", extra=box) + _flarum_post(2, "Nurlan", "<p>问客服。</p>")
            + _flarum_post(3, "老周", "<p>填 internet.beeline.kz。</p>") + "</div></body></html>")
    assert [title for title, _ in parts(page)] == ["APN 怎么设置", "APN 怎么设置（回复）", "Nurlan"]


def test_flarum_class_names_alone_make_no_thread() -> None:
    page = ("<html><body><h1>VPN 说明</h1><div class='CommentPost'><p>普通页面的一段话。</p></div></body></html>")
    assert parts(page) == [("VPN 说明", "普通页面的一段话。")]



def _discourse_post(number: int, author: str, body: str, title: str = "", extra: str = "") -> str:
    user_title = f"<span class='user-title'>{title}</span>" if title else ""
    return (f"<div class='topic-post clearfix regular' data-post-number='{number}'><article id='post_{number}' class='boxed'>"
            f"<div class='topic-avatar'><img class='avatar' alt=''></div><div class='topic-body'><div class='topic-meta-data'>"
            f"<div class='names'><span class='first username'><a href='/u/{author}'>{author}</a></span>{user_title}</div>"
            f"<div class='post-infos'><a class='post-date'><span class='relative-date'>Oct 2{number}</span></a></div></div>"
            f"<div class='regular contents'><div class='cooked'>{body}</div>{extra}<section class='post-menu-area'>"
            f"<nav class='post-controls'><button class='toggle-like like'>♥ {number}</button><button>Reply</button></nav>"
            "</section></div></div></article></div>")


def test_a_discourse_topic_is_its_question_then_the_accepted_answer_then_each_reply_by_author() -> None:
    # holdout200: read as a page, the posts were one section of the topic's title run into one another (the first
    # post glued to the next one's opening line), 「Solved」 and the topic map glued to the last post, and
    # Suggested Topics a fragment of its own
    page = ("<html><body><div class='cookie-notice'><p>We use cookies.</p></div><header class='d-header'>Log In</header>"
            "<div id='main-outlet'><div id='topic-title'><h1 data-topic-id='7'><a class='fancy-title'>室友分摊话费怎么办？</a></h1>"
            "<div class='topic-category'><a class='badge-category'>Banking</a></div></div>"
            + _discourse_post(1, "lin", "<p>室友没有 Monzo，怎么分摊？</p>")
            + _discourse_post(2, "Aidana", "<p>链接只接受英国发行的卡。</p>", title="Super Supporter")
            + _discourse_post(3, "lin", "<aside class='quote'><div class='title'>Aidana:</div><blockquote><p>链接只接受英国"
                              "发行的卡</p></blockquote></aside><p>明白了，有手续费吗？</p>")
            + _discourse_post(4, "lin", "<p>最后改用本地卡自动扣款。</p>",
                              extra="<div class='post-notice accepted-answer'><span>Solved</span></div>")
            + "<div class='topic-map'><ul><li><h4>created</h4><span>Oct 21</span></li><li><span class='number'>3</span>"
            "<h4>replies</h4></li></ul></div><div id='suggested-topics'><h3>Suggested Topics</h3><table><tr><td>"
            "<a>Other topic</a></td><td>23</td></tr></table></div></div><footer>Powered by Discourse</footer></body></html>")
    assert texts(cut(page)) == [
        ("section", "室友分摊话费怎么办？", "室友没有 Monzo，怎么分摊？"),
        ("qa", "室友分摊话费怎么办？（回复）", "最后改用本地卡自动扣款。"),
        ("section", "Aidana", "链接只接受英国发行的卡。"),
        ("section", "lin（楼主）", "明白了，有手续费吗？")]


def test_discourse_class_names_alone_make_no_thread() -> None:
    page = "<html><body><h1>VPN 说明</h1><div class='topic-post'><p>普通页面的一段话。</p></div></body></html>"
    assert parts(page) == [("VPN 说明", "普通页面的一段话。")]


def _zoho_reply(number: int, author: str, body: str, best: bool = False, role: str = "") -> str:
    badge = "<div class='zc-reply-badge'>Best Answer</div>" if best else ""
    return (f"<div class='zc-reply{' zc-reply-best' if best else ''}' id='reply-{number}'>{badge}<div class='zc-reply-meta'>"
            f"<a class='zc-author' href='/profile/{number}'>{author}</a>"
            + (f"<span class='zc-role'>{role}</span>" if role else "")
            + f"<span class='zc-date'>2026-10-0{number} 11:02</span></div><div class='zc-reply-content'>{body}</div>"
            "<div class='zc-reply-actions'><button class='zc-like'>Like 3</button><button class='zc-reply-btn'>Reply"
            "</button></div></div>")


def test_a_zoho_community_topic_is_its_text_then_the_best_answer_then_each_reply_by_author() -> None:
    # holdout86: read as a page, the type label 「Question」 opened the topic's text, 「Sign in to reply to this topic.」
    # closed its last section, the replies were cut by size with their authors lost (the best answer and the next
    # reply one 「评论」 part), and the topic's <ol> under a heading that asks nothing was numbered lines, not steps
    page = ("<html><body class='zc-body'><header class='zc-header'><a class='zc-signin'>Sign In</a></header>"
            "<div class='zc-breadcrumb'><a href='/'>Home</a> › <span>前台代办 SIM 卡</span></div><main class='zc-main'>"
            "<div class='zc-topic'><div class='zc-topic-header'><span class='zc-topic-type'>Question</span>"
            "<h1 class='zc-topic-title'>前台代办 SIM 卡</h1><div class='zc-topic-meta'><a class='zc-author'>Aigerim N.</a>"
            "<span class='zc-date'>发布于 2026-10-07 09:41</span><span class='zc-views'>1,206 次查看</span></div></div>"
            "<div class='zc-topic-content'><p>我们整理了前台的做法。</p><h2>一、标准流程</h2><ol><li>先问客人住几晚。</li>"
            "<li>在 Zoho Desk 里新建工单。</li><li>把营业厅地址打印给客人。</li></ol><h2>二、想请教的问题</h2>"
            "<p>客人退房后 SIM 卡留在房间里，你们怎么处理？</p></div>"
            "<div class='zc-topic-actions'><button class='zc-like'>Like 18</button></div></div>"
            "<div class='zc-replies'><h3 class='zc-replies-count'>3 Replies</h3>"
            + _zoho_reply(1, "Daniyar S.", "<p>可以跟 Kcell 签代理点协议。</p>", best=True, role="Community Champion")
            + _zoho_reply(2, "李文", "<p>装进信封放保险柜 30 天。</p>")
            + _zoho_reply(3, "Aigerim N.", "<p>谢谢两位！</p>", role="Original Poster")
            + "</div><div class='zc-reply-editor'><p>Sign in to reply to this topic.</p><a class='zc-btn'>Sign In</a></div>"
            "</main><footer class='zc-footer'><p>© 2026, Zoho Corporation</p></footer></body></html>")
    frags = cut(page)
    assert [(f.type, f.title) for f in frags] == [
        ("section", "前台代办 SIM 卡"), ("step", "先问客人住几晚"), ("step", "在 Zoho Desk 里新建工单"),
        ("step", "把营业厅地址打印给客人"), ("section", "想请教的问题"), ("section", "前台代办 SIM 卡（回复）"),
        ("section", "李文"), ("section", "Aigerim N.（楼主）")]
    assert frags[0].text == "我们整理了前台的做法。"
    assert frags[4].text == "客人退房后 SIM 卡留在房间里，你们怎么处理？"
    assert frags[5].text == "可以跟 Kcell 签代理点协议。"


def _engage_message(kind: str, sender: str, body: str, badge: str = "") -> str:
    return (f"<div class='yj-message {kind}'><div class='yj-message-header'><span class='yj-avatar'>{sender[:2].upper()}</span>"
            f"<a class='yj-sender'>{sender}</a><span class='yj-role'>2 号仓 · 班组长</span>"
            f"<time class='yj-timestamp'>10月3日 09:14</time>{badge}</div><div class='yj-message-body'>{body}</div>"
            "<div class='yj-message-footer'><button class='yj-like'>点赞 (12)</button> <button class='yj-reply'>回复</button>"
            "</div></div>")


def test_a_viva_engage_conversation_is_its_starter_then_the_best_answer_then_each_reply_by_sender() -> None:
    # holdout206: read as a page, the community's h1 titled a part of the starter's header chrome, the hashtags
    # were text, and the replies ran together into 「评论」 passages cut by size, the best answer's headings and
    # steps lost in one line
    page = ("<html><body><main class='yj-main'><div class='yj-community-header'><h1 class='yj-community-title'>仓储社区</h1>"
            "<p class='yj-community-meta'>内部社区 · 412 名成员</p></div><article class='yj-thread'>"
            + _engage_message("yj-thread-starter", "Aigerim", "<h2>终端流量超标怎么办？</h2><p>六台终端超了流量。</p>"
                              "<p class='yj-topics'>#ТСД #流量</p>", "<span class='yj-badge'>问题</span>")
            + "<div class='yj-replies'>"
            + _engage_message("yj-reply", "Marina", "<p>超出部分按每 MB 0,5 ₸ 计费。</p>")
            + _engage_message("yj-reply yj-best-answer", "Daniyar", "<h3>原因</h3><p>系统更新走了移动数据。</p>"
                              "<h3>按这个顺序锁住终端</h3><ol><li>打开数据使用限制。</li><li>把上限设为 2 GB。</li></ol>",
                              "<span class='yj-badge'>最佳答案</span>")
            + _engage_message("yj-reply", "Aigerim", "<p>谢谢！</p>")
            + "<div class='yj-reply-composer'><textarea></textarea><button>发布</button></div></div></article></main>"
            "<aside class='yj-right-rail'><h3>关于此社区</h3><p>各仓库交流工作。</p></aside></body></html>")
    assert texts(cut(page)) == [
        ("section", "终端流量超标怎么办？", "六台终端超了流量。"), ("section", "原因", "系统更新走了移动数据。"),
        ("step", "打开数据使用限制", "打开数据使用限制。"), ("step", "把上限设为 2 GB", "把上限设为 2 GB。"),
        ("section", "Marina", "超出部分按每 MB 0,5 ₸ 计费。"), ("section", "Aigerim（楼主）", "谢谢！")]


def _workplace_comment(name: str, text: str, reply: bool = False) -> str:
    return (f"<div class='UFIComment{' UFIReplyList' if reply else ''}' role='article'><a class='UFICommentActorName'>"
            f"{name}</a> <span class='UFICommentBody'>{text}</span><div class='UFICommentActions'><a>赞</a> · <a>回复</a>"
            " · <abbr>10月13日</abbr></div></div>")


def test_a_workplace_group_post_is_its_bold_title_its_text_then_each_comment_by_writer() -> None:
    # holdout206: read as a page, the group's h1 titled a part of the post's header chrome (members, actor line,
    # date, badge), and the comments were one 「评论」 passage without their writers, a question's answer glued to it
    page = ("<html><body class='workplace'><div role='main' class='group-feed'><div class='group-header'>"
            "<h1 class='_2yaa'>Front Office</h1><span>封闭小组 · 186 位成员</span></div>"
            "<div class='_5pcr userContentWrapper' role='article'><div class='_5pcp'><a class='profileLink'>Aliya</a> ▶ "
            "<a>Front Office</a><div><abbr class='_5ptz'>10月12日 16:05</abbr> · 已编辑</div><span>公告</span></div>"
            "<div class='_5pbx userContent'><p><strong>借用手机规则</strong></p><p>从 11 月 1 日起统一换新手机。</p>"
            "<p><strong>借出手续</strong></p><ol><li>在 PMS 里登记编号。</li><li>请客人签字。</li></ol></div>"
            "<div class='feedback'><span>👍 47</span> <span>14 条评论</span></div><div class='UFIList'>"
            + _workplace_comment("Gaukhar", "客人退房时没还手机怎么办？")
            + _workplace_comment("Aliya", "先打电话联系客人。", reply=True)
            + _workplace_comment("Dinara", "热点已经好了。")
            + "<div class='UFIAddComment'><input placeholder='写评论…'></div></div></div></div></body></html>")
    assert texts(cut(page)) == [
        ("section", "借用手机规则", "从 11 月 1 日起统一换新手机。"), ("step", "在 PMS 里登记编号", "在 PMS 里登记编号。"),
        ("step", "请客人签字", "请客人签字。"), ("section", "Gaukhar", "客人退房时没还手机怎么办？"),
        ("qa", "客人退房时没还手机怎么办？", "先打电话联系客人。"), ("section", "Dinara", "热点已经好了。")]


def test_a_workplace_reply_to_a_labelled_long_question_is_headed_by_the_question_after_the_label() -> None:
    # holdout206: 「Астана 店的问题：…可以吗？」 is too long to title the reply and has no sentence break, so the reply
    # was headed by its writer alone; the label before the colon says which branch asks, the rest is the question
    asked = "Астана 店的问题：客人要求用借来的手机收 Kaspi 或银行的验证码，可以吗？"
    page = ("<html><body class='workplace'><div role='main' class='group-feed'>"
            "<div class='_5pcr userContentWrapper' role='article'><div class='_5pbx userContent'>"
            "<p><strong>借用手机规则</strong></p><p>从 11 月 1 日起统一换新手机。</p></div><div class='UFIList'>"
            + _workplace_comment("Yerlan", asked) + _workplace_comment("Aliya", "不可以，请礼貌拒绝。", reply=True)
            + "</div></div></div></body></html>")
    assert texts(cut(page))[-2:] == [("section", "Yerlan", asked),
                                     ("qa", "客人要求用借来的手机收 Kaspi 或银行的验证码，可以吗？", "不可以，请礼貌拒绝。")]


def _circle_comment(number: int, name: str, body: str, reply: bool = False) -> str:
    return (f"<div class='comment{' comment--reply' if reply else ''}' data-comment-id='{number}'><div class='comment__author'>"
            f"<span class='avatar'>{name[:2]}</span><a>{name}</a><time>10月2{number}日</time></div>"
            f"<div class='comment__body'>{body}</div><div class='comment__actions'><button>讚 6</button><button>回覆</button>"
            "</div></div>")


def test_a_circle_post_is_its_title_and_text_then_each_comment_by_writer() -> None:
    # holdout206: read as a page, 「5 則留言」 went and the comments ran on into the post's last Q&A: a comment's
    # 「問：」 took its answerer's name 「Kelvin 答：」 into its question, the next comments glued to its answer
    page = ("<html><body><main class='post-main'><nav class='breadcrumbs'><a>外送平台</a> › <span>貼文</span></nav>"
            "<article class='post post--parent'><div class='post__header'><div class='author'><span class='avatar'>KW</span>"
            "<a class='author__name'>Kelvin</a><span class='author__badge'>管理員</span></div>"
            "<time class='post__date'>2026年10月20日</time></div><h1 class='post__title'>平板斷線的備援設定</h1>"
            "<div class='post__body trix-content'><p>尖峰時平板連續斷線。</p><h2>常見問題</h2>"
            "<p><strong>Q：要關機嗎？</strong></p><p>A：不用關機。</p></div>"
            "<div class='post__actions'><button>❤️ 讚 23</button><button>💬 留言 5</button></div></article>"
            "<section class='post__comments'><h3 class='comments__title'>3 則留言</h3>"
            + _circle_comment(1, "Ada", "<p>問：平台掉了排序，可以申訴嗎？</p><p>Kelvin 答：可以，寫明是網路中斷。</p>")
            + _circle_comment(2, "陳浩然", "<p>我們的平板是 Wi-Fi 版。</p>", reply=True)
            + _circle_comment(3, "Kelvin", "<p>謝謝大家。</p>")
            + "</section><div class='comment-composer'><textarea></textarea></div></main></body></html>")
    assert texts(cut(page)) == [
        ("section", "平板斷線的備援設定", "尖峰時平板連續斷線。"), ("qa", "要關機嗎？", "不用關機。"),
        ("qa", "平台掉了排序，可以申訴嗎？", "Kelvin 答：可以，寫明是網路中斷。"),
        ("section", "陳浩然", "我們的平板是 Wi-Fi 版。"), ("section", "Kelvin（楼主）", "謝謝大家。")]


def _mighty_comment(name: str, body: str, reply: bool = False, badge: str = "") -> str:
    return (f"<div class='comment{' comment--reply' if reply else ''}' data-testid='comment'><div class='comment__header'>"
            f"<a href='/members/1'>{name}</a>{badge}<span class='comment__time'>3 天前</span></div>"
            f"<div class='comment__body'><p>{body}</p></div><div class='comment__actions'><button>赞 7</button> "
            "<button>回复</button></div></div>")


def test_a_mighty_networks_post_is_its_title_and_text_then_each_comment_by_writer() -> None:
    # holdout214: read as a page, the comments were one 「评论」 passage without their writers, the reply's
    # 「@name」 cut off
    page = ("<html><body><div id='app' class='mighty-app'><header class='network-navigation'><a>留学营</a>"
            "<nav><a>动态</a> <a>空间</a></nav></header><main class='post-detail'>"
            "<article class='post-detail__card'><div class='post-detail__author'><a class='post-detail__author-name'>"
            "刘洋</a><span class='badge badge--host'>Host</span><div class='post-detail__meta'>11月16日 · 考试</div></div>"
            "<h1 class='post-detail__title'>在家用 4G 考雅思</h1><div class='post-detail__body rich-text'>"
            "<p>只有手机流量。</p><h2>准备步骤</h2><ol><li>租一台 4G 路由器。</li><li>测速三次。</li></ol></div>"
            "<div class='post-detail__actions'><button>❤️ 32</button><button>💬 3 条评论</button></div></article>"
            "<section class='comment-list'><h3 class='comment-list__title'>评论</h3>"
            + _mighty_comment("Айжан", "考试能开 VPN 吗？")
            + _mighty_comment("刘洋", "@Айжан 不能，系统检测过不去。", reply=True, badge="<span class='badge'>Host</span>")
            + _mighty_comment("陈思", "晚上 8 点以后上传很慢。")
            + _mighty_comment("刘洋", "@陈思 对，晚上是高峰。", reply=True)
            + "<form class='comment-composer'><textarea></textarea></form></section></main></div></body></html>")
    assert texts(cut(page)) == [
        ("section", "在家用 4G 考雅思", "只有手机流量。"), ("step", "租一台 4G 路由器", "租一台 4G 路由器。"),
        ("step", "测速三次", "测速三次。"), ("section", "Айжан", "考试能开 VPN 吗？"),
        ("qa", "考试能开 VPN 吗？", "@Айжан 不能，系统检测过不去。"), ("section", "陈思", "晚上 8 点以后上传很慢。"),
        ("section", "刘洋（楼主）", "@陈思 对，晚上是高峰。")]


def _skool_page(comments: str, assets: str = "https://www.skool.com/_next/static/css/7d2e.css") -> str:
    return (f"<html><head><link rel='stylesheet' href='{assets}'></head><body><div id='__next'>"
            "<header class='styled__HeaderWrapper-sc-14m2ff-0'><a>频道运营课</a></header>"
            "<nav class='styled__GroupTabs-sc-1v0n6r-0'><a>Community</a><a>Classroom</a></nav>"
            "<div class='styled__PostDetailWrapper-sc-7v5k3w-0'><div class='styled__PostAuthor-sc-7v5k3w-3'>"
            "<span class='styled__UserName-sc-7v5k3w-4'>Marat</span> <span class='styled__LevelBadge-sc-1t2n3m-0'>6</span>"
            "<div class='styled__PostMeta-sc-7v5k3w-5'>5d • 账号安全</div></div>"
            "<h1 class='styled__PostTitle-sc-7v5k3w-6'>号码被回收会不会丢频道</h1>"
            "<div class='styled__PostContent-sc-7v5k3w-7 ProseMirror'><p>旧卡半年没充值了。</p></div>"
            "<div class='styled__PostActions-sc-7v5k3w-9'><button>Like 44</button></div></div>"
            f"<div class='styled__CommentsWrapper-sc-9rx1d2-0'>{comments}</div>"
            "<footer class='styled__Footer-sc-1c3d7r-0'><a>powered by skool</a></footer></div></body></html>")


def _skool_comment(name: str, body: str, replies: str = "") -> str:
    return (f"<div class='styled__CommentItem-sc-9rx1d2-1'><span class='styled__UserName-sc-7v5k3w-4'>{name}</span> "
            "<span class='styled__LevelBadge-sc-1t2n3m-0'>3</span> <span class='styled__CommentTime-sc-9rx1d2-3'>3d</span>"
            f"<div class='styled__CommentBody-sc-9rx1d2-2'><p>{body}</p></div><div class='styled__CommentActions-sc-9rx1d2-4'>"
            f"<button>Like 1</button> <button>Reply</button></div>{replies}</div>")


def test_a_skool_post_is_its_title_and_text_then_each_comment_by_writer_a_nested_reply_answering_its_question() -> None:
    # holdout214: read as a page, the comments were one 「评论」 passage without their writers and the reply nested
    # in styled__CommentReplies was lost, the question it answers ending the passage unanswered
    reply = ("<div class='styled__CommentReplies-sc-9rx1d2-6'><span class='styled__UserName-sc-7v5k3w-4'>Marat</span> "
             "<span class='styled__CommentTime-sc-9rx1d2-3'>3d</span><div class='styled__CommentBody-sc-9rx1d2-2'>"
             "<p>@小林 不能，+888 只能用于 Telegram。</p></div></div>")
    page = _skool_page(_skool_comment("Даурен", "恢复号码必须本人去营业厅。")
                       + _skool_comment("小林", "请问 +888 号码能不能登录 WhatsApp？", reply))
    assert texts(cut(page)) == [
        ("section", "号码被回收会不会丢频道", "旧卡半年没充值了。"), ("section", "Даурен", "恢复号码必须本人去营业厅。"),
        ("section", "小林", "请问 +888 号码能不能登录 WhatsApp？"),
        ("qa", "请问 +888 号码能不能登录 WhatsApp？", "@小林 不能，+888 只能用于 Telegram。")]


def test_styled_components_names_alone_are_no_skool_post() -> None:
    # the same styled-components names on a page not loading Skool's assets: not read as Skool's thread
    page = _skool_page(_skool_comment("Даурен", "恢复号码必须本人去营业厅。"), assets="https://example.com/app.css")
    assert ("section", "Даурен", "恢复号码必须本人去营业厅。") not in texts(cut(page))


def _bettermode_reply(name: str, date: str, body: str, badge: str = "") -> str:
    return (f"<div class='reply' data-testid='reply'><div class='reply-header'><a href='/member/x'>{name}</a> "
            f"<span class='text-content-subdued'>{date}</span>{badge}</div><div class='reply-content prose'><p>{body}</p>"
            "</div><div class='reply-actions'><button>👍 14</button><button>回覆</button></div></div>")


def test_a_bettermode_discussion_is_its_text_then_the_best_reply_then_each_reply_by_writer() -> None:
    # holdout214: read as a page, the author card opened the post's text, two replies were one 「评论」 passage
    # without their writers, the third a Q&A titled by its whole text over its date
    page = ("<html><head><meta name='generator' content='Bettermode'></head><body><div id='root'>"
            "<header data-block-name='navbar'><nav><a>首頁</a><a>探索</a></nav></header>"
            "<main data-block-name='post'><nav class='breadcrumbs'><a>電信與網路</a> / 討論</nav>"
            "<article class='post-card'><div class='post-header flex'><div><a class='font-medium' href='/member/mei'>林小梅</a>"
            " <span class='badge'>Admin</span><div class='text-sm'><time>11月12日</time> · 電信與網路</div></div></div>"
            "<h1 data-testid='post-title'>在哈薩克怎麼打台灣市話？</h1><div class='post-content prose' data-testid='post-content'>"
            "<p>爸媽只用市話。</p></div><div class='post-actions'><button>回覆</button><button>追蹤</button></div></article>"
            "<section class='replies' data-block-name='replies'><h3>3 則回覆</h3>"
            + _bettermode_reply("阿明", "11月14日", "Yolla 改選語音驗證就收到了。")
            + _bettermode_reply("陳偉", "11月13日", "Kcell 的國際加購每分鐘 49 ₸。",
                                "<span class='badge badge-success'>最佳解答</span>")
            + _bettermode_reply("林小梅", "11月15日", "謝謝！點數不能退款，先儲最小金額。", "<span class='badge'>Admin</span>")
            + "<div class='reply-composer'><textarea></textarea></div></section></main></div></body></html>")
    assert texts(cut(page)) == [
        ("section", "在哈薩克怎麼打台灣市話？", "爸媽只用市話。"),
        ("qa", "在哈薩克怎麼打台灣市話？（回覆）", "Kcell 的國際加購每分鐘 49 ₸。"), ("section", "阿明", "Yolla 改選語音驗證就收到了。"),
        ("section", "林小梅（楼主）", "謝謝！點數不能退款，先儲最小金額。")]


def _chatter_answer(name: str, body: str, best: bool = False) -> str:
    label = "<div class='cuf-bestAnswerLabel slds-badge'>Best Answer chosen by Dana</div>" if best else ""
    return (f"<div class='cuf-commentItem{' cuf-bestAnswer' if best else ''}'>{label}<div class='cuf-commentHeader'>"
            f"<a href='/profile/x'>{name}</a> <span class='cuf-timestamp'>Nov 18, 2026</span></div>"
            f"<div class='cuf-commentBody'>{body}</div><div class='cuf-commentFooter'><button class='slds-button'>"
            "Like (15)</button> <button class='slds-button'>Reply</button></div></div>")


def test_a_trailblazer_community_question_is_its_text_then_the_best_answer_then_each_answer_by_writer() -> None:
    # holdout214: read as a page, each answer was a 「评论」 passage without its writer, the best answer's bold
    # headings glued to their text, its ol joined into one line and cut by size, the other answer's table flattened
    page = ("<html><body class='comm-body'><header class='tds-header'><nav><a>Community</a><a>Groups</a></nav></header>"
            "<nav class='slds-breadcrumb'><ol><li><a>Home</a></li><li><a>Question</a></li></ol></nav>"
            "<main class='forceChatterFeed'><article class='cuf-feedElement cuf-questionPost slds-card'>"
            "<header class='cuf-feedElementHeader'><div><a class='cuf-entityLink'>Dana</a> <span class='tds-badge'>Ranger"
            "</span><p class='cuf-timestamp'>Nov 18, 2026</p></div></header>"
            "<h1 class='cuf-questionTitle'>营销短信晚上能发吗？</h1><div class='cuf-feedBody'><p>我们要发促销短信。</p></div>"
            "<div class='cuf-topics'><a class='slds-pill'>SMS</a></div><footer><button>Like (8)</button>"
            "<span>1,204 Views</span></footer></article><section class='cuf-commentList'><h2>3 answers</h2>"
            + _chatter_answer("Ruslan", "<p><b>一、发送时段</b><br>只在 09:00–21:00 放行。</p><p><b>二、设置退订</b></p>"
                              "<ol><li>新建关键字 STOP；</li><li>选 Opt-Out 消息。</li></ol>", best=True)
            + _chatter_answer("Alina", "<p>短信长度如下。</p><table class='slds-table'><tr><th>内容</th><th>长度</th></tr>"
                              "<tr><td>拉丁字母</td><td>160 个字符</td></tr></table>")
            + _chatter_answer("Dana", "<p>谢谢两位！</p>")
            + "</section></main><aside class='tds-sidebar'><h3>Related Questions</h3></aside></body></html>")
    assert texts(cut(page)) == [
        ("section", "营销短信晚上能发吗？", "我们要发促销短信。"), ("section", "发送时段", "只在 09:00–21:00 放行。"),
        ("step", "新建关键字 STOP", "新建关键字 STOP；"), ("step", "选 Opt-Out 消息", "选 Opt-Out 消息。"),
        ("section", "Alina", "短信长度如下。\n内容 | 长度\n拉丁字母 | 160 个字符"), ("section", "Dana（楼主）", "谢谢两位！")]


def test_a_question_posts_numbered_cases_stay_in_it_where_its_part_asks() -> None:
    # a topic under headings: the <ol> of the part that asks is its cases (a bulleted list keeping its numbers)
    page = ("<html><body><div class='zc-topic'><h1 class='zc-topic-title'>SIM 卡问题</h1><div class='zc-topic-content'>"
            "<p>我们是一家酒店。</p><h2>想请教的问题</h2><p>下面两件事怎么办？</p><ol><li>客人丢了卡。</li>"
            "<li>客人的卡没信号。</li></ol></div></div></body></html>")
    assert parts(page)[-1] == ("想请教的问题", "下面两件事怎么办？\n1. 客人丢了卡。\n2. 客人的卡没信号。")

def _yahoo_card(name: str, level: str, text: str, footer: str, tag: str = "li", extra: str = "") -> str:
    kind = "class='ya-other-answer' itemprop='suggestedAnswer'" if tag == "li" else "id='ya-best-answer' itemprop='acceptedAnswer'"
    return (f"<{tag} {kind}>{extra}<div class='D-f'><img src='a.jpg' alt=''><div class='Ml-10'>"
            f"<a class='uname Clr-b Fw-b'>{name}</a><span class='ya-user-level Fz-12'>{level}</span>"
            f"<div class='Fz-12'><span class='ya-ans-date'>3 週前</span></div></div></div>"
            f"<div class='answer-detail'><span class='ya-q-full-text' itemprop='text'>{text}</span></div>"
            f"<div class='D-f Mt-14'>{footer}<span class='Mend-16'>讚 <span class='ya-thumbs-up'>11</span></span>"
            f"<a href='#'>0 則留言</a><a href='#'>檢舉</a></div></{tag}>")


def test_a_yahoo_knowledge_question_is_its_question_then_the_best_answer_then_each_answer_by_author() -> None:
    # read as a page, the nickname was glued to 「發問者」, the asker's numbered questions were steps,
    # the action bar, 「最佳解答」 and the answerer's card opened the answer's passage, a 「一、」 line
    # ended the passage before its part, and the like and comment counts ran together (「讚 110 則留言」)
    page = ("<html><head><title>漫遊上網要翻牆嗎？ | Yahoo奇摩知識+</title></head><body>"
            "<div id='UH'><a>知識+</a><form><input name='p' placeholder='搜尋知識+'></form><a>登入</a></div>"
            "<div id='ya-breadcrumb'><a>旅遊</a> › <a>中國大陸</a></div>"
            "<div id='ya-question-detail' itemscope itemtype='https://schema.org/Question'><div class='D-f'>"
            "<a class='uname'>阿拉木圖小熊</a><span class='Clr-88'>發問者</span><div><span class='ya-q-date'>3 週前</span>"
            "</div></div><h1 itemprop='name'>漫遊上網要翻牆嗎？</h1><div><span class='ya-q-full-text' itemprop='text'>"
            "用 Kcell 預付卡，想請問：<br>1. 可以漫遊嗎？<br>2. 要翻牆嗎？<br>謝謝大家！</span></div>"
            "<div class='ya-q-supplement'><div class='Fw-b'>補充</div><span class='ya-q-supplement-text'>"
            "簡訊驗證碼收得到嗎？</span></div><div class='D-f'><span>2 個解答</span><a>追蹤</a><a>分享</a><a>檢舉</a>"
            "</div></div>"
            + _yahoo_card("絲路上的工程師", "知識長 Lv 7", "一次回答：<br><br>一、會連到哪家業者<br>中國移動或中國聯通。"
                          "<br><br>二、要不要翻牆<br>不用，流量繞回哈薩克。", "<span class='ya-ba-chosen'>發問者選出的最佳解答</span>",
                          "div", "<div class='ya-ba-title'>最佳解答</div>")
            + "<div id='ya-qn-answers'><h2>其他解答（1）</h2><ul id='ya-qn-answers-list'>"
            + _yahoo_card("新疆大盤雞控", "知識長 Lv 4", "7 天包到期不會自動續。", "")
            + "</ul><div><a>我要回答</a></div></div><div id='ya-right-rail'><h3>相關問題</h3><ul><li><a>去新疆買哪家卡？</a>"
            "</li></ul></div><div id='ya-footer'><a>知識+ 說明</a><p>Copyright © 2026 Yahoo Taiwan</p></div></body></html>")
    assert parts(page) == [("漫遊上網要翻牆嗎？", "用 Kcell 預付卡，想請問：\n1. 可以漫遊嗎？\n2. 要翻牆嗎？\n謝謝大家！\n"
                                          "簡訊驗證碼收得到嗎？"),
                           ("漫遊上網要翻牆嗎？（回覆）", "一次回答："), ("會連到哪家業者", "中國移動或中國聯通。"),
                           ("要不要翻牆", "不用，流量繞回哈薩克。"), ("新疆大盤雞控的回答", "7 天包到期不會自動續。")]


def test_a_run_of_lines_numbered_like_parts_is_no_parts_titles() -> None:
    # a 「一、」 line titles a part only after a blank line and over text: lines numbered one after
    # the other are a list of the post's, kept as its lines
    page = ("<html><body><div id='ya-question-detail'><h1>要帶什麼證件？</h1><span class='ya-q-full-text'>辦卡要帶什麼？"
            "</span></div><div id='ya-best-answer'><span class='ya-q-full-text'>要帶：<br>一、護照<br>二、落地簽證<br>"
            "三、住宿登記</span></div></body></html>")
    assert parts(page) == [("要帶什麼證件？", "辦卡要帶什麼？"), ("要帶什麼證件？（回覆）", "要帶：\n一、護照\n二、落地簽證\n三、住宿登記")]


def test_a_posts_bracketed_titles_head_its_parts_and_its_circled_run_and_bullets_are_lists() -> None:
    # typed as plain text, a 【…】 line was glued to the front of its part's first line, the line under a ①–③ run
    # to its last step, and 「・」 points stayed lines keeping their glyph (the bare 「流程：」 over the steps is no
    # passage: fragment._STEPS_LABEL)
    page = ("<html><body><div id='ya-question-detail'><h1>怎么注册？</h1><span class='ya-q-full-text'>注册要什么？"
            "</span></div><div id='ya-best-answer'><span class='ya-q-full-text'>分两部分。<br><br>【注册】<br>流程：<br>"
            "① 下载 App；<br>② 收验证码。<br>驾龄要满 2 年。<br><br>【扣费】<br>几个坑：<br>・不能用外国号码。<br>"
            "・余额为 0 也能收短信。</span></div></body></html>")
    frags = cut(page)
    assert [(f.type, f.title, f.text) for f in frags if "驾龄" not in f.text] == [
        ("section", "怎么注册？", "注册要什么？"), ("qa", "怎么注册？（回复）", "分两部分。"),
        ("step", "下载 App", "下载 App；"), ("step", "收验证码", "收验证码。"),
        ("section", "扣费", "几个坑：\n不能用外国号码。\n余额为 0 也能收短信。")]
    assert [f.type for f in frags if "驾龄" in f.text] == ["section"]


def test_a_yahoo_knowledge_page_of_sections_is_read_as_one_of_divs() -> None:
    # the later pages (2019, as the Wayback Machine keeps them) draw the question and the best answer as <section>s:
    # the reader looked for <div>s only, and the asker's and answerers' cards stayed text, the answers all titled by
    # 「最佳解答」 and 「其他回答 (1)」
    page = ("<html><body><section id='ya-question-detail'><div class='qa-user'><a class='uname'>蔥油餅</a> "
            "<span>1 級</span></div><h1>由香港點樣打去哈薩克？</h1><div class='ya-q-text'>佢住喺首都，點撥？</div>"
            "<div class='ya-q-meta'><span>2 個回答</span> · <time>5 年前</time></div></section>"
            "<section id='ya-best-answer'><h2>最佳解答</h2><div class='answer-user'><a class='uname'>長途老手</a> "
            "<span>6 級</span></div><div class='ya-q-full-text'>撥 0060 7 再撥區號。</div></section>"
            "<section id='ya-qn-answers'><h2>其他回答 (1)</h2><ul><li class='ya-other-answer'><div class='answer-user'>"
            "<a class='uname'>Kitty</a> <span>2 級</span></div><div class='ya-q-full-text'>小心時差。</div></li></ul>"
            "</section></body></html>")
    assert parts(page) == [("由香港點樣打去哈薩克？", "佢住喺首都，點撥？"),
                           ("由香港點樣打去哈薩克？（回覆）", "撥 0060 7 再撥區號。"), ("Kitty的回答", "小心時差。")]


def test_yahoo_knowledge_marks_alone_make_no_thread() -> None:
    page = ("<html><body><h1>知識+ 說明</h1><div id='ya-question-detail'><p>怎麼發問：先登入。</p></div>"
            "<span class='ya-q-full-text'>回答會通知你。</span></body></html>")
    assert parts(page) == [("知識+ 說明", "怎麼發問：先登入。\n回答會通知你。")]


def _moodle_post(number: int, subject: str, author: str, body: str, replies: str = "") -> str:
    return (f"<article id='p{number}' class='forum-post-container mb-2' data-post-id='{number}' data-region='post'>"
            f"<div class='d-flex border forumpost focus-target' aria-label='{subject} by {author}' data-content='forum-post'>"
            "<div class='d-flex flex-column w-100' data-region-content='forum-post-core'><header class='mb-2 header row'>"
            f"<div class='me-2'><a href='/user/view.php?id=9'><img src='f1' alt='Picture of {author}'></a></div>"
            f"<div class='d-flex flex-column'><h3 class='h6 fw-bold' data-region-content='forum-post-core-subject' "
            f"data-reply-subject='Re: 回复要钱吗？'>{subject}</h3><div class='mb-3'>by <a href='/user/view.php?id=9'>{author}"
            "</a> - <time datetime='2024-09-03T10:15:00+05:00'>Tuesday, 3 September 2024, 10:15 AM</time></div></div>"
            f"</header><div class='d-flex body-content-container'><div class='no-overflow'><div class='post-content-container'>"
            f"{body}</div></div></div><div class='post-actions' data-region='post-actions-container'><a>Permalink</a>"
            "<a>Show parent</a><a>Reply</a></div></div></div>"
            f"<div class='indent' data-region='replies-container'>{replies}</div></article>")


def test_a_moodle_discussion_is_its_first_post_then_each_reply_by_author_or_its_own_subject() -> None:
    # read as a page, the <title> (「ALA-CN-2024: …」) titled every passage, the posts' subjects,
    # authors and dates were lost and the passages ran across posts
    page = ("<html><head><title>ALA-CN-2024: 回复要钱吗？ | 生活问答 | 华人社区</title></head><body id='page-mod-forum-discuss'>"
            "<nav class='navbar'><a class='navbar-brand'>华人社区</a><ul><li><a>Dashboard</a></li></ul></nav>"
            "<div class='drawer'><nav id='courseindex'><a>Announcements</a><a>生活问答</a></nav></div>"
            "<div id='page'><header id='page-header'><ol class='breadcrumb'><li><a>ALA-CN-2024</a></li><li><a>生活问答</a></li>"
            "</ol><h1 class='h2'>华人社区 Chinese community</h1></header><div role='main'><form><select name='mode'>"
            "<option>Display replies in nested form</option></select></form><div class='discussion-nav'><a>下一个话题 ►</a>"
            "</div><h3 class='discussionname'>回复要钱吗？</h3><div data-content='forum-discussion'>"
            + _moodle_post(1, "回复要钱吗？", "王磊", "<p>收到评分短信，回复要钱吗？</p>",
                           _moodle_post(2, "Re: 回复要钱吗？", "李娜", "<p>境内回复免费。</p>",
                                        _moodle_post(3, "Re: 回复要钱吗？", "王磊", "<p>谢谢！漫游呢？</p>"))
                           + _moodle_post(4, "怎么关掉评分短信", "陈静", "<p>回复 STOP 就不发了。</p>"))
            + "</div></div></div><footer id='page-footer'><div class='logininfo'>You are logged in as <a>刘洋</a></div>"
            "<div>Powered by <a>Moodle</a></div></footer></body></html>")
    assert parts(page) == [("回复要钱吗？", "收到评分短信，回复要钱吗？"), ("李娜", "境内回复免费。"),
                           ("王磊（楼主）", "谢谢！漫游呢？"), ("怎么关掉评分短信", "回复 STOP 就不发了。")]


def test_moodle_class_names_alone_make_no_thread() -> None:
    page = ("<html><body><h1>论坛使用说明</h1><article class='forum-post-container'><p>发帖前先搜索。</p></article>"
            "</body></html>")
    assert parts(page) == [("论坛使用说明", "发帖前先搜索。")]


def _smf_post(number: int, author: str, reply: int, text: str) -> str:
    """A post as SMF 2.1 draws one: the poster block, the keyinfo's subject and date line, the text, the signature."""
    on = f"Reply #{reply} on:" if reply else "on:"
    return (f"<div class='windowbg' id='msg{number}'><div class='post_wrapper'><div class='poster'><h4>"
            f"<span class='off' title='Offline'></span><a href='index.php?action=profile;u=7'>{author}</a></h4>"
            "<ul class='user_info'><li class='membergroup'>Jr. Member</li><li class='avatar'><img class='avatar'></li>"
            "<li class='postcount'>Posts: 58</li><li class='poster_ip'>Logged</li></ul></div><div class='postarea'>"
            f"<div class='keyinfo'><div id='subject_{number}' class='subject_title subject_hidden'><a>Re: 客人 Wi-Fi</a>"
            f"</div><h5><a class='smalltext'>« <strong>{on}</strong> March 03, 2025, 10:14:22 AM »</a></h5></div>"
            f"<div class='post'><div class='inner' data-msgid='{number}' id='msg_{number}'>{text}</div></div></div>"
            f"<div class='moderatorbar'><div class='signature' id='msg_{number}_signature'>每天 8:00–22:00</div></div>"
            "</div></div><hr class='post_separator'>")


def test_an_smf_topics_posts_are_parts_headed_by_their_authors_without_poster_blocks_dates_or_quotes() -> None:
    # read as a page, each poster block (name, group, 「Posts: 58」, 「Logged」) was a part, each post one titled by
    # its date line, 「Welcome, Guest」 was text, a quote's cite ran into the quoted text and 第一步…第三步 were a passage
    cite = ("<blockquote class='bbc_standard_quote'><cite><a href='index.php?topic=4821.msg1#msg1'>Quote from: 老周 on "
            "March 03, 2025</a></cite>{}</blockquote>")
    page = ("<html><head><title>客人 Wi-Fi 要短信验证码？</title></head><body id='chrome'><div id='top_section'><ul class="
            "'welcome'><li>Welcome, <strong>Guest</strong>. Please <a>login</a> or <a>sign up</a>.</li></ul></div>"
            "<div id='header'><h1 class='forumtitle'><a><img alt='华人论坛'></a></h1></div><div class='navigate_section'>"
            "<ul><li><a><span>华人论坛</span></a></li><li class='last'><a><span>客人 Wi-Fi 要短信验证码？</span></a></li></ul>"
            "</div><div id='display_head' class='information'><h2 class='display_title'><span id='top_subject'>客人 Wi-Fi"
            " 要短信验证码？</span></h2><p>Started by 老周 · Read 1,286 times</p></div><div class='pagesection'><div class="
            "'buttonlist'><a class='button'>Reply</a><a class='button'>Notify</a></div></div><div id='forumposts'><form>"
            + _smf_post(1, "老周", 0, "想问问：<br>1. 真有这个规定吗？<br>2. 短信谁付钱？<br><br>谢谢各位！")
            + _smf_post(2, "阿力", 1, cite.format("2. 短信谁付钱？") + "店主付。<br><br>Beeline 月费 5 900 坚戈。")
            + _smf_post(3, "Daniyar", 2, "步骤是这样：<br><br><strong>第一步</strong>：签合同。<br><strong>第二步</strong>："
                        "路由器上开 Hotspot。<br><strong>第三步</strong>：测一遍。<br><br>半天做完。")
            + _smf_post(4, "老周", 3, "<blockquote class='bbc_standard_quote'><cite>Quote</cite>Wi-Fi для бизнеса</blockquote>"
                        "最后签了这个。")
            + "</form></div><div id='footer'><ul><li class='copyright'><a>SMF 2.1.4 © 2023</a>, <a>Simple Machines</a>"
            "</li></ul><p>Page created in 0.084 seconds with 23 queries.</p></div></body></html>")
    frags = cut(page)
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "客人 Wi-Fi 要短信验证码？", "想问问：\n1. 真有这个规定吗？\n2. 短信谁付钱？\n谢谢各位！"),
        ("section", "阿力", "店主付。\nBeeline 月费 5 900 坚戈。"),
        ("section", "Daniyar", "步骤是这样："),
        ("step", "签合同", "第一步：签合同。"), ("step", "路由器上开 Hotspot", "第二步：路由器上开 Hotspot。"),
        ("step", "测一遍", "第三步：测一遍。"),
        ("section", "Daniyar", "半天做完。"),
        ("section", "老周（楼主）", "Wi-Fi для бизнеса\n最后签了这个。")]


def test_smf_marks_alone_make_no_thread() -> None:
    # a #forumposts box without SMF's post cards is some other page's
    page = ("<html><head><title>论坛规则</title></head><body><h1>论坛规则</h1><div id='forumposts'><div class='windowbg'>"
            "<div class='poster'>管理员</div><p>不许发广告。</p></div></div></body></html>")
    assert parts(page) == [("论坛规则", "管理员\n不许发广告。")]


def _plurk_response(name: str, qualifier: str, text: str) -> str:
    return (f"<div class='response' data-rid='71' data-uid='77'><div class='avatar'><a><img class='profile_pic'></a></div>"
            f"<div class='content'><a class='name' href='https://www.plurk.com/x'>{name}</a> <span class='qualifier "
            f"q_says'>{qualifier}</span><div class='text_holder'>{text}</div><div class='time'><span class='timeago'>"
            "05-20 22:31</span></div></div></div>")


def plurk(text: str, responses: str, og_title: str = "小魚 問 台灣門號漫遊怎麼辦？") -> str:
    """A Plurk permalink page: the top bar, the plurk with its counts, the responses, the owner card, the footer."""
    return ("<html><head><title>小魚 問 台灣門號漫遊… - Plurk</title><meta property='og:site_name' content='Plurk'>"
            f"<meta property='og:title' content='{og_title}'></head><body class='permaplurk'><div id='top_bar'><a id="
            "'top_logo'><img alt='Plurk'></a><div id='dash-nav'><a class='nav-item'>熱門</a></div><div id='top_login'>"
            "<a>登入</a><a>註冊</a></div></div><div id='permanent-holder'><div class='perma_holder'><div id="
            "'permanent-plurk' class='plurk' data-pid='1'><div class='plurk_box'><div class='avatar'><img></div>"
            "<div class='content'><div class='user'><a class='name'>小魚</a></div><span class='qualifier q_asks'>問</span>"
            f"<div class='text_holder'>{text}</div><div class='time'><a class='permalink'>2025-05-20 22:13</a></div>"
            "</div></div><div class='plurk_info'><span class='response_count'><span class='count'>3</span> 則回應</span>"
            "<a class='favorite_count'>喜歡 <span>64</span></a><a class='replurk_count'>轉噗 <span>17</span></a>"
            "<span class='coins'>噗幣 <span>3</span></span></div></div><div id='plurk_responses'><div class='response_box'>"
            f"<div class='list'>{responses}</div></div><div class='response_box_footer'><a>登入後回應</a></div></div></div>"
            "<div id='perma_side'><div class='owner_card'><div class='display_name'>小魚</div><div class='about'>上班族"
            "</div><a class='follow_button'>追蹤</a></div></div></div><div id='footer'><a>關於噗浪</a> | <a>噗幣</a>"
            "<div class='copyright'>© 2025 Plurk</div></div></body></html>")


def test_a_plurk_is_its_question_then_each_response_by_its_writer_without_qualifiers_counts_or_times() -> None:
    # read as a page, each response's name and qualifier, its text and its time ran together, cut by length
    # mid-reply (a reply's lead-in lost as its list's title), and 「噗幣 3」 was text
    responses = (_plurk_response("漫遊怪叔叔", "說", "台灣大哥大：日租 NT$349／天。<br>遠傳：NT$399／天。")
                 + _plurk_response("小魚", "問", "@ohmyroaming 那要怎麼知道連的是哪一家？")
                 + _plurk_response("阿哲", "分享", "簡訊的部分：<b>在國外接收簡訊是免費的</b>。重點是：<br>1. 出國前開通國際漫遊；"
                                   "<br>2. 到了當地把數據漫遊關掉；<br>3. 雙卡手機最方便。<br>刷卡驗證簡訊晚了 1～2 分鐘才到。"))
    frags = cut(plurk("台灣門號漫遊怎麼辦？<br>我是中華電信月租型。", responses))
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "台灣門號漫遊怎麼辦？", "我是中華電信月租型。"),
        ("section", "漫遊怪叔叔", "台灣大哥大：日租 NT$349／天。\n遠傳：NT$399／天。"),
        ("section", "小魚（楼主）", "那要怎麼知道連的是哪一家？"),
        ("section", "阿哲", "簡訊的部分：在國外接收簡訊是免費的。重點是："),
        ("step", "出國前開通國際漫遊", "出國前開通國際漫遊；"), ("step", "到了當地把數據漫遊關掉", "到了當地把數據漫遊關掉；"),
        ("step", "雙卡手機最方便", "雙卡手機最方便。"),
        ("section", "阿哲", "刷卡驗證簡訊晚了 1～2 分鐘才到。")]
    words = "\n".join(" ".join(f.path) + f.text for f in frags)
    for gone in ("分享", "說", "22:31", "則回應", "喜歡", "轉噗", "噗幣", "登入", "熱門", "上班族", "追蹤", "Plurk", "@ohmyroaming"):
        assert gone not in words


def test_a_one_line_plurk_is_titled_by_the_page_without_its_owner_and_qualifier() -> None:
    frags = cut(plurk("台灣門號漫遊怎麼辦？" + "十天" * 30, _plurk_response("阿哲", "說", "買當地卡。")))
    assert [(f.title, f.text) for f in frags] == [("台灣門號漫遊怎麼辦？", "台灣門號漫遊怎麼辦？" + "十天" * 30),
                                                  ("阿哲", "買當地卡。")]


def test_plurk_marks_alone_make_no_thread() -> None:
    page = ("<html><head><title>噗浪說明</title></head><body><h1>噗浪說明</h1><div id='permanent-plurk'><p>登入後才能回應。</p>"
            "</div></body></html>")
    assert parts(page) == [("噗浪說明", "登入後才能回應。")]


def _bbp_post(number: int, kind: str, author: str, role: str, text: str, poster: bool = False) -> str:
    """A post's <li> as bbPress 2.6 draws one: the header (date, permalink, 回复), the post_class div of the
    author card and the text."""
    by = " topic-author" if poster else ""
    return (f"<li><div id='post-{number}' class='bbp-reply-header'><div class='bbp-meta'><span class="
            f"'bbp-reply-post-date'>2025年5月12日 下午9:47</span><a class='bbp-reply-permalink'>#{number}</a>"
            "<span class='bbp-admin-links'><a role='button' class='bbp-reply-to-link'>回复</a></span></div></div>"
            f"<div class='loop-item-0 user-id-3 odd{by} post-{number} {kind} type-{kind} status-publish hentry'>"
            "<div class='bbp-reply-author'><a class='bbp-author-link'><span class='bbp-author-avatar'><img></span><br>"
            f"<span class='bbp-author-name'>{author}</span></a><br><div class='bbp-author-role'>{role}</div></div>"
            f"<div class='bbp-reply-content'>{text}</div></div></li>")


def test_a_bbpress_topic_is_its_lead_post_then_each_reply_by_its_author() -> None:
    # read as a page, WordPress's post_class words dropped every post: the topic was 「收藏」, the notice and 「帖子」
    page = ("<html><head><meta name='generator' content='WordPress 6.8.1'></head><body><main><article class='post-1 "
            "topic type-topic status-publish hentry'><header class='entry-header'><h1 class='entry-title'>不发短信"
            "只打电话</h1></header><div class='entry-content'><div id='bbpress-forums' class='bbpress-wrapper'>"
            "<div class='bbp-breadcrumb'><p><a>论坛</a> › <span class='bbp-breadcrumb-current'>不发短信只打电话</span>"
            "</p></div><span id='favorite-toggle'><a class='favorite-toggle'>收藏</a></span><div class='bbp-template-"
            "notice info'><ul><li class='bbp-topic-description'>此话题包含 2 条回复。</li></ul></div>"
            "<ul class='forums bbp-replies'><li class='bbp-header'><div class='bbp-reply-author'>作者</div>"
            "<div class='bbp-reply-content'>帖子</div></li><li class='bbp-body'>"
            + _bbp_post(1, "topic", "阿风", "参与者", "<p>注册时一直接不到电话，怎么办？</p>", poster=True)
            + _bbp_post(2, "reply", "老马", "版主", "<p>按顺序查：</p><ol><li>看最近通话。</li><li>拨 ##002# 取消转移。</li>"
                        "</ol>")
            + "<ul class='bbp-threaded-replies'>"
            + _bbp_post(3, "reply", "阿风", "参与者", "<p>就是转移，谢谢！</p>", poster=True)
            + "</ul></li><li class='bbp-footer'><div class='bbp-reply-author'>作者</div></li></ul>"
            "<div class='bbp-reply-form'><form><fieldset><legend>回复至：不发短信只打电话</legend><textarea></textarea>"
            "</fieldset></form></div></div></div></article></main></body></html>")
    frags = cut(page)
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "不发短信只打电话", "注册时一直接不到电话，怎么办？"), ("section", "老马", "按顺序查："),
        ("step", "看最近通话", "看最近通话。"), ("step", "拨 ##002# 取消转移", "拨 ##002# 取消转移。"),
        ("section", "阿风（楼主）", "就是转移，谢谢！")]


def _mybb_post(number: int, author: str, text: str, edited: str = "") -> str:
    """A post as MyBB 1.8's postbit_classic draws one: the author block, the head (permalink 「#n」, date, edit
    note), the text, the signature and the buttons."""
    note = f"<span class='edited_post'>(最後修改: 2026-11-03, 08:20 AM 由 <a>{edited}</a>.)</span>" if edited else ""
    return (f"<a name='pid{number}' id='pid{number}'></a><div class='post classic ' id='post_{number}'>"
            "<div class='post_author scaleimages'><div class='author_avatar'><a><img alt=''></a></div>"
            f"<div class='author_information'><strong><span class='largetext'><a>{author}</a></span></strong>"
            "<br><span class='smalltext'>會員<br><img alt='*'></span></div><div class='author_statistics'>文章: 41<br>"
            "註冊日期: 2024-03<br>聲望: <a><strong class='reputation_positive'>5</strong></a></div></div>"
            f"<div class='post_content'><div class='post_head'><div class='float_right'><strong><a>#{number}</a>"
            f"</strong></div><span class='post_date'>2026-11-02, 10:14 PM <span class='post_edit'>{note}</span>"
            f"</span></div><div class='post_body scaleimages' id='pid_{number}'>{text}</div>"
            "<div class='signature scaleimages'>在零下三十度的城市學會了煮牛肉麵。</div></div><div class='post_controls'>"
            "<a class='postbit_find'><span>找出</span></a><a class='postbit_quote'><span>回覆</span></a>"
            "<a class='postbit_report'><span>檢舉</span></a></div></div>")


def test_a_mybb_threads_posts_are_parts_headed_by_their_authors_with_quotes_and_bold_titles() -> None:
    # read as a page, every post was a part titled by its permalink 「#n」 over its date line and edit note, the
    # names were lost, a quote was lost whole, the asker's 1./2. lines lost their numbers, the line after the
    # steps ran into the last one, and the footer (「« 上一個主題 | 下一個主題 »」, 線性模式) was a part
    quote = ("<blockquote class='mycode_quote'><cite><span> (2026-11-02, 10:14 PM)</span>阿凱 寫道： "
             "<a class='quick_jump' href='Thread-x?pid=1#pid1'></a></cite>要找誰？</blockquote>")
    page = ("<html><head><title>加值沒到帳</title></head><body><div id='container'><div id='header'><a>入口</a>"
            "<a>搜尋</a></div><div class='navigation'><a>論壇</a> › 加值沒到帳</div><table class='tborder'>"
            "<tr><td class='thead'><div class='float_right'><a id='thread_modes'>顯示模式</a></div><div><strong>"
            "加值沒到帳</strong></div></td></tr><tr><td id='posts_container'><div id='posts'>"
            + _mybb_post(1, "阿凱", "ATM 扣款了，門號沒到帳。<br><br>想問：<br>1. 要找誰？<br>2. 要等多久？")
            + _mybb_post(2, "Nurlan", "先講結論：找付錢的那邊。<br><br><span style='font-weight: bold;' class='mycode_b'>"
                         "一、銀行 ATM 加值</span><br>1. 先在銀行 App 看交易狀態。<br>2. 打客服 7111。<br>收據沒印出來"
                         "完全不影響。<br><br><span style='font-weight: bold;' class='mycode_b'>二、終端機投現金</span><br>"
                         "沒有收據也查得到。", edited="Nurlan")
            + _mybb_post(3, "小林", quote + "先在電信業者的 App 確認。")
            + _mybb_post(4, "阿凱", "隔天就到帳了，謝謝！")
            + "</div></td></tr><tr><td class='tfoot'><strong>« <a>上一個主題</a> | <a>下一個主題</a> »</strong></td>"
            "</tr></table><div class='float_left'><span class='smalltext'>正在瀏覽此主題的會員： 1 位訪客</span></div>"
            "<div id='thread_modes_popup' class='popup_menu' style='display: none;'><a>線性模式</a><a>樹狀模式</a>"
            "</div><div id='copyright'>Powered By <a>MyBB</a></div></div></body></html>")
    frags = cut(page)
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "加值沒到帳", "ATM 扣款了，門號沒到帳。\n想問：\n1. 要找誰？\n2. 要等多久？"),
        ("section", "Nurlan", "先講結論：找付錢的那邊。"),
        ("step", "先在銀行 App 看交易狀態", "先在銀行 App 看交易狀態。"), ("step", "打客服 7111", "打客服 7111。"),
        ("section", "銀行 ATM 加值", "收據沒印出來完全不影響。"), ("section", "終端機投現金", "沒有收據也查得到。"),
        ("section", "小林", "阿凱 寫道：要找誰？\n先在電信業者的 App 確認。"),
        ("section", "阿凱（楼主）", "隔天就到帳了，謝謝！")]
    assert {f.procedure.title for f in frags if f.type == "step"} == {"銀行 ATM 加值"}


def test_mybb_marks_alone_make_no_thread() -> None:
    # a #posts_container without MyBB's post cards is some other page's
    page = ("<html><head><title>論壇規則</title></head><body><h1>論壇規則</h1><div id='posts_container'>"
            "<div class='post'>不許發廣告。</div></div></body></html>")
    assert parts(page) == [("論壇規則", "不許發廣告。")]


def _invision_post(number: int, author: str, text: str) -> str:
    """A post as Invision Community 4 draws one in a topic: the author pane (name, group, post count, photo), the
    meta line (「Posted <time>」, Report), the rich text, the reactions and Quote."""
    return (f"<a id='comment-{number}'></a><article id='elComment_{number}' class='cPost ipsBox ipsComment "
            "ipsComment_parent ipsColumns'><aside class='ipsComment_author cAuthorPane ipsColumn'>"
            f"<h3 class='ipsType_sectionHead cAuthorPane_author'><strong><a>{author}</a></strong></h3>"
            "<ul class='cAuthorPane_info ipsList_reset'><li data-role='group'><span>资深会员</span></li>"
            "<li data-role='stats'><ul class='cAuthorPane_stats'><li><a title='1,388 posts'>"
            "<i class='fa fa-comment'></i> 1.4k</a></li></ul></li></ul></aside><div class='ipsColumn ipsColumn_fluid'>"
            f"<div id='comment-{number}_wrap' data-controller='core.front.core.comment' data-commentid='{number}' "
            "class='ipsComment_content'><div class='ipsComment_meta ipsType_light'><div class='ipsComment_toolWrap'>"
            "<ul class='ipsComment_tools'><li><a data-action='reportComment'>Report</a></li></ul></div><div>Posted "
            "<a><time datetime='2025-10-08T08:15:00Z'>October 8, 2025</time></a></div></div><div class='cPost_contentWrap'>"
            f"<div data-role='commentContent' class='ipsType_normal ipsType_richText ipsContained'>{text}</div>"
            "<div class='ipsItemControls'><div class='ipsReact'><ul class='ipsReact_reactions'><li class="
            "'ipsReact_reactCount'><span title='Like'></span><span>9</span></li></ul></div><ul class='ipsComment_controls'"
            " data-role='commentControls'><li><a data-action='quoteComment'>Quote</a></li></ul></div></div></div></div>"
            "</article>")


def _invision_quote(number: int, author: str, text: str) -> str:
    return (f"<blockquote class='ipsQuote' data-ipsquote='' data-ipsquote-contentcommentid='{number}' "
            f"data-ipsquote-username='{author}'><div class='ipsQuote_citation'>{author} said:</div>"
            f"<div class='ipsQuote_contents ipsClearfix'><p>{text}</p></div></blockquote>")


def test_an_invision_topics_posts_are_parts_headed_by_their_authors_without_panes_meta_or_reply_box() -> None:
    # read as a page, div#comments, commentFeed, ipsComment and commentContent named a comment section: every
    # post was dropped and the guest reply box 「Create an account or sign in to comment」 was all that was left
    page = ("<html><head><title>亲情号码怎么免费？ - 手机 - 华人论坛</title></head><body class='ipsApp ipsApp_front'>"
            "<div id='ipsLayout_header'><a>Existing user? Sign In</a></div><div class='ipsPageHeader ipsBox'>"
            "<h1 class='ipsType_pageTitle'><span>亲情号码怎么免费？</span></h1><p>By <a>老张</a>, October 8, 2025"
            " in <a>手机</a></p></div><div class='ipsClearfix'><a>Reply to this topic</a><a>Start new topic</a></div>"
            "<div id='comments' data-controller='core.front.core.commentFeed' data-feedid='topic-18842'>"
            "<h2 class='ipsType_sectionTitle'>Recommended Posts</h2><div data-role='commentFeed'>"
            + _invision_post(1, "老张", "<p>三家的规则我整理了一下：</p><p>Kcell 拨 *130*号码# 添加，最多 3 个。</p>")
            + _invision_post(2, "小王", _invision_quote(1, "老张", "最多 3 个") + "<p>3 个号码合计 1 000 分钟。</p>")
            + _invision_post(3, "小李", _invision_quote(999, "阿明", "Beeline 每天 30 坚戈") + "<p>余额不够那天就停。</p>")
            + _invision_post(4, "老张", "<p>今天办好了，谢谢。</p>")
            + "</div></div><div data-role='replyArea' class='cTopicPostArea'><h2 class='ipsType_pageTitle'>Create an "
            "account or sign in to comment</h2><p>You need to be a member in order to leave a comment</p></div>"
            "<p>Powered by Invision Community</p></body></html>")
    assert parts(page) == [
        ("亲情号码怎么免费？", "三家的规则我整理了一下：\nKcell 拨 *130*号码# 添加，最多 3 个。"),
        ("小王", "3 个号码合计 1 000 分钟。"),
        ("小李", "阿明 said:\nBeeline 每天 30 坚戈\n余额不够那天就停。"),
        ("老张（楼主）", "今天办好了，谢谢。")]


def test_invision_marks_alone_make_no_thread() -> None:
    # a page with Invision's classes but no topic's post feed is some other page's
    page = ("<html><head><title>规则</title></head><body class='ipsApp'><h1>规则</h1><div class='cPost_contentWrap'>"
            "<p>不许发广告。</p></div></body></html>")
    assert parts(page) == [("规则", "不许发广告。")]


def _ipb2_post(number: int, name: str, date: str, text: str) -> str:
    """A post as IP.Board 2 (Lowyat.NET) draws one: a table of the poster's card and the post's header, then the text
    and the signature."""
    return (f"<table class='ipbtable' cellspacing='1'><tr><td class='row4' valign='top'><span class='normalname'><a>{name}"
            "</a></span><div class='postdetails'>Regular<br />Group: Members<br />Posts: 512<br />Joined: Jul 2015</div></td>"
            f"<td class='row4'><div class='postdate'>{date}</div><span class='post_id'>#{number}</span></td></tr><tr>"
            f"<td class='row1'></td><td class='row1'><div class='postcolor' id='post-{number}'>{text}</div>"
            "<div class='signature'>-----<br />Almaty ⇄ KL</div></td></tr></table>")


def test_an_ip_board_2_topics_posts_are_parts_headed_by_their_posters_without_cards_or_quotes_of_the_page() -> None:
    # read as a page, the topic's options were text, each poster's card and post header ran into the end of the post
    # above it, quotes were plain lines 「QUOTE(name @ date)」, every post the subject's, and the last post a table row
    # of the one above it; the topic's description is the first line of its first post (holdout222)
    page = ("<html><head><title>收不到 TAC - Lowyat.NET</title></head><body><div id='ipbwrapper'><div id='navstrip'>"
            "<a>Lowyat.NET</a> &gt; <a>Banking Corner</a></div><div class='borderwrap'><div class='maintitle'>"
            "<h1>换手机收不到 TAC 怎么办？</h1> <span class='desc'>MAE app, roaming SMS</span></div>"
            "<div class='topic-options'>Track this topic · Print this topic · <span class='pagination'>Pages (2) 1 "
            "<a>2</a></span></div>"
            + _ipb2_post(1, "阿明", "Oct 6 2026, 09:14 PM", "我在阿拉木图换了手机，TAC 一直收不到。")
            + _ipb2_post(2, "小王", "Oct 6 2026, 09:40 PM", "<div class='quotetop'>QUOTE(阿明 @ Oct 6 2026, 09:14 PM)"
                         "</div><div class='quotemain'>TAC 一直收不到</div>先手动选网。<br /><br /><b>我换机的步骤</b>"
                         "<br />1. 把 MY 卡插进新手机。<br />2. 打开 MAE app 选 Switch device。<br /><br />TAC 4 分钟才到。")
            + _ipb2_post(3, "阿明", "Oct 7 2026, 11:30 AM", "<div class='quotetop'>QUOTE(老李 @ Oct 1 2026, 08:00 AM)"
                         "</div><div class='quotemain'>选 Kcell</div>选了 Kcell 就来了。")
            + _ipb2_post(4, "老李", "Oct 8 2026, 02:17 PM", "短信可能被过滤成 Spam。")
            + "<div class='quick-reply'><div class='maintitle'>Fast Reply</div><textarea name='Post'></textarea></div>"
            "</div></div></body></html>")
    assert texts(cut(page)) == [
        ("section", "换手机收不到 TAC 怎么办？", "MAE app, roaming SMS\n我在阿拉木图换了手机，TAC 一直收不到。"),
        ("section", "小王", "先手动选网。"),
        ("step", "把 MY 卡插进新手机", "把 MY 卡插进新手机。"),
        ("step", "打开 MAE app 选 Switch device", "打开 MAE app 选 Switch device。"),
        ("section", "小王", "TAC 4 分钟才到。"),
        ("section", "阿明（楼主）", "老李 said:\n选 Kcell\n选了 Kcell 就来了。"),
        ("section", "老李", "短信可能被过滤成 Spam。")]
    assert cut(page)[2].procedure.title == "我换机的步骤"


def _4pda_post(number: int, name: str, date: str, text: str) -> str:
    """A post as 4PDA's IP.Board draws one: a div.borderwrap's table of the poster's card and 「Сообщение #N · date」,
    then the text in div.postcolor.post_body and the Жалоба / Цитировать footer."""
    return (f"<div class='borderwrap'><table class='ipbtable'><tr><td class='row2 post-author'><span class='normalname'>"
            f"<a>{name}</a></span><br><span class='user-group'>Пользователь</span><br>Сообщений: 88</td><td class='row2 "
            f"post-date'>Сообщение <a>#{number}</a> · {date}</td></tr><tr><td colspan='2'><div class='postcolor post_body'>"
            f"{text}</div><div class='post-footer'><a>Жалоба</a> <a>+ Цитировать</a></div></td></tr></table></div>")


def test_a_4pda_topics_description_spoilers_bold_titles_and_quotes_are_read() -> None:
    # holdout222: the maintitle's subject in a <span> (not an h1 or <b>) was not found, the page's <title> titled the
    # thread and the first post's bold first line its first part; its description was lost; a bold title after a list
    # was a line of the list's part; each spoiler's 「Спойлер: …」 title was a line of the part above, its list no
    # steps; a reply's quote of a post on the page was kept as text 「name @ date」
    page = ("<html><head><title>锁定 LTE 频段讨论：Kcell / Beeline - 4PDA</title></head><body><div id='ipbwrapper'>"
            "<div id='navstrip'><a>Форум</a> &gt; <a>Операторы Казахстана</a></div><div class='maintitle'><span>锁定 LTE "
            "频段讨论：Kcell / Beeline</span> <span class='desc'>Band 3 / 7 / 20，工程菜单</span></div>"
            "<div class='pagination'>Страницы: <b>1</b> <a>2</a></div>"
            + _4pda_post(1, "Arman_KZ", "12.09.25, 21:14",
                         "<b>锁定 LTE 频段讨论</b><br><br>本帖讨论锁频。<br><br><b>各运营商的频段</b><br><ul><li>Kcell：B3、B7"
                         "</li><li>Beeline：B3、B20</li></ul><b>为什么要锁频</b><br>板楼里 B20 很慢。<br><br><div class='post-block "
                         "spoil close'><div class='block-title'>Спойлер: 高通手机锁频方法</div><div class='block-body'><ol>"
                         "<li>安装 NSG。</li><li>点「BAND Locking」。</li></ol>没有 root 不能锁。</div></div>")
            + _4pda_post(2, "dimash_ast", "13.09.25, 09:40", "锁 B7 以后进电梯就断网。")
            + _4pda_post(3, "Saule_T2", "14.09.25, 18:02",
                         "<div class='post-block quote'><div class='block-title'>dimash_ast @ 13.09.25, 09:40</div><div "
                         "class='block-body'>进电梯就断网</div></div>同样的问题，地下车库没网。")
            + _4pda_post(4, "Arman_KZ", "15.09.25, 11:27",
                         "iPhone 不能锁频。<br><div class='post-block spoil close'><div class='block-title'>Спойлер: 锁频后"
                         "耗电</div><div class='block-body'>弱信号锁 B7 更费电。</div></div>")
            + "<div class='fast-reply'><b>Быстрый ответ</b><br>Для отправки сообщений необходимо <a>войти</a>.</div>"
            "</div></body></html>")
    frags = cut(page)
    assert texts(frags) == [
        ("section", "锁定 LTE 频段讨论：Kcell / Beeline", "Band 3 / 7 / 20，工程菜单\n本帖讨论锁频。"),
        ("section", "各运营商的频段", "Kcell：B3、B7\nBeeline：B3、B20"),
        ("section", "为什么要锁频", "板楼里 B20 很慢。"),
        ("step", "安装 NSG", "安装 NSG。"),
        ("step", "点「BAND Locking」", "点「BAND Locking」。"),
        ("section", "高通手机锁频方法", "没有 root 不能锁。"),
        ("section", "dimash_ast", "锁 B7 以后进电梯就断网。"),
        ("section", "Saule_T2", "同样的问题，地下车库没网。"),
        ("section", "Arman_KZ（楼主）", "iPhone 不能锁频。"),
        ("section", "锁频后耗电", "弱信号锁 B7 更费电。")]
    assert frags[3].procedure.title == "高通手机锁频方法"


def test_ip_board_2_marks_alone_make_no_thread() -> None:
    # a div.postcolor on a page without a topic's title is some other page's
    page = "<html><body><h1>规则</h1><div class='postcolor'>不许发广告。</div></body></html>"
    assert parts(page) == [("规则", "不许发广告。")]


def _lemmy_comment(number: int, writer: str, text: str, replies: str = "", op: bool = False) -> str:
    """A comment as lemmy-ui 0.19 draws one in a post's tree: Collapse, the writer (an 「OP」 badge by the
    poster's), the score and time, the text, the vote and Reply buttons, then its replies."""
    badge = "<span class='badge text-bg-light me-1'>OP</span>" if op else ""
    nested = f"<ul class='comments ms-1'>{replies}</ul>" if replies else ""
    return (f"<li class='comment' role='comment'><article id='comment-{number}' class='details comment-node py-2'>"
            "<div class='ms-2'><div class='d-flex text-muted small'><button type='button' aria-label='Collapse'>"
            f"</button><span class='person-listing d-inline-flex'><a class='text-info' title='{writer}'><span>{writer}"
            f"</span></a></span>{badge}<span class='me-1 font-weight-bold' aria-label='score'>+6</span><span>•</span>"
            f"<span class='moment-time'>2 mon. ago</span></div><div class='md-div'>{text}</div><div class='d-flex'>"
            "<button type='button' aria-label='Upvote'>6</button><button type='button' aria-label='Reply'>Reply"
            f"</button></div></div></article>{nested}</li>")


def test_a_lemmy_posts_comment_tree_is_parts_by_writer_and_the_posters_answer_a_question() -> None:
    # read as a page, ul.comments, li.comment and article.comment-node named a comment section: every comment
    # was dropped, and the post's byline 「laoma to 华人 • 2 mon. ago」 and the 「Sort」 bar were its text
    page = ("<html><head><title>儿子去服兵役，手机号怎么办？ - 华人 - Lemmy.world</title></head><body class='app-body'>"
            "<div id='root'><nav class='navbar' id='navbar'><a>Communities</a><a>Login</a></nav><main>"
            "<div class='post-listing mt-2'><div class='vote-bar'><div class='post-score'>42</div></div>"
            "<h1 class='h5 d-inline'><a title='comments'>儿子去服兵役，手机号怎么办？</a></h1><div class='small mb-1'>"
            "<span class='person-listing'><a title='laoma'><span>laoma</span></a></span><span> to </span>"
            "<a class='community-link'><span>华人</span></a><span class='mx-1'>•</span><span class='moment-time'>"
            "2 mon. ago</span></div><div class='md-div'><p>儿子下个月入伍，Kcell 的卡一年不用会被收回吗？</p></div>"
            "<div class='d-flex'><a title='3 Comments'>3 Comments</a><button type='button'>Save</button></div></div>"
            "<div class='mb-2'><span class='me-2'>Sort</span><div class='btn-group'><label class='btn'>Hot</label>"
            "<label class='btn'>Top</label><label class='btn'>New</label><label class='btn'>Old</label></div></div>"
            "<div class='comments'><ul class='comments' aria-label='Comments'>"
            + _lemmy_comment(1, "kcell_fan", "<p>连续 180 天没有收费动作就收回，可以办自愿停机。</p>")
            + _lemmy_comment(2, "aigerim", "<p>停机每天收多少钱？</p>",
                             _lemmy_comment(3, "laoma", "<p>营业厅说每天 10 坚戈。</p>", op=True))
            + "</ul></div></main></div></body></html>")
    frags = cut(page)
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "儿子去服兵役，手机号怎么办？", "儿子下个月入伍，Kcell 的卡一年不用会被收回吗？"),
        ("section", "kcell_fan", "连续 180 天没有收费动作就收回，可以办自愿停机。"),
        ("qa", "停机每天收多少钱？", "营业厅说每天 10 坚戈。")]


def test_lemmy_marks_alone_make_no_thread() -> None:
    # a comment-node outside a Lemmy post page's listing and tree is some other page's
    page = ("<html><head><title>规则</title></head><body><h1>规则</h1><div class='comment-node'>"
            "<p>不许发广告。</p></div></body></html>")
    assert parts(page) == [("规则", "不许发广告。")]


def _hn_row(number: int, depth: int, writer: str, text: str) -> str:
    """A comment as Hacker News draws one in an item's flat comment-tree: its depth only in td.ind's indent, the
    vote arrow, the comhead (writer, age, parent / next links, the [–] toggle), the text, the 「reply」 link."""
    return (f"<tr class='athing comtr' id='{number}'><td><table border='0'><tr><td class='ind' indent='{depth}'>"
            f"<img src='s.gif' height='1' width='{40 * depth}'></td><td class='votelinks'><center><a id='up_{number}'>"
            "<div class='votearrow' title='upvote'></div></a></center></td><td class='default'><div><span class='comhead'>"
            f"<a href='user?id={writer}' class='hnuser'>{writer}</a> <span class='age'><a>1 day ago</a></span>"
            "<span class='navs'> | <a href='#1' class='clicky'>parent</a> | <a href='#2' class='clicky'>next</a> "
            "<a class='togg clicky'>[–]</a></span></span></div><br><div class='comment'>"
            f"<div class='commtext c00'>{text}</div><div class='reply'><p><font size='1'><u><a>reply</a></u></font>"
            "</p></div></div></td></tr></table></td></tr>")


def test_a_hacker_news_items_comments_are_parts_by_writer_and_a_reply_to_a_question_a_qa() -> None:
    # read as a page, the flat tr.comtr rows were a comment list cut a few at a time whatever their depth, each
    # with its comhead 「aigerim 1 day ago | parent | next [–]」 and 「reply」 as text and its <p>s run together
    page = ("<html><head><title>Show HN: 用旧手机做短信网关 | Hacker News</title></head><body><center>"
            "<table id='hnmain'><tr><td bgcolor='#ff6600'><span class='pagetop'><b class='hnname'><a>Hacker News</a>"
            "</b><a>new</a> | <a>past</a> | <a>comments</a></span><span class='pagetop'><a>login</a></span></td></tr>"
            "<tr><td><table class='fatitem'><tr class='athing submission' id='1'><td class='title'>"
            "<span class='titleline'><a>Show HN: 用旧手机做短信网关</a></span></td></tr><tr><td class='subtext'>"
            "<span class='subline'><span class='score'>87 points</span> by <a class='hnuser'>laoma</a> "
            "<span class='age'><a>1 day ago</a></span> | <a>hide</a> | <a>past</a> | <a>favorite</a> | "
            "<a>12&nbsp;comments</a></span></td></tr><tr><td><div class='toptext'><p>客户发车牌号到店里的号码，"
            "手机自动回复维修进度。</p></div></td></tr><tr><td><form action='comment'><textarea name='text'>"
            "</textarea><input type='submit' value='add comment'></form></td></tr></table>"
            "<table class='comment-tree'>"
            + _hn_row(2, 0, "aigerim", "手机关机了短信会丢吗？<p>我们店里试过，三天没人发现。")
            + _hn_row(3, 1, "laoma", "不会丢，运营商保存 48 小时。")
            + _hn_row(4, 0, "kcell_fan", "发一条短信 15 坚戈，不贵。")
            + "</table></td></tr><tr><td><span class='yclinks'><a>Guidelines</a> | <a>FAQ</a></span>"
            "<form action='//hn.algolia.com/'>Search: <input type='text' name='q'></form></td></tr></table>"
            "</center></body></html>")
    assert texts(cut(page)) == [
        ("section", "Show HN: 用旧手机做短信网关", "客户发车牌号到店里的号码，手机自动回复维修进度。"),
        ("section", "aigerim", "手机关机了短信会丢吗？\n我们店里试过，三天没人发现。"),
        ("qa", "手机关机了短信会丢吗？", "不会丢，运营商保存 48 小时。"),
        ("section", "kcell_fan", "发一条短信 15 坚戈，不贵。")]


def test_a_hacker_news_reply_to_a_statement_is_headed_by_its_writer() -> None:
    # only a reply one level under a comment that asks answers it; a top-level comment after one does not
    page = ("<html><body><table id='hnmain'><tr><td><table class='fatitem'><tr><td><span class='titleline'>"
            "<a>Ask HN: 短信网关</a></span></td></tr></table><table class='comment-tree'>"
            + _hn_row(2, 0, "aigerim", "Kcell 能用吗？")
            + _hn_row(3, 0, "laoma", "我用的是 Beeline。")
            + "</table></td></tr></table></body></html>")
    assert texts(cut(page)) == [("section", "aigerim", "Kcell 能用吗？"), ("section", "laoma", "我用的是 Beeline。")]


def _slashdot_comment(number: int, subject: str, writer: str, text: str, replies: str = "") -> str:
    """A comment as Slashdot draws one in ul#commentlisting: its commentTop (the subject h4, the score, 「by name
    ( user number ) on <date> (#n)」), its commentBody, then its replies in an <ul> nested in its li."""
    return (f"<li id='tree_{number}' class='comment full'><div class='commentTop'><div class='title'><h4><a>{subject}"
            "</a></h4> <span class='score'>(Score:4, Informative)</span></div><div class='details'>by <span class='by'>"
            f"<a>{writer}</a></span> on Friday September 18, 2026 @08:44PM (<a>#{number}</a>)</div></div>"
            f"<div class='commentBody'>{text}</div>{f'<ul>{replies}</ul>' if replies else ''}</li>")


def test_a_slashdot_storys_comments_are_parts_by_subject_or_writer() -> None:
    # read as a page, the comments were one comment list cut into 「评论」 passages a few at a time whatever their
    # threads (a top-level remark glued to the joke after it), their subjects and writers lost
    page = ("<html><head><title>市政府购买手机位置数据 - Slashdot</title></head><body><header><nav><a>Stories</a> "
            "<a>Firehose</a> <a>Login</a></nav></header><div id='firehose'><article class='fhitem fhitem-story article'>"
            "<header><h2 class='story'><span class='story-title'><a>市政府购买手机位置数据</a></span> "
            "<span class='story-sourcelnk'>(tengrinews.kz)</span></h2><div class='details'>Posted by <a>BeauHD</a> on "
            "Friday September 18, 2026 @08:30PM from the <span class='dept-text'>where-were-you</span> dept.</div>"
            "</header><div class='body'><div class='p'>An anonymous reader writes: <i>交通局每月付钱买热力图。</i></div>"
            "<h3 class='story-sub'>退出方法</h3><div class='p'>Kcell 用户拨 *999*5# 退出。</div></div>"
            "<div class='share'><a>Twitter</a> <span class='cmt-count'>87 comments</span></div></article>"
            "<section id='comments' class='commentwrap'><div id='commentControlBox'><span class='threshold'>"
            "Threshold: 1</span> · <a>Flat</a> · <a>Threaded</a></div><ul id='commentlisting' class='d2'>"
            + _slashdot_comment(1, "30 人门槛", "steppe_sysadmin ( 1183342 )", "一个格子里就是你家那栋楼。",
                                _slashdot_comment(2, "Re:30 人门槛", "almaty_dispatcher", "热力图第一次看到通勤量。"))
            + _slashdot_comment(3, "USSD 退出", "kcell_user_77", "activ 卡要先换 4G USIM 才能用这个菜单。")
            + _slashdot_comment(4, "In Soviet Kazakhstan...", "Anonymous Coward", "...the bus route plans YOU.")
            + "</ul></section></div><footer><p class='fortune'>Remember.</p></footer></body></html>")
    assert texts(cut(page)) == [
        ("section", "市政府购买手机位置数据", "An anonymous reader writes: 交通局每月付钱买热力图。"),
        ("section", "退出方法", "Kcell 用户拨 *999*5# 退出。"),
        ("section", "30 人门槛", "一个格子里就是你家那栋楼。"),
        ("section", "almaty_dispatcher", "热力图第一次看到通勤量。"),
        ("section", "USSD 退出", "activ 卡要先换 4G USIM 才能用这个菜单。"),
        ("section", "In Soviet Kazakhstan...", "...the bus route plans YOU.")]


def test_a_slashdot_reply_to_a_question_is_a_qa() -> None:
    # a 「Re:」 reply right under a comment that asks answers it, as Hacker News's do
    page = ("<html><body><article class='fhitem fhitem-story'><h2 class='story'><span class='story-title'>热力图</span>"
            "</h2><div class='body'><div class='p'>交通局买了热力图。</div></div></article><ul id='commentlisting'>"
            + _slashdot_comment(1, "112 呢？", "aigerim", "退出会影响 112 定位吗？",
                                _slashdot_comment(2, "Re:112 呢？", "qaz_netops", "不会，紧急定位由法律规定。"))
            + "</ul></body></html>")
    assert texts(cut(page))[1:] == [("qa", "112 呢？", "退出会影响 112 定位吗？"),
                                    ("qa", "退出会影响 112 定位吗？", "不会，紧急定位由法律规定。")]


def _phpbb_post(number: int, author: str, subject: str, text: str, first: bool = False) -> str:
    """A post as phpBB 3.3's prosilver draws one in a topic: the poster's card, the post's own subject, the quote
    button, the author line, the text, the signature and 「返回顶部」."""
    return (f"<div id='p{number}' class='post has-profile bg2'><div class='inner'><dl class='postprofile' "
            f"id='profile{number}'><dt class='has-profile-rank no-avatar'><a href='./memberlist.php?mode=viewprofile"
            f"&amp;u=5' class='username'>{author}</a></dt><dd class='profile-rank'>资深会员</dd><dd class='profile-posts'>"
            "<strong>帖子:</strong> <a>1284</a></dd></dl><div class='postbody'><div id='post_content{number}'>"
            f"<h3 class='{'first' if first else ''}'><a href='./viewtopic.php?p={number}#p{number}'>{subject}</a></h3>"
            "<ul class='post-buttons'><li><a title='引用回复' class='button button-icon-only'><span class='sr-only'>引用"
            f"</span></a></li></ul><p class='author'><span class='responsive-hide'>由 <strong><a class='username'>{author}"
            "</a></strong> &raquo; </span><time datetime='2026-10-14T05:12:00+00:00'>2026年 10月 14日 10:12</time></p>"
            f"<div class='content'>{text}</div><div id='sig{number}' class='signature'>Kcell 8 年老用户</div></div></div>"
            "<div class='back2top'><a href='#top' class='top' title='返回顶部'><span class='sr-only'>返回顶部</span></a>"
            "</div></div></div><hr class='divider' />")


def _phpbb_quote(number: int, author: str, text: str) -> str:
    return (f"<blockquote><div><cite><a href='./memberlist.php?mode=viewprofile&amp;u=8'>{author}</a> 写了： "
            f"<a href='./viewtopic.php?p={number}#p{number}' data-post-id='{number}'>↑</a><span class='responsive-hide'>"
            f"2026年 10月 14日 12:40</span></cite>{text}</div></blockquote>")


def phpbb(*posts: str) -> str:
    """A phpBB 3.3 topic page (prosilver): the headerbar, navbar and breadcrumbs, the topic's title and action bar,
    the posts, the jumpbox, 「在线用户」 and the footer."""
    return ("<html><head><title>自我禁止贷款全流程 - 哈萨克斯坦华人论坛</title></head>"
            "<body id='phpbb' class='nojs notouch section-viewtopic ltr'><div id='wrap' class='wrap'>"
            "<div id='page-header'><div class='headerbar' role='banner'><div id='site-description'><h1>哈萨克斯坦华人论坛</h1>"
            "<p>阿拉木图 · 阿斯塔纳 华人交流</p></div></div><div class='navbar' role='navigation'><ul id='nav-main'>"
            "<li><a>快速链接</a></li><li><a>常见问题</a></li><li><a>登录</a></li></ul></div></div>"
            "<div id='page-body' class='page-body' role='main'><h2 class='topic-title'><a href='./viewtopic.php?t=1'>"
            "自我禁止贷款全流程</a></h2><div class='action-bar bar-top'><a class='button'><span>发表回复</span></a>"
            "<div class='pagination'>4 条帖子 &bull; 第 <strong>1</strong> 页</div></div>" + "".join(posts)
            + "<div class='action-bar actions-jump'><p class='jumpbox-return'><a>返回到 “手机卡”</a></p></div>"
            "<div class='stat-block online-list'><h3>在线用户</h3><p>正在浏览此版面的用户：3 位游客</p></div></div>"
            "<div id='page-footer' class='page-footer' role='contentinfo'><div class='copyright'><p>Powered by "
            "<a href='https://www.phpbb.com/'>phpBB</a>&reg; Forum Software</p></div></div></div></body></html>")


def test_a_phpbb_topics_bold_lines_head_parts_and_replies_are_headed_by_their_writers() -> None:
    # holdout64: read as a page, the first post's <strong> lines were no headings (all after its steps was one
    # passage), a quote's cite 「小鹿 写了： ↑2026年 10月 14日 12:40」 ran into the quoted text, and each reply was
    # titled 「subject（回复）」
    first = ("朋友被人冒名借了款，我就办了。<br>\n<br>\n<strong>这是什么</strong><br>\n在征信系统里给 ИИН 打一个标记。<br>\n"
             "<br>\n<strong>办理步骤</strong><br>\n1. 打开 eGov Mobile。<br>\n2. 选「Установить」。<br>\n<br>\n"
             "没有 eGov 的可以去 ЦОН 办。<br>\n<br>\n<strong>撤销</strong><br>\n选「Снять」，要等 5 个工作日。")
    page = phpbb(_phpbb_post(1, "老周", "自我禁止贷款全流程", first, first=True),
                 _phpbb_post(2, "小鹿", "回复： 自我禁止贷款全流程", "只有学生签证也能办吗？"),
                 _phpbb_post(3, "老周", "回复： 自我禁止贷款全流程", _phpbb_quote(2, "小鹿", "只有学生签证也能办吗？")
                             + "能办，有 ИИН 就行。"),
                 _phpbb_post(4, "Tele2用户", "已经被冒名借了怎么办", _phpbb_quote(9, "阿明", "先报警")
                             + "先打 611 确认号码没有被补卡。"))
    frags = cut(page)
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "自我禁止贷款全流程", "朋友被人冒名借了款，我就办了。"),
        ("section", "这是什么", "在征信系统里给 ИИН 打一个标记。"),
        ("step", "打开 eGov Mobile", "打开 eGov Mobile。"), ("step", "选「Установить」", "选「Установить」。"),
        ("section", "办理步骤", "没有 eGov 的可以去 ЦОН 办。"),
        ("section", "撤销", "选「Снять」，要等 5 个工作日。"),
        ("section", "小鹿", "只有学生签证也能办吗？"),
        # a quote keeps its text after 「X 写了：」, without the ↑ and the date: it says what the reply takes up
        ("section", "老周（楼主）", "小鹿 写了：\n只有学生签证也能办吗？\n能办，有 ИИН 就行。"),
        # a reply's own subject heads it
        ("section", "已经被冒名借了怎么办", "阿明 写了：\n先报警\n先打 611 确认号码没有被补卡。")]
    assert {f.procedure.title for f in frags if f.type == "step"} == {"办理步骤"}


def test_phpbb_marks_alone_make_no_thread() -> None:
    # a page whose <body> is 「#phpbb」 but holds no topic's posts (the board index, a member's profile)
    page = ("<html><head><title>论坛首页</title></head><body id='phpbb'><h1>论坛首页</h1><div class='post'>"
            "<p>不许发广告。</p></div></body></html>")
    assert parts(page) == [("论坛首页", "不许发广告。")]
def _vanilla_comment(number: int, author: str, text: str, accepted: bool = False) -> str:
    """A comment as Vanilla 2021 (Keystone) draws one: the author wrap (photo, name, role, 「Posts: N」), the meta
    line (the time; an accepted answer's 「Accepted Answer」 tag), the text, the reactions."""
    kind = " QnA-Item-Accepted" if accepted else ""
    tag = "<span class='MItem QnA-Box'><span class='Tag QnA-Tag-Accepted'>Accepted Answer</span></span>" if accepted else ""
    return (f"<li class='Item ItemComment{kind} Role_Member' id='Comment_{number}'><div class='Comment'>"
            "<div class='Item-Header CommentHeader'><div class='AuthorWrap'><span class='Author'><a class='PhotoWrap'>"
            f"<img alt='{author}'></a><a class='Username'>{author}</a></span><span class='AuthorInfo'><span class="
            "'MItem RoleTitle'>Member</span> <span class='MItem'>Posts: 37</span></span></div><div class='Meta "
            "CommentMeta CommentInfo'><span class='MItem DateCreated'><a class='Permalink'><time>November 12</time></a>"
            f"</span> {tag}</div></div><div class='Item-BodyWrap'><div class='Item-Body'><div class='Message "
            f"userContent'>{text}</div><div class='Reactions'><a class='ReactButton ReactButton-Like'><span "
            "class='Count'>6</span> <span class='ReactLabel'>Like</span></a></div></div></div></div></li>")


def test_a_vanilla_discussion_is_its_post_then_the_accepted_answer_then_each_comment_by_author() -> None:
    # read as a page, ItemComment, DataBox-Comments and CommentsWrap named comments: every comment was dropped
    # and a part 「Answers」 of 「Sign In or Register to comment.」 was all that was left after the post
    page = ("<html><head><title>刷机后 IMEI 变成 0 怎么办？ — 华人论坛</title></head><body id='vanilla_discussion_index' "
            "class='Vanilla Discussion'><div id='Frame'><div class='Head' id='Head'><ul class='SiteMenu'><li><a>"
            "Discussions</a></li><li><a>Sign In</a></li></ul></div><div id='Body'><div class='Column PanelColumn' "
            "id='Panel'><div class='Box BoxCategories'><h4>Categories</h4><ul><li><a><span class='Count'>1.1K</span> "
            "手机与网络</a></li></ul></div></div><div class='Column ContentColumn' id='Content'><div class='MessageList "
            "Discussion'><div class='PageTitle'><div class='Options'><a class='Bookmark'>Bookmark</a></div>"
            "<h1>刷机后 IMEI 变成 0 怎么办？</h1></div><div id='Item_0' class='Item ItemDiscussion'><div class="
            "'Discussion'><div class='Item-Header DiscussionHeader'><div class='AuthorWrap'><span class='Author'>"
            "<a class='Username'>小鱼</a></span><span class='AuthorInfo'><span class='MItem'>Posts: 37</span></span>"
            "</div><div class='Meta DiscussionMeta'><span class='MItem DateCreated'><time>November 12</time></span>"
            "</div></div><div class='Item-BodyWrap'><div class='Item-Body'><div class='Message userContent'>"
            "<p>刷了国际版，两个 IMEI 都显示成 0。自己还能救吗？</p></div></div></div></div></div>"
            "<div class='DataBox DataBox-AcceptedAnswers'><span class='BeforeCommentHeading'><h2 class="
            "'CommentHeading'>Answers</h2></span><ul class='MessageList DataList AcceptedAnswers'>"
            + _vanilla_comment(5, "Daulet", "<p>基带分区被刷掉了。</p><p>第一步：刷回国行官方包。<br>"
                                            "第二步：用 QPST 写回 QCN 备份。<br>第三步：送修重写 IMEI。</p>", accepted=True)
            + "</ul></div><div class='CommentsWrap'><span class='BeforeCommentHeading'><h2 class='CommentHeading'>"
            "Comments</h2></span><div class='DataBox DataBox-Comments'><ul class='MessageList DataList Comments'>"
            + _vanilla_comment(3, "版主-K", "<ul><li>IMEI 正常只是没信号 → 查 APN。</li><li>IMEI 为 0 → 基带坏了。</li></ul>")
            + _vanilla_comment(4, "天马88", "<blockquote class='Quote UserQuote'><div class='QuoteAuthor'><a>小鱼</a> "
                                           "said:</div><div class='QuoteText'><p>自己还能救吗？</p></div></blockquote>"
                                           "<p>MTK 的机子用 SP Flash Tool 读出 nvram。</p>")
            + _vanilla_comment(6, "小鱼", "<p>送修付了 18 000 坚戈，IMEI 回来了。</p>")
            + "</ul></div></div><div class='Foot Closed'><div class='Note SignInOrRegister'><a>Sign In</a> or <a>"
            "Register</a> to comment.</div></div><div class='MessageForm CommentForm' style='display:none'><h2>Leave a "
            "Comment</h2></div></div></div></div><div id='Foot'><a class='PoweredByVanilla'>Powered by Vanilla</a>"
            "</div></div></body></html>")
    frags = cut(page)
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "刷机后 IMEI 变成 0 怎么办？", "刷了国际版，两个 IMEI 都显示成 0。自己还能救吗？"),
        ("section", "Daulet", "基带分区被刷掉了。"),
        ("step", "刷回国行官方包", "第一步：刷回国行官方包。"),
        ("step", "用 QPST 写回 QCN 备份", "第二步：用 QPST 写回 QCN 备份。"),
        ("step", "送修重写 IMEI", "第三步：送修重写 IMEI。"),
        ("section", "版主-K", "IMEI 正常只是没信号 → 查 APN。\nIMEI 为 0 → 基带坏了。"),
        ("section", "天马88", "MTK 的机子用 SP Flash Tool 读出 nvram。"),
        ("section", "小鱼（楼主）", "送修付了 18 000 坚戈，IMEI 回来了。")]


def test_vanilla_marks_alone_make_no_thread() -> None:
    # a page with Vanilla's discussion class but no page title over it is some other page's
    page = ("<html><head><title>规则</title></head><body><h1>规则</h1><div class='ItemDiscussion'><div class='Message'>"
            "<p>不许发广告。</p></div></div></body></html>")
    assert parts(page) == [("规则", "不许发广告。")]


def _kaskus_post(number: int, name: str, badge: str, text: str) -> str:
    """A post as KASKUS draws one: the user card (name, rank, counts or the starter's 「TS」), the date and floor,
    the text, the buttons."""
    return (f"<div class='jsx-5521 Post_post' id='post-{number}'><div class='Post_userCard'><img class='avatar' src="
            f"'/u/{name}.jpg'><a class='Post_username' href='/@{name}'>{name}</a><span class='Post_rank'>Kaskuser"
            f"</span>{badge}</div><div class='Post_date'>12-09-2025 22:0{number} · #{number - 1}</div><div class="
            f"'Post_content htmlContentRenderer'>{text}</div><div class='Post_actions'><button>Kutip</button>"
            "<button>Balas</button></div></div>")


def test_a_kaskus_thread_is_its_first_post_then_each_reply_by_author() -> None:
    # holdout107: the user card and date were the first part, the post's centred title the subject again, and the
    # replies ran on into the last answer with their cards and dates, the quote's 「Original Posted By」 line gone
    first = ("<div style='text-align:center'><b><span>骑摩托环游哈萨克斯坦</span></b></div><br>Halo agan，我们骑了 12 天。<br><br>"
             "<b>一、群呼怎么组</b><br>做法如下：<br><ol><li>耳机先和自己手机配对。</li><li>领队发起群语音通话。</li></ol><br>"
             "<b>二、常见问题</b><br>问：头盔里能听到导航吗？<br>答：可以，但会被压低。<br>")
    page = ("<html><head><title>[SHARE] 骑摩托环游哈萨克斯坦 | KASKUS</title></head><body><div id='__next'><header class="
            "'Header_header'><nav><a>Forum</a><a>Jual Beli</a></nav></header><main class='Thread_main'><div class="
            "'Thread_header'><h1 class='Thread_title'>骑摩托环游哈萨克斯坦</h1><div class='Thread_meta'><span>Dilihat "
            "3.812 kali</span></div></div>"
            + _kaskus_post(1, "ridertjh", "<span class='Post_stats'>Posts: 1.274 · Cendol: 388</span>", first)
            + _kaskus_post(2, "motoristbdg", "<span class='Post_stats'>Posts: 96</span>", "mantap gan！支架用哪种？<br>")
            + _kaskus_post(3, "ridertjh", "<span class='badge-ts'>TS</span>", "<div class='quote'><span class="
                           "'quote-author'>Quote:Original Posted By motoristbdg ►</span>支架用哪种？</div>用 Quad Lock 的。<br>")
            + "<div class='Thread_pagination'><a>1</a><a>2</a></div></main><div class='CookieBanner'>Kami menggunakan "
            "cookie. <button>Setuju</button></div></div></body></html>")
    assert texts(cut(page)) == [
        ("section", "骑摩托环游哈萨克斯坦", "Halo agan，我们骑了 12 天。"),
        ("section", "群呼怎么组", "做法如下："),
        ("step", "耳机先和自己手机配对", "耳机先和自己手机配对。"),
        ("step", "领队发起群语音通话", "领队发起群语音通话。"),
        ("qa", "头盔里能听到导航吗？", "可以，但会被压低。"),
        ("section", "motoristbdg", "mantap gan！支架用哪种？"),
        ("section", "ridertjh（楼主）", "用 Quad Lock 的。")]


def _quora_answer(number: int, writer: str, text: str) -> str:
    """An answer as Quora draws one (q-box / qu- classes): the writer's photo, profile link and Follow, the credential
    line, the text, the views line, Upvote and 「View N comments」."""
    return (f"<div class='q-box dom_annotate_question_answer_item_{number} qu-px--medium'><div class='q-flex'>"
            f"<div class='q-box'><img class='q-image' alt='Profile photo for {writer}'></div><div class='q-box'>"
            f"<div class='q-flex'><span class='q-text qu-bold'><a class='q-box' href='/profile/{writer}-3'>{writer}"
            "</a></span><span class='q-text qu-color--gray_light'> · </span><button class='q-click-wrapper'>Follow"
            "</button></div><div class='q-text qu-color--gray'>Former RF engineer, lives in Almaty<span> · </span>"
            "<a class='q-box'>Updated 2y</a></div></div></div><div class='q-box spacing_log_answer_content "
            f"puppeteer_test_answer_content'><div class='q-text'><div class='q-box'><span class='q-box'>{text}</span>"
            "</div></div></div><div class='q-text qu-color--gray_light'>2.3K views · <a class='q-box'>View upvotes</a>"
            "</div><div class='q-flex'><button class='q-click-wrapper' aria-label='Upvote'><span class='q-text'>"
            "Upvote · 184</span></button></div><div class='q-box comments_collapsed'><button class='q-click-wrapper'>"
            "<div class='q-text'>View 12 comments</div></button></div></div>")


def test_a_quora_answer_page_is_its_answer_without_writer_credential_counts_or_more_answers() -> None:
    # read as a page, 「Serik ·」 and the credential line opened the first part, the views line,
    # 「Continue Reading on Quora」 and 「View all 6 answers…」 closed the last
    page = ("<html><head><title>车膜会让手机信号变差吗？ - Quora</title><meta property='og:site_name' content='Quora'>"
            "<meta property='og:title' content='车膜会让手机信号变差吗？'></head><body><div id='root'><div class='q-box'>"
            "<div class='q-fixed' id='siteHeader'><a class='q-box'>Home</a><a class='q-box'>Following</a><input "
            "class='q-input' placeholder='Search Quora'></div><div class='q-box qu-borderAll'><div class='q-box'><div "
            "class='q-text qu-fontWeight--bold'><span class='q-box'><span>车膜会让手机信号变差吗？</span></span></div>"
            "</div>" + _quora_answer(0, "Serik", "<p class='q-text'><span>会，差别很大：</span></p><p class='q-text'>"
                                     "<span><b>1. 金属隔热膜</b></span></p><p class='q-text'><span>车里低 10–20 dB。</span>"
                                     "</p><p class='q-text'><span><b>2. 手机壳</b></span></p><p class='q-text'><span>"
                                     "铝合金壳损失 3–8 dB。</span></p>")
            + "<div class='q-box qu-borderTop'><div class='q-text'>Continue Reading on Quora</div><a class='q-box'>"
            "View all 6 answers to this question</a></div></div><div class='q-box'><div class='q-text qu-bold'>Related "
            "questions</div><div class='q-box'><a class='q-box'><span class='q-text'>钢化膜会影响手机信号吗？</span></a>"
            "</div></div></div></div></body></html>")
    assert parts(page) == [("车膜会让手机信号变差吗？", "会，差别很大："), ("金属隔热膜", "车里低 10–20 dB。"),
                           ("手机壳", "铝合金壳损失 3–8 dB。")]


def test_a_quora_question_page_is_its_first_answer_then_each_other_by_its_writer() -> None:
    page = ("<html><head><title>车膜会让手机信号变差吗？ - Quora</title></head><body><div id='root'><div class='q-box'>"
            + _quora_answer(0, "Serik", "<p class='q-text'><span>会，金属膜车里低 10–20 dB。</span></p>")
            + _quora_answer(1, "Aigerim", "<p class='q-text'><span>陶瓷膜基本没影响。</span></p>")
            + "</div></div></body></html>")
    assert parts(page) == [("车膜会让手机信号变差吗？", "会，金属膜车里低 10–20 dB。"),
                           ("Aigerim的回答", "陶瓷膜基本没影响。")]


def test_quora_marks_alone_make_no_thread() -> None:
    # the answer class on a page that is no Quora page (no q-box) is some other page's
    page = ("<html><head><title>规则</title></head><body><h1>规则</h1><div class='spacing_log_answer_content'>"
            "<p>不许发广告。</p></div></body></html>")
    assert parts(page) == [("规则", "不许发广告。")]


def _hupu_reply(floor: int, writer: str, text: str, light: int, poster: bool = False) -> str:
    """A reply as Hupu's thread page draws one: the byline (name, 「楼主」, time, floor), the text, 「亮了(n) 回复」."""
    tip = "<span class='post-reply-list-user-info-top-tip'>楼主</span>" if poster else ""
    return (f"<div class='post-reply-list' data-floor='{floor}'><div class='post-reply-list-user-info'><a "
            f"class='post-reply-list-user-info-top-name' href='https://my.hupu.com/1'>{writer}</a>{tip}<span "
            "class='post-reply-list-user-info-top-time'>2026-10-28 21:40</span><span class='post-reply-list-user-info-"
            f"top-floor'>{floor}楼</span></div><div class='post-reply-list-content'><div class='thread-content-detail'>"
            f"{text}</div></div><div class='post-reply-list-operate'><span class='todo-list-light'>亮了({light})</span>"
            "<span class='todo-list-reply'>回复</span></div></div>")


def test_a_hupu_thread_is_its_subject_and_main_floor_then_each_floor_once_by_its_writer() -> None:
    # read as a page, the counter line 「17 亮 / 86 回复 / 2.4万 浏览」 titled the main floor, its questions were a
    # procedure, bylines were glued text (「…21:403楼」), replies ran together under 「这些回帖亮了」 / 「全部回帖」
    # cut by size, and 「亮了(n)回复」 stayed
    quote = ("<div class='reply-quote'><div class='reply-quote-header'>引用 @{} 发表的：</div>"
             "<div class='reply-quote-content'>{}</div></div>")
    page = ("<html><head><title>直播用哪家卡？ - 步行街主干道 - 虎扑社区</title></head><body><div id='__next'>"
            "<div class='hp-pc-header'><ul class='hp-pc-header-nav'><li><a>首页</a></li><li><a>步行街</a></li></ul>"
            "<div class='hp-pc-header-search'><span class='search-btn'>搜索</span></div></div><div class="
            "'download-app-bar'><span class='download-app-bar-text'>打开虎扑APP，看更多精彩回帖</span></div>"
            "<div class='bbs-post-web-container'><div class='bbs-post-web-main'><div class='bbs-post-web-crumbs'><a>"
            "虎扑社区</a><a>步行街主干道</a><span>正文</span></div><div class='bbs-post-web-main-title'><h1 class="
            "'post-title'>直播用哪家卡？</h1><div class='post-title-info'><span class='post-title-info-item'>17 亮 / "
            "86 回复 / 2.4万 浏览</span></div></div><div class='post-wrapper'><div class='post-user'><div class="
            "'post-user-comp-info-top'><a class='post-user-comp-info-top-name'>小周</a><span class='post-user-comp-"
            "info-top-tip'>楼主</span><span class='post-user-comp-info-top-time'>2026-10-28 21:14</span><span "
            "class='post-user-comp-info-top-location'>发布于哈萨克斯坦</span></div></div><div class='post-content'>"
            "<div class='thread-content-detail'><p>仓库没宽带。问题有两个：</p><p>1. 哪家上行最稳？</p><p>2. 一小时跑多少"
            "流量？</p></div><div class='post-operate'><span class='post-operate-comp-main-recommend'>推荐 (64)</span>"
            "<span class='post-operate-comp-main-reply'>回复</span><span class='post-operate-comp-main-collect'>收藏"
            "</span></div></div></div><div class='post-reply'><div class='post-reply-list-wrapper light-list'><div "
            "class='reply-list-title'>这些回帖亮了</div>"
            + _hupu_reply(3, "老赵", "<p>720p 一小时大约 1.3 GB。</p>", 412)
            + "</div><div class='post-reply-list-wrapper'><div class='reply-list-title'>全部回帖</div>"
            + _hupu_reply(1, "王大锤", "<p>前排，同问。</p>", 3)
            + _hupu_reply(3, "老赵", "<p>720p 一小时大约 1.3 GB。</p>", 412)
            + _hupu_reply(4, "小周", quote.format("老赵", "720p 一小时大约 1.3 GB。") + "<p>那一个月要 40 GB？</p>", 5,
                          poster=True)
            + _hupu_reply(5, "胖虎", quote.format("路人", "热点限速吗？") + "<p>热点每月 20 GB。</p>", 41)
            + "<div class='pagination'><span class='pagination-current'>1</span><a>下一页</a></div></div></div></div>"
            "<div class='bbs-post-web-right'><div class='hot-list'><div class='hot-list-title'>步行街热帖</div><ul><li>"
            "<a>湖人今天这场裁判</a></li></ul></div></div></div><div class='hp-footer'><p>虎扑 hupu.com ©2004-2026</p>"
            "</div></div></body></html>")
    frags = cut(page)
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "直播用哪家卡？", "仓库没宽带。问题有两个：\n1. 哪家上行最稳？\n2. 一小时跑多少流量？"),
        ("section", "王大锤", "前排，同问。"),
        ("section", "老赵", "720p 一小时大约 1.3 GB。"),
        ("section", "小周（楼主）", "那一个月要 40 GB？"),
        ("section", "胖虎", "@路人 发表的：\n热点限速吗？\n热点每月 20 GB。")]


def test_hupu_marks_alone_make_no_thread() -> None:
    # Hupu's title box with no main floor under it (a board's page) is no thread
    page = ("<html><head><title>步行街</title></head><body><div class='bbs-post-web-main-title'><h1 class='post-title'>"
            "步行街</h1></div><p>不许发广告。</p></body></html>")
    assert parts(page) == [("步行街", "不许发广告。")]


def _nga_floor(floor: int, writer: str, text: str, poster: bool = False, subject: str = "") -> str:
    """A floor as NGA's read.php draws one: the poster's cell (name, 「楼主」 badge, stats), the floor's number, date and
    回复 button, the first floor's subject, the text (span.postcontent), 短消息 and the 「赞」 count."""
    badge = "<span class='block_txt block_txt_c2' title='楼主'>楼主</span>" if poster else ""
    titled = f"<h3 id='postsubject{floor}' class='postsubject'>{subject}</h3>" if subject else ""
    return (f"<table class='forumbox postbox'><tr id='post1strow{floor}' class='postrow row1'><td class='c1'><span "
            f"class='posterinfo'><a id='postauthor{floor}' class='author b'>{writer}</a>{badge}<div class='stat'><span>"
            f"级别: 学徒</span> <span>威望: 2</span> <span>发帖: 318</span></div></span></td><td class='c2' "
            f"id='postcontainer{floor}'><div class='postInfo'><a name='l{floor}' class='small_colored_text_btn stxt "
            f"vertmod'>#{floor}</a> <span id='postdate{floor}' class='postdatec stxt'>2025-07-15 10:40</span> <a "
            f"class='small_colored_text_btn stxt'>回复</a></div>{titled}<span id='postcontent{floor}' class='postcontent "
            f"ubbcode'>{text}</span><div class='postBtnPos'><a class='small_colored_text_btn stxt'>短消息</a> <span "
            f"class='recommendvalue'>赞 46</span></div></td></tr></table>")


def _nga_quote(writer: str, quoted: str) -> str:
    return (f"<div class='quote'>[<a href='/read.php?pid=812275119' class='block_txt'>Reply</a>]<b>Post by <a "
            f"href='/nuke.php?func=ucp&uid=1' class='b'>[{writer}]</a> (2025-07-14 23:05):</b><br/>{quoted}</div>")


def test_an_nga_thread_is_its_first_floor_then_each_reply_by_writer_without_cards_counts_or_repeated_quotes() -> None:
    # read as a page, the poster's cell (「楼主」, 「级别: 学徒 威望: 2 发帖: 318」, the date) was the first part and every
    # reply ran behind the first floor joined by 「 / 」, its 「赞」 count and its quote's 「Post by [X] (date):」 kept
    page = ("<html><head><title>[求助] 湖边哪家信号好？ NGA玩家社区</title></head><body id='body'><div id='mainmenu'>"
            "<a class='mmdefault'>NGA玩家社区</a><a class='mmdefault'>登录</a></div><div id='m_nav'><a class='nav_root'>"
            "NGA玩家社区</a> &raquo; <a class='nav_link'>海外生活</a></div><div id='m_posts'><div id='m_posts_c'>"
            + _nga_floor(0, "老许", "湖边手机能用吗？", poster=True, subject="[求助] 湖边哪家信号好？")
            + _nga_floor(1, "跑货车的", "东岸只有 Kcell 能用。<br/>出发前先买流量包。")
            + _nga_floor(2, "老许", _nga_quote("跑货车的", "东岸只有 Kcell 能用。") + "那 Beeline 呢？", poster=True)
            + _nga_floor(3, "猫", _nga_quote("路人", "西岸也一样吗？") + "西岸四家都有 4G。")
            + _nga_floor(4, "风好大", "木屋没信号的话：<br/>1. 下好离线地图；<br/>2. 要座机号码；<br/>3. 发计划路线。")
            + "</div></div><div id='footer'><a>关于我们</a> | 沪ICP备06051745号</div></body></html>")
    frags = cut(page)
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "[求助] 湖边哪家信号好？", "湖边手机能用吗？"),
        ("section", "跑货车的", "东岸只有 Kcell 能用。\n出发前先买流量包。"),
        ("section", "老许（楼主）", "那 Beeline 呢？"),
        ("section", "猫", "路人：\n西岸也一样吗？\n西岸四家都有 4G。"),
        ("section", "风好大", "木屋没信号的话："),
        ("step", "下好离线地图", "下好离线地图；"), ("step", "要座机号码", "要座机号码；"),
        ("step", "发计划路线", "发计划路线。")]


def test_nga_marks_alone_make_no_thread() -> None:
    # a page with an #m_posts box but no NGA floor text in it is some other page's
    page = ("<html><head><title>规则</title></head><body><h1>规则</h1><div id='m_posts'><p>不许发广告。</p></div>"
            "</body></html>")
    assert parts(page) == [("规则", "不许发广告。")]


def _yandex_q_answer(number: int, writer: str, text: str, comments: tuple[tuple[str, str], ...] = ()) -> str:
    """An answer as Yandex Q's question page draws one: the author's card (name, 「Эксперт」, a line about them),
    the date, the text, the votes and buttons, then its comments (author, text, date)."""
    said = "".join(f"<div class='Comment'><a class='Comment-Author' href='/q/profile/{name}/'>{name}</a><div "
                   f"class='Comment-Text'>{line}</div><time class='Comment-Date'>9 октября</time></div>"
                   for name, line in comments)
    return (f"<article class='Answer' id='answer-{number}'><div class='Answer-Author UserCard'><img class='UserCard-Avatar'"
            f" src='a.png' alt=''><div class='UserCard-Info'><a class='UserCard-Name' href='/q/profile/{number}/'>{writer}"
            "</a><span class='Badge Badge_type_expert'>Эксперт</span><div class='UserCard-Description'>内科医生</div>"
            "</div></div><div class='Answer-Date'>9 октября 2026</div><div class='Answer-Content Answer-Content_collapsed'>"
            f"{text}</div><button class='Answer-More Link'>Читать дальше</button><div class='Answer-Footer'><div "
            "class='Votes'><button class='Votes-Button'>▲</button><span class='Votes-Count'>52</span></div><button "
            "class='Answer-Comment Link'>Комментировать</button></div>"
            + (f"<div class='Comments'>{said}</div>" if said else "") + "</article>")


def _yandex_q_page(answers: str, site: str = "Яндекс Кью") -> str:
    return ("<html><head><title>医院里能用手机吗？ — Яндекс Кью</title>"
            f"<meta property='og:site_name' content='{site}'></head><body><div class='App'><header class='Header'><a "
            "class='Header-Logo'>Кью</a><nav class='Header-Nav'><a>Лента</a><a>Эксперты</a></nav></header><main "
            "class='QuestionPage'><div class='QuestionPage-Community'><a class='CommunityLink'>华人在哈萨克斯坦 · Китайцы в "
            "Казахстане</a></div><div class='Question'><div class='Question-Author UserCard'><a class='UserCard-Name'>"
            "刘女士</a><span class='Question-Date'>· 9 октября 2026</span></div><h1 class='Question-Title'>医院里能用手机吗？"
            "</h1><div class='Question-Description'>父亲住院了，手机一直打不通。</div><div class='Question-Footer'><span "
            "class='Question-Stats'>4 ответа · 3,8 тыс. просмотров</span></div></div><div class='QuestionPage-Answers'>"
            "<div class='AnswersHeader'><span class='AnswersHeader-Title'>4 ответа</span><select><option>Сначала "
            f"полезные</option></select></div>{answers}</div><aside class='QuestionPage-Sidebar'><h3>Похожие вопросы"
            "</h3><ul><li><a href='/q/1/'>Можно ли пользоваться телефоном?</a></li></ul></aside></main><footer "
            "class='Footer'><span>© 2026 ООО «Яндекс»</span></footer></div></body></html>")


def test_a_yandex_q_question_is_its_lead_then_each_answer_with_its_comments_without_cards_dates_or_counts() -> None:
    # read as a page, the community's link, 「4 ответа」 and each date line were text, the question and the first answer
    # one passage, the other answers 「subject（回复）」, the first answer's comments a detached 「评论」 part and the
    # second's lost
    page = _yandex_q_page(
        _yandex_q_answer(1, "张医生", "<p>重症监护室里病人不能带手机。</p>",
                         (("刘女士", "能不能视频一下？"), ("张医生", "公立医院一般不行。")))
        + _yandex_q_answer(2, "徐工", "<p>普通病房可以用 Wi-Fi 通话。</p>", (("陈先生", "国内号码漫游时只能用微信视频。"),))
        + _yandex_q_answer(3, "小赵", "<p>把你的号码交给护士站。</p>"))
    frags = cut(page)
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "医院里能用手机吗？", "父亲住院了，手机一直打不通。"),
        ("qa", "医院里能用手机吗？（回复）", "重症监护室里病人不能带手机。\n能不能视频一下？\n公立医院一般不行。"),
        ("section", "徐工的回答", "普通病房可以用 Wi-Fi 通话。\n国内号码漫游时只能用微信视频。"),
        ("section", "小赵的回答", "把你的号码交给护士站。")]


def _yandex_q_card_page(site: str = "Яндекс Кью") -> str:
    """A Yandex Q page of the later layout: h1.QuestionPage-Title, .QuestionPage-Description, its meta line and count,
    then div.Answers of div.Answer cards (.AuthorCard: name, badge, description; .AnswerText; votes and date)."""
    def answer(writer: str, about: str, text: str, best: bool = False) -> str:
        return (f"<div class='Answer{' Answer_best' if best else ''}'><div class='AuthorCard'><a class='AuthorCard-Name' "
                f"href='/q/profile/x/'>{writer}</a> <span class='AuthorCard-Description'>{about}</span></div>"
                f"<div class='AnswerText'>{text}</div><div class='Answer-Footer'><button class='Vote Vote_up'>41</button> "
                "<span class='Answer-Date'>2 ноября 2025</span> <button class='Answer-Comments'>Комментарии 3</button>"
                "</div></div>")
    return (f"<html lang='ru'><head><title>公共充电口安全吗？ — Яндекс Кью</title><meta property='og:site_name' "
            f"content='{site}'></head><body class='Page'><header class='Header'><a class='Header-Logo'>Кью</a></header>"
            "<div class='QuestionPage'><div class='QuestionPage-Main'><h1 class='QuestionPage-Title'>公共充电口安全吗？</h1>"
            "<div class='QuestionPage-Description'>车站有免费的 USB 充电柜。</div><div class='QuestionPage-Meta'><span>"
            "Вопрос задан 14 октября 2025</span></div><div class='QuestionPage-AnswersCount'>3 ответа</div>"
            "<div class='Answers'>"
            + answer("Марат К.", "инженер, Алматы", "<p>风险确实存在，但比新闻里说的小。</p><h2>万一怀疑被盗了数据</h2>"
                     "<p>先改 Kaspi 的密码。</p>", best=True)
            + answer("Айжан Н.", "часто езжу", "<p>共享充电宝的流程：</p><ol><li>下载 App 并登录。</li>"
                     "<li>扫机柜上的二维码。</li></ol><p>价格：前 30 分钟 200 ₸。</p>")
            + answer("Ержан Б.", "Астана", "<p>火车站有带锁的充电格子。</p>")
            + "</div></div></div></body></html>")


def test_a_yandex_q_page_of_answer_cards_is_read_as_the_others() -> None:
    # holdout181: h1.QuestionPage-Title and div.Answer cards were not the reader's; read as a page, the first answer's
    # opening was glued to the question, the second and third answers had no boundary (glued to the last part before)
    assert texts(cut(_yandex_q_card_page())) == [
        ("section", "公共充电口安全吗？", "车站有免费的 USB 充电柜。"),
        ("qa", "公共充电口安全吗？（回复）", "风险确实存在，但比新闻里说的小。"),
        ("section", "万一怀疑被盗了数据", "先改 Kaspi 的密码。"),
        ("section", "Айжан Н.的回答", "共享充电宝的流程："),
        ("step", "下载 App 并登录", "下载 App 并登录。"),
        ("step", "扫机柜上的二维码", "扫机柜上的二维码。"),
        ("section", "Айжан Н.的回答", "价格：前 30 分钟 200 ₸。"),
        ("section", "Ержан Б.的回答", "火车站有带锁的充电格子。")]
    assert "Айжан Н.的回答" not in [title for title, _ in parts(_yandex_q_card_page(site="Some Q"))]


def test_yandex_q_marks_on_another_site_make_no_thread() -> None:
    # the same class names on a page whose site is not Yandex Q are some other page's
    page = _yandex_q_page(_yandex_q_answer(1, "张医生", "<p>重症监护室里病人不能带手机。</p>"), site="Some Q")
    assert ("医院里能用手机吗？（回复）", "重症监护室里病人不能带手机。") not in parts(page)


def _naver_kin_answer(number: int, writer: str, text: str, comments: tuple[tuple[str, str], ...] = (),
                      chosen: bool = False) -> str:
    """An answer as Naver 지식iN's question page draws one: 「질문자 채택」 on the chosen one, the answerer's card (name,
    grade, counts, field), the SmartEditor text, the date, 좋아요 / 댓글 and its comments (author, text, date)."""
    said = "".join(f"<li class='comment-item'><span class='comment-author'>{name}</span><p class='comment-text'>{line}"
                   "</p><span class='comment-date'>2025.10.14.</span></li>" for name, line in comments)
    return (f"<div class='answer-content__item _contentWrap _answer' id='answer_{number}'>"
            + ("<div class='adopt-check-box'><span class='badge_adopt'>질문자 채택</span></div>" if chosen else "")
            + "<div class='c-heading-answer'><div class='c-heading-answer__title'><a class='c-heading-answer__profile'>"
            f"<span class='profile_name'>{writer}</span></a><span class='c-heading-answer__grade'>등급 : 수호신</span>"
            "<span class='c-heading-answer__field'>분야 : 중앙아시아</span></div></div><div class='c-heading-answer__content'>"
            f"<div class='se-main-container'>{text}</div><div class='c-userinfo-answer'><span "
            "class='c-userinfo-answer__date'>2025.10.14.</span></div><div class='answer-content__reaction'><button "
            "class='_likeBtn button_like'><span class='blind'>좋아요</span><em class='_count'>37</em></button></div>"
            + (f"<div class='answer-content__comment _commentList'><ul class='comment-list'>{said}</ul></div>" if said
               else "") + "</div></div>")


def _naver_kin_page(answers: str, site: str = "네이버 지식iN") -> str:
    return ("<html lang='ko'><head><title>电话卡还能用吗？ : 지식iN</title><meta property='og:title' content='电话卡还能用吗？'>"
            f"<meta property='og:site_name' content='{site}'></head><body class='kin_end'><div id='u_skip'><a "
            "href='#content'>본문 바로가기</a></div><div id='header'><h1 class='logo'><a>NAVER</a></h1></div><div "
            "id='container'><div id='content' class='content'><div class='location'><a>여행</a> &gt; <a>해외여행</a></div>"
            "<div class='question-content'><div class='c-heading _questionContentsArea'><div class='c-heading__title'><div "
            "class='c-heading__title-inner'><div class='title'>电话卡还能用吗？</div></div></div><div "
            "class='c-heading__content _endContentsText'>报亭卖国际电话卡。<br>想问：<br>1. 这种卡还有人用吗？<br>"
            "2. 打中国座机前面加什么？<br>谢谢各位！</div><div class='c-userinfo'><span class='c-userinfo__info'>작성일 "
            "2025.10.14.</span><span class='c-userinfo__info'>조회수 1,842</span><span class='c-heading__betting'>내공 100"
            "</span></div></div></div><div class='answer-content'><h3 class='answer-content__title'>답변 <em>3</em></h3>"
            f"{answers}</div><div class='related-question'><h3>관련 질문</h3><ul><li><a>알마티 유심 구매</a></li></ul></div>"
            "</div><div id='aside' class='aside'><div class='aside_banner'><a>지식인 엑스퍼트 상담</a></div><div "
            "class='aside_rank'><h4>실시간 인기 Q&amp;A</h4><ol><li>아이폰 유심 인식 안됨</li></ol></div></div></div>"
            "<div id='footer'><a>공지사항</a></div></body></html>")


def test_a_naver_kin_question_is_its_lead_then_each_answer_with_its_comments_without_cards_or_chrome() -> None:
    # holdout77: read as a page, the skip link, the meta line, the cards and 「질문자 채택」 were text, every answer was
    # titled 「답변 3」 and cut at the wrong places, the asker's numbered sub-questions were steps, the first answer's
    # comments a detached 「评论」 part and the third's lost, the aside a part
    page = _naver_kin_page(
        _naver_kin_answer(1, "알마티통신도우미", "<p class='se-text-paragraph'>不是骗人的，还能买到。</p>",
                          (("질문자", "楼道电话可以拨吗？"), ("알마티통신도우미", "可以，8 800 是免费号码。")), chosen=True)
        + _naver_kin_answer(2, "xiaolin_kz", "<p class='se-text-paragraph'>涂层被刮过的别买。</p>")
        + _naver_kin_answer(3, "서울아스타나", "<p class='se-text-paragraph'>没刮开的可以拿收据换。</p>",
                            (("xiaolin_kz", "得在 14 天内换。"),)))
    frags = cut(page)
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "电话卡还能用吗？", "报亭卖国际电话卡。\n想问：\n1. 这种卡还有人用吗？\n2. 打中国座机前面加什么？\n谢谢各位！"),
        ("qa", "电话卡还能用吗？（回复）", "不是骗人的，还能买到。\n楼道电话可以拨吗？\n可以，8 800 是免费号码。"),
        ("section", "xiaolin_kz的回答", "涂层被刮过的别买。"),
        ("section", "서울아스타나的回答", "没刮开的可以拿收据换。\n得在 14 天内换。")]


def test_naver_kin_marks_on_another_site_make_no_thread() -> None:
    page = _naver_kin_page(_naver_kin_answer(1, "알마티통신도우미", "<p>不是骗人的，还能买到。</p>"), site="Some Q")
    assert ("电话卡还能用吗？（回复）", "不是骗人的，还能买到。") not in parts(page)


def _otvet_answer(writer: str, text: str, comments: tuple[tuple[str, str], ...] = (), best: bool = False) -> str:
    """An answer as an Ответы Mail.ru question page draws one: 「Лучший ответ」 on the best one, the answerer's card
    (name, rank, date), the text, 「Нравится」 / 「Комментировать」 and its comments (author, text, date)."""
    said = "".join(f"<div class='comment'><a class='comment__author' href='/profile/1/'>{name}</a><span "
                   f"class='comment__text'>{line}</span><span class='comment__date'>2 года назад</span></div>"
                   for name, line in comments)
    return ((f"<div class='answer answer_best' itemprop='acceptedAnswer'><div class='answer__label'>Лучший ответ</div>"
             if best else "<div class='answer' itemprop='suggestedAnswer'>")
            + f"<div class='answer__author'><a class='answer__author-name' href='/profile/2/'>{writer}</a><span "
            "class='answer__author-rank'>Знаток (412)</span><span class='answer__date'>2 года назад</span></div>"
            f"<div class='answer__text' itemprop='text'>{text}</div><div class='answer__actions'><button "
            "class='btn-like'>Нравится <span class='count'>19</span></button><button class='btn-comment'>Комментировать"
            "</button></div>" + (f"<div class='comments'>{said}</div>" if said else "") + "</div>")


def _otvet_page(answers: str, site: str = "Ответы Mail.ru") -> str:
    return ("<html lang='ru'><head><title>监狱里的家人怎么通电话？ - Ответы Mail.ru</title>"
            f"<meta property='og:site_name' content='{site}'></head><body><div id='portal-headline' class='ph-whiteline'>"
            "<a class='ph-project' href='https://mail.ru'>Mail.ru</a><a class='ph-project'>Почта</a></div><header "
            "class='otvet-header'><a class='otvet-logo' href='/'>Ответы Mail.ru</a></header><div class='otvet-layout'><nav "
            "class='otvet-sidebar-left'><ul class='categories-menu'><li><a href='/open/'>Открытые вопросы</a></li></ul>"
            "</nav><main class='otvet-main'><div class='breadcrumbs'><a href='/'>Главная</a> › <a>Юридическая "
            "консультация</a></div><div class='question' itemscope><div class='question__author'><a "
            "class='question__author-name' href='/profile/1/'>Гульнара Т.</a><span class='question__author-rank'>Ученик "
            "(142)</span></div><h1 class='question__title'>监狱里的家人怎么通电话？</h1><div class='question__text'><p>"
            "丈夫被送到了колония，怎么和他通电话？</p></div><div class='question__actions'><button>Подписаться</button>"
            "<span class='question__views'>5 348 просмотров</span></div></div><div class='answers'><h2 "
            f"class='answers__count'>3 ответа</h2>{answers}</div><div class='answer-form'><textarea></textarea><button>"
            "Ответить</button></div><div class='similar-questions'><h3>Похожие вопросы</h3><ul><li><a>Можно ли передать "
            "телефон в колонию?</a></li></ul></div></main><aside class='otvet-sidebar-right'><div class='top-users'><h3>"
            "Лидеры категории</h3></div></aside></div><footer class='otvet-footer'><p>© 1998–2025 Mail.ru</p></footer>"
            "</body></html>")


def test_an_otvet_mail_ru_question_is_its_lead_then_each_answer_with_its_comments_without_cards_or_chrome() -> None:
    # holdout82: read as a page, the view count ended the question and 「Лучший ответ」 opened the first answer, every
    # answer was titled 「4 ответа」 and cut at the wrong places, the answerers were lost, the first answer's comments a
    # detached 「评论」 part at the page's end and the last's lost
    page = _otvet_page(
        _otvet_answer("Адвокат Серик Б.", "<p>他从таксофон打出来，您登记号码。</p>",
                      (("Гульнара Т.", "中国移动的号码可以登记吗？"), ("Адвокат Серик Б.", "可以，但审核更严。")), best=True)
        + _otvet_answer("Данияр", "<p>在看守所一般不给打电话。</p><p>换了号码要重新申请。</p>")
        + _otvet_answer("Жанна_Астана", "<p>来电显示是 8 7172 开头的座机号码。</p><p>通话余额不会过期。</p>",
                        (("Гульнара Т.", "我就是开了骚扰拦截，难怪上周没接到。"),)))
    frags = cut(page)
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "监狱里的家人怎么通电话？", "丈夫被送到了колония，怎么和他通电话？"),
        ("qa", "监狱里的家人怎么通电话？（回复）", "他从таксофон打出来，您登记号码。\n中国移动的号码可以登记吗？\n可以，但审核更严。"),
        ("section", "Данияр的回答", "在看守所一般不给打电话。\n换了号码要重新申请。"),
        ("section", "Жанна_Астана的回答", "来电显示是 8 7172 开头的座机号码。\n通话余额不会过期。\n我就是开了骚扰拦截，难怪上周没接到。")]


def test_the_best_otvet_mail_ru_answer_answers_the_question_wherever_it_stands() -> None:
    page = _otvet_page(_otvet_answer("Марина К.", "<p>视频通话每月 1–2 次。</p>")
                       + _otvet_answer("Адвокат Серик Б.", "<p>他从таксофон打出来。</p>", best=True))
    assert parts(page)[1:] == [("监狱里的家人怎么通电话？（回复）", "他从таксофон打出来。"),
                               ("Марина К.的回答", "视频通话每月 1–2 次。")]

def _otvet_short_answer(writer: str, text: str, prop: str = "suggestedAnswer", comments: str = "") -> str:
    """An answer as Ответы Mail.ru's pages of the shorter class names draw one: the .a-author card (name, level),
    the .a-text, the .a-meta line and its comments."""
    return (f"<div class='answer' itemprop='{prop}'><div class='a-author'><a class='a-author__name' href='/profile/2'>"
            f"{writer}</a> <span class='a-author__level'>Знаток (389)</span></div><div class='a-text' itemprop='text'>"
            f"{text}</div><div class='a-meta'><span class='a-date'>5 дек.</span> <span class='a-likes'>Нравится 48"
            f"</span></div>" + (f"<div class='comments'>{comments}</div>" if comments else "") + "</div>")


def test_an_otvet_mail_ru_page_titled_ответы_mail_is_read_by_its_question_and_answer_cards() -> None:
    # holdout222: saved without og:site_name, its <title> ending 「— Ответы Mail」, the page was read as a page: the
    # addition's label and 「Лучший ответ」 were lines between the question and the best answer, glued to it, the other
    # answers cut at the wrong places and titled by the question, their writers lost, the best answer's comments (each
    # its writer's link and 「: 」 before the words) a detached 「评论」 part at the page's end
    def answer(writer: str, text: str, comments: str = "", best: bool = False) -> str:
        return ((f"<div class='answer answer--best' itemprop='acceptedAnswer'><div class='answer__label'>Лучший ответ"
                 "</div>" if best else "<div class='answer' itemprop='suggestedAnswer'>")
                + f"<div class='answer__author'><a href='#'>{writer}</a> <span class='rank'>Гуру (3 450)</span> <span "
                f"class='date'>2 года назад</span></div><div class='answer__text' itemprop='text'>{text}</div><div "
                "class='answer__footer'><span class='likes'>👍 21</span> <a href='#'>Комментировать</a></div>"
                + (f"<div class='answer__comments'>{comments}</div>" if comments else "") + "</div>")
    page = ("<html lang='ru'><head><title>爸妈能查到我上了哪些网站吗？ — Ответы Mail</title></head><body><header "
            "class='otvet-header'><a class='otvet-header__logo' href='/'>Ответы Mail</a></header><main class='otvet-main'>"
            "<div class='question' itemscope><div class='question__author'><a href='#'>Асель</a> <span class='rank'>Ученик "
            "(112)</span></div><h1 class='question__title' itemprop='name'>爸妈能查到我上了哪些网站吗？</h1><div "
            "class='question__text' itemprop='text'>号码是用我妈的身份证办的。</div><div class='question__addition'><b>"
            "Дополнение к вопросу:</b> 满 18 岁以后能过户吗？</div><div class='question__meta'>Вопрос задан · 1 842 "
            "просмотра · 7 ответов</div></div><div class='answers'>"
            + answer("Данияр", "<p>话单只有时间和 MB。</p><p>你可以先自己下载一份看看。</p>",
                     "<div class='comment'><a href='#'>Асель</a>: 时间能看出来吗？</div><div class='comment'><a href='#'>"
                     "Данияр</a>: 能。</div>", best=True)
            + answer("Сергей К.", "<p>运营商能看到域名。</p>")
            + answer("Гульмира", "<p>家长能用的是「Родительский контроль」。</p>")
            + "</div></main><footer class='otvet-footer'><p>© 2025 VK. Ответы Mail</p></footer></body></html>")
    assert texts(cut(page)) == [
        ("section", "爸妈能查到我上了哪些网站吗？", "号码是用我妈的身份证办的。\n满 18 岁以后能过户吗？"),
        ("qa", "爸妈能查到我上了哪些网站吗？（回复）", "话单只有时间和 MB。\n你可以先自己下载一份看看。\n时间能看出来吗？\n能。"),
        ("section", "Сергей К.的回答", "运营商能看到域名。"),
        ("section", "Гульмира的回答", "家长能用的是「Родительский контроль」。")]


def test_an_otvet_mail_ru_page_of_the_shorter_class_names_is_read_as_the_others() -> None:
    # holdout129: saved without og:site_name, its h1.q-title, .q-text, section.best-answer and .a-author/.a-text
    # were not the reader's; read as a page, 「Лучший ответ」 and the best answer's first paragraph were glued to the
    # question, the answerers were lost, 「Ответы 3」 titled one answer and the next's first paragraph, a comment was lost
    comment = ("<div class='comment'><a class='comment__author' href='/profile/4'>Мама_Арсена</a><p class='comment__text'>"
               "幼儿园集体订只要 3 000 ₸。</p><span class='comment__date'>6 дек., 14:40</span></div>")
    page = ("<html lang='ru'><head><title>怎么预约严寒老人上门？ - Ответы Mail.ru</title></head><body><header class="
            "'header_wrap'><a class='logo' href='/'>Ответы Mail.ru</a></header><main><article class='question' itemscope "
            "itemtype='https://schema.org/Question'><div class='q-author'><a class='q-author__name' href='/profile/1'>Ван Ли"
            "</a> <span class='q-author__level'>Ученик (143)</span></div><h1 class='q-title' itemprop='name'>怎么预约严寒老人"
            "上门？</h1><div class='q-text' itemprop='text'><p>孩子 6 岁，想订一次上门。</p></div><div class='q-meta'>"
            "<span>5 дек.</span> <span>1 204 просмотра</span> <button>Подписаться</button></div></article>"
            "<section class='best-answer'><div class='best-answer__label'>Лучший ответ</div>"
            + _otvet_short_answer("Алия Нурланова", "<p>打电话订，付定金 5 000 ₸。</p>", "acceptedAnswer")
            + "</section><section class='answers'><h2 class='answers__title'>Ответы 3</h2>"
            + _otvet_short_answer("Сергей_К", "<p>关于骗子：只付定金不付全款。</p>")
            + _otvet_short_answer("Жанна", "<p>有哈萨克语的 Аяз Ата。</p>", comments=comment)
            + "</section></main></body></html>")
    assert parts(page) == [("怎么预约严寒老人上门？", "孩子 6 岁，想订一次上门。"),
                           ("怎么预约严寒老人上门？（回复）", "打电话订，付定金 5 000 ₸。"),
                           ("Сергей_К的回答", "关于骗子：只付定金不付全款。"),
                           ("Жанна的回答", "有哈萨克语的 Аяз Ата。\n幼儿园集体订只要 3 000 ₸。")]


def _otvet_dashed_answer(writer: str, text: str, best: bool = False, comment: tuple[str, str] | None = None) -> str:
    """An answer as Ответы Mail.ru's pages of the double-dashed class names draw one: div.a (.a--best on the best one),
    the .a--author card (name, level, date), the .a--atext, the likes line and its .a--comments."""
    said = (f"<div class='a--comments'><div class='comment'><a class='comment--author' href='#'>{comment[0]}</a> "
            f"<span class='comment--text'>{comment[1]}</span> <time>1 месяц назад</time></div></div>" if comment else "")
    return (f"<div class='a{' a--best' if best else ''}' itemprop='{'acceptedAnswer' if best else 'suggestedAnswer'}'>"
            f"<div class='a--author'><a class='a--author-name' href='/profile/2/'>{writer}</a> <span "
            f"class='a--author-level'>Знаток (412)</span> <time>2 месяца назад</time></div><div class='a--atext' "
            f"itemprop='text'>{text}</div><div class='a--footer'><span class='a--likes'>👍 15</span> <button "
            f"class='a--reply'>Комментировать</button></div>{said}</div>")


def test_an_otvet_mail_ru_page_of_the_double_dashed_class_names_is_read_as_the_others() -> None:
    # holdout181: its h1.q--title, .q--text and div.a cards were not the reader's; read as a page, the answers were
    # titled by the h2 labels 「Лучший ответ」 / 「Остальные ответы」, the answerers and the comments were lost, the
    # addition's label 「Дополнение к вопросу」 a line of the question and the other answers cut into mixed passages
    page = ("<html lang='ru'><head><title>热点下载游戏怎么省流量？ — Ответы Mail.ru</title></head><body class='otvet'>"
            "<header class='otvet-header'><a href='/' class='otvet-logo'>Ответы Mail.ru</a></header><main "
            "class='question-page'><article class='q' itemscope itemtype='https://schema.org/Question'><div "
            "class='q--author'><a class='q--author-name' href='/profile/1/'>Ерлан Т.</a> <span class='q--author-level'>"
            "Ученик (142)</span></div><h1 class='q--title' itemprop='name'>热点下载游戏怎么省流量？</h1><div "
            "class='q--text' itemprop='text'>PS5 连手机热点，下了 20 GB 就限速了。</div><div class='q--additional'><div "
            "class='q--additional-title'>Дополнение к вопросу</div><div class='q--additional-text'>补充：手机是 iPhone 13。"
            "</div></div><div class='q--footer'><span class='q--answers-count'>3 ответа</span> <button>Подписаться"
            "</button></div></article><section class='answers'><h2 class='answers--title'>Лучший ответ</h2>"
            + _otvet_dashed_answer("Gamer_KZ", "热点流量另算，买 30 天的热点包。", best=True,
                                   comment=("Ерлан Т.", "谢谢！买了热点包就正常了。"))
            + "<h2 class='answers--title'>Остальные ответы</h2>"
            + _otvet_dashed_answer("Дмитрий", "别改 TTL，会封卡。", comment=("Gamer_KZ", "40 ms 还能接受。"))
            + _otvet_dashed_answer("Сауле_88", "热点会自动关闭：<br><ul><li>iPhone：打开「最大兼容性」。</li>"
                                   "<li>安卓：改成「从不」。</li></ul>速度一般 30–60 Mbit/s。")
            + "</section></main></body></html>")
    assert parts(page) == [("热点下载游戏怎么省流量？", "PS5 连手机热点，下了 20 GB 就限速了。\n补充：手机是 iPhone 13。"),
                           ("热点下载游戏怎么省流量？（回复）", "热点流量另算，买 30 天的热点包。\n谢谢！买了热点包就正常了。"),
                           ("Дмитрий的回答", "别改 TTL，会封卡。\n40 ms 还能接受。"),
                           ("Сауле_88的回答", "热点会自动关闭：\niPhone：打开「最大兼容性」。\n安卓：改成「从不」。\n"
                                             "速度一般 30–60 Mbit/s。")]


def _habr_qna_answer(nick: str, name: str, text: str, comments: tuple[tuple[str, str], ...] = (),
                     solution: bool = False) -> str:
    """An answer as a Habr Q&A question page draws one: 「Решение」 on the solution, the answerer's user-summary (name,
    「@nick」, a job glued to it), the text, the date and 「Нравится」, its comments (author, text, date)."""
    said = "".join(f"<div class='comment'><a class='comment__author' href='/user/x'>{who}</a><div class='comment__text'>"
                   f"{line}</div><span class='comment__date'>18 нояб. 2026</span></div>" for who, line in comments)
    return (f"<div class='answer_wrapper{' answer_solution' if solution else ''}'><div class='answer__head'>"
            + ("<span class='answer__solution-label'>Решение</span>" if solution else "")
            + f"<div class='user-summary'><a class='user-summary__name' href='/user/{nick}'>{name}</a> <span "
            f"class='user-summary__nickname'>@{nick}</span><span class='user-summary__job'>Инженер</span></div></div>"
            f"<div class='answer__text' itemprop='text'>{text}</div><div class='answer__meta'><span class='answer__date'>"
            "ответ дан 18 ноября 2026</span> <button class='btn btn_like'>Нравится <span class='btn__counter'>5</span>"
            "</button></div>" + (f"<div class='answer__comments'>{said}</div>" if said else "") + "</div>")


def _habr_qna_page(answers: str) -> str:
    return ("<html lang='ru'><head><title>网关的卡被封怎么办？ — Хабр Q&amp;A</title></head><body><header class='header'>"
            "<a class='logo' href='https://qna.habr.com/'>Хабр Q&amp;A</a><nav class='header__nav'><a>Вопросы</a><a>Теги"
            "</a></nav><a class='btn btn_blue'>Задать вопрос</a><a class='header__login'>Войти</a></header><main "
            "class='page'><div class='column_content'><div class='question question_full'><div class='question__head'>"
            "<ul class='question__tags'><li class='tags-list__item'><a href='/tag/voip'>VoIP</a></li></ul><div "
            "class='user-summary'><a class='user-summary__name' href='/user/nurlan'>Нурлан А.</a> <span "
            "class='user-summary__nickname'>@nurlan</span></div></div><h1 class='question__title'>网关的卡被封怎么办？</h1>"
            "<div class='question__body'><div class='question__text'><p>网关里插了 8 张个人卡。</p></div><div "
            "class='question__meta'><span class='question__date'>задан 18 ноября 2026</span> <span>1 204 просмотра"
            "</span></div><div class='question__actions'><button class='btn btn_subscribe'>Подписаться</button></div>"
            "</div></div><section class='section section_answers' id='answers'><header class='section__header'><h2 "
            f"class='section__title'>Ответы на вопрос 2</h2></header>{answers}</section><section class='section "
            "section_similar'><h2 class='section__title'>Похожие вопросы</h2><ul><li><a href='#'>Как настроить GoIP?"
            "</a></li></ul></section></div><aside class='column_sidebar'><div class='banner'>Хабр Карьера</div></aside>"
            "</main><footer class='footer'><div class='footer__copyright'>© Habr, 2006–2026</div></footer></body></html>")


def test_a_habr_qna_question_is_its_lead_then_each_answer_with_its_comments_without_cards_or_chrome() -> None:
    # holdout131: read as a page, the asker's card headed the question, all the answers were one passage glued with
    # 「Решение」 and the cards (「@voip_kzИнженер связи」), the solution's <ol> stayed lines and its comments were a
    # detached 「评论」 part at the page's end
    page = _habr_qna_page(
        _habr_qna_answer("asel", "Асель Т.", "<p>换运营商没有区别。</p>")
        + _habr_qna_answer("voip_kz", "Дмитрий Ким", "<p>要签企业合同：</p><ol><li>带营业执照到办事处申请。</li>"
                           "<li>填写网关的 IMEI 号码。</li><li>把新卡插入网关。</li></ol>",
                           (("Нурлан А.", "最少几个号码？"), ("Дмитрий Ким", "@Нурлан А. 最少 5 个。")), solution=True))
    assert texts(cut(page)) == [
        ("section", "网关的卡被封怎么办？", "网关里插了 8 张个人卡。"),
        ("section", "网关的卡被封怎么办？（回复）", "要签企业合同："),
        ("step", "带营业执照到办事处申请", "带营业执照到办事处申请。"),
        ("step", "填写网关的 IMEI 号码", "填写网关的 IMEI 号码。"),
        ("step", "把新卡插入网关", "把新卡插入网关。"),
        ("section", "网关的卡被封怎么办？（回复）", "最少几个号码？\n最少 5 个。"),
        ("section", "Асель Т.的回答", "换运营商没有区别。")]


def _chie_card(name: str, badge: str = "") -> str:
    return (f"<div class='ClapLv1UserInfo_Chie-UserInfo__Ol6Ad'><img src='u.png' alt=''>"
            f"<p class='ClapLv1UserInfo_Chie-UserInfo__UserName__3kmS1'>{name}</p><p>さん</p>{badge}</div>")


def _chie_answer(name: str, text: str) -> str:
    return (f"<div class='ClapLv2AnswerItem_Chie-AnswerItem__Item__1lGUu'>{_chie_card(name)}"
            f"<div class='ClapLv1TextBlock_Chie-TextBlock__Text--preLine__2SRma'>{text}</div>"
            "<div class='ClapLv1AnswerItem_Chie-AnswerItem__SubInfo'><span>2025/4/10 9:15</span>"
            "<button>ナイス！ 3</button><a>違反報告</a></div></div>")


def test_a_yahoo_chiebukuro_question_is_its_text_then_each_answer_without_cards_meta_or_thanks() -> None:
    # read as a page, the cards' names and 「さん」 headed each post, the meta line was a passage, the asker's
    # numbered sub-questions were steps, the asker's thanks were glued to the best answer and the other answers
    # were all titled 「その他の回答（2件）」, each cut after the next answerer's card
    page = ("<html><head><title>共享汽车要本地号码吗… - Yahoo!知恵袋</title></head><body><div id='msthd'><a>Yahoo! JAPAN</a>"
            "<a>知恵袋</a><ul><li><a>ログイン</a></li></ul></div><nav class='ClapLv1_Breadcrumb'><a>知恵袋トップ</a> &gt; "
            "<a>海外</a></nav><main><div class='ClapLv2QuestionItem_Chie-QuestionItem__ptVqN'>" + _chie_card("almaty_tanaka")
            + "<h1 class='ClapLv1TextBlock_Chie-TextBlock__Text__etZbS'>共享汽车要本地号码吗</h1>"
            "<div class='ClapLv1TextBlock_Chie-TextBlock__Text--preLine__2SRma'>我只有 Beeline 预付卡。请问：<br>"
            "1. 外国人的号码能验证吗？<br>2. 罚单发短信吗？<br>谢谢大家。</div><div class='ClapLv1QuestionItem_Chie-"
            "QuestionItem__SubInfo'><span>2025/4/9 21:13</span> <span>閲覧数 1,204</span> <span>回答数 3</span> "
            "<button>共感した 6</button> <a>違反報告</a></div></div>"
            "<div class='ClapLv2BestAnswer_Chie-BestAnswer'><h2 class='ClapLv1Heading_Chie-Heading'>ベストアンサー</h2>"
            + _chie_card("kz_driver", "<span class='Chie-CategoryMaster'>カテゴリマスター</span>")
            + "<div class='ClapLv1TextBlock_Chie-TextBlock__Text--preLine__2SRma'>逐条回答。<br><br>【注册和验证码】<br>"
            "号码必须已经做过身份登记。流程：<br>① 下载 App；<br>② 收验证码；<br>③ 上传护照。<br>驾龄要满 2 年。<br><br>"
            "【扣费和罚单】<br>罚款通知发到注册号码。</div><div class='ClapLv1AnswerItem_Chie-AnswerItem__SubInfo'>"
            "<span>2025/4/9 22:40</span><a>違反報告</a></div><div class='ClapLv1QuestionerComment'><p>質問者からのお礼コメント</p>"
            "<p>非常详细，谢谢！</p><span>お礼日時：2025/4/11 8:02</span></div></div>"
            "<div class='ClapLv2AnswerList_Chie-AnswerList'><h2 class='ClapLv1Heading_Chie-Heading'>その他の回答（2件）</h2>"
            + _chie_answer("ns_kaz", "换号码要发邮件，大概 3 个工作日。")
            + _chie_answer("shiro_astana", "说几个坑：<br>・日本号注册不了。<br>・余额为 0 也能收验证码。")
            + "</div><div class='ClapLv2RelatedQuestion'><h2>関連する質問</h2><ul><li><a>国際免許は使えますか？</a></li>"
            "</ul></div></main><footer><p>© LY Corporation</p></footer></body></html>")
    frags = cut(page)
    # the line under the ①–③ run is no more of its last step (which part it then joins is the parser's rule)
    after = [f for f in frags if "驾龄要满 2 年" in f.text]
    assert [(f.type, f.text) for f in after] == [("section", "驾龄要满 2 年。")]
    assert [(f.type, f.title, f.text) for f in frags if f not in after] == [
        ("section", "共享汽车要本地号码吗", "我只有 Beeline 预付卡。请问：\n1. 外国人的号码能验证吗？\n2. 罚单发短信吗？\n谢谢大家。"),
        ("section", "共享汽车要本地号码吗（回复）", "逐条回答。"),
        ("section", "注册和验证码", "号码必须已经做过身份登记。流程："),
        ("step", "下载 App", "下载 App；"), ("step", "收验证码", "收验证码；"), ("step", "上传护照", "上传护照。"),
        ("section", "扣费和罚单", "罚款通知发到注册号码。"),
        ("section", "ns_kaz的回答", "换号码要发邮件，大概 3 个工作日。"),
        ("section", "shiro_astana的回答", "说几个坑：\n日本号注册不了。\n余额为 0 也能收验证码。")]


def _chie_item(component: str, name: str, text: str) -> str:
    """A post card on the Yahoo!知恵袋 pages whose components name their own parts (holdout221): a plain
    ClapLv2UserInfo card (name, date), the text in the component's __Text, its buttons."""
    return (f"<div class='ClapLv3{component}_Chie-{component}'><div class='ClapLv2UserInfo'><p class='ClapLv2UserInfo__name'>"
            f"<a href='#'>{name}さん</a></p><p class='ClapLv2UserInfo__date'>2025/11/2 21:15</p></div>"
            f"<div class='ClapLv3{component}_Chie-{component}__Text'>{text}</div><div class='ClapLv3{component}_Chie-"
            f"{component}__ButtonArea'><button class='ClapLv1NiceButton'>ナイス！<span>3</span></button></div></div>")


def test_a_yahoo_chiebukuro_page_whose_cards_name_their_parts_is_read_as_one_of_text_blocks() -> None:
    # holdout221: the h1 is the QuestionItem's __Title inside its __Text, each answer's text its card's __Text, the
    # names ClapLv2UserInfo__name: read as a page, the asker's date led the question and 「解決済み 回答数：3」 ended it,
    # 「ベストアンサー」 titled the badge, date and first paragraph, the asker's thanks were a part titled by the
    # question and the other answers one passage under 「その他の回答（2件）」, each led by its bare date
    question = ("<div class='ClapLv3QuestionItem_Chie-QuestionItem'><div class='ClapLv3QuestionItem_Chie-QuestionItem__"
                "UserInfo'><div class='ClapLv2UserInfo'><p class='ClapLv2UserInfo__name'><a>tw_****さん</a></p>"
                "<p class='ClapLv2UserInfo__date'>2025/11/2 19:48</p></div></div><div class='ClapLv3QuestionItem_Chie-"
                "QuestionItem__Text'><h1 class='ClapLv3QuestionItem_Chie-QuestionItem__Title'>快門聲關不掉？</h1>"
                "<p>插了 Kcell 的卡還是有聲音。</p></div><div class='ClapLv3QuestionItem_Chie-QuestionItem__Sub'>"
                "<span class='ClapLv1TextBlock_Chie-TextBlock__Text'>解決済み</span> <span>閲覧数：2,874</span> "
                "<span>回答数：3</span></div></div>")
    best = ("<div class='ClapLv3BestAnswer_Chie-BestAnswer'><h2 class='ClapLv3BestAnswer_Chie-BestAnswer__Title'>ベスト"
            "アンサー</h2><div class='ClapLv2UserInfo'><p class='ClapLv2UserInfo__name'><a>almaty_fanさん</a></p>"
            "<p class='ClapLv2UserInfo__badge'>カテゴリマスター</p><p class='ClapLv2UserInfo__date'>2025/11/2 21:15</p>"
            "</div><div class='ClapLv3BestAnswer_Chie-BestAnswer__Text'><p>問題出在 ahamo 副卡。</p></div>"
            "<div class='ClapLv3BestAnswer_Chie-BestAnswer__Thanks'><p class='ClapLv3BestAnswer_Chie-BestAnswer__"
            "ThanksTitle'>質問者からのお礼コメント</p><p>真的沒聲音了，謝謝！</p><p class='ClapLv2UserInfo__date'>お礼日時："
            "2025/11/3 9:02</p></div></div>")
    page = ("<html><body class='ClapLv1'><div class='Masthead'><a>Yahoo! JAPAN</a></div><div class='ClapLv3Main'>"
            + question + best + "<div class='ClapLv3List_Chie-List-Answer'><h2 class='ClapLv3List_Chie-List-Answer__"
            "Title'>その他の回答（2件）</h2>" + _chie_item("AnswerItem", "gad****", "<p>結尾是 J/A 的是日本版。</p>")
            + _chie_item("AnswerItem", "kaz****", "<p>日本版會被壓價。</p>") + "</div><div class='ClapLv3RelatedQuestion'>"
            "<h2>関連する質問</h2><ul><li><a>海外版iPhoneは？</a></li></ul></div></div></body></html>")
    assert texts(cut(page)) == [
        ("section", "快門聲關不掉？", "插了 Kcell 的卡還是有聲音。"),
        ("qa", "快門聲關不掉？（回覆）", "問題出在 ahamo 副卡。"),
        ("section", "gad****的回答", "結尾是 J/A 的是日本版。"),
        ("section", "kaz****的回答", "日本版會被壓價。")]


def test_yahoo_chiebukuro_classes_alone_make_no_thread() -> None:
    page = ("<html><body><h1>知恵袋の使い方</h1><div class='ClapLv1TextBlock_Chie-TextBlock__Text--preLine__2SRma'>"
            "先登录再提问。</div></body></html>")
    assert parts(page) == [("知恵袋の使い方", "先登录再提问。")]


def _okwave_answer(name: str, text: str, best: bool = False, thanks: str = "") -> str:
    """An OKWave / 教えて!goo answer box: the best one's label, the answerer's line, the text, ナイス / 通報する, the
    asker's お礼."""
    return (f"<div class='a_box{' best' if best else ''}'>" + ("<div class='ba_label'>ベストアンサー</div>" if best else "")
            + f"<div class='a_user'><span class='nickname'>{name}</span> <span class='a_date'>2026/08/13 08:32</span>"
            f"</div><div class='a_text'>{text}</div><div class='a_foot'><a>ナイス 8</a><a>通報する</a></div>"
            + (f"<div class='a_orei'><span class='orei_label'>お礼</span><p>{thanks}</p></div>" if thanks else "")
            + "</div>")


def test_an_okwave_question_is_its_text_and_supplement_then_each_answer_without_cards_thanks_or_form() -> None:
    # holdout218: the 「解決済み」 badge and the 補足's date were text, the count 「回答 (2件)」 titled the best answer,
    # its last bold line ran on into the asker's thanks and the next answer, whose steps were titled by that line,
    # and the answer form was a part of its own
    page = ("<html><head><title>產院可以帶手機嗎？ | 教えて!goo</title></head><body id='okw_q_detail'><div id='okw_header'>"
            "<a>教えて!goo</a><ul><li><a>ログイン</a></li></ul></div><div id='okw_contents'><div class='q_contents'>"
            "<div class='q_status'><span class='solved'>解決済み</span></div><h1 class='q_title'>產院可以帶手機嗎？</h1>"
            "<div class='q_user'><span class='nickname'>taipei_mama</span> <span class='q_date'>2026/08/12 21:47</span>"
            " <span class='q_view'>閲覧数 612</span></div><div class='q_text'><p>想請教：</p><p>1. 產房可以帶手機嗎？<br>"
            "2. 簡訊要怎麼回？</p></div><div class='q_hosoku'><h3>補足</h3><p>病房能打視訊嗎？</p><span class='q_date'>"
            "2026/08/13 07:55</span></div><div class='q_btns'><a>共感した 4</a></div></div><div class='a_list'>"
            "<h2 class='a_count'>回答 (2件)</h2>"
            + _okwave_answer("doula", "<p>回答第 1 題。</p><p><b>產房的規定</b></p><p>手機交給助產士。</p><p><b>家人怎麼查詢"
                             "</b></p><p>打詢問台。</p>", best=True, thanks="謝謝！")
            + _okwave_answer("kz_jimu", "<p>回答第 2 題：</p><ol><li>收到 1414 的簡訊。</li><li>回覆 1。</li></ol>")
            + "</div><div id='answer_form'><h3>この質問に回答する</h3><p>回答するには<a>ログイン</a>が必要です。</p></div>"
            "</div><div id='okw_footer'><p>© NTT DOCOMO, INC.</p></div></body></html>")
    assert texts(cut(page)) == [
        ("section", "產院可以帶手機嗎？", "想請教：\n1. 產房可以帶手機嗎？\n2. 簡訊要怎麼回？"),
        ("section", "補足", "病房能打視訊嗎？"),
        ("qa", "產院可以帶手機嗎？（回覆）", "回答第 1 題。"),
        ("section", "產房的規定", "手機交給助產士。"),
        ("section", "家人怎麼查詢", "打詢問台。"),
        ("section", "kz_jimu的回答", "回答第 2 題："),
        ("step", "收到 1414 的簡訊", "收到 1414 的簡訊。"),
        ("step", "回覆 1", "回覆 1。")]
    assert [f.procedure.title for f in cut(page) if f.procedure is not None] == ["kz_jimu的回答", "kz_jimu的回答"]


def test_a_mumsnet_thread_is_its_first_post_then_each_reply_headed_by_its_writer() -> None:
    # holdout218: the poster's headers stayed as text (「Mum OP Sat 14-Nov-26 10:12」) while every other writer's
    # went, and the replies ran together into parts titled by the thread
    def post(name: str, body: str, op: bool = False) -> str:
        badge = " <span class='badge-op'>OP</span>" if op else ""
        return (f"<div class='post{' op' if op else ''}'><div class='post-header'><span class='nickname'>{name}</span>"
                f"{badge} <span class='post-date'>Sat 14-Nov-26 10:12</span></div><div class='post-body'>{body}</div>"
                "<div class='post-footer'><button>Quote</button><button>Report</button><button>Thanks 9</button></div>"
                "</div>")
    page = ("<html><head><title>游泳课取消 | Mumsnet</title></head><body><header class='site-header'><a>Mumsnet</a>"
            "</header><main class='thread-page'><div class='thread-header'><h1 class='thread-title'>游泳课取消</h1>"
            "<div class='thread-actions'><button>Watch thread</button><span>3 replies</span></div></div>"
            + post("Mum", "<p>短信收不到，怎么改号码？</p>", op=True)
            + post("Hedgehog", "<p>在 app 里自己改：</p><ol><li>打开 app。</li><li>点「Добавить номер」。</li></ol>"
                               "<p>发件人是 DELFIN。</p>")
            + post("Aigerim", "<p>我们家只用 WhatsApp 通知。</p>")
            + post("Mum", "<p>更新：号码改好了。</p>", op=True)
            + "<form class='reply-form'><h3>Add a message</h3><textarea></textarea></form></main></body></html>")
    assert texts(cut(page)) == [
        ("section", "游泳课取消", "短信收不到，怎么改号码？"),
        ("section", "Hedgehog", "在 app 里自己改："),
        ("step", "打开 app", "打开 app。"),
        ("step", "点「Добавить номер」", "点「Добавить номер」。"),
        ("section", "Hedgehog", "发件人是 DELFIN。"),
        ("section", "Aigerim", "我们家只用 WhatsApp 通知。"),
        ("section", "Mum（楼主）", "更新：号码改好了。")]


def _netmums_post(name: str, body: str, op: bool = False) -> str:
    """A Netmums post card: the author box (name, rank), the date line, the body, the action buttons."""
    return (f"<article class='post{' post--op' if op else ''}'><div class='post__author'><img class='avatar' alt=''>"
            f"<span class='post__username'>{name}</span><span class='post__rank'>Regular</span></div>"
            "<div class='post__content'><div class='post__date'>Posted on 12/11/2026 at 09:14</div>"
            f"<div class='post__body'>{body}</div><div class='post__actions'><button class='post__like'>Like (3)</button>"
            "<button>Quote</button><button>Report</button></div></div></article>")


def test_a_netmums_thread_is_its_first_post_then_each_reply_headed_by_its_writer_or_the_question_it_quotes() -> None:
    # holdout223: each post's 「Posted on … at …」 line opened its part, the names went (the asker's last post not hers),
    # every reply was titled by the thread, a quote's 「name said:」 was glued to the reply, the reply box was a part
    page = ("<html><head><title>旧手机打了112 | Netmums</title></head><body><header class='nm-header'><a>Netmums</a>"
            "</header><main class='nm-main'><div class='thread-header'><h1 class='thread-title'>旧手机打了112</h1>"
            "<div class='thread-meta'><span>3 replies</span> · <span>1,204 views</span></div></div>"
            "<div class='thread-posts'>"
            + _netmums_post("Mum", "<p>没卡为什么能打？会不会罚款？</p>", op=True)
            + _netmums_post("Zhanna", "<p>任何手机都能拨 112。</p>")
            + _netmums_post("Lena", "<blockquote class='post__quote-block'><cite>Mum said:</cite>会不会罚款？</blockquote>"
                                    "<p>小孩误拨不罚款。</p>")
            + _netmums_post("Mum", "<p>谢谢大家，已经解决了。</p>")
            + "</div><div class='thread-reply'><h3>Reply to this thread</h3><p>You need to be logged in to reply.</p>"
            "</div></main></body></html>")
    assert texts(cut(page)) == [
        ("section", "旧手机打了112", "没卡为什么能打？会不会罚款？"), ("section", "Zhanna", "任何手机都能拨 112。"),
        ("qa", "会不会罚款？", "小孩误拨不罚款。"), ("section", "Mum（楼主）", "谢谢大家，已经解决了。")]


def test_an_answers_com_question_is_its_details_then_the_best_answer_then_each_answer_headed_by_its_writer() -> None:
    # holdout223: the count heading 「2 個答案」 titled the best answer, its badge was its first line, the answerers'
    # cards went so the second answer ran on under the first one's last heading, and 「Add your answer:」 was a part
    def answer(name: str, body: str, best: bool = False) -> str:
        badge = "<div class='answer-badge'>Best Answer</div>" if best else ""
        return (f"<div class='answer-card{' best-answer' if best else ''}' data-testid='answer'>{badge}"
                f"<div class='answer-author'><span class='author-name'>{name}</span> · <span class='author-level'>Lvl 7"
                f"</span> · <span class='answer-date'>2w ago</span></div><div class='answer-body markdown'>{body}</div>"
                "<div class='answer-footer'><button class='btn-like'>👍 41</button></div></div>")
    page = ("<html><head><title>點樣等屋企人嘅來電照響？ - Answers</title></head><body><div id='__next'><header>"
            "<nav class='header-nav'><a>Ask</a></nav></header><main><div class='question-page'>"
            "<nav class='breadcrumbs'><a>Home</a> › <a>Cell Phones</a></nav><div class='question-card'>"
            "<h1 class='question-title'>點樣等屋企人嘅來電照響？</h1><div class='question-meta'><span>Asked by Anonymous"
            "</span></div><div class='question-details'><p>阿媽凌晨打嚟都冇響。</p></div></div>"
            "<section class='answers-section'><h2 class='answers-count'>2 個答案</h2>"
            + answer("阿Ken", "<p>要喺手機度設定例外。</p><h3>Samsung 例外</h3><ol><li>開「請勿打擾」。</li>"
                              "<li>揀「我的最愛」。</li></ol>", best=True)
            + answer("Karen", "<p>Beeline 嘅網絡免打擾要熄咗佢。</p>")
            + "</section><div class='add-answer'><h3>Add your answer:</h3><p class='earn-points'>Earn +20 pts</p></div>"
            "</div></main></div></body></html>")
    assert texts(cut(page)) == [
        ("section", "點樣等屋企人嘅來電照響？", "阿媽凌晨打嚟都冇響。"),
        ("qa", "點樣等屋企人嘅來電照響？（回覆）", "要喺手機度設定例外。"),
        ("step", "開「請勿打擾」", "開「請勿打擾」。"), ("step", "揀「我的最愛」", "揀「我的最愛」。"),
        ("section", "Karen", "Beeline 嘅網絡免打擾要熄咗佢。")]


def _threads_card(name: str, text: str, badge: str = "", likes: str = "") -> str:
    """A Threads post card: the author's link (and 「· 作者」 on the poster's replies), the time, the <span> lines,
    the action bar."""
    return (f"<div class='x1a2a7pz' data-pressable-container='true'><a href='/@{name}' class='x1i10hfl'><span>{name}"
            f"</span></a>{badge}<time datetime='2026-10-02T09:01:00.000Z'>10/02/26</time><div class='x1a6qonq'>{text}</div>"
            + (f"<div role='group'><div role='button' aria-label='赞'><span>{likes}</span></div></div>" if likes else "")
            + "</div>")


def test_a_threads_post_is_titled_by_its_first_line_parted_by_its_bracketed_titles_and_its_replies_answered() -> None:
    # read as a page, the <title> titled every fragment, the 「name date」 lines and counts were text, the 【…】
    # titles ran into the lines around them and the replies were cut by length, an answer apart from its question
    post = ("<span>志愿队短信说明</span><br><span>这里统一说一下。</span><br><span>【怎么加入】</span><br>"
            "<span>1. 在消防站填表。</span><br><span>2. 发短信 START 到 1414。</span><br>"
            "<span>【训练通知】每月第二个周日训练。</span>")
    page = ("<html><head><title>Threads 上的 @dpd：“志愿队短信说明…” • Threads</title></head><body>"
            "<div id='barcelona-page-layout'><div role='navigation'><a href='/'>首页</a><a href='/search'>搜索</a></div>"
            "<div role='main'>" + _threads_card("dpd", post, likes="218")
            + "<div aria-label='回复'>" + _threads_card("serik", "<span>油钱能报销吗？</span>", likes="12")
            + _threads_card("dpd", "<span>@serik 每次补贴 3 000 ₸。</span>", "<span>· 作者</span>")
            + _threads_card("dana", "<span>队里有卫星电话。</span>")
            + "</div></div><div class='login-bar'><span>登录或注册 Threads</span></div></div></body></html>")
    assert texts(cut(page)) == [
        ("section", "志愿队短信说明", "这里统一说一下。"),
        ("step", "在消防站填表", "在消防站填表。"), ("step", "发短信 START 到 1414", "发短信 START 到 1414。"),
        ("section", "训练通知", "每月第二个周日训练。"),
        ("section", "serik", "油钱能报销吗？"), ("qa", "油钱能报销吗？", "每次补贴 3 000 ₸。"),
        ("section", "dana", "队里有卫星电话。")]
    words = "\n".join(" ".join(f.path) + f.text for f in cut(page))
    for gone in ("218", "12", "10/02/26", "作者", "@serik", "首页", "登录", "Threads"):
        assert gone not in words


def test_a_one_line_threads_post_is_titled_by_the_quote_in_the_page_title() -> None:
    page = ("<html><head><title>Threads 上的 @dpd：“换号要重新发 START…” • Threads</title></head><body>"
            "<div id='barcelona-page-layout'>" + _threads_card("dpd", "<span>换号要重新发 START，旧号发 STOP。</span>")
            + "</div></body></html>")
    assert texts(cut(page)) == [("section", "换号要重新发 START", "换号要重新发 START，旧号发 STOP。")]


def _5ch_post(number: int, text: str, uid: str = "ID:k3Fz9aQ70") -> str:
    return (f"<div class='post' id='{number}' data-date='NG' data-userid='{uid}' data-id='{number}'><div class='meta'>"
            f"<span class='number'>{number}</span><span class='name'><b>名無しさん@お腹いっぱい。</b></span>"
            f"<span class='date'>2025/07/12(土) 21:14:03.55</span><span class='uid'>{uid}</span></div>"
            f"<div class='message'><span class='escaped'> {text} </span></div></div>")


def _5ch_anchor(number: int) -> str:
    return f"<a href='../test/read.cgi/oversea/1720786443/{number}' class='reply_link'>&gt;&gt;{number}</a> <br> "


def test_a_5ch_thread_parts_its_posts_drops_their_anchors_and_heads_an_answer_by_the_question_it_answers() -> None:
    # read as a page, the metas went and the posts ran together, every 「>>4」 a line pointing at nothing
    page = ("<html><head><title>毡房营地 Wi-Fi</title></head><body><div id='header'><div class='topmenu'><a>5ちゃんねる"
            "</a></div><div class='navmenu'><a>■掲示板に戻る■</a></div></div><h1 class='title'>毡房营地 Wi-Fi\n</h1>"
            "<div class='stoplight'>このスレッドは過去ログ倉庫に格納されています</div><div class='thread'>"
            + _5ch_post(1, "中文スレ。")
            + _5ch_post(2, "手机信号到底有没有？我是 Kcell 的卡")
            + _5ch_post(3, _5ch_anchor(2) + "Kcell 在营地完全没有。")
            + _5ch_post(4, _5ch_anchor(1) + "乙。")
            + "</div><div class='newposts'><span>新着レスの表示</span></div><div class='footer'>read.cgi ver 07.7.23</div>"
            "</body></html>")
    assert texts(cut(page)) == [
        ("section", "毡房营地 Wi-Fi", "中文スレ。"), ("section", "毡房营地 Wi-Fi（回复）", "手机信号到底有没有？我是 Kcell 的卡"),
        ("qa", "手机信号到底有没有？", "Kcell 在营地完全没有。"), ("section", "毡房营地 Wi-Fi（回复）", "乙。")]
    words = "\n".join(" ".join(f.path) + f.text for f in cut(page))
    for gone in (">>", "名無し", "ID:", "2025/07/12", "過去ログ", "新着", "掲示板", "read.cgi"):
        assert gone not in words


def test_a_5ch_post_answering_its_own_question_is_that_q_and_a_and_a_reply_to_it_no_answer_to_it() -> None:
    # holdout223: 「问一下：…？<br>答：…」 stayed one passage, and the reply adding to its answer (「>>7 补充：…」) was
    # taken for the answer to its question, the post's own answer left out
    page = ("<html><head><title>radiko スレ</title></head><body><h1 class='title'>radiko スレ</h1><div class='thread'>"
            + _5ch_post(1, "中文スレ。")
            + _5ch_post(2, "问一下：用 VPN 能看 TVer 吗？<br> 答：能连上，但违反规约。")
            + _5ch_post(3, _5ch_anchor(2) + "补充：漫游的话 radiko 能用。")
            + "</div></body></html>")
    assert texts(cut(page)) == [
        ("section", "radiko スレ", "中文スレ。"), ("qa", "用 VPN 能看 TVer 吗？", "能连上，但违反规约。"),
        ("section", "radiko スレ（回复）", "补充：漫游的话 radiko 能用。")]


def _canny_comment(writer: str, text: str, reply: str = "") -> str:
    answer = (f"<div class='comment comment--reply'><div class='commentAuthor'><span class='userName'>Team</span> "
              f"<span class='adminBadge'>Admin</span></div><div class='commentBody'><p>{reply}</p></div></div>"
              if reply else "")
    return (f"<div class='comment'><div class='commentAuthor'><span class='userName'>{writer}</span> "
            f"<span class='timestamp'>2025年6月3日</span></div><div class='commentBody'><p>{text}</p></div>{answer}</div>")


def test_a_canny_post_is_the_request_then_the_official_reply_then_each_comment_in_order() -> None:
    # read as a page, the status badge opened the request and the merge notice closed it, the official reply and
    # its steps were titled by the post, and the unanswered comment moved before the answered ones as a lone 评论
    page = ("<html><body><div id='root'><div class='publicContainer'><div class='publicNav'><a href='/'>单车</a>"
            "<a class='publicNavTab' href='/roadmap'>Roadmap</a></div><div class='postContainer'>"
            "<div class='boardBreadcrumbs'><a href='/boards/x'>Feature Requests</a> › 短信开锁</div>"
            "<div class='postHeader'><div class='postVotes'><div class='voteCount'>214</div>"
            "<button class='upvoteButton'>Upvote</button></div><h1 class='postTitle'>短信开锁</h1>"
            "<div class='postStatus statusPlanned'><span class='status'>Planned</span></div></div>"
            "<div class='postBody'><div class='postAuthor'><span class='userName'>Dana K.</span> "
            "<span class='timestamp'>2025年4月9日</span></div><div class='postContent'><p>没有网络时开不了锁。</p></div></div>"
            "<div class='postMerged'><p class='mergedNotice'>Merged: 「还车」 (58 votes) was merged into this post.</p></div>"
            "<div class='officialReply'><div class='commentAuthor'><span class='userName'>Arman</span> "
            "<span class='adminBadge'>Admin</span></div><div class='commentBody'><p>上线前请用临时办法：</p>"
            "<ol><li>在 App 里生成离线码。</li><li>在车锁上输入离线码。</li></ol></div></div>"
            "<div class='commentsSection'><h3 class='commentsTitle'>Comments (2)</h3>"
            + _canny_comment("Yerlan S.", "离线码能用几次？我试了一次。", "每个离线码只能用一次。")
            + _canny_comment("Aigerim T.", "冬天键盘反应很慢。")
            + "</div><div class='commentComposer'><button>Submit</button></div></div>"
            "<div class='poweredBy'><a href='https://canny.io'>Powered by Canny</a></div></div></div></body></html>")
    assert texts(cut(page)) == [
        ("section", "短信开锁", "没有网络时开不了锁。"), ("section", "短信开锁（回复）", "上线前请用临时办法："),
        ("step", "在 App 里生成离线码", "在 App 里生成离线码。"), ("step", "在车锁上输入离线码", "在车锁上输入离线码。"),
        ("section", "Yerlan S.", "离线码能用几次？我试了一次。"), ("qa", "离线码能用几次？", "每个离线码只能用一次。"),
        ("section", "Aigerim T.", "冬天键盘反应很慢。")]
    frags = cut(page)
    assert all("短信开锁（回复）" in f.path for f in frags[2:4])
    words = "\n".join(f.text for f in frags)
    for gone in ("Planned", "Merged", "Upvote", "Comments (2)", "Powered by"):
        assert gone not in words


def _uv_comment(writer: str, text: str, admin: bool = False) -> str:
    badge = " <span class='uvBadge'>管理员</span>" if admin else ""
    return (f"<li class='uvComment{' uvComment-admin' if admin else ''}'><div class='uvCommentMeta'>"
            f"<a href='/users/1'>{writer}</a>{badge} · 2026 年 9 月 19 日</div>"
            f"<div class='uvCommentBody typeset'><p>{text}</p></div></li>")


def _uv_page(comments: str) -> str:
    return ("<html><body class='uvPortal uvIdeaShow'><div id='uvHeader' class='uvHeader'><a class='uvLogo'>反馈</a>"
            "</div><div class='uvBreadcrumbs'><a href='/'>KZ</a> › 小组件</div><div id='uvContent' class='uvContent'>"
            "<div class='uvIdea'><div class='uvIdeaVoteArea'><div class='uvIdeaVoteCount'><strong>1,284</strong> "
            "<span>票</span></div><button class='uvIdeaVoteButton'>投票</button></div><div class='uvIdeaHeader'>"
            "<h1 class='uvIdeaTitle'>桌面余额小组件</h1><div class='uvIdeaMeta'>由 <a href='/users/5'>Aidana S.</a> 提交 · "
            "<span class='uvStyle-status'>已计划</span></div></div><div class='uvIdeaDescription typeset'>"
            "<p>希望在主屏幕显示余额。</p></div></div><div class='uvIdeaResponse'><div class='uvIdeaResponseHeader'>"
            "<span class='uvStyle-status'>已计划</span> · <a href='/users/1'>产品团队</a>（管理员）回复 · 2026 年 9 月 18 日"
            "</div><div class='uvIdeaResponseBody typeset'><p>分两步上线：</p><ol><li>iOS 版先行。</li>"
            "<li>Android 版随后。</li></ol><p>上线前可以用 USSD 查询。</p></div></div><div id='comments' class='uvComments'>"
            f"<h2 class='uvCommentsTitle'>47 条评论</h2><ul class='uvCommentList'>{comments}</ul></div></div>"
            "<div class='uvFooter'><a>Powered by UserVoice</a></div></body></html>")


def test_a_uservoice_idea_is_the_idea_then_the_admin_response_then_each_comment_by_its_writer() -> None:
    # read as a page, the response's status line closed the idea's text, its paragraphs were a section under the
    # idea's title, and the comments ran together into one 评论 with every writer lost
    page = _uv_page(_uv_comment("Тимур К.", "+1，希望显示积分。")
                    + _uv_comment("刘先生", "华为手机能用小组件吗？")
                    + _uv_comment("产品团队", "@刘先生 AppGallery 版本会同时更新。", admin=True)
                    + _uv_comment("Gulnara", "小技巧：先用快捷拨号。"))
    assert texts(cut(page)) == [
        ("section", "桌面余额小组件", "希望在主屏幕显示余额。"), ("section", "桌面余额小组件（回复）", "分两步上线："),
        ("step", "iOS 版先行", "iOS 版先行。"), ("step", "Android 版随后", "Android 版随后。"),
        ("section", "桌面余额小组件（回复）", "上线前可以用 USSD 查询。"),
        ("section", "Тимур К.", "+1，希望显示积分。"), ("section", "刘先生", "华为手机能用小组件吗？"),
        ("qa", "华为手机能用小组件吗？", "AppGallery 版本会同时更新。"), ("section", "Gulnara", "小技巧：先用快捷拨号。")]
    words = "\n".join(f.text for f in cut(page))
    for gone in ("已计划", "回复 ·", "1,284", "47 条评论", "Powered by"):
        assert gone not in words


def test_a_uservoice_reply_to_a_long_comment_is_headed_by_the_sentence_that_asks() -> None:
    # the line up to its question mark is too long to title the answer: the sentence that asks alone heads it
    asked = "我是在阿拉木图做生意的，手机是华为没有谷歌服务，应用是从 AppGallery 装的，一直用得很好。请问到时候华为手机能用小组件吗？"
    page = _uv_page(_uv_comment("刘先生", asked) + _uv_comment("产品团队", "@刘先生 会同时更新。", admin=True))
    assert texts(cut(page))[-2:] == [("section", "刘先生", asked), ("qa", "请问到时候华为手机能用小组件吗？", "会同时更新。")]


def test_a_uservoice_reply_to_a_comment_that_asks_nothing_keeps_its_mention() -> None:
    page = _uv_page(_uv_comment("刘先生", "我也想要这个功能。") + _uv_comment("产品团队", "@刘先生 已经排进计划。", admin=True))
    assert texts(cut(page))[-2:] == [("section", "刘先生", "我也想要这个功能。"),
                                     ("section", "产品团队", "@刘先生 已经排进计划。")]


def _tianya_floor(writer: str, text: str, floor: int = 0, host: bool = False) -> str:
    """One 天涯社区 floor: the host post (floor 0, no head or bar of its own) or a reply with its atl-head and bar."""
    if not floor:
        return (f"<div class='atl-item host-item' _host='{writer}' replyid='0'><div class='atl-content'>"
                f"<div class='atl-con-bd clearfix'><div class='bbs-content clearfix'>{text}</div></div></div></div>")
    mark = " <span class='host'>楼主</span>" if host else ""
    return (f"<div class='atl-item' _host='{writer}' replyid='{floor}' id='{floor}'><div class='atl-head'>"
            f"<div class='atl-info'><span>作者：<a href='http://www.tianya.cn/1' uname='{writer}'>{writer}</a></span>"
            f"{mark} <span>时间：2026-09-14 22:0{floor}:51</span></div></div><div class='atl-content'>"
            f"<div class='atl-con-bd clearfix'><div class='bbs-content'>{text}</div></div></div>"
            f"<div class='atl-reply'><span class='floor'>{floor}楼</span> <a class='a-link-2 reply' href='#'>回复</a>"
            f" <a class='a-link-2 like' href='#'>赞(12)</a></div></div>")


def _tianya_page(floors: str) -> str:
    return ("<html><head><title>阿拉木图怎么叫代驾_天涯社区</title></head><body>"
            "<div id='tianyaTopNav' class='top-nav'><a class='logo' href='/'>天涯社区</a></div>"
            "<div id='doc'><div id='bd'><div class='atl-location clearfix'><p class='crumbs'><a href='/'>天涯论坛</a>"
            "<em>›</em><a href='/list'>海外华人</a></p></div>"
            "<div id='post_head' class='atl-head'><h1 class='atl-title'><span class='s_title'><span>阿拉木图怎么叫代驾"
            "</span></span></h1><div class='atl-info'><span>楼主：<a uname='老周'>老周</a></span>"
            "<span>时间：2026-09-14 21:36:08</span><span>点击：8316</span><span>回复：57</span></div>"
            "<div class='atl-menu clearfix js-bbs-act'><a class='a-link' href='#'>只看楼主</a></div></div>"
            f"<div class='atl-main'>{floors}</div>"
            "<div class='atl-pages'><span>共 6 页</span> <strong>1</strong> <a href='#'>下页</a></div>"
            "<div id='js-reply-box' class='atl-reply-box'><div class='reply-tip'>请<a href='/login'>登录</a>后发表回复</div>"
            "</div></div></div></body></html>")


def test_a_tianya_thread_is_the_host_post_then_each_reply_by_its_writer() -> None:
    # read as a page, the atl-info line opened the first part glued (「楼主：老周时间：…」) and every reply ran on into
    # the host post's last part with its 「作者：…」 line and its 「1楼 回复 赞」 bar (holdout116)
    host = ("喝了酒别开车。<br><br><strong>一、怎么叫</strong><br>打短号 7799。<br><br>"
            "<strong>二、流程</strong><br>1. 打电话报车牌号。<br>2. 收到短信核对码。<br><br>"
            "<strong>三、要注意的</strong><br>车险要不限驾驶人。")
    page = _tianya_page(_tianya_floor("老周", host)
                        + _tianya_floor("风筝", "楼主，司机会说中文吗？", 1)
                        + _tianya_floor("老周", "@风筝 基本不会，用 WhatsApp 叫。", 2, host=True)
                        + _tianya_floor("小李", "补充：门口拉客的不要理。", 3)
                        + _tianya_floor("老周", "@小李 对，看核对码。", 4, host=True))
    assert texts(cut(page)) == [
        ("section", "阿拉木图怎么叫代驾", "喝了酒别开车。"), ("section", "怎么叫", "打短号 7799。"),
        ("step", "打电话报车牌号", "打电话报车牌号。"), ("step", "收到短信核对码", "收到短信核对码。"),
        ("section", "要注意的", "车险要不限驾驶人。"),
        ("section", "风筝", "楼主，司机会说中文吗？"), ("qa", "楼主，司机会说中文吗？", "基本不会，用 WhatsApp 叫。"),
        ("section", "小李", "补充：门口拉客的不要理。"), ("section", "老周（楼主）", "@小李 对，看核对码。")]
    words = "\n".join(f.title + f.text for f in cut(page))
    for gone in ("时间：", "点击", "作者：", "1楼", "赞(12)", "只看楼主", "共 6 页", "登录"):
        assert gone not in words


def test_a_udemy_question_is_the_question_then_the_instructors_answer_then_each_response_by_its_writer() -> None:
    # read as a page, the back link was a part, the count heading titled the instructor's answer (its card's name,
    # badge and time a line), and the answer's h4 titled its table with every later response and the cookie notice
    def response(name: str, body: str, instructor: bool = False) -> str:
        badge = "<span class='ud-badge'>講師</span>" if instructor else ""
        return (f"<div class='response{' instructor-response' if instructor else ''}'><img class='ud-avatar' alt='x'>"
                f"<div><a class='user-name'>{name}</a>{badge}<span class='time'>3 個月前</span>"
                f"<div class='response-body'>{body}</div></div></div>")
    page = ("<html><body class='ud-app-loader'><header class='app--header'><a>Udemy</a></header>"
            "<div class='question-details--question-details'><a class='back-to-all' href='#'>← 返回所有問題</a>"
            "<div class='question-header'><div><h3 class='question-title'>簡訊警報沒收到？</h3>"
            "<div class='question-meta'><a>志豪</a> · 第 27 講 · 3 個月前</div></div></div>"
            "<div class='question-body'><p>模組送出了簡訊，手機卻沒收到，請問是哪裡出問題？</p></div></div>"
            "<div class='responses'><h4 class='responses-count'>3 則回覆</h4>"
            + response("Yerlan", "<p>請先查餘額。</p><h4>建議設定</h4><table><tr><th>項目</th><th>數值</th></tr>"
                                 "<tr><td>溫度上限</td><td>38.5°C</td></tr></table>", instructor=True)
            + response("Marat K.", "<p>SIM800L 只支援 2G，我換成 4G 模組才穩定。</p>")
            + response("志豪", "<p>謝謝老師！充值之後就正常了。</p>")
            + "</div><div id='onetrust-banner-sdk'><p>我們使用 Cookie 提供更好的服務。</p></div></body></html>")
    assert texts(cut(page)) == [
        ("section", "簡訊警報沒收到？", "模組送出了簡訊，手機卻沒收到，請問是哪裡出問題？"),
        ("qa", "簡訊警報沒收到？（回覆）", "請先查餘額。"), ("section", "建議設定", "項目 | 數值\n溫度上限 | 38.5°C"),
        ("section", "Marat K.", "SIM800L 只支援 2G，我換成 4G 模組才穩定。"),
        ("section", "志豪（楼主）", "謝謝老師！充值之後就正常了。")]


def _kbin_comment(number: int, writer: str, text: str, badge: str = "", level: int = 0) -> str:
    """A comment as kbin draws one in a thread's section#comments: a blockquote.entry-comment (its level's class on
    a reply) of the writer's link, a badge, the time, the text in div.content and the votes / reply menu."""
    badged = f" <span class='badge'>{badge}</span>" if badge else ""
    deeper = f" comment-level--{level}" if level else ""
    return (f"<blockquote class='section comment entry-comment{deeper}' id='entry-comment-{number}'><header>"
            f"<a href='/u/{writer}' class='user-inline'>{writer}</a>{badged} <time datetime='2026-09-14T08:01:00'>"
            f"2 months ago</time></header><div class='content'>{text}</div><footer><menu><li>▲ 18</li><li>"
            "<a href='#'>reply</a></li></menu></footer></blockquote>")


def test_a_kbin_threads_comments_are_parts_by_writer_and_a_reply_to_a_question_a_qa() -> None:
    # read as a page, section#comments.entry-comments and each blockquote.entry-comment named comments: every
    # comment was dropped, and the post's own list of what the poster had tried was made steps
    page = ("<html><head><title>短信收不到 - kazakhstan - kbin.social</title></head><body data-controller='kbin'>"
            "<header id='header'><nav><menu><li><a>Threads</a></li><li><a>Magazines</a></li></menu></nav></header>"
            "<main id='main'><div class='head-title'><a>/m/kazakhstan</a></div>"
            "<article class='entry section subject' id='entry-1'><header><h1><a>取消比赛的短信收不到</a></h1></header>"
            "<aside class='meta entry__meta'><a href='/u/aigerim' class='user-inline'>aigerim</a>, <time>2 months ago"
            "</time> to <a>kazakhstan</a></aside><div class='content formatted'><p>Tele2 的卡收不到联赛的短信。</p>"
            "<p>我已经试过的办法：</p><ol><li>给客服打电话。</li><li>换一部手机。</li></ol><p>怎么回事？</p></div>"
            "<aside class='vote'><button class='vote__up'>▲ 24</button></aside><footer><menu><li><a>3 comments</a>"
            "</li><li><button>boost</button></li></menu></footer></article>"
            "<section id='comments' class='comments entry-comments'><h3>Comments</h3>"
            + _kbin_comment(1, "serik", "<p>拨 *166# 关掉屏蔽：</p><ol><li>拨 *166#。</li><li>选 2。</li></ol>")
            + _kbin_comment(2, "aigerim", "<p>谢谢！还有别的地方能看吗？</p>", badge="OP")
            + _kbin_comment(3, "coach", "<p>联赛的 Telegram 频道。</p>", badge="OP's coach", level=2)
            + "</section></main><aside id='sidebar' class='sidebar'><section class='magazine section'>"
            "<h3>kazakhstan</h3><button>Subscribe</button></section></aside></body></html>")
    assert texts(cut(page)) == [
        ("section", "取消比赛的短信收不到", "Tele2 的卡收不到联赛的短信。\n我已经试过的办法：\n1. 给客服打电话。\n2. 换一部手机。\n怎么回事？"),
        ("section", "serik", "拨 *166# 关掉屏蔽："),
        ("step", "拨 *166#", "拨 *166#。"), ("step", "选 2", "选 2。"),
        ("section", "aigerim（楼主）", "谢谢！还有别的地方能看吗？"),
        ("qa", "谢谢！还有别的地方能看吗？", "联赛的 Telegram 频道。")]


def test_a_coursera_forum_threads_replies_are_parts_by_writer_without_profile_lines() -> None:
    # read as a page, the profile lines 「name 學員 · date」 were text, the replies ran together under the count
    # heading 「2 則回覆」, and a reply's own heading swallowed the replies after it
    def reply(name: str, role: str, text: str) -> str:
        return (f"<div class='rc-AnswerItem'><div class='rc-ProfileArea'><span class='c-profile-name'>{name}</span> "
                f"<span class='c-profile-role'>{role}</span> · 2026年10月4日</div><div class='rc-CML'>{text}</div>"
                "<div class='rc-AnswerActions'><button>讚 8</button> <button>回覆</button></div></div>")
    page = ("<html><head><title>影片太耗流量？ | Coursera</title></head><body><header class='rc-PageHeader'>"
            "<a>Coursera</a></header><main class='rc-DiscussionsMain'><nav class='rc-ThreadBreadcrumbs'><a>所有論壇</a>"
            "</nav><div class='rc-ThreadDetail'><div class='rc-QuestionDetail'><h1 class='rc-QuestionTitle'>影片太耗流量？"
            "</h1><div class='rc-ProfileArea'><span class='c-profile-name'>怡君</span> <span class='c-profile-role'>學員"
            "</span> · <span class='c-date'>2026年10月3日</span></div><div class='rc-CML'><p>一週就用了 5 GB。</p></div>"
            "<div class='rc-ThreadActions'><button>追蹤</button> <button>讚 12</button></div></div>"
            "<div class='rc-AnswersSection'><h2 class='rc-AnswerCount'>2 則回覆</h2>"
            + reply("Aliya", "Mentor", "<p>先用 Wi-Fi 下載。</p><h3>常見問題</h3><p>問：佔多少空間？<br>答：一週約 500 MB。</p>")
            + reply("怡君", "學員", "<p>這週只用了 300 MB！</p>")
            + "</div></div></main></body></html>")
    assert texts(cut(page)) == [
        ("section", "影片太耗流量？", "一週就用了 5 GB。"), ("section", "Aliya", "先用 Wi-Fi 下載。"),
        ("qa", "佔多少空間？", "一週約 500 MB。"), ("section", "怡君（楼主）", "這週只用了 300 MB！")]


def _fossil_post(number: int, login: str, text: str, title: str = "", indent: str = "") -> str:
    """A post as Fossil 2.x's forum draws one: the thread's <h1> over the first, the header 「(n) By login (name) on
    date [in reply to n] [link] [source]」, the rendered Markdown, the Reply form."""
    replying = f" in reply to <a href='/forumpost/a{number - 1}'>{number - 1}</a>" if number > 1 else ""
    return (f"<div id='forum{number}' class='forumTime'{indent}>" + (f"<h1>{title}</h1>" if title else "")
            + f"<h3 class='forumPostHdr'>({number}) By <a href='/timeline?u={login}'>{login} (Full Name)</a> on "
            f"<a href='/timeline?c=2025-10-18'>2025-10-18 07:14:22</a>{replying} <a href='/forumpost/a{number}'>"
            f"[link]</a> <a href='/forumpost/a{number}?raw'>[source]</a></h3><div class='forumPostBody'>"
            f"<div class='markdown'>{text}</div></div><div class='forumpost-single-controls'><form method='post'>"
            "<input type='submit' name='reply' value='Reply'></form></div></div>")


def test_a_fossil_forum_threads_replies_are_parts_headed_by_their_authors() -> None:
    # read as a page, the replies were lost whole and the first post was titled by its header, 「[link] [source]」 and
    # all (holdout138)
    page = ("<html><head><title>Forum</title></head><body class='forum rpage-forumpost'><div class='header'>"
            "<div class='title'><h1>无线电俱乐部</h1><span class='page-title'>EchoLink 流量</span></div>"
            "<div class='status'><a>Login</a></div></div><div class='mainmenu'><a>Home</a><a>Forum</a></div>"
            "<div class='content'><div class='submenu'><a>Chronological</a><a>Hierarchical</a></div>"
            "<div class='forumHierRoot'>"
            + _fossil_post(1, "UN7LBA", "<p>手机跑 EchoLink 一小时大约 18 MB。</p>", title="EchoLink 流量")
            + _fossil_post(2, "UN7GCM", "<p>Tele2 漫游每 MB 大概 25 ₸。</p>", indent=" style='margin-left:1.5em'")
            + _fossil_post(3, "UN7LBA", "<p><strong>问：没有执照能听吗？</strong><br>答：可以用网站的 Live 页面只听。</p>",
                           indent=" style='margin-left:3em'")
            + "</div></div><div class='footer'>This page was generated in about 0.007s by Fossil 2.24</div>"
            "</body></html>")
    assert texts(cut(page)) == [
        ("section", "EchoLink 流量", "手机跑 EchoLink 一小时大约 18 MB。"),
        ("section", "UN7GCM", "Tele2 漫游每 MB 大概 25 ₸。"),
        ("qa", "没有执照能听吗？", "可以用网站的 Live 页面只听。")]


def _mantis_note(number: int, user: str, text: str) -> str:
    """A bug note's row as MantisBT 2.x draws one: the author card (name, date, role, 「~n」) and the note."""
    return (f"<tr class='bugnote visible-on-hover-toggle' id='c{number}'><td class='category'><div class='pull-left'>"
            f"<p class='no-margin'><a href='/view_user_page.php?id=2'>{user}</a></p><p class='no-margin small'>"
            f"2025-09-15 09:12</p><p class='no-margin'><span class='label label-default'>开发人员</span> "
            f"<a href='view.php?id=482#c{number}'>~{number:07d}</a></p></div></td>"
            f"<td class='bugnote-note bugnote-public'>{text}</td></tr><tr class='spacer'><td colspan='2'></td></tr>")


def test_a_mantis_bugs_fields_are_its_parts_and_its_notes_replies_by_their_authors() -> None:
    # read as a page, every part was titled by the widget's caption 「查看问题详情」, the field table ran cell by cell
    # into the first part, the labels 「重现步骤」「附加信息」 were lines of the text around them, each note was a part
    # 「注释」 opening with its author card and the history table a part (holdout138)
    page = ("<html><body><div id='navbar' class='navbar'><a>MantisBT</a></div><div class='main-container'>"
            "<div id='sidebar' class='sidebar'><ul><li><a>查看问题</a></li></ul></div><div class='main-content'>"
            "<div class='page-content'><div class='widget-box'><div class='widget-header'><h4 class='widget-title'>"
            "查看问题详情</h4><div class='widget-toolbar'><a class='btn' href='#bugnotes'>跳至注释</a></div></div>"
            "<div class='widget-body'><table class='table table-bordered'><tbody><tr class='bug-header'>"
            "<th class='bug-id category'>ID</th><th class='bug-project category'>项目</th></tr><tr class='bug-header-data'>"
            "<td class='bug-id'>0000482</td><td class='bug-project'>乘客通知</td></tr><tr><th class='bug-reporter category'>"
            "报告人</th><td class='bug-reporter'><a href='/view_user_page.php?id=7'>aizhan</a></td>"
            "<th class='bug-status category'>状态</th><td class='bug-status'>已解决</td></tr>"
            "<tr><th class='bug-summary category'>摘要</th><td class='bug-summary'>0000482: 取消短信收不到</td></tr>"
            "<tr><th class='bug-description category'>描述</th><td class='bug-description'>"
            "Tele2 号码收不到取消短信。</td></tr><tr><th class='bug-steps-to-reproduce category'>重现步骤</th>"
            "<td class='bug-steps-to-reproduce'>1. 加一位测试乘客。<br />2. 点取消航班。</td></tr>"
            "<tr><th class='bug-additional-information category'>附加信息</th><td class='bug-additional-information'>"
            "回复短信发到 4466，免费。</td></tr></tbody></table></div></div><div id='bugnotes' class='widget-box'>"
            "<div class='widget-header'><h4 class='widget-title'>注释</h4></div><div class='widget-body'><table>"
            + _mantis_note(1307, "timur", "原因找到了：发件人没有登记。")
            + _mantis_note(1311, "aizhan", "问：路费能报销吗？<br />答：能，每人补偿 10 000 ₸。")
            + "</table></div></div><div id='history' class='widget-box collapsed'><div class='widget-header'>"
            "<h4 class='widget-title'>问题历史</h4></div><div class='widget-body'><table><thead><tr><th>日期修改</th>"
            "<th>字段</th></tr></thead><tbody><tr><td>2025-09-15</td><td>新建 =&gt; 已分派</td></tr></tbody></table>"
            "</div></div></div></div></div><div class='footer noprint'>Copyright MantisBT Team</div></body></html>")
    frags = cut(page)
    assert texts(frags) == [
        ("section", "取消短信收不到", "Tele2 号码收不到取消短信。"),
        ("step", "加一位测试乘客", "加一位测试乘客。"), ("step", "点取消航班", "点取消航班。"),
        ("section", "附加信息", "回复短信发到 4466，免费。"),
        ("section", "timur", "原因找到了：发件人没有登记。"),
        ("qa", "路费能报销吗？", "能，每人补偿 10 000 ₸。")]
    assert {f.procedure.title for f in frags if f.type == "step"} == {"重现步骤"}


def _khoros_message(name: str, rank: str, text: str, extra: str = "", kind: str = "") -> str:
    return (f"<div class='lia-message-view-wrapper {kind}'><div class='lia-message-author-with-avatar'>"
            f"<a class='lia-user-name-link'><span class='login-bold'>{name}</span></a>"
            f"<span class='lia-user-rank'>{rank}</span></div>{extra}"
            "<span class='DateTime'><span class='local-date'>2025-03-09</span> <span class='local-time'>09:02</span></span>"
            f"<div class='lia-message-body-content'>{text}</div>"
            "<div class='lia-component-kudos-widget'><span class='lia-button-image-kudos-count'>9</span> 赞</div></div>")


def test_a_khoros_thread_is_its_topic_then_the_accepted_solution_then_each_reply_by_author() -> None:
    # holdout179 (Samsung Members): read as a page, the authors went while each date and the kudos label 「赞」 stayed,
    # 「5 条回复」 titled a section of the solution badge and a date, and the replies ran into the answer's last <h3>
    page = ("<html><body class='lia-body'><header class='lia-header'><a class='login-link'>登录</a></header><main>"
            + _khoros_message("Aidos", "Active Level 3", "<p>第二个 WhatsApp 收不到验证码。</p>",
                              "<h1 class='lia-message-subject'>双开应用收不到验证码</h1>", "lia-thread-topic")
            + "<div class='lia-component-reply-list'><h2 class='lia-component-title'>3 条回复</h2>"
            + _khoros_message("Dana", "Active Level 5", "<p>补充：Viber 不能双开。</p>")
            + _khoros_message("Samsung_Moderator", "Moderator", "<h3>收不到的原因</h3><p>关掉禁止字母短信的服务。</p>",
                              "<div class='lia-component-solution-info'><span class='lia-solution-label'>已接受的解决方案"
                              "</span></div>", "lia-accepted-solution")
            + _khoros_message("Aidos", "Active Level 3", "<p>关掉以后验证码就到了。</p>")
            + "</div></main><footer class='lia-footer'><p>Copyright© Samsung</p></footer></body></html>")
    assert parts(page) == [("双开应用收不到验证码", "第二个 WhatsApp 收不到验证码。"), ("收不到的原因", "关掉禁止字母短信的服务。"),
                           ("Dana", "补充：Viber 不能双开。"), ("Aidos（楼主）", "关掉以后验证码就到了。")]


def _ms_answer(name: str, text: str, accepted: bool = False) -> str:
    return (f"<div class='thread-message answer{' accepted' if accepted else ''}'>"
            + ("<div class='answer-label'><span class='accepted-badge'>✔ 答案</span></div>" if accepted else "")
            + f"<div class='thread-message-content-header'><span class='message-author'>{name}</span>"
            "<span class='author-role'>独立顾问</span><span class='message-date'>已回复 2025年5月12日</span></div>"
            f"<div class='thread-message-content-body'>{text}</div><div class='thread-message-content-footer'>"
            "<span class='helpful-question'>此回复是否有帮助？</span><button>是</button><button>否</button></div></div>")


def test_a_microsoft_community_thread_is_its_question_then_the_answer_then_each_reply_by_author() -> None:
    # holdout179: read as a page, the 「✔ 答案」 badge and the answer's opening ran into the question, and the asker's
    # reply and the next reply's opening into the answer's last <h3> section
    page = ("<html><body><header id='uhfHeader'><a>登录</a></header><main id='mainContent'>"
            "<div class='thread-message' id='thread-question'><h1 class='ThreadTitle'>安全代码短信收不到</h1>"
            "<div class='thread-message-content-header'><span class='message-author'>Askar T</span>"
            "<span class='message-date'>已询问 2025年5月12日</span></div><div class='thread-message-content-body'>"
            "<p>点了发送一直收不到。</p></div><button class='same-question'>我有同样的问题 (47)</button></div>"
            "<div class='answers-container'>"
            + _ms_answer("Askar T", "<p>谢谢！确实是多写了一个 8。</p>")
            + _ms_answer("Tatiana Sh", "<p>你好，问题多半出在号码格式。</p><h3>1. 检查号码格式</h3><p>不要写开头的 8。</p>",
                         accepted=True)
            + "</div></main></body></html>")
    assert parts(page) == [("安全代码短信收不到", "点了发送一直收不到。"), ("安全代码短信收不到（回复）", "你好，问题多半出在号码格式。"),
                           ("检查号码格式", "不要写开头的 8。"), ("Askar T（楼主）", "谢谢！确实是多写了一个 8。")]


def _ms_qna_answer(name: str, text: str, comments: list[str], accepted: bool = False) -> str:
    return (f"<li class='answer{' accepted-answer' if accepted else ''}' id='answer-{len(name)}'>"
            + ("<div class='answer-badge'>接受的解答</div>" if accepted else "")
            + f"<div class='answer-author'><a class='profile-name' href='#'>{name}</a> <span>12,480 信譽點數</span></div>"
            "<local-time datetime='2026-10-02T16:05:00Z'>2026-10-02T16:05:00.00+00:00</local-time>"
            f"<div class='answer-body content'>{text}</div><div class='answer-actions'><button class='button'>接受答案"
            "</button> <span>3 位使用者認為這個答案有幫助。</span></div><div class='comments'>"
            + "".join(f"<div class='comment'><a class='profile-name' href='#'>阿斯蘭_TW</a> <local-time>2026-10-03"
                      f"</local-time><p>{said}</p></div>" for said in comments)
            + "</div></li>")


def test_a_microsoft_qna_question_is_its_question_then_the_accepted_answer_then_each_answer_by_author() -> None:
    # holdout238: read as a page, ol.answers-list was a procedure, each answer a step of 「2 個答案」 titled by its badge
    # or its timestamp, the accepted answer's h3 parts run into it, its comments a 「评论」 passage at the page's end
    page = ("<html><body><main class='qna-main'><div class='question-container'><h1 class='title'>Teredo 無法取得資格</h1>"
            "<div class='question-metadata'><a class='profile-name' href='#'>阿斯蘭_TW</a> <span>0 信譽點數</span>"
            "<local-time>2026-10-02T13:41:00.00+00:00</local-time></div><div class='question-body content'>"
            "<p>用手機熱點，NAT 類型嚴格。</p></div><div class='tags'><a class='tag'>Xbox</a></div>"
            "<div class='question-actions'><button class='button'>我也有相同的問題 (14)</button> <span>0 則意見</span>"
            "</div></div><h2 class='answers-heading'>2 個答案</h2><ol class='answers-list'>"
            + _ms_qna_answer("Nurlan", "<p>先撥 *155# 查剩餘流量。</p>", ["Altel 也一樣。"])
            + _ms_qna_answer("Kenji Lin", "<p>您好。</p><h3>為什麼</h3><p>行動網路是 CGNAT。</p>"
                             "<p>如果這個解答對您有幫助，請按「接受答案」。</p>", ["照做以後可以了。"], accepted=True)
            + "</ol><div class='related-questions'><h2>相關問題</h2><ul><li><a>已封鎖</a></li></ul></div></main>"
            "</body></html>")
    assert parts(page) == [("Teredo 無法取得資格", "用手機熱點，NAT 類型嚴格。"), ("Teredo 無法取得資格（回覆）", "您好。"),
                           ("為什麼", "行動網路是 CGNAT。"), ("評論", "照做以後可以了。"),
                           ("Nurlan", "先撥 *155# 查剩餘流量。\nAltel 也一樣。")]


def _xiaomi_reply(name: str, tag: str, text: str, official: bool = False) -> str:
    return (f"<div class='reply-item{' official' if official else ''}'><div class='reply-user'>"
            f"<span class='user-name'>{name}</span>{tag}</div><div class='reply-content'>{text}</div>"
            "<div class='reply-meta'><span class='reply-time'>2025-01-18 10:05</span><span class='reply-like'>赞 56</span>"
            "</div></div>")


def test_a_xiaomi_community_post_keeps_its_replies_the_official_one_first() -> None:
    # holdout179: the reply block beside div.post-detail was lost whole, and the user-info line opened the post's text
    page = ("<html><body><div class='open-app-banner'><span>打开小米社区APP</span></div><div class='main-wrap'>"
            "<div class='post-detail'><div class='board-path'><a>首页</a> &gt; <span>正文</span></div>"
            "<h1 class='post-title'>插卡就被扣了国际短信费</h1><div class='user-info'><span class='user-name'>米粉</span>"
            "<span class='level-tag'>Lv.6</span><span class='publish-time'>2025-01-17 22:36</span>"
            "<span class='view-count'>浏览 4862</span></div><div class='post-content rich-text'><p>余额少了 49 ₸。</p></div>"
            "<div class='post-actions'><span class='like-btn'>点赞 128</span></div></div>"
            "<div class='reply-wrap'><div class='reply-header'>全部回复 <span class='reply-count'>3</span></div>"
            "<div class='reply-list'>"
            + _xiaomi_reply("Nurlan", "<span class='level-tag'>Lv.4</span>", "<p>问：双卡会发两次吗？</p><p>答：是的，各扣一次。</p>")
            + _xiaomi_reply("小米客服", "<span class='official-tag'>官方</span>", "<p>激活短信每张卡只发一条。</p>", official=True)
            + _xiaomi_reply("米粉", "<span class='level-tag'>Lv.6</span>", "<p>谢谢官方。</p>")
            + "</div></div></div><div class='footer'><p>京ICP备10046444号</p></div></body></html>")
    assert parts(page) == [("插卡就被扣了国际短信费", "余额少了 49 ₸。"), ("插卡就被扣了国际短信费（回复）", "激活短信每张卡只发一条。"),
                           ("双卡会发两次吗？", "是的，各扣一次。"), ("米粉（楼主）", "谢谢官方。")]


def _oneplus_post(kind: str, name: str, badge: str, text: str, comments: str = "") -> str:
    return (f"<div class='post {kind}'><div class='post-author'><a class='author-name' href='/u/{name}'>{name}</a>"
            f"<span class='author-level'>Lv.3</span>{badge}</div><div class='post-body'>{text}</div>"
            "<div class='post-footer'><span class='post-time'>2026-10-06 21:14</span><a class='btn-like'>点赞 12</a>"
            f"<a class='btn-reply'>回复</a></div>{comments}</div>")


def test_a_oneplus_community_thread_parts_its_posts_the_moderators_reply_first() -> None:
    # holdout246: nothing parted the posts — the stats, the question and the moderator's first paragraph were one
    # passage, his closing line glued to the next reply, every writer gone and the comment under his reply lost
    comment = ("<div class='post-comments'><div class='comment'><a class='c-author'>aidana</a>：试了，准时到了。"
               "<span class='c-time'>10-08</span></div></div>")
    page = ("<html><body><header class='op-header'><a href='/'>社区首页</a></header><div class='thread-main'>"
            "<div class='thread-header'><span class='thread-tag'>求助</span><h1 class='thread-title'>推送晚几个小时</h1>"
            "<div class='thread-stats'><span>浏览 2 304</span><span>回复 2</span></div></div>"
            + _oneplus_post("post-op", "aidana", "<span class='author-device'>OnePlus 12</span>", "<p>推送总是晚到。</p>")
            + _oneplus_post("post-reply", "nurlan", "", "<p>国行版没有 Google 服务。</p>")
            + _oneplus_post("post-reply", "Marat", "<span class='author-badge'>版主</span>",
                            "<p>后台管理造成的。</p><p>关掉睡眠待机优化。</p>", comment)
            + "<div class='reply-box'><button>发表回复</button></div></div><footer class='op-footer'>© OnePlus</footer>"
            "</body></html>")
    assert parts(page) == [("推送晚几个小时", "推送总是晚到。"),
                           ("推送晚几个小时（回复）", "后台管理造成的。\n关掉睡眠待机优化。\naidana：试了，准时到了。"),
                           ("nurlan", "国行版没有 Google 服务。")]


def test_an_apple_community_thread_of_article_cards_is_read_as_its_other_markup_is() -> None:
    # holdout179: article.thread-question and section.thread-answers of article.thread-reply (the chosen one
    # `recommended-answer` under 「推薦答案」) were read as a page: each reply titled 「subject（回覆）」, the asker's
    # follow-up question too, and the badge opened the answer
    reply = ("<article class='thread-reply {}'>{}<div class='author-info'><span class='author-name'>{}</span>"
             "<span class='author-level'>等級 4</span><span class='post-date'>2025年2月4日</span></div>"
             "<div class='thread-body user-content'><p>{}</p></div><div class='reply-meta'>"
             "<span class='helpful'>有幫助 (9)</span><a href='#'>回覆</a></div></article>")
    page = ("<html><body><nav id='globalnav'><a>Apple</a></nav><main class='thread-main'><article class='thread-question'>"
            "<div class='author-info'><span class='author-name'>Madina</span><span class='author-level'>等級 1</span></div>"
            "<h1 class='thread-title'>用 Mac 接聽會扣通話分鐘嗎？</h1><div class='thread-body user-content'>"
            "<p>Mac 也會一起響。</p></div><div class='thread-meta'><span class='metoo'>我也有這個問題 (18)</span></div>"
            "</article><section class='thread-answers'>"
            + reply.format("recommended-answer", "<div class='answer-badge'>推薦答案</div>", "kHawk", "還是扣 iPhone 的分鐘。")
            + reply.format("", "", "Madina", "謝謝！還想問 Mac 可以打 USSD 嗎？")
            + "</section></main></body></html>")
    assert parts(page) == [("用 Mac 接聽會扣通話分鐘嗎？", "Mac 也會一起響。"), ("kHawk", "還是扣 iPhone 的分鐘。"),
                           ("Madina（楼主）", "謝謝！還想問 Mac 可以打 USSD 嗎？")]


def test_a_haodf_consultation_heads_each_card_by_its_header_and_keeps_the_doctors_card() -> None:
    # read as a page, the date 「问诊」 and the cards' headers were text of the question's part, the patient's
    # follow-up ran into the reply's last part and the doctor's card (hospital, department) was lost
    def card(kind: str, header: str, text: str) -> str:
        return f"<div class='msg-block {kind}'><div class='msg-hd'>{header}</div><div class='msg-content'>{text}</div></div>"
    page = ("<html><body><div class='crumb'><a>好大夫在线</a> &gt; 问诊详情</div><div class='main'><div class='main-left'>"
            "<div class='bc-title'><h1>换了号码收不到排班短信</h1><span class='bc-time'>2025-09-18 问诊</span></div>"
            + card("patient", "患者：王先生（男，58岁） 病情描述", "<p>换号以后收不到短信。</p>")
            + card("doctor", "李医生 回复", "<h3>漏透析的风险</h3><p>间隔会变成 96 小时。</p>")
            + card("patient", "患者追问", "<p>备用号也收不到，要交钱吗？</p>")
            + card("doctor", "李医生 回复", "<p>接收短信是免费的。</p>")
            + "<div class='share-bar'><span class='useful'>有用 36</span></div></div><div class='main-right'>"
            "<div class='doctor-card'><div class='doc-name'>李医生</div><div class='doc-title'>主任医师</div>"
            "<div class='doc-hospital'>第一医院 肾内科</div><div class='doc-good'>擅长：血液透析</div>"
            "<div class='doc-stat'>在线服务患者 8,214 位</div><a class='btn-ask'>向他问诊</a></div></div></div></body></html>")
    assert parts(page) == [("换了号码收不到排班短信", "换号以后收不到短信。"), ("漏透析的风险", "间隔会变成 96 小时。"),
                           ("患者追问", "备用号也收不到，要交钱吗？"), ("李医生 回复", "接收短信是免费的。"),
                           ("李医生 主任医师", "第一医院 肾内科")]


def _pantip_card(kind: str, number: str, name: str, story: str, owner: bool = False, replies: str = "") -> str:
    """A post as Pantip draws one: a comment's number, the story, the status line (writer, 「owner」 on the poster's,
    timestamp) and the actions, its replies nested in it."""
    mark = " owner" if owner else ""
    return (f"<div class='display-post-wrapper {kind}'>"
            + (f"<div class='display-post-number'>ความคิดเห็นที่ {number}</div>" if number else "")
            + f"<div class='display-post-story'>{story}</div><div class='display-post-status-leftside'>"
            f"<span class='display-post-name{mark}'>{name}</span><span class='display-post-timestamp'>12 ตุลาคม 2569 "
            "เวลา 21:40 น.</span></div><div class='display-post-action'><a class='emotion-vote'>ถูกใจ 9</a>"
            f"<a class='reply'>ตอบกลับ</a></div>{replies}</div>")


def test_a_pantip_topics_comments_and_replies_are_parts_headed_by_their_writers() -> None:
    # holdout191: read as a page, the status line and the login prompt were glued into the post, the comments opened
    # with their numbers, lost their writers and ran their paragraphs together, and the comment with a list was a
    # question whose answer was the poster's reply under it
    reply = _pantip_card("sub-comment", "1-1", "สมาชิกหมายเลข 7781234", "<p>樓主：補充一下，山上沒訊號。</p>", owner=True)
    page = ("<html><body class='pt-topic'><div class='pt-breadcrumb'><a>หน้าแรก</a> › กระทู้คำถาม</div><div class='container'>"
            "<div class='display-post-wrapper main-post'><h2 class='display-post-title'>OTP 簡訊收不到怎麼辦？</h2>"
            "<div class='display-post-story'><p>AIS 門號沒開漫遊。</p></div><div class='display-post-tag-wrapper'>"
            "<a class='tag-item'>K PLUS</a></div><div class='display-post-status-leftside'>"
            "<span class='display-post-name owner'>สมาชิกหมายเลข 7781234</span></div></div>"
            + _pantip_card("section-comment", "1", "Nattapong_KZ",
                           "<p>做法：</p><ol><li>撥 *125*1# 開通漫遊。</li><li>打開手機的漫遊。</li></ol>", replies=reply)
            + _pantip_card("section-comment", "2", "ไข่เจียวฟู", "<p>改成 App 內確認。</p><p>SCB EASY 要打客服。</p>")
            + "<div class='pt-comment-form'><p>กรุณา <a>เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</p></div></div></body></html>")
    assert texts(cut(page)) == [
        ("section", "OTP 簡訊收不到怎麼辦？", "AIS 門號沒開漫遊。"),
        ("section", "Nattapong_KZ", "做法："),
        ("step", "撥 *125*1# 開通漫遊", "撥 *125*1# 開通漫遊。"),
        ("step", "打開手機的漫遊", "打開手機的漫遊。"),
        ("section", "สมาชิกหมายเลข 7781234（楼主）", "樓主：補充一下，山上沒訊號。"),
        ("section", "ไข่เจียวฟู", "改成 App 內確認。\nSCB EASY 要打客服。")]


def _nextdoor_comment(name: str, text: str, reply: bool = False, poster: bool = False) -> str:
    """A comment as Nextdoor draws one: the writer, 「作者」 on the poster's meta line, the text, 点赞 / 回复; a reply
    a div.comment-reply drawn flat after the comment it belongs to."""
    return (f"<div class='comment{' comment-reply' if reply else ''}'><a class='comment-author'>{name}</a>"
            f"<span class='comment-meta'>{'作者' if poster else 'Алмагуль'} · 2 天前</span>"
            f"<div class='comment-body'><p>{text}</p></div><div class='comment-actions'><button>点赞</button>"
            "<button>回复</button></div></div>")


def test_a_nextdoor_posts_comments_are_parts_headed_by_their_writers_or_the_question_above() -> None:
    # holdout191: read as a page, the comments ran together into 「评论」 passages with no writer, the poster's question
    # in a reply glued to the answer under it; the post's 「…怎么设置：」 <ol> stays steps though the post asks after it
    page = ("<html><body><main class='nd-feed'><article class='post-container'><div class='post-byline'>"
            "<a class='author-name'>Айжан С.</a><span class='post-meta'>Алмагуль · 2 天前 · 一般</span></div>"
            "<h2 class='post-subject'>帮奶奶选一部老人机</h2><div class='post-body'><p>奶奶 82 岁了。</p>"
            "<p><b>SOS 键怎么设置：</b></p><ol><li>菜单 → 设置 → SOS 设置。</li><li>长按 SOS 键 3 秒测试。</li></ol>"
            "<p>哪家有给退休人员的便宜套餐？</p></div><div class='post-actions'><button>点赞</button></div></article>"
            "<section class='comments-container'><h3 class='comments-header'>18 条评论</h3>"
            + _nextdoor_comment("Ербол Т.", "Beeline 的套餐每月 1 490 ₸。")
            + _nextdoor_comment("Айжан С.", "那余额没钱了 SOS 还能打出去吗？", reply=True, poster=True)
            + _nextdoor_comment("Ербол Т.", "112 不要钱，余额为零也能打。", reply=True)
            + _nextdoor_comment("Дана Б.", "女儿可以在 Kaspi 里远程充值。")
            + "<a class='see-more-comments'>查看更多评论</a></section></main></body></html>")
    assert texts(cut(page)) == [
        ("section", "帮奶奶选一部老人机", "奶奶 82 岁了。"),
        ("step", "菜单 → 设置 → SOS 设置", "菜单 → 设置 → SOS 设置。"),
        ("step", "长按 SOS 键 3 秒测试", "长按 SOS 键 3 秒测试。"),
        ("section", "帮奶奶选一部老人机", "哪家有给退休人员的便宜套餐？"),     # after the steps, in page order (holdout278)
        ("section", "Ербол Т.", "Beeline 的套餐每月 1 490 ₸。"),
        ("section", "Айжан С.（楼主）", "那余额没钱了 SOS 还能打出去吗？"),
        ("qa", "那余额没钱了 SOS 还能打出去吗？", "112 不要钱，余额为零也能打。"),
        ("section", "Дана Б.", "女儿可以在 Kaspi 里远程充值。")]


def _brainly_answer(name: str, text: str, comments: tuple[tuple[str, str], ...] = (), verified: bool = False) -> str:
    """A Brainly answer box: the 「Expert-Verified Answer」 mark, the answerer's header (name, rank and counts), the
    text, the rating and Thanks, its comments."""
    return ("<div class='brn-qpage-next-answer-box js-answer' data-testid='answer_box'>"
            + ("<div class='brn-qpage-next-answer-box__verified'><span>Expert-Verified Answer</span></div>" if verified
               else "")
            + f"<div class='brn-qpage-next-answer-box-header'><span data-testid='answer_box_author'>{name}</span> "
            f"<span>Ambitious · 412 answers · 18.9K people helped</span></div>"
            f"<div class='brn-qpage-next-answer-box-content' data-testid='answer_box_text'>{text}</div>"
            "<div class='brn-qpage-next-answer-box__rating'><span>4.8</span> <span>(23 votes)</span> "
            "<button>Thanks 41</button></div>"
            + (f"<div class='brn-qpage-next-answer-box__comments'><h4>Comments ({len(comments)})</h4><ul>"
               + "".join(f"<li class='brn-comment'><span class='brn-comment__author'>{who}</span> "
                         f"<span class='brn-comment__text'>{said}</span></li>" for who, said in comments)
               + "</ul></div>" if comments else "") + "</div>")


def _brainly_page(answers: str) -> str:
    return ("<html><head><title>包月还是按分钟？ - brainly.com</title></head><body><div class='brn-cookie-policy-wrapper'>"
            "<p>We use cookies.</p><button>Accept all</button></div><header class='brn-header'><a>Ask question</a>"
            "<a>Log in</a></header><div class='brn-banner'>Get the Brainly App</div><main class='brn-qpage-layout'>"
            "<nav class='brn-qpage-next-breadcrumbs'><a>Brainly</a> › <a>Mathematics</a></nav>"
            "<div class='brn-qpage-next-question-box' data-testid='question_box'><div class='brn-qpage-next-question-box-"
            "header'><span data-testid='question_box_header_author'>dinara0917</span><span>01/15/2026</span>"
            "<span data-testid='question_box_header_subject'>Mathematics</span> · <span>High School</span></div>"
            "<h1 data-testid='question_box_text'><span>包月还是按分钟？</span></h1><div data-testid='question_box_text_"
            "extension'><p>A 每分钟 15 ₸，B 月费 2 490 ₸。<br>（1）多少分钟一样贵？<br>（2）250 分钟选哪个？</p></div>"
            "<div class='brn-qpage-next-question-box__points'><span>+10 pts</span></div></div>"
            "<div class='brn-qpage-next-answers' data-testid='answers'><h2>Answers</h2>" + answers
            + "</div><aside class='brn-qpage-next-related'><h2>Still have questions?</h2><ul><li><a>Taxi fares</a></li>"
            "</ul></aside></main><footer class='brn-footer'><p>© Brainly Inc. 2026</p></footer></body></html>")


def test_a_brainly_question_is_its_lead_then_each_answer_with_its_comments_without_cards_or_chrome() -> None:
    # holdout221: read as a page, the asker's name was glued to the date, 「+10 pts」 was question text, the numbered
    # sub-questions were steps of the page's title, 「Answers」 titled the verified mark and the answerer's card, the
    # answer's （1）–（2） lines were steps (「166 分钟」), the other answer was glued with its card to the verified one's
    # last part and the verified answer's comments came after the last answer
    page = _brainly_page(
        _brainly_answer("aruzhan88", "<p>超出以后 B 每分钟 12 ₸，更划算。</p>")
        + _brainly_answer("MathTutorAsel", "<h3>解题思路</h3><p>令 15x = 2490。</p><h3>答案</h3>"
                          "<p>（1）166 分钟<br>（2）选 B</p><p><em>提醒：</em>拨 *100# 查剩余分钟。</p>",
                          (("dinara0917", "原来如此，谢谢！"), ("yerzhan_k", "@dinara0917 问：外网也算吗？答：算。")),
                          verified=True))
    assert texts(cut(page)) == [
        ("section", "包月还是按分钟？", "A 每分钟 15 ₸，B 月费 2 490 ₸。\n（1）多少分钟一样贵？\n（2）250 分钟选哪个？"),
        ("section", "解题思路", "令 15x = 2490。"),
        ("section", "答案", "（1）166 分钟\n（2）选 B\n提醒：拨 *100# 查剩余分钟。"),
        ("section", "评论", "原来如此，谢谢！"),
        ("qa", "外网也算吗？", "算。"),
        ("section", "aruzhan88的回答", "超出以后 B 每分钟 12 ₸，更划算。")]


def test_an_answers_numbered_lines_stay_steps_unless_one_answers_each_sub_question() -> None:
    # the answer's 「（1）」 lines answer sub-questions only where the asker numbered theirs so, as many of them (an
    # NGA reply's three steps under a question of four numbered sub-questions, holdout68, are steps)
    page = _brainly_page(_brainly_answer("MathTutorAsel", "<h3>怎么查分钟数</h3><p>（1）打开 App<br>（2）看通话记录<br>"
                                                          "（3）取平均值</p>", verified=True))
    assert [(f.type, f.title) for f in cut(page) if f.type == "step"] == [
        ("step", "打开 App"), ("step", "看通话记录"), ("step", "取平均值")]


def test_brainly_classes_alone_make_no_thread() -> None:
    page = ("<html><body><h1>怎么提问</h1><div class='brn-qpage-next-question-box'><p>先登录再提问。</p></div>"
            "</body></html>")
    assert parts(page) == [("怎么提问", "先登录再提问。")]


def test_a_khoros_theme_naming_replies_in_plain_text_and_badging_the_solution_in_its_footer() -> None:
    # holdout226: the theme names a reply's writer in a plain span.login-bold (only the topic's is a link) and marks
    # the accepted reply by a badge in its footer, the class lia-accepted-solution standing on the answer's copy in a
    # box over the replies: every reply was 「subject（回复）」 and the accepted one stayed in its place
    def reply(name: str, text: str, badge: str = "") -> str:
        return ("<div class='lia-message-view-wrapper lia-thread-reply'><div class='lia-message-author-with-avatar'>"
                f"<span class='login-bold'>{name}</span><div class='lia-message-author-rank'>常客</div>"
                f"<span class='DateTime'>2025-12-03 22:05</span></div><div class='lia-message-body-content'>{text}</div>"
                f"<div class='lia-message-footer'>{badge}<span class='MessageKudosCount'>9</span> 个赞</div></div>")
    page = ("<html><body class='lia-body'><div class='lia-thread-topic lia-message-view-wrapper'>"
            "<h1 class='lia-message-subject'>燃气表不上传读数</h1><div class='lia-message-author-with-avatar'>"
            "<a class='lia-user-name-link'><span class='login-bold'>Nurlan</span></a></div>"
            "<div class='lia-message-body-content'><p>余额一直没到表里。</p></div></div>"
            "<div class='lia-component-accepted-solutions lia-accepted-solution'>"
            "<h2 class='lia-accepted-solution-heading'>已接受的解答</h2><div class='lia-message-body-content'>"
            "<p>按住按钮 5 秒。</p></div></div>"
            + reply("Serik", "<p>电池低也会这样。</p>")
            + reply("Kcell_Aigerim", "<p>按住按钮 5 秒。</p>", "<span class='accepted-solution-badge'>已接受的解答</span>")
            + reply("Nurlan", "<p>好了，谢谢。</p>") + "</body></html>")
    assert parts(page) == [("燃气表不上传读数", "余额一直没到表里。"), ("燃气表不上传读数（回复）", "按住按钮 5 秒。"),
                           ("Serik", "电池低也会这样。"), ("Nurlan（楼主）", "好了，谢谢。")]


def _insided_reply(name: str, text: str, label: str = "") -> str:
    return (f"<div class='post qa-reply'><div class='post__header'><a class='username'>{name}</a> "
            f"<span class='user-level'>Userlevel 5</span> {label}<time>2026年2月12日</time></div>"
            f"<div class='post__content post__content--new-editor'>{text}</div>"
            "<div class='post-actions'><button class='like-button'>赞 <span class='count'>8</span></button></div></div>")


def test_an_insided_question_is_its_question_then_the_best_answer_then_each_reply_by_writer() -> None:
    # holdout226: read as a page, the best-answer teaser box and the login prompt were glued to the question, each
    # reply was one 「评论」 line (its h3 parts and list run together), the replies after the answer ran into it
    page = ("<html><body><header class='header'><nav class='main-menu'><a>首页</a><a>分类</a></nav></header>"
            "<main><div class='qa-topic'><div class='qa-topic-header'><span class='label--answered'>已回答</span>"
            "<h1 class='qa-topic-title'>交易所验证码收不到怎么办？</h1><div class='qa-topic-meta'>"
            "<span class='username'><a>Daniyar T.</a></span> <span class='user-level'>Userlevel 2</span></div></div>"
            "<div class='qa-topic-first-post post'><div class='post__content'><p>提币时验证码基本收不到。</p></div>"
            "<div class='post-actions'><button class='like-button'>赞 <span class='count'>6</span></button></div></div>"
            "<div class='qa-best-answer'><div class='qa-best-answer__header'>最佳答案 · <a>Tele2_Marat</a></div>"
            "<div class='post__content'><p>您好！原因如下。</p></div><a class='qa-best-answer__link'>查看原帖</a></div>"
            "<div class='post-list qa-replies'><h2 class='replies-count'>3 条回复</h2>"
            + _insided_reply("Yerlan_TDK", "<p>别找人代收验证码。</p>")
            + _insided_reply("Tele2_Marat", "<p>您好！原因如下。</p><h3>改用验证器的步骤</h3><ol><li>安装验证器 App；</li>"
                             "<li>扫描二维码。</li></ol>", "<span class='best-answer-label'>最佳答案</span>")
            + _insided_reply("Daniyar T.", "<p>谢谢，已经换了。</p>")
            + "</div><div class='reply-editor'><p>登录后即可回复。</p></div></div></main></body></html>")
    assert texts(cut(page)) == [
        ("section", "交易所验证码收不到怎么办？", "提币时验证码基本收不到。"),
        ("qa", "交易所验证码收不到怎么办？（回复）", "您好！原因如下。"),
        ("step", "安装验证器 App", "安装验证器 App；"), ("step", "扫描二维码", "扫描二维码。"),
        ("section", "Yerlan_TDK", "别找人代收验证码。"), ("section", "Daniyar T.（楼主）", "谢谢，已经换了。")]


def _higher_logic_post(number: int, name: str, title: str, text: str, tail: str = "") -> str:
    return (f"<div class='row discussion-post'><div class='col-xs-2 author-info'><h5><a>{name}</a></h5>"
            "<p class='member-title'>會員</p></div><div class='col-xs-10'>"
            f"<div class='posted-date'><span>{number}.</span> <h3>{title}</h3>"
            "<span class='timestamp'>發佈於 01-11-2026 09:47</span></div>"
            f"<div class='msg-body'>{text}</div><div class='msg-actions'><a>回覆</a> | <a>推薦 (6)</a></div>{tail}"
            "</div></div>")


def test_a_higher_logic_thread_is_its_first_post_then_each_reply_by_writer_without_numbers_bars_or_signature() -> None:
    # holdout226: read as a page, the first post's number 「1.」 was a fragment of its own, each next number, action
    # bar and the Original Message block were glued to the post before, and each timestamp opened its post
    page = ("<html><body class='hl-discussions'><div id='MPHeader'><ul class='nav'><li><a>主頁</a></li></ul></div>"
            "<div class='col-md-8'><h2 class='discussion-title'>監察器連唔到網絡</h2>"
            "<div class='thread-actions'><a>回覆</a> <a>關注討論</a></div>"
            + _higher_logic_post(1, "陳子偉", "監察器連唔到網絡", "<p>部機一直顯示傳送失敗。</p>")
            + _higher_logic_post(2, "林嘉慧", "RE: 監察器連唔到網絡", "<p>改用手機 App 就得。</p>",
                                 "<div class='original-message'><p>------------------------------<br>林嘉慧<br>"
                                 "------------------------------</p><div class='quoted'><p>原始訊息：<br>寄件者：陳子偉"
                                 "</p></div></div>")
            + _higher_logic_post(3, "陳子偉", "RE: 監察器連唔到網絡", "<p>多謝！</p>")
            + "</div><div id='MPFooter'><p>Powered by Higher Logic</p></div></body></html>")
    assert parts(page) == [("監察器連唔到網絡", "部機一直顯示傳送失敗。"), ("林嘉慧", "改用手機 App 就得。"),
                           ("陳子偉（楼主）", "多謝！")]


def _phpwind_floor(name: str, floor: str, text: str) -> str:
    return (f"<table class='floor'><tr><td class='floor_left'><div class='floor_info'><div class='name'><a>{name}</a>"
            "</div><div class='level'>等级：<a>版主</a></div><ul><li><em>发帖</em>213</li></ul></div></td>"
            f"<td class='floor_right'><div class='floor_top_tips'><span class='lou'>{floor}</span>"
            f"<span class='fl'>发布于：2026-02-07 15:05</span></div>{{title}}<div class='editor_content'>{text}</div>"
            "<div class='floor_bottom'><span class='support'>支持(3)</span><a>回复</a><a>引用</a><a>举报</a></div>"
            "</td></tr></table>")


def test_a_phpwind_thread_is_its_first_floor_then_each_floor_by_writer_without_cards_or_action_lines() -> None:
    # holdout226: read as a page, the floors' cards, 「沙发发布于：…」 lines and 「支持(17)回复引用」 action lines were
    # glued to the posts around them, and short floors were flattened into one 「 / 」-joined line
    page = ("<html><body><div id='J_read_main'>"
            + _phpwind_floor("老王", "楼主", "手机被偷了，怎么补卡？").replace(
                "{title}", "<h1 id='J_post_title'>用数字证件补卡</h1>")
            + _phpwind_floor("Asel", "沙发", "<strong>一、能不能补</strong><br>能补。<br><br>"
                             "<strong>二、补卡的步骤</strong>（给公民参考）<br>1. 打开 eGov Mobile；<br>"
                             "2. 把代码告诉店员。").replace("{title}", "")
            + _phpwind_floor("小陈", "板凳", "<blockquote class='blockquote'><span class='quote_name'>引用 Asel 的帖子："
                             "</span>能补。</blockquote>补充：看店员。").replace("{title}", "")
            + _phpwind_floor("小马", "#4", "体验：<br>- Kcell：认；<br>- Beeline：认。").replace("{title}", "")
            + "</div><div class='footer'><p>Powered by phpwind v9.0.2</p></div></body></html>")
    assert texts(cut(page)) == [
        ("section", "用数字证件补卡", "手机被偷了，怎么补卡？"), ("section", "能不能补", "能补。"),
        ("step", "打开 eGov Mobile", "打开 eGov Mobile；"), ("step", "把代码告诉店员", "把代码告诉店员。"),
        ("section", "小陈", "引用 Asel 的帖子：\n能补。\n补充：看店员。"), ("section", "小马", "体验：\nKcell：认；\nBeeline：认。")]
    assert [f.procedure.title for f in cut(page) if f.type == "step"] == ["补卡的步骤（给公民参考）"] * 2


def _upvoty_comment(writer: str, text: str, admin: bool = False, replies: str = "", reply: bool = False) -> str:
    badge = " <span class='admin-badge'>Admin</span>" if admin else ""
    kind = " ".join(["comment-item", *(["reply"] if reply else []), *(["admin"] if admin else [])])
    nested = f"<div class='comment-replies'>{replies}</div>" if replies else ""
    return (f"<div class='{kind}'><div class='comment-author'>{writer}{badge}</div>"
            f"<div class='comment-date'>Mar 12, 2025</div><div class='comment-body'><p>{text}</p></div>{nested}</div>")


def test_an_upvoty_post_is_the_request_then_each_comment_by_its_writer() -> None:
    # holdout227: the comments ran together into one 评论 with every writer lost, and the reply thread under the
    # team's comment (a reader's 问, the team's 答) moved after them as a Q&A, apart from the comment it was under
    thread = (_upvoty_comment("Олжас К.", "问：具体是几月？", reply=True)
              + _upvoty_comment("Product Team", "答：8 月底上线。", admin=True, reply=True))
    page = ("<html><body class='upvoty-board'><div class='upvoty-topbar'><ul class='board-nav'><li>Roadmap</li></ul>"
            "</div><div class='container board-content'><div class='upvoty-post-detail'><div class='vote-column'>"
            "<button class='upvoty-vote-btn'>▲</button><div class='vote-count'>148</div><div class='vote-label'>votes"
            "</div></div><div class='post-column'><h1 class='post-title'>按时间段自动转移</h1><div class='post-meta'>"
            "<span class='status-badge'>Planned</span> <span class='post-author'>Динара</span> · "
            "<span class='post-date'>Mar 3, 2025</span></div><div class='post-description'><p>晚上想自动转走。</p>"
            "</div></div></div><div class='upvoty-comments'><h3 class='comments-title'>Comments (3)</h3>"
            + _upvoty_comment("Product Team", "已经放进第三季度的计划。", admin=True, replies=thread)
            + _upvoty_comment("Асель", "号码要写完整。")
            + "<form class='comment-form'><textarea></textarea></form></div></div>"
            "<footer class='upvoty-footer'><a href='https://upvoty.com/'>Powered by Upvoty</a></footer></body></html>")
    frags = cut(page)
    assert texts(frags) == [
        ("section", "按时间段自动转移", "晚上想自动转走。"),
        ("section", "Product Team", "已经放进第三季度的计划。"),
        ("section", "Олжас К.", "问：具体是几月？"),
        ("qa", "具体是几月？", "8 月底上线。"),
        ("section", "Асель", "号码要写完整。")]
    words = "\n".join(f.title + f.text for f in frags)
    for gone in ("Admin", "Comments (3)", "Powered by", "votes"):
        assert gone not in words


def test_a_discourse_post_named_only_by_its_schema_org_author_is_headed_by_it() -> None:
    # holdout269: a theme without .username (the writer in span.creator[itemprop=author]) had every reply titled
    # 「subject（回复）」, a reply that answers nothing typed a Q&A under it
    def post(number: int, author: str, body: str, extra: str = "") -> str:
        return (f"<div id='post_{number}' itemscope class='topic-post regular{' accepted-answer' if extra else ''}'>"
                "<div class='topic-body'><div class='topic-meta-data'><span class='creator' itemprop='author'>"
                f"<a href='/u/{author}'><span itemprop='name'>{author}</span></a></span><span class='post-time'><time>"
                f"2026年11月18日</time></span></div><div class='cooked' itemprop='text'>{body}</div>{extra}"
                "<nav class='post-controls'><button>回复</button></nav></div></div>")
    page = ("<html><body><div id='topic-title'><h1><a class='fancy-title'>eSIM 不见了，还能找回来吗？</a></h1></div>"
            "<div class='post-stream'>" + post(1, "aidana_k", "<p>号码还在吗？</p>")
            + post(2, "shop", "<p>号码还在运营商那里。</p>",
                   extra="<div class='accepted-answer'><p class='solved'>✓ 解决方案 由 aidana_k 选出</p></div>")
            + post(3, "nurlan88", "<p>补充一下 Kcell 的情况：必须去营业厅。</p>")
            + post(4, "aidana_k", "<p>谢谢，已经好了。</p>") + "</div></body></html>")
    assert texts(cut(page)) == [
        ("section", "eSIM 不见了，还能找回来吗？", "号码还在吗？"),
        ("qa", "eSIM 不见了，还能找回来吗？（回复）", "号码还在运营商那里。"),
        ("section", "nurlan88", "补充一下 Kcell 的情况：必须去营业厅。"),
        ("section", "aidana_k（楼主）", "谢谢，已经好了。")]
