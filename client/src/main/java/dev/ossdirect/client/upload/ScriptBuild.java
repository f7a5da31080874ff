package dev.ossdirect.client.upload;

import com.google.gwt.core.client.GWT;

/**
 * Which upload flows this build of the page's script can run.
 *
 * <p>GWT compiles the page twice for each language, once per value of the binding property
 * {@value #PROPERTY} (see the module file): {@value #ALL_FLOWS} can run both flows, and
 * {@value #SERVER_SIGNED_ONLY}, which the app's server sends to browsers when it signs the uploads itself
 * (its default), leaves out every OSS signer the page would otherwise carry (OSS V1 and V4 and their
 * canonical forms). In the script, {@link #pageSignsUploads()} is a constant that deferred binding chose
 * ({@link Flows}), so the compiler drops the code it guards from the second build. On the JVM it reads
 * the system property of the same name and, without one, answers as {@value #ALL_FLOWS} does.
 */
public final class ScriptBuild {

  /** The binding property, and the JVM system property that stands in for it in tests. */
  public static final String PROPERTY = "upload.flows";
  /** The build that signs uploads in the page when the server's token allows it. */
  public static final String ALL_FLOWS = "all";
  /** The build that only asks the server to sign uploads. */
  public static final String SERVER_SIGNED_ONLY = "server_signed";

  private ScriptBuild() {}

  /** Whether this script can sign OSS requests itself (the browser-token flow). */
  public static boolean pageSignsUploads() {
    if (GWT.isScript()) {
      Flows flows = GWT.create(Flows.class);
      return flows.pageSigns();
    }
    return !SERVER_SIGNED_ONLY.equals(System.getProperty(PROPERTY, ALL_FLOWS));
  }

  /** What deferred binding picks for {@value #PROPERTY}: this class for {@value #ALL_FLOWS}. */
  public static class Flows {
    boolean pageSigns() {
      return true;
    }
  }

  /** {@link Flows} for {@value #SERVER_SIGNED_ONLY}. */
  public static final class ServerSignedOnly extends Flows {
    @Override
    boolean pageSigns() {
      return false;
    }
  }
}
