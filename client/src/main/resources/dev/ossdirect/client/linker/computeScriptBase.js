/*
 * The folder the loader was loaded from, where the compiled scripts are: the src of the page's
 * <script> tag for __MODULE_NAME__.nocache.js, up to its last slash. GWT's own computeScriptBase.js
 * also reads a gwt:property meta tag, a <base> tag and the page's address, which this app never needs.
 * The Super Dev Mode code server replaces this function with its own (computeScriptBaseJs).
 */
function computeScriptBase() {
  var scripts = $doc.getElementsByTagName('script');
  for (var i = 0; i < scripts.length; i++) {
    var src = scripts[i].src;
    var end = src.lastIndexOf('/__MODULE_NAME__.nocache.js');
    if (end != -1) {
      return src.substring(0, end + 1);
    }
  }
  return '';
}
