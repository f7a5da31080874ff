package dev.ossdirect.client.linker;

import com.google.gwt.core.ext.LinkerContext;
import com.google.gwt.core.ext.TreeLogger;
import com.google.gwt.core.ext.linker.LinkerOrder;
import com.google.gwt.core.ext.linker.Shardable;
import com.google.gwt.core.linker.CrossSiteIframeLinker;

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

  /** No {@code app.devmode.js}: classic Dev Mode needs a browser plugin that no browser runs any more. */
  @Override
  protected String getHostedFilename() {
    return "";
  }
}
