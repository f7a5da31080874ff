package dev.ossdirect.client.testing;

import com.google.gwt.core.server.ServerGwtBridge;
import com.google.gwt.i18n.client.Messages;
import com.google.gwt.i18n.client.Messages.DefaultMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * A {@link Messages} interface on the JVM, as GWT's generator would build it in the browser: each method
 * formats its message with {@link MessageFormat} (whose quoting rules GWT's messages share), taken from
 * the interface's {@code _<locale>.properties} file beside it (read as UTF-8, as GWT reads it) when
 * the locale is not English, else from its {@code @DefaultMessage}.
 */
public final class JvmMessages extends ServerGwtBridge.ClassInstantiatorBase {

  /** The properties file of {@code type} for {@code locale}, or {@code null} when there is none. */
  public static Properties translations(Class<?> type, String locale) {
    String name = type.getSimpleName() + "_" + locale + ".properties";
    try (InputStream in = type.getResourceAsStream(name)) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code type}'s messages in {@code locale} ({@code en} for the defaults). */
  public static <T> T create(Class<T> type, String locale) {
    Properties translations = locale.equals("en") ? null : translations(type, locale);
    Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (self, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.invoke(new Object(), args);
          }
          return new MessageFormat(pattern(method, translations), Locale.ROOT).format(args == null ? new Object[0] : args);
        });
    return type.cast(proxy);
  }

  private static String pattern(Method method, Properties translations) {
    if (translations != null && translations.containsKey(method.getName())) {
      return translations.getProperty(method.getName());
    }
    DefaultMessage message = method.getAnnotation(DefaultMessage.class);
    if (message == null) {
      throw new IllegalStateException(method + " has no @DefaultMessage");
    }
    return message.value();
  }

  @Override
  public <T> T create(Class<?> type, ServerGwtBridge.Properties properties) {
    if (!type.isInterface() || !Messages.class.isAssignableFrom(type)) {
      return null;
    }
    String locale = properties.getProperty("locale");
    @SuppressWarnings("unchecked")
    T messages = (T) create(type, locale == null || locale.equals("default") ? "en" : locale);
    return messages;
  }
}
