// Progressive enhancement only: the site works without this file.
// "复制链接" links are plain #anchors; with JavaScript they also copy the section's URL.
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("a.permalink");
  if (!link || !navigator.clipboard) {
    return;
  }
  var url = new URL(link.getAttribute("href"), window.location.href).href;
  navigator.clipboard.writeText(url).then(function () {
    var original = link.getAttribute("data-label") || link.textContent;
    link.setAttribute("data-label", original);
    link.textContent = "✓ 已复制";
    link.classList.add("copied");
    window.setTimeout(function () {
      link.textContent = original;
      link.classList.remove("copied");
    }, 2000);
  }, function () { /* the anchor still navigates; the address bar has the link */ });
});

// The filter drawer is open in the HTML (so it works without JavaScript); on a phone it starts
// closed, above the results, and the "筛选" summary opens it.
(function () {
  var drawer = document.querySelector(".facet-drawer");
  if (drawer && window.matchMedia("(max-width: 800px)").matches) {
    drawer.open = false;
  }
})();

// After Back, the ticks match the results shown, not what was ticked before leaving.
window.addEventListener("pageshow", function (event) {
  if (!event.persisted) {
    return;
  }
  document.querySelectorAll(".facet-form input[type=checkbox]").forEach(function (box) {
    box.checked = box.defaultChecked;
  });
});

// Filters apply when ticked; without JavaScript the 筛选 button submits the form.
document.addEventListener("change", function (event) {
  var box = event.target;
  if (box.type === "checkbox" && box.form && box.form.classList.contains("facet-form")) {
    box.form.submit();
  }
});

// "复制引用": the citation is visible text; with JavaScript a button copies it with the full link.
(function () {
  var button = document.querySelector(".copy-citation");
  var link = document.querySelector(".citation-link");
  if (!button || !link || !navigator.clipboard) {
    return;
  }
  link.textContent = link.href;
  button.hidden = false;
  button.addEventListener("click", function () {
    var text = document.getElementById(button.getAttribute("data-target")).textContent.trim();
    navigator.clipboard.writeText(text).then(function () {
      button.textContent = "✓ 已复制";
      window.setTimeout(function () { button.textContent = "复制引用"; }, 2000);
    }, function () { /* the text stays selectable */ });
  });
})();

// 上一处 / 下一处: the links work as plain #m{n} anchors; with JavaScript the keys n (next) and
// p or Shift+N (previous) move between matches, and the match in view takes the focus.
(function () {
  if (!document.querySelector(".report-body mark[id]")) {
    return;
  }
  function currentMark() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el && el.classList.contains("match-anchor")) {
      el = el.nextElementSibling;
    }
    return el && el.tagName === "MARK" && /^m\d+$/.test(el.id) ? el : null;
  }
  function focusCurrent() {
    var mark = currentMark();
    if (!mark) {
      return;
    }
    mark.setAttribute("tabindex", "-1");
    var still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    mark.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
    mark.focus({ preventScroll: true });
  }
  window.addEventListener("hashchange", focusCurrent);
  focusCurrent();
  document.addEventListener("keydown", function (event) {
    var t = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey ||
        (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))) {
      return;
    }
    var forward = event.key === "n";
    var back = event.key === "p" || event.key === "N";
    if (!forward && !back) {
      return;
    }
    var mark = currentMark();
    var n = mark ? parseInt(mark.id.slice(1), 10) : 0;
    var target = document.getElementById("m" + (forward ? n + 1 : n - 1));
    if (target) {
      event.preventDefault();
      window.location.hash = target.id;
    }
  });
})();

// Type-ahead in a facet's search box: the list is refetched from the server as you type (the
// same page the 查找 button loads without JavaScript), and only that facet's list is replaced.
(function () {
  var form = document.querySelector(".facet-form");
  if (!form || !window.fetch || !window.DOMParser) {
    return;
  }
  var latest = {};
  function refresh(input) {
    var fieldset = input.closest("fieldset.facet");
    if (!fieldset || !fieldset.id) {
      return;
    }
    var url = form.getAttribute("action") + "?" + new URLSearchParams(new FormData(form)).toString();
    var ticket = (latest[fieldset.id] || 0) + 1;
    latest[fieldset.id] = ticket;
    fieldset.setAttribute("aria-busy", "true");
    fetch(url, { headers: { "Accept": "text/html" } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        if (latest[fieldset.id] !== ticket) {
          return; // a newer request is on its way
        }
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById(fieldset.id);
        if (!fresh) {
          return;
        }
        // keep the legend, size line and search box (focus and caret stay); replace the rest
        Array.prototype.slice.call(fieldset.children).forEach(function (child) {
          if (!child.matches("legend, .facet-size, .facet-search, .facet-status")) {
            child.remove();
          }
        });
        Array.prototype.slice.call(fresh.children).forEach(function (child) {
          if (!child.matches("legend, .facet-size, .facet-search")) {
            fieldset.appendChild(document.importNode(child, true));
          }
        });
        var note = fieldset.querySelector(".facet-note");
        var status = fieldset.querySelector(".facet-status");
        if (status) {
          status.textContent = note ? note.textContent : "";
        }
      })
      .catch(function () { /* the 查找 button still works */ })
      .then(function () { fieldset.removeAttribute("aria-busy"); });
  }
  var timers = {};
  form.querySelectorAll(".facet-search input[type=search]").forEach(function (input) {
    var status = document.createElement("span");
    status.className = "facet-status visually-hidden";
    status.setAttribute("role", "status");
    input.closest("fieldset").appendChild(status);
    input.setAttribute("autocomplete", "off");
    input.addEventListener("input", function () {
      window.clearTimeout(timers[input.id]);
      timers[input.id] = window.setTimeout(function () { refresh(input); }, 250);
    });
  });
  // a box the browser refilled after Back shows a list that matches it
  window.addEventListener("pageshow", function () {
    form.querySelectorAll(".facet-search input[type=search]").forEach(function (input) {
      if (input.value !== input.defaultValue) {
        refresh(input);
      }
    });
  });
})();
