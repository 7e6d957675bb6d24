package org.nianbao.ingest;

import java.util.List;
import org.nianbao.geo.Place;

/**
 * One parsed annual report: who published it, for which year, and its sections.
 *
 * @param source the file path as given by the user
 * @param id stable, readable id such as {@code 2021-金乡县投资促进服务中心}
 * @param title the report title as repaired from the file
 * @param agency publishing agency, or {@code null} when it cannot be found
 * @param place province › city › county of the agency with their codes ({@link Place}; components
 *     nullable, e.g. no county for a city department), or {@code null}
 * @param year the reporting year, or {@code null} when it cannot be found
 * @param sections section 0 is the preamble before 一、; the others keep the report's own numbers
 * @param warnings non-fatal problems noticed while parsing
 * @param sourceUrl the web address a saved page states for itself ({@code <link rel="canonical">},
 *     {@code og:url}), or {@code null}
 * @param contentHash SHA-256 (hex) of the file's bytes, or {@code null} when parsed from text
 */
public record Report(
    String source,
    String id,
    String title,
    String agency,
    Place place,
    Integer year,
    List<Section> sections,
    List<String> warnings,
    String sourceUrl,
    String contentHash) {

  public Report {
    sections = List.copyOf(sections);
    warnings = List.copyOf(warnings);
  }

  /** A report without source URL and content hash (parsed from text, tests). */
  public Report(
      String source,
      String id,
      String title,
      String agency,
      Place place,
      Integer year,
      List<Section> sections,
      List<String> warnings) {
    this(source, id, title, agency, place, year, sections, warnings, null, null);
  }

  /** The county-level unit (…县/区/市/旗), or {@code null} (e.g. city-level agencies). */
  public String county() {
    return place == null ? null : place.county();
  }

  /** Returns a copy with another id (used to resolve id collisions). */
  public Report withId(String newId) {
    return new Report(
        source, newId, title, agency, place, year, sections, warnings, sourceUrl, contentHash);
  }

  /** Returns a copy with another source path (the path shown, relative to the indexed folder). */
  public Report withSource(String newSource) {
    return new Report(
        newSource, id, title, agency, place, year, sections, warnings, sourceUrl, contentHash);
  }
}
