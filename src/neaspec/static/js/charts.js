// Draw each indicator chart from the data table beside it, so the chart shows exactly the
// numbers (and sources) the table does. Loaded only on pages that have charts.
document.querySelectorAll("table[data-chart]").forEach((table) => {
  const canvas = document.getElementById(table.dataset.chart);
  const rows = Array.from(table.querySelectorAll("tbody tr[data-value]"));
  if (!canvas || rows.length === 0 || typeof Chart === "undefined") {
    return;
  }
  // Reference lines (a guideline, a national standard) given beside the table are drawn
  // across the bars, named in the legend.
  const section = table.closest("section") || document;
  const lines = Array.from(section.querySelectorAll("[data-threshold]")).map((line) => ({
    type: "line",
    label: line.dataset.thresholdLabel,
    data: rows.map(() => Number(line.dataset.threshold)),
    pointRadius: 0,
    borderDash: [6, 4],
    borderWidth: 2,
  }));
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: rows.map((row) => row.dataset.label),
      datasets: [
        { label: table.dataset.unit, data: rows.map((row) => Number(row.dataset.value)) },
        ...lines,
      ],
    },
    options: {
      animation: false,
      plugins: { legend: { display: lines.length > 0 } },
      // Counts (a survey's answers) are whole: the axis never shows half an answer.
      scales: table.dataset.whole ? { y: { beginAtZero: true, ticks: { precision: 0 } } } : {},
    },
  });
});
