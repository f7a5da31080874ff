package dev.ossdirect.signing;

import dev.ossdirect.architecture.ModuleArchitecture;
import org.junit.jupiter.api.Test;

/** The structure of the signing library's main code. */
class ArchitectureTest {

  @Test
  void everyDependencyBetweenPackagesPointsOneWay() {
    ModuleArchitecture.assertNoPackageCycles(ModuleArchitecture.mainClasses("dev.ossdirect.signing"));
  }
}
