package dev.ossdirect.localcloud;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The local cloud's packages depend on one another in one direction only: {@code http} and {@code ram} at
 * the bottom, {@code auth} on {@code ram}, {@code rpc} and {@code oss} on {@code auth}, the services
 * ({@code sts}, {@code imm}) on the gateways. A cycle would mean that no package can be understood, or
 * changed, without the others in it.
 */
class PackageStructureTest {

  private static final JavaClasses MAIN_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.ossdirect.localcloud");

  @Test
  void subpackagesAreFreeOfCycles() {
    slices().matching("dev.ossdirect.localcloud.(*)..").should().beFreeOfCycles().check(MAIN_CLASSES);
  }
}
