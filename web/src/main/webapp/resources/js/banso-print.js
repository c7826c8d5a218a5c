/* The print button of a printable page (layout.xhtml): the browser's print dialog, with banso.css's print rules. */
document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('.banso-print')) {
        window.print();
    }
});
