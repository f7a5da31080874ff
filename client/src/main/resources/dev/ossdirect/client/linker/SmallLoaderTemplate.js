/*
 * The app's loader (app.nocache.js), from GWT's CrossSiteIframeTemplate.js and permutations.js
 * (Copyright 2010 Google Inc., Apache License 2.0) without the parts SmallLoaderLinker's Javadoc lists.
 * The linker fills in the __NAMES__; the permutation table goes between the two PERMUTATIONS comments.
 */
function __MODULE_FUNC__() {
  var $wnd = __WINDOW_DEF__;
  var $doc = __DOCUMENT_DEF__;

  // What the compiled script reads from its loader (CrossSiteIframeLinker's module prefix and suffix).
  __MODULE_FUNC__.__sendStats = function() {};
  __MODULE_FUNC__.__moduleName = '__MODULE_NAME__';
  __MODULE_FUNC__.__errFn = null;
  __MODULE_FUNC__.__softPermutationId = 0;
  __MODULE_FUNC__.__installRunAsyncCode = function() {};
  __MODULE_FUNC__.__startLoadingFragment = function() { return null; };
  __MODULE_FUNC__.__gwt_isKnownPropertyValue = function() { return false; };
  __MODULE_FUNC__.__gwt_getMetaProperty = function() { return null; };
  var __propertyErrorFunction = null;

  // The page-wide registry of modules, which Super Dev Mode reads.
  var activeModules = ($wnd.__gwt_activeModules = ($wnd.__gwt_activeModules || {}));
  activeModules['__MODULE_NAME__'] = {moduleName: '__MODULE_NAME__'};
  __MODULE_FUNC__.__moduleStartupDone = function(permProps) {
    var oldBindings = activeModules['__MODULE_NAME__'].bindings;
    activeModules['__MODULE_NAME__'].bindings = function() {
      var props = oldBindings ? oldBindings() : {};
      var embeddedProps = permProps[__MODULE_FUNC__.__softPermutationId];
      for (var i = 0; i < embeddedProps.length; i++) {
        props[embeddedProps[i][0]] = embeddedProps[i][1];
      }
      return props;
    };
  };

  function sendStats() {}

  __INSTALL_LOCATION__

  __INSTALL_SCRIPT__

  __COMPUTE_SCRIPT_BASE__

  // The file name of the compiled script for this browser's property values.
  function getCompiledCodeFilename() {
    var answers = [];
    var softPermutationId = 0;

    function unflattenKeylistIntoAnswers(propValArray, value) {
      var answer = answers;
      for (var i = 0, n = propValArray.length - 1; i < n; ++i) {
        answer = answer[propValArray[i]] || (answer[propValArray[i]] = []);
      }
      answer[propValArray[n]] = value;
    }

    __PROPERTIES__

    var strongName;
    try {
      // __PERMUTATIONS_BEGIN__
      // __PERMUTATIONS_END__
      var idx = strongName.indexOf(':');
      if (idx != -1) {
        softPermutationId = parseInt(strongName.substring(idx + 1), 10);
        strongName = strongName.substring(0, idx);
      }
    } catch (e) {
      // A property provider failed: GWT's own template is silent here too.
    }
    __MODULE_FUNC__.__softPermutationId = softPermutationId;
    return __MODULE_FUNC__.__moduleBase + strongName + '.cache.js';
  }

  __MODULE_FUNC__.__moduleBase = computeScriptBase();
  activeModules['__MODULE_NAME__'].moduleBase = __MODULE_FUNC__.__moduleBase;
  var compiledCode = getCompiledCodeFilename();
  // installScript waits for the document to be parsed before it adds the iframe and its script tag; asked
  // for now, the script downloads while the page is still parsed and styled. The tag is added once that
  // download is done, so that it reads the script from the cache (*.cache.js is cacheable): added while
  // the download was under way, it would sometimes download the script again. Same CORS mode as that
  // tag, so that the cached answer serves it.
  var preload = $doc.createElement('link');
  if (preload.relList && preload.relList.supports && preload.relList.supports('preload')) {
    preload.rel = 'preload';
    preload.as = 'script';
    if (location.host) {
      preload.crossOrigin = '';
    }
    preload.href = compiledCode;
    preload.onload = preload.onerror = function() {
      installScript(compiledCode);
    };
    $doc.head.appendChild(preload);
  } else {
    installScript(compiledCode);
  }
  return true;
}
__MODULE_FUNC__.succeeded = __MODULE_FUNC__();
