"""Read a forum thread of Douban's groups, Baidu Tieba, Hupu, NGA, LIHKG, HKGolden, Mobile01, old or new Reddit or a XenForo,
vBulletin, NodeBB, Flarum, Discourse, Moodle, Simple Machines, bbPress, MyBB, Invision Community, IP.Board 2, phpBB, Vanilla, KASKUS, 天涯社区, Zoho Community,
Khoros (Samsung Members), Microsoft Community, 小米社区, OnePlus Community, iQOO 社区, Higher Logic or phpwind forum, an inSided question, a Mumsnet Talk or Netmums Coffeehouse thread, a NodeSeek thread, a Google Groups conversation, a Groups.io topic, a Yahoo Groups topic, a public-inbox thread page, a Lemmy
post with its comment tree, a kbin thread with its comments, a Coursera course forum's thread with its replies, a Hacker News item with its comments, a Slashdot story with its comments, a plurk with its responses, a Threads post with its replies, a 5ch read.cgi thread, a Fossil forum thread, a Pantip topic with its comments, a Nextdoor post with its comments, a Viva Engage (Yammer) conversation with its replies, a Workplace group post, a Circle, Mighty Networks or Skool post with its comments, a Bettermode
discussion with its replies, a Salesforce Trailblazer Community (Chatter) question with its answers, a GitHub issue, a MantisBT bug with its notes, a 好大夫在线 consultation, or a Baidu Zhidao, Zhihu, Quora, Yahoo Knowledge+,
Yahoo!知恵袋, OKWave (教えて!goo), Answers.com, Stack Exchange, Microsoft Q&A, Yandex Q, Naver 지식iN, Ответы Mail.ru, Brainly or GitHub Discussions question with its
answers, as its
reader sees it.

Pure: no I/O. Each site draws a post as a card: the poster's face, name, level or badge, the
time and floor, the text, then its counts (「赞 (57)」「推31 噓0」), its tail (「来自Android客户端
1楼」) and buttons (回应, 回复, 举报); around the posts stand the site's bars, the forum's card,
pagers and a side column. Read as a page, Douban's reply list (`ul#comments`, `li.comment-item`)
went as comments, its byline `<h3>` and each reply's `<h4>` of name and time titled what followed,
Tieba's floors ran into one another and into the side column, and LIHKG's posts (hashed class
names) were glued with their headers and counts; old Reddit's thread was lost whole (each text in
a <form>, each comment a div.thing.comment). `forum_thread` puts the thread in the page's
place as an `<article>`: the subject as its title, the first post as its text (a post that asks
keeps its numbered lines in it: they are the cases it asks about, not steps), then each reply
headed 「Re: subject」, which the parser reads as a forum's reply (「subject（回复）」) — a reply
answers the topic, not the post above it — or by its author where the reader knows who wrote it.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from indexer.html_text import generated_by, is_br, loads_assets, page_marks, site_reader, text_tag, writer_heading
from indexer.render_text import HEADING_MAX, PROCEDURE_TITLE, STEP_LINE, is_attribution, mail_body, quote_line
from indexer.sites.bbs import CATEGORY_TAG  # a board's tag over a subject, as PTT writes it

Thread = tuple[str, list[Tag]]      # the subject, then each post's text (the first post's first)
# who wrote a reply, set on its post by a reader that heads replies so: old Reddit's comments and
# Zhidao's answers after the best one. On those pages (holdout32/33), 「subject（回复）」 over every
# reply made each short reply (「多謝！」, 「运营商都这样」) match the question as well as the answer
# did, and MRR fell by 0.02-0.03; Douban's, Tieba's and LIHKG's replies keep 「Re: subject」
# (titling forum replies by their author cost holdout13)
_BY = "data-by"
_ASKED = "data-asked"          # a post headed by what it is about: the follow-up question it answers, its own subject
OP = "（楼主）"       # the thread's poster answering in it

# who a reply answers (Tieba's 「回复 阿强 :」): a poster's name, no text
_ANSWERING = re.compile(r"^\s*回复\s*[^\s:：]{1,30}\s*[:：]\s*")
_LIHKG_POST = re.compile(r"^\d+:\d+$")          # data-post-id: 「thread:floor」
_LIHKG_SITE = re.compile(r"\s*\|\s*LIHKG\b.*$")    # 「subject | LIHKG 討論區」
# a part's title on a line of its own in a post typed as plain text (Tieba's 「【1】运营商能不能涨价」)
_PART_TITLE = re.compile(r"^【\d{1,2}】[^。！!？?；;]{1,30}$")
# … and one numbered 「一、」 (Yahoo Knowledge+'s 「一、會連到哪家電信業者」), which is one only after a blank line and
# over text: a run of 「一、」「二、」 lines with nothing between them is a list
_CN_PART_TITLE = re.compile(r"^[一二三四五六七八九十]{1,3}、[^。！!？?；;]{1,30}$")
# … and a line that is only a 【bracketed title】 (Yahoo!知恵袋's 「【注册和验证码】」), titled without its brackets as the
# parser titles such lines (`parse._BRACKET_HEADING`), likewise only after a blank line and over text
_BRACKET_TITLE = r"【([^【】。！!？?；;]{1,30})】"
_BRACKET_PART_TITLE = re.compile(rf"^{_BRACKET_TITLE}$")
_REDDIT_POST = re.compile(r"^t3_[0-9a-z]+$")        # data-fullname: a link (post) …
_REDDIT_COMMENT = re.compile(r"^t1_[0-9a-z]+$")     # … and a comment
_REDDIT_GONE = frozenset({"[deleted]", "[removed]"})     # a comment its writer or a moderator took away
# what new Reddit shows in a comment taken away (its author then 「[deleted]」), and the attributes saying so
_SHREDDIT_GONE = _REDDIT_GONE | {"Comment deleted by user", "Comment removed by moderator", "Removed by Reddit"}
_SHREDDIT_GONE_ATTRS = ("deleted", "removed")
# vBulletin 4's quote box (「Originally Posted by X」 over the quoted text) and a code box's 「Code:」
_VB_QUOTE = "bbcode_quote"
_VB_BLOCK_CHROME = ("bbcode_postedby", "bbcode_description")
# a numbered line (「1. 打返內地…」「2、…」, a bracketed 「（2）每月通话多少分钟…」, a circled 「② 收验证码」) and a question
# mark that asks (not one inside an address)
_NUMBERED = re.compile(r"^\s*(?:(\d{1,2})\s*[.、．)）]|[（(](\d{1,2})[）)]|([\u2460-\u2473]))\s*\S")
# a point's glyph opening a line typed as plain text (「・日本的手机号…」, 「- Kcell：…」)
_BULLET = re.compile(r"^\s*(?:[・•]|-(?=\s))\s*")
_ASKS = re.compile(r"？|\?(?=\s|$|[^\x00-\x7f])")
_SENTENCE_END = re.compile(r"(?<=[。！!；;])")     # where a line's sentences part
_LEAD_IN = re.compile(r"(?<=：)|(?<=:)(?=\s)")     # where a label (「Астана 店的问题：」) gives way to what it labels
# inside a XenForo post: a bbCode block's title (「阿Ken仔 said:」, 「Code:」) and its 「Click to expand...」
_XF_BLOCK_CHROME = ("bbCodeBlock-title", "bbCodeBlock-expandLink")
_GITHUB_NUMBER = re.compile(r"\s*#\d+$")      # the issue's number after its title (「… 各家汇总 #214」)
# a GitHub Discussion's timeline: the post and each comment a group, a comment's replies in a group under it
_GH_ITEM = "discussion-timeline-item"
_GH_NESTED = "discussion-nested-comment-group"
_GH_NESTED_ITEM = "discussion-nested-comment-timeline-item"
_GH_COMMENT_ID = re.compile(r"^discussioncomment-\d+$")     # a comment's group (the post's is 「discussion-N」)
_GH_ANSWER_SUMMARY = "js-discussion-answer-summary"         # the 「Marked as answer」 box over the timeline
_GH_MARKED = "Marked as answer"
_V2EX_REPLY = re.compile(r"^r_\d+$")          # a V2EX reply's cell: 「r_14720011」
_BAHAMUT_POST = re.compile(r"^post_\d+$")     # a Bahamut post's section: 「post_6120847」
_AT = re.compile(r"^\s*@[\w.-]{1,30}\s+")      # who a Bahamut comment answers (「@kazamaru0912 不會…」)
# a Stack Exchange post's text: .s-prose.js-post-body since 2020, div.post-text before
_SE_BODY = ("js-post-body", "post-text")
_SE_SUBHEADING = 3      # an SE post's own headings, under its part's <h2>: its top one an <h3>
_SE_COMMENTS = "评论"    # the heading of a post's comments, where the post has parts of its own
_NODEBB_POST_LINK = re.compile(r"/post/\d+")        # a NodeBB post's address: a quote's 「said in <topic>」 links it
_FLARUM_SITE = re.compile(r"\s+-\s+[^-]+$")          # 「subject - 哈萨克斯坦华人论坛」
_FLARUM_BEST = "Post--bestAnswer"                     # FoF Best Answer's class on the chosen post
_FLARUM_MENTION = "PostMention"                       # a reply's link to the post it answers (or quotes)
_MOODLE_POST = "forum-post-container"                 # a Moodle (3.8+) forum post's <article>, replies nested in it
_MOODLE_SUBJECT = {"data-region-content": "forum-post-core-subject"}     # a post's own subject, an <h3> in its header
_SMF_POST = re.compile(r"^msg\d+$")                   # an SMF post's card: 「msg38211」 …
_SMF_TEXT = re.compile(r"^msg_\d+$")                  # … and its text, div.inner 「msg_38211」
_SMF_QUOTES = ("bbc_standard_quote", "bbc_alternate_quote")      # SMF's quote boxes, 2.0 and 2.1 alike
_SMF_SUBJECT = re.compile(r"^\s*Topic:\s*|\s*\(Read [\d,.]+ times\)\s*$")      # SMF 2.0's 「Topic: … (Read 1,286 times)」
# MyBB (1.8): a post's card 「post_N」 and its text 「pid_N」, a quote's cite 「 (date)阿凱 寫道： 」 (its date a span)
_MYBB_POST = re.compile(r"^post_\d+$")
_MYBB_TEXT = re.compile(r"^pid_\d+$")
# phpBB (3.x): a post's card 「p201733」, and a quote's ↑ link to the post it quotes (「viewtopic.php?p=201741#p201741」)
_PHPBB_POST = re.compile(r"^p\d+$")
_PHPBB_LINKED = re.compile(r"[?&#]p=?(\d+)\b")
# IP.Board 1.x/2.x: a quote's header 「QUOTE(name @ date)」 naming the post it quotes by its poster and date
_IPB_QUOTE = re.compile(r"^\s*QUOTE\s*\(\s*(.+?)\s*@\s*(.+?)\s*\)\s*$")
_4PDA_QUOTE = re.compile(r"^\s*(.+?)\s*@\s*(.+?)\s*$")        # 4PDA's quote title: 「dimash_ast @ 13.09.25, 09:40」
_SPOILER_LABEL = re.compile(r"^\s*(?:Спойлер|Spoiler|Скрытый текст)\s*[:：]?\s*", re.IGNORECASE)
# MantisBT's bug view: the number its summary opens with (「0000482: 」), the text fields in their order, a user's page
_MANTIS_NUMBER = re.compile(r"^\d+:\s*")
_MANTIS_TEXTS = ("bug-description", "bug-steps-to-reproduce", "bug-additional-information")
_MANTIS_USER = re.compile(r"view_user_page\.php")
# Fossil's forum: a post header's link to its writer's timeline (「/timeline?u=UN7LBA」), whose text is 「login (full name)」
_FOSSIL_USER = re.compile(r"[?&]u=")
_FOSSIL_LOGIN = re.compile(r"\s*\([^()]*\)$")
# an Apple Community post's text: .post-body, or .thread-body in the markup of article cards (holdout179)
_APPLE_BODY = ["post-body", "thread-body"]
_VANILLA_ACCEPTED = "QnA-Item-Accepted"        # the Q&A plugin's class on an accepted answer
# Skool's styled-components classes (「styled__PostTitle-sc-7v5k3w-6」: the component's name, then a hash its builds
# change) and its assets' host, which tells its pages from another site built with styled-components
_SKOOL_ASSETS = re.compile(r"https?://(?:[\w-]+\.)?skool\.com/")
_SKOOL_TITLE = re.compile(r"^styled__PostTitle-sc-")
_SKOOL_CONTENT = re.compile(r"^styled__PostContent-sc-")
_SKOOL_NAME = re.compile(r"^styled__UserName-sc-")
_SKOOL_COMMENTS = re.compile(r"^styled__CommentsWrapper-sc-")
_SKOOL_BODY = re.compile(r"^styled__CommentBody-sc-")
_SKOOL_REPLIES = re.compile(r"^styled__CommentReplies-sc-")
_BETTERMODE = re.compile(r"^\s*(?:Bettermode|Tribe)\b", re.IGNORECASE)     # its generator <meta> (Tribe before 2023)
# the badge a community's reply header carries on the answer its asker or an admin chose (Bettermode's)
_BEST_LABELS = frozenset({"最佳解答", "最佳答案", "Best answer", "Best Answer"})
# the badge a community's moderator or staff carries beside their name (OnePlus Community's 「版主」): their reply
# answers the thread for the site, as 小米社区's 「官方」 one
_OFFICIAL_BADGES = frozenset({"版主", "官方"})
_POST_FIRST = re.compile(r"^post-(?:op|first)$")     # a OnePlus Community's first post, an iQOO 社区's
# Quora: an answer's box (「dom_annotate_question_answer_item_0」), its writer's profile link, the site in the <title>
_QUORA_ITEM = re.compile(r"^dom_annotate_question_answer_item_\d+$")
_QUORA_PROFILE = re.compile(r"^(?:https://www\.quora\.com)?/profile/")
_QUORA_SITE = re.compile(r"\s+-\s+Quora$")
_ANSWERS_COM_SITE = re.compile(r"\s+-\s+Answers$")       # Answers.com's <title>: 「question - Answers」
# Hupu (bbs.hupu.com): a reply's floor (data-floor) and a quote's header 「引用 @X 发表的：」
_HUPU_FLOOR = re.compile(r"^\d+$")
_HUPU_QUOTED = re.compile(r"^\s*引用\s*")
# NGA: a floor's text 「postcontent3」, the site's name after the <title>'s subject, a quote's 「Post by [X] (date):」 and a
# reply's own 「Reply to [Reply] Post by [X] (date)」 header (NGA writes its quote headers in English)
_NGA_TEXT = re.compile(r"^postcontent\d+$")
_NGA_SITE = re.compile(r"\s*NGA玩家社区\s*$")
_NGA_POST_BY = re.compile(r"Post by\s*\[?([^\]\(]+?)\]?\s*\([^)]*\)\s*:?\s*$")
_NGA_REPLY_TO = re.compile(r"^\s*Reply to\b.*\bPost by\b")
# Yandex Q (Яндекс Кью, yandex.ru/q): the site's name in its og:site_name
_YANDEX_Q_SITE = re.compile(r"^\s*(?:Яндекс\s*Кью|Yandex\s*Q)\s*$", re.IGNORECASE)
# its question's heading: h1.Question-Title, or h1.QuestionPage-Title on the pages whose answers are div.Answer cards
_YANDEX_Q_MARK = re.compile(r"^Question(?:Page)?-Title$")
# Naver 지식iN (kin.naver.com): an answer's body (.c-heading-answer__content; .c-heading-answer__body in the layout of
# holdout259's page) and the service's own assets (ssl.pstatic.net/static.kin/) where og:site_name is not saved
_KIN_MARK = re.compile(r"^c-heading-answer__(?:content|body)$")
_KIN_ASSETS = re.compile(r"^https?://ssl\.pstatic\.net/static\.kin/")
# Ответы Mail.ru (otvet.mail.ru): the site's name in its og:site_name (「Ответы Mail.ru」, 「Ответы Mail」 since 2023)
_OTVET_SITE = re.compile(r"^\s*Ответы\s*Mail(?:\.ru)?\s*$", re.IGNORECASE)
# … and, on a page saved without it, its <title>'s suffix (「… - Ответы Mail.ru」)
_OTVET_TITLE = re.compile(r"[-–—|]\s*Ответы\s*Mail(?:\.ru)?\s*$", re.IGNORECASE)
# Its title's class: h1.question__title, or h1.q-title on pages of the shorter class names
_OTVET_MARK = re.compile(r"^(?:question__|q--?)title$")
_OTVET_ADDITION = re.compile(r"^\s*Дополнение к вопросу\s*:?\s*$", re.IGNORECASE)    # the asker's addition's label
# Yahoo!知恵袋 (chiebukuro.yahoo.co.jp): its components' CSS-module classes, 「ClapLv<level><Component>_Chie-<Component>
# __<Part>」 and a hash the site's builds change (「__1jsQC」): a component is known by its name, whatever its hash
_CHIE_MARK = re.compile(r"^ClapLv\d+\w*_Chie-")
# Brainly (brainly.com): its question page's blocks 「brn-qpage-…」 (「brn-qpage-next-question-box」 in its 2020s layout),
# and the class of the 「Expert-Verified Answer」 mark over the answer its experts checked
_BRAINLY_MARK = re.compile(r"^brn-qpage-")
_BRAINLY_VERIFIED = re.compile(r"^brn-qpage-(?:next-)?answer-box__verified$")
# Udemy's Q&A question box (its CSS modules name a box 「component--class」, a build may add a hash: 「--3qLkS」)
_UDEMY_MARK = re.compile(r"^question-details--question-details(?:--\w+)?$")
# the question's <h1>: a TextBlock's, or on pages whose cards name their own parts, the QuestionItem's Title
_CHIE_HEADING = re.compile(r"_Chie-(?:TextBlock__Text|QuestionItem__Title)(?:__[\w-]{5})?$")
# a post's text: a TextBlock typed with <br>s, or the Text part of its card (QuestionItem, BestAnswer, AnswerItem)
_CHIE_TEXT = re.compile(r"_Chie-(?:TextBlock__Text--preLine|(?:QuestionItem|BestAnswer|AnswerItem)__Text)"
                        r"(?:__[\w-]{5})?$")
_CHIE_QUESTION = re.compile(r"_Chie-QuestionItem(?:__[\w-]{5})?$")               # the question's card
# a poster's name on their card: Chie-UserInfo's UserName, or a plain ClapLv2UserInfo's __name
_CHIE_NAME = re.compile(r"(?:_Chie-UserInfo__UserName(?:__[\w-]{5})?|^ClapLv\d+UserInfo__name)$")
_THREADS_TITLE = re.compile(r"[“\"](.+?)…?[”\"]\s*•\s*Threads\s*$")     # 「Threads 上的 @name：“post…” • Threads」
_THREADS_PROFILE = re.compile(r"^/@[\w.]+$")
BRACKET_OPENS = re.compile(rf"^\s*{_BRACKET_TITLE}\s*")      # a line opening with its part's 【title】
_5CH_ANCHOR = re.compile(r"^\s*>>\s*(\d{1,4})(?:-\d{1,4})?\s*$")        # 「>>4」: the post a reply answers
_REPLY_PREFIX = re.compile(r"^\s*(?:re|回复|回覆|答复|ответ)\s*(?:\[\d+\])?\s*[:：]\s*", re.IGNORECASE)  # 「Re: 」


def forum_thread(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Put a Douban, Tieba, Hupu, NGA, LIHKG, HKGolden, Mobile01, Reddit, XenForo, vBulletin, NodeBB, Flarum, Moodle, SMF, bbPress,
    MyBB, Invision, IP.Board 2, phpBB, Vanilla, Discourse, KASKUS, 天涯社区, Zoho Community, Khoros,
    Microsoft Community, 小米社区, OnePlus Community, iQOO 社区, Higher Logic, phpwind, inSided, Mumsnet, Netmums, NodeSeek, Google Groups, Groups.io, Yahoo Groups, public-inbox, Lemmy, Hacker News, Slashdot, Plurk, Threads, 5ch, Zhidao, Zhihu, Quora, Yahoo Knowledge+, Yahoo!知恵袋,
    OKWave, Answers.com, Stack Exchange, Microsoft Q&A, Yandex Q,
    Naver 지식iN, Ответы Mail.ru, Brainly, Canny, Upvoty, UserVoice, a Udemy course question, a Fossil forum thread, a Pantip topic, a Nextdoor
    post, a Viva Engage conversation, a Workplace group post, a Circle, Mighty Networks or Skool post, a Bettermode
    discussion, a Trailblazer Community question, a MantisBT bug, a 好大夫在线 consultation or a GitHub
    (issue or Discussion) thread in its page's place, as an `<article>`.  `marks` are the page's (html_text.page_marks): a
    reader is tried only on a page bearing the mark every page of its site has."""
    marks = page_marks(soup) if marks is None else marks
    thread = next((found for read, mark in _READERS if _marked(mark, marks) and (found := read(soup)) is not None), None)
    if thread is not None:
        thread_article(soup, *thread)


def thread_article(soup: BeautifulSoup, subject: str, posts: list[Tag]) -> None:
    """Put a thread read by a reader (its subject, then each post's text as `post_text` holds it, the first post's
    first, a reply's writer set by `authored`) in its page's place as an `<article>`: the subject its title, the
    first post its text, each reply a part headed by its writer or 「Re: subject」. A reader of its own module
    (`nabble_topic`, `hyperkitty_thread`) hands its thread here, as the readers of `_READERS` do."""
    if soup.body is None:
        return
    if posts:
        numbered = _numberings(posts[0]) if _ASKS.search(posts[0].get_text()) else {}
        _asked_cases(soup, posts[0])
        _answered_cases(soup, posts[1:], numbered)
    article = soup.new_tag("article")
    article.append(soup.new_tag("h1", string=subject))
    for k, post in enumerate(posts):
        if not post.get_text(strip=True):
            continue
        if k:
            writer, asked = str(post.attrs.pop(_BY, "")), str(post.attrs.pop(_ASKED, ""))
            article.append(writer_heading(soup, writer) if writer
                           else soup.new_tag("h2", string=asked or f"Re: {subject}"))
        article.append(post)
    soup.body.clear()
    soup.body.append(article)


def post_text(soup: BeautifulSoup, *parts: Tag) -> Tag:
    """A post's text out of its card, its lines read (`_post`, for a reader of its own module)."""
    return _post(soup, *parts)


def authored(posts: list[tuple[Tag, str]]) -> list[Tag]:
    """Posts after the first headed by who wrote them, the first post's writer marked 「（楼主）」 (`_authored`, for a
    reader of its own module)."""
    return _authored(posts)


def ranked_answers(question: Tag, answers: list[tuple[Tag, str]]) -> list[Tag]:
    """A Q&A site's posts: the question's text first, then its answers in the site's order, the top one answering
    the question (headed 「Re: subject」), each other one headed 「name的回答」 where its answerer is known (Zhihu's, 穷游问答's)."""
    for post, name in answers[1:]:
        if name:
            post[_BY] = f"{name}的回答"
    return [question, *(post for post, _ in answers)]


def _marked(mark: str | re.Pattern[str], marks: frozenset[str]) -> bool:
    """The page bears a reader's mark: the name itself, or one the pattern matches where the site's builds
    hash its class names (Yahoo!知恵袋's 「ClapLv1TextBlock_Chie-TextBlock__Text__1jsQC」)."""
    return mark in marks if isinstance(mark, str) else any(mark.match(name) for name in marks)


def _asked_cases(soup: BeautifulSoup, post: Tag) -> None:
    """A first post that asks (「…係咪張卡有問題？」) numbers the cases it asks about
    (「1. 打返內地…就斷」「2. 搭巴士…就斷」): they are its question's details, not steps someone takes,
    so they become a bulleted list that keeps its numbers and stays in the question's passage; the
    parser would read numbered lines as a procedure, cut out of the question around them. A post
    that asks nothing (a how-to thread's 「1. 打開 App」) keeps its steps, and so does a part of a post
    written under headings that asks nothing (a Zoho Community topic's 「二、我们前台的标准流程」 <ol>, its
    questions in its last part 「想请教的问题」). The lines may stand in a paragraph of the post (Apple's
    community: 「<p>想問：<br>1. …<br>2. …</p>」) or in an <ol>."""
    if not _ASKS.search(post.get_text()):
        return
    for holder in _holders(post):
        for listed in holder.find_all("ol"):
            if _part_asks(post, listed):
                _number_items(listed)
        lines = br_lines(holder)
        for k, end in _numbered_runs(lines):
            if not _part_asks(post, holder):
                continue
            _lines_as_list(soup, lines, k, end)
            holder.name = "div"     # a paragraph holds no list: the parser would end it before the list


def _holders(post: Tag) -> list[Tag]:
    """Where a post's lines stand: its parts' holders (`_post`) and their paragraphs."""
    holders = post.find_all("div", recursive=False)
    return holders + [line for holder in holders for line in holder.find_all("p", recursive=False)]


def _numberings(post: Tag) -> dict[int, int]:
    """How a post numbers its runs of lines (`_NUMBERED`'s group: 1 「1.」, 2 「（1）」, 3 「①」), each with its
    longest run's length: how many sub-questions the asker numbered so."""
    found: dict[int, int] = {}
    for holder in _holders(post):
        lines = br_lines(holder)
        for k, end in _numbered_runs(lines):
            form = _numbering(lines[k])
            found[form] = max(found.get(form, 0), end - k)
    return found


_BRACKETED = 2      # `_NUMBERED`'s group of a bracketed number, 「（1）」


def _numbering(line: list) -> int:
    numbered = _NUMBERED.match(line_text(line))
    return next(group for group in (1, 2, 3) if numbered and numbered.group(group)) if numbered else 0


def _answered_cases(soup: BeautifulSoup, answers: list[Tag], numbered: dict[int, int]) -> None:
    """An answer's lines numbered as the asker numbered their sub-questions, as many as they are (a Brainly answer's
    「（1）A：y = 15x…<br>（2）166 分钟<br>（3）选 B<br>（4）3 690 ₸」 under 「答案」, the question's 「（1）…」–「（4）…」), answer
    those sub-questions one a line: a bulleted list keeping its numbers, as the question's are (`_asked_cases`), not
    steps the parser would title 「166 分钟」 and 「选 B」 and cut the answer's next paragraph away from. Only the
    bracketed 「（1）」, as an exercise numbers its sub-questions: 「1.」 and 「①」 number a writer's own steps as often
    (a vBulletin reply's 「做法：<br>1. 连上 Wi-Fi；<br>2. …」 under a question of two numbered sub-questions), and a run
    of another length is the answerer's own list (an NGA reply's three steps 「1. 提前把…离线地图下好」 under a
    question of four, holdout68)."""
    asked = numbered.get(_BRACKETED)
    for post in answers if asked else ():
        for holder in _holders(post):
            lines = br_lines(holder)
            runs = [(k, end) for k, end in _numbered_runs(lines)
                    if _numbering(lines[k]) == _BRACKETED and end - k == asked]
            for k, end in runs:
                _lines_as_list(soup, lines, k, end)
            if runs:
                holder.name = "div"     # a paragraph holds no list: the parser would end it before the list


_PART_HEADINGS = ("h2", "h3", "h4")


def _part_asks(post: Tag, node: Tag) -> bool:
    """The part of a post that `node` stands in asks: the text from the heading over it to the next heading has a
    question mark that asks. A post with no headings of its own is one part (the caller has seen it ask). A bold line
    `_title_lines` set apart heads a part as a heading does: a KASKUS post's 「<b>二、头盔蓝牙对讲…怎么组</b>」 over its
    <ol> of steps, its questions in its last part 「五、常见问题」 (holdout107). A part whose title names a procedure
    without asking (a Nextdoor post's 「SOS 键怎么设置（Texet 的说明书）：」 over the manual's <ol>, the post's question
    in the paragraph after it, holdout191) holds steps: the writer says they are things to do."""
    top = node
    while top.parent is not None and top.parent.parent is not post:
        top = top.parent
    if top.parent is None or not any(_heads_part(child) for child in top.parent.children):
        return True
    text = [top.get_text()]
    for step in ("previous_siblings", "next_siblings"):
        for sibling in getattr(top, step):
            if _heads_part(sibling):
                if step == "previous_siblings":
                    title = sibling.get_text()
                    if PROCEDURE_TITLE.search(title) and not _ASKS.search(title):
                        return False
                    text.append(title)
                break
            text.append(sibling.get_text() if isinstance(sibling, Tag) else str(sibling))
    return bool(_ASKS.search("".join(text)))


def _heads_part(node) -> bool:
    """A heading of a post's own, or a paragraph that is only a bold title line (`_title_lines`)."""
    if not isinstance(node, Tag):
        return False
    if node.name in _PART_HEADINGS:
        return True
    bold = node.find(["b", "strong"], recursive=False) if node.name == "p" else None
    return bold is not None and len(node.contents) == 1 and bool(node.get_text(strip=True))


def _number_items(listed: Tag) -> None:
    """A list the asker numbered with <ol> (V2EX's 「我已经试过：<ol><li>重启手机…」) is the same thing as
    their numbered lines: a bulleted list keeping its numbers, so it stays in the question."""
    start = int(listed["start"]) if str(listed.get("start", "")).isdigit() else 1
    for k, item in enumerate(listed.find_all("li", recursive=False)):
        item.insert(0, f"{start + k}. ")
    listed.name = "ul"
    listed.attrs = {}


def _numbered_runs(lines: list[list]) -> list[tuple[int, int]]:
    """Where a post's lines count 1, 2, 3… (or ①, ②, ③…) one a line (two at least): each run's first
    line and the line after its last."""
    runs = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and (number := _NUMBERED.match(line_text(lines[end]))) \
                and _number(number) == end - k + 1:
            end += 1
        if end - k < 2:
            k += 1
            continue
        runs.append((k, end))
        k = end
    return runs


def _number(numbered: re.Match[str]) -> float:
    """The number a `_NUMBERED` line opens with: its digits, bracketed or not, or its circled figure's value."""
    digits = numbered.group(1) or numbered.group(2)
    return int(digits) if digits else unicodedata.numeric(numbered.group(3))


def _end_lists(soup: BeautifulSoup, holder: Tag) -> None:
    """A post typed as plain text ends its numbered list where its lines stop being numbered: the
    line after the last item (Mobile01's 「6. 跟賣家要發票…<br>Apple 以前的查詢頁 2017 年就關了…」)
    is a paragraph of its own, not more of the last step, which the parser would make it (in a page,
    a line under an item continues it). A line break more there is a paragraph break."""
    lines = br_lines(holder)
    for _, end in _numbered_runs(lines):
        first = lines[end][0] if end < len(lines) else None
        if first is not None and not (isinstance(first, Tag) and first.name in ("p", "div", "ul", "ol", "blockquote")):
            first.insert_before(soup.new_tag("br"))


def _inline_children(holder: Tag):
    """A holder's children, those of an inline wrapper broken by its own <br>s (a Discuz! post wrapped whole in
    「<font size="3">…<br>…</font>」) in its place: its lines are the post's lines, where it was one line of them
    (holdout21's question 「这是…收费服务吗？」 read with the SMS line above it)."""
    for node in list(holder.children):
        if isinstance(node, Tag) and node.name in ("font", "span") and node.find("br", recursive=False) is not None:
            yield from _inline_children(node)
        else:
            yield node


def br_lines(holder: Tag) -> list[list]:
    """A post's lines: the nodes between its line breaks (a block of its own is a line too). Public: clean.py's
    Discuz! pass (`clean._discuz_posts`) finds by it the line a poster's follow-up asks, to take it out of his reply."""
    lines: list[list] = [[]]
    for node in _inline_children(holder):
        if isinstance(node, Tag) and node.name == "br":
            lines.append([])
        elif isinstance(node, Tag) and node.name in ("p", "div", "ul", "ol", "blockquote"):
            lines += [[node], []]
        elif node.get_text().strip() if isinstance(node, Tag) else str(node).strip():
            lines[-1].append(node)
    return [line for line in lines if line]


def line_text(line: list) -> str:
    """A line's text (one of `br_lines`'): public, as `br_lines` is, for clean.py's Discuz! pass."""
    return "".join(node.get_text() if isinstance(node, Tag) else str(node) for node in line)


def _drop_breaks(listed: Tag, count: int) -> None:
    """Drop the `count` line breaks the list's items stood between (left behind it): its items
    break those lines now."""
    node = listed.next_sibling
    while node is not None and count > 0:
        following = node.next_sibling
        if isinstance(node, Tag) and node.name == "br":
            node.extract()
            count -= 1
        elif isinstance(node, Tag) or str(node).strip():
            break
        node = following


def _text(tag: Tag | None) -> str:
    return " ".join(tag.get_text(" ").split()) if tag is not None else ""


def _post(soup: BeautifulSoup, *parts: Tag, asked: str = "") -> Tag:
    """A post's text moved out of its card into a plain <div> (the card's classes are no longer
    there to read as chrome), headed by the question it answers (`_ASKED`) when `asked` is one."""
    post = soup.new_tag("div")
    for part in parts:
        holder = soup.new_tag("div")
        holder.extend(list(part.contents))
        _title_lines(soup, holder)
        _bullet_lines(soup, holder)
        _end_lists(soup, holder)
        _step_paragraphs(soup, holder)
        post.append(holder)
    if asked:
        post[_ASKED] = asked
    return post


def _lines_as_list(soup: BeautifulSoup, lines: list, k: int, end: int) -> Tag:
    """A post's lines `k`…`end` (`br_lines`) as one bulleted list in their place, each line an item."""
    listed = soup.new_tag("ul")
    lines[k][0].insert_before(listed)
    for line in lines[k:end]:
        item = soup.new_tag("li")
        item.extend([node.extract() for node in line])
        listed.append(item)
    _drop_breaks(listed, end - k - 1)
    return listed


def _bullet_lines(soup: BeautifulSoup, holder: Tag) -> None:
    """A post typed as plain text bullets its points with a glyph opening each line (Yahoo!知恵袋's 「・日本的手机号
    注册不了…<br>・车里的中控屏上…」): a run of two or more such lines is a bulleted list, its items without the
    glyph, as an editor's list is; left as lines, each point kept its 「・」 and none was an item of the list. A hyphen
    and a space open such a line as often (a phpwind floor's 「- Kcell：…<br>- Beeline：…」, holdout226; a MantisBT
    note's 「- 票价：…」); a hyphen before a figure (「-5 ₸」) is a minus."""
    lines = br_lines(holder)
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and isinstance(lines[end][0], NavigableString) and _BULLET.match(lines[end][0]):
            end += 1
        if end - k < 2:
            k = max(end, k + 1)
            continue
        for item in _lines_as_list(soup, lines, k, end).find_all("li", recursive=False):
            item.contents[0].replace_with(_BULLET.sub("", str(item.contents[0]), count=1))
        k = end


def _step_paragraphs(soup: BeautifulSoup, holder: Tag) -> None:
    """Lines a step's number opens (「<strong>第一步</strong>：签合同<br><strong>第二步</strong>：…」, two at least)
    each a paragraph of its own, as the plain-text reader makes them (`render_text.STEP_LINE`): typed one under
    the other they were one paragraph, which the parser cut as a passage, not as steps. The lines may stand in a
    paragraph of the post (Vanilla's 「<p>第一步：…<br>第二步：…<br>第三步：…</p>」), which then holds paragraphs."""
    for box in [holder, *holder.find_all("p", recursive=False)]:
        lines = br_lines(box)
        steps = [line for line in lines if not (isinstance(line[0], Tag) and line[0].name in ("p", "div", "ul", "ol",
                                                                                                "blockquote"))
                 and STEP_LINE.match(line_text(line).strip())]
        if len(steps) < 2:
            continue
        for line in steps:
            paragraph = soup.new_tag("p")
            line[0].insert_before(paragraph)
            paragraph.extend([node.extract() for node in line])
        box.name = "div"        # a paragraph holds no paragraphs


def _title_lines(soup: BeautifulSoup, holder: Tag) -> None:
    """A line of a post that is all bold (LIHKG's 「<b>【常見三種劇本】</b><br>」), a numbered
    【part】 title (Tieba, whose posts have no bold) or a 「一、」 or 【bracketed】 title after a blank
    line (Yahoo Knowledge+'s and Yahoo!知恵袋's plain-text answers) is a paragraph of its own, in bold:
    the parser reads a run of such lines as the post's sub-headings, not as the first line of one
    paragraph with the text below them (a plain 「一、」 line ended the passage before the part it
    names, a 【…】 one was glued to the front of its part's first line). So is a line a bold 「一、」 title opens and a
    note in plain text closes (phpwind's 「<strong>二、公民用数字证件补卡的步骤</strong>（给有哈国身份证的朋友参考）<br>」,
    holdout226): the bold part alone was no line of its own, and the part's steps were titled by the part before."""
    for node in list(holder.children):
        text = node.get_text().strip() if isinstance(node, Tag) else str(node).strip()
        bold = isinstance(node, Tag) and node.name in ("b", "strong")
        bracketed = _BRACKET_PART_TITLE.match(text) if not isinstance(node, Tag) else None
        if not (bold and 0 < len(text) <= HEADING_MAX or not isinstance(node, Tag) and _PART_TITLE.match(text)
                or not isinstance(node, Tag) and (_CN_PART_TITLE.match(text) or bracketed) and _opens_part(node)) \
                or not all(_alone(node, step) for step in ("previous_sibling", "next_sibling")):
            continue
        line = soup.new_tag("p")
        node.replace_with(line)
        line.append(soup.new_tag("b", string=bracketed.group(1).strip() if bracketed else text))
    for found in br_lines(holder):
        text = line_text(found).strip()
        if len(found) > 1 and isinstance(found[0], Tag) and found[0].name in ("b", "strong") \
                and _CN_PART_TITLE.match(text) and _CN_PART_TITLE.match(found[0].get_text().strip()) \
                and _alone(found[0], "previous_sibling") and _alone(found[-1], "next_sibling"):
            line = soup.new_tag("p")
            found[0].insert_before(line)
            for node in found:
                node.extract()
            line.append(soup.new_tag("b", string=text))


def _opens_part(node) -> bool:
    """A line after a blank line (two line breaks, or the post's start) and over a line of text."""
    before, after = _siblings(node, "previous_sibling", 2), _siblings(node, "next_sibling", 2)
    return all(is_br(sibling) for sibling in before) and len(after) == 2 and is_br(after[0]) \
        and not is_br(after[1])


def _siblings(node, step: str, count: int) -> list:
    """The next `count` siblings on this side of the node that are tags or text (not blank space)."""
    found = []
    sibling = getattr(node, step)
    while sibling is not None and len(found) < count:
        if isinstance(sibling, Tag) or str(sibling).strip():
            found.append(sibling)
        sibling = getattr(sibling, step)
    return found


# what ends a line of a post as a line break does: a paragraph, a list, a box (4PDA's bold title 「为什么要锁频」
# right after its list above was glued to the list's last item)
_LINE_BREAKING = frozenset({"br", "p", "ul", "ol", "div", "table", "blockquote", "pre",
                            "h1", "h2", "h3", "h4", "h5", "h6"})


def _alone(node, step: str) -> bool:
    """Nothing but a line break (or the post's edge) on this side of the node."""
    sibling = getattr(node, step)
    while sibling is not None and not isinstance(sibling, Tag) and not str(sibling).strip():
        sibling = getattr(sibling, step)
    return sibling is None or sibling.name in _LINE_BREAKING


def _douban(soup: BeautifulSoup) -> Thread | None:
    """A Douban group topic: div.topic-doc (byline <h3>, .topic-content), then ul.topic-reply
    (#comments) of li.comment-item, each a .reply-doc whose .reply-content is the text (a .reply-quote beside it
    repeats an earlier reply)."""
    topic = soup.find("div", class_="topic-doc")
    text = topic.find(class_="topic-richtext") or topic.find(class_="topic-content") if isinstance(topic, Tag) else None
    if text is None:
        return None
    subject = _text(soup.find("h1")) or _text(soup.title)
    posts = [_post(soup, text)]
    replies = soup.find("ul", class_="topic-reply") or soup.find("ul", id="comments")
    for item in replies.find_all("li", recursive=False) if isinstance(replies, Tag) else []:
        if item.find(class_="reply-doc") is not None:
            posts.append(_post(soup, *item.find_all(class_="reply-content")))
    return (subject, posts) if subject else None


def _tieba(soup: BeautifulSoup) -> Thread | None:
    """A Tieba thread: #j_p_postlist of div.l_post floors, each a .d_post_content (plain text
    with <br>s) over its tail (.post-tail-wrap: client, floor, time) and its floor-in-floor
    replies (li.lzl_single_post, a name, .lzl_content_main, report link and time)."""
    postlist = soup.find(id="j_p_postlist")
    if not isinstance(postlist, Tag):
        return None
    floors = [floor for floor in postlist.find_all("div", class_="l_post", recursive=False)
              if floor.find(class_="d_post_content") is not None]
    subject = _text(soup.find(class_="core_title_txt"))
    if not floors or not subject:
        return None
    posts = []
    for floor in floors:
        content = floor.find(class_="d_post_content")
        _unaddress(content)
        post = _post(soup, content)
        for reply in floor.find_all(class_="lzl_content_main"):
            _unaddress(reply)
            post.append(soup.new_tag("p", string=reply.get_text()))
        posts.append(post)
    return subject, posts


def _unaddress(tag: Tag) -> None:
    """Drop the 「回复 name :」 a reply opens with."""
    first = next((node for node in tag.strings if node.strip()), None)
    if first is not None and _ANSWERING.match(first):
        first.replace_with(_ANSWERING.sub("", first, count=1))


def _lihkg(soup: BeautifulSoup) -> Thread | None:
    """A LIHKG thread (a React page of hashed class names): each post carries
    data-post-id=「thread:floor」 over its header (#N, name, time), its text (the element marked
    data-ast-root inside it, a quoted post a <blockquote> there) and its 推/噓 counts."""
    posts = [post for post in soup.find_all(attrs={"data-post-id": _LIHKG_POST})
             if post.find(attrs={"data-ast-root": True}) is not None]
    subject = CATEGORY_TAG.sub("", _LIHKG_SITE.sub("", _text(soup.title)))   # 「[求助]」
    if not posts or not subject:
        return None
    texts = []
    for k, post in enumerate(posts):
        text = post.find(attrs={"data-ast-root": True})
        for quote in text.find_all("blockquote") if k else []:
            quote.decompose()       # the post it quotes is on the page already
        texts.append(_post(soup, text))
    return subject, texts


def _hkgolden(soup: BeautifulSoup) -> Thread | None:
    """A HKGolden (高登討論區) thread, LIHKG's elder sibling: h1.hkg-thread-title (with 正評 / 負評 /
    回覆 / 瀏覽 beside it) over div.hkg-reply cards, each a header (name, time, 「#n」, 「樓主」), its
    .hkg-reply-content (plain text with <br>s, <b>【…】</b> lines as its parts' titles, a quoted
    post in a <blockquote>) and a foot of 正評 / 負評 counts and 引用 / 回覆 buttons; around them the
    channel bar, the pagers, the ad slots and 「登入後回覆」. Read as a page, the thread was cut by
    length under its title, each reply's header and quote ended the fragment before its text. As
    LIHKG's, replies are headed 「Re: subject」 and a reply's quotes go (the post is on the page)."""
    heading = soup.find("h1", class_="hkg-thread-title")
    texts = [text for reply in soup.find_all("div", class_="hkg-reply")
             if isinstance(text := reply.find(class_="hkg-reply-content"), Tag)]
    subject = CATEGORY_TAG.sub("", _text(heading)) if isinstance(heading, Tag) else ""     # 「[求救]」
    if not subject or not texts:
        return None
    posts = []
    for k, text in enumerate(texts):
        for quote in text.find_all("blockquote", recursive=False) if k else []:
            quote.decompose()
        posts.append(_post(soup, text))
    return subject, posts


def _old_reddit(soup: BeautifulSoup) -> Thread | None:
    """An old.reddit.com thread: the post is a div.thing of data-fullname 「t3_…」 (its title the
    a.title in p.title, beside the flair), each comment one of 「t1_…」 in div.commentarea, replies
    nested in the comment's div.child. A thing's text is the .md of the form.usertext in its own
    .entry — the tagline ([–], author, three scores, time, 「(4 children)」), the buttons
    (permalink, embed, save, report, reply) and 「load more comments」 stand around it, and the
    page parses a <form> as a control and 「comment」 as a class of chrome, so the whole thread was
    lost. Nested replies are read in the page's order, one after the other, each headed by its
    author (data-author), the poster's own marked 「（楼主）」."""
    post = soup.find("div", class_="thing", attrs={"data-fullname": _REDDIT_POST})
    area = soup.find("div", class_="commentarea")
    if not isinstance(post, Tag) or not isinstance(area, Tag):
        return None
    title = post.find("a", class_="title")
    subject = _text(title)
    if not subject or title.find_parent("p", class_="title") is None:
        return None
    texts = [(_reddit_text(soup, post), str(post.get("data-author", "")))]
    for comment in area.find_all("div", class_="thing", attrs={"data-fullname": _REDDIT_COMMENT}):
        author = str(comment.get("data-author", "")) or _text(comment.find(class_="author"))
        texts.append((_reddit_text(soup, comment), "" if author in _REDDIT_GONE else author))
    return subject, _authored(texts)


def _reddit_text(soup: BeautifulSoup, thing: Tag) -> Tag:
    """A thing's own text (not a reply's, nested under it), as a post; a deleted one holds nothing."""
    own = [md for md in thing.select("div.usertext-body div.md")
           if md.find_parent("div", class_="thing") is thing]
    if not own or _text(own[0]) in _REDDIT_GONE:
        return soup.new_tag("div")
    return _post(soup, own[0])


def _new_reddit(soup: BeautifulSoup) -> Thread | None:
    """A new-Reddit (shreddit, 2023+) thread: web components, not classes. <shreddit-post> carries the
    post-title, author and score as attributes over its credit bar (「r/…」, 「• 9 mo. ago」), the
    <h1 slot=title>, the flair and the text in its div[slot=text-body] (a .md inside); under it the
    「Sort by:」 bar, then <shreddit-comment>s nested in the tree as replies nest, each with author,
    depth, score and is-op attributes over its commentMeta line (name, 「OP」, time), its
    div[slot=comment] and an action row (the score, Reply, Award, Share); 「1 more reply」 and
    「View more comments」 load the rest. Read as a page, each author line was glued to the comment
    above, the scores were lines, comments ran together and a 「[deleted]」 one was kept. As old
    Reddit's: the post is the lead, each comment in the page's order a part headed by its author
    (the poster's 「（楼主）」), a comment taken away nothing."""
    post = soup.find("shreddit-post")
    if not isinstance(post, Tag):
        return None
    subject = " ".join(str(post.get("post-title", "")).split()) or _text(post.find(attrs={"slot": "title"}))
    if not subject:
        return None
    body = _shreddit_text(post, "text-body", "shreddit-post")
    texts = [(_post(soup, body) if body is not None else soup.new_tag("div"), str(post.get("author", "")))]
    for comment in soup.find_all("shreddit-comment"):
        text = _shreddit_text(comment, "comment", "shreddit-comment")
        author = str(comment.get("author", "")).strip()
        if text is None or any(comment.has_attr(gone) for gone in _SHREDDIT_GONE_ATTRS) \
                or _text(text) in _SHREDDIT_GONE:
            continue
        texts.append((_post(soup, text), "" if author in _REDDIT_GONE else author))
    return subject, _authored(texts)


def _shreddit_text(card: Tag, slot: str, kind: str) -> Tag | None:
    """A shreddit post's or comment's own text: its element in the slot (the .md inside it where
    there is one), not a nested reply's."""
    for holder in card.find_all(attrs={"slot": slot}):
        if holder.find_parent(kind) is card:
            md = holder.find(class_="md")
            return md if isinstance(md, Tag) else holder
    return None


def _zhidao(soup: BeautifulSoup) -> Thread | None:
    """A Baidu Zhidao (百度知道) question page: the title in the element marked accuse=「qTitle」, the
    question's text and the asker's supplement (「qContent」, 「qSupply」), then each answer's text
    (「aContent」: the best answer's .best-text, the others' .answer-text, each headed by its
    answerer's .user-name). Around them stand the
    asker line (提问者, 浏览 N 次), 「最佳答案」, 「展开全部」, each answerer's card (name, 知道达人 level,
    擅长, 采纳率, date), 点赞 / 踩 / 举报 and the ads: read as a page, they were text, the answers
    ran into one another and the best answer's 「<b>一、…</b>」 lines ended parts instead of heading them."""
    heading = soup.find(attrs={"accuse": "qTitle"})
    answers = soup.find_all(attrs={"accuse": "aContent"})
    subject = _text(heading.find(class_="ask-title") or heading) if isinstance(heading, Tag) else ""
    if not subject or not answers:
        return None
    # the current page marks only the best answer: the others' texts are the .answer-text of #wgt-answers' cards
    listed = soup.find(id="wgt-answers")
    answers += [text for text in (listed.find_all(class_="answer-text") if isinstance(listed, Tag) else ())
                if text.find_parent(attrs={"accuse": "aContent"}) is None and text.find(attrs={"accuse": "aContent"}) is None]
    asked = [tag for tag in soup.find_all(attrs={"accuse": ("qContent", "qSupply")}) if isinstance(tag, Tag)]
    follow_ups = _follow_ups(soup, answers[0])
    posts = [_post(soup, *asked), _post(soup, answers[0]), *follow_ups]     # the best (or first) answer answers the question
    for answer in answers[1:]:
        follow_ups = _follow_ups(soup, answer)
        post = _post(soup, answer)
        card = answer.find_parent(class_="answer")
        name = _text(card.find(class_="user-name")) if isinstance(card, Tag) else ""
        if name:
            post[_BY] = f"{name}的回答"
        posts += [post, *follow_ups]
    return subject, posts


def _follow_ups(soup: BeautifulSoup, answer: Tag) -> list[Tag]:
    """Take an answer's 追问 / 追答 exchange out of it (Zhidao writes it in the answer's text, a
    .replyask-wrap of .replyask lines, each its label, its text and its time) and return each asker's
    follow-up question with the answerer's reply as a post headed by the question (`_ASKED`): glued
    to the answer's last part with its labels and times, it answered nothing."""
    posts: list[Tag] = []
    for wrap in answer.find_all(class_="replyask-wrap"):
        question = ""
        for line in wrap.find_all(class_="replyask"):
            content = line.find(class_="replyask-content")
            if not isinstance(content, Tag):
                continue
            if "replyer" not in line.get("class", []):
                question = " ".join(filter(None, (question, _text(content))))
            elif question or posts:
                post = _post(soup, content, asked=question)
                if question:
                    posts.append(post)
                else:
                    posts[-1].append(post)      # the answerer's next reply to the same question
                question = ""
        wrap.decompose()
    return posts


def _xenforo(soup: BeautifulSoup) -> Thread | None:
    """A XenForo 2 thread: the subject in h1.p-title-value (after its prefix label, a span.label
    「求助」), then each post an article.message: a .message-cell--user (avatar, h4.message-name,
    the h5 member title 「Well-known member」, 「Joined / Messages」), the attribution (date, 「#2」),
    the text in .message-content's div.bbWrapper — where a blockquote.bbCodeBlock--quote repeats
    another post under 「X said:」 with a 「Click to expand...」 — and a footer of 「Like / Reply /
    Report」 and 「Reactions: …」; around them the breadcrumbs, 「Discussion in … started by …」, the
    pager, 「You must log in or register to reply here.」 and similar threads. Read as a page, each
    member title titled a post, the user cell's stats were its first lines, the names went and a
    quote ran into the reply. Replies are headed by their author (data-author, else the
    h4.message-name), the thread's poster marked 「（楼主）」, as old Reddit's are; a reply's quotes go.
    A reply that opens with a quote that asks takes up that question (HardwareZone's 「kopi_o_kosong said:
    1) 有没有退税 (Tax Free)？」 over 「有的，…步骤：」 and its steps): it is headed by the quoted question
    (`_quoted_question`), as a Canny reply is by the comment that asks (`_ASKED`); dropped with the
    quote, the answer lost what it answers and its steps were titled by a user name."""
    heading = soup.find("h1", class_="p-title-value")
    if not isinstance(heading, Tag):
        return None
    cards = [(card, text) for card in soup.find_all("article", class_="message")
             if card.find(class_="message-cell--user") is not None
             and isinstance(text := card.select_one(".message-content div.bbWrapper"), Tag)]
    if not cards:
        return None
    for label in heading.find_all(class_=("label", "label-append")):
        label.decompose()               # the thread's prefix (「求助」「已解決」)
    subject = _text(heading)
    if not subject:
        return None
    posts = []
    for k, (card, text) in enumerate(cards):
        question = _quoted_question(text, "bbCodeBlock--quote", "bbCodeBlock-content") if k else ""
        for block in text.find_all("blockquote", class_="bbCodeBlock--quote") if k else []:
            block.decompose()           # the post it quotes is on the page already
        for chrome in text.find_all(class_=_XF_BLOCK_CHROME):
            chrome.decompose()
        posts.append((_post(soup, text, asked=question), _xenforo_author(card)))
    return subject, _authored_answers(posts)


def _quoted_question(text: Tag, quote: str, content: str) -> str:
    """The question a reply opens by quoting (its first child a blockquote of class `quote` whose `content` asks, or
    the quote itself where `content` is 「」: Netmums' quote holds its words bare after its <cite>), as `asking_line`
    cuts it and without the number the asker gave it among several (「1) 有没有退税 (Tax Free)？」 is 「有没有退税
    (Tax Free)？」); 「」 where the reply opens otherwise: a quote further down, or one that asks nothing, says what the
    reply goes on from, not what it answers."""
    first = next((node for node in text.children
                  if isinstance(node, Tag) or (isinstance(node, NavigableString) and node.strip())), None)
    if not isinstance(first, Tag) or first.name != "blockquote" or quote not in first.get("class", ()):
        return ""
    said = first.find(class_=content) if content else first
    line = asking_line(said) if isinstance(said, Tag) else ""
    number = _NUMBERED.match(line)
    return line[number.end() - 1:].strip() if number else line


def _mobile01(soup: BeautifulSoup) -> Thread | None:
    """A Mobile01 topic: the h1 of div.l-heading (「瀏覽 12,847 回覆 7 收藏」 under it), then each post
    a div.l-articlePage: its author card (.c-authorInfo: avatar, name, Lv., 文章數 · 積分), the date
    and 「#n」, the text in the [itemprop=articleBody] of its <article> (plain text with <br>s, a
    line alone in bold a part's title, a quoted post a <blockquote> of 「name wrote:」 … 「(恕刪)」),
    then its signature and 分享 / 檢舉 / 引言回覆; between the posts stand in-article ads, under
    them the pager, 「請先 登入 後再回覆」 and 相關討論. Read as a page, the line under the h1 titled
    the first post, the replies were all 「subject（回复）」 with their quotes inside them and the ads
    and the login line glued to them. As XenForo's, replies are headed by their author (the poster's
    own 「name（楼主）」) and a reply's quotes go."""
    heading = soup.select_one("div.l-heading h1")
    subject = _text(heading)
    posts = [(page, text) for page in soup.find_all("div", class_="l-articlePage")
             if isinstance(text := page.select_one("article [itemprop=articleBody]"), Tag)]
    if not subject or not posts:
        return None
    texts = []
    for k, (page, text) in enumerate(posts):
        for quote in text.find_all("blockquote", recursive=False) if k else []:
            quote.decompose()           # the post it quotes is on the page already
        texts.append((_post(soup, text), _text(page.find(class_="c-authorInfo__id"))))
    return subject, _authored(texts)


def _vbulletin(soup: BeautifulSoup) -> Thread | None:
    """A vBulletin 4 thread: the subject in #pagetitle's span.threadtitle (after 「Thread:」), then
    ol#posts of li.postcontainer (postbitlegacy or postbit), each a .posthead (「03-02-2026, 09:14
    PM」, 「#1」), a .userinfo column (the .username, usertitle, avatar, 「Join Date / Location /
    Posts」), the post's own h2.title (the subject again, 「Re: …」 in replies), its text in
    blockquote.postcontent (plain text with <br>s; a quote a .bbcode_container of 「Originally
    Posted by X」 and the quoted .message), the signature and edit note under .after_content, and
    「Reply With Quote」 / Report; around them the header's login form, the navbar, 「+ Reply to
    Thread」, the pagers, Quick Navigation, Similar Threads, Posting Permissions and 「Powered by
    vBulletin」. Read as a page, ol#posts was a numbered list: each post a step titled by its date
    with its user column, header and buttons, and a quote ran into its reply. As XenForo's, replies
    are headed by their author (the poster's 「（楼主）」) and a reply's quotes go; the first post's
    quote keeps its text without its 「Originally Posted by」."""
    postlist = soup.find("ol", id="posts")
    if not isinstance(postlist, Tag):
        return None
    cards = [(card, text) for card in postlist.find_all("li", class_="postcontainer", recursive=False)
             if (text := _vb_text(card)) is not None]
    title = soup.select_one("#pagetitle .threadtitle")
    subject = _text(title) if isinstance(title, Tag) else _text(soup.title)
    if not subject or not cards:
        return None
    posts = []
    for k, (card, text) in enumerate(cards):
        for box in text.find_all("div", class_="bbcode_container") if k else []:
            if box.find(class_=_VB_QUOTE) is not None:
                box.decompose()         # the post it quotes is on the page (or the page before)
        for chrome in text.find_all(class_=_VB_BLOCK_CHROME):
            chrome.decompose()
        posts.append((_post(soup, text), _text(card.select_one(".username_container .username"))))
    return subject, _authored(posts)


def _vb_text(card: Tag) -> Tag | None:
    """A vBulletin post's text: its blockquote.postcontent, not the edit note (「Last edited by …」,
    a postcontent.lastedited under .after_content)."""
    for text in card.find_all("blockquote", class_="postcontent"):
        if "lastedited" not in text.get("class", ()) and text.find_parent(class_="after_content") is None:
            return text
    return None


def _xenforo_author(card: Tag) -> str:
    """Who wrote a XenForo post: its data-author, else the name over its user cell."""
    return str(card.get("data-author", "")).strip() or _text(card.find(class_="message-name"))


def _zhihu(soup: BeautifulSoup) -> Thread | None:
    """A Zhihu (知乎) question page: h1.QuestionHeader-title, the question's detail (the .RichText of
    .QuestionRichText, its 「收起」 button beside it), then each answer, a .ContentItem.AnswerItem in a
    .List-item, whose text is its .RichContent's .RichText, headed by its author (the name <meta> of
    its AuthorInfo). Around them stand the topic tags, 关注者 / 被浏览, the question's buttons, the
    list's 「5 个回答」 <h4> and 「默认排序」, each answer's author card, 「N 人赞同了该回答」, 「发布于 … ・IP 属地…」,
    its action bar and 「阅读全文」, and the side column: read as a page, 「5 个回答」 titled the first answer,
    the answers ran into one another under the first one's last bold line, each glued to the date
    line of the one before. Like Zhidao's, the first answer (the top one) answers the question, the
    others are headed 「name的回答」; an answer's whole-bold lines are its sub-headings."""
    title = soup.find("h1", class_="QuestionHeader-title")
    subject = _text(title)
    answers = [(item, text) for item in soup.find_all("div", class_="AnswerItem")
               if "ContentItem" in item.get("class", ()) and item.find_parent(class_="List-item") is not None
               and (text := item.select_one(".RichContent .RichText")) is not None]
    if not subject or not answers:
        return None
    asked = soup.select_one(".QuestionRichText .RichText")
    posts = []
    for item, text in answers:
        name = item.select_one("[itemprop=author] meta[itemprop=name]")
        author = str(name.get("content", "")).strip() if name is not None else _text(item.find(class_="AuthorInfo-name"))
        posts.append((_post(soup, text), author))
    return subject, ranked_answers(_post(soup, *([asked] if asked is not None else [])), posts)


def _yahoo_answers(soup: BeautifulSoup) -> Thread | None:
    """A Yahoo Knowledge+ (Yahoo奇摩知識+) question page: div#ya-question-detail holds the asker's card
    (avatar, a.uname, 「發問者」, 「3 週前」), the h1, the question's text (span.ya-q-full-text, plain
    text with <br>s), its .ya-q-supplement (a 「補充」 label over .ya-q-supplement-text) and the action
    bar (「5 個解答 / 追蹤 / 分享 / 檢舉」); then div#ya-best-answer (「最佳解答」, the answerer's card with
    「知識長 Lv 7」 and date, the answer's .ya-q-full-text, 「發問者選出的最佳解答」, 讚 24, 「0 則留言」, 檢舉)
    and #ya-qn-answers: 「其他解答（4）」 over li.ya-other-answer cards laid out alike, and 「我要回答」;
    around them the Yahoo header (搜尋知識+, 登入), the 知識+ nav, breadcrumbs, 相關問題 and the footer.
    Read as a page, each nickname was glued to its label or level (「阿拉木圖小熊發問者」), the action bar,
    「最佳解答」, the answerer's card and the answer's first line were one passage, the asker's numbered
    questions were steps, the answer's 「一、」 part titles ended the passage before their part, the
    like and comment counts ran together (「讚 110 則留言」: 11 likes, 0 comments) and the other answers
    shared passages. As Zhidao's: the question and its supplement the lead, the best answer (else the
    first) 「question（回复）」, each other answer 「name的回答」; a post's 「一、」 lines are its parts."""
    detail = soup.find(id="ya-question-detail")     # a <div>, or a <section> on the later (2019) pages
    heading = detail.find("h1") if isinstance(detail, Tag) else None
    asked = detail.find(class_="ya-q-full-text") or detail.find(class_="ya-q-text") \
        if isinstance(detail, Tag) else None
    subject = _text(heading)
    if not subject or not isinstance(asked, Tag):
        return None
    best = soup.find(id="ya-best-answer")
    cards = ([best] if isinstance(best, Tag) else []) + soup.find_all("li", class_="ya-other-answer")
    answers = [(card, text) for card in cards if isinstance(text := card.find(class_="ya-q-full-text"), Tag)]
    if not answers:
        return None
    supplement = detail.find(class_="ya-q-supplement-text")
    posts = [_post(soup, asked, *([supplement] if isinstance(supplement, Tag) else []))]
    for k, (card, text) in enumerate(answers):
        post = _post(soup, text)
        if k and (name := _text(card.find(class_="uname"))):
            post[_BY] = f"{name}的回答"
        posts.append(post)
    return subject, posts


def _github(soup: BeautifulSoup) -> Thread | None:
    """A GitHub issue as the browser saves it: the title in h1.gh-header-title (its
    <bdi class="js-issue-title">, then 「#214」), each comment a .timeline-comment box in the
    timeline whose header names its author (a.author, 「commented」, the date, 「• edited」, the
    Author / Member / Contributor label) over its text, a .markdown-body (a td.comment-body of a
    one-cell table); between the boxes stand the events (「added the 资费 流量 labels」,
    「mentioned this issue」 with the pull request and 「Merged」), under them the reactions, and
    around them the repository's header and tabs, 「opened this issue · 9 comments」, the sidebar
    (Assignees, Labels, Participants…) and 「Sign up for free to join this conversation」. Read as
    a page, the classes 「comment」 and 「comment-body」 made every comment a comment section, and
    all were lost. The opening comment is the lead, each other comment a part headed by its author,
    the issue's author marked 「（楼主）」, as XenForo's and old Reddit's are."""
    heading = soup.find("h1", class_="gh-header-title")
    if not isinstance(heading, Tag):
        return None
    title = heading.find(class_="js-issue-title")
    subject = _text(title) if isinstance(title, Tag) else _GITHUB_NUMBER.sub("", _text(heading))
    boxes = [(box, text) for box in soup.find_all(class_="timeline-comment")
             if isinstance(text := box.find(class_="markdown-body"), Tag)
             and text.find_parent(class_="timeline-comment") is box]
    if not subject or not boxes:
        return None
    return subject, _authored([(_post(soup, text), _github_author(box)) for box, text in boxes])


def _github_author(box: Tag) -> str:
    """Who wrote a GitHub comment: the a.author in its box's header."""
    header = box.find(class_="timeline-comment-header")
    return _text((header if isinstance(header, Tag) else box).find("a", class_="author"))


def _github_discussion(soup: BeautifulSoup) -> Thread | None:
    """A GitHub Discussion as the browser saves it: h1.gh-header-title as on an issue, then 「Answered」,
    「asked this question in Q&A」, a 「Marked as answer」 summary box (「Answered by …」, the answer's
    first part, 「View full answer」 linking to it), and the timeline's .discussion-timeline-item
    groups — the discussion's own post, then each comment — each an upvote button over a
    .timeline-comment (header with a.author, the .markdown-body, reactions) and, under a comment,
    its .discussion-nested-comment-group of replies (「3 replies」, each reply an <h4> of author and
    date over its own .comment-body, 「Sign in to reply」). Read by the issue reader, every reply
    was lost (each comment's box gave only its first .markdown-body) and each comment was headed
    by its author's login, the answer not told from the rest. A Discussion asks and is answered as a
    Stack Exchange question is, so it reads as one: the post the lead, the comment marked as the
    answer (or holding the reply marked so) 「question（回复）」, the others 「author的回答」, each
    comment's replies its short comments (they hold the answer's follow-ups: 「拨 *486*3# 切回标准
    模式」). Only a page whose timeline groups carry the discussion's own classes is one: an issue's
    boxes stand in plain .TimelineItem rows and stay with `_github`."""
    heading = soup.find("h1", class_="gh-header-title")
    title = heading.find(class_="js-issue-title") if isinstance(heading, Tag) else None
    subject = _text(title) if isinstance(title, Tag) else _GITHUB_NUMBER.sub("", _text(heading))
    items = [(item, text) for item in soup.find_all(class_=_GH_ITEM)
             if not {_GH_NESTED_ITEM, _GH_ANSWER_SUMMARY} & set(item.get("class", ()))
             and item.find_parent(class_=_GH_NESTED) is None and isinstance(text := _gh_text(item), Tag)]
    if not subject or not items or _GH_COMMENT_ID.match(str(items[0][0].get("id", ""))):
        return None
    body, answers = items[0][1], items[1:]
    accepted = _gh_accepted(soup, [item for item, _ in answers])
    answers.sort(key=lambda found: found[0] is not accepted)      # the marked one first, the rest in order
    names = {name for item, _ in items for name in [_github_author(item)]
             + [_text(author) for author in item.select(f".{_GH_NESTED_ITEM} a.author")] if name}
    posts = [_qa_post(soup, body, [])]
    for k, (answer, text) in enumerate(answers):
        replies = [line for reply in answer.find_all(class_=_GH_NESTED_ITEM)
                   if isinstance(reply_body := reply.find(class_="markdown-body"), Tag)
                   for line in _gh_reply_lines(reply_body, names)]
        post = _qa_post(soup, text, replies)
        if k and (author := _github_author(answer)):
            post[_BY] = f"{author}的回答"
        posts.append(post)
    return subject, posts


def _gh_text(item: Tag) -> Tag | None:
    """A discussion post's or comment's own text: the .markdown-body of its .timeline-comment box,
    not a reply's under it."""
    for box in item.find_all(class_="timeline-comment"):
        for text in box.find_all(class_="markdown-body"):
            if text.find_parent(class_=_GH_NESTED) is None:
                return text
    return None


def _gh_accepted(soup: BeautifulSoup, answers: list[Tag]) -> Tag | None:
    """The comment marked as the answer, or whose reply is: the one the 「Marked as answer」 summary's
    「View full answer」 links to, else the one bearing the 「Marked as answer」 line outside its text."""
    for link in soup.select(f".{_GH_ANSWER_SUMMARY} a[href^='#discussioncomment-']"):
        target = soup.find(id=str(link["href"])[1:])
        found = next((answer for answer in answers if isinstance(target, Tag)
                      and any(holder is answer for holder in [target, *target.parents])), None)
        if found is not None:
            return found
    return next((answer for answer in answers
                 if any(line.strip() == _GH_MARKED and line.find_parent(class_="markdown-body") is None
                        for line in answer.find_all(string=True))), None)


def _gh_reply_lines(body: Tag, names: set[str]) -> list[str]:
    """A reply's text as short lines, one a paragraph (or list, quote, code block), the 「@name」 it
    opens with gone."""
    lines = [line for node in body.children if isinstance(node, Tag | NavigableString) and not isinstance(node, Comment)
             and (line := _text(node) if isinstance(node, Tag) else " ".join(node.split()))]
    if lines:
        lines[0] = unaddressed(lines[0], names)
    return [line for line in lines if line]


def _own_subjects(thread: list[Tag], subjects: list[str], subject: str) -> None:
    """Head each reply (a post of `thread` after the first) whose own subject (`subjects`, in the posts' order) is not
    the thread's, once its 「Re: 」 / 「回复：」 is gone, by that subject instead of its writer: a forum that fills each
    reply's subject in as 「Re: subject」 (phpBB, Higher Logic) keeps one its writer changed, and it names what the
    reply is about (「已经被冒名借了怎么办」)."""
    for post, own in zip(thread[1:], subjects[1:]):
        own = _REPLY_PREFIX.sub("", own)
        if own and own != subject:
            post.attrs.pop(_BY, None)
            post[_ASKED] = own


def _authored(posts: list[tuple[Tag, str]]) -> list[Tag]:
    """Posts after the first headed by who wrote them, the first post's writer marked 「（楼主）」
    (XenForo, Mobile01, GitHub, Apple's community, V2EX, Bahamut)."""
    poster = posts[0][1] if posts else ""
    for k, (post, author) in enumerate(posts):
        if k and author:
            post[_BY] = author + OP if author == poster else author
    return [post for post, _ in posts]


def _authored_answers(posts: list[tuple[Tag, str]]) -> list[Tag]:
    """`_authored`, except that a post headed by the question it answers (`_ASKED`: a reply to a reader's
    comment that asks, on Threads, Canny and UserVoice) is headed by that question, not by its writer."""
    thread = _authored(posts)
    for post in thread[1:]:
        if post.get(_ASKED):
            post.attrs.pop(_BY, None)
    return thread


def _replies_asked(soup: BeautifulSoup, comments: Iterable[tuple[Tag, Tag, bool]],
                   writer: Callable[[Tag], str], chained: bool = False) -> list[tuple[Tag, str]]:
    """Each comment's text as a post with its writer (`writer` of its card), for `(card, text, is_reply)` in page
    order; a reply under a comment that asks headed by that question (`_ASKED`, for `_authored_answers`), since a
    reply answers the comment it hangs under, whether the page draws it flat after that comment (Mighty Networks)
    or nested in it (Skool). `chained`: a reply answers the one just above it in its conversation, itself perhaps
    a reply (Workplace's and Circle's flat conversations)."""
    posts: list[tuple[Tag, str]] = []
    above = ""          # what the comment the replies below it answer asks
    for card, text, reply in comments:
        question = above if reply else ""
        if chained or not reply:
            above = asking_line(text)
        posts.append((_post(soup, text, asked=question), writer(card)))
    return posts


def _apple_community(soup: BeautifulSoup) -> Thread | None:
    """An Apple Support Community (discussions.apple.com) thread: section.thread-question (h1.thread-title,
    a .post-header of avatar, a.author-name, level, points and 「發佈於 …」, the question's .post-body,
    a footer of device, 回覆 and 「I have this question too (12)」), then section.best-reply — 「最佳回覆」
    over the chosen reply whole — and section.thread-replies (「7 則回覆」, 「排序方式：」) of div.reply,
    each a header (name, level, date, a 「最佳回覆」 badge), its .post-body and Helpful / 回覆; around them
    the global nav, breadcrumbs, 「如要回覆這個問題，請 登入。」, 類似問題 and the footer. Read as a page,
    the numbered lines the asker asks about were steps, the replies ran together under 「7 則回覆」 with
    their dates, and the best reply was there twice. The question is the lead, the best reply (its box,
    whole) then each reply a part headed by its author (the asker's 「（楼主）」); the list's badged copy
    of the best reply (its first paragraph and 「查看完整回覆」) goes.

    The same thread saved in the other markup (holdout179): article.thread-question, its text .thread-body, then
    section.thread-answers of article.thread-reply, each an .author-info (name, 等級, date) over its .thread-body,
    the chosen one `recommended-answer` under its 「推薦答案」 badge, in place. Read as a page, each reply was
    titled 「subject（回复）」 — the asker's follow-up question too — and the badge opened the answer's text.

    And in a third (holdout262): the article.thread-reply cards stand beside the question, in no section of their
    own, after section.solution-box (「最佳解答」 over the chosen reply whole, its 「在對話串中查看內容」 link) and a
    div.replies-header (「所有回覆」, 「4 則回覆」); the chosen reply's own card says so by its 「✓ 最佳解答」
    span.solved-label. Read as a page, each reply was titled 「subject（回复）」, a Simplified suffix on a Traditional
    thread, and no reply kept its writer; the chosen reply's short copy among the replies goes, as above."""
    question = soup.find(["section", "article"], class_="thread-question")
    heading = question.find("h1", class_="thread-title") if isinstance(question, Tag) else None
    body = question.find(class_=_APPLE_BODY) if isinstance(question, Tag) else None
    replies = soup.find("section", class_=["thread-replies", "thread-answers"])
    if replies is None and isinstance(question, Tag) and question.find_next_sibling("article", class_="thread-reply"):
        replies = question.parent       # (holdout262's: the replies are the question's siblings)
    subject = _text(heading)
    if not subject or not isinstance(body, Tag) or not isinstance(replies, Tag):
        return None
    cards = [(question, body)]
    best = soup.find("section", class_=["best-reply", "solution-box"])
    if isinstance(best, Tag) and isinstance(text := best.find(class_="post-body"), Tag):
        for link in text.find_all(class_="view-in-context"):
            link.decompose()
        cards.append((best, text))
    for reply in replies.find_all(_apple_reply):
        text = reply.find(class_=_APPLE_BODY)
        if isinstance(text, Tag) and not (len(cards) > 1 and reply.find(class_=["best-reply-badge", "solved-label"])):
            cards.append((reply, text))
    return subject, _authored([(_post(soup, text), _text(card.select_one(".post-header .author-name, .author-info .author-name")))
                               for card, text in cards])


def _apple_reply(tag: Tag) -> bool:
    """A reply's card in an Apple Community thread: div.reply, or article.thread-reply in the other markup."""
    classes = tag.get("class") or ()
    return (tag.name == "div" and "reply" in classes) or (tag.name == "article" and "thread-reply" in classes)


def _v2ex(soup: BeautifulSoup) -> Thread | None:
    """A V2EX topic: in div#Main, a .box whose .header holds the breadcrumb (V2EX › 问与答), the <h1>,
    the votes and 「almaty_dev · 8 小时前 · 2876 次点击」, its .cell the topic's .topic_content, each
    div.subtle a 附言 (「第 1 条附言 · 5 小时前」 over its .topic_content), then .topic_buttons
    (「2876 次点击 ∙ 14 人收藏」, 加入收藏 / Tweet / 忽略主题 / 感谢); the next .box is 「15 条回复 • …」
    and a div.cell of id 「r_…」 per reply, laid out as a <table> of avatar, then 忽略 / 感谢回复者,
    the floor number, the <strong> name, the time and ❤️ count over the .reply_content (plain text
    with <br>s). Around them stand the top bar, the Rightbar's boxes (sign-up, the node, 今日热议主题)
    and div#Bottom. Read as a page, the <title> 「V2EX」 titled every fragment, the side boxes opened
    the question and each reply was a table's row, glued to the next one's author line. The topic
    and its 附言 are the lead, each reply a part headed by its author (the topic's 「（楼主）」)."""
    main = soup.find("div", id="Main")
    heading = main.select_one("div.box > div.header h1") if isinstance(main, Tag) else None
    if not isinstance(heading, Tag):
        return None
    box = heading.find_parent("div", class_="box")
    topic = [text for text in box.find_all("div", class_="topic_content")] if isinstance(box, Tag) else []
    replies = [(cell, text) for cell in main.find_all("div", class_="cell", id=_V2EX_REPLY)
               if isinstance(text := cell.find("div", class_="reply_content"), Tag)]
    subject = _text(heading)
    if not subject or not topic:
        return None
    poster = _text(box.select_one(".header small.gray a"))
    posts = [(_post(soup, *topic), poster)]
    for cell, text in replies:
        posts.append((_post(soup, text), _text(cell.select_one("strong > a"))))
    return subject, _authored(posts)


def _bahamut(soup: BeautifulSoup) -> Thread | None:
    """A Bahamut (巴哈姆特) forum thread: h1.c-post__header__title (「【問題】…」) over section.c-section
    posts of id 「post_…」, each a side card (name, id, LV., 職業, 種族), a header (「#1 樓主」, name,
    「2026-04-02 22:41:37」, 推 / 噓 counts), the text in .c-article__content (a <div> a line, a line
    alone in bold a part's title) and a footer of 推 GP / 噓 BP / 回覆, 「查看 2 則留言」 and the post's
    comments (.c-reply__item: a name, the text, 「B1 04-02 21:20」); between them ad sections, under
    them the pager and related threads. Read as a page, each post's date and counts line was kept,
    its comments (the asker's clarification among them) were lost and the pager glued to the last
    post. The subject without its 【問題】 tag titles the thread, #1 is the lead, each post a part
    headed by its author (the poster's 「（楼主）」), its comments short paragraphs after its text —
    they answer the post, and hold facts — without their 「@id」 address."""
    heading = soup.find("h1", class_="c-post__header__title")
    subject = CATEGORY_TAG.sub("", _text(heading))
    sections = [(section, text) for section in soup.find_all("section", class_="c-section", id=_BAHAMUT_POST)
                if isinstance(text := section.find(class_="c-article__content"), Tag)]
    if not subject or not sections:
        return None
    posts = []
    for section, text in sections:
        post = _post(soup, text)
        for comment in section.select(".c-reply__item"):
            line = _AT.sub("", _bahamut_comment(comment), count=1)
            if line:
                post.append(soup.new_tag("p", string=line))
        posts.append((post, _text(section.select_one(".c-post__header .username, .c-post__header__author .username"))))
    return subject, _authored(posts)


def _bahamut_comment(item: Tag) -> str:
    """A Bahamut comment's text: its .reply-content__article where the page has one; in the plainer
    layout (a p.c-reply__item 「<a>name</a>：text」, the post's header a .c-post__header__author line) the
    item less its leading name and colon."""
    text = item.find(class_="reply-content__article")
    if isinstance(text, Tag):
        return _text(text)
    name = item.find("a")
    line = _text(item)
    if isinstance(name, Tag) and (who := _text(name)) and line.startswith(who):
        line = line[len(who):].lstrip().removeprefix("：").removeprefix(":").lstrip()
    return line


def _nodebb(soup: BeautifulSoup) -> Thread | None:
    """A NodeBB topic (the Harmony theme) as the browser saves it: the topic's h1
    [component="post/header"] (its span [component="topic/title"]) over the topic info (a hidden
    「Watching」 label, the category badge, the tags, 「7 Posts 5 Posters 2.1k Views」), then
    ul[component="topic"] of li[component="post"] (data-pid, data-index, data-username), each a
    letter or picture avatar with its status dot, a .post-header of the username link, a group badge
    (「老会员」) and 「2 days ago」 · 「edited」, the text in [component="post/content"] (Markdown's
    HTML: lists, tables, code blocks; a quoted post 「@name said in <topic>:」 over a <blockquote>),
    the signature [component="post/signature"] and the post tools (Reply / Quote / votes); around
    them the sidebar nav, the brand bar, the breadcrumbs, 「Log in to reply」, the pager, the side
    widgets (Popular Tags, Suggested Topics) and 「Powered by NodeBB」. Read as a page, the posts were
    the bullets of one list (every numbered list in them lost, a table one cell a line, a code block
    one line), each avatar letter, name and time a line, a badge took the name's place, the
    signatures ran into the next post and the site's h1 titled each reply 「哈萨克斯坦华人论坛（回复）」
    (the posts carry itemprop=comment). As XenForo's, the first post is the question, each reply
    a part headed by its author (the poster's 「（楼主）」) and a reply's quotes of posts go."""
    title = soup.find(attrs={"component": "topic/title"}) or soup.find("h1", attrs={"component": "post/header"})
    subject = _text(title) if isinstance(title, Tag) else ""
    cards = [(card, text) for card in soup.find_all("li", attrs={"component": "post", "data-pid": True})
             if isinstance(text := card.find(attrs={"component": "post/content"}), Tag)]
    if not subject or not cards:
        return None
    posts = []
    for k, (card, text) in enumerate(cards):
        for quote in text.find_all("blockquote", recursive=False) if k else []:
            said = quote.find_previous_sibling(True)
            if _nodebb_attribution(said):
                said.decompose()
            quote.decompose()           # the post it quotes is on the page already
        posts.append((_post(soup, text), _nodebb_author(card)))
    return subject, _authored(posts)


def _nodebb_attribution(line: Tag | None) -> bool:
    """NodeBB's line over a quoted post: 「@name said in <a href="/post/8843">topic</a>:」 (a
    colon ends it in every language)."""
    return isinstance(line, Tag) and line.name == "p" and line.find("a", href=_NODEBB_POST_LINK) is not None \
        and _text(line).endswith((":", "："))


def _nodebb_author(card: Tag) -> str:
    """Who wrote a NodeBB post: its data-username, else its header's username link (not the group
    badge beside it)."""
    name = str(card.get("data-username", "")).strip()
    if name:
        return name
    link = card.select_one(".post-header a[data-username]")
    return _text(link)


def _flarum(soup: BeautifulSoup) -> Thread | None:
    """A Flarum discussion as the browser saves it: the App header (logo, link buttons, 「Search
    Forum」, the locale menu, 「Sign Up / Log In」), the DiscussionHero's tags and its
    h2.DiscussionHero-title, the page nav (「Reply」, 「Follow」, the scrubber 「1 of 8 posts」), then
    the PostStream: each div.PostStream-item (data-number, data-type) an article.CommentPost — a
    Post-header of the PostUser (avatar letter, .username, group badges), the time, 「Best Answer」
    and 「Edited」 labels, its div.Post-body (a reply's PostMention naming the post it answers), the
    first post's best-answer box (FoF Best Answer's .Post-bestAnswer: 「Best answer by 老周」, a link
    to the post and an excerpt of it), a Post-footer 「… and 2 others liked this.」 and the
    Post-actions (Like / Reply) — or a div.EventPost (「老周 added the 已解决 tag. Mar 4」), and last
    the ReplyPlaceholder's 「写下你的回复……」. Read as a page, the posts ran together under the
    discussion's title with no author, the box's 「Best answer by」 was glued to the question and its
    excerpt opened the next passage, and the event line and the placeholder were text. As a Stack
    Exchange question: the first post asks, the post marked as the best answer answers it
    (「subject（回复）」), then each other post in the page's order, headed by its author (the
    poster's 「（楼主）」), without the mention it opens with; a quote of a post goes."""
    heading = soup.find(class_="DiscussionHero-title")
    subject = _text(heading) or _FLARUM_SITE.sub("", _text(soup.title))
    cards = [(card, text) for card in soup.find_all("article", class_="CommentPost")
             if "editing" not in card.get("class", ()) and card.find_parent(class_="ReplyPlaceholder") is None
             and isinstance(text := card.find(class_="Post-body"), Tag)]
    if not subject or not cards:
        return None
    best = _flarum_best(soup, [card for card, _ in cards[1:]])
    cards[1:] = sorted(cards[1:], key=lambda found: found[0] is not best)     # the best one first, the rest in order
    posts = []
    for k, (card, text) in enumerate(cards):
        if k:
            _flarum_unaddress(text)
        posts.append((_post(soup, text), _text(card.select_one(".PostUser-name .username"))))
    thread = _authored(posts)
    if best is not None:
        thread[1].attrs.pop(_BY, None)      # the answer answers the question: 「subject（回复）」
    return subject, thread


def _discourse(soup: BeautifulSoup) -> Thread | None:
    """A Discourse topic as the browser saves the rendered (Ember) page, not the crawler view that
    `clean._forum_replies` reads: the cookie notice and the d-header, #topic-title's h1 (its
    a.fancy-title) over the category badges and tags, then each post a div.topic-post
    (data-post-number) of an article#post_N: the avatar, .topic-meta-data (the .username, a
    .user-title 「Super Supporter」 / 「Monzo Staff」, a reply-to tab 「↩ name」, the date), the text
    in div.cooked (a quoted post an aside.quote: 「name:」 over a blockquote), the accepted answer's
    notice 「Solved」 (the solved plugin's .accepted-answer) and the post controls with their like
    counts; after them the topic map (「created Oct 28 last reply Nov 2 6 replies 412 views 5
    users」), Suggested Topics and the footer. Read as a page (holdout200), the posts were one
    section of the topic's title, each run into the next, a reply's list the steps of the topic, and
    「Solved」 with the topic map were glued to the last post. As Flarum's: the first post asks, the
    accepted answer answers it (「subject（回复）」), then each other post in the page's order, headed by
    its author (the poster's 「（楼主）」); a reply's quote of a post goes (the post is on the page). A theme
    naming the writer only by schema.org's itemprop="author" (holdout269: no .username) had every reply titled
    「subject（回复）」 and a reply not answering the question typed a Q&A; `_discourse_author` reads either.
    Spiceworks Community's topic (holdout297) showed three more things the page draws: the status badge
    span.topic-status 「Solved」 in the h1 after its a.fancy-title (glued to the subject, so to the accepted answer's
    title and its steps' procedure), an emoji an img.emoji whose alt is its shortcode 「:sweat_smile:」 (it left a
    space before the 「）」 it stood by), and the poster's follow-up question (post 4) answered by the next post, which
    was a part of its writer apart from that question: as on a mailing list's page (`_poster_follow_ups`), a reply
    right after a later post of the poster's that asks is headed by that question. linux.do's topic (holdout301) showed
    the reply-to tab too: 「↩ qiuqiu404」 over the poster's 「兼容的，MF79U 走的是…」 answering qiuqiu404's 「…是不是不
    兼容？」 two posts up, each a part of its writer apart from the other: a reply whose tab names a writer of an
    earlier reply that asks is headed by that question (`_ASKED`), as a reply hanging under a comment is elsewhere."""
    heading = soup.select_one("#topic-title h1") or soup.select_one("h1[data-topic-id]")
    subject = _text(heading.select_one("a.fancy-title") or heading) if isinstance(heading, Tag) else ""
    cards = [(card, text) for card in soup.find_all("div", class_="topic-post")
             if isinstance(text := card.find("div", class_="cooked"), Tag)]
    if not subject or not cards:
        return None
    best = next((card for card, _ in cards[1:] if _discourse_accepted(card)), None)
    cards[1:] = sorted(cards[1:], key=lambda found: found[0] is not best)     # the accepted one first, the rest in order
    for _, text in cards[1:]:
        for quote in text.find_all("aside", class_="quote"):
            quote.decompose()           # the post it quotes is on the page already
    for _, text in cards:
        for emoji in text.find_all("img", class_="emoji"):
            before, after = emoji.previous_sibling, emoji.next_sibling
            following = after.get_text() if isinstance(after, Tag) else str(after or "")
            if isinstance(before, NavigableString) and not isinstance(before, Comment) \
                    and following.lstrip()[:1] in _CLOSING:
                before.replace_with(before.rstrip())
            emoji.decompose()           # a shortcode, not a word: 「:sweat_smile:」
    posts = _poster_follow_ups(soup, [(text, _discourse_author(card)) for card, text in cards])
    for k, (card, _) in enumerate(cards):
        tab = card.select_one(".topic-meta-data .reply-to-tab") if k and not (k == 1 and best is not None) else None
        if tab is None or posts[k][0].get(_ASKED):
            continue
        named = _text(tab)
        asked = next((asking_line(post) for post, writer in reversed(posts[1:k]) if writer == named), "")
        if asked:
            posts[k][0][_ASKED] = asked     # a reply to a reply that asks answers that question
    return subject, _answer_first(_authored_answers(posts), best is not None)


# what closes a bracket or a clause, which no space parts from the word before it
_CLOSING = frozenset("）)】」』》〉］]，,。．.、；;：:！!？?")


def _discourse_author(card: Tag) -> str:
    """A post's writer: the .username link of its .topic-meta-data, or, where a theme draws the name without it
    (holdout269's), the schema.org author's name (span.creator[itemprop=author] over an itemprop="name")."""
    return _text(card.select_one(".topic-meta-data .username")) \
        or _text(card.select_one(".topic-meta-data [itemprop=author] [itemprop=name]")) \
        or _text(card.select_one(".topic-meta-data [itemprop=author]"))


def _discourse_accepted(card: Tag) -> bool:
    """The solved plugin marks the accepted answer with the class `accepted-answer`: on the post itself, or
    on the notice 「Solved」 it draws under the post's text."""
    return "accepted-answer" in card.get("class", ()) or card.find(class_="accepted-answer") is not None


def _zoho_community(soup: BeautifulSoup) -> Thread | None:
    """A Zoho Community (help.zoho.com/portal/…/community) topic page: the cookie banner, the zc-header (logo,
    nav, 「Search Community」, Sign In) and the zc-breadcrumb, then div.zc-topic: its zc-topic-header (the topic's
    type span.zc-topic-type 「Question」 / 「Discussion」 / 「Idea」, h1.zc-topic-title, the zc-topic-meta of author,
    date, views and replies), the text in div.zc-topic-content, the tags and the Like / Follow / Share buttons;
    then div.zc-replies: the count heading 「5 Replies」 over each div.zc-reply — 「Best Answer」 (div.zc-reply-badge)
    on the chosen one (zc-reply-best), its zc-reply-meta (a.zc-author, a role span.zc-role 「Community Champion」 /
    「Original Poster」, the date), the text in div.zc-reply-content and its Like / Reply buttons —, the reply editor's
    「Sign in to reply to this topic.」, the sidebar and the footer. Read as a page, the type label opened the
    topic's text, the editor's line closed its last section, the replies were cut by size with their authors lost
    (two glued into one 「评论」 part, a reply typed 「问：…答：…」 a Q&A with the next reply glued to its answer).
    As Flarum's: the topic is the lead, the best answer (else none) answers it (「subject（回复）」), each other
    reply in the page's order a part headed by its author (the poster's 「（楼主）」)."""
    topic = soup.find("div", class_="zc-topic")
    lead = topic.find("div", class_="zc-topic-content") if isinstance(topic, Tag) else None
    subject = _text(soup.find("h1", class_="zc-topic-title"))
    if not isinstance(lead, Tag) or not subject:
        return None
    cards = [(card, text) for card in soup.find_all("div", class_="zc-reply")
             if isinstance(text := card.find("div", class_="zc-reply-content"), Tag)]
    best = _best_first(cards, "zc-reply-best")
    return subject, _best_answered(soup, (lead, _text(topic.select_one(".zc-topic-meta .zc-author"))),
                                   [(text, _text(card.select_one(".zc-reply-meta .zc-author"))) for card, text in cards],
                                   best)


def _best_first(cards: list[tuple[Tag, Tag]], chosen: str | Callable[[Tag], bool]) -> bool:
    """Move the card the site marks chosen (its class `chosen`, or the card `chosen` says is: the accepted or
    official answer) first, the rest kept in the page's order, and say whether there was one: the chosen answer
    answers the question, so it follows the lead."""
    marked = chosen if callable(chosen) else lambda card: chosen in card.get("class", ())
    best = next((card for card, _ in cards if marked(card)), None)
    cards.sort(key=lambda found: found[0] is not best)
    return best is not None


def _best_answered(soup: BeautifulSoup, lead: tuple[Tag, str], replies: list[tuple[Tag, str]], best: bool) -> list[Tag]:
    """The lead, then each reply (text, author) a part headed by its author (the poster's 「（楼主）」), except the
    first when `best` — the chosen or the site's official answer, which answers the question: 「subject（回复）」
    (Zoho Community, Khoros, Microsoft Community, 小米社区, Discourse)."""
    return _answer_first(_authored([(_post(soup, text), author) for text, author in [lead, *replies]]), best)


def _answer_first(thread: list[Tag], best: bool) -> list[Tag]:
    """`thread` with its first reply, when `best` (the accepted, chosen or official answer), answering the question:
    「subject（回复）」, headed by neither its writer nor a question it would answer (`_ASKED`)."""
    if best and len(thread) > 1:
        thread[1].attrs.pop(_BY, None)
        thread[1].attrs.pop(_ASKED, None)
    return thread


def _workplace(soup: BeautifulSoup) -> Thread | None:
    """A Workplace from Meta group post as the browser saves it, in the classic Facebook markup: the cookie banner,
    the banner (search, 首页 / 聊天 / 通知), the left nav of groups, the group header (its h1 the group's name,
    「封闭小组 · 186 位成员」, the tabs), then the post div.userContentWrapper (role article): its header (a.profileLink
    「Aliya Bekova ▶ group」, the abbr date 「10月12日 16:05 · 已编辑」, a 「公告」 badge), the text in div.userContent
    (a bold paragraph alone its title, bold paragraphs its parts' headings, lists), the feedback line (reactions,
    「14 条评论」, 「已读 152」) and the div.UFIList of div.UFIComment — each the a.UFICommentActorName, the
    span.UFICommentBody and 「赞 · 回复 · date」, a reply (UFIReplyList) drawn flat after the comment it answers —
    over the comment box; the right column and footer around it. Read as a page (holdout206), the group's h1 titled
    a part of the post's header chrome, and the six comments were one 「评论」 passage without their writers, a
    question's answer glued to it. The post's bold title is the subject, its text the lead; as Nextdoor's, each
    comment in page order is a part headed by its writer (the poster's 「（楼主）」), a reply under one that asks
    headed by that question (`_ASKED`)."""
    card = soup.find("div", class_="userContentWrapper")
    lead = card.find("div", class_="userContent") if isinstance(card, Tag) else None
    first = next((node for node in lead.children if isinstance(node, Tag)), None) if isinstance(lead, Tag) else None
    if not isinstance(card, Tag) or not isinstance(lead, Tag) or not isinstance(first, Tag) \
            or not (re.fullmatch(r"h[1-6]", first.name) or first.name == "p" and _bold_alone(first)):
        return None
    subject = _text(first)
    first.decompose()
    posts: list[tuple[Tag, str]] = [(_post(soup, lead), _text(card.find(class_="profileLink")))]
    comments = ((comment, text, "UFIReplyList" in comment.get("class", ()))
                for comment in card.find_all("div", class_="UFIComment")
                if isinstance(text := comment.find(class_="UFICommentBody"), Tag))
    posts += _replies_asked(soup, comments, lambda comment: _text(comment.find(class_="UFICommentActorName")),
                            chained=True)
    return subject, _authored_answers(posts)


def _circle(soup: BeautifulSoup) -> Thread | None:
    """A Circle (circle.so) community post as the browser saves it: the cookie banner, the community header (logo,
    search, 動態 / 活動 / 成員), the spaces' sidebar and the breadcrumbs, then article.post: its post__header (avatar,
    a.author__name, the author__badge 「管理員」, the author__headline, the date), h1.post__title, the text in
    div.post__body (Trix rich text: headings, lists, tables, bold Q：/A： pairs) and the post__actions (讚 23 /
    留言 5 / 分享 / 收藏); then section.post__comments: 「5 則留言」 over each div.comment — a comment__author (avatar,
    name link, date), div.comment__body, 讚 / 回覆 —, a reply a div.comment--reply drawn flat after the comment it
    answers; the composer, the right sidebar and 「Powered by Circle」 around them. Read as a page (holdout206), the
    comments' heading went and their bodies ran on into the post's last Q&A: the first comment's 「問：…」 took its
    answerer's name (「Kelvin 答：」) into its question, the next two comments were glued to its answer, their writers
    lost. The post is the lead, each comment in page order a part headed by its writer (the poster's 「（楼主）」), as
    XenForo's are: a reply here need not answer what the comment above it asks (the answer may be in it)."""
    card = soup.find("article", class_="post")
    lead = card.find("div", class_="post__body") if isinstance(card, Tag) else None
    subject = _text(card.find("h1", class_="post__title")) if isinstance(card, Tag) else ""
    if not isinstance(card, Tag) or not isinstance(lead, Tag) or not subject:
        return None
    posts: list[tuple[Tag, str]] = [(_post(soup, lead), _text(card.find(class_="author__name")))]
    for comment in soup.select("section.post__comments div.comment"):
        text = comment.find("div", class_="comment__body")
        if isinstance(text, Tag):
            posts.append((_post(soup, text), _text(comment.select_one(".comment__author a"))))
    return subject, _authored(posts)


def _viva_engage(soup: BeautifulSoup) -> Thread | None:
    """A Viva Engage (Yammer) conversation as the browser saves it: the cookie MessageBar, the yj-header and left
    nav, the community header (its h1 the community's name, 「内部社区 · 412 名成员」, the tabs), then article.yj-thread:
    the starter div.yj-message.yj-thread-starter — a yj-message-header (avatar initials, a.yj-sender, the yj-role,
    the time, a badge 「问题」), the text in div.yj-message-body (its title a heading there, the hashtags
    p.yj-topics under it), the footer (点赞 / 回复 / 共享, 已查看) — and in div.yj-replies each reply a
    div.yj-message.yj-reply laid out alike, the chosen one yj-best-answer with its 「最佳答案」 badge; then the
    reply composer, the right rail and the footer. Read as a page (holdout206), the community's h1 titled a part
    of the starter's header chrome, the hashtags were text, and the replies ran together into 「评论」 passages cut
    by size, their headings, steps, tables and 问：/答： pairs lost in lines joined by spaces. As Zoho Community's:
    the starter's heading is the subject, its text (no hashtags) the lead, the best answer (moved first) answers
    it, each other reply in the page's order a part headed by its sender (the starter's 「（楼主）」)."""
    starter = soup.find("div", class_="yj-thread-starter")
    lead = starter.find("div", class_="yj-message-body") if isinstance(starter, Tag) else None
    heading = lead.find(re.compile(r"^h[1-6]$")) if isinstance(lead, Tag) else None
    subject = _text(heading)
    if not isinstance(starter, Tag) or not isinstance(lead, Tag) or not isinstance(heading, Tag) or not subject:
        return None
    heading.decompose()
    for topics in lead.find_all(class_="yj-topics"):
        topics.decompose()          # the hashtags: the community's filing, not the question's words
    cards = [(card, text) for card in soup.find_all("div", class_="yj-reply")
             if "yj-message" in card.get("class", ()) and isinstance(text := card.find("div", class_="yj-message-body"), Tag)]
    best = _best_first(cards, "yj-best-answer")
    return subject, _best_answered(soup, (lead, _text(starter.find(class_="yj-sender"))),
                                   [(text, _text(card.find(class_="yj-sender"))) for card, text in cards], best)


def _mighty_networks(soup: BeautifulSoup) -> Thread | None:
    """A Mighty Networks post with its comments as the browser saves it (div#app.mighty-app): the network's header
    (logo, 动态 / 空间 / 课程 / 活动 / 成员, search, 邀请), the spaces' sidebar and the breadcrumb, then
    article.post-detail__card: its author card (a.post-detail__author-name, the 「Host」 badge, 「date · space」),
    h1.post-detail__title, the text in div.post-detail__body (headings, lists, tables, bold 问：/答： pairs), the tags
    and the ❤️ / 💬 / 分享 / 收藏 buttons; then section.comment-list: 「评论」 over each div.comment — the
    comment__header (the writer's link, a badge, the time), div.comment__body, 赞 N / 回复 —, a reply a
    div.comment--reply drawn flat after the comment it answers; the composer, the rail, cookie banner and footer
    around them. Read as a page (holdout214), the four comments were one 「评论」 passage without their writers, the
    reply's 「@name」 cut off. As Workplace's: the post is the lead, each comment in page order a part headed by its
    writer (the poster's 「（楼主）」), a reply under a comment that asks headed by that question."""
    card = soup.find("article", class_="post-detail__card")
    lead = card.find("div", class_="post-detail__body") if isinstance(card, Tag) else None
    subject = _text(card.find("h1", class_="post-detail__title")) if isinstance(card, Tag) else ""
    if not isinstance(card, Tag) or not isinstance(lead, Tag) or not subject:
        return None
    posts: list[tuple[Tag, str]] = [(_post(soup, lead), _text(card.find(class_="post-detail__author-name")))]
    comments = ((comment, text, "comment--reply" in comment.get("class", ()))
                for comment in soup.select("section.comment-list div.comment")
                if isinstance(text := comment.find("div", class_="comment__body"), Tag))
    posts += _replies_asked(soup, comments, lambda comment: _text(comment.select_one(".comment__header a")))
    return subject, _authored_answers(posts)


def _skool(soup: BeautifulSoup) -> Thread | None:
    """A Skool community post with its comments as the browser saves it (a Next.js page whose styled-components
    class names end in a hash, 「styled__PostTitle-sc-7v5k3w-6」; its assets on skool.com): the group's header
    (logo, search, chat and notification icons), the Community / Classroom / Calendar / Members / Leaderboards /
    About tabs, then the post: its author card (span.styled__UserName, the level badge, 「5d • 🔐 category」), the
    h1 styled__PostTitle, the text in div.styled__PostContent (ProseMirror: headings, lists, tables, 问：…<br>答：
    paragraphs), Like / Comment / Follow / Copy link; then styled__CommentsWrapper: each styled__CommentItem — the
    writer's UserName, level badge and time, div.styled__CommentBody, Like / Reply — with its replies (a writer's
    name and a body each) in div.styled__CommentReplies; the group's sidebar and 「powered by skool」 around them.
    Read as a page (holdout214), the two comments were one 「评论」 passage without their writers, and the reply
    nested in the second was lost, its question ending the passage unanswered. As Workplace's: the post is the
    lead, each comment in page order a part headed by its writer (the poster's 「（楼主）」), a nested reply under a
    comment that asks headed by that question."""
    if not loads_assets(soup, _SKOOL_ASSETS):
        return None
    title = soup.find("h1", class_=_SKOOL_TITLE)
    lead = soup.find("div", class_=_SKOOL_CONTENT)
    subject = _text(title)
    if not isinstance(title, Tag) or not isinstance(lead, Tag) or not subject:
        return None
    posts: list[tuple[Tag, str]] = [(_post(soup, lead), _text(title.find_previous(class_=_SKOOL_NAME)))]
    wrapper = soup.find(class_=_SKOOL_COMMENTS)
    comments = ((body, body, body.find_parent(class_=_SKOOL_REPLIES) is not None)
                for body in (wrapper.find_all("div", class_=_SKOOL_BODY) if isinstance(wrapper, Tag) else []))
    posts += _replies_asked(soup, comments, lambda body: _text(body.find_previous(class_=_SKOOL_NAME)))
    return subject, _authored_answers(posts)


def _bettermode(soup: BeautifulSoup) -> Thread | None:
    """A Bettermode (ex-Tribe) community discussion as the browser saves it (`<meta name="generator"
    content="Bettermode">`, Tailwind class names): the navbar (首頁 / 探索 / 成員 / 活動, search, 登入 / 註冊), the
    space list and the breadcrumbs, then article.post-card: the post-header (the author's link, 「Admin」 badge,
    「date · space」), the h1 data-testid post-title, the text in data-testid post-content (headings, lists, tables,
    <strong>Q：…</strong><br>A： pairs), the tags and the reaction / 回覆 / 追蹤 / 分享 buttons; then section.replies:
    「3 則回覆」 over each data-testid reply — its reply-header (the writer's link, the date, a 「最佳解答」 badge on the
    chosen one), div.reply-content, 👍 / 回覆 —, the reply composer; the 關於這個社群 sidebar, cookie consent and
    「Powered by Bettermode」 around them. Read as a page (holdout214), the author card opened the post's text, the
    replies' heading went and two replies were one 「评论」 passage without their writers, the third a Q&A titled
    by its whole text over its date. As Zoho Community's: the post is the lead, the best answer (moved first)
    answers it (「subject（回复）」), each other reply in the page's order a part headed by its writer (the
    poster's 「（楼主）」)."""
    if not generated_by(soup, _BETTERMODE):
        return None
    title = soup.find(attrs={"data-testid": "post-title"})
    lead = soup.find(attrs={"data-testid": "post-content"})
    subject = _text(title)
    header = soup.find(class_="post-header")
    if not isinstance(lead, Tag) or not subject:
        return None
    cards = [(card, text) for card in soup.find_all(attrs={"data-testid": "reply"})
             if isinstance(text := card.find(class_="reply-content"), Tag)]
    best = _best_first(cards, lambda card: any(_text(badge) in _BEST_LABELS for badge in card.select(".reply-header .badge")))
    return subject, _best_answered(soup, (lead, _text(header.find("a") if isinstance(header, Tag) else None)),
                                   [(text, _text(card.select_one(".reply-header a"))) for card, text in cards], best)


def _chatter(soup: BeautifulSoup) -> Thread | None:
    """A Salesforce Trailblazer Community question (a Chatter feed: cuf- and slds- class names) as the browser
    saves it: the tds-header (Community / Groups / Topics / Events, search, Log In) and the slds breadcrumb
    「Home › topic › Question」, then article.cuf-questionPost: its header (a.cuf-entityLink, a 「Trailblazer ·
    Ranger」 badge, 「timestamp · group」), h1.cuf-questionTitle, the text in div.cuf-feedBody, the topic pills and
    Like (N) / Answer / Follow / Share with the views; then section.cuf-commentList: 「3 answers」 over each
    div.cuf-commentItem — the chosen one cuf-bestAnswer, labelled 「Best Answer chosen by …」 —, its
    cuf-commentHeader (the writer's link, a badge, the timestamp), the text in div.cuf-commentBody (bold run-in
    headings, lists, slds tables, 问：…<br>答： paragraphs) and Like / Reply; the Related Questions sidebar, the
    OneTrust banner and the footer around them. Read as a page (holdout214), each answer was a 「评论」 passage
    without its writer, the best answer's bold headings glued to their text, its steps joined into one line and
    cut by size into three passages, the second answer's table flattened. As Zoho Community's: the question is the
    lead, the best answer (moved first) answers it (「subject（回复）」), each other answer in the page's order a part
    headed by its writer (the asker's 「（楼主）」)."""
    question = soup.find("article", class_="cuf-questionPost")
    lead = question.find("div", class_="cuf-feedBody") if isinstance(question, Tag) else None
    subject = _text(question.find("h1", class_="cuf-questionTitle")) if isinstance(question, Tag) else ""
    if not isinstance(question, Tag) or not isinstance(lead, Tag) or not subject:
        return None
    cards = [(card, text) for card in soup.find_all("div", class_="cuf-commentItem")
             if isinstance(text := card.find("div", class_="cuf-commentBody"), Tag)]
    best = _best_first(cards, "cuf-bestAnswer")
    return subject, _best_answered(soup, (lead, _text(question.select_one(".cuf-feedElementHeader .cuf-entityLink"))),
                                   [(text, _text(card.select_one(".cuf-commentHeader a"))) for card, text in cards], best)


def _khoros(soup: BeautifulSoup) -> Thread | None:
    """A Khoros (Lithium) community thread (Samsung Members, …; a `lia-` prefix on every class): each message a
    div.lia-message-view-wrapper — the topic's `lia-thread-topic` with h1.lia-message-subject, the accepted reply's
    `lia-accepted-solution` with its 「已接受的解决方案」 label — of an author card (`a.lia-user-name-link`, the rank
    span.lia-user-rank), a DateTime span, the text in div.lia-message-body-content, tags and the kudos widget (「12 赞」);
    the replies under the list's own heading 「5 条回复」. Read as a page, the authors went but each date and the
    kudos label 「赞」 stayed as text, 「5 条回复」 titled a section of the badge and a date, and the replies after the
    answer's last <h3> ran into it (holdout179). As Zoho Community's: the topic is the lead, the accepted reply
    (moved first) answers it, each other message a part headed by its author. Another theme (holdout226) marks the
    accepted reply only by span.accepted-solution-badge 「已接受的解答」 in its footer (`lia-accepted-solution` is then
    the class of the answer's copy in a box over the replies, no message) and names a reply's writer in plain
    span.login-bold: every reply was headed 「subject（回复）」 and the accepted one stayed in its place."""
    messages = soup.find_all("div", class_="lia-message-view-wrapper")
    topic = next((found for found in messages if "lia-thread-topic" in found.get("class", ())), None)
    lead = topic.find("div", class_="lia-message-body-content") if isinstance(topic, Tag) else None
    subject = _text(soup.find("h1", class_="lia-message-subject"))
    if not isinstance(lead, Tag) or not subject:
        return None
    cards = [(card, text) for card in messages
             if card is not topic and isinstance(text := card.find("div", class_="lia-message-body-content"), Tag)]
    best = _best_first(cards, lambda card: "lia-accepted-solution" in card.get("class", ())
                       or card.find(class_="accepted-solution-badge") is not None)
    return subject, _best_answered(soup, (lead, _khoros_author(topic)),
                                   [(text, _khoros_author(card)) for card, text in cards], best)


def _khoros_author(card: Tag) -> str:
    """Who wrote a Khoros message: the card's name link, or, where a theme draws a reply's name as plain text, the
    bold name (span.login-bold) in its author block (holdout226: only the topic's name was a link)."""
    return _text(card.find(class_="lia-user-name-link")
                 or card.select_one(".lia-message-author-with-avatar .login-bold"))


def _ms_community(soup: BeautifulSoup) -> Thread | None:
    """A Microsoft Community (answers.microsoft.com) thread: div.thread-message#thread-question (h1.ThreadTitle, a
    header of span.message-author and 「已询问 date」, the text in div.thread-message-content-body, 「我有同样的问题
    (47)」), then div.answers-container of div.thread-message.answer — the chosen one `accepted` under its 「✔ 答案」
    badge, a header of author, role 「独立顾问」 and 「已回复 date」, the text, 「此回复是否有帮助？」. Read as a page, the
    badge and the answer's opening ran into the question, and the answer's close, the asker's reply and the next
    reply's opening into the answer's last <h3> section (holdout179). As Zoho Community's: the question is the lead,
    the accepted answer (moved first) answers it, each other reply a part headed by its author."""
    question = soup.find(class_="ThreadTitle")
    card = question.find_parent("div", class_="thread-message") if isinstance(question, Tag) else None
    lead = card.find("div", class_="thread-message-content-body") if isinstance(card, Tag) else None
    subject = _text(question)
    if not isinstance(card, Tag) or not isinstance(lead, Tag) or not subject:
        return None
    cards = [(found, text) for found in soup.find_all("div", class_="answer")
             if "thread-message" in found.get("class", ())
             and isinstance(text := found.find("div", class_="thread-message-content-body"), Tag)]
    best = _best_first(cards, "accepted")
    return subject, _best_answered(soup, (lead, _text(card.find(class_="message-author"))),
                                   [(text, _text(found.find(class_="message-author"))) for found, text in cards],
                                   best)


def _ms_qna(soup: BeautifulSoup) -> Thread | None:
    """A Microsoft Q&A (learn.microsoft.com/…/answers) question page: div.question-container (h1, a metadata line of
    the asker's a.profile-name, 「0 信譽點數」 and a <local-time>, the text in div.question-body, the tags, and
    div.question-actions 「我也有相同的問題 (14)」 「0 則意見」), then 「2 個答案」 over ol.answers-list, each li.answer —
    the accepted one `accepted-answer` under its badge 「接受的解答」 — of div.answer-author (name, role, points,
    「志工版主」), a <local-time>, the text in div.answer-body (h3 parts, lists, tables), div.answer-actions (the
    「接受答案」 button, 「3 位使用者認為這個答案有幫助。」) and div.comments of div.comment (name, date, text). Read as a
    page (holdout238), the answers' <ol> was a procedure: each answer a step of 「2 個答案」 titled by its badge or its
    raw ISO timestamp, the accepted answer's h3 parts, steps, table rows and 問：/答： pairs flattened into it, and
    the comments moved to the page's end as one 「评论」 passage, the second answer's lost. As Stack Exchange's: the
    question is the lead, the accepted answer (moved first) answers it (「subject（回复）」) with its headings nested
    in its part, each other answer a part headed by its writer; each post's comments are lines after its text, or
    a 「评论」 part of an answer with parts of its own. The moderators' stock closing (「如果這個解答對您有幫助，請按
    「接受答案」…」, 「If the answer is helpful, please click "Accept Answer"…」), a last paragraph naming the page's own
    accept button, goes: it says nothing of the question."""
    card = soup.find("div", class_="question-container")
    heading = card.find("h1") if isinstance(card, Tag) else None
    body = card.find("div", class_="question-body") if isinstance(card, Tag) else None
    subject = _text(heading)
    if not isinstance(card, Tag) or not isinstance(body, Tag) or not subject:
        return None
    answers = [(answer, text) for answer in soup.select("ol.answers-list > li.answer")
               if isinstance(text := answer.find("div", class_="answer-body"), Tag)]
    best = _best_first(answers, "accepted-answer")
    labels = {label.casefold() for button in soup.select(".answer-actions button") if (label := _text(button))}
    names = {name for found in [card] + [answer for answer, _ in answers]
             for name in map(_text, found.find_all(class_="profile-name")) if name}
    posts = [(_qa_post(soup, body, _comment_lines(card, "div.comment p", names)),
              _text(card.select_one(".question-metadata .profile-name")))]
    for answer, text in answers:
        closing = text.find_all("p", recursive=False)[-1:]
        if closing and labels and any(label in _text(closing[0]).casefold() for label in labels):
            closing[0].decompose()
        posts.append((_qa_post(soup, text, _comment_lines(answer, "div.comment p", names)),
                      _text(answer.select_one(".answer-author .profile-name"))))
    thread = _authored(posts)
    if best and len(thread) > 1:
        thread[1].attrs.pop(_BY, None)
    return subject, thread


def _xiaomi_community(soup: BeautifulSoup) -> Thread | None:
    """A 小米社区 (xiaomi.cn) post as the browser saves it: div.post-detail (the board path, h1.post-title, the
    div.user-info line of name, 「Lv.6」, date, 「浏览 4862」 and 「来自 Redmi Note 13」, the text in div.post-content,
    tags and 点赞/收藏/分享), then, beside it, div.reply-wrap: 「全部回复 4」 over each div.reply-item (div.reply-user
    of name, level or the 「官方」 tag, the text in div.reply-content, time and 「赞 56」). Read as a page, the user-info
    line opened the post's text and every reply was lost (the reply block lies outside the post, holdout179). The
    post is the lead, an official reply (moved first) answers it, each other reply a part headed by its author.
    荣耀俱乐部 (club.honor.com) draws its posts in the same markup, with a board tag in the h1 (span.post-tag 「求助」),
    the writers' a.author-name (the post's in div.author-box), an official reply's class `reply-official` and its
    span.official-badge 「官方」, the floor 「沙发」 / 「2楼」 and the asker's 「楼主」. Read so (holdout297), the tag
    opened the title of the topic and of every reply, and no writer was found: every reply was 「subject（回复）」 (the
    asker's follow-up and a user's tip typed Q&As answering the topic), the official answer not told from a tip."""
    detail = soup.find("div", class_="post-detail")
    lead = detail.find("div", class_="post-content") if isinstance(detail, Tag) else None
    heading = soup.find("h1", class_="post-title")
    if isinstance(heading, Tag):
        for tag in heading.find_all(class_="post-tag"):
            tag.decompose()         # the board's tag 「求助」, not the topic's words
    subject = _text(heading)
    if not isinstance(detail, Tag) or not isinstance(lead, Tag) or not subject:
        return None
    cards = [(card, text) for card in soup.find_all("div", class_="reply-item")
             if isinstance(text := card.find("div", class_="reply-content"), Tag)]
    best = _best_first(cards, lambda card: bool({"official", "reply-official"} & set(card.get("class", ())))
                       or any(_text(badge) in _OFFICIAL_BADGES for badge in card.select(".reply-user .official-badge")))
    writer = ".user-name, .author-name"
    return subject, _best_answered(soup, (lead, _text(detail.select_one(f".user-info :is({writer}), .author-box :is({writer})"))),
                                   [(text, _text(card.select_one(f".reply-user :is({writer})"))) for card, text in cards],
                                   best)


def _oneplus_community(soup: BeautifulSoup) -> Thread | None:
    """A OnePlus Community (一加社区) thread as the browser saves it: div.thread-header (the span.thread-tag 「求助」,
    h1.thread-title, div.thread-stats 「浏览 2 304」「回复 4」), then each post a div.post — the first `post-op`, the
    replies `post-reply` — of div.post-author (a.author-name, span.author-level 「Lv.7」, the device 「OnePlus 12」,
    the moderator's span.author-badge 「版主」), the text in div.post-body, div.post-footer (time, 「点赞 31」, 回复,
    分享) and, under a post, div.post-comments of div.comment (a.c-author, 「：」, the words, span.c-time); around them
    the op-header, breadcrumb, reply box, aside 热门帖子 / 社区规则 and footer. Read as a page (holdout246), nothing
    parted the posts: the stats, the question and the moderator's first paragraph were one passage, his steps of the
    thread's title, his closing line glued to the next reply, every writer gone and the comment under his reply
    lost. As 小米社区's: the first post is the lead, a reply its writer's 「版主」 or 「官方」 badge marks (moved first)
    answers it (「subject（回复）」), each other reply a part headed by its writer (the asker's 「（楼主）」); a post's
    comments are lines after its text, each 「writer：words」 as the page draws it.
    iQOO 社区 (bbs.iqoo.com) draws its threads alike, its parts named otherwise: div.thread-head (span.thread-tag
    「精华」, h1.thread-title, div.thread-stat 「浏览 3.2万 · 回复 186」), then each post a div.post-item — the first
    `post-first` — of div.post-author (a.name, span.level, span.device, the official's span.badge-official 「官方」,
    the asker's span.tag-lz 「楼主」, time and the floor 「沙发」 / 「4#」), the text in div.post-content (a reply
    quoting a post opens with div.quote's 「<blockquote>name 发表于 date<br>words</blockquote>」) and
    div.post-actions (「点赞 312」, 回复). Read as a page (holdout299), the stat line opened the post, every writer was
    gone (the official reply no longer told apart) and the replies ran on from the post's last paragraph into one
    passage with a like counter, a question and the quote of it, the answer to that question cut off alone. Read so,
    a reply opening with a quote that asks is headed by that question (`_ASKED`), the quote gone."""
    heading = soup.find("h1", class_="thread-title")
    first = soup.find("div", class_=("post-op", "post-first"))
    lead = first.find("div", class_=("post-body", "post-content")) if isinstance(first, Tag) else None
    subject = _text(heading)
    if not subject or not isinstance(first, Tag) or not isinstance(lead, Tag) \
            or not {"post", "post-item"} & set(first.get("class", ())):
        return None
    cards = [(card, text) for card in soup.find_all("div", class_=("post-reply", "post-item"))
             if card is not first and {"post", "post-item"} & set(card.get("class", ()))
             and isinstance(text := card.find("div", class_=("post-body", "post-content")), Tag)]
    badges = ".post-author .author-badge, .post-author .badge-official"
    best = _best_first(cards, lambda card: any(_text(badge) in _OFFICIAL_BADGES for badge in card.select(badges)))
    posts = []
    for card, text in [(first, lead), *cards]:
        question = ""
        if card is not first:
            for quote in text.select(":scope > div.quote"):
                said = quote.find("blockquote") if quote is text.find(True) else None
                question = question or (asking_line(said) if isinstance(said, Tag) else "")
                quote.decompose()       # the post it quotes is on the page already
        posts.append((_qa_post(soup, text, [line for comment in card.select(".post-comments .comment")
                                            if (line := _oneplus_comment(comment))]),
                      _text(card.select_one(".post-author .author-name, .post-author a.name"))))
        if question:
            posts[-1][0][_ASKED] = question
    thread = _authored_answers(posts)
    if best and len(thread) > 1:
        thread[1].attrs.pop(_BY, None)
    return subject, thread


def _oneplus_comment(comment: Tag) -> str:
    """A OnePlus Community comment as the page draws it, 「writer：words」, without its time."""
    name = _text(comment.find(class_="c-author"))
    words = "".join(str(node) for node in comment.find_all(string=True)
                    if not node.find_parent(class_=["c-author", "c-time"]))
    words = " ".join(words.split()).lstrip("：: ").strip()
    return f"{name}：{words}" if name and words else words


def _canny(soup: BeautifulSoup) -> Thread | None:
    """A Canny (canny.io) feedback board's post page: the publicNav (company, Roadmap / Feedback / Changelog
    tabs, 「Log in / Sign up」), the boardBreadcrumbs, the postHeader (the vote count and Upvote button,
    h1.postTitle, the status badge div.postStatus 「Planned」), the postBody (div.postAuthor of name and date,
    the request in div.postContent), the postMerged notice 「Merged: 「…」 (58 votes) was merged into this
    post.」, the team's div.officialReply (its commentAuthor with the 「Admin」 badge, its commentBody), then
    div.commentsSection: 「Comments (5)」 over each div.comment (commentAuthor, commentBody) with the team's
    answer nested in it as div.comment--reply; the comment composer, the Voters / Board sidebar and
    「Powered by Canny」. Read as a page, the badge opened the request and the merge notice closed it, the
    official reply was a section (and its ol steps) titled by the post, and the comments a reply answered were
    Q&A pairs while the one left unanswered moved before them as a lone 「评论」. As Zoho Community's: the post
    is the lead, the official reply answers it (「subject（回复）」), each comment in the page's order a part
    headed by its writer, and a reply nested in a comment that asks is headed by that question (`_ASKED`), so
    the answer is found with it (else by its writer)."""
    heading = soup.find("h1", class_="postTitle")
    lead = soup.find("div", class_="postContent")
    subject = _text(heading)
    if not subject or not isinstance(lead, Tag):
        return None
    posts: list[tuple[Tag, str]] = [(_post(soup, lead), _text(soup.select_one(".postAuthor .userName")))]
    official = soup.find("div", class_="officialReply")
    answer = official.find("div", class_="commentBody") if isinstance(official, Tag) else None
    if isinstance(answer, Tag):
        posts.append((_post(soup, answer), ""))     # the team's answer: 「subject（回复）」
    asked: dict[int, str] = {}
    for card in soup.select(".commentsSection .comment"):
        text = card.find("div", class_="commentBody", recursive=False)
        if not isinstance(text, Tag):
            continue
        writer = _text(card.select_one(":scope > .commentAuthor .userName"))
        parent = card.find_parent("div", class_="comment")
        question = asked.get(id(parent), "") if "comment--reply" in card.get("class", ()) else ""
        asked[id(card)] = asking_line(text)
        posts.append((_post(soup, text, asked=question), writer))
    return subject, _authored_answers(posts)


def _upvoty(soup: BeautifulSoup) -> Thread | None:
    """An Upvoty feedback board's post page (body.upvoty-board): the upvoty-topbar (logo, Feature requests / Bugs /
    Roadmap / Changelog, 「Log in / Sign up」), the breadcrumb, div.upvoty-post-detail — the vote-column (▲, the
    count, 「votes」), h1.post-title, the post-meta line (status badge 「Planned」, author, date, board), the request
    in div.post-description, Share / Subscribe —, then div.upvoty-comments: 「Comments (4)」 over each
    div.comment-item (its comment-author with the team's span.admin-badge 「Admin」, comment-date, comment-body),
    the replies in its div.comment-replies; the comment form, the board-sidebar and 「Powered by Upvoty」. Read as a
    page (holdout227), the comments ran together into one 「评论」 with every writer lost, and a reply thread under
    the team's comment (a reader's 「问：…」, the team's 「答：…」) moved after them as a Q&A, apart from the comment
    it was under. As Canny's: the request is the lead, each comment in the page's order a part headed by its
    writer, and a reply under a comment that asks (or under a reply of its thread that asks) is headed by that
    question (`_ASKED`). The vote count and the status badge go, as Canny's do (the team says the status in its
    comment)."""
    heading = soup.select_one(".upvoty-post-detail h1.post-title")
    lead = soup.select_one(".upvoty-post-detail div.post-description")
    subject = _text(heading)
    if not subject or not isinstance(lead, Tag):
        return None
    posts: list[tuple[Tag, str]] = [(_post(soup, lead), _text(soup.select_one(".post-meta .post-author")))]
    asked: dict[int, str] = {}       # id of a comment's card -> the last line its thread asked
    for card in soup.select(".upvoty-comments div.comment-item"):
        text = card.find("div", class_="comment-body", recursive=False)
        if not isinstance(text, Tag):
            continue
        named = card.find("div", class_="comment-author", recursive=False)
        for badge in named.find_all(class_="admin-badge") if isinstance(named, Tag) else []:
            badge.decompose()       # 「Admin」: the team's name says who answers
        parent = card.find_parent("div", class_="comment-item")
        question = asked.get(id(parent), "") if parent is not None else ""
        if own := asking_line(text):
            question = ""           # a reply that asks is headed by its writer, and what it asks heads the next
            if parent is not None:
                asked[id(parent)] = own
        elif parent is not None:
            asked.pop(id(parent), None)
        asked.setdefault(id(card), own)
        posts.append((_post(soup, text, asked=question), _text(named)))
    return subject, _authored_answers(posts)


def _uservoice(soup: BeautifulSoup) -> Thread | None:
    """A UserVoice portal's idea page (body.uvPortal.uvIdeaShow): the uvHeader (logo, nav, 登录), the
    uvBreadcrumbs, div.uvIdea — the vote area 「1,284 票」 and 投票 button, h1.uvIdeaTitle, the uvIdeaMeta line
    (「由 … 提交 · date · 47 条评论 · 已计划」), the idea in div.uvIdeaDescription, the share links —, the admin
    response div.uvIdeaResponse (its uvIdeaResponseHeader 「已计划 · <team>（管理员…）回复 · date」 over
    div.uvIdeaResponseBody), then div.uvComments: the count heading 「47 条评论」 over ul.uvCommentList of
    li.uvComment (uvCommentMeta of author and date, the admin's with span.uvBadge 「管理员」, its
    uvCommentBody), the comment form, the uvSidebar (forum, 类似意见) and uvFooter 「Powered by UserVoice」. Read
    as a page, the response's header line closed the idea's text, the response's first paragraph titled its ol
    steps and the rest were a section under the idea's title, and the comments ran together into one 「评论」 with
    every writer lost. As Canny's: the idea is the lead, the admin response answers it (「subject（回复）」), each
    comment in order a part headed by its writer, and one that opens with 「@name」 answering that writer's
    comment that asked is headed by that question (`_ASKED`), as a Threads reply is, without the 「@name」 (one
    that asks nothing to title it leaves the 「@name」 in the text: it is what says whom the reply answers)."""
    heading = soup.find("h1", class_="uvIdeaTitle")
    lead = soup.find("div", class_="uvIdeaDescription")
    subject = _text(heading)
    if not subject or not isinstance(lead, Tag):
        return None
    posts: list[tuple[Tag, str]] = [(_post(soup, lead), _text(soup.select_one(".uvIdeaMeta a")))]
    answer = soup.find("div", class_="uvIdeaResponseBody")
    if isinstance(answer, Tag):
        posts.append((_post(soup, answer), ""))     # the admin response: 「subject（回复）」
    asked: dict[str, str] = {}
    for card in soup.find_all("li", class_="uvComment"):
        text = card.find("div", class_="uvCommentBody")
        if isinstance(text, Tag):
            writer = _text(card.select_one(".uvCommentMeta a"))
            posts.append((_answering_asked(soup, text, writer, asked), writer))
    return subject, _authored_answers(posts)


def _udemy(soup: BeautifulSoup) -> Thread | None:
    """A Udemy course's Q&A question page (the 「問與答」 tab of the course player): the app header (logo, course
    title, progress, 分享), the tabs, div.question-details--question-details (the back link 「← 返回所有問題」, the
    question-header of avatar, h3.question-title and the question-meta line 「asker · 第 27 講 · 3 個月前」, the
    question-body, 追蹤回覆 / 回報濫用), then div.responses: the count heading 「3 則回覆」 over div.response cards
    (avatar, a.user-name, the instructor's span.ud-badge 「講師」 on div.instructor-response, span.time, the
    response-body), the reply box, the footer and OneTrust's cookie banner. Read as a page, the back link was a
    part of its own, the count heading titled the instructor's answer (its card's name, badge and time run together
    as a line), and the answer's own h4 titled its table together with every later response, their cards glued as
    text, and the cookie notice (holdout119). As Canny's: the question is the lead, the instructor's response
    answers it (「subject（回复）」), each other response in order a part headed by its writer (the asker's 「（楼主）」)."""
    details = soup.find("div", class_=_UDEMY_MARK)
    heading = details.find(class_="question-title") if isinstance(details, Tag) else None
    lead = details.find("div", class_="question-body") if isinstance(details, Tag) else None
    subject = _text(heading)
    if not subject or not isinstance(lead, Tag):
        return None
    posts: list[tuple[Tag, str]] = [(_post(soup, lead), _text(details.select_one(".question-meta a")))]
    for card in soup.select("div.responses div.response"):
        text = card.find("div", class_="response-body")
        if isinstance(text, Tag):
            staff = "instructor-response" in card.get("class", ())     # the instructor's: 「subject（回复）」
            posts.append((_post(soup, text), "" if staff else _text(card.find(class_="user-name"))))
    return subject, _authored(posts)


def _answering_asked(soup: BeautifulSoup, text: Tag, writer: str, asked: dict[str, str]) -> Tag:
    """A reply's post, headed by the question it answers (`_ASKED`) when it opens with 「@name」 and that writer's
    last post asked (`asked`: writer -> the line that asked), without the 「@name」; one that asks nothing to title it
    keeps the 「@name」 in its text: it is what says whom the reply answers. Records what this post asks."""
    question = ""
    first = text.find(string=True)
    named = _AT.match(str(first)) if isinstance(first, NavigableString) else None
    if named:
        question = asked.pop(named.group(0).strip()[1:], "")
        if question:        # the question heads it; else the 「@name」 says whom it answers
            first.replace_with(str(first)[named.end():])
    asked[writer] = asking_line(text)
    return _post(soup, text, asked=question)


def _flarum_best(soup: BeautifulSoup, answers: list[Tag]) -> Tag | None:
    """The reply FoF Best Answer marks: the post classed Post--bestAnswer (or labelled 「Best
    Answer」 in its header), else the one the first post's box links to (「…/d/2318-…/3」: the
    third post)."""
    marked = next((card for card in answers if _FLARUM_BEST in card.get("class", ())
                   or card.select_one(".Post-header .item-isBestAnswer") is not None), None)
    if marked is not None:
        return marked
    jump = soup.select_one(".Post-bestAnswer a.BestAnswer-jump[href]")
    number = str(jump["href"]).rstrip("/").rpartition("/")[2] if isinstance(jump, Tag) else ""
    return next((card for card in answers if number.isdigit() and isinstance(item := card.find_parent(
        class_="PostStream-item"), Tag) and str(item.get("data-number", "")) == number), None)


def _flarum_unaddress(text: Tag) -> None:
    """A Flarum reply without the mention it opens with (「<a class="PostMention">老周</a> 太感谢了！」: the
    post it answers, not its text) and without its quotes of posts (a <blockquote> naming one by a
    PostMention: the post is on the page); a quote of anything else stays."""
    for quote in text.find_all("blockquote"):
        if quote.find(class_=_FLARUM_MENTION) is not None:
            quote.decompose()
    first = text.find(True)
    mention = first.find(True) if isinstance(first, Tag) and first.name == "p" else None
    if isinstance(mention, Tag) and _FLARUM_MENTION in mention.get("class", ()) \
            and not "".join(str(node) for node in mention.previous_siblings).strip():
        after = mention.next_sibling
        mention.decompose()
        if isinstance(after, NavigableString):
            after.replace_with(after.lstrip(" ,，:："))


def _moodle(soup: BeautifulSoup) -> Thread | None:
    """A Moodle (3.8+, Boost theme) forum discussion as the browser saves it: the drawers (course index,
    user menu), the breadcrumbs, the course's h1, the 「Display replies in nested form」 <select>, the
    Settings menu (Subscribe / Bookmark / Export) and 「Next discussion」 links, h3.discussionname, then
    the posts: each an article.forum-post-container (data-post-id) of a div.forumpost — a header of
    the picture, the post's own subject (an <h3>, 「Re: …」 as Moodle fills it in) and 「by 王磊 -
    <time>Tuesday, 3 September 2024…</time>」, its text in .post-content-container, the post actions
    (Permalink / Show parent / Reply) — and a div.indent of its replies, nested as they answer each
    other; 「You are logged in as」 and 「Powered by Moodle」 close the page. Read as a page, every
    passage was titled by the <title> (the course's short name 「ALA-CN-2024:」 and all), the subject
    and each post's subject, author and date were lost and the passages ran across posts. The first
    post is the question, each reply in the page's order a part headed by its author (the poster's
    「（楼主）」), as XenForo's; a reply its writer gave a subject of its own (「怎么关掉这些评分短信」, not
    「Re: …」) is headed by that subject: the writer's title for what the reply is about is a heading
    (the readers head replies by author only where posts carry no title of their own, and
    「subject（回复）」 over every reply matched the question as well as the answers did)."""
    cards = [(card, text) for card in soup.find_all("article", class_=_MOODLE_POST)
             if isinstance(text := _moodle_own(card, card.find_all(class_="post-content-container")), Tag)]
    heading = soup.find("h3", class_="discussionname")
    first = _moodle_own(cards[0][0], cards[0][0].find_all(attrs=_MOODLE_SUBJECT)) if cards else None
    subject = _text(heading) or _text(first)
    if not subject or not cards:
        return None
    thread = _authored([(_post(soup, text), _moodle_author(card)) for card, text in cards])
    for (card, _), post in zip(cards[1:], thread[1:]):
        own = _text(_moodle_own(card, card.find_all(attrs=_MOODLE_SUBJECT)))
        if own and _REPLY_PREFIX.sub("", own) != subject:
            post[_BY] = own
    return subject, thread


def _moodle_own(card: Tag, found: list[Tag]) -> Tag | None:
    """The first of the elements found in a Moodle post that is its own, not a nested reply's."""
    return next((tag for tag in found if tag.find_parent("article", class_=_MOODLE_POST) is card), None)


def _moodle_author(card: Tag) -> str:
    """Who wrote a Moodle post: the name linked in its header's 「by 王磊 - <time>…」 line (the
    picture beside it may link the profile too, with no text)."""
    header = _moodle_own(card, card.find_all("header"))
    time = header.find("time") if isinstance(header, Tag) else None
    line = time.parent if isinstance(time, Tag) else header
    names = [name for link in line.find_all("a") if (name := _text(link))] if isinstance(line, Tag) else []
    return names[0] if names else ""


def _smf(soup: BeautifulSoup) -> Thread | None:
    """A Simple Machines Forum topic (2.0 and 2.1): the subject in #top_subject (2.0's 「Topic: … (Read N
    times)」), then in #forumposts each post a div.windowbg (2.0's windowbg2 too) of id 「msgN」: div.poster
    (name in its h4, member group, 「Posts: 58」, avatar, 「Logged」), the keyinfo (the subject again, 「« Reply #3
    on: <date> »」, 「Last Edit: …」), the text in div.post > div.inner 「msg_N」 (plain text with <br>s, a quote a
    blockquote.bbc_standard_quote opened by its cite 「Quote from: X on <date>」), the signature; around them the
    welcome box 「Welcome, Guest. Please login or sign up.」, the menu, the linktree, 「Started by … · Read N
    times」, Reply / Notify / Print, the pages line and the SMF footer. Read as a page, each poster block was a
    part titled by the name, each post one titled by its date line, and a quote's cite ran into the quoted text.
    As XenForo's, replies are headed by their author (the poster's 「（楼主）」); a reply's quote of a post on the
    page (its cite links the post) goes, any other quote keeps its text without its cite."""
    box = soup.find(id="forumposts")
    if not isinstance(box, Tag):
        return None
    cards = [(card, text) for card in box.find_all("div", id=_SMF_POST, class_=("windowbg", "windowbg2"))
             if isinstance(text := card.select_one("div.post > div.inner"), Tag) and _SMF_TEXT.match(str(text.get("id", "")))]
    subject = _SMF_SUBJECT.sub("", _text(soup.find(id="top_subject"))) or _text(soup.title)
    if not subject or not cards:
        return None
    posts = []
    for k, (card, text) in enumerate(cards):
        for quote in text.find_all("blockquote", class_=_SMF_QUOTES):
            cite = quote.find("cite")
            if k and isinstance(cite, Tag) and cite.find("a", href=re.compile(r"msg\d+")) is not None:
                quote.decompose()       # the post it quotes is on the page (or a page before)
            elif isinstance(cite, Tag):
                cite.decompose()
        posts.append((_post(soup, text), _text(card.select_one("div.poster h4 a"))))
    return subject, _authored(posts)


def _bbpress(soup: BeautifulSoup) -> Thread | None:
    """A bbPress (2.x, WordPress) topic: in div#bbpress-forums, the bbp-breadcrumb, the 订阅 / 收藏 toggles,
    bbp-topic-tags, the bbp-template-notice (「此话题包含 8 条回复，有 6 个参与人，并且由 X 于 6 个月前更新。」),
    bbp-pagination, then ul.bbp-replies: an li.bbp-header and li.bbp-footer (作者 / 帖子) around each post's <li>
    of a div.bbp-reply-header (date, 「#18845」 permalink, 「回复」) and the post div (post_class 「… type-topic」 or
    「type-reply」) of a div.bbp-reply-author card (avatar, bbp-author-name, bbp-author-role 参与者 / 版主) and
    the div.bbp-reply-content text; a threaded reply's <li> nests in a ul.bbp-threaded-replies under the post it
    answers; the reply form follows. Read as a page, WordPress's class words dropped every post; read as a
    page after that, every post ran under the topic's title with no writer. The subject is the theme's title
    (h1.entry-title) or the breadcrumb's last crumb, the lead post its text, each reply in the page's order a
    part headed by its author (the poster's 「（楼主）」), as XenForo's."""
    box = soup.find(id="bbpress-forums")
    listed = box.find("ul", class_="bbp-replies") if isinstance(box, Tag) else None
    if not isinstance(listed, Tag):
        return None
    cards = [(card, text) for text in listed.find_all("div", class_="bbp-reply-content")
             if isinstance(card := text.parent, Tag) and card.name == "div"
             and {"type-topic", "type-reply"} & set(card.get("class", []))]
    heading = soup.find("h1", class_="entry-title")
    subject = _text(heading) or _text(box.find(class_="bbp-breadcrumb-current"))
    if not subject or not cards:
        return None
    return subject, _authored([(_post(soup, text), _text(card.select_one(".bbp-reply-author .bbp-author-name")))
                               for card, text in cards])


def _mybb(soup: BeautifulSoup) -> Thread | None:
    """A MyBB (1.8) thread (showthread.php): the subject in the thead over the posts, then in td#posts_container's
    div#posts each div.post (「post_N」): div.post_author (avatar, .author_information with the name, member title
    and stars, .author_statistics 文章 / 主題 / 註冊日期 / 聲望), div.post_head (the 「#n」 permalink, span.post_date
    with its 「(最後修改: … 由 X.)」 note), the text in div.post_body (「pid_N」: plain text with <br>s, span.mycode_b
    bold, ul.mycode_list, a quote a blockquote.mycode_quote opened by its cite 「 (date)X 寫道：」), the signature,
    找出 / 回覆 / 引用 / 檢舉; around them the header, the guest welcome and login modal, the breadcrumb, the
    thread's search, 「« 上一個主題 | 下一個主題 »」, 快速回覆, thread tools, 「正在瀏覽此主題的會員」, the
    線性模式 / 樹狀模式 popup and the MyBB footer. Read as a page, every post was a part titled by its permalink
    「#n」, its date line and edit note its first text, the posters' names were lost, a quote was lost whole, and
    the footer was a part. As SMF's, the first post is the lead and each reply a part headed by its author (the
    poster's 「（楼主）」); a quote keeps its text after its cite's 「X 寫道：」 (without the date): it says which
    question the reply takes up."""
    box = soup.find(id="posts_container")
    if not isinstance(box, Tag):
        return None
    cards = [(card, text) for card in box.find_all("div", class_="post", id=_MYBB_POST)
             if isinstance(text := card.find("div", class_="post_body", id=_MYBB_TEXT), Tag)]
    head = soup.select_one("td.thead > div > strong")
    subject = _text(head) or _text(soup.title)
    if not subject or not cards:
        return None
    posts = []
    for card, text in cards:
        for quote in text.find_all("blockquote", class_="mycode_quote"):
            cite = quote.find("cite")
            if isinstance(cite, Tag):
                for dated in cite.find_all("span"):
                    dated.decompose()
                said = _text(cite)
                cite.decompose()
                quote.insert(0, said)
            quote.name = "p"
            quote.attrs = {}
        for bold in text.find_all("span", class_="mycode_b"):
            bold.name = "b"     # MyBB's [b]: a line all bold is a part's title in the post
            bold.attrs = {}
        posts.append((_post(soup, text), _text(card.select_one(".author_information .largetext"))))
    return subject, _authored(posts)


def _plurk(soup: BeautifulSoup) -> Thread | None:
    """A Plurk permalink page (plurk.com/p/…): the plurk in div#permanent-plurk (avatar, the owner's a.name,
    the qualifier 「問」「說」「分享」, its text in div.text_holder with <br>s and <b>, the time) and its
    plurk_info (「11 則回應」, 喜歡 / 轉噗 / 噗幣 counts), then in #plurk_responses each div.response
    (avatar, a.name, qualifier, text_holder, time) and 「登入後回應」; around them the top bar (logo, 熱門 /
    搜尋, 登入 / 註冊), the owner card (name, @nick, about, 追蹤) and the footer. A plurk has no subject:
    its first line titles the thread when it is one (short, over more text), else the page's og:title
    without the owner's name and qualifier. Read as a page, the plurk, every response's name and
    qualifier line, its text and its time ran together, cut by length mid-reply (a reply's 「…重點是：」
    lead-in lost as a procedure's title), and 「噗幣 3」 was text. The plurk is the lead, each response a
    part headed by its writer (the plurker's own 「（楼主）」), without its 「@nick」 address."""
    plurk = soup.find("div", id="permanent-plurk")
    box = soup.find("div", id="plurk_responses")
    text = plurk.select_one(".plurk_box .content div.text_holder") if isinstance(plurk, Tag) else None
    if not isinstance(text, Tag) or not isinstance(box, Tag):
        return None
    owner = _text(plurk.select_one(".plurk_box .content a.name"))
    subject = _first_line(text)
    if not subject:
        titled = soup.find("meta", attrs={"property": "og:title"})
        qualifier = _text(plurk.select_one(".plurk_box .content .qualifier"))
        subject = str(titled.get("content", "")).strip() if isinstance(titled, Tag) else ""
        for lead in (owner, qualifier):
            if lead and subject.startswith(lead):
                subject = subject[len(lead):].strip()
    if not subject:
        return None
    posts = [(_post(soup, text), owner)]
    for card in box.find_all("div", class_="response"):
        reply = card.find("div", class_="text_holder")
        if not isinstance(reply, Tag):
            continue
        lead = next((node for node in reply.children if not isinstance(node, NavigableString) or str(node).strip()),
                    None)
        if isinstance(lead, NavigableString) and not isinstance(lead, Comment):
            lead.replace_with(_AT.sub("", str(lead), count=1))
        posts.append((_post(soup, reply), _text(card.find("a", class_="name"))))
    return subject, _authored(posts)


def _stack_exchange(soup: BeautifulSoup) -> Thread | None:
    """A Stack Exchange (Stack Overflow engine) question page: #question-header's h1 (a
    a.question-hyperlink), 「提问于 / 活跃于 / 浏览 2k 次」 under it, then div.question (data-questionid)
    and each div.answer (data-answerid; the accepted one .accepted-answer, itemprop acceptedAnswer),
    laid out alike: a .votecell (arrows, score, bookmark, timeline, the accepted check mark), the
    text in .s-prose.js-post-body (div.post-text on older pages), the tags, a .js-post-menu (分享 /
    改进这个回答 / 关注), .post-signature cards (「编辑于」, 「回答于」, name, reputation, badges), a hidden
    itemprop commentCount and the post's ul.comments-list (each li.comment a score, its
    .comment-copy, 「– name」 and the date). Around them stand the top bar, the left nav, the
    「3 个回答」 header with its sort <select>, the answer form, the sidebar and the footer. Read as a
    page, the <title>'s tag part 「充值」 titled the page and the h1 was lost, the counts and
    「改进这个回答」 were text, the comments (the asker's outcome among them) were lost, 「3 个回答3」
    headed the first answer and each answer ran into the last heading of the one before. The question
    is the lead, the accepted answer (else the first) answers it, each other answer a part headed by
    its author as Zhihu's are; an answer's own headings are nested in its part, a post's comments
    are short paragraphs after its text — they hold facts (「第四天收到“Платёж перенесён”」) — or, in
    a post with parts of its own, the text of a 「评论」 part of it (not of its last part)."""
    heading = soup.select_one("#question-header h1")
    question = soup.find("div", class_="question", attrs={"data-questionid": True})
    body = _se_body(question) if isinstance(question, Tag) else None
    subject = _text(heading)
    if not subject or body is None:
        return None
    answers = [(answer, text) for answer in soup.find_all("div", class_="answer", attrs={"data-answerid": True})
               if "deleted-answer" not in answer.get("class", ()) and (text := _se_body(answer)) is not None]
    answers.sort(key=lambda found: not _se_accepted(found[0]))      # the accepted one first, the rest in order
    names = {name for card in [question] + [answer for answer, _ in answers]
             for name in [_se_author(card)] + [_text(user) for user in card.find_all(class_="comment-user")] if name}
    posts = [_se_post(soup, question, body, names)]
    for k, (answer, text) in enumerate(answers):
        post = _se_post(soup, answer, text, names)
        if k and (author := _se_author(answer)):
            post[_BY] = f"{author}的回答"
        posts.append(post)
    return subject, posts


def _se_body(post: Tag) -> Tag | None:
    """A Stack Exchange post's own text (not a comment's, nor an answer's inside the question's
    container)."""
    for body in post.find_all("div", class_=_SE_BODY):
        if body.find_parent("div", class_=("question", "answer")) is post:
            return body
    return None


def _se_accepted(answer: Tag) -> bool:
    return "accepted-answer" in answer.get("class", ()) or answer.get("itemprop") == "acceptedAnswer"


def _se_author(post: Tag) -> str:
    """Who wrote a Stack Exchange post: the name on its last signature card (the first one of an
    edited post names its editor)."""
    cards = [card for card in post.select(".post-signature .user-details")
             if card.find_parent("div", class_=("question", "answer")) is post]
    if not cards:
        return ""
    name = cards[-1].find(attrs={"itemprop": "name"}) or cards[-1].find("a")
    return _text(name)


def _se_post(soup: BeautifulSoup, card: Tag, body: Tag, names: set[str]) -> Tag:
    """A Stack Exchange post's text with its comments."""
    comments = [line for copy in card.select("ul.comments-list li.comment .comment-copy")
                if copy.find_parent("div", class_=("question", "answer")) is card
                and (line := unaddressed(_text(copy), names))]
    return _qa_post(soup, body, comments)


def _qa_post(soup: BeautifulSoup, body: Tag, comments: list[str]) -> Tag:
    """A question's or answer's text, its headings one level under its part's, then its comments
    (Stack Exchange's, a GitHub Discussion comment's replies)."""
    parted = _se_parted(body)
    post = _post(soup, body)
    _nest_headings(post)
    if comments and parted:
        post.append(soup.new_tag(f"h{_SE_SUBHEADING}", string=_SE_COMMENTS))
    for line in comments:
        post.append(soup.new_tag("p", string=line))
    return post


def _se_parted(body: Tag) -> bool:
    """A post with parts of its own: headings, or two paragraphs or more that are bold alone
    (「<p><strong>以后怎么避免输错</strong></p>」), which the parser reads as its sub-headings."""
    if body.find(re.compile(r"^h[1-6]$")) is not None:
        return True
    return sum(_bold_alone(line) for line in body.find_all("p")) >= 2


def _bold_alone(line: Tag) -> bool:
    """A short paragraph that is one bold run and nothing else."""
    nodes = [node for node in line.children if isinstance(node, Tag) or str(node).strip()]
    return len(nodes) == 1 and isinstance(nodes[0], Tag) and nodes[0].name in ("b", "strong") \
        and 0 < len(_text(line)) <= HEADING_MAX


def _nest_headings(post: Tag) -> None:
    """A post's own headings moved down so its top one is an <h3>: under the post's part (an
    <h2>), not beside it (an answer's 「## 步骤」 would end the answer's part)."""
    headings = post.find_all(re.compile(r"^h[1-6]$"))
    if not headings:
        return
    shift = _SE_SUBHEADING - min(int(heading.name[1]) for heading in headings)
    for heading in headings:
        heading.name = f"h{min(max(int(heading.name[1]) + shift, 1), 6)}"


def unaddressed(line: str, names: set[str]) -> str:
    """A comment without the 「@name」 it opens with: a name on the page (「@Lena K. …」, spaces
    and all), else a word. Stack Exchange's and GitHub's comments, and blogs' (indexer.sites.blogs).

    >>> unaddressed("@Jessie Wong 係呀", {"Jessie Wong"}), unaddressed("@ken 好", set()), unaddressed("好", set())
    ('係呀', '好', '好')
    """
    if not line.startswith("@"):
        return line
    for name in sorted(names, key=len, reverse=True):
        if line[1:].startswith(name):
            return line[1 + len(name):].lstrip(" ,，:：")
    return _AT.sub("", line, count=1)


def _comment_lines(answer: Tag, selector: str, names: set[str]) -> list[str]:
    """The words of an answer's comments (the elements `selector` picks under it), each without the 「@name」 it
    opens with (`unaddressed`; `names` are the page's posters) and none empty: the lines `_answered` puts after the
    answer's text (Yandex Q's, Ответы Mail.ru's, Habr Q&A's, Brainly's)."""
    return [line for comment in answer.select(selector) if (line := unaddressed(_text(comment), names))]


def _invision(soup: BeautifulSoup) -> Thread | None:
    """An Invision Community (4.x) topic: div.ipsPageHeader's h1.ipsType_pageTitle (「By …, date in forum」
    and share links under it), 「Reply to this topic」 / 「Start new topic」, 「Recommended Posts」, then in
    div#comments (data-role commentFeed) each post an article.cPost.ipsComment: an aside.cAuthorPane (the
    name in h3.cAuthorPane_author, the member group, the post count, the photo; a copy of it for phones),
    the ipsComment_meta line (「Posted <time>」, 「(edited)」, Report), the text in div[data-role=commentContent]
    (rich text: p, strong, lists; a quoted post a blockquote.ipsQuote, its div.ipsQuote_citation 「X said:」
    over its contents, data-ipsquote-contentcommentid naming the post it quotes) and the ipsReact counts with
    Quote / MultiQuote; around them the header (「Existing user? Sign In」), the navBar, breadcrumbs, the
    guest reply box (「Create an account or sign in to comment」), the pager and 「Powered by Invision
    Community」. Read as a page, the cleaner dropped the posts as a comment section (div#comments,
    commentFeed, ipsComment and commentContent all name comments) and only the guest reply box was left.
    As XenForo's, the first post is the lead and each reply a part headed by its author (the poster's
    「（楼主）」); a reply's quote of a post on the page goes (that post is read in its place), a quote of
    one elsewhere keeps its text after its 「X said:」."""
    feed = soup.find(attrs={"data-role": "commentFeed"})
    subject = _text(soup.select_one(".ipsPageHeader .ipsType_pageTitle") or soup.find("h1"))
    if not isinstance(feed, Tag) or not subject:
        return None
    cards = [(card, text) for card in feed.find_all("article", class_="cPost")
             if isinstance(text := card.find(attrs={"data-role": "commentContent"}), Tag)]
    if not cards:
        return None
    shown = {str(card.get("id", "")).removeprefix("elComment_") for card, _ in cards}
    posts = []
    for card, text in cards:
        quotes = [quote for quote in text.find_all("blockquote", class_="ipsQuote")
                  if quote.find_parent("blockquote", class_="ipsQuote") is None]
        for quote in quotes:
            if str(quote.get("data-ipsquote-contentcommentid", "")) in shown:
                quote.decompose()       # the post it quotes is on the page already
                continue
            contents = quote.find(class_="ipsQuote_contents")
            said = _text(quote.find(class_="ipsQuote_citation"))
            block = soup.new_tag("blockquote")
            if said:
                block.append(soup.new_tag("p", string=said))
            block.extend(list((contents if isinstance(contents, Tag) else quote).contents))
            quote.replace_with(block)
        author = card.select_one("aside.cAuthorPane .cAuthorPane_author") or card.find(class_="cAuthorPane_author")
        posts.append((_post(soup, text), _text(author)))
    return subject, _authored(posts)


def _ipb2(soup: BeautifulSoup) -> Thread | None:
    """An Invision Power Board 1.x/2.x topic (Lowyat.NET's forum): div#ipbwrapper holds the logo strip, the submenu,
    「Welcome Guest ( Log In | Register )」 and the navstrip, then a div.maintitle of the subject (h1, or <b>) with its
    description span.desc (「MAE app, Kazakh SIM, roaming SMS」), the topic options (「Track this topic · Email this topic ·
    Print this topic」, the pager 「Pages (2) 1 2 »」) and each post a table.ipbtable: a row of the poster's card (the name
    in span.normalname, div.postdetails 「Getting Started / Group: … / Posts: 87 / Joined: …」) and the post's header
    (div.postdate, 「#1」), a row of the text in div.postcolor (plain text with <br>s and <b> lines; a quoted post a
    div.quotetop 「QUOTE(name @ date)」 over a div.quotemain) and the div.signature; after them the 「Fast Reply」
    box. Read as a page, each card and header ran into the end of the post above it (the cards laid out as table
    cells), the last post became a table row of the answer above it, the quotes were plain lines and every post was
    the subject's. As XenForo's: the first post the lead, each reply a part headed by its poster (「（楼主）」 for the
    topic's), a quote of a post on the page gone (read in its place), another's a quote under 「name said:」, as Invision's.
    The description is the first line of the first post: the poster's own summary of the topic. 4PDA's topics
    (holdout222) are IP.Board too: the subject a plain <span> in div.maintitle, each card's header td.post-date
    「Сообщение #1 · 12.09.25, 21:14」, the text div.postcolor.post_body with its spoilers and quotes div.post-block
    boxes (`_ipb_blocks`) and the first post opening with the subject's words in bold (`_drop_title_line`)."""
    texts = soup.find_all("div", class_="postcolor")
    title = soup.select_one("div.maintitle h1") or soup.select_one("div.maintitle b") \
        or next((span for span in soup.select("div.maintitle > span") if "desc" not in span.get("class", ())), None)
    subject = _text(title) or _text(soup.title)
    if not texts or not subject:
        return None
    cards = []
    for text in texts:
        card = text.find_parent("table")
        name = card.find(class_="normalname") if isinstance(card, Tag) else None
        date = card.find(class_=("postdate", "post-date")) if isinstance(card, Tag) else None
        cards.append((text, _text(name), _text(date)))
    shown = {(name, date) for _, name, date in cards}
    _drop_title_line(texts[0], subject)
    described = _text(soup.select_one("div.maintitle span.desc"))
    if described:
        texts[0].insert(0, soup.new_tag("p", string=described))
    posts = []
    for text, name, _ in cards:
        parted = _ipb_blocks(soup, text, shown)
        for top in text.find_all("div", class_="quotetop"):
            said = _text(top)
            quoted = top.find_next_sibling("div", class_="quotemain")
            cited = _IPB_QUOTE.match(said)
            if cited and (cited.group(1).strip(), cited.group(2).strip()) in shown or not isinstance(quoted, Tag):
                if isinstance(quoted, Tag):
                    quoted.decompose()  # the post it quotes is on the page already
                top.decompose()
                continue
            block = soup.new_tag("blockquote")
            block.append(soup.new_tag("p", string=f"{cited.group(1).strip()} said:" if cited else said))
            block.extend(list(quoted.contents))
            quoted.decompose()
            top.replace_with(block)
        post = _post(soup, text)
        if parted:
            # (its bold title lines, `_title_lines`', are parts beside its spoilers, not lines in them)
            for line in post.find_all("p"):
                if _bold_alone(line):
                    line.replace_with(soup.new_tag("h3", string=_text(line)))
        posts.append((post, name))
    return subject, _authored(posts)


def _ipb_blocks(soup: BeautifulSoup, text: Tag, shown: set[tuple[str, str]]) -> bool:
    """A post's boxes as 4PDA's IP.Board draws them, each a div.post-block of a div.block-title over a div.block-body:
    a spoiler (.spoil, 「Спойлер: 高通手机锁频方法」, shut until clicked) is a part of the post, an <h3> of what its
    title names over its body (the title was a line of text in the part above, glued to its neighbours, and the
    spoiler's list no steps); a quote (.quote, 「name @ date」 over the quoted words) of a post on the page goes (that
    post is read in its place), another's is a quote under 「name said:」, as the quotetop boxes of IP.Board 2.
    Whether the post has spoilers: its bold title lines then title parts beside them."""
    parted = False
    for block in text.find_all("div", class_="post-block"):
        if block.decomposed:
            continue
        head, body = block.find("div", class_="block-title"), block.find("div", class_="block-body")
        if not isinstance(head, Tag) or not isinstance(body, Tag):
            continue
        said = _text(head)
        if "quote" in block.get("class", ()):
            cited = _4PDA_QUOTE.match(said)
            if cited and any(name == cited.group(1) and cited.group(2) in date for name, date in shown):
                block.decompose()       # the post it quotes is on the page already
                continue
            quote = soup.new_tag("blockquote")
            quote.append(soup.new_tag("p", string=f"{cited.group(1)} said:" if cited else said))
            quote.extend(list(body.contents))
            block.replace_with(quote)
        elif "spoil" in block.get("class", ()) and (named := _SPOILER_LABEL.sub("", said)):
            parted = True
            part = soup.new_tag("div")
            part.append(soup.new_tag("h3", string=named))
            part.extend(list(body.contents))
            block.replace_with(part)
    return parted


def _drop_title_line(text: Tag, subject: str) -> None:
    """A first post opening with its subject in bold (4PDA's шапка: 「<b>锁定 LTE 频段讨论</b><br>」, the subject's
    words before its colon) is headed by the subject already: the bold line, made a title of its own, titled the
    post's first passage in the subject's place."""
    first = next((node for node in text.children if isinstance(node, Tag) or str(node).strip()), None)
    if isinstance(first, Tag) and first.name in ("b", "strong") and (said := _text(first)) \
            and subject.startswith(said) and _alone(first, "next_sibling"):
        first.decompose()


def _phpbb(soup: BeautifulSoup) -> Thread | None:
    """A phpBB 3 topic (viewtopic.php, prosilver: the page's `<body id="phpbb">`): the headerbar (logo, the
    board's name and description, search), the navbar (快速链接 / 常见问题 / 登录 / 注册) and breadcrumbs, the
    h2.topic-title, action bars (发表回复, 「6 条帖子 • 第 1 页」), then each post a div.post (「p201733」): the
    poster's dl.postprofile (name, rank, 帖子 / 注册 / 地址), the div.postbody of the post's own subject (an <h3>,
    「回复： …」 as phpBB fills it in), the post buttons, p.author (「由 X » <time>」), the text in div.content (plain
    text with <br>s, <strong> lines, a quote a blockquote opened by its cite 「X 写了： ↑ <date>」, the ↑ linking the
    post it quotes, data-post-id), the moderator's edit notice and the signature; the jumpbox, 「在线用户」 and
    「Powered by phpBB」 close the page. Read as a page, the first post's <strong> lines were no headings (all
    after its steps was one passage), a quote's cite ran into the quoted text and each reply was titled
    「subject（回复）」. As XenForo's, the first post is the lead and each reply a part headed by its author (the
    poster's 「（楼主）」); a reply its writer gave a subject of its own (「已经被冒名借了怎么办」, not 「回复： …」) is
    headed by that subject, as Moodle's; a post's line all in bold is its sub-heading (`_title_lines`); a quote
    keeps its text after its cite's 「X 写了：」, a line of its own (the ↑ and the date go): as MyBB's, a reply
    quotes the question it takes up (「请问我是留学生…也能办吗？」 over 「能办。有 ИИН 就行」); a code box's 「代码：
    全选」 label goes."""
    cards = [(card, text) for card in soup.find_all("div", class_="post", id=_PHPBB_POST)
             if isinstance(text := card.select_one("div.postbody div.content"), Tag)]
    subject = _text(soup.find(class_="topic-title")) or (_text(cards[0][0].select_one("div.postbody h3")) if cards else "")
    if not subject or not cards:
        return None
    posts = []
    for card, text in cards:
        for quote in text.find_all("blockquote"):
            cite = quote.find("cite")       # (a nested quote's own cite comes after its quote's)
            if not isinstance(cite, Tag):
                continue
            for extra in [*cite.find_all("a", attrs={"data-post-id": True}), *cite.find_all("a", href=_PHPBB_LINKED),
                          *cite.find_all(class_="responsive-hide")]:
                if not extra.decomposed:
                    extra.decompose()   # the ↑ to the quoted post and its date: only 「X 写了：」 says anything
            said = _text(cite)
            cite.replace_with(soup.new_tag("p", string=said) if said else "")
        for label in text.select("div.codebox > p"):
            label.decompose()
        author = card.select_one("dl.postprofile dt a.username, dl.postprofile dt a.username-coloured")
        posts.append((_post(soup, text), _text(author)))
    thread = _authored(posts)
    _own_subjects(thread, [_text(card.select_one("div.postbody h3")) for card, _ in cards], subject)
    return subject, thread


def _lemmy(soup: BeautifulSoup) -> Thread | None:
    """A Lemmy (lemmy-ui 0.19) post page: div.post-listing (the vote bar and score, the title in its h1, the
    byline 「person to community • 2 mon. ago」 of span.person-listing, a.community-link and span.moment-time,
    the text in div.md-div, 「19 Comments」 / Save / Cross-post / Share), the 「Sort」 bar (Hot / Top / New / Old),
    then the comment tree: ul.comments of li.comment, each an article.comment-node (Collapse, the writer's
    span.person-listing, an 「OP」 badge by the poster's, the score, the time, the text in div.md-div, the vote
    and Reply buttons) with its replies in a nested ul.comments; 「Load more comments」, the community's card
    in the side column and the footer around them. Read as a page, the cleaner dropped the tree as a comment
    section (ul.comments, li.comment, article.comment-node) and the byline and sort bar were text. The post is
    the lead, each comment in the tree's order a part headed by its writer (the poster's 「（楼主）」); a
    reader's comment that asks, whose first reply is the poster's, is a question with that answer (as a
    Mastodon or Facebook thread's: `indexer.sites.mastodon`)."""
    listing = soup.find("div", class_="post-listing")
    tree = soup.find("ul", class_="comments")
    if not isinstance(listing, Tag) or not isinstance(tree, Tag):
        return None
    subject = _text(listing.find("h1"))
    body = listing.find("div", class_="md-div")
    nodes = [node for node in tree.find_all("article", class_="comment-node")
             if isinstance(node.find("div", class_="md-div"), Tag)]
    if not subject or not nodes:
        return None
    poster = _lemmy_writer(listing)
    posts = [_post(soup, body) if isinstance(body, Tag) else soup.new_tag("div")]
    asked: Tag | None = None       # a reader's comment that asks, waiting for its first reply
    for node in nodes:
        writer = _lemmy_writer(node)
        mine = bool(poster) and writer == poster or _text(node.find("span", class_="badge")) == "OP"
        item = node.find_parent("li", class_="comment")
        parent = item.find_parent("li", class_="comment") if isinstance(item, Tag) else None
        text = node.find("div", class_="md-div")
        asks = not mine and bool(_ASKS.search(_text(text)))
        post = _post(soup, text)
        if mine and asked is not None and parent is not None and parent.find("article", class_="comment-node") is asked:
            question = posts.pop()
            post[_ASKED] = _text(question)
        else:
            post[_BY] = writer + OP if mine else writer
        asked = node if asks else None
        posts.append(post)
    return subject, posts


def _lemmy_writer(card: Tag) -> str:
    """Who wrote a Lemmy post or comment: its first span.person-listing's user name."""
    person = card.find("span", class_="person-listing")
    return _text(person)


def _kbin(soup: BeautifulSoup) -> Thread | None:
    """A kbin (or its fork Mbin) thread page: the header (Threads / Microblog / People / Magazines, Log in), the
    magazine's 「/m/name」 line, the post an article.entry (its h1 in a header, the byline aside.meta 「user, <time>
    to magazine」, the text in div.content, the aside.vote buttons 「▲ 24」「▼ 0」, a footer menu 「17 comments」 /
    boost / more / report), then section#comments.entry-comments under its 「Comments」 heading: each comment a
    blockquote.entry-comment (a reply one `comment-level--N` deeper than what it answers) of a header (the writer's
    a.user-inline, a span.badge 「OP」 by the poster's, the time), its text in div.content and a footer menu of its
    votes and 「reply」; the sidebar's magazine card and related threads and the footer close the page. Read as a
    page, the cleaner dropped the whole section as comments (「comment」 in its classes and id) and only the post was
    left. The post is the lead, each comment in the page's order a part headed by its writer (the poster's, or one
    with the 「OP」 badge, 「（楼主）」); a comment one level under one that asks and right after it is headed by the
    line that asks, as Hacker News's replies are (`_hacker_news`). Badges, times, votes and menus are no text."""
    entry = soup.find("article", class_="entry")
    subject = _text(entry.find("h1")) if isinstance(entry, Tag) else ""
    if not isinstance(entry, Tag) or not subject:
        return None
    body = entry.find("div", class_="content")
    poster = _text(entry.select_one("aside.meta a.user-inline"))
    posts = [(_post(soup, body) if isinstance(body, Tag) else soup.new_tag("div"), poster)]
    asked: tuple[int, str] | None = None       # the level and asking line of the comment just read, if it asks
    for card in soup.find_all("blockquote", class_="entry-comment"):
        text = card.find("div", class_="content")
        if not isinstance(text, Tag):
            asked = None
            continue
        level = next((int(name.rsplit("--", 1)[1]) for name in card.get("class", ())
                      if _KBIN_LEVEL.fullmatch(name)), 1)
        question = asked[1] if asked is not None and level == asked[0] + 1 else ""
        line = asking_line(text)
        asked = (level, line) if line else None
        header = card.find("header")
        writer = _text(header.find("a", class_="user-inline")) if isinstance(header, Tag) else ""
        badge = header.find("span", class_="badge") if isinstance(header, Tag) else None
        post = _post(soup, text)
        if question:
            post[_ASKED] = question
        posts.append((post, poster if _text(badge) == "OP" else writer))
    return subject, _authored_answers(posts)


_KBIN_LEVEL = re.compile(r"comment-level--\d+")


def _coursera(soup: BeautifulSoup) -> Thread | None:
    """A Coursera course's discussion-forum thread (the learner's 「討論區」) as the browser saves it: the course's
    header and nav, the rc-ThreadBreadcrumbs, then div.rc-QuestionDetail (h1.rc-QuestionTitle, the rc-ProfileArea
    line 「name role · date」 of span.c-profile-name / c-profile-role (「學員」, a mentor's 「Mentor」 badge) / the
    date, the text in div.rc-CML, the rc-ThreadActions 追蹤 / 讚 12 / 檢舉) and div.rc-AnswersSection: its count
    heading 「4 則回覆」 over div.rc-AnswerItem cards (profile line, div.rc-CML, 讚 / 回覆); the sidebar's forum
    guide, the footer and the cookie banner around them. Read as a page, the profile lines were text, the replies
    ran together under the count heading, and a reply's own headings (a mentor's 「常見問題」) swallowed the replies
    after it. The question is the lead, each reply a part headed by its writer (the asker's 「（楼主）」), as
    Apple's community's (`_apple_community`); profile lines, counts and buttons are no text."""
    question = soup.find("div", class_="rc-QuestionDetail")
    subject = _text(question.find(class_="rc-QuestionTitle")) if isinstance(question, Tag) else ""
    body = question.find("div", class_="rc-CML") if isinstance(question, Tag) else None
    if not subject or not isinstance(question, Tag) or not isinstance(body, Tag):
        return None
    posts = [(_post(soup, body), _text(question.find(class_="c-profile-name")))]
    for card in soup.find_all("div", class_="rc-AnswerItem"):
        text = card.find("div", class_="rc-CML")
        if isinstance(text, Tag):
            posts.append((_post(soup, text), _text(card.find(class_="c-profile-name"))))
    return subject, _authored(posts)


def _hacker_news(soup: BeautifulSoup) -> Thread | None:
    """A Hacker News item page (news.ycombinator.com/item?id=…): table#hnmain with the orange pagetop bar (new |
    past | comments… login), the fatitem (the title in span.titleline, the subtext 「187 points by X 1 day ago |
    hide | past | favorite | 64 comments」, the story's own text in div.toptext), the add-comment form, then
    table.comment-tree: one flat tr.athing.comtr row per comment, its depth only in td.ind's indent attribute (an
    s.gif spacer drawn 40px a level), its comhead (a.hnuser, the age, 「parent | prev | next」 links and the [–]
    toggle), the text in div.commtext (its first paragraph bare, each other one after an unclosed <p>) and the
    「reply」 link; the yclinks footer and the Algolia search under it. Read as a page, the rows were a comment
    list cut four at a time whatever their threads, each with its comhead and 「reply」 as text and its paragraphs
    run together. The story's text is the lead, each comment in the page's order a part headed by its writer (the
    poster's 「（楼主）」); a comment replying to one that asks (the row right after it, one level deeper) is headed
    by the line that asks, as Canny's replies are (`_canny`): the poster's answer to a reader's question a Q&A."""
    item = soup.find("table", class_="fatitem")
    subject = _text(item.find("span", class_="titleline")) if isinstance(item, Tag) else ""
    if not isinstance(item, Tag) or not subject:
        return None
    body = item.find("div", class_="toptext")
    posts = [(_post(soup, body) if isinstance(body, Tag) else soup.new_tag("div"),
              _text(item.find("a", class_="hnuser")))]
    tree = soup.find("table", class_="comment-tree")
    asked: tuple[int, str] | None = None       # the depth and asking line of the row just read, if it asks
    for row in tree.find_all("tr", class_="comtr") if isinstance(tree, Tag) else ():
        text = row.find("div", class_="commtext")
        if not isinstance(text, Tag):       # a [flagged] or [dead] comment shows no text
            asked = None
            continue
        indent = row.find("td", class_="ind")
        depth = str(indent.get("indent", "")) if isinstance(indent, Tag) else ""
        depth_of = int(depth) if depth.isdigit() else 0
        question = asked[1] if asked is not None and depth_of == asked[0] + 1 else ""
        line = asking_line(text)
        asked = (depth_of, line) if line else None
        posts.append((_post(soup, text, asked=question), _text(row.find("a", class_="hnuser"))))
    return subject, _authored_answers(posts)


_SLASHDOT_USER_ID = re.compile(r"\s*\(\s*\d+\s*\)\s*$")      # a writer's user number after the name: 「steppe_sysadmin ( 1183342 )」


def _slashdot(soup: BeautifulSoup) -> Thread | None:
    """A Slashdot story page: the header (Stories / Firehose / Polls / Submit / Login and the sections), the story an
    article.fhitem-story (its h2.story of the span.story-title link and the source 「(tengrinews.kz)」, the details
    line 「Posted by X on … from the … dept.」, the text in div.body: the submission 「An anonymous reader writes:
    <i>…</i>」, h3.story-sub parts, lists, Q&A lines), the previous / next story links and the share bar, then
    section#comments: the commentControlBox (Threshold / Flat / Threaded) over ul#commentlisting, each comment an
    li.comment of its div.commentTop (the subject in an h4, 「(Score:5, Insightful)」, 「by name ( 1183342 ) on <date>
    (#64321001)」) and its div.commentBody, its replies an <ul> nested in its li, each subject 「Re:」 the one it
    answers; the slashboxes rail and the footer's fortune close the page. Read as a page, the comments were a
    comment list cut into 「评论」 passages a few at a time whatever their threads (a top-level remark glued to the
    unrelated joke after it), their subjects and writers lost. The story's text is the lead, each comment in the
    page's order (a reply right after what it answers) a part headed by its own subject where its writer gave it one
    (not 「Re: …」), as Moodle's posts are, else by its writer; a reply right under a comment that asks is headed by
    the line that asks, as Hacker News's replies are (`_hacker_news`). Scores, numbers, dates and the bars are no
    text."""
    story = soup.find("article", class_="fhitem-story")
    subject = _text(story.find("span", class_="story-title")) if isinstance(story, Tag) else ""
    body = story.find("div", class_="body") if isinstance(story, Tag) else None
    if not subject or not isinstance(story, Tag) or not isinstance(body, Tag):
        return None
    posts = [(_post(soup, body), _text(story.select_one("div.details a")))]
    owns: list[str] = [""]
    asked: tuple[int, str] | None = None       # the depth and asking line of the comment just read, if it asks
    for card in soup.select("#commentlisting li.comment"):
        text = card.find("div", class_="commentBody")
        if not isinstance(text, Tag) or not _text(text):
            asked = None
            continue
        depth = len(card.find_parents("li", class_="comment"))
        question = asked[1] if asked is not None and depth == asked[0] + 1 else ""
        line = asking_line(text)
        asked = (depth, line) if line else None
        own = _text(card.select_one("div.commentTop h4"))
        posts.append((_post(soup, text, asked=question),
                      _SLASHDOT_USER_ID.sub("", _text(card.select_one("div.commentTop span.by")))))
        owns.append("" if question or _REPLY_PREFIX.match(own) else own)
    thread = _authored_answers(posts)
    for post, own in zip(thread, owns):
        if own:
            post[_BY] = own
    return subject, thread


def _vanilla(soup: BeautifulSoup) -> Thread | None:
    """A Vanilla Forums (2.x, 2021 and its Keystone theme) discussion: the Head (SiteTitle, SiteSearch, SiteMenu
    with Sign In / Register), the Breadcrumbs, the Panel (New Discussion, BoxCategories with counts,
    BoxInThisDiscussion, tags), the PageTitle's h1 (a Bookmark beside it), then div.ItemDiscussion: the AuthorWrap
    (photo, a.Username, RoleTitle, 「Posts: 37」), the DiscussionMeta (time, 「in category」), the text in
    div.Message.userContent and the Reactions (Flag / Like / Insightful); with the Q&A plugin a
    DataBox-AcceptedAnswers list 「Answers」 of the accepted li.ItemComment (QnA-Item-Accepted, 「Accepted Answer」
    in its meta), then the 「Comments」 DataBox of li.ItemComment cards drawn as the discussion is (a quoted post a
    blockquote.UserQuote, its div.QuoteAuthor 「X said:」 over its div.QuoteText), the pager, 「Sign In or Register to
    comment.」, the hidden comment form and 「Powered by Vanilla」. Read as a page, the cleaner dropped every comment
    (ItemComment, DataBox-Comments, CommentsWrap name comments) and left a part 「Answers」 of 「Sign In or Register to
    comment.」. The discussion is the lead, then the accepted answers and each other comment in the page's order, each
    a part headed by its author (the poster's 「（楼主）」); a quote of a line the page has already read goes, a quote
    of any other keeps its text after its 「X said:」."""
    discussion = soup.find("div", class_="ItemDiscussion")
    lead = discussion.find("div", class_="Message") if isinstance(discussion, Tag) else None
    subject = _text(soup.select_one(".PageTitle h1"))
    if not isinstance(lead, Tag) or not subject:
        return None
    cards: dict[str, Tag] = {}      # a comment's id → its card (an accepted answer may be listed twice)
    for card in soup.find_all("li", class_="ItemComment"):
        if isinstance(card.find("div", class_="Message"), Tag):
            cards.setdefault(str(card.get("id", "")) or f"#{len(cards)}", card)
    # accepted answers first
    ordered = sorted(cards.values(), key=lambda card: _VANILLA_ACCEPTED not in card.get("class", ()))
    read = [_text(lead)]
    posts = [(_post(soup, lead), _vanilla_author(discussion))]
    for card in ordered:
        text = card.find("div", class_="Message")
        for quote in text.find_all("blockquote", class_="UserQuote"):
            quoted = quote.find(class_="QuoteText")
            _quote_in_place(soup, quote, _text(quote.find(class_="QuoteAuthor")), _text(quoted),
                            list((quoted if isinstance(quoted, Tag) else quote).contents), read)
        read.append(_text(text))
        posts.append((_post(soup, text), _vanilla_author(card)))
    return subject, _authored(posts)


def _vanilla_author(card: Tag) -> str:
    """Who wrote a Vanilla discussion or comment: the a.Username in its header's span.Author."""
    return _text(card.select_one(".Author .Username") or card.find("a", class_="Username"))


def _kaskus(soup: BeautifulSoup) -> Thread | None:
    """A KASKUS thread as the browser saves it (Next.js, jsx-* classes): the header (Forum / Jual Beli / Hot Thread
    / Komunitas, 「Cari di KASKUS」, Masuk / Daftar), the breadcrumb, h1.Thread_title and its Thread_meta (「Dilihat
    3.812 kali · 47 Balasan」), then each post a div.Post_post: its Post_userCard (avatar, a.Post_username, the
    rank 「Kaskus Addict」, 「Posts: 1.274 · Cendol: 388」, the thread starter's 「TS」 badge), its Post_date
    (「12-09-2025 22:03 · #1」), the text in div.Post_content.htmlContentRenderer (BBCode rendered: <b> lines,
    lists, <br> lines; a quote a div.quote of span.quote-author 「Quote:Original Posted By X ►」 and the quoted
    text) and the Post_actions (Kirim Cendol, Bata, Kutip, Balas, Bagikan); the pager, the side column, the cookie
    banner and the footer follow. Read as a page, the user card and date were the first part's text, the replies
    ran on into the last answer of the first post with their cards and dates (holdout107). The first post is the
    lead, without the centred bold title opening it when that is the thread's subject again; each reply is a
    post headed by its author (the starter's 「（楼主）」), a quote of a line the page already reads gone, any other
    kept after its 「Original Posted By」 line."""
    subject = _text(soup.find("h1", class_="Thread_title"))
    cards = [(card, card.find("div", class_="Post_content")) for card in soup.find_all("div", class_="Post_post")]
    cards = [(card, text) for card, text in cards if isinstance(text, Tag)]
    if not subject or not cards:
        return None
    opening = next((node for node in cards[0][1].children if isinstance(node, Tag)), None)
    if isinstance(opening, Tag) and opening.name not in ("ul", "ol", "blockquote") and _text(opening) == subject:
        _drop_line(opening)     # the post's own title, centred over its text: the subject once more
    read: list[str] = []
    posts: list[tuple[Tag, str]] = []
    for card, text in cards:
        for quote in text.find_all("div", class_="quote"):
            said = quote.find(class_="quote-author")
            who = _text(said)
            if isinstance(said, Tag):
                said.extract()
            _quote_in_place(soup, quote, who, _text(quote), list(quote.contents), read)
        read.append(_text(text))
        posts.append((_post(soup, text), _text(card.find(class_="Post_username"))))
    return subject, _authored(posts)


def _tianya(soup: BeautifulSoup) -> Thread | None:
    """A 天涯社区 thread (bbs.tianya.cn post-*.shtml) as the browser saves it: the top-nav (首页 / 论坛 / 博客 / 客户端,
    登录 | 注册), the atl-location crumbs, div.atl-head of h1.atl-title and its atl-info (「楼主：X」, 时间, 点击, 回复)
    over the atl-menu (只看楼主 / 收藏 / 分享), then in div.atl-main each floor a div.atl-item whose `_host` attribute
    names its writer: the host post (host-item) and each reply, the reply's own atl-head (「作者：X」, the poster's
    「楼主」 mark, 时间), the text in div.bbs-content (plain text with <br>s, <strong> lines its parts' titles) and its
    atl-reply bar (「3楼」, 回复, 「赞(31)」); the atl-pages pager, the disabled reply box, 相关帖子 and the footer
    follow. Read as a page, the atl-info line (「楼主：X时间：… 点击：8316 回复：57」) opened the first part and every
    reply ran on into the host post's last part with its author line and floor bar (holdout116). The subject is the
    h1, the host post the lead, each reply a post headed by its writer (the poster's 「（楼主）」), or, where its
    「@name」 answers that writer's reply that asked (「@沙漠里的风筝 基本不会…」), by that question, as a UserVoice
    comment is (`_answering_asked`)."""
    subject = _text(soup.find("h1", class_="atl-title"))
    floors = [(floor, text) for floor in soup.find_all("div", class_="atl-item")
              if isinstance(text := floor.find("div", class_="bbs-content"), Tag)]
    if not subject or not floors:
        return None
    posts: list[tuple[Tag, str]] = []
    asked: dict[str, str] = {}
    for k, (floor, text) in enumerate(floors):
        named = floor.find(attrs={"uname": True})
        author = str(floor.get("_host") or (named.get("uname") if isinstance(named, Tag) else "")).strip()
        posts.append((_answering_asked(soup, text, author, asked) if k else _post(soup, text), author))
    return subject, _authored_answers(posts)


def _quora(soup: BeautifulSoup) -> Thread | None:
    """A Quora question or answer page (q-box / qu- classes, no words of their own): the site header (Home,
    Following, 「Search Quora」, 「Add question」), the question's title in a bold q-text, then each answer in a
    「dom_annotate_question_answer_item_N」 box: the author's photo, profile link, 「 · 」 and Follow, the credential
    line (「Former RF engineer at … · Updated 2y」), the text in div.spacing_log_answer_content (<p>s, <b> lines,
    lists), 「2.3K views · View upvotes · View 3 shares」, 「Upvote · 184」 with its buttons and 「View 12 comments」;
    after them 「Continue Reading on Quora」 / 「View all 6 answers to this question」, Related questions and the
    footer. Read as a page, the author line 「Serik Wang ·」 and the credential opened the first part, and the views
    line, 「Continue Reading on Quora」 and 「View all 6 answers…」 closed the last. The subject is the page's og:title
    (else the <title> without 「 - Quora」); the first answer is the text, each other one 「name的回答」 as Zhihu's
    answers after the first are."""
    answers = [text for text in soup.find_all("div", class_="spacing_log_answer_content")
               if "q-box" in text.get("class", ())]
    titled = soup.find("meta", attrs={"property": "og:title"})
    subject = str(titled.get("content", "")).strip() if isinstance(titled, Tag) else ""
    subject = subject or _QUORA_SITE.sub("", _text(soup.title))
    if not subject or not answers:
        return None
    posts = []
    for k, text in enumerate(answers):
        item = text.find_parent(class_=_QUORA_ITEM) or text.parent
        writer = item.find("a", href=_QUORA_PROFILE) if isinstance(item, Tag) else None
        post = _post(soup, text)
        if k and (name := _text(writer)):
            post[_BY] = f"{name}的回答"
        posts.append(post)
    return subject, posts


def _site_question(soup: BeautifulSoup, site: re.Pattern[str], heading_class: str,
                   asked: str) -> tuple[str, Tag] | None:
    """A Q&A site's question page, told by its og:site_name (the class names are common words): its
    `<h1>`'s subject and the question's text (`asked`, a CSS selector); None on another site's page."""
    named = soup.find("meta", attrs={"property": "og:site_name"})
    subject = _text(soup.find("h1", class_=heading_class))
    text = soup.select_one(asked)
    if not isinstance(named, Tag) or not site.match(str(named.get("content", ""))) or not subject or text is None:
        return None
    return subject, text


def _yandex_q(soup: BeautifulSoup) -> Thread | None:
    """A Yandex Q (Яндекс Кью) question page: in main.QuestionPage the community's link
    (「华人在哈萨克斯坦 · Китайцы в Казахстане」), div.Question (the asker's UserCard and 「· 9 октября 2026」,
    h1.Question-Title, the text in .Question-Description, 「Подписаться」, 「4 ответа · 3,8 тыс. просмотров」), then
    .QuestionPage-Answers: the AnswersHeader (「4 ответа」 and its sort <select>) over each article.Answer laid out
    alike — the author's UserCard (avatar, name, 「Эксперт」 badge, a line about them), div.Answer-Date, the text in
    .Answer-Content (whole even where the page folds it, 「Читать дальше」), the votes, 「Комментировать」 /
    「Поделиться」 and div.Comments (each .Comment its author, .Comment-Text and date); the side column's
    「Похожие вопросы」 and the footer around them. Read as a page, the community's link, 「4 ответа」 and each
    date line were text, the question and the first answer one passage, the other answers each 「subject（回复）」,
    the first answer's comments a detached 「评论」 part at the page's end and the second's lost. As Stack
    Exchange's: the question is the lead, the first answer answers it, each other answer a part headed by its
    author (「徐工的回答」), a post's comments paragraphs after its text. Pages of the later layout (holdout181:
    h1.QuestionPage-Title, .QuestionPage-Description, div.Answer cards of .AuthorCard and .AnswerText) are read alike:
    read as a page, the first answer's opening was glued to the question and the other answers, with no boundary,
    to the last part before each (the third one inside the second's last Q&A)."""
    found = _site_question(soup, _YANDEX_Q_SITE, "Question-Title", ".Question .Question-Description") \
        or _site_question(soup, _YANDEX_Q_SITE, "QuestionPage-Title", ".QuestionPage .QuestionPage-Description")
    if found is None:
        return None
    subject, asked = found
    answers = [(answer, text) for answer in soup.find_all(("article", "div"), class_="Answer")
               if (text := answer.find(class_=("Answer-Content", "AnswerText"))) is not None]
    if not answers:
        return None
    names = {name for card in soup.find_all(class_=("UserCard-Name", "AuthorCard-Name", "Comment-Author"))
             if (name := _text(card))}
    return subject, _answered(soup, asked, [
        (text, _comment_lines(answer, ".Comments .Comment-Text", names),
         _text(answer.select_one(".Answer-Author .UserCard-Name, .AuthorCard .AuthorCard-Name")))
        for answer, text in answers])


def _answered(soup: BeautifulSoup, asked: Tag, answers: list[tuple[Tag, list[str], str]]) -> list[Tag]:
    """A question page's posts (Yandex Q's, Naver 지식iN's, Ответы Mail.ru's): the question, then each answer (its text, its
    comments, its author) with its comments after its text; the first, the accepted or top one, answers the
    question, each other is a part headed by its author (「xiaolin_kz的回答」)."""
    posts = [_post(soup, asked)]
    for k, (text, comments, author) in enumerate(answers):
        post = _qa_post(soup, text, comments)
        if k and author:
            post[_BY] = f"{author}的回答"
        posts.append(post)
    return posts


def _naver_kin(soup: BeautifulSoup) -> Thread | None:
    """A Naver 지식iN (네이버 지식iN, kin.naver.com) question page: the skip link 「본문 바로가기」, the header (logo,
    search, 로그인) and the lnb, the category path, div.question-content (the title in .c-heading__title .title, the
    text in .c-heading__content, the c-userinfo line 「작성일 … 조회수 … 내공 100」, the tags), then
    div.answer-content: the count heading 「답변 3」 over each div.answer-content__item laid out alike — 「질문자 채택」
    on the chosen one, the answerer's card (.c-heading-answer__title: name, 「지식인 고수」, 「등급 : …」, 채택답변수,
    「분야 : …」), the text in .c-heading-answer__content's .se-main-container (SmartEditor ONE), the date, 좋아요 /
    댓글 and its .comment-list (each .comment-item its author, .comment-text and date) —, 관련 질문, the aside
    (「지식인 엑스퍼트 상담」, 「실시간 인기 Q&A」) and the footer. Read as a page, the skip link, the meta line, each
    card and 「질문자 채택」 were text, every answer was titled 「답변 3」 and cut at the wrong places (an answer's last
    paragraph, its date and the next card opened the next answer's passage), the asker's numbered sub-questions
    were steps, the first answer's comments a detached 「评论」 part and the third's lost. As Yandex Q's: the
    question is the lead, the first (chosen) answer answers it, each other answer a part headed by its author
    (「xiaolin_kz的回答」), an answer's comments paragraphs after its text.
    A page saved without og:site_name (holdout259) is told by the 지식iN assets it loads (ssl.pstatic.net/static.kin);
    there the answer's text is in .c-heading-answer__body, the answerer's name a .profile_link in
    .c-heading-answer__content-user (「유심박사 님 답변 지존 …」) and the asker's thanks under the chosen answer
    (.c-heading-answer__author-comment, 「질문자 인사 太详细了！…」) a line 「질문자 인사：…」 after its text. Read as a page, the
    answers were cut by length under the question's title, the first one's opening glued to the question with the
    skip link, 내공, the meta line and the card, answers 2 and 3 with their cards and dates one passage, and the
    asker's thanks lost."""
    site = soup.find("meta", attrs={"property": "og:site_name"})
    heading = soup.select_one(".question-content .c-heading__title .title") \
        or soup.select_one(".question-content .c-heading__title")
    asked = soup.select_one(".question-content .c-heading__content")
    subject = _text(heading)
    if not (isinstance(site, Tag) and "지식iN" in str(site.get("content", "")) or loads_assets(soup, _KIN_ASSETS)) \
            or not subject or asked is None:
        return None
    answers = [(answer, text) for answer in soup.select(".answer-content .answer-content__item")
               if (text := answer.select_one(".c-heading-answer__content .se-main-container")
                   or answer.select_one(".c-heading-answer__body .se-main-container")
                   or answer.select_one("._endContentsText")) is not None]
    return subject, _answered(soup, asked, [
        (text, [line for comment in answer.select(".comment-list .comment-text") if (line := _text(comment))]
         + [line for thanks in answer.select(".c-heading-answer__author-comment") if (line := _asker_thanks(thanks))],
         _text(answer.select_one(".c-heading-answer__title .profile_name")
               or answer.select_one(".c-heading-answer__content-user .profile_link"))) for answer, text in answers])


def _asker_thanks(thanks: Tag) -> str:
    """The asker's thanks under a 지식iN answer (「<strong>질문자 인사</strong> 太详细了！…」) as one line 「질문자 인사：太详细了！…」,
    its label set apart from what the asker said; "" for none."""
    label = thanks.find(("strong", "b"))
    said = _text(label.extract()) if isinstance(label, Tag) else ""
    text = _text(thanks)
    return f"{said}：{text}" if said and text else text


def _otvet_mail_ru(soup: BeautifulSoup) -> Thread | None:
    """An Ответы Mail.ru (otvet.mail.ru) question page: Mail.ru's portal bar, the site's header (search, 「Задать
    вопрос」), the category menu and the breadcrumb, div.question (the asker's card .question__author — name, rank
    「Ученик (142)」, 「2 года назад」 —, h1.question__title, the text in .question__text, the tags and
    .question__actions: 「Подписаться」 / 「Поделиться」 / 「Пожаловаться」 and the view count 「5 348 просмотров」), then
    div.answers: the count heading 「4 ответа」 (h2.answers__count) over each div.answer laid out alike — 「Лучший
    ответ」 (.answer__label) on the best one (.answer_best, itemprop acceptedAnswer), the answerer's card
    (.answer__author: name, rank 「Мыслитель (8 917)」, date), the text in .answer__text, 「Нравится 47」 /
    「Комментировать」 / 「Пожаловаться」 and its div.comments (each .comment its author, .comment__text and date)
    —, the answer form, 「Похожие вопросы」, the aside and the footer. Read as a page, the view count ended the
    question's passage and 「Лучший ответ」 opened the first answer, every answer was titled 「4 ответа」 and the
    answers were cut at the wrong places (the third's text and the fourth's first paragraph one passage), the
    answerers were lost, the first answer's comments a detached 「评论」 part at the page's end and the fourth's
    lost. As Yandex Q's: the question is the lead, the best answer (else the first) answers it, each other
    answer a part headed by its author (「Марина К.的回答」), an answer's comments paragraphs after its text.
    A page saved without og:site_name (holdout222: its <title> 「… — Ответы Mail」) is told by its title as
    `_otvet_short`'s are; there the answerer is the card's bare link (.answer__author > a) and each comment a bare
    div.comment in div.answer__comments (`_otvet_bare_comments`).
    Pages of the shorter class names (`_otvet_short`: the best answer in its own section.best-answer) are read alike."""
    found = _site_question(soup, _OTVET_SITE, "question__title", ".question .question__text") \
        or _otvet_short(soup)
    if found is None:
        return None
    subject, asked = found
    answers = [(answer, text) for answer in soup.select(".best-answer div.answer, .answers div.answer, .answers div.a")
               if (text := answer.find(class_=("answer__text", "a-text", "a--atext"))) is not None]
    # (the best one first, the rest in the page's order)
    answers.sort(key=lambda found: not ("answer_best" in found[0].get("class", ())
                                        or found[0].get("itemprop") == "acceptedAnswer"))
    names = {name for card in soup.find_all(class_=("question__author-name", "answer__author-name", "comment__author",
                                                    "q-author__name", "a-author__name", "q--author-name",
                                                    "a--author-name", "comment--author"))
             if (name := _text(card))}
    return subject, _answered(soup, asked, [
        (text, _comment_lines(answer, ".comments .comment__text, .a--comments .comment--text", names)
         + _otvet_bare_comments(answer),
         _text(answer.select_one(".answer__author .answer__author-name, .a-author .a-author__name, "
                                 ".a--author .a--author-name")
               or answer.select_one(".answer__author > a")))
        for answer, text in answers])


def _otvet_bare_comments(answer: Tag) -> list[str]:
    """An answer's comments where each is one div.comment in div.answer__comments, its writer's link and 「: 」 before
    the words (「<a>Асель</a>: 那时间能看出来吗？」), with no class of their own: the words alone."""
    lines = []
    for comment in answer.select(".answer__comments > .comment"):
        first = next((node for node in comment.contents if isinstance(node, Tag) or str(node).strip()), None)
        if isinstance(first, Tag) and first.name == "a":
            first.extract()
        if line := _text(comment).lstrip(" :：").strip():
            lines.append(line)
    return lines


def _otvet_short(soup: BeautifulSoup) -> tuple[str, Tag] | None:
    """An Ответы Mail.ru page of the shorter class names (h1.q-title, .q-text, the best answer in
    section.best-answer under its 「Лучший ответ」 label, each answer's .a-author card and .a-text), saved without
    og:site_name: told by its <title>'s 「 — Ответы Mail.ru」 (the class names are common words). Pages of the
    double-dashed names (holdout181: article.q with h1.q--title and .q--text, section.answers of div.a — the best
    one .a--best under the h2 「Лучший ответ」, the others under 「Остальные ответы」 —, each its .a--author card,
    .a--atext and .a--comments) are read alike; there, the asker's addition (.q--additional: its label
    「Дополнение к вопросу」 over .q--additional-text) goes on the question's text without its label. Read as a page,
    the answers were titled by the two h2 labels, the answerers and both comments lost, the label a line of the
    question, and the second, third and fourth answers cut at their lists into passages that mixed them. Pages of
    the long names (h1.question__title, .question__text) saved without og:site_name are read here too (holdout222),
    the asker's .question__addition on the question's text without its bold 「Дополнение к вопросу:」."""
    title = _text(soup.find("title"))
    subject = _text(soup.find("h1", class_=("q-title", "q--title", "question__title")))
    text = soup.select_one(".question .q-text, article.q .q--text, .question .question__text")
    if not _OTVET_TITLE.search(title) or not subject or text is None:
        return None
    for added in soup.select("article.q .q--additional .q--additional-text"):
        if _text(added):
            added.name = "p"
            text.append(added.extract())
    for added in soup.select(".question .question__addition"):
        label = added.find(("b", "strong"))
        if isinstance(label, Tag) and _OTVET_ADDITION.match(_text(label)):
            label.decompose()
        if _text(added):
            added.name = "p"
            text.append(added.extract())
    return subject, text


def _habr_qna(soup: BeautifulSoup) -> Thread | None:
    """A Habr Q&A (qna.habr.com, Хабр Q&A) question page: the header (Вопросы / Теги / Пользователи, search, 「Задать
    вопрос」, 「Войти」), div.question (its tags, the asker's .user-summary — name, 「@nick」 —, h1.question__title, the
    text in .question__text, the meta line 「задан 18 ноября 2026」 / views / 「Средний」 and 「Подписаться」), then
    section#answers: the count heading 「Ответы на вопрос 3」 over each div.answer_wrapper laid out alike — 「Решение」
    on the solution (.answer_solution), the answerer's .user-summary (name, 「@nick」, a job glued to it), the text in
    .answer__text, the date and 「Нравится」, and its .answer__comments (each .comment its author, .comment__text and
    date) —, 「Похожие вопросы」, the side column and the footer. Read as a page, the asker's card headed the
    question, the question's paragraph 「问题：…」 was taken for a question marker (it titled a qa of the rest of the
    question and all three answers, glued with 「Решение」 and the answerers' cards), the solution's <ol> stayed
    lines and its comments were a detached 「评论」 part at the page's end. As Ответы Mail.ru's (its class names are
    alike, the site is told by its answer_wrapper blocks): the question is the lead, the solution (else the first
    answer) answers it, each other answer a part headed by its author (「Асель Т.的回答」), an answer's comments
    paragraphs after its text."""
    subject = _text(soup.find("h1", class_="question__title"))
    asked = soup.select_one(".question .question__text")
    answers = [(answer, text) for answer in soup.find_all("div", class_="answer_wrapper")
               if (text := answer.find(class_="answer__text")) is not None]
    if not subject or asked is None or not answers:
        return None
    answers.sort(key=lambda found: "answer_solution" not in found[0].get("class", ()))  # the solution first
    names = {name for card in soup.find_all(class_=("user-summary__name", "comment__author")) if (name := _text(card))}
    return subject, _answered(soup, asked, [
        (text, _comment_lines(answer, ".answer__comments .comment__text", names),
         _text(answer.select_one(".user-summary .user-summary__name"))) for answer, text in answers])


def _brainly(soup: BeautifulSoup) -> Thread | None:
    """A Brainly (brainly.com) question page, its blocks named 「brn-qpage-…」 and marked by data-testid: the cookie
    dialog, the brn-header (search, Ask question / Log in / Join for free), the app banner, the breadcrumbs
    (Mathematics › High School), the question box (the asker's avatar, name and date, the subject and grade, the
    question's <h1> `question_box_text`, its text `question_box_text_extension` — sub-questions （1）–（4） on <br>
    lines —, 「+10 pts」, Answer / Report), then 「Answers」 over each `answer_box` laid out alike: 「Expert-Verified
    Answer」 (its class …__verified) on the checked one, the answerer's header (name `answer_box_author`, 「Ambitious ·
    412 answers · 18.9K people helped」), the text `answer_box_text`, the rating and 「Thanks 41」, and 「Comments (2)」
    over its li.brn-comment (the author, the .brn-comment__text); the 「Still have questions?」 aside and the footer.
    Read as a page (holdout221), the asker's name was glued to the date, subject and points were question text, the
    sub-questions were steps of the page's title, 「Answers」 titled the verified mark and the first card, each other
    answer was glued with its card to the last part of the one before, and the first answer's comments were moved
    after the last answer. As Habr Q&A's: the question is the lead (its numbered sub-questions kept in it,
    `_asked_cases`), the verified answer (else the first) answers it, each other answer a part headed by its author
    (「aruzhan88的回答」), an answer's comments paragraphs after its text (a 「评论」 part of an answer with parts)."""
    subject = _text(soup.find("h1", attrs={"data-testid": "question_box_text"}))
    asked = soup.find(attrs={"data-testid": "question_box_text_extension"})
    answers = [(box, text) for box in soup.find_all(attrs={"data-testid": "answer_box"})
               if isinstance(text := box.find(attrs={"data-testid": "answer_box_text"}), Tag)]
    if not subject or not answers:
        return None
    answers.sort(key=lambda found: found[0].find(class_=_BRAINLY_VERIFIED) is None)     # the verified one first
    names = {name for card in soup.find_all(attrs={"data-testid": ("question_box_header_author", "answer_box_author")})
             if (name := _text(card))} | {name for card in soup.find_all(class_="brn-comment__author")
                                          if (name := _text(card))}
    return subject, _answered(soup, asked if isinstance(asked, Tag) else soup.new_tag("div"), [
        (text, _comment_lines(box, "li.brn-comment .brn-comment__text", names),
         _text(box.find(attrs={"data-testid": "answer_box_author"}))) for box, text in answers])


def _chiebukuro(soup: BeautifulSoup) -> Thread | None:
    """A Yahoo!知恵袋 (chiebukuro.yahoo.co.jp) question page, its components CSS modules named 「ClapLv…_Chie-…」: the
    Yahoo! JAPAN masthead, search box and breadcrumbs, then the question's card (Chie-QuestionItem: the asker's
    Chie-UserInfo card of name and 「さん」, the question in an <h1> of Chie-TextBlock__Text, its text a
    Chie-TextBlock__Text--preLine block typed with <br>s, the SubInfo line 「2025/4/9 21:13 閲覧数 1,204 回答数 4」 with
    「共感した」 and 違反報告), the ベストアンサー box (the answerer's card with 「カテゴリマスター」, the text, its date,
    ナイス！ and 違反報告, then 「質問者からのお礼コメント」, the asker's thanks and 「お礼日時：…」) and 「その他の回答（3件）」 over
    each other answer laid out alike; 関連する質問, the ranking, the ad and the footer around them. Read as a page,
    the cards' names and 「さん」 were text at the head of each post, the meta line a passage of its own, the
    asker's numbered sub-questions steps, the thanks glued to the best answer, and the other answers all titled
    「その他の回答（3件）」 and cut after the next answerer's card. As Yahoo Knowledge+'s: the question is the lead,
    the best (else the first) answer 「question（回复）」, each other answer 「name的回答」 (a hidden writer's the site's
    「非公開」); the cards, meta lines and the asker's thanks (it answers nothing) are no text. Other pages of the site
    (holdout221) name each card's parts after the card, not a TextBlock: the h1 a QuestionItem__Title inside the
    QuestionItem__Text that holds the question's paragraphs, each answer's text its BestAnswer__Text or
    AnswerItem__Text, each name a plain ClapLv2UserInfo__name; read as a page, the asker's date led the question,
    「解決済み 回答数：3」 ended it, 「ベストアンサー」 titled the badge, the date and the first paragraph, the thanks were a
    part titled by the question and the other answers one passage under 「その他の回答（2件）」. They are read alike,
    the h1 out of the question's text."""
    heading = soup.find("h1", class_=_CHIE_HEADING)
    subject = _text(heading)
    if not isinstance(heading, Tag) or not subject:
        return None
    question = heading.find_parent(class_=_CHIE_QUESTION) or heading.parent
    texts = [text for text in soup.find_all(class_=_CHIE_TEXT) if text.find_parent(class_=_CHIE_TEXT) is None]
    asked = [text for text in texts if question in text.parents]
    answers = [text for text in texts if question not in text.parents]
    if not answers:
        return None
    heading.decompose()     # the subject, inside the question's Text on pages whose cards name their parts
    posts = [_post(soup, *asked)]
    for k, text in enumerate(answers):
        post = _post(soup, text)
        name = _text(text.find_previous(class_=_CHIE_NAME)).removesuffix("さん").strip()     # 「名前さん」 on some cards
        if k and name:
            post[_BY] = f"{name}的回答"
        posts.append(post)
    return subject, posts


def _mumsnet(soup: BeautifulSoup) -> Thread | None:
    """A Mumsnet Talk thread: the OneTrust banner, the site header and nav, the breadcrumbs, then `main.thread-page`:
    `div.thread-header` (`h1.thread-title`, Watch thread / Share, 「7 replies」) over each post `div.post` (the first
    classed `op`): `div.post-header` (`span.nickname`, the 「OP」 `span.badge-op` on each of the poster's posts, the
    date), `div.post-body`, `div.post-footer` (Quote / Report / 「Thanks 9」); the reply form, the sidebar and the
    footer around them. Read as a page, the poster's headers stayed as text (「AlmatyMumOfTwo OP Sat 14-Nov-26 10:12」)
    and every other's went, so that the posts ran together into parts titled by the thread, a reply's lead-in left
    only as the title of its steps and the poster's last post glued to an answer above it (holdout218). The subject
    is the h1, the first post the lead, each reply a part headed by its writer (the poster's 「（楼主）」), as
    XenForo's."""
    main = soup.find("main", class_="thread-page")
    subject = _text(main.find("h1", class_="thread-title")) if isinstance(main, Tag) else ""
    if not subject:
        return None
    cards = [(card, body) for card in main.find_all("div", class_="post")
             if isinstance(body := card.find("div", class_="post-body"), Tag)]
    if not cards or "op" not in cards[0][0].get("class", ()):
        return None     # the first post is the thread's: without it, a later page of a thread
    return subject, _authored([(_post(soup, body), _text(card.select_one(".post-header .nickname")))
                               for card, body in cards])


# NodeSeek (nodeseek.com): a thread's posts `li.content-item` in `ul.comments` under div.nsk-post-wrapper, each post's
# text `article.post-content`; its own stylesheets and scripts under www.nodeseek.com/static/
_NODESEEK_MARKS = frozenset({"nsk-post-wrapper", "content-item", "post-content"})
_NODESEEK_ASSETS = re.compile(r"^https?://(?:www\.)?nodeseek\.com/static/")
_NODESEEK_QUOTED = re.compile(r"^\s*@(\S{1,30})\s")       # a quote's 「@BGP小能手 …」: whose post it quotes


@site_reader(_NODESEEK_MARKS, assets=_NODESEEK_ASSETS)
def _nodeseek(soup: BeautifulSoup) -> Thread | None:
    """A NodeSeek (nodeseek.com) thread as the browser saves it: div#nsk-head (logo, the categories 日常 / 技术 / …,
    search, 登录 / 注册), then div.nsk-post-wrapper: div.post-title (the h1 subject, a link, over the category and
    「浏览 3,412」「评论 6」), `ul.comments` of each post a `li.content-item` (the opening post 「#0」 first): its
    div.nsk-content-meta-info (avatar, a.author-name, the 「楼主」 span.is-poster, 「Lv 4」, the floor 「#2」, the
    time), the text `article.post-content` (the post's own h2s, tables and lists; a quote `blockquote` 「@name …」
    of the post it answers) and div.comment-menu (点赞 48 / 鸡腿 12 / 引用 / 回复 / 收藏); the pager, the login box
    「请 登录 后发表评论」, the right panel (user card, 热门帖子) and footer around them. Read as a page (holdout300)
    by the generic comment reader, every post was a comment: the h1 was lost (each fragment titled 「评论」), the
    opening post's h2s, table and <ol> flattened into one run cut at arbitrary sentences, and the replies that ask
    nothing glued to its tail, out of page order. The first post is the lead, its headings, table and steps kept;
    each reply a part headed by its writer (the poster's 「（楼主）」), a poster's reply to a reader's post that
    asks — the one it quotes 「@name」, or else the one just above it — headed by that question; the quote goes
    (the post it quotes is on the page already), as do the by-lines, floors, counters and buttons."""
    wrapper = soup.find("div", class_="nsk-post-wrapper")
    heading = wrapper.select_one("div.post-title h1") if isinstance(wrapper, Tag) else None
    subject = _text(heading)
    cards = [(card, text) for card in wrapper.select("ul.comments > li.content-item")
             if isinstance(text := card.find("article", class_="post-content"), Tag)] if subject else []
    if not cards:
        return None
    poster = _text(cards[0][0].select_one(".author-info .author-name"))
    asked: dict[str, str] = {}       # a reader -> what their last post not yet answered asks
    above = ""                       # the reader who wrote the post just above
    posts: list[tuple[Tag, str]] = []
    for k, (card, text) in enumerate(cards):
        writer = _text(card.select_one(".author-info .author-name"))
        quoted = ""
        for quote in text.find_all("blockquote"):
            named = _NODESEEK_QUOTED.match(quote.get_text(" "))
            quoted = quoted or (named.group(1) if named else "")
            quote.decompose()       # the post it quotes is on the page already
        question = asked.pop(quoted or above, "") if k and writer == poster else ""
        above = writer if k and writer != poster else ""
        if above and (asks := asking_line(text)):
            asked[writer] = asks
        posts.append((_post(soup, text, asked=question), writer))
    return subject, _authored_answers(posts)


# Google Groups' conversation view (its boq app's obfuscated class names, stable across its builds for years): a post's
# body 「ptW7te」, its writer 「s1f8Zd」, its quoted text's box 「gmail_quote」 (「- 显示引用文字 -」), its assets
_GOOGLE_GROUPS_MARKS = frozenset({"ptW7te", "s1f8Zd"})
_GOOGLE_GROUPS_ASSETS = re.compile(r"^https?://www\.gstatic\.com/_/mss/boq-groups/")


@site_reader(_GOOGLE_GROUPS_MARKS, assets=_GOOGLE_GROUPS_ASSETS)
def _google_groups(soup: BeautifulSoup) -> Thread | None:
    """A Google Groups (groups.google.com) conversation as the browser saves it: the gb_ header (logo, 「搜索对话」,
    登录), the group's nav, then `main`: the back link 「返回」, the h1 subject, the stats line 「5 个帖子 · 4 位作者 ·
    最后一个帖子：…」 and each post a `section[role=article]`: a header (avatar, the writer `span.s1f8Zd`, the date),
    the body `div.ptW7te` (a `div[dir=ltr]` typed with <br> lines, the quoted text folded behind 「- 显示引用文字 -」)
    and 回复作者 / 转发; the footer. Read as a page (holdout260), the back link and the stats were text, each post's
    writer and date were glued to the end of the post above it, the poster's follow-up question ran into the reply
    above it, apart from its answer, the opening post's 「1. 2. 3.」 were dropped and its 「谢谢！」 glued to the last
    case, and 「第一步，…」 lines were one passage. As Mumsnet's: the first post is the lead (its numbered cases kept),
    each reply a part headed by its writer (the poster's 「（楼主）」), a reply right after a later post of the
    poster's that asks headed by that question; dates, stats, quotes and buttons go."""
    subject = _text(soup.find("h1"))
    cards = [(card, body) for card in soup.find_all("section", attrs={"role": "article"})
             if isinstance(body := card.find("div", class_="ptW7te"), Tag)]
    if not subject or not cards:
        return None
    for _, body in cards:
        for quote in body.find_all(class_="gmail_quote"):
            quote.decompose()       # the post it quotes is on the page already
    return subject, _authored_answers(_poster_follow_ups(soup, [
        (body.find("div", attrs={"dir": True}, recursive=False) or body, _text(card.find(class_="s1f8Zd")))
        for card, body in cards]))


def _poster_follow_ups(soup: BeautifulSoup, texts: list[tuple[Tag, str]]) -> list[tuple[Tag, str]]:
    """Each (text, writer) of a flat conversation a post in page order, the one right after a later post of the
    thread's poster that asks headed by that question (`_ASKED`, for `_authored_answers`): on a mailing list's page
    the poster's follow-up is answered by the next message (Google Groups', Yahoo Groups')."""
    posts: list[tuple[Tag, str]] = []
    asked = ""
    for k, (text, writer) in enumerate(texts):
        posts.append((_post(soup, text, asked=asked), writer))
        asked = asking_line(posts[-1][0]) if k and writer == texts[0][1] else ""
    return posts


# Yahoo Groups' (neo) topic page: each message a `div.yg-msg` card whose text is `div.msg-content`, its writer
# `span.author-name` in the card's header; its stylesheets and scripts under s.yimg.com/ru/…/yg-neo-app
_YAHOO_GROUPS_MARKS = frozenset({"yg-msg", "msg-content"})
_YAHOO_GROUPS_ASSETS = re.compile(r"^https?://s\.yimg\.com/ru/[^\s\"']*/yg-neo-app\.(?:css|js)")


@site_reader(_YAHOO_GROUPS_MARKS, assets=_YAHOO_GROUPS_ASSETS)
def _yahoo_groups(soup: BeautifulSoup) -> Thread | None:
    """A Yahoo Groups (groups.yahoo.com/neo) topic as the browser saves it: the cookie banner, the Yahoo header
    (logo, Search Groups, Mail / My Groups / Sign in), the group's header (photo, name, 「Public Group · 1 284
    members」, Join Group) and nav (Conversations / Photos / Files / Members / About), the 「« Return to
    Conversations」 / Prev / Next Topic bar, the subject `h1.yg-conv-title`, 「4 Messages」, then each message a
    `div.yg-msg` card: a header (avatar, the writer `span.author-name`, the e-mail, the date `span.msg-date`), the
    text `div.msg-content` (a quote `blockquote.yg-quoted` 「— … wrote: …」) and Reply · Like (3) · More; the reply
    box, the right rail (Related Topics, an ad) and the footer. Read as a page (holdout273), every writer and the
    first date were dropped, the other dates were bare lines glued between the messages, so a reply's first
    paragraph ran into the message above it, the line after a reply's steps into the next messages, and the quote
    split a message in two. As Google Groups': the first message is the lead, each reply a part headed by its writer
    (the poster's 「（楼主）」), a reply right after a later message of the poster's that asks headed by that
    question; dates, counts, quotes and buttons go."""
    subject = _text(soup.find("h1", class_="yg-conv-title") or soup.find("h1"))
    cards = [(card, body) for card in soup.find_all("div", class_="yg-msg")
             if isinstance(body := card.find("div", class_="msg-content"), Tag)]
    if not subject or not cards:
        return None
    for _, body in cards:
        for quote in body.find_all(class_="yg-quoted"):
            quote.decompose()       # the message it quotes is on the page already
    return subject, _authored_answers(_poster_follow_ups(soup, [(body, _text(card.find(class_="author-name")))
                                                                for card, body in cards]))


# Groups.io's topic page (bootstrap markup): each message a `div.expanded-message` whose text is `div.user-content`,
# its writer the bold name over it; its stylesheets and scripts under groups.io/static/
_GROUPS_IO_MARKS = frozenset({"expanded-message", "user-content"})
_GROUPS_IO_ASSETS = re.compile(r"^https?://groups\.io/static/")
_GROUPS_IO_ADDRESS = re.compile(r"^\s*@\S{1,30}\s*$")        # a reply's 「@小麦种子」 line: whom it answers


@site_reader(_GROUPS_IO_MARKS, assets=_GROUPS_IO_ASSETS)
def _groups_io(soup: BeautifulSoup) -> Thread | None:
    """A Groups.io topic as the browser saves it: the cookie banner, the navbar (Log In / Sign Up), the group's sidebar
    (Home / Messages / Calendar / Files / Photos / Wiki, Members, Join Group), the topic toolbar, the subject
    `h3#topic-subject`, then a table of `div.expanded-message`s: the avatar, the writer (a bold name), the date
    「11/16/26」, the text `div.user-content` (a quote `div.quoted` 「> …」) and the footer 「#2231」 Like / Reply; the
    pager and the footer. Read as a page (holdout263), each writer and date was text, the messages after the first
    were glued into one passage with the quoted line, and a reply answering a message's numbered questions
    (「1. 停电再来电以后…？」「2. 能不能打电话控制？」) one by one in numbered paragraphs was taken for a procedure
    titled by the subject. As Google Groups': the first message is the lead, each reply a part headed by its writer
    (the poster's 「（楼主）」); a message's numbered questions stay in it, numbers kept, and a reply's numbered answers
    to them, as many as they are, are each a part headed by its question; quotes, dates and buttons go."""
    subject = _text(soup.select_one("#topic-subject .subject") or soup.find(id="topic-subject"))
    cards = [(card, body) for card in soup.find_all("div", class_="expanded-message")
             if isinstance(body := card.find("div", class_="user-content"), Tag)]
    if not subject or not cards:
        return None
    posts: list[tuple[Tag, str]] = []
    questions: list[str] = []       # the numbered questions of the message above, each up to its question mark
    for card, body in cards:
        for quote in body.find_all(class_="quoted"):
            quote.decompose()       # the message it quotes is on the page already
        writer = _text(card.select_one(".media-body .col-xs-8 b") or card.select_one(".media-body b"))
        numbered = _numbered_paragraphs(body)
        if questions and len(numbered) == len(questions):
            for line in body.find_all("p", recursive=False):
                if _GROUPS_IO_ADDRESS.match(line.get_text()) and line.find_next_sibling("p") is numbered[0]:
                    line.decompose()        # 「@小麦种子」: the questions it answers head its answers
            after = [node.extract() for node in numbered[-1].find_next_siblings()]
            before = soup.new_tag("div")
            before.extend([node.extract() for node in numbered[0].find_previous_siblings()][::-1])
            if before.get_text(strip=True):
                posts.append((_post(soup, before), writer))
            for question, answer in zip(questions, numbered):
                first = answer.find(string=True)
                if first is not None:
                    first.replace_with(_NUMBERED_OPENING.sub("", str(first), count=1))     # its number, not its markup
                posts.append((_post(soup, _held(soup, answer.extract()), asked=question), writer))
            rest = soup.new_tag("div")
            rest.extend(after)
            if rest.get_text(strip=True):
                posts.append((_post(soup, rest), writer))
            questions = []
            continue
        questions = [asked for line in numbered if (asked := _asked_in(line.get_text()))]
        if len(questions) != len(numbered):
            questions = []
        if questions:
            listed = soup.new_tag("ul")
            numbered[0].insert_before(listed)
            for line in numbered:
                item = soup.new_tag("li")
                item.extend(list(line.extract().contents))
                listed.append(item)
        posts.append((_post(soup, body), writer))
    return subject, _authored_answers(posts)


_NUMBERED_OPENING = re.compile(r"^\s*(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[）)]|[\u2460-\u2473])\s*")


def _numbered_paragraphs(body: Tag) -> list[Tag]:
    """A message's paragraphs numbered 1, 2, 3… one after another (two at least), or none."""
    run: list[Tag] = []
    for line in body.find_all("p", recursive=False):
        number = _NUMBERED.match(line.get_text())
        if number and _number(number) == len(run) + 1 and (not run or line.find_previous_sibling() is run[-1]):
            run.append(line)
        elif len(run) >= 2:
            break
        else:
            run = [line] if number and _number(number) == 1 else []
    return run if len(run) >= 2 else []


def _asked_in(line: str) -> str:
    """A numbered question's words without its number, up to its question mark (「停电再来电以后，继电器会恢复到停电前
    的状态吗？」 of 「1. 停电再来电以后，…吗？我怕风机半夜自己开了。」); "" where the line asks nothing."""
    said = _NUMBERED_OPENING.sub("", line, count=1).strip()
    asking = _ASKS.search(said)
    return said[:asking.end()].strip() if asking and asking.end() <= HEADING_MAX else ""


def _held(soup: BeautifulSoup, node: Tag) -> Tag:
    holder = soup.new_tag("div")
    holder.append(node)
    return holder


def _netmums(soup: BeautifulSoup) -> Thread | None:
    """A Netmums Coffeehouse thread: the OneTrust banner, the site's header and nav, ads, the breadcrumbs, then
    `div.thread-header` (`h1.thread-title`, 「6 replies · 1,204 views」, Reply / Watch thread) over `div.thread-posts`
    of `article.post` cards (the first classed `post--op`): `div.post__author` (avatar, `span.post__username`, the
    rank 「Super Poster」, 「Joined …」), the `div.post__date` 「Posted on 12/11/2026 at 09:14」, `div.post__body` — a
    quote a `blockquote.post__quote-block` with its `<cite>` 「name said:」 — and `div.post__actions` (Like (12) /
    Quote / Report); then 「Reply to this thread」, similar threads, the sidebar and the footer. Read as a page, each
    date line opened its post's part, the names went (the asker's closing summary was not marked as hers), every
    reply was a part titled by the thread, a quote's 「name said:」 glued to the reply, a post's last paragraph after
    its steps a part of its own and the reply box a part. As Mumsnet's (`_mumsnet`, the same kind of site): the first
    post is the lead, each reply a part headed by its writer (the asker's 「（楼主）」); a reply opening with a quote
    that asks is headed by that question, as XenForo's (`_quoted_question`); quotes, dates, ranks and counts go."""
    heading = soup.select_one("div.thread-header h1.thread-title")
    subject = _text(heading)
    cards = [(card, body) for card in soup.select("div.thread-posts article.post")
             if isinstance(body := card.find("div", class_="post__body"), Tag)]
    if not subject or not cards or "post--op" not in cards[0][0].get("class", ()):
        return None     # the first post is the thread's: without it, a later page of a thread
    posts = []
    for k, (card, body) in enumerate(cards):
        for cite in body.select("blockquote.post__quote-block > cite"):
            cite.decompose()        # 「name said:」: whose words, not what the reply answers
        question = _quoted_question(body, "post__quote-block", "") if k else ""
        for quote in body.find_all("blockquote", class_="post__quote-block"):
            quote.decompose()       # the post it quotes is on the page already
        posts.append((_post(soup, body, asked=question), _text(card.find(class_="post__username"))))
    return subject, _authored_answers(posts)


def _answers_com(soup: BeautifulSoup) -> Thread | None:
    """An Answers.com question page (a Next.js app, Tailwind's classes beside its own): the OneTrust banner, the
    header (logo, search, Study Guides / Leaderboard / Ask / Log in), the subject nav and the breadcrumbs, then
    `div.question-card` (the subject tag, `h1.question-title`, 「Asked by … · Updated: …」, the details
    `div.question-details`, Answer / Follow / Share), `section.answers-section`: the count heading 「3 個答案」 over
    each `div.answer-card` (the chosen one classed `best-answer` under its 「Best Answer」 badge `div.answer-badge`,
    `div.answer-author` 「name · Lvl 7 · 2w ago」, the text `div.answer-body`, 「👍 41」 / Copy / Report); then the
    「Add your answer:」 box (「Earn +20 pts」, the question again), related and trending questions, ads and the
    footer. Read as a page, the count heading titled the first answer, its badge its first line, the answerers' cards
    went, so the second answer ran on under the first's last heading, and the answer box was a part. As Zoho
    Community's (`_best_answered`): the question's details are the lead, the best answer answers it (「subject
    （回复）」), each other answer in the page's order a part headed by its writer; badges, levels, dates and counts
    go. The page's <title> ends 「 - Answers」: its class names are common words."""
    question = soup.find("div", class_="question-card")
    lead = question.find("div", class_="question-details") if isinstance(question, Tag) else None
    subject = _text(question.find("h1", class_="question-title")) if isinstance(question, Tag) else ""
    if not isinstance(lead, Tag) or not subject or not _ANSWERS_COM_SITE.search(_text(soup.title)):
        return None
    cards = [(card, text) for card in soup.select("section.answers-section div.answer-card")
             if isinstance(text := card.find("div", class_="answer-body"), Tag)]
    if not cards:
        return None
    best = _best_first(cards, "best-answer")
    answers = [(text, _text(card.select_one(".answer-author .author-name"))) for card, text in cards]
    return subject, _best_answered(soup, (lead, ""), answers, best)


def _okwave(soup: BeautifulSoup) -> Thread | None:
    """An OKWave / 教えて!goo (oshiete.goo.ne.jp) question page: the header (logo, search, マイページ / 質問する), the
    breadcrumbs, then `div.q_contents`: the 「解決済み」 status badge, the question's `h1.q_title`, the asker's line
    (name, date, 「閲覧数 612」), the question `div.q_text` (sub-questions numbered 「1.」「2.」 on <br>-separated lines),
    the asker's `div.q_hosoku` (an 「補足」 h3, the text, its date), tags and buttons (共感した, 回答する, share); then
    `div.a_list`: 「回答 (4件)」 over each answer `div.a_box` (the best one classed `best`, labelled 「ベストアンサー」: the
    answerer's line, the text `div.a_text` with its bold lines, ナイス / 通報する, the asker's 「お礼」 thanks); the
    answer form, 関連するQ&A, the ranking and the footer around them. Read as a page, the badge and the 補足's date
    were text, the count titled the best answer, the last bold line of each answer ran on into the thanks and the
    next answer (its steps titled by the other answer's line) and the answer form was a part (holdout218). As
    Yahoo!知恵袋's (`_chiebukuro`): the question and its 補足 are the lead, the best (else the first) answer
    「question（回复）」, each other answer 「name的回答」; the cards, dates, badges and the asker's thanks (it answers
    nothing) are no text."""
    question = soup.select_one("div.q_contents")
    heading = question.find("h1", class_="q_title") if isinstance(question, Tag) else None
    asked = question.find("div", class_="q_text") if isinstance(question, Tag) else None
    subject = _text(heading)
    if not subject or not isinstance(asked, Tag):
        return None
    answers = [(box, text) for box in soup.select("div.a_list div.a_box")
               if isinstance(text := box.find("div", class_="a_text"), Tag)]
    if not answers:
        return None
    answers.sort(key=lambda found: "best" not in found[0].get("class", ()))    # the best answer first
    added = question.find_all("div", class_="q_hosoku")
    for date in [date for more in added for date in more.find_all(class_="q_date")]:
        date.decompose()
    posts = [_post(soup, asked, *added)]
    for k, (box, text) in enumerate(answers):
        post = _post(soup, text)
        name = _text(box.select_one(".a_user .nickname"))
        if k and name:
            post[_BY] = f"{name}的回答"
        posts.append(post)
    return subject, posts


def _hupu(soup: BeautifulSoup) -> Thread | None:
    """A Hupu (虎扑) BBS thread (bbs.hupu.com, its Next.js page): the hp-pc-header (nav, search, 登录 / 注册), the
    download-app-bar (top and bottom), the bbs-post-web-crumbs, div.bbs-post-web-main-title of h1.post-title and its
    post-title-info 「17 亮 / 86 回复 / 2.4万 浏览」, the main floor div.post-wrapper (div.post-user: the name, 「楼主」,
    the time and 「发布于哈萨克斯坦」; the text in div.post-content's div.thread-content-detail; div.post-operate
    推荐 (64) / 回复 / 收藏 / 分享), then div.post-reply: a post-reply-list-wrapper 「这些回帖亮了」 of the highlighted
    replies and one 「全部回帖」, each reply a div.post-reply-list (data-floor) of its byline (name, time, 「3楼」),
    its text in div.post-reply-list-content (a quoted reply a div.reply-quote: 「引用 @X 发表的：」 over the quoted
    line) and 「亮了(412) 回复」; the pagination, the right column's hot list and QR card and the footer. Read as a
    page, the counter line titled the main floor, the bylines were glued text (「…2026-10-28 21:403楼」), the replies
    ran together under 「这些回帖亮了」 / 「全部回帖」 cut by size, and the counters stayed. The subject is the h1, the
    main floor the lead, each reply (a highlighted one read once, in its floor's order) a part headed by its writer
    (the poster's 「（楼主）」); a quote of a line the page reads elsewhere goes, any other keeps its text after its
    「@X 发表的：」."""
    subject = _text(soup.select_one(".bbs-post-web-main-title h1.post-title"))
    lead = soup.select_one("div.post-wrapper div.post-content div.thread-content-detail")
    if not subject or not isinstance(lead, Tag):
        return None
    replies: dict[int, Tag] = {}    # floor -> its reply card (a highlighted reply is listed twice)
    for card in soup.find_all("div", class_="post-reply-list", attrs={"data-floor": _HUPU_FLOOR}):
        if isinstance(card.find("div", class_="post-reply-list-content"), Tag):
            replies.setdefault(int(card["data-floor"]), card)
    cards = [card for _, card in sorted(replies.items())]
    texts = [card.find("div", class_="post-reply-list-content") for card in cards]
    texts = [text.find("div", class_="thread-content-detail") or text for text in texts]
    own = [_text(lead)] + [" ".join(_text(part) for part in text.find_all(recursive=False)
                                    if "reply-quote" not in part.get("class", ())) for text in texts]
    for k, text in enumerate(texts, 1):
        for quote in text.find_all("div", class_="reply-quote"):
            quoted = _text(quote.find(class_="reply-quote-content"))
            _quote_in_place(soup, quote, _HUPU_QUOTED.sub("", _text(quote.find(class_="reply-quote-header"))), quoted,
                            [soup.new_tag("p", string=quoted)], [read for j, read in enumerate(own) if j != k])
    poster = _text(soup.select_one("div.post-user .post-user-comp-info-top-name"))
    posts = [(_post(soup, lead), poster)]
    posts += [(_post(soup, text), _text(card.find(class_="post-reply-list-user-info-top-name")))
              for card, text in zip(cards, texts)]
    return subject, _authored(posts)


def _nga(soup: BeautifulSoup) -> Thread | None:
    """An NGA (bbs.nga.cn / ngabbs.com, 「NGA玩家社区」) read.php page: the #mainmenu bar (登录 / 注册 / 手机客户端),
    the #m_nav breadcrumb, the pager bars (回复 / 发帖 / page numbers), then in #m_posts one table.forumbox.postbox a
    floor: td.c1 the poster's span.posterinfo (a.author 「postauthorN」, the 「楼主」 badge, div.stat 「级别: 学徒 威望: 2
    发帖: 318 注册: …」), td.c2 the div.postInfo (「#N」, the date, 回复), the first floor's h3.postsubject, the text in
    span.postcontent.ubbcode 「postcontentN」 (plain text with <br>s, <b> runs, a quote a div.quote: 「[Reply]」 and
    「<b>Post by [X] (date):</b>」 over the quoted line) and div.postBtnPos (短消息, 「赞 46」); the footer and the
    scripts close it. Read as a page, the poster's cell (「楼主」, the stats, the date) was the first part and every
    reply ran behind the first post's Q&A joined by 「 / 」, stats and 「赞」 counters kept. The subject is the first
    floor's h3.postsubject (else the <title> without 「 NGA玩家社区」), the first floor the lead, each reply a part
    headed by its writer (the poster's 「（楼主）」); a quote of a line the page has already read goes (a reply's
    「Post by X」 header over it too), any other keeps its text under 「X：」."""
    texts = [text for text in soup.find_all("span", class_="postcontent", id=_NGA_TEXT)]
    if not texts:
        return None
    subject = _text(soup.find(class_="postsubject")) or _NGA_SITE.sub("", _text(soup.title))
    if not subject:
        return None
    read: list[str] = []        # each earlier floor's text, spaces gone: what a quote may repeat
    posts = []
    for text in texts:
        for quote in text.find_all("div", class_="quote"):
            _nga_quote(soup, quote, read)
        for header in [node for node in text.find_all("b", recursive=False) if _NGA_REPLY_TO.match(_text(node))]:
            _drop_line(header)      # 「Reply to [Reply] Post by [X] (date)」 over a reply that quotes nothing
        read.append("".join(text.get_text().split()))
        floor = text.find_parent("table", class_="forumbox")
        author = floor.find("a", class_="author") if isinstance(floor, Tag) else None
        posts.append((_post(soup, text), _text(author)))
    return subject, _authored(posts)


def _nga_quote(soup: BeautifulSoup, quote: Tag, read: list[str]) -> None:
    """An NGA quote in a floor's text: gone where what it quotes is already on the page, else its quoted line
    kept under 「X：」 (its 「[Reply]」 link and 「Post by [X] (date):」 header are no text)."""
    header = next((node for node in quote.find_all("b") if _NGA_POST_BY.search(_text(node))), None)
    said = _NGA_POST_BY.search(_text(header)) if isinstance(header, Tag) else None
    for link in quote.find_all("a", class_="block_txt"):
        link.decompose()
    if isinstance(header, Tag):
        _drop_line(header)
    for node in list(quote.children):       # the 「[」 「]」 the 「[Reply]」 link stood in
        if isinstance(node, NavigableString) and not node.strip("[] \n"):
            node.extract()
    quoted = "".join(quote.get_text().split())
    if not quoted:
        quote.decompose()
        return
    lines = soup.new_tag("div")
    lines.extend(list(quote.contents))
    _quote_in_place(soup, quote, said.group(1) + "：" if said is not None else "", quoted, [lines], read)


def _quote_in_place(soup: BeautifulSoup, quote: Tag, said: str, quoted: str, contents: list, read: list[str]) -> None:
    """A reply's quote of another post (Vanilla's, Hupu's, NGA's): gone where the page reads what it quotes
    (`quoted`, in one of the texts `read`), which stands in its own place; else a blockquote of who said it
    (「X said:」, when the page says) over what it quotes (`contents`)."""
    if quoted and any(quoted in earlier for earlier in read):
        quote.decompose()
        return
    block = soup.new_tag("blockquote")
    if said:
        block.append(soup.new_tag("p", string=said))
    block.extend(contents)
    quote.replace_with(block)


def _drop_line(node: Tag) -> None:
    """Take a line out of a post typed as plain text: the node and the line break after it."""
    following = node.next_sibling
    while isinstance(following, NavigableString) and not following.strip():
        following = following.next_sibling
    if isinstance(following, Tag) and following.name == "br":
        following.extract()
    node.decompose()


def _first_line(text: Tag) -> str:
    """A post's first line taken out of it to title the thread, where the site gives the post no subject
    (a plurk, a Threads post) and that line is one: short, over more text. Else nothing is taken."""
    lines = br_lines(text)
    first = line_text(lines[0]).strip() if lines else ""
    if not (len(lines) > 1 and len(first) <= HEADING_MAX and all(not isinstance(node, Tag) or node.name not in
                                                                 ("p", "div", "ul", "ol", "blockquote") for node in lines[0])):
        return ""
    for node in lines[0]:
        node.extract()
    return first


def _threads(soup: BeautifulSoup) -> Thread | None:
    """A Threads (threads.net) post page as the browser saves it: in div#barcelona-page-layout the left nav
    (首页 / 搜索 / 动态 / 主页 / 更多), then each post a [data-pressable-container] card (hashed class names
    only): the author's a[href="/@name"] and a <time> (「10/02/26」), the text as <span> lines between <br>s,
    and an action bar (role=group: 赞 / 回复 / 转发 counts); the replies the same cards (the poster's with
    「· 作者」), then 「登录或注册 Threads」 and the footer. Read as a page, the <title> 「Threads 上的 @name：“…” •
    Threads」 titled every fragment, each 「name date」 line and each count was text, the post's 【…】 part titles
    ran into the lines around them and the replies were cut by length, a question apart from its answer. As a
    plurk, the post's first line titles the thread (else the <title>'s quoted text), its 【…】 lines are its
    parts, and each reply is a part headed by its writer (the poster's 「（楼主）」) without its 「@name」 — or, where
    the 「@name」 answers that writer's reply that asked, by its question (`_ASKED`), so the answer is found with it."""
    layout = soup.find("div", id="barcelona-page-layout")
    cards = layout.find_all(attrs={"data-pressable-container": "true"}) if isinstance(layout, Tag) else []
    found = [(card, text) for card in cards if (text := _threads_text(card)) is not None]
    if not found:
        return None
    for _, text in found:
        for span in text.find_all("span"):
            span.unwrap()
    subject = _first_line(found[0][1])
    if not subject:
        quoted = _THREADS_TITLE.search(_text(soup.title))
        subject = quoted.group(1).strip() if quoted else ""
    if not subject:
        return None
    _bracket_titles(soup, found[0][1])
    posts, asked = [], {}
    for k, (card, text) in enumerate(found):
        writer = _text(card.find("a", href=_THREADS_PROFILE))
        lead = next((node for node in text.children if not isinstance(node, NavigableString) or str(node).strip()),
                    None)
        question = ""
        if k and isinstance(lead, NavigableString) and not isinstance(lead, Comment):
            named = _AT.match(str(lead))
            question = asked.pop(named.group(0).strip()[1:], "") if named else ""
            lead.replace_with(_AT.sub("", str(lead), count=1))
        if k:
            asked[writer] = asking_line(text)
        posts.append((_post(soup, text, asked=question), writer))
    return subject, _authored_answers(posts)


def _threads_text(card: Tag) -> Tag | None:
    """A Threads card's text: its <div> that is neither the author's line (with the <time>) nor the action bar."""
    return next((box for box in card.find_all("div", recursive=False)
                 if not box.get("role") and box.find("time") is None and box.get_text(strip=True)), None)


def _bracket_titles(soup: BeautifulSoup, holder: Tag) -> None:
    """A post typed as plain text, one line a paragraph, whose lines open with 【bracketed】 titles (two at least:
    「【怎么加入短信名单】<br>1. …」, 「【训练通知】每月第二个周日…」) names its parts so: each title a paragraph of its own
    in bold, over its line's text, as `_title_lines` makes a 【…】 line after a blank one (here no blank lines
    part them); glued to the line before or after, the parts ran into one another and into the last step."""
    lines = [line for line in br_lines(holder)
             if isinstance(line[0], NavigableString) and BRACKET_OPENS.match(str(line[0]))]
    if len(lines) < 2:
        return
    for line in lines:
        opening = BRACKET_OPENS.match(str(line[0]))
        title = soup.new_tag("p")
        title.append(soup.new_tag("b", string=opening.group(1).strip()))
        line[0].insert_before(title)
        rest = str(line[0])[opening.end():]
        if rest.strip():
            line[0].replace_with(rest)
        else:
            _drop_line(line[0])


def _5ch(soup: BeautifulSoup) -> Thread | None:
    """A 5ch (2ch) read.cgi thread: the top menu and navmenu (■掲示板に戻る■, 全部, 1-, 最新50), ads, h1.title, the
    stoplight 「このスレッドは過去ログ倉庫に格納されています」, then div.thread of div.post (id the post's number,
    data-userid), each a div.meta (number, the name 「名無しさん@お腹いっぱい。」, the date, 「ID:…」) and a
    div.message, plain text with <br>s whose a.reply_link anchors 「>>4」 name the post it answers; then
    「新着レスの表示」, the post form and the footer. Read as a page, the metas went and nothing parted the posts:
    they ran together, cut by length, every 「>>4」 a line pointing at nothing. The first post is the lead, each
    other a part of its own; its anchor lines go, and a reply whose first anchor names a post that asks is
    headed by that question (`_ASKED`: 「没有 Kaspi 的外国游客怎么买券？」), as a Zhidao follow-up's answer is —
    the posters are anonymous, so no name heads a reply."""
    heading = soup.find("h1", class_="title")
    thread = soup.find("div", class_="thread")
    subject = _text(heading)
    if not subject or not isinstance(thread, Tag):
        return None
    found = [(card, box.find("span", class_="escaped") or box) for card in thread.find_all("div", class_="post")
             if isinstance(box := card.find("div", class_="message"), Tag)]
    if not found:
        return None
    asks = {str(card.get("id", "")): asking_line(text) for card, text in found}
    posts = []
    for card, text in found:
        anchors = [link for link in text.find_all("a") if _5CH_ANCHOR.match(_text(link))]
        asked = asks.get(_5CH_ANCHOR.match(_text(anchors[0])).group(1), "") if anchors else ""
        for link in anchors:
            _drop_line(link)
        posts.append(_post(soup, text, asked=asked))
    return subject, posts


def asking_line(text: Tag) -> str:
    """A post's first line that asks, up to its question mark (「紧急情况呢？」): what heads the reply answering it.
    Where that is too long to title it, the sentence that asks alone (「我是在阿拉木图做生意的，…装的。请问到时候华为手机能用
    小组件吗？」 is 「请问到时候华为手机能用小组件吗？」): the reply answers that sentence, not the story before it.
    A sentence still too long that opens on a label before a colon (Workplace's 「Астана 店的问题：客人要求用借来的手机收
    Kaspi 或银行的验证码，可以吗？」) is the question after the label: the label says whose or which, not what is asked,
    and without this the reply was headed by its writer alone, apart from the question it answers.
    A question the post answers itself right after it (5ch's 「问一下：…？<br>答：…」, its answer labelled on the next
    line or after the question mark) is not what it asks of the thread: a reply to it adds to that answer (「补充：…」),
    and headed by that question it was taken for its answer, the post's own answer left out.
    Public: clean.py's Discuz! pass (`clean._discuz_posts`) heads the answer to a poster's follow-up by it, as the
    thread readers here do, so a Discuz! thread's follow-ups read as Zhidao's and the rest."""
    from indexer.parse import ANSWER_PREFIX      # (parse imports this module)
    lines = [line_text(line).strip() for line in br_lines(text)]
    for k, said in enumerate(lines):
        asking = _ASKS.search(said)
        if asking and (ANSWER_PREFIX.match(said[asking.end():]) or k + 1 < len(lines)
                       and ANSWER_PREFIX.match(lines[k + 1])):
            continue        # answered right after it, on its line or the next
        if asking:
            said = said[:asking.end()].strip()
            sentence = _SENTENCE_END.split(said)[-1].strip()
            if len(sentence) > HEADING_MAX:
                sentence = _LEAD_IN.split(sentence)[-1].strip()
            if len(said) <= HEADING_MAX or len(sentence) <= HEADING_MAX:
                return said if len(said) <= HEADING_MAX else sentence
    return ""


def _haodf(soup: BeautifulSoup) -> Thread | None:
    """A 好大夫在线 (haodf.com) consultation: the question's <h1> in div.bc-title (beside it the span.bc-time
    「2025-09-18 问诊」), then div.msg-block cards, each a .msg-hd header and its .msg-content: the patient's
    (.patient: 「患者：王先生（男，58岁） 病情描述」, later 「患者追问」) and the doctor's replies (.doctor: 「李建华 医生
    回复」), then the share bar (有用 36) and, in div.main-right, the doctor's card. Read as a page, the date and the
    headers were text of the question's part, so the first reply had no heading and the patient's follow-up ran
    into the last part of the reply before it; the card (who answered: title, hospital, department) was lost.
    Now the patient's first card is the thread's text and each later card a part headed by its own header (a reply
    whose text opens with headings of its own is titled by them, its header over nothing); the doctor's card closes
    the thread, headed by the doctor's name and title, its hospital and department under them. Its 擅长 line goes as
    Zhidao's answerer cards' does: the doctor's fields, not this consultation's (「擅长：…腹膜透析」 made a question
    about 腹膜透析 the page does not answer look answered), and so do its counts and the 向他问诊 button. A follow-up
    does not head the reply after it (as Zhidao's 追问 does): the reply is 问/答 pairs, and its heading over no text
    was lost."""
    title = soup.find("div", class_="bc-title")
    blocks = [block for block in soup.find_all("div", class_="msg-block")
              if isinstance(block.find(class_="msg-content"), Tag)]
    subject = _text(title.find("h1")) if isinstance(title, Tag) else ""
    if not subject or not blocks or "patient" not in blocks[0].get("class", []):
        return None
    posts = [_post(soup, blocks[0].find(class_="msg-content"))]
    for block in blocks[1:]:
        post = _post(soup, block.find(class_="msg-content"))
        header = _text(block.find(class_="msg-hd"))
        if header:
            post[_BY] = header
        posts.append(post)
    card = soup.find(class_="doctor-card")
    name = _text(card.find(class_="doc-name")) if isinstance(card, Tag) else ""
    if name:
        post = soup.new_tag("div")
        for line in card.find_all(class_="doc-hospital"):
            post.append(text_tag(soup, "p", _text(line)))
        post[_BY] = " ".join(filter(None, (name, _text(card.find(class_="doc-title")))))
        posts.append(post)
    return subject, posts


def _mantis(soup: BeautifulSoup) -> Thread | None:
    """A MantisBT (2.x) bug's view page (view.php): the ace skin's navbar, sidebar and breadcrumbs, then the widget
    「查看问题详情」 (跳至注释 / 跳至历史 / 打印) over a bordered table of the bug's fields — a header row of labels (ID,
    项目, 分类…) over a row of values, rows of th label / td value pairs (报告人, 分派给, 优先级, 状态…), then the
    text fields a th and a td.bug-summary, td.bug-description, td.bug-steps-to-reproduce and
    td.bug-additional-information (plain text, lines by <br>) —, the 「注释」 widget (#bugnotes) of tr.bugnote rows, each
    an author card (name, date, role, 「~0001307」) and the td.bugnote-note, the collapsed 「问题历史」 table and the
    footer. Read as a page, every part was titled by the widget's caption, the field table ran cell by cell into
    the first part, the field labels were lines of the text around them, each note was a part 「注释」 opening with
    its card, and the history was a part. The summary (without the bug's number, as GitHub's 「#214」) is the
    subject; the description the first post, then the steps to reproduce and the additional information each under
    its label; each note a reply headed by its author (the reporter's 「（楼主）」). The field values and the history
    are the tracker's record of the bug, no text."""
    summary = soup.find("td", class_="bug-summary")
    if not isinstance(summary, Tag):
        return None
    subject = _MANTIS_NUMBER.sub("", _text(summary))
    fields = [cell for name in _MANTIS_TEXTS if isinstance(cell := soup.find("td", class_=name), Tag)
              and cell.get_text(strip=True)]
    if not subject or not fields:
        return None
    labels = [_text(cell.find_previous_sibling("th")) for cell in fields]
    lead = _post(soup, *fields)
    for holder, cell, label in zip(lead.find_all("div", recursive=False), fields, labels):
        if "bug-description" not in cell.get("class", []) and label:
            holder.insert(0, soup.new_tag("h2", string=label))
    reporter = soup.find("td", class_="bug-reporter")
    posts = [(lead, _text(reporter))]
    for note in soup.find_all("tr", class_="bugnote"):
        text = note.find("td", class_="bugnote-note")
        card = note.find("td", class_="category")
        if isinstance(text, Tag):
            writer = card.find("a", href=_MANTIS_USER) if isinstance(card, Tag) else None
            posts.append((_post(soup, text), _text(writer)))
    return subject, _authored(posts)


def _fossil(soup: BeautifulSoup) -> Thread | None:
    """A Fossil (2.x) forum thread (/forumpost, /forumthread): the skin's header (logo, the project's name in an <h1>,
    the thread's title in span.page-title, Login), the mainmenu, the Chronological / Hierarchical / Unformatted
    submenu, then in div.forumHierRoot each post a div.forumTime (or forumHier, indented by a margin as it answers
    another): the first post opens with the thread's <h1>, each post has an h3.forumPostHdr 「(n) By X on date
    [in reply to n] [link] [source]」 over its div.forumPostBody (the Markdown rendered), then a Reply form; the footer
    「This page was generated in about 0.007s by Fossil 2.24」. Read as a page, the replies were lost whole and the
    first post was titled by its header, 「[link] [source]」 and all. The thread's <h1> is the subject, the first
    post its text, each reply a part headed by its author (the poster's 「（楼主）」), as SMF's."""
    bodies = soup.find_all("div", class_="forumPostBody")
    if not bodies:
        return None
    first = bodies[0].parent
    heading = first.find("h1") if isinstance(first, Tag) else None
    subject = _text(heading) or _text(soup.select_one(".header .page-title")) or _text(soup.title)
    if not subject:
        return None
    posts = []
    for body in bodies:
        header = body.find_previous_sibling("h3", class_="forumPostHdr")
        author = header.find("a", href=_FOSSIL_USER) if isinstance(header, Tag) else None
        posts.append((_post(soup, body), _FOSSIL_LOGIN.sub("", _text(author))))
    return subject, _authored(posts)


def _pantip(soup: BeautifulSoup) -> Thread | None:
    """A Pantip (pantip.com) topic: div.display-post-wrapper.main-post holds the h2.display-post-title, the post's
    div.display-post-story, its tags (a.tag-item), a status line (span.display-post-name, 「owner」 on the poster's,
    and span.display-post-timestamp 「12 ตุลาคม 2569 เวลา 21:14 น.」) and its actions (「ถูกใจ 15」, แชร์, แจ้งลบ); then
    each comment a display-post-wrapper.section-comment laid out alike under its 「ความคิดเห็นที่ 1」 number, its
    replies display-post-wrapper.sub-comment (「ความคิดเห็นที่ 1-1」) nested in it; under them the 「กรุณา เข้าสู่ระบบ
    เพื่อแสดงความคิดเห็น」 login prompt. Read as a page, the status line and the prompt were glued into the post, every
    comment opened with its number, lost its writer and had its paragraphs run together, and a comment with a list was
    read as a question whose answer was the reply under it. The topic's title is the subject, its story the first
    post, then each comment and each reply in page order a part headed by its writer (the poster's 「（楼主）」, which
    Pantip marks 「owner」), as XenForo's."""
    main = soup.find("div", class_="main-post")
    heading = main.find(class_="display-post-title") if isinstance(main, Tag) else None
    subject = _text(heading)
    if not subject:
        return None
    posts = []
    for card in [main, *soup.find_all("div", class_=("section-comment", "sub-comment"))]:
        story = card.find("div", class_="display-post-story")
        if isinstance(story, Tag) and story.find_parent("div", class_="display-post-wrapper") is card:
            name = next((found for found in card.find_all(class_="display-post-name")
                         if found.find_parent("div", class_="display-post-wrapper") is card), None)
            posts.append((_post(soup, story), _text(name)))
    return subject, _authored(posts)


def _nextdoor(soup: BeautifulSoup) -> Thread | None:
    """A Nextdoor post: article.post-container holds the post-byline (avatar, a.author-name, 「Алмагуль · 2 天前 · 一般」),
    the h2.post-subject, the post in div.post-body and its actions (点赞 24, 评论, 分享); under it
    section.comments-container, 「18 条评论」 over each div.comment (a.comment-author, a comment-meta 「Алмагуль · 2 天前」,
    「作者 · 2 天前」 on the poster's, div.comment-body, 点赞 / 回复), a reply a div.comment-reply drawn flat after the
    comment it belongs to, then 「查看更多评论」 and the composer. Read as a page, the comments ran together into
    passages of 「评论」 with no writer, a question the poster asked in a reply glued to the answer under it. The
    subject and the post are the lead, each comment in page order a part headed by its writer (the poster's
    「（楼主）」), as XenForo's; as Canny's, a reply under one that asks is headed by that question (`_ASKED`): laid out
    flat, a reply answers the comment just above it in its conversation."""
    card = soup.find("article", class_="post-container")
    heading = card.find("h2", class_="post-subject") if isinstance(card, Tag) else None
    lead = card.find("div", class_="post-body") if isinstance(card, Tag) else None
    subject = _text(heading)
    if not subject or not isinstance(lead, Tag):
        return None
    posts: list[tuple[Tag, str]] = [(_post(soup, lead), _text(card.select_one(".post-byline .author-name")))]
    comments = ((comment, text, "comment-reply" in comment.get("class", ()))
                for comment in soup.select(".comments-container div.comment")
                if isinstance(text := comment.find("div", class_="comment-body"), Tag))
    posts += _replies_asked(soup, comments, lambda comment: _text(comment.find(class_="comment-author")),
                            chained=True)
    return subject, _authored_answers(posts)


def _insided(soup: BeautifulSoup) -> Thread | None:
    """An inSided (Gainsight Customer Communities) question page: the header (menu, search, 提问 / 登录) and
    breadcrumb, div.qa-topic-header (the 「已回答」 label, h1.qa-topic-title, a qa-topic-meta of a.username,
    「Userlevel 2」 and the date), the question in div.qa-topic-first-post's div.post__content (like / quote / share /
    reply buttons under it), div.qa-best-answer — 「最佳答案 · name role」, the best answer's first lines copied, 「查看原帖」
    — then div.qa-replies: 「5 条回复」 over each div.post.qa-reply (a post__header of a.username, span.user-role
    「Tele2 团队」 or span.user-level, the best one's span.best-answer-label 「最佳答案」, a <time>; the text in
    div.post__content with h3 parts, tables and lists; the post-actions), the reply editor's 「登录后即可回复。」, the
    sidebar and footer. Read as a page (holdout226), the teaser box and the login prompt were glued to the question,
    every reply was a 「评论」 passage with its headings, table and lists run into one line, and the best answer was
    cut by length, its last part swallowing the next two replies. The question is the lead; as Khoros's, the best
    answer (moved first) answers it, each other reply a part headed by its writer; the teaser box goes (its text is
    the best answer's own)."""
    lead = soup.select_one("div.qa-topic-first-post div.post__content")
    subject = _text(soup.find("h1", class_="qa-topic-title"))
    if not isinstance(lead, Tag) or not subject:
        return None
    cards = [(card, text) for card in soup.select("div.qa-reply")
             if isinstance(text := card.find("div", class_="post__content"), Tag)]
    best = _best_first(cards, lambda card: card.find(class_="best-answer-label") is not None)
    return subject, _best_answered(soup, (lead, _text(soup.select_one(".qa-topic-meta .username"))),
                                   [(text, _text(card.select_one(".post__header .username"))) for card, text in cards],
                                   best)


def _higher_logic(soup: BeautifulSoup) -> Thread | None:
    """A Higher Logic (Connected Community) discussion thread (viewthread): the header, breadcrumb,
    h2.discussion-title and the thread's actions (回覆 / 關注討論 / 全部展開 | 全部收起), then each post a
    div.discussion-post (「MessageKey-…」): an author-info card (photo, an h5 name, p.member-title 「心臟科護士 · 義工」),
    a posted-date line of the post's number 「2.」, its own h3 title 「RE: subject」 and 「發佈於 01-11-2026 09:47」, the
    text in div.msg-body, the msg-actions bar 「回覆 | 推薦 (6) | 轉寄」 and, on a reply by e-mail, the
    div.original-message signature and 「原始訊息：」 block; right-column panels and 「Powered by Higher Logic」 close the
    page. Read as a page (holdout226), the first post's number was a fragment of its own, each next number, the
    action bars, the signature and the original message's headers were glued to the post before, each timestamp
    opened its post and the writers went. The first post is the lead, each reply a part headed by its writer (the
    poster's 「（楼主）」); as phpBB's, a reply its writer gave a subject of its own (not 「RE: …」) is headed by it."""
    subject = _text(soup.find(class_="discussion-title"))
    cards = [(card, text) for card in soup.find_all("div", class_="discussion-post")
             if isinstance(text := card.find("div", class_="msg-body"), Tag)]
    if not subject or not cards:
        return None
    thread = _authored([(_post(soup, text), _text(card.select_one(".author-info h5"))) for card, text in cards])
    _own_subjects(thread, [_text(card.select_one(".posted-date h3")) for card, _ in cards], subject)
    return subject, thread


def _phpwind(soup: BeautifulSoup) -> Thread | None:
    """A phpwind 9 thread (read.php): the header (logo, 论坛 / 版块 / 喜欢 / 话题 / 应用, search, 登录 / 注册), the
    bread_crumb and pager, then in div#J_read_main each floor a table.floor: td.floor_left's floor_info card (avatar,
    name, 「等级：版主」, 发帖 / 铜币 / 注册时间), td.floor_right's floor_top_tips (「楼主」「沙发」「#4」, 「发布于：…」,
    只看楼主, 浏览 · 回复), the first floor's h1#J_post_title, the text in div.editor_content (plain text with <br>s,
    <strong> lines, a quote a blockquote opened by span.quote_name 「引用 X 的帖子：」), floor_bottom's 支持 / 反对 /
    回复 / 引用 / 举报 and a signature; the login-to-reply box, sidebar and 「Powered by phpwind」 footer close the page.
    Read as a page (holdout226), the cards, floor lines and action lines were glued to the posts around them, and
    some floors were flattened into one 「 / 」-joined line. The first floor is the lead, each next a part headed by
    its writer (the poster's 「（楼主）」), as MyBB's; a quote's label is a line of its own over the quoted text."""
    subject = _text(soup.find(id="J_post_title"))
    cards = [(card, text) for card in soup.find_all("table", class_="floor")
             if isinstance(text := card.find("div", class_="editor_content"), Tag)]
    if not subject or not cards:
        return None
    posts = []
    for card, text in cards:
        for label in text.select("blockquote .quote_name"):
            label.name = "p"
            label.attrs = {}
        posts.append((_post(soup, text), _text(card.select_one(".floor_info .name"))))
    return subject, _authored(posts)


# public-inbox's thread page (/T/, the flat view): its search form's 「mirror」 link and its own stylesheets (「_/text/color/
# 216light.css」, relative to the inbox or under its address)
_PUBLIC_INBOX_MARKS = frozenset({"#mirror"})
_PUBLIC_INBOX_ASSETS = re.compile(r"^(?:https?://\S+?/|(?:\.\./)*)_/text/color/")
_PI_FROM = re.compile(r"^From:\s*(.+?)\s+@\s+\d{4}-\d{2}-\d{2}\b")     # 「From: Dmitry Orlov @ 2026-11-17  9:20 UTC (…)」
_PI_FOOTER = re.compile(r"^\^\s+reply\b|\[flat\|nested\]")             # 「^ reply	[flat|nested] 4+ messages in thread」
_PI_ITEM = re.compile(r"^([ \t]*)(?:\d{1,2}[.)、]|[-*•])[ \t]+\S")       # a numbered or bulleted line of a message
_PI_LINE_DONE = re.compile(r"[。！？!?：:；;]\s*$")                        # a line ending a sentence: the next is its own
_PI_MARKED = re.compile(r"^\s*(?:问|問|答|q|a)\s*[:：]", re.IGNORECASE)     # 「问：」 / 「答：」 open a line of their own


@site_reader(_PUBLIC_INBOX_MARKS, assets=_PUBLIC_INBOX_ASSETS)
def _public_inbox(soup: BeautifulSoup) -> Thread | None:
    """A public-inbox (mailing-list archive) thread page in its flat view (/T/) as the browser saves it: the search
    form (the list's name, the box, help / color / mirror / Atom feed), then each message a `<pre>` between rules: its
    「*」 anchor and bold subject (「Re: …」 on replies), the thread skeleton around it (「@ 2026-11-17  9:20 ` Dmitry
    Orlov」, 「2 siblings, 1 reply; 4+ messages in thread」), the 「From: X @ date UTC (permalink / raw)」 and
    「To: …; +Cc: …」 headers, a blank line, the mail typed as plain text (hard-wrapped lines, 「> 」 quotes under an
    「On …, X wrote:」 line, a 「-- 」 signature) and the 「^ reply [flat|nested] 4+ messages in thread」 links; then
    the 「Thread overview」 and the mirroring notice. Read as a page (holdout266), every message was a part titled by
    the thread's subject with all that chrome as its text, a reply's numbered steps stayed glued in one passage with
    the paragraphs around them, a mail was cut in two at a blank line (its last paragraph a part of its own with the
    signature and links), and the overview and notice were two passages. As Google Groups' (the same kind of page):
    the first mail is the lead, each reply a part headed by its writer (the poster's 「（楼主）」), a reply after a later
    mail of the poster's that asks headed by that question; the mail's own text only (`render_text.mail_body`: no
    quotes, attribution, signature or sign-off), its hard-wrapped lines joined, each paragraph a paragraph and each
    numbered line with the lines indented under it an item."""
    messages = [(pre, writer) for pre in soup.find_all("pre") if (writer := _pi_writer(pre.get_text()))]
    subject = _text(messages[0][0].find("b")) if messages else ""
    if not subject:
        return None
    posts: list[tuple[Tag, str]] = []
    asked, asking = "", []
    for k, (pre, writer) in enumerate(messages):
        text = _pi_mail(soup, pre.get_text(), writer)
        if _pi_answers(soup, text, asking, writer):
            asked = ""      # its answers are paired with the questions, each under its own
        posts.append((_post(soup, text, asked=asked), writer))
        poster = k and writer == messages[0][1]
        asked = asking_line(posts[-1][0]) if poster else ""
        asking = _pi_questions(posts[-1][0]) if poster else []
    return subject, _authored_answers(posts)


def _pi_questions(post: Tag) -> list[str]:
    """The poster's follow-up questions typed one a line 「问：…」 in a mail."""
    from indexer.parse import QUESTION_PREFIX      # (parse imports this module)
    return [said for holder in _holders(post) for line in br_lines(holder)
            if QUESTION_PREFIX.match(said := line_text(line).strip())]


def _pi_answers(soup: BeautifulSoup, text: Tag, questions: list[str], writer: str) -> bool:
    """A reply whose paragraphs open 「答：」 as many times as the poster's mail before it asked 「问：」 (two at least)
    answers those questions in their order: each question is set over its answer, a Q&A of the reply, where headed by
    the first question alone the reply was one answer to it, the second question's answer in it too. What the reply
    says after its last answer (「另外提醒一句：…」) is no more of that answer: it stands under its writer's heading
    again, as the reply's own text."""
    from indexer.parse import ANSWER_PREFIX
    blocks = text.find_all("p", recursive=False)
    answers = [block for block in blocks if ANSWER_PREFIX.match(block.get_text())]
    if len(questions) < 2 or len(answers) != len(questions):
        return False
    for question, answer in zip(questions, answers):
        answer.insert_before(soup.new_tag("p", string=question))
    after = blocks.index(answers[-1]) + 1
    if after < len(blocks) and writer:
        blocks[after].insert_before(writer_heading(soup, writer))
    return True


def _pi_writer(text: str) -> str:
    """Who wrote a public-inbox message (its 「From:」 line's name); "" for a `<pre>` that is no message."""
    return next((found.group(1) for line in text.split("\n") if (found := _PI_FROM.match(line))), "")


def _pi_mail(soup: BeautifulSoup, text: str, writer: str) -> Tag:
    """A public-inbox message's own text (its `<pre>`'s text) as a `<div>` of paragraphs, lines broken where the writer
    started a new one: not where the mail's width wrapped them."""
    lines = text.split("\n")
    start = next((k for k, line in enumerate(lines) if _PI_FROM.match(line)), 0)
    start = next((k + 1 for k in range(start, len(lines)) if not lines[k].strip()), len(lines))
    end = next((k for k in range(len(lines) - 1, start - 1, -1) if _PI_FOOTER.search(lines[k])), len(lines))
    own = [line for line in lines[start:end] if not quote_line(line) and not is_attribution(line.strip())]
    holder = soup.new_tag("div")
    paragraphs = [lines for paragraph in re.split(r"\n[ \t]*\n", mail_body(own))
                  if (lines := _pi_lines([line.rstrip() for line in paragraph.split("\n") if line.strip()]))]
    titled = False
    for k, lines in enumerate(paragraphs):
        title = _pi_procedure_title(lines, paragraphs[k + 1] if k + 1 < len(paragraphs) else [])
        if titled and not _PI_ITEM.match(lines[0]) and writer:
            holder.append(writer_heading(soup, writer))     # the mail goes on after its steps: no more of them
            titled = False
        if title:
            titled = True
            holder.append(soup.new_tag("h3", string=title[0]))     # under the reply's heading (its writer's h2)
            lines = [title[1]] if title[1] else []
        block = soup.new_tag("p")
        for n, line in enumerate(lines):
            if n:
                block.append(soup.new_tag("br"))
            block.append(line)
        if lines:
            holder.append(block)
    return holder


def _pi_procedure_title(lines: list[str], after: list[str]) -> tuple[str, str] | None:
    """A mail's line over its numbered lines that names them a procedure (「换成 stick（串口）模式的步骤，我在 Raspberry Pi
    OS bookworm 上试过：」 over 「1. …」…「5. …」) is their title, a heading of the mail's own (as a Stack Exchange
    answer's, `_nest_headings`): the steps were titled by the mail's writer alone, nothing saying what they do. The title is the line, or where that is too long
    to title them, its clause naming the procedure, the rest of the line a line under it; None for another line.
    What the mail says after the steps stands under its writer's heading again (`_pi_mail`), as after a reply's
    answers (`_pi_answers`)."""
    line = lines[0] if len(lines) == 1 else ""
    if not line.endswith(("：", ":")) or not after or not re.match(r"1[.)、]\s", after[0]) \
            or not PROCEDURE_TITLE.search(line) or _ASKS.search(line):
        return None
    said = line.rstrip("：:").strip()
    if len(said) <= HEADING_MAX:
        return said, ""
    clauses = re.split(r"(?<=[，,])", said)
    named = next((k for k, clause in enumerate(clauses) if PROCEDURE_TITLE.search(clause)), None)
    if named is None or len(title := clauses[named].rstrip("，,").strip()) > HEADING_MAX:
        return None
    return title, "".join(clauses[:named] + clauses[named + 1:]).strip("，, ") + line[-1]


def _spaced(before: str, after: str) -> bool:
    """Whether a wrapped line joins the one before it with a space: where Latin text (a word, a figure, a path's
    「/」, a quote mark) meets the other line's text, not at a full-width mark (「，」「。」), which is set without
    spaces: 「规则写进」 over 「/etc/usb_modeswitch.d/…」 glued was one word to the analyzer."""
    marks = [char for char in (before, after) if char and not char.isascii() and unicodedata.category(char)[0] == "P"]
    return not marks and any(char.isascii() and not char.isspace() for char in (before, after))


def _pi_lines(rows: list[str]) -> list[str]:
    """A paragraph's lines as the writer broke them: a line goes on the one before it where that one ends mid-sentence
    and this one opens no item, no 「问：」/「答：」 and no indented (code) line, or where it is indented under an item."""
    lines: list[str] = []
    item_indent: int | None = None
    code = False            # the line before was typed indented, outside an item: a line of code or a log
    for row in rows:
        indent = len(row) - len(row.lstrip())
        opens = _PI_ITEM.match(row)
        under_item = item_indent is not None and indent > item_indent and not opens
        wrapped = (lines and not opens and not _PI_MARKED.match(row) and indent == 0 and item_indent is None
                   and not _PI_LINE_DONE.search(lines[-1]) and not code)
        if under_item or wrapped:
            joint = " " if _spaced(lines[-1].rstrip()[-1:], row.lstrip()[:1]) else ""
            lines[-1] = lines[-1].rstrip() + joint + row.strip()
            continue
        item_indent = len(opens.group(1)) if opens else None
        code = not opens and indent > 0
        lines.append(row.strip())
    return lines


# Each reader with the mark (html_text.page_marks) its site's every thread page has: the class,
# `#id` or `@attribute` its own search starts from.
_READERS: tuple[tuple[Callable[[BeautifulSoup], Thread | None], str | re.Pattern[str]], ...] = (
    (_douban, "topic-doc"), (_tieba, "#j_p_postlist"), (_lihkg, "@data-post-id"), (_old_reddit, "commentarea"),
    (_zhidao, "@accuse"), (_xenforo, "p-title-value"), (_zhihu, "QuestionHeader-title"),
    (_github_discussion, _GH_ITEM), (_github, "gh-header-title"),
    (_hkgolden, "hkg-thread-title"), (_mobile01, "l-heading"), (_apple_community, "thread-question"),
    (_v2ex, "#Main"), (_bahamut, "c-post__header__title"), (_stack_exchange, "#question-header"),
    (_vbulletin, "postcontainer"), (_new_reddit, "@post-title"), (_nodebb, "@data-pid"), (_flarum, "CommentPost"), (_discourse, "topic-post"),
    (_nga, "#m_posts"),
    (_yahoo_answers, "#ya-question-detail"), (_moodle, _MOODLE_POST), (_smf, "#forumposts"), (_mybb, "#posts_container"),
    (_plurk, "#permanent-plurk"), (_bbpress, "#bbpress-forums"), (_invision, "cPost_contentWrap"), (_ipb2, "postcolor"),
    (_lemmy, "comment-node"), (_kbin, "entry-comments"), (_coursera, "rc-QuestionDetail"), (_hacker_news, "#hnmain"), (_slashdot, "#commentlisting"), (_phpbb, "#phpbb"), (_vanilla, "ItemDiscussion"), (_kaskus, "htmlContentRenderer"),
    (_quora, "spacing_log_answer_content"), (_hupu, "bbs-post-web-main-title"), (_yandex_q, _YANDEX_Q_MARK),
    (_naver_kin, _KIN_MARK), (_otvet_mail_ru, _OTVET_MARK), (_habr_qna, "answer_wrapper"),
    (_chiebukuro, _CHIE_MARK), (_brainly, _BRAINLY_MARK), (_okwave, "#okw_contents"), (_mumsnet, "badge-op"),
    (_netmums, "post--op"), (_nodeseek, "nsk-post-wrapper"), (_google_groups, "ptW7te"), (_groups_io, "expanded-message"), (_yahoo_groups, "yg-msg"), (_answers_com, "answer-card"),
    (_zoho_community, "zc-topic-title"), (_khoros, "lia-message-body-content"), (_ms_community, "ThreadTitle"), (_ms_qna, "answers-list"),
    (_xiaomi_community, "post-detail"), (_oneplus_community, _POST_FIRST), (_canny, "postTitle"), (_upvoty, "upvoty-post-detail"), (_uservoice, "uvIdeaTitle"), (_threads, "#barcelona-page-layout"), (_5ch, "@data-userid"),
    (_tianya, "atl-item"), (_udemy, _UDEMY_MARK), (_fossil, "forumPostHdr"),
    (_mantis, "bug-summary"), (_haodf, "bc-title"), (_pantip, "display-post-title"),
    (_nextdoor, "post-subject"), (_viva_engage, "yj-thread-starter"),
    (_workplace, "UFIComment"), (_circle, "post__comments"),
    (_mighty_networks, "mighty-app"), (_skool, _SKOOL_TITLE), (_bettermode, "@data-testid"), (_chatter, "cuf-questionPost"),
    (_insided, "qa-topic-title"), (_higher_logic, "discussion-title"), (_phpwind, "#J_read_main"),
    (_public_inbox, "#mirror"),
)
