/*
 * <kb-search endpoint="https://KB-HOST"> — the embeddable help-center search.
 *
 *   <script src="https://KB-HOST/widget.js" defer></script>
 *   <kb-search endpoint="https://KB-HOST"></kb-search>
 *
 * Plain JavaScript, no build step. Styles live in a shadow root and are
 * themable with CSS custom properties (--kb-accent, --kb-font, --kb-radius,
 * --kb-bg, --kb-fg, --kb-muted, --kb-border, --kb-mark, --kb-backdrop).
 * Every string from the API reaches the page as a text node; the only markup
 * taken from a snippet is <mark>, rebuilt by snippetNodes().
 */
(function () {
  "use strict";

  if (!window.customElements || customElements.get("kb-search")) return;

  // The origin this script came from: the default endpoint.
  var SCRIPT_SRC = document.currentScript && document.currentScript.src;

  /** Every tunable and every UI string, in one place. */
  var KB_SEARCH_CONFIG = {
    debounceMs: 150,
    limit: 10,
    historySize: 5,
    maxQueryChars: 500,
    storagePrefix: "kb-search:recent:",
    // Strings; each is overridable by the kebab-case attribute (or data-*):
    // buttonText -> button-text / data-button-text.
    text: {
      buttonText: "搜索帮助",
      placeholder: "输入您的问题，例如：充值后多久到账",
      dialogLabel: "搜索帮助中心",
      resultsLabel: "搜索结果",
      emptyText: "输入问题，直接看到答案。",
      loadingText: "正在搜索…",
      errorText: "搜索暂时不可用，请稍后再试。",
      noResultsText: "没有找到相关答案",
      noResultsHint: "换个说法试试，或者减少一些关键词。",
      relatedTitle: "这些内容可能相关",
      suggestionText: "您是不是要找：",
      recentTitle: "最近搜索",
      clearHistoryText: "清除",
      closeText: "关闭",
      countText: "找到 {n} 条结果",
      stepText: "第 {i}/{n} 步",
      qaBadge: "问答",
      stepBadge: "步骤",
      sectionBadge: "章节",
      openHint: "打开",
      selectHint: "选择",
      closeHint: "关闭"
    }
  };

  var STYLE = [
    ":host{display:inline-block;--_accent:var(--kb-accent,#1a66ff);--_font:var(--kb-font,system-ui,-apple-system,'Segoe UI','PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC',sans-serif);",
    "--_radius:var(--kb-radius,10px);--_bg:var(--kb-bg,#fff);--_fg:var(--kb-fg,#1c2433);--_muted:var(--kb-muted,#647084);--_border:var(--kb-border,#dfe3ea);",
    "--_soft:var(--kb-soft,#f4f6fa);--_mark:var(--kb-mark,#fff1a8);--_backdrop:var(--kb-backdrop,rgba(17,24,39,.45));font-family:var(--_font)}",
    ":host([theme=dark]){--_bg:var(--kb-bg,#171b24);--_fg:var(--kb-fg,#e7eaf0);--_muted:var(--kb-muted,#9aa4b5);--_border:var(--kb-border,#2c3342);--_soft:var(--kb-soft,#212735);--_mark:var(--kb-mark,#6b5a12)}",
    "[hidden]{display:none!important}",
    "*{box-sizing:border-box}",
    ".trigger{display:inline-flex;align-items:center;gap:.5em;min-width:12em;padding:.5em .6em .5em .8em;font:inherit;font-size:15px;color:var(--_muted);",
    "background:var(--_soft);border:1px solid var(--_border);border-radius:var(--_radius);cursor:pointer;transition:border-color .15s,box-shadow .15s}",
    ".trigger:hover{border-color:var(--_accent);color:var(--_fg)}",
    ".trigger:focus-visible{outline:none;box-shadow:0 0 0 3px color-mix(in srgb,var(--_accent) 35%,transparent);border-color:var(--_accent)}",
    ".trigger .label{flex:1;text-align:left}",
    "svg{width:1.1em;height:1.1em;flex:none;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round}",
    "kbd{display:inline-block;min-width:1.6em;padding:.05em .35em;font:inherit;font-size:12px;line-height:1.5;text-align:center;color:var(--_muted);",
    "background:var(--_bg);border:1px solid var(--_border);border-bottom-width:2px;border-radius:5px}",
    "dialog{width:min(680px,calc(100vw - 32px));max-height:min(720px,calc(100vh - 12vh - 32px));margin:12vh auto auto;padding:0;border:0;",
    "border-radius:calc(var(--_radius) + 4px);background:var(--_bg);color:var(--_fg);font-family:var(--_font);font-size:15px;line-height:1.6;",
    "box-shadow:0 24px 64px rgba(15,23,42,.28),0 2px 8px rgba(15,23,42,.12);overflow:hidden}",
    "dialog[open]{display:flex;flex-direction:column}",
    "dialog::backdrop{background:var(--_backdrop);backdrop-filter:blur(2px)}",
    ".bar{display:flex;align-items:center;gap:.6em;padding:.75em 1em;border-bottom:1px solid var(--_border);color:var(--_accent)}",
    ".bar svg{width:1.35em;height:1.35em}",
    ".input{flex:1;min-width:0;padding:.35em 0;font:inherit;font-size:18px;color:var(--_fg);background:transparent;border:0;outline:none}",
    ".input::placeholder{color:var(--_muted)}",
    ".input::-webkit-search-cancel-button{display:none}",
    ".spin{width:1em;height:1em;border:2px solid var(--_border);border-top-color:var(--_accent);border-radius:50%;animation:kbspin .7s linear infinite}",
    "@keyframes kbspin{to{transform:rotate(360deg)}}",
    ".close{padding:.2em .5em;font:inherit;font-size:12px;color:var(--_muted);background:var(--_soft);border:1px solid var(--_border);border-radius:6px;cursor:pointer}",
    ".body{flex:1;overflow-y:auto;overscroll-behavior:contain;padding:.5em .75em .75em}",
    ".state{padding:2.2em 1em;text-align:center;color:var(--_muted)}",
    ".state .big{margin:0 0 .3em;font-size:17px;font-weight:600;color:var(--_fg)}",
    ".state p{margin:0}",
    ".suggest{display:flex;flex-wrap:wrap;align-items:center;justify-content:center;gap:.25em;margin:.4em 0 .2em;color:var(--_muted)}",
    ".suggest button{padding:.1em .5em;font:inherit;font-weight:600;color:var(--_accent);background:transparent;border:1px dashed var(--_accent);border-radius:6px;cursor:pointer}",
    ".group{margin-top:.6em}",
    ".group.related .group-title{color:var(--_muted)}",
    ".group-title,.recent-head{display:flex;justify-content:space-between;align-items:center;margin:0;padding:.45em .5em .3em;font-size:13px;font-weight:600;color:var(--_accent)}",
    ".recent-head button{font:inherit;font-weight:400;color:var(--_muted);background:none;border:0;cursor:pointer}",
    ".hit{display:block;margin:.35em 0;padding:.7em .9em;color:inherit;text-decoration:none;background:var(--_soft);border:1px solid transparent;border-radius:var(--_radius);cursor:pointer}",
    ".hit[aria-selected=true]{background:var(--_bg);border-color:var(--_accent);box-shadow:0 0 0 3px color-mix(in srgb,var(--_accent) 18%,transparent)}",
    ".meta{display:flex;gap:.5em;align-items:center;font-size:12px;color:var(--_muted)}",
    ".badge{padding:0 .45em;font-size:11px;font-weight:600;color:var(--_accent);background:color-mix(in srgb,var(--_accent) 12%,transparent);border-radius:4px}",
    ".title{display:block;margin:.15em 0 .2em;font-weight:650;color:var(--_fg)}",
    ".hit[aria-selected=true] .title{color:var(--_accent)}",
    ".answer,.snippet{display:block;color:var(--_fg);white-space:pre-line;overflow-wrap:anywhere}",
    ".snippet{color:var(--_muted)}",
    "mark{background:var(--_mark);color:inherit;border-radius:2px;padding:0 .05em}",
    ".steps{margin:.3em 0 0;padding-left:1.6em;color:var(--_muted)}",
    ".steps li{padding:.1em 0}",
    ".steps li.current{color:var(--_fg)}",
    ".steps li.current::marker{color:var(--_accent);font-weight:700}",
    ".steps .step-title{font-weight:400}",
    ".steps li.current .step-title{font-weight:650}",
    ".steps li.current .snippet{color:var(--_fg)}",
    ".recent{display:flex;align-items:center;gap:.6em;padding:.55em .9em;color:var(--_fg)}",
    ".close-word{display:none}",
    ".foot{display:flex;gap:1.1em;align-items:center;justify-content:flex-end;padding:.55em 1em;font-size:12px;color:var(--_muted);border-top:1px solid var(--_border);background:var(--_soft)}",
    ".foot span{display:inline-flex;gap:.3em;align-items:center}",
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
    "@media (max-width:640px){dialog{width:100vw;max-width:100vw;height:100%;max-height:100%;margin:0;border-radius:0}.foot{display:none}.trigger kbd{display:none}.close-key{display:none}.close-word{display:inline}.close{font-size:14px}}"
  ].join("\n");

  var instances = [];
  var uidCounter = 0;
  var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0" };

  /** Build an element; attrs become attributes, string children become text nodes. */
  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value !== null && value !== undefined && value !== false) el.setAttribute(name, value === true ? "" : String(value));
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      el.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return el;
  }

  function icon(d) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    d.forEach(function (pathData) {
      var path = document.createElementNS(ns, "path");
      path.setAttribute("d", pathData);
      svg.appendChild(path);
    });
    return svg;
  }
  var SEARCH_ICON = ["M10.5 18a7.5 7.5 0 1 1 0-15 7.5 7.5 0 0 1 0 15z", "M16 16l5 5"];
  var CLOCK_ICON = ["M12 21a9 9 0 1 1 0-18 9 9 0 0 1 0 18z", "M12 7v5l3 2"];

  /** Decode the HTML entities of an escaped snippet piece into plain text. */
  function unescapeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, function (whole, name) {
      if (name.charAt(0) === "#") {
        var code = name.charAt(1).toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      var plain = ENTITIES[name.toLowerCase()];
      return plain === undefined ? whole : plain;
    });
  }

  /** Parse a snippet into text nodes and <mark> elements (never parsed as HTML). */
  function snippetNodes(snippet) {
    var out = document.createDocumentFragment();
    var mark = null;
    String(snippet || "").split(/(<\/?mark>)/).forEach(function (part) {
      if (part === "<mark>") {
        if (!mark) mark = document.createElement("mark");
      } else if (part === "</mark>") {
        if (mark) { out.appendChild(mark); mark = null; }
      } else if (part) {
        (mark || out).appendChild(document.createTextNode(unescapeEntities(part)));
      }
    });
    if (mark) out.appendChild(mark);
    return out;
  }

  /** The words a snippet marked, longest first: used to highlight whole answers. */
  function markedTerms(snippet) {
    var terms = [];
    String(snippet || "").replace(/<mark>([\s\S]*?)<\/mark>/g, function (whole, inner) {
      var term = unescapeEntities(inner).trim();
      if (term && terms.indexOf(term) < 0) terms.push(term);
      return whole;
    });
    return terms.sort(function (a, b) { return b.length - a.length; });
  }

  /** Text with every occurrence of terms wrapped in <mark>, as DOM nodes. */
  function highlighted(text, terms) {
    var out = document.createDocumentFragment();
    text = String(text || "");
    if (!terms.length) { out.appendChild(document.createTextNode(text)); return out; }
    var pattern = new RegExp("(" + terms.map(function (t) {
      return t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }).join("|") + ")", "gi");
    text.split(pattern).forEach(function (part, i) {
      if (!part) return;
      out.appendChild(i % 2 ? h("mark", {}, [part]) : document.createTextNode(part));
    });
    return out;
  }

  /** The API's JSON body, or a rejection for a network error or a non-2xx answer (no cookies: the KB host is
   *  another origin, and its API needs none). */
  function getJSON(url, signal) {
    return fetch(url, { signal: signal, credentials: "omit", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      });
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return key in values ? String(values[key]) : whole;
    });
  }

  function isEditable(el) {
    return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName || ""));
  }

  /** The focused element, looking inside open shadow roots. */
  function deepActiveElement() {
    var el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el;
  }

  function safeHref(url, base) {
    try {
      var abs = new URL(String(url || ""), base);
      return abs.protocol === "https:" || abs.protocol === "http:" ? abs.href : null;
    } catch (e) {
      return null;   // an unparsable URL renders as a card without a link
    }
  }

  /** A step's card lists its whole procedure: each procedure once, at its best step's rank
   *  (the rule of present.distinct_cards on the server). */
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

  function onGlobalKeydown(event) {
    var widget = instances[0];
    if (!widget || !widget.settings.hotkeys || event.defaultPrevented) return;
    var key = event.key;
    if ((key === "k" || key === "K") && (event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey) {
      event.preventDefault();
      if (widget.isOpen()) widget.close(); else widget.open();
    } else if (key === "/" && !event.metaKey && !event.ctrlKey && !event.altKey && !event.isComposing &&
               !widget.isOpen() && !isEditable(event.composedPath()[0])) {
      event.preventDefault();
      widget.open();
    }
  }

  class KbSearch extends HTMLElement {
    // Every attribute readSettings() reads, so that a page may change any of them after the
    // widget is on it (a single-page app scoping the search to the article shown: article="…").
    static get observedAttributes() {
      var names = ["endpoint", "limit", "debounce", "type", "article", "no-history", "no-hotkeys"].concat(
        Object.keys(KB_SEARCH_CONFIG.text).map(function (key) {
          return key.replace(/[A-Z]/g, function (c) { return "-" + c.toLowerCase(); });
        }));
      return names.concat(names.map(function (name) { return "data-" + name; }));
    }

    constructor() {
      super();
      this.uid = "kb" + (++uidCounter);
      this.root = this.attachShadow({ mode: "open" });
      this.options = [];        // role=option elements, in visual order
      this.active = -1;         // index into options
      this.lastQuery = null;    // the query whose results are shown
      this.controller = null;   // AbortController of the request in flight
      this.timer = 0;
      this.composing = false;
      this.returnFocus = null;
    }

    /** Read an attribute or its data-* twin. */
    attr(name) {
      var value = this.getAttribute(name);
      return value !== null ? value : this.getAttribute("data-" + name);
    }

    flag(name) {
      return this.hasAttribute(name) || this.hasAttribute("data-" + name);
    }

    readSettings() {
      var self = this;
      var text = {};
      Object.keys(KB_SEARCH_CONFIG.text).forEach(function (key) {
        var override = self.attr(key.replace(/[A-Z]/g, function (c) { return "-" + c.toLowerCase(); }));
        text[key] = override !== null ? override : KB_SEARCH_CONFIG.text[key];
      });
      var endpoint = this.attr("endpoint") || (SCRIPT_SRC ? new URL(SCRIPT_SRC).origin : location.origin);
      endpoint = new URL(endpoint, document.baseURI).href.replace(/\/+$/, "");
      var limit = parseInt(this.attr("limit"), 10);
      var debounce = parseInt(this.attr("debounce"), 10);
      this.settings = {
        endpoint: endpoint,
        limit: limit >= 1 && limit <= 50 ? limit : KB_SEARCH_CONFIG.limit,
        debounceMs: debounce >= 0 ? debounce : KB_SEARCH_CONFIG.debounceMs,
        type: this.attr("type"),
        article: this.attr("article"),
        history: !this.flag("no-history"),
        hotkeys: !this.flag("no-hotkeys"),
        text: text
      };
    }

    connectedCallback() {
      this.readSettings();
      if (!this.built) this.build();
      this.applyText();
      if (instances.indexOf(this) < 0) instances.push(this);
      if (instances.length === 1) document.addEventListener("keydown", onGlobalKeydown);
    }

    disconnectedCallback() {
      instances = instances.filter(function (w) { return w !== this; }, this);
      if (!instances.length) document.removeEventListener("keydown", onGlobalKeydown);
      if (this.controller) this.controller.abort();
      clearTimeout(this.timer);
    }

    attributeChangedCallback() {
      if (!this.built) return;
      this.readSettings();
      this.applyText();
    }

    build() {
      this.built = true;
      var root = this.root;
      if (root.adoptedStyleSheets !== undefined && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) {
        // A constructed sheet also works on hosts whose CSP forbids inline <style>.
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(STYLE);
        root.adoptedStyleSheets = [sheet];
      } else {
        root.appendChild(h("style", {}, [STYLE]));
      }
      var mac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
      var listId = this.uid + "-list";

      this.buttonLabel = h("span", { "class": "label" });
      this.trigger = h("button", { type: "button", part: "button", "class": "trigger", "aria-haspopup": "dialog", "aria-expanded": "false" }, [
        icon(SEARCH_ICON), this.buttonLabel,
        h("span", { "aria-hidden": "true" }, [h("kbd", {}, [mac ? "⌘" : "Ctrl"]), " ", h("kbd", {}, ["K"])])
      ]);
      this.input = h("input", {
        "class": "input", type: "search", role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false",
        "aria-controls": listId, autocomplete: "off", autocorrect: "off", autocapitalize: "off", spellcheck: "false",
        enterkeyhint: "search", maxlength: KB_SEARCH_CONFIG.maxQueryChars
      });
      this.spinner = h("span", { "class": "spin", hidden: true, "aria-hidden": "true" });
      // "Esc" on keyboards; the word (关闭) on small touch screens.
      this.closeWord = h("span", { "class": "close-word" });
      this.closeButton = h("button", { type: "button", "class": "close" }, [h("span", { "class": "close-key" }, ["Esc"]), this.closeWord]);
      this.list = h("div", { id: listId, role: "listbox", part: "results" });
      this.state = h("div", { "class": "state", part: "state" });
      this.live = h("div", { "class": "sr", role: "status", "aria-live": "polite" });
      this.footHints = [h("span"), h("span"), h("span")];
      this.dialog = h("dialog", { part: "modal", "class": "modal" }, [
        h("form", { "class": "bar", role: "search" }, [icon(SEARCH_ICON), this.input, this.spinner, this.closeButton]),
        h("div", { "class": "body" }, [this.state, this.list, this.live]),
        h("footer", { "class": "foot", "aria-hidden": "true" }, this.footHints)
      ]);
      root.appendChild(this.trigger);
      root.appendChild(this.dialog);

      var self = this;
      this.trigger.addEventListener("click", function () { self.open(); });
      this.closeButton.addEventListener("click", function () { self.close(); });
      this.dialog.querySelector("form").addEventListener("submit", function (e) { e.preventDefault(); });
      this.dialog.addEventListener("click", function (e) { if (e.target === self.dialog) self.close(); });
      this.dialog.addEventListener("keydown", function (e) { self.onDialogKeydown(e); });
      this.dialog.addEventListener("cancel", function (e) { e.preventDefault(); if (!self.composing) self.close(); });
      this.dialog.addEventListener("close", function () { self.afterClose(); });
      this.input.addEventListener("keydown", function (e) { self.onInputKeydown(e); });
      this.input.addEventListener("input", function (e) {
        if (e.isComposing || self.composing) return;   // wait for compositionend
        self.schedule();
      });
      this.input.addEventListener("compositionstart", function () {
        self.composing = true;
        clearTimeout(self.timer);
      });
      this.input.addEventListener("compositionend", function () {
        self.composing = false;
        self.schedule();
      });
      this.list.addEventListener("mousemove", function (e) {
        var option = e.target.closest && e.target.closest("[role=option]");
        var index = self.options.indexOf(option);
        if (index >= 0 && index !== self.active) self.setActive(index, false);
      });
      this.list.addEventListener("click", function (e) {
        var option = e.target.closest && e.target.closest("[role=option]");
        if (!option) return;
        if (option.dataset.query !== undefined) {
          e.preventDefault();
          self.runQuery(option.dataset.query);
        } else {
          self.remember();
        }
      });
    }

    applyText() {
      var t = this.settings.text;
      this.buttonLabel.textContent = t.buttonText;
      this.input.setAttribute("placeholder", t.placeholder);
      this.input.setAttribute("aria-label", t.dialogLabel);
      this.dialog.setAttribute("aria-label", t.dialogLabel);
      this.list.setAttribute("aria-label", t.resultsLabel);
      this.closeButton.setAttribute("aria-label", t.closeText);
      this.closeWord.textContent = t.closeText;
      var hints = [[["↵"], t.openHint], [["↑", "↓"], t.selectHint], [["Esc"], t.closeHint]];
      this.footHints.forEach(function (span, i) {
        span.textContent = "";
        hints[i][0].forEach(function (k) { span.appendChild(h("kbd", {}, [k])); });
        span.appendChild(document.createTextNode(hints[i][1]));
      });
    }

    isOpen() {
      return !!(this.dialog && this.dialog.open);
    }

    /** Open the search dialog and focus its input. */
    open() {
      if (this.isOpen()) return;
      this.returnFocus = deepActiveElement();
      this.dialog.showModal();
      this.trigger.setAttribute("aria-expanded", "true");
      if (this.lastQuery === null || !this.input.value.trim()) this.renderEmpty();
      this.input.focus();
      this.input.select();
    }

    /** Close the dialog; focus goes back to where it was. */
    close() {
      if (this.isOpen()) this.dialog.close();
    }

    afterClose() {
      clearTimeout(this.timer);
      this.trigger.setAttribute("aria-expanded", "false");
      var target = this.returnFocus;
      this.returnFocus = null;
      if (target && target.isConnected && target !== this.input) target.focus();
      else this.trigger.focus();
    }

    onDialogKeydown(e) {
      if (e.key !== "Escape") return;
      e.preventDefault();                         // also stops the dialog's own cancel
      if (e.isComposing || this.composing) return; // Esc belongs to the input method
      this.close();
    }

    onInputKeydown(e) {
      // keyCode 229: a key the input method is still processing.
      if (e.isComposing || this.composing || e.keyCode === 229) return;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        if (!this.options.length) return;
        var step = e.key === "ArrowDown" ? 1 : -1;
        var next = this.active < 0 ? (step > 0 ? 0 : this.options.length - 1)
          : (this.active + step + this.options.length) % this.options.length;
        this.setActive(next, true);
      } else if (e.key === "Enter") {
        e.preventDefault();
        if (this.active >= 0) this.activate(this.options[this.active]);
        else this.runQuery(this.input.value);
      }
    }

    setActive(index, scroll) {
      if (this.active >= 0 && this.options[this.active]) this.options[this.active].setAttribute("aria-selected", "false");
      this.active = index;
      var option = this.options[index];
      if (!option) { this.input.removeAttribute("aria-activedescendant"); return; }
      option.setAttribute("aria-selected", "true");
      this.input.setAttribute("aria-activedescendant", option.id);
      if (scroll) option.scrollIntoView({ block: "nearest" });
    }

    activate(option) {
      if (option.dataset.query !== undefined) { this.runQuery(option.dataset.query); return; }
      var href = option.getAttribute("href");
      if (!href) return;
      this.remember();
      window.location.assign(href);
    }

    runQuery(query) {
      this.input.value = query;
      this.lastQuery = null;
      this.search();
      this.input.focus();
    }

    schedule() {
      var self = this;
      clearTimeout(this.timer);
      this.timer = setTimeout(function () { self.search(); }, this.settings.debounceMs);
    }

    /** Ask the API for the input's query, cancelling the request before it. */
    search() {
      clearTimeout(this.timer);
      var query = this.input.value.trim().slice(0, KB_SEARCH_CONFIG.maxQueryChars);
      if (query === this.lastQuery) return;
      this.lastQuery = query;
      if (this.controller) this.controller.abort();
      this.controller = null;
      if (!query) { this.setLoading(false); this.renderEmpty(); return; }

      var s = this.settings;
      var params = new URLSearchParams({ q: query, limit: String(s.limit) });
      if (s.type) params.set("type", s.type);
      if (s.article) params.set("article", s.article);
      var controller = new AbortController();
      this.controller = controller;
      this.setLoading(true);
      var self = this;
      getJSON(s.endpoint + "/api/search?" + params, controller.signal).then(function (data) {
        if (self.controller !== controller) return;
        self.controller = null;
        self.setLoading(false);
        self.renderResults(data, query);
      }).catch(function (error) {
        if (error.name === "AbortError" || self.controller !== controller) return;
        self.controller = null;
        self.lastQuery = null;      // let the same query be retried
        self.setLoading(false);
        self.renderState(s.text.errorText, null);
      });
    }

    setLoading(loading) {
      this.spinner.hidden = !loading;
      this.dialog.setAttribute("aria-busy", loading ? "true" : "false");
      if (loading && !this.options.length) this.renderState(this.settings.text.loadingText, null, true);
    }

    clearList() {
      this.list.textContent = "";
      this.options = [];
      this.active = -1;
      this.input.removeAttribute("aria-activedescendant");
      this.input.setAttribute("aria-expanded", "false");
    }

    renderState(big, small, quiet) {
      this.clearList();
      this.state.textContent = "";
      this.state.hidden = false;
      this.state.appendChild(h("p", { "class": "big" }, [big]));
      if (small) this.state.appendChild(h("p", {}, [small]));
      if (!quiet) this.live.textContent = big;
    }

    renderEmpty() {
      var t = this.settings.text;
      var recent = this.history();
      if (!recent.length) { this.renderState(t.emptyText, null, true); return; }
      this.clearList();
      this.state.hidden = true;
      var self = this;
      var headId = this.uid + "-recent";
      var clear = h("button", { type: "button" }, [t.clearHistoryText]);
      clear.addEventListener("click", function () {
        self.saveHistory([]);
        self.renderEmpty();
        self.input.focus();
      });
      var group = h("div", { role: "group", "aria-labelledby": headId, "class": "group" }, [
        h("div", { "class": "recent-head" }, [h("span", { id: headId }, [t.recentTitle]), clear])
      ]);
      recent.forEach(function (query) {
        var option = h("div", { role: "option", id: self.uid + "-opt-" + self.options.length, "class": "hit recent", "aria-selected": "false" },
          [icon(CLOCK_ICON), h("span", {}, [query])]);
        option.dataset.query = query;
        self.options.push(option);
        group.appendChild(option);
      });
      this.list.appendChild(group);
      this.input.setAttribute("aria-expanded", "true");
      this.setActive(0, false);
    }

    suggestionNode(suggestion) {
      var self = this;
      var button = h("button", { type: "button" }, [suggestion]);
      button.addEventListener("click", function () { self.runQuery(suggestion); });
      return h("p", { "class": "suggest" }, [this.settings.text.suggestionText, button]);
    }

    renderResults(data, query) {
      var t = this.settings.text;
      var results = distinctCards(data && Array.isArray(data.results) ? data.results : []);
      var suggestion = data && typeof data.suggestion === "string" && data.suggestion && data.suggestion !== query ? data.suggestion : null;
      if (!results.length) {
        this.renderState(t.noResultsText, t.noResultsHint);
        if (suggestion) this.state.appendChild(this.suggestionNode(suggestion));
        this.offerRelated(query);
        return;
      }
      this.clearList();
      this.state.textContent = "";
      this.state.hidden = true;
      if (suggestion) this.list.appendChild(this.suggestionNode(suggestion));

      // Group by article, groups in the order of their best result.
      var groups = [];
      var byArticle = {};
      results.forEach(function (result) {
        var article = result.article || {};
        var key = "a:" + article.id;
        if (!byArticle[key]) {
          byArticle[key] = { title: article.title || "", results: [] };
          groups.push(byArticle[key]);
        }
        byArticle[key].results.push(result);
      });
      var self = this;
      groups.forEach(function (g, gi) {
        var headId = self.uid + "-g" + gi;
        var group = h("div", { role: "group", "aria-labelledby": headId, "class": "group" }, [
          h("p", { "class": "group-title", id: headId }, [g.title])
        ]);
        g.results.forEach(function (result) {
          var option = self.card(result);
          self.options.push(option);
          group.appendChild(option);
        });
        self.list.appendChild(group);
      });
      this.input.setAttribute("aria-expanded", "true");
      this.setActive(0, false);
      this.list.parentNode.scrollTop = 0;
      this.live.textContent = format(t.countText, { n: results.length });
    }

    /** Nothing answers: ask for the passages nearest the question (GET /api/related) and offer
     *  them below the notice, as options under their own heading — not as answers.  A widget
     *  kept to one type or article offers none (they would come from outside it). */
    offerRelated(query) {
      var s = this.settings;
      if (s.type || s.article) return;
      var controller = new AbortController();
      this.controller = controller;
      var self = this;
      getJSON(s.endpoint + "/api/related?" + new URLSearchParams({ q: query }), controller.signal).then(function (data) {
        if (self.controller !== controller) return;
        self.controller = null;
        self.renderRelated(data && Array.isArray(data.related) ? data.related : []);
      }).catch(function () {
        if (self.controller === controller) self.controller = null;    // the notice stays as it is
      });
    }

    renderRelated(related) {
      if (!related.length) return;
      var headId = this.uid + "-related";
      var group = h("div", { role: "group", "aria-labelledby": headId, "class": "group related" }, [
        h("p", { "class": "group-title", id: headId }, [this.settings.text.relatedTitle])
      ]);
      var self = this;
      related.forEach(function (result) {
        var option = self.card(result);
        self.options.push(option);
        group.appendChild(option);
      });
      this.list.appendChild(group);
      this.input.setAttribute("aria-expanded", "true");
      this.live.textContent = this.settings.text.noResultsText + "。" + this.settings.text.relatedTitle;
    }

    /** One answer card: an option linking to the fragment's anchor on the KB host. */
    card(result) {
      var t = this.settings.text;
      var article = result.article || {};
      var href = safeHref(article.url, this.settings.endpoint + "/");
      var option = h("a", {
        role: "option", id: this.uid + "-opt-" + this.options.length, "class": "hit hit-" + result.type,
        "aria-selected": "false", tabindex: "-1", href: href, part: "hit"
      });
      var badge = { qa: t.qaBadge, step: t.stepBadge }[result.type] || t.sectionBadge;
      var proc = result.procedure;
      var meta = h("span", { "class": "meta" }, [h("span", { "class": "badge" }, [badge])]);
      option.appendChild(meta);

      if (result.type === "qa") {
        option.appendChild(h("span", { "class": "title" }, [String(result.title || "")]));
        var answer = h("span", { "class": "answer" });
        answer.appendChild(highlighted(result.text, markedTerms(result.snippet)));
        option.appendChild(answer);
      } else if (result.type === "step" && proc) {
        meta.appendChild(h("span", {}, [format(t.stepText, { i: proc.index, n: proc.count })]));
        option.appendChild(h("span", { "class": "title" }, [String(proc.title || result.title || "")]));
        var steps = Array.isArray(result.steps) && result.steps.length ? result.steps : [result];
        var list = h("ol", { "class": "steps" });
        steps.forEach(function (step, i) {
          var current = step.id === result.id;
          var number = step === result ? proc.index : (step.index || i + 1);
          var item = h("li", { value: number, "class": current ? "current" : null, "aria-current": current ? "step" : null }, [
            h("span", { "class": "step-title" }, [String(step.title || "")])
          ]);
          if (current) {
            var snippet = h("span", { "class": "snippet" });
            snippet.appendChild(result.snippet ? snippetNodes(result.snippet) : document.createTextNode(String(result.text || "")));
            item.appendChild(snippet);
          }
          list.appendChild(item);
        });
        option.appendChild(list);
      } else {
        option.appendChild(h("span", { "class": "title" }, [String(result.title || "")]));
        var text = h("span", { "class": "snippet" });
        text.appendChild(snippetNodes(result.snippet || result.text));
        option.appendChild(text);
      }
      return option;
    }

    storageKey() {
      return KB_SEARCH_CONFIG.storagePrefix + this.settings.endpoint;
    }

    history() {
      if (!this.settings.history) return [];
      try {
        var saved = JSON.parse(window.localStorage.getItem(this.storageKey()) || "[]");
        return Array.isArray(saved) ? saved.filter(function (q) { return typeof q === "string" && q; }).slice(0, KB_SEARCH_CONFIG.historySize) : [];
      } catch (e) {
        return [];   // storage blocked (privacy mode, sandboxed frame) or corrupt: no history
      }
    }

    saveHistory(list) {
      try {
        window.localStorage.setItem(this.storageKey(), JSON.stringify(list));
      } catch (e) {
        // storage full or blocked: recent searches are a convenience only
      }
    }

    /** Put the current query first in the recent searches. */
    remember() {
      var query = this.input.value.trim();
      if (!this.settings.history || !query) return;
      var list = this.history().filter(function (q) { return q !== query; });
      list.unshift(query);
      this.saveHistory(list.slice(0, KB_SEARCH_CONFIG.historySize));
    }
  }

  customElements.define("kb-search", KbSearch);

  // The knowledge base's own search page (static/search.js) renders cards with the same
  // safe text helpers instead of keeping a second copy of them.
  window.KBSearchText = Object.freeze({
    snippetNodes: snippetNodes, markedTerms: markedTerms, highlighted: highlighted
  });
})();
