/* Progress indicator for exports: shown while the server writes the file (PrimeFaces.monitorDownload). */
window.bansoExportStart = function () {
    var w = PF('exportProgress');
    if (w) { w.show(); }
};
window.bansoExportStop = function () {
    var w = PF('exportProgress');
    if (w) { w.hide(); }
};
