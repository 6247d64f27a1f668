/**
 * The report page's own style sheet and sorting script. Both are inlined
 * into the page; the script is allowed by its hash in the page's
 * Content-Security-Policy, so it must stay byte for byte what is hashed.
 */

/** The page's styles (light and dark). */
export const styles = `
:root{color-scheme:light dark;--fg:#1d1d1f;--bg:#fff;--muted:#666;--line:#ddd;--none:#e3e3e3;--over:#c0392b;--ok:#2e7d32}
@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#161618;--muted:#aaa;--line:#3a3a3a;--none:#333}}
body{font:15px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:72rem;padding:1rem 1.5rem}
h1{margin:.2rem 0}.meta,.file,.hint{color:var(--muted);margin:.2rem 0}
.legend span{margin-right:.8rem;white-space:nowrap}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px}
.legend i.none,rect.none{background:var(--none);fill:var(--none)}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid var(--line);padding:.3rem .6rem;text-align:left}
td[data-value]{text-align:right}
.scroll{overflow-x:auto}.sortable tbody th{min-width:12rem}
.matrix td{text-align:center}.matrix td span{position:absolute;left:-9999px}
.matrix td.present{color:var(--ok)}.matrix td.weak{color:#b7791f}.matrix td.missing{color:var(--over)}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;color:inherit;cursor:pointer}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
td.over,.problems{color:var(--over)}
.pitch{border-top:1px solid var(--line);padding:.5rem 0 1rem}
.strip{display:block;width:100%;height:1.5rem;margin:.4rem 0}
.time{display:inline-block;width:10rem;height:.8rem;vertical-align:middle;margin-right:.4rem}
.time .within{fill:var(--ok)}.time .over{fill:var(--over)}.time .limit{stroke:var(--fg);stroke-width:.8}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
.arc{margin:.2rem 0}.questions{padding-left:1.2rem}
`

/** Sorts the figures table when a column heading is clicked. */
export const sortScript = `
(function () {
  var table = document.getElementById('figures-table');
  if (!table) return;
  table.querySelectorAll('thead button').forEach(function (button) {
    button.addEventListener('click', function () {
      var th = button.parentNode;
      var column = Number(button.getAttribute('data-column'));
      var numeric = button.getAttribute('data-numeric') === 'true';
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('thead th').forEach(function (other) { other.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column].getAttribute('data-value');
        var y = b.cells[column].getAttribute('data-value');
        if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
        var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
`
