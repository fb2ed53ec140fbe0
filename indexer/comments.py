"""Read the comments under a page no site reader knows: any comment list, found by its shape.

Pure: no I/O. The site readers (`indexer.sites.blogs`, `indexer.sites.threads`, `indexer.sites.facebook`…) read the
comments and replies of the sites they know, each by its own markup. On any other page the cleaner
drops a part whose class or id words say 「comment(s)」 as chrome (`clean.SKIP_CLASS_TOKENS`), and
with it what the comments said: a reader's question and the author's answer under it, a reader's
report of what the post lacks. Each blind evaluation set brought export formats nobody had seen,
and their comment threads were lost this way again and again (Vanilla Forums, Bilibili opus,
Invision, Lemmy: holdout62-65).

So, when no site reader read the page (the readers left its tree as they found it: `tree_state`)
and no cleaning pass reads it (a block editor's document, whose comments panel its pass reads, a shop's
product page, whose reviews its pass reads: their readers say so, `html_text.reads_comments`), a
comment list is read by its shape (`page_comments`):

- the list is a block named for comments (its class or id words: comment(s), comment-list,
  commentlist, comments-area, reply-list, replies, 评论…; `clean.token_words`) — not a comment form
  (「comment-form」, 「respond」) — holding two or more cards that repeat (the same tag and first
  class: `li.comment`, `div.comment-item`, `article.reply`), each of which says something and which
  together hold most of its text: no comment form (a text box, 「发表评论」, 「Leave a Reply」, 「Sign in
  to comment」), no count (「评论 (3)」), no empty list's note (「暂无评论」), no links alone; or a run of
  such cards, each named for a comment, side by side in a block named otherwise;
- each card's writer is a short element named for one (author, user, username, name, nickname,
  nick; `itemprop=author`, `a[rel=author]`), else the first link to a user's page; its text the
  element named for it (content, text, body, message; `itemprop=text`), else what the card holds
  besides its writer, date, floor (「3楼」), buttons, counters, avatar and the replies nested in it,
  which are cards of their own, read in the page's order after the card they answer; the 「回复
  name：」 a reply opens with goes, as 「@name」 does (`blogs.comments_html`), and a comment taken away
  (「此留言已被刪除」) or only its owner may read (「悄悄話」) says nothing;
- a card is the post's author's when the page marks it so: a class (`bypostauthor`, `is-author`,
  `is-op`…, a help centre's `official`), a badge beside the name (「作者」, 「楼主」, 「UP主」, 「博主」, 「原PO」,
  「Author」, 「OP」, a listing's 「Seller」, a share page's 「分享者」, an event's 「Organizer」, a help centre's 「官方」 or its agent's 「客服」), its writer's
  being the publication's editors (「Редакция Сравни」: `_EDITORS_NAME`), or the one the page names as its author or owner outside the
  comments (its by-line, Tettra's 「PageHeader__owner」, a review's hReview 「reviewer」, `meta[name=author]`: `_owners`).

The comments are the page's last part 「评论」, as a blog engine's are (`blogs.comments_html`: a reader's
question the post's author answered in the next comment a Q&A, the rest its remarks): `page_comments` takes
the lists out and returns the part, which `parse_article` puts at the end of the element the cleaner picks
as the page's text (`clean.content_root`), its heading at the level of the text's own parts
(`parts_level`), and reads after the text. Lists under several posts of one page (a Q&A page's comments
under each answer) are no comments of the page: a thread reader's to read.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

# (clean.py imports every site reader: the marks of those that read their pages' comments themselves are all
# recorded, `html_text.reads_comments`, before `page_comments` first asks)
from indexer.clean import VOTE_ROW, chrome_dropper, token_words
from indexer.html_text import AUTHOR_BADGES, BLOCK_TAGS, BR, HEADINGS, REPLY_WORDS, RUSSIAN_MONTH, class_names, \
    clean, comments_read_by_reader, inside, unhashed
from indexer.render_chat import says_nothing
from indexer.sites import xianyu_item
from indexer.sites.blogs import SAID, Comment, comments_html

# words naming a comment or a list of them (a card's own parts, 「comment-content」, lie inside a card)
_COMMENT_WORDS = frozenset({"comment", "comments", "commentlist", "commentslist", "replies", "replylist",
                            "评论", "留言"})
# … and a reply: a card holding a box named so frames a thread (`_named_card`)
_THREAD_WORDS = _COMMENT_WORDS | {"reply"}
# a card's own class naming it one comment (`_named_card`), and its writer's box in it
_CARD_WORDS = frozenset({"comment", "评论", "留言"})
_AUTHOR_CLASS = re.compile(r"^(author|comment-author|username|user-name)$")
# … a comment form's box (「comment-form」, WordPress's 「comment-respond」) or the list's bars, no list
_NOT_LIST_WORDS = frozenset({"form", "respond", "editor", "input", "textarea", "compose", "composer", "write",
                             "nav", "pager", "pagination", "sort", "sorter", "tab", "tabs", "toolbar", "header",
                             "title", "heading", "count", "btn", "button", "icon", "link", "empty",
                             # a side column's widget of the site's latest comments, on other posts
                             "recent", "latest", "widget"})
# a list of visitors' reviews (an event page's 「section.reviews」: Afisha's, holdout151), read as comments only when
# its cards are plain 「div.review」s: the shops' and hotels' review lists (Kaspi's 「reviews__review」, Booking's,
# Trustpilot's, Skillshare's 「review-item」) are their readers' (`indexer.sites.shop_pages`, `indexer.sites.work_apps`,
# `indexer.sites.blogs`)
_REVIEWS_WORD = "reviews"
_REVIEW_CARD = "review"
# a list of replies nested in a card (「sub-reply-list」, 「comment-children」, 「comment-replies」): a word for
# a comment or reply and one for a list of them
_REPLY_WORDS = frozenset({"comment", "comments", "reply", "replies", "commentlist", "replylist"})
_REPLY_HEADS = frozenset({"reply", "replies"})
# the words of a list of comments (never of one comment: its 「comment-content」 is its text)
_LIST_CONTENT_WORDS = frozenset({"comments", "replies", "commentlist", "commentslist", "replylist"})
_LIST_WORDS = frozenset({"comments", "replies", "commentlist", "commentslist", "replylist", "list", "children",
                         "tree", "feed"})
# the parts of a card
_NAME_WORDS = frozenset({"author", "user", "username", "name", "nickname", "nick", "fn", "commenter", "uname",
                         "userlink",
                         "reviewer"})   # (a review card's writer line, Hotels.com's 「span.reviewer」 「Wei-Ting，2026年8月」)
_TEXT_WORDS = frozenset({"content", "text", "body", "message", "msg",
                         "txt", "usertxt"})     # (DCinside's 「p.usertxt」 in the card's 「div.cmt_info」)
_FURNITURE_WORDS = frozenset({
    "avatar", "face", "photo", "date", "time", "timestamp", "ago", "meta", "metadata", "info", "footer",
    "actions", "action", "btn", "button", "buttons", "toolbar", "tools", "operation", "operations", "ops",
    "like", "likes", "vote", "votes", "voting", "count", "counts", "num", "reaction", "reactions", "report",
    "share", "badge", "badges", "level", "icon", "permalink", "edit", "delete", "more", "collapse", "ip",
    "func", "handle", "from", "layer", "floor",
    # a review card's score (Hotels.com's 「span.score」 「10/10 極好」): a grade, no words of the review
    "score", "rating", "stars",
    # where the commenter wrote from (cnBeta's 「span.comment-area」 「台灣 新北市」 before each comment, holdout306)
    "area", "location", "region", "geo",
})
_TEXT_ITEMPROPS = frozenset({"text", "commentText", "reviewBody"})
_NAME_ITEMPROPS = frozenset({"author", "creator"})
# a user's page: what a card's name links to (「/u/8d2c4f」, 「/people/…」, 「/profile/…」, 「/user/…」)
_PROFILE = re.compile(r"/(?:u|user|users|people|member|members|profile|space|home)/[^/?#]+/?(?:[?#]|$)")
# a card's classes saying the post's author wrote it (WordPress's bypostauthor, Typecho's comment-by-author), or a
# help centre's own staff, as its badge 「官方」 does (a Zendesk Guide theme's 「div.comment.official」, or
# 「comment-official」: the support team's answer to the partner's question above it read as a second remark, holdout228)
_AUTHOR_CLASSES = frozenset({"bypostauthor", "is-author", "by-author", "comment-by-author", "author-comment",
                             "is-op", "by-op", "op", "is-poster", "by-poster", "is-owner",
                             "official", "is-official", "comment-official"})
# … or an element of a card (CSDN's 「img.is_bloger_comment」 flag beside the blogger's name)
_AUTHOR_WORDS = frozenset({"bypostauthor", "bloger", "blogger"})
# the page's elements naming who wrote or owns it (its by-line, Tettra's 「PageHeader__owner」), by their last word
_OWNER_WORDS = frozenset({"author", "owner", "byline", "creator",
                          "writer",     # (DCinside's 「div.gall_writer」 over the post: its writer's nickname)
                          # (a review's writer, the hReview microformat's 「reviewer」: irecommend.ru's 「a.reviewer」 in
                          # its authorSection, whose name its 「authorName」 box does not end with)
                          "reviewer"})
# … or a wiki page's info line naming who last edited it (Zoho Wiki's 「最後修改：王淑芬，2026 年 10 月 28 日 · 版本 14」,
# 「Last edited by Aigerim S. on Nov 14, 2026」, Tiki Wiki's div.editdate 「最后修改: 2026-04-02 09:14 由 admin」, the
# date before the name): the editor is the page's side
_EDITED_BY = re.compile(r"^(?:最近|最后|最後)(?:修改|编辑|編輯|更新)(?:者|人)?\s*[:：]\s*([^\d，,：:·]{1,20}?)\s*[，,]\s*\d{4}"
                        r"|(?:^|·\s*)(?:last )?(?:edited|modified|updated) by\s+([^\d·]{1,40}?)\s+on\s"
                        r"|^(?:最近|最后|最後)(?:修改|编辑|編輯|更新)\s*[:：]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2})?"
                        r"\s*(?:由|by)\s*(\S{1,20})$",
                        re.IGNORECASE)
# … the label an owner's or author's element opens with, in the same text as the name (Whale's card meta
# 「span.owner」 「Owner: Aigerim S.」, Almanac's 「span.doc-owner」 「Owner: Айгерим С.」, a by-line's 「By Ken」,
# 「作者：林」): the name is what follows it
_OWNER_LABEL = re.compile(r"^(?:owner|author|created by|written by|posted by|by|作者|发布者|發佈者|發布者|负责人|負責人|"
                          r"автор|владелец)\s*[:：]?\s+|"
                          r"^(?:owner|author|作者|发布者|發佈者|發布者|负责人|負責人|автор|владелец)\s*[:：]\s*", re.IGNORECASE)
_TEAM = re.compile(r"^\s*[(（][^()（）]{1,20}[)）]$")     # (「 (IT)」 after the owner's name)
# a card's buttons, by their words alone
_BUTTON_LABELS = frozenset({"回复", "回覆", "回應", "回应", "Reply", "赞", "讚", "点赞", "Like", "举报", "舉報",
                            "Report", "删除", "刪除", "Delete", "分享", "Share", "编辑", "Edit", "引用", "Quote",
                            "收起", "展开", "更多", "赞同", "踩", "顶", "Flag", "Permalink", "解决", "解決", "Resolve",
                            "答复", "답글"})
# what a comment form or an empty list says (「发表评论」, 「Sign in to comment」, 「暂无评论」), and a count
_NO_COMMENT = re.compile(
    r"发表评论|發表評論|发表回复|發表回覆|写评论|寫評論|写下你的|說點什麼|说点什么|登录后|登入後|请登录|請登入|暂无评论|暫無評論|"
    r"还没有评论|還沒有評論|抢沙发|搶沙發|Leave a (?:Reply|Comment)|Post a comment|(?:Sign|Log) ?in to|No comments|"
    r"Add a comment|添加评论|Write a comment|"
    r"^\W*(?:全部|共|所有|All)?\s*[\d,.]*\s*(?:条|條|則|个|個)?\s*(?:评论|評論|留言|回复|回覆|回應|Comments?|Replies)\s*[\d,.()（）]*\W*$",
    re.IGNORECASE)
# a comment taken away, or one only the blog's owner may read: nothing said
_GONE = re.compile(r"^\W*(?:悄悄[話话]|(?:此(?:回應|回应|留言|評論|评论))?只有(?:版主|博主|作者)(?:看得到|看得見|看得见|可見|可见)|此(?:留言|評論|评论|回[應应覆复])已被?(?:刪除|删除)|(?:该|該)(?:评论|評論|留言)已被?(?:删除|刪除)|"
                   r"\[deleted\]|\[removed\]|Comment deleted(?: by user)?|This comment (?:was|has been) deleted)\W*$",
                   re.IGNORECASE)
_SAYS_MIN = 4               # characters a comment says at least (「好用！」), outside links
_NO_COMMENT_MAX = 40        # a longer text says something, whatever words it holds
_NAME_MAX = 40              # a writer's name (with its level and badge)
_BADGE_MAX = 13             # (Planeta.ru's 「Автор проекта」)
# a writer named as the publication's editors, 「Редакция」 and the site's name (Sravni.ru's journal answers its readers
# as 「Редакция Сравни」, holdout197): the badge Sxodim sets beside a name is the name itself there, the page's side
_EDITORS_NAME = re.compile(r"^[Рр]едакция\s+\S")
# a writer's name with the author's badge written after it in the same element, past a separator (TenChat's
# div.comment-author 「Ержан Абдрахманов · Автор」: holdout122), where other sites set the badge apart
_BADGED_NAME = re.compile(r"^(.+?)\s*[·•|｜]\s*(\S+)$")
_MOST = 0.5                 # the share of a list's text its cards hold: the rest is its header, count and form
# a card's floor and time typed as text (「#1楼」, 「2026-02-28 09:33」, 「2026年10月25日 14:02」, 「11-06」)
_FLOOR = re.compile(r"^#?\d{1,5}\s*[楼樓F#]?$")
# (or a Russian day and month, its year and 「в」 before the time: Patreon's 「13 окт.」, Boosty's 「15 окт 2026 в 21:40」)
_STAMP_TEXT = (r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/月]\d{1,2}日?"
               rf"|\d{{1,2}}\s+{RUSSIAN_MONTH}(?:\s+\d{{4}}(?:\s*г\.)?)?)"
               r"(?:\s*(?:[上下]午|凌晨|中午|晚上|в)?\s*\d{1,2}:\d{2}(?::\d{2})?)?")
# (「於 2026/11/19 12:30 回覆：」 opening a blog owner's reply; 「· 2 дек 2026」 left after a bold name taken out:
# Kino.kz's 「<b>阿哲</b> · 2 дек 2026<p>…」, holdout151)
_STAMP_START = re.compile(rf"^(?:#?\d{{1,5}}\s*[楼樓]\s*)?(?:(?:[·•|｜]\s*)?(?:於|于)?\s*{_STAMP_TEXT}(?:\s*(?:回覆|回复|回應|回应|說|说)?\s*[:：]|\s+))?")
_STAMP_END = re.compile(rf"\s+{_STAMP_TEXT}$")
# whom a reply answers, before its text (「回复 @name：」, 「回覆 name:」, 「：」 left by a name taken out)
_REPLYING = re.compile(rf"^{REPLY_WORDS}\s*@?")
_PARTS = re.compile(r"[-_]")       # (clean's split of a class name into its parts)
# a reply that is one clause of thanks (「感谢补充。」, 「Спасибо за совет!」)
_THANKS_ONLY = re.compile(r"^\W*(?:感谢|感謝|谢谢|謝謝|多谢|多謝|спасибо|thanks|thank you)[^，,。.!！?？；;]*[\W_]*$",
                          re.IGNORECASE)
_LOOSE_MARKS = re.compile(r"(?:\s+[·•|｜—–-])+$|^(?:[·•|｜—–-]\s+)+")
_EDITOR_CLASSES = frozenset({"ql-shimo"})      # Shimo's editor: `clean._shimo_comments` reads its panel
_CARD_TAGS = frozenset({"li", "div", "article", "section", "aside", "dd", "tr", "ul", "ol", "dl"})     # what a comment's card is
_SKIPPED = frozenset({"img", "svg", "time", "button", "script", "style", "picture", "video", "audio", "noscript",
                      "textarea", "input", "select", "form", "template"})

State = list[tuple[object, str | None, dict]]


def may_hold_comments(marks: frozenset[str]) -> bool:
    """The page has a class or id named for comments: a comment list may be among them."""
    return any(not _COMMENT_WORDS.isdisjoint(words := token_words(mark.lstrip("#"))) or _REVIEWS_WORD in words
               for mark in marks if not mark.startswith("@"))


def tree_state(soup: BeautifulSoup) -> State:
    """The page's nodes as they are: what `page_comments` compares to learn whether a site reader
    read the page (each reader changes the tree of the page it reads, and no other)."""
    return [(node, node.name, dict(node.attrs)) if type(node) is Tag else (node, None, {})
            for node in soup.descendants]


def page_comments(soup: BeautifulSoup, marks: frozenset[str], before: State | None) -> Tag | None:
    """Take the page's comment lists out of it, and return them as its part 「评论」 (see the module's
    docstring), for the caller to put at the end of the page's text once it is found; None when a
    site reader read the page (it is not as it was `before` them), a cleaning pass will, or it has
    no comment list."""
    if before is None or comments_read_by_reader(soup, marks) \
            or not _EDITOR_CLASSES.isdisjoint(marks) or xianyu_item.listing(marks):
        return None
    now = tree_state(soup)
    if len(now) != len(before) or any(a[0] is not b[0] or a[1:] != b[1:] for a, b in zip(now, before)):
        return None     # a site reader read the page
    lists = _comment_lists(soup)
    if not lists or len(lists) > 1 and len(_outermost(soup.find_all("article"))) > 1:
        return None     # each post's comments on a page of several posts (a Q&A page's answers)
    cards = [_Card(card) for _, run in lists for card in run]
    names = {card.writer for card in cards if card.writer}
    owners = _owners(soup, [tag for gone, _ in lists for tag in gone])
    comments = _nesting([(card, _comment(card, names, owners)) for card in cards])
    markup = comments_html(comments)
    if not markup:
        return None
    for gone, _ in lists:
        for tag in gone:
            tag.decompose()
    part = soup.new_tag("div")
    part.extend(list(BeautifulSoup(markup, "html.parser").contents))
    return part


def _comment_lists(soup: BeautifulSoup) -> list[tuple[list[Tag], list[Tag]]]:
    """The page's comment lists in its order, each as (what goes, its cards in reading order): a
    box named for comments and its cards, or a run of cards named for comments side by side."""
    # (not in a part the cleaner drops: a side column's, a header's or a footer's box is the site's; a
    # part only named like one that holds the article, 「dp-layout--with-sidebar」, is kept, and its box is the page's)
    dropped = chrome_dropper(soup)
    boxes = [box for box in _outermost([tag for tag in soup.find_all(True) if _is_box(tag)])
             if not any(dropped(parent) for parent in box.parents
                        if parent.name not in ("html", "body", "main", "[document]"))]
    order = {id(tag): k for k, tag in enumerate(boxes)}
    lists: list[tuple[int, list[Tag], list[Tag]]] = []      # (where on the page, what goes, the cards)
    runs: dict[tuple[int, tuple[str, str]], list[Tag]] = {}
    for box in boxes:
        cards = _cards(box, 2)
        if _COMMENT_WORDS.isdisjoint(_words(box)):     # a list of reviews
            if cards and all(_signature(card)[1] == _REVIEW_CARD for card in cards):
                lists.append((order[id(box)], [box], cards))
        elif cards:
            lists.append((order[id(box)], [box], cards))
        elif box.parent is not None:
            runs.setdefault((id(box.parent), _signature(box)), []).append(box)
    for run in runs.values():
        if len(run) >= 2 and all(map(_says, run)):
            holder = run[0].parent
            rest = [child for child in holder.children if all(child is not card for card in run)]
            # the block holding the run goes with it when it holds nothing else but the list's count and form
            # (Confluence's 「3 条评论」 heading would end the page's text: `parse.cut_at_end_mark`)
            alone = holder.name not in ("body", "main", "article") and all(
                not (words := " ".join(clean(child.get_text(BR) if isinstance(child, Tag) else str(child)).split()))
                or isinstance(child, Tag) and (child.name in _SKIPPED or child.find(["textarea", "input", "form"])
                                               is not None) or _NO_COMMENT.search(words) for child in rest)
            lists.append((order[id(run[0])], [holder] if alone else run,
                          [read for card in run for read in [card, *_replies(card, _signature(card))]]))
    return [(gone, cards) for _, gone, cards in sorted(lists, key=lambda found: found[0])]


def _words(tag: Tag) -> set[str]:
    """The words of a tag's classes and id (`clean.token_words`; camelCase read as typed)."""
    words: set[str] = set()
    for token in [*tag.get("class", []), *class_names(tag), *str(tag.get("id", "")).split()]:
        words.update(token_words(token))
    return words


def _is_box(tag: Tag) -> bool:
    """A block named for comments, no comment form (nor the page itself, nor a code block's comment token)."""
    if tag.name not in BLOCK_TAGS and tag.name != "aside" or tag.name in ("html", "body", "main"):
        return False
    words = _words(tag)
    return (not _COMMENT_WORDS.isdisjoint(words) or _REVIEWS_WORD in words) and _NOT_LIST_WORDS.isdisjoint(words) \
        and tag.find_parent(["pre", "code"]) is None


def _outermost(tags: list[Tag]) -> list[Tag]:
    chosen = set(map(id, tags))
    return [tag for tag in tags if not any(id(parent) in chosen for parent in tag.parents)]


def _signature(tag: Tag) -> tuple[str, str]:
    classes = tag.get("class") or [""]
    return tag.name, classes[0]


def _cards(box: Tag, least: int) -> list[Tag]:
    """The box's comment cards in reading order: the first level under it where `least` or more
    cards of one signature say something and hold most of its text (a lone card no wrapper of one),
    each followed by the replies nested in it. Failing that, a lone card holding a reply named for one
    (`_is_reply`) is a thread too (Teamly's one 「tm-comment」 and its 「tm-comment-reply」: a reader's
    question the author answered) — only then, as a list's first card with its replies may stand at a
    level above the others (Steemit's); a lone card whose replies are cards like it or a reply list
    (WordPress's markup copied, Bilibili's video page) stays unread, as it was."""
    return _level_cards(box, least, False) or (_level_cards(box, least, True) if least > 1 else []) or _named_card(box)


def _level_cards(box: Tag, least: int, lone: bool) -> list[Tag]:
    """`_cards` at the first level that holds them; `lone`: a single card holding a named reply will do."""
    total = len(_shown(box))
    level = [box]
    while level:
        for holder in level:
            groups: dict[tuple[str, str], list[Tag]] = {}
            for child in holder.find_all(True, recursive=False):
                groups.setdefault(_signature(child), []).append(child)
            found = [group for group in groups.values() if group[0].name in _CARD_TAGS
                     and (len(group) >= least or lone and any(map(_is_reply, group[0].find_all(True, recursive=False))))
                     and all(map(_says, group))
                     and sum(len(_shown(card)) for card in group) >= _MOST * total
                     and (len(group) > 1 or not _wrapper(group[0]))]
            if found:
                group = max(found, key=len)
                return [read for card in group for read in [card, *_replies(card, _signature(card))]]
        # (not into a text: a comment's list of points or its paragraphs are no comments; but into the list's
        # own content box, named for the comments it holds: Steemit's 「Post_comments__content」)
        level = [child for holder in level for child in holder.find_all(True, recursive=False)
                 if not _is_text(child) or not _LIST_CONTENT_WORDS.isdisjoint(_words(child))]
    return []


def _named_card(box: Tag) -> list[Tag]:
    """Failing a list, the box's one card right under it that its own class names a comment, with its writer's box
    in it and no comments or replies in it (Confluence's one 「div.comment」 under 「2 条评论」, its span.author over
    the text, holdout269: dropped with the box, as a box of one card was read as no list)."""
    cards = [child for child in box.find_all(True, recursive=False) if child.name in _CARD_TAGS and _says(child)]
    card = cards[0] if len(cards) == 1 else None
    if card is None or not _CARD_WORDS & _words(card) or card.find(class_=_AUTHOR_CLASS) is None \
            or len(_shown(card)) < _MOST * len(_shown(box)):
        return []
    # (a card holding a list of comments or replies is a thread's frame, read as it was: Bilibili's video page)
    if any(not _THREAD_WORDS.isdisjoint(_words(tag)) for tag in card.find_all(True)):
        return []
    return [card]


def _wrapper(tag: Tag) -> bool:
    """An element around one other and no text of its own."""
    children = tag.find_all(True, recursive=False)
    return len(children) == 1 and not any(isinstance(child, NavigableString) and child.strip()
                                          for child in tag.children)


def _replies(card: Tag, signature: tuple[str, str]) -> list[Tag]:
    """The replies nested in a card, in order: cards of its signature, or the cards of a list of
    replies inside it (「sub-reply-list」)."""
    found: list[Tag] = []
    for child in card.find_all(True, recursive=False):
        if _signature(child) == signature and _says(child):
            found.extend([child, *_replies(child, signature)])
        elif _is_reply_list(child):
            found.extend(_cards(child, 1))
        elif _is_reply(child):
            found.append(child)
        else:
            found.extend(_replies(child, signature))
    return found


def _is_reply(tag: Tag) -> bool:
    """A reply set inside the card it answers, with its writer's name or the author's badge (`_is_badge`): named
    for one by its class's first or last word (Tencent Docs' 「comment-reply」, PIXNET's 「reply-text」, Buy Me a
    Coffee's 「creator-reply」, not Bilibili's 「root-reply-container」)."""
    named = any(not _REPLY_HEADS.isdisjoint((words[0], words[-1]))
                for token in tag.get("class", []) if (words := token_words(unhashed(token))))
    return named and any(_is_name(inner) or _is_badge(inner) for inner in tag.find_all(True)) and _says(tag)


def _is_badge(tag: Tag) -> bool:
    """A badge marking the post's author (「作者」「Creator」), alone in its element: a reply the author wrote
    under a comment may carry it instead of a name (Buy Me a Coffee's 「creator-reply」)."""
    return len(_shown(tag)) <= _BADGE_MAX and _shown(tag) in AUTHOR_BADGES


def _is_reply_list(tag: Tag) -> bool:
    words = _words(tag)
    return not _REPLY_WORDS.isdisjoint(words) and not _LIST_WORDS.isdisjoint(words) \
        and _TEXT_WORDS.isdisjoint(words) and _NAME_WORDS.isdisjoint(words)


def _shown(tag: Tag) -> str:
    return "".join(tag.get_text().split())


def _says(card: Tag) -> bool:
    """The card holds a comment: words, not a form, a count, an empty list's note or links alone."""
    if card.name in _SKIPPED or card.find(["textarea", "input", "form"]) is not None:
        return False
    text = " ".join(clean(card.get_text(BR)).split())
    if len(text) <= _NO_COMMENT_MAX and _NO_COMMENT.search(text):
        return False
    unlinked = len(_shown(card)) - sum(len(_shown(a)) for a in ([card] if card.name == "a" else card.find_all("a")))
    return unlinked >= _SAYS_MIN


def _nested(card: Tag) -> list[Tag]:
    """The replies nested in a card: cards of its signature, lists of replies."""
    return [tag for tag in card.find_all(True)
            if _signature(tag) == _signature(card) or _is_reply_list(tag) or _is_reply(tag)]


def _own(card: Tag, nested: list[Tag]) -> list[Tag]:
    """The card's elements, not those of the replies nested in it."""
    return [tag for tag in card.find_all(True)
            if not any(tag is reply or inside(tag, reply) for reply in nested)]


class _Card:
    """A comment's card with what is read of it more than once: the replies nested in it, its own
    elements (not theirs), the element naming its writer and the name."""

    def __init__(self, tag: Tag) -> None:
        self.tag = tag
        self.nested = _nested(tag)
        self.own = _own(tag, self.nested)
        self.name, self.writer = _writer(tag, self.own)


def _writer(card: Tag, own: list[Tag]) -> tuple[Tag | None, str]:
    """The element naming who wrote the card (among its `own` elements), and the name (without a badge
    beside it)."""
    names = [tag for tag in own if _is_name(tag)]
    name = next((tag for tag in names if not any(inside(other, tag) for other in names)), None)
    if name is None:
        name = next((a for a in own if a.name == "a" and _PROFILE.search(str(a.get("href", "")))
                     and 0 < len(_shown(a)) <= _NAME_MAX), None)
    if name is None:
        name = _lead(card, own)
    # (a name box holding the name's link with the time and place beside it: Douban's 「div.author」)
    link = next((a for a in name.find_all("a") if a.get_text(strip=True)), None) if name is not None else None
    if link is not None:
        name = link
    return name, _text(name, set()) if name is not None else ""


def _lead(card: Tag, own: list[Tag]) -> Tag | None:
    """A card's name set in bold or in a link before its text, no class saying so (Confluence's
    「<strong>name</strong> <time>…</time> <p>text</p>」): its first words, short, inline, not all it says."""
    first = next((tag for tag in own if tag.get_text(strip=True) and not _furniture(tag, True)
                  and not any(_furniture(parent, True) for parent in tag.parents if inside(parent, card))), None)
    if first is None or first.name not in ("strong", "b", "a", "cite") or len(_shown(first)) > _NAME_MAX:
        return None
    return first if len(_shown(first)) < len(_shown(card)) - _SAYS_MIN else None


def _owners(soup: BeautifulSoup, lists: list[Tag]) -> list[str]:
    """What the page, outside its comment `lists`, says of who wrote or owns it: the words of each element
    named for its author or owner (Tettra's 「PageHeader__owner」: 「Owner」 「林郁婷 (IT)」 「Nov 10, 2026」), the
    author's <meta>, the name a wiki's info line gives its last editor (「最後修改：王淑芬，2026 年 10 月 28 日」). A
    label set in the same text as the name (「Owner: Aigerim S.」) is read off it: the name alone is what a comment's
    writer matches."""
    said = [str(meta.get("content", "")).strip() for meta in soup.find_all("meta", attrs={"name": "author"})]
    for tag in soup.find_all(BLOCK_TAGS):
        line = " ".join(tag.get_text().split())
        if len(line) <= 120 and (edited := _EDITED_BY.search(line)) is not None \
                and not any(tag is box or inside(tag, box) for box in lists):
            said.append((edited.group(1) or edited.group(2) or edited.group(3)).strip())
    for tag in soup.find_all(True):
        if tag.name in ("html", "body", "head", "meta") or _OWNER_WORDS.isdisjoint(_heads(tag)) \
                or any(tag is box or inside(tag, box) for box in lists):
            continue
        for text in tag.stripped_strings:
            words = " ".join(text.split())
            said.extend([words, _OWNER_LABEL.sub("", words, count=1)])
    return [words for words in said if words]


def _is_owner(writer: str, owners: list[str]) -> bool:
    """The card's writer is the one the page names its author or owner: the name whole, or with the team in
    brackets after it (「林郁婷 (IT)」)."""
    return bool(writer) and any(words == writer or words.startswith(writer) and _TEAM.match(words[len(writer):])
                                for words in owners)


def _comment(read: _Card, names: set[str], owners: list[str]) -> Comment | None:
    """One card's writer, text and whether the post's author wrote it."""
    card, nested, own, name, writer = read.tag, read.nested, read.own, read.name, read.writer
    # (a reply's 「回复 name」 names whom it answers: no words of the reply)
    skip = set(map(id, nested)) | {id(tag) for tag in own if tag is name or _is_name(tag)}
    # the element named for the text (one around the name too: Weibo's 「name：text」), if it says something
    texts = [(tag, words) for tag in own if _is_text(tag) and not any(inside(reply, tag) for reply in nested)
             and (words := _text(tag, skip)) and words not in _BUTTON_LABELS]
    text = next((words for tag, words in texts if name is None or not inside(name, tag)),
                texts[0][1] if texts else _text(card, skip))
    text = _answering(_strip_marks(text), names)
    if not text or _GONE.match(text) or says_nothing([text]):
        return None     # (a comment taken away, or thanks alone: 「谢谢！」, 「👍」)
    badge = any(len(_shown(tag)) <= _BADGE_MAX and _text(tag, set(), badges=False) in AUTHOR_BADGES for tag in own)
    if (badged := _BADGED_NAME.match(writer)) is not None and badged.group(2) in AUTHOR_BADGES:
        writer, badge = badged.group(1), True
    mine = badge or _is_owner(read.writer, owners) or _EDITORS_NAME.match(writer) is not None \
        or not _AUTHOR_CLASSES.isdisjoint(c.lower() for c in card.get("class", [])) \
        or any(not _AUTHOR_WORDS.isdisjoint(_words(tag)) for tag in own)
    return Comment(writer, text, mine)


def _nesting(read: list[tuple[_Card, Comment | None]]) -> list[Comment]:
    """The comments said, each marked `nested` when it is the first reply set inside the card before it
    (the reply answers that comment: `bbs.answered_html`)."""
    comments: list[Comment] = []
    last: _Card | None = None       # the card of the last comment said
    for card, comment in read:
        if comment is None:
            continue
        # (a reply that only thanks the comment, 「感谢补充。」, answers nothing: it stays a remark)
        nested = last is not None and inside(card.tag, last.tag) and not _THANKS_ONLY.match(comment.text)
        comments.append(Comment(comment.name, comment.text, comment.by_author, nested))
        last = card
    return comments


def _strip_marks(text: str) -> str:
    """A comment without the separators left around its name and buttons (「— name」, 「回复 · 赞」)."""
    return _LOOSE_MARKS.sub("", text).strip()


def _answering(text: str, names: set[str]) -> str:
    """A reply without the 「回复 name：」 it opens with (a name of the page's commenters), nor a colon
    its writer's name, taken out, left before it (Weibo's 「name：text」)."""
    text = SAID.sub("", text)
    opening = _REPLYING.match(text)
    if opening is not None:
        rest = text[opening.end():]
        for name in sorted(names, key=len, reverse=True):
            if rest.startswith(name) and SAID.match(rest[len(name):]):
                return SAID.sub("", rest[len(name):])
    return text


def _heads(tag: Tag) -> set[str]:
    """What a tag's classes and id name it: each token's last word (a 「comment-author」 is an author, a
    「text-secondary」 no text, a 「user-box」 no name), a token of one part whole too (「UserLink」); the hash
    CSS modules add goes first (「comment-module_name_OqE1C」 is a name)."""
    heads: set[str] = set()
    for token in [*tag.get("class", []), *class_names(tag), *str(tag.get("id", "")).split()]:
        token = unhashed(token)
        words = token_words(token)
        if words:
            heads.add(words[-1])
            if len([part for part in _PARTS.split(token) if part]) == 1:
                heads.add(token.lower())
    return heads


def _is_name(tag: Tag) -> bool:
    if tag.get("itemprop") in _NAME_ITEMPROPS or "author" in tag.get("rel", []):
        return True
    heads = _heads(tag)
    return not _NAME_WORDS.isdisjoint(heads) and _TEXT_WORDS.isdisjoint(heads) \
        and 0 < len(_shown(tag)) <= _NAME_MAX


def _is_text(tag: Tag) -> bool:
    if tag.get("itemprop") in _TEXT_ITEMPROPS:
        return True
    heads = _heads(tag)
    return not _TEXT_WORDS.isdisjoint(heads) and _NAME_WORDS.isdisjoint(heads)


def _furniture(tag: Tag, badges: bool) -> bool:
    """What a card holds besides its comment: avatar, date, floor, buttons, counters, badges."""
    if tag.name in _SKIPPED:
        return True
    if tag.name == "blockquote" and (tag.find("cite") is not None or any(map(_is_name, tag.find_all(True)))):
        return True     # a quote of another comment (「小鱼 said: …」): that comment is on the page
    words = _words(tag)
    if not _FURNITURE_WORDS.isdisjoint(words) and _TEXT_WORDS.isdisjoint(words) \
            and not any(_is_text(inner) for inner in tag.find_all(True)):
        return True     # (Zendesk's 「comment-info」 holds the name, the date and the text: no furniture)
    text = " ".join(tag.get_text().split())
    return text in _BUTTON_LABELS or _FLOOR.match(text) is not None or badges and text in AUTHOR_BADGES \
        or VOTE_ROW.match(text) is not None     # (cnBeta's 「支持(56)反對(2)回覆」: `clean.VOTE_ROW`)


def _text(tag: Tag, skip: set[int], badges: bool = True) -> str:
    """The words of a card's part on one line, without its furniture and what `skip` names."""
    def walk(node: Tag) -> str:
        parts = []
        for child in node.children:
            if isinstance(child, NavigableString):
                parts.append(str(child))
            elif isinstance(child, Tag) and id(child) not in skip and not _furniture(child, badges):
                inner = walk(child)
                parts.append(f"{BR}{inner}{BR}" if child.name in BLOCK_TAGS else inner)
        return "".join(parts)
    words = " ".join(clean(walk(tag)).split())
    return _STAMP_END.sub("", _STAMP_START.sub("", words)).strip()


def parts_level(part: Tag, root: Tag) -> Tag:
    """The comments' part with its heading at the level of the text's own parts, below its title
    (Toutiao's parts are <h1>s: an <h2> 「评论」 after them was read as a part of the last)."""
    headings = [tag for tag in root.find_all(list(HEADINGS))]
    if headings and headings[0].name == "h1":
        headings = headings[1:]         # the title
    top = min((HEADINGS[tag.name] for tag in headings), default=2)
    for heading in part.find_all("h2"):
        heading.name = f"h{min(top, 2)}"
    return part
