package org.eventwire.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server's package rules: no NLP in the web layer, and the UI does not reach into the API. */
class ServerArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.eventwire.api", "org.eventwire.web");
  }

  @Test
  void theApiAndTheUiNeverImportTheNlpPackageOrCoreNlp() {
    noClasses()
        .that()
        .resideInAnyPackage("org.eventwire.api..", "org.eventwire.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.eventwire.nlp..", "edu.stanford..")
        .check(classes);
  }

  @Test
  void theUiDoesNotDependOnTheApiPackage() {
    noClasses()
        .that()
        .resideInAPackage("org.eventwire.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.eventwire.api..")
        .check(classes);
  }

  @Test
  void theApiWritesTheStoreOnlyThroughTheIngestor() {
    noClasses()
        .that()
        .resideInAPackage("org.eventwire.api..")
        .should()
        .callMethod(
            org.eventwire.store.EventStore.class,
            "storeArticle",
            org.eventwire.model.Article.class,
            org.eventwire.store.ArticleHashes.class,
            java.util.List.class,
            long.class)
        .check(classes);
  }
}
