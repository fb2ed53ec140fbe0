"""An API reference as Swagger UI draws it, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Source

from fragments import all_text, cut, texts


def operation(method: str, path: str, summary: str, body: str = "") -> str:
    """An operation's block: its summary bar (a button), and its body when it is opened."""
    return (f"<div class='opblock opblock-{method.lower()}{' is-open' if body else ''}'>"
            f"<div class='opblock-summary opblock-summary-{method.lower()}'><button class='opblock-summary-control'>"
            f"<span class='opblock-summary-method'>{method}</span><div class='opblock-summary-path-description-wrapper'>"
            f"<span class='opblock-summary-path'><a class='nostyle'><span>{path}</span></a></span>"
            f"<div class='opblock-summary-description'>{summary}</div></div></button></div>{body}</div>")


def tag(name: str, description: str, operations: str) -> str:
    return (f"<span class='opblock-tag-section is-open'><h3 class='opblock-tag' id='operations-tag-{name}'>"
            f"<a class='nostyle' href='#/{name}'><span>{name}</span></a><small><div class='markdown'><p>{description}"
            f"</p></div></small></h3><div class='no-margin'><div class='operation-tag-content'>{operations}</div></div>"
            "</span>")


OPENED = ("<div class='opblock-body'><div class='opblock-description-wrapper'><div class='opblock-description'>"
          "<div class='markdown'><p>冷柜温度高于 6 °C 时状态变为 out_of_order。</p></div></div></div>"
          "<div class='opblock-section'><div class='opblock-section-header'><div class='tab-header'><div class='tab-item "
          "active'><h4 class='opblock-title'><span>Parameters</span></h4></div></div><div class='try-out'><button "
          "class='btn try-out__btn'>Try it out </button></div></div><div class='table-container'><table "
          "class='parameters'><tbody><tr><td class='parameters-col_name'>kiosk_id</td><td class='parameters-col_"
          "description'>门上贴纸的编号</td></tr></tbody></table></div></div>"
          "<div class='responses-wrapper'><div class='opblock-section-header'><h4>Responses</h4></div>"
          "<div class='responses-inner'><table class='responses-table'><tbody><tr class='response'><td>404</td>"
          "<td>编号不存在</td></tr></tbody></table></div></div></div>")

SWAGGER = ("<html><head><title>Swagger UI</title></head><body><div id='swagger-ui'>"
           "<section class='swagger-ui swagger-container'><div class='topbar'><form class='download-url-wrapper'>"
           "<input class='download-url-input' value='https://api.example.kz/openapi.json'><button>Explore</button>"
           "</form></div><div class='swagger-ui'><div><div class='information-container wrapper'>"
           "<section class='block col-12'><div class='info'><hgroup class='main'><h2 class='title'>售货亭钱包 API "
           "<span><small><pre class='version'> 2.3.0 </pre></small><small class='version-stamp'><pre class='version'>"
           "OAS 3.0</pre></small></span></h2><a class='link' href='https://api.example.kz/openapi.json'><span "
           "class='url'> https://api.example.kz/openapi.json</span></a></hgroup>"
           "<div class='description'><div class='markdown'><p>顾客只用手机号就能开一个钱包，在售货亭买驼奶。"
           "合作方通过这个接口给顾客发验证码、查询库存、出货。</p><h2>价格</h2><p>0,5 л 900 ₸，1 л 1 600 ₸。</p>"
           "<h2>出货失败</h2><p>30 秒内没有检测到瓶子会自动退款到钱包，余额不能提现到银行卡。</p></div></div>"
           "<div class='info__contact'><div>Dev Team - Website</div><a class='link' href='mailto:a@b.kz'>Send email "
           "to Dev Team</a></div></div></section></div>"
           "<div class='scheme-container'><section class='schemes wrapper'><span class='servers-title'>Servers</span>"
           "<select><option>https://api.example.kz/v2</option></select><button class='btn authorize'>Authorize"
           "</button></section></div>"
           "<div class='wrapper'><section class='block col-12'><div>"
           + tag("Auth", "短信验证码登录", operation("POST", "/auth/sms", "给手机号发送 4 位验证码"))
           + tag("Kiosks", "售货亭与格子", operation("GET", "/kiosks/{kiosk_id}", "查询售货亭库存", OPENED))
           + "</div></section></div><div class='wrapper'><section class='block col-12'><h4>Schemas</h4>"
           "<div class='model-container'><span class='model-box'><span class='model-title'>Kiosk</span></span></div>"
           "</section></div></div></div><div class='footer-validator'><a href='https://validator.swagger.io/'><img "
           "alt='Online validator badge' src='v.png'></a></div></section></div></body></html>")


def test_a_swagger_page_is_titled_by_the_apis_name_without_its_stamps_or_spec_link() -> None:
    # 「售货亭钱包 API 2.3.0 OAS 3.0」 titled it, the spec's address the first line of its text
    article, frags = parse_source(Source("page.html", "page", SWAGGER, "html", "0"))
    assert article.title == "售货亭钱包 API"
    assert frags[0].text.startswith("顾客只用手机号")


def test_each_swagger_operation_is_a_part_titled_by_its_summary_under_its_tag() -> None:
    # the collapsed operation was lost with its tag; the opened one's description was titled by its tag's words,
    # its parameters and responses passages of their own; the info's links were a passage 「Swagger UI」
    frags = texts(cut(SWAGGER))
    assert frags[-4:] == [
        ("section", "Auth", "短信验证码登录"),
        ("section", "给手机号发送 4 位验证码", "POST /auth/sms"),
        ("section", "Kiosks", "售货亭与格子"),
        ("section", "查询售货亭库存", "GET /kiosks/{kiosk_id}\n冷柜温度高于 6 °C 时状态变为 out_of_order。\n"
                                    "Parameters\nkiosk_id | 门上贴纸的编号\nResponses\n404 | 编号不存在")]


def test_a_swagger_pages_furniture_goes() -> None:
    shown = all_text(cut(SWAGGER))
    for chrome in ("Send email", "Servers", "Authorize", "Try it out", "Schemas", "Kiosk\n", "validator", "OAS"):
        assert chrome not in shown
