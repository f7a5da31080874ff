package dev.ossdirect.client;

import dev.ossdirect.architecture.ModuleArchitecture;
import org.junit.jupiter.api.Test;

/** The structure of the browser app's main code. */
class ArchitectureTest {

  @Test
  void everyDependencyBetweenPackagesPointsOneWay() {
    ModuleArchitecture.assertNoPackageCycles(ModuleArchitecture.mainClasses("dev.ossdirect.client"));
  }
}
