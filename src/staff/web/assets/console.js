// The staff console's only script: draws every <canvas data-chart> with Chart.js
// (on load and after htmx swaps in new content). Charts are not animated, so a
// page is complete as soon as it is shown.
(function () {
  function draw(root) {
    root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      if (canvas.dataset.drawn) return
      canvas.dataset.drawn = '1'
      var config = JSON.parse(canvas.dataset.chart)
      config.options = Object.assign({ animation: false, responsive: true, maintainAspectRatio: false }, config.options || {})
      new Chart(canvas, config)
    })
    document.body.dataset.chartsDrawn = String(document.querySelectorAll('canvas[data-drawn]').length)
  }
  document.addEventListener('DOMContentLoaded', function () { draw(document) })
  document.addEventListener('htmx:afterSwap', function (e) { draw(e.target) })
})()
