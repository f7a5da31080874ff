package dev.ossdirect.localcloud;

import dev.ossdirect.architecture.ModuleArchitecture;
import org.junit.jupiter.api.Test;

/**
 * The local cloud's packages depend on one another in one direction only: {@code http} and {@code ram} at
 * the bottom, {@code auth} on {@code ram}, {@code rpc} and {@code oss} on {@code auth}, the services
 * ({@code sts}, {@code imm}) on the gateways, the root package wiring them all. A cycle would mean that no
 * package can be understood, or changed, without the others in it.
 */
class ArchitectureTest {

  @Test
  void everyDependencyBetweenPackagesPointsOneWay() {
    ModuleArchitecture.assertNoPackageCycles(ModuleArchitecture.mainClasses("dev.ossdirect.localcloud"));
  }
}
