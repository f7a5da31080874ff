package dev.ossdirect.localcloud.junit5;

import dev.ossdirect.localcloud.LocalCloud;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts a local cloud before a test class's first test and resolves {@link LocalCloudConnection} and
 * {@link LocalCloud} parameters with it; see {@link LocalCloudTest}. Registered by that annotation, or by
 * {@code @ExtendWith(LocalCloudExtension.class)}, which starts the default local cloud.
 *
 * <p>The cloud is kept in the class's {@link ExtensionContext.Store}, which closes it when the class is
 * done, and which {@code @Nested} classes read through: a nested class finds its enclosing class's cloud
 * and starts none of its own.
 */
public final class LocalCloudExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(LocalCloudExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    if (context.getStore(NAMESPACE).get(RunningLocalCloud.class, RunningLocalCloud.class) != null) {
      return;
    }
    Class<?> testClass = context.getRequiredTestClass();
    LocalCloudSettings settings =
        AnnotationSupport.findAnnotation(testClass, LocalCloudTest.class)
            .map(annotation -> LocalCloudSettings.of(annotation, testClass.getClassLoader()))
            .orElseGet(LocalCloudSettings::defaults);
    context.getStore(NAMESPACE).put(RunningLocalCloud.class, RunningLocalCloud.start(settings, dataDir()));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == LocalCloudConnection.class || type == LocalCloud.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    RunningLocalCloud running = context.getStore(NAMESPACE).get(RunningLocalCloud.class, RunningLocalCloud.class);
    if (running == null) {
      throw new ParameterResolutionException("No local cloud is running for " + parameter.getDeclaringExecutable()
          + ": register LocalCloudExtension on the class (@LocalCloudTest, @ExtendWith or a static"
          + " @RegisterExtension field), so that it starts before the class's tests");
    }
    return parameter.getParameter().getType() == LocalCloud.class ? running.cloud() : running.connection();
  }

  private static Path dataDir() {
    try {
      return Files.createTempDirectory("localcloud-test-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a data folder for the local cloud", e);
    }
  }
}
