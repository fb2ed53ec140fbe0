"""Groups.io topic pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

GROUPS_IO = "https://groups.io/static/js/groupsio.js?v=9b71c0"


def message(number: int, writer: str, text: str) -> str:
    """One expanded message as Groups.io draws it: the writer in bold, the date, the text, the footer."""
    return (f"<tr><td><div class='expanded-message' id='msg-{number}'><div class='media'><div class='media-body'>"
            f"<div class='row'><div class='col-xs-8'><u><b>{writer}</b></u></div><div class='col-xs-4 text-right'>"
            f"<font class='text-muted'><span title='Mon, 16 Nov 2026'>11/1{number}/26</span></font></div></div>"
            f"<div class='user-content'>{text}</div><div class='message-footer'><a href='#'>#22{number}</a> "
            "<a class='btn btn-default btn-xs' href='#'>Reply</a></div></div></div></div></td></tr>")


def groups_io_page(assets: str = GROUPS_IO) -> str:
    """A topic of four messages: the lead with steps, a reply, numbered questions, the answers to them."""
    return ("<html><head><title>g@groups.io | 控制器指令</title>"
            f"<link rel='stylesheet' href='{assets.replace('js/groupsio.js', 'css/groupsio.css')}'></head><body>"
            "<div id='cookie-banner'>Groups.io uses cookies.</div><div id='main'>"
            "<h3 id='topic-subject'><span class='subject'>控制器指令汇总</span></h3><table id='records'>"
            + message(1, "老周", "<p>默认密码是 1234。</p><p>设置步骤：</p><ol><li>插卡。</li><li>通电。</li></ol>")
            + message(2, "Bakhyt S.", "<p>欠费停机后只能收不能发。</p>")
            + message(3, "小麦种子", "<p>请教两个问题：</p><p>1. 停电后继电器会恢复吗？我怕风机开了。</p>"
                      "<p>2. 能不能打电话控制？</p><div class='quoted'><p>&gt; 1234#TH35：报警</p></div>")
            + message(4, "老周", "<p>@小麦种子</p><p>1. 出厂设置是来电后全部关闭。</p><p>2. 可以。拨打后第 1 路翻转。</p>"
                      "<p>另外天线要拉到棚外。</p>")
            + f"</table></div><script src='{assets}'></script></body></html>")


def test_each_groups_io_message_is_a_part_headed_by_its_writer_without_its_date() -> None:
    # holdout263: each writer and date was text, the messages after the first glued into one passage
    frags = texts(cut(groups_io_page()))
    assert frags[0] == ("section", "控制器指令汇总", "默认密码是 1234。")
    assert ("section", "Bakhyt S.", "欠费停机后只能收不能发。") in frags
    assert ("section", "老周（楼主）", "另外天线要拉到棚外。") in frags
    text = all_text(cut(groups_io_page()))
    assert "11/12/26" not in text and "#222" not in text and "1234#TH35" not in text and "@小麦种子" not in text


def test_a_groups_io_replys_numbered_answers_answer_the_numbered_questions() -> None:
    # holdout263: the answers were steps titled by the subject, the questions' numbers stripped
    frags = texts(cut(groups_io_page()))
    assert ("qa", "停电后继电器会恢复吗？", "出厂设置是来电后全部关闭。") in frags
    assert ("qa", "能不能打电话控制？", "可以。拨打后第 1 路翻转。") in frags
    assert ("section", "小麦种子", "请教两个问题：\n1. 停电后继电器会恢复吗？我怕风机开了。\n2. 能不能打电话控制？") in frags
    assert [kind for kind, _, _ in frags].count("step") == 2        # the lead's <ol>, kept


def test_groups_io_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "11/12/26" in all_text(cut(groups_io_page(assets="/js/site.js")))
