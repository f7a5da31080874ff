package dev.ossdirect.client.linker;

/**
 * The compiled app as a script the host page loads itself, with no loader ({@code app.nocache.js}) and no
 * iframe: the app's server chooses the language's and upload flow's permutation for each page it serves
 * and puts this script's {@code <script src>} in it, which saves the first visit the loader's download and
 * a request in series before the app can start.
 *
 * <p>The permutation's code runs inside one function, as GWT's single-script linker installs it, so that
 * its top-level names stay out of the page's global scope, with the names that code expects from a loader:
 * {@code $wnd} and {@code $doc} (this window and its document), {@code $gwt}, {@code $moduleName} and
 * {@code $moduleBase}, which {@code gwtOnLoad} sets: the module's name and the folder the script was loaded
 * from, read from {@code document.currentScript} (which also holds while a deferred script runs). Split
 * points and run-time property lookups need more of a loader ({@code __gwtStartLoadingFragment},
 * {@code __gwt_isKnownPropertyValue}…); the app uses neither, and {@link #of} refuses code that does.
 */
final class PageScript {

  /** What the file name of a permutation's page script adds to its strong name. */
  static final String SUFFIX = ".page.cache.js";

  private PageScript() {}

  /**
   * The page script of module {@code moduleName} from its permutation's compiled {@code code} (one
   * fragment). Throws {@link IllegalArgumentException} if the code calls on a loader this script lacks.
   */
  static String of(String moduleName, String code) {
    if (code.contains("__gwt")) {
      throw new IllegalArgumentException("The compiled code needs a loader function (split points or run-time"
          + " property lookups), which a page script does not have; use app.nocache.js");
    }
    return "(function(){var $wnd=window,$doc=document,$gwt={},$moduleName,$moduleBase,$stats=null,"
        + "$sessionId=null;\n"
        + code
        + "\ngwtOnLoad(null,'" + moduleName + "',document.currentScript.src.replace(/[^/]*$/,''),0)})();\n";
  }
}
