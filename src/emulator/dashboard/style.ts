/**
 * The dashboard's stylesheet, served as `/__emulator/dashboard.css` (a same-origin resource, so
 * a strict Content-Security-Policy needs no `unsafe-inline`). One column on a phone, a grid of
 * cards on a desktop.
 *
 * @module
 */

const FONTS = `system-ui,-apple-system,'Apple SD Gothic Neo','Malgun Gothic','Noto Sans KR','NanumGothic','NanumBarunGothic',sans-serif`;

/** The CSS text. */
export const DASHBOARD_CSS = `*{box-sizing:border-box}
body{font-family:${FONTS};margin:0;line-height:1.45;color:#191919;background:#f6f6f4}
header.top{background:#fee500;padding:.75rem 1rem;display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1rem}
header.top h1{font-size:1.25rem;margin:0}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem .75rem;list-style:none;margin:0;padding:0}
nav a{color:#191919}
main{max-width:80rem;margin:0 auto;padding:0 1rem 3rem}
section{margin:1.25rem 0}
h2{font-size:1.2rem;margin:.5rem 0;border-bottom:2px solid #e5e5e0;padding-bottom:.25rem}
h3{font-size:1.05rem;margin:0 0 .5rem}h4{font-size:1rem;margin:.75rem 0 .25rem}h5{font-size:.9rem;margin:.5rem 0 .125rem;color:#444}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,24rem),1fr));gap:1rem;align-items:start}
.card{background:#fff;border:1px solid #ddd;border-radius:.5rem;padding:.75rem 1rem;min-width:0}
form.card{margin-top:1rem}
.facts{display:grid;align-content:start;grid-template-columns:max-content minmax(0,1fr);gap:.125rem .75rem;margin:0 0 .5rem}
.facts div{display:contents}.facts dt{color:#555}.facts dd{margin:0;overflow-wrap:anywhere}
code{font-family:ui-monospace,'NanumGothicCoding',monospace;font-size:.9em;overflow-wrap:anywhere}
.badge{font-size:.8em;color:#555;background:#f1f1ec;border-radius:.25rem;padding:0 .25rem}
.muted{color:#666;margin:.25rem 0}
label{display:block;font-size:.9rem;margin:.5rem 0 .125rem}
label.check{display:flex;gap:.5rem;align-items:center}
input,select,textarea{font:inherit;padding:.375rem .5rem;border:1px solid #999;border-radius:.375rem;background:#fff;max-width:100%}
input:not([type=checkbox]),textarea{width:100%}
input[type=checkbox]{width:1.1rem;height:1.1rem;margin:0}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,12rem),1fr));gap:0 .75rem}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0}
button{font:inherit;font-size:.9rem;padding:.375rem .75rem;border:1px solid #999;border-radius:.375rem;background:#f4f4f4;color:#191919;cursor:pointer;min-height:2.25rem}
button[type=submit]{background:#fee500;border-color:#c9b600}
button.danger{background:#fff0ee;border-color:#c0392b;color:#8e1b10}
button:disabled{opacity:.55;cursor:not-allowed}
button[aria-pressed=true]{background:#e8f0fe}
:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
ul,ol{margin:.25rem 0;padding-left:1.25rem}
ul.consents li,ul.tokens li{margin:.125rem 0}
li.expired{color:#8e1b10}
.link{border-top:1px solid #eee;margin-top:.5rem;padding-top:.25rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.25rem .375rem;border-bottom:1px solid #eee;vertical-align:top}
table.items{table-layout:fixed}table.items th:first-child{width:55%}table.items th{overflow-wrap:anywhere;font-weight:normal}table.items select{width:100%}
table.items caption{text-align:left;font-weight:600;margin:.75rem 0 .25rem}
.scroll{overflow-x:auto}.scroll table{min-width:44rem}
ul.consents{list-style:none;padding:0}ul.consents li{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.25rem;border-bottom:1px dotted #e5e5e0;padding:.125rem 0}
ul.consents button{min-height:1.75rem;padding:.125rem .5rem;font-size:.8rem}
td.url,td.answer{overflow-wrap:anywhere;max-width:20rem}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
#status{position:sticky;top:0;z-index:1;margin:0 0 .5rem;min-height:1.5rem;padding:.25rem .5rem;background:#fff;border-left:4px solid #1a73e8}
#status:empty{padding:0;border:0;min-height:0}#status.error{border-color:#c0392b;color:#8e1b10}
.filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,11rem),1fr));gap:0 .75rem}
ol.log{list-style:none;padding:0;background:#fff;border:1px solid #ddd;border-radius:.5rem;max-height:32rem;overflow-y:auto}
ol.log li{border-bottom:1px solid #eee}
ol.log summary{padding:.375rem .5rem;cursor:pointer;display:flex;flex-wrap:wrap;gap:.125rem .5rem;font-family:ui-monospace,monospace;font-size:.85rem}
ol.log .st{font-weight:600}ol.log .err .st{color:#b3261e}
ol.log pre{margin:0;padding:.5rem;background:#fafaf7;white-space:pre-wrap;overflow-wrap:anywhere;font-size:.8rem}
article.app{margin-bottom:1rem}
@media (min-width:64rem){.ops{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:0 1.5rem}
.app-body{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,2fr);gap:1.5rem}
.app-form{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5rem;align-items:start}
table.items{table-layout:fixed}table.items th:first-child{width:55%}table.items th{overflow-wrap:anywhere;font-weight:normal}table.items select{width:100%}
table.items caption{margin-top:0}}
`;
