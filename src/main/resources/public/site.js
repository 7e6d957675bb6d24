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
