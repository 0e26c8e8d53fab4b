// Full-text search of the archive, in the reader's browser, over the index the build writes under search/
// (src/Publisher.Core/Build/Search/SearchIndex.cs describes the files). Every index file is a script calling
// PublisherSearch.add(name, data), loaded by a <script> element, so search works from a web server and from disk
// (file://, where fetch is blocked). A query loads meta.js, one postings file per word, then the records and texts
// of the results shown. No framework, nothing from other sites.
(function () {
  "use strict";

  var PAGE = 10;             // results shown at a time
  var PHRASE_CHECKS = 50;    // candidates whose text is read to check an exact phrase
  var PREFIX_SHARE = 0.6;    // a word that only starts the typed last word counts for this share of its score
  var SNIPPET_WORDS = 32;

  var loaded = {};
  var pending = {};
  var promises = {};
  var indexHref = "";

  // --- Text, the same as SearchText.cs and EnglishStemmer.cs -------------------------------------------------------
  function fold(text) { return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase(); }
  function words(text) { return fold(text).split(/[^\p{L}\p{Nd}]+/u).filter(function (w) { return w.length > 0; }); }

  function isConsonant(w, i) {
    var c = w.charAt(i);
    if ("aeiou".indexOf(c) >= 0) return false;
    if (c === "y") return i === 0 || !isConsonant(w, i - 1);
    return true;
  }
  function hasVowel(w) { for (var i = 0; i < w.length; i++) if (!isConsonant(w, i)) return true; return false; }
  function measure(w) {
    var m = 0, i = 0;
    while (i < w.length && isConsonant(w, i)) i++;
    while (i < w.length) {
      while (i < w.length && !isConsonant(w, i)) i++;
      if (i >= w.length) break;
      while (i < w.length && isConsonant(w, i)) i++;
      m++;
    }
    return m;
  }
  function endsCvc(w) {
    var n = w.length;
    return n >= 3 && isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1) && "wxy".indexOf(w.charAt(n - 1)) < 0;
  }
  function ends(w, s) { return w.length >= s.length && w.slice(w.length - s.length) === s; }
  // Porter's steps 1a-1c: plurals, -ed/-ing, final -y.
  function stem(w) {
    if (w.length <= 2 || !/^[a-z]+$/.test(w)) return w;
    if (ends(w, "sses") || ends(w, "ies")) w = w.slice(0, -2);
    else if (!ends(w, "ss") && ends(w, "s")) w = w.slice(0, -1);
    if (ends(w, "eed")) {
      if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
    } else {
      var s = null;
      if (ends(w, "ed") && hasVowel(w.slice(0, -2))) s = w.slice(0, -2);
      else if (ends(w, "ing") && hasVowel(w.slice(0, -3))) s = w.slice(0, -3);
      if (s !== null) {
        var last = s.charAt(s.length - 1);
        if (ends(s, "at") || ends(s, "bl") || ends(s, "iz")) s += "e";
        else if (s.length >= 2 && last === s.charAt(s.length - 2) && isConsonant(s, s.length - 1) && "lsz".indexOf(last) < 0) s = s.slice(0, -1);
        else if (measure(s) === 1 && endsCvc(s)) s += "e";
        w = s;
      }
    }
    if (ends(w, "y") && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + "i";
    return w;
  }

  window.PublisherSearch = {
    add: function (name, data) {
      loaded[name] = data;
      if (pending[name]) { pending[name](data); delete pending[name]; }
    },
    stem: stem,
    fold: fold
  };

  // --- Loading index files ----------------------------------------------------------------------------------------
  function load(name) {
    if (Object.prototype.hasOwnProperty.call(loaded, name)) return Promise.resolve(loaded[name]);
    if (!promises[name]) {
      promises[name] = new Promise(function (resolve) {
        pending[name] = resolve;
        var script = document.createElement("script");
        script.src = indexHref + name + ".js";
        script.onerror = function () { delete pending[name]; resolve(null); };
        document.head.appendChild(script);
      });
    }
    return promises[name];
  }

  function shardKey(term) { return term.replace(/[^a-z0-9]/g, "_"); }
  function shardFor(meta, term) {
    var key = shardKey(term);
    for (var n = key.length; n >= 2; n--) if (meta.shardSet[key.slice(0, n)]) return key.slice(0, n);
    return null;
  }
  function loadShard(meta, term) {
    var shard = shardFor(meta, term);
    return shard ? load("t/" + shard) : Promise.resolve(null);
  }
  // [id, value, Δid, value, …] → {id: value}
  function decodePairs(list) {
    var map = new Map(), id = 0;
    for (var i = 0; i + 1 < list.length; i += 2) { id += list[i]; map.set(id, list[i + 1]); }
    return map;
  }
  function decodeIds(list) {
    var set = new Set(), id = 0;
    for (var i = 0; i < list.length; i++) { id += list[i]; set.add(id); }
    return set;
  }

  // --- Queries ------------------------------------------------------------------------------------------------------
  // Words (all required), exact phrases (in quotes) and whether the last word is still being typed (prefix match).
  function parse(raw, stop) {
    var phrases = [], rest = raw.replace(/"([^"]*)"?/g, function (_, p) { phrases.push(words(p)); return " "; });
    var all = [], seen = {};
    function add(w, prefix) {
      if (w.length < 2 || stop[w]) return;
      var key = w + (prefix ? "*" : "");
      if (seen[key]) return;
      seen[key] = true;
      all.push({ word: w, term: stem(w), prefix: prefix });
    }
    phrases.forEach(function (p) { p.forEach(function (w) { add(w, false); }); });
    var bare = words(rest);
    var typing = /[\p{L}\p{Nd}]$/u.test(raw) && !/"[^"]*$/.test(raw) && !/"$/.test(raw);
    bare.forEach(function (w, i) { add(w, typing && i === bare.length - 1); });
    return { words: all, phrases: phrases.filter(function (p) { return p.length > 1; }) };
  }

  // One query word's matching documents: id → score.
  function wordScores(meta, word) {
    return Promise.all([loadShard(meta, word.term), word.prefix ? loadShard(meta, word.word) : null]).then(function (shards) {
      var scores = new Map();
      var exact = shards[0] && shards[0][word.term];
      if (exact) scores = decodePairs(exact);
      if (word.prefix && shards[1]) {
        Object.keys(shards[1]).forEach(function (term) {
          if (term === word.term || term.indexOf(word.word) !== 0) return;
          decodePairs(shards[1][term]).forEach(function (impact, id) {
            var s = impact * PREFIX_SHARE;
            if (!(scores.get(id) >= s)) scores.set(id, s);
          });
        });
      }
      return scores;
    });
  }

  function phraseText(text) { return " " + words(text).join(" ") + " "; }
  function hasPhrases(doc, phrases) {
    var text = phraseText(doc.s + " " + doc.b);
    return phrases.every(function (p) { return text.indexOf(" " + p.join(" ") + " ") >= 0; });
  }

  // Ranked ids for a query and filters: {ids, checked} (checked: how many candidates a phrase was checked in, or -1).
  function run(meta, query, filters) {
    var facetLoads = filters.map(function (f) { return load(f.file).then(function (l) { return decodeIds(l || []); }); });
    return Promise.all([Promise.all(query.words.map(function (w) { return wordScores(meta, w); })), Promise.all(facetLoads)]).then(function (parts) {
      var perWord = parts[0], facets = parts[1];
      var ranked;
      if (perWord.length === 0) {
        if (facets.length === 0) return { ids: [], checked: -1 };
        ranked = [];
        facets.slice().sort(function (a, b) { return a.size - b.size; })[0].forEach(function (id) { ranked.push({ id: id, score: 0 }); });
      } else {
        perWord.sort(function (a, b) { return a.size - b.size; });
        ranked = [];
        perWord[0].forEach(function (first, id) {
          var score = first;
          for (var i = 1; i < perWord.length; i++) {
            var s = perWord[i].get(id);
            if (s === undefined) return;
            score += s;
          }
          ranked.push({ id: id, score: score });
        });
      }
      ranked = ranked.filter(function (r) { return facets.every(function (f) { return f.has(r.id); }); });
      ranked.sort(function (a, b) { return b.score - a.score || b.id - a.id; });
      var ids = ranked.map(function (r) { return r.id; });
      if (query.phrases.length === 0) return { ids: ids, checked: -1 };
      var candidates = ids.slice(0, PHRASE_CHECKS);
      return Promise.all(candidates.map(function (id) { return load("x/" + id); })).then(function (texts) {
        return { ids: candidates.filter(function (id, i) { return texts[i] && hasPhrases(texts[i], query.phrases); }), checked: ids.length > PHRASE_CHECKS ? PHRASE_CHECKS : -1 };
      });
    });
  }

  // --- Showing results ----------------------------------------------------------------------------------------------
  function matcher(query) {
    return function (token) {
      var f = fold(token);
      return query.words.some(function (w) { return stem(f) === w.term || (w.prefix && f.indexOf(w.word) === 0); });
    };
  }

  // Appends text to an element with the matching words in <mark>.
  function appendMarked(element, text, matches) {
    var re = /[\p{L}\p{Nd}]+/gu, at = 0, m;
    while ((m = re.exec(text)) !== null) {
      if (!matches(m[0])) continue;
      element.appendChild(document.createTextNode(text.slice(at, m.index)));
      var mark = document.createElement("mark");
      mark.textContent = m[0];
      element.appendChild(mark);
      at = m.index + m[0].length;
    }
    element.appendChild(document.createTextNode(text.slice(at)));
  }

  // About SNIPPET_WORDS words of the body around its first match (the summary's start when the body has none).
  function snippet(doc, matches) {
    var text = (doc.b || doc.s || "").normalize("NFC").replace(/\s+/g, " ");
    var re = /[\p{L}\p{Nd}]+/gu, tokens = [], m;
    while ((m = re.exec(text)) !== null) tokens.push(m);
    var first = tokens.findIndex(function (t) { return matches(t[0]); });
    if (first < 0) return (doc.s || text).split(" ").slice(0, SNIPPET_WORDS).join(" ") + "…";
    var from = Math.max(0, first - 8), to = Math.min(tokens.length - 1, from + SNIPPET_WORDS);
    var start = from === 0 ? 0 : tokens[from].index, end = to === tokens.length - 1 ? text.length : tokens[to].index + tokens[to][0].length;
    return (from > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
  }

  function item(record, doc, matches, root) {
    var li = document.createElement("li");
    var h = document.createElement("h2");
    var a = document.createElement("a");
    a.href = root + record[0];
    appendMarked(a, record[1], matches);
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement("p");
    meta.className = "meta";
    meta.appendChild(document.createTextNode([record[2], record[3]].filter(Boolean).join(" · ") + (record[2] || record[3] ? " · " : "")));
    var time = document.createElement("time");
    time.dateTime = record[4];
    time.textContent = record[5];
    meta.appendChild(time);
    li.appendChild(meta);
    var p = document.createElement("p");
    p.className = "snippet";
    appendMarked(p, snippet(doc, matches), matches);
    li.appendChild(p);
    return li;
  }

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  // --- The page -----------------------------------------------------------------------------------------------------
  var list = document.getElementById("search-results");
  var form = document.querySelector(".search-form");
  if (!list || !form) return;
  indexHref = list.getAttribute("data-index") || "./";
  var root = list.getAttribute("data-root") || "../";
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var more = document.getElementById("search-more");
  var selects = Array.prototype.slice.call(form.querySelectorAll(".search-filters select"));
  form.querySelector(".search-filters").hidden = false;

  var generation = 0, current = null, timer = 0;

  function filtersChosen() {
    // Each option names its file in the index (data-file, written by the build), so the name is defined once.
    return selects.filter(function (s) { return s.value; }).map(function (s) { return { file: s.options[s.selectedIndex].getAttribute("data-file") }; });
  }

  function remember() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    selects.forEach(function (s) { if (s.value) params.set(s.name, s.value); });
    var search = params.toString();
    try { history.replaceState(null, "", search ? "?" + search : location.pathname); } catch (e) { /* file:// may refuse: the address only stays as it was */ }
  }

  function showMore() {
    var state = current;
    var ids = state.ids.slice(state.shown, state.shown + PAGE);
    state.shown += ids.length;
    return Promise.all(ids.map(function (id) {
      return Promise.all([load("d/" + Math.floor(id / state.meta.block)), load("x/" + id)]).then(function (r) {
        return r[0] ? item(r[0][id % state.meta.block], r[1] || { s: "", b: "" }, state.matches, root) : null;
      });
    })).then(function (items) {
      if (state !== current) return;
      items.forEach(function (li) { if (li) list.appendChild(li); });
      more.hidden = state.shown >= state.ids.length;
    });
  }

  function search() {
    var raw = input.value;
    var filters = filtersChosen();
    var mine = ++generation;
    remember();
    load("meta").then(function (meta) {
      if (!meta) { status.textContent = "The search index is missing: rebuild the site."; return null; }
      if (!meta.shardSet) {
        meta.shardSet = {};
        meta.shards.forEach(function (s) { meta.shardSet[s] = true; });
        meta.stopSet = {};
        meta.stop.forEach(function (s) { meta.stopSet[s] = true; });
      }
      var query = parse(raw, meta.stopSet);
      if (query.words.length === 0 && filters.length === 0) {
        if (mine !== generation) return null;
        list.textContent = "";
        more.hidden = true;
        status.textContent = raw.trim() ? "Those words are too common to search for; add another." : "";
        return null;
      }
      return run(meta, query, filters).then(function (result) {
        if (mine !== generation) return null;
        current = { meta: meta, ids: result.ids, shown: 0, matches: matcher(query) };
        list.textContent = "";
        var what = raw.trim() ? " for \u201c" + raw.trim() + "\u201d" : "";
        var count = result.ids.length === 0 ? "No articles found" + what + "." : plural(result.ids.length, "article", "articles") + " found" + what + ".";
        if (result.checked > 0) count += " The exact phrase was checked in the " + result.checked + " best matches.";
        return showMore().then(function () { if (mine === generation) status.textContent = count; });
      });
    });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 180);
  }

  input.addEventListener("input", later);
  selects.forEach(function (s) { s.addEventListener("change", search); });
  form.addEventListener("submit", function (e) { e.preventDefault(); window.clearTimeout(timer); search(); });
  more.addEventListener("click", function () {
    var next = current ? current.shown : 0;
    showMore().then(function () {
      var li = list.children[next];
      var link = li && li.querySelector("a");
      if (link) link.focus();
    });
  });

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  selects.forEach(function (s) { s.value = params.get(s.name) || ""; if (s.selectedIndex < 0) s.value = ""; });
  if (input.value || filtersChosen().length) search();
})();
