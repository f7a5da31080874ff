package dev.ossdirect.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.ossdirect.architecture.ModuleArchitecture;
import org.junit.jupiter.api.Test;

/** The structure of the server's main code. */
class ArchitectureTest {

  private static final JavaClasses SERVER = ModuleArchitecture.mainClasses("dev.ossdirect.server");

  @Test
  void everyDependencyBetweenPackagesPointsOneWay() {
    ModuleArchitecture.assertNoPackageCycles(SERVER);
  }

  /**
   * The server talks to STS, OSS and IMM over their protocols only, as to Alibaba Cloud, so that what runs
   * in production is what the tests exercise. Its tests may start the local cloud; its main code may not
   * use it.
   */
  @Test
  void mainCodeDoesNotUseTheLocalCloud() {
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.ossdirect.localcloud..").check(SERVER);
  }
}
