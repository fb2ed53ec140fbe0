"""A collection's documentation Postman publishes (Documenter), saved by the browser: what a reader gets from it."""
from __future__ import annotations

from fragments import cut, texts

ASSETS = "<link rel='stylesheet' href='https://documenter-assets.pstmn.io/documenter/v2/main.css'>"

POSTMAN = ("<html><head><title>水表 API</title>{assets}</head><body><div id='root'>"
           "<header class='header documenter-header'><span class='collection-name'>水表 API</span>"
           "<a class='btn btn-run-in-postman' href='https://app.getpostman.com/run-collection/1'>Run in Postman</a></header>"
           "<main class='documenter-content'><section class='collection-section'><h1 class='collection-title'>水表 API</h1>"
           "<div class='collection-description markdown'><p>物业公司用这个接口查询每块水表的读数，每天凌晨上报一次。</p></div>"
           "</section><section class='folder-section'><h2 class='folder-title'>Meters</h2>"
           "<div class='request-section'><h3 class='request-title'><span class='method-label get'>GET</span> 查询读数</h3>"
           "<div class='request-url'><code>https://api.example.kz/v1/meters/{{serial}}/readings</code></div>"
           "<div class='request-description markdown'><p>一次最多查询 366 天。</p></div>"
           "<div class='request-params'><h4>PARAMS</h4><table><tr><td>from</td><td>开始日期</td></tr></table></div>"
           "<div class='request-example'><div class='example-header'>Example Request <select><option>正常读数</option>"
           "</select></div><pre class='code-snippet'><code>curl 'https://api.example.kz/v1/meters/KZ1/readings'</code>"
           "</pre></div></div>"
           "<div class='request-section'><h3 class='request-title'><span class='method-label post'>POST</span> 设置提醒</h3>"
           "<div class='request-url'><code>https://api.example.kz/v1/meters/{{serial}}/alerts</code></div>"
           "<div class='request-description markdown'><p>每条提醒短信 15 ₸。</p></div>"
           "<div class='request-body'><h4>BODY <span>raw (json)</span></h4><pre><code>{{\"threshold_hours\":6}}</code>"
           "</pre></div></div></section></main></div></body></html>")


def test_a_postman_request_is_titled_by_its_method_and_holds_its_params_example_and_body() -> None:
    # the method labels went as badges; 「PARAMS」 and 「BODY raw (json)」 headed passages of their own, away from
    # their request, and the example's name in its select was dropped
    frags = texts(cut(POSTMAN.format(assets=ASSETS)))
    assert frags[1:] == [
        ("section", "GET 查询读数", "https://api.example.kz/v1/meters/{serial}/readings\n一次最多查询 366 天。\nPARAMS\n"
                                  "from | 开始日期\nExample Request 正常读数\n"
                                  "curl 'https://api.example.kz/v1/meters/KZ1/readings'"),
        ("section", "POST 设置提醒", "https://api.example.kz/v1/meters/{serial}/alerts\n每条提醒短信 15 ₸。\n"
                                   "BODY raw (json)\n{\"threshold_hours\":6}")]


def test_request_markup_without_postmans_assets_is_read_as_it_stands() -> None:
    frags = texts(cut(POSTMAN.format(assets="")))
    # (the example after the params' box is its request's again, not the params': holdout276's card boxes)
    assert ("section", "PARAMS", "from | 开始日期") in frags
    assert ("section", "查询读数", "Example Request\ncurl 'https://api.example.kz/v1/meters/KZ1/readings'") in frags
