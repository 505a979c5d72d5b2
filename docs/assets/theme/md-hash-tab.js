/* Material for MkDocs 9.8.1, partials/javascripts/content.html, as a file: the edition's
   Content-Security-Policy allows no inline script. */
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
