"""An Airtable shared view as the browser saves it: what a reader gets from it."""
from __future__ import annotations

from fragments import cut, texts


def view(grid_class: str = "gridView") -> str:
    return ("<html><head><title>Airtable - 寄宿家庭手冊</title></head><body class='sharedView'>"
            "<header class='sharedViewTopBar'><a class='airtableLogo' href='https://airtable.com/'>Airtable</a>"
            "<div class='sharedViewName'><span class='baseName'>寄宿家庭手冊</span></div></header>"
            f"<div class='{grid_class}' role='grid'><div class='headerRow' role='row'>"
            "<div class='cell header' role='columnheader'>主題</div>"
            "<div class='cell header' role='columnheader'>分類</div>"
            "<div class='cell header' role='columnheader'>內容</div>"
            "<div class='cell header' role='columnheader'>負責人</div></div>"
            "<div class='dataRow' role='row'><div class='cell primary' role='gridcell'>辦門號</div>"
            "<div class='cell singleSelect'><span class='choiceToken'>手機</span></div>"
            "<div class='cell multilineText'><div class='longText'><p>到 Beeline 門市辦預付卡。</p>"
            "<ol><li>帶護照正本。</li><li>選學生方案。</li></ol></div></div>"
            "<div class='cell collaborator'><span class='avatar'>林</span>林怡君</div></div>"
            "<div class='dataRow' role='row'><div class='cell primary' role='gridcell'>門禁</div>"
            "<div class='cell singleSelect'><span class='choiceToken'>生活</span></div>"
            "<div class='cell multilineText'><div class='longText'><p>平日門禁 23:00。</p></div></div>"
            "<div class='cell collaborator'><span class='avatar'>陳</span>陳柏翰</div></div></div>"
            "<div class='expandedRecord' role='dialog'><div class='recordTitle'>寄宿家庭名單</div>"
            "<div class='fieldLabel'>家長手機</div><div class='fieldValue'>+7 702 555 8140</div>"
            "<div class='fieldLabel'>備註</div><div class='fieldValue'>家裡養了一隻貓。</div></div>"
            "<div class='summaryBar'>2 records</div></body></html>")


def test_an_airtable_views_records_are_parts_titled_by_their_primary_field() -> None:
    # holdout126: every fragment titled 「Airtable」, the records' names and tokens lines of the text
    # (「辦門號」 「手機」), 「林林怡君」, the records cut without regard to them, the card's labels and values
    # on lines of their own and 「2 records」 glued to it
    frags = cut(view())
    assert {f.article_title for f in frags} == {"寄宿家庭手冊"}
    assert texts(frags) == [
        ("section", "辦門號", "分類：手機\n負責人：林怡君\n到 Beeline 門市辦預付卡。"),
        ("step", "帶護照正本", "帶護照正本。"),
        ("step", "選學生方案", "選學生方案。"),
        ("section", "門禁", "分類：生活\n負責人：陳柏翰\n平日門禁 23:00。"),
        ("section", "寄宿家庭名單", "家長手機：+7 702 555 8140\n備註：家裡養了一隻貓。")]
    assert frags[1].procedure is not None and frags[1].procedure.title == "辦門號"


def test_a_page_without_an_airtable_grid_is_left_alone() -> None:
    assert "2 records" in "".join(text for _, _, text in texts(cut(view("grid"))))
