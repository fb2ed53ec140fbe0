"""Google Groups conversations, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

GROUPS = "https://www.gstatic.com/_/mss/boq-groups/_/js/k=boq-groups.GroupsFrontendUi.zh_CN.es5.O/rs=AG"


def post(writer: str, when: str, lines: str, quoted: bool = False) -> str:
    """One post of the conversation as Google Groups draws it."""
    quote = "<div class='gmail_quote'><button class='hUS1ed'>- 显示引用文字 -</button></div>" if quoted else ""
    return (f"<section class='ZW3ZFc' role='article' aria-label='{writer}'><div class='R4YbSb'><img class='LXnhEc' "
            f"src='https://lh3.googleusercontent.com/a/x' alt=''><div class='LgTNRd'><span class='s1f8Zd'>{writer}</span>"
            f"</div><span class='zX2W9c'>{when}</span></div><div class='ptW7te'><div dir='ltr'>{lines}{quote}</div></div>"
            "<div class='lSJlGe'><button>回复作者</button><button>转发</button></div></section>")


def groups_page(assets: str = GROUPS) -> str:
    """A conversation: a question with numbered cases, a reply with step lines, the poster's follow-up question
    and its answer."""
    return ("<html><head><title>报警主机怎么查余额？ - Google 网上论坛</title></head><body><header class='gb_Ea' "
            "role='banner'><a>网上论坛</a><a>登录</a></header><main role='main'><div class='tOkmq'><a "
            "aria-label='返回对话'>返回</a></div><h1><span>报警主机怎么查余额？</span></h1><div class='ZXHk5c'>4 个帖子 · 3 位"
            "作者 · 最后一个帖子：2026年11月19日</div>"
            + post("王建国", "2026年11月16日 20:14:08", "想请教：<br>1. 远程布防发什么短信？<br>2. 余额怎么查？<br>谢谢！")
            + post("zhang.wei.sh", "2026年11月17日 09:37:21", "我是这样设的：<br>第一步，发「8888#60#」给主机；<br>第二步，"
                   "主机转发余额短信；<br>第三步，再发「8888#61#」。", quoted=True)
            + post("王建国", "2026年11月18日 19:50:02", "设好了，感谢！还有个问题：停电的时候主机还能报警吗？")
            + post("售后-小陈", "2026年11月19日 08:15:33", "停电后可以继续工作约 8 小时。")
            + f"</main><script src='{assets}'></script></body></html>")


def test_each_google_groups_post_is_its_own_part_without_its_date() -> None:
    # holdout260: each writer and date were glued to the end of the post above; the back link and stats were text
    frags = texts(cut(groups_page()))
    assert frags[0][2].startswith("想请教：")
    assert "谢谢！" in frags[0][2] and "李工" not in frags[0][2]
    text = all_text(cut(groups_page()))
    for chrome in ("2026年11月16日", "返回", "4 个帖子", "显示引用文字", "回复作者", "登录"):
        assert chrome not in text


def test_a_google_groups_reply_keeps_its_steps_and_the_follow_up_is_answered() -> None:
    # holdout260: 「第一步，…」 lines were one passage; the follow-up question and its answer sat in two fragments, the
    # question glued to the reply above it
    frags = cut(groups_page())
    steps = [(f.title, f.procedure.title) for f in frags if f.type == "step" and f.procedure is not None]
    assert steps == [("发「8888#60#」给主机", "zhang.wei.sh"), ("主机转发余额短信", "zhang.wei.sh"),
                     ("再发「8888#61#」", "zhang.wei.sh")]
    assert ("section", "王建国（楼主）", "设好了，感谢！还有个问题：停电的时候主机还能报警吗？") in texts(frags)
    assert ("qa", "设好了，感谢！还有个问题：停电的时候主机还能报警吗？", "停电后可以继续工作约 8 小时。") in texts(frags)


def test_google_groups_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "4 个帖子" in all_text(cut(groups_page(assets="/js/app.js")))
