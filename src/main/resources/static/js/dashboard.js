// The manager's dashboard: the weekly chart (data in the canvas's data-chart, JSON), the report
// period picker showing the fields of the chosen kind, and "select all" on a mediator's task page.
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.getElementById('weekly-chart');
  if (canvas && window.Chart && canvas.dataset.chart) {
    new Chart(canvas, {
      type: 'bar',
      data: JSON.parse(canvas.dataset.chart),
      options: {
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  const kind = document.getElementById('report-kind');
  if (kind) {
    const showFields = () => {
      const custom = kind.value === 'CUSTOM';
      document.getElementById('report-custom').hidden = !custom;
      document.getElementById('report-on-group').hidden = custom;
    };
    kind.addEventListener('change', showFields);
    showFields();
  }

  const all = document.getElementById('select-all');
  if (all) {
    all.addEventListener('change', () => {
      document.querySelectorAll('.task-check').forEach(box => { box.checked = all.checked; });
    });
  }
});
