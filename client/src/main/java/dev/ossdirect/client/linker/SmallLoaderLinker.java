package dev.ossdirect.client.linker;

import com.google.gwt.core.ext.LinkerContext;
import com.google.gwt.core.ext.TreeLogger;
import com.google.gwt.core.ext.UnableToCompleteException;
import com.google.gwt.core.ext.linker.Artifact;
import com.google.gwt.core.ext.linker.ArtifactSet;
import com.google.gwt.core.ext.linker.CompilationResult;
import com.google.gwt.core.ext.linker.LinkerOrder;
import com.google.gwt.core.ext.linker.Shardable;
import com.google.gwt.core.linker.CrossSiteIframeLinker;
import java.util.ArrayList;
import java.util.Collection;

/**
 * GWT's cross-site iframe linker with a smaller {@code app.nocache.js}, the script every first visit
 * downloads before the app itself. It still chooses the language's script as GWT's does (the same
 * property providers and permutation table) and installs it in a hidden iframe, but starts its download
 * at once (a preload) and installs it as soon as the page's body has been parsed rather than after the
 * load event. It leaves out what this app never uses: {@code gwt:property} meta tags, the start-up
 * statistics events, classic Dev Mode ({@code app.devmode.js}, which GWT 2.13 cannot run), the Super
 * Dev Mode bookmarklet's redirect (the server's {@code --dev-code-server} loader starts Super Dev Mode
 * instead), style sheets declared in the module and split points ({@code GWT.runAsync}; the server
 * would not serve their files either).
 *
 * <p>Beside each permutation's {@code <strong name>.cache.js}, which the loader installs, it writes that
 * permutation as a {@link PageScript} ({@code <strong name>.page.cache.js}), which the app's server puts in
 * the pages it serves, so that they need no loader at all. The loader stays for Super Dev Mode and for any
 * other host of the page.
 *
 * <p>The Super Dev Mode code server accepts only this linker's family and compiles with the same
 * template; it swaps in its own {@code computeScriptBase} through the {@code computeScriptBaseJs}
 * configuration property, which the template keeps for that reason. The GWT compiler loads this class
 * from the client's compiled classes; the module's {@code <source>} leaves this package out, since it is
 * not browser code.
 */
@LinkerOrder(LinkerOrder.Order.PRIMARY)
@Shardable
public final class SmallLoaderLinker extends CrossSiteIframeLinker {

  @Override
  public String getDescription() {
    return "Cross-Site-Iframe with a small loader";
  }

  @Override
  protected String getSelectionScriptTemplate(TreeLogger logger, LinkerContext context) {
    return "dev/ossdirect/client/linker/SmallLoaderTemplate.js";
  }

  /**
   * The iframe goes in once the document is parsed rather than once it has loaded, since the load event
   * waits for the compiled script the loader preloads, which the iframe's script tag could already use.
   */
  @Override
  protected String getJsIsBodyLoaded(LinkerContext context) {
    return "dev/ossdirect/client/linker/isBodyLoaded.js";
  }

  /** Each permutation's files as GWT's linker writes them, and its {@link PageScript}. */
  @Override
  protected Collection<Artifact<?>> doEmitCompilation(TreeLogger logger, LinkerContext context,
      CompilationResult result, ArtifactSet artifacts) throws UnableToCompleteException {
    Collection<Artifact<?>> emitted = new ArrayList<>(super.doEmitCompilation(logger, context, result, artifacts));
    String[] fragments = result.getJavaScript();
    String pageScript;
    try {
      if (fragments.length != 1) {
        throw new IllegalArgumentException("The app has split points (GWT.runAsync), which a page script cannot load");
      }
      pageScript = PageScript.of(context.getModuleName(), fragments[0]);
    } catch (IllegalArgumentException e) {
      logger.log(TreeLogger.ERROR, e.getMessage());
      throw new UnableToCompleteException();
    }
    emitted.add(emitString(logger, pageScript, result.getStrongName() + PageScript.SUFFIX));
    return emitted;
  }

  /** No {@code app.devmode.js}: classic Dev Mode needs a browser plugin that no browser runs any more. */
  @Override
  protected String getHostedFilename() {
    return "";
  }
}
