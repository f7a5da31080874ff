package dev.ossdirect.client.testing;

import com.google.gwt.core.server.ServerGwtBridge;
import com.google.gwt.i18n.client.Messages;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Lets the app's code call {@code GWT.create} for its {@link Messages} in JVM tests, before any test
 * class is loaded: GWT's own server-side bridge only finds hand-written implementations, so
 * {@link JvmMessages} is registered on it for every {@code Messages} interface. The locale is the
 * bridge's {@code locale} property, English when unset.
 */
public final class MessagesOnTheJvm implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    ServerGwtBridge.getInstance().register(Messages.class, new JvmMessages());
  }
}
