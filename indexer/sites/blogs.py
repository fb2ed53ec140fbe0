"""Read a blog engine's post page — Blogger's, Matters', WordPress's, Forem's, Typecho's, Substack's,
Weebly's, Halo's, Tumblr's, OSChina's, Xuite's and a Douban note's, and a LinkedIn article's — with its comments, as its
reader sees it; and an XWiki page's and a Baidu Jingyan article's and Staticman's comments on a Jekyll post, read as a post's,
and a Toutiao (今日头条) article's, a Xiaohongshu (小红书) note's, a Weibo (微博) post's, a Jianshu (简书)
article's, a Bilibili (哔哩哔哩) opus's, a Tistory post's, a LiveJournal entry's, a Naver Blog post's, a Pikabu story's, a Velog post's, an OK.ru topic's, a Brunch article's, a Nate Pann talk's, an Egloos post's, a QQ空间 日志's, a Mafengwo 游记's, a Hashnode post's and JComments' on a Joomla
article too.

Pure: no I/O. A blog engine draws a post, then its readers' comments under it: each a card of
the commenter's face, name, date and buttons (回覆, 刪除, 讚) around the comment's text, the post's
author marked among them (Blogger's 「blog-author」, Matters' 「作者」 badge). Read as a page, the
comment list went as chrome by its class words (「comments」), and with it what the comments
said: the author's answers to readers' questions (「Activ 係 Kcell 嘅副品牌，門市同熱線都係共用」,
「合約是電子的…在 My Activ 的「Документы」裡可以下載」) and readers' reports (「上年獨立日去咗 Mega
嗰間 Tele2 補卡，真係做到」) — three blind writers in a row flagged the loss.

So a blog engine's own comment list, found by its engine's markup and nowhere else, is kept as
the post's last part, 「评论」, as PTT's pushes are (`bbs.pushes_html`) and as Stack Exchange's
comments are (`threads._se_post`): each comment one paragraph of its text only (no name, date,
avatar, reply or delete button, no 「@name」 it opens with), and a reader's comment that asks,
answered by the post's author in the comment after it, a question with its answer (PTT's way
of reading a push answered by the writer). The comments are the post's last part, not its last
part's text: they come after the writer's closing words. The engines below are read each by its
mark (`html_text.page_marks`) and then its own markup; a comment list on any other page is read by
its shape, after these readers (`indexer.comments`).

Blogger: the page its `<meta name="generator" content="blogger">` marks, with one
`div.post-body`; its comments either the classic list (`dl#comments-block`: `dt.comment-author`,
「說…」, `dd.comment-body`, `dd.comment-footer` with the time and 刪除) or the threaded one
(`.comment-thread li.comment`: `cite.user`, `.comment-content`, `.comment-replies`). The post's
`h3.post-title` titles it (the `<title>` is 「Blog: Post」, its colon not set apart by spaces as a
site's bar is) and the `h2.date-header` over it (「2026年3月18日星期三」) is a date, no heading of
the post's parts. Matters (matters.town): the page its `og:site_name` names, the text in
`div.u-content`, the comments in `#comments` as `li` cards (class `styles_comment__…`, built by
CSS modules) whose `styles_commentContent__…` holds the text, replies nested in them.

WordPress (holdout45's Twenty Twenty-Four post, holdout10's GeneratePress one): the page its own
markup marks — the generator meta 「WordPress」, a `wp-block-…` class, a `/wp-content/` or
`/wp-includes/` address — with one post text (`.wp-block-post-content`, else `.entry-content`); its
comments the classic theme's `ol.comment-list` (`li.comment` cards: `.comment-author .fn`, the text in
`.comment-content` with its 「回复」 link) or the block theme's `ol.wp-block-comment-template`
(`.wp-block-comment-author-name`, `.wp-block-comment-content`), replies in `ol.children` under the
card they answer, the post's author's cards marked `bypostauthor` (「Tele2 只要 6 个月内的翻译件」,
「哈萨克斯坦身份证…3 个工作日内自动更新」 were lost with the list).

Forem (DEV Community, holdout47): the page its own markup marks — one post text
`div.crayons-article__body`, the comments in `#comment-trees-container` as `div.single-comment-node`
cards (`.comment__header` with the name, `.comment__body` the text; Like and Reply in the
`.comment__footer` outside it), each reply in a `details.comment-wrapper` nested in the one of
the comment it answers, so the page's order is the reading order. The post's author is marked
by the 「Author」 badge (`.spec-op-author`) and by the card's `data-comment-author-id` equal to
its `data-content-user-id` (the post's writer): 「Activ 是 Kcell 旗下的品牌，用的是同一张免流名单」,
「预约本身是免流的…只有页面下面那张地图要扣流量」, 「不免。免流只在哈萨克斯坦境内有效」 were lost
with 「Top comments (8)」.

Z-BlogPHP (holdout227): its generator meta, one `div.post.single`; the footer line `h6.post-footer`, the post links
`div.post-nav` and the comment form go, each `ul.msg` comment (`span.commentname`, `li.msgarticle`) a comment, a reply
nested in it set under it, the footer's 「作者:」 name's answering it (`_zblog`). Chegg Study (holdout227): its chegg.com
scripts; the 「Question:」 label goes, its `section.comments-section` (one comment, which the cleaner dropped) the last
part, each card's paragraphs as typed (`_chegg`).

Typecho (holdout39), Substack (holdout24) and Weebly (holdout19), each found by its own mark: Typecho's
generator meta, `ol.comment-list` of `li.comment-body` cards (the default theme prints the text bare
between `.comment-author`, `.comment-meta` and `.comment-reply`; replies in `.comment-children`), the
author's cards marked `comment-by-author`; Substack's assets from substackcdn.com, `.comments-page`
of `div.comment` cards (`.commenter-name`, `.comment-body`), the author marked by the 「Author」 badge
or a name linking to the byline's profile; Weebly's `wsite-…` markup, `#commentArea` of
`div.blogCommentWrap` cards (`.blogCommentAuthor`, `.blogCommentText`). Weebly marks no comment as
the author's, so its comments are all remarks, a reply after the question it answers (a name alone
is not guessed to be the writer's): 「請問 7 天打對折是工作天還是日曆天？」 and 「日曆天喔…」 were lost
with 「3 則留言」, as Typecho's 「外呼多被封的，Beeline 要公司盖章的说明信」 and Substack's 「Beeline
一定要等 01:00 以后」 were.

Halo 2.x (holdout49, the Joe 3.0 theme): the page its generator meta 「Halo 2.…」 marks, its comments in
the box Halo's `<halo:comment>` tag writes (`div#comment-content-halo-run-Post-<post>`, or `-SinglePage-`
for a page) as `.comment-item` cards (`.comment-item__author`, `.comment-item__content`; the upvote and
「回复」 buttons in `.comment-item__actions`), each reply a card in the `.comment-replies` of the comment
it answers, so the page's order is the reading order. The post's author is marked by the widget's
badge beside the name (`.comment-item__badge`: 「博主」, 「作者」), not by the name; a reply opens with
「回复 @name：」, which goes as 「@name」 does. The post text is Joe's `div#post-inner` in its
`article.joe_detail__article`, else the one `[itemprop=articleBody]`. The Tele2 seven-years route to Gold and Astana's lounge only in the
international terminal, the author's answers, were lost with 「共 14 条评论」. (Halo's own widget draws its
cards in a shadow root, which a page saved as HTML does not hold: such a box is empty and stays so.)

Tumblr (holdout52): the page its assets from tumblr.com (or the 「tumblr_controls」 frame) mark, the
post's notes `ol.notes` (Tumblr's `{PostNotes}`, on a post's own page only) of `li.note` cards. Read as
a page, each note (「… liked this」, 「… reblogged this from …」, 「… posted this」) was a step of a
procedure 「12 notes」, whose passage was 「Show more notes」, and the one note with words, a reblog's
「補充：Beeline 的申根方案…也過了」, was lost. A note without words is a like or a reblog, no text; the
words a reblog adds (its <blockquote>) are a comment, the writer's own (the blog of Tumblr's
`original_post` note) the author's; the comments take the notes' box's place, its count and 「Show
more notes」 going with it.

OSChina (开源中国, holdout52): the page its assets from static.oschina.net mark, one `#articleContent`,
its `div.comment-box#comments` of Semantic UI's `div.comment` cards (`a.author`, `.text`, replies in
the `.comments` of the card they answer), the post's author marked by the label beside the name
(「作者」): the author's 「РВП 一样能改，流程相同…」 answering a reader was lost with 「评论 (3)」.

XWiki (holdout52, 15.10 with the Flamingo skin): a wiki page, not a post, but its Comments tab holds readers'
comments as a blog's list does (「mnp.kz 在国内开 VPN 也打不开」, a terminal's refund taking 12 days), lost with the
tab. Its text is `div#xwikicontent`, its comments `div.xwikicomment` cards (`.commentauthor`, `.commentcontent`) in
`#_comments`; the page's creator, whose 「Created by」 line links to their user page, is its author (`_xwiki`).

Douban notes (豆瓣日记, holdout54): the page its `og:site_name` 「豆瓣」 marks, one `div.note-container`, the text in
`#link-report > div.note`, its 回应 list `div#comments.comment-list` of `div.comment-item` cards (`.author`'s name
link, time and place, the text in `<p>`, 举报 / 回应 in `.op-lnks`); the note's author is the commenter whose name
links to the page the author line (`a.note-author`) links to, and a reply's 「回应 name：」 goes as 「@name」 does.
The author line under the title (name, time, 「发布于 哈萨克斯坦」) goes whole: its name went as chrome, its time
and place stayed as the first line of the introduction. A reader's tip (Kaspi's card and QR transfers unaffected
by turning transfers by number off, Halyk's new 「Скрывать имя…」 switch) was lost with the list.

Xuite (隨意窩, holdout54): the page its assets from xuite.net mark, one `div.blogbody` holding `#content_all`. Its
`h3.title` is the post's title (the banner's `h1.blogname` and `.blogdesc`, the blog's name and motto, were a part
of their own titling the article); the `.title-info` date line, the `.posted` bar (引用 ｜ 回應 ｜ 推薦 ｜ 人氣 ｜
列印) and 上一篇 / 下一篇 go. Its editor types lines with `<br>` in a few `<p>`s: each line is a paragraph of its own,
so a line all in bold (「■ 電話卡去哪裡買、怎麼用」, its drawn 「■」 gone) heads the lines under it and a run of
「1. 」 lines is a procedure whose next line is the text after it, not its last step's. Its 回應 `div#comment` of
`div.comment` cards (`.comment-name`, `.comment-content`) holds the owner's answer in the card it answers
(`.blogger-reply`'s 「版主回應」 `.reply-content`, its time closing it); a private comment (「悄悄話」, 「此回應只有版主
看得到」) says nothing. A reader's 「請問…機場的公共電話也是免費打市話嗎？」 answered by the owner was lost with it.

LinkedIn articles (Pulse, holdout55, the page a guest sees): the text in `div.article-main__content`'s
`div.reader-article-content`, the comments `section.comment` cards in the article's `section.comments`
(`.comment__author`, its headline and 「5mo」 in `.comment__header`, the text in `.comment__text`, Like / Reply /
「12 Reactions」 in `.comment__actions`); the post's author is the name on the author card over the text
(`.publisher-author-card .base-main-card__title`). A school's teacher's 「监考老师自己的手机…请打学校座机」 and an
engineer's 「private individuals are not allowed to buy or use jammers」 were lost with 「3 Comments」.

Baidu Jingyan (百度经验, holdout56): an article, not a post, whose readers' 有得 (`div.wgt-comment`'s
`li.comment-item` cards) went as chrome; on its page the END under a part's list closes that part only,
and the info line under the title and the statement under the text are no text (`_jingyan`).

Staticman (holdout56's Jekyll post, Minima): the comments a site's Staticman commits to its repository,
rendered into the page as `article.js-comment` cards, were lost as chrome; they are read as a post's
comments, the author known by the badge beside the name or by the post's byline (`_staticman`).

Toutiao (今日头条, holdout59): an article page, its text one `article.syl-article-base` whose parts are `<h1>`s, its
comments the `li.comment-item` cards of `div.ttp-comment-wrapper`, each with the author's replies in its
`ul.reply-list` (`li.reply-item`, the 「作者」 tag `span.author-tag`): the apostille for an ex abroad, Beeline refusing
a power of attorney, the child's watch SIM were lost with 「评论 47」. The comments part goes inside the `<article>`,
the page's text, at the level of its parts (`_toutiao`). Xiaohongshu (小红书, holdout59; holdout29's note too): a note
page, its text the one `#detail-desc` of its `div.note-container`, its comments the `div.comment-item` cards of
`.comments-container`, replies `comment-item-sub` cards with the 「作者」 tag (`span.tag`); 「编辑于 11-06 阿拉木图」,
the engage bar's 「说点什么...」 and the ICP footer are no text (`_xiaohongshu`). Weibo (微博, holdout61): a post's own page,
its text one `div.detail_wbtext_…` typed as `<br>` lines, each set apart so that its 【…】 lines head parts, its
comments `div.wbpro-list` cards with the author's replies (the 「作者」 tag) in their `div.list2`; the hashtags, 「收起」,
the counts, 「按热度 / 按时间」 and 「查看更多评论」 are no text (`_weibo`). Jianshu (简书, holdout63): an article page its
jianshu.io assets mark, its comments in `section#note-page-comment`, each the block of its 「1楼」 line, the author's
replies marked 「作者」 (`_jianshu`). Bilibili (哔哩哔哩, holdout64): an opus / 专栏 page, its text the one
`div.opus-module-content`, its comments the `div.reply-list` of the comment module (root replies and their
sub-replies), the uploader's marked 「UP」; the topic tags and the counters under the text are no text (`_bilibili_opus`).
Tistory (holdout71): a post page its CDN's assets mark, its text the one `div.tt_article_useless_p_margin`, its
comments `li.tt-item-reply` cards of `div.tt-area-reply`, replies nested in the comment they answer, the owner's
classed `rp_admin` or named by the blog's `nickName`; the category over the title (the script's `categoryLabel`)
and the `div.another_category` box of other posts are no text (`_tistory`).
Teachable (holdout70): a
lecture page of the course player its teachablecdn.com assets mark, its title `h2#lecture_heading` and its text
attachments taking the body's place (the sidebar, the nav, the file attachments and 「Powered by Teachable」 go, a
`div.lecture-callout` set apart by a rule), its comments read by thread: a student's comment the instructor (the
「Author」 badge) answers in its first reply a Q&A, asked or not (`_teachable`, `_threads_html`).
Stepik (holdout114): a lesson step's page its stepik.org/static assets mark, its text the one
`article.step-text > div.html-content`; its discussion's `div.comment-widget`s threads with the replies in their
`.comment-widget__replies`, a student's comment the teacher (badge 「Преподаватель」) answers first a Q&A (`_stepik`).
Open edX (holdout128): a courseware unit's discussion xblock (`div.xblock-student_view-discussion`) is replaced by
the part 「评论」, each `article.discussion-post` then its `.response`s, the post's writer's or a badged member's
response answering the question above it (`_open_edx`).
Steam Community (holdout174): a guide's app hub header (its app name and tabs) goes, its `div.workshopItemTitle`
is the `<h1>` and its `div.subSectionTitle`s `<h2>`s, its `div.commentthread_comment`s the part 「评论」, the guide's
author's comment addressing the one before it answering that one (`_steam_guide`).
Khan Academy (holdout135): an article lesson's page its cdn.kastatic.org assets mark, its text the one
`article.framework-perseus`; its discussion (`section.discussion`), lost with the frame, is the article's last part
「评论」, each `div.discussion-item.question` answered by the first answer in its `div.answers` (`_khan_academy`).
Busuu (holdout153): a writing exercise's answer page (`main.community-exercise`) is titled by the task's h1, its
label and hint the first part's text over the learner's answer, the native speakers' corrections its comments, each
「original → correction」 with the corrector's note and the replies under it, the learner's the author's (`_busuu`).
Satu.kz / Prom.ua (holdout128): a product page (`main.b-product[data-qaid=product_page]`) keeps its price, rating and
seller's card under the h1 (its code and 「В наличии」 go), its `div.b-review`s the part 「评论」, a seller's 「卖家回复：」
typed into a review answering it (`_prom_product`).
WooCommerce (holdout156): a product page (one `div.summary` with its `h1.product_title`) keeps its rating, variations,
add-on field labels and SKU/category/tag meta as lines under the price (the add-to-cart form goes), its
`div#reviews ol.commentlist` the part 「评论」, the shop's `bypostauthor` reply in a review's `ul.children` answering it
(`_woocommerce_product`).
Magento (holdout156): a product page (one `div.product-info-main`) has its summary's rating and SKU one line each, its
tab titles (`div.data.item.title`) h2s but the description's, and each `li.review-item` a part headed by its writer
(`_magento_product`).
hh.ru / hh.kz (holdout154): a vacancy's bold paragraphs (and bold lead-ins ending in 「：」) of its description are its
headings, its skill tags one line, its publication line a fact of the header (`_hh_vacancy`). Superjob (holdout154):
a vacancy's company name is a fact of the header, the description's label and the company block go
(`_superjob_vacancy`). 58同城 (holdout220): a job page is titled by its position's name over its header's spans set
apart, each site label (职位描述, 公司介绍, 工作地址, 防骗提醒) a part, the description's bold names its headings by
hh.ru's rule (`_bold_headings`), the buttons, update line and 「举报该职位」 gone (`_wuba_job`).
Profi.ru (holdout154): a profile's header is its h1 over the rating and meta lines, its reviews
the part 「评论」, the specialist's reply answering (`_profi_profile`). Google Play (holdout180): an app's header box keeps its h1 only, the update date is one line and the category chips go, the reviews are the part under the section's heading 「评分和评价」, the developer's reply answering (`_google_play_app`). Product Hunt (holdout180): a launch is titled by its h1, the tagline its first line, 「Visit website」 and the badge gone; the maker's launch comment a part of its own with its lists (steps), the other comments the part 「评论」, a maker's reply answering (`_product_hunt`). YouDo (holdout154): a task's customer's line is a
fact of the header, the offers a part, the questions the part 「评论」, the customer's reply answering (`_youdo_task`).
LiveJournal (holdout70): an entry's own page, its text one `div.aentry-post__text`, its comments the `div.b-leaf` cards of
the `#comments.b-xylem` tree, the journal owner's marked `b-leaf-poster` (「[journal owner]」); the controls bar under the
text (「♥ 14」, 「Add to memories」) is no text (`_livejournal`).
Naver Blog (holdout72): a post page its SmartEditor ONE title component marks, its title and components taking the
body's place (the profile box, the 카테고리 sidebar, the tags, the counters and the category's other posts go), its
comments Naver's `div.u_cbox` of `li.u_cbox_comment` cards, replies nested in the comment they answer, the owner's
marked 「블로그 주인」 (`_naver_blog`).
JComments (holdout75): a Joomla article's comments, `div#comment-item-…` cards classed 「even」 and 「odd」 by turns in
the `div#jc` box (read by their shape, the 「odd」 ones were lost), a quote of another comment going; the article's
author, named by its by-line, answers (`_jcomments`).
Hatena Blog (はてなブログ, holdout74): an entry page its `<html>`'s `data-brand="hatenablog"` (or its st-hatena.com assets)
marks, its text the one `div.hatenablog-entry`, its comments the `li.entry-comment` cards of the `div.comment-box` in the
entry's footer (dropped as chrome with the stars and buttons), the owner's marked 「ブログ主」 or named by the `<html>`'s
`data-blog-owner` (`_hatena_blog`).
Pikabu (Пикабу, holdout77): a story page its pikabu.ru assets mark, its one `article.story` of `div.story-block`s (a
block opening without a heading after a headed one set apart by a rule), its comments the `div.comment` tree of
`section.comments`, the post's author's marked 「Автор поста」 (`_pikabu`).
note (note.com, holdout76): a note's page its st-note.com assets mark, its text the one
`div.note-common-styles__textnote-body`; the creator line over it (name, date, 「スキ 46」) is no text, its comments
the `div.o-commentAreaItem` cards of `section.o-commentArea`, the creator's named by the header's creator link
(`_note_com`). Habr (Хабр, holdout76): an article page, its text the one `div.tm-article-body` of
`article.tm-article-presenter__content`; the by-line, the reading time and views, the hubs and labels are no text,
its comments the `article.tm-comment-thread__comment` cards of `section.tm-comments-wrapper` in the page's order,
the author's named by the by-line (`_habr`).
Bloomfire (holdout77): a community post page (`body.bloomfire`, one `div.contribution-body`), its files
(`section.contribution-attachments`) a part 「Attachments」 after the text, its comments' threads (`div.comment`, replies in
`div.comment-replies`, the post's author's badged 「Author」 by `span.badge-author`) its last part (`_bloomfire`).
Ameba Blog (holdout79): an entry page its ameba.jp assets mark, its text the one `div.skin-entryBody` whose 「■」 bold
paragraphs are its parts' headings; the blog's header, the date and 「テーマ：…」 are no text, its `.skin-commentList`
comments threads, an answer opening 「Re:name さん」 in the thread of the comment it names (`_ameba`). FC2 Blog
(holdout113): an entry page its fc2.com assets mark, the one `div.entry` with a `div.entry_body`; its 「■」 bold runs alone
on their lines are its parts' headings, the date, sponsor entry and trackback box no text, its `div.comment_list`
comments threads, a reply titled 「Re: nameさん」 in the thread of the comment it names (`_fc2`). Daum Cafe
(holdout80): a post page its daumcdn.net/cafe assets mark, its text the one `.bbs_contents` of `#bbsView`; the cafe's
header, the board, the writer line and the tags are no text, its `ul.list_cmt` comments threads of a comment and its
`cmt_reply` replies, the writer's marked 「작성자」, a reported comment's placeholder saying nothing (`_daum_cafe`).
Naver Cafe (holdout114): a post page its ca-fe.pstatic.net assets mark, its text the SmartEditor ONE document
`.se-main-container` of its one `.ArticleContentBox`, whose section titles (`se-sectionTitle`) head its parts; the skip
link, the cafe's header, the board, the writer line, the tools and the like bar are no text, its `ul.comment_list`
comments threads of a comment and its `CommentItem--reply` replies, the writer's badged 「작성자」 (`_naver_cafe`).
Velog (holdout78): a post page, its head `div.head-wrapper` with the byline linking to the writer's `/@name`, its text
the one `div.atom-one`; the information line (writer, date) is no text, its `div.comments` cards threads, a reply
nested in its comment or the writer's comment after a reader's answering it (`_velog`).
OK.ru (Одноклассники, holdout83): a topic's page its okcdn.ru assets mark, its text the one `div.media-text_cnt_tx`
typed as `<br>` lines, each set apart so that its 【…】 lines head parts and its first line titles the page; the
group's header, the topic's poster and date and its hashtags are no text, its `div.comments_i` comments threads, a
`__reply` in the thread of the writer it names, the poster's (the group's) answering it (`_okru`). Brunch
(브런치스토리, holdout83): an article's page its daumcdn.net/brunch assets mark, its text the one `div.wrap_body` of
`#wrapArticle`; the cover's sub-title and byline and the writer's profile card are no text, its `li.item_comment`
comments threads, a reply nested in its comment, the writer's (the 「작가」 badge) answering it (`_brunch`).
Qiita (holdout86): an article's page its qiita.com assets mark, its text the one `div.it-MdContent` of
`article.it-Article`, its `section.it-Comments` cards (`div.it-Comment`: the `@name` link and date over the text) the
last part, the author's (named by the header's author link) answering the question before it (`_qiita`).
Nate Pann (네이트 판, holdout85): a talk's page its pann.nate.com assets mark, its text the one
`div.posting#contentArea`; the board's path and the information line are no text, its flat `dl.cmt_item` comments
each its paragraphs without name, badges or votes, a comment whose last sentence asks answered by the next from the
other side (`_nate_pann`).
LOFTER (乐乎, holdout89): a post page its lofter.lf127.net assets mark, its title `h2.ttl` and text the one `.txtcont` of
`div.m-post`; the blog's name and self-introduction, the 「热度」 notes (likes and recommendations) and the pager are no
text, its 「热门评论」 `li.cmtitem` cards the last part, the owner's reply (named by the blog's own address) answering
the comment before it (`_lofter`).
Weverse (holdout93): a community post's page its weverse.io / wevpstatic.net assets mark, its text the one
`div.WeverseViewer`, whose first line is the post's title (Weverse posts have no title field); the post's header
(`PostHeaderView_header__…`: the nick and the date) is no text, and the writer's closing line after the text's
last bold heading is set apart by a rule (a sign-off the parser drops, `parse.cut_at_end_mark`); its
`CommentView_comment__…` cards threads, a reply nested in its comment, the writer's badged 「작성자」 answering it
(`_weverse`).
Wattpad (holdout106): a story part's page, its text the one `pre.text-body` of `p[data-p-id]` paragraphs read as a
`<div>` (bold paragraphs its headings, `<br>` lines its steps and Q&As), the paragraph-comment counters gone, the
closing words after the last answer set apart, the comments the last part, the writer's badged reply answering the
comment it is under (`_wattpad`). Kit (ConvertKit, holdout106): a post's closing words and signature after its last
answer set apart (`_kit`).
Livedoor Blog (ライブドアブログ, holdout112): an entry page its livedoor assets mark, its text the one
`div.article-body-inner`; its `h2.article-title` titles the page (the header's `h1#blog-title`, the blog's name, and its
description are the same over every entry, and the name titled the closing words after the last answer), its
`ol.comment-list` of `li.comment` cards the last part, readers' remarks (`_livedoor`).
Typepad (holdout223): a post page its generator meta marks, its text the one `div.entry-body` under `h3.entry-header`,
which titles the page (the banner's blog name and motto go); the `#beta` / `#gamma` sidebar's modules (关于我, Categories,
Archives, 「Blog powered by Typepad」) are no text, its `div.comments-content` of `div.comment` cards the last part, the
author's comment (its by-line's name linking the blog's own site) answering the one before (`_typepad`).
DTF (dtf.ru, on the Osnova platform vc.ru shares, holdout112): an entry page its dtf.ru / vc.ru assets mark, its text
the one `div.content__body` of `article.content`; the `div.content-header` over the title (the subsite, the author, the
date, the views) is no text, its `section.comments` of `div.comment` cards threads, a reply nested in the
`.comment__branches` of its comment, the author's (badged 「Автор」) answering it (`_dtf`).
Gumroad (holdout105): a product page its `og:site_name` 「Gumroad」 marks, its text the one `div.rich-text` description
of `section.product-info`; the details line under the h1 (price, creator, star rating) is no text, the ratings
section's `div.review`s the last part, buyers' remarks (`_gumroad`).
Craigslist, Gumtree, Vinted and Depop (holdout165): a listing's own title is its h1, the price, the place and the
item's facts lines under it; the site's closing line, notices, actions, fee cell, seller's or member's card and other
listings go, and Craigslist's `<br>`-typed body is set apart line by line (`lines_apart`) (`_craigslist`, `_gumtree`,
`_vinted`, `_depop`).
uCoz (holdout108): an entry page of a site module, the one `table.eBlock` of `td.eTitle` over `td.eMessage`; its
details line (category, views, 「Добавил:」 the poster, date, tags), its rating row and the comment count are no text,
its `div#allEntries` of `div.comEnt` cards the last part, the poster's the author's, an administrator's answer written
into a card (`.cAnswer`) its reply (`_ucoz`).
Zenn (holdout108): an article's page its static.zenn.studio assets mark, its text the one `div.znc` outside the
comments; a callout (`aside.msg`) a block of the text without its symbol, the badge box (`SupportBox_box__…`) no text,
its `CommentItem_item__…` cards the last part, the author's (badged 「著者」) reply set under the comment it answers
(`_zenn`).
Lobsters (holdout107): a self post's story page, its text the one `div.story_text`; the story card (score, title, tags,
byline) is no text, each top-level comment of the `ol.comments` tree and the replies under it a thread, the author's
(「(author)」 or the byline's name) first reply answering it, a comment typed 「问：」/「答：」 that Q&A
(`_lobsters`).
Tildes (holdout218): a text topic's page, its text the one `div.topic-full-text` of `article.topic-full`; the
「7 comments」 header and its sort form are no text, each top-level comment of the `ol.comment-tree` and the replies
under it a thread, as Lobsters' are, the OP's (`is-comment-by-op`) first reply answering it (`_tildes`).
Kijiji (holdout218): an ad's page (`#vip-body`, assets from kijiji.ca, CSS-module classes 「qaItem-3320」); as
Gumtree's, the price is one line under the h1 with the place, the ad's age goes and each Overview fact is a line
「Offered by：Professional」; the description's all-bold paragraphs are its headings, each question with the seller's
answer a Q&A (`_kijiji`).
leboncoin, Wallapop and Marktplaats (holdout224): a listing's price (or 「Bieden」), chips, place and facts are lines
under its h1 as Gumtree's, its date, stats, actions, the seller's aside and other items gone; the description, typed
in lines (newlines in leboncoin's `p.whitespace-pre-line` and Wallapop's `<p>`, `<br>`s in Marktplaats' `<p>`s), is
set apart line by line (`newline_lines`, `lines_apart`) so its 【…】 lines head its parts, its 「1.」 lines are steps
and its 「问：」/「答：」 lines Q&As, the seller's closing terms after the last answer under the description's heading
again; Wallapop's visually-hidden 「Descripción」 shows, Marktplaats' bids are lines 「name · amount · date」
(`_leboncoin`, `_wallapop`, `_marktplaats`).
Otzovik (Отзовик, holdout111): a review's page its otzovik.com assets mark, the one `div.review-wrap`; the product's
name titles the page, the review's stars, pros, cons and extras lead its text `div.review-body`, the reviewer's card,
date and buttons are no text, its `div.comment-item`s the last part, the reviewer's (「автор отзыва」 or the login)
answering the question before it (`_otzovik`).
pixiv FANBOX (holdout111): a creator's post page its `og:site_name` 「pixivFANBOX」 marks, its text the one
`.Body__PostBody`; the post's header (date, plan label) is no text, its `.CommentItem`s the last part, the creator's
(badged 「クリエイター」) answering the question before it (`_fanbox`).
Flamp, Zoon, Yandex Maps and Yelp (holdout143): a business's page on a directory, each told by its own assets; the
business's address and hours (in a side column) are its name's lines and the card's badges go (`_header_facts`), a
price list's rows are 「name — price」 lines under their groups' headings (`_price_list`: Zoon's, Yandex's), the
reviews the last part, the business's answer written into a review's card its reply (`_flamp`, `_zoon`,
`_yandex_maps`, `_yelp`), and Yandex's answered questions Q&A pairs.
Durable (holdout149): a site page its generator meta 「Durable」 marks; the hero's links go, the process cards are
steps, a price list's items 「name — price」 lines and each testimonial one line, quote and author (`_durable`).
什么值得买 (smzdm.com, holdout185): a deal post its `div.price-box` (with the 「直达链接」 button `a.go-buy` and the
值/不值 votes `span.buzhi`) marks; the prices are one line 「price · 原价 …」, the button and votes go, its
`li.comment-item` cards the last part, the author's (badged 「作者」) 「回复 name：」 reply answering the comment it
names just before it (`_smzdm`).
"""
from __future__ import annotations

import copy
import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import (BLOCK_TAGS, HASHTAG_LINE, SIGN_OFF, TITLE_GLYPH, append_markup, drop_selected, inside,
                               generated_by, loads_assets, one_line, page_marks, price_line, qa_card, site_named,
                               text_tag, toggle_details, writer_heading)
from indexer.sites.bbs import ASKS, answered_html, part_html
from indexer.sites.threads import unaddressed

HEADING_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
# the comments' part: its name, whatever the page calls the list (「4 則留言：」「評論 3」); every reader writes the
# Simplified one, `parse.comments_in_script` puts the Traditional one (indexed by `writes_traditional`, as
# `clean.REPLY_SUFFIXES` is) on a page written in Traditional
COMMENTS_TITLES = ("评论", "評論")
COMMENTS_TITLE = COMMENTS_TITLES[False]
# a comment that asks: a question mark (not one inside an address), a question particle, 「請問」
_MATTERS_COMMENT = re.compile(r"^styles_comment__")
_MATTERS_TEXT = re.compile(r"^styles_commentContent__")
_MATTERS_AUTHOR = re.compile(r"^styles_author__")     # the 「作者」 badge beside the post's author's name


@dataclass(frozen=True)
class Comment:
    name: str
    text: str
    by_author: bool      # the post's author answering in the comments
    nested: bool = False     # set under the comment just before it, as its first reply


# the 「：」 between a reply's writer (and badge) and its words (「<a>阿杰</a> <span>UP主</span>：…」)
SAID = re.compile(r"^\s*[:：]\s*")


def sub_reply_text(sub: Tag, name_class: str, badge_class: str) -> str:
    """A reply under a reply without its writer's name, badge and the 「：」 after them, whether its words are typed
    bare after them (「<a>name</a><span>楼主</span>：text」: coolapk's, AcFun's) or stand in paragraphs (TapTap's).
    The reply is left as it is: its caller reads the name and the badge from it."""
    said = copy.copy(sub)
    for tag in said.find_all(class_=[name_class, badge_class]):
        tag.decompose()
    return SAID.sub("", one_line(said))


def blog_post(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Read a Blogger, Matters, WordPress, Forem, Typecho, Z-BlogPHP, Substack, Weebly, Halo, Tumblr, OSChina or Xuite
    post page's, a Douban note's, a LinkedIn article's, a Toutiao article's, a Xiaohongshu note's, a Douyin video's, a Weibo post's, a Jianshu article's, a Bilibili opus's, a Tistory post's, a Teachable lecture's, a Stepik step's, a Khan Academy article's, a LiveJournal entry's, a Naver Blog
    post's, a Hatena Blog entry's, a Pikabu story's, a note.com note's, a Habr article's, a Bloomfire post's, an Ameba Blog entry's, an FC2 Blog entry's, a Daum Cafe post's, a Naver Cafe post's, a Velog post's, an OK.ru topic's, a Brunch article's, an Egloos post's, a QQ空间 日志's, a Mafengwo 游记's, a Micro.blog post's, a Steam Community guide's, a LOFTER post's, a Weverse post's, a NetEase 网易号 post's, a Vocal story's, a uCoz entry's, a Zenn article's, a Lobsters story's, a Tildes topic's, a Livedoor Blog entry's, a Seesaa Blog entry's, a Typepad post's, a Pinterest pin's, a Busuu exercise answer's, a Chegg Study Q&A page's, a DTF entry's, a Wattpad story part's, a Kit post's, a Gumroad product's, a WooCommerce or Magento product's, an Otzovik review's, a Vimeo clip's, a SoundCloud track's, a Bandcamp album's, a Spotify or Yandex Music podcast episode's, a pixiv FANBOX post's, a Google Play app's, a Product Hunt launch's or a Flamp, Zoon, Yandex Maps, Yelp, Zomato, Dianping or OpenRice business page's title and comments, a Durable site page's parts, a 什么值得买 deal post's prices and comments, a Craigslist posting's, a Gumtree or Kijiji ad's, a leboncoin, Wallapop or Marktplaats listing's, a Vinted or Depop item's, an hh.ru, Superjob or 58同城 vacancy's, a Profi.ru profile's or a YouDo task's parts, or a Joomla article's JComments (see the module's docstring).
    `marks` are the page's (html_text.page_marks): a page without its engine's mark is left alone."""
    marks = page_marks(soup) if marks is None else marks
    for read, needs in _READERS:
        if any(need <= marks for need in needs):
            read(soup, marks)


def _blogger(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    if soup.find("meta", attrs={"name": "generator", "content": re.compile(r"^\s*blogger\s*$", re.IGNORECASE)}) is None:
        return
    bodies = soup.find_all("div", class_="post-body")
    if len(bodies) != 1:
        return          # a blog's home page or an archive: many posts, no one article
    body = bodies[0]
    post = body.find_parent("div", class_="post") or body.parent
    title = post.find(class_="post-title") if post is not None else None
    if isinstance(title, Tag) and title.name in ("h1", "h2", "h3", "h4") and title.get_text(strip=True):
        title.name = "h1"
    for date in soup.find_all("h2", class_="date-header"):
        date.decompose()
    box = soup.find(id="comments")
    if not isinstance(box, Tag):
        return
    comments = _blogger_classic(box) or _blogger_threaded(box)
    box.decompose()
    _insert_after(soup, body, comments)


def _blogger_classic(box: Tag) -> list[Comment]:
    """Blogger's classic list: `dt.comment-author` (the name, then 「說…」) over `dd.comment-body`."""
    comments = []
    for text in box.find_all("dd", class_="comment-body"):
        head = text.find_previous_sibling("dt")
        author = head if isinstance(head, Tag) and "comment-author" in head.get("class", ()) else None
        name = ""
        if author is not None:
            link = author.find("a", href=True, class_=False, recursive=False)
            name = one_line(link) if link is not None else one_line(author).rsplit(" ", 1)[0]
        comments.append(Comment(name, one_line(text), author is not None and "blog-author" in author.get("class", ())))
    return comments


def _blogger_threaded(box: Tag) -> list[Comment]:
    """Blogger's threaded list: `li.comment` cards, each with its `cite.user` and `.comment-content`,
    its replies nested in `.comment-replies` after it (the page's order is the reading order)."""
    comments = []
    for card in box.select("li.comment"):
        block = card.find(class_="comment-block", recursive=False)
        text = block.find(class_="comment-content") if block is not None else None
        if text is None:
            continue
        user = block.find("cite", class_="user")
        comments.append(Comment(one_line(user), one_line(text), user is not None and "blog-author" in user.get("class", ())))
    return comments


def _matters(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    if not site_named(soup, "Matters"):
        return
    bodies = soup.find_all("div", class_="u-content")
    box = soup.find(id="comments")
    if len(bodies) != 1 or not isinstance(box, Tag):
        return
    comments = []
    for card in box.find_all("li", class_=_MATTERS_COMMENT):
        text = card.find(class_=_MATTERS_TEXT, recursive=False)
        header = card.find("header", recursive=False)
        if text is None:
            continue
        name = header.find("a") if header is not None else None
        by_author = header is not None and header.find(class_=_MATTERS_AUTHOR) is not None
        comments.append(Comment(one_line(name), one_line(text), by_author))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


_WP_GENERATOR = re.compile(r"^\s*WordPress\b", re.IGNORECASE)
_WP_PATH = re.compile(r"/wp-(?:content|includes)/")
# what a comment's text holds besides the comment: the reply link (GeneratePress puts it inside),
# 「您的评论正在等待审核。」
_WP_FURNITURE = ("reply", "comment-reply-link", "comment-awaiting-moderation", "wp-block-comment-reply-link")


def is_wordpress(soup: BeautifulSoup, marks: frozenset[str]) -> bool:
    """A page WordPress made, by WordPress's own markup: its generator meta, a block's class
    (`wp-block-…`), or an address under its `/wp-content/` or `/wp-includes/` folders."""
    if soup.find("meta", attrs={"name": "generator", "content": _WP_GENERATOR}) is not None:
        return True
    if any(mark.startswith("wp-block-") for mark in marks):
        return True
    return any(_WP_PATH.search(str(tag.get("href") or tag.get("src") or ""))
               for tag in soup.find_all(["link", "script"]))


def _wordpress(soup: BeautifulSoup, marks: frozenset[str]) -> None:
    if not is_wordpress(soup, marks):
        return
    bodies = soup.select(".wp-block-post-content") or soup.select(".entry-content")
    lists = [box for box in soup.select("ol.comment-list, ul.comment-list, ol.wp-block-comment-template")
             if box.find_parent(["ol", "ul"], class_=["comment-list", "wp-block-comment-template"]) is None]
    if len(bodies) != 1 or len(lists) != 1:
        return          # a blog's home page or an archive (many posts), or no comment list of the post's
    comments = []
    for card in lists[0].find_all("li", class_="comment"):
        text = _own(card, ["comment-content", "wp-block-comment-content"])
        if text is None:
            continue
        for furniture in text.find_all(class_=_WP_FURNITURE):
            furniture.decompose()
        name = _own(card, ["fn", "wp-block-comment-author-name"])
        comments.append(Comment(one_line(name), one_line(text), "bypostauthor" in card.get("class", ())))
    lists[0].decompose()
    _insert_after(soup, bodies[0], comments)


def _forem(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    bodies = soup.find_all("div", class_="crayons-article__body")
    box = soup.find(id="comment-trees-container")
    if len(bodies) != 1 or not isinstance(box, Tag):
        return          # a feed or a tag page (many posts), or a post without Forem's comment tree
    comments = []
    for card in box.find_all("div", class_="single-comment-node"):
        text = card.find(class_="comment__body")
        if text is None:
            continue        # a comment taken away: its card says so, with no text of its own
        # (Forem's older cards hold the name and badge in `.comment__header`, its newer ones in
        # `.comment__details` alone: holdout241)
        header = card.find(class_="comment__header") or card.find(class_="comment__details")
        name = header.find("a") if header is not None else None
        badge = header is not None and header.find(class_="spec-op-author") is not None
        writer = card.get("data-content-user-id")
        comments.append(Comment(one_line(name), one_line(text), badge or bool(writer) and card.get("data-comment-author-id") == writer))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


_TYPECHO_GENERATOR = re.compile(r"^\s*Typecho\b", re.IGNORECASE)
# what a Typecho card holds around the comment: the avatar and name, the date, the 「回复」 link
_TYPECHO_FURNITURE = frozenset({"comment-author", "comment-meta", "comment-reply"})


def _typecho(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Typecho: the page its generator meta marks; its comments `li.comment-body` cards in
    `ol.comment-list`, replies in the `.comment-children` of the card they answer; the post's
    author's cards marked `comment-by-author` (the engine's own test: the commenter is the post's owner)."""
    if soup.find("meta", attrs={"name": "generator", "content": _TYPECHO_GENERATOR}) is None:
        return
    bodies = soup.select(".post-content") or soup.select("[itemprop~=articleBody]")
    lists = [box for box in soup.select("ol.comment-list")
             if box.find_parent(class_="comment-list") is None]
    if len(bodies) != 1 or len(lists) != 1:
        return          # the blog's home page or an archive (many posts), or no comment list of the post's
    comments = [comment for card in lists[0].find_all("li", class_="comment-body")
                if (comment := _typecho_comment(card)) is not None]
    lists[0].decompose()
    _insert_after(soup, bodies[0], comments)


def _typecho_comment(card: Tag) -> Comment | None:
    """One card's comment: the theme's `.comment-content` if it has one, else what the card holds
    besides its furniture (the default theme prints the text's paragraphs bare between them)."""
    parts = [child for child in card.find_all(True, recursive=False)
             if "comment-children" not in child.get("class", ()) and child.name not in ("ol", "ul")]
    if len(parts) == 1 and parts[0].find(class_="comment-author", recursive=False) is not None:
        parts = parts[0].find_all(True, recursive=False)    # the default theme's `div#comment-N` round them
    name = next((found for part in parts for found in part.find_all("cite", class_="fn")), None)
    text = next((part for part in parts if "comment-content" in part.get("class", ())), None)
    words = one_line(text) if text is not None else " ".join(
        one_line(part) for part in parts if not _TYPECHO_FURNITURE.intersection(part.get("class", ())))
    if not words:
        return None
    return Comment(one_line(name), words, "comment-by-author" in card.get("class", ()))


_ZBLOG_GENERATOR = re.compile(r"^\s*Z-Blog", re.IGNORECASE)
_ZBLOG_AUTHOR = re.compile(r"作者\s*[:：]\s*([^|｜]+?)\s*(?:[|｜]|$)")     # the post footer's 「作者:老周 | 分类:…」


def _zblog(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Z-BlogPHP: the page its generator meta marks, one post (`div.post.single`) of `h4.post-date`,
    `h2.post-title`, the text `div.post-body`, the tags `h5.post-tags` and the footer `h6.post-footer`
    (「作者:老周 | 分类:户外 | 浏览:1362 | 评论:3」), then the previous / next links `div.post-nav`, the comments
    (each a `ul.msg` of `li.msgname`: avatar, `span.commentname`, 「发布于 date 回复该留言」, and `li.msgarticle`:
    the text, a reply's `ul.msg` nested in it) and the comment form `div#divCommentPost`. Read as a page
    (holdout227), the footer was a heading titling a last part that glued the post links, every comment with
    its writer and date line, the reply to its question and the form's 「发表评论:取消回复」. So the footer, the
    links and the form go, and the comments are the last part, a reply nested in a comment set under it, the
    footer's author's answering it."""
    if soup.find("meta", attrs={"name": "generator", "content": _ZBLOG_GENERATOR}) is None:
        return
    bodies = soup.select("div.post.single div.post-body")
    if len(bodies) != 1:
        return          # the blog's home page or an archive (many posts)
    body = bodies[0]
    owner = ""
    for footer in soup.find_all("h6", class_="post-footer"):
        if found := _ZBLOG_AUTHOR.search(one_line(footer)):
            owner = found.group(1)
        footer.decompose()
    for chrome in soup.select("div.post-nav, #divCommentPost"):
        chrome.decompose()
    comments: list[Comment] = []

    def read(card: Tag, nested: bool) -> None:
        named = card.select_one("li.msgname .commentname")
        said = card.find("li", class_="msgarticle")
        if not isinstance(said, Tag):
            return
        replies = [reply.extract() for reply in said.find_all("ul", class_="msg")]
        name = one_line(named) if isinstance(named, Tag) else ""
        if words := one_line(said):
            comments.append(Comment(name, words, bool(owner) and name == owner, nested))
        for reply in replies:
            read(reply, True)

    for card in [ul for ul in soup.find_all("ul", class_="msg") if ul.find_parent("ul", class_="msg") is None]:
        read(card.extract(), False)
    _insert_after(soup, body, comments)


_CHEGG_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*chegg\.com/", re.IGNORECASE)   # its Next.js chunks
_CHEGG_LABEL = re.compile(r"^\s*(?:Question|問題|问题)\s*[:：]\s*", re.IGNORECASE)


def _chegg(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Chegg Study: a Q&A page its c.chegg.com scripts mark, the question `section.question-section` (its
    `h1.question-title` 「Question: …」, its text), the answer `section.answer-section` (「Expert Answer」, its
    text `div.answer-body` in 「Step N:」 h3s), then `section.comments-section`: 「Comments」 over `div.comment`
    cards (the writer's `span.comment-author`, the comment's paragraphs). Read as a page (holdout227), the title
    kept Chegg's label 「Question:」 and the cleaner dropped the comments as chrome, the one comment too (the
    generic comment reader wants a list of two or more), with the 問：/答： pair a reader had typed in it. So the
    label goes, and the comments are the last part 「评论」 after the answer's text: each card's paragraphs as
    they were typed (a 問：/答： pair a Q&A), without its writer."""
    titles = soup.select("section.question-section h1.question-title")
    bodies = soup.select("section.answer-section div.answer-body")
    if len(titles) != 1 or len(bodies) != 1 or not loads_assets(soup, _CHEGG_ADDRESS):
        return
    if label := _CHEGG_LABEL.match(one_line(titles[0])):
        first = next(titles[0].strings, None)
        if first is not None and str(first).lstrip().startswith(label.group().strip()):
            first.replace_with(_CHEGG_LABEL.sub("", str(first), count=1))
    for box in soup.select("section.comments-section"):
        part = soup.new_tag("div")
        heading = soup.new_tag("h2")
        heading.string = COMMENTS_TITLE
        part.append(heading)
        for card in box.select("div.comment"):
            for writer in card.select(".comment-author"):
                writer.decompose()
            blocks = [block for block in card.find_all(BLOCK_TAGS, recursive=False) if one_line(block)]
            if not blocks and one_line(card):
                card.name = "p"     # a card of bare words: one paragraph
                blocks = [card]
            for block in blocks:
                part.append(block.extract())
        box.decompose()
        if len(part.find_all(True, recursive=False)) > 1:
            bodies[0].insert_after(part)


_SUBSTACK_ADDRESS = re.compile(r"^(?:https?:)?//substackcdn\.com/")     # its assets, on a custom domain too


def _substack(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Substack: a page loading its assets from substackcdn.com, one post text (`.available-content
    .body`); its discussion `.comments-page` of `div.comment` cards (`.commenter-name`, the text in
    `.comment-body`), replies in a `.comment-list` inside the card they answer. The post's author is
    marked by the 「Author」 badge beside the name, or by a name linking to the profile the post's
    byline links to."""
    if not loads_assets(soup, _SUBSTACK_ADDRESS):
        return
    bodies = soup.select(".available-content .body")
    boxes = soup.find_all(class_="comments-page")
    if len(bodies) != 1 or len(boxes) != 1:
        return          # the publication's home page or archive (many posts), or no discussion
    header = soup.find(class_="post-header")
    writers = {str(a["href"]) for a in header.find_all("a", href=True)} if isinstance(header, Tag) else set()
    comments = []
    for card in boxes[0].find_all("div", class_="comment"):
        text = _own_in(card, "div", "comment", ["comment-body"])
        if text is None:
            continue
        name = _own_in(card, "div", "comment", ["commenter-name"])
        badge = _own_in(card, "div", "comment", ["comment-author-badge"]) is not None
        link = name if name is not None and name.name == "a" else (name.find("a") if name is not None else None)
        mine = link is not None and str(link.get("href", "")) in writers
        comments.append(Comment(one_line(name), one_line(text), badge or mine))
    boxes[0].decompose()
    _insert_after(soup, bodies[0], comments)


_WEEBLY_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*editmysite\.com/")


def _weebly(soup: BeautifulSoup, marks: frozenset[str]) -> None:
    """Weebly: a page its own markup marks (a `wsite-…` class, its assets from editmysite.com), one
    post text (`.blog-post .blog-content`); its comments `div.blogCommentWrap` cards in `#commentArea`
    (`.blogCommentAuthor`, `.blogCommentText`, the 回覆 link in `.blogCommentReply`), a reply set
    after the comment it answers and marked by its level, so the page's order is the reading order.
    Weebly marks no comment as the post's author's (its commenters type a name into a form), so no
    comment is the author's answer: the comments are the part's remarks, a question followed by its reply."""
    if not any(mark.startswith("wsite-") for mark in marks) and not loads_assets(soup, _WEEBLY_ADDRESS):
        return
    bodies = soup.select(".blog-post .blog-content")
    box = soup.find(id="commentArea")
    if len(bodies) != 1 or not isinstance(box, Tag):
        return          # the blog's page of many posts, or a post without Weebly's comments
    comments = []
    for card in box.find_all("div", class_="blogCommentWrap"):
        text = card.find(class_="blogCommentText")
        if text is not None:
            comments.append(Comment(one_line(card.find(class_="blogCommentAuthor")), one_line(text), False))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


# a Micro.blog user's page (「https://micro.blog/shutter」), and one of the user's posts (「…/shutter/61527733」)
_MICROBLOG_USER = re.compile(r"^https?://micro\.blog/([A-Za-z0-9_]+)/?$")
_MICROBLOG_POST = re.compile(r"^https?://micro\.blog/([A-Za-z0-9_]+)/\d+/?$")


def _microblog(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Micro.blog: a post page whose theme prints the conversation under the post (marks
    `microblog_conversation` and `microblog_post`), one post text (`.e-content`); the conversation's
    `div.microblog_post` cards (`.microblog_user` with the avatar and a link to the writer's page,
    `.microblog_text`, `.microblog_time`), in the page's order, each reply opening with the 「@name」 it answers.
    Cleaned as chrome by its class, the conversation was lost. The post's author is the user whose
    Micro.blog post the post's own 「reply on Micro.blog」 link opens (`micro.blog/shutter/61527733`): a
    reader's question that user answered next is a Q&A."""
    bodies = soup.select(".e-content")
    boxes = soup.find_all("div", class_="microblog_conversation")
    if len(bodies) != 1 or len(boxes) != 1:
        return          # the blog's page of many posts, or no conversation
    box = boxes[0]
    owners = {found.group(1) for link in soup.find_all("a", href=True)
              if box not in link.parents and (found := _MICROBLOG_POST.match(str(link["href"])))}
    comments = []
    for card in box.find_all("div", class_="microblog_post"):
        text, user = card.find(class_="microblog_text"), card.find(class_="microblog_user")
        link = user.find("a", href=True) if isinstance(user, Tag) else None
        found = _MICROBLOG_USER.match(str(link["href"])) if link is not None else None
        if text is not None:
            comments.append(Comment(one_line(user) if user is not None else "", one_line(text),
                                    found is not None and found.group(1) in owners))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


_HALO_GENERATOR = re.compile(r"^\s*Halo\b", re.IGNORECASE)
# the box `<halo:comment group="content.halo.run" kind="Post|SinglePage" name=…>` writes: 「comment-」 and
# the group, kind and name joined by hyphens
_HALO_BOX = re.compile(r"^comment-content-halo-run-(?:Post|SinglePage)-")
# the widget's badge beside the post's owner's name (any other badge, 「置顶」, says nothing of who wrote)
_HALO_OWNER = frozenset({"博主", "作者", "站长", "Author"})
# a reply opens with whom it answers: 「回复 @name：」
_HALO_REPLY_TO = re.compile(r"^(?:回复|回覆|Reply)\s*(?=@)", re.IGNORECASE)


def _halo(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Halo 2.x: the page its generator meta marks; its comments `.comment-item` cards in the box
    `<halo:comment>` writes, replies in the `.comment-replies` of the card they answer; the post's
    owner's cards marked by the widget's badge (「博主」), as Blogger's `blog-author` marks them."""
    if soup.find("meta", attrs={"name": "generator", "content": _HALO_GENERATOR}) is None:
        return
    bodies = soup.select(".joe_detail__article > #post-inner") or soup.select("[itemprop~=articleBody]")
    boxes = soup.find_all(id=_HALO_BOX)
    if len(bodies) != 1 or len(boxes) != 1:
        return          # the blog's home page or an archive (many posts), or no comment box of the post's
    comments = [comment for card in boxes[0].find_all(class_="comment-item")
                if (comment := _halo_comment(card)) is not None]
    boxes[0].decompose()
    _insert_after(soup, bodies[0], comments)


def _halo_comment(card: Tag) -> Comment | None:
    """One card's comment: its own name, text and badge, not those of the replies nested in it."""
    text = _own_in(card, card.name, "comment-item", ["comment-item__content"])
    if text is None:
        return None
    badge = _own_in(card, card.name, "comment-item", ["comment-item__badge"])
    return Comment(one_line(_own_in(card, card.name, "comment-item", ["comment-item__author"])),
                   _HALO_REPLY_TO.sub("", one_line(text), count=1),
                   badge is not None and one_line(badge) in _HALO_OWNER)


_TUMBLR_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*tumblr\.com/")
# what a note holds besides its words: the blog's avatar, the 「… reblogged this from …」 line, a clearing div
_TUMBLR_FURNITURE = frozenset({"avatar_frame", "action", "clear", "avatar"})


def _tumblr(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Tumblr: a page its own assets mark (assets.tumblr.com, the 「tumblr_controls」 frame), the one
    post's notes (`{PostNotes}`: `ol.notes` of `li.note` cards — 「… liked this」, 「… reblogged this from
    … and added:」 with the words a reblog adds in a <blockquote>, 「… posted this」 on the writer's own)
    under a count (「12 notes」) and 「Show more notes」. A note without words is a like or a reblog,
    no text; a reblog's added words are a comment, the writer's own (the blog of the note that posted
    it, Tumblr's `original_post`) the author's. The comments take the notes' place, the count and the
    link going with them."""
    if soup.find(id="tumblr_controls") is None and not loads_assets(soup, _TUMBLR_ADDRESS):
        return
    lists = [box for box in soup.find_all("ol", class_="notes") if box.find("li", class_="note") is not None]
    if len(lists) != 1:
        return          # the blog's page of many posts shows no notes, only a count under each
    notes = lists[0].find_all("li", class_="note")
    writer = next((_tumblr_name(note) for note in notes if "original_post" in note.get("class", ())), "")
    comments = [Comment(name, words, bool(writer) and name == writer) for note in notes
                if (words := _tumblr_words(note)) for name in [_tumblr_name(note)]]
    box = lists[0]
    holder = box.parent
    if isinstance(holder, Tag) and holder.name != "body" and all(
            child is box or not isinstance(child, Tag) and not str(child).strip()
            or isinstance(child, Tag) and (child.name in ("a", "h2", "h3", "h4", "h5", "h6", "p", "div")
                                           and len(one_line(child)) <= _TUMBLR_COUNT_MAX)
            for child in holder.children):
        box = holder        # the notes' box: the list, its count and 「Show more notes」
    markup = comments_html(comments)
    if markup:
        box.replace_with(_markup_part(soup, markup))
    else:
        box.decompose()


_TUMBLR_COUNT_MAX = 20      # 「12 notes」, 「Show more notes」, 「1,024 則迴響」: no words of a note


def _tumblr_name(note: Tag) -> str:
    """The blog a note is from: the first blog link of its 「… liked this」 line."""
    action = note.find(class_="action")
    link = action.find("a", class_="tumblelog") if isinstance(action, Tag) else None
    return one_line(link if link is not None else action)


def _tumblr_words(note: Tag) -> str:
    """What a note says: what it holds besides its avatar and its 「… reblogged this from …」 line
    (a reblog's added words, a reply's text)."""
    return " ".join(words for child in note.find_all(True, recursive=False)
                    if _TUMBLR_FURNITURE.isdisjoint(child.get("class", ())) and (words := one_line(child)))


_OSCHINA_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*oschina\.net/")
_OSCHINA_OWNER = frozenset({"作者", "博主"})      # the label OSChina sets beside the post's author's name


def _oschina(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """OSChina (开源中国) blogs: a page its assets from static.oschina.net mark, one post text
    (`#articleContent`); its comments the `div.comment-box#comments` (「评论 (3)」, the login box) of
    Semantic UI's `div.comment` cards — `a.author`, `.metadata`'s date, the text in `.text`, 「回复」 and
    the like count in `.actions` —, each reply a card in the `.comments` of the one it answers, so the
    page's order is the reading order. The post's author is marked by the label OSChina sets beside
    the name (`span.label`: 「作者」)."""
    if not loads_assets(soup, _OSCHINA_ADDRESS):
        return
    bodies = soup.find_all(id="articleContent")
    box = soup.find("div", id="comments", class_="comment-box")
    if len(bodies) != 1 or not isinstance(box, Tag):
        return          # a list of posts, or a post without OSChina's comments
    comments = [comment for card in box.find_all("div", class_="comment")
                if (comment := _oschina_comment(card)) is not None]
    box.decompose()
    _insert_after(soup, bodies[0], comments)


def _oschina_comment(card: Tag) -> Comment | None:
    """One card's own name, text and label (its `.content`), not those of the replies nested in it."""
    content = card.find("div", class_="content", recursive=False)
    text = content.find(class_="text", recursive=False) if isinstance(content, Tag) else None
    if not isinstance(content, Tag) or text is None:
        return None
    labels = {one_line(label) for label in content.find_all("span", class_="label", recursive=False)}
    return Comment(one_line(content.find("a", class_="author", recursive=False)), one_line(text),
                   not _OSCHINA_OWNER.isdisjoint(labels))


def _xwiki(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """XWiki: a wiki page its own markup marks (`div#xwikicontent`, the page's text); its comments
    `div.xwikicomment` cards under the page, in the Comments tab's pane (`#_comments`), each with its
    `.commentauthor` and its `.commentcontent`, a reply's card set after the one it answers. XWiki
    marks no comment as the page's author's; the page marks its creator (「Created by <user> on …」,
    `.xdocCreation`) by the link to their user page, as each comment's author is marked by theirs: a
    comment whose author links to the creator's page is the author's (a guest's links nowhere)."""
    bodies = soup.find_all(id="xwikicontent")
    cards = soup.find_all("div", class_="xwikicomment")
    if len(bodies) != 1 or not cards:
        return
    creation = soup.find(class_="xdocCreation")
    creator = creation.find("a", href=True) if isinstance(creation, Tag) else None
    writer = str(creator["href"]) if creator is not None else None
    comments = []
    for card in cards:
        text = _own_in(card, "div", "xwikicomment", ["commentcontent"])
        if text is None:
            continue
        name = _own_in(card, "div", "xwikicomment", ["commentauthor"])
        link = name.find("a", href=True) if name is not None else None
        comments.append(Comment(one_line(name), one_line(text), writer is not None and link is not None
                                and str(link["href"]) == writer))
    box = soup.find(id="_comments")
    for gone in [box] if isinstance(box, Tag) and all(box in card.parents for card in cards) else cards:
        gone.decompose()
    _insert_after(soup, bodies[0], comments)


_DOUBAN_SITE = re.compile(r"^\s*豆瓣\s*$")
# a reply opens with whom it answers: 「回应 Daulet：」 (Douban's own 回应 link quotes nothing in a note's list)
_DOUBAN_REPLY_TO = "回应"


def _douban_note(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """A Douban note (豆瓣日记): the page its `og:site_name` 「豆瓣」 marks, one `div.note-container`
    whose `.note-header` holds the title's `<h1>` over the author line (`a.note-author`, `.pub-date`,
    the 「发布于 …」 place), the text in `#link-report > div.note`; its 回应 `div#comments.comment-list` of
    `div.comment-item` cards (avatar, `.author` with the name, time and place, the text in `<p>`,
    举报 / 回应 in `.op-lnks`), each reply a card after the one it answers. The note's author is the
    commenter whose name links to the page the author line links to."""
    if not site_named(soup, _DOUBAN_SITE):
        return
    notes = soup.find_all("div", class_="note-container")
    if len(notes) != 1:
        return
    body = notes[0].select_one("#link-report > div.note")
    if body is None:
        return
    header = notes[0].find(class_="note-header")
    byline = header.find("a", class_="note-author", href=True) if isinstance(header, Tag) else None
    writer = str(byline["href"]) if byline is not None else None
    if isinstance(header, Tag) and header.find("h1", recursive=False) is not None:
        for line in [child for child in header.find_all(True, recursive=False) if child.name != "h1"]:
            line.decompose()        # the author line: name, time and place (its name went as chrome, the rest stayed)
    box = soup.find("div", id="comments", class_="comment-list")
    if not isinstance(box, Tag):
        return
    cards = []
    for card in box.find_all("div", class_="comment-item"):
        content = card.find(class_="content", recursive=False)
        author = content.find(class_="author", recursive=False) if isinstance(content, Tag) else None
        text = " ".join(one_line(p) for p in content.find_all("p", recursive=False)) if isinstance(content, Tag) else ""
        if text:
            link = author.find("a", href=True) if isinstance(author, Tag) else None
            cards.append((one_line(link), text, writer is not None and link is not None and str(link["href"]) == writer))
    names = {name for name, _, _ in cards if name}
    comments = [Comment(name, _replying_to(text, names), mine) for name, text, mine in cards]
    box.decompose()
    _insert_after(soup, body, comments)


def _replying_to(text: str, names: set[str], word: str = _DOUBAN_REPLY_TO) -> str:
    """A Douban comment without the 「回应 name：」 it opens with, the name one of the page's commenters'
    (a Mafengwo comment's 「回复 name：」 with its `word`)."""
    if text.startswith(word):
        rest = text[len(word):].lstrip()
        for name in sorted(names, key=len, reverse=True):
            if rest.startswith(name) and rest[len(name):len(name) + 1] in ("：", ":"):
                return rest[len(name) + 1:].lstrip()
    return text


_XUITE_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*xuite\.net/")
_XUITE_PRIVATE = "悄悄話"          # the name Xuite shows over a comment only the blog's owner may read
_XUITE_STAMP = re.compile(r"\s*\d{4}/\d{1,2}/\d{1,2}\s+\d{1,2}:\d{2}\s*$")   # 「… 2019/10/08 21:40」 closing a reply


def _xuite(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Xuite (隨意窩) blogs: a page its assets from xuite.net mark, one `div.blogbody` whose `h3.title` is the
    post's title (the blog's name is the banner's `h1.blogname`, over its `.blogdesc`), its `.title-info`
    the date and category, the text `#content_all` in `<p>`s of lines typed with `<br>` (a part's title a
    line all in bold, 「<strong>■ 電話卡去哪裡買</strong><br>」), then the `.posted` bar (引用 ｜ 回應 ｜ 推薦 ｜
    人氣 ｜ 列印) and 上一篇 / 下一篇; its 回應 `div#comment` of `div.comment` cards (`.comment-name`,
    `.comment-time`, `.comment-content`), the blog owner's answer 「版主回應」 inside the card it answers
    (`.blogger-reply .reply-content`, its time closing it), a private comment's card named 「悄悄話」 holding
    only 「此回應只有版主看得到」."""
    if not loads_assets(soup, _XUITE_ADDRESS):
        return
    posts = soup.find_all("div", class_="blogbody")
    body = soup.find(id="content_all")
    if len(posts) != 1 or not isinstance(body, Tag) or posts[0] not in body.parents:
        return          # the blog's page of many posts
    title = posts[0].find(class_="title")
    if isinstance(title, Tag) and title.name in ("h1", "h2", "h3", "h4") and title.get_text(strip=True):
        title.name = "h1"
        for banner in soup.find_all(class_="blog-banner"):
            banner.decompose()      # the blog's name and motto: the same over every post
    for furniture in posts[0].find_all(class_=["title-info", "posted", "article-nav"]):
        furniture.decompose()
    for paragraph in body.find_all("p", recursive=False):
        lines_apart(soup, paragraph)
    box = soup.find(id="comment")
    if not isinstance(box, Tag):
        return
    comments = []
    for card in box.find_all("div", class_="comment"):
        name = one_line(card.find(class_="comment-name"))
        text = card.find(class_="comment-content")
        if name == _XUITE_PRIVATE or not isinstance(text, Tag):
            continue
        comments.append(Comment(name, one_line(text), False))
        reply = card.select_one(".blogger-reply .reply-content")
        if reply is not None and (words := _XUITE_STAMP.sub("", one_line(reply))):
            comments.append(Comment("", words, True))
    box.decompose()
    _insert_after(soup, body, comments)


def lines_apart(soup: BeautifulSoup, paragraph: Tag) -> None:
    """Set each line of a `<br>`-typed paragraph apart as a paragraph of its own, as Xuite's editor
    shows them: a line all in bold over the lines under it is a part's title (「■ 公共電話還找得到嗎？」,
    without the 「■」 drawn before it), and the line under a numbered run (「1. …」「2. …」「3. …」) is the
    text after it, not a part of its last step. A block among the lines (an `<ol>` a Diary.ru post's
    text holds between its `<br>` lines) ends the line before it and stays as it is, between them."""
    lines: list[list] = [[]]
    for node in list(paragraph.children):
        if isinstance(node, Tag) and node.name == "br":
            lines.append([])
        elif isinstance(node, Tag) and node.name in BLOCK_TAGS:
            lines.extend(([node], []))
        else:
            lines[-1].append(node)
    if len(lines) < 2:
        return
    for line in lines:
        if len(line) == 1 and isinstance(line[0], Tag) and line[0].name in BLOCK_TAGS:
            paragraph.insert_before(line[0].extract())
            continue
        new = soup.new_tag("p")
        for node in line:
            new.append(node.extract())
        if _all_bold(line):
            bold = new.find(["strong", "b"])
            first = next(bold.strings, None)
            if first is not None:
                first.replace_with(TITLE_GLYPH.sub("", str(first)))
        if new.get_text(strip=True):
            paragraph.insert_before(new)
    paragraph.decompose()


def _all_bold(nodes: list) -> bool:
    """A line that is one bold run and nothing else."""
    words = [node for node in nodes if isinstance(node, Tag) or str(node).strip()]
    return len(words) == 1 and isinstance(words[0], Tag) and words[0].name in ("strong", "b") \
        and bool(words[0].get_text(strip=True))

def _linkedin(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """A LinkedIn article (Pulse): one `div.reader-article-content` in its `div.article-main__content`, its
    comments the `section.comment` cards of the article's `section.comments`; a comment by the name on the
    author card is the author's."""
    bodies = [body for body in soup.find_all("div", class_="reader-article-content")
              if body.find_parent("div", class_="article-main__content") is not None]
    box = soup.find("section", class_="comments")
    if len(bodies) != 1 or not isinstance(box, Tag):
        return
    writer = one_line(soup.select_one(".publisher-author-card .base-main-card__title"))
    comments = []
    for card in box.find_all("section", class_="comment"):
        text = _own_in(card, "section", "comment", ["comment__text"])
        if text is None:
            continue
        name = one_line(_own_in(card, "section", "comment", ["comment__author"]))
        comments.append(Comment(name, one_line(text), bool(writer) and name == writer))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


def _staticman(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Staticman's comments on a Jekyll post (holdout56, Minima): the comments a site's Staticman
    commits to its repository, rendered into the page by the theme's include as `article.js-comment`
    cards (`.comment__author` with the name, `.comment__date`, the text in `[itemprop=text]`; a reply
    marked `child`), under the one post text (`.post-content`, else `[itemprop=articleBody]`), with
    the Staticman form after them. The post's author is marked by a badge beside the name
    (`.comment__author-badge`) or by the post's author's name (`.p-author`)."""
    bodies = soup.find_all(class_="post-content") or soup.find_all(attrs={"itemprop": "articleBody"})
    cards = soup.find_all("article", class_="js-comment")
    if len(bodies) != 1 or not cards:
        return
    byline = soup.find(class_="p-author")
    writer = one_line(byline) if isinstance(byline, Tag) else ""
    comments = []
    for card in cards:
        named = card.find(class_="comment__author")
        text = card.find(attrs={"itemprop": "text"})
        if not isinstance(named, Tag) or not isinstance(text, Tag):
            continue
        badge = named.find(class_="comment__author-badge")
        if isinstance(badge, Tag):
            badge.extract()
        name = one_line(named)
        comments.append(Comment(name, one_line(text), badge is not None or (bool(writer) and name == writer)))
    box = soup.find(id="comments")
    for gone in [box] if isinstance(box, Tag) and all(box in card.parents for card in cards) else cards:
        gone.decompose()
    _insert_after(soup, bodies[0], comments)


def _jingyan(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Baidu Jingyan (百度经验): an article page its own markup marks — the `h1` in the title box,
    the `div.exp-info` line under it (the author, 「2025-07-02 16:18」, 「浏览：6,437」, 「原创」), the
    text as `div.exp-content-block`s (the brief, 工具/原料, 方法/步骤, 注意事项…), each part's list
    closed by 「END」 (`div.exp-content-end`) —, its readers' 有得 in `div.wgt-comment` as
    `li.comment-item` cards (`.comment-user`, `.comment-time`, `p.comment-text`). The info line and
    the statement under the text (「经验内容仅供参考…」「作者声明：…」) are no text; an END closes its part only (one END alone was taken for the article's end and the
    注意事项 after it were lost); the comments, which Jingyan marks as nobody's answers, are remarks.
    """
    blocks = [block for block in soup.find_all("div", class_="exp-content-block")
              if block.find("div", class_="exp-content-body", recursive=False) is not None]
    if not blocks or soup.find("h1") is None:
        return
    for furniture in soup.find_all("div", class_=["exp-info", "exp-content-end", "exp-statement"]):
        furniture.decompose()
    box = soup.find("div", class_="wgt-comment")
    if not isinstance(box, Tag):
        return
    comments = [Comment(one_line(card.find(class_="comment-user")), one_line(text), False)
                for card in box.find_all("li", class_="comment-item")
                if isinstance(text := card.find(class_="comment-text"), Tag)]
    box.decompose()
    _insert_after(soup, blocks[-1], comments)


def _toutiao(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """A Toutiao (今日头条) article page: the text in one `article.syl-article-base`, its comments in
    the `div.ttp-comment-wrapper` as `li.comment-item` cards (`a.user-name`, the text in `p.content`,
    「11-08 · 哈萨克斯坦」 time and place, 回复 and likes in `.action`), each reply a `li.reply-item`
    in the `ul.reply-list` of the comment it answers, the article's author marked by the tag beside
    the name (`span.author-tag` 「作者」) or by the name in the `.article-meta` line."""
    bodies = soup.find_all("article", class_="syl-article-base")
    box = soup.find("div", class_="ttp-comment-wrapper")
    if len(bodies) != 1 or not isinstance(box, Tag):
        return
    byline = soup.select_one(".article-meta .name")
    writer = one_line(byline) if isinstance(byline, Tag) else ""
    comments = []
    for card in box.find_all("li", class_=["comment-item", "reply-item"]):
        text = _own_in(card, "li", "reply-item", ["content"]) if "reply-item" in card["class"] \
            else next((found for found in card.find_all("p", class_="content")
                       if found.find_parent("li", class_="reply-item") is None), None)
        named = card.find(class_="user-name")
        if text is None or not isinstance(named, Tag):
            continue
        name = one_line(named)
        tag = named.find_next_sibling(class_="author-tag")
        comments.append(Comment(name, one_line(text), tag is not None or (bool(writer) and name == writer)))
    box.decompose()
    _insert_after(soup, bodies[0], comments, inside=True)


def _xiaohongshu(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """A Xiaohongshu (小红书) note page: the note's text in the one `#detail-desc` of its
    `div.note-container`, its comments in `.comments-container` as `div.comment-item` cards (the
    name `a.name`, the text in `.content`, date, place, likes and 回复 in `.info`), each reply a
    `comment-item-sub` card in the `.reply-container` of the comment it answers, the note's author
    marked by the tag beside the name (`span.tag` 「作者」) or by the name on the author card over the
    note. The 「编辑于 11-06 阿拉木图」 line under the note (`.bottom-container`) and the engage bar
    (「说点什么...」 and the counts, `.engage-bar`) are no text, nor is the site's ICP footer
    (`.bottom-channel`, `.footer-container`), which would close the comments part."""
    notes = soup.find_all("div", class_="note-container")
    body = notes[0].find(id="detail-desc") if len(notes) == 1 else None
    box = notes[0].find(class_="comments-container") if len(notes) == 1 else None
    if not isinstance(body, Tag) or not isinstance(box, Tag):
        return
    card_of_writer = notes[0].select_one(".author-container .username")
    writer = one_line(card_of_writer) if isinstance(card_of_writer, Tag) else ""
    comments = []
    for card in box.find_all("div", class_="comment-item"):
        text = card.find(class_="content")
        named = card.find("a", class_="name")
        if not isinstance(text, Tag) or not isinstance(named, Tag):
            continue
        name = one_line(named)
        tag = named.find_next_sibling(class_="tag")
        mine = (tag is not None and one_line(tag) == _AUTHOR_TAG) or (bool(writer) and name == writer)
        comments.append(Comment(name, one_line(text), mine))
    for furniture in [*notes[0].find_all(class_=["bottom-container", "engage-bar"]),
                      *soup.find_all(class_=["bottom-channel", "footer-container"])]:
        furniture.decompose()
    box.decompose()
    _insert_after(soup, body, comments)


# Douyin's (抖音) video page: its class names are built (「Ycp5cDgq」), its parts named by data-e2e
_DOUYIN = "data-e2e"
# the action bar's counters under the caption: likes (「3.1万」), comments, saves, 「分享」
_DOUYIN_COUNTERS = ("video-player-digg", "feed-comment-icon", "video-player-collect", "video-player-share")


def _douyin(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """A Douyin (抖音) video page as the browser saves it: the one `data-e2e="detail-video-info"` box
    under the player holds the author's line (`video-author`: 「@name」, 关注, followers and IP place),
    the caption's first line as the page's heading (`video-desc`, its hashtags links 「#滑翔伞」), the
    full caption (`video-desc-full`), the time and place line and the action bar's counters; the
    comments are `data-e2e="comment-item"` cards in `comment-list` (`.comment-user` the name with the
    time and place, `.comment-content` the text, the like count), each reply a `.comment-reply-item` in
    the card it answers, the video's author marked by the 「作者」 tag (`.author-tag`) or by the name
    over the video.

    The heading's hashtags are the video's filing, no words of its title (holdout115's was 「…这样准备
    #滑翔伞 #哈萨克斯坦 #阿拉木图旅行 #户外安全」); the author's 「@name」 line opened the first part, and
    the counters glued without separators (「3.1万12869412分享」) closed the last: they go. The comments are
    the caption's last part 「评论」, each reply under the comment it answers, a viewer's question the
    author (the 作者 tag) replied to a Q&A; names, times, places and like counts are no text."""
    infos = soup.find_all(attrs={_DOUYIN: "detail-video-info"})
    desc = infos[0].find(attrs={_DOUYIN: "video-desc"}) if len(infos) == 1 else None
    if not isinstance(desc, Tag):
        return          # a feed, a profile or a search page: many videos, no one article
    info = infos[0]
    for tag in desc.find_all(["a", "span"]):
        if HASHTAG_LINE.match(one_line(tag)):
            tag.decompose()
    if desc.name not in HEADING_TAGS:
        desc.name = "h1"
    author = info.find(attrs={_DOUYIN: "video-author"})
    named = author.find("a") if isinstance(author, Tag) else None
    writer = one_line(named).lstrip("@") if isinstance(named, Tag) else ""
    for furniture in [author, *info.find_all(attrs={_DOUYIN: _DOUYIN_COUNTERS})]:
        if isinstance(furniture, Tag):
            furniture.decompose()
    full = info.find(attrs={_DOUYIN: "video-desc-full"})
    body = full if isinstance(full, Tag) else desc
    box = soup.find(attrs={_DOUYIN: "comment-list"})
    if not isinstance(box, Tag):
        return
    comments = []
    for card in box.find_all(attrs={_DOUYIN: "comment-item"}):
        replies = card.find_all(class_="comment-reply-item")
        for k, item in enumerate([card, *replies]):
            text = next((tag for tag in item.find_all(class_="comment-content")
                         if item is not card or not any(inside(tag, reply) for reply in replies)), None)
            user = item.find(class_="comment-user")
            name = user.find("a") if isinstance(user, Tag) else None
            if not isinstance(text, Tag):
                continue
            tag = user.find(class_="author-tag") if isinstance(user, Tag) else None
            mine = (isinstance(tag, Tag) and one_line(tag) == _AUTHOR_TAG) or (bool(writer) and one_line(name) == writer)
            comments.append(Comment(one_line(name), one_line(text), mine, nested=k == 1))
    box.decompose()
    _insert_after(soup, body, comments)


# Vimeo's clip page: its player's overlay (「div.vp-title」 over the video, 「span.vp-time」 in 「div.vp-controls」)
# and the clip's furniture under it, named by CSS modules (「ClipOwner_owner」, maybe with a build's hash after)
_VIMEO_FURNITURE = re.compile(r"^(?:vp-(?:title|byline|controls|badge|sidedock)|(?:ClipOwner|ClipStats|ClipActions)_)")
_VIMEO_OWNER = re.compile(r"^ClipOwner_name(?:__|$)")
_VIMEO_COMMENTS = re.compile(r"^Comments_comments(?:__|$)")
_VIMEO_COMMENT = re.compile(r"^Comment_comment(?:__|$)")
_VIMEO_REPLIES = re.compile(r"^Comment_replies(?:__|$)")
_VIMEO_TEXT = re.compile(r"^Comment_text(?:__|$)")
_VIMEO_AUTHOR = re.compile(r"^Comment_author(?:__|$)")
_VIMEO_BADGE = re.compile(r"^Comment_ownerBadge(?:__|$)")


def _vimeo(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """A Vimeo clip page as the browser saves it (its `og:site_name` 「Vimeo」): the player (`div.player`) with its
    overlay — the clip's title again (`div.vp-title`), the controls and the duration (`span.vp-time` 「08:42」) —
    then `section.ClipInfo_clipInfo`: the title `h1.ClipTitle_title`, the owner's line (`ClipOwner_name` and its
    plan badge 「PLUS」, a Follow button), the stats (「1,204 views」「2 months ago」 in `ClipStats_stats`), the
    action buttons, then the description.

    The overlay and the owner's and stats' lines opened the first part, glued (「Shymbulak Ski Rent 雪具租借PLUS」,
    「1,204 views2 months ago」, holdout127): no word of the description, they go. The comments
    (`section.Comments_comments`: `li.Comment_comment` cards, the writer's `a.Comment_author` and the clip owner's
    「Owner」 badge `span.Comment_ownerBadge`, the time, the text `p.Comment_text`, each reply a card in the
    `ul.Comment_replies` of the one it answers) are the description's last part 「评论」, as Douyin's are: a viewer's
    comment the owner replied to a Q&A; names, times, badges and the comment form are no text."""
    site = soup.find("meta", attrs={"property": "og:site_name"})
    if not isinstance(site, Tag) or str(site.get("content", "")).strip().lower() != "vimeo":
        return
    owner = one_line(soup.find(class_=_VIMEO_OWNER))
    for tag in soup.find_all(class_=_VIMEO_FURNITURE):
        if tag.parent is not None:
            tag.decompose()
    boxes = soup.find_all(class_=_VIMEO_COMMENTS)
    if len(boxes) != 1:
        return
    _clip_comments(soup, boxes[0], "li", (_VIMEO_COMMENT, _VIMEO_REPLIES, _VIMEO_TEXT, _VIMEO_AUTHOR, _VIMEO_BADGE),
                   owner)


def _clip_comments(soup: BeautifulSoup, box: Tag, card: str, classes: tuple[re.Pattern[str], ...], owner: str) -> None:
    """Replace a video page's comment box by the part 「评论」 (`comments_html`) where it stood: each `card` element of
    the comment class, then the replies in its replies' box under it; `classes` are the comment's, the replies' box's,
    the text's, the writer's and the owner's badge's. A comment with the badge or by the `owner` is the author's."""
    comment, replies_box, text_class, author_class, badge_class = classes
    comments = []
    for top in box.find_all(class_=comment):
        if top.find_parent(class_=replies_box) is not None:
            continue        # (read under the comment it answers)
        replies = [reply for inner in top.find_all(class_=replies_box) for reply in inner.find_all(class_=comment)]
        for k, item in enumerate([top, *replies]):
            text = _own_in(item, card, comment, [text_class])
            if not isinstance(text, Tag):
                continue
            name = one_line(_own_in(item, card, comment, [author_class]))
            mine = _own_in(item, card, comment, [badge_class]) is not None or (bool(owner) and name == owner)
            comments.append(Comment(name, one_line(text), mine, nested=k == 1))
    markup = comments_html(comments)
    if markup:      # (where the comments stood: after the clip's chapters, the page's last part)
        box.replace_with(_markup_part(soup, markup))


# SoundCloud's own assets (its web app's build on a-v2.sndcdn.com)
_SOUNDCLOUD_ADDRESS = re.compile(r"^(?:https?:)?//[a-z0-9-]+\.sndcdn\.com/", re.IGNORECASE)
# the track's furniture around its title and description: the uploader's line under the h1, the upload time, the
# genre tag, the waveform's duration, the action buttons, the stats, the uploader's badge and the comments' count
_SOUNDCLOUD_FURNITURE = re.compile(
    r"^(?:soundTitle__(?:username|uploadTime)|sc-tagContent|waveform|soundActions|soundStats|userBadge"
    r"|commentsList__(?:title|more))$")
_SOUNDCLOUD_CLASSES = (re.compile(r"^commentItem$"), re.compile(r"^commentItem__replies$"),
                       re.compile(r"^commentItem__body$"), re.compile(r"^commentItem__username$"),
                       re.compile(r"^commentItem__badge$"))
# a reply's opening mention of the commenter it answers (「@marat_t 发 10GB 到 5858」)
_SOUNDCLOUD_MENTION = re.compile(r"^\s*@[\w.-]+\s+")


def _soundcloud(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """A SoundCloud track page (its assets from sndcdn.com): `div.fullHero` of the title `h1.soundTitle__title`,
    the uploader `h2.soundTitle__username`, the upload time and the genre tag, the waveform with its duration, then
    the action buttons, `ul.soundStats` (plays, likes, reposts), the uploader's `div.userBadge` (name, followers),
    the description, and `div.commentsList` (「24 comments」, each `li.commentItem` a username, a timestamp in the
    track 「at 2:15」 and `p.commentItem__body`, a reply a card in the `ul.commentItem__replies` of the one it
    answers, the uploader's marked by the badge 「Artist」 and opening with an @mention of the commenter).

    Read as a page, the uploader's h2 titled the first part and the h1 was lost, the time glued to the tag (「1
    month ago#Electronic」), the duration, the stats and the badge 「DJ Sarbaz2,114 followers」 opened it, and the
    comments were one part without their writers, so a listener's question and the artist's reply were no Q&A
    (holdout173). The furniture goes; the comments are the last part 「评论」, as Vimeo's are, a comment the artist
    answered a Q&A, the reply's @mention no word of the answer."""
    if not loads_assets(soup, _SOUNDCLOUD_ADDRESS):
        return
    boxes = soup.select("div.commentsList")
    owner = one_line(soup.select_one("h2.soundTitle__username"))
    for tag in soup.find_all(class_=_SOUNDCLOUD_FURNITURE):
        if tag.parent is not None:
            tag.decompose()
    if len(boxes) != 1:
        return
    for replies in boxes[0].select("ul.commentItem__replies"):
        for body in replies.select("p.commentItem__body"):
            first = next((node for node in body.descendants if isinstance(node, NavigableString) and node.strip()),
                         None)
            if first is not None and _SOUNDCLOUD_MENTION.match(first):
                first.replace_with(_SOUNDCLOUD_MENTION.sub("", first, count=1))
    _clip_comments(soup, boxes[0], "li", _SOUNDCLOUD_CLASSES, owner)


# Bandcamp's own assets (its pages' bundles on the bcbits.com CDN)
_BANDCAMP_ADDRESS = re.compile(r"^(?:https?:)?//[a-z0-9-]+\.bcbits\.com/", re.IGNORECASE)
# an album or track page's furniture: the player, the buy box, the share and wishlist buttons, the credits, the tags,
# the track list and the right column (band photo, name and place, discography)
_BANDCAMP_FURNITURE = ("div.inline_player", "ul.tralbumCommands", "ul.share-collect-controls", "div.tralbum-credits",
                       "div.tralbum-tags", "table#track_table", "div#rightColumn")


def _bandcamp(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """A Bandcamp album or track page (its assets from bcbits.com): `div#name-section` of the title
    `h2.trackTitle` and the byline h3 「by …」, the inline player (「00:00 / 04:31」), the buy items
    (`ul.tralbumCommands`: price, 「Includes unlimited streaming…」, a download card), the share and wishlist
    buttons, the about text `div.tralbum-about`, then `div.tralbum-credits` (release date and players' lines one
    `<br>` apart), the tags, `table#track_table`, `div.collected-by` (「supported by」: each `div.writing` a fan's
    name, their note `div.text` and 「favorite track: …」) and `div#rightColumn` (band's name and place, its
    discography).

    Read as a page, the byline titled the first part and the album's title was lost, the player and the buy box
    opened it, and the credits, the track rows, the supporters and the band's place ran on into the about text's
    last answer; the discography was a part (holdout173). The title is the album's, the byline and the furniture
    go (the credits and the track list say nothing the about text's reader asks), and the fans' notes are the
    comments under the about text, as Gumroad's reviews are: Bandcamp marks none as the band's."""
    if not loads_assets(soup, _BANDCAMP_ADDRESS):
        return
    bodies = soup.select("div.tralbum-about")
    titles = soup.select("#name-section h2.trackTitle")
    if len(bodies) != 1 or len(titles) != 1:
        return
    for byline in soup.select("#name-section h3"):
        byline.decompose()
    titles[0].name = "h1"
    drop_selected(soup, _BANDCAMP_FURNITURE)
    _insert_after(soup, bodies[0], _cards_taken(soup, "div.collected-by", "div.writing", "text", "pic"))


# a podcast episode page's player apps' own assets: Spotify's web player (open.spotifycdn.com), Yandex Music's
_SPOTIFY_ADDRESS = re.compile(r"^(?:https?:)?//open\.spotifycdn\.com/", re.IGNORECASE)
_YANDEX_MUSIC_ADDRESS = re.compile(r"^(?:https?:)?//music\.yandex\.(?:ru|kz|by|uz|com)/", re.IGNORECASE)


def _episode_page(soup: BeautifulSoup, header: Tag, title: Tag, description: Tag, furniture: list[Tag]) -> None:
    """A podcast episode page read as its description under its title: the episode's `header` keeps only its
    `title` (the type label, the show's link, the date and duration line and the buttons go), the `description`'s
    own heading (the app's label 「单集说明」, 「Описание」) goes so that its opening paragraph stands under the title,
    and the app's `furniture` (other episodes, the show's blurb) goes."""
    header.replace_with(title)
    label = description.find(["h2"], recursive=False)
    if isinstance(label, Tag) and label.find_previous_sibling(True) is None:
        label.decompose()
    for tag in furniture:
        tag.decompose()


def _spotify_episode(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """A Spotify web player's episode page (its assets from open.spotifycdn.com): in `section[data-testid=
    episode-page]` the `div.episode-header` (the type 「播客节目单集」, the h1, the show's link, the date and duration
    `p.meta`), the action bar, `div.episode-description` (its own h2 「单集说明」, then the show notes), then
    `div.more-episodes` (「更多单集」, other episodes' links) and `div.show-about` (「关于」, the show's blurb).

    Read as a page, the type label and the show's name were the h1's part and 「单集说明」 titled the notes' first
    paragraph, and the other episodes and the blurb were parts of their own (holdout173): the app's, not the
    episode's. The page is the notes under the h1 (`_episode_page`)."""
    if not loads_assets(soup, _SPOTIFY_ADDRESS):
        return
    headers, descriptions = soup.select("div.episode-header"), soup.select("div.episode-description")
    if len(headers) != 1 or len(descriptions) != 1 or not isinstance(title := headers[0].find("h1"), Tag):
        return
    _episode_page(soup, headers[0], title.extract(), descriptions[0],
                  soup.select("div.action-bar, div.more-episodes, div.show-about"))


def _yandex_music_episode(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """A Yandex Music (Яндекс Музыка) podcast episode page (its assets from music.yandex.*): `div.Breadcrumbs`,
    `div.PageHeader_info` (the type 「Выпуск подкаста」, `h1.PageHeader_title`, the podcast's link, the date and
    length line, the buttons), `section.EpisodeDescription_root` (its own h2 「Описание」, then the notes),
    `section.Comments_root` and `section.OtherEpisodes` (「Другие выпуски」).

    Read as a page, the header went as chrome by its class word with the h1 in it, so 「Описание」 titled the first
    part, and the other episodes were a part (holdout173). The page is the notes under the h1 (`_episode_page`);
    the comments stay the part 「评论」 they were read as."""
    if not loads_assets(soup, _YANDEX_MUSIC_ADDRESS):
        return
    headers, descriptions = soup.select("div.PageHeader_info"), soup.select("section.EpisodeDescription_root")
    if len(headers) != 1 or len(descriptions) != 1 or not isinstance(title := headers[0].find("h1"), Tag):
        return
    _episode_page(soup, headers[0], title.extract(), descriptions[0],
                  soup.select("div.Breadcrumbs, section.OtherEpisodes"))


# Dailymotion's video page, named by CSS modules (「Comments__comments___2kYv1」: a part's name, a build's hash after):
# the player's placeholder and the video's furniture under its title, then the comment cards
_DAILYMOTION_FURNITURE = re.compile(
    r"^(?:Player__player|VideoInfo__meta|ChannelLine__channel|VideoActions__actions)(?:___|$)")
_DAILYMOTION_CHANNEL = re.compile(r"^ChannelLine__name(?:___|$)")
_DAILYMOTION_COMMENTS = re.compile(r"^Comments__comments(?:___|$)")
_DAILYMOTION_COMMENT = re.compile(r"^Comment__comment(?:___|$)")
_DAILYMOTION_CLASSES = (_DAILYMOTION_COMMENT, re.compile(r"^Comment__replies(?:___|$)"),
                        re.compile(r"^Comment__text(?:___|$)"), re.compile(r"^Comment__author(?:___|$)"),
                        re.compile(r"^Comment__badge(?:___|$)"))


def _dailymotion(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """A Dailymotion video page as the browser saves it (its `og:site_name` 「Dailymotion」): the player
    (`div.Player__player…`, its placeholder 「影片播放器」 until the script runs), then `section.VideoInfo__videoInfo…`:
    the title, the views and date line, the channel's line (`ChannelLine__name` 「Kiiz Üi 氈房工作室」, followers, a
    follow button), the reaction and share buttons, the description; then `section.Comments__comments…` (「留言 3」:
    `div.Comment__comment…` cards, the writer's `Comment__author`, the creator's badge `Comment__badge` 「創作者」,
    the time, the text `p.Comment__text`, each reply a card in the `Comment__replies` of the one it answers).

    Read as a page (holdout134) the placeholder and the channel's name opened the first part, and the comments were
    one passage, their writers, the badge and the nesting lost, the creator's reply between the question it
    answers and another viewer's. As Vimeo's: the player and the video's furniture go, and the comments are the
    description's last part 「评论」, a viewer's comment the creator replied to a Q&A."""
    site = soup.find("meta", attrs={"property": "og:site_name"})
    if not isinstance(site, Tag) or str(site.get("content", "")).strip().lower() != "dailymotion":
        return
    owner = one_line(soup.find(class_=_DAILYMOTION_CHANNEL))
    for tag in soup.find_all(class_=_DAILYMOTION_FURNITURE):
        if tag.parent is not None:
            tag.decompose()
    boxes = soup.find_all(class_=_DAILYMOTION_COMMENTS)
    if len(boxes) == 1:
        _clip_comments(soup, boxes[0], "div", _DAILYMOTION_CLASSES, owner)


# Weibo's (weibo.com) own markup: its woo-* widgets and wbpro-* parts keep their names, the rest is
# built by CSS modules (「detail_wbtext_4CRf9」: a part's name, then a hash that changes with each build)
_WEIBO_TEXT = re.compile(r"^detail_wbtext_")
_WEIBO_WRITER = re.compile(r"^head_name_")
_WEIBO_TAG = re.compile(r"^wbpro-tag")
_WEIBO_FURNITURE = re.compile(r"^(?:Detail_tab_|Detail_more_|RepostCommentFeed_filter_)")
_WEIBO_HASHTAG = re.compile(r"^https?://s\.weibo\.com/weibo\?q=%23", re.IGNORECASE)
_WEIBO_REPLY = re.compile(r"^回复(?=@)")
_BRACKET_TITLE = re.compile(r"^【([^【】]+)】$")


def _weibo(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """A Weibo (微博) post's own page (the new weibo.com): the post's text in the one
    `div.detail_wbtext_…` of its `div.wbpro-feed-content`, typed as lines with `<br>`, its comments in
    `div.wbpro-list` cards (`div.item1`: `.con1 > .text` the name link, 「:」 and the text, the
    `.info` line its time, place and likes), each reply a `div.item2` in the `div.list2` of the comment
    it answers (「回复@name: 」 before its words), the post's author marked by the 「作者」 tag beside the
    name (`span.wbpro-tag_…`) or by the name over the post (`a.head_name_…`).

    Each line of the text is a paragraph of its own, so a line that is only a 【bracketed title】 heads
    the lines under it (the writer's 【先说结论】 and 【投诉怎么说才有用】 were lines of the part before,
    glued to the line under them by one `<br>`); the hashtags (「#WhatsApp#」) and 「收起」 are no text, nor
    are the tab bar's counts (转发 / 评论 / 赞; the toolbar's, a `<footer>`, go as chrome), 「按热度 / 按时间」
    and 「查看更多评论」."""
    feeds = soup.find_all("div", class_="wbpro-feed-content")
    texts = feeds[0].find_all("div", class_=_WEIBO_TEXT) if len(feeds) == 1 else []
    if len(texts) != 1:
        return          # a timeline or a profile (many posts), or no post of Weibo's
    body = texts[0]
    for link in body.find_all("a", href=_WEIBO_HASHTAG):
        link.decompose()
    for fold in body.find_all("span", class_="expand"):
        if one_line(fold) in ("收起", "展开"):
            fold.decompose()
    lines_apart(soup, body)
    first = feeds[0].find("p")
    if isinstance(first, Tag) and (title := _BRACKET_TITLE.match(one_line(first))):
        first.name = "h1"       # a long post's first line 【…】 is its title (the `<title>` adds 「 - 微博」)
        first.string = title.group(1).strip()
    article = feeds[0].find_parent("article")
    scope = article if isinstance(article, Tag) else soup
    for furniture in scope.find_all(class_=_WEIBO_FURNITURE):
        furniture.decompose()
    writer_tag = scope.find("a", class_=_WEIBO_WRITER)
    writer = one_line(writer_tag) if isinstance(writer_tag, Tag) else ""
    cards = scope.find_all("div", class_="wbpro-list")
    comments = []
    for card in cards:
        for said in card.find_all("div", class_="text"):
            named = said.find("a", recursive=False)
            words = [child for child in said.find_all("span", recursive=False)
                     if not any(_WEIBO_TAG.match(word) for word in child.get("class", ()))]
            if not isinstance(named, Tag) or not words:
                continue
            name = one_line(named)
            tag = said.find("span", class_=_WEIBO_TAG, recursive=False)
            mine = (tag is not None and one_line(tag) == _AUTHOR_TAG) or (bool(writer) and name == writer)
            comments.append(Comment(name, _WEIBO_REPLY.sub("", one_line(words[-1])), mine))
    for card in cards:
        card.decompose()
    _insert_after(soup, feeds[0], comments)


_JIANSHU_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*jianshu\.io/")    # its assets (cdn2.jianshu.io)
_JIANSHU_FLOOR = re.compile(r"^\d+楼$")        # 「1楼」: the number Jianshu gives a comment, by its time


def _jianshu(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """A Jianshu (简书) article page (Next.js: its class names are hashes, 「_2rhmJa」): the page its assets
    from jianshu.io mark, the text in the one `<article>`, its comments in `section#note-page-comment`
    (「全部评论 6」, 按热度 / 按时间). Each comment is the block holding its 「1楼」 line (the number and the
    time): the commenter's name link in the block before that line, the text in the block after it,
    then the likes and 回复, then the replies, each a line of a name link, the 「作者」 tag beside the
    post's author's name, 「：」 and the words. 「展开剩余 3 条评论」 is no text."""
    if not loads_assets(soup, _JIANSHU_ADDRESS):
        return
    bodies = soup.find_all("article")
    box = soup.find("section", id="note-page-comment")
    if len(bodies) != 1 or not isinstance(box, Tag):
        return          # a collection or a user's page (many articles), or an article without comments
    comments = []
    for floor in box.find_all("span", string=_JIANSHU_FLOOR):
        line = floor.parent
        named = line.find_previous_sibling("div") if isinstance(line, Tag) else None
        text = line.find_next_sibling("div") if isinstance(line, Tag) else None
        link = named.find("a") if isinstance(named, Tag) else None
        if not isinstance(text, Tag) or not isinstance(link, Tag):
            continue
        comments.append(Comment(one_line(link), one_line(text), False))
        for reply in text.find_next_siblings("div"):
            for said in reply.find_all("div"):
                who = said.find("a", recursive=False)
                tag = who.find_next_sibling("span") if isinstance(who, Tag) else None
                words = one_line(said)[len(one_line(who)):] if isinstance(who, Tag) else ""
                mine = tag is not None and one_line(tag) == _AUTHOR_TAG
                words = words[len(_AUTHOR_TAG):] if mine else words
                if words[:1] in ("：", ":"):
                    comments.append(Comment(one_line(who), words[1:].strip(), mine))
    box.decompose()
    _insert_after(soup, bodies[0], comments, inside=True)


_BILIBILI_REPLY = re.compile(r"^回复\s*(?=@)")     # a sub-reply's 「回复 @name :」 before its words


def _bilibili_opus(soup: BeautifulSoup, marks: frozenset[str]) -> None:
    """A Bilibili (哔哩哔哩) opus / 专栏 page as the browser saves it: the bili-header, then the `div.bili-opus-view`
    of the title (`.opus-module-title`), the author line (name, 「编辑于 …」, 「+ 关注」), the text in one
    `div.opus-module-content` (<p><span> paragraphs, <strong> paragraph headings, `ul` / `ol.opus-para-list`), the
    topic tags (`.opus-module-extend`: 「#哈萨克斯坦」), the share / comment / like / coin / favourite counters
    (`.opus-module-bottom`: 「86」「1137」…) and the copyright line, then the comment module (`div.bili-comment`:
    「评论 86」, 最热 / 最新, the `div.reply-list` of `div.reply-item`s — a root reply's `.root-reply-container`
    with `.user-name`, the text in `.reply-content`, time, likes and 回复 in `.reply-info`, and its sub-replies
    `div.sub-reply-item` with `.sub-user-name`, the uploader's 「UP」 badge `.up-icon` and 「回复 @name :」 before
    the words —, 「没有更多评论」 and the reply box). Read as a page, the comment list went as comments and the
    tags and counters closed the last part. The tags and counters are no text; the comments are the post's
    last part 「评论」, the uploader's (the 「UP」 badge, or the author line's name) the author's.

    The older 专栏 page (read/cv, `_bilibili_read`) is read the same way."""
    if "#read-article-holder" in marks:
        _bilibili_read(soup)
        return
    bodies = soup.find_all("div", class_="opus-module-content")
    listed = soup.find("div", class_="reply-list")
    if len(bodies) != 1:
        return
    for furniture in soup.find_all("div", class_=["opus-module-extend", "opus-module-bottom"]):
        furniture.decompose()
    if not isinstance(listed, Tag):
        return
    byline = soup.select_one(".opus-module-author__name")
    writer = one_line(byline) if isinstance(byline, Tag) else ""
    comments = []
    for card in listed.find_all("div", class_=["root-reply-container", "sub-reply-item"]):
        named = card.find(class_=["user-name", "sub-user-name"])
        text = card.find(class_="reply-content")
        if not isinstance(named, Tag) or not isinstance(text, Tag):
            continue
        name = one_line(named)
        up = card.find(class_="up-icon") is not None
        comments.append(Comment(name, _BILIBILI_REPLY.sub("", one_line(text)), up or (bool(writer) and name == writer)))
    box = listed.find_parent("div", class_="bili-comment")
    (box if isinstance(box, Tag) else listed).decompose()
    _insert_after(soup, bodies[0], comments)


_BILIBILI_ASSETS = re.compile(r"^(?:https?:)?//s\d+\.hdslb\.com/")     # Bilibili's own CDN
# the read page's furniture: the UP's card (avatar, name, 「粉丝 12.6万」, 「+ 关注」), the date and views line, the tags
# under the text, the like / coin / favourite bar and the copyright line
_BILIBILI_READ_FURNITURE = ("div.up-info-holder", "div.article-read-info", "#read-article-holder p.article-tags",
                            "div.article-action", "div.article-copyright")


def _bilibili_read(soup: BeautifulSoup) -> None:
    """A Bilibili 专栏 page of the older kind (read/cv, its styles and scripts from Bilibili's hdslb.com CDN): the
    title `h1.title`, `div.article-read-info` (date, 「48213阅读」, 「1876点赞」), the UP's card `div.up-info` (the
    name `a.up-name` glued to 「粉丝 12.6万」, 「+ 关注」), the text in `div#read-article-holder` (its `h1` parts, a
    `p.article-tags` line 「标签：…」 at its end), the like / coin bar, then the comment module `div.bb-comment`:
    each `div.list-item` a root comment (`a.name`, `p.text`, time and likes) over its `div.reply-box` of replies
    (`a.name`, the UP's badge `span.up-tag` 「UP主」, `span.text-con`). Read as it stood (holdout258), the UP's name
    and fan count (「数码老周在折腾粉丝 12.6万」) opened the text, the root comments were one part 「评论」 and the UP's
    replies — the answers — were lost. The card, the counters and the tags are no text; the comments are the post's
    last part 「评论」, each reader's question the UP answered a Q&A, as the opus's."""
    body = soup.find("div", id="read-article-holder")
    if not isinstance(body, Tag) or not loads_assets(soup, _BILIBILI_ASSETS):
        return
    byline = soup.select_one("div.up-info a.up-name")
    writer = one_line(byline) if isinstance(byline, Tag) else ""
    drop_selected(soup, _BILIBILI_READ_FURNITURE)
    listed = soup.find("div", class_="comment-list")
    if not isinstance(listed, Tag):
        return
    comments = []
    for card in listed.find_all("div", class_="list-item"):
        named, text = card.select_one("div.user a.name"), card.find("p", class_="text")
        if isinstance(named, Tag) and isinstance(text, Tag):
            comments.append(Comment(one_line(named), one_line(text), bool(writer) and one_line(named) == writer))
        for reply in card.select("div.reply-box div.reply-item"):
            named, text = reply.find("a", class_="name"), reply.find(class_="text-con")
            if not isinstance(named, Tag) or not isinstance(text, Tag):
                continue
            up = reply.find(class_="up-tag") is not None or (bool(writer) and one_line(named) == writer)
            comments.append(Comment(one_line(named), _BILIBILI_REPLY.sub("", one_line(text)), up))
    box = listed.find_parent("div", class_="bb-comment")
    (box if isinstance(box, Tag) else listed).decompose()
    _insert_after(soup, body, comments)


_ACFUN_UP = re.compile(r"^UP主\s*[:：]\s*")       # the by-line's 「UP主：name」


def _acfun(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """An AcFun (A站) 文章 page: the crumbs (文章 > 综合 > …), `div.art-title` holding the title `h1.caption` and the
    by-line `div.art-title-head` (「UP主：name」, 「发布于 …」, views 「1.2万围观」, 「36评论」, the AC number), the text in
    one `div.article-content`, then the tags `div.article-tags` and the bar `div.article-ops` (「投蕉 128」, 「收藏
    340」, 分享), then the comments `div#area-comment` (「评论 36」): `div.area-comm-item` cards, each its
    `div.area-comm-user` line (`a.name`, floor 「#2」, time), its text `div.area-comm-content` and the uploader's
    reply `div.area-comm-reply` (`a.name`, the 「UP主」 badge `span.up-tag`, 「：」 and the words). Read as a page
    (holdout121), the by-line was the first words of the first part and the bar the last words of the last. The
    crumbs, by-line, tags and bar are no text; the comments are the post's last part 「评论」, the uploader's (the badge,
    or the by-line's name) the author's, so a reader's question the uploader answered is a Q&A."""
    bodies = soup.find_all("div", class_="article-content")
    if len(bodies) != 1:
        return
    byline = soup.select_one("div.art-title-head .up-name")
    writer = _ACFUN_UP.sub("", one_line(byline)) if isinstance(byline, Tag) else ""
    for furniture in soup.find_all("div", class_=["crumbs", "art-title-head", "article-tags", "article-ops"]):
        furniture.decompose()
    box = soup.find(id="area-comment")
    if not isinstance(box, Tag):
        return
    comments = []
    for card in box.find_all("div", class_="area-comm-item"):
        named = card.select_one(".area-comm-user a.name")
        text = card.find("div", class_="area-comm-content")
        if isinstance(named, Tag) and isinstance(text, Tag):
            name = one_line(named)
            comments.append(Comment(name, one_line(text), bool(writer) and name == writer))
        for reply in card.find_all("div", class_="area-comm-reply"):
            who = reply.find("a", class_="name")
            name = one_line(who) if isinstance(who, Tag) else ""
            up = reply.find(class_="up-tag") is not None
            words = sub_reply_text(reply, "name", "up-tag")
            if words:
                comments.append(Comment(name, words, up or bool(writer) and name == writer, nested=True))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


_MIXI_ANSWERING = re.compile(r"^\s*[>＞]\s*(\S[^\n]{0,30}?)さん\s*")   # a reply's 「>阿傑さん」: whom it answers
_MIXI_MARK = re.compile(r"^\s*[■□◆◇●○★☆▼▶◎]\s*")      # the mark a diarist opens a bold heading line with


def _mixi_diary(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """A mixi 日記 page: the profile side column (`p.nickname` 「Lin@阿拉木圖さん」, カレンダー, 最近の日記), then
    `div.diaryTitle` (the title `h2`, the date `span.date`, who may read it 「全体に公開」), the text in one
    `div.diaryBodyArea` (headings as bold paragraphs a mark opens, 「<p><b>■ 費用</b></p>」), the links イイネ！/シェア,
    and the comments `div.diaryCommentArea`: 「コメント」 and a `dl.commentList` of `dt` (the commenter's link and
    date) and `dd` (the words; the diarist answers with 「>name さん」 before them), then the comment form. Read as a
    page (holdout121), the date opened the first part, the headings kept their 「■」 and the comments were one
    passage, the diarist's answer not told from the question it answers. The date and audience are no text, a
    heading's mark goes, and the comments are the post's last part 「评论」, the diarist's (the side column's name)
    the author's, so a reader's question the diarist answered is a Q&A."""
    bodies = soup.find_all("div", class_="diaryBodyArea")
    if len(bodies) != 1:
        return
    for furniture in soup.select("div.diaryTitle span.date, div.diaryTitle span.publish, div.diaryBottomLinks"):
        furniture.decompose()
    for bold in bodies[0].select("p > b:only-child, p > strong:only-child"):
        first = next(bold.strings, None)
        if first is not None and _MIXI_MARK.match(first) and one_line(bold.parent) == one_line(bold):
            first.replace_with(_MIXI_MARK.sub("", str(first)))
    listed = soup.select_one("div.diaryCommentArea dl.commentList")
    if not isinstance(listed, Tag):
        return
    nickname = soup.select_one("p.nickname")
    writer = re.sub(r"\s*さん$", "", one_line(nickname)) if isinstance(nickname, Tag) else ""
    comments = []
    for term in listed.find_all("dt"):
        link = term.find("a")
        said = term.find_next_sibling(["dt", "dd"])
        if not isinstance(link, Tag) or not isinstance(said, Tag) or said.name != "dd":
            continue
        name = one_line(link)
        words = _MIXI_ANSWERING.sub("", one_line(said), count=1)
        if words:
            comments.append(Comment(name, words, bool(writer) and name == writer))
    box = listed.find_parent("div", class_="diaryCommentArea")
    (box if isinstance(box, Tag) else listed).decompose()
    _insert_after(soup, bodies[0], comments)


# Tistory's own assets: its CDN's tistory folders (t1/tistory1.daumcdn.net/tistory…) and tistory.com itself
_TISTORY_ADDRESS = re.compile(r"^(?:https?:)?//(?:(?:t1|tistory\d?)\.daumcdn\.net/tistory|(?:[\w-]+\.)*tistory\.com/)")
# what every Tistory page's script sets: the blog owner's name, the post's category (「哈萨克生活/开车」)
_TISTORY_OWNER = re.compile(r'"BLOG"\s*:\s*\{[^{}]*?"nickName"\s*:\s*"((?:[^"\\]|\\.)*)"')
_TISTORY_CATEGORY = re.compile(r'"categoryLabel"\s*:\s*"((?:[^"\\]|\\.)*)"')


def _tistory(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """A Tistory post page (any skin): the page its assets from Tistory's CDN mark, the post's text the one
    `div.tt_article_useless_p_margin` its editor writes; over it the skin prints the post's category
    (「哈萨克生活/开车」, the `categoryLabel` of the page's `window.T.entryInfo`), under it Tistory's
    `div.another_category` box (「'哈萨克生活 > 开车' 카테고리의 다른 글」: three other posts, their comment
    counts and dates); its comments Tistory's `div.tt-area-reply` of `li.tt-item-reply` cards (`.tt-link-user`,
    `.tt_date`, the text in `p.tt_desc`, the 「답글」 link in `.tt-box-reply`), each reply a card in the
    `ul.tt-list-reply-comment` of the comment it answers, so the page's order is the reading order; the
    blog owner's cards are classed `rp_admin`, or named by the `nickName` of the script's `BLOG`, a secret
    one (`rp_secret`: 「비밀댓글입니다」) says nothing. Read as a page, the category was the first words of
    the first paragraph, the other posts a part of their own, and the comments one passage, 「답글」 closing
    the first."""
    bodies = soup.find_all("div", class_="tt_article_useless_p_margin")
    if len(bodies) != 1 or not loads_assets(soup, _TISTORY_ADDRESS):
        return          # the blog's home page or a list of posts, or a page Tistory did not serve
    script = "\n".join(tag.get_text() for tag in soup.find_all("script") if not tag.get("src"))
    category = _TISTORY_CATEGORY.search(script)
    if category:
        label = category.group(1).strip()
        for tag in bodies[0].find_all_previous(True):
            if tag.name not in HEADING_TAGS and one_line(tag) == label and tag.find_parent(["nav", "aside"]) is None \
                    and not any(one_line(child) == label for child in tag.find_all(True)):
                tag.decompose()
    for furniture in soup.find_all("div", class_="another_category"):
        furniture.decompose()
    box = soup.find("div", class_="tt-area-reply")
    if not isinstance(box, Tag):
        return
    owner = _TISTORY_OWNER.search(script)
    writer = owner.group(1).strip() if owner else ""
    comments = []
    for card in box.find_all("li", class_="tt-item-reply"):
        text = _own_in(card, "li", "tt-item-reply", ["tt_desc"])
        named = _own_in(card, "li", "tt-item-reply", ["tt-link-user"])
        if text is None or "rp_secret" in card.get("class", []):
            continue
        name = one_line(named) if named is not None else ""
        comments.append(Comment(name, one_line(text),
                                "rp_admin" in card.get("class", []) or (bool(writer) and name == writer)))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


def _livejournal(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """LiveJournal: an entry's own page (the 「schemius」 style), its text one `div.aentry-post__text` in the
    `article.aentry-post` (typed as `<br>` lines, a `<b>` line heading the lines under it), under it the tags and
    the controls bar (`div.aentry-controls`: 「9 comments」, Share, 「♥ 14」, 「Add to memories」); its comments the
    `div#comments.b-xylem` tree of `div.b-tree-twig` rows in the page's order, each reply indented under
    the comment it answers (`b-tree-twig-2`, its `data-tid`), each row a `div.b-leaf` card — userpic, the
    name (`.b-leaf-username`'s `.i-ljuser-username`), 「[journal owner]」 beside the owner's (the card's class
    `b-leaf-poster`), time and permalink, the text in `.b-leaf-article`, Reply / Thread / Parent / Link
    in `.b-leaf-footer`. Read as a page, the controls bar closed the last part (「♥ 14 Add to memories」)
    and the tree was cut by size into two 「评论」 parts, a reader's question in one and the owner's
    answer in the next. The controls are no text; the comments are the post's last part, the journal
    owner's the author's."""
    bodies = soup.find_all("div", class_="aentry-post__text")
    box = soup.find("div", id="comments", class_="b-xylem")
    if len(bodies) != 1 or not isinstance(box, Tag):
        return          # a journal's page of entries, or an entry without LiveJournal's comment tree
    for controls in soup.find_all("div", class_="aentry-controls"):
        controls.decompose()
    comments = []
    for card in box.find_all("div", class_="b-leaf"):
        text = card.find("div", class_="b-leaf-article")
        named = card.find(class_="b-leaf-username")
        user = named.find(class_="i-ljuser-username") if isinstance(named, Tag) else None
        if isinstance(text, Tag):
            comments.append(Comment(one_line(user if isinstance(user, Tag) else named), one_line(text),
                                    "b-leaf-poster" in card.get("class", ())))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


# Diary.ru's own assets (static.diary.ru's styles and scripts); its script names the diary's owner
_DIARY_RU_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*diary\.ru/", re.IGNORECASE)
_DIARY_RU_OWNER = re.compile(r"\bjournalId\s*:\s*(\d+)")
_DIARY_RU_MEMBER = re.compile(r"/member/\?(\d+)$")


def _diary_ru(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Diary.ru (@дневники): a post's own page its static.diary.ru assets mark, the diary's name the page's
    `#header h1` (「Ветер с гор (Taipei→Almaty)」, the same over every post), the post one `div.singlePost`:
    `div.postTitle` (the date `span.postDate`, the post's title `h2`), its text `div.postContent`'s
    `div.postInner`, typed as `<br>` lines in one `div` (a line all in bold the title of the lines under it,
    an `<ol>` between them), then `div.postLinksBackg` (「Темы: …」 tags, URL / комментировать /
    Цитировать / share links); its comments `div#commentsArea`'s `div.singleComment` cards, flat (the
    commenter's link `.commentAuthor strong a` to `/member/?id`, `.commentDate`, the text in `.postInner`;
    an answer opens with 「@name」). Read as a page (holdout147), the diary's name titled every part, the
    bold lines stayed lines and the parts were cut by size, 「URL Цитировать」 closed the last answer, and
    the comments were one passage, the diarist's answer not told from the question it answers. So the
    post's title and text take the body's place, each line a paragraph of its own (a bold line heads the
    lines under it), and the comments are its last part, the diary owner's (the `journalId` of the page's
    script, the member its commenter's link names) the author's."""
    posts = soup.find_all("div", class_="singlePost")
    title = posts[0].select_one("div.postTitle h2") if len(posts) == 1 else None
    text = posts[0].select_one("div.postContent div.postInner") if len(posts) == 1 else None
    if not isinstance(title, Tag) or not isinstance(text, Tag) or soup.body is None \
            or not loads_assets(soup, _DIARY_RU_ADDRESS):
        return          # a diary's page of posts, or the same skin elsewhere
    owner = next((m.group(1) for script in soup.find_all("script") if (m := _DIARY_RU_OWNER.search(script.get_text()))), "")
    for block in [text, *text.find_all("div")]:
        if block.find("br", recursive=False) is not None:
            lines_apart(soup, block)
    comments = []
    box = soup.find("div", id="commentsArea")
    for card in box.find_all("div", class_="singleComment") if isinstance(box, Tag) else ():
        link = card.select_one(".commentAuthor strong a") or card.select_one(".commentAuthor a")
        words = card.find("div", class_="postInner")
        if isinstance(link, Tag) and isinstance(words, Tag) and one_line(words):
            member = _DIARY_RU_MEMBER.search(str(link.get("href") or ""))
            comments.append(Comment(one_line(link), one_line(words), bool(owner) and bool(member) and member.group(1) == owner))
    page = _as_page(soup, one_line(title), [text])
    append_markup(page, comments_html(comments))


# Dreamwidth's own assets (its site's styles and scripts, a journal's page loading them from www.dreamwidth.org)
_DREAMWIDTH_ASSETS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*dreamwidth\.org/")
_DREAMWIDTH_DEPTH = re.compile(r"^comment-depth-(\d+)$")


def _dreamwidth(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Dreamwidth: an entry's own page (its site styles, 「Celerity」 and the like), the journal's name the
    page's `h1#title` and the control strip (`#lj_controlstrip`: 「Create an account」, search) over it; the
    entry one `div.entry`, its subject `h3.entry-title`, its poster `.entry-poster`'s `.ljuser` (in a
    community not the journal's name), its text `div.entry-content`, then its tags and management links;
    the comments the `div#comments` rows `div.comment-thread`, each classed by its depth
    (`comment-depth-2`: a reply to the row above it of one less), a `div.comment` of subject
    `h4.comment-title` (none on a short reply), poster `.comment-poster`, date, text `.comment-content`
    and Reply / Thread / Parent links; beside it all the sidebar's `.module`s (Profile, the month's
    calendar, Tags, Page Summary, Style Credit, 「Page generated … Powered by Dreamwidth Studios」).
    Read as a page, the journal's name titled the entry and the subject was lost, 「Create an account」
    opened the text, each sidebar module was a part, and the comments one passage in which a reader's
    question and its answer no longer went together. So the subject and the entry's text take the
    body's place, and the comments are its last part, a reply set under the comment it answers (a
    reader's question the entry's poster answers a question with its answer)."""
    entries = soup.find_all("div", class_="entry-content")
    if len(entries) != 1 or soup.body is None or not loads_assets(soup, _DREAMWIDTH_ASSETS):
        return          # a journal's page of entries (its reading or tag pages), or the same skin elsewhere
    entry = entries[0].find_parent("div", class_="entry")
    subject = entry.find(class_="entry-title") if isinstance(entry, Tag) else None
    poster = entry.find(class_="entry-poster") if isinstance(entry, Tag) else None
    if not isinstance(subject, Tag) or not one_line(subject):
        return          # an entry without a subject: the page's own title stays
    author = one_line(poster.find(class_="ljuser") or poster) if isinstance(poster, Tag) else ""
    comments = []
    box = soup.find("div", id="comments")
    depth = 0
    for row in box.find_all("div", class_="comment-thread") if isinstance(box, Tag) else ():
        level = next((int(m.group(1)) for name in row.get("class", ()) if (m := _DREAMWIDTH_DEPTH.match(name))), 1)
        text = row.find(class_="comment-content")
        named = row.find(class_="comment-poster")
        if isinstance(text, Tag) and one_line(text):
            name = one_line(named) if isinstance(named, Tag) else ""
            comments.append(Comment(name, one_line(text), bool(author) and name == author, level > depth >= 1))
            depth = level
    page = _as_page(soup, one_line(subject), [entries[0]])
    append_markup(page, comments_html(comments))


# beehiiv's own assets (its web app's styles and scripts, its media CDN)
_BEEHIIV_ASSETS = re.compile(r"^(?:https?:)?//[\w.-]*\bbeehiiv\.com/")


def _asks_and_answers(block: Tag) -> bool:
    """Whether a post's block is a paragraph of a question and its answer: a bold line, a `<br>`, the answer."""
    lead = next((child for child in block.find("p").children if not (isinstance(child, str) and not child.strip())), None) \
        if isinstance(block.find("p"), Tag) else None
    return isinstance(lead, Tag) and lead.name in ("b", "strong") and isinstance(lead.find_next_sibling(), Tag) \
        and lead.find_next_sibling().name == "br"


def _beehiiv(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """beehiiv: a newsletter post on the web (its assets from beehiiv.com), the post's head a box of the
    category pill (`<a href="/c/生活">`), the title `<h1>`, the subtitle an `<h2>` (the issue's standfirst),
    the byline (avatar, writer, `<time>`) and the share buttons; the post `div#content-blocks` of blocks,
    each a `<div>` of one `p.paragraph`, `h2.heading` or list; under it the subscribe box and the comments
    `div#comments.comments-section` of `div.comment` (`.comment-author`, `<time>`, the text `<p>`).
    Read as a page, the category was a part of its own, the subtitle titled the intro, the byline opened
    it glued (「林怡君2026年10月6日」), and the newsletter's closing paragraph was glued to the answer of the
    last 「<b>Q：…</b><br>A：…」 block. So the title, the subtitle as the lead paragraph and the blocks take
    the body's place, a plain paragraph block after a question-and-answer one set apart by a rule, and the
    comments are its last part (the writer's replies the author's)."""
    bodies = soup.find_all("div", id="content-blocks")
    if len(bodies) != 1 or soup.body is None or not loads_assets(soup, _BEEHIIV_ASSETS):
        return
    body = bodies[0]
    heading = body.find_previous("h1")
    if not isinstance(heading, Tag) or not one_line(heading):
        return
    parts = []
    subtitle = heading.find_next_sibling()
    if isinstance(subtitle, Tag) and subtitle.name in ("h2", "h3", "p") and one_line(subtitle):
        lead = soup.new_tag("p")
        lead.string = one_line(subtitle)
        parts.append(lead)
    writer = heading.parent.find("time") if isinstance(heading.parent, Tag) else None
    named = writer.find_previous_sibling() if isinstance(writer, Tag) else None
    author = one_line(named) if isinstance(named, Tag) else ""
    asked = False
    for block in body.find_all("div", recursive=False):
        if asked and isinstance(block.find("p"), Tag) and not block.find(["ul", "ol", "table", *HEADING_TAGS]) \
                and not _asks_and_answers(block):
            block.insert_before(soup.new_tag("hr"))
        asked = _asks_and_answers(block)
    comments = []
    box = soup.find("div", id="comments")
    for card in box.find_all("div", class_="comment") if isinstance(box, Tag) else ():
        text = card.find("p")
        name = card.find(class_="comment-author")
        if isinstance(text, Tag) and one_line(text):
            said = one_line(name) if isinstance(name, Tag) else ""
            comments.append(Comment(said, one_line(text), bool(author) and said == author))
    page = _as_page(soup, one_line(heading), [*parts, body])
    append_markup(page, comments_html(comments))


def _naver_blog(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Naver Blog (네이버 블로그): a post page its SmartEditor ONE viewer marks, the post one
    `div.se-main-container` of `div.se-component` blocks, the first its title component
    (`se-documentTitle`: the category link `blog2_series`, the title `.se-title-text`, and the writer,
    `se_publishDate`, 「URL 복사」 and 「이웃추가」 of `blog2_container`). Around it the blog's frame: the
    header and menu, the profile box (name, id, caption), the 카테고리 sidebar, the tags, the 공감 / 댓글
    counters, 「… 카테고리의 다른 글」 (the category's other posts) and the footer. Its comments Naver's
    comment module (`div.u_cbox`) of `li.u_cbox_comment` cards (`.u_cbox_nick`, the text in
    `.u_cbox_contents`, the date, 「답글」), each reply a card in the `ul.u_cbox_reply_area` of the comment
    it answers, so the page's order is the reading order; the blog owner's marked 「블로그 주인」
    (`.u_cbox_writer`). Read as a page, the profile box was the title's text, the sidebar's 「카테고리」
    titled the post, the other posts were a part and the comments one passage. So the title and the
    post's other components take the body's place, then the comments as its last part."""
    bodies = soup.find_all("div", class_="se-main-container")
    if len(bodies) != 1 or soup.body is None:
        return
    body = bodies[0]
    components = body.find_all("div", class_="se-component", recursive=False)
    heading = next((title for part in components if "se-documentTitle" in part.get("class", ())
                    for title in part.find_all(class_="se-title-text")), None)
    if not isinstance(heading, Tag):
        return          # a SmartEditor document of another Naver service (Cafe, Post), or an old editor's post
    comments = []
    box = soup.find("div", class_="u_cbox")
    for card in box.find_all("li", class_="u_cbox_comment") if isinstance(box, Tag) else ():
        text = _own_in(card, "li", "u_cbox_comment", ["u_cbox_contents"])
        named = _own_in(card, "li", "u_cbox_comment", ["u_cbox_nick"])
        if text is not None and one_line(text):
            comments.append(Comment(one_line(named) if named is not None else "", one_line(text),
                                    _own_in(card, "li", "u_cbox_comment", ["u_cbox_writer"]) is not None))
    _smart_editor_titles(body)
    page = _as_page(soup, one_line(heading),
                    [part for part in components if "se-documentTitle" not in part.get("class", ())])
    append_markup(page, comments_html(comments))


_PIN_AUTHOR_BADGES = frozenset({"作者", "创作者", "創作者", "Creator", "Author"})


def _pinterest(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Pinterest: a pin's page as saved (`div#__PWS_ROOT__`): the header (logo, 首页 / 今日 / 创建, search, 登录 /
    注册), the closeup image, the share row (分享 / 保存), the source's domain link `a.link-domain`, the pin's title
    `h1.pin-title` and its description `div.pin-description` (the pin's text, its own headings and lists), then the
    creator card (name, 「1.2k 位粉丝」, 关注), the board line 「已保存到 <board>」, `section.comments` (「3 条评论」 over
    `div.comment` cards: `a.author`, the pin's creator's `span.badge` 「作者」, the text, time, 回复 and likes; a reply
    a `div.comment.reply` after the comment it answers), 「更多类似内容」 and the cookie notice. Read as a page, the
    domain link opened the title's text and the creator card and board line, name and follower count run together,
    were glued to the description's last part (holdout119). So the title and description take the body's place,
    then the comments as its last part (the creator's reply answering the comment before it)."""
    heading = soup.find("h1", class_="pin-title")
    body = soup.find("div", class_="pin-description")
    if not isinstance(heading, Tag) or not isinstance(body, Tag) or soup.body is None:
        return
    comments = []
    box = soup.find("section", class_="comments")
    for card in box.find_all("div", class_="comment") if isinstance(box, Tag) else ():
        texts = [one_line(text) for text in card.find_all("p")]
        badge = card.find(class_="badge")
        if any(texts):
            comments.append(Comment(one_line(card.find(class_="author")), " ".join(filter(None, texts)),
                                    badge is not None and one_line(badge) in _PIN_AUTHOR_BADGES,
                                    "reply" in card.get("class", ())))
    page = _as_page(soup, one_line(heading), [body])
    append_markup(page, comments_html(comments))


def _busuu(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Busuu community: a writing exercise's answer page (`main.community-exercise`): the breadcrumbs, the task
    (`section.exercise-instructions`: the label `…__label` 「寫作練習 · B1 · 第 7 單元「在家裡」」, the task's
    `h1.exercise-instructions__title` and its hint `…__hint`), the learner's answer (`article.exercise-answer`: the
    author card `…__author` of name, flag line and 「3 天前」, the text `div.exercise-answer__text`, the like / share /
    report buttons), then the native speakers' corrections (`section.corrections`, 「母語者的批改（3）」: each
    `div.correction` a `…__author` card of name, flag, the 「最佳批改」 badge and ★ rating, the corrected sentence
    `…__sentence` as the learner's words in <del> and the correction in <ins>, the corrector's note `…__comment`
    and the replies `…__reply`, each opening with its writer's `span.reply-author` 「Daniyar：」). Read as a page,
    the main-content choice fell on the answer alone once it was long, and the whole corrections section went
    (holdout153); shorter, the corrections were one glued part, each <del> run into its <ins>
    (「訂金是總價的 30%訂金為總價的三成」). So the task's title heads the page, its label and hint its first part's
    text, then the answer's text, then the corrections as its comments: each correction 「original → correction」
    with the note, each reply set under it, the answer's writer's replies the author's (「郊區的 3 000 ₸ 丈量費就
    免收」 answering 家豪's question)."""
    heading = soup.find("h1", class_="exercise-instructions__title")
    answer = soup.find("div", class_="exercise-answer__text")
    if not isinstance(heading, Tag) or not isinstance(answer, Tag) or soup.body is None:
        return
    writer = soup.select_one(".exercise-answer__author .author-name")
    writer_name = one_line(writer) if isinstance(writer, Tag) else ""
    lead = [part for name in ("exercise-instructions__label", "exercise-instructions__hint")
            if isinstance(part := soup.find(class_=name), Tag)]
    comments = []
    box = soup.find("section", class_="corrections")
    for card in box.find_all("div", class_="correction") if isinstance(box, Tag) else ():
        sentence = card.find(class_="correction__sentence")
        words = []
        if isinstance(sentence, Tag):
            before, after = sentence.find("del"), sentence.find("ins")
            words.append(" → ".join(one_line(part) for part in (before, after) if isinstance(part, Tag))
                         or one_line(sentence))
        note = card.find(class_="correction__comment")
        if isinstance(note, Tag):
            words.append(one_line(note))
        name = card.select_one(".correction__author .author-name")
        comments.append(Comment(one_line(name) if isinstance(name, Tag) else "", " ".join(filter(None, words)),
                                False))
        for reply in card.find_all(class_="correction__reply"):
            who = reply.find(class_="reply-author")
            replier = one_line(who).rstrip("：:") if isinstance(who, Tag) else ""
            if isinstance(who, Tag):
                who.decompose()
            comments.append(Comment(replier, one_line(reply), bool(writer_name) and replier == writer_name, True))
    page = _as_page(soup, one_line(heading), [])
    for part in lead:
        page.append(text_tag(soup, "p", one_line(part)))
    page.append(answer)
    append_markup(page, comments_html(comments))


def _as_page(soup: BeautifulSoup, title: str, parts: list[Tag]) -> Tag:
    """The body replaced by the post alone (the blog skin's or course player's frame gone whole): its
    `title` an <h1>, then its `parts` moved in order, in the <main> returned for its comments."""
    page = soup.new_tag("main")
    heading = soup.new_tag("h1")
    heading.string = title
    page.append(heading)
    for part in parts:
        page.append(part.extract())
    soup.body.clear()
    soup.body.append(page)
    return page


# Pikabu's own assets (cs.pikabu.ru's styles and scripts) or links to its site
_PIKABU_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*pikabu\.ru/", re.IGNORECASE)


def _pikabu(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Pikabu (Пикабу): a story (post) page its assets from cs.pikabu.ru mark, the story one `article.story`
    whose `div.story__content-inner` holds its blocks (`div.story-block`, each a text block of paragraphs, a
    heading and a list, as its editor adds them), the title `h1.story__title`. Around it the rating column,
    the community link, the author and date, the tags, 「47 комментариев」 / Сохранить / the share buttons and
    views, the sidebar and the cookie notice. Its comments `section.comments`: each `div.comment` a
    `.comment__body` (`.comment__header`: the nick `.comment__user`, the post's author's 「Автор поста」 label
    `.comment__author-label`, the rating and date; the text in `.comment__content`; Ответить / Ещё) and its
    replies nested in its `.comment__children` (a folded branch only a 「Раскрыть ветку 3」 button), so the page's
    order is the reading order. Read as a page, the comments were two 「评论」 passages of their lines without
    nicks or marks (a reader's question and the author's answer among others), and the story's closing block
    (no heading of its own) was glued to the list of the heading above it. So each block that opens without a
    heading after one that had one is set apart by a rule, and the comments are the story's last part (a
    reader's question the author answers in the next comment a question with its answer)."""
    stories = soup.find_all("article", class_="story")
    if len(stories) != 1 or not loads_assets(soup, _PIKABU_ADDRESS):
        return
    body = stories[0].find("div", class_="story__content-inner")
    if not isinstance(body, Tag):
        return
    headed = False
    for block in body.find_all("div", class_="story-block", recursive=False):
        opens = next((child for child in block.children if isinstance(child, Tag)), None)
        if opens is not None and opens.name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            headed = True
        elif headed and opens is not None:
            block.insert_before(soup.new_tag("hr"))
    box = soup.find("section", class_="comments")
    if not isinstance(box, Tag):
        return
    comments = []
    for card in box.find_all("div", class_="comment"):
        text = _own_in(card, "div", "comment", ["comment__content"])
        named = _own_in(card, "div", "comment", ["comment__user"])
        if text is not None and one_line(text):
            comments.append(Comment(one_line(named) if named is not None else "", one_line(text),
                                    _own_in(card, "div", "comment", ["comment__author-label"]) is not None))
    box.decompose()
    _insert_after(soup, body, comments)


# Hatena Blog's own assets (its CDN, its star and bookmark widgets)
_HATENA_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*(?:st-hatena\.com|hatena\.ne\.jp)/")
_HATENA_ID = re.compile(r"^id:")        # 「id:kazmama2019」: a Hatena user's id as the site prints it


def _hatena_blog(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Hatena Blog (はてなブログ): an entry's own page, the `<html>` its engine marks (`data-brand=
    "hatenablog"`, the blog's owner in `data-blog-owner`) or its assets from st-hatena.com, the entry's
    text one `div.entry-content.hatenablog-entry`. Under it the `footer.entry-footer` holds the by-line,
    the star and bookmark buttons, the share buttons and the comments: `div.comment-box` of
    `li.entry-comment` cards (`.comment-user-name`'s 「id:name」 link, the text in `.comment-content`, the
    date in `.comment-metadata`) in the page's order, 「もっと読む」 and 「コメントを書く」 around them; the blog
    owner's card marked 「ブログ主」 (`.comment-user-name-owner`) or named by the owner's id. Read as a page,
    the footer went as chrome, and the readers' comments with it; they are the entry's last part."""
    root = soup.html
    bodies = soup.find_all("div", class_="hatenablog-entry")
    if root is None or len(bodies) != 1 or root.get("data-brand") != "hatenablog" and not loads_assets(soup, _HATENA_ADDRESS):
        return          # the blog's top page or an archive of entries, or a page Hatena Blog did not serve
    owner = str(root.get("data-blog-owner") or root.get("data-author") or "")
    box = soup.find("div", class_="comment-box")
    if not isinstance(box, Tag):
        return
    comments = []
    for card in box.find_all("li", class_="entry-comment"):
        text = card.find("div", class_="comment-content")
        named = card.find("a", class_="comment-user-name-link")
        if not isinstance(text, Tag) or not one_line(text):
            continue
        name = _HATENA_ID.sub("", one_line(named)) if isinstance(named, Tag) else ""
        by_owner = card.find(class_="comment-user-name-owner") is not None or bool(owner) and name == owner
        comments.append(Comment(name, one_line(text), by_owner))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


_NOTE_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*st-note\.com/")     # note.com's assets


def _note_com(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """note (note.com): a note's own page, its assets from st-note.com, its text the one
    `div.note-common-styles__textnote-body`. Over it the `.o-noteContentHeader__info` line (the creator's
    name, the date, 「スキ 46」) is no text: it was glued to the lead. The comments are the `div.o-commentAreaItem`
    cards of `section.o-commentArea` (`.o-commentAreaItem__name`, `.o-commentAreaItem__body`, a reply classed
    `--reply`), the note's creator's known by the name linking to the header's creator link."""
    bodies = soup.find_all("div", class_="note-common-styles__textnote-body")
    if len(bodies) != 1 or not loads_assets(soup, _NOTE_ADDRESS, ("link", "script", "img")):
        return          # a creator's page or a list of notes, or a page note did not serve
    creator = soup.find("a", class_="o-noteContentHeader__name")
    creator_link = str(creator.get("href") or "") if isinstance(creator, Tag) else ""
    for info in soup.find_all(class_="o-noteContentHeader__info"):
        info.decompose()
    box = soup.find("section", class_="o-commentArea")
    if not isinstance(box, Tag):
        return
    comments = []
    for card in box.find_all("div", class_="o-commentAreaItem"):
        text = card.find(class_="o-commentAreaItem__body")
        named = card.find("a", class_="o-commentAreaItem__name")
        if not isinstance(text, Tag) or not one_line(text):
            continue
        by_creator = isinstance(named, Tag) and bool(creator_link) and named.get("href") == creator_link
        comments.append(Comment(one_line(named) if isinstance(named, Tag) else "", one_line(text), by_creator))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


def _habr(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Habr (Хабр): an article's own page, its text the one `div.tm-article-body` in
    `article.tm-article-presenter__content`. Around the title the author and date line
    (`.tm-article-snippet__meta`), the reading time and views (`.tm-article-snippet__stats`: 「Время на
    прочтение 6 мин」, 「Количество просмотров 4.2K」, glued to the lead), the hubs and the labels are no
    text. The comments are `section.tm-comments-wrapper`'s `article.tm-comment-thread__comment` cards in the
    page's order (replies in `.tm-comment-thread__children` after the comment they answer;
    `.tm-user-info__username` in `.tm-comment__header`, the text `.tm-comment__body-content`, votes and
    「Ответить」 in the footer), the article's author's known by the name of the article's by-line."""
    bodies = soup.find_all("div", class_="tm-article-body")
    box = soup.find("section", class_="tm-comments-wrapper")
    if len(bodies) != 1 or bodies[0].find_parent("article", class_="tm-article-presenter__content") is None:
        return          # a feed or a hub's page (many snippets), or no article page of Habr's
    byline = soup.select_one(".tm-article-snippet__meta .tm-user-info__username")
    author = one_line(byline) if isinstance(byline, Tag) else ""
    for chrome in soup.select(".tm-article-snippet__meta, .tm-article-snippet__stats, "
                              ".tm-publication-hubs, .tm-article-labels"):
        chrome.decompose()
    if not isinstance(box, Tag):
        return
    comments = []
    for card in box.find_all("article", class_="tm-comment-thread__comment"):
        text = card.find(class_="tm-comment__body-content")
        header = card.find(class_="tm-comment__header")
        named = header.find(class_="tm-user-info__username") if isinstance(header, Tag) else None
        if not isinstance(text, Tag) or not one_line(text):
            continue
        name = one_line(named) if isinstance(named, Tag) else ""
        comments.append(Comment(name, one_line(text), bool(author) and name == author))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


_QIITA_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*qiita\.com/")     # Qiita's assets (cdn.qiita.com)


def _qiita(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Qiita: an article's own page, its assets from qiita.com, its text the one `div.it-MdContent` of
    `article.it-Article`. The comments follow the article in `section.it-Comments` (「コメント」): each
    `div.it-Comment` card its `.it-Comment_header` (the commenter's `@name` link and the date) over its
    `.it-Comment_body`, the comment form last. Read as a page, the cards were one passage of 「评论」, a
    reader's question, the author's answer to it and another reader's remark glued, the commenters lost:
    the article's author is known by the name linking where the header's author link (`.it-Header_author`)
    does, so a reader's question answered by the author's next comment is a question with its answer."""
    bodies = soup.find_all("div", class_="it-MdContent")
    if len(bodies) != 1 or bodies[0].find_parent("article", class_="it-Article") is None \
            or not loads_assets(soup, _QIITA_ADDRESS, ("link", "script", "img")):
        return          # a user's page or a feed, or a page Qiita did not serve
    author = soup.select_one(".it-Header_author a[href]")
    author_link = str(author.get("href") or "") if isinstance(author, Tag) else ""
    box = soup.find("section", class_="it-Comments")
    if not isinstance(box, Tag):
        return
    comments = []
    for card in box.find_all("div", class_="it-Comment"):
        text = card.find(class_="it-Comment_body")
        named = card.select_one(".it-Comment_header a[href]")
        if not isinstance(text, Tag) or not one_line(text):
            continue
        name = one_line(named).lstrip("@") if isinstance(named, Tag) else ""
        by_author = isinstance(named, Tag) and bool(author_link) and named.get("href") == author_link
        comments.append(Comment(name, one_line(text), by_author))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


def _bloomfire(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Bloomfire: a community's post page (`body.bloomfire`), its one `article.contribution` holding the
    post's text `div.contribution-body` (Froala's `fr-view`), then its files `section.contribution-attachments`
    (an h3 「Attachments」 over `ul.attachment-list`: each `li.attachment` a file's link and its
    `span.file-size`) and the like / bookmark / share buttons. The comments follow the article, in
    `section.comments-section` (「Comments (3)」): each `div.comment` its `.comment-meta` (`a.comment-author`,
    the post's author's reply badged 「Author」 by `span.badge-author`, the date), its `.comment-body`, its
    Like / Reply links and its replies in `div.comment-replies`. Read as a page, the files went as the
    article's furniture and the comments were one passage of three paragraphs, the author's reply apart
    from the comment it answers: the files are the post's part 「Attachments」 (each file's name, its
    size), and the comments its last part, each thread its opening comment and its replies, the author's
    first reply answering it (`_threads_html`)."""
    bodies = soup.find_all("div", class_="contribution-body")
    if len(bodies) != 1 or soup.body is None or "bloomfire" not in soup.body.get("class", ()):
        return
    box = soup.find("section", class_="comments-section")
    threads = []
    if isinstance(box, Tag):
        for card in box.find_all("div", class_="comment"):
            if "reply" in card.get("class", ()) or card.find_parent("div", class_="comment-replies") is not None:
                continue
            thread = [_bloomfire_comment(card)]
            replies = card.find("div", class_="comment-replies", recursive=False)
            if isinstance(replies, Tag):
                thread.extend(_bloomfire_comment(reply) for reply in replies.find_all("div", class_="comment"))
            thread = [comment for comment in thread if comment is not None]
            if thread:
                threads.append(thread)
        box.decompose()
    _part_after(soup, bodies[0], _threads_html(threads) if threads else "")
    files = soup.find("section", class_="contribution-attachments")
    items = files.find_all("li", class_="attachment") if isinstance(files, Tag) else []
    names = [one_line(item) for item in items if one_line(item)]
    if isinstance(files, Tag):
        files.decompose()
    if names:
        part = soup.new_tag("div")
        heading = soup.new_tag("h2")
        heading.string = "Attachments"
        part.append(heading)
        listing = soup.new_tag("ul")
        for name in names:
            item = soup.new_tag("li")
            item.string = name
            listing.append(item)
        part.append(listing)
        bodies[0].insert_after(part)


def _bloomfire_comment(card: Tag) -> Comment | None:
    text = card.find("div", class_="comment-body", recursive=False)
    meta = card.find("div", class_="comment-meta", recursive=False)
    if not isinstance(text, Tag) or not one_line(text):
        return None
    name = meta.find(class_="comment-author") if isinstance(meta, Tag) else None
    return Comment(one_line(name) if isinstance(name, Tag) else "", one_line(text),
                   isinstance(meta, Tag) and meta.find(class_="badge-author") is not None)


# Ameba's own assets (stat100.ameba.jp's skin and header, the blog's images on stat.ameba.jp)
_AMEBA_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*ameba\.jp/")
# 「Re:name さん」 opening a comment: the one it answers, by its writer's name and a Japanese honorific
_AMEBA_REPLY_TO = re.compile(r"^\s*Re\s*[:：]\s*", re.IGNORECASE)
_HONORIFIC = re.compile(r"^\s*(?:さん|様|さま|ちゃん|くん|君|氏)?[\s　]*")


def _ameba(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Ameba Blog (アメブロ): an entry's own page its assets from ameba.jp mark, the entry one
    `.skin-entry` whose `.skin-entryHead` holds the date (`.skin-entryPubdate`), the title
    (`.skin-entryTitle`) and the theme line (`.skin-entryThemes`: 「テーマ：…」, the blog's category), its text
    the one `div.skin-entryBody`, whose parts' titles are paragraphs all in bold with a drawn 「■」 before
    them (`<p><b>■ …</b></p>`). Over it the blog's header (`.skin-blogHeader`: the blog's name
    `h1.skin-blogTitle` and its motto), under it いいね！ / コメント / リブログ, the share buttons, the pager
    and the side column. Its comments `.skin-commentList` of `.skin-commentItem` cards (`.skin-commentHead`: the number 「1.」 and the writer's
    link; `.skin-commentBody`; `.skin-commentDate`) in the page's order, the blog owner's classed
    `skin-commentItem--owner`, an answer opening 「Re:name さん」 for the comment it answers. Read as a page,
    the blog's name titled a part whose text was the date, the theme line opened the text, each part's
    title kept its 「■」, and the comments were one passage without their writers, the owner's answer
    apart from the question it answers. So the entry's title is the page's, the date, the theme line and
    the blog's header go, each 「■」 paragraph is its part's heading without its glyph, and the comments are
    the entry's last part, each answer in the thread of the comment it names (`_threads_html`). Another skin
    (holdout123) names the writer in a `span.skin-commentName` and sets the owner's reply inside the card it
    answers (`.skin-commentReply`: `.skin-commentReplyName`, its own `.skin-commentBody`), and draws
    リブログ / いいね！ as plain blocks of the `.skin-entryFoot`: the reply answers its card's comment, the foot goes."""
    bodies = soup.find_all("div", class_="skin-entryBody")
    if len(bodies) != 1 or not loads_assets(soup, _AMEBA_ADDRESS):
        return          # the blog's top page or a list of entries, or a page Ameba did not serve
    body = bodies[0]
    _entry_title(soup.find(class_="skin-entryTitle"), soup.find_all(class_="skin-blogHeader"))
    for furniture in soup.find_all(class_=["skin-entryPubdate", "skin-entryThemes", "skin-entryFoot"]):
        furniture.decompose()
    for paragraph in body.find_all("p"):
        words = one_line(paragraph)
        if _all_bold(list(paragraph.children)) and TITLE_GLYPH.match(words) and TITLE_GLYPH.sub("", words):
            # a part's title, the glyph drawn before it gone: a heading, not a bold line a short title
            # (「■ 小贴士」) might be read as a label leading the text under it
            paragraph.clear()
            paragraph.string = TITLE_GLYPH.sub("", words)
            paragraph.name = "h2"
    box = soup.find(class_="skin-commentList")
    if not isinstance(box, Tag):
        return
    cards: list[Comment] = []
    replies: dict[int, list[Comment]] = {}      # id of a card's comment -> the owner's replies set in that card
    for card in box.find_all(class_="skin-commentItem"):
        answers = [reply.extract() for reply in card.find_all(class_="skin-commentReply")]
        text = card.find(class_="skin-commentBody")
        head = card.find(class_="skin-commentHead")
        named = head.find("a") or head.find(class_="skin-commentName") if isinstance(head, Tag) else None
        if not isinstance(text, Tag) or not one_line(text):
            continue
        cards.append(Comment(one_line(named) if isinstance(named, Tag) else "", one_line(text),
                             "skin-commentItem--owner" in card.get("class", ())))
        replies[id(cards[-1])] = [Comment(_ameba_text(answer, "skin-commentReplyName"), _ameba_text(answer, "skin-commentBody"),
                                          True) for answer in answers if _ameba_text(answer, "skin-commentBody")]
    box.decompose()
    threads = [thread + replies.get(id(thread[0]), []) for thread in _answer_threads(cards)]
    _part_after(soup, body, _threads_html(threads) if cards else "")


def _ameba_text(box: Tag, name: str) -> str:
    """The one line of `box`'s element of class `name`, or nothing."""
    found = box.find(class_=name)
    return one_line(found) if isinstance(found, Tag) else ""


_LIVEDOOR_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*(?:livedoor\.(?:jp|com|net)|blogimg\.jp)/")
# a comment's by-line: 「1. Posted by 小薇 2025年09月22日 08:31」, its number before and its date in an <abbr>
_LIVEDOOR_POSTED = re.compile(r"^\s*\d+\.\s*(?:Posted by\s*)?", re.IGNORECASE)


def _livedoor(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Livedoor Blog (ライブドアブログ): an entry's own page its assets from livedoor.jp / blogimg.jp mark, the
    entry `div.article` whose `div.article-header` holds the date and the title `h2.article-title`, its text
    the one `div.article-body-inner` (lines typed with `<br>`), then the `div.article-footer` (カテゴリ, タグ,
    the share buttons, 「コメント(2)」). Over it the blog's `#header`: its name `h1#blog-title` and
    `#blog-description`. Its comments `#comments` of `li.comment` cards, the text in `.comment-body` over the
    by-line `.comment-author` (「1. Posted by name」 and the date), in the page's order; Livedoor marks no
    comment as the owner's. Read as a page, the blog's name was the page's title, and titled the closing
    words after the last answer; so the entry's title is the page's and the blog's header goes, and the
    comments are the entry's last part, readers' remarks (a name alone is not guessed to be the writer's)."""
    bodies = soup.find_all("div", class_="article-body-inner")
    if len(bodies) != 1 or not loads_assets(soup, _LIVEDOOR_ADDRESS):
        return          # the blog's top page or an archive of entries, or a page Livedoor did not serve
    _entry_title(soup.find(class_="article-title"), soup.find_all(id=["blog-title", "blog-description"]))
    box = soup.find(id="comments")
    if not isinstance(box, Tag):
        return
    comments = []
    for card in box.find_all("li", class_="comment"):
        text = card.find(class_="comment-body")
        byline = card.find(class_="comment-author")
        if not isinstance(text, Tag) or not one_line(text):
            continue
        if isinstance(byline, Tag):
            for date in byline.find_all(["abbr", "time"]):
                date.decompose()
        name = _LIVEDOOR_POSTED.sub("", one_line(byline)) if isinstance(byline, Tag) else ""
        comments.append(Comment(name, one_line(text), False))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


_SEESAA_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*seesaa\.(?:jp|net)/")
# the entry's and each comment's by-line: 「posted by 台灣媽媽 at 21:40」, 「Posted by name at 2026年10月06日 08:12」
_SEESAA_POSTED = re.compile(r"^\s*posted by\s*(.+?)\s+at\s", re.IGNORECASE)


def _seesaa(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Seesaa Blog (Seesaaブログ): an entry's own page its assets from seesaa.jp / seesaa.net mark, the entry
    `div.article` of the title `h2.article-title` and the one text `div.article-body`, under the blog's `#header`
    (its name `h1.blog-title`, `p.blog-description`) and a `div.date`; the text is followed by the entry's
    by-line `div.article-info` (「posted by name at 21:40| Comment(2) | category」 and the share links). Its
    comments `#comment` of `div.comment` cards, the text `.comment-body` over the by-line `.comment-info`
    (「Posted by name at date」). Read as a page, the by-line was glued to the text's last line (the last
    answer of its Q&A) and the comments to one 「评论」 text with their names lost, so the author's reply
    (「回name：…」) answered nothing; so the by-line goes, the entry's title is the page's, and the comments
    are the entry's last part, a comment whose writer is the entry's author answering the one before it."""
    bodies = soup.select("div.article div.article-body")
    if len(bodies) != 1 or not loads_assets(soup, _SEESAA_ADDRESS):
        return          # the blog's top page or an archive of entries, or a page Seesaa did not serve
    _entry_title(soup.find(class_="article-title"), soup.find_all(class_=["blog-title", "blog-description"]))
    author = ""
    for info in soup.find_all("div", class_="article-info"):
        posted = _SEESAA_POSTED.match(one_line(info))
        author = posted.group(1) if posted else author
        info.decompose()
    box = soup.find(id="comment")
    if not isinstance(box, Tag):
        return
    comments = []
    for card in box.find_all("div", class_="comment"):
        text, byline = card.find(class_="comment-body"), card.find(class_="comment-info")
        if not isinstance(text, Tag) or not one_line(text):
            continue
        posted = _SEESAA_POSTED.match(one_line(byline)) if isinstance(byline, Tag) else None
        name = posted.group(1) if posted else ""
        comments.append(Comment(name, one_line(text), bool(author) and name == author))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


_TYPEPAD = re.compile(r"typepad\.com", re.IGNORECASE)        # its generator <meta>: 「http://www.typepad.com/」
_TYPEPAD_POSTED = re.compile(r"^\s*Posted by:\s*", re.IGNORECASE)     # a comment's by-line: 「Posted by: name | date」
_TYPEPAD_SIDEBARS = ("beta", "gamma")       # the side columns of its two- and three-column layouts


def _typepad(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Typepad (Six Apart's hosted Movable Type): a post's own page its generator meta 「http://www.typepad.com/」
    marks, under the blog's `#banner` (its name `#banner-header`, `#banner-description`) and `#nav`: the previous /
    next links `div.content-nav`, the day's `h2.date-header`, then `div.entry` of the title `h3.entry-header` and the
    one text `div.entry-body`, the `div.entry-footer` (「Posted at … in category | Permalink」, share links); its
    comments `div.comments-content` of `div.comment` cards, the text `.comment-content` over the by-line
    `p.comment-footer` (「Posted by: name | date」, the name a link to the commenter's site), then the 「Post a comment」
    form; beside them the `#beta` (and in three columns `#gamma`) sidebar of `div.module` boxes (关于我, Search,
    Categories, Archives, 「Blog powered by Typepad」). Read as a page, the sidebar's boxes were parts of the post
    (the about box's 「老王，原电信工程师…」, 「Categories」 over 「Blog powered by Typepad」: its lists went as link
    lists) and the comments one 「评论」 text after them, so the author's answer to a reader's question answered
    nothing. The sidebar goes, the entry's title is the page's, and the comments are the post's last part, a
    comment whose by-line links the blog's own site (its author: Typepad links a signed-in commenter's name to their
    blog) answering the question before it."""
    bodies = soup.select("div.entry div.entry-body")
    if len(bodies) != 1 or not generated_by(soup, _TYPEPAD):
        return          # the blog's home page or an archive of posts, or a page Typepad did not serve
    home = soup.select_one("#banner-header a[href]")
    site = _site_address(str(home["href"])) if isinstance(home, Tag) else ""
    _entry_title(soup.select_one("div.entry h3.entry-header"),
                 soup.find_all(id=["banner-header", "banner-description"]))
    for sidebar in soup.find_all("div", id=_TYPEPAD_SIDEBARS):
        if sidebar.find("div", class_="module") is not None:
            sidebar.decompose()
    box = soup.find("div", class_="comments-content")
    if not isinstance(box, Tag):
        return
    comments = []
    for card in box.find_all("div", class_="comment"):
        text, byline = card.find(class_="comment-content"), card.find(class_="comment-footer")
        if not isinstance(text, Tag) or not one_line(text):
            continue
        link = byline.find("a", href=True) if isinstance(byline, Tag) else None
        name = _TYPEPAD_POSTED.sub("", one_line(byline)).split("|")[0].strip() if isinstance(byline, Tag) else ""
        by_author = bool(site) and isinstance(link, Tag) and _site_address(str(link["href"])) == site
        comments.append(Comment(name, one_line(text), by_author))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


_OSNOVA_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*(?:dtf\.ru|vc\.ru)/")


def _dtf(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """DTF (and vc.ru, the same Osnova platform): an entry's own page its assets from dtf.ru / vc.ru mark, the
    entry `article.content` whose `div.content-header` holds the subsite's link, the author's, the date and
    「4 812 просмотров」 over the title `h1.content-title`, its text the one `div.content__body` of
    `div.block-…` blocks, then the `div.content-footer` (tags, reactions, 「34 комментария」, bookmark, share).
    Its comments `section.comments` of `div.comment` cards (`.comment__header`: `a.comment__author`, the
    author's badge `span.comment__badge` 「Автор」, the date, the rating; the text `.comment__text`; Ответить),
    each reply a `comment--reply` card in the `.comment__branches` of the comment it answers. Read as a page,
    the header's subsite, date and views opened the text; so the header goes, and the comments are the entry's
    last part, each thread a comment and its replies, the author's first reply answering it (`_threads_html`)."""
    bodies = soup.select("article.content .content__body")
    if len(bodies) != 1 or not loads_assets(soup, _OSNOVA_ADDRESS):
        return          # a subsite's feed or a list of entries, or a page Osnova did not serve
    for header in soup.select("article.content .content-header"):
        header.decompose()      # the subsite, author, date and views: no text of the entry
    box = soup.find("section", class_="comments")
    if not isinstance(box, Tag):
        return
    threads: list[list[Comment]] = []
    for card in box.find_all("div", class_="comment"):
        text = _own_in(card, "div", "comment", ["comment__text"])
        named = _own_in(card, "div", "comment", ["comment__author"])
        if text is None or not one_line(text):
            continue
        badge = _own_in(card, "div", "comment", ["comment__badge"])
        comment = Comment(one_line(named) if named is not None else "", one_line(text), badge is not None)
        _thread_into(threads, comment, reply=card.find_parent("div", class_="comment") is not None)
    box.decompose()
    _part_after(soup, bodies[0], _threads_html(threads) if threads else "")


def _steam_guide(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Steam Community: a guide's page (the app hub's header `div.apphub_HeaderTop`: the app's name
    `div.apphub_AppName` 「Steam 客戶端」 and its section tabs; the `div.breadcrumbs`, whose last link is the guide's
    author's guides 「台北人在阿拉木圖 的指南」; the guide's `div.workshopItemTitle`, its description and its
    `div.detailBox` sections), then its `div.commentthread_area` of flat `div.commentthread_comment` cards (the
    writer `div.commentthread_comment_author` with its timestamp, the text `div.commentthread_comment_text`), a
    reply opening 「@name」. Read as a page, the app's name was the whole text of a first part of its own before
    the guide's title (holdout174), and the comments were glued into one part, the author's reply to a reader's
    remark detached from it. So the hub's header goes, and the comments are the guide's last part: the
    guide's author's comment (the writer the last breadcrumb names) addressing the comment just before it
    answers that one (`comments_html`)."""
    titles = soup.find_all("div", class_="workshopItemTitle")
    if len(titles) != 1:
        return          # a hub's list of guides, not one guide
    for header in soup.find_all("div", class_="apphub_HeaderTop"):
        header.decompose()      # the app's name and the hub's tabs: no text of the guide
    titles[0].name = "h1"       # the guide's own title titles the page, not the <title>'s 「Steam 社群 :: 指南 :: …」
    for heading in soup.find_all("div", class_="subSectionTitle"):
        heading.name = "h2"     # each section's title: read as such whichever way the page is read
    box = soup.find("div", class_="commentthread_area")
    if not isinstance(box, Tag):
        return
    cards: list[tuple[str, str]] = []
    for card in box.find_all("div", class_="commentthread_comment"):
        text, named = card.find(class_="commentthread_comment_text"), card.find(class_="commentthread_comment_author")
        name = named.find("a") if isinstance(named, Tag) else None
        if isinstance(text, Tag) and one_line(text):
            cards.append((one_line(name) if isinstance(name, Tag) else "", one_line(text)))
    crumbs = [one_line(link) for link in soup.select("div.breadcrumbs a")]
    names = {name for name, _ in cards if name}
    # the last crumb names the author's guides in the page's language (「X 的指南」, 「X's Guides」): the longest
    # commenter's name it opens with is the author's
    author = next((name for name in sorted(names, key=len, reverse=True)
                   if crumbs and crumbs[-1].startswith(name)), None)
    comments = []
    for k, (name, text) in enumerate(cards):
        previous = cards[k - 1][0] if k else None
        answers = previous is not None and text.startswith(f"@{previous}")
        comments.append(Comment(name, text, name == author, nested=answers))
    box.decompose()
    _insert_after(soup, soup.find_all("div", class_="detailBox")[-1] if soup.find("div", class_="detailBox")
                  else titles[0], comments)


def _answer_threads(comments: list[Comment]) -> list[list[Comment]]:
    """A flat list of comments as threads: a comment opening 「Re:name さん」 (without it) joins the thread of the
    last comment before it by `name`; any other opens a thread of its own.

    >>> [[c.text for c in thread] for thread in _answer_threads([
    ...     Comment("阿飞", "请问能换吗？", False), Comment("Ruslan", "补充一下", False),
    ...     Comment("小林", "Re:阿飞さん　可以换。", True)])]
    [['请问能换吗？', '可以换。'], ['补充一下']]
    """
    names = sorted({comment.name for comment in comments if comment.name}, key=len, reverse=True)
    threads: list[list[Comment]] = []
    for comment in comments:
        opening = _AMEBA_REPLY_TO.match(comment.text)
        rest = comment.text[opening.end():] if opening else ""
        name = next((name for name in names if rest.startswith(name)), None) if opening else None
        thread = next((thread for thread in reversed(threads) if thread[0].name == name), None) \
            if name is not None else None
        if thread is None:
            threads.append([comment])
            continue
        said = _HONORIFIC.sub("", rest[len(name):], count=1)
        thread.append(Comment(comment.name, said, comment.by_author))
    return threads


# FC2 Blog's own assets (static.fc2.com's scripts, the blog's stylesheet on blog-imgs-….fc2.com)
_FC2_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*fc2\.com/")
_FC2_BLOG = re.compile(r"^(?:https?:)?//([\w-]+)\.blog\.fc2\.com/")     # the blog's address names its owner
_FC2_LINK_WORDS = frozenset({"URL", "HP", "Home", "Web", "編集", "Edit"})      # a comment title's links, no name


def _fc2(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """FC2 Blog (FC2ブログ): an entry's own page its fc2.com assets mark, the entry one `div.entry` of the date
    (`div.entry_date` 「2026/11/09 (月) 23:41」), the title `h2.entry_header` linking the entry, the text
    `div.entry_body` (the writer's lines between `<br />`s) and the `div.entry_footer` (カテゴリ, CM:3, TB:0, 編集);
    the sponsor entry 「スポンサーサイト」 (`div.ad_entry`) over it. The common templates' part titles are a bold line
    in a larger size with a drawn 「■」 (`<span style="font-size:large"><strong>■ 票價</strong></span>`), and the
    comments `div#comment` of `div.comment_list` cards: `div.sub_title` 「name | URL」 (a reply's 「Re: nameさん | owner」:
    its title, then its writer), `div.sub_body`, `div.sub_footer` (the date and 編集); then the comment form and
    `div#trackback` (「トラックバックURL:」 over a read-only field). Read as a page (holdout113), the date was a
    passage of its own, every part was titled by the entry's title with its 「■」 line glued into its text, the
    trackback box was a part before the comments and the comments were one passage without their writers, the
    owner's answer apart from the question it answers. So the entry's title is the page's (the blog's name and
    motto go), the date and the trackback box go, each 「■」 line standing alone is its part's heading without
    its glyph (as Ameba's are), and the comments are the entry's last part, an answer titled 「Re: nameさん」 in
    the thread of the comment it names (`_answer_threads`), the blog's owner named by its address."""
    entries = [entry for entry in soup.find_all("div", class_="entry") if entry.find("div", class_="entry_body")]
    if len(entries) != 1 or not loads_assets(soup, _FC2_ADDRESS):
        return          # the blog's top page or an archive of entries, or a page FC2 did not serve
    entry = entries[0]
    body = entry.find("div", class_="entry_body")
    title = entry.find(class_="entry_header")
    link = title.find("a", href=_FC2_BLOG) if isinstance(title, Tag) else None
    owner = _FC2_BLOG.match(str(link["href"])).group(1) if isinstance(link, Tag) else ""
    _entry_title(title, soup.find_all(id="header"))
    for furniture in soup.find_all(["div", "span"], class_=["entry_date", "ad_entry"]) + soup.find_all(id="trackback"):
        if not furniture.decomposed:
            furniture.decompose()
    for bold in body.find_all(["strong", "b"]):
        _glyph_line_heading(bold)
    box = soup.find(id="comment")
    if not isinstance(box, Tag):
        return
    cards = []
    for card in box.find_all("div", class_="comment_list"):
        text, head = card.find(class_="sub_body"), card.find(class_="sub_title")
        if not isinstance(text, Tag) or not one_line(text):
            continue
        fields = [field.strip() for field in one_line(head).split(" | ")] if isinstance(head, Tag) else []
        names = [field for field in fields if field and field not in _FC2_LINK_WORDS and not _AMEBA_REPLY_TO.match(field)]
        answers = next((field for field in fields if _AMEBA_REPLY_TO.match(field)), "")
        name = names[-1] if names else ""
        # (the reply's title 「Re: 阿凱さん」 says whom it answers: read as the text's opening, as Ameba's is)
        cards.append(Comment(name, f"{answers} {one_line(text)}".strip(), bool(owner) and name == owner))
    box.decompose()
    _part_after(soup, body, _threads_html(_answer_threads(cards)) if cards else "")


def _glyph_line_heading(bold: Tag) -> None:
    """A bold run opening with a drawn 「■」, alone on its line (only `<br>`s or the text's ends around it and
    the inline wrappers sizing it), as the part's heading it is drawn as: an `<h2>` of its words without the glyph."""
    words = one_line(bold)
    if not TITLE_GLYPH.match(words) or not TITLE_GLYPH.sub("", words) or bold.find(BLOCK_TAGS) is not None:
        return
    line = bold
    while line.parent is not None and line.parent.name in ("span", "font", "b", "strong", "u") \
            and one_line(line.parent) == words:
        line = line.parent
    for step in ("previous_sibling", "next_sibling"):
        near = getattr(line, step)
        while isinstance(near, NavigableString) and not near.strip():
            near = getattr(near, step)
        if near is not None and not (isinstance(near, Tag) and near.name in ("br", "table", "hr")):
            return
    heading = BeautifulSoup("", "html.parser").new_tag("h2")
    heading.string = TITLE_GLYPH.sub("", words)
    line.replace_with(heading)


# Daum Cafe's own assets (t1.daumcdn.net/cafe_cj/…)
_DAUM_CAFE_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*daumcdn\.net/cafe")
# what Daum Cafe shows for a comment reported, deleted or secret: nothing said
_DAUM_GONE = re.compile(r"^\s*(?:신고된|삭제된|비밀)\s*댓글입니다\.?\s*$")


def _daum_cafe(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Daum Cafe (다음 카페): a post's page its assets from Daum's CDN (daumcdn.net/cafe…) mark, the post
    `#bbsView` whose `.bbs_head` holds the board's name (`.board_name`), the subject (`h3.tit_subject`), the
    writer line (`.info_writer`: nick, member level, date, 조회) and URL 복사 / 공유 / 인쇄, its text the one
    `div.bbs_contents`, then the tags (`.bbs_tag`: 「#번호보관」), 좋아요 / 스크랩, the comments and the
    previous and next posts. Over it the cafe's header `#cafeHead` (its name `h1.tit_cafe`, 「회원수 …」, 가입).
    Its comments `.cmt_area`'s `ul.list_cmt` of `li.cmt_item` cards (`.cmt_info`: `.txt_nick`, the writer's
    「작성자」 mark `.ico_writer`, the date; `p.txt_cmt`; 답글), flat, a reply classed `cmt_reply` after the
    comment it answers; a comment reported or deleted says 「신고된 댓글입니다.」. Read as a page, the cafe's
    header was a part titled by the cafe's name, the writer line opened the text, the tags closed its last
    answer, and the comments were one passage without their writers, the writer's reply a reader's
    remark and the placeholder a comment. So the subject titles the page, the header, board, writer line
    and tags go, and the comments are the post's last part, each thread a comment and its replies, the
    writer's first reply answering it (`_threads_html`)."""
    bodies = soup.select("#bbsView .bbs_contents")
    if len(bodies) != 1 or not loads_assets(soup, _DAUM_CAFE_ADDRESS):
        return          # a board's list of posts, or a page Daum Cafe did not serve
    body = bodies[0]
    _entry_title(soup.find(class_="tit_subject"), soup.find_all(id="cafeHead"))     # the cafe's name, members, rank
    for furniture in soup.select("#bbsView .board_name, #bbsView .info_writer, #bbsView .bbs_util, "
                                 "#bbsView .bbs_tag"):
        furniture.decompose()
    box = soup.find("ul", class_="list_cmt")
    if not isinstance(box, Tag):
        return
    threads: list[list[Comment]] = []
    for card in box.find_all("li", class_="cmt_item"):
        text = card.find(class_="txt_cmt")
        named = card.find(class_="txt_nick")
        if not isinstance(text, Tag) or not one_line(text) or _DAUM_GONE.match(one_line(text)):
            continue
        comment = Comment(one_line(named) if isinstance(named, Tag) else "", one_line(text),
                          card.find(class_="ico_writer") is not None)
        _thread_into(threads, comment, reply="cmt_reply" in card.get("class", ()))
    area = box.find_parent(class_="cmt_area")
    (area if isinstance(area, Tag) else box).decompose()
    _part_after(soup, body, _threads_html(threads) if threads else "")


# Naver Cafe's own assets (ca-fe.pstatic.net's styles and scripts)
_NAVER_CAFE_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*ca-fe\.pstatic\.net/")


def _naver_cafe(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Naver Cafe (네이버 카페): a post's page its assets from ca-fe.pstatic.net mark, the post one
    `div.ArticleContentBox` whose `.article_header` holds the board's link (`a.link_board`), the subject
    (`h3.title_text`), the writer line (`.WriterInfo`: nick, member level 「열심회원」, date, 「조회 2,318」) and
    the tools (`.ArticleTool`: 「댓글 5」, URL 복사), its text the SmartEditor ONE document `div.se-main-container`,
    then the tags, 좋아요 / 공유 / 신고 (`.ReplyBox`) and the comments. Over it the skip link (`#u_skip`) and the
    cafe's header `#cafe-header` (its name and menu). Its comments `.CommentBox`'s `ul.comment_list` of
    `li.CommentItem` cards (`.comment_nickname`, the writer's 「작성자」 badge `.comment_writer_badge`, the text
    `.text_comment`, the date, 답글쓰기), flat, a reply classed `CommentItem--reply` after the comment it
    answers. Read as a page, the skip link and the board's link were a part titled by the subject, the member
    level and date opened the text, the like count closed it, the editor's section titles (`se-sectionTitle`)
    were lines of the text, so every part was titled by the subject, and the comments were read without
    their writers. So the subject titles the page, the skip link, board, writer line, tools and like bar go,
    the section titles are headings (`_smart_editor_titles`), and the comments are the post's last part,
    each thread a comment and its replies, the writer's first reply answering it (`_threads_html`)."""
    bodies = soup.select(".ArticleContentBox .se-main-container")
    if len(bodies) != 1 or not loads_assets(soup, _NAVER_CAFE_ADDRESS):
        return          # a cafe's list of posts, or a page Naver Cafe did not serve
    body = bodies[0]
    _entry_title(soup.select_one(".ArticleContentBox h3.title_text"), soup.find_all(id="cafe-header"))
    for furniture in soup.select("#u_skip, .ArticleContentBox .link_board, .ArticleContentBox .WriterInfo, "
                                 ".ArticleContentBox .ArticleTool, .ArticleContentBox .ReplyBox"):
        furniture.decompose()
    _smart_editor_titles(body)
    box = soup.find("ul", class_="comment_list")
    if not isinstance(box, Tag):
        return
    threads: list[list[Comment]] = []
    for card in box.find_all("li", class_="CommentItem"):
        text = card.find(class_="text_comment")
        named = card.find(class_="comment_nickname")
        if not isinstance(text, Tag) or not one_line(text):
            continue
        comment = Comment(one_line(named) if isinstance(named, Tag) else "", one_line(text),
                          card.find(class_="comment_writer_badge") is not None)
        _thread_into(threads, comment, reply="CommentItem--reply" in card.get("class", ()))
    area = box.find_parent(class_="CommentBox")
    (area if isinstance(area, Tag) else box).decompose()
    _part_after(soup, body, _threads_html(threads) if threads else "")


def _smart_editor_titles(body: Tag) -> None:
    """SmartEditor ONE's section title component (`div.se-component.se-sectionTitle`, its words in a
    `p.se-text-paragraph`) is the heading of the components after it, drawn larger: an `<h2>` of its words
    (Naver Cafe's and Naver Blog's posts; read as a paragraph, every part was titled by the post)."""
    for component in body.find_all("div", class_="se-sectionTitle"):
        words = one_line(component)
        if words and "se-component" in component.get("class", ()):
            component.clear()
            component.name = "h2"
            component.attrs = {}
            component.string = words


_VELOG_USER = re.compile(r"^(?:https?://velog\.io)?/@[^/?#]+/?$")    # 「/@aidos_dev」: a Velog user's address


def _velog(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Velog (velog.io): a post's own page, its head `div.head-wrapper` holding the title (`<h1>`), the
    information line (`div.information`: `span.username` linking to the writer's `/@name`, a `span.separator`
    「·」, the date 「2025년 9월 3일」) and the tags (`div.tags`, links to `/tags/…`), its text the one
    `div.atom-one` the Markdown renders into. Its comments `div.comments` (「댓글 2개」, Velog's own count) of
    `div.comment` cards (`span.username`, the text), a reply's card nested in the comment it answers. Read as
    a page, the information line opened the text and the comments were one passage, the writer's answer
    apart from the comment it answers. So the information line goes, and the comments are the post's last
    part, each thread a comment and its replies, the writer's first reply answering it (`_threads_html`);
    a writer's comment set after a reader's as a comment of its own, not nested (Velog's 「답글」 box is
    easily missed), is that comment's reply as well."""
    heads = soup.find_all("div", class_="head-wrapper")
    bodies = soup.find_all("div", class_="atom-one")
    byline = heads[0].select_one(".information .username a") if len(heads) == 1 else None
    if len(bodies) != 1 or not isinstance(byline, Tag) or not _VELOG_USER.match(str(byline.get("href") or "")):
        return          # a user's list of posts or a series, or a page Velog did not serve
    writer = one_line(byline)
    for line in heads[0].find_all("div", class_="information"):
        line.decompose()        # the writer's name and the date: no text of the post
    box = soup.find("div", class_="comments")
    if not isinstance(box, Tag):
        return
    threads: list[list[Comment]] = []
    for card in box.find_all("div", class_="comment"):
        comment = _velog_comment(card, writer)
        if comment is None:
            continue
        nested = card.find_parent("div", class_="comment") is not None
        unanswered = bool(threads) and not any(said.by_author for said in threads[-1])
        _thread_into(threads, comment, reply=nested or comment.by_author and unanswered)
    box.decompose()
    _part_after(soup, bodies[0], _threads_html(threads) if threads else "")


def _velog_comment(card: Tag, writer: str) -> Comment | None:
    """A Velog comment card's name and text: its blocks but the one holding the name (with the date)
    and its replies' cards."""
    named = _own_in(card, "div", "comment", ["username"])
    name = one_line(named) if named is not None else ""
    text = " ".join(one_line(child) for child in card.children
                    if isinstance(child, Tag) and child.name != "button"
                    and not {"username", "comment"} & set(child.get("class", ()))
                    and child.find(class_=["username", "comment"]) is None and one_line(child))
    return Comment(name, text, bool(writer) and name == writer) if text else None


# OK.ru's (Одноклассники) own assets (st.okcdn.ru's styles and scripts, i.okcdn.ru's images)
_OKRU_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*okcdn\.ru/", re.IGNORECASE)
_LEADING_GLYPHS = re.compile(r"^[^\w【「『“(（\[]+")     # pictographs and marks opening a line, before its words


def _okru(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """OK.ru (Одноклассники): a group's or a user's topic page its okcdn.ru assets mark, the one topic
    `div.feed` of `div.feed-w`: its head `div.feed_h` (the poster's link `a.feed_author`, the date
    `span.feed_date`), its text the one `div.media-text_cnt_tx`, typed as lines with `<br>` (no title of its
    own: the first line is one), Класс! / Комментировать / Поделиться (`div.feed_f`), then its comments
    `div.comments_lst_cnt` of `div.comments_i` cards (`a.comments_author-name`, `span.comments_date`,
    `div.comments_text`), flat, a reply classed `__reply` opening with the name it answers
    (`span.comments_reply-to`: 「Ван Лэй,」). Another export of it (holdout160) names the poster
    `a.feed_h_author`, and sets the cards in a `div.comments_lst` after the topic's `div.feed` (not in
    it), each writer an `a.comments_author` and a reply opening with 「@Name」 in its text: read as that
    one, its comments were lost whole. Over the topic the group's header `div.group-name_h` (its name
    `h1.group-name_t`, 「Вы участник」). Read as a page, the group's name titled the article and a part of its
    own holding 「Вы участник」 and the date, the 【…】 lines were lines of the part above (glued to the
    line under them by one `<br>`), the hashtags closed the last part, and the comments were read by their
    shape. So each line is a paragraph of its own (a line that is only a 【bracketed title】 heads the lines
    under it, as Weibo's do), the first line titles the page, the group's header, the topic's head and the
    hashtags go, and the comments are the topic's last part, each thread a comment and the replies naming
    its writer, the poster's (the group's own, named by `a.feed_author`'s link) first reply answering it.
    A topic typed as paragraphs and h3s instead (holdout227) opens with a lead, not a title: made one, it was
    lost, so only lines are titled by their first; its counters `div.feed_f` went after the comments, a reply
    classed BEM's 「comments_i__reply」 and opening with the name it answers (「Галина Ким，…」) answered nothing."""
    feeds = soup.select("div.feed-w div.feed")
    texts = feeds[0].find_all("div", class_="media-text_cnt_tx") if len(feeds) == 1 else []
    if len(texts) != 1 or not loads_assets(soup, _OKRU_ADDRESS):
        return          # a group's feed (many topics), or a page OK.ru did not serve
    body = texts[0]
    poster = feeds[0].select_one(".feed_h a.feed_author, .feed_h a.feed_h_author")
    home = str(poster.get("href") or "") if isinstance(poster, Tag) else ""
    holder = body.parent         # the lines take the text's place in it
    # typed as lines (`<br>`s between its words), not as the paragraphs and headings of a long post
    as_lines = body.find("br", recursive=False) is not None
    lines_apart(soup, body)
    body = holder
    for line in body.find_all("p"):
        if HASHTAG_LINE.match(one_line(line)):
            line.decompose()        # the topic's hashtags: links to searches, no words of it
    for counters in feeds[0].find_all("div", class_="feed_f"):
        counters.decompose()        # 「Комментировать 4」「Поделиться 37」「Класс! 212」: glued to the comments
    first = body.find("p")
    if as_lines and isinstance(first, Tag) and (headline := _LEADING_GLYPHS.sub("", one_line(first))):
        first.clear()
        first.string = headline     # the topic's first line is its title (the `<title>` adds the group),
        first.name = "h1"           # without the pictograph it opens with (「🏃」), as VK's headline is
        for header in soup.find_all(class_=["group-name_h", "feed_h"]):
            header.decompose()      # the group's name and 「Вы участник」, the poster and the date
    else:
        # a post of paragraphs under headings (holdout227): its first paragraph is its lead, not a title
        # (made one, the lead was lost), so the group's name titles it, without the header's other words
        # (「Группа · Услуги」, 「Вы участник」) or the topic's head
        for name in soup.select(".group-name h1, .group-name_h h1"):
            for other in [tag for tag in name.find_next_siblings() if isinstance(tag, Tag)]:
                other.decompose()
        for header in soup.find_all(class_="feed_h"):
            header.decompose()
    box = feeds[0].find("div", class_="comments_lst_cnt") or feeds[0].find_next("div", class_="comments_lst")
    if not isinstance(box, Tag):
        return
    threads: list[list[Comment]] = []
    cards = box.find_all("div", class_="comments_i")
    writers = {one_line(named) for card in cards
               if isinstance(named := card.find(class_="comments_author-name")
                             or card.find("a", class_="comments_author"), Tag)} - {""}
    for card in cards:
        text = card.find(class_="comments_text")
        named = card.find(class_="comments_author-name") or card.find("a", class_="comments_author")
        if not isinstance(text, Tag) or not isinstance(named, Tag):
            continue
        replying = text.find(class_="comments_reply-to")
        to = one_line(replying).rstrip(",，: ") if isinstance(replying, Tag) else ""
        if isinstance(replying, Tag):
            replying.decompose()
        words = one_line(text)
        if not to:
            # the name typed at the reply's start (「Галина Ким，7 号区…」, holdout227): the writer it answers
            to = next((name for name in sorted(writers, key=len, reverse=True)
                       if words.startswith(name) and words[len(name):len(name) + 1] in (",", "，", ":", "：")), "")
            words = words[len(to) + 1:].lstrip() if to else words
        if not words:
            continue
        comment = Comment(one_line(named), words, bool(home) and str(named.get("href") or "") == home)
        thread = next((thread for thread in reversed(threads) if thread[0].name == to), None) if to else None
        # a reply's card: 「comments_i __reply」, or BEM's modifier 「comments_i__reply」 (holdout227)
        replies = any(name == "__reply" or name.endswith("__reply") for name in card.get("class", ()))
        if thread is None and replies and threads:
            thread = threads[-1]    # a reply to a reply, or naming nobody: the thread it is set in
        if thread is None:
            threads.append([comment])
        else:
            thread.append(comment)
    box.decompose()
    if threads:
        # inside the text's holder, not after it: without a <main>, the page's root is the nearest
        # container of the first line holding most of the text, the holder itself (holdout160)
        body.append(end := soup.new_tag("span"))
        _part_after(soup, end, _threads_html(threads))
        end.decompose()


# Brunch's (브런치스토리) own assets (t1.daumcdn.net/brunch…: its styles and scripts)
_BRUNCH_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*daumcdn\.net/brunch", re.IGNORECASE)


def _brunch(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Brunch (브런치스토리, Kakao): an article's page its assets from Daum's CDN (daumcdn.net/brunch…) mark,
    the article `div#wrapArticle`: its cover `div.cover_item` holding the title `h1.cover_title`, the
    sub-title `p.cover_sub_title` (the writer's tagline, repeated by the `og:description`) and the byline
    `div.cover_cell` (「by」, the writer's `a.link_profile`, the date), its text the one `div.wrap_body`, then
    the keywords and 라이킷 / 댓글 / 공유 (`div.wrap_body_info`), the writer's profile card `div.wrap_profile`
    (name, self-introduction, 「구독자 1,208」, 구독), its comments `div.wrap_comment` (「댓글 3」) of
    `li.item_comment` cards (`a.link_userid`, the writer's 「작가」 badge `span.badge_writer`, `.txt_time`,
    `p.desc_comment`), a reply's card in the `ul.list_reply` of the comment it answers, and the writer's other
    articles. Read as a page, the sub-title and the byline opened the text, the profile card closed its last
    answer, and the comments were one passage without their writers, a question and its answer two lines of
    it. So the sub-title, the byline and the profile card go, and the comments are the article's last part,
    each thread a comment and its replies, the writer's first reply (badged, or by the byline's name)
    answering it (`_threads_html`)."""
    bodies = soup.select("#wrapArticle div.wrap_body")
    if len(bodies) != 1 or not loads_assets(soup, _BRUNCH_ADDRESS):
        return          # a writer's page or a magazine (many articles), or a page Brunch did not serve
    byline = soup.select_one("#wrapArticle .cover_cell .link_profile")
    writer = one_line(byline) if isinstance(byline, Tag) else ""
    for furniture in soup.select("#wrapArticle .cover_sub_title, #wrapArticle .cover_cell, "
                                 "#wrapArticle .wrap_profile"):
        furniture.decompose()
    box = soup.select_one("#wrapArticle .wrap_comment")
    if not isinstance(box, Tag):
        return
    threads: list[list[Comment]] = []
    for card in box.find_all("li", class_="item_comment"):
        text = _own_in(card, "li", "item_comment", ["desc_comment"])
        named = _own_in(card, "li", "item_comment", ["link_userid"])
        if text is None or not one_line(text):
            continue
        name = one_line(named) if named is not None else ""
        badged = _own_in(card, "li", "item_comment", ["badge_writer"]) is not None
        comment = Comment(name, one_line(text), badged or bool(writer) and name == writer)
        _thread_into(threads, comment, reply=card.find_parent("li", class_="item_comment") is not None)
    box.decompose()
    _part_after(soup, bodies[0], _threads_html(threads) if threads else "")


# Egloos' (이글루스) own assets (md.egloos.com's skin styles and scripts)
_EGLOOS_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*egloos\.com/", re.IGNORECASE)


def _egloos(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Egloos (이글루스): a post page its assets from egloos.com mark, the post `div.post_view`: its head
    `div.posttitle` (the category `span.category`, the title `h2.entry-title`, `span.postdate` and the 「by …」
    `span.postinfo`), its text the one `.entry-content`, then the tag line `div.post_taglist` (「태그 : …」) and the
    트랙백 / 덧글 / 핑백 / 공유하기 buttons; its 덧글 `div.comment_area` of `li.comment_item` cards (`.comment_writer`'s
    name link, date and 답글 / 삭제, the text in `.comment_text`), each reply a card (`comment_item reply`) in the
    `ul.comment_reply_list` of the comment it answers. Egloos marks no comment as the owner's: the owner's name links
    to the blog itself (the header's `h1.blogname` link), or is the post's 「by」 name. Read as a page, the category
    was a part of its own, the date line opened the text, the tag line closed the last answer and the comments went
    as chrome; so the head's furniture and the tag line go, and the comments are the post's last part, each thread a
    comment and its replies, the owner's first reply answering it (`_threads_html`), as Tistory's and Brunch's are."""
    bodies = soup.select(".post_view .entry-content")
    if len(bodies) != 1 or not loads_assets(soup, _EGLOOS_ADDRESS):
        return          # the blog's home page or a list of posts, or a page Egloos did not serve
    blog = soup.select_one(".blogname a[href]")
    home = _site_address(str(blog["href"])) if blog is not None else ""
    byline = soup.select_one(".post_view .posttitle .postinfo")
    writer = re.sub(r"^by\s+", "", one_line(byline)) if isinstance(byline, Tag) else ""
    for furniture in soup.select(".post_view .posttitle .category, .post_view .posttitle .postdate, "
                                 ".post_view .posttitle .postinfo, .post_view .post_taglist, .post_view .post_btn"):
        furniture.decompose()
    box = soup.select_one(".comment_area")
    if not isinstance(box, Tag):
        return
    threads: list[list[Comment]] = []
    for card in box.find_all("li", class_="comment_item"):
        text = _own_in(card, "li", "comment_item", ["comment_text"])
        named = _own_in(card, "li", "comment_item", ["comment_writer"])
        link = named.find("a", href=True) if named is not None else None
        if text is None or not one_line(text):
            continue
        name = one_line(link) if isinstance(link, Tag) else ""
        owner = bool(home) and isinstance(link, Tag) and _site_address(str(link["href"])) == home
        comment = Comment(name, one_line(text), owner or bool(writer) and name == writer)
        _thread_into(threads, comment, reply=card.find_parent("li", class_="comment_item") is not None)
    box.decompose()
    _part_after(soup, bodies[0], _threads_html(threads) if threads else "")


# QQ空间's (Qzone's) own assets: its skins and scripts from qzonestyle.gtimg.cn, its pages on qzone.qq.com
_QZONE_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*(?:qzonestyle\.gtimg\.cn|qzone\.qq\.com)/", re.IGNORECASE)
_QZONE_SPACE = re.compile(r"的(?:QQ)?空间$", re.IGNORECASE)     # 「老周的QQ空间」: the owner's name and QQ's word for a space


def _qzone(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """QQ空间 (Qzone) 日志: a page its assets from qzonestyle.gtimg.cn mark, the space's `div.head-info` (its name
    `h1.user-name` 「老周的QQ空间」 over the signature `p.user-sign`) and nav over the post `div.blog-hd` (the title
    `h2.blog-tit`, then `p.blog-info`: time, 分类, 阅读 count) and its one text `div.blog-bd`, the 赞 / 分享 / 收藏
    bar `div.blog-ft`; its 评论 `.mod-comment` of `li.comment-item` cards (`a.nickname`, `.comment-content`,
    `.comment-time`), each reply a `li.reply-item` (`a.nickname`, 「回复 name：」, `.reply-content`) in the
    `ul.reply-list` of the comment it answers. Read as a page, the space's name and signature were a part of their
    own (the same over every post), the info line opened the text and the comments were one passage, a reply not
    told from a comment. So the head's furniture goes, and the comments are the post's last part, each thread a
    comment and its replies, the space owner's first reply answering it (`_threads_html`), as Egloos' are; the owner
    is the replier named as the space is (「老周」 of 「老周的QQ空间」)."""
    bodies = soup.select(".blog-bd")
    if len(bodies) != 1 or not loads_assets(soup, _QZONE_ADDRESS):
        return          # the space's list of 日志, or a page Qzone did not serve
    space = soup.select_one(".head-info .user-name")
    owner = _QZONE_SPACE.sub("", one_line(space)) if isinstance(space, Tag) else ""
    title = soup.select_one(".blog-hd .blog-tit")
    if isinstance(title, Tag) and title.name in HEADING_TAGS and one_line(title):
        title.name = "h1"
        for head in soup.select(".head-info"):
            head.decompose()        # the space's name and signature: the same over every post
    for furniture in soup.select(".blog-hd .blog-info, .blog-ft"):
        furniture.decompose()
    box = soup.select_one(".mod-comment")
    if not isinstance(box, Tag):
        return
    threads: list[list[Comment]] = []
    for card in box.select("li.comment-item, li.reply-item"):
        reply = "reply-item" in card.get("class", ())
        text = card.find(class_="reply-content" if reply else "comment-content")
        named = card.find("a", class_="nickname")
        if not isinstance(text, Tag) or not one_line(text):
            continue
        name = one_line(named) if isinstance(named, Tag) else ""
        _thread_into(threads, Comment(name, one_line(text), bool(owner) and name == owner), reply=reply)
    box.decompose()
    _part_after(soup, bodies[0], _threads_html(threads) if threads else "")


_MAFENGWO_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*mafengwo\.(?:net|cn)/", re.IGNORECASE)
_MAFENGWO_AUTHOR = "作者"        # the badge `span.author-tag` beside the note's author's name in a comment
_MAFENGWO_REPLY_TO = "回复"      # a reply's 「回复 name：」 before its words


def _mafengwo(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Mafengwo (马蜂窝) 游记: a page its assets from mafengwo.net mark, the `div.view_title` holding the 顶 button
    and its count (`div.ding`) beside the `h1`, the author line `div.person` (avatar, name, 「LV.9」, date, 「浏览
    12,406」, share / 收藏 buttons), the note's facts `div.tarvel_dir_list` (each `li` a label `span` 「出发时间」
    followed by its value 「2025/09/14」), the one text `div._j_content_box` (chapters `div.article_title > h2`,
    `p._j_note_content`, a photo `div.add_pic` with its caption `span.pic_tag`); its 评论 `div.mfw-cmt-wrap` (the
    count 「评论区（4）」, `div.mfw-cmt` cards: `.mcmt-info` with `a.name` and the level or the author's
    `span.author-tag` 「作者」, the text `p._j_reply_content` opening with 「回复 name：」 when it answers one, the
    time and 回复 in `.mcmt-bot`; then the form). Read as a page, the 顶 count and the author line were the first
    part's text with the facts, label and value glued (「人均费用2600RMB」), the caption glued to the paragraphs
    above the photo, and the comments were lost with the page's furniture. So the 顶 button and the author line
    go, each fact reads 「label：value」, the caption is a figure's (a passage of its own), and the comments are
    the note's last part, the author's reply answering the reader's question it follows."""
    bodies = soup.select("div._j_content_box")
    if len(bodies) != 1 or not loads_assets(soup, _MAFENGWO_ADDRESS):
        return          # a list of notes, or a page Mafengwo did not serve
    for furniture in soup.select(".view_title .ding, .view_info .person"):
        furniture.decompose()
    for fact in soup.select(".tarvel_dir_list li, .travel_dir_list li"):
        label = fact.find("span", recursive=False)
        if isinstance(label, Tag) and one_line(label) and one_line(fact) != one_line(label):
            label.append("：")
    for caption in bodies[0].select(".add_pic > span.pic_tag"):
        caption.name = "figcaption"         # a picture's caption: no text of the paragraphs around it
        caption.parent.name = "figure"
    box = soup.select_one("div.mfw-cmt-wrap")
    if not isinstance(box, Tag):
        return
    comments = []
    for card in box.select("div.mfw-cmt"):
        text = card.select_one("._j_reply_content")
        named = card.select_one(".mcmt-info .name")
        badge = card.select_one(".mcmt-info .author-tag")
        if isinstance(text, Tag) and one_line(text):
            mine = "mcmt-author" in card.get("class", ()) or isinstance(badge, Tag) and one_line(badge) == _MAFENGWO_AUTHOR
            comments.append(Comment(one_line(named) if isinstance(named, Tag) else "", one_line(text), mine))
    names = {comment.name for comment in comments if comment.name}
    comments = [Comment(c.name, _replying_to(c.text, names, _MAFENGWO_REPLY_TO), c.by_author) for c in comments]
    box.decompose()
    _insert_after(soup, bodies[0], comments)


# NetEase's (163.com) closing line of a 网易号 (self-media) post, in its text: the portal's, not the writer's
_NETEASE_DISCLAIMER = re.compile(r"^[(（]\s*本文来自网易号作者\s*[,，]?\s*不代表网易(?:的)?(?:观点或)?立场\s*[)）]$")
_NETEASE_OWNER = frozenset({"作者", "网易号作者"})


def _netease(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """NetEase (163.com) article and 网易号 post: the one `div.post_body` under `h1.post_title` in
    `div.post_main`, the 跟帖 counter and 分享 link over it (`div.post_top_tie`), the 网易号 closing line
    「（本文来自网易号作者，不代表网易立场）」 as the text's last paragraph, then the 跟帖 box `div.tie-area` (its
    count 「3 人参与 3 条跟帖」, the text box, `div.tie-item` cards: `.tie-author` with `.tie-time` and, on the
    writer's own, the badge `.tie-badge` 「作者」; the text `.tie-cnt`; 顶 / 踩 / 回复). Read as a page, the
    counter and link opened the text (「跟帖分享」), the closing line was glued to the last answer, and the box
    went as chrome (`clean.SKIP_CLASS_TOKENS`: the portal's readers' top comments, no word of the writer's).
    So the counter and the closing line go; and when the writer answers in the 跟帖 (a card with its badge),
    the cards are the post's last part 「评论」 (a reader's question the writer answered next a Q&A, the
    rest its remarks), as a blog's comments are; without the writer the box still goes."""
    bodies = soup.select(".post_main .post_body")
    if len(bodies) != 1 or soup.select_one(".post_main .post_title") is None:
        return          # a channel's list of articles, or not NetEase's article page
    body = bodies[0]
    for counter in soup.select(".post_main .post_top_tie"):
        counter.decompose()
    paragraphs = [p for p in body.find_all("p") if one_line(p)]
    if paragraphs and _NETEASE_DISCLAIMER.match(one_line(paragraphs[-1])):
        paragraphs[-1].decompose()
    boxes = soup.select(".tie-area")
    if len(boxes) != 1:
        return
    comments: list[Comment] = []
    for card in boxes[0].select(".tie-item"):
        text, named = card.select_one(".tie-cnt"), card.select_one(".tie-author")
        if text is None or not one_line(text):
            continue
        badge = named.select_one(".tie-badge") if named is not None else None
        owner = badge is not None and one_line(badge) in _NETEASE_OWNER
        if named is not None:
            for furniture in named.select(".tie-time, .tie-badge"):
                furniture.extract()
        comments.append(Comment(one_line(named) if named is not None else "", one_line(text), owner))
    if not any(comment.by_author for comment in comments):
        return          # the portal's readers among themselves: the cleaner drops the box
    boxes[0].decompose()
    _insert_after(soup, body, comments)


# Vocal's (vocal.media, Creatd) own assets
_VOCAL_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*vocal\.media/", re.IGNORECASE)
# the story page's furniture around the story: the community link over the title, the tags, the 「About the
# Creator」 box, 「Reader insights」 and 「More stories from …」 under the story
_VOCAL_FURNITURE = ("css-community-link", "css-tags", "css-about-creator", "css-reader-insights", "css-more-by")


def _vocal(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Vocal (vocal.media): a story page its assets from vocal.media mark, the story the one
    `div[data-testid=story-content]` under `h1.css-story-title` and its subtitle, with the community's link
    (`div.css-community-link` 「Education」) above them; under it the tags (`div.css-tags`), the creator's box
    (`section.css-about-creator` 「About the Creator」: name and bio), 「Reader insights」 (`section.css-reader-insights`,
    a prompt and its button), the comments (`section.css-comments`: 「Comments (2)」, 「Sign in to comment」,
    `div.css-comment` cards of `.css-comment-author`, `.css-comment-date` and the text) and 「More stories from …」
    (`section.css-more-by`, links to other stories). Read as a page, the community's name opened the text and the three
    boxes under it were parts of their own; they go, and the comments are the story's last part 「评论」, the
    creator's own (the 「By …」 name) answering, as a blog's comments are. The subtitle still leads the text
    (`clean._subtitles`)."""
    bodies = soup.select("[data-testid=story-content]")
    if len(bodies) != 1 or not loads_assets(soup, _VOCAL_ADDRESS):
        return          # a community's or a creator's list of stories, or not Vocal's page
    byline = soup.select_one(".css-author-block a[href]")
    writer = re.sub(r"^By\s+", "", one_line(byline)) if isinstance(byline, Tag) else ""
    for furniture in soup.find_all(class_=_VOCAL_FURNITURE):
        if not inside(bodies[0], furniture):
            furniture.decompose()
    boxes = soup.select("section.css-comments")
    if len(boxes) != 1:
        return
    comments: list[Comment] = []
    for card in boxes[0].select(".css-comment"):
        named = card.select_one(".css-comment-author")
        name = one_line(named) if named is not None else ""
        words = [one_line(p) for p in card.find_all("p") if one_line(p)]
        if words:
            comments.append(Comment(name, "\n".join(words), bool(writer) and name == writer))
    boxes[0].decompose()
    _insert_after(soup, bodies[0], comments)


# LOFTER's own assets (lofter.lf127.net's post styles and scripts)
_LOFTER_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*lf127\.net/", re.IGNORECASE)


def _lofter(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """LOFTER (乐乎): a post's page its assets from lofter.lf127.net mark, the blog's header `div.g-hd` (the blog's
    name as an `h1` in `div.m-blogname`, the owner's `p.m-selfintro`, the `ul.m-nav`) over the one `div.m-post`,
    its title `h2.ttl` over its text `div.txtcont`, then the `div.info` line (date, tags, 热度, 评论) and the
    `div.m-notes` box: 「热门评论」 `ul.hotcmt` of `li.cmtitem` cards (`a.name`, 「：」, `span.cmtcont`; the
    owner's reply 「name 回复 name：…」 in a card of its own right after the comment it answers) and 「热度」
    `ul.notelist` of `li.note`s (「name 喜欢了此文字」, 「… 推荐了此文字」), then the `div.m-pager`. Read as a
    page, the blog's name headed a part whose text was the self-introduction, the comments were one passage,
    the owner's answer apart from the question, and the notes were a part with 「下一篇」 glued to it. So the
    blog's name, introduction and pager go, the post's title is its `h1`, the notes (likes and
    recommendations, no words) go, and the comments are the post's last part, the owner's (its name linking
    to the blog's own address, as the header's name does) answering the comment before it."""
    bodies = soup.select(".m-post .txtcont")
    if len(bodies) != 1 or not loads_assets(soup, _LOFTER_ADDRESS):
        return          # the blog's home page or archive, or a page LOFTER did not serve
    blog = soup.select_one(".m-blogname a[href]")
    home = _site_address(str(blog["href"])) if blog is not None else ""
    title = soup.select_one(".m-post .ttl")
    if isinstance(title, Tag) and title.name in HEADING_TAGS and title.get_text(strip=True):
        title.name = "h1"
    for furniture in soup.select(".m-blogname, .m-selfintro, .m-pager"):
        furniture.decompose()
    box = soup.select_one(".m-notes")
    if not isinstance(box, Tag):
        return
    comments = []
    for card in box.select("li.cmtitem"):
        text = card.find(class_="cmtcont")
        named = card.find("a", class_="name", href=True)
        if not isinstance(text, Tag) or not one_line(text):
            continue
        name = one_line(named) if isinstance(named, Tag) else ""
        owner = bool(home) and isinstance(named, Tag) and _site_address(str(named["href"])) == home
        comments.append(Comment(name, one_line(text), owner))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


# Weverse's own assets (cdn-v2pstatic.weverse.io's scripts and styles, phinf.wevpstatic.net's pictures)
_WEVERSE_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*(?:weverse\.io|wevpstatic\.net)/", re.IGNORECASE)
_WEVERSE_POST_HEADER = re.compile(r"^PostHeaderView_header__")     # its CSS modules' hashes change with each build
_WEVERSE_COMMENTS = re.compile(r"^CommentListView_container__")
_WEVERSE_COMMENT = re.compile(r"^CommentView_comment__")       # a comment's card, a reply's nested in it
_WEVERSE_COMMENT_TEXT = re.compile(r"^CommentView_content__")
_WEVERSE_COMMENT_NICK = re.compile(r"^CommentView_nickname__")
_WEVERSE_COMMENT_BADGE = re.compile(r"^CommentView_badge__")   # 「작성자」 beside the post's writer's nick
WEVERSE_TITLE_MAX = 100     # a post's first line that titles it: one line, not a paragraph


def _weverse(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Weverse: a community post's page its assets from weverse.io / wevpstatic.net mark, the post's text the one
    `div.WeverseViewer` (its editor's paragraphs, 「一、…」 headings only bold paragraphs), over it the post's header
    `div.PostHeaderView_header__…` (the avatar, the nick `strong`, the date `span` 「11. 19. 22:14」, 「···」). A
    Weverse post has no title field: its writer types the title as the first line. Read as a page, the site's
    name (og:site_name, the logo) titled the post, its title line was a line of the first part, the nick and the
    date opened it glued (「阿拉木图的小星星11. 19. 22:14」), and the closing line (「有问题在评论区问，我看到就回」)
    closed the last part's answer. So the first line (a short one, with more text under it) titles the page, the
    header goes, and a last line after a bold heading's text that signs off (`html_text.SIGN_OFF`: 「评论」
    「留言」…) is set apart by a rule, under which the parser drops it (`parse.cut_at_end_mark`); any other
    closing words stay the last part's (a rule alone would make them a part of their own).
    The comments (`section.CommentListView_container__…` of `div.CommentView_comment__…` cards: the nick, the
    writer's 「작성자」 badge, the date, `div.CommentView_content__…`, 좋아요 / 답글, the replies' cards nested in
    the comment's `ReplyListView`) are the post's last part, each thread a comment and its replies, the
    writer's badged reply answering it (`_threads_html`); a reader here changes the page, so the comment
    lists' reader by shape (`indexer.comments`) no longer reads them."""
    viewers = soup.find_all("div", class_="WeverseViewer")
    if len(viewers) != 1 or not loads_assets(soup, _WEVERSE_ADDRESS, ("link", "script", "img")):
        return          # a community's feed (many posts), or a page Weverse did not serve
    lines = [p for p in viewers[0].find_all("p") if one_line(p)]
    if len(lines) < 2:
        return
    first, last = lines[0], lines[-1]
    if len(one_line(first)) <= WEVERSE_TITLE_MAX and not _all_bold(list(first.children)):
        first.name = "h1"
        for header in soup.find_all(class_=_WEVERSE_POST_HEADER):
            header.decompose()
    if last is not lines[1] and len(one_line(last)) <= WEVERSE_TITLE_MAX and SIGN_OFF.search(one_line(last)) \
            and any(_all_bold(list(p.children)) for p in lines[1:-1]):
        last.insert_before(soup.new_tag("hr"))
    box = soup.find("section", class_=_WEVERSE_COMMENTS)
    if not isinstance(box, Tag):
        return
    threads: list[list[Comment]] = []
    for card in box.find_all("div", class_=_WEVERSE_COMMENT):
        text = _own_in(card, "div", _WEVERSE_COMMENT, [_WEVERSE_COMMENT_TEXT])
        named = _own_in(card, "div", _WEVERSE_COMMENT, [_WEVERSE_COMMENT_NICK])
        if text is None or not one_line(text):
            continue
        badged = _own_in(card, "div", _WEVERSE_COMMENT, [_WEVERSE_COMMENT_BADGE]) is not None
        comment = Comment(one_line(named) if named is not None else "", one_line(text), badged)
        _thread_into(threads, comment, reply=card.find_parent("div", class_=_WEVERSE_COMMENT) is not None)
    box.decompose()
    _part_after(soup, viewers[0], _threads_html(threads) if threads else "")


def _site_address(address: str) -> str:
    """An address's host, lower-cased, without its scheme and path: a blog's own address as a comment links it."""
    return re.sub(r"^(?:https?:)?//", "", address.strip().lower()).split("/")[0]


# Hashnode's own assets (cdn.hashnode.com's blog styles and scripts)
_HASHNODE_ADDRESS = re.compile(r"^(?:https?:)?//cdn\.hashnode\.com/", re.IGNORECASE)


def _hashnode(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Hashnode: a blog post page its assets from cdn.hashnode.com mark, its text the one `.post-content`
    (`[itemprop=articleBody]`), its comments `section.comments-section` of `div.comment-thread`s, each a row of
    `div.comment` cards (`.comment-author`'s name link, the 「Author」 badge `span.author-badge`, the date, the text
    in `.comment-body`), a reply a card classed `comment-reply` after the comment it answers (not nested in it).
    Read by its shape, the list was one passage, the author's reply a line after the comment it answers; so each
    thread is a comment and the replies after it, the author's first reply (badged, or by the byline's name)
    answering it (`_threads_html`), as Forem's and Brunch's are."""
    bodies = soup.select(".post-content[itemprop=articleBody]") or soup.select(".post-content")
    if len(bodies) != 1 or not loads_assets(soup, _HASHNODE_ADDRESS):
        return          # the blog's home page or a list of posts, or a page Hashnode did not serve
    byline = soup.select_one(".post-author-meta .author-name")
    writer = one_line(byline) if isinstance(byline, Tag) else ""
    box = soup.select_one("section.comments-section")
    if not isinstance(box, Tag):
        return
    threads: list[list[Comment]] = []
    for card in box.find_all("div", class_="comment"):
        text = card.find(class_="comment-body")
        named = card.select_one(".comment-author a")
        if not isinstance(text, Tag) or not one_line(text):
            continue
        name = one_line(named) if isinstance(named, Tag) else ""
        badged = card.find(class_="author-badge") is not None
        comment = Comment(name, one_line(text), badged or bool(writer) and name == writer)
        _thread_into(threads, comment, reply="comment-reply" in card.get("class", ()))
    box.decompose()
    _part_after(soup, bodies[0], _threads_html(threads) if threads else "")


_LOBSTERS_USER = re.compile(r"^/~[\w.-]+$")       # a Lobsters user's page: 「/~aidos_n」


def _lobsters(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Lobsters (and its forks on the same Rails app): a story page, the story a `li.story` in `ol.stories` (the
    vote box's score 「23」, the title link in `span.link`, the tags, the byline 「authored by aidos_n」 with
    `a.u-author`, hide / 「12 comments」), a self post's text in `div.story_text`, then `div.comments_wrapper`'s
    tree `ol.comments` of `li.comments_subtree`s, each a `div.comment` (score, `div.byline` with the writer's
    `/~name` link, 「(author)」 `span.user_is_author` beside the story's author, the date, link / reply) with its
    `div.comment_text`, its replies an `ol.comments` nested in its `li`. Read as a page, the story card put the
    score and the title again over the text, and the comments lost their bounds: the author's reply ran into the
    answer above it, a top-level comment into the one before (holdout107). So the story card goes, and each
    top-level comment and the replies under it are a thread (`_threads_html`), the author's first reply answering
    the comment, as Hashnode's are."""
    bodies = soup.select("div.story_text")
    stories = soup.select("ol.stories li.story")
    if len(bodies) != 1 or len(stories) != 1:
        return          # the front page or a link story without text of its own
    byline = stories[0].select_one("a.u-author")
    writer = one_line(byline) if isinstance(byline, Tag) else ""
    def named(card: Tag) -> tuple[str, bool]:
        # the writer's link with a name, not the avatar's before it
        name = next((one_line(link) for link in card.select("div.byline a[href]")
                     if _LOBSTERS_USER.match(str(link["href"])) and one_line(link)), "")
        return name, card.select_one("div.byline .user_is_author") is not None

    threads = _comment_trees(soup, ("ol", "comments"), ("li", "comments_subtree"), ("div", "comment"), "comment_text",
                             named, writer)
    stories[0].find_parent("ol").decompose()
    _part_after(soup, bodies[0], _typed_threads_html(threads) if threads else "")


def _tildes(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Tildes (and its forks on the same Pyramid app): a topic page, the topic an `article.topic-full` (its `h1`, the
    byline 「Posted in ~group by name」 with `a.link-user`, the tags), a text topic's text in `div.topic-full-text`,
    then `section.topic-comments` (the 「7 comments」 header and its sort form) holding the tree `ol.comment-tree`
    of `li.comment-tree-item`s, each an `article.comment` (`header.comment-header`: the writer's `a.link-user`, 「(OP)」
    beside the topic's author, whose comment is also classed `is-comment-by-op`, the time, the votes; the text in
    `div.comment-text`; the Vote / Reply / Bookmark menu) with its replies an `ol.comment-tree-replies` nested in its
    `li`. Read as a page, the comments lost their bounds: the whole tree ran into one answer under a comment typed
    「问：」/「答：」, the OP's replies bare lines after comments moved to the end (holdout218). So each top-level
    comment and the replies under it are a thread, read as Lobsters' are (`_typed_threads_html`)."""
    bodies = soup.select("article.topic-full div.topic-full-text")
    if len(bodies) != 1:
        return          # a group's listing, or a link topic without text of its own
    byline = soup.select_one(".topic-full-byline a.link-user")
    writer = one_line(byline) if isinstance(byline, Tag) else ""
    def named(card: Tag) -> tuple[str, bool]:
        link = card.select_one("header.comment-header a.link-user")
        return (one_line(link) if isinstance(link, Tag) else ""), "is-comment-by-op" in card.get("class", ())

    threads = _comment_trees(soup, ("ol", "comment-tree"), ("li", "comment-tree-item"), ("article", "comment"),
                             "comment-text", named, writer)
    for section in soup.select("section.topic-comments"):
        section.decompose()     # its 「7 comments」 header and sort form, the tree read above
    _part_after(soup, bodies[0], _typed_threads_html(threads) if threads else "")


def _comment_trees(soup: BeautifulSoup, tree: tuple[str, str], item: tuple[str, str], card: tuple[str, str],
                   text_class: str, named: Callable[[Tag], tuple[str, bool]], writer: str) -> list[list[Comment]]:
    """The threads of a comment tree drawn as nested lists (Lobsters', Tildes'): each top-level `item` of a `tree`
    list with the replies nested in it one thread, in page order; each `card` a comment of its `text_class` text,
    by the writer `named` returns (and whether the page marks them the author); the trees go from the page."""
    threads: list[list[Comment]] = []
    for root in soup.find_all(tree[0], class_=tree[1]):
        if root.find_parent(tree[0], class_=tree[1]) is not None:
            continue            # a reply's list, read with the comment it is nested under
        for top in root.find_all(item[0], class_=item[1], recursive=False):
            for comment_card in top.find_all(card[0], class_=card[1]):
                text = comment_card.find(class_=text_class)
                if not isinstance(text, Tag) or not one_line(text):
                    continue
                name, marked = named(comment_card)
                comment = Comment(name, "\n".join(_block_lines(text)), marked or bool(writer) and name == writer)
                _thread_into(threads, comment, reply=comment_card.find_parent(item[0], class_=item[1]) is not top)
        root.decompose()
    return threads


def _block_lines(text: Tag) -> list[str]:
    """A comment's blocks (paragraphs, lists, quotes) one line each; its text on one line when it is not in blocks."""
    if any(isinstance(node, NavigableString) and node.strip() for node in text.children):
        return [one_line(text)]
    return [line for node in text.children if isinstance(node, Tag) and (line := one_line(node))]


def _typed_threads_html(threads: list[list[Comment]]) -> str:
    """Comment threads as `_threads_html` reads them, a comment typed as a question and its answer (「问：…」 then
    「答：…」 paragraphs, a reader sharing what they asked and were told) being that Q&A, the author's replies under
    it more of its answer (「补充：…」): read as a question the author answered, the typed pair was its title."""
    from indexer.parse import ANSWER_PREFIX, QUESTION_PREFIX     # (parse imports this module)
    plain: list[list[Comment]] = []
    typed: list[tuple[str, str]] = []
    for thread in threads:
        lines = thread[0].text.split("\n")
        if len(lines) < 2 or not QUESTION_PREFIX.match(lines[0]) or not ANSWER_PREFIX.match(lines[1]):
            plain.append([Comment(c.name, " ".join(c.text.split("\n")), c.by_author) for c in thread])
            continue
        more = [reply.text.replace("\n", " ") for reply in thread[1:] if reply.by_author]
        typed.append((QUESTION_PREFIX.sub("", lines[0], count=1),
                      "\n".join([ANSWER_PREFIX.sub("", lines[1], count=1), *lines[2:], *more])))
        plain.extend([reply] for reply in thread[1:] if not reply.by_author)
    markup = _threads_html(plain) if plain else ""
    pairs = "\n".join(f"<details><summary>問：{html.escape(question)}</summary>"
                      + "".join(f"<p>{html.escape(line)}</p>" for line in answer.split("\n")) + "</details>"
                      for question, answer in typed)
    if pairs and not markup:
        return f"<h2>{COMMENTS_TITLE}</h2>\n{pairs}"
    return f"{markup}\n{pairs}" if pairs else markup


_AUTHOR_TAG = "作者"        # the tag a platform sets beside the name of the post's author in its comments


def _own(card: Tag, classes: list[str]) -> Tag | None:
    """The card's first element of one of `classes`, not one of a reply nested in it (`ol.children`)."""
    return _own_in(card, "li", "comment", classes)


def _own_in(card: Tag, name: str, card_class: str | re.Pattern[str],
            classes: list[str] | list[re.Pattern[str]]) -> Tag | None:
    """The card's first element of one of `classes`, not one of a reply's card (`name`.`card_class`) nested in it."""
    for found in card.find_all(class_=classes):
        if found.find_parent(name, class_=card_class) is card:
            return found
    return None

# Teachable's own assets (its course player's packs and the school's theme), or its 「Powered by Teachable」 box
_TEACHABLE_ASSETS = re.compile(r"^(?:https?:)?//[\w.-]*\bteachablecdn\.com/", re.IGNORECASE)


def _teachable(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Teachable: a lecture page its assets from teachablecdn.com (or `#powered-by-teachable`) mark. The
    lecture's title (`h2#lecture_heading`, its icon no word of it) and its text attachments
    (`.lecture-attachment-type-text .lecture-text-container`) take the body's place, so the course player's frame
    goes whole: the curriculum sidebar, 「Previous Lecture」 / 「Complete and continue」, the file attachments
    (a download's name and size), the comment form and 「Powered by Teachable」. A callout in the text
    (`div.lecture-callout`) is set apart by a rule, no more of the answer above it. Each comment in
    `#comments_container` (`div.comment`: `.comment-author-name`, `.comment-body`, the author's 「Author」
    badge) is a thread with its replies (`.comment-replies`): a student's comment the lecture's author
    answers in the first reply is a question with its answer, whether or not it ends in 「？」 (a student
    reporting that a step fails asks what to do), the rest are remarks."""
    if soup.find(id="powered-by-teachable") is None and not loads_assets(soup, _TEACHABLE_ASSETS):
        return
    heading = soup.find(id="lecture_heading")
    texts = [text for box in soup.find_all("div", class_="lecture-attachment-type-text")
             for text in box.find_all("div", class_="lecture-text-container")]
    if not isinstance(heading, Tag) or not texts or soup.body is None:
        return
    for icon in heading.find_all(class_="lecture-icon"):
        icon.decompose()
    for text in texts:
        for callout in text.find_all("div", class_="lecture-callout"):
            callout.insert_before(soup.new_tag("hr"))
    box = soup.find(id="comments_container")
    threads = _nested_threads(box.select(".comments-list > .comment"), "comment-replies", "comment",
                              _teachable_comment) if isinstance(box, Tag) else []
    append_markup(_as_page(soup, one_line(heading), texts), _threads_html(threads))


def _nested_threads(cards: list[Tag], replies: str, reply: str,
                    read: Callable[[Tag], Comment | None]) -> list[list[Comment]]:
    """The threads of top-level comment `cards` in the page's order: each comment, then the `div.{reply}` cards in
    its own `div.{replies}` box (a course player nests a comment's replies so: Teachable's, Stepik's). A card
    `read` finds no text in is left out, and so is a thread left empty."""
    threads = []
    for card in cards:
        thread = [read(card)]
        box = card.find("div", class_=replies, recursive=False)
        if isinstance(box, Tag):
            thread.extend(read(nested) for nested in box.find_all("div", class_=reply))
        threads.append([comment for comment in thread if comment is not None])
    return [thread for thread in threads if thread]


def _teachable_comment(card: Tag) -> Comment | None:
    content = card.find("div", class_="comment-content", recursive=False)
    text = content.find("div", class_="comment-body", recursive=False) if isinstance(content, Tag) else None
    if not isinstance(text, Tag) or not one_line(text):
        return None
    name = content.find(class_="comment-author-name")
    return Comment(one_line(name) if isinstance(name, Tag) else "", one_line(text),
                   content.find(class_="badge-author") is not None)


# Stepik's own assets (stepik.org/static/…: the frontend's styles and scripts)
_STEPIK_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*stepik\.org/static/", re.IGNORECASE)


def _stepik(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Stepik: a lesson's step page its assets from stepik.org/static mark, the step's text one
    `article.step-text > div.html-content` (the writer's headings, lists, tables), which the page is read
    from as its one <article>. Around it the course player: the navbar, the course sidebar, the lesson's
    header (its name, the steps bar, 「Шаг 4 из 5」), the quiz, 「Предыдущий / Следующий шаг」 and the
    discussion (`section.discussion`: 「Комментарии (3)」 / 「Решения」 tabs, each `div.comment-widget` a
    header of `.comment-widget__author`, the teacher's badge 「Преподаватель」 `.comment-widget__badge` and
    the time, the text `.comment-widget__text`, likes and Ответить, its replies' widgets in its
    `.comment-widget__replies`). Read as a page, the step's text alone was kept and the discussion lost with
    the frame. So the comments are the step's last part after its text, each thread a comment and its
    replies, the teacher's first reply answering a student's comment (`_threads_html`), as Teachable's are."""
    steps = soup.select("article.step-text > div.html-content")
    if len(steps) != 1 or not loads_assets(soup, _STEPIK_ADDRESS):
        return          # a course's or a lesson's overview, or a page Stepik did not serve
    # (a reply is read in its comment's thread)
    cards = [card for card in soup.select("section.discussion div.comment-widget")
             if card.find_parent("div", class_="comment-widget") is None]
    threads = _nested_threads(cards, "comment-widget__replies", "comment-widget", _stepik_comment)
    _part_after(soup, steps[0], _threads_html(threads))


def _stepik_comment(card: Tag) -> Comment | None:
    """A discussion card's own comment (not its replies'): its writer, its text and the teacher's badge; None
    for a card that says nothing."""
    text = card.find("div", class_="comment-widget__text", recursive=False)
    if not isinstance(text, Tag) or not one_line(text):
        return None
    header = card.find("div", class_="comment-widget__header", recursive=False)
    name = header.find(class_="comment-widget__author") if isinstance(header, Tag) else None
    return Comment(one_line(name) if isinstance(name, Tag) else "", one_line(text),
                   isinstance(header, Tag) and header.find(class_="comment-widget__badge") is not None)


# Khan Academy's own assets (cdn.kastatic.org/genfiles/…: the site's styles and scripts)
_KHAN_ADDRESS = re.compile(r"^(?:https?:)?//cdn\.kastatic\.org/", re.IGNORECASE)


def _khan_academy(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Khan Academy: an article lesson its assets from cdn.kastatic.org mark, its text the one
    `article.framework-perseus` (the `h1`, the writer's `h2` parts of `div.paragraph` blocks). Around it the
    OneTrust banner, the header, the unit's sidebar, the breadcrumbs, 「上一个课程 / 下一个课程」 and the
    discussion (`section.discussion`: the 「问题 / 提示和感谢」 tabs and the sort menu, each learner's question a
    `div.discussion-item.question` of `.author` (the name and 「2 年前」), the text `.discussion-content`,
    votes and 回复, its answers `div.discussion-item.answer` in its `div.answers`; 「显示更多问题」). Read as a
    page, the discussion was lost with the frame (holdout135). So it is the article's last part 「评论」
    (`_threads_html`), each question and its answers a thread: the Questions tab is a Q&A, so a question's first
    answer answers it, whoever wrote it (Khan marks no author's or teacher's answers)."""
    articles = soup.select("article.framework-perseus")
    if len(articles) != 1 or not loads_assets(soup, _KHAN_ADDRESS):
        return
    cards = [card for card in soup.select("section.discussion div.discussion-item.question")
             if card.find_parent("div", class_="discussion-item") is None]
    threads = _nested_threads(cards, "answers", "answer", _khan_comment)
    markup = _threads_html(threads)
    if markup:
        articles[0].append(_markup_part(soup, markup))


def _khan_comment(card: Tag) -> Comment | None:
    """A discussion item's own text and its writer, an answer marked as the one answering (see `_khan_academy`);
    None for an item that says nothing."""
    text = card.find("div", class_="discussion-content", recursive=False)
    if not isinstance(text, Tag) or not one_line(text):
        return None
    author = card.find("div", class_="author", recursive=False)
    name = author.find("a") if isinstance(author, Tag) else None
    return Comment(one_line(name) if isinstance(name, Tag) else "", one_line(text),
                   "answer" in card.get("class", ()))


def _open_edx(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Open edX: a courseware unit (the Learning MFE's `h1.unit-title` over the unit's xblocks, each a
    `div.xblock-student_view-<type>`), whose discussion xblock (`div.xblock-student_view-discussion` >
    `div.discussion-module`: the header `h3.discussion-module-header`, 「显示讨论」, each post an
    `article.discussion-post` of a `header` (`.username`, `.post-time`, a staff or community TA's `.badge`),
    its text `.post-body`, +1 / 回复 / 举报, and its responses `.responses > .response`, each a `.username` and
    its text; 「新建帖子」) follows the HTML xblock's text. Read as a page, the header's `h3` was nested under the
    text's last `h2` (「常见问答」) and the discussion was one passage: the post's writer lost, the responses'
    usernames kept as bare lines between their texts, a learner's question and the answer under it unpaired
    (holdout128). So the discussion xblock is replaced by the unit's part 「评论」 (`comments_html`) at the level of
    the text's own parts: each post, then its responses, a response by the post's writer or a badged (staff, TA)
    member answering the learner's question just above it."""
    for block in soup.select("div.xblock-student_view-discussion"):
        comments: list[Comment] = []
        for post in block.select("article.discussion-post"):
            header = post.find("header")
            writer = one_line(header.find(class_="username")) if isinstance(header, Tag) else ""
            body = post.find(class_="post-body")
            if isinstance(body, Tag) and one_line(body):
                comments.append(Comment(writer, one_line(body), False))
            for response in post.select(".responses > .response"):
                name = response.find(class_="username")
                said = " ".join(one_line(p) for p in response.find_all("p")) or \
                    one_line(response).removeprefix(one_line(name) if isinstance(name, Tag) else "").strip()
                if said:
                    who = one_line(name) if isinstance(name, Tag) else ""
                    comments.append(Comment(who, said, bool(writer) and who == writer
                                            or response.find(class_="badge") is not None))
        markup = comments_html(comments)
        if markup:
            block.replace_with(_markup_part(soup, markup))
        else:
            block.decompose()


# Nate Pann's (네이트 판) own assets: pann.nate.com's styles and scripts
_NATE_PANN_ADDRESS = re.compile(r"^(?:https?:)?//pann\.nate\.com/", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[。！!？?；;])")      # after a sentence: a comment asks when its last one does


def _nate_pann(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Nate Pann (네이트 판): a talk's page its assets from pann.nate.com mark, the board's path over the title
    (`div.location`: 「판 > 톡톡 > 해외생활」), the title `h1` in `div.post-tit-info` with the information line
    (`div.info`: the writer, date, 조회, 추천), its text the one `div.posting#contentArea`, then 추천 / 반대 / 공유
    buttons. Its comments `div.cmt_area` (「베스트 댓글 / 댓글 5」) of flat `dl.cmt_item` cards: the `dt` the name
    (`.nameui`), the date and the 「베플」 (best) or 「글쓴이」 (the writer's, the card classed `writer`) badge, the
    `dd.usertxt` its paragraphs and the vote line `p.rcm` (「추천 48 반대 2」). Read as a page, the path and the
    information line opened the text, and the comments were cut by their shape: each kept its name, badges and vote
    line as words, and a comment's last paragraph after its list opened the next comment's passage. So the path and
    the information line go, and the comments are the post's last part, each its paragraphs only. Nate Pann's
    comments are flat, a reply nowhere nested: a comment whose last paragraph asks (the writer's follow-up
    question, or a reader's) answered by the next comment from the other side (a reader's, or the writer's) is a
    question (that last paragraph, the ones before it a remark) with its answer; a comment asking in its middle (「问：…答：…」 it answers itself) asks nobody, its
    last sentence not asking."""
    bodies = soup.select("div.posting#contentArea")
    if len(bodies) != 1 or not loads_assets(soup, _NATE_PANN_ADDRESS):
        return          # a board's list of talks, or a page Nate Pann did not serve
    for furniture in soup.select("div.location, .post-tit-info .info"):
        furniture.decompose()
    box = soup.find(class_="cmt_area")
    if not isinstance(box, Tag):
        return
    said: list[tuple[list[str], bool, bool]] = []     # (paragraphs, by the writer, its last paragraph asks)
    for card in box.find_all("dl", class_="cmt_item"):
        text = card.find("dd", class_="usertxt")
        if not isinstance(text, Tag):
            continue
        for votes in text.find_all(class_="rcm"):
            votes.decompose()
        paragraphs = [one_line(block) for block in text.find_all(["p", "ol", "ul"], recursive=False)]
        paragraphs = [line for line in paragraphs if line] or [one_line(text)]
        if not paragraphs[-1]:
            continue
        by_writer = "writer" in card.get("class", ()) or card.find(class_="writer-mark") is not None
        last = [part for part in _SENTENCE_END.split(paragraphs[-1]) if part.strip()]
        said.append((paragraphs, by_writer, bool(last) and bool(ASKS.search(last[-1]))))
    box.decompose()
    remarks: list[str] = []
    answered: list[tuple[str, str]] = []
    i = 0
    while i < len(said):
        paragraphs, by_writer, asks = said[i]
        if asks and i + 1 < len(said) and said[i + 1][1] != by_writer:
            if paragraphs[:-1]:
                remarks.append(" ".join(paragraphs[:-1]))     # what the asker said before asking
            answered.append((paragraphs[-1], " ".join(said[i + 1][0])))
            i += 2
            continue
        remarks.append(" ".join(paragraphs))
        i += 1
    _part_after(soup, bodies[0], part_html(COMMENTS_TITLE, remarks, answered))


def _threads_html(threads: list[list[Comment]]) -> str:
    """Comment threads as the post's part 「评论」, as `comments_html` reads a list: the remarks, then each
    thread's opening comment the post's author answered in its first reply, with that answer."""
    names = {comment.name for thread in threads for comment in thread if comment.name}
    remarks: list[str] = []
    answered: list[tuple[str, str]] = []
    for thread in threads:
        said = [(comment, unaddressed(comment.text, names)) for comment in thread]
        (opener, asked), rest = said[0], said[1:]
        if rest and asked and rest[0][1] and not opener.by_author and rest[0][0].by_author:
            answered.append((asked, rest[0][1]))
            said = rest[1:]
        remarks.extend(text for _, text in said if text)
    return part_html(COMMENTS_TITLE, remarks, answered)


_JCOMMENTS_CARD = re.compile(r"^comment-item-\d+$")     # (a comment's card: 「comment-item-315」)


def _jcomments(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """JComments (Joomla's comments component): its box `div#jc` under a Joomla article's text (the one
    `[itemprop=articleBody]`), the list `div#comments-list` (in tree mode a `div.comments-list` nested in
    the card of the comment its replies answer) of cards `div#comment-item-<id>` classed 「even」 and
    「odd」 by turns, each a `div.comment-box` of the vote box, the 「#2」 anchor, `span.comment-author`,
    `span.comment-date`, the text `div.comment-body` and 回复 | 引用 (`.comments-buttons`); the form and
    「添加评论」 follow in the box. A quote of another comment opens a text (`span.quote`, its
    `.quotebody`, or a `<blockquote>`): it goes, the comment it quotes being on the page. JComments
    marks no comment as the article's author's; the article names its author (Joomla's `dd.createdby`
    by-line, else `meta[name=author]`), and a comment under that name is the author's."""
    bodies = soup.find_all(attrs={"itemprop": "articleBody"})
    box = soup.find("div", id="jc")
    if len(bodies) != 1 or not isinstance(box, Tag):
        return
    byline = soup.select_one(".createdby [itemprop=name]")
    meta = soup.find("meta", attrs={"name": "author", "content": True})
    author = one_line(byline) if byline is not None else str(meta["content"]).strip() if meta is not None else ""
    comments = []
    for card in box.find_all("div", id=_JCOMMENTS_CARD):
        content = next((comment for comment in card.find_all("div", class_="comment-box")
                        if comment.find_parent("div", id=_JCOMMENTS_CARD) is card), None)
        text = content.find("div", class_="comment-body") if content is not None else None
        if text is None:
            continue
        for quote in text.find_all(lambda tag: tag.name == "blockquote" or "quote" in tag.get("class", ())):
            if not quote.decomposed:
                quote.decompose()       # the comment it quotes is on the page already
        name = one_line(content.find(class_="comment-author"))
        comments.append(Comment(name, one_line(text), bool(author) and name == author))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


_UCOZ_ADDED_BY = re.compile(r"Добавил\s*:\s*$")     # (「… | Добавил: 」, then the poster's name linked)


def _ucoz(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """uCoz: an entry's page of a site module (news, blog, publications), the entry a `table.eBlock` of its
    title `td.eTitle` over its text `td.eMessage`; closing the text the details line `div.eDetails`
    (「Категория: … | Просмотров: 1384 | Добавил: <poster> | Дата: … | Теги: …」), under it a `td.eDetails` row
    with the rating stars (`ul.uStarRating`, 「Рейтинг: 4.8/12」); after the table the share buttons, a small
    table 「Всего комментариев: 3」 and the comments `div#allEntries` of `div.comEnt` cards (`.cTop`: the
    comment's number, the commenter's name and the time; `.cMessage` the text; an administrator's answer
    written into the card `.cAnswer`). Read as a page (holdout108), the details line, the rating, the count
    and every comment, numbers and times and all, were glued to the last answer of the entry's FAQ. The
    details and the rating are no text; the comments are the entry's last part, the poster's (the name
    the details line gives after 「Добавил:」) the author's, an answer written into a card its reply."""
    blocks = soup.find_all("table", class_="eBlock")
    if len(blocks) != 1 or blocks[0].find("td", class_="eMessage") is None:
        return          # a module's list of entries: many entries, no one article
    block = blocks[0]
    author = ""
    for details in block.find_all(class_="eDetails"):
        label = details.find(string=_UCOZ_ADDED_BY)
        poster = label.find_next("a") if label is not None else None
        if isinstance(poster, Tag) and not author:
            author = one_line(poster)
    for details in block.find_all(class_="eDetails"):
        if not details.decomposed:
            row = details.find_parent("tr") if details.name == "td" else None
            (row if isinstance(row, Tag) else details).decompose()
    box = soup.find("div", id="allEntries")
    comments: list[Comment] = []
    if isinstance(box, Tag):
        for card in box.find_all("div", class_="comEnt"):
            top, text = card.find(class_="cTop"), card.find(class_="cMessage")
            if not isinstance(text, Tag):
                continue
            named = top.find("a") if isinstance(top, Tag) else None
            name = one_line(named) if isinstance(named, Tag) else ""
            answer = card.find(class_="cAnswer")
            if isinstance(answer, Tag):
                answer.extract()
            comments.append(Comment(name, one_line(text), bool(author) and name == author))
            if isinstance(answer, Tag) and one_line(answer):
                # (「Ответ: …」: the site's administrator answers in the card of the comment it answers)
                comments.append(Comment(author, re.sub(r"^\s*Ответ\s*:\s*", "", one_line(answer)), True, True))
        # the count 「Всего комментариев: 3」 is the small table (or its row) just before the list
        count = box.find_previous_sibling()
        if isinstance(count, Tag) and count.find(class_="eBlock") is None and len(one_line(count)) <= 40 \
                and re.search(r"\d", one_line(count)):
            count.decompose()
        box.decompose()
    _insert_after(soup, block, comments)


_ZENN_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*zenn\.studio/")      # Zenn's assets (static.zenn.studio)
_ZENN_COMMENT = re.compile(r"^CommentItem_item__")      # its CSS modules' hashes change with each build
_ZENN_REPLY = re.compile(r"^CommentItem_reply__")
_ZENN_HEADER = re.compile(r"^CommentItem_header__")
_ZENN_BADGE = re.compile(r"^CommentItem_author__")      # 「著者」 beside the article's author's name
_ZENN_SUPPORT = re.compile(r"^SupportBox_box__")


def _zenn(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Zenn: an article's own page, its assets from static.zenn.studio, its text the `div.znc` of the article
    (Zenn's Markdown as HTML), a callout in it an `aside.msg` (its 「!」 symbol, its text in `.msg-content`).
    Under the text the like and share buttons, the badge box (`SupportBox_box__…`: 「バッジを贈って著者を
    応援しましょう」, what a badge earns, 「バッジを贈る」), then 「Discussion」: each comment a
    `CommentItem_item__…` card of its header (the commenter's name link, 「著者」 beside the author's
    `CommentItem_author__…`, the date) over its own `div.znc`, a reply classed `CommentItem_reply__…`.
    Read as a page (holdout108), the callout went with the page's side column (an `<aside>`), the badge
    box was the text of the FAQ heading over the questions, and the comments were one passage of names
    glued to dates. The callout is a block of the text, the badge box no text, and the comments the
    article's last part, the author's reply set under the comment it answers."""
    bodies = [box for box in soup.find_all("div", class_="znc") if box.find_parent(class_=_ZENN_COMMENT) is None]
    if len(bodies) != 1 or not loads_assets(soup, _ZENN_ADDRESS, ("link", "script", "img")):
        return          # a user's page or a feed, or a page Zenn did not serve
    for callout in bodies[0].find_all("aside", class_="msg"):
        callout.name = "div"        # (an <aside> is a side column's, and went)
        for symbol in callout.find_all(class_="msg-symbol"):
            symbol.decompose()
    for box in soup.find_all(class_=_ZENN_SUPPORT):
        box.decompose()
    comments = []
    for card in soup.find_all(class_=_ZENN_COMMENT):
        text = card.find("div", class_="znc")
        header = card.find(class_=_ZENN_HEADER)
        named = header.find("a") if isinstance(header, Tag) else None
        if not isinstance(text, Tag) or not one_line(text):
            continue
        comments.append(Comment(one_line(named) if isinstance(named, Tag) else "", one_line(text),
                                isinstance(header, Tag) and header.find(class_=_ZENN_BADGE) is not None,
                                any(_ZENN_REPLY.match(word) for word in card.get("class", ()))))
    for card in soup.find_all(class_=_ZENN_COMMENT):
        if not card.decomposed:
            card.decompose()
    _insert_after(soup, bodies[0], comments)


def _entry_title(title: Tag | None, headers: list[Tag]) -> None:
    """The entry's own heading titles the page (an `<h1>`), and the site's header over it goes — the blog's
    or the cafe's name and motto, the same over every entry, which titled the page before (Ameba, Daum Cafe)."""
    if isinstance(title, Tag) and title.name in HEADING_TAGS and one_line(title):
        title.name = "h1"
        for header in headers:
            header.decompose()


def _thread_into(threads: list[list[Comment]], comment: Comment, reply: bool) -> None:
    """A reply joins the last thread (the comment it is nested under, or answers right after); any other
    comment, or a reply with no comment before it, starts a thread of its own."""
    if reply and threads:
        threads[-1].append(comment)
    else:
        threads.append([comment])


def _markup_part(soup: BeautifulSoup, markup: str) -> Tag:
    """A <div> holding what a reader's part `markup` parses to (`comments_html`'s 「评论」), to set in the page
    where its own comment list stood or after the post's text."""
    part = soup.new_tag("div")
    append_markup(part, markup)
    return part


def _part_after(soup: BeautifulSoup, body: Tag, markup: str) -> None:
    """A part's `markup` (the comments' threads, `_threads_html`) right after the post's text, if any."""
    if markup:
        body.insert_after(_markup_part(soup, markup))


def _insert_after(soup: BeautifulSoup, body: Tag, comments: list[Comment], inside: bool = False) -> None:
    """The comments as a part right after the post's text: inside the article, before the
    engine's furniture under the text (labels, share and support boxes); `inside` the text's
    element when that is the page's one `<article>` (Toutiao's), which the page's text is taken from."""
    markup = comments_html(comments)
    if markup:
        part = _markup_part(soup, markup)
        if inside:
            # at the level of the text's own parts: Toutiao's are `<h1>`s (「六、常见问题」), and an `<h2>`
            # 「评论」 after them was read as a part of the last
            top = min((int(h.name[1]) for h in body.find_all(HEADING_TAGS)), default=2)
            for heading in part.find_all("h2"):
                heading.name = f"h{min(top, 2)}"
            body.append(part)
        else:
            body.insert_after(part)


def comments_html(comments: list[Comment]) -> str:
    """The comments as the post's part 「评论」: readers' remarks, then each question a reader
    asked that the post's author answered in the next comment, with that answer.

    >>> print(comments_html([Comment("Ming", "想問 Activ 一樣嗎？", False),
    ...                      Comment("Ken", "@Ming 一樣㗎。", True), Comment("Jo", "好用！", False)]))
    <h2>评论</h2>
    <p>好用！</p>
    <details><summary>問：想問 Activ 一樣嗎？</summary><p>一樣㗎。</p></details>
    """
    names = {comment.name for comment in comments if comment.name}
    texts = [Comment(c.name, unaddressed(c.text, names), c.by_author, c.nested) for c in comments]
    texts = [c for c in texts if c.text]
    return answered_html(COMMENTS_TITLE, [(c.text, c.by_author) for c in texts],
                         frozenset(k for k, c in enumerate(texts) if c.nested))


_SIGNATURE = re.compile(r"^\s*(?:—|–|--)\s*\S")        # a letter's 「— Ерлан，店长」
SIGNATURE_MAX = 60      # a signature line: a name and a role, not a paragraph


def _buttondown(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Buttondown: a newsletter issue's archive page (`main.email-detail`: the back link
    `a.email-detail__back` 「← Back to the archive」, the subject `h1.email-detail__subject`, the date and issue
    number, the e-mail's text `div.email-body-content`, then share buttons, pagination, the subscribe form). An
    issue is a letter: it ends with the writer's closing words and signature (「— Ерлан，Дөңгелек 店长」), which
    were glued to the answer of the last 「问：」/「答：」 pair above them (holdout102), and the back link opened the
    first part. So the back link goes, and a signature line closing the text is set apart by a rule (under which
    the parser drops a short sign-off, `parse.cut_at_end_mark`) together with the plain paragraphs between it and
    a last answer (a paragraph opening with 「答：」/「A:」): they answer no question. After prose the signature alone
    is set apart, the closing words staying the last part's (they cannot be told from its text)."""
    from indexer.parse import ANSWER_PREFIX     # (parse imports this module)
    for back in soup.select("main.email-detail a.email-detail__back"):
        back.decompose()
    bodies = soup.select("main.email-detail div.email-body-content")
    if len(bodies) != 1:
        return
    blocks = [c for c in bodies[0].children if isinstance(c, Tag) and one_line(c)]
    if len(blocks) < 2 or blocks[-1].name != "p" or len(one_line(blocks[-1])) > SIGNATURE_MAX \
            or not _SIGNATURE.match(one_line(blocks[-1])):
        return
    start = len(blocks) - 1
    while start > 0 and blocks[start - 1].name == "p" and not blocks[start - 1].find(["strong", "b"]) \
            and not ANSWER_PREFIX.match(one_line(blocks[start - 1])):
        start -= 1
    if start == 0 or not ANSWER_PREFIX.match(one_line(blocks[start - 1])):
        start = len(blocks) - 1
    blocks[start].insert_before(soup.new_tag("hr"))


def _closing_words_apart(soup: BeautifulSoup, body: Tag, heading: Tag | None = None) -> None:
    """The plain paragraphs closing a text after its last answer (a paragraph with a line opening with
    「答：」/「A:」: the writer's 「问：」/「答：」 pairs, each in one paragraph) set apart by a rule: the writer's closing
    words (a chapter's 「下一章讲…喜欢的话点个⭐投票吧！」, a letter's 「祝好，」 and signature) answer no question, and
    were glued to the last answer. Under a copy of the text's `heading` instead where one titles the whole text (a
    listing's 「Description」): its seller's closing terms (「Paiement par virement uniquement」) are the
    description's, not its FAQ's, whose heading a rule leaves over them."""
    from indexer.parse import ANSWER_PREFIX     # (parse imports this module)

    def answers(block: Tag) -> bool:
        return any(ANSWER_PREFIX.match(line) for line in block.get_text("\n").splitlines())

    blocks = [c for c in body.children if isinstance(c, Tag) and one_line(c)]
    start = len(blocks)
    while start > 0 and blocks[start - 1].name == "p" and not blocks[start - 1].find(["strong", "b"]) \
            and not answers(blocks[start - 1]):
        start -= 1
    if 0 < start < len(blocks) and answers(blocks[start - 1]):
        apart = soup.new_tag("hr") if heading is None else text_tag(soup, heading.name, one_line(heading))
        blocks[start].insert_before(apart)


def _wattpad(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Wattpad: a story part's reading page, its text the one `pre.text-body` of `p[data-p-id]` paragraphs (the
    ids readers' paragraph comments are kept under), each paragraph somebody commented on closing with its counter
    (`span.num-comment`: 「18」). Read as a page, the `<pre>` made the whole chapter one preformatted block: its bold
    paragraphs (「<b>一、巡更手机是什么</b>」, the writer's headings, Wattpad's editor has no heading style) headed
    nothing, its 「1.」–「5.」 lines and 「问：」/「答：」 lines written with `<br>` in one paragraph were neither steps nor
    Q&As, the chapter was cut by size only, and every counter was glued to its paragraph's end (「…参考。18」). So the
    text is a `<div>` of its paragraphs, read as any page's, and the counters go. The comments under the part
    (`section#story-part-comments`: 「评论 (143)」, `li.comment` cards of `a.username`, `span.timestamp`, the text's
    `<p>`, likes and 回复, a reply's card nested in the comment it answers, the writer's badged `span.badge-author`
    「作者」, then 查看更多评论) are the part's last part 「评论」, the writer's reply answering the comment it is
    under, as a blog's comments are."""
    bodies = [pre for pre in soup.select("pre.text-body") if pre.find("p", attrs={"data-p-id": True})]
    if len(bodies) != 1:
        return          # a story's landing page (its parts' list), or not Wattpad's reader
    bodies[0].name = "div"
    for counter in bodies[0].select("span.num-comment"):
        counter.decompose()
    _closing_words_apart(soup, bodies[0])
    box = soup.select_one("#story-part-comments")
    if not isinstance(box, Tag):
        return
    byline = soup.select_one(".story-part .author a.on-navigate")
    writer = one_line(byline) if isinstance(byline, Tag) else ""
    comments = []
    for card in box.select("li.comment"):
        named = card.find(class_="username")
        name = one_line(named) if isinstance(named, Tag) else ""
        words = [one_line(p) for p in card.find_all("p") if p.find_parent("li", class_="comment") is card and one_line(p)]
        badge = card.find(class_="badge-author")
        badged = isinstance(badge, Tag) and badge.find_parent("li", class_="comment") is card
        if words:
            comments.append(Comment(name, "\n".join(words), badged or bool(writer) and name == writer,
                                    card.find_parent("li", class_="comment") is not None))
    box.decompose()
    _insert_after(soup, bodies[0], comments)


def _kit(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Kit (ConvertKit): a newsletter's post on the creator's page (`creator.kit.com/posts/…`), the e-mail's body
    the one `div.ck-email-body` (its blocks in Kit's e-mail table, `td` › `div.ck-inner-section`). An issue is a
    letter: it ends with the writer's closing words and signature (「下期通讯…」「祝好，<br>…社工部 阿依古丽」),
    which were glued to the answer of the last 「问：」/「答：」 pair above them. So the plain paragraphs after the
    last answer are set apart by a rule, as a Wattpad chapter's closing words are (`_closing_words_apart`)."""
    bodies = soup.select("div.ck-email-body")
    if len(bodies) != 1:
        return          # the creator's list of posts, or a page of many e-mails
    paragraphs = bodies[0].find_all("p")
    if paragraphs and isinstance(paragraphs[-1].parent, Tag):
        _closing_words_apart(soup, paragraphs[-1].parent)


_GUMROAD_SITE = "Gumroad"


def _cards_taken(soup: BeautifulSoup, boxes: str, cards: str, text_class: str, name_class: str) -> list[Comment]:
    """The cards of a page's own notes list (Gumroad's ratings, Bandcamp's supporters' notes) as comments, each
    its `text_class` element's words under its `name_class` writer, and the lists taken out of the page: the
    reader sets them after the text, where the comments part goes."""
    comments = []
    for box in soup.select(boxes):
        for card in box.select(cards):
            text = card.find(class_=text_class)
            if text is not None and one_line(text):
                comments.append(Comment(one_line(card.find(class_=name_class)), one_line(text), False))
        box.decompose()
    return comments


def _gumroad(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Gumroad: a product page (its `og:site_name` 「Gumroad」): the creator's profile header, then
    `article.product` — the cover, `section.product-info` of the h1, `div.details` (the price 「US$9」, the
    creator's name linked to their profile, the star rating 「4.7 (38 ratings)」) and the description
    `div.rich-text`, the buy box beside it — then `section.ratings-section` (「Ratings」, the histogram, each
    `div.review` a star row, the text in `p.review-text` and the buyer's `span.reviewer`). Read as a page, the
    price and the creator's name opened the first part and the ratings section went as chrome by its class word
    with its reviews (holdout105). The details line goes and the reviews are the comments under the description,
    buyers' remarks: Gumroad marks none as the creator's."""
    if not site_named(soup, _GUMROAD_SITE):
        return
    bodies = soup.select("section.product-info div.rich-text")
    if len(bodies) != 1:
        return
    for details in soup.select("section.product-info div.details"):
        details.decompose()
    _insert_after(soup, bodies[0], _cards_taken(soup, "section.ratings-section", "div.review", "review-text", "reviewer"))


# the line craigslist appends to the body of a posting whose owner ticked "no unsolicited offers"
_CRAIGSLIST_NO_OFFERS = re.compile(r"^\s*do NOT contact me with unsolicited services or offers\s*$", re.IGNORECASE)


def _craigslist(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Craigslist: a posting (`section#postingbody` under `div.postingtitle` — `span#titletextonly`, the
    `span.price` and the `span.postingtitle-location` on one line —, the actions, `p.attrgroup` of 「condition:
    good」 lines), then `div.postinginfos` (「post id」, 「posted」 / 「updated」 dates, 「♥ best of」) and
    `div.notices` (craigslist's safety tips). The body is plain text typed in lines, one `<br>` apart. Read as a
    page, the first part was titled by the `<title>` cut at its first 「 - 」 and held the whole title line, a
    note under a `<br>`-numbered run was glued into its last step, and craigslist's closing line 「do NOT contact
    me with unsolicited services or offers」, the post infos and the notices ran on into the last answer
    (holdout165). So the posting's own title is the h1 with the price and the place a line under it, each line
    of the body a paragraph of its own (`lines_apart`, as Xuite's), and the closing line, the infos and the
    notices go: they are craigslist's, not the poster's."""
    bodies = soup.select("section#postingbody")
    titles = soup.select("div.postingtitle #titletextonly")
    if len(bodies) != 1 or len(titles) != 1:
        return
    body = bodies[0]
    heading = soup.select_one("div.postingtitle")
    words = [one_line(part) for part in heading.select(".price, .postingtitle-location")]
    title = text_tag(soup, "h1", one_line(titles[0]))
    heading.replace_with(title)
    if any(words):
        title.insert_after(text_tag(soup, "p", " ".join(word for word in words if word)))
    for box in soup.select("div.postinginfos, div.notices"):
        box.decompose()
    for node in list(body.children):
        if isinstance(node, NavigableString) and _CRAIGSLIST_NO_OFFERS.match(str(node)):
            node.extract()
    lines_apart(soup, body)


def _smzdm(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """什么值得买 (smzdm.com): a deal post's `div.price-box` under its h1 — `span.price` 「39 990₸」, `span.old-price`
    「原价 54 990₸」, the `a.go-buy` button 「直达链接」 and the readers' votes `span.zhi` 「值 128」 / `span.buzhi`
    「不值 9」 — over `div.article-content`. Read as a page, the box ran together into one word at the head of the
    first part (「39 990₸原价 54 990₸直达链接值 128不值 9」, holdout185). The deal's prices stay, one line apart by
    「 · 」 as listings' figures are (`clean._title_stat_spans`); the button and the votes go: they are the site's,
    not the post's. Its comments (`ul.comment-list`'s `li.comment-item` cards: `.c-user`, `.c-time`,
    `.c-content`, `.c-zan` 「赞 24」; the post's author's reply badged `span.author-badge` 「作者」 and opening
    with 「回复 name：」) are the part 「评论」, a reply by the author to the comment just before it answering
    that comment."""
    for box in soup.select("div.price-box"):
        for chrome in box.select(".go-buy, .zhi, .buzhi"):
            chrome.decompose()
        prices = [one_line(part) for part in box.find_all(True, recursive=False)]
        if any(prices):
            box.replace_with(text_tag(soup, "p", " · ".join(price for price in prices if price)))
        else:
            box.decompose()
    bodies = soup.select("div.article-content")
    lists = soup.select("ul.comment-list")
    if len(bodies) != 1 or len(lists) != 1:
        return
    cards = [(one_line(card.find(class_="c-user")), one_line(text), card.find(class_="author-badge") is not None)
             for card in lists[0].find_all("li", class_="comment-item") if (text := card.find(class_="c-content"))]
    names = {name for name, _, _ in cards if name}
    comments: list[Comment] = []
    for name, text, mine in cards:
        said = _replying_to(text, names, _MAFENGWO_REPLY_TO)
        # (「回复 name：」 naming the comment just before: the reply answers it)
        answers = said != text and bool(comments) \
            and text[len(_MAFENGWO_REPLY_TO):].lstrip().startswith(comments[-1].name)
        comments.append(Comment(name, said, mine, answers))
    box = lists[0].find_parent(id="comments") or lists[0]
    box.decompose()
    _insert_after(soup, bodies[0], comments)


def _gumtree(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Gumtree: an ad's page (VIP): `div.vip-title` (the h1, the price an `h3[data-q=ad-price]`, `ad-location` and
    `ad-posted` lines), the gallery, `div.vip-actions` (Save / Share / Report), `section.vip-description` (its
    「Description」 h2 over the seller's text), `section.vip-attributes` (a `dl` of Condition, Brand…), the seller's
    aside and the similar ads. Read as a page, the h1 with nothing of its own under it was lost and the price h3
    titled the first part over the place, 「Posted 3 days ago」 and 「Report」, and the attributes' `dl` ran on into the
    description's last answer (holdout165). So the price is a line under the h1 with the place, the age of the ad
    and the actions go, and each attribute is a line 「Condition：Used - like new」 under them, where the ad's facts
    are. The text's `div.ad-description` loses that class: 「ad」 is a word of the skip rules (an ad on a page), and
    the description was kept only while it was most of the page's text (as Market.kz's `advert`)."""
    titles = soup.select("div.vip-title")
    if len(titles) != 1 or titles[0].find("h1") is None:
        return
    head = titles[0]
    for price in head.select("[data-q=ad-price]"):
        price.name = "p"
    for text in soup.select("section.vip-description div.ad-description"):
        text["class"] = [name for name in text.get("class", []) if name != "ad-description"]
    for gone in soup.select("div.vip-title [data-q=ad-posted], div.vip-actions"):
        gone.decompose()
    for box in soup.select("section.vip-attributes"):
        lines = [f"{one_line(term)}：{one_line(term.find_next_sibling('dd'))}" for term in box.find_all("dt")
                 if isinstance(term.find_next_sibling("dd"), Tag)]
        for line in lines:
            head.append(text_tag(soup, "p", line))
        box.decompose()


_KIJIJI_ASSETS = re.compile(r"https?://(?:www\.)?kijiji\.ca/")
_KIJIJI_SAID = re.compile(r"^\s*(?:asked|answered)\s*:\s*", re.IGNORECASE)    # 「Aruzhan asked: …」 once its name is gone


def _kijiji_part(root: Tag, name: str) -> list[Tag]:
    """The elements under `root` whose CSS-module class is Kijiji's `{name}-{hash}` (「qaItem-3320」)."""
    return root.find_all(class_=re.compile(rf"^{name}-\d+$"))


def _kijiji(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Kijiji: an ad's page (VIP, `div#vip-body`; its assets from kijiji.ca, its classes CSS-module names
    「priceWrapper-1165」): the h1, the price box (the price and 「Please Contact」), the place and 「Posted 2 weeks ago」,
    the gallery and share bar, `itemAttributeCards` (an 「Overview」 h3 over one `dl` per fact: Offered by,
    Languages…), the description, the `qaSection` of 「Questions & Answers (5)」 (each `qaItem` a question paragraph
    「Aruzhan asked: …」 over the seller's 「Seller answered: …」), the ask form and the seller's aside. Read as a page,
    the price spans ran together, the age of the ad stayed under the title, the facts were bare lines under
    「Overview」 (「Offered by」 / 「Professional」), and the questions one part of 「asked:」 / 「answered:」 lines without
    their askers (holdout218). So, as Gumtree's (`_gumtree`), the price is one line under the h1 with the place, the
    age goes, each fact is a line 「Offered by：Professional」 where the facts stood, and each question with the answer
    under it is a Q&A. The seller's editor has no headings: a paragraph all bold heads what follows it (「下单流程：」
    over its steps, 「婚礼当天」), where, a label ending in a colon or alone in its part, it ran into the text as a line
    and the steps under it were titled 「Description」."""
    if soup.find(id="vip-body") is None or not loads_assets(soup, _KIJIJI_ASSETS):
        return
    body = soup.find(id="vip-body")
    if len(body.find_all("h1")) != 1:
        return
    for box in _kijiji_part(body, "priceWrapper"):
        price_line(soup, box)
    for age in _kijiji_part(body, "datePosted"):
        age.decompose()
    for cards in _kijiji_part(body, "itemAttributeCards"):
        facts = soup.new_tag("div")
        for term in cards.find_all("dt"):
            value = term.find_next_sibling("dd")
            if isinstance(value, Tag) and one_line(term) and one_line(value):
                facts.append(text_tag(soup, "p", f"{one_line(term)}：{one_line(value)}"))
        cards.replace_with(facts)
    for text in _kijiji_part(body, "descriptionContainer"):
        for line in text.find_all("p"):
            bold = [node for node in line.contents if not (isinstance(node, NavigableString) and not node.strip())]
            if len(bold) == 1 and isinstance(bold[0], Tag) and bold[0].name in ("b", "strong") and one_line(line):
                line.replace_with(text_tag(soup, "h4", one_line(line).rstrip("：:")))
    for item in _kijiji_part(body, "qaItem"):
        asked, answered = _kijiji_part(item, "question"), _kijiji_part(item, "answer")
        if len(asked) != 1 or len(answered) != 1:
            continue
        for said in (asked[0], answered[0]):
            for author in _kijiji_part(said, "qaAuthor"):
                author.decompose()
        question = _KIJIJI_SAID.sub("", one_line(asked[0]), count=1)
        answer = _KIJIJI_SAID.sub("", one_line(answered[0]), count=1)
        if question and answer:
            qa_card(soup, item, question, answer)


_VINTED_SITE = "Vinted"


def _vinted(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Vinted: an item page (its `og:site_name` 「Vinted」): `div.item-page-sidebar-content` holds the main info (the
    h1, the brand, the subtitle 「Good · Ashyq」, `div.details-list--pricing` — the price an h3 over 「₸26,300 includes
    Buyer Protection」 — and the details table), the description `div.details-list__item-description`, the actions
    (Buy now / Make an offer / Message seller), the 「Buyer Protection fee」 cell (`data-testid=
    service-fee-included-title`, the same on every item) and the member's card; `section.closet-items` (「Member's
    items (12)」) and `section.similar-items` follow. Read as a page, the price h3 titled a part of its own over the
    details table, leaving the h1 over the brand alone, and the fee's notice, the member's card and the member's other
    items were parts of their own (holdout165). So the price is a line under the h1 with the details, and the fee
    cell, the actions, the member's card and the other items go: Vinted's, or other listings', not this item's."""
    if not site_named(soup, _VINTED_SITE):
        return
    mains = soup.select("div.item-page-sidebar-content")
    if len(mains) != 1 or mains[0].find("h1") is None:
        return
    for price in mains[0].select("div.details-list--pricing h3"):
        price.name = "p"
    for gone in soup.select("div.item-page-sidebar-content div.item-actions, [data-testid=service-fee-included-title], "
                            "div.item-page-sidebar-content div.member-profile, section.closet-items"):
        gone.decompose()


_DEPOP_ADDRESS = re.compile(r"https?://assets\.depop\.com/")


def _depop(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Depop: a product page (its scripts from assets.depop.com; its classes CSS-module names, 「…-styles__Price」):
    the h1, the price block (the price `p[aria-label=Price]` and the struck original `p.styles__Discount`), the
    attributes table, the buttons, the description (`data-testid=product__description`, its hashtags a
    `p.styles__Hashtags` last), `p.styles__Timestamp` 「Listed 5 days ago」, the shop card (`styles__ShopInfo`:
    name, stars, 「412 sold · Active today」), the share links, then other listings. Read as a page, the two prices
    were two lines no longer telling which is the price, the hashtags and the timestamp were a part titled by the
    page again after the last answer, and the shop card a part of its own (holdout165). So the prices are one line
    「₸42,000 (was ₸55,000)」 (Depop's own English, as its buttons), the hashtags a line under the attributes with
    the item's other facts, and the timestamp and the shop card go (the share links and other listings go already)."""
    if not loads_assets(soup, _DEPOP_ADDRESS):
        return
    texts = soup.select("[data-testid=product__description]")
    if len(texts) != 1:
        return
    holder = texts[0].parent
    heading = holder.find("h1") if isinstance(holder, Tag) else None
    if heading is None:
        return
    for block in holder.find_all(class_=re.compile(r"__Price$"), limit=1):
        price = block.select_one("[aria-label=Price]")
        was = block.find(class_=re.compile(r"__Discount$"))
        if isinstance(price, Tag) and isinstance(was, Tag) and one_line(was):
            block.replace_with(text_tag(soup, "p", f"{one_line(price)} (was {one_line(was)})"))
    tags = texts[0].find_all("p", class_=re.compile(r"__Hashtags$"))
    after = holder.find("table") or heading
    for line in reversed(tags):
        after.insert_after(line.extract())
    for gone in holder.find_all(class_=re.compile(r"__(?:Timestamp|ShopInfo)$")):
        gone.decompose()


def newline_lines(soup: BeautifulSoup, paragraph: Tag) -> None:
    """Set each line of a paragraph typed with newlines apart, as `lines_apart` sets `<br>` lines: a listing's
    description its site shows `white-space: pre-line` has its newlines for line breaks, which an HTML reading
    collapses into spaces (and `clean` joins CJK lines), so its 【…】 titles, 「- 」 items, 「1.」 steps and 「问：」
    lines ran on into one paragraph."""
    for node in list(paragraph.children):
        if isinstance(node, NavigableString) and "\n" in node:
            for k, line in enumerate(str(node).split("\n")):
                if k:
                    node.insert_before(soup.new_tag("br"))
                if line.strip():
                    node.insert_before(NavigableString(line))
            node.extract()
    lines_apart(soup, paragraph)


def _fact_lines(soup: BeautifulSoup, head: Tag, facts: list[tuple[str, str]]) -> None:
    """Each of a listing's facts a line 「label：value」 at the end of its title's block, as Gumtree's are."""
    for label, value in facts:
        if label and value:
            head.append(text_tag(soup, "p", f"{label}：{value}"))


def _place_line(soup: BeautifulSoup, head: Tag, places: list[Tag]) -> None:
    """A listing's place (a section of its own over a map) a line at the end of its title's block, and its section
    gone: the place is where the item is, one of its facts, not a part of the seller's text."""
    for place in places:
        section = place.find_parent("section") or place
        if one_line(place):
            head.append(text_tag(soup, "p", one_line(place)))
        section.decompose()


_LEBONCOIN_ASSETS = re.compile(r"https?://(?:www\.)?leboncoin\.fr/")


def _leboncoin(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """leboncoin: an ad's page (Next.js, its scripts from leboncoin.fr, its parts named by `data-qa-id`): the title
    section (the `adview_title` h1, `adview_price`, `adview_date` 「il y a 4 jours」, the favourite / share / report
    buttons), 「Critères」 (each `criteria_item_…` a label span and a value span), 「Description」 (the seller's text,
    one `p.whitespace-pre-line` `adview_body` typed in newline lines), 「Localisation」 (the town over a map), the
    seller's aside and similar ads. Read as a page, the price and the date were the title's text, each criterion ran
    its label into its value (「ÉtatBon état」), the place was a part of its own, and the text's lines collapsed into
    one paragraph cut by length: its 【…】 titles headed nothing, its 「1.」–「5.」 lines were no steps and the closing
    line ran on into the last answer (holdout224). So, as Gumtree's (`_gumtree`), the price is a line under the h1
    with the place, the date goes and each criterion is a line 「État：Bon état」; each line of the text is a
    paragraph of its own (`newline_lines`), the words after its last answer set apart (`_closing_words_apart`)."""
    bodies = soup.select("[data-qa-id=adview_body]")
    titles = soup.select("h1[data-qa-id=adview_title]")
    if len(bodies) != 1 or len(titles) != 1 or not loads_assets(soup, _LEBONCOIN_ASSETS):
        return
    head = titles[0].parent
    drop_selected(soup, ("[data-qa-id=adview_date]", "[data-qa-id=adview_favorite_button]",
                         "[data-qa-id=adview_share_button]", "[data-qa-id=adview_report_button]"))
    for price in head.select("[data-qa-id=adview_price]"):
        price.replace_with(text_tag(soup, "p", one_line(price)))
    _place_line(soup, head, soup.select("[data-qa-id=adview_location_informations]"))
    for box in soup.select("[data-qa-id=criteria_container]"):
        pairs = [item.find_all("span") for item in box.select("[data-qa-id^=criteria_item_]")]
        _fact_lines(soup, head, [(one_line(spans[0]), one_line(spans[1])) for spans in pairs if len(spans) == 2])
        box.decompose()
    holder = bodies[0].parent
    newline_lines(soup, bodies[0])
    _closing_words_apart(soup, holder, holder.find_previous("h2"))


_WALLAPOP_SITE = "Wallapop"
_WALLAPOP_TEXT = re.compile(r"ItemDetail__description__text$")     # 「item-detail_ItemDetail__description__text」


def _wallapop(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Wallapop: an item's page (Angular, its `og:site_name` 「Wallapop」): `section.ItemDetail__info` holds the price
    over the h1, the chips (`walla-chip`: 「En buen estado」, 「Envío disponible」), the stats (「Subido hace 3 días」,
    views, favourites), the description (a visually-hidden h2 「Descripción」 over one `p` of newline lines),
    「Características」, 「Ubicación」 (the place over a map), the share links and the report link; the seller's
    aside and 「Más productos de …」 follow. Read as a page, the price, the chips and the stats were the title's
    text, the description was titled by the page (its h2, hidden, is read to screen readers only) and its lines
    collapsed into one paragraph cut by length (its 【…】 titles, 「1.」–「5.」 lines and closing line as leboncoin's,
    holdout224), the place and the seller's other items parts of their own. So the price is a line under the h1,
    the chips one line 「 · 」 apart (the item's condition and shipping) with the place; the stats and the other
    items go, the description's h2 shows, and its text is read as leboncoin's (`_leboncoin`)."""
    if not site_named(soup, _WALLAPOP_SITE):
        return
    bodies = soup.find_all("p", class_=_WALLAPOP_TEXT)
    heads = soup.select("section.ItemDetail__info")
    if len(bodies) != 1 or len(heads) != 1 or len(heads[0].find_all("h1")) != 1:
        return
    title = heads[0].find("h1")
    block = soup.new_tag("div")
    title.insert_after(block)
    block.insert(0, title.extract())
    for price in heads[0].find_all(class_=re.compile(r"ItemDetailPrice__price$")):
        block.append(text_tag(soup, "p", one_line(price)))
        price.decompose()
    for chips in heads[0].find_all(class_=re.compile(r"ItemDetail__badges$")):
        words = [one_line(chip) for chip in chips.find_all(class_="walla-chip")]
        if any(words):
            block.append(text_tag(soup, "p", " · ".join(word for word in words if word)))
        chips.decompose()
    _place_line(soup, block, heads[0].select("section.ItemDetail__location p"))
    drop_selected(soup, (".item-detail-stats", "section.ItemDetail__moreItems"))
    heading = bodies[0].find_previous_sibling("h2")
    if isinstance(heading, Tag):
        heading["class"] = [name for name in heading.get("class", []) if name != "visually-hidden"]
    holder = bodies[0].parent
    newline_lines(soup, bodies[0])
    _closing_words_apart(soup, holder, heading)


def _marktplaats(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Marktplaats: a listing's page (its hz-* design system; 「Beschrijving」 `div.hz-Listing-description-value` of
    `<p>`s typed in `<br>` lines): `div.hz-Listing-header` (the h1, the price or 「Bieden」 (make an offer), the
    stats 「Sinds 9 nov. '26」 「412x bekeken」 「23x bewaard」, Bewaren / Delen / Melden), the description, 「Kenmerken」
    (a `dl`), 「Biedingen」 (`ul.hz-BidList` of `li.hz-BidItem`s — name, amount, date spans — and the bid form with
    「Hoogste bod: € 540,00」), the seller's aside (`aside.hz-Listing-sellerInfo`: name, years, reply time, place,
    links, 「Veilig handelen」 tip) and similar listings. Read as a page, the stats and 「Melden」 were the title's
    text, the description's 【…】 titles were lines of the part above, its steps titled by 「Beschrijving」, each fact
    a bare line (「Conditie」 「Gebruikt」), each bid its spans run together (「Daniyar€ 540,0022 nov. '26」), and the
    seller's aside and the tip parts of their own (holdout224). So the stats and actions go, each fact is a line
    「Conditie：Gebruikt」 under the title as Gumtree's, each bid a line 「Daniyar · € 540,00 · 22 nov. '26」 with the
    form's highest bid under them, the aside goes (the seller's, not the listing's); each `<br>` line of the text is
    a paragraph of its own (`lines_apart`), the words after its last answer set apart (`_closing_words_apart`)."""
    texts = soup.select("div.hz-Listing-description-value")
    heads = soup.select("div.hz-Listing-header")
    if len(texts) != 1 or len(heads) != 1 or heads[0].find("h1") is None:
        return
    head = heads[0]
    drop_selected(soup, ("div.hz-Listing-header .hz-Listing-stats", "div.hz-Listing-header .hz-Listing-actions",
                         "button.hz-Listing-description-toggle", "aside.hz-Listing-sellerInfo"))
    for box in soup.select("section.hz-Listing-attributes"):
        _fact_lines(soup, head, [(one_line(term), one_line(term.find_next_sibling("dd"))) for term in box.find_all("dt")
                                 if isinstance(term.find_next_sibling("dd"), Tag)])
        box.decompose()
    for bids in soup.select("ul.hz-BidList"):
        for bid in bids.find_all("li", class_="hz-BidItem"):
            price_line(soup, bid)
        bids.name = "div"
    for form in soup.select("form.hz-BidForm"):
        hints = [one_line(hint) for hint in form.select(".hz-BidForm-hint")]
        form.replace_with(*(text_tag(soup, "p", hint) for hint in hints if hint))
    for paragraph in texts[0].find_all("p", recursive=False):
        lines_apart(soup, paragraph)
    _closing_words_apart(soup, texts[0], texts[0].find_previous("h2"))


# a seller's answer a marketplace prints inside the buyer's review, on a line of its own (「卖家回复：…」)
_SELLER_REPLY = re.compile(r"^\s*(?:卖家|賣家|商家|店家)(?:回复|回覆|回應|回应)\s*[:：]\s*"
                           r"|^\s*(?:Ответ продавца|Відповідь продавця)\s*[:：]\s*", re.IGNORECASE)


def _prom_product(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Satu.kz (Prom.ua's marketplace, EVO's test ids `data-qaid` on its parts): a product page, `main.b-product`
    (`data-qaid="product_page"`) of the gallery, `div.b-product__info` (`h1.b-product__name`, 「Код: 1472093385」
    `.b-product__sku`, the price `.b-product__price`, 「В наличии」 `.b-product__presence`, Купить / Показать
    телефон, the stars `div.b-rating` 「★★★★☆ 4.6 · 23 отзыва」), the seller's card `aside.b-seller` (its name,
    「96% положительных отзывов · на Satu.kz 5 лет」, its address, 「Все товары компании」), the tabs, the
    description `section.b-user-content`, the characteristics and delivery sections, then the reviews
    `section.b-reviews` (each `div.b-review` its `.b-review__author`, `__stars`, `__date` and text, a seller's
    answer typed in on a line of its own 「卖家回复：…」), 「Показать ещё」 and similar products. Read as a page, the
    product's code and 「В наличии」 were the first part's text beside the price, the rating and the seller's card
    went as chrome by their class words, and the reviews were cut by their lines: the stars and dates bare lines,
    the first reviews glued into the heading's passage, a buyer's 「问：」 line a Q&A whose answer ran on into the
    next review (holdout128). So the first part is the product's facts — the price, the rating, the seller's name,
    standing and address — and the reviews are the page's last part 「评论」: each a buyer's remark, a review the seller
    answered in it a question (the buyer's lines) with that answer. Prom.ua's own pages (Ukrainian, holdout198) name
    the parts apart — `.b-product__status`, `.b-product__code`, the seller's card `aside.b-company-info` (its
    `__name` link, `__rating`, `__since`, then 「Контакти продавця」), the tab strip `ul.b-tabs`, a reply
    `div.b-review__reply` 「Відповідь продавця:」 and a questions block of `div.b-question` (`p.b-question__text`,
    `p.b-question__answer`): the card's facts are taken alike (its rating had gone as chrome, the code, presence,
    contacts link and tabs stayed as lines), the reply is an answer of its own (it was glued to the review's line),
    and each question with its answer a Q&A (the block was one section of two lines)."""
    pages = soup.select('main.b-product[data-qaid="product_page"]')
    if len(pages) != 1:
        return
    page = pages[0]
    info = page.find("div", class_="b-product__info")
    name = info.find("h1") if isinstance(info, Tag) else None
    if isinstance(name, Tag):
        facts = [one_line(tag) for tag in page.select(".b-product__price, div.b-rating, aside.b-seller > div, "
                                                      "aside.b-company-info > [class^=b-company-info__]")]
        for tag in page.select(".b-product__sku, .b-product__code, .b-product__price, .b-product__presence, "
                               ".b-product__status, div.b-rating, aside.b-seller, aside.b-company-info, ul.b-tabs"):
            tag.decompose()
        for fact in reversed([fact for fact in facts if fact]):
            line = soup.new_tag("p")
            line.string = fact
            name.insert_after(line)
    comments: list[Comment] = []
    boxes = page.select("section.b-reviews")
    for box in boxes:
        for review in box.select("div.b-review"):
            for furniture in review.select(".b-review__author, .b-review__stars, .b-review__date"):
                furniture.decompose()
            lines = [line.strip() for line in review.get_text("\n").split("\n") if line.strip()]
            at = next((k for k, line in enumerate(lines) if _SELLER_REPLY.match(line)), len(lines))
            if lines[:at]:
                comments.append(Comment("", " ".join(lines[:at]), False))
            if lines[at:]:
                answer = " ".join([_SELLER_REPLY.sub("", lines[at], count=1), *lines[at + 1:]]).strip()
                if answer:
                    comments.append(Comment("", answer, True))
    if boxes:
        markup = comments_html(comments)
        boxes[0].replace_with(_markup_part(soup, markup))
        for box in boxes[1:]:
            box.decompose()
    for question in page.select("div.b-question"):
        asked, answer = question.select_one(".b-question__text"), question.select_one(".b-question__answer")
        if isinstance(asked, Tag) and isinstance(answer, Tag) and one_line(asked) and one_line(answer):
            summary = soup.new_tag("summary")
            summary.string = one_line(asked)
            question.replace_with(toggle_details(soup, summary, [answer.extract()]))


def _woocommerce_product(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """WooCommerce (WordPress's shop plugin, any theme: Storefront's, Astra's…): a product page, one
    `div.summary` (`h1.product_title`, the stars `div.woocommerce-product-rating` 「评分 4.83 满分 5」, the price, the
    short description, the add-to-cart form — a variable product's `table.variations` (each row a `th.label` and a
    `select` of the variations: 尺寸 S/M/L, 颜色), a product add-on's fields (`div.wapf-field-container` and the like:
    a label 「绣的名字（最多 10 个字母，+1 500 ₸）」 over a text box), the quantity box and 「加入购物车」 — then
    `div.product_meta` 「SKU：KZ-OYU-01 分类：… 标签：…」), the tabs (描述, 附加信息, the reviews tab
    `div#reviews`: an h2 「3 条对 … 的评价」 over `ol.commentlist`, each `li.review` its stars, `p.meta` (the
    `.woocommerce-review__author`, 「（已验证的买家）」, the date) and `div.description`, the shop's reply a
    `li.comment.bypostauthor` in the review's `ul.children`, then the review form). Read as a page, the form and the
    meta went as chrome (a form; the class word 「meta」) with the variations, the add-on's price and the SKU they
    name, the star widget left 「评分 满分 5」 heading each review, and a review holding replies went whole, its
    reply kept alone (holdout156). So the rating, the variations, the add-on's labels and the meta are lines under
    the h1 (the form's boxes and buttons go), and the reviews are the page's last part 「评论」: each buyer's text, a
    review the shop answered in its replies a question with that answer."""
    summaries = soup.select("div.summary")
    names = [name for summary in summaries for name in summary.select("h1.product_title")]
    if len(summaries) != 1 or len(names) != 1:
        return
    summary, name = summaries[0], names[0]
    facts: list[str] = []
    for rating in summary.select("div.woocommerce-product-rating"):
        stars = rating.find(class_="star-rating")
        if isinstance(stars, Tag) and (label := (stars.get("aria-label") or "").strip()):
            count = rating.find(class_="woocommerce-review-link")
            facts.append(" ".join(part for part in (label, one_line(count) if isinstance(count, Tag) else "") if part))
        rating.decompose()
    for form in summary.select("form.cart"):
        for row in form.select("table.variations tr"):
            label = row.find("th")
            options = [one_line(option) for option in row.select("select option") if option.get("value")]
            if isinstance(label, Tag) and one_line(label) and options:
                facts.append(f"{one_line(label)}：{'、'.join(options)}")
        for label in form.find_all("label"):
            if "screen-reader-text" not in label.get("class", ()) and not label.find_parent("table") \
                    and (words := one_line(label)):
                facts.append(words)
    for meta in summary.select("div.product_meta"):
        facts.extend(words for child in meta.find_all("span", recursive=False) if (words := one_line(child)))
    lines = [text_tag(soup, "p", fact) for fact in facts]
    anchor = summary.find("p", class_="price") or name
    for line in reversed(lines):
        anchor.insert_after(line)
    for tag in summary.select("form.cart, div.product_meta"):
        tag.decompose()
    lists = soup.select("div#reviews ol.commentlist")
    if len(lists) != 1:
        return
    comments: list[Comment] = []
    for card in lists[0].select("li.review, li.comment"):
        text = card.find(class_="description")
        author = card.find(class_="woocommerce-review__author")
        if isinstance(text, Tag) and text.find_parent("li") is card and (words := one_line(text)):
            comments.append(Comment(one_line(author) if isinstance(author, Tag) else "", words,
                                    "bypostauthor" in card.get("class", ()),
                                    nested=card.find_parent("ul", class_="children") is not None))
    reviews = lists[0].find_parent("div", id="reviews")
    reviews.replace_with(_markup_part(soup, comments_html(comments)))


def _magento_product(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Magento (Adobe Commerce; the Luma theme and those built on it): a product page, one `div.product-info-main`
    (the h1 `span.base` beside it, the stars `div.product-reviews-summary` — a `div.rating-result` titled 「90%」 and
    the links 「2 則評論」「新增您的評論」 —, the price, `div.product-info-stock-sku` 「有貨」 and 「SKU」 over its value,
    the add-to-cart form, the overview), then the tabs `div.product.data.items`: each a `div.data.item.title`
    (`data-role=collapsible`, 「詳細資訊」「更多資訊」「評論 2」) before its `div.data.item.content` — the description,
    the additional attributes' table (captioned with the tab's name again) and the reviews (`div.block-title`
    「顧客評論」, each `li.review-item` its `.review-title`, stars, `.review-content` and `.review-details`: 「評論者」
    name, 「張貼於」 date), then the review form (`div.block.review-add`). Read as a page, the summary's links were
    glued 「2 則評論新增您的評論」, SKU and its value two lines, the tab titles no headings — the first a line of the
    first part, the others, the table and the reviews (their writers gone as by-lines) run on into the description's
    last answer — and the form's heading a line (holdout156). So the rating is one line 「評等 90% 2 則評論」 and the
    SKU one line with its value, the description's tab title goes (the text is its own), the other tab titles are
    h2s (the counter and a table's caption repeating the title go), and each review is a part headed by its writer
    (`html_text.writer_heading`, as Kaspi's), its title, stars and date under the name; the review form goes."""
    mains = soup.select("div.product-info-main")
    if len(mains) != 1:
        return
    main = mains[0]
    for summary in main.select("div.product-reviews-summary"):
        result = summary.find(class_="rating-result")
        label = summary.select_one(".rating-summary > .label")
        count = summary.select_one("a.action.view")
        words = [one_line(label).rstrip("：:") if isinstance(label, Tag) else "",
                 str(result.get("title") or "") if isinstance(result, Tag) else "",
                 one_line(count) if isinstance(count, Tag) else ""]
        summary.replace_with(text_tag(soup, "p", " ".join(word for word in words if word)))
    for sku in main.select("div.product.attribute.sku"):
        sku.replace_with(text_tag(soup, "p", " ".join(one_line(part) for part in sku.find_all(recursive=False))))
    for title in soup.select("div.product.data.items > div.data.item.title"):
        content = title.find_next_sibling("div", class_="content")
        for counter in title.select(".counter"):
            counter.decompose()
        name = one_line(title)
        if not isinstance(content, Tag) or content.select_one(".product.attribute.description") is not None or not name:
            title.decompose()       # (the description's tab: the text under it is the page's own)
            continue
        title.replace_with(text_tag(soup, "h2", name))
        for caption in content.find_all("caption"):
            if one_line(caption) == name:
                caption.decompose()
        for block in content.select("div.block-title"):
            if block.find_next_sibling(class_="block-content") is not None \
                    and block.find_next_sibling(class_="block-content").select_one("li.review-item"):
                block.decompose()
        for form in content.select("div.block.review-add"):
            form.decompose()
        for review in content.select("li.review-item"):
            author = review.select_one(".review-author .review-details-value")
            if not isinstance(author, Tag) or not one_line(author):
                continue
            heading = writer_heading(soup, one_line(author), "h3")  # (under the reviews' tab title)
            lines = [one_line(review.find(class_="review-title"))]
            result = review.find(class_="rating-result")
            label = review.select_one(".rating-label")
            if isinstance(result, Tag):
                lines.append(" ".join(word for word in (one_line(label) if isinstance(label, Tag) else "",
                                                         one_line(result)) if word))
            lines.append(one_line(review.find(class_="review-content")))
            date = review.find(class_="review-date")
            if isinstance(date, Tag):
                lines.append(" ".join(one_line(part) for part in date.find_all(recursive=False)))
            card = soup.new_tag("div")
            card.append(heading)
            for line in lines:
                if line:
                    card.append(text_tag(soup, "p", line))
            review.replace_with(card)


# a bold lead-in an employer types over a list or before its text, ending in a colon (「Обязанности：」)
_LEAD_IN_COLON = re.compile(r"\s*[:：]\s*$")


def _bold_headings(soup: BeautifulSoup, description: Tag) -> None:
    """Make each of a job ad's part names an h3 (the colon gone): a paragraph of bold text alone, or a bold
    lead-in ending in a colon opening its paragraph (its text then the part's first paragraph). An employer's
    editor has no headings (hh.ru's, 58同城's): read as text, the names were lines glued to the part before."""
    for paragraph in description.find_all("p", recursive=False):
        lead = next((child for child in paragraph.children
                     if not (isinstance(child, NavigableString) and not child.strip())), None)
        if not isinstance(lead, Tag) or lead.name not in ("strong", "b"):
            continue
        name = one_line(lead)
        alone = one_line(paragraph) == name
        if not _LEAD_IN_COLON.sub("", name) or not (alone or _LEAD_IN_COLON.search(name)):
            continue
        lead.extract()
        heading = text_tag(soup, "h3", _LEAD_IN_COLON.sub("", name))
        paragraph.insert_before(heading)
        if not one_line(paragraph):
            paragraph.decompose()


def _hh_vacancy(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """hh.ru / hh.kz (HeadHunter, its Bloko design system, test ids `data-qa` on its parts): a vacancy page, the
    h1 `data-qa="vacancy-title"` over the salary, the company and city, the experience and employment lines, then
    the employer's description `div.g-user-content[data-qa=vacancy-description]`, the key skills (`span.bloko-tag`s
    in a `div.bloko-tag-list`, no space between them), the address block `div.vacancy-address` and the publication
    line `p.vacancy-creation-time-redesigned`. The employer's editor has no headings: a part's name is a
    paragraph of bold text, often ended by a colon (「<p><strong>Обязанности：</strong></p>」 over a list), or a bold
    lead-in opening its paragraph (「<p><strong>Требования：</strong>能独立生活…</p>」). Read as a page, the
    colon's headings were taken for lines of text, so two lists were glued under the h1 with their names as
    lines and the lead-in paragraph was a part of the h1's own; the skills were one word 「МетеонаблюденияSYNOP…」
    and the publication line ran into the address's part (holdout154). So in the description a paragraph of bold
    text alone, or a bold lead-in ending in a colon, is a heading (the colon goes), the skills are one line separated by 「 · 」,
    and the publication line is a fact of the header, under the employment line."""
    descriptions = soup.select('div.g-user-content[data-qa="vacancy-description"]')
    titles = soup.select('h1[data-qa="vacancy-title"]')
    if len(descriptions) != 1 or len(titles) != 1:
        return
    _bold_headings(soup, descriptions[0])
    for tags in soup.select("div.bloko-tag-list"):
        words = [one_line(tag) for tag in tags.select(".bloko-tag")]
        if words:
            tags.replace_with(text_tag(soup, "p", " · ".join(word for word in words if word)))
    published = soup.select_one("p.vacancy-creation-time-redesigned")
    facts = soup.select('[data-qa="vacancy-view-employment-mode"], [data-qa="vacancy-experience"]')
    if isinstance(published, Tag) and facts:
        facts[-1].insert_after(published.extract())


def _superjob_vacancy(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Superjob: a vacancy page, its class names hashed but each part also named by a test class `f-test-…`: the
    base info `div.f-test-vacancy-base-info` (the h1, the salary, the location, the company's name a link in
    `.f-test-text-vacancy-item-company-name`, the experience and employment line, the buttons), then the
    description `div.f-test-vacancy-description` opened by the site's label span 「Обязанности и условия」 (the same
    on every vacancy), the company block `div.f-test-vacancy-company-block` (its name, 「На сайте с 2019 года」,
    「Все 4 вакансии компании」) and similar vacancies. Read as a page, the company's name went with the links, the
    label was the first part's last line and the company block was glued to the description's last list
    (holdout154). So the company's name is a line of the header's facts, and the label and the company block go."""
    infos = soup.select("div.f-test-vacancy-base-info")
    descriptions = soup.select("div.f-test-vacancy-description")
    if len(infos) != 1 or len(descriptions) != 1 or not isinstance(infos[0].find("h1"), Tag):
        return
    for company in infos[0].select(".f-test-text-vacancy-item-company-name"):
        name = one_line(company)
        if name:
            company.replace_with(text_tag(soup, "p", name))
    first = next((child for child in descriptions[0].children
                  if not (isinstance(child, NavigableString) and not child.strip())), None)
    if isinstance(first, Tag) and first.name == "span":
        first.decompose()       # the description's label, the site's words
    for block in soup.select("div.f-test-vacancy-company-block"):
        block.decompose()


_WUBA_ASSETS = re.compile(r"^(?:https?:)?//[a-z0-9]+\.58cdn\.com\.cn/")
# the job page's furniture: the apply / collect / share buttons with the update line 「更新于 … · 浏览 … 次 · 申请 … 人」
# (the listing's counters; a dating line under the title takes the short header lines above it with it as an
# author card, `parse.drop_bylines`), the 「举报该职位」 link, the right column
_WUBA_FURNITURE = ("div.pos_op", "a.jubao", "div.rightCon")


def _wuba_job(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """58同城 (58.com): a job listing (招聘) page, its assets from 58cdn.com.cn. `div.pos_info` holds the position's
    name `span.pos_title` beside its category `span.pos_name` (no heading), the salary box, the welfare tags
    `div.pos_welfare`, the conditions `div.pos_base_condition` (招8人, 学历不限…), the address `div.pos-area` (spans
    side by side) and `div.pos_op` (the apply / collect / share buttons and the update line); then the site's parts,
    each labelled by a `span.title` in a `div.subitem_con` (职位描述, 公司介绍, 工作地址) or by `p.safetip_title`
    (防骗提醒); the employer's description `div.des` names its parts by bold paragraphs, as hh.ru's does. Read as a
    page (holdout220), every part without a heading was titled by the <title> 「【… 月薪…】-阿拉木图招聘信息-58同城」;
    the header's spans ran together (「五险一金包工作餐…」, 「招8人学历不限经验不限」), the site's labels were lines of
    text (the company card and the address glued under 防骗提醒 with 「举报该职位」), and the bold names were lines
    glued to the parts before them. So the position's name is the h1 over its category, salary, tags, conditions
    and address (`html_text.price_line` sets the spans apart by 「 · 」), each site label an h2, each bold name an h3
    (`_bold_headings`), the buttons and update line, 「举报该职位」 and the right column gone."""
    names = soup.select("div.pos_info span.pos_title")
    if len(names) != 1 or not one_line(names[0]) or not loads_assets(soup, _WUBA_ASSETS):
        return
    drop_selected(soup, _WUBA_FURNITURE)
    base = names[0].parent
    heading = text_tag(soup, "h1", one_line(names[0]))
    names[0].decompose()
    base.insert_before(heading)
    for box in soup.select("div.pos_info > div"):
        if "pos_salary_box" in box.get("class", []):
            box.replace_with(text_tag(soup, "p", one_line(box)))    # (「350000-500000₸/月」: one amount)
        else:
            price_line(soup, box)
    for label in soup.select("div.subitem_con > span.title, p.safetip_title"):
        holder = label.parent if label.name == "span" else label
        if one_line(label):
            holder.replace_with(text_tag(soup, "h2", one_line(label)))
    for description in soup.select("div.pos_description div.des"):
        _bold_headings(soup, description)


# the specialist's answer Profi.ru prints under a client's review (「Ответ специалиста:」)
_SPECIALIST_REPLY = re.compile(r"^\s*Ответ специалиста\s*[:：]\s*", re.IGNORECASE)


def _profi_profile(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Profi.ru: a specialist's profile page, `section.profile-header` (the avatar, `h1.profile-name`, the rating
    `div.profile-rating` 「4,96 87 отзывов Документы проверены」, `div.profile-meta` 「Алматы · Работает онлайн ·
    Опыт 9 лет · …」, the buttons Предложить заказ / Написать / Поделиться), the profile's sections (О себе, the
    prices, the FAQ…), then `section.profile-reviews`: each `div.review-card` its `.review-author`, `.review-stars`,
    `.review-date`, `p.review-text` and the specialist's `div.review-reply` 「Ответ специалиста: …」, and the link
    「Показать ещё 84 отзыва」. Read as a page, the header went as chrome by its class word (the name, rating and
    city with it), and the reviews were one part under 「Отзывы · 87」, their dates bare lines and the
    specialist's answer glued among them (holdout154). So the header is the h1 over its rating and meta lines (the
    buttons go), and the reviews are the page's last part 「评论」, each a client's remark, the specialist's reply
    the author's answer to it."""
    headers = soup.select("section.profile-header")
    if len(headers) != 1:
        return
    name = headers[0].find("h1")
    if not isinstance(name, Tag) or not one_line(name):
        return
    facts = [" · ".join(one_line(part) for part in rating.find_all(recursive=False) if one_line(part))
             or one_line(rating) for rating in headers[0].select("div.profile-rating")]
    facts += [one_line(meta) for meta in headers[0].select("div.profile-meta")]
    header = soup.new_tag("div")
    header.append(text_tag(soup, "h1", one_line(name)))
    for fact in facts:
        if fact:
            header.append(text_tag(soup, "p", fact))
    headers[0].replace_with(header)
    boxes = soup.select("section.profile-reviews")
    for box in boxes[1:]:
        box.decompose()
    if not boxes:
        return
    comments: list[Comment] = []
    for card in boxes[0].select("div.review-card"):
        reply = card.find(class_="review-reply")
        answer = _SPECIALIST_REPLY.sub("", one_line(reply), count=1) if isinstance(reply, Tag) else ""
        texts = [one_line(text) for text in card.select(".review-text")]
        if any(texts):
            comments.append(Comment(one_line(card.find(class_="review-author")), " ".join(t for t in texts if t),
                                    False))
        if answer:
            comments.append(Comment("", answer, True))
    boxes[0].replace_with(_markup_part(soup, comments_html(comments)))


def _google_play_app(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Google Play: an app's page (`main`: `h1.Fd93Bb` in its header box beside the developer's link, 「含广告 ·
    提供应用内购买」, the stat boxes 「4.1star」「1.2万条评价」「50万+ 次下载」 and the install, share and wishlist
    buttons; then `section`s each headed by an `h2.XfZNbf`). The 「关于此应用」 section ends with the update date
    (`div.TKjAsc`: the label 「更新日期」 over the date) and the category chips (`div.Uc6QCc`, read 「购物财务」); the
    「评分和评价」 section holds the score 「4.1」, the count, the 5–1 bars and each review `div.EGFGHd`: a header of
    the reviewer's name (`.X5PpBb`), stars and date, the text `.h3YV2d`, 「有 48 人觉得这条评价有用」, and the
    developer's reply `div.ocpBU` (its name, date and text `.ras4vb`). Read as a page, the header box's stats
    opened the first part, the date and chips were lines of the description, and the reviews one run of texts,
    helpfulness lines and replies' names and dates, a reply detached from its review (holdout180). So the header
    box keeps its h1 only, the update date is one line 「更新日期：…」 and the chips go, and the reviews are the
    part under the section's own heading, each review a remark, the developer's reply answering it."""
    titles = soup.select("main h1.Fd93Bb")
    if len(titles) != 1:
        return
    for sibling in titles[0].find_next_siblings():
        sibling.decompose()
    for updated in soup.select("div.TKjAsc"):
        label, date = updated.find(class_="lXlx5"), updated.find(class_="xg1aie")
        if isinstance(label, Tag) and isinstance(date, Tag) and one_line(label) and one_line(date):
            updated.replace_with(text_tag(soup, "p", f"{one_line(label)}：{one_line(date)}"))
    for chips in soup.select("div.Uc6QCc"):
        chips.decompose()
    cards = soup.select("div.EGFGHd")
    box = cards[0].parent if cards else None
    section = box.find_parent("section") if isinstance(box, Tag) else None
    heading = section.find(class_="XfZNbf") if isinstance(section, Tag) else None
    if not isinstance(box, Tag) or not isinstance(heading, Tag) or not one_line(heading):
        return
    comments: list[Comment] = []
    for card in cards:
        text, reply = card.find(class_="h3YV2d"), card.find(class_="ras4vb")
        if isinstance(text, Tag) and one_line(text):
            comments.append(Comment(one_line(card.find(class_="X5PpBb")), one_line(text), False))
            if isinstance(reply, Tag) and one_line(reply):
                comments.append(Comment("", one_line(reply), True, nested=True))
    markup = comments_html(comments)
    if not markup:
        return
    part = _markup_part(soup, markup)
    for title in part.find_all("h2"):
        title.string = one_line(heading)        # the page's own name for the part, not 「评论」
    header = heading.find_parent("header")
    (header if isinstance(header, Tag) and header.parent is section else heading).decompose()
    box.replace_with(part)


def _ph(tag: Tag, name: str, recursive: bool = True) -> list[Tag]:
    """The elements under `tag` whose CSS-module class is Product Hunt's `styles_{name}__…` (its hash changes
    with each build)."""
    prefix = f"styles_{name}__"
    return tag.find_all(lambda t: any(str(c).startswith(prefix) for c in t.get("class", ())), recursive=recursive)


def _product_hunt(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Product Hunt: a launch's page (`og:site_name` 「Product Hunt」, CSS-module classes `styles_…__hash`): the hero
    (`section.styles_hero__…`: logo, the product's h1, its tagline an h2, topics, 「▲ Upvote 412」, 「Visit
    website」, the badge 「#3 Product of the Day」), the description, 「How it works」, 「Pricing」, then the
    discussion (`section.styles_comments__…`: an h3 「Discussion (23)」, each `div.styles_comment__…` its author
    line — the name and the 「Maker」 badge `styles_makerBadge__…` — its text `styles_body__…` and actions, a
    reply `div.styles_reply__…` set in the comment it answers). Read as a page, the tagline h2 titled the text
    and the h1 was lost, 「Visit website」 and the badge were its first lines, and the comments were found by
    their shape: each thread one line with the writers' names inline, two threads a passage, the maker's launch
    comment one line with its activation <ol> (holdout180). So the tagline is the h1's first line, the link and
    badge go; the maker's first comment, the launch's own words, is a part headed 「{name}的评论」 with its
    paragraphs and lists as written (its numbered list steps); the other comments are the part 「评论」, a maker's
    reply set in a comment answering it."""
    if not site_named(soup, "Product Hunt"):
        return
    heroes = _ph(soup, "hero")
    boxes = _ph(soup, "comments")
    if len(heroes) != 1 or len(boxes) != 1:
        return
    title = heroes[0].find("h1")
    if not isinstance(title, Tag) or not one_line(title):
        return
    for tagline in heroes[0].find_all("h2"):
        tagline.name = "p"
    for chrome in _ph(heroes[0], "visit") + _ph(heroes[0], "badge"):
        chrome.decompose()

    def by_maker(card: Tag) -> bool:
        author = next(iter(_ph(card, "author", recursive=False)), None)
        return card.get("data-test") == "comment-maker" or (author is not None and bool(_ph(author, "makerBadge")))

    def name_of(card: Tag) -> str:
        author = next(iter(_ph(card, "author", recursive=False)), None)
        link = author.find("a") if author is not None else None
        return one_line(link or author)

    cards = _ph(boxes[0], "comment", recursive=False)
    launch: Tag | None = None
    if cards and by_maker(cards[0]) and not _ph(cards[0], "reply", recursive=False):
        launch, cards = cards[0], cards[1:]
    comments: list[Comment] = []
    for card in cards:
        body = next(iter(_ph(card, "body", recursive=False)), None)
        if body is not None and one_line(body):
            comments.append(Comment(name_of(card), one_line(body), by_maker(card)))
        for reply in _ph(card, "reply", recursive=False):
            text = next(iter(_ph(reply, "body", recursive=False)), None)
            if text is not None and one_line(text):
                comments.append(Comment(name_of(reply), one_line(text), by_maker(reply), nested=True))
    part = soup.new_tag("div")
    own = next(iter(_ph(launch, "body", recursive=False)), None) if launch is not None else None
    if own is not None and name_of(launch):
        part.append(text_tag(soup, "h2", f"{name_of(launch)}的评论"))
        part.extend(list(own.contents))
    markup = comments_html(comments)
    if markup:
        part.append(_markup_part(soup, markup))
    boxes[0].replace_with(part)


def _youdo_task(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """YouDo: a task's page, `main.b-task` of `div.b-task-block`s: the info block (`h1`, the status line
    「Открыто · 5 предложений · 412 просмотров」, the budget, the address and start, the customer's line
    `.b-task-block__author` 「Заказчик: Лин М. · 4 задания · 5,0」), the description block (the site's subtitle
    「Описание задания」 over the customer's text `.b-task-block__description`, 「Фото: 2」), the offers block (a
    subtitle 「Предложения исполнителей (5)」, each `div.b-offer` a performer's card `.b-offer__name`, price and
    `.b-offer__text`, and 「Ещё 2 предложения видны только заказчику」), the questions block (`div.b-comment`s, each
    its `.b-comment__author` and date, a reply classed `b-comment_reply` under the comment it answers, the
    customer's name marked 「(заказчик)」) and the safe-deal banner. Read as a page, the customer's line went with
    its class word, the subtitle 「Описание задания」 was a line, the photos' count, the offers' subtitle and the
    first offer's card were glued to the description's last part, the other offers (cards, prices, texts) one part
    under that same title with the banner another, and the questions one 「评论」 passage whatever answered what
    (holdout154). So the customer's line is a fact of the header, the site's subtitle, the photos' count, the
    hidden offers' line and the banner go, the offers are a part under their subtitle (each performer's card and
    price before the offer's text), and the questions are the last part 「评论」, a question the customer answers
    in the reply under it a Q&A."""
    tasks = soup.select("main.b-task")
    if len(tasks) != 1:
        return
    task = tasks[0]
    info = task.select_one("div.b-task-block_info")
    if not isinstance(info, Tag) or not isinstance(info.find("h1"), Tag):
        return
    customer = ""
    for author in info.select(".b-task-block__author"):
        link = author.find("a")
        customer = one_line(link) if isinstance(link, Tag) else ""
        author.replace_with(text_tag(soup, "p", one_line(author)))
    for chrome in task.select("div.b-task-block_description > h2, .b-task-block__photos, div.b-offer_hidden, "
                              "div.b-task-block_safe"):
        chrome.decompose()
    for block in task.select("div.b-task-block_offers"):
        subtitle = block.find("h2")
        part = soup.new_tag("div")
        if isinstance(subtitle, Tag):
            part.append(text_tag(soup, "h2", one_line(subtitle)))
        for offer in block.select("div.b-offer"):
            card = " · ".join(one_line(offer.find(class_=name)) for name in ("b-offer__name", "b-offer__price")
                              if one_line(offer.find(class_=name)))
            text = one_line(offer.find(class_="b-offer__text"))
            line = text_tag(soup, "p", card or text)
            if card and text:       # one block, so that a long part is never cut between a card and its offer
                line.append(soup.new_tag("br"))
                line.append(text)
            if card or text:
                part.append(line)
        block.replace_with(part)
    boxes = task.select("div.b-task-block_comments")
    if not boxes:
        return
    comments: list[Comment] = []
    for comment in boxes[0].select("div.b-comment"):
        name = one_line(comment.find(class_="b-comment__author"))
        for furniture in comment.select(".b-comment__author, .b-comment__date"):
            furniture.decompose()
        by_customer = bool(customer) and name.startswith(customer)
        comments.append(Comment(name, one_line(comment), by_customer, "b-comment_reply" in comment.get("class", [])))
    boxes[0].replace_with(_markup_part(soup, comments_html(comments)))
    for box in boxes[1:]:
        box.decompose()


# Otzovik's own assets (otzovik.com's styles and scripts)
_OTZOVIK_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*otzovik\.com/", re.IGNORECASE)


def _otzovik(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Otzovik (Отзовик): a review's own page, its assets from otzovik.com, the review one `div.review-wrap`
    under the product's header (`h1.product-name` and the product's rating line 「Рейтинг: 3.9 · Отзывов: 27」):
    the reviewer's card `.user-info` (login, city, 「Репутация: 48」), the review's title `h2.review-title`, its
    date `.review-date`, its stars `.rating-block` (「Общая оценка:」 and `.star-rating`, the score in its
    title 「4 из 5」), the pros and cons `.review-plus` / `.review-minus`, the text `div.review-body`, then
    `.review-extra` (year, price, 「Рекомендую друзьям」) and the buttons `.review-actions`. Its comments
    `div.comments-block`: each `div.comment-item` a `.comment-author` (the login's link, the reviewer's
    「автор отзыва」 badge `.author-badge`, the date) over its `.comment-text`, a reply classed `comment-reply`
    right after the comment it answers. Read as a page, the product's name titled a first part of nothing but
    the reviewer's city and karma, the review opened with its date, its stars went with the rating block's
    class word, the extras and buttons were glued to its last part, and the comments were one 「评论」 passage
    without their writers (holdout111). So the product's name titles the page alone (its rating line goes), the
    review's card — the stars, pros and cons and extras — leads the review's text under its title, the reviewer's
    card, the date and the buttons go, and the comments are its last part (a reader's question the reviewer
    answers in the next comment a Q&A)."""
    reviews = soup.find_all("div", class_="review-wrap")
    if len(reviews) != 1 or not loads_assets(soup, _OTZOVIK_ADDRESS):
        return          # a product's list of reviews, or a page Otzovik did not serve
    review = reviews[0]
    body = review.find("div", class_="review-body")
    title = review.find(class_="review-title")
    if not isinstance(body, Tag) or not isinstance(title, Tag) or not one_line(title):
        return
    login = one_line(review.find(class_="user-login"))
    lines = []
    stars = review.find(class_="rating-block")
    if isinstance(stars, Tag):
        score = stars.find(class_="star-rating")
        said = str(score.get("title", "")).strip() if isinstance(score, Tag) else ""
        lines.append(one_line(stars) + (f"（{said}）" if said else ""))
    lines += [one_line(review.find(class_=name)) for name in ("review-plus", "review-minus", "review-extra")]
    for chrome in soup.find_all(class_=["product-rating", "user-info", "review-date", "rating-block", "review-plus",
                                        "review-minus", "review-extra", "review-actions"]):
        if not chrome.decomposed:
            chrome.decompose()
    for line in lines:
        if line:
            paragraph = soup.new_tag("p")
            paragraph.string = line
            body.insert_before(paragraph)
    comments = []
    for box in soup.find_all("div", class_="comments-block"):
        for card in box.find_all("div", class_="comment-item"):
            text = card.find(class_="comment-text")
            author = card.find(class_="comment-author")
            named = author.find("a") if isinstance(author, Tag) else None
            name = one_line(named)
            if isinstance(text, Tag) and one_line(text):
                comments.append(Comment(name, one_line(text),
                                        card.find(class_="author-badge") is not None or bool(login) and name == login))
        box.decompose()
    _insert_after(soup, body, comments)


_FANBOX_SITE = re.compile(r"^\s*pixiv\s*FANBOX\s*$", re.IGNORECASE)
# FANBOX's styled components, by their component's name (「PostHeader__Date-sc-…」 once built)
_FANBOX_HEADER = re.compile(r"^PostHeader(?:$|__Wrapper|-sc-)")
_FANBOX_COMMENTS = re.compile(r"^CommentList__")
_FANBOX_COMMENT = re.compile(r"^CommentItem(?:$|__Wrapper|-sc-)")
_FANBOX_NAME = re.compile(r"^CommentItem__UserName")
_FANBOX_TEXT = re.compile(r"^CommentItem__Body")
_FANBOX_BADGE = re.compile(r"^CreatorBadge")       # 「クリエイター」 beside the creator's own name


def _fanbox(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """pixiv FANBOX: a creator's post page (its `og:site_name` 「pixivFANBOX」): the creator's header (cover,
    name, フォロー / 支援する, tabs), then `article` of the post's header `.PostHeader` (its date 「2026年3月2日
    21:40」 and the plan it is gated to 「¥500 プラン以上」), its title, tags, the text `.Body__PostBody` and the
    like / シェア bar, then the comments `section.CommentList__…`: each `.CommentItem` of its writer's name
    `.CommentItem__UserName`, the creator's 「クリエイター」 badge `.CreatorBadge`, its text `.CommentItem__Body`
    and date, the comment box last. Read as a page, the date and plan label opened the title's passage, and
    the comments were one 「评论」 passage without their writers, the creator's reply read as a reader's
    (holdout111). The post's header goes, and the comments are its last part (a supporter's question the
    creator answers in the next comment a Q&A)."""
    if not site_named(soup, _FANBOX_SITE):
        return
    bodies = soup.find_all(class_="Body__PostBody")
    if len(bodies) != 1:
        return
    for header in soup.find_all(class_=_FANBOX_HEADER):
        if not header.decomposed:
            header.decompose()
    comments = []
    for box in soup.find_all(class_=_FANBOX_COMMENTS):
        if box.decomposed:
            continue
        for card in box.find_all(class_=_FANBOX_COMMENT):
            text = card.find(class_=_FANBOX_TEXT)
            if isinstance(text, Tag) and one_line(text):
                comments.append(Comment(one_line(card.find(class_=_FANBOX_NAME)), one_line(text),
                                        card.find(class_=_FANBOX_BADGE) is not None))
        box.decompose()
    _insert_after(soup, bodies[0], comments)


# Yelp's own assets (its CDN's stylesheets and scripts), and its CSS modules' class names (「comment__09f24__D0cxf」:
# the component's part, then the build's and the class's hashes)
_YELP_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*(?:yelpcdn|yelp)\.com/", re.IGNORECASE)
_YELP_REVIEW = re.compile(r"^review__[0-9a-f]{5}__")
_YELP_TEXT = re.compile(r"^comment__[0-9a-f]{5}__")


def _yelp(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Yelp: a business's page (its assets from yelpcdn.com), its reviews `section#reviews` a list of
    `div.review__…` cards: the reviewer's passport `.user-passport-info` (name, city, 「12 則評論 · 30 張照片」),
    the stars and date, the review's text `p.comment__…` (its words in `span.raw__…`), the reactions, then the
    owner's reply `.y-css-owner-reply` (「阿凱 C. · 商家業主」 over its `.y-css-reply-text`), under the sort bar
    「排序：Yelp 排序」. Read as a page, the text's class word 「comment」 dropped every review as chrome while the
    passports (glued, 「Ming-Hsuan L.台北市12 則評論」) and the owner's replies stayed, answering reviews no longer
    there (holdout143). So the section's list becomes the page's last part 「评论」 (`comments_html`): each review
    a reader's, the owner's reply the business's answer to it, the passports, stars, reactions and sort bar
    gone. The badges in the h1's box (「已認領 · $$ · 撞球館」, 「營業中 12:00 - 02:00」, 「查看全部 41 張照片」), the
    「商家業主：…」 line over the about text, the 「建議修改」 link under the hours and the 「詢問社群 · 3 個問題」 link (a part
    of its own) go too: Yelp's furniture around every business's own words."""
    if not loads_assets(soup, _YELP_ADDRESS):
        return
    h1 = soup.find("h1")
    card = h1.parent if isinstance(h1, Tag) else None
    if isinstance(card, Tag) and (card.name in ("body", "main", "article") or card.find(HEADING_TAGS[1:]) is not None):
        card = None     # (the name's own box, its badges beside it: not the page holding its parts)
    _header_facts(soup, h1, [], [*(card.find_all(True, recursive=False) if isinstance(card, Tag) else []),
                                 *soup.find_all(class_=["y-css-owner", "y-css-edit", "y-css-ask"])])
    if isinstance(card, Tag):
        for text in [child for child in card.children if isinstance(child, NavigableString)]:
            text.extract()      # (the 「 · 」 between the card's badges)
    for section in soup.find_all("section", id="reviews"):
        comments = []
        for card in section.find_all("div", class_=_YELP_REVIEW):
            text = card.find(class_=_YELP_TEXT)
            if not isinstance(text, Tag) or not one_line(text):
                continue
            reply = card.find(class_=lambda c: bool(c) and c.endswith("owner-reply"))
            said = reply.find(class_=lambda c: bool(c) and c.endswith("reply-text")) if isinstance(reply, Tag) else None
            _add_review(comments, one_line(card.select_one(".user-passport-info a")), text, said)
        _replace_with_comments(soup, section, comments)


# Yandex Maps' own assets (its front's build on yastatic.net)
_YANDEX_MAPS_ADDRESS = re.compile(r"^(?:https?:)?//yastatic\.net/s3/front-maps-static/", re.IGNORECASE)


def _yandex_maps(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Yandex Maps (Яндекс Карты): a business's card (its assets from yastatic.net's front-maps build), its
    「Товары и услуги」 a price list: groups `.business-full-items-grouped-view__category`, each a title
    `…__title` over `div.related-item-list-view` rows, each the item's name `.related-item-list-view__title` and
    its price `.related-product-view__price`. Read as a page, the rows' class word 「related」 dropped every item as
    chrome, only the groups' titles staying as bare lines (holdout143). So each row becomes a line 「name — price」
    and each group's title a heading over its rows (`_price_list`). Its reviews `section#reviews` (the count
    「212 отзывов」, `div.business-review-view` cards: the author `[itemprop=name]` with its caption, stars, date,
    the text `.business-review-view__body-text`, reactions, the button 「Посмотреть ответ организации」 and the
    business's answer `.business-review-comment-content` under its title 「Ответ организации」, then 「Все отзывы」)
    were cut by size, an answer opening the passage after its review: the section becomes the page's last
    part 「评论」, each answer the business's reply to its review. Its 「Вопросы и ответы」 tab's
    `div.business-question-view`s (the question `__question`, the answer `__answer` after its writer
    `__answer-author` 「Стекло Мастер · владелец」) were plain lines cut by size, a question from its answer: each
    answered one becomes a question and its answer (`<details>`), the writer's line gone. Its card under the h1
    kept 「Информация подтверждена владельцем」, the categories, 「Открыто до 20:00」 and the link text 「wa.me」 as the
    h1's text: only the address and phone stay (`_header_facts`)."""
    if not loads_assets(soup, _YANDEX_MAPS_ADDRESS):
        return
    _header_facts(soup, soup.find("h1", class_="orgpage-header-view__header"), [],
                  soup.find_all(class_=["business-verified-badge", "business-card-title-view__categories",
                                        "business-header-rating-view", "business-working-status-view",
                                        "business-urls-view__url"]))
    _price_list(soup, soup.find_all("div", class_="related-item-list-view"), "related-item-list-view__title",
                "related-product-view__price", soup.find_all(class_="business-full-items-grouped-view__title"))
    for section in soup.find_all("section", id="reviews"):
        comments = []
        for card in section.find_all("div", class_="business-review-view"):
            text = card.find(class_="business-review-view__body-text")
            if not isinstance(text, Tag) or not one_line(text):
                continue
            author = card.find(class_="business-review-view__author")
            name = one_line(author.find(attrs={"itemprop": "name"})) if isinstance(author, Tag) else ""
            _add_review(comments, name, text, card.find(class_="business-review-comment-content__bubble"))
        _replace_with_comments(soup, section, comments)
    for box in soup.find_all("div", class_="business-question-view"):
        question = one_line(box.find(class_="business-question-view__question"))
        answer = box.find(class_="business-question-view__answer")
        if not question or not isinstance(answer, Tag):
            continue
        for author in answer.find_all(class_="business-question-view__answer-author"):
            author.decompose()
        if not one_line(answer):
            continue
        pair = BeautifulSoup(f"<details><summary>{html.escape(question)}</summary><p>{html.escape(one_line(answer))}</p>"
                             "</details>", "html.parser")
        box.replace_with(pair.details)


# Zoon's own assets (zoon.kz's / zoon.ru's styles and scripts)
_ZOON_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*zoon\.(?:kz|ru)/", re.IGNORECASE)


def _zoon(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Zoon: a business's page (its assets from zoon.kz / zoon.ru), its 「Цены」 a `div.price-list` of groups
    `.price-list__group`, each a title `.price-list__group-title` over `div.price-item` rows of two spans, the
    name `.price-item__name` and the price `.price-item__price`, and Zoon's own note under the list
    `.price-list__note` (「Цены указаны организацией. Уточняйте…」, the same on every page). Read as a page, each
    name was glued to its price (「只清洗室内机6 000 ₸」), the groups' titles were bare lines of one 「Цены」
    part, and the note its last line (holdout143). So each row becomes a line 「name — price」, each group's title
    a heading over its rows (`_price_list`), and the note goes. Its reviews `section#reviews` are `li.comment-item`
    cards (the author `.comment-item__author`, stars, date, the text `.comment-item__text`, the buttons, and the
    business's answer `div.owner-answer` under its title 「Ответ организации」), which the comment reader
    (`indexer.comments`) glued into one passage without the answers; read here, they are the page's last part
    「评论」, each answer the business's reply to the review it is set in. Its h1 block made no part (its subtitle
    「category · address」 lost) and the side column's address and hours went: the subtitle, the address and the
    hours are now the h1's lines (`_header_facts`), the buttons go."""
    if not loads_assets(soup, _ZOON_ADDRESS):
        return
    _header_facts(soup, soup.find("h1", class_="service-page-header__title"),
                  [soup.find(class_="service-page-header__subtitle"), soup.find(class_="service-contacts__address"),
                   soup.find(class_="service-contacts__hours")],
                  soup.find_all(class_=["service-page-header__subtitle", "service-page-header__buttons"]))
    for note in soup.find_all(class_="price-list__note"):
        note.decompose()
    _price_list(soup, soup.find_all("div", class_="price-item"), "price-item__name", "price-item__price",
                soup.find_all(class_="price-list__group-title"))
    for section in soup.find_all("section", id="reviews"):
        comments = []
        for card in section.find_all("li", class_="comment-item"):
            text = card.find(class_="comment-item__text")
            if not isinstance(text, Tag) or not one_line(text):
                continue
            _add_review(comments, one_line(card.find(class_="comment-item__author")), text,
                        card.find(class_="owner-answer"), "owner-answer__title")
        _replace_with_comments(soup, section, comments)


# Zomato's own assets (its web_assets on zmtcdn.com)
_ZOMATO_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*zmtcdn\.com/", re.IGNORECASE)


def _zomato(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Zomato: a restaurant's page (its assets from zmtcdn.com), its reviews `section#reviews` of `div.sc-review`
    cards: the reviewer's line `p.reviewer` (「Ainur S. · 12 reviews · 40 followers」), the stars `div.rating`
    (「5 ★ DINING」), `p.date` (「3 days ago」), the text `p.review-text`, the votes `div.sc-helpful` (「12 Votes for
    helpful · Comment」) and the restaurant's answer `div.sc-owner-reply` under its label `p.owner-label`
    (「Tandoor Spice House responded」). Read as a page, the reviews were one part 「Reviews」 holding every
    reviewer's line, date, votes line and the answer's label as text (holdout176). So the section becomes the
    page's last part 「评论」 (as Yelp's, `_yelp`): each review a reader's, the restaurant's answer its reply,
    the reviewers' lines, stars, dates and votes gone."""
    if not loads_assets(soup, _ZOMATO_ADDRESS):
        return
    for section in soup.find_all("section", id="reviews"):
        comments = []
        for card in section.find_all("div", class_="sc-review"):
            text = card.find(class_="review-text")
            if not isinstance(text, Tag) or not one_line(text):
                continue
            _add_review(comments, one_line(card.find(class_="reviewer")).split(" · ")[0], text,
                        card.find(class_="sc-owner-reply"), "owner-label")
        _replace_with_comments(soup, section, comments)


# Dianping's own assets (its stylesheets on dpfile.com)
_DIANPING_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*dpfile\.com/", re.IGNORECASE)


def _dianping(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Dianping (大众点评): a shop's page (its assets from dpfile.com): `div#basic-info` (the name `h1.shop-name` with
    its link 「其它 2 家分店」 `a.branch`, the brief line, address, phone, hours), the shop's notice, `div#shop-tabs`
    with its 「推荐菜」 `ul.recommend-dish`, the reviews `div.comment-list` of `li.comment-item` cards (the writer
    `a.name` and rank, the stars and 口味/环境/服务 line `p.shop-info`, the text `div.desc`, the time and 赞 count
    `div.misc-info`, the shop's answer `div.shop-reply` under its title 「商户回应：」), then `div.aside` (「附近热门」
    shops, the app's download box). Read as a page, the branch link was glued to the name, the dishes went by
    their class word 「recommend」 and their h2 with them, the aside was a part before the reviews, and the comment
    reader (`indexer.comments`) kept of each answered review only the shop's answer, without the review it answers
    (holdout176). So the branch link and the aside go, the dish list is text under its h2, and the reviews are the
    page's last part 「评论」 (as Zoon's, `_zoon`): each review a reader's, the shop's answer its reply."""
    if not loads_assets(soup, _DIANPING_ADDRESS):
        return
    for chrome in soup.select("h1.shop-name a.branch, div.aside"):
        chrome.decompose()
    for dishes in soup.find_all("ul", class_="recommend-dish"):
        del dishes["class"]         # (its class word 「recommend」 names other articles on a blog, chrome)
    for box in soup.find_all("div", class_="comment-list"):
        comments = []
        for card in box.find_all("li", class_="comment-item"):
            text = card.find("div", class_="desc")
            if not isinstance(text, Tag) or not one_line(text):
                continue
            _add_review(comments, one_line(card.find(class_="name")), text, card.find(class_="shop-reply-content"))
        _replace_with_comments(soup, box, comments)


# OpenRice's own assets (its stylesheets and photos on orstatic.com)
_OPENRICE_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*orstatic\.com/", re.IGNORECASE)


def _openrice(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """OpenRice (开饭喇): a restaurant's page (its assets from orstatic.com): `section.poi-detail-header` (the name
    `h1.poi-name`, the price range, the cuisine links, the 笑脸/OK/喊脸 scores, 收藏 and share buttons), 餐厅资料 as
    `div.*-section` blocks of a `div.title` label over a `div.content` value, the restaurant's notes, then the
    reviews `section.review-section` of `div.review-post` cards (the user card `div.review-user`, the rating, the
    review's `h3.review-title`, `div.review-content`, `div.review-date`, the 有用 buttons). Read as a page, the
    header went as chrome by its class word, h1 and all; each label stood on a line over its value; and each
    reviewer's card opened before the h3 of its review, so it ended the review before (holdout190), and a title
    ending in 「？」 made a review a question. So the header keeps its name as the page's h1 and its price range,
    cuisines and scores as lines under it, each label leads its value (「地址：…」), and the reviews are the page's
    last part 「评论」 (as Zomato's, `_zomato`): each review its title and text, the cards, ratings and dates gone."""
    if not loads_assets(soup, _OPENRICE_ADDRESS):
        return
    for header in soup.find_all("section", class_="poi-detail-header"):
        name = header.find("h1")
        if not isinstance(name, Tag):
            continue
        part = soup.new_tag("div")
        part.append(name.extract())
        for cls in ("header-poi-price-range", "header-poi-categories", "score-div"):
            for box in header.find_all(class_=cls):
                words = [one_line(child) for child in box.find_all(True, recursive=False)] or [one_line(box)]
                part.append(text_tag(soup, "p", " ".join(word for word in words if word)))
        header.replace_with(part)
    for block in soup.select("section.poi-info > div"):
        label, value = block.find("div", class_="title", recursive=False), block.find("div", class_="content", recursive=False)
        if isinstance(label, Tag) and isinstance(value, Tag) and one_line(label):
            block.replace_with(text_tag(soup, "p", f"{one_line(label)}：{one_line(value)}"))
    for section in soup.find_all("section", class_="review-section"):
        comments = []
        for card in section.find_all("div", class_="review-post"):
            text = card.find(class_="review-content")
            if not isinstance(text, Tag) or not one_line(text):
                continue
            title = one_line(card.find(class_="review-title"))
            name = one_line(card.find(class_="name"))
            joint = "" if title.endswith(("。", "！", "？", "!", "?")) else "："
            comments.append(Comment(name, f"{title}{joint}{one_line(text)}" if title else one_line(text), False))
        _replace_with_comments(soup, section, comments)


# DoorDash's own assets (its consumer-web build on cdn.doordash.com)
_DOORDASH_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*doordash\.com/", re.IGNORECASE)


def _doordash(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """DoorDash: a store's page (its assets from doordash.com): `div.StoreHeader` (the name `h1.StoreHeader__Name`,
    `div.StoreHeader__Meta` 「★ 4.7 （1,286 条评分） · 中亚菜 · 哈萨克菜 · 清真 · $$」, `div.StoreHeader__Delivery`
    「配送费 $2.99 · 30–45 分钟 · 1.8 英里」, the 配送 / 自取 / 分享 / 收藏 buttons), the `div.DashPassBanner` offer,
    the menu `section.MenuCategory` (its h2, then `div.MenuItem` cards: `h3.MenuItem__Name`, a description, the price
    `span.MenuItem__Price`), the store's sections, then the reviews `div.ReviewCard` (the author
    `span.ReviewCard__Author`, stars, 「DoorDash 订单 · 2 周前」, the text in a <p>). Read as a page (holdout192) the
    meta line went as chrome by its class word (the cuisine and 清真 with it) while the DashPass offer stayed the
    store's text; the category's h2 had no text of its own, each dish a part of its own with its price a line apart;
    and the reviews were one part of star-and-date lines over their texts. So the meta and delivery lines are lines
    under the name (`_header_facts`) and the offer goes; each dish is a line 「name — price：description」 under its
    category; and the reviews are the page's last part 「评论」 (as Zomato's, `_zomato`), stars and dates gone."""
    if not loads_assets(soup, _DOORDASH_ADDRESS):
        return
    for header in soup.find_all("div", class_="StoreHeader"):
        facts = header.find_all("div", class_=["StoreHeader__Meta", "StoreHeader__Delivery"])
        _header_facts(soup, header.find("h1"), list(facts),
                      [*facts, *header.find_all(class_="StoreHeader__Actions"), *soup.find_all(class_="DashPassBanner")])
    for item in soup.select("section.MenuCategory div.MenuItem"):
        name, price = one_line(item.find(class_="MenuItem__Name")), one_line(item.find(class_="MenuItem__Price"))
        said = one_line(item.find(class_="MenuItem__Description"))
        if name:
            line = f"{name} — {price}" if price else name
            item.replace_with(text_tag(soup, "p", f"{line}：{said}" if said else line))
    for section in {id(card.parent): card.parent for card in soup.find_all("div", class_="ReviewCard")}.values():
        comments = []
        for card in section.find_all("div", class_="ReviewCard", recursive=False):
            text = card.find("p")
            if isinstance(text, Tag) and one_line(text):
                _add_review(comments, one_line(card.find(class_="ReviewCard__Author")), text, None)
        _replace_with_comments(soup, section, comments)


def _price_list(soup: BeautifulSoup, rows: list[Tag], name_class: str, price_class: str, titles: list[Tag]) -> None:
    """A directory's price list as text: each row (an item's name and its price, side by side in their own
    elements, no space between) a line 「name — price」, each group's title a heading (`<h3>`, under the list's
    own `<h2>`) so that each group is a part of its own."""
    for row in rows:
        name = one_line(row.find(class_=name_class))
        price = one_line(row.find(class_=price_class))
        if not name:
            continue
        line = soup.new_tag("p")
        line.string = f"{name} — {price}" if price else name
        row.replace_with(line)
    for title in titles:
        if one_line(title):
            title.name = "h3"


def _add_review(comments: list[Comment], name: str, text: Tag, answer: Tag | None, label: str = "") -> None:
    """Add a review (its writer's `name`, its `text`) and, where the business answered in its card, the answer as
    the reply to it: a review site sets the owner's answer inside the review it answers. The answer's own `label`
    class (「Ответ организации」, 「… responded」) goes: the reply's place already says who answers."""
    comments.append(Comment(name, one_line(text), False))
    if isinstance(answer, Tag) and label:
        for found in answer.find_all(class_=label):
            found.decompose()
    if isinstance(answer, Tag) and one_line(answer):
        comments.append(Comment("", one_line(answer), True, True))


def _replace_with_comments(soup: BeautifulSoup, box: Tag, comments: list[Comment]) -> None:
    """A directory page's reviews section (its heading, sort bar, cards and 「show more」 button) replaced by the
    reviews as the page's part 「评论」 (`comments_html`); left as it is when no review says anything."""
    markup = comments_html(comments)
    if markup:
        box.replace_with(_markup_part(soup, markup))


# Flamp's own assets (flamp.kz's / flamp.ru's build)
_FLAMP_ADDRESS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*flamp\.(?:kz|ru)/", re.IGNORECASE)


def _flamp(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Flamp (Флэмп, 2GIS's reviews site): a company's page (its assets from flamp.kz / flamp.ru), its reviews
    `section#reviews`: the heading, the sort bar 「Сортировать: по дате по оценке」, `li.ugc-item` cards (the
    author's `.user-card` with name and status, stars, date, the text `.ugc-item__text`, the buttons, the company's
    answer `div.official-answer` under its title 「Официальный ответ компании」, readers' comments `li.comment` in
    `ul.comments`), then 「Показать ещё отзывы」. Read as a page, the sort bar opened the first review, the dates
    and the answers' titles were lines of the text, the reviews were cut by size, and the readers' comments went
    with their class word 「comment」 (holdout143). So the section becomes the page's last part 「评论」: each review a
    reader's remark, the company's answer its reply, a reader's comment under it a remark of its own. The h1's
    card kept only its rubric line 「Изготовление печатей и штампов · Полиграфия」 as text while the side column's
    address and hours went with it: the address and hours are now the h1's lines (`_header_facts`), the rubric,
    rating and buttons go."""
    if not loads_assets(soup, _FLAMP_ADDRESS):
        return
    _header_facts(soup, soup.find("h1", class_="firm-header__name"),
                  [soup.find(class_="firm-contacts__address"), soup.find(class_="firm-contacts__schedule")],
                  soup.find_all(class_=["firm-header__rubric", "firm-header__rating", "firm-header__actions"])
                  + soup.select("section#reviews .reviews__sort"))
    for section in soup.find_all("section", id="reviews"):
        comments = []
        for card in section.find_all("li", class_="ugc-item"):
            text = card.find(class_="ugc-item__text")
            if not isinstance(text, Tag) or not one_line(text):
                continue
            _add_review(comments, one_line(card.find(class_="user-card__name")), text,
                        card.find(class_="official-answer__text"))
            for comment in card.find_all("li", class_="comment"):
                said = comment.find(class_="comment__text")
                if isinstance(said, Tag) and one_line(said):
                    comments.append(Comment(one_line(comment.find(class_="comment__author")), one_line(said), False))
        _replace_with_comments(soup, section, comments)


def _header_facts(soup: BeautifulSoup, title: Tag | None, facts: list[Tag | None], chrome: list[Tag]) -> None:
    """A business's card on a directory page: its own facts (the address, the opening hours, the phone), wherever
    the page sets them (a side column the cleaner drops), become lines under its name `title`, as a store's
    line under its name stays (Glovo's); the card's `chrome` (its category and status badges, rating, buttons,
    「open now」, photo links) goes."""
    lines = [one_line(fact) for fact in facts if isinstance(fact, Tag)]
    for tag in chrome:
        if tag is not title and not tag.decomposed:
            tag.decompose()
    if not isinstance(title, Tag):
        return
    at = title
    for said in lines:
        if said:
            line = soup.new_tag("p")
            line.string = said
            at.insert_after(line)
            at = line


_DURABLE_GENERATOR = re.compile(r"^\s*durable\s*$", re.IGNORECASE)


def _durable(soup: BeautifulSoup, _marks: frozenset[str]) -> None:
    """Durable (the AI website builder): the page its generator meta 「Durable」 marks, its parts
    `section[data-section-type]`. Read as a page (holdout149) the hero's call-to-action link
    (「获取报价 Get a quote」) was the last line of the first part; the process cards (`div.process-card`, a
    `span.process-number` 「1」–「4」 beside a <p>) one section with each number a line of its own; each
    `ul.price-list` item's two spans (name, price) glued (「单人羽绒被 140×205 清洗9 900 ₸」); and each
    testimonial (`figure.testimonial`: a blockquote, its author in a figcaption) two passages, every quote
    apart from its author. Now the hero's links go, the cards are an ordered list of steps, each price item
    reads 「name — price」 (as `_price_list` writes a directory's) and each testimonial is one line, quote
    and author."""
    if soup.find("meta", attrs={"name": "generator", "content": _DURABLE_GENERATOR}) is None:
        return
    for hero in soup.find_all("section", attrs={"data-section-type": "hero"}):
        for link in hero.find_all("a"):
            if link.find_parent(["p", "li", *HEADING_TAGS]) is None:
                link.decompose()
    for holder in {id(card.parent): card.parent for card in soup.find_all("div", class_="process-card")}.values():
        cards = holder.find_all("div", class_="process-card", recursive=False)
        steps = soup.new_tag("ol")
        for card in cards:
            for number in card.find_all(class_="process-number"):
                number.decompose()
            item = soup.new_tag("li")
            item.extend(list(card.contents))
            steps.append(item)
        cards[0].insert_before(steps)
        for card in cards:
            card.decompose()
    for items in soup.find_all("ul", class_="price-list"):
        for item in items.find_all("li", recursive=False):
            spans = item.find_all("span", recursive=False)
            if len(spans) == 2 and one_line(spans[0]) and one_line(spans[1]):
                item.string = f"{one_line(spans[0])} — {one_line(spans[1])}"
    for figure in soup.find_all("figure", class_="testimonial"):
        quote, author = figure.find("blockquote"), figure.find("figcaption")
        if quote is None or author is None:
            continue
        line = soup.new_tag("p")
        line.string = f"{one_line(quote)} {one_line(author)}"
        figure.replace_with(line)


def _needs(*marks: str) -> frozenset[str]:
    return frozenset(marks)


# Each engine's reader (called as read(soup, marks)) with the marks (html_text.page_marks) its every
# post page bears: one of the sets, all its marks present (WordPress's classic or block theme).
_READERS: tuple[tuple[Callable[[BeautifulSoup, frozenset[str]], None], tuple[frozenset[str], ...]], ...] = (
    (_blogger, (_needs("post-body"),)),
    (_pinterest, (_needs("#__PWS_ROOT__", "pin-title", "pin-description"),)),
    (_busuu, (_needs("exercise-instructions__title", "exercise-answer__text", "corrections"),)),
    (_matters, (_needs("u-content", "#comments"),)),
    (_wordpress, (_needs("comment-list"), _needs("wp-block-comment-template"))),
    (_forem, (_needs("single-comment-node", "crayons-article__body"),)),
    (_typecho, (_needs("comment-list", "comment-body"),)),
    (_zblog, (_needs("post-body", "post-footer"),)),
    (_chegg, (_needs("question-title", "answer-body"),)),
    (_substack, (_needs("comments-page", "available-content"),)),
    (_weebly, (_needs("#commentArea", "blogCommentWrap"),)),
    (_microblog, (_needs("microblog_conversation", "microblog_post"),)),
    (_halo, (_needs("comment-item", "comment-item__content"),)),
    (_steam_guide, (_needs("workshopItemTitle", "apphub_HeaderTop"),)),
    (_tumblr, (_needs("notes", "note"),)),
    (_oschina, (_needs("#articleContent", "comment-box"),)),
    (_xwiki, (_needs("#xwikicontent", "xwikicomment"),)),
    (_douban_note, (_needs("note-container", "#link-report"),)),
    (_xuite, (_needs("blogbody", "#content_all"),)),
    (_linkedin, (_needs("reader-article-content", "comment__text"),)),
    (_staticman, (_needs("js-comment", "comment__author", "comment__content-wrapper"),)),
    (_jingyan, (_needs("exp-content-block", "exp-content-body", "exp-info"),)),
    (_toutiao, (_needs("syl-article-base", "ttp-comment-wrapper", "reply-list"),)),
    (_xiaohongshu, (_needs("note-container", "#detail-desc", "comments-container"),)),
    (_douyin, (_needs("@data-e2e", "xgplayer"),)),
    (_vimeo, (_needs("player", "vp-controls"), _needs("player", "vp-title"))),
    (_dailymotion, (_needs("@data-comment-id", "#player"),)),
    (_soundcloud, (_needs("soundTitle__title", "commentsList"),)),
    (_bandcamp, (_needs("#name-section", "trackTitle", "tralbum-about"),)),
    (_spotify_episode, (_needs("episode-header", "episode-description"),)),
    (_yandex_music_episode, (_needs("PageHeader_info", "PageHeader_title", "EpisodeDescription_root"),)),
    (_weibo, (_needs("wbpro-feed-content", "woo-panel-main"),)),
    (_jianshu, (_needs("#note-page-comment", "#__next"),)),
    (_bilibili_opus, (_needs("bili-opus-view", "opus-module-content"), _needs("#read-article-holder", "bb-comment"))),
    (_acfun, (_needs("art-title-head", "article-content"),)),
    (_mixi_diary, (_needs("diaryTitle", "diaryBodyArea"),)),
    (_tistory, (_needs("tt_article_useless_p_margin"),)),
    (_teachable, (_needs("#lecture_heading", "lecture-text-container"),)),
    (_stepik, (_needs("step-text", "html-content", "comment-widget"),)),
    (_open_edx, (_needs("xblock-student_view-discussion", "discussion-post"),)),
    (_khan_academy, (_needs("framework-perseus", "discussion-item", "discussion-content"),)),
    (_prom_product, (_needs("b-product", "b-product__info", "@data-qaid"),)),
    (_woocommerce_product, (_needs("product_title", "summary", "woocommerce-tabs"),)),
    (_magento_product, (_needs("product-info-main", "product-info-stock-sku"),)),
    (_hh_vacancy, (_needs("g-user-content", "@data-qa"),)),
    (_superjob_vacancy, (_needs("f-test-vacancy-base-info", "f-test-vacancy-description"),)),
    (_wuba_job, (_needs("pos_info", "pos_title", "pos_description"),)),
    (_profi_profile, (_needs("profile-header", "profile-name", "review-card"),)),
    (_google_play_app, (_needs("Fd93Bb", "XfZNbf"),)),
    (_product_hunt, (_needs("#__next", "@data-test"),)),
    (_youdo_task, (_needs("b-task", "b-task-block", "b-task-block_info"),)),
    (_livejournal, (_needs("aentry-post__text", "b-xylem", "b-leaf-article"),)),
    (_typepad, (_needs("entry-body", "entry-header"),)),
    (_diary_ru, (_needs("singlePost", "postTitle", "postContent", "postInner"),)),
    (_dreamwidth, (_needs("entry-content", "comment-content", "dwexpcomment"),)),
    (_beehiiv, (_needs("#content-blocks", "dream-post-content-doc"),)),
    (_naver_blog, (_needs("se-main-container", "se-documentTitle", "blog2_container"),)),
    (_jcomments, (_needs("#jc", "comment-box", "comment-body"),)),
    (_ucoz, (_needs("eBlock", "eTitle", "eMessage"),)),
    (_zenn, (_needs("znc"),)),
    (_hatena_blog, (_needs("hatenablog-entry", "entry-comment", "comment-box"),)),
    (_pikabu, (_needs("story__content-inner", "story-block", "comment__content"),)),
    (_note_com, (_needs("note-common-styles__textnote-body", "o-noteContentHeader"),)),
    (_habr, (_needs("tm-article-body", "tm-article-presenter__content"),)),
    (_bloomfire, (_needs("bloomfire", "contribution-body", "contribution"),)),
    (_ameba, (_needs("skin-entryBody", "skin-entry"),)),
    (_fc2, (_needs("entry_body", "entry_header", "comment_list"), _needs("entry_body", "entry_header", "entry_footer"))),
    (_daum_cafe, (_needs("#bbsView", "bbs_contents"),)),
    (_naver_cafe, (_needs("ArticleContentBox", "se-main-container"),)),
    (_velog, (_needs("head-wrapper", "atom-one"),)),
    (_okru, (_needs("media-text_cnt_tx", "feed-w"),)),
    (_brunch, (_needs("#wrapArticle", "wrap_body", "cover_title"),)),
    (_qiita, (_needs("it-MdContent", "it-Article"),)),
    (_nate_pann, (_needs("#contentArea", "posting", "post-tit-info"),)),
    (_egloos, (_needs("post_view", "posttitle", "entry-content"),)),
    (_qzone, (_needs("blog-bd", "blog-hd", "head-info"),)),
    (_mafengwo, (_needs("_j_content_box", "mfw-cmt-wrap"), _needs("_j_content_box", "view_title"))),
    (_hashnode, (_needs("comments-section", "comment-body", "post-content"),)),
    (_lofter, (_needs("m-post", "txtcont"),)),
    (_weverse, (_needs("WeverseViewer"),)),
    (_netease, (_needs("post_main", "post_title", "post_body"),)),
    (_vocal, (_needs("css-story-content"),)),
    (_buttondown, (_needs("email-detail", "email-detail__back", "email-body-content"),)),
    (_wattpad, (_needs("text-body", "@data-p-id"),)),
    (_kit, (_needs("ck-email-body", "post-content"),)),
    (_lobsters, (_needs("story_text", "comments_subtree", "story_liner"),)),
    (_tildes, (_needs("topic-full", "topic-full-text", "topic-full-byline"),)),
    (_gumroad, (_needs("product-info", "rich-text"),)),
    (_craigslist, (_needs("#postingbody", "postingtitletext"),)),
    (_gumtree, (_needs("vip-title", "vip-description"),)),
    (_kijiji, (_needs("#vip-body"),)),
    (_smzdm, (_needs("price-box", "go-buy", "buzhi"),)),
    (_vinted, (_needs("item-page-sidebar-content", "details-list__item-description"),)),
    (_depop, (_needs("@data-testid", "@aria-label"),)),
    (_leboncoin, (_needs("@data-qa-id", "whitespace-pre-line"),)),
    (_wallapop, (_needs("walla-chip", "ItemDetail__info"),)),
    (_marktplaats, (_needs("hz-Listing-header", "hz-Listing-description-value"),)),
    (_livedoor, (_needs("article-body-inner", "article-header"),)),
    (_seesaa, (_needs("article-body", "article-info", "article-title"),)),
    (_dtf, (_needs("content__body", "content-header", "content-title"),)),
    (_otzovik, (_needs("review-wrap", "review-body", "review-title"),)),
    (_fanbox, (_needs("Body__PostBody"),)),
    (_yelp, (_needs("user-passport-info", "#reviews"),)),
    (_yandex_maps, (_needs("related-item-list-view", "related-product-view__price"),)),
    (_zoon, (_needs("price-item", "price-item__name", "price-item__price"),)),
    (_dianping, (_needs("shop-name", "comment-item"),)),
    (_zomato, (_needs("sc-review", "review-text", "#reviews"),)),
    (_doordash, (_needs("StoreHeader", "StoreHeader__Name"),)),
    (_openrice, (_needs("poi-detail-header", "review-post"), _needs("poi-info"))),
    (_flamp, (_needs("ugc-item", "ugc-item__text", "#reviews"),)),
    (_durable, (_needs("@data-section-type", "process-card"), _needs("@data-section-type", "price-list"),
                _needs("@data-section-type", "testimonial"))),
)
