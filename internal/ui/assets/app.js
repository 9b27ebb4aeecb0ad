// debrief web interface: tabs and confirmations. Pages work without it.
"use strict";
(function () {
  // Tabs (WAI-ARIA tabs pattern): without script every panel shows.
  document.querySelectorAll("[data-tabs]").forEach(function (box) {
    var list = box.querySelector("[role=tablist]");
    var tabs = Array.prototype.slice.call(box.querySelectorAll("[role=tab]"));
    if (!list || tabs.length === 0) return;
    list.hidden = false;
    box.classList.add("js");
    function select(tab, focus, keepHash) {
      tabs.forEach(function (t) {
        var on = t === tab;
        t.setAttribute("aria-selected", on ? "true" : "false");
        t.tabIndex = on ? 0 : -1;
        document.getElementById(t.getAttribute("aria-controls")).hidden = !on;
      });
      if (focus) tab.focus();
      if (!keepHash && history.replaceState) history.replaceState(null, "", "#" + tab.id);
    }
    // A link to an element of another panel (a citation's timeline row)
    // shows that panel, then the element, and moves the focus to it.
    function reveal(hash) {
      var el = hash.length > 1 && document.getElementById(decodeURIComponent(hash.slice(1)));
      var panel = el && el.closest("[role=tabpanel]");
      var tab = panel && tabs.filter(function (t) { return t.getAttribute("aria-controls") === panel.id; })[0];
      if (!tab || el === panel) return false;
      select(tab, false, true);
      if (!el.hasAttribute("tabindex")) el.tabIndex = -1;
      el.focus();
      el.scrollIntoView({block: "center"});
      return true;
    }
    window.addEventListener("hashchange", function () { reveal(location.hash); });
    tabs.forEach(function (t, i) {
      t.addEventListener("click", function () { select(t, false); });
      t.addEventListener("keydown", function (e) {
        var n = null;
        if (e.key === "ArrowRight") n = tabs[(i + 1) % tabs.length];
        else if (e.key === "ArrowLeft") n = tabs[(i - 1 + tabs.length) % tabs.length];
        else if (e.key === "Home") n = tabs[0];
        else if (e.key === "End") n = tabs[tabs.length - 1];
        if (n) { e.preventDefault(); select(n, true); }
      });
    });
    if (!reveal(location.hash)) {
      var start = tabs.filter(function (t) { return "#" + t.id === location.hash; })[0] || tabs[0];
      select(start, false);
    }
  });
  // Escape hides the sources of the focused citation until it loses focus
  // (a tooltip is dismissable without moving the focus).
  document.addEventListener("keydown", function (e) {
    var a = document.activeElement;
    if (e.key === "Escape" && a && a.classList.contains("cite")) a.classList.add("tip-off");
  });
  document.addEventListener("focusout", function (e) {
    if (e.target.classList && e.target.classList.contains("cite")) e.target.classList.remove("tip-off");
  });
  // Confirmations of forms that change something.
  document.querySelectorAll("form[data-confirm]").forEach(function (f) {
    f.addEventListener("submit", function (e) {
      if (!window.confirm(f.getAttribute("data-confirm"))) e.preventDefault();
    });
  });
})();
