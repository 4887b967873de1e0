package org.tarikh.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pack contract: every pack loads and validates; broken data is reported with file and line. */
class LanguagePacksTest {
  private static final ClassLoader LOADER = LanguagePacksTest.class.getClassLoader();

  @TempDir
  Path root;

  static Set<String> bundled() {
    return LanguagePacks.discover(LOADER, List.of()).codes();
  }

  @Test
  void englishAndArabicAreBundled() {
    assertThat(bundled()).contains("en", "ar");
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void everyResourceOfEveryPackValidates(String code) {
    LanguagePack pack = LanguagePacks.discover(LOADER, List.of()).get(code);
    assertThat(pack.files()).contains("pack.properties");
    assertThat(pack.validate()).isEmpty();
    assertThat(pack.direction()).isIn("ltr", "rtl");
    assertThat(pack.scripts()).isNotEmpty();
    for (String f : pack.files()) {
      if (f.endsWith(".tsv")) {
        TsvTable t = pack.table(f);
        assertThat(t.meta()).as(f).containsKeys("source", "licence");
      }
    }
  }

  private Path pack(String code, String properties) throws IOException {
    Path dir = Files.createDirectories(root.resolve(code));
    Files.writeString(dir.resolve("pack.properties"), properties, StandardCharsets.UTF_8);
    return dir;
  }

  private static void write(Path file, String... lines) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void externalPackFolderIsDiscoveredThroughTheSystemProperty() throws IOException {
    Path fr = pack("fr", "name=French\ndirection=ltr\nscripts=Latn\n");
    write(fr.resolve("gazetteer/states.tsv"), "# source: test", "# licence: CC0", "id\tname", "state:fra\tFrance");
    String before = System.getProperty("tarikh.lang.path");
    System.setProperty("tarikh.lang.path", root.toString());
    try {
      LanguagePacks packs = LanguagePacks.discover(LOADER, LanguagePacks.externalDirs());
      assertThat(packs.codes()).contains("fr", "en", "ar");
      LanguagePack p = packs.get("fr");
      assertThat(p.name()).isEqualTo("French");
      assertThat(p.files()).containsExactly("gazetteer/states.tsv", "pack.properties");
      assertThat(p.validate()).isEmpty();
      assertThat(p.table("gazetteer/states.tsv", "id").rows()).singleElement()
          .extracting(r -> r.get("name")).isEqualTo("France");
    } finally {
      if (before == null) {
        System.clearProperty("tarikh.lang.path");
      } else {
        System.setProperty("tarikh.lang.path", before);
      }
    }
  }

  @Test
  void brokenResourcesAreReportedWithFileAndLine() throws IOException {
    Path xx = pack("xx", "name=Test\ndirection=rtl\nscripts=Arab\n");
    write(xx.resolve("no-licence.tsv"), "# source: test", "word", "a");
    write(xx.resolve("too-many.tsv"), "# source: test", "# licence: CC0", "word\tvalue", "a\t1", "b\t2\textra");
    write(xx.resolve("good.tsv"), "# source: test", "# licence: CC0", "word", "a");
    LanguagePack p = LanguagePacks.discover(LOADER, List.of(root)).get("xx");
    List<ResourceException> errors = p.validate();
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).getMessage())
        .isEqualTo(xx.resolve("no-licence.tsv") + ": missing '# licence: ...' header line");
    assertThat(errors.get(1).file()).isEqualTo(xx.resolve("too-many.tsv").toString());
    assertThat(errors.get(1).line()).isEqualTo(5);
    assertThat(errors.get(1).getMessage()).contains("too-many.tsv:5: has 3 cells but the header names 2 columns");
    assertThatThrownBy(() -> p.table("too-many.tsv")).isInstanceOf(ResourceException.class)
        .hasMessageContaining("too-many.tsv:5");
  }

  @Test
  void missingColumnAndMissingFileNameTheFile() throws IOException {
    Path xx = pack("xx", "name=Test\ndirection=ltr\nscripts=Latn\n");
    write(xx.resolve("months.tsv"), "# source: test", "# licence: CC0", "word", "january");
    LanguagePack p = LanguagePacks.discover(LOADER, List.of(root)).get("xx");
    assertThatThrownBy(() -> p.table("months.tsv", "month"))
        .isInstanceOf(ResourceException.class).hasMessageContaining("months.tsv").hasMessageContaining("'month'");
    assertThatThrownBy(() -> p.table("numbers.tsv"))
        .isInstanceOf(ResourceException.class).hasMessageContaining("numbers.tsv").hasMessageContaining("not found");
  }

  @Test
  void badPackPropertiesNameTheFile() throws IOException {
    pack("xx", "name=Test\ndirection=sideways\nscripts=Latn\n");
    assertThatThrownBy(() -> LanguagePacks.discover(LOADER, List.of(root)))
        .isInstanceOf(ResourceException.class)
        .hasMessageContaining(root.resolve("xx/pack.properties").toString())
        .hasMessageContaining("direction must be ltr or rtl");
  }

  @Test
  void missingExternalFolderIsAnError() {
    Path none = root.resolve("none");
    assertThatThrownBy(() -> LanguagePacks.discover(LOADER, List.of(none)))
        .isInstanceOf(ResourceException.class).hasMessageContaining(none.toString());
  }

  @Test
  void unknownLanguageListsTheAvailablePacks() {
    LanguagePacks packs = LanguagePacks.discover(LOADER, List.of());
    assertThatThrownBy(() -> packs.get("xx"))
        .isInstanceOf(UnknownLanguageException.class)
        .hasMessage("no language pack for 'xx' (available: " + String.join(", ", packs.codes()) + ")")
        .hasMessageContaining("ar").hasMessageContaining("en");
  }
}
