package org.tarikh.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core depends on no CLI, web, database, distributed or document-format library. */
class CoreIndependenceTest {
  private final JavaClasses core = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.tarikh");

  @Test
  void coreUsesNoFrameworks() {
    noClasses().that().resideInAPackage("org.tarikh..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "picocli..", "io.javalin..", "org.eclipse.jetty..", "org.jdbi..", "org.flywaydb..",
            "java.sql..", "org.apache.lucene..", "org.apache.spark..", "org.jsoup..",
            "org.apache.pdfbox..", "org.apache.poi..", "me.tongfei..")
        .check(core);
  }

  @Test
  void modelDependsOnNothingElseOfTarikh() {
    noClasses().that().resideInAPackage("org.tarikh.model..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.tarikh.text..", "org.tarikh.lang..", "org.tarikh.pipeline..", "org.tarikh.io..",
            "org.tarikh.timex..", "org.tarikh.entity..", "org.tarikh.event..", "org.tarikh.align..",
            "org.tarikh.eval..")
        .check(core);
  }

  @Test
  void textLayerKnowsNoStage() {
    noClasses().that().resideInAnyPackage("org.tarikh.text..", "org.tarikh.lang..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.tarikh.timex..", "org.tarikh.entity..", "org.tarikh.event..", "org.tarikh.align..",
            "org.tarikh.eval..", "org.tarikh.pipeline..")
        .check(core);
  }
}
