package dev.ossdirect.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gwt.i18n.client.Messages;
import com.google.gwt.i18n.client.Messages.DefaultMessage;
import dev.ossdirect.architecture.ModuleArchitecture;
import dev.ossdirect.client.faces.FaceMessages;
import dev.ossdirect.client.oss.OssMessages;
import dev.ossdirect.client.session.SessionMessages;
import dev.ossdirect.client.signed.SignedMessages;
import dev.ossdirect.client.testing.JvmMessages;
import dev.ossdirect.client.ui.PageMessages;
import dev.ossdirect.client.upload.UploadMessages;
import java.lang.reflect.Method;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message the page shows has its Simplified Chinese, and the two agree: the same keys, the same
 * arguments, patterns that GWT's message format reads (a lone apostrophe would silently swallow the rest
 * of a message), and Chinese words in every translation but the few that are only arguments or codes.
 */
class TranslationsTest {

  private static final Set<Class<?>> MESSAGES = Set.of(UploadMessages.class, OssMessages.class,
      SignedMessages.class, SessionMessages.class, FaceMessages.class, PageMessages.class);

  /** Translations that are codes or arguments alone, with no word to translate. */
  private static final Set<String> WITHOUT_WORDS = Set.of(
      "PageMessages.htmlLang", "PageMessages.localeName", "PageMessages.bytesOfTotal",
      "PageMessages.foundIn", "UploadMessages.progressOfTotal");

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  static Stream<Class<?>> messages() {
    return MESSAGES.stream();
  }

  @Test
  void everyMessagesInterfaceOfTheAppIsChecked() {
    Set<String> found = ModuleArchitecture.mainClasses("dev.ossdirect.client").stream()
        .filter(type -> type.isInterface() && type.isAssignableTo(Messages.class))
        .map(type -> type.getName())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> checked = MESSAGES.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(checked, found);
  }

  @ParameterizedTest
  @MethodSource("messages")
  void theChineseHasExactlyTheKeysOfTheEnglish(Class<?> type) {
    Properties chinese = JvmMessages.translations(type, "zh");
    assertNotNull(chinese, type.getSimpleName() + "_zh.properties");
    Set<String> keys = Arrays.stream(type.getDeclaredMethods()).map(Method::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(keys, new TreeSet<>(chinese.stringPropertyNames()), type.getSimpleName());
  }

  @ParameterizedTest
  @MethodSource("messages")
  void eachTranslationTakesTheSameArgumentsAndReadsAsAMessage(Class<?> type) {
    Properties chinese = JvmMessages.translations(type, "zh");
    for (Method method : type.getDeclaredMethods()) {
      String name = type.getSimpleName() + "." + method.getName();
      String english = method.getAnnotation(DefaultMessage.class).value();
      String translation = chinese.getProperty(method.getName());
      assertNotNull(translation, name);
      assertEquals(arguments(english), arguments(translation), name);
      assertEquals(method.getParameterCount(), arguments(english).size(), name + " uses each of its arguments");
      assertEverythingShown(name + " (English)", english, method.getParameterCount());
      assertEverythingShown(name, translation, method.getParameterCount());
      if (!WITHOUT_WORDS.contains(name)) {
        assertTrue(HAN.matcher(translation).find(), name + " is not in Chinese: " + translation);
      }
    }
  }

  /**
   * Formatted, {@code pattern} shows every argument, and it has no unpaired apostrophe, which would quote
   * (hide the meaning of) everything after it, arguments included.
   */
  private static void assertEverythingShown(String name, String pattern, int argumentCount) {
    Object[] markers = new Object[argumentCount];
    for (int i = 0; i < argumentCount; i++) {
      markers[i] = "<argument " + i + ">";
    }
    String formatted = new MessageFormat(pattern, Locale.ROOT).format(markers);
    for (Object marker : markers) {
      assertTrue(formatted.contains((String) marker), name + " loses " + marker + ": " + formatted);
    }
    assertTrue(pattern.replace("''", "").indexOf('\'') < 0, name + " has a lone apostrophe, which quotes: " + pattern);
  }

  private static Set<Integer> arguments(String pattern) {
    Set<Integer> numbers = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(pattern);
    while (matcher.find()) {
      numbers.add(Integer.parseInt(matcher.group(1)));
    }
    return numbers;
  }
}
