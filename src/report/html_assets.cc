// The HTML report's style sheet: fixed text, no input in it. The page scrolls the heatmap in
// its own box, so its header row and obligation column stay in view (sticky); at phone width
// the panel goes below the map; printed, the controls go and the evidence panel stays.
#include "report/html_parts.h"

namespace ungap::report {

std::string_view html_style() {
  return R"CSS(:root{--met:#2e7d32;--partial:#f2a900;--gap:#c62828;--na:#cfd8dc;--nass:#eceff1;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;font-size:14px;color:#1c1c1c}
*{box-sizing:border-box}
html,body{max-width:100%;overflow-x:hidden}
body{margin:0;display:flex;flex-direction:column;height:100vh}
header{padding:.4em 1em;border-bottom:1px solid #ccc;background:#fafafa}
h1{font-size:1.3em;margin:.2em 0}
header p{margin:.3em 0}
#views a{display:inline-block;padding:.2em .8em;margin-right:.3em;border:1px solid #90a4ae;border-radius:3px;color:#1c1c1c;text-decoration:none}
#views a.on{background:#37474f;color:#fff}
#filters{display:flex;flex-wrap:wrap;gap:.3em 1em;align-items:center;margin-top:.4em}
#filters fieldset{border:none;padding:0;margin:0;display:inline-flex;flex-wrap:wrap;gap:.3em}
#filters legend{float:left;margin-right:.4em}
#filters select,#filters input[type=search]{max-width:14em}
#shown{color:#555}
main{flex:1;display:flex;min-height:0}
#overview{flex:1;overflow:auto;padding:0 1em 1em}
#map{flex:1;overflow:auto;min-width:0}
#panel{width:36em;max-width:45%;overflow:auto;border-left:1px solid #ccc;padding:0 1em;background:#fff}
body.v-overview #map,body.v-overview #panel,body.v-overview #filters{display:none}
body.v-map #overview{display:none}
table{border-collapse:collapse}
#heatmap th,#heatmap td{border:1px solid #fff;padding:.2em .4em;vertical-align:middle}
#heatmap thead th{position:sticky;top:0;background:#37474f;color:#fff;z-index:2;font-weight:600;max-width:9em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
#heatmap thead th.corner{left:0;z-index:4;text-align:left}
#heatmap th.ob{position:sticky;left:0;z-index:1;background:#f5f7f8;text-align:left;font-weight:400;white-space:nowrap;max-width:26em;overflow:hidden;text-overflow:ellipsis;border-right:2px solid #cfd8dc}
#heatmap th.ob code{font-weight:600;font-size:.9em;margin-right:.5em}
#heatmap th.ob .w{color:#666;font-size:.8em;margin-left:.4em}
#heatmap tr.fw th{background:#eceff1;text-align:left;font-size:1.05em;padding:.4em}
#heatmap tr.fw th span{position:sticky;left:.4em}
td.cell,.legend .cell{text-align:center;min-width:3.5em;cursor:pointer;font-variant-numeric:tabular-nums;border-radius:3px;white-space:nowrap}
.legend .cell{display:inline-block;padding:.1em .5em;cursor:default}
.s-met{background:var(--met);color:#fff}
.s-partial{background:var(--partial);color:#000}
.s-gap{background:var(--gap);color:#fff}
.s-not-applicable{background:var(--na);color:#333}
.s-not-assessed{background:var(--nass);color:#666}
label.s-met,label.s-partial,label.s-gap,label.s-not-applicable,label.s-not-assessed{padding:.1em .4em;border-radius:3px}
td.cell sup{font-size:.7em;margin-left:.2em;font-weight:700}
td.cell.dim{opacity:.15}
td.cell.selected{outline:3px solid #1565c0;outline-offset:-3px}
td.cell:focus{outline:2px dashed #1565c0}
#overview h2{font-size:1.15em;margin:1em 0 .3em;border-bottom:1px solid #ddd}
#overview h3{font-size:1em;margin:.8em 0 .3em}
#overview .scroll{overflow-x:auto;max-width:100%}
#overview table td,#overview table th{padding:.15em .5em;text-align:left;border-bottom:1px solid #eee}
#overview td.num{text-align:right;font-variant-numeric:tabular-nums}
.bar{display:flex;height:1.4em;max-width:40em;border-radius:3px;overflow:hidden;margin:.2em 0}
.bar span{display:block;min-width:0;overflow:hidden;font-size:.8em;line-height:1.75em;text-align:center;white-space:nowrap}
.fwblock{display:inline-block;vertical-align:top;margin:0 2em 1em 0;max-width:100%}
#panel h2{font-size:1.15em;margin:.8em 0 .2em}
#panel h3{font-size:1em;margin:1em 0 .2em;border-top:1px solid #ddd;padding-top:.5em}
#panel .verdict span{margin-right:.6em}
.badge{padding:.1em .5em;border-radius:3px}
#panel .loc,#panel .meta,#panel .dating,#panel .note{color:#555;font-size:.88em;overflow-wrap:anywhere}
#panel ul{padding-left:1.2em;margin:.3em 0}
#panel li.el-met::marker{content:"\2713  ";color:var(--met)}
#panel li.el-missing::marker{content:"\2717  ";color:var(--gap)}
#panel li.el-missing{color:#8e0000}
#panel ul.claims{list-style:none;padding-left:.6em;border-left:3px solid #ddd}
#panel q{font-style:italic}
#panel .contested{background:#fff3e0;padding:.3em .6em;border-radius:3px}
.hint{color:#666}
#inputs{padding:.3em 1em;border-top:1px solid #ccc;font-size:.85em;overflow-wrap:anywhere}
@media (max-width:760px){
body{height:auto;min-height:100vh}
main{display:block}
#map{max-height:75vh;max-width:100vw}
#panel{width:auto;max-width:none;border-left:none;border-top:1px solid #ccc}
#heatmap th.ob{max-width:9em}
#heatmap th.ob .t,#heatmap th.ob .w{display:none}
#filters select,#filters input[type=search]{max-width:11em}
}
@media print{
#views,#filters,#inputs{display:none}
body{display:block;height:auto}
main{display:block}
#map{overflow:visible}
#panel{width:auto;max-width:none;border:none;overflow:visible;page-break-before:always}
body.v-overview #panel.chosen{display:block}
#panel:not(.chosen){display:none}
#heatmap thead th,#heatmap th.ob{position:static}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)CSS";
}

}  // namespace ungap::report
