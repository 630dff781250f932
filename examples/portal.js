// The portal's own script: it lists what the editors tell it, as a portal that files reports
// centrally would (detail.report is the report as a JSON v1 object).
const log = document.getElementById("portal-log");
for (const name of ["nianbao-change", "nianbao-export"]) {
  document.addEventListener(name, (event) => {
    const { meta } = event.detail.report;
    const item = document.createElement("li");
    const what = name === "nianbao-export" ? `导出（${event.detail.format}）` : "已修改";
    item.textContent = `${event.target.id}：${meta.agency || "（未填机关）"} ${meta.year ?? ""} 年度报告 ${what}`;
    log.prepend(item);
  });
}
