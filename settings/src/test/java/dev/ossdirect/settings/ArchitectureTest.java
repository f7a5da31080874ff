package dev.ossdirect.settings;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.ossdirect.architecture.ModuleArchitecture;
import org.junit.jupiter.api.Test;

/** The structure of the settings module's main code. */
class ArchitectureTest {

  private static final JavaClasses MAIN = ModuleArchitecture.mainClasses("dev.ossdirect.settings");

  @Test
  void everyDependencyBetweenPackagesPointsOneWay() {
    ModuleArchitecture.assertNoPackageCycles(MAIN);
  }
}
