// Whether the loader may add its iframe to the page's body (SmallLoaderLinker): once the document is
// parsed ("interactive"), when the body is whole. GWT's own waited for "complete", after the load event,
// which also waits for the page's style sheet and for the compiled script the loader preloads.
function isBodyLoaded() {
  return /interactive|complete/.test($doc.readyState);
}
