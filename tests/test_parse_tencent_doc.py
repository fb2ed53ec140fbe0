"""A Tencent Docs (腾讯文档) online document, as the browser saves it: every paragraph a div.melo-para of
span.melo-text runs, headings and list items paragraphs marked by class and data attributes, list markers
spans of their own, comments in a panel beside the page, each card quoting the text it is about. What a
reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.sites.blogs import COMMENTS_TITLE

from fragments import cut, texts


def para(body: str, bold: bool = False) -> str:
    style = " style='font-weight:bold;'" if bold else ""
    return f"<div class='melo-para' data-block-id='b'><span class='melo-text'{style}>{body}</span></div>"


def heading(level: int, body: str) -> str:
    return (f"<div class='melo-para melo-heading melo-heading-{level}' data-block-id='h'><span class='melo-text' "
            f"style='font-size:16pt;font-weight:bold;'>{body}</span></div>")


def item(list_id: str, kind: str, level: int, marker: str, body: str) -> str:
    return (f"<div class='melo-para melo-list' data-list-id='{list_id}' data-list-type='{kind}' "
            f"data-list-level='{level}'><span class='melo-list-marker'>{marker}</span>"
            f"<span class='melo-text'>{body}</span></div>")


def table(*rows: tuple[str, ...]) -> str:
    cells = ["".join(f"<td class='melo-table-cell'>{para(cell)}</td>" for cell in row) for row in rows]
    return ("<div class='melo-table-wrapper' data-block-id='t'><table class='melo-table'><tbody>"
            + "".join(f"<tr class='melo-table-row'>{row}</tr>" for row in cells) + "</tbody></table></div>")


def card(quote: str, *comments: tuple[str, str]) -> str:
    items = "".join(f"<div class='comment-item'><div class='comment-item-header'><span class='comment-user-name'>"
                    f"{name}</span><span class='comment-time'>10月28日 21:03</span></div>"
                    f"<div class='comment-item-content'>{text}</div></div>" for name, text in comments)
    return f"<div class='comment-card'><div class='comment-card-quote'>{quote}</div>{items}</div>"


def page(*blocks: str, cards: str = "") -> str:
    return ("<html><head><title>收取件码 - 腾讯文档</title></head><body><div id='root'>"
            "<div class='header-wrapper'><span class='title-input'>收取件码</span>"
            "<span class='last-modify-info'>最近编辑：10月30日 14:14 · 留学生会</span></div>"
            "<div class='melo-page-main-view'><div class='melo-page'><div class='melo-page-content'>"
            "<div class='melo-para melo-title'><span class='melo-text' style='font-size:20pt;font-weight:bold;'>"
            "收取件码</span></div>" + "".join(blocks) + "</div></div></div>"
            "<div class='right-side-panel comment-panel-wrapper' id='comment-panel'><div class='comment-panel-header'>"
            "<span class='comment-panel-title'>评论</span><span class='comment-panel-count'>3</span></div>"
            f"<div class='comment-card-list'>{cards}</div><div class='comment-panel-footer'>"
            "<span class='comment-login-tip'>登录后可以发表评论</span></div></div></div></body></html>")


STEPS = (heading(1, "二、收不到短信：按顺序排查"), para("按下面的顺序一项一项看："),
         item("l1", "decimal", 0, "1.", "核对手机号，区号改成 +7。"),
         item("l1", "decimal", 0, "2.", "以上都没问题，就让快递重发："),
         item("l2", "bullet", 1, "●", "Kazpost：App 里点「Отправить код повторно」，或者打客服 1443。"),
         item("l2", "bullet", 1, "●", "СДЭК：在 cdek.kz 点「Получить код」。"),
         heading(1, "三、小结"), para("号码写 +7 格式。"))


def test_a_steps_nested_bullets_stay_in_the_step_without_their_drawn_markers() -> None:
    # the bullets one level down were a passage of their own after the procedure, each led by 「●」
    frags = cut(page(*STEPS))
    steps = [f for f in frags if f.type == "step"]
    assert [(f.title, f.procedure.title, f.text) for f in steps] == [
        ("核对手机号，区号改成 +7", "收不到短信：按顺序排查", "核对手机号，区号改成 +7。"),
        ("以上都没问题，就让快递重发", "收不到短信：按顺序排查",
         "以上都没问题，就让快递重发：\nKazpost：App 里点「Отправить код повторно」，或者打客服 1443。\n"
         "СДЭК：在 cdek.kz 点「Получить код」。")]
    assert not any("●" in f.text for f in frags)
    assert texts(frags)[-1] == ("section", "小结", "号码写 +7 格式。")


def test_comments_are_lines_under_the_block_their_card_quotes() -> None:
    # the comments panel went as chrome with the facts it adds; a thanks-only comment says nothing
    cards = (card("或者打客服 1443", ("孙同学", "1443 只有俄语和哈萨克语菜单。"), ("留学生会", "谢谢！"))
             + card("Kaspi 快递柜", ("赵同学", "Kaspi 快递柜可以免费延长 1 天。"))
             + card("号码写 +7", ("王同学", "国内集运单也要改成 +7。")))
    frags = cut(page(heading(1, "一、取件码从哪里来"),
                     table(("快递", "免费保管"), ("Kazpost", "15 天"), ("Kaspi 快递柜", "3 天")),
                     *STEPS, cards=cards))
    assert texts(frags)[0] == ("section", "取件码从哪里来", "快递 | 免费保管\nKazpost | 15 天\nKaspi 快递柜 | 3 天\n"
                                                      "评论：Kaspi 快递柜可以免费延长 1 天。")
    step = [f for f in frags if f.type == "step"][1]
    assert step.text.splitlines()[1:3] == ["Kazpost：App 里点「Отправить код повторно」，或者打客服 1443。",
                                           "评论：1443 只有俄语和哈萨克语菜单。"]
    assert texts(frags)[-1] == ("section", "小结", "号码写 +7 格式。\n评论：国内集运单也要改成 +7。")
    assert not any("谢谢" in f.text or "登录" in f.text or "10月28日" in f.text for f in frags)


def test_a_comment_quoting_text_no_longer_there_is_the_documents_last_part() -> None:
    frags = cut(page(*STEPS, cards=card("已经删掉的一句", ("赵同学", "Ozon 的码也在 App 里。"))))
    assert texts(frags)[-1] == ("section", COMMENTS_TITLE, "Ozon 的码也在 App 里。")


def test_a_list_going_on_over_a_page_break_is_one_list() -> None:
    # each page of a long document is a melo-page of its own; the steps after the break were no steps
    html = page(*STEPS[:4]).replace(
        STEPS[3], "</div></div><div class='melo-page'><div class='melo-page-content'>" + STEPS[3])
    assert html.count("melo-page-content") == 2
    steps = [f for f in cut(html) if f.type == "step"]
    assert [f.title for f in steps] == ["核对手机号，区号改成 +7", "以上都没问题，就让快递重发"]


def saved_bare(*blocks: str, cards: str = "") -> str:
    """A Traditional document saved without the page content's wrapper (its paragraphs straight in
    「div.melo-page#melo-page」) and without the comment card list (the cards straight in the side panel)."""
    return ("<html><head><title>會員卡規定 - 騰訊文檔</title></head><body><div id='root'>"
            "<div class='header-wrapper'><span class='title-input'>會員卡規定</span></div>"
            "<div class='doc-content-wrapper'><div class='melo-page' id='melo-page'>"
            "<div class='melo-para melo-title'><span class='melo-text' style='font-size:22pt;font-weight:bold;'>"
            "茶語時光會員卡儲值與退款規定</span></div>" + "".join(blocks) + "</div></div>"
            f"<div class='right-side-panel comment-panel-wrapper' id='comment-panel'>{cards}</div></div></body></html>")


RULES = (heading(1, "三、使用規則"), item("l2", "bullet", 0, "•", "結帳時先扣贈送金，再扣本金。"),
         item("l2", "bullet", 0, "•", "實體卡遺失補發，工本費 NT$50。"),
         heading(1, "四、退款規定"), para("退款須本人辦理。每筆退款收取手續費 NT$30，儲值後 7 天內免手續費。"),
         para("（文件完）"))


def test_a_document_saved_without_its_content_wrapper_is_read_and_its_comments_stay_under_their_block() -> None:
    # holdout293: read by no reader, each bullet kept its drawn 「•」, the side panel's one thread was a last part
    # 「评论」 (Simplified on a Traditional page) without the passage it hangs on, and the end mark 「（文件完）」 a part
    # of its own titled by the document
    cards = card("每筆退款收取手續費 NT$30", ("信義店-店長阿哲", "手續費從退款金額裡扣嗎？"), ("營運部 Kelly", "直接從退款金額扣，不另收。"))
    frags = texts(cut(saved_bare(*RULES, cards=cards)))
    assert frags == [
        ("section", "使用規則", "結帳時先扣贈送金，再扣本金。\n實體卡遺失補發，工本費 NT$50。"),
        ("section", "退款規定", "退款須本人辦理。每筆退款收取手續費 NT$30，儲值後 7 天內免手續費。\n"
                               "評論：手續費從退款金額裡扣嗎？\n評論：直接從退款金額扣，不另收。")]


def test_a_traditional_documents_comments_part_is_titled_in_its_script() -> None:
    # a comment quoting nothing left is the last part, 「評論」 on a Traditional page (`parse.comments_in_script`)
    frags = texts(cut(saved_bare(*RULES, cards=card("已刪除的一句", ("阿哲", "學生卡也適用嗎？")))))
    assert frags[-1] == ("section", "評論", "學生卡也適用嗎？")


def test_a_comment_on_a_neutral_block_of_a_traditional_document_is_labelled_in_the_documents_script() -> None:
    # (review of session 28: the label went by the commented block's script, so a block in neither script got
    # 「评论」 in a Traditional document)
    blocks = (*RULES[:-1], para("Line ID：@chayu"), RULES[-1])
    frags = texts(cut(saved_bare(*blocks, cards=card("Line ID：@chayu", ("阿哲", "加好友要附會員卡號嗎？")))))
    assert "評論：加好友要附會員卡號嗎？" in frags[-1][2]
