package dev.ossdirect.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.ossdirect.architecture.ModuleArchitecture;
import org.junit.jupiter.api.Test;

/** The structure of the app module's main code. */
class ArchitectureTest {

  private static final JavaClasses MAIN = ModuleArchitecture.mainClasses("dev.ossdirect.app");

  @Test
  void everyDependencyBetweenPackagesPointsOneWay() {
    ModuleArchitecture.assertNoPackageCycles(MAIN);
  }
}
