/*
 * A button that submits the whole page (ajax="false": registration, sign-in, a confirmation link's
 * button, downloads) sends its form once per double click: a second submit by the same button
 * within two seconds is dropped. Without it a double click sends two requests, and the second
 * meets the first's work (a second registration mail, a used link, an error for the first's row).
 * Ajax buttons are disabled by PrimeFaces while their request runs.
 */
(function () {
    var last = null;
    var at = 0;
    document.addEventListener('submit', function (event) {
        var by = event.submitter || null;
        var now = Date.now();
        if (by !== null && by === last && now - at < 2000) {
            event.preventDefault();
            return;
        }
        last = by;
        at = now;
    }, true);
})();
