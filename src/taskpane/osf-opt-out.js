// Loaded before Office.js. Outside Office and inside a frame, Office.js would
// navigate to about:blank; browser mode needs the page. An external file, not
// an inline script, so the Content-Security-Policy needs no 'unsafe-inline'.
window.OsfOptOut = true;
