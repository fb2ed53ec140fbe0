/*
 * Instant results for the search page. The page works without this file
 * (the form submits to "/" and the server renders the cards); with it, results
 * follow typing. Cards are built with DOM nodes and textContent only, in the
 * same markup as templates/macros.html.
 */
(function () {
  "use strict";

  var SEARCH_PAGE_CONFIG = { debounceMs: 150, limit: 10, maxQueryChars: 500 };
  var BADGES = { qa: "问答", step: "步骤" };

  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var results = document.getElementById("results");
  if (!form || !input || !results || !window.fetch || !window.KBSearchText) return;

  var api = results.getAttribute("data-api") || "/api/search";
  var relatedApi = results.getAttribute("data-related-api") || "/api/related";
  var lastQuery = input.value.trim();
  var controller = null;
  var timer = 0;
  var composing = false;

  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (attrs[name] !== null && attrs[name] !== undefined) el.setAttribute(name, String(attrs[name]));
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) el.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return el;
  }

  // Snippet → DOM helpers come from widget.js (loaded first): one copy of the code that
  // turns API text into nodes, with <mark> the only element it makes.
  var snippetNodes = window.KBSearchText.snippetNodes;
  var markedTerms = window.KBSearchText.markedTerms;
  var highlighted = window.KBSearchText.highlighted;

  function paragraphs(text) {
    return String(text || "").split("\n").map(function (l) { return l.trim(); }).filter(Boolean);
  }

  /** Only same-site or http(s) links: an API value can never become a javascript: URL. */
  function safeHref(url) {
    try {
      var abs = new URL(String(url || ""), location.href);
      return abs.protocol === "https:" || abs.protocol === "http:" ? abs.href : null;
    } catch (e) {
      return null;   // unparsable: the card renders without a link
    }
  }

  /** The API's JSON body, or a rejection for a network error or a non-2xx answer. */
  function getJSON(url, signal) {
    return fetch(url, { signal: signal, headers: { Accept: "application/json" } }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    });
  }

  function searchHref(query) {
    return location.pathname + "?q=" + encodeURIComponent(query);
  }

  function card(r) {
    var art = r.article || {};
    var href = safeHref(art.url);
    var li = h("li", { "class": "card card-" + r.type }, [
      h("div", { "class": "card-meta" }, [
        h("span", { "class": "badge badge-" + r.type }, [BADGES[r.type] || "章节"]),
        h("span", { "class": "card-trail" }, [[art.title || ""].concat(Array.isArray(r.path) ? r.path.slice(1, -1) : []).join(" › ")])
      ])
    ]);
    var proc = r.procedure;
    var isStep = r.type === "step" && proc;
    var title = h("h2", { "class": "card-title" }, [h("a", { href: href }, [String(isStep ? proc.title : r.title || "")])]);
    li.appendChild(title);
    if (r.type === "qa") {
      var terms = markedTerms(r.snippet);
      li.appendChild(h("div", { "class": "card-answer" }, paragraphs(r.text).map(function (line) { return h("p", {}, [highlighted(line, terms)]); })));
    } else if (isStep) {
      title.appendChild(document.createTextNode(" "));
      title.appendChild(h("span", { "class": "step-count" }, ["第 " + proc.index + "/" + proc.count + " 步"]));
      var ol = h("ol", { "class": "procedure" });
      (Array.isArray(r.steps) && r.steps.length ? r.steps : [r]).forEach(function (s, i) {
        var current = s.id === r.id;
        var number = s === r ? proc.index : (s.index || i + 1);
        var item = h("li", current ? { value: number, "class": "is-current", "aria-current": "step" } : { value: number }, [
          h("span", { "class": "step-title" }, [String(s.title || "")])
        ]);
        if (current) item.appendChild(h("p", { "class": "card-snippet" }, [snippetNodes(r.snippet)]));
        ol.appendChild(item);
      });
      li.appendChild(ol);
    } else {
      li.appendChild(h("p", { "class": "card-snippet" }, [snippetNodes(r.snippet)]));
    }
    return li;
  }

  /** A step's card lists its whole procedure: show each procedure once, at its best step's rank
   *  (the same rule as present.distinct_cards on the server-rendered page). */
  function distinctCards(results) {
    var seen = {};
    return results.filter(function (r) {
      var p = r && r.type === "step" ? r.procedure : null;
      if (!p) return true;
      var key = JSON.stringify([(r.article || {}).id, p.title, p.count]);
      if (seen[key]) return false;
      seen[key] = true;
      return true;
    });
  }

  function render(data, query) {
    var list = distinctCards(data && Array.isArray(data.results) ? data.results : []);
    var nodes = [];
    if (data && data.suggestion && data.suggestion !== query) {
      nodes.push(h("p", { "class": "suggestion" }, ["您是不是要找：", h("a", { href: searchHref(data.suggestion) }, [String(data.suggestion)])]));
    }
    if (list.length) {
      nodes.push(h("p", { "class": "summary" }, ["找到 " + list.length + " 条结果", h("span", { "class": "took" }, ["（用时 " + data.took_ms + " 毫秒）"])]));
      nodes.push(h("ol", { "class": "cards" }, list.map(card)));
    } else {
      nodes.push(h("div", { "class": "no-answer" }, [
        h("h2", {}, ["没有找到相关答案"]),
        h("p", {}, ["换个说法试试，或者减少一些关键词，例如只输入「充值」。"])
      ]));
    }
    results.replaceChildren.apply(results, nodes);
    if (!list.length) offerRelated(query);
  }

  /** A near miss (GET /api/related): a link to the passage, as templates/macros.html's related_item. */
  function relatedItem(r) {
    var art = r.article || {};
    var title = r.type === "step" && r.procedure ? r.procedure.title : r.title;
    var snippet = h("p", { "class": "card-snippet" });
    snippet.appendChild(snippetNodes(r.snippet));
    return h("li", { "class": "related-item" }, [
      h("a", { href: safeHref(art.url) }, [String(title || "")]),
      h("span", { "class": "card-trail" }, [String(art.title || "")]),
      snippet
    ]);
  }

  /** Nothing answers: offer the passages nearest the question, apart from answers. */
  function offerRelated(query) {
    var mine = controller = new AbortController();
    getJSON(relatedApi + "?q=" + encodeURIComponent(query), mine.signal).then(function (data) {
      if (mine !== controller) return;
      controller = null;
      var related = data && Array.isArray(data.related) ? data.related : [];
      if (!related.length) return;
      results.appendChild(h("section", { "class": "related", "aria-labelledby": "related-title" }, [
        h("h2", { id: "related-title" }, ["这些内容可能相关"]),
        h("ul", { "class": "related-list" }, related.map(relatedItem))
      ]));
    }).catch(function () {
      if (mine === controller) controller = null;     // the answer (none) is shown already
    });
  }

  function notice(text) {
    results.replaceChildren(h("div", { "class": "notice notice-error" }, [h("p", {}, [text])]));
  }

  function search() {
    clearTimeout(timer);
    var query = input.value.trim();
    if (query === lastQuery) return;
    lastQuery = query;
    if (controller) controller.abort();
    controller = null;
    history.replaceState(null, "", query ? searchHref(query) : location.pathname);
    document.title = (query ? query + " - " : "") + "帮助中心搜索";
    if (!query) { results.replaceChildren(); results.removeAttribute("aria-busy"); return; }
    if (query.length > SEARCH_PAGE_CONFIG.maxQueryChars) {
      notice("问题太长了，请精简到 " + SEARCH_PAGE_CONFIG.maxQueryChars + " 字以内。");
      return;
    }
    var mine = controller = new AbortController();
    results.setAttribute("aria-busy", "true");
    getJSON(api + "?q=" + encodeURIComponent(query) + "&limit=" + SEARCH_PAGE_CONFIG.limit, mine.signal).then(function (data) {
      if (mine !== controller) return;
      controller = null;
      results.removeAttribute("aria-busy");
      render(data, query);
    }).catch(function (error) {
      if (error.name === "AbortError" || mine !== controller) return;
      controller = null;
      lastQuery = null;
      results.removeAttribute("aria-busy");
      notice("搜索暂时不可用，请稍后再试。");
    });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(search, SEARCH_PAGE_CONFIG.debounceMs);
  }

  input.addEventListener("compositionstart", function () { composing = true; clearTimeout(timer); });
  input.addEventListener("compositionend", function () { composing = false; schedule(); });
  input.addEventListener("input", function (e) {
    if (e.isComposing || composing) return;   // the input method is still composing
    schedule();
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    if (composing) return;
    lastQuery = null;
    search();
  });
})();
