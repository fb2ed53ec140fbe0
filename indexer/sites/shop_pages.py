"""Product, listing, review and booking pages, as the browser saves them: clean.py's passes for the shops, classifieds,
review sites and booking sites whose markup a generic reading gets wrong.

Each `_xxx_item(soup)`-style pass below recognizes one site by its marks (its `XXX_MARKS`, tested against the page's
marks, `html_text.page_marks`) and rewrites its page into the plain HTML its reader sees: specifications and
characteristics two-column tables, reviews parts headed by their writers, buyers' questions Q&As, prices and
booking details lines of the text, the shop's furniture gone. A page of any other kind goes through them unchanged.

`clean_tree` runs them through three entry points, `shop_pages_early`, `shop_pages` and `shop_pages_late`, at the
places the passes stood among its own (Capacities and Tana between the first two, Skillshare and Asana between the
last two), each pass under the same mark test and in the same order as before they moved here (session 22).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import (COUNTED, HEADINGS, class_names, clean, drop_selected, joined_line, loads_assets, one_line,
                               pairs_table, price_line, qa_card, qa_pair, raw_text, reads_comments, review_by_line,
                               review_part, text_tag, typed_text, writer_heading)


def shop_pages_early(soup: BeautifulSoup, marks: frozenset[str] | None) -> None:
    """Rewrite classified ads, property and trail listings and Yandex Market's questions page, each by its marks."""
    if marks is None or {"@data-apiary-widget-name", "@data-zone-name"} <= marks:
        _market_questions(soup)
    if marks is None or {"offer__parameters", "offer__description", "seller-info"} <= marks:
        _kolesa_offer(soup)
    if marks is None or {"@data-cy", "@data-testid"} <= marks:
        _olx_ad(soup)
    if marks is None or WIKILOC_MARKS <= marks:
        _wikiloc_trail(soup)
    if marks is None or {"advert__title", "advert__params", "advert__description"} <= marks:
        _market_kz_advert(soup)
    if marks is None or set(_LALAFO_TEXT) <= marks:
        _lalafo_ad(soup)
    if marks is None or {"CardHead__title", "CardInfoRow__cell"} <= marks:
        _autoru_card(soup)
    if marks is None or IDEALISTA_MARKS <= marks:
        _idealista_ad(soup)


def shop_pages(soup: BeautifulSoup, marks: frozenset[str] | None) -> None:
    """Rewrite shops' product pages, classified ads, review pages and booking pages, each by its marks."""
    if marks is None or {"item__description", "reviews__review", "reviews__author"} <= marks:
        _kaspi_item(soup)
    if marks is None or ROVER_MARKS <= marks:
        _rover_profile(soup)
    if marks is None or OZON_MARKS <= marks:
        _ozon_item(soup)
    if marks is None or MECHTA_MARKS <= marks:
        _mechta_item(soup)
    if marks is None or ALIEXPRESS_MARKS <= marks:
        _aliexpress_item(soup)
    if marks is None or EBAY_MARKS <= marks:
        _ebay_item(soup)
    if marks is None or LAZADA_MARKS <= marks:
        _lazada_item(soup)
    if marks is None or SHOPEE_MARKS <= marks:
        _shopee_item(soup)
    if marks is None or RAKUTEN_MARKS <= marks:
        _rakuten_item(soup)
    if marks is None or FLIPKART_MARKS <= marks:
        _flipkart_item(soup)
    if marks is None or TRENDYOL_MARKS <= marks:
        _trendyol_item(soup)
    if marks is None or COUPANG_MARKS <= marks:
        _coupang_item(soup)
    if marks is None or SNAPDEAL_MARKS <= marks:
        _snapdeal_item(soup)
    if marks is None or TAKEALOT_MARKS <= marks:
        _takealot_item(soup)
    if marks is None or JUMIA_MARKS <= marks:
        _jumia_item(soup)
    if marks is None or YAHOO_AUCTION_MARKS <= marks:
        _yahoo_auction_item(soup)
    if marks is None or GMARKET_MARKS <= marks:
        _gmarket_item(soup)
    if marks is None or ELEVENST_MARKS <= marks:
        _elevenst_item(soup)
    if marks is None or QOO10_MARKS <= marks:
        _qoo10_item(soup)
    if marks is None or RUTEN_MARKS <= marks:
        _ruten_item(soup)
    if marks is None or MEITUAN_MARKS <= marks:
        _meituan_deal(soup)
    if marks is None or "@data-automation" in marks:
        _tripadvisor_place(soup)
    if marks is None or "@data-service-review-card-paper" in marks:
        _trustpilot_business(soup)
    if marks is None or any(_CALENDLY_DETAILS.match(mark) for mark in marks):
        _calendly_event(soup)
    if marks is None or "event-sidebar" in marks:
        _meetup_event(soup)
    if marks is None or FOURSQUARE_MARKS <= marks:
        _foursquare_venue(soup)
    if marks is None or BOOKING_MARKS <= marks:
        _booking_hotel(soup)
    if marks is None or KLOOK_MARKS <= marks:
        _klook_activity(soup)
    if marks is None or KKDAY_MARKS <= marks:
        _kkday_product(soup)
    if marks is None or CTRIP_HOTEL_MARKS <= marks:
        _ctrip_hotel(soup)
    if marks is None or ZOCDOC_MARKS <= marks:
        _zocdoc_profile(soup)
    if marks is None or GETYOURGUIDE_MARKS <= marks:
        _getyourguide_activity(soup)
    if marks is None or VIATOR_MARKS <= marks:
        _viator_product(soup)
    if marks is None or OSTROVOK_MARKS <= marks:
        _ostrovok_hotel(soup)
    if marks is None or YANDEX_TRAVEL_MARKS <= marks:
        _yandex_travel_hotel(soup)
    if marks is None or "@data-marker" in marks:
        _avito_item(soup)
    if marks is None or {"seller-card", "product-info__title"} <= marks:
        _youla_item(soup)
    if marks is None or any(mark.startswith(_TECHNODOM_TITLE) for mark in marks):
        _technodom_item(soup)
    if marks is None or {"product__title", "product-tabs__content", "review__author"} <= marks:
        _sulpak_item(soup)
    if marks is None or ROZETKA_MARKS <= marks:
        _rozetka_item(soup)
    if marks is None or ALSER_MARKS <= marks:
        _alser_item(soup)
    if marks is None or ALLEGRO_MARKS <= marks:
        _allegro_offer(soup)
    if marks is None or PRESTASHOP_MARKS <= marks:
        _prestashop_item(soup)
    if marks is None or ECWID_MARKS <= marks:
        _ecwid_item(soup)
    if marks is None or NOON_MARKS <= marks:
        _noon_item(soup)
    if marks is None or HEPSIBURADA_MARKS <= marks:
        _hepsiburada_item(soup)
    if marks is None or MERCADOLIBRE_MARKS <= marks:
        _mercadolibre_item(soup)
    if marks is None or BUKALAPAK_MARKS <= marks:
        _bukalapak_item(soup)
    if marks is None or TABELOG_MARKS <= marks:
        _tabelog_restaurant(soup)
    if marks is None or BAZAARVOICE_MARKS <= marks:
        _bazaarvoice_content(soup)
    if marks is None or KAKAKU_MARKS <= marks:
        _kakaku_item(soup)


def shop_pages_late(soup: BeautifulSoup, marks: frozenset[str] | None) -> None:
    """Rewrite Wildberries' and Lamoda's product pages and Goodreads', Kinopoisk's and LitRes' pages, each by its marks."""
    if marks is None or set(WILDBERRIES_MARKS) <= marks:
        _wildberries_item(soup)
    if marks is None or GOODREADS_MARKS <= marks:
        _goodreads_book(soup)
    if marks is None or any(mark.startswith(_KINOPOISK_REVIEW_AUTHOR) for mark in marks):
        _kinopoisk_film(soup)
    if marks is None or LITRES_MARKS <= marks:
        _litres_book(soup)
    if marks is None or set(LAMODA_MARKS) <= marks:
        _lamoda_item(soup)


def _market_questions(soup: BeautifulSoup) -> None:
    """Yandex Market's product questions page (its widgets marked `data-apiary-widget-name="@marketfront/…"`, its
    parts `data-zone-name`: each buyer's question a `question` card, the seller's reply an `answer` card inside it)
    puts a by-line — the asker's name and `<time>`, the seller's name, 「Продавец」 and `<time>` — above each
    question and each answer, and 「Полезно」 votes and an 「Ответить」 link below: a pair's fragment opened with
    the seller's line and ended with the NEXT question's asker. The by-lines and the card's links go, leaving
    question then answer. The rating line under the h1 (「4,6 214 отзывов · 58 вопросов」) and the 「Показать ещё
    53 вопроса」 link (both links to other pages) go; the count in a heading (「Вопросы покупателей 58」) too; the
    spec table's `<caption>` after the last card becomes its heading, so the table is not glued to that answer."""
    if soup.find(attrs={"data-apiary-widget-name": re.compile(r"^@marketfront/")}) is None:
        return
    cards = soup.find_all(attrs={"data-zone-name": "question"})
    if not cards:
        return
    for card in cards:
        for part in card.find_all("div"):
            if part.find("time") is not None and part.find("div") is None:
                part.decompose()            # a by-line: name, 「Продавец」, date
            elif part.find(["a", "button"]) is not None and not clean(
                    "".join(t for t in part.find_all(string=True) if t.find_parent(["a", "button"]) is None)):
                part.decompose()            # votes, 「Ответить」: links and buttons only
    title = soup.find("h1")
    if isinstance(title, Tag):
        for after in title.find_next_siblings("div"):
            if after.find("a") is not None and after.find(["p", "h2", "ol", "ul", "table"]) is None:
                after.decompose()           # the rating and counts, linking to the reviews
    section = cards[0].parent
    if isinstance(section, Tag):
        for heading in section.find_all(re.compile(r"^h[2-4]$")):
            for count in heading.find_all("span"):
                if re.fullmatch(r"\s*\d+\s*", count.get_text()):
                    count.decompose()
        for table in section.find_all("table"):
            caption = table.find("caption")
            if isinstance(caption, Tag) and clean(caption.get_text()):
                heading = soup.new_tag("h3")
                heading.string = clean(caption.get_text())
                table.insert_before(heading)
                caption.decompose()
        for more in cards[-1].find_next_siblings("div"):
            if more.find("a") is not None and not clean(
                    "".join(t for t in more.find_all(string=True) if t.find_parent("a") is None)):
                more.decompose()            # 「Показать ещё 53 вопроса」


def _kolesa_offer(soup: BeautifulSoup) -> None:
    """Kolesa.kz's listing: `h1.offer__title`, the price, the car's
    `dl.offer__parameters` (「Город」 / 「Алматы」…), `div.offer__description` with the seller's text, then
    `div.seller-info` (the seller's name, 「Частное лицо」, the phone-reveal block with its masked number and two hints)
    and `div.offer__info` (「Опубликовано 18 ноября」, views, 「Пожаловаться」). The seller card and the info line
    ran on after the description's last paragraph, into its last answer: they go. The parameters, one term or value
    a line, become a two-column table, each term beside its value."""
    for chrome in soup.find_all("div", class_=["seller-info", "offer__info"]):
        chrome.decompose()
    for listed in soup.find_all("dl", class_="offer__parameters"):
        terms = listed.find_all("dt", recursive=False)
        values = listed.find_all("dd", recursive=False)
        if not terms or len(terms) != len(values):
            continue
        listed.replace_with(pairs_table(soup, list(zip(terms, values))))


WIKILOC_MARKS = frozenset({"trail-title", "trail-data", "data-items"})


def _wikiloc_trail(soup: BeautifulSoup) -> None:
    """A Wikiloc trail page (`h1.trail-title`, then `div.trail-data` holding the trail's figures as
    `dl.data-items`: 「距离」 / 「14.6 km」, 「累计爬升」 / 「720 m」, 「TrailRank」 / 「61」…). Read as it stands, the
    list was one term or value a line, the whole text of the title's part, each figure apart from what it
    measures (holdout171). As Kolesa's parameters, the figures become a two-column table, each term beside its
    value (「距离 | 14.6 km」)."""
    for listed in soup.select("div.trail-data dl.data-items"):
        terms = listed.find_all("dt", recursive=False)
        values = listed.find_all("dd", recursive=False)
        if terms and len(terms) == len(values):
            listed.replace_with(pairs_table(soup, list(zip(terms, values))))


def _olx_ad(soup: BeautifulSoup) -> None:
    """An OLX ad page (its classes CSS-in-JS hashes 「css-1t507yq」, its parts named by `data-cy` / `data-testid`:
    `ad_title`, `ad-price-container`, `ad_description`, `ad-footer-bar-section`, `safety-tips`). The price's `<h3>`
    (「18 000 ₸」) headed a part of its own over 「Договорная」 and the parameters; it is a line of text. The
    description is typed with `<br>`s, its parts titled by lines all in bold (「<b>设置步骤</b><br>」): those lines are
    set apart as a forum post's are (`threads._title_lines`), so they head their parts (the steps under
    「设置步骤」, not 「Описание」). The footer bar (「ID: 231550877 Просмотров: 312」, 「Пожаловаться」), glued to the
    description's closing line, and OLX's 「Безопасная сделка」 tips, the same on every ad, go."""
    from indexer.sites.threads import _title_lines      # (threads imports the cleaner's helpers through parse)
    description = soup.find(attrs={"data-cy": "ad_description"})
    if not isinstance(description, Tag):
        return
    for chrome in soup.find_all(attrs={"data-testid": ["ad-footer-bar-section", "safety-tips"]}):
        chrome.decompose()
    price = soup.find(attrs={"data-testid": "ad-price-container"})
    if isinstance(price, Tag):
        for heading in price.find_all(list(HEADINGS)):
            heading.name = "p"
    for holder in description.find_all("div"):
        if holder.find("br", recursive=False) is not None:
            _title_lines(soup, holder)


_MARKET_KZ_TEXT = ("advert", "advert__main", "advert__price", "advert__params", "advert__description", "advert__text")


def _market_kz_advert(soup: BeautifulSoup) -> None:
    """A Market.kz ad: `div.advert` holds `h1.advert__title`, the price `div.advert__price` (「от 1 500 ₸ / сутки」),
    the photo gallery, the parameters `table.advert__params` (「Вид объявления」 | 「Прокат / аренда」…) and the
    seller's text in `div.advert__description` under its box's heading `h2.advert__description-title`
    (「Описание」, on every ad alike). Every class there starts with 「advert」, a word of the skip rules (an ad on a
    page): the price and the parameters went as chrome, the h1 had no text left and the first part was titled
    「Описание」 (the description was kept only as most of the page's text). The ad, its main column, its price,
    parameters and description lose that class, so the price and the parameters are the h1's text; the gallery (its
    counter 「1 / 8」) and the box's heading go, so the seller's opening paragraph follows them under the h1. The ad's
    meta line, share links and seller card (「advert__meta」, 「advert__share」, 「advert__sidebar」) stay chrome by
    their other words."""
    for chrome in soup.find_all(class_=["advert__gallery", "advert__description-title"]):
        chrome.decompose()
    for kept in soup.find_all(class_=["advert__price", "advert__params"]):
        for part in kept.find_all(class_=True):
            del part["class"]
    for part in soup.find_all(class_=_MARKET_KZ_TEXT):
        part["class"] = [name for name in part.get("class", []) if name not in _MARKET_KZ_TEXT]


def _fields_apart(box: Tag) -> None:
    """Set a listing's field spans (「Состояние: Б/у」 「Город: Алматы」, each a label with its value) apart by
    「 · 」, as the page shows them side by side: the spaces between them ran the fields into one line whose labels
    read as more of the value before them (「Б/у Город: Алматы」)."""
    spans = [span for span in box.find_all("span", recursive=False) if span.get_text(strip=True)]
    for before, span in zip(spans, spans[1:]):
        gap = span.previous_sibling
        if gap is before:
            span.insert_before(" · ")
        elif isinstance(gap, NavigableString) and not gap.strip() and gap.previous_sibling is before:
            gap.replace_with(" · ")


_LALAFO_TEXT = ("ad-detail-title", "ad-detail-price", "ad-detail-params", "ad-detail-description")


def _lalafo_ad(soup: BeautifulSoup) -> None:
    """A Lalafo ad: `h1.ad-detail-title`, the price `div.ad-detail-price` (「12 000 KZT」), the parameters
    `div.ad-detail-params` (a span each: 「Состояние: Б/у」 「Город: Алматы」 「Доставка: …」), the seller's text
    `div.ad-detail-description` with its h2s, then the author card `div.ad-detail-author` and the counter
    `div.ad-detail-stats` (「Просмотров: 214 · ID …」). Every class starts with 「ad」, a word of the skip rules (an ad
    on a page), as Market.kz's 「advert」 does (`_market_kz_advert`): the title, price and parameters went as chrome
    and the first part was titled by the description's first h2 (holdout187: the delivery terms lost). The title,
    price, parameters and description lose that class, so the price and the parameters are the h1's text, the
    fields set apart (`_fields_apart`); the author card and the counter stay chrome."""
    for part in soup.find_all(class_=list(_LALAFO_TEXT)):
        if "ad-detail-params" in part.get("class", []):
            _fields_apart(part)
        part["class"] = [name for name in part.get("class", []) if name not in _LALAFO_TEXT]


def _autoru_card(soup: BeautifulSoup) -> None:
    """An Auto.ru listing: `h1.CardHead__title`, the price `div.CardHead__price`, the spec rows `ul.CardInfo` (one
    `li.CardInfoRow` each: a label `span.CardInfoRow__cell` and its value's), the options and the seller's
    description sections, then `section.CardSeller` (`div.CardSellerNamePlace` 「Ерлан · частное лицо · Алматы」
    and the 「Показать телефон」 / 「Написать」 buttons). Read as a page (holdout187) each label was glued to its
    value (「年份2019」), and the seller's card was a last part titled by the h1 again. The rows are a two-column
    table (`_pairs_table`, as a listing's `dl`), and the seller's line moves under them, as Youla's and Avito's
    seller lines stand under their ad's price and params (`_youla_item`)."""
    for info in soup.find_all("ul", class_="CardInfo"):
        rows = [row.find_all("span", class_="CardInfoRow__cell", recursive=False)
                for row in info.find_all("li", class_="CardInfoRow", recursive=False)]
        if rows and all(len(cells) == 2 for cells in rows):
            info.replace_with(pairs_table(soup, [(label, value) for label, value in rows]))
    heading = soup.find("h1", class_="CardHead__title")
    for card in soup.find_all("section", class_="CardSeller"):
        line = one_line(card.find(class_="CardSellerNamePlace"))
        card.decompose()
        if not line or not isinstance(heading, Tag):
            continue
        above = heading
        for sibling in heading.find_next_siblings(True):
            if sibling.name in HEADINGS or sibling.find(list(HEADINGS)) is not None:
                break
            above = sibling
        above.insert_after(text_tag(soup, "p", line))


# an idealista ad's marks: the two parts of its h1 and the advertiser's description, in the language it was written in
IDEALISTA_MARKS = frozenset({"main-info__title-main", "adCommentsLanguage"})


def _idealista_ad(soup: BeautifulSoup) -> None:
    """An idealista ad page. Its description is `section.comment` (「Comentario del anunciante」: the advertiser's
    comment, its text in `div.adCommentsLanguage`) — the ad's whole own text, chrome by the words 「comment」 and
    「ad」, so it went unread (holdout158: none of the ad's own text was in any part). Its h1 holds the ad's title
    `span.main-info__title-main` and its place `span.main-info__title-minor`, read as one glued title (the title's
    last word run into the place's first). The advertiser's box `section.advertiser-data` (the agency's name,
    the ad's reference and contact buttons) is a seller card, as a shop's is. The description and its text lose
    their classes (its heading opens it, as any section's), the place is set apart by 「 · 」, the advertiser's box
    goes."""
    for text in soup.find_all("div", class_="adCommentsLanguage"):
        section = text.find_parent("section", class_="comment")
        if section is not None:
            del section["class"]
            del text["class"]
    for minor in soup.select("h1 > span.main-info__title-minor"):
        if minor.find_previous_sibling("span", class_="main-info__title-main") is not None:
            minor.insert_before(" · ")
    for box in soup.find_all("section", class_="advertiser-data"):
        box.decompose()


_AVITO_MARKER = re.compile(r"^item-view/")


_YOULA_ASSETS = re.compile(r"^(?:https?:)?//static\.youla\.io/")     # (its every page's CSS and JS)


def _youla_item(soup: BeautifulSoup) -> None:
    """A Youla (Юла) ad page its static.youla.io assets mark: `section.product-info` (the `h1.product-info__title`,
    the price, the meta line, the params list), the description, then `aside.seller-card` (`.seller-card__name`,
    `__rating` 「★ 4.9 · 37 отзывов」, `__since` 「На Юле с марта 2021」, the badge 「Номер телефона подтверждён」, the
    Позвонить / Написать buttons, 「Все объявления продавца (4)」). Read as a page (holdout135) the aside went as
    page chrome with the seller's name and rating; they are now one line under the ad's price and params
    (「Ерлан Б. · ★ 4.9 · 37 отзывов · На Юле с марта 2021」), as Avito's seller line is (`_avito_item`), the badge,
    buttons and the link to the seller's other ads gone."""
    heading = soup.find("h1", class_="product-info__title")
    card = soup.find("aside", class_="seller-card")
    if not isinstance(heading, Tag) or not isinstance(card, Tag) or not loads_assets(soup, _YOULA_ASSETS):
        return
    about = [one_line(card.find(class_=f"seller-card__{part}")) for part in ("name", "rating", "since")]
    line = " · ".join(part for part in about if part)
    card.decompose()
    if not line:
        return
    info = heading.find_parent("section", class_="product-info")
    params = info.find("ul", class_="product-info__params") if isinstance(info, Tag) else None
    paragraph = soup.new_tag("p")
    paragraph.string = line
    (params if isinstance(params, Tag) else heading).insert_after(paragraph)


def _avito_item(soup: BeautifulSoup) -> None:
    """An Avito ad page (its parts named by `data-marker`: `item-view/title-info` with the ad's h1,
    `item-view/item-params`, `item-view/item-description`, `item-view/questions`, `item-view/item-price`,
    `seller-info`, `item-view/item-address`, the footer's `item-view/item-id`…). The aside with the price, the
    seller and the address went as page chrome, and nothing stood between the h1 and 「Характеристики」: they are
    now lines under the title (「185 000 ₽」, 「Виктор · Частное лицо · На Авито с марта 2015 · 4,9 · 37 отзывов」,
    the address), its buttons and banners gone. The description is typed with `<br>`s, its parts titled by lines
    all in bold (「<strong>【价格与付款】</strong><br>」), and a 「<p>」 left open swallowed the paragraphs after it (the
    next part's title glued to the end of this one): each paragraph is closed, its lines set apart as Xuite's are
    (`blogs.lines_apart`), so a bold line heads its part, titled without its 【brackets】. Each 「Вопросы продавцу」
    card (`div.question-item`: the asker's line, the question, the answer led by its label 「Ответ продавца」) ran
    together with the others into one passage: it is a question with its answer, the asker's line and the label
    gone, as Yandex Market's by-lines go (`_market_questions`)."""
    from indexer.sites.blogs import lines_apart        # (blogs and threads import the cleaner's helpers through parse)
    from indexer.sites.threads import _BRACKET_PART_TITLE
    if soup.find(attrs={"data-marker": _AVITO_MARKER}) is None:
        return
    title = soup.find(attrs={"data-marker": "item-view/title-info"})
    heading = title.find("h1") if isinstance(title, Tag) else None
    if isinstance(heading, Tag):
        seller = soup.find(attrs={"data-marker": "seller-info"})
        rating = seller.find(class_="seller-info-rating") if isinstance(seller, Tag) else None
        # the seller's name, 「Частное лицо · На Авито с …」, the score and the reviews' count, one line
        about = [one_line(seller.find(attrs={"data-marker": "seller-info/name"})),
                 one_line(seller.find(class_="seller-info-value"))] if isinstance(seller, Tag) else []
        if isinstance(rating, Tag):
            about += [one_line(rating.find(class_="seller-info-rating-score")), one_line(rating.find("a"))]
        lines = [one_line(soup.find(attrs={"data-marker": "item-view/item-price"})),
                 " · ".join(part for part in about if part),
                 one_line(soup.find(attrs={"data-marker": "item-view/item-address"}))]
        for line in reversed([line for line in lines if line]):
            paragraph = soup.new_tag("p")
            paragraph.string = line
            heading.insert_after(paragraph)
    description = soup.find(attrs={"data-marker": "item-view/item-description"})
    if isinstance(description, Tag):
        for holder in description.find_all("p"):
            if isinstance(holder.parent, Tag) and holder.parent.name == "p":
                holder.parent.insert_after(holder.extract())     # after a 「<p>」 left open, not inside it
        for holder in description.find_all("p"):
            if holder.find("br", recursive=False) is not None:
                lines_apart(soup, holder)
        for bold in description.find_all(["strong", "b"]):
            bracketed = _BRACKET_PART_TITLE.match(bold.get_text().strip())
            if bracketed and isinstance(bold.parent, Tag) and one_line(bold.parent) == one_line(bold):
                bold.string = bracketed.group(1).strip()        # titled without its brackets, as the parser titles them
    for card in soup.find_all("div", class_="question-item"):
        question, answer = card.find(class_="question-item__text"), card.find(class_="question-item__answer")
        if not isinstance(question, Tag) or not isinstance(answer, Tag) or not one_line(question):
            continue
        for label in answer.find_all(class_="question-item__answer-label"):
            label.decompose()
        qa_card(soup, card, one_line(question), one_line(answer))


def _kaspi_item(soup: BeautifulSoup) -> None:
    """A Kaspi.kz shop item page: under `h1.item__heading` the price, credit and seller lines, the `ul.tabs` labels
    (「Описание Характеристики Отзывы Вопросы」), `div.item__description`, then `section.reviews` of
    `div.reviews__review` cards (`div.reviews__author`, `div.reviews__date`, a star `div.rating`, `p.reviews__text`).
    The tab labels were text under the h1: they go. The authors went as by-lines (「author」) while the dates stayed,
    so the reviews ran together as one passage, each opened by a bare date: each review is now a part headed by
    its writer (`html_text.writer_heading`, as the forum readers head a reply), its date kept under the name."""
    for tabs in soup.find_all("ul", class_="tabs"):
        tabs.decompose()
    for review in soup.find_all("div", class_="reviews__review"):
        author = review.find("div", class_="reviews__author")
        name = clean(author.get_text(" ")) if isinstance(author, Tag) else ""
        if name and review.find(class_="reviews__text") is not None:
            author.decompose()
            heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
            review.insert_before(heading)


# a Goodreads book page's marks (its Next.js markup): the title's section and the book's description
GOODREADS_MARKS = frozenset({"BookPageTitleSection", "BookPageMetadataSection__description"})

# the parts of the book's metadata column that are the book's: its author, its description
_GOODREADS_KEPT = ("BookPageMetadataSection__contributor", "BookPageMetadataSection__description")


def _goodreads_book(soup: BeautifulSoup) -> None:
    """A Goodreads book page: `div.BookPageTitleSection` (the h1), `div.BookPageMetadataSection__contributor`
    (the author), `div.RatingStatistics`, `div.BookPageMetadataSection__description` (the publisher's or the
    author's text in `div.TruncatedContent` / `span.Formatted`: paragraphs, h3s, lists, tables),
    `div.FeaturedDetails` (「312 pages, Paperback」「First published …」), the genres; then `section.ReaderQA`
    and `section.ReviewsSection` of `article.ReviewCard`s (`div.ReviewerProfile__name`, the stars, `div.ReviewText`,
    `div.SocialFooter`, `div.CommentsList`). The metadata column's classes hold 「metadata」, a word of the skip
    rules: the whole description went as chrome, and with it every section of the book's text (holdout172), while
    the 「Buy on Amazon ▾」 link and the details were the h1's only text. The author and the description lose that
    class; the details move up under the author (before the description's own h3s, whose text they are not);
    the buy box goes. The rating and the genres stay chrome (the site's tally and tags, as a shop's). Each review
    is a part headed by its writer (`html_text.writer_heading`, as Kaspi's, `_kaspi_item`), its likes chrome; the
    comments under it (`div.Comment`: `.Comment__author`, `.Comment__body`), which went by their box's 「comments」,
    are its last lines, each 「name：text」 (the readers' answers to the review: 「学徒期确实是 6 个月」)."""
    for chrome in soup.find_all(class_="BookActions__button"):
        chrome.decompose()
    for part in soup.find_all(class_=list(_GOODREADS_KEPT)):
        part["class"] = [name for name in part.get("class", []) if name not in _GOODREADS_KEPT]
    description = soup.find(attrs={"data-testid": "description"})
    details = soup.find("div", class_="FeaturedDetails")
    if isinstance(description, Tag) and isinstance(details, Tag):
        description.insert_before(details.extract())
    for review in soup.find_all("article", class_="ReviewCard"):
        profile = review.find(class_="ReviewerProfile__name")
        name = clean(profile.get_text(" ")) if isinstance(profile, Tag) else ""
        if name and review.find(class_="ReviewText") is not None:
            profile.decompose()
            heading = writer_heading(soup, name)
            heading.name = "h3"              # (under the reviews' own h2)
            review.insert_before(heading)
        for comments in review.find_all("div", class_="CommentsList"):
            for comment in comments.find_all("div", class_="Comment"):
                author = comment.find(class_="Comment__author")
                body = comment.find(class_="Comment__body")
                if isinstance(author, Tag) and isinstance(body, Tag):
                    line = f"{clean(author.get_text(' '))}：{clean(body.get_text(' '))}"
                    comment.replace_with(text_tag(soup, "p", line))
            del comments["class"]


# a Kinopoisk film page's mark: the writer of a viewer's review (a CSS-module class, its hash changing with the build)
_KINOPOISK_REVIEW_AUTHOR = "styles_reviewAuthor__"


def _kinopoisk_film(soup: BeautifulSoup) -> None:
    """A Kinopoisk (Кинопоиск) film page, its parts named by CSS-module classes (`styles_…__hash`): the viewers'
    reviews are `div.styles_review__…` cards of the writer `div.styles_reviewAuthor__…`, the review's title
    `div.styles_reviewTitle__…`, its text and the votes `div.styles_reviewVotes__…` (「Полезно 31 · Нет 2」). The
    writers went as by-lines (「author」) and the votes as chrome, so the reviews ran together as one passage under
    the reviews' heading, each opened by its bare title (holdout172): each review is now a part headed by its writer
    (`html_text.writer_heading`, as Kaspi's, `_kaspi_item`), its title the first line of its text."""
    for review in soup.find_all("div", class_=_module_class("styles_review")):
        author = review.find(class_=_module_class("styles_reviewAuthor"))
        name = one_line(author)
        if not isinstance(author, Tag) or not name:
            continue
        author.decompose()
        heading = writer_heading(soup, name)
        heading.name = "h3"              # (under the reviews' own h2)
        review.insert_before(heading)


# a LitRes (Литрес) book page's marks: its h1 and the book's description
LITRES_MARKS = frozenset({"ArtInfo_title", "ArtDescription_text"})


def _litres_book(soup: BeautifulSoup) -> None:
    """A LitRes (Литрес) book page: `div.ArtInfo` (`h1.ArtInfo_title`, the author `div.ArtInfo_author`, the rating,
    the price box), `section.ArtDescription`, `section.ArtDetails` (「Информация о книге」: one `dl` of `dt` / `dd`
    pairs 「Объем:」 「164 стр.」), the questions, then `section.Reviews` of `div.Review` cards (`div.Review_author`,
    `div.Review_date`, `div.Review_text`, `div.Review_actions` with 「Ответить」 and 「👍 9」). Read as a page
    (holdout172) the author went as a by-line (「author」), the details were one term or value a line, and the
    reviews ran together as one passage of dates, texts and thumbs, their writers lost. The author is kept under
    the h1 (a book's author is the book's, not a by-line); the details are one two-column table, as Technodom's
    characteristics (`_pairs_table`); each review is a part headed by its writer (as Kaspi's, `_kaspi_item`), its
    date kept under the name, its actions gone."""
    for author in soup.find_all(class_="ArtInfo_author"):
        author["class"] = [name for name in author.get("class", []) if name != "ArtInfo_author"]
    for details in soup.find_all("section", class_="ArtDetails"):
        for listed in details.find_all("dl"):
            terms = listed.find_all("dt", recursive=False)
            values = listed.find_all("dd", recursive=False)
            if terms and len(terms) == len(values):
                listed.replace_with(pairs_table(soup, list(zip(terms, values))))
    for review in soup.find_all("div", class_="Review"):
        author = review.find(class_="Review_author")
        name = one_line(author)
        if not isinstance(author, Tag) or not name or review.find(class_="Review_text") is None:
            continue
        author.decompose()
        for actions in review.find_all(class_="Review_actions"):
            actions.decompose()
        heading = writer_heading(soup, name)
        heading.name = "h3"              # (under the reviews' own h2)
        review.insert_before(heading)


# a Rover sitter profile's marks: the site's header and the profile's header over the sitter's sections
ROVER_MARKS = reads_comments(frozenset({"rover-header", "profile-header"}))

_ROVER_BY_LINE = re.compile(r"\s+·\s+")        # 「name · service · date」


def _rover_profile(soup: BeautifulSoup) -> None:
    """A Rover sitter profile: `section.profile-header` (avatar, `h1` the sitter's name, the tagline, the stats
    `div.profile-header__stats` of `<span>`s 「★ 4.9 (63 reviews)」「41 Repeat Clients」「Star Sitter」, a Contact
    link), the sitter's `<section>`s, then `section.profile-reviews` of `div.review` cards: `div.review__author`
    「Daniyar K. · Boarding · September 2026」, `div.review__stars` 「★★★★★」, the text `<p>`.
    Read as a page (holdout167) the stats spans were one run-together line 「★ 4.9 (63 reviews)41 Repeat
    ClientsStar Sitter」 under the name, and the reviews went to the generic comments reader (`indexer.comments`)
    as one 「评论」 passage of stars and texts, their writer lines lost and with them the service each review is of
    (Boarding or Drop-In Visits). Now the stats go (the rating and counts, as the marketplaces' beside their
    titles do, `_avito_item`); each review is a part headed by its writer (`html_text.writer_heading`, as Kaspi's,
    `_kaspi_item`), the rest of its line (the service and the date) kept over its text, its stars gone."""
    for stats in soup.find_all("div", class_="profile-header__stats"):
        stats.decompose()
    for review in soup.find_all("div", class_="review"):
        author = review.find("div", class_="review__author")
        if not isinstance(author, Tag) or review.find("p") is None:
            continue
        name, *rest = _ROVER_BY_LINE.split(clean(author.get_text(" ")))
        if not name:
            continue
        for stars in review.find_all("div", class_="review__stars"):
            stars.decompose()
        if rest:        # (a new line: the by-line's class would drop it as a writer's name, `SKIP_CLASS_TOKENS`)
            author.replace_with(text_tag(soup, "p", " · ".join(rest)))
        else:
            author.decompose()
        heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
        review.insert_before(heading)


# a Mechta.kz product page's marks (Nuxt, Quasar's components): its tab panels, a question's and a review's card
MECHTA_MARKS = frozenset({"q-tab-panel", "question-item__q", "review-card__head"})


def _mechta_item(soup: BeautifulSoup) -> None:
    """A Mechta.kz product page (Nuxt, Quasar's `q-…` components): under the h1 the price, credit and delivery lines,
    the `div.q-tabs` strip (「Описание」「Характеристики」「Отзывы (23)」「Вопросы (6)」), then `section.q-tab-panel`s.
    The tab labels were four lines under the h1: they go, as Kaspi's do. Each `div.review-card` (a head of the
    writer's `<b>`, stars and `<time>`, the body, a foot 「Полезен?」 with 👍/👎 buttons) ran together with the others
    into one passage, each foot a line 「Полезен?」: each review is now a part headed by its writer (as Kaspi's), its
    date kept, its stars and foot gone. Each `div.question-item` (`__q`: the asker's `<b>` and `<time>` over the
    question; `__a`: the badge 「Ответ Mechta.kz」 over the answer) was read by the 问/答 prefixes alone, so every pair
    opened with the badge and ended with the NEXT asker's line: it is a question with its answer, the asker's line
    and the badge gone (as Ozon's by-lines go, `_ozon_item`)."""
    for tabs in soup.find_all("div", class_="q-tabs"):
        tabs.decompose()
    for review in soup.find_all("div", class_="review-card"):
        head = review.find("div", class_="review-card__head")
        writer = head.find("b") if isinstance(head, Tag) else None
        name = one_line(writer) if isinstance(writer, Tag) else ""
        if not name or review.find(class_="review-card__body") is None:
            continue
        date = one_line(head.find("time"))
        if date:
            line = soup.new_tag("p")
            line.string = date
            head.replace_with(line)
        else:
            head.decompose()
        for foot in review.find_all("div", class_="review-card__foot"):
            foot.decompose()            # 「Полезен?」 and its vote buttons
        heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
        review.insert_before(heading)
    for item in soup.find_all("div", class_="question-item"):
        question, answer = item.find(class_="question-item__q"), item.find(class_="question-item__a")
        asked = question.find("p") if isinstance(question, Tag) else None
        if not isinstance(asked, Tag) or not isinstance(answer, Tag) or not one_line(asked):
            continue
        for badge in answer.find_all(class_="q-badge"):
            badge.decompose()           # 「Ответ Mechta.kz」
        qa_card(soup, item, one_line(asked), answer)


# an Ozon product page's marks: its widgets' attribute, a question's and a review's card (its reviews are
# `section#comments`: the comment lists' reader leaves them to `_ozon_item`)
OZON_MARKS = reads_comments(frozenset({"@data-widget", "question-item", "review"}))

_OZON_CHROME = frozenset({"webReviewProductScore", "webGallery", "skuShelf"})


def _ozon_item(soup: BeautifulSoup) -> None:
    """An Ozon product page (its widgets named by `data-widget`: `webProductHeading` holding the h1,
    `webReviewProductScore`, `webGallery`, `webPrice`, `webDescription`, `webCharacteristics`, `webListReviews`,
    `webQuestions`, `skuShelf`). The rating line under the h1 (「★ 4.6 · 128 отзывов · 37 вопросов」, links to the
    reviews) and the 「Рекомендуем также」 shelf of other products (its links glued, 「12 900 ₸Беспроводной…」) go;
    the price, seller and delivery lines stay, as Kaspi's do. The characteristics, one `dl` of a `dt` / `dd` each,
    were one name or value a line: they become one two-column table (「Сеть | GSM 900/1800 (2G)」). Each question
    (`div.question-item`: the asker's by-line, `p.question-text`, the seller's `div.answer` under its
    「SmartHome KZ · Ответ продавца」 by-line) was a line of one passage holding every pair: it is a Q&A, question
    over answer, without the by-lines. Each review is a part headed by its writer, as Kaspi's are, its date kept
    and its stars (「★★★★★」, drawn as text) gone."""
    if soup.find(attrs={"data-widget": "webProductHeading"}) is None:
        return
    for chrome in soup.find_all(attrs={"data-widget": list(_OZON_CHROME)}):
        chrome.decompose()
    for listing in soup.find_all(attrs={"data-widget": "webCharacteristics"}):
        lists = listing.find_all("dl")
        pairs = [(dl.find("dt"), dl.find("dd")) for dl in lists]
        if not pairs or any(not isinstance(term, Tag) or not isinstance(value, Tag) for term, value in pairs):
            continue
        lists[0].insert_before(pairs_table(soup, pairs))
        for dl in lists:
            dl.decompose()
    for item in soup.find_all("div", class_="question-item"):
        question = item.find(class_="question-text")
        answer = item.find("div", class_="answer")
        if not isinstance(question, Tag) or not isinstance(answer, Tag):
            continue
        for byline in answer.find_all("div", class_="answer-author"):
            byline.decompose()
        qa_card(soup, item, one_line(question), answer)
    for review in soup.find_all("div", class_="review"):
        author = review.find("div", class_="review-author")
        name = one_line(author)
        if isinstance(author, Tag) and name and review.find("p") is not None:
            author.decompose()
            for stars in review.find_all("div", class_="review-rating"):
                stars.decompose()
            heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
            review.insert_before(heading)
    for reviews in soup.find_all(attrs={"data-widget": "webListReviews"}):
        reviews.attrs.pop("id", None)       # (「comments」, which names a comment box no reader read: chrome)


# an AliExpress product page's marks: its h1's attribute, its specifications' list, its description's module
ALIEXPRESS_MARKS = frozenset({"@data-pl", "specification--list", "detailmodule_html"})

_ALIEXPRESS_PARTS = ("specification--wrap", "description--wrap", "feedback--wrap", "feedback-list")


def _aliexpress_item(soup: BeautifulSoup) -> None:
    """An AliExpress product page (`h1[data-pl=product-title]`, the price, rating and SKU lines, then the
    `div#nav-specification.specification--wrap`, `div#nav-description.description--wrap` and
    `div#nav-review.feedback--wrap` parts, the reviews in its `div.feedback-list`). Their ids are the anchors of the page's tab bar, and the 「nav」 opening
    them (and the reviews' 「feedback」, the word of a 「Was this helpful?」 box) made all three chrome: the
    specifications, the whole description and the reviews went (holdout155). The three parts are the page's text:
    their names go. The specifications, an `li` of two `span`s (name, value) each, become one two-column table, as
    Ozon's characteristics do. Each review (`div.list--itemBox`: `div.list--itemInfo` of the writer's masked name,
    country and SKU, `div.list--itemReview`, `div.list--itemDate`, 「有帮助 (12)」) is a part headed by its writer, as
    Kaspi's are, its date kept; the info line's rest and the helpful votes go, as does the 「查看更多」 link. The
    rating line under the h1 (「4.7 386 评价 1 200+ 已售」, a link to the reviews) goes, as Ozon's does, and so do the
    store box's (`div.store-info--wrap`) bare links 「关注店铺」「联系卖家」, its buttons, which were its last line."""
    if soup.find("h1", attrs={"data-pl": "product-title"}) is None:
        return
    for part in soup.find_all("div", class_=list(_ALIEXPRESS_PARTS)):
        part.attrs.pop("id", None)
        part.attrs.pop("class", None)
        for more in part.find_all("a", recursive=False):
            more.decompose()                # 「查看更多」
    for rating in soup.find_all("div", class_="product-reviewer"):
        rating.decompose()
    for store in soup.find_all("div", class_="store-info--wrap"):
        for button in store.find_all("a", recursive=False):
            button.decompose()              # 「关注店铺」「联系卖家」
    for listed in soup.find_all("ul", class_="specification--list"):
        pairs = [item.find_all("span", recursive=False) for item in listed.find_all("li", recursive=False)]
        if pairs and all(len(pair) == 2 for pair in pairs):
            listed.replace_with(pairs_table(soup, [(name, value) for name, value in pairs]))
    for review in soup.find_all("div", class_="list--itemBox"):
        info = review.find("div", class_="list--itemInfo")
        writer = info.find("span") if isinstance(info, Tag) else None
        name = one_line(writer) if isinstance(writer, Tag) else ""
        if not name or review.find(class_="list--itemReview") is None:
            continue
        info.decompose()
        for helpful in review.find_all(class_="list--itemHelpful"):
            helpful.decompose()
        heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
        review.insert_before(heading)


# an eBay item page's marks: its title's box and its name / value pairs (the item's specifics, its shipping terms)
EBAY_MARKS = frozenset({"x-item-title", "ux-labels-values"})


def _ebay_item(soup: BeautifulSoup) -> None:
    """An eBay item page (`div.x-item-title`, the price and condition lines, `section.x-about-this-item` 「Item
    specifics」 of `dl.ux-labels-values` (a `dt` / `dd` each), the seller's description, `section.d-shipping-returns`
    of `div.ux-labels-values` (two `span`s: 「Shipping:」 and its terms), `section.x-questions-answers`). The class
    「ux-labels-values」 read as a post's 「labels」 (its tags), so every pair went as chrome, and with them the whole
    「Item specifics」 and 「Shipping, returns, and payments」 parts (holdout155). Each run of pairs is now one
    two-column table (「Model | PB-F6 4G」, 「Returns | 30 days returns…」), as Ozon's characteristics are. Each answer
    (`p.qa-a`) ends in its by-line 「— <span.qa-author>petbowl_official</span> (Seller) · 14 Aug 2026」: the name went
    as an author's and the rest stayed glued to the answer; the by-line goes, as Ozon's do."""
    for pair in soup.find_all(_ebay_pair):
        if pair.parent is None or _ebay_pair(pair.find_previous_sibling(True)):
            continue                        # (read with the first of its run, or gone with it)
        run = [pair]
        for sibling in pair.find_next_siblings(True):
            if not _ebay_pair(sibling):
                break
            run.append(sibling)
        rows = [row for row in map(_labels_value, run) if row is not None]
        if len(rows) == len(run):
            pair.insert_before(pairs_table(soup, rows))
            for item in run:
                item.decompose()
    for author in soup.find_all("span", class_="qa-author"):
        answer = author.parent
        if not isinstance(answer, Tag) or "qa-a" not in answer.get("class", []):
            continue
        for after in list(author.next_siblings):
            after.extract()
        before = author.previous_sibling
        author.decompose()
        if isinstance(before, NavigableString):
            before.replace_with(re.sub(r"\s*[—–-]+\s*$", "", str(before)))


def _ebay_pair(tag: Tag | None) -> bool:
    """One of eBay's name / value pairs (`dl.ux-labels-values`, `div.ux-labels-values`)."""
    return isinstance(tag, Tag) and tag.name in ("dl", "div") and "ux-labels-values" in tag.get("class", [])


def _labels_value(pair: Tag) -> tuple[Tag, Tag] | None:
    """An eBay pair's label and value: a `dl`'s `dt` and `dd`, or a `div`'s two `span`s (the label's colon dropped)."""
    parts = pair.find_all(["dt", "dd"] if pair.name == "dl" else "span", recursive=False)
    if len(parts) != 2:
        return None
    label = parts[0]
    if label.string is not None:
        label.string = label.string.strip().rstrip(":：")
    return label, parts[1]


# a Lazada product page's marks: its blocks and their section titles (`pdp-…`, the `pdp-pc` bundle's)
LAZADA_MARKS = frozenset({"pdp-block", "pdp-mod-section-title"})

# the label a Lazada question or answer opens with when the seller wrote it in Chinese (「问：」「答：」)
_QA_LABEL = re.compile(r"^\s*(?:问|答|Q|A)\s*[:：]\s*")


def _lazada_item(soup: BeautifulSoup) -> None:
    """A Lazada product page (the `pdp-pc` bundle): `div.pdp-product-title`, `div.pdp-review-summary` (stars,
    「86 Ratings|23 Answered Questions」), the price spans, `div.sku-prop` (an `h6.section-title` 「Color Family」 over
    the variation names), the delivery and seller boxes, the description, `div.pdp-mod-specification`, then
    `div.mod-rating` (its reviews `div.mod-reviews > div.item`) and `div.mod-qna` (`li.qna-item`: a Q and an A
    `div.qna-content`, each a `div.content` over its `div.qna-meta` by-line). The 「rating」 of `mod-rating` made the
    whole reviews block chrome, and the questions were lost with it (holdout164); the SKU label was read as a
    heading, so the variations, the delivery and the seller boxes were a part 「Color Family」; the prices ran
    together (「$129.90$169.00-23%」). Now the rating line goes, as Ozon's does; the prices are one line apart by
    spaces; the SKU label is one line 「Color Family: Walnut / White」 of the first part; each review is a part headed
    by its writer (「by …」 without its 「by」), its date kept and its stars, 「Verified Purchase」 and 👍 count gone,
    as Kaspi's are; each question is a Q&A, question over answer, without the 问/答 labels and the by-lines, as
    Ozon's are; the ask box and 「View All」 go. The specifications (`li.key-li`: `span.key-title`, `div.key-value`)
    and the 「What’s in the box」 row under them, one name or value a line, are one two-column table, as AliExpress's
    are."""
    if soup.find("div", class_="pdp-product-title") is None:
        return
    for summary in soup.find_all("div", class_="pdp-review-summary"):
        summary.decompose()                 # 「★★★★☆86 Ratings|23 Answered Questions」
    for price in soup.find_all("div", class_="pdp-mod-product-price"):
        parts = [one_line(part) for part in price.find_all("span", recursive=False)]
        if all(parts) and len(parts) > 1:
            price.string = " ".join(parts)
    for prop in soup.find_all("div", class_="sku-prop"):
        label = prop.find(class_="section-title")
        names = [one_line(name) for name in prop.find_all(class_="sku-variable-name-text")]
        if isinstance(label, Tag) and one_line(label) and names:
            prop.replace_with(text_tag(soup, "p", f"{one_line(label)}: {' / '.join(names)}"))
    for block in soup.find_all("div", class_=["mod-rating", "pdp-block__rating-questions-summary"]):
        block.attrs.pop("class", None)      # (their 「rating」 named them chrome)
        for chrome in block.find_all("div", class_="summary"):
            chrome.decompose()              # 「4.3/5 86 Ratings」
    for review in soup.find_all("div", class_="item"):
        if not isinstance(review.parent, Tag) or "mod-reviews" not in review.parent.get("class", []):
            continue
        middle, top = review.find("div", class_="middle"), review.find("div", class_="top")
        writer = middle.find("span") if isinstance(middle, Tag) else None
        name = re.sub(r"^by\s+", "", one_line(writer)) if isinstance(writer, Tag) else ""
        if not name or review.find(class_="content") is None:
            continue
        date = one_line(top.find(class_="title")) if isinstance(top, Tag) else ""
        for chrome in review.find_all("div", class_=["top", "middle", "bottom"]):
            chrome.decompose()              # stars, 「Verified Purchase」, 「👍 9」
        if date:
            review.insert(0, text_tag(soup, "p", date))
        heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
        review.insert_before(heading)
    for box in soup.find_all("div", class_="qna-ask-box"):
        box.decompose()                     # the question's textarea and 「ASK QUESTIONS」
    for item in soup.find_all("li", class_="qna-item"):
        contents = [part.find("div", class_="content") for part in item.find_all("div", class_="qna-content")]
        if len(contents) != 2 or not all(isinstance(content, Tag) for content in contents):
            continue
        question, answer = (_QA_LABEL.sub("", one_line(content)) for content in contents)
        if question and answer:
            qa_card(soup, item, question, answer)
    for listed in soup.find_all("ul", class_="qna-list"):
        if listed.find("li") is None:
            listed.unwrap()                 # (its items are Q&As now)
    for block in soup.find_all("div", class_="mod-qna"):
        for more in block.find_all("a", recursive=False):
            more.decompose()                # 「View All」
    for listed in soup.find_all("ul", class_="specification-keys"):
        rows = [(item.find(class_="key-title"), item.find(class_="key-value"))
                for item in listed.find_all("li", recursive=False)]
        box = listed.find_next_sibling("div", class_="box-content")
        if isinstance(box, Tag):            # 「What’s in the box」 and its list, a row of its own
            rows.append((box.find(class_="key-title"), box.find(class_="box-content-html")))
        if rows and all(isinstance(name, Tag) and isinstance(value, Tag) for name, value in rows):
            listed.replace_with(pairs_table(soup, rows))
            if isinstance(box, Tag):
                box.decompose()


# a Yahoo奇摩拍賣 item page's marks: its title, its description and the seller's card
YAHOO_AUCTION_MARKS = frozenset({"ItemTitle", "ItemDescription", "SellerCard"})

_YAHOO_QA_LABEL = re.compile(r"^\s*[QA]\s*[:：]\s*")

# who wrote a question or a review (「买家 tsai***：」, 「正評｜買家 l***8：」), and the answer's 「賣家回覆：」
_YAHOO_BUYER = re.compile(r"^\s*(?:买家|買家)\s*[^\s：:]{1,30}\s*[：:]\s*")

_YAHOO_REVIEWER = re.compile(r"(?<=[｜|])\s*(?:买家|買家)\s*[^\s：:]{1,30}\s*[：:]\s*")

_YAHOO_SELLER_REPLY = re.compile(r"^\s*(?:賣家|卖家)(?:回覆|回复)\s*[:：]\s*")


def _yahoo_auction_item(soup: BeautifulSoup) -> None:
    """A Yahoo奇摩拍賣 item page: h1.ItemTitle, div.ItemPrice (直購價, 剩餘數量) and div.SellerCard (the seller's
    name, 評價, 正評率), section.ItemDescription (h2 parts), section.ItemQA 「問與答（4）」 of div.qa-item (p.q
    「Q：买家 tsai***：…」, p.a 「A：賣家回覆：…」) and section.ItemRating 「賣家評價」, a list of 「正評｜買家 l***8：…」.
    The 「Rating」 of ItemRating made the buyers' ratings chrome, lost with what they say of the item, and each
    question was titled by its asker's nick, each answer opened by 「賣家回覆：」. Now the ratings stay, each
    line its kind and its text without the buyer's nick; each question is a Q&A, question over answer, without the
    Q/A labels, the asker and the 「賣家回覆」, as Lazada's are. The price and the seller's card stay one line each
    under the title, as the other shops' do."""
    for block in soup.find_all("section", class_="ItemRating"):
        block.attrs.pop("class", None)      # (its 「Rating」 named it chrome)
        for review in block.find_all("li"):
            line = _YAHOO_REVIEWER.sub("", one_line(review), count=1)
            if line:
                review.string = line
    for item in soup.find_all("div", class_="qa-item"):
        question, answer = item.find("p", class_="q"), item.find("p", class_="a")
        if not isinstance(question, Tag) or not isinstance(answer, Tag):
            continue
        asked = _YAHOO_BUYER.sub("", _YAHOO_QA_LABEL.sub("", one_line(question)), count=1)
        said = _YAHOO_SELLER_REPLY.sub("", _YAHOO_QA_LABEL.sub("", one_line(answer)), count=1)
        if asked and said:
            qa_card(soup, item, asked, said)


# a Shopee product page's marks (the pcmall bundle; its other class names are build hashes): the product's
# briefing card and a review's card
SHOPEE_MARKS = frozenset({"product-briefing", "shopee-product-rating"})

_STARS = re.compile(r"[★☆]+")


# a Meituan deal page's marks (its PC site's deal-component blocks and review cards)
MEITUAN_MARKS = frozenset({"deal-component-title", "deal-component-price", "review-item"})

_CURRENCY = re.compile(r"^[₸¥￥$€₽]$")


def _meituan_deal(soup: BeautifulSoup) -> None:
    """A Meituan (美团) group-buying deal page: `div.deal-component-title` (the h1, the deal's description) over the
    price box (`span.price-symbol` 「₸」, `strong.price`, 「门市价 ₸14000」, 「6.4折」), the sales box (「已售 1326」,
    「4.8分」, 「412人评价」) and the tags box (「随时退」「过期自动退」「免预约」), then the shop's `div.poi-info` (an h3
    「商家信息」, address, phone, hours, 「查看地图」) in the right column; the detail's sections, 购买须知 a `dl` of
    terms; the reviews `li.review-item` (`span.user-name` beside `span.user-level` 「Lv5」, drawn stars, the text
    `p.review-text`, the date and 「有用(24)」, the shop's `div.merchant-reply`), then 「查看全部 412 条评价」.
    Read as a page, each box's spans ran together (「₸8900门市价 ₸140006.4折」), the tags went by their class word
    「tags」, the shop's box was a part 「商家信息」 of its own with the map link as text, each dt stood alone on a
    line above its dd, and the reviews were one passage, each name glued to its level (holdout176). Each box
    is now one line of its figures apart by 「 · 」 (the currency sign kept to its price), the shop's lines follow
    them under the h1 (its heading and map link gone), the terms are a two-column table (as other shops' terms
    are, `_pairs_table`), and each review is a part headed by its writer, as Shopee's (`_shopee_item`): its date
    and text kept, the shop's reply its last line, its level, stars, 「有用」 count and the link to all reviews gone."""
    title = soup.find("div", class_="deal-component-title")
    if not isinstance(title, Tag):
        return
    at = title
    for box in soup.find_all("div", class_=["deal-component-price", "deal-component-sales", "deal-component-tags"]):
        figures: list[str] = []
        for child in box.find_all(True, recursive=False):
            said = one_line(child)
            if figures and _CURRENCY.match(figures[-1]):
                figures[-1] += said
            elif said:
                figures.append(said)
        line = text_tag(soup, "p", " · ".join(figures))
        box.replace_with(line)
        at.insert_after(line.extract())
        at = line
    for shop in soup.find_all("div", class_="poi-info"):
        for chrome in shop.find_all(["h3", "a"]):
            chrome.decompose()
        for fact in shop.find_all("p"):
            at.insert_after(fact.extract())
            at = fact
        shop.decompose()
    for listed in soup.find_all("dl", class_="notes-list"):
        terms, values = listed.find_all("dt"), listed.find_all("dd")
        if len(terms) == len(values):
            listed.replace_with(pairs_table(soup, list(zip(terms, values))))
    for review in soup.find_all("li", class_="review-item"):
        writer, text = review.find(class_="user-name"), review.find(class_="review-text")
        if not isinstance(writer, Tag) or not isinstance(text, Tag) or not one_line(writer):
            continue
        reply = review.find(class_="merchant-reply")
        lines = [one_line(review.find(class_="date")), one_line(text), one_line(reply) if isinstance(reply, Tag) else ""]
        review_part(soup, review, one_line(writer), lines, before=review.parent)
    for more in soup.find_all("a", class_="more-reviews"):
        more.decompose()


def _shopee_item(soup: BeautifulSoup) -> None:
    """A Shopee product page (pcmall: `section.product-briefing` with the h1, the rating and sold counts, the prices
    and rows of a `label` before their value — 运费, 型号's `button.product-variation`s, 数量; then
    `section.page-product__shop`, `section.product-detail` (商品规格 rows of a `label` and a `div`, 商品描述),
    `section.product-ratings` of `div.shopee-product-rating` cards, `div.page-product__content--right`). Every other
    class name is a build hash. The 「rating」 in each card's name (and its parts', `__author-name`, `__content`…) made
    every review chrome: the whole 商品评价 went (holdout164). Each review is now a part headed by its writer, as
    Kaspi's are: its time line and text kept, the seller's reply one line 「卖家回复：…」, its stars and 「有帮助?」
    gone; the rating overview and its filter buttons go. In the briefing, the rating line (a row of cells, one of
    them drawn stars), the share row 「分享:喜欢 (203)」 and the badge beside the h1 (「Preferred」) go, as Ozon's
    rating line does; the price cells (short, with digits) are one line apart by spaces; a row's label stood alone
    on a line above its value (型号's variations, buttons, were lost): each row is one line 「型号：WL-4G 标准版 /
    WL-4G 加长探头 10 m」, the quantity's input going; the shop card's counters (spans, 「评价 3.1千商品 86…」) are
    one line apart by 「 · 」; the 商品规格 rows are one two-column table, as Ozon's characteristics are; the right
    column (the shop's other products with their prices) goes, as Ozon's shelf does."""
    if soup.find("section", class_="product-briefing") is None:
        return
    for column in soup.find_all("div", class_="page-product__content--right"):
        column.decompose()                  # 店铺热销商品: other products and their prices
    for overview in soup.find_all("div", class_="product-rating-overview"):
        overview.decompose()                # 「4.8 满分 5」 and its filter buttons
    for review in soup.find_all("div", class_="shopee-product-rating"):
        def part(name: str) -> Tag | None:
            found = review.find(class_=f"shopee-product-rating__{name}")
            return found if isinstance(found, Tag) else None
        writer, content = part("author-name"), part("content")
        if writer is None or content is None or not one_line(writer):
            continue
        lines = [one_line(part("time")), one_line(content)]
        reply = part("seller-reply")
        if reply is not None:
            said = [one_line(piece) for piece in reply.find_all("div", recursive=False)]
            lines.append("：".join(piece for piece in said if piece))
        heading = writer_heading(soup, one_line(writer), "h3")  # (under the reviews' own h2)
        review.insert_before(heading)
        for text in filter(None, lines):
            review.insert_before(text_tag(soup, "p", text))
        review.decompose()
    for briefing in soup.find_all("section", class_="product-briefing"):
        for title in briefing.find_all("h1"):
            for badge in title.find_previous_siblings("span") + title.find_next_siblings("span"):
                badge.decompose()           # 「Preferred」, 「Mall」
        for share in briefing.find_all("button", class_="sharing-button"):
            if isinstance(share.parent, Tag) and share.parent.parent is not None:
                share.parent.decompose()    # 「分享:」 its buttons and 「喜欢 (203)」
        for row in briefing.find_all("div"):
            cells = row.find_all(True, recursive=False)
            said = [one_line(cell) for cell in cells]
            if len(cells) < 2 or any(cell.name != "div" for cell in cells) or not all(said):
                continue
            if any(_STARS.fullmatch(text) for text in said):
                row.decompose()             # 「4.8 ★★★★★ 127 评价 412 已售出」, the rating line
            elif all(len(text) <= 12 and re.search(r"\d", text) for text in said):
                row.string = " ".join(said) # the prices and the discount, glued: 「RM189.00 RM259.00 27% 折扣」
        for label in briefing.find_all("label"):
            row = label.parent
            if not isinstance(row, Tag) or row.name != "div":
                continue
            for quantity in row.find_all(class_="shopee-input-quantity"):
                quantity.decompose()        # the quantity's input
            values = [one_line(value) for value in label.find_next_siblings(True)]
            values = [value for value in values if value]
            if values:
                row.string = f"{one_line(label)}：{' / '.join(values)}"
            else:
                row.decompose()
    for shop in soup.find_all("section", class_="page-product__shop"):
        for counters in shop.find_all("div"):
            spans = counters.find_all("span", recursive=False)
            if len(spans) > 1 and len(spans) == len(counters.find_all(True, recursive=False)):
                counters.string = " · ".join(one_line(span) for span in spans)
    for detail in soup.find_all("section", class_="product-detail"):
        rows = [row for row in detail.find_all("div") if [child.name for child in row.find_all(True, recursive=False)]
                == ["label", "div"]]
        if rows and all(isinstance(row.parent, Tag) and row.parent is rows[0].parent for row in rows):
            pairs = [tuple(row.find_all(True, recursive=False)) for row in rows]
            rows[0].insert_before(pairs_table(soup, pairs))
            for row in rows:
                row.decompose()


def _reviews_after_item(title: Tag, block: Tag) -> None:
    """Put a shop page's reviews block, a sibling of the item's box, at the end of that box (the h1's parent): the
    box holds most of the page's text and is the article's root (`_find_root`), so a block beside it was lost with
    the footer (Rakuten's `div.review-area`, Trendyol's `div.pr-rnr-com`, holdout188)."""
    box = title.parent
    if isinstance(box, Tag) and box not in block.parents and block not in box.parents:
        box.append(block.extract())


def _head_card(soup: BeautifulSoup, review: Tag, name: str, line: str, shown: list[Tag | None]) -> None:
    """Head a review card by its writer (`html_text.writer_heading`, an h3 under the reviews' own h2), with `line`
    (its stars, score, date, country…) the card's first line and the `shown` spans that drew them gone; the card's
    own text stays as written (KKday's, Ctrip's, Zocdoc's, GetYourGuide's and PrestaShop's reviews, whose writer and
    details are a row of spans over the text `<p>`)."""
    for span in shown:
        if isinstance(span, Tag):
            span.decompose()
    if line:
        review.insert(0, text_tag(soup, "p", line))
    review.insert_before(writer_heading(soup, name, "h3"))


def _listed_review(soup: BeautifulSoup, review: Tag, writer: str, text: str, told: tuple[str, ...],
                   sep: str = " ") -> None:
    """Put a shop's review, one item of the reviews' list, as a part headed by its writer (`html_text.review_part`,
    an h4 under the reviews' own h3, before the list) over a line of what the `told` classes say of it (its option,
    its date) and its text: the writer's nick, the date and the stars are a row of spans the page reads as one line
    (Gmarket's, 11번가's and Qoo10's; Auction's, whose date and option are set apart by `sep` 「 · 」). A review without
    its writer's name or its text stays as it is."""
    name, said = review.find(class_=writer), review.find(class_=text)
    if isinstance(name, Tag) and isinstance(said, Tag) and one_line(name):
        lines = [sep.join(filter(None, (one_line(review.find(class_=part)) for part in told))), one_line(said)]
        review_part(soup, review, one_line(name), lines, "h4", before=review.parent)


# a Rakuten Ichiba item page's marks (its item template: the h1's, the price's and the description's classes)
RAKUTEN_MARKS = frozenset({"item_name", "price2", "item_desc"})


def _rakuten_item(soup: BeautifulSoup) -> None:
    """A Rakuten Ichiba (楽天市場) item page: `h1.item_name`, `div.price2` (「价格：… ₸（含税）」 and its `span.point`
    「获得 329 积分」), `div.shareBtn`, `div.item_desc` of h2 sections, then `div.review-area` (an h2 「买家评价（4.3）」
    over `div.review` cards, each a `span.name` and the stars and text after it). The points span was glued to the
    price (「…（含税）获得 329 积分」), and 「review」 named the whole reviews block chrome, its h2 and every review lost
    (holdout188). The points are now apart from the price by 「 · 」; each review is a part headed by its writer
    under the reviews' h2, as Shopee's are (`_shopee_item`), its text kept and its drawn stars gone."""
    title = soup.find("h1", class_="item_name")
    if not isinstance(title, Tag):
        return
    for price in soup.find_all("div", class_="price2"):
        point = price.find("span", class_="point")
        if isinstance(point, Tag) and one_line(point):
            said = one_line(point)
            point.decompose()
            price.string = f"{one_line(price)} · {said}"
    for area in soup.find_all("div", class_="review-area"):
        area.attrs.pop("class", None)       # (its 「review」 named it chrome)
        _reviews_after_item(title, area)
        for review in area.find_all("div", class_="review"):
            writer = review.find(class_="name")
            if not isinstance(writer, Tag) or not one_line(writer):
                continue
            name = one_line(writer)
            writer.decompose()
            review_part(soup, review, name, [_STARS.sub("", one_line(review)).strip()])


# a Flipkart product page's marks: its h1's title span and its price (every class name a build hash, these two
# the same on every product page of a build)
FLIPKART_MARKS = frozenset({"B_NuCI", "_30jeq3"})

# a Flipkart block's label, a `div` where a heading would be: 「Highlights」 (`_2cM9lP`), 「Description」 (`_3qWObK`),
# 「Questions and Answers」 (`_1YDpHE`)
_FLIPKART_LABELS = ("_2cM9lP", "_3qWObK", "_1YDpHE")


def _flipkart_item(soup: BeautifulSoup) -> None:
    """A Flipkart product page (class names build hashes): `h1 > span.B_NuCI`, the rating `div._3LWZlK` 「4.2 ★」
    and `span._2_R_DZ` 「1,284 Ratings & 212 Reviews」, the price `div._30jeq3`, the Highlights box (a label
    `div._2cM9lP` over a `ul`), the Description box (a label `div._3qWObK` over the seller's h2 sections), then
    Questions and Answers (a label `div._1YDpHE` over `div._1xR0kG` cards: `p._1tDb4m` 「Q: …」, `p._2yeNfb` 「A: …」,
    `span._3xU0Kj` 「Flipkart Customer · Certified Buyer」 / 「Seller」) and a review `div._16PBlm` (its stars and text
    `div.t-ZTKy`, its writer `p._2sc7ZR`). Read as a page, the labels were lines of text: the rating, the price,
    「Highlights」, its bullets and 「Description」 were all the h1's part, 「Questions and Answers」 the last line of
    the section before it; each answer kept its by-line, and the review was glued to the last answer (holdout188).
    Now the rating lines go, as Ozon's do; the 「Highlights」 label is an h2 over its bullets, 「Questions and
    Answers」 an h2 (its part the Q&As under it), and 「Description」 (a tab's name over the seller's own h2s) goes;
    each question is a Q&A without its Q/A labels and by-line, as Ozon's are; the review is a part headed by its
    writer, its stars gone, as Shopee's are."""
    if soup.find("span", class_="B_NuCI") is None:
        return
    for rating in soup.find_all(class_=["_3LWZlK", "_2_R_DZ"]):
        rating.decompose()                  # 「4.2 ★」, 「1,284 Ratings & 212 Reviews」
    for label in soup.find_all("div", class_=list(_FLIPKART_LABELS)):
        if "_3qWObK" in label.get("class", []):
            label.decompose()               # 「Description」: the seller's h2s head its parts
        elif one_line(label):
            label.replace_with(text_tag(soup, "h2", one_line(label)))
    for card in soup.find_all("div", class_="_1xR0kG"):
        question, answer = card.find("p", class_="_1tDb4m"), card.find("p", class_="_2yeNfb")
        if not isinstance(question, Tag) or not isinstance(answer, Tag):
            continue
        asked, answered = _QA_LABEL.sub("", one_line(question)), _QA_LABEL.sub("", one_line(answer))
        if asked and answered:
            qa_card(soup, card, asked, answered)   # (its by-line 「Seller」 going with the card)
    for review in soup.find_all("div", class_="_16PBlm"):
        text, writer = review.find(class_="t-ZTKy"), review.find("p", class_="_2sc7ZR")
        if not isinstance(text, Tag) or not isinstance(writer, Tag) or not one_line(writer):
            continue
        review_part(soup, review, one_line(writer), [_STARS.sub("", one_line(text)).strip()], "h2")


# a Trendyol product page's marks: the h1's (brand link and name span), the price's and the description's classes
TRENDYOL_MARKS = frozenset({"pr-new-br", "prc-dsc", "detail-desc-container"})


def _trendyol_item(soup: BeautifulSoup) -> None:
    """A Trendyol product page: `h1.pr-new-br` (the brand's link and the name's span), the price `div.prc-dsc` and
    the score `div.product-rating-score`, `div.detail-desc-container` of h2 sections — its FAQ `div.qa-item`s, each a
    `p.question` and a `p.answer` — then `div.pr-rnr-com` (an h3 「Değerlendirmeler」 over `div.comment`s, each the
    writer's masked name in a `span` before the text). The FAQ's pairs were one section of alternating lines, and
    the reviews' block was chrome (its 「comment」), the h3 and every review lost (holdout188). Each pair is now a
    Q&A, as Ozon's are; each review a part headed by its writer under the reviews' h3, as Shopee's are. The score
    goes, as Ozon's rating line does."""
    title = soup.find("h1", class_="pr-new-br")
    if not isinstance(title, Tag):
        return
    for item in soup.find_all("div", class_="qa-item"):
        qa_pair(soup, item, item.find("p", class_="question"), item.find("p", class_="answer"))
    for block in soup.find_all("div", class_="pr-rnr-com"):
        block.attrs.pop("class", None)      # (its comments named it chrome)
        _reviews_after_item(title, block)
        for comment in block.find_all("div", class_="comment"):
            writer = comment.find("span")
            if not isinstance(writer, Tag) or not one_line(writer):
                continue
            name = one_line(writer)
            writer.decompose()
            review_part(soup, comment, name, [one_line(comment)], "h4")     # (under the reviews' own h3)


# a Coupang product page's marks: the h1's class and the reviews' block
COUPANG_MARKS = frozenset({"prod-buy-header__title", "sdp-review"})

# a Coupang review's opening: its drawn stars, then the writer's masked name before a colon (「★★★★★ 林**：…」)
_COUPANG_REVIEW = re.compile(r"^[★☆]+\s*([^：:\s]{1,20})[：:]\s*(.+)$")


def _coupang_item(soup: BeautifulSoup) -> None:
    """A Coupang product page: `h1.prod-buy-header__title`, `div.prod-price` (`span.total-price` and the delivery
    badge `span.rocket` 「火箭速配 明天到貨」), the share row, the description's h2 sections, then `div.sdp-review` (an
    h3 「商品評價」 over `div.sdp-review__article`s, each 「★★★★★ 林**：…」). The badge was joined to the price as
    the h1's text, and each review a line of an ordinary section (holdout188). The badge goes (the delivery promise
    of the day, a shop's chrome, as Lazada's delivery box's labels); each review is a part headed by its writer
    under the reviews' h3, its stars gone, as Shopee's are."""
    if soup.find("h1", class_="prod-buy-header__title") is None:
        return
    for badge in soup.find_all("span", class_="rocket"):
        if isinstance(badge.parent, Tag) and "prod-price" in badge.parent.get("class", []):
            badge.decompose()
    for review in soup.find_all("div", class_="sdp-review__article"):
        said = _COUPANG_REVIEW.match(one_line(review))
        if said is None:
            continue
        review_part(soup, review, said.group(1), [said.group(2)], "h4")     # (under the reviews' own h3)


# a Gmarket Global item page's (VIP) marks: the item's h1 and the tab bar over its detail, reviews and questions (an
# Auction.co.kr item page's too: Gmarket's sister market, the same VIP template)
GMARKET_MARKS = frozenset({"itemtit", "vip-tabnavi"})
# Auction's seller's label opening each answer (「판매자 답변: …」) and its Q / A badges
_AUCTION_ANSWER = re.compile(r"^\s*판매자\s*답변\s*[:：]\s*")


def _gmarket_item(soup: BeautifulSoup) -> None:
    """A Gmarket Global item page (VIP): the `div.location-navi` breadcrumb, `h1.itemtit` over the price, delivery
    and seller boxes, `ul.vip-tabnavi`, the description `div.ck-content`, then `div#vip-tab_comments.box__review`
    (an h3 「商品评价 41」 over `li.list-item` cards: `span.text__star`, `span.text__id`, `span.text__date`,
    `p.text__review`) and `div.box__qna` (`p.text__q` / `p.text__a`, each opened by its icon letter `span.ico` 「Q」 /
    「A」 and closed by the writer's `span.text__id`). The breadcrumb's first crumb 「首页」 was a line under the h1;
    the 「review」 and 「comments」 of the reviews' class and id made the whole tab chrome, lost with what the
    buyers say; the questions were one passage of both pairs, icon letters and nicks in it (holdout199). The
    breadcrumb goes; each review is a part headed by its writer, its date and text kept and its stars gone, as
    Coupang's are (`_coupang_item`); each question is a Q&A, question over answer, without icons and nicks, as
    Yahoo's are (`_yahoo_auction_item`).

    An Auction.co.kr item page (holdout262) is the same VIP in Korean: its header's `h1.logo` (the site's logo
    image) before the item's h1, `div.price_wrap` (the discount `span.price_sale`, the old `del.price_original`, the
    price `strong.price_real`), the reviews `div.vip-reviewarea` (`div.review_summary` 「4.6/5 구매만족도 아주 만족
    81%…」 over `li.list-item` cards: `span.text__writer`, `span.text__date`, `span.text__option`, the stars
    `div.box__star` 「별점 5점」, `p.text__review`) and the questions `ul.list__qna` (`p.qna-q` / `p.qna-a`, each
    opened by its `span.badge` 「Q」 / 「A」, the answer by 「판매자 답변:」). Read as it stood, the logo's empty h1
    titled the item's head, the prices ran together, each review's writer, date and option were one word
    (「sun***2026.11.02핑크 / …」) under the summary and 「별점 5점」, and the three questions were one passage. The
    logo's h1 and the summary go, the prices are one line 「22% · 189,000원 · 147,400원」, each review a part headed by
    its writer over its date and option and its text, each question a Q&A without its badges and label."""
    if soup.find("h1", class_="itemtit") is None:
        return
    drop_selected(soup, ("div.location-navi", "h1.logo", "div.vip-reviewarea div.review_summary",
                         "ul.list__review div.box__star"))
    for prices in soup.find_all("div", class_="price_wrap"):
        joined_line(soup, prices.select(".price_sale, .price_original, .price_real"))
    for review in soup.select("div.vip-reviewarea li.list-item"):
        _listed_review(soup, review, "text__writer", "text__review", ("text__date", "text__option"), " · ")
    for item in soup.select("ul.list__qna > li"):
        _qa_item(soup, item, item.find("p", class_="qna-q"), item.find("p", class_="qna-a"), ["badge"],
                 said=_AUCTION_ANSWER)
    for block in soup.find_all("div", class_="box__review"):
        block.attrs.pop("class", None)      # (its 「review」 and its id's 「comments」 named it chrome)
        block.attrs.pop("id", None)
        for review in block.find_all("li", class_="list-item"):
            _listed_review(soup, review, "text__id", "text__review", ("text__date",))
        for pages in block.find_all("div", class_="box__pagination"):
            pages.decompose()
    for item in soup.select("ul.list__qna > li"):
        _qa_item(soup, item, item.find("p", class_="text__q"), item.find("p", class_="text__a"), ["ico", "text__id"])


def _qa_item(soup: BeautifulSoup, item: Tag, question: Tag | None, answer: Tag | None, chrome: list[str],
             asked: re.Pattern[str] | None = None, said: re.Pattern[str] | None = None) -> None:
    """Put a shop's question item as a Q&A (`qa_card`): its question over its answer, without the spans of the
    `chrome` classes (icon letters, nicks, dates: who asked and when, drawn beside the words) and the labels the
    two open with (`asked`: 「問：」, `said`: 「賣家回覆：」). An item without both stays as it is (Gmarket's and
    Ruten's)."""
    if not isinstance(question, Tag) or not isinstance(answer, Tag):
        return
    for span in item.find_all("span", class_=chrome):
        span.decompose()
    text = asked.sub("", one_line(question), count=1) if asked is not None else one_line(question)
    reply = said.sub("", one_line(answer), count=1) if said is not None else one_line(answer)
    if text and reply:
        qa_card(soup, item, text, reply)


# an 11번가 product page's marks: its tab bar and the seller's description editor
ELEVENST_MARKS = frozenset({"c_product_tab", "prdc_detail_editor"})

# the 「Q.」 / 「A.」 a FAQ's question and answer open with
_FAQ_LABEL = re.compile(r"^\s*[QA]\s*[.:：]\s*")

_ELEVENST_ANSWER = re.compile(r"^\s*판매자\s*답변\s*[:：]\s*")


def _elevenst_item(soup: BeautifulSoup) -> None:
    """An 11번가 product page: `h1.title` over `div.b_product_info_price` (a `dl.price` 「판매가 39,900원」 and the
    coupon `span.c_prd_coupon`) and `div.b_product_info_delivery` (a `dt` 「배송」 and its `dd`), then the
    `ul.c_product_tab` tablist (상품정보 / 리뷰 / Q&A / 판매자정보) over `role="tabpanel"` panels: the description
    `div.prdc_detail_editor` (its FAQ a `dl.faq` of 「Q.」 `dt`s over 「A.」 `dd`s), `div.c_product_review` (an h3
    「리뷰 27」 over `li` cards: `span.c_review_star` 「5점」, `span.c_review_id`, `span.c_review_date`,
    `p.c_review_text`; the link 「리뷰 더보기」) and `div.c_product_qna` (a table of `td.state` 「답변완료」,
    `td.subject`, `td.writer`, `td.date` rows, each followed by a `tr.answer` 「판매자 답변：…」). Read as tabs, the first
    tab's label was appended to the h1 (「…（상품정보）」) and the price and delivery boxes were lost; the FAQ's
    pairs kept their labels; the reviews were one passage (「5점bau****2026.01.19」) and the questions one table of
    rows (holdout199). The tab bar goes (each panel has its own heading); the price is one line of its figures apart
    by 「 · 」 and the delivery line follows it under the h1, as Meituan's boxes (`_meituan_deal`); the FAQ's labels
    go; each review is a part headed by its writer, its date and text kept and its score gone, as Coupang's are;
    each question is a Q&A, question over answer, without the state, writer, date or 「판매자 답변」, as Yahoo's are."""
    title = soup.find("h1", class_="title")
    if not isinstance(title, Tag):
        return
    for tabs in soup.find_all("ul", class_="c_product_tab"):
        tabs.decompose()
    for logo in soup.find_all("h1", class_="c_gnb_logo"):
        logo.name = "div"                   # (the header's logo 「11번가」, no title of the item)
    for side in soup.find_all("div", class_="l_product_side_info"):
        side.attrs.pop("class", None)       # (its 「side」 named the h1's box chrome)
    at = title
    for box in soup.find_all("div", class_=["b_product_info_price", "b_product_info_delivery"]):
        if "b_product_info_delivery" in box.get("class", []):
            figures = [one_line(value) for value in box.find_all("dd")]
        else:
            figures = [one_line(part) for part in box.find_all(["dl", "span"], recursive=False)]
        line = text_tag(soup, "p", " · ".join(filter(None, figures)))
        box.decompose()
        at.insert_after(line)
        at = line
    for listed in soup.find_all("dl", class_="faq"):
        for said in listed.find_all(["dt", "dd"], recursive=False):
            first = said.find(string=True)
            if first is not None and _FAQ_LABEL.match(first):
                first.replace_with(_FAQ_LABEL.sub("", first, count=1))
    for review in soup.select("ul.c_product_review_list > li"):
        _listed_review(soup, review, "c_review_id", "c_review_text", ("c_review_date",))
    for more in soup.find_all("a", class_="c_product_review_more"):
        more.decompose()
    for table in soup.find_all("table", class_="c_product_qna_list"):
        for row in table.find_all("tr"):
            subject, answer = row.find("td", class_="subject"), row.find_next_sibling("tr")
            if not isinstance(subject, Tag) or not isinstance(answer, Tag) or "answer" not in answer.get("class", []):
                continue
            said = _ELEVENST_ANSWER.sub("", one_line(answer), count=1)
            if one_line(subject) and said:
                card = soup.new_tag("div")
                table.insert_before(card)
                qa_card(soup, card, one_line(subject), said)
        if table.find_previous_sibling("details") is not None:
            table.decompose()


# a Qoo10 goods page's marks: the tab bar and the reviews' and questions' areas
QOO10_MARKS = frozenset({"tab_goods", "review_area", "qna_area"})

# the kind a question is filed under (「[Product] 」「[Shipping] 」) and the answer's 「Seller: 」
_QOO10_KIND = re.compile(r"^\s*\[[^\[\]]{1,20}\]\s*")

_QOO10_SELLER = re.compile(r"^\s*Seller\s*[:：]\s*", re.IGNORECASE)


def _qoo10_item(soup: BeautifulSoup) -> None:
    """A Qoo10 goods page: `h2#goods_name` over the prices, Q-point and Qxpress lines, `ul.tab_goods`, the
    `div.goods_detail` description, then `div.review_area` (an h3 「Review (64)」, `div.review_summary` 「4.7 / 5 ·
    Satisfaction 94%」, `li` cards: `div.rv_info` of `span.star`, `span.nick`, `span.opt` 「Option: Black」, `span.dt`,
    then `div.rv_cont` and the `div.rv_btn` 「Helpful (12)」) and `div.qna_area` (`ul.qna_list` of `li.q` 「[Product]
    …」 with its nick and date, each followed by `li.a` 「Seller: …」). The reviews were one passage with the
    summary, stars, nicks, options and buttons, the questions one passage of both pairs (holdout199). Each review
    is a part headed by its writer, its option, date and text kept and its stars and button gone, the summary gone,
    as Coupang's are; each question is a Q&A, question over answer, without its kind, nick, date or 「Seller:」, as
    Yahoo's are."""
    for summary in soup.find_all("div", class_="review_summary"):
        summary.decompose()
    for review in soup.select("div.review_area ul.review_list > li"):
        _listed_review(soup, review, "nick", "rv_cont", ("opt", "dt"))
    for question in soup.select("ul.qna_list > li.q"):
        answer = question.find_next_sibling("li")
        asked = question.find(class_="tit")
        if not isinstance(answer, Tag) or "a" not in answer.get("class", []) or not isinstance(asked, Tag):
            continue
        said = _QOO10_SELLER.sub("", one_line(answer), count=1)
        text = _QOO10_KIND.sub("", one_line(asked), count=1)
        if text and said:
            answer.decompose()
            qa_card(soup, question, text, said)


# a Ruten (露天市集) item page's marks: its logo and its item's title (an item nobody asked about or rated has
# neither `item-qa` nor `item-rating`, holdout236)
RUTEN_MARKS = frozenset({"rt-logo", "item-title"})

_RUTEN_ASKED = re.compile(r"^\s*(?:問|问)\s*[:：]\s*")


def _ruten_item(soup: BeautifulSoup) -> None:
    """A Ruten (露天市集) item page: the header's `a.rt-logo` 「露天市集」, `h1.item-title` over the price, the
    details and the seller's card, `ul.item-tabs`, the description, then `div#item-qa` (`div.qa-item`: `div.qa-q`
    of `span.qa-user`, 「問：…」 and `span.qa-date`; `div.qa-a` 「賣家回覆：…」 and its date) and `div#item-rating`
    「賣家評價」 (`li`: `span.rating-good` 「好評」, `.rating-user`, `.rating-item`, `.rating-text`, `.rating-date`).
    The logo's text was the first line under the h1; the questions were one passage, each with its asker's nick and
    its date glued to its end (「…三星 S24。2026-10-30 21:14」); the 「rating」 of the ratings' class made them
    chrome, lost with what the buyers say (holdout199). The logo goes; each question is a Q&A, question over answer,
    without the nick, dates, 「問：」 and 「賣家回覆：」, as Yahoo's are (`_yahoo_auction_item`, the same shape of
    page); the ratings stay, each line its kind, the item bought and the text, without the buyer's nick and date.

    Another item page (holdout236) has no ratings, its seller's card `div.seller-card` of the name's link 「賣家：…」,
    a span 「評價 412 好評率 100%」 and the link 「聊聊」 (chat with the seller), and its questions `ul.qa-list` of
    `li.qa-item`, each a `div.qa-question` (`span.qa-user`, `span.qa-date`, a `p`) over a `div.qa-answer`
    (`span.qa-seller` 「賣家回覆」, `span.qa-date`, a `p`). Wanting `item-rating`, the reader passed it by: the card
    was one glued line ending in its button (「賣家：silkroad_cards評價 412 好評率 100%聊聊」), the questions two
    passages 「問與答」 of nicks glued to dates (「m***y2026-09-11 20:33」, 「賣家回覆2026-09-12 08:15」) over the
    words. The logo and the item's title now mark the page; the header bar goes with its logo (its logo alone gone,
    its links 「我的露天 購物車」 were the h1's first line); the card is one line of its name and its spans apart by
    「 · 」, its links after the name (the chat button) gone, as Yahoo's card stays one line under the price; each
    question is a Q&A as the other shape's, without the nick, the dates and the label 「賣家回覆」."""
    if soup.find("h1", class_="item-title") is None:
        return
    for logo in soup.find_all("a", class_="rt-logo"):
        bar = logo.find_parent("div", class_=["rt-header", "rt-header-top"])
        (bar if isinstance(bar, Tag) else logo).decompose()     # (without its logo, its links read as text)
    for card in soup.find_all("div", class_="seller-card"):
        name = card.find("a")
        parts = [one_line(part) for part in card.find_all(["a", "span"], recursive=False)
                 if part is name or part.name == "span"]
        if any(parts):
            card.string = " · ".join(filter(None, parts))
    for item in soup.find_all(class_="qa-item"):
        _qa_item(soup, item, item.find("div", class_=["qa-q", "qa-question"]),
                 item.find("div", class_=["qa-a", "qa-answer"]), ["qa-user", "qa-date", "qa-seller"],
                 _RUTEN_ASKED, _YAHOO_SELLER_REPLY)
    for block in soup.find_all("div", class_="item-rating"):
        block.attrs.pop("class", None)      # (its 「rating」 named it chrome)
        block.attrs.pop("id", None)
        for listed in block.find_all("ul", class_="rating-list"):
            listed.attrs.pop("class", None)
        for rating in block.find_all("li"):
            parts = [one_line(rating.find(class_=part)) for part in ("rating-good", "rating-item", "rating-text")]
            if parts[-1]:
                rating.string = " · ".join(filter(None, parts))


# a Snapdeal product page's marks: the h1's and the price box's classes
SNAPDEAL_MARKS = frozenset({"pdp-e-i-head", "pdp-e-i-PAY"})

# a Snapdeal review's by-line: 「by Saule on 02 Oct, 2026 · Certified Buyer」
_SNAPDEAL_BYLINE = re.compile(r"^by\s+(.+?)\s+on\s")


def _snapdeal_item(soup: BeautifulSoup) -> None:
    """A Snapdeal product page: `h1.pdp-e-i-head`, the rating line `div.pdp-e-i-ratings` (`span.avrg-rating` 「4.1」,
    「312 Ratings」, 「| 87 Reviews」, 「| 14 Questions」), the price box, the pincode form `div.pincode-check`, the
    seller's line, then tab sections — Questions & Answers (`div.qna-item`: `p.qna-q` 「Q: …」, `p.qna-a` 「A: …」,
    `span.qna-by` 「Answered by KZ Gadget Export」) and Ratings & Reviews (`div.user-review`: its stars, `div.head`, its
    text, `div._reviewUserName` 「by Saule on 02 Oct, 2026 · Certified Buyer」). Read as a page, the rating went as
    chrome but for its counts (「| 87 Reviews | 14 Questions」), the pincode box left its label 「Delivery」 alone,
    every answer ended in its by-line, and the reviews were one section, their titles and by-lines bare lines
    (holdout198). The rating line and the pincode box go, as Ozon's rating does; each question is a Q&A without its
    by-line, as Flipkart's is; each review a part headed by its writer, its title and text its lines, its stars
    gone, as Shopee's are."""
    if soup.find("h1", class_="pdp-e-i-head") is None:
        return
    for chrome in soup.select("div.pdp-e-i-ratings, div.pincode-check, span.qna-by"):
        chrome.decompose()
    for review in soup.select("div.user-review"):
        byline = review.find(class_="_reviewUserName")
        said = _SNAPDEAL_BYLINE.match(one_line(byline)) if isinstance(byline, Tag) else None
        if said is None:
            continue
        lines = [one_line(tag) for tag in review.find_all(["div", "p"]) if tag is not byline
                 and "rating" not in tag.get("class", []) and one_line(tag)]
        review_part(soup, review, said.group(1), lines, "h4")      # (under the tab's own h3)


# a Takealot product page's marks: the h1's and the stock line's classes (the rest CSS-module names
# 「<component>-module_<part>_<hash>」)
TAKEALOT_MARKS = frozenset({"product-title", "stock-availability-status"})

# … a review's card, whatever the build's hash
_TAKEALOT_REVIEW = re.compile(r"^review-module_review_[0-9A-Za-z]+$")


def _takealot_item(soup: BeautifulSoup) -> None:
    """A Takealot product page: `h1.product-title`, the stars 「4.2 (58 reviews)」, the price box, the stock line
    `div.stock-availability-status` 「In Stock」 with its warehouses' badges `span.dc` (JHB, CPT), the seller's line and
    the benefits list, the description, Product Information, then the reviews (`div.review-module_review_…`: its
    `div.rating` 「5 stars」, `p.review-title`, its text, `p.review-meta` 「Aidos · 21 Oct 2026 · Verified
    Purchase」) and 「Frequently Bought Together」 (`div.frequently-bought-together`, items as bare spans). Read as a
    page, the stock line glued its badges (「In Stock JHB CPT」), the reviews were one section, their writers and
    dates lost, and the other items one glued line 「OBD-II Splitter Cable Car Phone Holder」 (holdout198). The stock
    line goes, as Prom's 「В наличии」 does; each review is a part headed by its writer (the by-line's first name),
    its title and text its lines, its stars gone; the other items go, as Snapdeal's Similar Products do."""
    if soup.find("h1", class_="product-title") is None:
        return
    for chrome in soup.select("div.stock-availability-status, div.frequently-bought-together"):
        chrome.decompose()
    for review in soup.find_all("div", class_=_TAKEALOT_REVIEW):
        meta = review.find("p", class_="review-meta")
        name = one_line(meta).split("·", 1)[0].strip() if isinstance(meta, Tag) else ""
        if not name:
            continue
        lines = [one_line(tag) for tag in review.find_all("p") if tag is not meta]
        review_part(soup, review, name, lines)     # (under the reviews' own h2)


# a Jumia product page's marks: its breadcrumbs' class, the product's rich text and the stars
JUMIA_MARKS = frozenset({"brcbs", "markup", "stars"})

# a Jumia review's by-line: 「27-10-2026 by Nurlan」
_JUMIA_BYLINE = re.compile(r"\bby\s+(.+)$")


def _jumia_item(soup: BeautifulSoup) -> None:
    """A Jumia product page (utility classes, 「-fs20」「-pvs」): the brand's link `a._more`, the h1, the stars
    `div.stars` 「4.3 out of 5」 with 「(126 verified ratings)」, the price line, then an `aside` of two cards
    (「Delivery & Returns」: the fees, dates and return policy; 「Seller Information」: the store's name, score,
    followers and Seller Performance), the description `div.markup`, the specifications, the reviews (each an
    `article`: `div.stars`, an h3 title, its text, the by-line 「27-10-2026 by Nurlan」 beside 「Verified Purchase」)
    and 「Customers who viewed this also viewed」 (`div.itm`s). Read as a page, the aside went as a sidebar with the
    shop's delivery fees, return policy and seller, the brand's link and 「(126 verified ratings)」 were the h1's
    text, each review was a part titled by its own h3, its by-line glued 「NurlanVerified Purchase」, and the other
    items a part (holdout198). The aside's cards are now parts of their own (a div; the Follow button goes); the
    brand's link, the stars and rating count go, as Ozon's do; each review is a part headed by its writer under the
    reviews' h2, its title and text its lines; the other items go, as Snapdeal's Similar Products do."""
    title = soup.find("h1")
    main = soup.find("main")
    if not isinstance(title, Tag) or not isinstance(main, Tag) or title not in main.descendants:
        return
    for review in main.find_all("article"):
        byline = next((tag for tag in review.find_all("span") if _JUMIA_BYLINE.search(one_line(tag))), None)
        if byline is None:
            continue
        said = _JUMIA_BYLINE.search(one_line(byline))
        lines = [one_line(tag) for tag in review.find_all(["h3", "p"])]
        review_part(soup, review, said.group(1).strip(), lines)       # (under the reviews' own h2)
    for chrome in main.select("a._more, div.stars, div.itm, aside button"):    # (「(126 verified ratings)」 an a._more)
        holder = chrome.parent
        chrome.decompose()
        if isinstance(holder, Tag) and holder.name == "section" and not holder.find(["div", "p", "ul", "table"]):
            holder.decompose()      # the other items' card, left its h2 alone
    for aside in main.find_all("aside"):
        aside.name = "div"          # (an aside is a sidebar's chrome: these are the shop's delivery and seller)


# Technodom.kz's product page (Next.js, CSS-module class names 「<Component>_<part>__<hash>」, the hash changing
# with every build): its h1's class, the page's mark
_TECHNODOM_TITLE = "ProductHeader_title__"


def _module_class(part: str) -> re.Pattern[str]:
    """A CSS-module class name of the component's part, whatever the build's hash (「ReviewCard_card__e1VbQ」)."""
    return re.compile(rf"^{re.escape(part)}__\w+$")


def _technodom_item(soup: BeautifulSoup) -> None:
    """A Technodom.kz product page (`h1.ProductHeader_title__…`; the parts named by CSS-module classes whose hash
    changes with each build). As Ozon's: the characteristics, one `dl.ProductCharacteristics_list__…` of `dt` /
    `dd` pairs, were one name or value a line: they become one two-column table (「Поддержка SIM-карт | Нет」).
    Each question (`div.ProductQuestions_item__…`: the asker's by-line, `p.ProductQuestions_question__…`, the
    `div.ProductQuestions_answer__…` opened by the seller's badge 「Technodom」) was lines of one passage holding
    every pair, the badge a line before each answer: it is a Q&A, question over answer, without by-line or badge.
    Each review (`article.ReviewCard_card__…`, its head the writer's name, the stars and a `time`) had the name
    glued to the date (「Айгерим20.10.2026」) in one passage of all reviews: it is a part headed by its writer, as
    Kaspi's are, its date kept and its stars gone."""
    for listed in soup.find_all("dl", class_=_module_class("ProductCharacteristics_list")):
        terms = listed.find_all("dt", recursive=False)
        values = listed.find_all("dd", recursive=False)
        if terms and len(terms) == len(values):
            listed.replace_with(pairs_table(soup, list(zip(terms, values))))
    for item in soup.find_all("div", class_=_module_class("ProductQuestions_item")):
        question = item.find(class_=_module_class("ProductQuestions_question"))
        answer = item.find("div", class_=_module_class("ProductQuestions_answer"))
        if not isinstance(question, Tag) or not isinstance(answer, Tag):
            continue
        for badge in answer.find_all(class_=_module_class("ProductQuestions_badge")):
            badge.decompose()
        qa_card(soup, item, one_line(question), answer)
    for review in soup.find_all(class_=_module_class("ReviewCard_card")):
        head = review.find(class_=_module_class("ReviewCard_head"))
        author = head.find("span") if isinstance(head, Tag) else None
        name = one_line(author)
        if not isinstance(author, Tag) or not name:
            continue
        author.decompose()
        for stars in head.find_all(class_=_module_class("Rating_stars")):
            stars.decompose()
        heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
        review.insert_before(heading)


# a PrestaShop product page's marks (the classic theme and those built on it): its product block, prices and cart form
PRESTASHOP_MARKS = frozenset({"product-container", "product-prices", "product-actions"})


def _prestashop_item(soup: BeautifulSoup) -> None:
    """A PrestaShop product page (the classic theme): the header's logo an `h1` holding only its image, then in
    `section#main` the product's `h1`, `div.product-prices` (the price and 「含税」 `.tax-shipping-delivery-label`), the
    short description, the cart form (`div.product-variants-item`s: a `.control-label` 「颜色」 over a `select`; the
    quantity and 「有库存」), `#block-reassurance` (the blockreassurance module's shop-wide promises), the tabs
    (`#product-details`: 「参考」 `.product-reference`, 「库存中」 `.product-quantities`, 「数据表」 `p.h6` over
    `dl.data-sheet`), `section.product-accessories` (other products' cards) and the productcomments module's
    `#product-comments-list`. Read as a page, the logo's empty h1 left the first part untitled, the reassurance
    lines were its text and the variants went with the form; the details tab glued label and value 「库存中134 件」,
    「数据表」 was a line and the dt/dd one name or value a line; the accessories heading and card were parts of their
    own (holdout156). So the logo's h1 is no heading, the price one line with its tax label, each variant a line 「颜色：黑、驼色」 under it, the
    reassurance and accessories go, the details' label and value one line, 「数据表」 a heading over a two-column
    table. (The comments are read before this, by their shape: `comments.page_comments`.)"""
    mains = soup.select("section#main")
    names = [name for main in mains for name in main.select("div.product-container h1")]
    if len(mains) != 1 or len(names) != 1 or not one_line(names[0]):
        return
    main = mains[0]
    for logo in soup.find_all("h1"):
        if logo is not names[0] and not one_line(logo):
            logo.name = "div"       # (the header's logo, an image alone: by now its box has lost its id)
    for prices in main.select("div.product-prices"):
        line = text_tag(soup, "p", " ".join(words for part in prices.select(".current-price, .tax-shipping-delivery-label")
                                            if (words := one_line(part))))
        variants = []
        for item in main.select("div.product-variants-item"):
            label = item.find(class_="control-label")
            options = [one_line(option) for option in item.select("select option")]
            if isinstance(label, Tag) and one_line(label) and options:
                variants.append(f"{one_line(label)}：{'、'.join(options)}")
        prices.replace_with(line)
        for variant in reversed(variants):
            line.insert_after(text_tag(soup, "p", variant))
    for chrome in main.select("#block-reassurance, section.product-accessories"):
        chrome.decompose()
    for fact in main.select("div.product-reference, div.product-quantities"):
        fact.replace_with(text_tag(soup, "p", " ".join(words for part in fact.find_all(recursive=False)
                                                       if (words := one_line(part)))))
    for features in main.select("section.product-features"):
        caption = features.find("p", class_="h6")
        if isinstance(caption, Tag):
            caption.name = "h3"
        for listed in features.select("dl.data-sheet"):
            terms = listed.find_all("dt", recursive=False)
            values = listed.find_all("dd", recursive=False)
            if terms and len(terms) == len(values):
                listed.replace_with(pairs_table(soup, list(zip(terms, values))))


# an Ecwid store's product page's marks (its widget's `ec-…` and `product-details__…` classes)
ECWID_MARKS = frozenset({"ec-store", "product-details__sidebar", "product-details__product-title"})


def _ecwid_item(soup: BeautifulSoup) -> None:
    """An Ecwid product page (the store widget embedded in any site): `div.product-details` of the gallery, the
    `div.product-details__sidebar` (`h1.product-details__product-title`, 「SKU KUN-28」 `__product-sku`, the price
    `__product-price` and 「含增值税」 `.details-product-price__vat`, the options `__product-options` — a
    `.form-control__label` 「套装」 over a `select` —, 「加入购物车」, the action panel's 「去结账」 and stock line
    `.details-product-purchase__place-text` 「有库存 · 阿拉木图仓库」, the share module), the description, then
    `div.product-details__reviews` (its title `div.ec-header-h5` 「顾客评价」, each `div.product-review` its
    `__author`, `__rating` 「★★★★★」 and `__text`). Read as a page, the sidebar went by its class word with all but the
    h1 (the price, SKU, options and stock lost), and the reviews were a part titled by the page with 「顾客评价」 a
    line, the writer gone as a by-line and the stars dropped (holdout156). So the sidebar is the h1 over its facts
    — the SKU, the price with its tax note, each option 「套装：…、…」, the stock line — (its buttons and share module
    go), 「顾客评价」 is a heading and each review a part headed by its writer (`html_text.writer_heading`, as
    Kaspi's), its stars and text under the name; the reviews, beside `div.product-details`, go at its end (with the
    h1 kept it is the block the cleaner takes for the page's text)."""
    sidebars = soup.select("div.product-details__sidebar")
    if len(sidebars) != 1:
        return
    sidebar = sidebars[0]
    name = sidebar.find("h1", class_="product-details__product-title")
    if not isinstance(name, Tag) or not one_line(name):
        return
    facts = [one_line(sidebar.find(class_="product-details__product-sku")),
             " ".join(words for part in sidebar.select(".product-details__product-price, .details-product-price__vat")
                      if (words := one_line(part)))]
    for option in sidebar.select(".product-details__product-options .form-control"):
        label = option.find(class_="form-control__label")
        choices = [one_line(choice) for choice in option.select("select option") if one_line(choice)]
        if isinstance(label, Tag) and one_line(label) and choices:
            facts.append(f"{one_line(label)}：{'、'.join(choices)}")
    facts.extend(one_line(place) for place in sidebar.select(".details-product-purchase__place-text"))
    block = soup.new_tag("div")
    block.append(name.extract())
    for fact in facts:
        if fact:
            block.append(text_tag(soup, "p", fact))
    details = sidebar.find_parent("div", class_="product-details")
    sidebar.replace_with(block)
    for reviews in soup.select("div.product-details__reviews"):
        if isinstance(details, Tag) and details not in reviews.parents:
            details.append(reviews.extract())     # (the product's last part: the h1's block is the page's text)
        title = reviews.find(class_="ec-header-h5")
        if isinstance(title, Tag) and one_line(title):
            title.name = "h2"
        for review in reviews.select("div.product-review"):
            author = review.find(class_="product-review__author")
            if not isinstance(author, Tag) or not one_line(author):
                continue
            card = soup.new_tag("div")
            heading = writer_heading(soup, one_line(author), "h3")  # (under the reviews' title)
            card.append(heading)
            for part in review.select(".product-review__rating, .product-review__text"):
                if words := one_line(part):
                    card.append(text_tag(soup, "p", words))
            review.replace_with(card)


def _sulpak_item(soup: BeautifulSoup) -> None:
    """A Sulpak.kz product page: `h1.product__title`, the `ul.product-tabs` links (「Описание」 「Характеристики」
    「Вопросы」 「Отзывы」) to one `div.product-tabs__content` each, only the description's holding a heading. The specs
    table was glued under the description's last section and the reviews were a part titled by that section's
    heading again: a panel without a heading of its own now opens with its tab's label as an h2. Each review
    (`div.review`: `div.review__author` holding the name, `span.review__date` and the stars, `div.review__text`,
    `div.review__useful` 「Отзыв полезен? Да (12) Нет (0)」) ran into one passage without its writer: it is a part
    headed by its writer, as Kaspi's are, its date kept and the 「Отзыв полезен?」 votes gone."""
    labels = {str(link["href"])[1:]: one_line(link) for tabs in soup.find_all("ul", class_="product-tabs")
              for link in tabs.find_all("a", href=re.compile(r"^#."))}
    for panel in soup.find_all("div", class_="product-tabs__content"):
        label = labels.get(str(panel.get("id", "")), "")
        if label and panel.find(HEADINGS) is None and clean(raw_text(panel)):
            heading = soup.new_tag("h2")
            heading.string = label
            panel.insert(0, heading)
    for review in soup.find_all("div", class_="review"):
        author = review.find("div", class_="review__author")
        if not isinstance(author, Tag) or review.find(class_="review__text") is None:
            continue
        date = author.find(class_="review__date")
        name = " ".join(clean(typed_text(author)).split())
        if not name:
            continue
        for useful in review.find_all(class_="review__useful"):
            useful.decompose()
        if isinstance(date, Tag):
            line = soup.new_tag("p")
            line.string = one_line(date)
            author.replace_with(line)
        else:
            author.decompose()
        heading = writer_heading(soup, name)
        review.insert_before(heading)


# a Rozetka product page's marks: its title, its tab labels, its reviews and a review's writer
ROZETKA_MARKS = reads_comments(frozenset({"product__title", "product-tabs", "product-comments", "comment__author"}))

_DRAWN_SCORE = re.compile(r"^(★*)☆*$")


def _drawn_score(stars: str) -> str:
    """A score drawn as stars (「★★★☆☆」) written as figures (「3/5」), "" for anything else."""
    drawn = _DRAWN_SCORE.match(stars)
    return f"{len(drawn.group(1))}/{len(stars)}" if drawn and stars else ""


def _rozetka_item(soup: BeautifulSoup) -> None:
    """A Rozetka product page: under `h1.product__title` the prices and the `ul.product-tabs` labels (「Усе про
    товар」 「Характеристики」 「Відгуки 23」 「Питання 6」), the description, the characteristics table, then
    `section.product-comments` 「Відгуки покупців」 of `div.comment` cards (`span.comment__author`,
    `span.comment__date`, a `div.rating` of drawn stars, the text `<p>`, the 「Корисний відгук 5」 vote button) and
    the questions. Read as a page (holdout187) the tab labels were the first part's lines, and the reviews went to
    the generic comments reader (`indexer.comments`) as one 「评论」 passage at the page's end, their writers, dates
    and scores lost. The tab labels go, as Kaspi's do; each review is a part headed by its writer
    (`html_text.writer_heading`, as Kaspi's, `_kaspi_item`), its date and its score (「★★★☆☆」 as 「3/5」, as
    GetYourGuide's 「5/5」, `_getyourguide_activity`) one line under it, where the page has it."""
    for tabs in soup.find_all("ul", class_="product-tabs"):
        tabs.decompose()
    for section in soup.find_all("section", class_="product-comments"):
        for review in section.find_all("div", class_="comment"):
            author = review.find(class_="comment__author")
            name = one_line(author)
            if not name or review.find("p") is None:
                continue
            date, stars = review.find(class_="comment__date"), review.find(class_="rating")
            line = " · ".join(said for said in (one_line(date), _drawn_score(one_line(stars).replace(" ", ""))) if said)
            del review["class"]         # (「comment」: chrome to the skip rules)
            _head_card(soup, review, name, line, [author, date, stars])
        del section["class"]


# an Alser.kz product page's marks (its Bitrix template): the card's meta line and price box, a review's head
ALSER_MARKS = reads_comments(frozenset({"product-card", "product-meta", "product-price", "price-credit",
                                        "review-head", "review-author"}))


def _alser_item(soup: BeautifulSoup) -> None:
    """An Alser.kz product page (Bitrix): `div.product-card` of `h1.product-title`, the meta line
    `div.product-meta` 「Код товара: 1185072 · ★ 4.6 · 27 отзывов」, the price box `div.product-price` (the price
    `span.price-current`, the crossed-out one `span.price-old`, the credit line `div.price-credit`, cart buttons), the
    share links; the description's sections, then `section.reviews` 「Отзывы покупателей (27)」 of `div.review` cards
    (`div.review-head`: `span.review-author`, `span.review-date`, drawn stars `span.review-stars`; `div.review-text`;
    the votes `div.review-useful` 「Полезно? Да 14 Нет 1」) and its 「Показать ещё」 / 「Написать отзыв」 links.

    Read as a page (holdout230) the meta line went by its class word (「meta」) with the product's code, the two
    prices ran together (「34 990 ₸ 39 990 ₸」), and the reviews went to the generic comments reader as one 「评论」
    passage, their writers, dates and stars lost (a 3-star complaint read like the praise around it). Now the meta
    line is the card's first line, the prices one line set apart by 「 · 」 over the credit line (as Wildberries'
    and Lamoda's); each review is a part headed by its writer (`html_text.writer_heading`, as Rozetka's,
    `_rozetka_item`) over its date and score (「★★★☆☆」 as 「3/5」), under the reviews' heading without its count;
    the votes and the list's links go."""
    card = soup.find("div", class_="product-card")
    if not isinstance(card, Tag) or card.find("h1", class_="product-title") is None:
        return
    for meta in card.find_all("div", class_="product-meta"):
        meta.replace_with(text_tag(soup, "p", one_line(meta)))
    for box in card.find_all("div", class_="product-price"):
        joined_line(soup, [price for price in box.find_all("span", class_=["price-current", "price-old"])
                           if one_line(price)])
    for section in soup.find_all("section", class_="reviews"):
        heading = section.find(HEADINGS)
        if isinstance(heading, Tag) and (title := COUNTED.sub("", one_line(heading))):
            heading.string = title
        for review in section.find_all("div", class_="review"):
            author = review.find(class_="review-author")
            name = one_line(author)
            if not name or review.find(class_="review-text") is None:
                continue
            date, stars = review.find(class_="review-date"), review.find(class_="review-stars")
            line = " · ".join(said for said in (one_line(date), _drawn_score(one_line(stars).replace(" ", ""))) if said)
            for votes in review.find_all(class_="review-useful"):
                votes.decompose()
            del review["class"]         # (「review」: the generic comments reader's card)
            _head_card(soup, review, name, line, [author, date, stars])
        for link in section.find_all("a", class_="btn"):
            link.decompose()
        del section["class"]


# an Allegro offer page's marks (its other classes hashed): the offer and its parameters
ALLEGRO_MARKS = frozenset({"opbox-offer", "offer-params"})

_OPINION_SCORE = re.compile(r"^\s*(\d+(?:[.,]\d+)?/\d+)\s*$")


def _allegro_offer(soup: BeautifulSoup) -> None:
    """An Allegro offer page (`main.opbox-offer`, most classes hashed): under the h1 the price box, the offer's
    parameters `div.offer-params` (a span each: 「Stan: Nowy」 「Gwarancja: 12 miesięcy」 「Sprzedawca: …」), the
    description, the questions, then `section.opinions` 「Oceny produktu」 of `div.opinion`s (the buyer's nick in
    `<b>` 「m***k」, the score 「5/5」 as bare text, the opinion's `<p>`). Read as a page (holdout187) the parameters
    ran together in one line, and each opinion's nick and score were a line of one part with the opinions' texts.
    The parameters are set apart (`_fields_apart`, as Lalafo's); each opinion is a part headed by its buyer
    (`html_text.writer_heading`, as Kaspi's reviews, `_kaspi_item`), its score one line 「★ 5/5」 over its text."""
    for params in soup.find_all("div", class_="offer-params"):
        _fields_apart(params)
    for opinion in soup.find_all("div", class_="opinion"):
        nick = opinion.find("b", recursive=False)
        name = one_line(nick)
        if not name or opinion.find("p") is None:
            continue
        score = nick.next_sibling
        nick.decompose()
        if isinstance(score, NavigableString) and (scored := _OPINION_SCORE.match(str(score))):
            # (「★ 5/5」, as Youla's 「★ 4.9」: a bare 「5/5」 line is dropped as a slider's counter, `parse._SLIDE_COUNTER`)
            score.replace_with(text_tag(soup, "p", f"★ {scored.group(1)}"))
        opinion.insert_before(writer_heading(soup, name, "h3"))  # (under the opinions' own h2)


# a Tripadvisor place's parts, named by `data-automation`
_TRIPADVISOR_HEADER = "mainH1"

_TRIPADVISOR_REVIEWS = "WebPresentation_ReviewsSection"

_COUNTED = re.compile(r"\s*[（(][\d,.\s]+[)）]\s*$")


def _tripadvisor_place(soup: BeautifulSoup) -> None:
    """A Tripadvisor attraction (or hotel, restaurant) page: its parts are `section`s named by `data-automation`
    (the header `div[data-automation=mainH1]` around the h1 of the same name, `AppPresentation_PoiOverviewWeb`,
    `WebPresentation_QAList` of `div[data-automation=qa-item]`s, `WebPresentation_ReviewsSection` of
    `div[data-automation=reviewCard]`s). The header's bubbles, review count, ranking (「阿拉木圖 286 個景點中排名第
    21」) and category links were the h1's text: they go. Each question (the asker's name-and-date line, the question,
    then the answer under its writer's line, 「查看所有 3 則回答」) ran together with the others as one passage: it is
    a Q&A, question over its first answer, as Ozon's are, without the by-lines. The reviews' h2 「評論 (412)」 read as
    a blog's comments heading (`parse._TAIL_HEADING`), so every review was cut away as page furniture: the count
    goes from it, the rating distribution and sort box above the cards go, and each card is a part headed by its
    review's title (its link), its trip line, text, 「撰寫日期」 and the owner's response kept; the writer's profile
    line, the bubbles, the site's disclaimer under every review and the buttons go. The overview's bare action
    links (「造訪網站」 through `/ShowUrl`, 「撥打電話」 a `tel:` link) say nothing."""
    header = soup.find("div", attrs={"data-automation": _TRIPADVISOR_HEADER})
    reviews = soup.find_all("section", attrs={"data-automation": _TRIPADVISOR_REVIEWS})
    if header is None or not reviews and soup.find(attrs={"data-automation": "qa-item"}) is None:
        return
    h1 = header.find("h1")
    if isinstance(h1, Tag):
        for chrome in [child for child in header.find_all(True, recursive=False) if child is not h1]:
            chrome.decompose()
    for link in soup.find_all("a", href=re.compile(r"^(?:tel:|/ShowUrl\b)")):
        link.decompose()
    for item in soup.find_all("div", attrs={"data-automation": "qa-item"}):
        lines = item.find_all("div", recursive=False)
        answers = [line for line in lines if line.find("div", recursive=False) is not None]
        questions = [line for line in lines if not line.find(True) and one_line(line)]
        if not answers or not questions:
            continue
        texts = [part for part in answers[0].find_all("div", recursive=False) if not part.find(True)]
        if not texts:
            continue
        qa_card(soup, item, one_line(questions[0]), texts[-1])
    for section in reviews:
        heading = section.find(HEADINGS)
        if isinstance(heading, Tag):
            heading.string = _COUNTED.sub("", one_line(heading))
        cards = section.find_all("div", attrs={"data-automation": "reviewCard"})
        for chrome in [child for child in section.find_all(True, recursive=False)
                       if child is not heading and child not in cards]:
            chrome.decompose()
        for card in cards:
            title = next((link for link in card.find_all("a") if not str(link.get("href", "")).startswith("/Profile")
                          and one_line(link)), None)
            if title is None:
                continue
            for chrome in card.find_all(["svg", "button"]):
                chrome.decompose()
            for line in card.find_all("div", recursive=False):
                if line.find("a", href=re.compile(r"^/Profile")) is not None or "Tripadvisor" in one_line(line) \
                        or not one_line(line):
                    line.decompose()
            new = soup.new_tag("h3")
            new.string = one_line(title)
            title.find_parent("div").decompose()
            card.insert_before(new)


def _css_module(name: str) -> re.Pattern[str]:
    """A class a CSS-modules build names `styles_<name>__<hash>` (Next.js sites: Trustpilot), whatever its hash."""
    return re.compile(rf"^styles_{name}(?:__|$)")


def _trustpilot_business(soup: BeautifulSoup) -> None:
    """A Trustpilot company page (`/review/<domain>`, Next.js: CSS-module classes `styles_…__hash`): the header
    `section.styles_businessInformation` (the h1 of the name and a `span.styles_reviewsAndRating` 「Reviews 1,284 ·
    Great」, stars, 「TrustScore 4.1」, the site's link, the claimed badge), the reviews' header (「4.1 · 1,284
    total」, rating bars, Filter / Sort, 「Language: 中文」), one `article[data-service-review-card-paper]` per
    review (an `aside` consumer card: name, 「3 reviews」 and the country in spans without a space, then the
    stars and date, the review's own h2, its text, 「Date of experience」, buttons, and the company's
    `div[data-service-review-business-reply]` under 「Reply from SilkWay Cargo KZ」 and its date), then a sidebar
    `aside` of `section.styles_companyInfo` 「Company details」 (the description the company wrote, its contacts),
    「People also looked at」 and the TrustScore note. The header's and the list's counts were text, each consumer
    card (「张海燕 3 reviewsKZ Oct 8, 2025」) a passage of the review above it or a part of its own, and the
    company's details went with the sidebar. Now the h1 is the name alone, the headers' counts, filters and badges
    go, each review is its h2's part (text, 「Date of experience」, the reply under a line 「Reply from …:」), the
    consumer card, stars and date going as Kaspi's by-lines would, and 「Company details」 is a part after them,
    the other sidebar boxes going."""
    cards = soup.find_all("article", attrs={"data-service-review-card-paper": True})
    if not cards:
        return
    for badge in soup.find_all("span", class_=_css_module("reviewsAndRating")):
        badge.decompose()
    h1 = soup.find("h1")
    if isinstance(h1, Tag) and isinstance(h1.parent, Tag) and h1.parent.name != "body":
        for chrome in [child for child in h1.parent.find_all(True, recursive=False) if child is not h1]:
            chrome.decompose()
    for card in cards:
        for chrome in card.find_all("aside") + card.find_all(attrs={"data-service-review-rating": True}) \
                + card.find_all(class_=_css_module("reviewFooter")):
            chrome.decompose()
        for info in card.find_all(class_=_css_module("replyInfo")):
            label = info.find(class_=_css_module("replyCompany"))
            if isinstance(label, Tag) and one_line(label):
                line = soup.new_tag("p")
                line.string = one_line(label).rstrip(":：") + ":"
                info.replace_with(line)
    list_header = cards[0].find_previous_sibling()
    heading = list_header.find(HEADINGS) if isinstance(list_header, Tag) else None
    if isinstance(heading, Tag):
        for chrome in [child for child in list_header.find_all(True, recursive=False) if child is not heading]:
            chrome.decompose()
        for text in [node for node in list_header.children if isinstance(node, NavigableString)]:
            text.extract()
    for details in soup.find_all("section", class_=_css_module("companyInfo")):
        sidebar = details.find_parent("aside")
        if sidebar is None:
            continue
        for chrome in [box for box in sidebar.find_all(True, recursive=False) if box is not details]:
            chrome.decompose()
        sidebar.unwrap()        # (a sidebar, by its tag or class, is chrome: this one holds what the company says of itself)


# a Calendly booking page's event panel and its parts: hashed CSS-module classes 「_3Kv0k-event-type-details」,
# 「_3hYoH-event-meta」, 「_2N2x8-organizer-name」 (five characters of hash, then the part's name)
_CALENDLY_DETAILS = re.compile(r"^_\w{5}-event-type-details$")

_CALENDLY_META = re.compile(r"^_\w{5}-event-meta$")

_CALENDLY_ORGANIZER = re.compile(r"^_\w{5}-organizer-name$")


def _calendly_event(soup: BeautifulSoup) -> None:
    """A Calendly booking page (the event panel `div._xxxxx-event-type-details`: the organizer's avatar and
    account name, the h1 of the event type, its meta row of icon spans 「30 min」 「上门服务（阿拉木图市内）」 「₸ 3 000
    预付」, the description; the calendar beside it) read as its reader reads it. The meta row, whose class says
    「meta」, went as a by-line would, and with it the visit's length, where it takes place and what is paid: the
    facts of the booking, said nowhere else. The account's name under its avatar (the <title> repeats it) opened
    the page's text. Now the meta row is a line of the page's text under the h1, its items joined by 「 · 」, and
    the account's name goes with the avatar."""
    for panel in soup.find_all("div", class_=_CALENDLY_DETAILS):
        for name in panel.find_all(class_=_CALENDLY_ORGANIZER):
            name.decompose()
        for row in panel.find_all(class_=_CALENDLY_META):
            items = [words for span in row.find_all("span") if (words := one_line(span))]
            if not items:
                continue
            line = soup.new_tag("p")
            line.string = " · ".join(items)
            row.replace_with(line)


_MEETUP_ASSETS = re.compile(r"^https?://secure\.meetupstatic\.com/")


def _meetup_event(soup: BeautifulSoup) -> None:
    """A Meetup event page (its assets from secure.meetupstatic.com: `div.event-header` with the date's <time>,
    the h1 and 「Hosted by」, `#event-details` under its h2 「Details」, `section.attendees-sample`, the comments,
    then `aside.event-sidebar`: the venue's `div.venue` and the `div.rsvp` 「FREE」 「6 spots left」 「Attend」) read
    as its reader reads it. The sidebar went as chrome, and with it where the event takes place and what it costs,
    said nowhere else; the attendee sample (「Attendees (24)」 「See all」, the names with their Host / Co-host
    badges) was a part of its own. Now the venue and the price are lines of the event's header under its h1,
    each box's lines joined by 「 · 」 (its button gone), and the attendee sample goes: a list of who signed up."""
    if not loads_assets(soup, _MEETUP_ASSETS):
        return
    for sample in soup.find_all(class_="attendees-sample"):
        sample.decompose()
    header = soup.find("div", class_="event-header")
    for sidebar in soup.find_all("aside", class_="event-sidebar"):
        lines = []
        for box in sidebar.find_all("div", recursive=False):
            for button in box.find_all(["button", "a"]):
                button.decompose()
            items = [words for tag in box.find_all(["p", "span"]) if (words := one_line(tag))]
            if items:
                line = soup.new_tag("p")
                line.string = " · ".join(items)
                lines.append(line)
        if isinstance(header, Tag) and lines:
            header.extend(lines)
            sidebar.decompose()


# a Foursquare City Guide venue page's marks: its tips' list, a tip's writer line, the side column's info box
FOURSQUARE_MARKS = frozenset({"tipsList", "tipUser", "venueInfo"})

_FOURSQUARE_CHROME = ("venueRating", "venueActions", "tipsSort", "tipActions", "moreTipsLink", "badge", "photosSection")


def _foursquare_venue(soup: BeautifulSoup) -> None:
    """A Foursquare City Guide venue page (`body.venuePage`: `div.venueHeader` with the h1, categories, address,
    `venueRating` and `venueActions`; `div.mainColumn` with 「About」 and `#tipsSection`, a `ul.tipsList` of
    `li.tip`s — `div.tipUser` (the writer's link, a `span.badge` 「Venue Manager」, `span.tipDate`), `div.tipText`,
    `div.tipActions` 「▲ 28」 「Report」 —, 「See all 38 tips」; `div.sideColumn` with `#venueInfo` 「Info」 (Hours,
    Phone, Website, Features) over 「Listed in」, 「Similar Places」 and the app promo). The sort links, every writer
    line and upvote count were text, the tips glued two by two into passages all titled 「Tips」 (a 问：/答： tip, a
    numbered tip among the others' words), and 「Info」 went with the side column. Now each tip is a part headed by
    its writer (`html_text.writer_heading`, as Kaspi's reviews are), its date kept under the name, the badge,
    counts, sort and 「See all」 links and the photo grid gone; the side column keeps 「Info」 alone, read after the tips, its one-line
    boxes (Hours, Phone, Website: an h4 over a `p`, one tiny part each) a two-column table as Kolesa's
    parameters are (`_pairs_table`), a box holding a list (Features) a part of its own."""
    tips = soup.find_all("li", class_="tip")
    if soup.find(class_="tipsList") is None or not tips:
        return
    for chrome in soup.find_all(class_=list(_FOURSQUARE_CHROME)):
        chrome.decompose()
    for tip in tips:
        user = tip.find("div", class_="tipUser")
        name = tip.find(class_="userName")
        if not isinstance(user, Tag) or not isinstance(name, Tag) or not one_line(name) or tip.find(class_="tipText") is None:
            continue
        heading = writer_heading(soup, one_line(name), "h3")  # (under the tips' own h2)
        name.decompose()
        user.name = "p"                  # (the date alone now)
        tip.insert(0, heading)
        tip.name = "div"
    for listing in soup.find_all("ul", class_="tipsList"):
        listing.name = "div"             # (each tip a part: a list item would be a line of one list)
    for info in soup.find_all(id="venueInfo"):
        column = info.find_parent(class_="sideColumn")
        if column is None:
            continue
        for chrome in [box for box in column.find_all(True, recursive=False) if box is not info]:
            chrome.decompose()
        column.unwrap()         # (a side column is chrome by its class: this one holds the venue's hours and phone)
        info.attrs.pop("class", None)   # (「venueInfo」 would make it an info callout, its heading 「Info」 a kind label)
        boxes = [box for box in info.find_all("div", recursive=False)
                 if isinstance(box.find("h4"), Tag) and len(box.find_all(True, recursive=False)) == 2
                 and isinstance(box.find("p", recursive=False), Tag)]
        if boxes:
            boxes[0].insert_before(pairs_table(soup, [(box.find("h4"), box.find("p")) for box in boxes]))
            for box in boxes:
                box.decompose()


# a Booking.com property page's marks: its title box, its policies' labels, its review cards
BOOKING_MARKS = frozenset({"hp__hotel-title", "policy_name", "c-review-block"})


# a Klook activity page's marks: its reviews' section and each review's user line
KLOOK_MARKS = frozenset({"klk-reviews", "review-item", "review-user"})

# a KKday product page's marks: its header and each review card's reviewer
KKDAY_MARKS = frozenset({"kk-header", "review-card", "reviewer"})


def _klook_activity(soup: BeautifulSoup) -> None:
    """A Klook activity page: `section.klk-reviews` under its h2 「评价 (386)」, a `div.review-item` per review (its
    `div.review-user` line 「Lin***  ★★★★★  2026-09-14」, the text `<p>`, the vote button `div.review-helpful`
    「有帮助 (23)」), then the link `a.klk-more-reviews` 「查看更多评价」. The reviews ran together as one part, the
    vote counts and the link lines of its text, each user line a bare line: each review is now a part headed by its
    writer (`html_text.writer_heading`, as Kaspi's, `_kaspi_item`), its stars and date a line under the name; the
    count goes from the heading (as Tripadvisor's), the votes and the link go."""
    for section in soup.find_all(class_="klk-reviews"):
        heading = section.find(HEADINGS)
        if isinstance(heading, Tag):
            heading.string = _COUNTED.sub("", one_line(heading))
        for chrome in section.find_all(class_=["review-helpful", "klk-more-reviews"]):
            chrome.decompose()
        for review in section.find_all("div", class_="review-item"):
            user = review.find(class_="review-user")
            line = one_line(user)
            name = _STARS.split(line, 1)[0].strip()     # (the stars end the writer's name)
            if not name or review.find("p") is None:
                continue
            details = line[len(name):].strip()
            if details:
                user.replace_with(text_tag(soup, "p", details))
            else:
                user.decompose()
            review.insert_before(writer_heading(soup, name, "h3"))  # (under the reviews' own h2)


def _kkday_product(soup: BeautifulSoup) -> None:
    """A KKday product page: its reviews are `div.review-card`s, each a row of spans (`span.reviewer` 「Chen**」,
    `span.stars`, `span.date` 「2026/10/03」, no space between them) over the text `<p>`. The cards ran together as
    one part, each opened by the name and date glued into one word (「Chen**2026/10/03」), the stars lost: each card
    is now a part headed by its reviewer (`html_text.writer_heading`, as Kaspi's, `_kaspi_item`), its stars and
    date one line under the name."""
    for review in soup.find_all("div", class_="review-card"):
        reviewer = review.find(class_="reviewer")
        name = one_line(reviewer)
        if not name or review.find("p") is None:
            continue
        details = [span for span in review.find_all(class_=["stars", "date"]) if one_line(span)]
        _head_card(soup, review, name, " ".join(one_line(span) for span in details), [reviewer, *details])


# a Ctrip (Trip.com) hotel page's marks: its headline under the crumbs and each review's writer
CTRIP_HOTEL_MARKS = frozenset({"detail-headline", "review-item", "review-user"})

# the label a Ctrip review's date is shown with (「2026-09-12 发表」)
_POSTED_LABEL = re.compile(r"\s*(?:发表|發表)$")


def _ctrip_hotel(soup: BeautifulSoup) -> None:
    """A Ctrip (携程, Trip.com) hotel page: under the h2 「住客点评」 a `div.review-item` per review, a row of spans
    (`span.review-user` 「Travel_Lin」, `span.review-score` 「4.0」, no space between them on Ctrip's page) over
    the text `<p>` and `span.review-date` 「2026-08-30 发表」, the hotel's `div.review-reply` 「酒店回复：…」 after the
    review it answers. The reviews ran together as one part, each opened by its writer's name glued to the score
    (「Travel_Lin4.0」) and closed by a bare date line, the reply told from the reviews by its place alone (holdout157,
    holdout204): each review is now a part headed by its writer (`html_text.writer_heading`, as KKday's,
    `_kkday_product`), its score and date one line under the name, and the reply, after it, ends that part."""
    for review in soup.find_all("div", class_="review-item"):
        user = review.find(class_="review-user")
        name = one_line(user)
        if not name or review.find("p") is None:
            continue
        details = [span for span in review.find_all(class_=["review-score", "review-date"]) if one_line(span)]
        line = " · ".join(_POSTED_LABEL.sub("", one_line(span)) for span in details)
        _head_card(soup, review, name, line, [user, *details])


# a Zocdoc profile's marks: its sections named by data-test (the doctor's header, the reviews), each review card's
# stars and writer line
ZOCDOC_MARKS = frozenset({"@data-test", "review", "stars", "author"})

# a Zocdoc reviewer line's parts: the name, then 「已驗證病患」 / 「Verified patient」
_ZOCDOC_DOT = re.compile(r"\s+[·•]\s+")


def _zocdoc_profile(soup: BeautifulSoup) -> None:
    """A Zocdoc doctor profile: `section[data-test=reviews]` holds one `div.review` per patient (`span.stars`
    「★★★★☆」, the text `<p>`, `span.author` 「Wang L. · 已驗證病患」). The writer lines went as by-lines
    (「author」) and the stars as the site's grading (「stars」), so the reviews ran together as one part 「病患評論」
    (holdout184). Each card is now a part headed by its writer's name (`html_text.writer_heading`, as KKday's,
    `_kkday_product`), its stars and the verified mark one line under the name. Only a page whose doctor's header is
    `section[data-test=doctor-header]` is one; the header's aggregate 「4.9 ★（212 則評論）」 (`p.rating`) still goes, as
    GetYourGuide's does: the site's count, not what a patient said."""
    reviews = soup.find("section", attrs={"data-test": "reviews"})
    if soup.find("section", attrs={"data-test": "doctor-header"}) is None or not isinstance(reviews, Tag):
        return
    for review in reviews.find_all("div", class_="review"):
        author = review.find(class_="author")
        name, *rest = _ZOCDOC_DOT.split(one_line(author)) if isinstance(author, Tag) else [""]
        if not name or review.find("p") is None:
            continue
        stars = review.find(class_="stars")
        _head_card(soup, review, name, " · ".join(filter(None, (one_line(stars), *rest))), [author, stars])


# a GetYourGuide activity page's marks: its rating line under the h1 and each review card's writer line
GETYOURGUIDE_MARKS = frozenset({"activity-rating", "review-card", "review-author"})

# the dash between a GetYourGuide reviewer's name and country (「Wei – 中国 · 2026年10月」)
_NAME_DASH = re.compile(r"\s+[–—-]\s+")


def _getyourguide_activity(soup: BeautifulSoup) -> None:
    """A GetYourGuide activity page: under the h1 `div.activity-rating` (「4.6」 in `span.rating-stars`, the link
    「142 条评价」 to the reviews, then 「· 活动提供方：Steppe Jeep Tours LLP」), and the reviews' `div.review-card`s
    (`div.review-author` 「Wei – 中国 · 2026年10月」, `div.review-stars` 「5/5」, the text `<p>`). The rating line went
    as chrome by its class word, the provider's name with it, and the cards ran together as one part, their writer
    lines gone as by-lines and their scores lost. The score and the count go from the rating line and the provider
    is a line under the h1; each card is a part headed by its writer's name (`html_text.writer_heading`, as
    Kaspi's, `_kaspi_item`), the country, date and score one line under it."""
    for rating in soup.find_all("div", class_="activity-rating"):
        for chrome in rating.find_all(["span", "a"]):
            chrome.decompose()
        line = one_line(rating).strip("·・ ")
        if line:
            rating.replace_with(text_tag(soup, "p", line))
        else:
            rating.decompose()
    for review in soup.find_all("div", class_="review-card"):
        author = review.find(class_="review-author")
        name, *where = _NAME_DASH.split(one_line(author), 1)
        if not name or review.find("p") is None:
            continue
        stars = review.find(class_="review-stars")
        line = " · ".join([*where, *([one_line(stars)] if stars is not None and one_line(stars) else [])])
        _head_card(soup, review, name, line, [author, stars])


# a Viator product page's marks: the rating summary under its h1, its reviews' section and each review's header
VIATOR_MARKS = reads_comments(frozenset({"reviewSummary", "section__reviews", "reviewHeader"}))


def _viator_product(soup: BeautifulSoup) -> None:
    """A Viator product page: `section.section__<name>` parts; under the h1 `div.reviewSummary` (stars 「★★★★★ 4.9」,
    the link 「97 条评价」, 「Badge of Excellence」, the city), a `section.section__travellerPhotos` of pictures and the
    link 「查看全部 64 张」, and `section.section__reviews` (h2 「评价」, the filter buttons `div.reviewFilters`, a
    `div.review` each — `div.reviewHeader` 「Lei_W · 2026 年 10 月 · ★★★★★」, the review's h3 title, its text —, then
    「查看更多评价」). The summary was the h1's text, the photos' part held the link alone, and the reviews were one
    part renamed 「评论」, each review one line of header, title and text. The summary, the link, the photos' part
    (nothing but pictures) and the filters go, and each review is a part headed by its h3 title, its header one
    line of its text (as Booking.com's cards, `_booking_hotel`)."""
    for chrome in soup.find_all(class_=["reviewSummary", "reviewFilters", "moreReviews", "seeAll"]):
        chrome.decompose()
    for photos in soup.find_all("section", class_="section__travellerPhotos"):
        if photos.find("p") is None:
            photos.decompose()
    for section in soup.find_all("section", class_="section__reviews"):
        for review in section.find_all("div", class_="review"):
            title = review.find(HEADINGS)
            header = review.find(class_="reviewHeader")
            if not isinstance(title, Tag) or not one_line(title) or review.find("p") is None:
                continue
            if header is not None:
                header.replace_with(text_tag(soup, "p", one_line(header)))
            review.insert_before(text_tag(soup, "h3", one_line(title)))
            title.decompose()
            review.unwrap()


def _booking_hotel(soup: BeautifulSoup) -> None:
    """A Booking.com property page (`div#hp_hotel_name.hp__hotel-title`: a `span.hp__hotel-type-badge`
    「胶囊旅馆」, the name an `h2.pp-header__title`, `span.hp_address_subtitle` ending 「– 地图」 (a `#map` link),
    the score box `div.hp-gallery-review` 「8.4」 「很好 · 1,062 条评语」; then the `h3.bui-title` sections, among
    them `#hotelPoliciesInc` 「住宿须知」 (a line 「… 接受特殊要求 — 请在下一步中添加！」, then one `div.description`
    per policy, its label a `p.policy_name` over its text) and `#guest-reviews` 「住客评语」 (the
    `review_score_breakdown`, then `div.c-review-block` cards: `div.c-guest` name and country, the
    `room-info` line, the `h3` title, `c-review__row`s of a 「好评」/「差评」 `span.c-review__prefix` before the
    `p.c-review__body`, the date, the property's response). The page has no h1, so the badge stood alone under
    the <title>'s part and the name's part held the map link and the score; the policies were one passage of
    bare labels and texts under the booking step's line; the score breakdown and the first guest's card were
    text of 「住客评语」 and each other card (name, room and stay line) was glued to the end of the review above
    it, the card standing before its review's title. Now the name is the h1, the badge a line under it, the map
    link, the dash before it and the score box gone; the policies are one two-column table (「入住 | 全天 24
    小时…」, `_pairs_table`, as Kolesa's parameters), the booking line gone; the breakdown goes, each card's title
    heads it (the guest's and stay lines its text) and each prefix leads its text (「好评：短信密码准时到了…」)."""
    box = soup.find("div", class_="hp__hotel-title")
    if not isinstance(box, Tag):
        return
    name = box.find(HEADINGS)
    if isinstance(name, Tag):
        name.name = "h1"
        for badge in box.find_all(class_="hp__hotel-type-badge"):
            line = soup.new_tag("p")
            line.string = one_line(badge)
            badge.decompose()
            name.insert_after(line)
    for link in box.find_all("a", href="#map"):
        before = link.previous_sibling
        if isinstance(before, NavigableString):
            before.replace_with(re.sub(r"\s*[–—-]\s*$", "", str(before)))
        link.decompose()
    for chrome in box.find_all(class_="hp-gallery-review") + soup.find_all(class_="review_score_breakdown"):
        chrome.decompose()
    for policies in soup.find_all(id="hotelPoliciesInc"):
        rows = [row for row in policies.find_all("div", class_="description", recursive=False)
                if isinstance(row.find("p", class_="policy_name"), Tag)
                and isinstance(row.find("p", class_="policy_name").find_next_sibling(), Tag)]
        if not rows:
            continue
        for note in policies.find_all("p", recursive=False):
            note.decompose()        # (the booking form's prompt, 「… 接受特殊要求 — 请在下一步中添加！」)
        pairs = [(row.find("p", class_="policy_name"), row.find("p", class_="policy_name").find_next_sibling())
                 for row in rows]
        rows[0].insert_before(pairs_table(soup, pairs))
        for row in rows:
            row.decompose()
    for card in soup.find_all("div", class_="c-review-block"):
        title = card.find(HEADINGS)
        if isinstance(title, Tag):
            card.insert(0, title.extract())
        for prefix in card.find_all(class_="c-review__prefix"):
            body = prefix.find_next_sibling(class_="c-review__body")
            if isinstance(body, Tag) and one_line(prefix):
                body.insert(0, one_line(prefix).rstrip(":：") + "：")
                prefix.decompose()


# an Ostrovok hotel page's marks: its header, a review card and the card's writer
OSTROVOK_MARKS = frozenset({"zen-hotelpage-header", "zen-review", "zen-review-author"})


def _ostrovok_hotel(soup: BeautifulSoup) -> None:
    """An Ostrovok (Emerging Travel Group's 「zen」 markup) hotel page: `section.zen-hotelpage-reviews` holds the
    summary bar `div.zen-reviews-summary` (「8,7 · 312 отзывов · Чистота 9,1 · …」), then one `div.zen-review` per
    guest (`div.zen-review-author` 「Ерлан · Алматы」, `div.zen-review-date` 「Август 2025 · Делюкс с видом на
    море」, `div.zen-review-score` 「9,0」, `p.zen-review-plus` / `p.zen-review-minus` opened by 「Понравилось:」 /
    「Не понравилось:」). The writers went as by-lines (「author」) while the dates and bare scores stayed, so the
    reviews ran together as one passage opening with the summary (holdout145). Now the summary and scores go and
    each review is a part headed by its writer (`html_text.writer_heading`, as Kaspi's, `_kaspi_item`), its stay
    line (the month and the room booked) and its liked / disliked lines under the name."""
    for chrome in soup.find_all(class_=["zen-reviews-summary", "zen-review-score"]):
        chrome.decompose()
    for review in soup.find_all("div", class_="zen-review"):
        _review_by_writer(soup, review, review.find(class_="zen-review-author"), review.find(class_="zen-review-date"))


# a Yandex Travel hotel page's marks: a review card, its writer and its text
YANDEX_TRAVEL_MARKS = frozenset({"Review", "Review__author", "Review__text"})


def _yandex_travel_hotel(soup: BeautifulSoup) -> None:
    """A Yandex Travel (Яндекс Путешествия) hotel page: `section.HotelReviews` holds `div.ReviewsSummary` (「4,8 из
    5 · 526 отзывов · Сортировать: Сначала полезные」), then one `article.Review` per guest (`div.Review__author`,
    `div.Review__meta` 「Знаток города 5 уровня · 12 марта 2026」, `div.Review__stars` 「5」, `p.Review__text`, the
    buttons, and the hotel's reply `div.Review__hotelAnswer` titled by `div.Review__hotelAnswerTitle` 「Ответ
    отеля」). The writers and meta lines went as by-lines (「author」, 「meta」), so the reviews ran together as one
    passage opening with the summary and sort control, the reply's title and text plain lines between two reviews
    (holdout145). Now the summary goes and each review is a part headed by its writer (`html_text.writer_heading`,
    as Kaspi's, `_kaspi_item`), its meta line kept under the name, its text, then the reply 「Ответ отеля：…」 (as
    Wildberries' seller's reply is, `_wildberries_item`)."""
    for chrome in soup.find_all("div", class_="ReviewsSummary"):
        chrome.decompose()
    for review in soup.find_all("article", class_="Review"):
        if not _review_by_writer(soup, review, review.find(class_="Review__author"), review.find(class_="Review__meta")):
            continue
        for reply in review.find_all(class_="Review__hotelAnswer"):
            label = reply.find(class_="Review__hotelAnswerTitle")
            said = one_line(label).rstrip(":：")
            if isinstance(label, Tag):
                label.decompose()
            line = soup.new_tag("p")
            line.string = f"{said}：{one_line(reply)}" if said else one_line(reply)
            reply.replace_with(line)


def _review_by_writer(soup: BeautifulSoup, review: Tag, author: Tag | None, meta: Tag | None) -> bool:
    """Head a review card by its writer's name (an h3 under the reviews' h2, before the card) and keep its
    by-line under the name as a plain line (its class names chrome: 「author」, 「meta」); False when the card
    names no writer."""
    name = one_line(author)
    if not isinstance(author, Tag) or not name:
        return False
    author.decompose()
    if isinstance(meta, Tag):
        line = soup.new_tag("p")
        line.string = one_line(meta)
        meta.replace_with(line)
    heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
    review.insert_before(heading)
    return True


# a Wildberries item page's marks: its title, its price box, its reviews (which the comment reader leaves to it)
WILDBERRIES_MARKS = reads_comments(("product-page__title", "price-block", "product-feedbacks"))

_WILDBERRIES_ASSETS = re.compile(r"https?://[a-z0-9-]+\.wbbasket\.ru/")     # (its every page's CSS and JS)


def _wildberries_title(section: Tag) -> str:
    """A Wildberries section's heading without its count (「Отзывы」 of 「Отзывы 64」, the number its own span)."""
    heading = section.find(["h2", "h3"])
    if not isinstance(heading, Tag):
        return ""
    return clean("".join(t for t in heading.find_all(string=True) if t.find_parent(class_="section-header__count") is None))


def _wildberries_item(soup: BeautifulSoup) -> None:
    """A Wildberries item page (its assets from wbbasket.ru): under `h1.product-page__title` the article number,
    the `div.price-block` (the price `ins`, the old price `del`, 「с WB Кошельком …」, cart buttons), the delivery
    line; `section.product-details` (the description, then the spec table `table.product-params__table` with its
    `<caption>` 「Характеристики」), `section.product-feedbacks#comments` (each review a `li.feedback`: the
    `feedback__header` of name, date and a star span, `p.feedback__text`, maybe a `feedback__sellers-reply`
    「Ответ продавца」 with its text, then 「Полезно 31」 buttons), `section.product-questions` (each
    `div.questions__item`: `p.questions__text` opening with the asker's `span.questions__author`, then
    `div.questions__answer` titled 「Ответ продавца」), and the recommended goods
    (`section.j-b-recommended-goods-wrapper`).

    Read as a page (holdout127) the three prices were glued (「27 490 ₸39 900 ₸с WB Кошельком 26 940 ₸」); the spec
    table ran on at the end of the description's last table; the questions were one part, each answer opened by
    「Ответ продавца」; the reviews (their list named for comments) went to the page's end as one 「评论」 passage,
    the seller's reply to a review lost; the other goods' names were glued to their prices. Now the prices are
    one line set apart by 「 · 」; the caption heads the spec table (as Yandex Market's, `_market_questions`);
    each question with the seller's answer is a Q&A (`bbs.part_html`, the asker's name dropped); each review is a
    part headed by its writer (`html_text.writer_heading`, as Kaspi's, `_kaspi_item`), its text then the seller's
    reply 「Ответ продавца：…」; the recommended goods (other items, no text of this one) go."""
    from indexer.sites.bbs import part_html       # (bbs imports the cleaner's helpers through parse)
    if not loads_assets(soup, _WILDBERRIES_ASSETS) or soup.find("h1", class_="product-page__title") is None:
        return
    # (not html_text.price_line: it reads spans only (these prices are `ins` and `del`), by `one_line`, which joins
    # a span's inline pieces without the space `get_text(" ")` puts between them, and leaves a box without text)
    for box in soup.find_all("div", class_="price-block"):
        prices = [line for part in box.find_all(["ins", "del", "span"]) if (line := clean(part.get_text(" ")))]
        line = soup.new_tag("p")
        line.string = " · ".join(prices)
        box.replace_with(line)
    for table in soup.find_all("table", class_="product-params__table"):
        caption = table.find("caption")
        if isinstance(caption, Tag) and clean(caption.get_text()):
            heading = soup.new_tag("h3")
            heading.string = clean(caption.get_text())
            table.insert_before(heading)
            caption.decompose()
    # (not html_text.qa_pair: that puts each card in its place; here the answered ones become one part, under the
    # section's heading without its count, read by `get_text(" ")`)
    for section in soup.find_all("section", class_="product-questions"):
        answered = []
        for item in section.find_all("div", class_="questions__item"):
            asked, answer = item.find(class_="questions__text"), item.find(class_="questions__answer-text")
            if not isinstance(asked, Tag) or not isinstance(answer, Tag):
                continue
            for author in asked.find_all(class_="questions__author"):
                author.decompose()
            answered.append((clean(asked.get_text(" ")), clean(answer.get_text(" "))))
        title = _wildberries_title(section)
        if answered and title:
            holder = soup.new_tag("div")
            holder.extend(list(BeautifulSoup(part_html(title, [], answered), "html.parser").contents))
            section.replace_with(holder)
    for section in soup.find_all("section", class_="product-feedbacks"):
        parts = []
        for review in section.find_all("li", class_="feedback"):
            name, text = review.find(class_="feedback__name"), review.find(class_="feedback__text")
            if not isinstance(name, Tag) or not isinstance(text, Tag) or not clean(name.get_text()):
                continue
            parts.append(writer_heading(soup, clean(name.get_text()), "h3"))  # (under the reviews' own h2)
            paragraph = soup.new_tag("p")
            paragraph.string = clean(text.get_text(" "))
            parts.append(paragraph)
            reply = review.find(class_="feedback__sellers-reply")
            label = reply.find(class_="feedback__sellers-reply-title") if isinstance(reply, Tag) else None
            if isinstance(reply, Tag) and isinstance(label, Tag):
                said = clean(label.get_text())
                label.decompose()
                if clean(reply.get_text(" ")):
                    paragraph = soup.new_tag("p")
                    paragraph.string = f"{said}：{clean(reply.get_text(' '))}"
                    parts.append(paragraph)
        title = _wildberries_title(section)
        if parts and title:
            holder = soup.new_tag("div")
            top = soup.new_tag("h2")
            top.string = title
            holder.extend([top, *parts])
            section.replace_with(holder)
    for goods in soup.find_all("section", class_="j-b-recommended-goods-wrapper"):
        goods.decompose()


# a Lamoda item page's marks: its questions (each asked text and the store's answer)
LAMODA_MARKS = ("x-product-question__text", "x-product-question__answer")

_LAMODA_ASSETS = re.compile(r"https?://[a-z0-9-]+\.lmcdn\.ru/")     # (its every page's CSS and images)

_HEADING_COUNT = re.compile(r"\s*[(（]\d+[)）]$")                     # (「Вопросы и ответы (4)」: how many, no title)


def _lamoda_item(soup: BeautifulSoup) -> None:
    """A Lamoda item page (its assets from lmcdn.ru): the buy box under the h1 (brand and model spans) — the prices
    (`…-prices__price_old`, `…-prices__price`, `…-prices__discount`), the size buttons under the label 「Размер RUS:」
    (an unavailable one `button._disabled`) with the link 「Таблица размеров」, the cart buttons, the delivery list;
    the description, the size table and other sections; the questions (`div.x-product-question`: the asker and date
    in `__author`, the question in `__text`, the store's `__answer` opened by its `__answer-author` 「Ответ Lamoda」)
    under a heading that ends with their count 「Вопросы и ответы (4)」; the recommended goods
    (`section.x-product-recommendations`).

    Read as a page (holdout134) the prices were glued (「79 990 ₸ 64 990 ₸ −19%」), the sizes lost (buttons are
    controls) leaving 「Размер RUS: Таблица размеров」, the questions one part cut in two at the last answer, the
    other goods a part of their own. Now the prices are one line set apart by 「 · 」 (as a Wildberries item's,
    `_wildberries_item`); the sizes one can order follow their label, the link to the table (a section of the page)
    dropped; each question with the store's answer is a Q&A (`bbs.part_html`, the asker dropped) under the
    section's heading without its count; the recommended goods (other items, no text of this one) go."""
    from indexer.sites.bbs import part_html       # (bbs imports the cleaner's helpers through parse)
    if not loads_assets(soup, _LAMODA_ASSETS):
        return
    # (not html_text.price_line: `one_line` joins a span's inline pieces without the space `get_text(" ")` puts
    # between them, and a box without text would stay)
    for box in soup.find_all(class_=re.compile(r"^x-[a-z-]*product-prices$")):
        prices = [line for part in box.find_all("span") if (line := clean(part.get_text(" ")))]
        line = soup.new_tag("p")
        line.string = " · ".join(prices)
        box.replace_with(line)
    for box in soup.find_all(class_=re.compile(r"^x-[a-z-]*product-sizes$")):
        label, sizes = box.find("span"), [clean(size.get_text()) for size in box.find_all("button")
                                           if "_disabled" not in class_names(size)]
        if not isinstance(label, Tag) or not any(sizes):
            continue
        line = soup.new_tag("p")
        line.string = f"{clean(label.get_text())} {' / '.join(size for size in sizes if size)}"
        box.replace_with(line)
    # (not html_text.qa_pair, as Wildberries' questions: one part of the answered ones replaces the section)
    for questions in soup.find_all("div", class_="x-product-questions"):
        answered = []
        for item in questions.find_all("div", class_="x-product-question"):
            asked, answer = item.find(class_="x-product-question__text"), item.find(class_="x-product-question__answer")
            if not isinstance(asked, Tag) or not isinstance(answer, Tag):
                continue
            for label in answer.find_all(class_="x-product-question__answer-author"):
                label.decompose()
            answered.append((clean(asked.get_text(" ")), clean(answer.get_text(" "))))
        section = questions.find_parent("section")
        heading = section.find(["h2", "h3"]) if isinstance(section, Tag) else None
        title = _HEADING_COUNT.sub("", clean(heading.get_text(" "))) if isinstance(heading, Tag) else ""
        if answered and title and isinstance(section, Tag):
            holder = soup.new_tag("div")
            holder.extend(list(BeautifulSoup(part_html(title, [], answered), "html.parser").contents))
            section.replace_with(holder)
    for goods in soup.find_all("section", class_="x-product-recommendations"):
        goods.decompose()


# a noon product page's marks (Next.js: its parts' plain class names beside styled-components' 「sc-…」 hashes)
NOON_MARKS = frozenset({"coreWrapper", "reviewItem", "qaItem"})
_NOON_ASSETS = re.compile(r"https?://(?:f\.nooncdn\.com|(?:www\.)?noon\.com)/")


def _noon_item(soup: BeautifulSoup) -> None:
    """A noon (noon.com) product page: `div.coreWrapper` (the brand's link, the h1, the model number, the ratings,
    the price, the estimator, the seller, the USP list), the Overview and Specifications sections, then
    `section.reviewsCtr` (the h2 「Product Ratings & Reviews」, `div.ratingSummary`, `div.reviewItem`s: a
    `div.reviewer` of name, 「Verified Purchase」 and date spans, the drawn stars, an h4 title, the text and
    「Helpful (14)」), `section.questionsCtr` (`div.qaItem`s of a 「Q:」 question and an 「A:」 answer ending in the
    seller's by-line `span.by` 「— Tianshan Gadgets (Seller), 2 Oct 2026」, then `a.moreQa` 「See more questions
    (12)」) and `section.recommendations` 「Customers also viewed」. Read as a page, the first reviewer's line was
    the only text of the reviews' h2, each review a part titled by its h4 ending in the next reviewer's line and
    its 「Helpful (14)」, each answer ended in its by-line, the 「See more questions」 link was a part of its own and
    the other products a part (holdout210). Each review is now a part headed by its writer under the reviews' h2,
    its date, title and text its lines (Jumia's are read so); each answer is read without its by-line, as
    Snapdeal's are; the links to more reviews and questions and the other products go, as Snapdeal's do. Under
    the h1, the brand's link and the ratings line 「86 Ratings」 (its score drawn apart) go, as Jumia's do, and so
    does the estimator 「Get it by Tomorrow · Order in 5 hrs 12 mins」, the delivery promise of the hour (as
    Coupang's badge); the model number, price, seller and USP list stay, as a shop's price and terms do (Kaspi's,
    Takealot's benefits)."""
    if soup.find("div", class_="coreWrapper") is None or not loads_assets(soup, _NOON_ASSETS, ("link", "script", "img")):
        return
    for chrome in soup.select("div.coreWrapper > div.brand, div.coreWrapper > div.ratingsCtr, "
                              "div.coreWrapper > div.estimator, section.recommendations, a.moreQa, a.seeAll, "
                              "div.qaItem span.by"):
        chrome.decompose()
    for review in soup.find_all("div", class_="reviewItem"):
        name = review.find(class_="name")
        if not isinstance(name, Tag) or not one_line(name):
            continue
        lines = [one_line(review.find(class_="date")), one_line(review.find(class_="reviewTitle")),
                 one_line(review.find(class_="reviewText"))]
        review_part(soup, review, one_line(name), lines)       # (under the reviews' own h2)


# a Hepsiburada product page's marks: its review cards' (the hermes design system) and questions' blocks
HEPSIBURADA_MARKS = frozenset({"hermes-ReviewCard-item", "questionAnswerContainer", "qa-item"})
_HEPSIBURADA_ASSETS = re.compile(r"https?://(?:[\w-]+\.)?hepsiburada\.(?:net|com)/")


def _hepsiburada_item(soup: BeautifulSoup) -> None:
    """A Hepsiburada product page: `div.product-information` (the h1, 「Marka:」, the rating, the price, the seller,
    the delivery list), the tabs, the description of h2 sections, then `div.hermes-ReviewCard` (the h2
    「Değerlendirmeler」 over `div.hermes-ReviewCard-item`s: a `div.author` by-line 「B***n T. · 14 Ekim 2026 ·
    Satın aldı」, the drawn stars `div.star`, the text and 「Evet (11)」), `div.questionAnswerContainer` (the h2
    「Soru-Cevap」 over `div.qa-item`s: `div.qa-question`, its label 「Soru」, the asker and date spans over the
    question, and `div.qa-answer`, its label 「Satıcı Cevabı」 and the seller's name over the answer, then
    `a.qa-more` 「Tüm soruları gör (14)」), the returns policy and `section.recommendation-carousel`. Read as a page,
    the reviews lost their by-lines but kept their stars and votes, and the five pairs were the lines of one
    section cut by size, a question's answer opening the next part (holdout210). Each review is now a part headed
    by its writer over its date (`html_text.review_by_line`, as DNS's are), its stars and votes gone; each pair is
    a Q&A without its labels, asker or seller, as Trendyol's are; the 「Tüm soruları gör」 link and the other
    products go, as Snapdeal's do; the brand's line 「Marka: SIMKopya」 under the h1 goes, as Jumia's brand link
    does. The price, seller and delivery lines stay, as a shop's do (Kaspi's, Takealot's benefits), and so does
    the returns policy: what a buyer asks (as Jumia's 「Delivery & Returns」)."""
    if not loads_assets(soup, _HEPSIBURADA_ASSETS):
        return
    for chrome in soup.select("div.product-information > div.product-brand, section.recommendation-carousel, "
                              "a.qa-more, div.qa-ask"):
        chrome.decompose()
    for card in soup.find_all("div", class_="hermes-ReviewCard-item"):
        line = card.find("div", class_="author")
        if isinstance(line, Tag) and review_by_line(soup, card, line, ("purchased",)):
            for drawn in card.select("div.star, span.helpful"):
                drawn.decompose()
    for item in soup.select("div.questionAnswerContainer div.qa-item"):
        qa_pair(soup, item, item.select_one("div.qa-question p"), item.select_one("div.qa-answer p"))


# a Mercado Libre item page's (VPP's) marks: the h1's and the description's classes
MERCADOLIBRE_MARKS = frozenset({"ui-pdp-title", "ui-pdp-description__content"})
_MERCADOLIBRE_ASSETS = re.compile(r"https?://http2\.mlstatic\.com/")
_ML_QUESTION = "ui-pdp-qadb__questions-list__question"
_DOT_POINT = re.compile(r"^\s*[·•・]\s*")     # a point's glyph opening a line typed as plain text


def _mercadolibre_item(soup: BeautifulSoup) -> None:
    """A Mercado Libre item page (VPP): `div.ui-pdp-header` (「Nuevo | +500 vendidos」, the h1, the rating), the
    price, shipping, buy box and seller, 「Características del producto」, the 「Descripción」 — one
    `p.ui-pdp-description__content` of `<br>` lines, the seller's parts titled by lines that are only a 【bracketed
    title】, points typed 「· …」 — then `div.ui-pdp-qadb` (「Preguntas y respuestas」: the ask box, an h3 「Últimas
    realizadas」, `div.…questions-list__question`s each the question's span over its `div.…answer-item`, the answer
    ending in its date span; 「Ver todas las preguntas」) and `div.ui-review-capability` (「Opiniones del producto」:
    the rating line, `article.…comments__comment`s of drawn stars, text, date and 「Es útil 4」). Read as a page,
    the description was one part cut by size, its 【…】 titles lines of the text; the four pairs and their dates
    one part; the reviews lost as chrome (holdout210). The description's lines are now paragraphs
    (`blogs.lines_apart`, as Avito's are), each 【…】 line a heading of its part without its brackets and each run
    of 「· 」 lines a list; each pair a Q&A without its date, as Trendyol's are (one question's card left open held
    the next ones: each is read on its own, innermost first); each review a line of its text under the reviews'
    h2 (a review names no writer to head it), the stars, dates, votes, rating line and the 「Ver todas」 link gone."""
    from indexer.sites.blogs import lines_apart        # (blogs imports the cleaner's helpers through parse)
    from indexer.sites.threads import _BRACKET_PART_TITLE
    if soup.find("h1", class_="ui-pdp-title") is None or not loads_assets(soup, _MERCADOLIBRE_ASSETS):
        return
    for description in soup.find_all("p", class_="ui-pdp-description__content"):
        holder = description.parent
        lines_apart(soup, description)
        if not isinstance(holder, Tag):
            continue
        for line in holder.find_all("p", recursive=False):
            bracketed = _BRACKET_PART_TITLE.match(one_line(line))
            if bracketed:
                line.replace_with(text_tag(soup, "h3", bracketed.group(1).strip()))
        listed: Tag | None = None
        for line in holder.find_all("p", recursive=False):
            if not _DOT_POINT.match(one_line(line)):
                listed = None
                continue
            if listed is None or line.previous_sibling is not listed:
                listed = soup.new_tag("ul")
                line.insert_before(listed)
            listed.append(text_tag(soup, "li", _DOT_POINT.sub("", one_line(line), count=1)))
            line.decompose()
    for item in reversed(soup.find_all("div", class_=_ML_QUESTION)):
        asked = item.find("span", recursive=False)
        answer = item.find("div", class_="ui-pdp-qadb__questions-list__answer-item", recursive=False)
        if not isinstance(asked, Tag) or not isinstance(answer, Tag):
            continue
        for date in answer.find_all(class_="ui-pdp-qadb__questions-list__answer-item__date"):
            date.decompose()
        if one_line(asked) and one_line(answer):
            for nested in reversed(item.find_all(recursive=False)):
                if nested is not asked and nested is not answer:
                    item.insert_after(nested.extract())     # (the cards a card left open holds, read after it)
            qa_card(soup, item, one_line(asked), one_line(answer))
    for chrome in soup.select("a.ui-pdp-qadb__questions-list__see-more, div.ui-review-capability__rating"):
        chrome.decompose()
    for review in soup.find_all("article", class_="ui-review-capability-comments__comment"):
        said = review.find(class_="ui-review-capability-comments__comment__content")
        if isinstance(said, Tag) and one_line(said):
            review.replace_with(text_tag(soup, "p", one_line(said)))
    for block in soup.find_all("div", class_="ui-review-capability"):
        block["class"] = [name for name in class_names(block) if "review" not in name]    # (「review」 named it chrome)


# a Bukalapak product page's marks: the h1's class and the description's and reviews' blocks
BUKALAPAK_MARKS = frozenset({"c-main-product__title", "c-information__description-txt", "c-reviews-item"})
_BUKALAPAK_ASSETS = re.compile(r"https?://(?:[\w-]+\.)?bukalapak\.com/")


def _bukalapak_item(soup: BeautifulSoup) -> None:
    """A Bukalapak product page: `section.c-main-product__head` (the h1, the rating line, the price, the variant
    row 「Ukuran:」 of buttons, the buy buttons, the shipping line, the share links), `section.c-seller-info`
    (「Informasi Pelapak」), the tab bar `div.c-tab` whose links name the panels under it (「Deskripsi」
    `#deskripsi`, 「Spesifikasi」 `#spesifikasi`), then `section.c-product-detail-ulasan` (「Ulasan Barang」: the
    summary, the filter buttons, `div.c-reviews-item`s — a head of name, stars and date spans, the text, the
    seller's reply 「Balasan Pelapak」, 「Membantu (12)」 — and 「Lihat Semua Ulasan」) and `section.c-product-
    recommendation` 「Barang Serupa」. Read as a page, the variant row kept its label alone (the buttons went as
    controls), the tab bar went, so the description's first paragraph ended the seller's part and the
    specifications table was under the page's title, and the reviews with their names, dates, votes and summary
    were one part (holdout210). The variant row is one line 「Ukuran: Ponsel (19 × 11 cm) · Tablet (30 × 23 cm)」;
    each panel a tab names is headed by the tab's name (an h2); each review a part headed by its writer over its
    date, its text and the seller's reply 「Balasan Pelapak：…」 (as Shopee's 「卖家回复：…」), stars and votes gone;
    the summary, filters, 「Lihat Semua Ulasan」 and the other products go, as Snapdeal's do."""
    title = soup.find("h1", class_="c-main-product__title")
    if not isinstance(title, Tag) or not loads_assets(soup, _BUKALAPAK_ASSETS):
        return
    for chrome in soup.select("section.c-product-recommendation, div.c-reviews-summary, div.c-reviews-filter, "
                              "a.c-reviews__more, div.c-reviews-item__helpful"):
        chrome.decompose()
    for row in soup.find_all("div", class_="c-main-product__variant"):
        label, options = row.find("span"), [one_line(button) for button in row.find_all("button") if one_line(button)]
        if options:
            row.replace_with(text_tag(soup, "p", f"{one_line(label)} {' · '.join(options)}".strip()))
    for bar in soup.find_all("div", class_="c-tab"):
        for link in bar.find_all("a", href=re.compile(r"^#.")):
            panel = soup.find(id=str(link["href"])[1:])
            if isinstance(panel, Tag) and one_line(link) and not panel.find(HEADINGS):
                panel.insert(0, text_tag(soup, "h2", one_line(link)))
        bar.decompose()
    for review in soup.find_all("div", class_="c-reviews-item"):
        head, name = review.find(class_="c-reviews-item__head"), review.find(class_="c-reviews-item__name")
        if not isinstance(name, Tag) or not one_line(name):
            continue
        reply = review.find(class_="c-reviews-item__reply")
        label = reply.find(class_="c-reviews-item__reply-label") if isinstance(reply, Tag) else None
        said = one_line(reply.find("p")) if isinstance(reply, Tag) else ""
        lines = [one_line(review.find(class_="c-reviews-item__date")),
                 one_line(review.find(class_="c-reviews-item__content")),
                 f"{one_line(label)}：{said}" if said and one_line(label) else said]
        review_part(soup, review, one_line(name), lines)       # (under the reviews' own h2)


# a Tabelog restaurant page's marks: its header's name, each review card and its title line
TABELOG_MARKS = frozenset({"rdheader-rstname", "rvw-item", "rvw-item__title"})

# a Tabelog review's details, in the order they are shown: writer, their profile, visit month, meal and price
_TABELOG_DETAILS = ("rvw-item__rvwr-name", "rvw-item__rvwr-profile", "rvw-item__visit-month", "rvw-item__usedprice")


def _part_level(heading: Tag | None) -> str:
    """The heading level of a part under `heading` (one below it; h3 where there is none)."""
    return f"h{min(HEADINGS[heading.name] + 1, 6)}" if isinstance(heading, Tag) else "h3"


def _tabelog_restaurant(soup: BeautifulSoup) -> None:
    """A Tabelog (食べログ, tabelog.com and its /tw, /cn, /en editions) restaurant page: the header
    `div.rdheader-info` (h2 name, rating, counts, `dl.rdheader-subinfo` of station, genre and budget), then under the
    h3 「評論」 one `div.rvw-item` per review: `div.rvw-item__rvwr` (name, 「評論 36 則・台灣」), `div.rvw-item__ratings`
    (score, `span.rvw-item__visit-month` 「2026/09 造訪」 and `span.rvw-item__usedprice` 「晚餐 ￥4,000～￥4,999」, no
    space between them), the bold title `p.rvw-item__title`, the text, `p.rvw-item__like` (「讚 (24)」, 「檢舉」) and
    the shop's `div.rvw-item__reply`. Read as a page, the writer's lines before the bold title were the end of the
    part above (the previous review, or a part of their own under 「評論」), each review ended with 「檢舉」, the reply
    was unmarked and the list's link 「查看全部 128 則評論」 glued to the last review (holdout216). Each review is now
    a part titled by its title (a heading one below the reviews' own) over one line of its writer and visit
    (「台北的阿哲 · 評論 36 則・台灣 · 2026/09 造訪 · 晚餐 ￥4,000～￥4,999」), its text, and the reply a line
    「店家回覆：…」; the score, the buttons and the link go. The header's list is a table of its terms and values,
    not six loose lines."""
    for info in soup.find_all("dl", class_="rdheader-subinfo"):
        pairs = list(zip(info.find_all("dt"), info.find_all("dd")))
        if pairs:
            info.replace_with(pairs_table(soup, pairs))
    for chrome in soup.find_all(class_=["rvw-item__like", "rstdtl-rvwlst__more"]):
        chrome.decompose()
    for review in soup.find_all("div", class_="rvw-item"):
        title = review.find(class_="rvw-item__title")
        if not isinstance(title, Tag) or not one_line(title):
            continue
        section = review.find_parent("section")
        level = _part_level(section.find(HEADINGS) if isinstance(section, Tag) else None)
        line = " · ".join(filter(None, (one_line(review.find(class_=name)) for name in _TABELOG_DETAILS)))
        for shown in review.find_all(class_=["rvw-item__rvwr", "rvw-item__ratings"]):
            shown.decompose()
        review.insert_before(text_tag(soup, level, one_line(title)))
        if line:
            title.replace_with(text_tag(soup, "p", line))
        else:
            title.decompose()
        for reply in review.find_all(class_="rvw-item__reply"):
            label = reply.find(class_="rvw-item__reply-name")
            said = one_line(label)
            if isinstance(label, Tag):
                label.decompose()
            if one_line(reply):
                reply.replace_with(text_tag(soup, "p", f"{said}：{one_line(reply)}" if said else one_line(reply)))


# a Kakaku.com (価格.com) product page's marks: each review's box, its head of writer, date and title, its text
KAKAKU_MARKS = frozenset({"revMainClmWrap", "reviewTitle", "revEntryCont"})

# a Kakaku.com review's number after its date (「2026年9月12日 21:40 [1804522-1]」)
_KAKAKU_REVIEW_NO = re.compile(r"\s*\[\d+(?:-\d+)?\]$")


def _kakaku_item(soup: BeautifulSoup) -> None:
    """A Kakaku.com (価格.com) product page: under the h3 「ユーザーレビュー」 one `div.revMainClmWrap` per review, its
    head `div.reviewTitle` (`p.userName`, `p.date` 「2026年9月12日 21:40 [1804522-1]」, then the h4 title), the
    scores' table `table.reviewPoint` (「デザイン 4 携帯性 5 …」), the text `div.revEntryCont` and `p.revHelpful`
    「このレビューは参考になりましたか？ 参考になった 23人」; under the h3 「この製品の最新クチコミ」 one `div.bbsThread` per
    thread (`p.bbsTitle`, its badge 「解決済」 and the question's link; `div.bbsQuestion` and `div.bbsReply`, each a
    `p.bbsName` 「スレ主 ayan_ast さん」 / 「返信 kz_sakura さん」 over the post; `p.bbsDate`), then `p.bbsMore`.
    Read as a page, the writer and date before each review's h4 ended the part above it (the previous review, or a
    part of their own under 「ユーザーレビュー」), each review opened with its scores as a line and closed with the
    helpfulness question, and the threads ran together as one passage (badge glued to the question) cut by length
    inside a thread (holdout216). Each review is now a part under its h4 over a line of its writer and date (without
    the review's number), its text; each thread a Q&A, its question the title, its text the question's post and the
    reply; the scores, the helpfulness line, the badges, the posters' labels, the dates and the board's link go."""
    for chrome in soup.find_all(class_=["reviewPoint", "revHelpful", "bbsMore"]):
        chrome.decompose()
    for head in soup.find_all("div", class_="reviewTitle"):
        title = head.find(HEADINGS)
        if not isinstance(title, Tag) or not one_line(title):
            continue
        name = one_line(head.find(class_="userName"))
        date = _KAKAKU_REVIEW_NO.sub("", one_line(head.find(class_="date")))
        line = " · ".join(filter(None, (name, date)))
        head.insert_before(title.extract())
        if line:
            head.replace_with(text_tag(soup, "p", line))
        else:
            head.decompose()
    for thread in soup.find_all("div", class_="bbsThread"):
        title = thread.find(class_="bbsTitle")
        posts = thread.find_all(class_=["bbsQuestion", "bbsReply"])
        if not isinstance(title, Tag) or not posts:
            continue
        for badge in title.find_all("span"):
            badge.decompose()
        question = one_line(title)
        body = soup.new_tag("div")
        for post in posts:
            for label in post.find_all(class_="bbsName"):
                label.decompose()
            for said in post.find_all("p"):
                body.append(said.extract())
        if question and one_line(body):
            qa_card(soup, thread, question, body)


# Bazaarvoice's questions and reviews widget, as a shop (Currys…) embeds it under its product's text
BAZAARVOICE_MARKS = frozenset({"bv-content-item", "bv-content-author", "bv-content-summary-body-text"})


def _bazaarvoice_content(soup: BeautifulSoup) -> None:
    """A product page's Bazaarvoice widget (holdout224's Currys page): `section.bv-questions` of
    `li.bv-content-question`s (`div.bv-content-author` — the asker's `span.bv-author`, a date —, the question
    `h3.bv-content-title` 「Q: …」, the answers `li.bv-content-answer`, each a `div.bv-content-author` of the answerer
    and their badge `span.bv-badge` 「Brand representative」「Staff」「Verified purchaser」, the text 「A: …」 and the
    「Helpful?」 votes), `section.bv-reviews` (`div.bv-review-summary` 「4.5 out of 5」「41 reviews」「93% would
    recommend」 and Write a review, then each `li.bv-content-review`: the author line, the stars `span.bv-rating-stars`
    its aria-label 「3 out of 5 stars」, its title h3, its text). Read as a page, the by-lines went as by-lines do, so
    an answer by the brand was not told from a buyer's; the summary's spans ran together (「41 reviews93% would
    recommend」, its score gone with its rating class) and each review lost its writer and score. So each answer closes
    with its signature 「— Husqvarna Expert（Brand representative）」 (as DNS's, `html_text.signed_answers`), the summary
    is one line 「 · 」 apart (`price_line`), and each review keeps its title over a line of its writer and score (as
    Tabelog's); the askers, dates and votes go, as every shop's."""
    for answer in soup.find_all("li", class_="bv-content-answer"):
        by = answer.find(class_="bv-content-author")
        text = answer.find(class_="bv-content-summary-body-text")
        if not isinstance(by, Tag) or not isinstance(text, Tag):
            continue
        name, badge = one_line(by.find(class_="bv-author")), one_line(by.find(class_="bv-badge"))
        last = text.find_all("p")[-1] if text.find("p") else text
        if name:
            last.append(f" — {name}（{badge}）" if badge else f" — {name}")
        by.decompose()
    for summary in soup.find_all("div", class_="bv-review-summary"):
        for button in summary.find_all("button"):
            button.decompose()
        price_line(soup, summary)
    for review in soup.find_all("li", class_="bv-content-review"):
        by = review.find(class_="bv-content-author")
        stars = review.find(class_="bv-rating-stars")
        title = review.find(class_="bv-content-title")
        if not isinstance(title, Tag):
            continue
        fields = [one_line(by.find(class_="bv-author")) if isinstance(by, Tag) else "",
                  str(stars.get("aria-label", "")).strip() if isinstance(stars, Tag) else ""]
        for gone in (by, stars):
            if isinstance(gone, Tag):
                gone.decompose()
        if any(fields):
            title.insert_after(text_tag(soup, "p", " · ".join(field for field in fields if field)))
