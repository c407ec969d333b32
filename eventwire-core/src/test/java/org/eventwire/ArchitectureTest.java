package org.eventwire;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conventions that keep the data flow readable, enforced. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.eventwire");
  }

  @Test
  void onlyTheNlpPackageImportsCoreNlp() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.eventwire.nlp..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("edu.stanford..")
        .check(classes);
  }

  @Test
  void theModelDependsOnNoOtherEventwirePackage() {
    noClasses()
        .that()
        .resideInAPackage("org.eventwire.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.eventwire.ingest..",
            "org.eventwire.nlp..",
            "org.eventwire.coding..",
            "org.eventwire.resolve..",
            "org.eventwire.pipeline..",
            "org.eventwire.eval..")
        .check(classes);
  }

  @Test
  void codingAndResolutionDoNotReachBackIntoThePipelineOrEvaluation() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.eventwire.coding..", "org.eventwire.resolve..", "org.eventwire.nlp..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.eventwire.pipeline..", "org.eventwire.eval..", "org.eventwire.ingest..")
        .check(classes);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.eventwire.(**)").should().beFreeOfCycles().check(classes);
  }
}
