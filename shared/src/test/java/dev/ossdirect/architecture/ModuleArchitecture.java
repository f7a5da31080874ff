package dev.ossdirect.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The rules every module's main code keeps, for each module's {@code ArchitectureTest} to check on its own
 * classes. Each module checks itself, on its own test classpath, whenever it is built: no module sees the
 * classes of all the others (the browser app is a GWT app, which no other module depends on), and a module
 * built alone with {@code -pl … -am} must not be judged on another module's stale classes.
 */
public final class ModuleArchitecture {

  private ModuleArchitecture() {}

  /**
   * The main classes in {@code rootPackage} and below: neither test classes nor classes from jars, so
   * that only the module's own compiled sources are judged.
   */
  public static JavaClasses mainClasses(String rootPackage) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(rootPackage);
  }

  /**
   * Fails, naming each cycle and the dependencies that close it, if two packages of {@code classes}
   * depend on each other, directly or through other packages: first with every package a slice of its
   * own, the module's root package included; then with each subpackage of the root taken whole, with
   * everything below it, so that {@code imm.faces} using {@code oss} while {@code oss} uses {@code imm}
   * counts too. It also fails when {@code classes} is empty, so that a wrong root package cannot pass
   * unnoticed.
   */
  public static void assertNoPackageCycles(JavaClasses classes) {
    slices().matching("dev.ossdirect.(**)").should().beFreeOfCycles().check(classes);
    slices().matching("dev.ossdirect.(*).(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
  }
}
