"""A help page that titles its parts with bold lines (NetEase 163 郵箱's help, holdout284): a bold line ending in
「：」 over a table titles the table's part, as the bold lines without a colon do."""
from __future__ import annotations

from fragments import all_text, cut, texts


def mail_help_page() -> str:
    """A 163-style help article: the title as the page's one heading, bold lead-ins over steps and a table, and a bold
    「常見問題」 over 問：/答： pairs."""
    return ("<html><head><title>如何設定 IMAP？ - 網易郵箱幫助中心</title></head><body><div class='m-article'><h2>如何設定 IMAP？</h2>"
            "<p>必須使用授權碼。</p><p><b>開啟服務：</b></p><p>第一步：登入網頁版郵箱。</p><p>第二步：點擊「開啟」。</p><p>第三步：複製授權碼。</p>"
            "<p><b>伺服器位址（以 163.com 為例）：</b></p><table><tr><th>協定</th><th>伺服器</th></tr>"
            "<tr><td>IMAP</td><td>imap.163.com</td></tr></table><p>建議使用 SSL 連接埠。</p>"
            "<p><b>常見問題</b></p><p>問：授權碼會過期嗎？</p><p>答：不會。</p><p>問：最多幾組？</p><p>答：5 組。</p>"
            "</div></body></html>")


def test_a_bold_line_over_a_table_titles_its_part_and_the_faq_line_is_no_stray_text() -> None:
    # holdout284: the table's part was titled by the page title with the bold line as its first line, and the
    # bold 「常見問題」 was glued as the last line of the table's part
    frags = texts(cut(mail_help_page()))
    assert ("section", "伺服器位址（以 163.com 為例）", "協定 | 伺服器\nIMAP | imap.163.com\n建議使用 SSL 連接埠。") in frags
    assert ("qa", "授權碼會過期嗎？", "不會。") in frags and ("qa", "最多幾組？", "5 組。") in frags
    assert [kind for kind, _, _ in frags].count("step") == 3
    assert "常見問題" not in "\n".join(text for _, _, text in frags)
    assert "伺服器位址（以 163.com 為例）：" not in all_text(cut(mail_help_page()))
