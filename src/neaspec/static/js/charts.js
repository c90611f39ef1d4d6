// Draw each indicator chart from the data table beside it, so the chart shows exactly the
// numbers (and sources) the table does. Loaded only on pages that have charts.
document.querySelectorAll("table[data-chart]").forEach((table) => {
  const canvas = document.getElementById(table.dataset.chart);
  const rows = Array.from(table.querySelectorAll("tbody tr[data-value]"));
  if (!canvas || rows.length === 0 || typeof Chart === "undefined") {
    return;
  }
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: rows.map((row) => row.dataset.label),
      datasets: [{ label: table.dataset.unit, data: rows.map((row) => Number(row.dataset.value)) }],
    },
    options: { animation: false, plugins: { legend: { display: false } } },
  });
});
